// planDeployment against the sandbox through the real clients: the aml receipt (from a real deploy-aml-endpoint run)
// verified and the factory read at once and with reads only, the refusals in their order, references into what the
// filters leave out resolved against the factory, and the plan shown and handed on (file, summary, receipt).
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataFactoryManagementClient } from '@azure/arm-datafactory';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { applyPlan } from '../../src/deploy-adf-pipelines/apply.js';
import {
  type DeploymentPlan,
  type PlanContext,
  type PlanInputs,
  planDeployment,
} from '../../src/deploy-adf-pipelines/plan.js';
import {
  type PreparedSource,
  prepareSource,
  type SourceInputs,
} from '../../src/deploy-adf-pipelines/prepare.js';
import { ConfigurationError } from '../../src/shared/errors.js';
import { RecordingLogger } from '../../src/shared/logger.js';
import { parseReceipt } from '../../src/shared/receipts/parse.js';
import type { AmlReceipt } from '../../src/shared/receipts/schemas.js';
import { SummaryBuilder } from '../../src/shared/summary.js';
import { REPO_ROOT } from '../harness/run-action.js';
import { SAMPLE_FACTORY_FINDINGS, useSandboxFixture } from '../harness/sandbox.js';
import { expectSucceeded, type Release, release } from './aml-release.js';

const SAMPLE = join(REPO_ROOT, 'test', 'fixtures', 'adf', 'git');
const TIME = Date.parse('2026-12-01T09:00:00Z');

const f = useSandboxFixture({ ignoreFindings: SAMPLE_FACTORY_FINDINGS });
let aml: Release;
let amlReceipt: AmlReceipt;
let dataFactory: DataFactoryManagementClient;
let runnerTemp: string;

beforeAll(async () => {
  aml = await release(f, 'dev');
  const seeded = await aml.deploy();
  expectSucceeded(seeded.run);
  amlReceipt = parseReceipt(seeded.run.outputs.receipt, {
    kind: 'aml',
    input: 'receipt',
    environment: 'dev',
  });
  dataFactory = new DataFactoryManagementClient(f.credential, aml.env.subscriptionId, f.clientOptions);
  runnerTemp = await mkdtemp(join(tmpdir(), 'adf-plan-'));
});

function inputs(extra: Partial<PlanInputs> = {}): PlanInputs {
  return {
    environment: 'dev',
    subscriptionId: aml.env.subscriptionId,
    resourceGroup: aml.env.resourceGroup,
    factoryName: aml.env.factory,
    dryRun: false,
    deleteOrphans: false,
    triggerMode: 'changed',
    maxDeletions: 10,
    maxDeletionPercent: 50,
    ...extra,
  };
}

function context(receipt = amlReceipt) {
  return {
    clients: {
      // The SDK client's own pipeline, at the api-version asked for: the reads are JSON requests either way.
      resourceManager: async (apiVersion: string) => ({
        apiVersion,
        subscriptionId: aml.env.subscriptionId,
        sendOperationRequest: dataFactory.sendOperationRequest.bind(dataFactory),
      }),
    },
    amlReceipt: receipt,
    logger: new RecordingLogger(),
    env: {
      RUNNER_TEMP: runnerTemp,
      GITHUB_REPOSITORY: 'contoso/credit',
      GITHUB_RUN_ID: '42',
      GITHUB_SHA: 'abc',
    },
    summary: new SummaryBuilder(),
    masker: { mask: () => undefined, redact: (text: string) => text },
    clock: () => TIME,
  } satisfies PlanContext;
}

function prepared(filters: Pick<SourceInputs, 'include' | 'exclude'> = {}): Promise<PreparedSource> {
  return prepareSource(
    { source: SAMPLE, ...filters },
    {
      workspace: REPO_ROOT,
      amlReceipt,
      env: {},
      logger: new RecordingLogger(),
      masker: { mask: () => undefined },
    },
  );
}

/** Plans, and counts the writes the plan made (there must be none). */
async function plan(source: PreparedSource, planInputs = inputs(), planContext: PlanContext = context()) {
  const before = f.sandbox.control.counters();
  const result = await planDeployment(source, planInputs, planContext).then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  const after = f.sandbox.control.counters();
  expect(after.writes - before.writes).toBe(0);
  expect(after.deletes - before.deletes).toBe(0);
  if ('error' in result) throw result.error;
  return result.value;
}

async function apply(planned: DeploymentPlan): Promise<void> {
  await applyPlan(planned, {
    client: dataFactory,
    rg: aml.env.resourceGroup,
    factory: aml.env.factory,
    concurrency: 4,
    deleteOrphans: false,
    maxDeletions: 0,
    logger: new RecordingLogger(),
    updateIntervalInMs: 10,
  });
}

