/**
 * Fires started schedule triggers on the sandbox clock. One loop per sandbox: it finds every started
 * ScheduleTrigger in the state, fires each occurrence that has come (schedule.ts) since the trigger started or last
 * fired — a trigger started with its start time in the past fires at its next occurrence, with no backfill, as ADF
 * does — and sleeps until the earliest next one (a start, a stop or a clock change wakes it early).
 *
 * A firing is a trigger run (trigger-runs.ts) and one pipeline run per pipeline the trigger names, invoked by it
 * (`invokedByType: ScheduleTrigger`), with the trigger's parameters evaluated where `trigger().scheduledTime` and
 * `trigger().startTime` are the occurrence. Moving the clock a long way fires every occurrence passed, up to
 * MAX_FIRES_PER_PASS per trigger at a time (the rest follow on the next passes).
 */
import { randomUUID } from 'node:crypto';
import { describeError } from '#shared/errors.js';
import { dataFactory, type StoredFactory, type StoredResource } from '../../arm/datafactory/store.js';
import type { SandboxContext } from '../../context.js';
import { ExpressionEvaluator } from '../expressions/index.js';
import type { PipelineRuntime } from '../runtime/pipeline-runtime.js';
import { factoryHost } from '../runtime/run-host.js';
import { occurrences, type Recurrence, readRecurrence } from './schedule.js';
import type { StoredTriggerRun } from './trigger-runs.js';

const MAX_FIRES_PER_PASS = 100;
/** How far ahead a pass looks for the next occurrence; beyond it the loop just wakes again. */
const HORIZON_MS = 366 * 24 * 3600 * 1000;

export class TriggerScheduler {
  readonly #evaluator = new ExpressionEvaluator();
  #wake = new AbortController();
  #stopped = false;
  #running: Promise<void> | undefined;

  constructor(
    private readonly context: SandboxContext,
    private readonly runtime: PipelineRuntime,
  ) {}

  /** A trigger was started: it fires from now on (its first occurrence after now). */
  started(trigger: StoredResource): void {
    trigger.internal.firedThrough = this.context.clock();
    this.#kick();
  }

  /** A trigger was stopped or deleted: the loop forgets it. */
  changed(): void {
    this.#kick();
  }

  stop(): void {
    this.#stopped = true;
    this.#wake.abort();
  }

  #kick(): void {
    if (this.#stopped) return;
    this.#wake.abort();
    this.#running ??= this.#loop().finally(() => {
      this.#running = undefined;
    });
  }

  async #loop(): Promise<void> {
    while (!this.#stopped) {
      this.#wake = new AbortController();
      const next = this.#pass();
      if (next === undefined) return;
      try {
        await this.context.time.until(next, this.#wake.signal);
      } catch {
        // Woken early: a trigger started or stopped; look again.
      }
    }
  }

  /** Fires what is due; the time of the next occurrence of any started trigger, if there is one. */
  #pass(): number | undefined {
    const now = this.context.clock();
    let next: number | undefined;
    for (const factory of Object.values(dataFactory(this.context).factories)) {
      for (const trigger of Object.values(factory.resources.triggers ?? {})) {
        if (trigger.server.runtimeState !== 'Started' || trigger.properties.type !== 'ScheduleTrigger')
          continue;
        let recurrence: Recurrence;
        try {
          recurrence = readRecurrence(trigger.properties.typeProperties);
        } catch (error) {
          this.#record(factory, trigger, now, [], describeError(error).message);
          trigger.server.runtimeState = 'Stopped';
          continue;
        }
        const from = Number(trigger.internal.firedThrough ?? now);
        for (const fire of occurrences(recurrence, from, now, MAX_FIRES_PER_PASS)) {
          this.#fire(factory, trigger, fire);
          trigger.internal.firedThrough = fire;
        }
        const [upcoming] = occurrences(
          recurrence,
          Number(trigger.internal.firedThrough ?? now),
          now + HORIZON_MS,
          1,
        );
        const due = upcoming ?? (recurrence.end === undefined ? now + HORIZON_MS : undefined);
        if (due !== undefined && (next === undefined || due < next)) next = due;
      }
    }
    return next;
  }

  #fire(factory: StoredFactory, trigger: StoredResource, fire: number): void {
    const triggerRunId = randomUUID().replace(/-/g, '').toUpperCase();
    const scheduledTime = new Date(fire).toISOString();
    const pipelines = (trigger.properties.pipelines ?? []) as Array<{
      pipelineReference?: { referenceName?: string };
      parameters?: Record<string, unknown>;
    }>;
    const started: Record<string, string> = {};
    const problems: string[] = [];
    for (const entry of pipelines) {
      const name = entry.pipelineReference?.referenceName ?? '';
      const pipeline = factory.resources.pipelines?.[name.toLowerCase()];
      if (!pipeline) {
        problems.push(`The pipeline '${name}' does not exist.`);
        continue;
      }
      try {
        const parameters = this.#evaluator.evaluateValue(entry.parameters ?? {}, {
          pipeline: {
            DataFactory: factory.name,
            Pipeline: pipeline.name,
            RunId: '',
            TriggerType: 'ScheduleTrigger',
            TriggerId: triggerRunId,
            TriggerName: trigger.name,
            TriggerTime: scheduledTime,
            GroupId: '',
            parameters: {},
          },
          clock: this.context.clock,
          trigger: {
            name: trigger.name,
            scheduledTime,
            startTime: new Date(this.context.clock()).toISOString(),
          },
        }) as Record<string, unknown>;
        const run = this.runtime.start(factoryHost(factory), {
          pipeline,
          parameters,
          invokedBy: { id: triggerRunId, name: trigger.name, invokedByType: 'ScheduleTrigger' },
          trigger: { type: 'ScheduleTrigger', id: triggerRunId, name: trigger.name, time: scheduledTime },
        });
        if ('error' in run) problems.push(`${pipeline.name}: ${run.error}`);
        else started[pipeline.name] = run.runId;
      } catch (error) {
        problems.push(`${pipeline.name}: ${describeError(error).message}`);
      }
    }
    this.#record(factory, trigger, fire, Object.entries(started), problems.join(' '), triggerRunId);
  }

  #record(
    factory: StoredFactory,
    trigger: StoredResource,
    at: number,
    started: Array<[string, string]>,
    message: string,
    id = randomUUID().replace(/-/g, '').toUpperCase(),
  ): void {
    const run: StoredTriggerRun = {
      triggerRunId: id,
      triggerName: trigger.name,
      triggerType: String(trigger.properties.type),
      timestamp: at,
      status: message ? 'Failed' : 'Succeeded',
      message,
      properties: { TriggerTime: new Date(at).toISOString(), ScheduleTime: new Date(at).toISOString() },
      triggeredPipelines: Object.fromEntries(started),
    };
    factory.triggerRuns ??= {};
    factory.triggerRuns[id] = run;
  }
}
