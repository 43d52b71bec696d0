// Machine Learning Services 2022-10-01 through the real `@azure/arm-machinelearning` client: provisioned
// workspace, compute and datastore; models; batch endpoints and deployments as long-running operations (status
// polling, Retry-After, 429 retry, failed rollouts, server defaults, default switch, deletes).

import { AzureMachineLearningWorkspaces, type BatchEndpoint } from '@azure/arm-machinelearning';
import { beforeAll, describe, expect, it } from '@jest/globals';
import type { EnvironmentInfo } from '../../src/sandbox/index.js';
import { useSandboxFixture } from '../harness/sandbox.js';

const f = useSandboxFixture();
let env: EnvironmentInfo;
let client: AzureMachineLearningWorkspaces;
let rg: string;
let ws: string;
/** Fast first poll; later polls follow the sandbox's Retry-After. */
const lro = { updateIntervalInMs: 100 };

beforeAll(async () => {
  env = await f.sandbox.provision({ name: 'ml', database: false });
  client = new AzureMachineLearningWorkspaces(f.credential, env.subscriptionId, f.clientOptions);
  rg = env.resourceGroup;
  ws = env.workspace;
});

interface Refusal {
  readonly statusCode?: number;
  readonly code?: string;
  readonly message: string;
}

async function refusal(promise: Promise<unknown>): Promise<Refusal> {
  try {
    await promise;
  } catch (error) {
    return error as Refusal;
  }
  throw new Error('expected Azure to refuse the request');
}

const armToken = () => f.token(`${f.sandbox.armAudience}/.default`);
const workspacePath = () => env.workspaceInfo.id;
const modelId = (name: string, version: string) => `${workspacePath()}/models/${name}/versions/${version}`;
const computeId = () => env.workspaceInfo.computeIds['cpu-cluster']!;

/** A re-PUT body built from a GET: only what a client sets (read-only fields such as systemData stay out). */
function withDefault(current: BatchEndpoint, deploymentName: string): BatchEndpoint {
  return {
    location: current.location,
    tags: current.tags,
    properties: {
      authMode: current.properties.authMode,
      description: current.properties.description,
      defaults: { deploymentName },
    },
  };
}

async function registerModel(name: string, version: string, tags: Record<string, string> = {}) {
  return client.modelVersions.createOrUpdate(rg, ws, name, version, {
    properties: {
      modelUri: `azureml://datastores/workspaceblobstore/paths/models/${name}/${version}/`,
      modelType: 'custom_model',
      description: `${name} ${version}`,
      tags,
    },
  });
}

