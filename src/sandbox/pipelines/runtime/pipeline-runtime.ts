/**
 * The sandbox's pipeline runtime: `start` creates a run (Queued) in the factory's state and executes it in the
 * background of the sandbox process — Queued for `timing.pipelineRunPhaseMs` of sandbox time, then InProgress
 * while its activities run (activity-graph.ts), then Succeeded, Failed or Cancelled by ADF's outcome rule. A failed
 * run's message is ADF's: "Operation on target <activity> failed: <its error message>".
 *
 * One runtime for both hosts (run-host.ts): a data factory's runs and a Synapse workspace's, the workspace's name
 * being `pipeline().DataFactory` there and `pipeline().globalParameters` absent (Synapse has none).
 *
 * ExecutePipeline activities start their pipelines here too (`startChild`): a child is a run of its own, in the same
 * factory or workspace, invoked by the activity (`invokedByType: PipelineActivity` with the parent's pipeline and run id, as the
 * spec's PipelineRunInvokedBy has them) and listed among its parent's children, so a recursive cancel reaches it.
 *
 * Executions live in memory (their promises cannot be state); their records live in the sandbox state. A run whose
 * record says it is still going but that no execution of this process owns (the sandbox restarted from a state
 * file) is ended as Failed when it is next read (`reconcile`).
 */
import { randomUUID } from 'node:crypto';
import { describeError } from '#shared/errors.js';
import type { Json, StoredResource } from '../../arm/datafactory/store.js';
import { ActivityFailure } from './activity-failure.js';
import { runActivities } from './activity-graph.js';
import { ActivityScope } from './activity-scope.js';
import { type ChildRunLauncher, RunExecution, type RuntimeServices } from './run-execution.js';
import type { RunHost } from './run-host.js';
import { parameterStrings, resolveParameters } from './run-parameters.js';
import { isTerminal, type RunInvoker, type StoredRun } from './run-records.js';

/** The trigger of a triggered run, as `pipeline().Trigger*` and `trigger()` show it. */
export interface RunTrigger {
  readonly type: string;
  readonly id: string;
  readonly name: string;
  /** When it fired (ISO 8601). */
  readonly time: string;
}

export interface StartRun {
  readonly pipeline: StoredResource;
  readonly parameters: Json;
  readonly invokedBy: RunInvoker;
  /** The caller's run id (createRun's x-ms-client-request-id), else a new one. */
  readonly runId?: string;
  /** A recovery run joins the group of the run it recovers. */
  readonly runGroupId?: string;
  readonly trigger?: RunTrigger;
  readonly parent?: RunExecution;
}

const RESTARTED = 'The sandbox restarted while the run was in progress; start the pipeline again.';

/**
 * A pipeline's definition as its runs see it: a frozen copy of the stored `properties`, made once per stored version
 * and shared by every run of that version. The store replaces a pipeline's `properties` on every write, so a later
 * edit is a new object (a new copy for the runs started after it) and never reaches a running run, as in ADF; frozen,
 * so nothing a run does can change what other runs see. A ForEach starting hundreds of runs of one child pipeline
 * would otherwise copy it for each.
 */
const definitions = new WeakMap<Json, Json>();

function runDefinition(properties: Json): Json {
  let definition = definitions.get(properties);
  if (!definition) {
    definition = deepFreeze(structuredClone(properties));
    definitions.set(properties, definition);
  }
  return definition;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const item of Object.values(value)) deepFreeze(item);
  }
  return value;
}

export class PipelineRuntime implements ChildRunLauncher {
  readonly #executions = new Map<string, RunExecution>();
  readonly #completions = new Map<string, Promise<StoredRun>>();

  constructor(private readonly services: RuntimeServices) {}

  /** Creates the run and starts executing it; a parameter the pipeline cannot take is refused before any run. */
  start(host: RunHost, request: StartRun): StoredRun | { error: string } {
    const resolved = resolveParameters(request.pipeline.properties.parameters, request.parameters);
    if ('error' in resolved) return resolved;
    const now = this.services.context.clock();
    const runId = request.runId ?? randomUUID();
    const run: StoredRun = {
      runId,
      runGroupId: request.runGroupId ?? runId,
      pipelineName: request.pipeline.name,
      parameters: parameterStrings(resolved.values),
      invokedBy: request.invokedBy,
      runStart: now,
      status: 'Queued',
      lastUpdated: now,
      activities: [],
      children: [],
    };
    host.runs[runId] = run;
    const trigger = request.trigger ?? {
      type: request.invokedBy.invokedByType,
      id: request.invokedBy.id,
      name: request.invokedBy.name,
      time: new Date(now).toISOString(),
    };
    const globalParameters = host.globalParameters();
    const execution = new RunExecution(
      this.services,
      this,
      host.ref,
      run,
      runDefinition(request.pipeline.properties),
      {
        DataFactory: host.name,
        Pipeline: request.pipeline.name,
        RunId: runId,
        TriggerType: trigger.type,
        TriggerId: trigger.id,
        TriggerName: trigger.name,
        TriggerTime: trigger.time,
        GroupId: run.runGroupId,
        ...(request.parent
          ? {
              TriggeredByPipelineName: request.parent.run.pipelineName,
              TriggeredByPipelineRunId: request.parent.run.runId,
            }
          : {}),
        parameters: resolved.values,
        ...(globalParameters ? { globalParameters } : {}),
      },
    );
    this.#executions.set(runId, execution);
    const completion = this.#execute(execution).finally(() => this.#executions.delete(runId));
    this.#completions.set(runId, completion);
    return run;
  }

