// deploy-adf-pipelines with target synapse, bundled and run as the runner runs it, against the sandbox's Synapse
// workspaces (their development endpoints, validated against the Synapse data-plane specs): the sample's artifacts
// (examples/synapse) deployed from the Synapse git folder and from the publish template TemplateForWorkspace.json,
// read back equal to the source, rerun without a write; triggers restored after a write fails; global parameters
// refused before any write; the adf receipt marked as a Synapse target and verified as apply-control-metadata
// verifies it.
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { readGitFolder } from '../../src/deploy-adf-pipelines/sources/git-folder.js';
import { ARTIFACT_KINDS } from '../../src/shared/adf/artifacts.js';
import { normaliseProperties } from '../../src/shared/adf/normalise.js';
import { RecordingLogger } from '../../src/shared/logger.js';
import { verifyAdfReceipt } from '../../src/shared/receipts/adf-verification.js';
import { parseReceipt } from '../../src/shared/receipts/parse.js';
import { createSynapseDevClient, type SynapseDevClient } from '../../src/shared/synapse/dev-client.js';
import { readLiveWorkspace } from '../../src/shared/synapse/live-state.js';
import { REPO_ROOT, runAction } from '../harness/run-action.js';
import { SYNAPSE_SAMPLE_FINDINGS, useSandboxFixture } from '../harness/sandbox.js';
import { type AdfRun, type Stage, stage } from './adf-release.js';
import { expectSucceeded, failureOf } from './aml-release.js';

const f = useSandboxFixture({ ignoreFindings: SYNAPSE_SAMPLE_FINDINGS });
afterEach(() => f.sandbox.control.clearFaults());

const EXAMPLE = join(REPO_ROOT, 'examples', 'synapse');

/** A checkout with the Synapse git folder at `synapse/` (the example, without its publish output) and `publish/`. */
async function synapseStage(name: string): Promise<Stage> {
  return stage(f, name, {
    synapse: true,
    sources: { git: 'adf' },
    copies: { [EXAMPLE]: 'synapse' },
  });
}

function synapseInputs(s: Stage, extra: Record<string, string> = {}): Record<string, string> {
  return {
    target: 'synapse',
    'factory-name': '',
    'synapse-workspace': s.aml.env.synapse!.name,
    source: 'synapse',
    ...extra,
  };
}