describe('workspace', () => {
  it('reads the provisioned workspace with its discovery URL, GUID and MLflow URI', async () => {
    const workspace = await client.workspaces.get(rg, ws);
    expect(workspace).toMatchObject({
      id: workspacePath(),
      name: ws,
      location: env.location,
      provisioningState: 'Succeeded',
      workspaceId: env.workspaceInfo.workspaceId,
      discoveryUrl: `${f.sandbox.baseUrl}/_ml/discovery`,
    });
    expect(workspace.workspaceId).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(workspace.mlFlowTrackingUri).toMatch(
      /^azureml:\/\/127\.0\.0\.1:\d+\/mlflow\/v1\.0\/subscriptions\//,
    );
    const listed = [];
    for await (const item of client.workspaces.listByResourceGroup(rg)) listed.push(item.name);
    expect(listed).toEqual([ws]);
    const discovery = await f.request('GET', '/_ml/discovery');
    expect(discovery.body).toMatchObject({ api: f.sandbox.baseUrl });
  });

  it('reads the AmlCompute cluster and the default blob datastore', async () => {
    const compute = await client.computeOperations.get(rg, ws, 'cpu-cluster');
    expect(compute.id).toBe(computeId());
    expect(compute.properties).toMatchObject({ computeType: 'AmlCompute', provisioningState: 'Succeeded' });
    const computes = [];
    for await (const item of client.computeOperations.list(rg, ws)) computes.push(item.name);
    expect(computes).toEqual(['cpu-cluster']);

    const datastore = await client.datastores.get(rg, ws, 'workspaceblobstore');
    expect(datastore.properties).toMatchObject({
      datastoreType: 'AzureBlob',
      isDefault: true,
      containerName: `azureml-blobstore-${env.workspaceInfo.workspaceId}`,
      credentials: { credentialsType: 'AccountKey' },
    });
    // The secret is never part of the datastore itself (x-ms-secret), only of listSecrets.
    expect(JSON.stringify(datastore)).not.toContain(f.sandbox.storage!.accountKey);
    const defaults = [];
    for await (const item of client.datastores.list(rg, ws, { isDefault: true })) defaults.push(item.name);
    expect(defaults).toEqual(['workspaceblobstore']);
    expect(env.workspaceInfo.container).toBe(`azureml-blobstore-${env.workspaceInfo.workspaceId}`);
  });

  it('lists the default datastore secrets: the storage account key, which opens the container', async () => {
    const secrets = await client.datastores.listSecrets(rg, ws, 'workspaceblobstore');
    expect(secrets).toEqual({ secretsType: 'AccountKey', key: f.sandbox.storage!.accountKey });
    const { BlobServiceClient, StorageSharedKeyCredential } = await import('@azure/storage-blob');
    const datastore = await client.datastores.get(rg, ws, 'workspaceblobstore');
    const properties = datastore.properties as { accountName: string; containerName: string };
    const service = new BlobServiceClient(
      String(datastore.properties.properties?.['sandbox.blobEndpoint']),
      new StorageSharedKeyCredential(properties.accountName, (secrets as { key: string }).key),
      { tlsOptions: { ca: f.sandbox.caCert } } as ConstructorParameters<typeof BlobServiceClient>[2],
    );
    expect(await service.getContainerClient(properties.containerName).exists()).toBe(true);
    expect(await refusal(client.datastores.listSecrets(rg, ws, 'nope'))).toMatchObject({ statusCode: 404 });
  });

  it('answers ARM errors for a missing workspace and a wrong or missing api-version', async () => {
    expect(await refusal(client.workspaces.get(rg, 'nope'))).toMatchObject({
      statusCode: 404,
      code: 'ResourceNotFound',
    });
    const token = await armToken();
    const wrong = await f.request('GET', `${workspacePath()}?api-version=2023-04-01`, { token });
    expect([wrong.status, (wrong.body as { error: { code: string } }).error.code]).toEqual([
      400,
      'NoRegisteredProviderFound',
    ]);
    const missing = await f.request('GET', workspacePath(), { token });
    expect((missing.body as { error: { code: string } }).error.code).toBe('MissingApiVersionParameter');
    // Deliberately outside the spec: the validator cannot match these requests to an operation.
    f.sandbox.control.clearFindings();
  });
});