  startChild(
    parent: RunExecution,
    pipelineName: string,
    parameters: Readonly<Record<string, unknown>>,
    invoker: { readonly activityRunId: string; readonly activityName: string },
  ): { runId: string; completion: Promise<StoredRun> } {
    const host = parent.host();
    const pipeline = host?.artifact('pipelines', pipelineName);
    if (!host || !pipeline) {
      throw new ActivityFailure(
        'BadRequest',
        `The pipeline '${pipelineName}' does not exist in the ${host?.ref.type === 'workspace' ? 'workspace' : 'factory'}.`,
      );
    }
    const started = this.start(host, {
      pipeline,
      parameters: { ...parameters },
      invokedBy: {
        id: invoker.activityRunId,
        name: invoker.activityName,
        invokedByType: 'PipelineActivity',
        pipelineName: parent.run.pipelineName,
        pipelineRunId: parent.run.runId,
      },
      parent,
    });
    if ('error' in started) throw new ActivityFailure('BadRequest', started.error);
    parent.run.children.push(started.runId);
    return { runId: started.runId, completion: this.completion(started.runId)! };
  }

  /** Resolves with the run's record once it has ended (undefined when no execution of it is known). */
  completion(runId: string): Promise<StoredRun> | undefined {
    return this.#completions.get(runId);
  }

  /**
   * Cancels a run that has not ended: Canceling while its activities stop, then Cancelled. With `recursive`, the
   * runs its ExecutePipeline activities started are cancelled too (isRecursive); without, they go on.
   */
  cancel(host: Pick<RunHost, 'runs'>, runId: string, recursive: boolean): void {
    const run = host.runs[runId];
    if (!run) return;
    if (recursive) for (const child of run.children) this.cancel(host, child, true);
    if (isTerminal(run.status) || run.status === 'Canceling') return;
    run.status = 'Canceling';
    run.lastUpdated = this.services.context.clock();
    this.#executions.get(runId)?.controller.abort(new Error('The run was cancelled.'));
  }

  /** Ends a run that claims to be going but has no execution here (see the module comment). */
  reconcile(run: StoredRun): void {
    if (isTerminal(run.status) || this.#executions.has(run.runId)) return;
    const now = this.services.context.clock();
    run.status = run.status === 'Canceling' ? 'Cancelled' : 'Failed';
    if (run.status === 'Failed') run.message = RESTARTED;
    run.runEnd = now;
    run.lastUpdated = now;
  }

  /** Cancels everything still running (the sandbox is stopping). */
  stop(): void {
    for (const execution of this.#executions.values()) {
      execution.controller.abort(new Error('The sandbox stopped.'));
    }
  }

  async #execute(execution: RunExecution): Promise<StoredRun> {
    const { run } = execution;
    const { context } = this.services;
    try {
      await context.time.sleep(context.timing.pipelineRunPhaseMs, execution.signal);
      run.status = 'InProgress';
      execution.touch();
      const scope = new ActivityScope();
      const outcome = await runActivities(
        execution,
        execution.definition.activities,
        scope,
        `Pipeline '${run.pipelineName}'`,
      );
      if (execution.signal.aborted) this.#end(execution, 'Cancelled', '');
      else if (outcome.status === 'Failed') {
        const target = outcome.failed[0]!;
        const message = scope.lookup(target)?.error?.message ?? '';
        this.#end(execution, 'Failed', `Operation on target ${target} failed: ${message}`);
        run.failure = { activity: target, message };
      } else this.#end(execution, outcome.status, '');
    } catch (error) {
      if (execution.signal.aborted) this.#end(execution, 'Cancelled', '');
      else {
        const message = describeError(error).message;
        this.#end(execution, 'Failed', message);
        run.failure = { message };
      }
    }
    return run;
  }

  #end(execution: RunExecution, status: StoredRun['status'], message: string): void {
    const { run } = execution;
    const now = this.services.context.clock();
    run.status = status;
    run.message = message;
    run.runEnd = now;
    run.lastUpdated = now;
  }
}
