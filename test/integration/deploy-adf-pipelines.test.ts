// deploy-adf-pipelines, bundled and run as the runner runs it, against the sandbox: an aml deployment is seeded with
// deploy-aml-endpoint and its receipt handed on; the sample factory (test/fixtures/adf) is deployed from nothing,
// rerun without writes, changed by one pipeline; the ARM template form lands the same state as the git folder; bad
// receipts, a receipt that does not match live state and bad sources are refused before any write.
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { encodeReceipt } from '../../src/shared/receipts/encoding.js';
import { parseReceipt } from '../../src/shared/receipts/parse.js';
import { SAMPLE_FACTORY_FINDINGS, useSandboxFixture } from '../harness/sandbox.js';
import {
  type AdfRun,
  factoryRequests,
  factoryState,
  resourceManagerRequests,
  type Stage,
  stage,
} from './adf-release.js';
import { expectSucceeded, failureOf } from './aml-release.js';

const f = useSandboxFixture({ ignoreFindings: SAMPLE_FACTORY_FINDINGS });
afterEach(() => f.sandbox.control.clearFaults());

let dev: Stage;
beforeAll(async () => {
  dev = await stage(f, 'dev');
});

describe('a deploy from nothing, a rerun, one change', () => {
  it('deploys the sample factory and hands on a receipt chained to the aml receipt', async () => {
    const { run, writes } = await dev.deploy();
    expectSucceeded(run);
    expect(writes).toBeGreaterThan(0);
    const { outputs } = run;
    expect(Number(outputs.created)).toBeGreaterThan(0);
    expect(outputs).toMatchObject({ updated: '0', deleted: '0', unchanged: '0' });
    const pipelines = JSON.parse(outputs.pipelines!) as { name: string; hash: string }[];
    expect(pipelines.map((p) => p.name)).toEqual([
      'pl_copy_scores_to_sql',
      'pl_orchestrate_scoring',
      'pl_score_use_case',
      'pl_stage_onprem_features',
    ]);
    for (const p of pipelines) expect(p.hash).toMatch(/^[0-9a-f]{64}$/);
    const receipt = parseReceipt(outputs.receipt, { kind: 'adf', input: 'receipt', environment: 'dev' });
    expect(receipt.factory).toEqual({ name: dev.aml.env.factory, id: dev.aml.env.factoryId });
    expect(receipt.pipelines).toEqual(pipelines);
    expect(receipt.upstream.receipt).toEqual(dev.receipt);

    const live = await factoryState(dev);
    expect(live.filter((r) => r.kind === 'pipeline').map((r) => r.name)).toEqual(
      pipelines.map((p) => p.name),
    );
    expect(live.find((r) => r.kind === 'trigger')?.runtimeState).toBe('Started');
    const plan = JSON.parse(await readFile(outputs.plan!, 'utf8')) as { counts: Record<string, number> };
    expect(plan.counts.create).toBe(Number(outputs.created));
  });

  it('a rerun makes no write and lists each resource kind once', async () => {
    const rerun = await dev.deploy();
    expectSucceeded(rerun.run);
    expect(rerun.writes).toBe(0);
    expect(rerun.deletes).toBe(0);
    expect(rerun.run.outputs).toMatchObject({ created: '0', updated: '0', deleted: '0' });
    // The log's last line says where the time went, phase by phase (the bench reads it).
    const time = rerun.run.log.match(/^Time: (.*); \d+\.\d\d s in all$/m)?.[1];
    const phases = time?.split(', ').map((phase) => phase.replace(/ \d+\.\d\d s$/, ''));
    // The receipt check and the lists run at the same time: either may end first.
    expect(phases?.sort()).toEqual(
      ['start-up', 'source', 'sign-in', 'clients', 'receipt check', 'lists', 'planning', 'writes'].sort(),
    );
    const reads = factoryRequests(dev, rerun);
    expect(reads.every((r) => r.method === 'GET')).toBe(true);
    // Reads are JSON requests through the action's own pipeline: no management SDK loads for a run that starts and
    // stops no trigger (an SDK's requests name it in their user agent).
    const agents = new Set(resourceManagerRequests(rerun).map((r) => r.userAgent?.split(' ')[0]));
    expect([...agents]).toEqual([expect.stringMatching(/^deploy-adf-pipelines\/\d+\.\d+\.\d+$/)]);
    expect(rerun.requests.filter((r) => r.userAgent?.includes('azsdk-js-arm-'))).toEqual([]);
    // One list per kind; later pages (skiptoken) would be the only repeats, and no resource is read on its own.
    const segments = reads
      .filter((r) => !/skiptoken/i.test(r.query))
      .map((r) => r.path.slice(r.path.lastIndexOf('/') + 1))
      .sort();
    expect(segments).toEqual(
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
  });

  it('changing one pipeline writes exactly that pipeline', async () => {
    const file = join(dev.workspace, 'adf', 'pipeline', 'pl_copy_scores_to_sql.json');
    const pipeline = JSON.parse(await readFile(file, 'utf8')) as { properties: Record<string, unknown> };
    pipeline.properties.description = 'Copies the scores to the control database (changed).';
    await writeFile(file, JSON.stringify(pipeline, null, 2));
    const changed = await dev.deploy();
    expectSucceeded(changed.run);
    expect(changed.writes).toBe(1);
    expect(changed.run.outputs).toMatchObject({ created: '0', updated: '1', deleted: '0' });
    expect(changed.run.log).toMatch(/~ pipeline pl_copy_scores_to_sql/);
    const writes = changed.requests.filter((r) => r.method === 'PUT');
    expect(writes).toHaveLength(1);
    expect(writes[0]!.path).toMatch(/\/pipelines\/pl_copy_scores_to_sql$/);
  });

  it('a dry run writes nothing and hands on the plan', async () => {
    const file = join(dev.workspace, 'adf', 'pipeline', 'pl_copy_scores_to_sql.json');
    const pipeline = JSON.parse(await readFile(file, 'utf8')) as { properties: Record<string, unknown> };
    pipeline.properties.description = 'Copies the scores (dry run).';
    await writeFile(file, JSON.stringify(pipeline, null, 2));
    const dry = await dev.deploy({ 'dry-run': 'true' });
    expectSucceeded(dry.run);
    expect(dry.writes).toBe(0);
    expect(dry.deletes).toBe(0);
    expect(dry.run.outputs).toMatchObject({ updated: '1', created: '0' });
    // A planned receipt: the pipelines as they would be, for the next dry run only.
    const planned = parseReceipt(dry.run.outputs.receipt, {
      kind: 'adf',
      input: 'receipt',
      environment: 'dev',
    });
    expect(planned.planned).toBe(true);
    expect(planned.pipelines.find((p) => p.name === 'pl_copy_scores_to_sql')?.hash).toBe(
      JSON.parse(dry.run.outputs.pipelines!).find((p: { name: string }) => p.name === 'pl_copy_scores_to_sql')
        .hash,
    );
    const plan = JSON.parse(await readFile(dry.run.outputs.plan!, 'utf8')) as {
      dryRun: boolean;
      entries: { kind: string; name: string; action: string; changes: { path: string }[] }[];
    };
    expect(plan.dryRun).toBe(true);
    expect(plan.entries.filter((e) => e.action === 'update')).toEqual([
      expect.objectContaining({
        kind: 'pipeline',
        name: 'pl_copy_scores_to_sql',
        changes: [expect.objectContaining({ path: 'description' })],
      }),
    ]);
  });

  it('the plan file lists the dependency edges and the order; the summary draws what changes', async () => {
    const file = join(dev.workspace, 'adf', 'pipeline', 'pl_score_use_case.json');
    const original = await readFile(file, 'utf8');
    const pipeline = JSON.parse(original) as { properties: Record<string, unknown> };
    pipeline.properties.description = 'Scores one use case (a new revision).';
    await writeFile(file, JSON.stringify(pipeline, null, 2));
    try {
      const dry = await dev.deploy({ 'dry-run': 'true' });
      expectSucceeded(dry.run);
      const plan = JSON.parse(await readFile(dry.run.outputs.plan!, 'utf8')) as {
        dependencies: {
          edges: { from: string; to: string; reference: string }[];
          deployOrder: string[][];
        };
      };
      expect(plan.dependencies.edges).toEqual(
        expect.arrayContaining([
          {
            from: 'pipeline:pl_orchestrate_scoring',
            to: 'pipeline:pl_score_use_case',
            reference: 'PipelineReference',
          },
          {
            from: 'trigger:tr_daily_scoring',
            to: 'pipeline:pl_orchestrate_scoring',
            reference: 'PipelineReference',
          },
        ]),
      );
      // The two pipelines written, in waves: pl_score_use_case runs pl_copy_scores_to_sql, so it waits for it.
      expect(plan.dependencies.deployOrder).toEqual([
        ['pipeline:pl_copy_scores_to_sql'],
        ['pipeline:pl_score_use_case'],
      ]);
      const chart = /```mermaid\n([\s\S]*?)\n```/.exec(dry.run.summary)?.[1];
      expect(chart?.split('\n')[0]).toBe('flowchart LR');
      expect(chart).toContain('["~ pipeline:pl_score_use_case"]:::update');
      expect(chart).toContain('["= dataset:ds_scores_csv"]:::unchanged');
    } finally {
      await writeFile(file, original);
    }
  });
});

describe('a source that is not a factory', () => {
  it.each([
    [
      'an empty folder',
      {},
      /Input 'source': 'adf' holds no Data Factory artifacts\. Expected the ADF git-integration folder/,
    ],
    [
      'the publish output folder',
      {
        'ARMTemplateForFactory.json': '{"resources": []}',
        'ARMTemplateParametersForFactory.json': '{"parameters": {}}',
      },
      /holds no Data Factory artifacts.*set source to 'adf\/ARMTemplateForFactory\.json' and arm-template-parameters to 'adf\/ARMTemplateParametersForFactory\.json'/,
    ],
  ])('%s is refused before any call, even with delete-orphans', async (_case, files, message) => {
    const workspace = await mkdtemp(join(tmpdir(), 'adf-empty-'));
    await mkdir(join(workspace, 'adf'));
    for (const [name, text] of Object.entries(files)) await writeFile(join(workspace, 'adf', name), text);
    const refused = await dev.deployIn(workspace, { 'delete-orphans': 'true', 'max-deletions': '1000' });
    expect(failureOf(refused.run).message).toMatch(message);
    expect(refused.requests).toEqual([]);
  });

  it('a publish template holding no Data Factory resource is refused before any call, the sign-in included', async () => {
    const workspace = await mkdtemp(join(tmpdir(), 'adf-empty-template-'));
    await mkdir(join(workspace, 'arm'));
    await writeFile(
      join(workspace, 'arm', 'ARMTemplateForFactory.json'),
      JSON.stringify({
        $schema: 'https://schema.management.azure.com/schemas/2015-01-01/deploymentTemplate.json#',
        contentVersion: '1.0.0.0',
        parameters: { factoryName: { type: 'string' } },
        resources: [],
      }),
    );
    const refused = await dev.deployIn(workspace, {
      source: 'arm/ARMTemplateForFactory.json',
      'delete-orphans': 'true',
      'max-deletions': '1000',
    });
    expect(failureOf(refused.run).message).toMatch(/the template has no Data Factory resources/);
    expect(refused.requests).toEqual([]);
  });

  it('a source missing most of the factory is refused before any write, naming max-deletion-percent', async () => {
    const workspace = await mkdtemp(join(tmpdir(), 'adf-partial-'));
    await mkdir(join(workspace, 'adf', 'pipeline'), { recursive: true });
    const wait = { name: 'Wait', type: 'Wait', typeProperties: { waitTimeInSeconds: 1 } };
    await writeFile(
      join(workspace, 'adf', 'pipeline', 'pl_only.json'),
      JSON.stringify({ name: 'pl_only', properties: { activities: [wait] } }),
    );
    for (const dryRun of ['true', 'false']) {
      const refused = await dev.deployIn(workspace, {
        'delete-orphans': 'true',
        'max-deletions': '1000',
        'dry-run': dryRun,
      });
      expect(failureOf(refused.run).message).toMatch(
        /The plan deletes \d+ of the \d+ resources of data factory .* more than max-deletion-percent \(50%\); nothing was changed/,
      );
      expect(refused.writes).toBe(0);
      expect(refused.deletes).toBe(0);
      // The plan is still shown: it is what a reviewer needs to see the mistake.
      expect(refused.run.summary).toContain('to delete');
    }
  });
});

describe('the aml receipt', () => {
  it.each([
    ['missing', '', /Input required and not supplied: aml-receipt \(run deploy-aml-endpoint first/],
    [
      'garbled',
      '{"kind": "aml", "v": 1',
      /Input 'aml-receipt' is not a receipt \(not JSON\).*deploy-aml-endpoint/,
    ],
  ])('%s: refused, naming deploy-aml-endpoint', async (_case, value, message) => {
    const refused = await dev.deploy({ 'aml-receipt': value });
    expect(failureOf(refused.run).message).toMatch(message);
    expect(refused.writes).toBe(0);
  });

  it('from another environment: refused, naming deploy-aml-endpoint', async () => {
    const foreign = encodeReceipt({ ...dev.receipt, environment: 'prod' });
    const refused = await dev.deploy({ 'aml-receipt': foreign });
    expect(failureOf(refused.run).message).toMatch(
      /for environment 'prod', but this step works on 'dev': run deploy-aml-endpoint for 'dev' first/,
    );
    expect(refused.writes).toBe(0);
  });

  it('that does not match live state: refused before any write', async () => {
    const stale = encodeReceipt({
      ...dev.receipt,
      deployment: {
        name: 'credit-default-green',
        id: dev.receipt.deployment.id.replace(/[^/]+$/, 'credit-default-green'),
      },
    });
    const refused = await dev.deploy({ 'aml-receipt': stale });
    expect(failureOf(refused.run).message).toMatch(/does not match the live state.*deploy-aml-endpoint/);
    expect(refused.writes).toBe(0);
    // The factory is read at the same time as the receipt is checked; it is never written.
    expect(factoryRequests(dev, refused).filter((r) => r.method !== 'GET')).toEqual([]);
  });
});

describe('an edited aml receipt', () => {
  it('naming another model version, its id unchanged: refused before the version reaches a global parameter', async () => {
    const version = String(Number(dev.receipt.model.version) + 1);
    const edited = encodeReceipt({ ...dev.receipt, model: { ...dev.receipt.model, version } });
    const refused = await dev.deploy({ 'aml-receipt': edited });
    expect(failureOf(refused.run).message).toMatch(
      new RegExp(
        `Input 'aml-receipt' holds a receipt of deploy-aml-endpoint that disagrees with itself.*model ${dev.receipt.model.name}:${version} is not the model its id names`,
      ),
    );
    expect(refused.writes).toBe(0);
    expect(factoryRequests(dev, refused)).toEqual([]);
  });
});

describe('the factory', () => {
  it('must exist: the action does not create factories', async () => {
    const refused = await dev.deploy({ 'factory-name': 'adf-nowhere-dev' });
    expect(failureOf(refused.run).message).toMatch(
      /data factory 'adf-nowhere-dev' does not exist in resource group .*does not create one/,
    );
    expect(refused.writes).toBe(0);
  });
});

describe('bad sources fail with file and line before any write', () => {
  it('a pipeline file that is not JSON', async () => {
    const file = join(dev.workspace, 'adf', 'pipeline', 'pl_score_use_case.json');
    const original = await readFile(file, 'utf8');
    await writeFile(file, original.replace(/"activities": \[/, '"activities": [,'));
    try {
      const refused = await dev.deploy();
      expect(refused.run.exitCode).toBe(1);
      // One problem, one annotation: the file that does not parse. The reference to the pipeline it holds
      // (from pl_orchestrate_scoring) is not reported again as missing.
      const errors = refused.run.annotations.filter((a) => a.level === 'error');
      expect(errors.map((e) => e.properties.file)).toEqual(['adf/pipeline/pl_score_use_case.json']);
      expect(Number(errors[0]!.properties.line)).toBeGreaterThan(1);
      expect(errors[0]!.message).toMatch(
        /^deploy-adf-pipelines: adf\/pipeline\/pl_score_use_case\.json line \d+, column \d+: invalid JSON: .*$/,
      );
      expect(refused.writes).toBe(0);
      expect(resourceManagerRequests(refused)).toEqual([]);
    } finally {
      await writeFile(file, original);
    }
  });

  it('a pipeline that references a dataset the source does not have', async () => {
    const file = join(dev.workspace, 'adf', 'pipeline', 'pl_copy_scores_to_sql.json');
    const original = await readFile(file, 'utf8');
    expect(original).toContain('"ds_scores_sql"');
    await writeFile(file, original.replace('"ds_scores_sql"', '"ds_scores_nowhere"'));
    try {
      const refused = await dev.deploy();
      const error = failureOf(refused.run);
      expect(error.message).toMatch(/ds_scores_nowhere/);
      expect(error.properties).toMatchObject({ file: 'adf/pipeline/pl_copy_scores_to_sql.json' });
      expect(Number(error.properties.line)).toBeGreaterThan(1);
      expect(refused.writes).toBe(0);
    } finally {
      await writeFile(file, original);
    }
  });

  it('an overrides file with an unset environment variable', async () => {
    await writeFile(
      join(dev.workspace, 'overrides.yml'),
      'globalParameters:\n  environment: dev\n  token: ${{ env.NOT_SET_ANYWHERE }}\n',
    );
    const refused = await dev.deploy({ 'overrides-file': 'overrides.yml' });
    const error = failureOf(refused.run);
    expect(error.properties).toMatchObject({ file: 'overrides.yml', line: '3' });
    expect(refused.writes).toBe(0);
    expect(resourceManagerRequests(refused)).toEqual([]);
  });
});

describe('the ARM template form', () => {
  it('lands the same factory state as the git folder', async () => {
    const arm = await stage(f, 'armform');
    const deployed = await arm.deploy({
      source: 'arm/ARMTemplateForFactory.json',
      'arm-template-parameters': 'arm/ARMTemplateParametersForFactory.json',
    });
    expectSucceeded(deployed.run);
    const git = await stage(f, 'gitform');
    expectSucceeded((await git.deploy()).run);
    expect(await factoryState(arm)).toEqual(await factoryState(git));
    const rerun = await arm.deploy({
      source: 'arm/ARMTemplateForFactory.json',
      'arm-template-parameters': 'arm/ARMTemplateParametersForFactory.json',
    });
    expectSucceeded(rerun.run);
    expect(rerun.writes).toBe(0);
  });
});

describe('a started trigger across a deploy', () => {
  const TRIGGER = 'tr_daily_scoring';
  let s: Stage;
  const triggerFile = () => join(s.workspace, 'adf', 'trigger', `${TRIGGER}.json`);
  const setInterval = async (interval: number) => {
    const trigger = JSON.parse(await readFile(triggerFile(), 'utf8')) as {
      properties: { typeProperties: { recurrence: { interval: number } } };
    };
    trigger.properties.typeProperties.recurrence.interval = interval;
    await writeFile(triggerFile(), JSON.stringify(trigger, null, 2));
  };
  const runtimeState = async () =>
    (await s.client.triggers.get(s.aml.env.resourceGroup, s.aml.env.factory, TRIGGER)).properties
      .runtimeState;
  const triggerCalls = (run: AdfRun) =>
    factoryRequests(s, run)
      .filter((r) => r.method !== 'GET' && new RegExp(`/triggers/${TRIGGER}(/|$)`, 'i').test(r.path))
      .map((r) => `${r.method} ${r.path.slice(r.path.toLowerCase().lastIndexOf(`/triggers/`))}`);

  beforeAll(async () => {
    s = await stage(f, 'triggers');
    expectSucceeded((await s.deploy()).run);
    if ((await runtimeState()) !== 'Started')
      await s.client.triggers.beginStartAndWait(s.aml.env.resourceGroup, s.aml.env.factory, TRIGGER, {
        updateIntervalInMs: 10,
      });
    expect(await runtimeState()).toBe('Started');
  });

  it('a changed definition: stopped, updated, started again', async () => {
    await setInterval(2);
    const changed = await s.deploy();
    expectSucceeded(changed.run);
    expect(changed.run.outputs).toMatchObject({ created: '0', updated: '1', deleted: '0' });
    expect(triggerCalls(changed)).toEqual([
      `POST /triggers/${TRIGGER}/stop`,
      `PUT /triggers/${TRIGGER}`,
      `POST /triggers/${TRIGGER}/start`,
    ]);
    expect(await runtimeState()).toBe('Started');
    const live = await s.client.triggers.get(s.aml.env.resourceGroup, s.aml.env.factory, TRIGGER);
    // The SDK flattens typeProperties into the trigger.
    expect(live.properties).toMatchObject({ recurrence: { interval: 2 } });
  });

  it('its restart failing three times, then passing: retried with backoff, restored', async () => {
    await setInterval(4);
    // One try is one SDK call with its own 3 retries (4 requests; a 503 with Retry-After 0 is retried at once):
    // 12 failing answers fail three tries of the restart, the fourth passes.
    f.sandbox.control.addFault({
      method: 'POST',
      path: `/triggers/${TRIGGER}/start`,
      status: 503,
      code: 'ServiceUnavailable',
      message: 'injected',
      retryAfterSeconds: 0,
      count: 12,
    });
    const restored = await s.deploy();
    expectSucceeded(restored.run);
    expect(restored.run.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toEqual([
      expect.stringMatching(
        /^Starting trigger 'tr_daily_scoring' failed \(attempt 1 of 4\): ServiceUnavailable/,
      ),
      expect.stringMatching(/\(attempt 2 of 4\)/),
      expect.stringMatching(/\(attempt 3 of 4\)/),
    ]);
    expect(restored.run.log).toMatch(/Started trigger 'tr_daily_scoring' \(attempt 4 of 4\)/);
    expect(await runtimeState()).toBe('Started');
  }, 90_000);

  it('its restart failing every time: the step fails naming it; the plan then shows it to start, the rerun starts it', async () => {
    await setInterval(5);
    f.sandbox.control.addFault({
      method: 'POST',
      path: `/triggers/${TRIGGER}/start`,
      status: 503,
      code: 'ServiceUnavailable',
      message: 'injected',
      retryAfterSeconds: 0,
    });
    const broken = await s.deploy();
    expect(failureOf(broken.run).message).toMatch(
      /starting trigger 'tr_daily_scoring' \(4 attempts\): ServiceUnavailable.*Left stopped although their source says Started: 'tr_daily_scoring'/,
    );
    expect(await runtimeState()).toBe('Stopped');
    f.sandbox.control.clearFaults();

    const dry = await s.deploy({ 'dry-run': 'true' });
    expectSucceeded(dry.run);
    expect(dry.run.log).toContain(
      '> start trigger tr_daily_scoring (its source says Started, but the factory has it Stopped)',
    );
    expect(dry.run.log).toMatch(/Plan: 0 to create, 0 to update, .*; triggers: 1 to start, 0 to stop\./);
    expect(triggerCalls(dry)).toEqual([]);

    const rerun = await s.deploy();
    expectSucceeded(rerun.run);
    expect(rerun.run.outputs).toMatchObject({ created: '0', updated: '0', deleted: '0' });
    expect(triggerCalls(rerun)).toEqual([`POST /triggers/${TRIGGER}/start`]);
    expect(await runtimeState()).toBe('Started');
  }, 90_000);

  it('writes failing mid-deploy: named, the trigger restored, a rerun converges', async () => {
    // The action's clients keep the SDK's default retry policy: 3 retries of a 5xx, so 4 answers fail the write.
    const dataset = join(s.workspace, 'adf', 'dataset', 'ds_scores_sql.json');
    const ds = JSON.parse(await readFile(dataset, 'utf8')) as { properties: Record<string, unknown> };
    ds.properties.description = 'Scores in the control database (changed).';
    await writeFile(dataset, JSON.stringify(ds, null, 2));
    await setInterval(3);
    f.sandbox.control.addFault({
      method: 'PUT',
      path: `/triggers/${TRIGGER}(\\?|$)`,
      status: 500,
      code: 'InternalServerError',
      message: 'injected',
      count: 4,
    });
    const broken = await s.deploy();
    const error = failureOf(broken.run);
    expect(error.message).toMatch(/update of trigger 'tr_daily_scoring'/);
    expect(error.message).toMatch(
      /Applied before the failure: 0 created, 1 updated \(dataset 'ds_scores_sql'\)/,
    );
    expect(error.message).toMatch(/Triggers: tr_daily_scoring Started -> Started/);
    expect(broken.writes).toBe(1);
    expect(await runtimeState()).toBe('Started');
    f.sandbox.control.clearFaults();

    const rerun = await s.deploy();
    expectSucceeded(rerun.run);
    expect(rerun.run.outputs).toMatchObject({ created: '0', updated: '1', deleted: '0' });
    expect(rerun.writes).toBe(1);
    expect(await runtimeState()).toBe('Started');
    const settled = await s.deploy();
    expectSucceeded(settled.run);
    expect(settled.writes).toBe(0);
    expect(await runtimeState()).toBe('Started');
  }, 60_000);
});

describe('secure template parameters', () => {
  const SECRETS = ['Dev-Sql-Pa55word!7', 'Rotated-Sql-Pa55word!9', 'DevSasSignature0123456789abcdef'];
  const arm = (parameters: string) => ({
    source: 'arm/ARMTemplateForFactory.json',
    'arm-template-parameters': `arm/${parameters}`,
  });

  it('an empty one is refused before any call; supplied ones are never printed, and a changed one shows as changed', async () => {
    const s = await stage(f, 'secure', { sources: { 'arm-secure': 'arm' }, secrets: SECRETS });
    const refused = await s.deploy(arm('ARMTemplateParametersForFactory.json'));
    expect(refused.run.exitCode).toBe(1);
    expect(refused.run.annotations.map((a) => [a.properties.file, a.properties.line, a.message])).toEqual([
      [
        'arm/ARMTemplateParametersForFactory.json',
        '11',
        expect.stringMatching(/^the secure parameter 'ls_blob_sasUri' is empty/),
      ],
      [
        'arm/ARMTemplateParametersForFactory.json',
        '8',
        expect.stringMatching(
          /^deploy-adf-pipelines: .*the secure parameter 'ls_sql_connectionString' is empty, and it gives linkedService 'ls_sql' its typeProperties\.connectionString: an empty secret would be deployed\. Give it a value in an environment parameters file \(input arm-template-parameters\), or set typeProperties\.connectionString of linkedService 'ls_sql' in the overrides file from a secret/,
        ),
      ],
    ]);
    // A publish template is known to hold Data Factory resources only once read: nothing, the sign-in included, ran.
    expect(refused.requests).toEqual([]);

    const noSecretIn = async (run: AdfRun) => {
      const plan = await readFile(run.run.outputs.plan!, 'utf8');
      for (const secret of SECRETS) expect(plan).not.toContain(secret);
    };
    const deployed = await s.deploy(arm('parameters.dev.json'));
    expectSucceeded(deployed.run);
    expect(deployed.run.outputs).toMatchObject({ created: '4' });
    expect(deployed.run.masked.some((m) => m.includes('Dev-Sql-Pa55word!7'))).toBe(true);
    await noSecretIn(deployed);

    const rotated = await s.deploy(arm('parameters.dev-rotated.json'));
    expectSucceeded(rotated.run);
    expect(rotated.run.log).toContain(
      '~ typeProperties.connectionString: (a secret value, changed; not shown)',
    );
    await noSecretIn(rotated);
    const live = await s.client.linkedServices.get(s.aml.env.resourceGroup, s.aml.env.factory, 'ls_sql');
    expect(JSON.stringify(live.properties)).toContain('Rotated-Sql-Pa55word!9');
  }, 120_000);
});