describe('models', () => {
  it('creates containers and versions, tracks the latest version and lists newest first', async () => {
    const container = await client.modelContainers.createOrUpdate(rg, ws, 'credit-default', {
      properties: { description: 'Credit default model' },
    });
    expect(container.properties).toMatchObject({ description: 'Credit default model', isArchived: false });
    const v1 = await registerModel('credit-default', '1', { stage: 'dev' });
    expect(v1).toMatchObject({
      id: modelId('credit-default', '1'),
      name: '1',
      properties: {
        modelType: 'custom_model',
        isAnonymous: false,
        isArchived: false,
        tags: { stage: 'dev' },
      },
    });
    await registerModel('credit-default', '2');
    expect((await client.modelContainers.get(rg, ws, 'credit-default')).properties).toMatchObject({
      latestVersion: '2',
      nextVersion: '3',
    });

    const newest = [];
    for await (const item of client.modelVersions.list(rg, ws, 'credit-default', {
      orderBy: 'createdtime desc',
      top: 1,
    })) {
      newest.push(item.name);
    }
    expect(newest).toEqual(['2']);
    const tagged = [];
    for await (const item of client.modelVersions.list(rg, ws, 'credit-default', { tags: 'stage=dev' })) {
      tagged.push(item.name);
    }
    expect(tagged).toEqual(['1']);
  });

  it('registers a version without a container first (the container appears) and updates tags by PUT', async () => {
    await registerModel('churn', '7');
    expect((await client.modelContainers.get(rg, ws, 'churn')).properties?.latestVersion).toBe('7');
    const current = await client.modelVersions.get(rg, ws, 'churn', '7');
    const updated = await client.modelVersions.createOrUpdate(rg, ws, 'churn', '7', {
      properties: { ...current.properties, tags: { 'mlops.validated.staging': 'https://ci/run/1' } },
    });
    expect(updated.properties.tags).toEqual({ 'mlops.validated.staging': 'https://ci/run/1' });
    const moved = await refusal(
      client.modelVersions.createOrUpdate(rg, ws, 'churn', '7', {
        properties: {
          ...current.properties,
          modelUri: 'azureml://datastores/workspaceblobstore/paths/other/',
        },
      }),
    );
    expect(moved).toMatchObject({ statusCode: 409, code: 'UserError' });
    expect(await refusal(client.modelVersions.get(rg, ws, 'churn', '8'))).toMatchObject({ statusCode: 404 });
  });

  it('lets a re-PUT change tags and the description and add properties, never replace a property', async () => {
    await client.modelVersions.createOrUpdate(rg, ws, 'fraud', '1', {
      properties: {
        modelUri: 'azureml://datastores/workspaceblobstore/paths/models/fraud/1/',
        modelType: 'custom_model',
        properties: { trainedOn: '2024-06' },
        tags: { owner: 'risk', stage: 'dev' },
      },
    });
    const current = await client.modelVersions.get(rg, ws, 'fraud', '1');
    // Tags are replaced as sent (one removed, one changed, one added); a new property joins the old one.
    const updated = await client.modelVersions.createOrUpdate(rg, ws, 'fraud', '1', {
      properties: {
        ...current.properties,
        description: 'validated in staging',
        properties: { evaluatedOn: '2024-07' },
        tags: { stage: 'staging', 'mlops.validated.staging': 'https://ci/run/2' },
      },
    });
    expect(updated.properties).toMatchObject({
      description: 'validated in staging',
      properties: { trainedOn: '2024-06', evaluatedOn: '2024-07' },
      tags: { stage: 'staging', 'mlops.validated.staging': 'https://ci/run/2' },
    });
    const replaced = await refusal(
      client.modelVersions.createOrUpdate(rg, ws, 'fraud', '1', {
        properties: { ...updated.properties, properties: { trainedOn: '2024-08' } },
      }),
    );
    expect(replaced).toMatchObject({
      statusCode: 400,
      code: 'UserError',
      message:
        'Value of property trainedOn for model fraud cannot be replaced to 2024-08 without increasing the version.',
    });
    // The refused PUT changed nothing.
    expect((await client.modelVersions.get(rg, ws, 'fraud', '1')).properties).toMatchObject({
      properties: { trainedOn: '2024-06', evaluatedOn: '2024-07' },
      tags: { stage: 'staging', 'mlops.validated.staging': 'https://ci/run/2' },
    });
  });
});

