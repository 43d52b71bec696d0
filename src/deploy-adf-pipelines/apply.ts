/**
 * Applies a plan to the factory: creates and updates in dependency order (at most `concurrency` writes in flight,
 * each as soon as what it references is written), then, when asked, deletes in reverse dependency order.
 *
 * Triggers. ADF refuses to update or delete a started trigger, and a trigger left stopped by a failed deploy
 * silently stops production schedules (Azure/data-factory-deploy-action#13). So, before any write, the started
 * triggers the deploy must touch are stopped, and in `finally` — whatever failed — each is restored:
 *
 * - trigger-mode `changed` stops the started triggers that are updated or deleted (the service requires it) and
 *   the started triggers whose source asks for `Stopped`. Triggers of pipelines being updated keep running: the
 *   service allows it, a run reads its pipeline when it starts, and a schedule trigger does not backfill the
 *   occurrences it misses while stopped, so stopping more than needed loses scheduled runs on every deploy.
 * - trigger-mode `all` stops every started trigger.
 * - Restoring: a trigger whose desired state (source after overrides) is `Stopped` stays stopped; a deleted one is
 *   gone; every other stopped trigger is started again (its previous state). A trigger this deploy created is started
 *   only if its source says `Started`; an existing trigger an operator stopped is left as it is.
 *
 * Each write goes through its kind's SDK operation group (resource-writes.ts).
 *
 * On a failure no new write is dispatched, the writes in flight are awaited, triggers are restored, and the error
 * says what was applied, what failed (with Azure's code) and what was not attempted. Running again converges: the
 * next plan, read from live state, holds only what is still different.
 */
import {
  type AdfArtifact,
  type ArtifactKind,
  type ArtifactSource,
  artifactKey,
  describeArtifact,
} from '#shared/adf/artifacts.js';
import type { LiveFactory, TriggerRuntimeState } from '#shared/adf/live-state.js';
import { ConfigurationError, describeError, formatErrorDetails } from '#shared/errors.js';
import type { Logger } from '#shared/logger.js';
import { buildGraph, runInDependencyOrder } from './dependency-graph.js';
import type { PlanAction, PlanEntry } from './diff.js';
import { type AdfApplyClient, deleteResource, putArtifact } from './resource-writes.js';

export interface DeployPlan {
  /** `diffArtifacts(desired, live.resources, ...)`. */
  readonly entries: readonly PlanEntry[];
  /** The desired artifacts (after filters and overrides) the entries were computed from. */
  readonly desired: readonly AdfArtifact[];
  /** The live state the entries were computed against (deletes and trigger states come from it). */
  readonly live: LiveFactory;
}

