/**
 * Applies a plan to the factory: creates and updates in dependency order (at most `concurrency` writes in flight,
 * each as soon as what it references is written), then, when asked, deletes in reverse dependency order.
 *
 * Triggers (what happens to each is planned in trigger-plan.ts): before any write, the triggers to stop (their source
 * says Stopped, they are deleted) and to restart (started triggers that are updated, or every started one with
 * trigger-mode `all`) are stopped; in `finally`, whatever failed, each trigger stopped for a restart is started again,
 * and, when every write succeeded, the triggers to start (new ones whose source says Started, and existing ones the
 * factory has Stopped while their source says Started) are started. A failed deployment starts nothing that was not
 * running before it; its rerun does.
 *
 * Starting a trigger is retried with backoff (a 503 storm outlasts the SDK's own three retries): `startAttempts`
 * tries, waiting `startBackoffMs` doubled after each. A trigger still stopped after them fails the step, which names
 * each one: a production schedule is never silently left off, and the next run starts it.
 *
 * Each write goes through its kind's REST request (resource-writes.ts).
 *
 * On a failure no new write is dispatched, the writes in flight are awaited, triggers are restored, and the error
 * says what was applied, what failed (with Azure's code), what was not attempted and which triggers stay stopped.
 * Running again converges: the next plan, read from live state, holds only what is still different.
 */
import {
  type AdfArtifact,
  type ArtifactKind,
  type ArtifactSource,
  artifactKey,
  describeArtifact,
} from '#shared/adf/artifacts.js';
import type { LiveFactory, TriggerRuntimeState } from '#shared/adf/live-state.js';
import { describeError, formatErrorDetails } from '#shared/errors.js';
import type { Logger } from '#shared/logger.js';
import { deletionRefusal } from './deletion-limits.js';
import { buildGraph, runInDependencyOrder } from './dependency-graph.js';
import { type DeployTarget, factoryTarget } from './deploy-target.js';
import type { PlanAction, PlanEntry } from './diff.js';
import type { AdfApplyClient } from './resource-writes.js';
import type { TriggerStep } from './trigger-plan.js';

export interface DeployPlan {
  /** `diffArtifacts(desired, live.resources, ...)`. */
  readonly entries: readonly PlanEntry[];
  /** The desired artifacts (after filters and overrides) the entries were computed from. */
  readonly desired: readonly AdfArtifact[];
  /** The live state the entries were computed against (deletes and trigger states come from it). */
  readonly live: LiveFactory;
  /** What happens to the triggers' runtime state (`planTriggers` of the same entries, desired and live). */
  readonly triggers: readonly TriggerStep[];
}

export interface ApplyOptions {
  readonly client: AdfApplyClient;
  readonly rg: string;
  readonly factory: string;
  /** Writes in flight at most (>= 1). */
  readonly concurrency: number;
  readonly deleteOrphans: boolean;
  readonly maxDeletions: number;
  readonly logger: Logger;
  /** Where the writes go; the data factory named by client, rg and factory when absent. */
  readonly target?: DeployTarget;
  /** Poll interval of trigger start/stop (they answer 200 when done; the SDK polls only if they do not). */
  readonly updateIntervalInMs?: number;
  /** How many times a trigger start is tried (default 4). */
  readonly startAttempts?: number;
  /** The wait before the second try of a start, doubled before each next one (default 2000 ms: 2 s, 4 s, 8 s). */
  readonly startBackoffMs?: number;
  /** Waits; tests pass their own. */
  readonly sleep?: (ms: number) => Promise<void>;
}

export type ResourceStatus = 'applied' | 'failed' | 'not-attempted' | 'unchanged' | 'skipped';

export interface ResourceResult {
  readonly kind: ArtifactKind;
  readonly name: string;
  readonly action: PlanAction;
  readonly status: ResourceStatus;
  /** For failures: the Azure code and message. */
  readonly error?: string;
}

export interface TriggerStateResult {
  readonly name: string;
  readonly before: TriggerRuntimeState | 'absent';
  readonly after: TriggerRuntimeState | 'absent';
  /** Set when a stop or start failed. */
  readonly error?: string;
}

export interface ApplyResult {
  readonly created: number;
  readonly updated: number;
  readonly deleted: number;
  readonly unchanged: number;
  readonly resources: readonly ResourceResult[];
  readonly triggers: readonly TriggerStateResult[];
}