describe('code and environment assets', () => {
  it('registers code and environment versions (container created), tracks the latest, keeps content immutable', async () => {
    const code = await client.codeVersions.createOrUpdate(rg, ws, 'code-abc', '1', {
      properties: { codeUri: 'https://acct.blob.core.windows.net/c/LocalUpload/abc/src', isAnonymous: true },
    });
    expect(code).toMatchObject({ name: '1', properties: { codeUri: expect.any(String), isAnonymous: true } });
    expect((await client.codeContainers.get(rg, ws, 'code-abc')).properties.latestVersion).toBe('1');
    expect(
      await refusal(
        client.codeVersions.createOrUpdate(rg, ws, 'code-abc', '1', {
          properties: { codeUri: 'https://other/x' },
        }),
      ),
    ).toMatchObject({ statusCode: 409 });
    // Tags may change on an existing version.
    const tagged = await client.codeVersions.createOrUpdate(rg, ws, 'code-abc', '1', {
      properties: { codeUri: code.properties.codeUri, isAnonymous: true, tags: { team: 'risk' } },
    });
    expect(tagged.properties.tags).toEqual({ team: 'risk' });

    for (const version of ['1', '2']) {
      await client.environmentVersions.createOrUpdate(rg, ws, 'sklearn-env', version, {
        properties: { image: `mcr.microsoft.com/azureml/minimal-ubuntu22.04-py39-cpu-inference:${version}` },
      });
    }
    const environment = await client.environmentVersions.get(rg, ws, 'sklearn-env', '2');
    expect(environment.properties).toMatchObject({ environmentType: 'UserCreated', osType: 'Linux' });
    expect((await client.environmentContainers.get(rg, ws, 'sklearn-env')).properties).toMatchObject({
      latestVersion: '2',
      nextVersion: '3',
    });
    expect(await refusal(client.environmentVersions.get(rg, ws, 'sklearn-env', '9'))).toMatchObject({
      statusCode: 404,
    });
  });

  it('a refused version PUT changes nothing: no container is left behind', async () => {
    const refused = await refusal(
      client.environmentVersions.createOrUpdate(rg, ws, 'imageless-env', '1', {
        properties: { description: 'neither an image nor a build context' },
      }),
    );
    expect(refused).toMatchObject({ statusCode: 400, code: 'UserError' });
    expect(await refusal(client.environmentContainers.get(rg, ws, 'imageless-env'))).toMatchObject({
      statusCode: 404,
    });
  });
});