// The tests run in order against one factory: empty at first, then holding the sample.
describe('planDeployment', () => {
  it('refuses a receipt that does not match live state before a missing factory', async () => {
    const stale = { ...amlReceipt, deployment: { ...amlReceipt.deployment, name: 'credit-default-green' } };
    const planned = plan(await prepared(), inputs({ factoryName: 'adf-nowhere' }), context(stale));
    await expect(planned).rejects.toBeInstanceOf(ConfigurationError);
    await expect(planned).rejects.toThrow(/does not match the live state.*deploy-aml-endpoint/);
  });

  it('refuses a factory that does not exist, naming the input', async () => {
    const planned = plan(await prepared(), inputs({ factoryName: 'adf-nowhere' }));
    await expect(planned).rejects.toBeInstanceOf(ConfigurationError);
    await expect(planned).rejects.toMatchObject({
      input: 'factory-name',
      message: expect.stringMatching(/data factory 'adf-nowhere' does not exist in resource group/),
    });
  });

  it('refuses a reference into what the filters leave out when the factory does not have it', async () => {
    const source = await prepared({ include: ['pipeline.pl_score_use_case'] });
    await expect(plan(source)).rejects.toThrow(
      /pipeline 'pl_score_use_case', activity 'LoadScores' \(inside 'IfScoresWritten'\), references pipeline 'pl_copy_scores_to_sql', which the include\/exclude filters leave out and which does not exist in the factory/,
    );
  });

  it('plans the sample against the empty factory, shows the plan and hands on a planned receipt', async () => {
    const planContext = context();
    const planned = await plan(await prepared(), inputs({ dryRun: true }), planContext);
    expect(planned.counts).toEqual({ created: 15, updated: 0, deleted: 0, unchanged: 0 });
    expect(planned.entries.every((e) => e.action === 'create')).toBe(true);
    expect(planned.live.resources).toEqual([]);

    const file = JSON.parse(await readFile(planned.path, 'utf8')) as { dryRun: boolean; counts: object };
    expect(planned.path.startsWith(runnerTemp)).toBe(true);
    expect(file).toMatchObject({ dryRun: true, counts: { create: 15 } });
    expect(planContext.summary.toString()).toContain(
      `deploy-adf-pipelines: ${aml.env.factory} (dev) — dry run`,
    );
    // The reads in their own group of the log, the plan after it.
    const logged = planContext.logger.entries;
    expect(logged.find((e) => /^Verifying the aml receipt/.test(e.message))?.groups).toEqual([
      'Verify the aml receipt and read the factory',
    ]);
    expect(logged.find((e) => e.message === '+ pipeline pl_score_use_case')?.groups).toEqual([]);
    // The new trigger's source says Started: the plan says it is started once created.
    expect(logged.at(-2)?.message).toBe(
      '> start trigger tr_daily_scoring (new, and its source says Started)',
    );
    expect(logged.at(-1)?.message).toBe(
      'Plan: 15 to create, 0 to update, 0 orphaned (kept), 0 unchanged; triggers: 1 to start, 0 to stop.',
    );

    const receipt = parseReceipt(planned.receipt(true), {
      kind: 'adf',
      input: 'receipt',
      environment: 'dev',
    });
    expect(receipt).toMatchObject({
      planned: true,
      factory: { name: aml.env.factory, id: aml.env.factoryId },
      resourceGroup: aml.env.resourceGroup,
      time: new Date(TIME).toISOString(),
      run: { repo: 'contoso/credit', runId: '42', sha: 'abc' },
    });
    expect(receipt.pipelines).toEqual(planned.pipelines);
    expect(receipt.upstream.receipt).toEqual(amlReceipt);
    expect(
      parseReceipt(planned.receipt(false), { kind: 'adf', input: 'receipt', environment: 'dev' }).planned,
    ).toBe(undefined);
  });

  it('resolves a reference into what the filters leave out once the factory has it; leaves the rest alone', async () => {
    await apply(await plan(await prepared()));
    const source = await prepared({ include: ['pipeline.pl_score_use_case'] });
    const planned = await plan(source, inputs({ deleteOrphans: true }));
    // Everything else in the factory is outside the filters: not this deployment's to delete.
    expect(planned.entries.map((e) => `${e.action} ${e.kind}:${e.name}`)).toEqual([
      'unchanged pipeline:pl_score_use_case',
    ]);
    expect(planned.counts).toEqual({ created: 0, updated: 0, deleted: 0, unchanged: 1 });
  });

  it('counts orphans as deleted only when delete-orphans is on', async () => {
    await dataFactory.pipelines.createOrUpdate(aml.env.resourceGroup, aml.env.factory, 'pl_orphan', {
      activities: [],
    });
    const source = await prepared();
    const kept = await plan(source);
    expect(kept.entries.filter((e) => e.action !== 'unchanged')).toEqual([
      expect.objectContaining({ action: 'delete', kind: 'pipeline', name: 'pl_orphan' }),
    ]);
    expect(kept.counts).toEqual({ created: 0, updated: 0, deleted: 0, unchanged: 15 });
    const deleted = await plan(source, inputs({ deleteOrphans: true }));
    expect(deleted.counts).toEqual({ created: 0, updated: 0, deleted: 1, unchanged: 15 });
  });
});
