// deploy-aml-endpoint, bundled and run as the runner runs it, against the sandbox, on the `az ml` CLI v2 files of
// test/fixtures/aml used unchanged: a model spec registered with its version and type (model-file), the three
// deployment forms on one endpoint (legacy root-level settings, type: model + settings, custom code with an inline
// environment) with the endpoint file's default, reruns and dry runs without a write, and what is refused before any
// write.
import { appendFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { parseReceipt } from '../../src/shared/receipts/parse.js';
import { useSandboxFixture } from '../harness/sandbox.js';
import {
  type DeployRun,
  defaultOf,
  deploymentsOf,
  expectSucceeded,
  failureOf,
  type Release,
  release,
} from './aml-release.js';

const f = useSandboxFixture();
afterEach(() => f.sandbox.control.clearFaults());

const FORMS = 'ml/deployment-legacy.yml\nml/deployment-mlflow.yml\nml/deployment-custom.yml';
const ANONYMOUS_ENVIRONMENT = /\/environments\/CliV2AnonymousEnvironment\/versions\/[0-9a-f]{64}$/;

const noWrites = (run: DeployRun) => ({ writes: run.writes, actions: run.actions, deletes: run.deletes });
const NONE = { writes: 0, actions: 0, deletes: 0 };
const stepsOf = (run: DeployRun) =>
  import('node:fs/promises')
    .then(({ readFile }) => readFile(run.run.outputs.plan!, 'utf8'))
    .then((text) =>
      (JSON.parse(text).steps as { resource: string; name: string; action: string }[]).map(
        (s) => `${s.resource} ${s.name}: ${s.action}`,
      ),
    );
const warnings = (run: DeployRun) =>
  run.run.annotations.filter((a) => a.level === 'warning').map((a) => a.message);

describe('a model spec file (model-file)', () => {
  let r: Release;
  const endpoint = 'loan-approval-mfile';
  const inputs = { 'model-file': 'ml/model.yml', 'deployment-file': 'ml/deployment-mlflow.yml' };

  beforeAll(async () => {
    r = await release(f, 'mfile', { azMlFiles: true, endpoint });
  });

  it('plans the registration in a dry run without a write', async () => {
    const dry = await r.deploy({ ...inputs, 'dry-run': 'true' });
    expectSucceeded(dry.run);
    expect(noWrites(dry)).toEqual(NONE);
    expect(await stepsOf(dry)).toEqual([
      'model loan-approval:3: register',
      `endpoint ${endpoint}: create`,
      'deployment loan-mlflow: create',
      `default deployment ${endpoint} → loan-mlflow: switch`,
    ]);
  });

  it('registers the model with the version and type the file says, and deploys it as the file’s default', async () => {
    const run = await r.deploy(inputs);
    expectSucceeded(run.run);
    const { resourceGroup: rg, workspace: ws } = r.env;
    const model = await r.client.modelVersions.get(rg, ws, 'loan-approval', '3');
    expect(model.properties).toMatchObject({
      modelType: 'mlflow_model',
      description:
        'Probability that a loan applicant defaults (scikit-learn logistic regression, MLflow format).',
      properties: { 'training-data': 'loans-2024-06' },
      tags: {
        framework: 'scikit-learn',
        'use-case': 'loan-approval',
        'mlops.content-sha256': expect.stringMatching(/^[0-9a-f]{64}$/),
        'mlops.deployed.repository': 'example/release',
      },
      modelUri: expect.stringMatching(/\/paths\/LocalUpload\/[0-9a-f]{64}\/mlflow\/$/),
    });
    const deployment = await r.client.batchDeployments.get(rg, ws, endpoint, 'loan-mlflow');
    expect(deployment.properties.model).toEqual({
      referenceType: 'Id',
      assetId: `${r.env.workspaceInfo.id}/models/loan-approval/versions/3`,
    });
    expect(await defaultOf(r, endpoint)).toBe('loan-mlflow');
    expect(run.run.outputs).toMatchObject({
      'deployment-name': 'loan-mlflow',
      'model-name': 'loan-approval',
      'model-version': '3',
      changed: 'true',
    });
  });

  it('reruns without a write: the same content is the registered version', async () => {
    const again = await r.deploy(inputs);
    expectSucceeded(again.run);
    expect(noWrites(again)).toEqual(NONE);
    expect(again.run.outputs.changed).toBe('false');
  });

  it('refuses the same version with other content, comparing digests, before any write', async () => {
    await appendFile(join(r.workspace, 'ml/models/mlflow/requirements.txt'), 'pandas==2.1.4\n');
    const refused = await r.deploy(inputs);
    expect(failureOf(refused.run)).toMatchObject({
      message: expect.stringMatching(
        /ml\/model\.yml line 3 \(version\): model loan-approval:3 already exists with other content than ml\/models\/mlflow \(digest [0-9a-f]{12}, not [0-9a-f]{12}\); registered versions never change/,
      ),
      properties: { file: 'ml/model.yml', line: '3' },
    });
    expect(noWrites(refused)).toEqual(NONE);
  });
});

describe('the three deployment forms from unchanged az ml files, on one endpoint', () => {
  let r: Release;
  const endpoint = 'loan-approval-forms';
  const inputs = { 'model-file': 'ml/model.yml', 'deployment-file': FORMS };
  let first: DeployRun;

  beforeAll(async () => {
    r = await release(f, 'forms', { azMlFiles: true, endpoint });
  });

  it('plans every form in a dry run without a write, reading what they share once', async () => {
    const dry = await r.deploy({ ...inputs, 'dry-run': 'true' });
    expectSucceeded(dry.run);
    expect(noWrites(dry)).toEqual(NONE);
    // The three deployments run on one compute cluster: it is read once, as the default datastore is.
    const reads = (path: RegExp) => dry.requests.filter((q) => q.method === 'GET' && path.test(q.path));
    expect(reads(/\/computes\/cpu-cluster$/)).toHaveLength(1);
    expect(reads(/\/datastores$/)).toHaveLength(1);
    const steps = await stepsOf(dry);
    expect(steps).toEqual([
      'model loan-approval:3: register',
      'model loan-approval-weights:1: register',
      expect.stringMatching(/^environment CliV2AnonymousEnvironment:[0-9a-f]{64}: register$/),
      'scoring code ml/code: register',
      `endpoint ${endpoint}: create`,
      'deployment loan-legacy: create',
      'deployment loan-mlflow: create',
      'deployment loan-custom: create',
      `default deployment ${endpoint} → loan-mlflow: switch`,
    ]);
  });

  it('deploys all three, the inline environment registered as az ml registers it, and makes the file’s default the default', async () => {
    first = await r.deploy(inputs);
    expectSucceeded(first.run);
    const { resourceGroup: rg, workspace: ws } = r.env;
    expect(await deploymentsOf(r, endpoint)).toEqual(['loan-custom', 'loan-legacy', 'loan-mlflow']);
    expect(await defaultOf(r, endpoint)).toBe('loan-mlflow');

    const legacy = await r.client.batchDeployments.get(rg, ws, endpoint, 'loan-legacy');
    expect(legacy.properties).toMatchObject({
      model: { assetId: `${r.env.workspaceInfo.id}/models/loan-approval/versions/3` },
      miniBatchSize: 10,
      maxConcurrencyPerInstance: 2,
      retrySettings: { maxRetries: 3, timeout: 'PT30S' },
      resources: { instanceCount: 1 },
    });
    const mlflow = await r.client.batchDeployments.get(rg, ws, endpoint, 'loan-mlflow');
    expect(mlflow.properties).toMatchObject({
      model: { assetId: `${r.env.workspaceInfo.id}/models/loan-approval/versions/3` },
      miniBatchSize: 20,
      retrySettings: { timeout: 'PT300S' },
      resources: { instanceCount: 2 },
    });
    expect(mlflow.properties.environmentId ?? undefined).toBeUndefined();

    const custom = await r.client.batchDeployments.get(rg, ws, endpoint, 'loan-custom');
    expect(custom.properties).toMatchObject({
      model: { assetId: `${r.env.workspaceInfo.id}/models/loan-approval-weights/versions/1` },
      codeConfiguration: {
        codeId: expect.stringMatching(/\/codes\/code-[0-9a-f]{64}\/versions\/1$/),
        scoringScript: 'batch_driver.py',
      },
      environmentId: expect.stringMatching(ANONYMOUS_ENVIRONMENT),
      environmentVariables: { SCORE_THRESHOLD: '0.5' },
      miniBatchSize: 5,
      loggingLevel: 'Warning',
    });
    const version = custom.properties.environmentId!.split('/').at(-1)!;
    const environment = await r.client.environmentVersions.get(rg, ws, 'CliV2AnonymousEnvironment', version);
    expect(environment.properties).toMatchObject({
      isAnonymous: true,
      image: 'mcr.microsoft.com/azureml/openmpi4.1.0-ubuntu22.04:latest',
      // The conda file as az ml sends it: the YAML with its keys sorted.
      condaFile: 'channels:\n- conda-forge\ndependencies:\n- python=3.11\n- pip\nname: loan-scoring\n',
    });
    const weights = await r.client.modelVersions.get(rg, ws, 'loan-approval-weights', '1');
    expect(weights.properties.modelType).toBe('custom_model');

    // az ml drops an inline environment's name, and says so.
    expect(warnings(first)).toContainEqual(
      expect.stringMatching(/^environment\.name 'loan-scoring-env' is not used/),
    );
    expect(first.run.outputs).toMatchObject({ 'deployment-name': 'loan-mlflow', 'model-version': '3' });
    const receipt = parseReceipt(first.run.outputs.receipt, {
      kind: 'aml',
      input: 'aml-receipt',
      environment: 'forms',
      subscription: r.env.subscriptionId,
    });
    expect(receipt).toMatchObject({
      deployment: { name: 'loan-mlflow' },
      model: { name: 'loan-approval', version: '3' },
    });
    expect(first.run.summary).toContain('Deployed: every change above was applied');
  });

  it('reruns every form without a write, and so does its dry run', async () => {
    const again = await r.deploy(inputs);
    expectSucceeded(again.run);
    expect(noWrites(again)).toEqual(NONE);
    expect(again.run.outputs.changed).toBe('false');
    const dry = await r.deploy({ ...inputs, 'dry-run': 'true' });
    expectSucceeded(dry.run);
    expect(noWrites(dry)).toEqual(NONE);
    expect(dry.run.outputs.changed).toBe('false');
  });

  it('warns about defaults.deployment_name only when set-default actually overrides it', async () => {
    const same = await r.deploy({ ...inputs, 'set-default': 'loan-mlflow' });
    expectSucceeded(same.run);
    expect(noWrites(same)).toEqual(NONE);
    expect(warnings(same).filter((w) => w.includes('defaults.deployment_name'))).toEqual([]);

    const other = await r.deploy({ ...inputs, 'set-default': 'loan-custom' });
    expectSucceeded(other.run);
    expect(warnings(other)).toContainEqual(
      "defaults.deployment_name 'loan-mlflow' is not applied: set-default makes 'loan-custom' the default (the input set-default overrides the endpoint file).",
    );
    expect(other.run.annotations).toContainEqual(
      expect.objectContaining({
        level: 'warning',
        properties: expect.objectContaining({ file: 'ml/endpoint.yml', line: '8' }),
      }),
    );
    expect(await defaultOf(r, endpoint)).toBe('loan-custom');
    expect(other.run.outputs['deployment-name']).toBe('loan-custom');

    const back = await r.deploy(inputs);
    expectSucceeded(back.run);
    expect(await defaultOf(r, endpoint)).toBe('loan-mlflow');
  });

  it('keep-deployments never deletes a deployment of the run’s files, nor the current default', async () => {
    const all = await r.deploy({ ...inputs, 'keep-deployments': '1' });
    expectSucceeded(all.run);
    expect(all.deletes).toBe(0);
    expect(await deploymentsOf(r, endpoint)).toEqual(['loan-custom', 'loan-legacy', 'loan-mlflow']);

    // One file, the default left as it is: the default (loan-mlflow) and the file's deployment stay, loan-custom goes.
    const one = await r.deploy({
      'model-file': 'ml/model.yml',
      'deployment-file': 'ml/deployment-legacy.yml',
      'set-default': 'false',
      'keep-deployments': '1',
    });
    expectSucceeded(one.run);
    expect(one.deletes).toBe(1);
    expect(await deploymentsOf(r, endpoint)).toEqual(['loan-legacy', 'loan-mlflow']);
    expect(await defaultOf(r, endpoint)).toBe('loan-mlflow');
    expect(warnings(one).filter((w) => w.includes('defaults.deployment_name'))).toEqual([]);
    // The outputs and the receipt describe what serves: the default, which this run did not deploy.
    expect(one.run.outputs['deployment-name']).toBe('loan-legacy');
    expect(JSON.parse(one.run.outputs.receipt!).deployment.name).toBe('loan-mlflow');
  });
});

describe('an inline environment built from a Dockerfile', () => {
  it('uploads the build context and registers it as an anonymous environment; a rerun writes nothing', async () => {
    const r = await release(f, 'docker', { azMlFiles: true, endpoint: 'loan-approval-docker' });
    await mkdir(join(r.workspace, 'ml', 'docker'));
    await writeFile(
      join(r.workspace, 'ml/docker/Dockerfile'),
      'FROM python:3.11-slim\nRUN pip install pandas\n',
    );
    await writeFile(
      join(r.workspace, 'ml/deployment-docker.yml'),
      `$schema: https://azuremlschemas.azureedge.net/latest/modelBatchDeployment.schema.json
name: loan-docker
endpoint_name: loan-approval
type: model
model:
  name: loan-approval-weights
  path: models/custom
code_configuration:
  code: code
  scoring_script: batch_driver.py
environment:
  build:
    path: docker
compute: azureml:cpu-cluster
settings:
  mini_batch_size: 5
`,
    );
    const inputs = { 'deployment-file': 'ml/deployment-docker.yml', 'set-default': 'true' };
    const run = await r.deploy(inputs);
    expectSucceeded(run.run);
    const { resourceGroup: rg, workspace: ws } = r.env;
    const deployment = await r.client.batchDeployments.get(rg, ws, 'loan-approval-docker', 'loan-docker');
    expect(deployment.properties.environmentId).toMatch(ANONYMOUS_ENVIRONMENT);
    const environment = await r.client.environmentVersions.get(
      rg,
      ws,
      'CliV2AnonymousEnvironment',
      deployment.properties.environmentId!.split('/').at(-1)!,
    );
    const contextUri = environment.properties.build?.contextUri ?? '';
    expect(contextUri).toMatch(/\/LocalUpload\/[0-9a-f]{64}\/docker\/$/);
    expect(environment.properties.image ?? undefined).toBeUndefined();

    // The context is in the datastore, where the image build reads it.
    const { BlobServiceClient, StorageSharedKeyCredential } = await import('@azure/storage-blob');
    const storage = f.sandbox.storage!;
    const container = new BlobServiceClient(
      storage.blobEndpoint,
      new StorageSharedKeyCredential(storage.accountName, storage.accountKey),
      { tlsOptions: { ca: f.sandbox.caCert } } as ConstructorParameters<typeof BlobServiceClient>[2],
    ).getContainerClient(r.env.workspaceInfo.container);
    const prefix = contextUri.slice(contextUri.indexOf('LocalUpload/'));
    const dockerfile = await container.getBlobClient(`${prefix}Dockerfile`).downloadToBuffer();
    expect(dockerfile.toString('utf8')).toBe('FROM python:3.11-slim\nRUN pip install pandas\n');

    const again = await r.deploy(inputs);
    expectSucceeded(again.run);
    expect(noWrites(again)).toEqual(NONE);
  });
});

describe('what is refused before any write', () => {
  let r: Release;
  beforeAll(async () => {
    r = await release(f, 'refusals', { azMlFiles: true, endpoint: 'loan-approval-refusals' });
  });

  /** Not one Azure request, not even a read. */
  const noRequests = (run: DeployRun) => expect(run.requests).toEqual([]);

  it('a model spec given as the model input, pointing to model-file', async () => {
    const run = await r.deploy({ 'deployment-file': 'ml/deployment-mlflow.yml', model: 'ml/model.yml' });
    expect(failureOf(run.run).message).toBe(
      "deploy-aml-endpoint: Input 'model': ml/model.yml is an az ml model spec (what az ml model create -f reads), not the model's files: pass it as the input model-file, and reference its model in the deployment (azureml:<name>:<version> or azureml:<name>@latest).",
    );
    noRequests(run);
  });

  it('a registry reference, with the reason, at its line', async () => {
    await writeFile(
      join(r.workspace, 'ml/deployment-registry.yml'),
      'name: loan-registry\nendpoint_name: loan-approval\nmodel: azureml://registries/shared-modles/models/loan-approval/versions/3\ncompute: azureml:cpu-cluster\n',
    );
    const run = await r.deploy({ 'deployment-file': 'ml/deployment-registry.yml', 'set-default': 'true' });
    expect(failureOf(run.run)).toMatchObject({
      message: expect.stringMatching(
        /ml\/deployment-registry\.yml line 3 \(model\): 'azureml:\/\/registries\/shared-modles\/models\/loan-approval\/versions\/3' is a model in registry 'shared-modles', which this action does not deploy from: it cannot check a registry reference before it writes/,
      ),
      properties: { file: 'ml/deployment-registry.yml', line: '3' },
    });
    noRequests(run);
  });

  it('a model that does not exist, with the nearest name and its latest version', async () => {
    expectSucceeded(
      (await r.deploy({ 'model-file': 'ml/model.yml', 'deployment-file': 'ml/deployment-mlflow.yml' })).run,
    );
    const typo = await r.deploy({
      'deployment-file': 'ml/deployment-mlflow.yml',
      model: 'azureml:loan-aproval:3',
    });
    expect(failureOf(typo.run).message).toBe(
      `deploy-aml-endpoint: Input 'model': model loan-aproval:3 does not exist in workspace '${r.env.workspace}'; did you mean loan-approval (latest version 3: azureml:loan-approval:3)?`,
    );
    expect(noWrites(typo)).toEqual(NONE);
    const version = await r.deploy({
      'deployment-file': 'ml/deployment-mlflow.yml',
      model: 'azureml:loan-approval:9',
    });
    expect(failureOf(version.run).message).toBe(
      `deploy-aml-endpoint: Input 'model': model loan-approval:9 does not exist in workspace '${r.env.workspace}'; the latest version of 'loan-approval' is 3.`,
    );
    expect(noWrites(version)).toEqual(NONE);
  });
});

describe('a rollout that fails part-way', () => {
  it('says what was applied and that nothing serves yet, in the error and the summary; a rerun converges', async () => {
    const endpoint = 'loan-approval-partial';
    const r = await release(f, 'partial', { azMlFiles: true, endpoint });
    const message = 'Not enough quota for STANDARD_DS3_V2 (failure injected by the test).';
    await f.request('POST', '/_sandbox/ml/fail-next-deployment', {
      body: { deployment: 'loan-custom', code: 'QuotaExceeded', message },
    });
    const inputs = { 'model-file': 'ml/model.yml', 'deployment-file': FORMS };
    const failed = await r.deploy(inputs);
    const error = failureOf(failed.run).message;
    expect(error).toContain(`QuotaExceeded: ${message}`);
    expect(error).toMatch(
      new RegExp(
        `Applied before the failure: model loan-approval:3 registered; model loan-approval-weights:1 registered; environment CliV2AnonymousEnvironment:[0-9a-f]{64} registered; the scoring code of ml/code registered; batch endpoint '${endpoint}' created; batch deployment 'loan-legacy' created; batch deployment 'loan-mlflow' created; batch deployment 'loan-custom' created but ended Failed \\('loan-legacy', 'loan-mlflow', 'loan-custom' not the default\\)\\. Batch endpoint '${endpoint}' has no default deployment yet: nothing serves its jobs\\.$`,
      ),
    );
    const summary = failed.run.summary;
    expect(summary).toContain('Plan: the changes below');
    expect(summary).toContain('Rollout failed');
    expect(summary).toContain('nothing serves its jobs');
    expect(summary).not.toContain('Deployed');
    expect(await defaultOf(r, endpoint)).toBeUndefined();

    const rerun = await r.deploy(inputs);
    expectSucceeded(rerun.run);
    expect(await defaultOf(r, endpoint)).toBe('loan-mlflow');
  });
});