export class ApplyError extends Error {
  override readonly name = 'ApplyError';
  constructor(
    message: string,
    readonly result: ApplyResult,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Resources rebuilt from live state have no file; references are all the delete order needs. */
const LIVE_SOURCE: ArtifactSource = {
  file: '(factory)',
  locate: () => ({ file: '(factory)' }),
  nameAt: { file: '(factory)' },
};

function listNames(results: readonly ResourceResult[]): string {
  return results.map((r) => `${r.kind} '${r.name}'`).join(', ');
}

function summariseFailure(target: string, result: ApplyResult, failures: readonly string[]): string {
  const applied = result.resources.filter((r) => r.status === 'applied');
  const byAction = (action: PlanAction) => applied.filter((r) => r.action === action);
  const part = (label: string, items: readonly ResourceResult[]) =>
    `${items.length} ${label}${items.length ? ` (${listNames(items)})` : ''}`;
  const notAttempted = result.resources.filter((r) => r.status === 'not-attempted');
  const triggers = result.triggers
    .filter((t) => t.before !== 'absent')
    .map((t) => `${t.name} ${t.before} -> ${t.after}${t.error ? ` (${t.error})` : ''}`);
  const leftStopped = result.triggers
    .filter((t) => t.error && t.after === 'Stopped')
    .map((t) => `'${t.name}'`);
  return [
    `Deploying ${target} failed: ${failures.join('; ')}.`,
    `Applied before the failure: ${part('created', byAction('create'))}, ${part('updated', byAction('update'))}, ${part('deleted', byAction('delete'))}.`,
    `Not attempted: ${notAttempted.length}${notAttempted.length ? ` (${listNames(notAttempted)})` : ''}.`,
    ...(triggers.length ? [`Triggers: ${triggers.join(', ')}.`] : []),
    ...(leftStopped.length
      ? [
          `Left stopped although their source says Started: ${leftStopped.join(', ')}; their schedules do not run until they are started.`,
        ]
      : []),
    'Running the deployment again applies what is still different and starts the triggers left stopped.',
  ].join(' ');
}

export async function applyPlan(plan: DeployPlan, options: ApplyOptions): Promise<ApplyResult> {
  const { client, rg, factory, logger } = options;
  const concurrency = Math.max(1, Math.floor(options.concurrency));
  const pollOptions = { updateIntervalInMs: options.updateIntervalInMs ?? 1000 };
  const target = options.target ?? factoryTarget(client, rg, factory, pollOptions);

  // ADF has no operation to delete a managed virtual network: such an orphan is reported as skipped.
  const deletable = (e: PlanEntry) => e.action === 'delete' && e.kind !== 'managedVirtualNetwork';
  const deletes = options.deleteOrphans ? plan.entries.filter(deletable) : [];
  if (options.deleteOrphans) {
    for (const entry of plan.entries) {
      if (entry.action === 'delete' && !deletable(entry)) {
        logger.warning(
          `${describeArtifact(entry)} is not in the source, but ADF cannot delete it; left in place`,
        );
      }
    }
  }
  const refusal = deletionRefusal(deletes, plan.live.resources.length, options, target.label);
  if (refusal) throw refusal;
  const writes = plan.entries.filter((e) => e.action === 'create' || e.action === 'update');

  const status = new Map<string, { entry: PlanEntry; status: ResourceStatus; error?: string }>();
  for (const entry of plan.entries) {
    const initial: ResourceStatus =
      entry.action === 'unchanged'
        ? 'unchanged'
        : entry.action === 'delete' && !(options.deleteOrphans && deletable(entry))
          ? 'skipped'
          : 'not-attempted';
    status.set(artifactKey(entry.kind, entry.name), { entry, status: initial });
  }

  const writeKeys = new Set(writes.map((e) => artifactKey(e.kind, e.name)));
  // References to artifacts that are not written (unchanged, or outside the filters) exist already: only the
  // writes order each other.
  const writeGraph = buildGraph(plan.desired.filter((a) => writeKeys.has(artifactKey(a.kind, a.name))));
  const deleteKeys = new Set(deletes.map((e) => artifactKey(e.kind, e.name)));
  const liveToDelete: AdfArtifact[] = plan.live.resources
    .filter((r) => deleteKeys.has(artifactKey(r.kind, r.name)))
    .map((r) => ({ kind: r.kind, name: r.name, properties: r.properties, source: LIVE_SOURCE }));
  const deleteGraph = buildGraph(liveToDelete);

  const triggerResults = new Map<string, TriggerStateResult>();
  const failures: string[] = [];
  let firstError: unknown;
  const fail = (what: string, error: unknown) => {
    failures.push(`${what}: ${formatErrorDetails(describeError(error))}`);
    firstError ??= error;
  };
  const failed = () => failures.length > 0;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((done) => setTimeout(done, ms)));

  const stopTrigger = async (step: TriggerStep): Promise<boolean> => {
    const lower = step.name.toLowerCase();
    try {
      await target.stopTrigger(step.name);
      logger.info(`Stopped trigger '${step.name}': ${step.reason}`);
      triggerResults.set(lower, { name: step.name, before: 'Started', after: 'Stopped' });
      return true;
    } catch (error) {
      const text = formatErrorDetails(describeError(error));
      triggerResults.set(lower, { name: step.name, before: 'Started', after: 'Started', error: text });
      fail(`stopping trigger '${step.name}'`, error);
      return false;
    }
  };

  /** Starts a trigger, retrying what may pass (5xx, 429, the network) with backoff; a 4xx is final. */
  const startTrigger = async (step: TriggerStep, before: TriggerStateResult['before']): Promise<void> => {
    const lower = step.name.toLowerCase();
    const attempts = Math.max(1, Math.floor(options.startAttempts ?? 4));
    let wait = options.startBackoffMs ?? 2000;
    for (let attempt = 1; ; attempt++) {
      try {
        await target.startTrigger(step.name);
        logger.info(
          `Started trigger '${step.name}'${attempt > 1 ? ` (attempt ${attempt} of ${attempts})` : ''}`,
        );
        triggerResults.set(lower, { name: step.name, before, after: 'Started' });
        return;
      } catch (error) {
        const details = describeError(error);
        const text = formatErrorDetails(details);
        const final =
          details.statusCode !== undefined && details.statusCode < 500 && details.statusCode !== 429;
        if (final || attempt >= attempts) {
          triggerResults.set(lower, { name: step.name, before, after: 'Stopped', error: text });
          fail(`starting trigger '${step.name}' (${attempt} attempt${attempt === 1 ? '' : 's'})`, error);
          return;
        }
        logger.warning(
          `Starting trigger '${step.name}' failed (attempt ${attempt} of ${attempts}): ${text}; trying again in ${wait / 1000} s`,
        );
        await sleep(wait);
        wait *= 2;
      }
    }
  };

  const toStop = plan.triggers.filter((step) => step.action === 'stop' || step.action === 'restart');
  const stopped = new Set<string>();
  let deploymentFailed = false;
  try {
    for (const step of toStop) {
      if (!(await stopTrigger(step))) break;
      stopped.add(step.name.toLowerCase());
    }
    if (!failed()) {
      await runInDependencyOrder(writeGraph, 'deploy', concurrency, failed, async (artifact) => {
        const record = status.get(artifactKey(artifact.kind, artifact.name))!;
        try {
          await target.put(artifact);
          record.status = 'applied';
          logger.info(
            `${record.entry.action === 'create' ? 'Created' : 'Updated'} ${describeArtifact(artifact)}`,
          );
          return true;
        } catch (error) {
          record.status = 'failed';
          record.error = formatErrorDetails(describeError(error));
          fail(`${record.entry.action} of ${describeArtifact(artifact)}`, error);
          return false;
        }
      });
    }
    if (!failed()) {
      await runInDependencyOrder(deleteGraph, 'delete', concurrency, failed, async (artifact) => {
        const record = status.get(artifactKey(artifact.kind, artifact.name))!;
        try {
          await target.remove(artifact.kind, artifact.name);
          record.status = 'applied';
          logger.info(`Deleted ${describeArtifact(artifact)}`);
          return true;
        } catch (error) {
          record.status = 'failed';
          record.error = formatErrorDetails(describeError(error));
          fail(`delete of ${describeArtifact(artifact)}`, error);
          return false;
        }
      });
    }
  } catch (error) {
    // Not expected (failures are recorded per write); still, triggers are restored below.
    fail('deployment', error);
  } finally {
    deploymentFailed = failed();
    for (const step of toStop) {
      const lower = step.name.toLowerCase();
      if (!stopped.has(lower)) continue;
      const record = status.get(artifactKey('trigger', lower));
      if (record?.entry.action === 'delete') {
        if (record.status === 'applied') {
          triggerResults.set(lower, { name: step.name, before: 'Started', after: 'absent' });
        } else {
          // Not deleted after all: it runs again, as before the deployment.
          await startTrigger(step, 'Started');
        }
      } else if (step.action === 'restart') {
        await startTrigger(step, 'Started');
      }
    }
    // Starting what did not run before waits for a deployment that succeeded; a rerun starts it otherwise.
    for (const step of plan.triggers) {
      if (deploymentFailed || step.action !== 'start') continue;
      if (step.created && status.get(artifactKey('trigger', step.name))?.status !== 'applied') continue;
      await startTrigger(step, step.created ? 'absent' : 'Stopped');
    }
  }

  const resources: ResourceResult[] = [...status.values()].map(({ entry, status: s, error }) => ({
    kind: entry.kind,
    name: entry.name,
    action: entry.action,
    status: s,
    ...(error === undefined ? {} : { error }),
  }));
  const count = (action: PlanAction) =>
    resources.filter((r) => r.action === action && r.status === 'applied').length;
  const result: ApplyResult = {
    created: count('create'),
    updated: count('update'),
    deleted: count('delete'),
    unchanged: resources.filter((r) => r.status === 'unchanged').length,
    resources,
    triggers: [...triggerResults.values()],
  };
  if (failed())
    throw new ApplyError(summariseFailure(target.label, result, failures), result, { cause: firstError });
  return result;
}
