/**
 * The sandbox's state: one JSON-serialisable object with a slice per service, so snapshots, resets and the
 * `--state-file` are a deep copy away. Handlers call `slice()` on every request rather than keeping a reference,
 * because a restore replaces the slices.
 */
import { readFile, writeFile } from 'node:fs/promises';

export class SandboxState {
  private data: Record<string, unknown> = {};
  private readonly initialisers = new Map<string, () => unknown>();

  /** The named slice, created by `init` the first time (and again after a reset). */
  slice<T>(name: string, init: () => T): T {
    if (!this.initialisers.has(name)) this.initialisers.set(name, init);
    if (!(name in this.data)) this.data[name] = init();
    return this.data[name] as T;
  }

  snapshot(): Record<string, unknown> {
    return structuredClone(this.data);
  }

  restore(snapshot: Record<string, unknown>): void {
    this.data = structuredClone(snapshot);
  }

  reset(): void {
    this.data = {};
  }

  async save(path: string): Promise<void> {
    await writeFile(path, JSON.stringify(this.data));
  }

  async load(path: string): Promise<boolean> {
    try {
      this.restore(JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>);
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw error;
    }
  }
}

/** ARM names are case-insensitive: state is keyed by the lower-cased name, bodies keep the caller's casing. */
export function key(...parts: string[]): string {
  return parts.map((part) => part.toLowerCase()).join('/');
}
