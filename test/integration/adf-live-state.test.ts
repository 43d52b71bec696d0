// readLiveFactory against the sandbox through the real DataFactoryManagementClient: one list request per kind
// (plus nextLink pages), raw bodies normalised so an unchanged deployment diffs as unchanged.
import { fileURLToPath } from 'node:url';
import { DataFactoryManagementClient } from '@azure/arm-datafactory';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { applyPlan } from '../../src/deploy-adf-pipelines/apply.js';
import { diffArtifacts, summarisePlan } from '../../src/deploy-adf-pipelines/diff.js';
import { readGitFolder } from '../../src/deploy-adf-pipelines/sources/git-folder.js';
import { planTriggers } from '../../src/deploy-adf-pipelines/trigger-plan.js';
import { type AdfArtifact, ARTIFACT_KINDS } from '../../src/shared/adf/artifacts.js';
import { readLiveFactory } from '../../src/shared/adf/live-state.js';
import { RecordingLogger } from '../../src/shared/logger.js';
import { SAMPLE_FACTORY_FINDINGS, useSandboxFixture } from '../harness/sandbox.js';

const SAMPLE = fileURLToPath(new URL('../fixtures/adf/git', import.meta.url));

const f = useSandboxFixture({ storage: false, ignoreFindings: SAMPLE_FACTORY_FINDINGS });
let client: DataFactoryManagementClient;
let rg: string;
let factory: string;
let desired: readonly AdfArtifact[];

beforeAll(async () => {
  const env = await f.sandbox.provision({ name: 'adflive', database: false });
  ({ resourceGroup: rg, factory } = env);
  client = new DataFactoryManagementClient(f.credential, env.subscriptionId, f.clientOptions);
  desired = (await readGitFolder(SAMPLE, 'git')).artifacts;
  const live = await readLiveFactory(client, rg, factory, ARTIFACT_KINDS);
  const entries = diffArtifacts(desired, live.resources);
  const triggers = planTriggers({ entries, desired, live, triggerMode: 'changed', deleteOrphans: false });
  await applyPlan(
    { entries, desired, live, triggers },
    {
      client,
      rg,
      factory,
      concurrency: 4,
      deleteOrphans: false,
      maxDeletions: 0,
      logger: new RecordingLogger(),
      updateIntervalInMs: 10,
    },
  );
});

describe('readLiveFactory', () => {
  it('lists each kind once, follows nextLink pages, and makes no per-resource GET', async () => {
    const put = await f.request('PUT', '/_sandbox/datafactory/page-size', { body: { pageSize: 2 } });
    expect(put.status).toBe(204);
    try {
      const since = f.sandbox.control.counters().lastSeq;
      const live = await readLiveFactory(client, rg, factory, ARTIFACT_KINDS);
      const requests = f.sandbox.control
        .requests(since)
        .filter((r) => r.path.toLowerCase().includes(`/factories/${factory.toLowerCase()}/`));
      expect(requests.every((r) => r.method === 'GET' && r.status === 200)).toBe(true);
      const byKind = new Map<string, { first: number; next: number }>();
      for (const r of requests) {
        const segment = r.path.slice(r.path.lastIndexOf('/') + 1);
        const counts = byKind.get(segment) ?? { first: 0, next: 0 };
        if (/skiptoken/i.test(r.query)) counts.next++;
        else counts.first++;
        byKind.set(segment, counts);
      }
      // The kinds the SDK lists, each once; a GET of one resource would show up as its own segment.
      expect([...byKind.keys()].sort()).toEqual(
        [
          'credentials',
          'dataflows',
          'datasets',
          'globalParameters',
          'integrationRuntimes',
          'linkedservices',
          'managedVirtualNetworks',
          'pipelines',
          'triggers',
          'adfcdcs',
        ].sort(),
      );
      for (const counts of byKind.values()) expect(counts.first).toBe(1);
      // 4 pipelines, 4 datasets and 4 linked services at 2 a page: the later pages were followed.
      expect(byKind.get('pipelines')!.next).toBeGreaterThanOrEqual(1);
      expect(byKind.get('datasets')!.next).toBeGreaterThanOrEqual(1);
      expect(live.resources.filter((r) => r.kind === 'pipeline')).toHaveLength(4);
      expect(live.resources.filter((r) => r.kind === 'dataset')).toHaveLength(4);
      expect(live.resources.filter((r) => r.kind === 'linkedService')).toHaveLength(4);
    } finally {
      await f.request('PUT', '/_sandbox/datafactory/page-size', { body: { pageSize: 50 } });
    }
  });

  it('reads what was deployed so that the same source diffs as all unchanged, with trigger runtime state', async () => {
    const live = await readLiveFactory(client, rg, factory, ARTIFACT_KINDS);
    const plan = diffArtifacts(desired, live.resources);
    expect(summarisePlan(plan)).toEqual({ create: 0, update: 0, unchanged: desired.length, delete: 0 });
    const trigger = live.resources.find((r) => r.kind === 'trigger' && r.name === 'tr_daily_scoring');
    expect(trigger?.runtimeState).toBe('Started');
    expect(trigger?.properties).not.toHaveProperty('runtimeState');
    expect(live.triggerStates.get('tr_daily_scoring')).toBe('Started');
    expect(live.resources.find((r) => r.kind === 'globalParameters')?.name).toBe('default');
  });

  it('reads only the kinds asked for', async () => {
    const since = f.sandbox.control.counters().lastSeq;
    const live = await readLiveFactory(client, rg, factory, ['pipeline', 'trigger']);
    expect(new Set(live.resources.map((r) => r.kind))).toEqual(new Set(['pipeline', 'trigger']));
    const lists = f.sandbox.control
      .requests(since)
      .filter((r) => r.path.toLowerCase().includes(`/factories/${factory.toLowerCase()}/`));
    expect(lists).toHaveLength(2);
  });
});