export interface ApplyOptions {
  readonly client: AdfApplyClient;
  readonly rg: string;
  readonly factory: string;
  /** Writes in flight at most (>= 1). */
  readonly concurrency: number;
  readonly triggerMode: 'changed' | 'all';
  readonly deleteOrphans: boolean;
  readonly maxDeletions: number;
  readonly logger: Logger;
  /** Poll interval of trigger start/stop (they answer 200 when done; the SDK polls only if they do not). */
  readonly updateIntervalInMs?: number;
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

function desiredRuntimeState(artifact: AdfArtifact | undefined): string | undefined {
  const state = artifact?.properties.runtimeState;
  return typeof state === 'string' ? state : undefined;
}

/** Lower-case names of the started triggers this deploy must stop (see the module comment). */
function triggersToStop(
  plan: DeployPlan,
  writes: readonly PlanEntry[],
  deletes: readonly PlanEntry[],
  mode: ApplyOptions['triggerMode'],
): string[] {
  const started = [...plan.live.triggerStates].filter(([, state]) => state === 'Started').map(([n]) => n);
  if (mode === 'all') return started.sort();
  const desiredTriggers = new Map(
    plan.desired.filter((a) => a.kind === 'trigger').map((a) => [a.name.toLowerCase(), a]),
  );
  const touched = new Set<string>();
  for (const entry of [...writes, ...deletes]) {
    if (entry.kind === 'trigger') touched.add(entry.name.toLowerCase());
  }
  for (const [name, artifact] of desiredTriggers) {
    if (desiredRuntimeState(artifact) === 'Stopped') touched.add(name);
  }
  return started.filter((name) => touched.has(name)).sort();
}

function listNames(results: readonly ResourceResult[]): string {
  return results.map((r) => `${r.kind} '${r.name}'`).join(', ');
}

function summariseFailure(factory: string, result: ApplyResult, failures: readonly string[]): string {
  const applied = result.resources.filter((r) => r.status === 'applied');
  const byAction = (action: PlanAction) => applied.filter((r) => r.action === action);
  const part = (label: string, items: readonly ResourceResult[]) =>
    `${items.length} ${label}${items.length ? ` (${listNames(items)})` : ''}`;
  const notAttempted = result.resources.filter((r) => r.status === 'not-attempted');
  const triggers = result.triggers
    .filter((t) => t.before !== 'absent')
    .map((t) => `${t.name} ${t.before} -> ${t.after}${t.error ? ` (${t.error})` : ''}`);
  return [
    `Deploying data factory '${factory}' failed: ${failures.join('; ')}.`,
    `Applied before the failure: ${part('created', byAction('create'))}, ${part('updated', byAction('update'))}, ${part('deleted', byAction('delete'))}.`,
    `Not attempted: ${notAttempted.length}${notAttempted.length ? ` (${listNames(notAttempted)})` : ''}.`,
    ...(triggers.length ? [`Triggers: ${triggers.join(', ')}.`] : []),
    'Running the deployment again applies what is still different.',
  ].join(' ');
}

export async function applyPlan(plan: DeployPlan, options: ApplyOptions): Promise<ApplyResult> {
  const { client, rg, factory, logger } = options;
  const concurrency = Math.max(1, Math.floor(options.concurrency));
  const pollOptions = { updateIntervalInMs: options.updateIntervalInMs ?? 1000 };

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
  if (deletes.length > options.maxDeletions) {
    throw new ConfigurationError(
      `The plan deletes ${deletes.length} resources from data factory '${factory}' (${deletes
        .map(describeArtifact)
        .join(', ')}), more than max-deletions (${options.maxDeletions}); nothing was changed. ` +
        'Check the source and filters, or raise max-deletions.',
      { input: 'max-deletions' },
    );
  }
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

  const desiredByKey = new Map(plan.desired.map((a) => [artifactKey(a.kind, a.name), a]));
  const triggerNames = new Map<string, string>();
  for (const r of plan.live.resources)
    if (r.kind === 'trigger') triggerNames.set(r.name.toLowerCase(), r.name);
  for (const a of plan.desired) if (a.kind === 'trigger') triggerNames.set(a.name.toLowerCase(), a.name);
  const toStop = triggersToStop(plan, writes, deletes, options.triggerMode);
  const triggerResults = new Map<string, TriggerStateResult>();

  const failures: string[] = [];
  let firstError: unknown;
  const fail = (what: string, error: unknown) => {
    failures.push(`${what}: ${formatErrorDetails(describeError(error))}`);
    firstError ??= error;
  };
  const failed = () => failures.length > 0;

  const setTrigger = async (
    lower: string,
    to: 'Started' | 'Stopped',
    before: TriggerStateResult['before'],
  ) => {
    const name = triggerNames.get(lower) ?? lower;
    try {
      if (to === 'Stopped') await client.triggers.beginStopAndWait(rg, factory, name, pollOptions);
      else await client.triggers.beginStartAndWait(rg, factory, name, pollOptions);
      logger.info(`${to === 'Stopped' ? 'Stopped' : 'Started'} trigger '${name}'`);
      triggerResults.set(lower, { name, before, after: to });
      return true;
    } catch (error) {
      const text = formatErrorDetails(describeError(error));
      triggerResults.set(lower, {
        name,
        before,
        after: to === 'Stopped' ? 'Started' : 'Stopped',
        error: text,
      });
      fail(`${to === 'Stopped' ? 'stopping' : 'starting'} trigger '${name}'`, error);
      return false;
    }
  };

  const stopped: string[] = [];
  try {
    for (const lower of toStop) {
      if (!(await setTrigger(lower, 'Stopped', 'Started'))) break;
      stopped.push(lower);
    }
    if (!failed()) {
      await runInDependencyOrder(writeGraph, 'deploy', concurrency, failed, async (artifact) => {
        const record = status.get(artifactKey(artifact.kind, artifact.name))!;
        try {
          await putArtifact(client, rg, factory, artifact);
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
          await deleteResource(client, rg, factory, artifact.kind, artifact.name);
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
    for (const lower of stopped) {
      const record = status.get(artifactKey('trigger', lower));
      if (record?.entry.action === 'delete' && record.status === 'applied') {
        triggerResults.set(lower, {
          name: triggerNames.get(lower) ?? lower,
          before: 'Started',
          after: 'absent',
        });
        continue;
      }
      if (desiredRuntimeState(desiredByKey.get(artifactKey('trigger', lower))) === 'Stopped') {
        logger.info(`Trigger '${triggerNames.get(lower) ?? lower}' stays stopped, as its source asks`);
        continue;
      }
      await setTrigger(lower, 'Started', 'Started');
    }
    for (const entry of writes) {
      if (entry.kind !== 'trigger' || entry.action !== 'create') continue;
      const key = artifactKey('trigger', entry.name);
      if (status.get(key)?.status !== 'applied') continue;
      if (desiredRuntimeState(desiredByKey.get(key)) === 'Started') {
        await setTrigger(entry.name.toLowerCase(), 'Started', 'absent');
      }
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
    throw new ApplyError(summariseFailure(factory, result, failures), result, { cause: firstError });
  return result;
}
