/**
 * Where an activity runs: the pipeline's own activities, one ForEach iteration, one Until pass, one If or Switch
 * branch. `activity('x')` sees the activities of its own scope and of the scopes around it (an activity inside a
 * ForEach can read the Lookup before the ForEach; the Lookup cannot read inside an iteration), and `item()` is the
 * nearest ForEach's (or Filter's) item.
 */
import type { Json } from '../../arm/datafactory/store.js';
import type { ActivityError } from './run-records.js';

/** What `activity('x')` returns: the output, and the error once the activity failed. */
export interface ActivityRecord {
  readonly output: Json;
  readonly error?: ActivityError;
}

export class ActivityScope {
  readonly #records = new Map<string, ActivityRecord>();

  constructor(
    readonly parent?: ActivityScope,
    /** The current item, inside a ForEach iteration or a Filter condition. */
    readonly item?: { readonly value: unknown },
  ) {}

  /** A scope nested in this one (an iteration, a branch), with its own item when given. */
  child(item?: { readonly value: unknown }): ActivityScope {
    return new ActivityScope(this, item ?? this.item);
  }

  record(name: string, record: ActivityRecord): void {
    this.#records.set(name.toLowerCase(), record);
  }

  lookup(name: string): ActivityRecord | undefined {
    return this.#records.get(name.toLowerCase()) ?? this.parent?.lookup(name);
  }
}