/** The requests of a run that changed something: writes and deletes on the endpoint, trigger actions, ARM writes. */
const changes = (run: AdfRun) =>
  run.requests
    .filter((r) => r.method !== 'GET' && /\/_synapse\/|\/providers\//.test(r.path))
    .map((r) => `${r.method} ${r.path.replace(/^.*\/_synapse\/[^/]+/, '')}`);

function devClient(s: Stage): Promise<SynapseDevClient> {
  return createSynapseDevClient({
    endpoint: s.aml.env.synapse!.devEndpoint,
    credential: f.credential,
    scope: 'https://dev.azuresynapse.net/.default',
    caCertificates: [f.clientOptions.tlsOptions.ca],
    pollIntervalMs: 10,
  });
}

async function liveState(s: Stage) {
  const live = await readLiveWorkspace(
    await devClient(s),
    s.aml.env.synapse!.name,
    ARTIFACT_KINDS.filter((k) => k !== 'factory'),
  );
  return live.resources;
}

/** The example's artifacts as the deployment compares them (normalised), by kind and name. */
async function sourceState() {
  const read = await readGitFolder(EXAMPLE, 'examples/synapse');
  return read.artifacts
    .map((a) => ({ kind: a.kind, name: a.name, properties: normaliseProperties(a.kind, a.properties) }))
    .sort((a, b) => `${a.kind}/${a.name}`.localeCompare(`${b.kind}/${b.name}`));
}

const comparable = (resources: readonly { kind: string; name: string; properties: unknown }[]) =>
  resources
    .map(({ kind, name, properties }) => ({ kind, name, properties }))
    .sort((a, b) => `${a.kind}/${a.name}`.localeCompare(`${b.kind}/${b.name}`));

let git: Stage;
beforeAll(async () => {
  git = await synapseStage('syngit');
});

describe('the sample deployed to a Synapse workspace', () => {
  it('from the git folder: read back equal to the source, the trigger started, the receipt marked synapse', async () => {
    const { run } = await git.deploy(synapseInputs(git));
    expectSucceeded(run);
    expect(Number(run.outputs.created)).toBe((await sourceState()).length);
    const live = await liveState(git);
    expect(comparable(live)).toEqual(await sourceState());
    expect(live.find((r) => r.kind === 'trigger')?.runtimeState).toBe('Started');
    // The integration runtime went through ARM (Synapse writes runtimes there), the others through the endpoint.
    expect(run.log).toMatch(/Created integrationRuntime 'shir-onprem'/);
    const receipt = parseReceipt(run.outputs.receipt, {
      kind: 'adf',
      input: 'receipt',
      environment: 'syngit',
    });
    expect(receipt.target).toBe('synapse');
    expect(receipt.factory).toEqual({ name: git.aml.env.synapse!.name, id: git.aml.env.synapse!.id });
    expect(receipt.pipelines.map((p) => p.name)).toEqual([
      'pl_copy_scores_to_sql',
      'pl_orchestrate_scoring',
      'pl_score_use_case',
      'pl_stage_onprem_features',
    ]);
  });

  it('a rerun makes no write', async () => {
    const rerun = await git.deploy(synapseInputs(git));
    expectSucceeded(rerun.run);
    expect(changes(rerun)).toEqual([]);
    expect(rerun.run.outputs).toMatchObject({ created: '0', updated: '0', deleted: '0' });
  });

  it('from the publish template: the same state as the git folder, and a rerun makes no write', async () => {
    const tpl = await synapseStage('syntpl');
    const inputs = synapseInputs(tpl, {
      source: 'synapse/publish/TemplateForWorkspace.json',
      'arm-template-parameters': 'synapse/publish/TemplateParametersForWorkspace.json',
    });
    const { run } = await tpl.deploy(inputs);
    expectSucceeded(run);
    expect(comparable(await liveState(tpl))).toEqual(await sourceState());
    const rerun = await tpl.deploy(inputs);
    expectSucceeded(rerun.run);
    expect(changes(rerun)).toEqual([]);
  });

  it('the adf receipt of a Synapse target passes the verification apply-control-metadata runs, and a changed pipeline fails it', async () => {
    const { run } = await git.deploy(synapseInputs(git));
    expectSucceeded(run);
    const receipt = parseReceipt(run.outputs.receipt, {
      kind: 'adf',
      input: 'receipt',
      environment: 'syngit',
    });
    const synapse = { synapse: async () => devClient(git), synapseDevSuffix: 'dev.azuresynapse.net' };
    const logger = new RecordingLogger();
    await verifyAdfReceipt(receipt, git.client, logger, { synapse });
    expect(logger.messages('info')).toEqual([
      expect.stringMatching(
        /Verified the adf receipt: Synapse workspace 'syn-scoring-syngit' holds the 4 pipelines/,
      ),
    ]);
    const dev = await devClient(git);
    const current = (await dev.send('GET', '/pipelines/pl_copy_scores_to_sql')).body as {
      properties: Record<string, unknown>;
    };
    await dev.runOperation('PUT', '/pipelines/pl_copy_scores_to_sql', {
      properties: { ...current.properties, description: 'changed by hand' },
    });
    await expect(verifyAdfReceipt(receipt, git.client, logger, { synapse })).rejects.toThrow(
      /does not match the live state of Synapse workspace 'syn-scoring-syngit'.*pl_copy_scores_to_sql' has changed/,
    );
    // The deployment puts it back.
    const restored = await git.deploy(synapseInputs(git));
    expect(restored.run.outputs).toMatchObject({ updated: '1' });
  });
});

describe("Synapse's own kinds", () => {
  it('deploys notebooks, SQL scripts, Spark job definitions and credentials in dependency order; deletes an orphan when asked', async () => {
    const kinds = await synapseStage('synkinds');
    const folder = join(kinds.workspace, 'kinds');
    const write = async (path: string, value: unknown) => {
      await mkdir(join(folder, path, '..'), { recursive: true });
      await writeFile(join(folder, path), JSON.stringify(value, null, 2));
    };
    await write('notebook/nb_features.json', {
      name: 'nb_features',
      properties: {
        nbformat: 4,
        nbformat_minor: 2,
        metadata: { language_info: { name: 'python' } },
        cells: [{ cell_type: 'code', metadata: {}, source: ['print("features")'] }],
      },
    });
    await write('sqlscript/sq_scores.json', {
      name: 'sq_scores',
      properties: { type: 'SqlQuery', content: { query: 'SELECT TOP 10 * FROM scores;' } },
    });
    await write('sparkJobDefinition/sj_train.json', {
      name: 'sj_train',
      properties: {
        targetBigDataPool: { referenceName: 'pool1', type: 'BigDataPoolReference' },
        jobProperties: {
          file: 'abfss://jobs@scoring.dfs.core.windows.net/train.py',
          driverMemory: '28g',
          driverCores: 4,
          executorMemory: '28g',
          executorCores: 4,
          numExecutors: 2,
        },
      },
    });
    await write('credential/cred_uami.json', {
      name: 'cred_uami',
      properties: {
        type: 'ManagedIdentity',
        typeProperties: {
          resourceId: `/subscriptions/${kinds.aml.env.subscriptionId}/resourceGroups/${kinds.aml.env.resourceGroup}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/uami-scoring`,
        },
      },
    });
    await write('pipeline/pl_features.json', {
      name: 'pl_features',
      properties: {
        activities: [
          {
            name: 'RunFeatures',
            type: 'SynapseNotebook',
            dependsOn: [],
            typeProperties: { notebook: { referenceName: 'nb_features', type: 'NotebookReference' } },
          },
        ],
      },
    });
    const inputs = synapseInputs(kinds, { source: 'kinds' });
    const { run } = await kinds.deploy(inputs);
    expectSucceeded(run);
    expect(run.outputs).toMatchObject({ created: '5' });
    const writes = changes(await kinds.deploy(inputs));
    expect(writes).toEqual([]);
    // The notebook is written before the pipeline that runs it.
    const order = run.log.split('\n').filter((line) => /^Created /.test(line));
    expect(order.findIndex((l) => l.includes("notebook 'nb_features'"))).toBeLessThan(
      order.findIndex((l) => l.includes("pipeline 'pl_features'")),
    );
    const live = await liveState(kinds);
    expect(live.map((r) => `${r.kind}:${r.name}`).sort()).toEqual([
      'credential:cred_uami',
      'notebook:nb_features',
      'pipeline:pl_features',
      'sparkJobDefinition:sj_train',
      'sqlScript:sq_scores',
    ]);

    await rm(join(folder, 'sqlscript'), { recursive: true });
    const pruned = await kinds.deploy({ ...inputs, 'delete-orphans': 'true', 'max-deletion-percent': '100' });
    expectSucceeded(pruned.run);
    expect(pruned.run.outputs).toMatchObject({ deleted: '1', created: '0', updated: '0' });
    expect(changes(pruned)).toEqual(['DELETE /sqlScripts/sq_scores']);
  }, 120_000);
});

describe('apply-control-metadata after a Synapse deployment', () => {
  it('accepts the adf receipt of a Synapse target (the bundle, verifying the workspace), and refuses it once a pipeline changed', async () => {
    const { run } = await git.deploy(synapseInputs(git));
    expectSucceeded(run);
    await cp(join(REPO_ROOT, 'examples', 'control-metadata'), join(git.workspace, 'metadata'), {
      recursive: true,
    });
    const { connectionString } = await (await f.sandbox.database()).createDatabase('synapse_metadata');
    const apply = () =>
      runAction('apply-control-metadata', {
        inputs: {
          ...f.sandbox.inputs,
          auth: 'oidc',
          environment: 'syngit',
          'subscription-id': git.aml.env.subscriptionId,
          'resource-group': git.aml.env.resourceGroup,
          'adf-receipt': run.outputs.receipt!,
          engine: 'postgresql',
          'connection-string': connectionString,
          rows: 'metadata/use-cases.yml\nmetadata/use-cases.csv',
          'overrides-file': 'metadata/overrides/dev.yml',
          migrations: 'metadata/migrations/postgresql/*.sql',
          variables: 'environment: syngit',
        },
        env: { ...f.sandbox.env, RUNNER_TEMP: git.aml.runnerTemp },
        workspace: git.workspace,
      });
    const applied = await apply();
    expectSucceeded(applied);
    expect(applied.log).toMatch(
      /Verified the adf receipt: Synapse workspace 'syn-scoring-syngit' holds the 4 pipelines it lists, as deployed/,
    );
    const dev = await devClient(git);
    const current = (await dev.send('GET', '/pipelines/pl_score_use_case')).body as {
      properties: Record<string, unknown>;
    };
    await dev.runOperation('PUT', '/pipelines/pl_score_use_case', {
      properties: { ...current.properties, description: 'changed by hand' },
    });
    const refused = await apply();
    expect(failureOf(refused).message).toMatch(
      /does not match the live state of Synapse workspace 'syn-scoring-syngit'.*pl_score_use_case' has changed/,
    );
    // Put back for the tests below.
    expectSucceeded((await git.deploy(synapseInputs(git))).run);
    // The first control database of a run starts PGlite (several seconds on a loaded machine).
  }, 240_000);
});

describe('failures', () => {
  it('a failed write leaves the started trigger started again; a rerun converges', async () => {
    const file = join(git.workspace, 'synapse', 'trigger', 'tr_daily_scoring.json');
    const trigger = JSON.parse(await readFile(file, 'utf8')) as {
      properties: { typeProperties: { recurrence: { interval: number } } };
    };
    trigger.properties.typeProperties.recurrence.interval = 2;
    await writeFile(file, JSON.stringify(trigger, null, 2));
    const pipelineFile = join(git.workspace, 'synapse', 'pipeline', 'pl_stage_onprem_features.json');
    const pipeline = JSON.parse(await readFile(pipelineFile, 'utf8')) as {
      properties: Record<string, unknown>;
    };
    pipeline.properties.description = 'changed';
    await writeFile(pipelineFile, JSON.stringify(pipeline, null, 2));
    f.sandbox.control.addFault({
      method: 'PUT',
      path: 'pipelines/pl_stage_onprem_features',
      status: 400,
      code: 'BadRequest',
      message: 'injected failure',
    });
    const failed = await git.deploy(synapseInputs(git, { 'trigger-mode': 'all' }));
    expect(failureOf(failed.run).message).toMatch(
      /Deploying Synapse workspace 'syn-scoring-syngit' failed: update of pipeline 'pl_stage_onprem_features': BadRequest.*injected failure.*tr_daily_scoring Started -> Started/,
    );
    expect(changes(failed)).toEqual(
      expect.arrayContaining([
        'POST /triggers/tr_daily_scoring/stop',
        'POST /triggers/tr_daily_scoring/start',
      ]),
    );
    expect((await liveState(git)).find((r) => r.kind === 'trigger')?.runtimeState).toBe('Started');
    f.sandbox.control.clearFaults();
    const rerun = await git.deploy(synapseInputs(git));
    expectSucceeded(rerun.run);
    // The trigger's change was written before the failure (it does not depend on the failed pipeline).
    expect(rerun.run.outputs).toMatchObject({ updated: '1', created: '0' });
    expect(changes(rerun)).toEqual(['PUT /pipelines/pl_stage_onprem_features']);
    expect((await liveState(git)).find((r) => r.kind === 'trigger')?.runtimeState).toBe('Started');
  });

  it('global parameters are refused with their file and line, before any write', async () => {
    const refused = await git.deploy(synapseInputs(git, { source: 'adf' }));
    expect(refused.run.exitCode).toBe(1);
    const errors = refused.run.annotations.filter((a) => a.level === 'error');
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          message: expect.stringMatching(/global parameters: a Synapse workspace has none/),
          properties: expect.objectContaining({ file: 'adf/factory/adf-scoring-dev.json' }),
        }),
      ]),
    );
    expect(changes(refused)).toEqual([]);
  });

  it('target synapse without synapse-workspace is refused naming the input', async () => {
    const refused = await git.deploy(synapseInputs(git, { 'synapse-workspace': '' }));
    expect(failureOf(refused.run).message).toMatch(
      /Input 'synapse-workspace' is required with target: synapse/,
    );
  });
});