describe('batch endpoints and deployments', () => {
  const endpoint = 'credit-be';
  const location = () => env.location;
  const deploymentBody = (description: string, version = '1') => ({
    location: location(),
    properties: {
      description,
      model: { referenceType: 'Id' as const, assetId: modelId('credit-default', version) },
      compute: computeId(),
    },
  });

  it('refuses endpoint names the service refuses', async () => {
    for (const name of ['ab', '1credit', 'credit_be', 'credit-be-', 'x'.repeat(33)]) {
      const refused = await refusal(
        client.batchEndpoints.beginCreateOrUpdateAndWait(
          rg,
          ws,
          name,
          { location: location(), properties: { authMode: 'AADToken' } },
          lro,
        ),
      );
      expect(refused).toMatchObject({ statusCode: 400, code: 'UserError' });
    }
  });

  it('creates an endpoint as a long-running operation polled through its status resource', async () => {
    const since = f.sandbox.control.counters().lastSeq;
    const created = await client.batchEndpoints.beginCreateOrUpdateAndWait(
      rg,
      ws,
      endpoint,
      { location: location(), properties: { authMode: 'AADToken', description: 'Credit scoring' } },
      lro,
    );
    expect(created.properties).toMatchObject({
      authMode: 'AADToken',
      provisioningState: 'Succeeded',
      scoringUri: `${f.sandbox.baseUrl}/_ml/${env.subscriptionId}/${rg}/${ws}/endpoints/${endpoint}/jobs`,
    });
    expect(created.properties.defaults).toBeUndefined();
    const log = f.sandbox.control
      .requests(since)
      .filter((e) => e.path.includes(endpoint) || e.path.includes('mfeOperations'));
    expect(log[0]).toMatchObject({ method: 'PUT', status: 201 });
    const polls = log.filter((e) => e.path.includes('/mfeOperationsStatus/'));
    expect(polls.length).toBeGreaterThanOrEqual(2);
    expect(polls.every((e) => e.method === 'GET' && e.status === 200)).toBe(true);
    expect(log[log.length - 1]).toMatchObject({ method: 'GET', status: 200 });

    const raw = await f.request(
      'PUT',
      `${workspacePath()}/batchEndpoints/${endpoint}?api-version=2022-10-01`,
      {
        token: await armToken(),
        body: { location: location(), properties: { authMode: 'AADToken', description: 'Credit scoring' } },
      },
    );
    expect(raw.status).toBe(201);
    expect(raw.headers['azure-asyncoperation']).toMatch(
      new RegExp(
        `^https://127\\.0\\.0\\.1:\\d+/subscriptions/${env.subscriptionId}/providers/Microsoft\\.MachineLearningServices/locations/${location()}/mfeOperationsStatus/be:[^?]+\\?api-version=2022-10-01$`,
      ),
    );
    expect(raw.headers['retry-after']).toBe('1');
    expect(raw.body).toMatchObject({ properties: { provisioningState: 'Updating' } });
    const status = await f.request(
      'GET',
      `${new URL(String(raw.headers['azure-asyncoperation'])).pathname}?api-version=2022-10-01`,
      {
        token: await armToken(),
      },
    );
    expect(status.body).toEqual({ status: 'InProgress', startTime: expect.any(String) });
    expect(status.headers['retry-after']).toBe('1');
  });

  it('retries a throttled PUT after the Retry-After the sandbox sent', async () => {
    const since = f.sandbox.control.counters().lastSeq;
    f.sandbox.control.addFault({
      method: 'PUT',
      path: 'batchEndpoints',
      status: 429,
      retryAfterSeconds: 1,
      count: 1,
    });
    const started = Date.now();
    const result = await client.batchEndpoints.beginCreateOrUpdateAndWait(
      rg,
      ws,
      'throttled-be',
      { location: location(), properties: { authMode: 'AADToken' } },
      lro,
    );
    expect(result.properties.provisioningState).toBe('Succeeded');
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    const puts = f.sandbox.control.requests(since).filter((e) => e.method === 'PUT');
    expect(puts.map((e) => e.status)).toEqual([429, 201]);
    f.sandbox.control.clearFaults();
  });

  it('creates a deployment whose GET differs from the PUT body exactly by the server defaults', async () => {
    const body = deploymentBody('blue');
    const created = await client.batchDeployments.beginCreateOrUpdateAndWait(
      rg,
      ws,
      endpoint,
      'blue',
      body,
      lro,
    );
    expect(created.properties.provisioningState).toBe('Succeeded');
    const raw = await f.request(
      'GET',
      `${workspacePath()}/batchEndpoints/${endpoint}/deployments/blue?api-version=2022-10-01`,
      { token: await armToken() },
    );
    expect((raw.body as { properties: unknown }).properties).toEqual({
      ...body.properties,
      miniBatchSize: 10,
      maxConcurrencyPerInstance: 1,
      errorThreshold: -1,
      outputFileName: 'predictions.csv',
      outputAction: 'AppendRow',
      loggingLevel: 'Info',
      retrySettings: { maxRetries: 3, timeout: 'PT30S' },
      resources: { instanceCount: 1 },
      provisioningState: 'Succeeded',
    });
  });

  it('normalises enum casing and numeric strings as the service does', async () => {
    const raw = await f.request(
      'PUT',
      `${workspacePath()}/batchEndpoints/${endpoint}/deployments/lenient?api-version=2022-10-01`,
      {
        token: await armToken(),
        body: {
          location: location(),
          properties: {
            ...deploymentBody('x').properties,
            loggingLevel: 'info',
            outputAction: 'summaryonly',
            maxConcurrencyPerInstance: '4',
            retrySettings: { maxRetries: 5 },
          },
        },
      },
    );
    expect(raw.status).toBe(201);
    expect((raw.body as { properties: unknown }).properties).toMatchObject({
      loggingLevel: 'Info',
      outputAction: 'SummaryOnly',
      maxConcurrencyPerInstance: 4,
      retrySettings: { maxRetries: 5, timeout: 'PT30S' },
    });
    // The spec has neither lower-case enum values nor integers in strings; the service accepts both, which is
    // the point here, so the validator's request findings are expected.
    f.sandbox.control.clearFindings();
  });

  it('refuses a deployment whose model or compute does not exist', async () => {
    const missingModel = await refusal(
      client.batchDeployments.beginCreateOrUpdateAndWait(
        rg,
        ws,
        endpoint,
        'nomodel',
        deploymentBody('x', '99'),
        lro,
      ),
    );
    expect(missingModel).toMatchObject({ statusCode: 400, code: 'UserError' });
    expect(missingModel.message).toContain('Could not find asset with ID');
    const missingCompute = await refusal(
      client.batchDeployments.beginCreateOrUpdateAndWait(
        rg,
        ws,
        endpoint,
        'nocompute',
        {
          location: location(),
          properties: { ...deploymentBody('x').properties, compute: `${workspacePath()}/computes/gpu` },
        },
        lro,
      ),
    );
    expect(missingCompute).toMatchObject({ statusCode: 400, code: 'UserError' });
    const missingCode = await refusal(
      client.batchDeployments.beginCreateOrUpdateAndWait(
        rg,
        ws,
        endpoint,
        'nocode',
        {
          location: location(),
          properties: {
            ...deploymentBody('x').properties,
            codeConfiguration: {
              codeId: `${workspacePath()}/codes/nope/versions/1`,
              scoringScript: 'score.py',
            },
          },
        },
        lro,
      ),
    );
    expect(missingCode.message).toContain(
      `Could not find asset with ID: ${workspacePath()}/codes/nope/versions/1`,
    );
    expect(await refusal(client.batchDeployments.get(rg, ws, endpoint, 'nomodel'))).toMatchObject({
      statusCode: 404,
    });
  });

  it('sets the default deployment by re-PUT of the endpoint, and refuses a default that does not exist', async () => {
    const current = await client.batchEndpoints.get(rg, ws, endpoint);
    const updated = await client.batchEndpoints.beginCreateOrUpdateAndWait(
      rg,
      ws,
      endpoint,
      withDefault(current, 'blue'),
      lro,
    );
    expect(updated.properties).toMatchObject({
      defaults: { deploymentName: 'blue' },
      provisioningState: 'Succeeded',
    });
    const refused = await refusal(
      client.batchEndpoints.beginCreateOrUpdateAndWait(rg, ws, endpoint, withDefault(current, 'nope'), lro),
    );
    expect(refused).toMatchObject({ statusCode: 400, code: 'UserError' });
    expect((await client.batchEndpoints.get(rg, ws, endpoint)).properties.defaults?.deploymentName).toBe(
      'blue',
    );
  });

  it('a failed rollout leaves the deployment Failed and the previous default serving', async () => {
    const injected = await f.request('POST', '/_sandbox/ml/fail-next-deployment', {
      body: { endpoint, code: 'ImageBuildFailure', message: 'The environment image failed to build.' },
    });
    expect(injected.status).toBe(201);
    await registerModel('credit-default', '3');
    const failed = await refusal(
      client.batchDeployments.beginCreateOrUpdateAndWait(
        rg,
        ws,
        endpoint,
        'green',
        deploymentBody('green', '3'),
        lro,
      ),
    );
    expect(failed.message).toMatch(/ImageBuildFailure.*The environment image failed to build/);
    expect((await client.batchDeployments.get(rg, ws, endpoint, 'green')).properties.provisioningState).toBe(
      'Failed',
    );
    const current = await client.batchEndpoints.get(rg, ws, endpoint);
    expect(current.properties.defaults?.deploymentName).toBe('blue');
    const refused = await refusal(
      client.batchEndpoints.beginCreateOrUpdateAndWait(rg, ws, endpoint, withDefault(current, 'green'), lro),
    );
    expect(refused).toMatchObject({ statusCode: 400 });
    expect(refused.message).toContain('Failed');
  });

  it('lists deployments, and patches tags through the operation-result Location', async () => {
    const names = [];
    for await (const item of client.batchDeployments.list(rg, ws, endpoint)) names.push(item.name);
    expect(names).toEqual(['blue', 'lenient', 'green']);

    const since = f.sandbox.control.counters().lastSeq;
    const patched = await client.batchEndpoints.beginUpdateAndWait(
      rg,
      ws,
      endpoint,
      { tags: { team: 'risk' } },
      lro,
    );
    expect(patched.tags).toEqual({ team: 'risk' });
    const log = f.sandbox.control.requests(since);
    expect(log[0]).toMatchObject({ method: 'PATCH', status: 202 });
    expect(log.some((e) => e.path.includes('/mfeOperationResults/') && e.status === 202)).toBe(true);
    expect(log.some((e) => e.path.includes('/mfeOperationResults/') && e.status === 200)).toBe(true);

    const patchedDeployment = await client.batchDeployments.beginUpdateAndWait(
      rg,
      ws,
      endpoint,
      'blue',
      { tags: { colour: 'blue' }, properties: { description: 'the blue one' } },
      lro,
    );
    expect(patchedDeployment).toMatchObject({
      tags: { colour: 'blue' },
      properties: { description: 'the blue one' },
    });
  });

  it('has no keys, as a batch endpoint in Azure: listkeys is refused, and so are the key-based auth modes', async () => {
    const listed = await refusal(client.batchEndpoints.listKeys(rg, ws, endpoint));
    expect(listed).toMatchObject({ statusCode: 400, code: 'UserError' });
    expect(listed.message).toContain(`Batch endpoint '${endpoint}' has no keys`);
    const live = await client.batchEndpoints.get(rg, ws, endpoint);
    expect(live.properties.keys).toBeUndefined();
    expect(live.properties.authMode).toBe('AADToken');
    for (const authMode of ['Key', 'AMLToken']) {
      const refused = await refusal(
        client.batchEndpoints.beginCreateOrUpdateAndWait(
          rg,
          ws,
          `keyed-${authMode.toLowerCase()}`,
          { location: location(), properties: { authMode, keys: { primaryKey: 'k1', secondaryKey: 'k2' } } },
          lro,
        ),
      );
      expect(refused).toMatchObject({ statusCode: 400, code: 'UserError' });
      expect(refused.message).toBe("AuthMode must be 'AADToken'");
    }
  });

  it("keeps Azure's /jobs path shape in the scoring URI, under which {scoringUri}/{job} names a job", async () => {
    const { scoringUri } = (await client.batchEndpoints.get(rg, ws, endpoint)).properties;
    const url = new URL(scoringUri!);
    expect(url.origin).toBe(f.sandbox.baseUrl);
    // The prefix stands for Azure's per-endpoint host; the path after it is Azure's.
    expect(url.pathname).toBe(`/_ml/${env.subscriptionId}/${rg}/${ws}/endpoints/${endpoint}/jobs`);
    expect(url.search).toBe('');
    const token = await f.token('https://ml.azure.com/.default');
    const missing = await f.request('GET', `${url.pathname}/batchjob-missing`, { token });
    expect(missing.status).toBe(404);
  });

  it('deletes deployments and endpoints as long-running operations, but not the default deployment', async () => {
    const refused = await refusal(client.batchDeployments.beginDeleteAndWait(rg, ws, endpoint, 'blue', lro));
    expect(refused).toMatchObject({ statusCode: 400, code: 'UserError' });

    await client.batchDeployments.beginDeleteAndWait(rg, ws, endpoint, 'green', lro);
    expect(await refusal(client.batchDeployments.get(rg, ws, endpoint, 'green'))).toMatchObject({
      statusCode: 404,
    });

    await client.batchEndpoints.beginDeleteAndWait(rg, ws, endpoint, lro);
    expect(await refusal(client.batchEndpoints.get(rg, ws, endpoint))).toMatchObject({ statusCode: 404 });
    expect(await refusal(client.batchDeployments.get(rg, ws, endpoint, 'blue'))).toMatchObject({
      statusCode: 404,
    });
    const remaining = [];
    for await (const item of client.batchEndpoints.list(rg, ws)) remaining.push(item.name);
    expect(remaining).toEqual(['throttled-be']);
  });

  it('answers the missing endpoint, not the deployment, for deployments of an endpoint that does not exist', async () => {
    const missingEndpoint = `Microsoft.MachineLearningServices/workspaces/${ws}/batchEndpoints/gone-be'`;
    const requests = [
      () => client.batchDeployments.get(rg, ws, 'gone-be', 'blue'),
      () => client.batchDeployments.beginUpdateAndWait(rg, ws, 'gone-be', 'blue', { tags: {} }, lro),
      () =>
        client.batchDeployments.beginCreateOrUpdateAndWait(
          rg,
          ws,
          'gone-be',
          'blue',
          deploymentBody('blue'),
          lro,
        ),
    ];
    for (const request of requests) {
      const refused = await refusal(request());
      expect(refused).toMatchObject({ statusCode: 404, code: 'ResourceNotFound' });
      expect(refused.message).toContain(missingEndpoint);
    }
    // Nothing to delete is not an error.
    await client.batchDeployments.beginDeleteAndWait(rg, ws, 'gone-be', 'blue', lro);
  });
});
