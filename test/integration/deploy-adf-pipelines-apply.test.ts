// applyPlan against the sandbox through the real DataFactoryManagementClient: dependency order (the sandbox refuses
// a PUT whose references are missing), zero writes when nothing changed, trigger stop/restore, failures mid-way
// with a converging rerun, orphan deletion, and the concurrency bound.
import { fileURLToPath } from 'node:url';
import { DataFactoryManagementClient } from '@azure/arm-datafactory';
import { afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import {
  ApplyError,
  type ApplyOptions,
  applyPlan,
  type DeployPlan,
} from '../../src/deploy-adf-pipelines/apply.js';
import { diffArtifacts, summarisePlan } from '../../src/deploy-adf-pipelines/diff.js';
import { readGitFolder } from '../../src/deploy-adf-pipelines/sources/git-folder.js';
import { planTriggers } from '../../src/deploy-adf-pipelines/trigger-plan.js';
import {
  type AdfArtifact,
  ARTIFACT_KINDS,
  type ArtifactKind,
  artifactKey,
} from '../../src/shared/adf/artifacts.js';
import { readLiveFactory } from '../../src/shared/adf/live-state.js';
import { ConfigurationError } from '../../src/shared/errors.js';
import { RecordingLogger } from '../../src/shared/logger.js';
import { SAMPLE_FACTORY_FINDINGS, useSandboxFixture } from '../harness/sandbox.js';

const SAMPLE = fileURLToPath(new URL('../fixtures/adf/git', import.meta.url));

const f = useSandboxFixture({ storage: false, ignoreFindings: SAMPLE_FACTORY_FINDINGS });
let subscriptionId: string;
let sample: readonly AdfArtifact[];
let envCount = 0;

beforeAll(async () => {
  sample = (await readGitFolder(SAMPLE, 'git')).artifacts;
});
afterEach(() => f.sandbox.control.clearFaults());

interface Env {
  readonly client: DataFactoryManagementClient;
  readonly rg: string;
  readonly factory: string;
}

/** A fresh, empty factory per test, so tests do not depend on each other. */
async function freshFactory(
  retryOptions: { maxRetries: number; retryDelayInMs: number } = f.clientOptions.retryOptions,
): Promise<Env> {
  const env = await f.sandbox.provision({ name: `adfapply${++envCount}`, database: false });
  subscriptionId = env.subscriptionId;
  const client = new DataFactoryManagementClient(f.credential, subscriptionId, {
    ...f.clientOptions,
    retryOptions,
  });
  return { client, rg: env.resourceGroup, factory: env.factory };
}

interface PlanOptions {
  readonly triggerMode?: 'changed' | 'all';
  readonly deleteOrphans?: boolean;
}

async function planFor(
  env: Env,
  desired: readonly AdfArtifact[],
  { triggerMode = 'changed', deleteOrphans = false }: PlanOptions = {},
): Promise<DeployPlan> {
  const live = await readLiveFactory(env.client, env.rg, env.factory, ARTIFACT_KINDS);
  const entries = diffArtifacts(desired, live.resources);
  return {
    entries,
    desired,
    live,
    triggers: planTriggers({ entries, desired, live, triggerMode, deleteOrphans }),
  };
}

function options(env: Env, extra: Partial<ApplyOptions> = {}): ApplyOptions {
  return {
    client: env.client,
    rg: env.rg,
    factory: env.factory,
    concurrency: 4,
    deleteOrphans: false,
    maxDeletions: 10,
    logger: new RecordingLogger(),
    updateIntervalInMs: 10,
    startBackoffMs: 10,
    ...extra,
  };
}

async function deploy(
  env: Env,
  desired: readonly AdfArtifact[],
  extra: Partial<ApplyOptions> & PlanOptions = {},
) {
  const { triggerMode, ...rest } = extra;
  return applyPlan(
    await planFor(env, desired, { triggerMode, deleteOrphans: extra.deleteOrphans }),
    options(env, rest),
  );
}

/** The desired artifacts with one artifact's properties changed. */
function modify(
  desired: readonly AdfArtifact[],
  kind: ArtifactKind,
  name: string,
  change: (properties: Record<string, unknown>) => Record<string, unknown>,
): AdfArtifact[] {
  const key = artifactKey(kind, name);
  expect(desired.some((a) => artifactKey(a.kind, a.name) === key)).toBe(true);
  return desired.map((a) =>
    artifactKey(a.kind, a.name) === key
      ? { ...a, properties: change(structuredClone(a.properties) as Record<string, unknown>) }
      : a,
  );
}

/** The writes (PUT, DELETE, POST start/stop) to a factory's resources since `since`, as `METHOD kind/name[/action]`. */
function writesSince(env: Env, since: number): string[] {
  const marker = `/factories/${env.factory.toLowerCase()}/`;
  return f.sandbox.control
    .requests(since)
    .filter((r) => r.method !== 'GET' && r.path.toLowerCase().includes(marker))
    .map((r) => `${r.method} ${r.path.slice(r.path.toLowerCase().indexOf(marker) + marker.length)}`);
}

const lastSeq = () => f.sandbox.control.counters().lastSeq;

async function triggerState(env: Env, name: string): Promise<string | undefined> {
  const live = await readLiveFactory(env.client, env.rg, env.factory, ['trigger']);
  return live.triggerStates.get(name.toLowerCase());
}

describe('applyPlan', () => {
  it('deploys the sample factory from nothing in dependency order, then a rerun makes zero writes', async () => {
    const env = await freshFactory();
    const since = lastSeq();
    const result = await deploy(env, sample);
    expect(result).toMatchObject({ created: sample.length, updated: 0, deleted: 0, unchanged: 0 });
    expect(result.resources.every((r) => r.action === 'create' && r.status === 'applied')).toBe(true);
    const writes = writesSince(env, since);
    const position = (entry: string) => writes.indexOf(entry);
    // Each PUT only after what it references (the sandbox would refuse it otherwise).
    expect(position('PUT integrationRuntimes/shir-onprem')).toBeLessThan(
      position('PUT linkedservices/ls_fileshare_onprem'),
    );
    expect(position('PUT linkedservices/ls_keyvault')).toBeLessThan(
      position('PUT linkedservices/ls_fileshare_onprem'),
    );
    expect(position('PUT pipelines/pl_copy_scores_to_sql')).toBeLessThan(
      position('PUT pipelines/pl_score_use_case'),
    );
    expect(position('PUT pipelines/pl_score_use_case')).toBeLessThan(
      position('PUT pipelines/pl_orchestrate_scoring'),
    );
    expect(position('PUT pipelines/pl_orchestrate_scoring')).toBeLessThan(
      position('PUT triggers/tr_daily_scoring'),
    );
    // The new trigger's source says Started: it is started after it is created.
    expect(writes.at(-1)).toBe('POST triggers/tr_daily_scoring/start');
    expect(writes.filter((w) => w.startsWith('PUT'))).toHaveLength(sample.length);
    expect(await triggerState(env, 'tr_daily_scoring')).toBe('Started');

    const rerunSince = lastSeq();
    const plan = await planFor(env, sample);
    expect(summarisePlan(plan.entries)).toEqual({
      create: 0,
      update: 0,
      unchanged: sample.length,
      delete: 0,
    });
    const rerun = await applyPlan(plan, options(env));
    expect(rerun).toMatchObject({ created: 0, updated: 0, deleted: 0, unchanged: sample.length });
    expect(writesSince(env, rerunSince)).toEqual([]);
  });

  it('writes exactly one pipeline when one pipeline changed, leaving its started trigger running', async () => {
    const env = await freshFactory();
    await deploy(env, sample);
    const changed = modify(sample, 'pipeline', 'pl_score_use_case', (p) => ({ ...p, description: 'v2' }));
    const since = lastSeq();
    const result = await deploy(env, changed);
    expect(result).toMatchObject({ created: 0, updated: 1, unchanged: sample.length - 1 });
    expect(writesSince(env, since)).toEqual(['PUT pipelines/pl_score_use_case']);
    expect(await triggerState(env, 'tr_daily_scoring')).toBe('Started');
  });

  it('stops a started trigger whose definition changes, updates it and starts it again', async () => {
    const env = await freshFactory();
    await deploy(env, sample);
    const changed = modify(sample, 'trigger', 'tr_daily_scoring', (p) => {
      (p.typeProperties as { recurrence: { interval: number } }).recurrence.interval = 2;
      return p;
    });
    const since = lastSeq();
    const result = await deploy(env, changed);
    expect(result.updated).toBe(1);
    expect(writesSince(env, since)).toEqual([
      'POST triggers/tr_daily_scoring/stop',
      'PUT triggers/tr_daily_scoring',
      'POST triggers/tr_daily_scoring/start',
    ]);
    expect(result.triggers).toEqual([{ name: 'tr_daily_scoring', before: 'Started', after: 'Started' }]);
  });

  it('with trigger-mode all stops every started trigger and restores it; Stopped in source stays stopped', async () => {
    const env = await freshFactory();
    await deploy(env, sample);
    const changed = modify(sample, 'pipeline', 'pl_score_use_case', (p) => ({ ...p, description: 'v2' }));
    const since = lastSeq();
    await deploy(env, changed, { triggerMode: 'all' });
    expect(writesSince(env, since)).toEqual([
      'POST triggers/tr_daily_scoring/stop',
      'PUT pipelines/pl_score_use_case',
      'POST triggers/tr_daily_scoring/start',
    ]);

    const stoppedInSource = modify(changed, 'trigger', 'tr_daily_scoring', (p) => ({
      ...p,
      runtimeState: 'Stopped',
    }));
    const again = lastSeq();
    await deploy(env, stoppedInSource);
    expect(writesSince(env, again)).toEqual(['POST triggers/tr_daily_scoring/stop']);
    expect(await triggerState(env, 'tr_daily_scoring')).toBe('Stopped');
  });

  it('starts a trigger its source says Started that was left stopped, and stops one the other way round', async () => {
    const env = await freshFactory();
    await deploy(env, sample);
    await env.client.triggers.beginStopAndWait(env.rg, env.factory, 'tr_daily_scoring', {
      updateIntervalInMs: 10,
    });
    const plan = await planFor(env, sample);
    expect(plan.triggers).toEqual([
      {
        name: 'tr_daily_scoring',
        action: 'start',
        reason: 'its source says Started, but the factory has it Stopped',
      },
    ]);
    const since = lastSeq();
    const result = await applyPlan(plan, options(env));
    expect(result).toMatchObject({ created: 0, updated: 0, unchanged: sample.length });
    expect(writesSince(env, since)).toEqual(['POST triggers/tr_daily_scoring/start']);
    expect(result.triggers).toEqual([{ name: 'tr_daily_scoring', before: 'Stopped', after: 'Started' }]);

    const stoppedInSource = modify(sample, 'trigger', 'tr_daily_scoring', (p) => ({
      ...p,
      runtimeState: 'Stopped',
    }));
    const again = lastSeq();
    await deploy(env, stoppedInSource);
    expect(writesSince(env, again)).toEqual(['POST triggers/tr_daily_scoring/stop']);
    expect(await triggerState(env, 'tr_daily_scoring')).toBe('Stopped');
  });

  it('retries starting a trigger with backoff, and names each one still stopped after the last try', async () => {
    const env = await freshFactory();
    await deploy(env, sample);
    const changed = modify(sample, 'trigger', 'tr_daily_scoring', (p) => {
      (p.typeProperties as { recurrence: { interval: number } }).recurrence.interval = 2;
      return p;
    });
    // Each try is the SDK's call with its own 3 retries: 4 requests. Two tries fail, the third passes.
    f.sandbox.control.addFault({
      method: 'POST',
      path: 'triggers/tr_daily_scoring/start',
      status: 503,
      retryAfterSeconds: 0,
      count: 8,
    });
    const waits: number[] = [];
    const sleep = async (ms: number) => {
      waits.push(ms);
    };
    const logger = new RecordingLogger();
    const restored = await deploy(env, changed, { logger, sleep, startBackoffMs: 100 });
    expect(restored.triggers).toEqual([{ name: 'tr_daily_scoring', before: 'Started', after: 'Started' }]);
    expect(waits).toEqual([100, 200]);
    expect(logger.messages('warning')).toEqual([
      expect.stringMatching(/^Starting trigger 'tr_daily_scoring' failed \(attempt 1 of 4\): .*503/),
      expect.stringMatching(/attempt 2 of 4/),
    ]);
    expect(await triggerState(env, 'tr_daily_scoring')).toBe('Started');
    f.sandbox.control.clearFaults();

    const again = modify(changed, 'trigger', 'tr_daily_scoring', (p) => {
      (p.typeProperties as { recurrence: { interval: number } }).recurrence.interval = 3;
      return p;
    });
    f.sandbox.control.addFault({
      method: 'POST',
      path: 'triggers/tr_daily_scoring/start',
      status: 503,
      retryAfterSeconds: 0,
    });
    const error = await deploy(env, again, { sleep }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ApplyError);
    expect((error as ApplyError).message).toMatch(
      /starting trigger 'tr_daily_scoring' \(4 attempts\): .*503.*Left stopped although their source says Started: 'tr_daily_scoring'/,
    );
    expect(await triggerState(env, 'tr_daily_scoring')).toBe('Stopped');
    f.sandbox.control.clearFaults();

    // The next run sees the drift and starts it.
    const rerun = await planFor(env, again);
    expect(rerun.triggers).toEqual([expect.objectContaining({ name: 'tr_daily_scoring', action: 'start' })]);
    await applyPlan(rerun, options(env));
    expect(await triggerState(env, 'tr_daily_scoring')).toBe('Started');
  });

  it('on a write failing beyond the retries names what was applied and what failed, restores triggers, and a rerun converges', async () => {
    const env = await freshFactory({ maxRetries: 1, retryDelayInMs: 10 });
    await deploy(env, sample);
    let changed = modify(sample, 'pipeline', 'pl_stage_onprem_features', (p) => ({
      ...p,
      description: 'v2',
    }));
    changed = modify(changed, 'pipeline', 'pl_score_use_case', (p) => ({ ...p, description: 'v2' }));
    changed = modify(changed, 'trigger', 'tr_daily_scoring', (p) => {
      (p.typeProperties as { recurrence: { interval: number } }).recurrence.interval = 3;
      return p;
    });
    f.sandbox.control.addFault({
      method: 'PUT',
      path: 'pipelines/pl_stage_onprem_features',
      status: 500,
      count: 10,
    });

    const since = lastSeq();
    const error = await deploy(env, changed, { concurrency: 1 }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ApplyError);
    const message = (error as ApplyError).message;
    // One at a time, in dependency order (then name order): pl_score_use_case, then the failing one.
    expect(message).toContain("update of pipeline 'pl_stage_onprem_features': InternalServerError (500");
    expect(message).toContain("1 updated (pipeline 'pl_score_use_case')");
    expect(message).toContain("Not attempted: 1 (trigger 'tr_daily_scoring')");
    expect(message).toContain('tr_daily_scoring Started -> Started');
    const result = (error as ApplyError).result;
    expect(result.resources.find((r) => r.name === 'pl_stage_onprem_features')).toMatchObject({
      status: 'failed',
      error: expect.stringContaining('InternalServerError'),
    });
    const writes = writesSince(env, since);
    expect(writes[0]).toBe('POST triggers/tr_daily_scoring/stop');
    expect(writes.at(-1)).toBe('POST triggers/tr_daily_scoring/start');
    // Two attempts (one retry) of the failing PUT, and nothing dispatched after the failure.
    expect(writes.filter((w) => w === 'PUT pipelines/pl_stage_onprem_features')).toHaveLength(2);
    expect(writes).not.toContain('PUT pipelines/pl_orchestrate_scoring');
    expect(writes).not.toContain('PUT triggers/tr_daily_scoring');
    expect(await triggerState(env, 'tr_daily_scoring')).toBe('Started');

    f.sandbox.control.clearFaults();
    const rerun = await deploy(env, changed);
    expect(rerun).toMatchObject({ created: 0, updated: 2, deleted: 0 });
    expect(await triggerState(env, 'tr_daily_scoring')).toBe('Started');
    const final = await planFor(env, changed);
    expect(summarisePlan(final.entries)).toMatchObject({ create: 0, update: 0, delete: 0 });
  });

  it('deletes orphans in reverse dependency order, and refuses before any write over max-deletions', async () => {
    const env = await freshFactory();
    await deploy(env, sample);
    // Live-only resources, written with the SDK's own (flattened) models.
    await env.client.pipelines.createOrUpdate(env.rg, env.factory, 'pl_orphan', {
      activities: [{ name: 'wait', type: 'Wait', waitTimeInSeconds: 1 }],
    });
    await env.client.triggers.createOrUpdate(env.rg, env.factory, 'tr_orphan', {
      properties: {
        type: 'ScheduleTrigger',
        pipelines: [{ pipelineReference: { type: 'PipelineReference', referenceName: 'pl_orphan' } }],
        recurrence: { frequency: 'Day', interval: 1, startTime: new Date('2026-01-01T00:00:00Z') },
      } as never,
    });
    await env.client.triggers.beginStartAndWait(env.rg, env.factory, 'tr_orphan', { updateIntervalInMs: 10 });

    const refusedSince = lastSeq();
    const refusal = await deploy(env, sample, { deleteOrphans: true, maxDeletions: 1 }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(refusal).toBeInstanceOf(ConfigurationError);
    expect((refusal as Error).message).toContain('more than max-deletions (1)');
    expect(writesSince(env, refusedSince)).toEqual([]);

    const withoutDelete = await deploy(env, sample, { deleteOrphans: false });
    expect(withoutDelete.deleted).toBe(0);
    expect(withoutDelete.resources.filter((r) => r.status === 'skipped').map((r) => r.name)).toEqual([
      'pl_orphan',
      'tr_orphan',
    ]);

    const since = lastSeq();
    const result = await deploy(env, sample, { deleteOrphans: true, maxDeletions: 2 });
    expect(result).toMatchObject({ deleted: 2, created: 0, updated: 0 });
    expect(writesSince(env, since)).toEqual([
      'POST triggers/tr_orphan/stop',
      'DELETE triggers/tr_orphan',
      'DELETE pipelines/pl_orphan',
    ]);
    expect(result.triggers).toEqual([{ name: 'tr_orphan', before: 'Started', after: 'absent' }]);
    expect(await triggerState(env, 'tr_daily_scoring')).toBe('Started');
  });

  it('keeps at most `concurrency` writes in flight', async () => {
    const env = await freshFactory();
    const pipelines: AdfArtifact[] = Array.from({ length: 7 }, (_, i) => ({
      kind: 'pipeline',
      name: `pl_parallel_${i}`,
      properties: { activities: [{ name: 'wait', type: 'Wait', typeProperties: { waitTimeInSeconds: 1 } }] },
      source: sample[0]!.source,
    }));
    let inFlight = 0;
    let peak = 0;
    // Writes go through the client's own request path (sendOperationRequest), one call per PUT.
    const counted = new Proxy(env.client, {
      get(target, property, receiver) {
        const value = Reflect.get(target, property, receiver) as unknown;
        if (property !== 'sendOperationRequest' || typeof value !== 'function') return value;
        return async (args: unknown, spec: { httpMethod: string; path?: string }) => {
          const counts = spec.httpMethod === 'PUT' && /\/pipelines\/pl_parallel_/.test(spec.path ?? '');
          if (counts) peak = Math.max(peak, ++inFlight);
          try {
            return await (value as (...a: unknown[]) => Promise<unknown>).call(target, args, spec);
          } finally {
            if (counts) inFlight--;
          }
        };
      },
    });
    f.sandbox.control.addFault({ method: 'PUT', path: 'pipelines/pl_parallel_', latencyMs: 60 });
    const plan = await planFor(env, pipelines);
    const result = await applyPlan(plan, { ...options(env), client: counted, concurrency: 3 });
    expect(result.created).toBe(7);
    expect(peak).toBe(3);
  });
});
