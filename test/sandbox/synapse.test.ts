// Synapse in the sandbox through the REST API as an action calls it (the Azure core pipeline, core-lro's poller):
// a workspace per environment found through ARM, every artifact kind written and deleted as long-running operations
// with Microsoft's own example bodies, the operations' shapes, the document checks that fail an operation, trigger
// runtime state and event subscriptions, integration runtimes through ARM, and the answers Synapse gives for
// what does not exist. Every request and response is validated against the vendored specs (the fixture fails a test
// on any finding).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { defaultSpecsDir } from '../../src/sandbox/validation/spec-validator.js';
import { type SandboxFixture, useSandboxFixture } from '../harness/sandbox.js';
import { SYNAPSE_API, type SynapseClient, synapseClient } from '../harness/synapse-client.js';

type Json = Record<string, unknown>;
type Environment = Awaited<ReturnType<SandboxFixture['sandbox']['provision']>>;

const EXAMPLES = join(
  defaultSpecsDir(),
  'specification/synapse/data-plane/Microsoft.Synapse/stable/2020-12-01/examples',
);
/** The request body of one of the spec's examples (`Pipelines_Create` -> its `pipeline` parameter). */
function exampleBody(name: string): Json {
  const { parameters } = JSON.parse(readFileSync(join(EXAMPLES, `${name}.json`), 'utf8')) as {
    parameters: Record<string, unknown>;
  };
  const body = Object.values(parameters).find(
    (value) => typeof value === 'object' && value !== null && 'properties' in value,
  );
  return structuredClone(body) as Json;
}

const api = (path: string) => `${path}?${SYNAPSE_API}`;

/** Every artifact kind with an example body, in an order that satisfies their references. */
const EXAMPLE_ARTIFACTS = [
  {
    path: 'linkedservices',
    name: 'exampleLinkedService',
    example: 'LinkedServices_Create',
    typeName: 'LinkedService',
  },
  { path: 'datasets', name: 'exampleDataset', example: 'Datasets_Create', typeName: 'Dataset' },
  { path: 'pipelines', name: 'examplePipeline', example: 'Pipelines_Create', typeName: 'Pipeline' },
  { path: 'triggers', name: 'exampleTrigger', example: 'Triggers_Create', typeName: 'Trigger' },
  { path: 'notebooks', name: 'exampleNotebook', example: 'Notebooks_Create', typeName: 'Notebook' },
  { path: 'sqlScripts', name: 'exampleSqlScript', example: 'SqlScripts_Create', typeName: 'SqlScript' },
  {
    path: 'sparkJobDefinitions',
    name: 'exampleSparkJobDefinition',
    example: 'SparkJobDefinitions_Create',
    typeName: 'SparkJobDefinition',
  },
  { path: 'credentials', name: 'exampleCredential', example: 'Credentials_Create', typeName: 'Credential' },
  { path: 'dataflows', name: 'exampleDataFlow', example: 'DataFlows_Create', typeName: 'DataFlow' },
] as const;

/** The datasets the example data flow reads and writes, made from the example dataset. */
const CURRENCY_DATASETS = ['CurrencyDatasetUSD', 'CurrencyDatasetCAD', 'USDOutput', 'CADOutput'];

function clientFor(f: SandboxFixture, env: Environment): SynapseClient {
  return synapseClient(env.synapse!.devEndpoint, f.credential, { ca: f.sandbox.caCert });
}

/** `properties` as GET shows them, less what the service adds (a pipeline's lastPublishTime, a trigger's state). */
function sentPart(properties: Json): Json {
  const { lastPublishTime: _, runtimeState: __, ...rest } = properties;
  return rest;
}

describe('a Synapse workspace in an environment', () => {
  const f = useSandboxFixture({
    storage: false,
    timing: { synapseOperationMs: 0, pollRetryAfterSeconds: 0 },
  });
  let env: Environment;
  let client: SynapseClient;

  beforeAll(async () => {
    env = await f.sandbox.provision({ name: 'syn', database: false, synapse: true });
    client = clientFor(f, env);
  });

  it('is provisioned when asked, found through ARM, with what Synapse creates in a new workspace', async () => {
    expect(env.synapse).toEqual({
      name: 'syn-scoring-syn',
      id: `/subscriptions/${env.subscriptionId}/resourceGroups/${env.resourceGroup}/providers/Microsoft.Synapse/workspaces/syn-scoring-syn`,
      devEndpoint: `${f.sandbox.baseUrl}/_synapse/syn-scoring-syn`,
      principalId: expect.any(String),
    });
    const other = await f.sandbox.provision({ name: 'nosyn', database: false });
    expect(other.synapse).toBeUndefined();
    // Names follow Azure's rule, and are unique across the sandbox as they are across Azure.
    await expect(f.sandbox.provision({ name: 'bad', database: false, synapse: 'Syn_Bad' })).rejects.toThrow(
      /Invalid Synapse workspace name 'Syn_Bad'/,
    );
    await expect(
      f.sandbox.provision({ name: 'twin', database: false, synapse: 'syn-scoring-syn' }),
    ).rejects.toThrow(/name 'syn-scoring-syn' is taken by .*rg-scoring-syn/);
    expect((await f.sandbox.provision({ name: 'syn', database: false, synapse: true })).synapse).toEqual(
      env.synapse,
    );

    const token = await f.token(`${f.sandbox.armAudience}/.default`);
    const arm = await f.request('GET', `${env.synapse!.id}?api-version=2021-06-01`, { token });
    expect(arm.status).toBe(200);
    expect(arm.body).toMatchObject({
      name: 'syn-scoring-syn',
      type: 'Microsoft.Synapse/workspaces',
      identity: { type: 'SystemAssigned', principalId: env.synapse!.principalId },
      properties: {
        connectivityEndpoints: { dev: env.synapse!.devEndpoint },
        provisioningState: 'Succeeded',
      },
    });
    const listed = await f.request(
      'GET',
      `/subscriptions/${env.subscriptionId}/resourceGroups/${env.resourceGroup}/providers/Microsoft.Synapse/workspaces?api-version=2021-06-01`,
      { token },
    );
    expect((listed.body as { value: Json[] }).value.map((w) => w.name)).toEqual(['syn-scoring-syn']);
    // ARM's answers: the workspace is in its own resource group only, at the api-version the sandbox serves.
    await f.request(
      'PUT',
      `/subscriptions/${env.subscriptionId}/resourcegroups/rg-other?api-version=2021-04-01`,
      {
        token,
        body: { location: env.location },
      },
    );
    const elsewhere = env.synapse!.id.replace(env.resourceGroup, 'rg-other');
    expect(await f.request('GET', `${elsewhere}?api-version=2021-06-01`, { token })).toMatchObject({
      status: 404,
      body: { error: { code: 'ResourceNotFound' } },
    });
    expect(
      await f.request('GET', `${env.synapse!.id}?api-version=2019-06-01-preview`, { token }),
    ).toMatchObject({
      status: 400,
      body: { error: { code: 'InvalidApiVersionParameter' } },
    });
    // ...which the validator reports too: the vendored ARM spec is 2021-06-01's.
    const findings = f.sandbox.control.findings();
    f.sandbox.control.clearFindings();
    expect(findings.flatMap((finding) => finding.messages)).toEqual([
      expect.stringMatching(/^unknownOperationId request: OPERATION_NOT_FOUND_IN_CACHE_WITH_API/),
    ]);
    // The endpoint answers for itself too.
    expect((await client.send('GET', api('/workspace'))).body).toEqual(arm.body);

    const names = async (path: string) =>
      ((await client.send('GET', api(path))).body as { value: Json[] }).value.map((a) => a.name);
    expect(await names('/linkedservices')).toEqual([
      'syn-scoring-syn-WorkspaceDefaultSqlServer',
      'syn-scoring-syn-WorkspaceDefaultStorage',
    ]);
    expect(await names('/credentials')).toEqual(['WorkspaceSystemIdentity']);
    expect(await names('/integrationRuntimes')).toEqual(['AutoResolveIntegrationRuntime']);
    expect(await names('/pipelines')).toEqual([]);
  });

  it('writes, reads, updates and deletes every artifact kind as long-running operations', async () => {
    const written: Record<string, Json> = {};
    const write = async (path: string, name: string, body: Json) => {
      const { initial, result } = await client.lro('PUT', api(`/${path}/${name}`), body);
      expect(initial.status).toBe(202);
      written[`${path}/${name}`] = result as Json;
      return { initial, result: result as Json };
    };

    for (const { path, name, example, typeName } of EXAMPLE_ARTIFACTS) {
      if (path === 'dataflows') {
        for (const dataset of CURRENCY_DATASETS)
          await write('datasets', dataset, exampleBody('Datasets_Create'));
      }
      const body = exampleBody(example);
      const { initial, result } = await write(path, name, body);
      expect(initial.body).toMatchObject({
        state: 'Creating',
        type: typeName,
        name,
        recordId: expect.any(Number),
      });
      expect(initial.headers.location).toBe(
        `${env.synapse!.devEndpoint}/operationResults/${(initial.body as Json).operationId}?${SYNAPSE_API}`,
      );
      // The operation's result is the artifact, as GET shows it.
      const get = await client.send('GET', api(`/${path}/${name}`));
      expect(get.body).toEqual(result);
      expect(result).toMatchObject({
        id: `${env.synapse!.id}/${path.toLowerCase()}/${name}`,
        name,
        type: `Microsoft.Synapse/workspaces/${path.toLowerCase()}`,
        etag: expect.stringMatching(/^[0-9a-f]{8}-0000-0100-0000-[0-9a-f]{12}$/),
      });
      const properties = (result as { properties: Json }).properties;
      if (path === 'linkedservices') {
        // SecureString values are write-only: masked, with the encryptedCredential the service adds.
        expect(properties).toEqual({
          type: 'AzureStorage',
          typeProperties: {
            connectionString: { type: 'SecureString', value: '**********' },
            encryptedCredential: expect.any(String),
          },
        });
      } else {
        // The body is kept as it was sent, the service's own fields beside it.
        expect(sentPart(properties)).toEqual(body.properties);
      }
    }
    const pipeline = written['pipelines/examplePipeline']!.properties as Json;
    expect(pipeline.lastPublishTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect((written['triggers/exampleTrigger']!.properties as Json).runtimeState).toBe('Stopped');

    // An update keeps the record and the first casing of the name, and changes the etag.
    const before = written['notebooks/exampleNotebook']!;
    const changed = exampleBody('Notebooks_Create');
    (changed.properties as Json).description = 'changed';
    const { initial: update, result: updated } = await write('notebooks', 'EXAMPLENOTEBOOK', changed);
    expect(update.body).toMatchObject({ state: 'Updating', name: 'exampleNotebook' });
    expect(updated).toMatchObject({ name: 'exampleNotebook', properties: { description: 'changed' } });
    expect(updated.etag).not.toBe(before.etag);

    const list = await client.send('GET', api('/datasets'));
    expect((list.body as { value: Json[] }).value.map((d) => d.name)).toEqual([
      'CADOutput',
      'CurrencyDatasetCAD',
      'CurrencyDatasetUSD',
      'exampleDataset',
      'USDOutput',
    ]);

    const deletions = [...EXAMPLE_ARTIFACTS].reverse().flatMap((artifact) =>
      // The data flow's datasets hold the linked service too.
      artifact.path === 'dataflows'
        ? [artifact, ...CURRENCY_DATASETS.map((name) => ({ path: 'datasets', name, typeName: 'Dataset' }))]
        : [artifact],
    );
    for (const { path, name, typeName } of deletions) {
      const { initial, result } = await client.lro('DELETE', api(`/${path}/${name}`));
      expect(initial.status).toBe(202);
      expect(initial.body).toMatchObject({ state: 'Deleting', recordId: 0, type: typeName, name });
      expect(result).toBeUndefined();
      const gone = await client.send('GET', api(`/${path}/${name}`));
      expect(gone.status).toBe(404);
      expect(gone.body).toEqual({
        code: `${typeName}NotFound`,
        message: `The ${typeName} ${name} was not found in (subscription=${env.subscriptionId} resourceGroup=${env.resourceGroup} workspace=${env.synapse!.name})`,
      });
    }
    // Deleting what is not there answers at once.
    expect((await client.send('DELETE', api('/pipelines/examplePipeline'))).status).toBe(204);
  });

  it('fails an operation the document service refuses, and keeps the workspace as it was', async () => {
    const ls = {
      properties: { type: 'AzureBlobFS', typeProperties: { url: 'https://st.dfs.core.windows.net' } },
    };
    const dataset = (linkedService: string) => ({
      properties: {
        type: 'Parquet',
        linkedServiceName: { referenceName: linkedService, type: 'LinkedServiceReference' },
        typeProperties: { location: { type: 'AzureBlobFSLocation', fileSystem: 'scores' } },
      },
    });
    // The write is accepted (202) and fails when it runs: HTTP 200 with status Failed, the LRO's last answer.
    const missing = await client.lro('PUT', api('/datasets/ds_scores'), dataset('ls_Missing'));
    expect(missing.initial.status).toBe(202);
    expect(missing.result).toEqual({
      status: 'Failed',
      error: {
        code: 'BadRequest',
        message: "The document creation or update failed because of invalid reference 'ls_missing'.",
        target: `${env.synapse!.id}/datasets/ds_scores`,
      },
    });
    expect((await client.send('GET', api('/datasets/ds_scores'))).status).toBe(404);

    await client.lro('PUT', api('/linkedservices/ls_lake'), ls);
    expect((await client.lro('PUT', api('/datasets/ds_scores'), dataset('LS_LAKE'))).result).toMatchObject({
      name: 'ds_scores',
    });
    expect((await client.lro('DELETE', api('/linkedservices/ls_lake'))).result).toEqual({
      status: 'Failed',
      error: {
        code: 'BadRequest',
        message: 'The document cannot be deleted since it is referenced by ds_scores.',
        target: `/Microsoft.Synapse/workspaces/${env.synapse!.name}/linkedservices/ls_lake`,
      },
    });
    expect((await client.send('GET', api('/linkedservices/ls_lake'))).status).toBe(200);
    // References resolve against the workspace's own artifacts: its default runtime, storage and credential.
    const defaults = {
      properties: {
        type: 'AzureBlobFS',
        typeProperties: {
          url: 'https://st.dfs.core.windows.net',
          credential: { referenceName: 'WorkspaceSystemIdentity', type: 'CredentialReference' },
        },
        connectVia: { referenceName: 'AutoResolveIntegrationRuntime', type: 'IntegrationRuntimeReference' },
      },
    };
    expect((await client.lro('PUT', api('/linkedservices/ls_uami'), defaults)).result).toMatchObject({
      name: 'ls_uami',
    });
    for (const path of ['/datasets/ds_scores', '/linkedservices/ls_lake', '/linkedservices/ls_uami']) {
      expect((await client.lro('DELETE', api(path))).result).toBeUndefined();
    }
  });

  it('starts and stops triggers; a started trigger can be neither changed nor deleted', async () => {
    const pipeline = {
      properties: { activities: [{ name: 'wait', type: 'Wait', typeProperties: { waitTimeInSeconds: 1 } }] },
    };
    const trigger = (pipelines: unknown[]) => ({
      properties: {
        type: 'ScheduleTrigger',
        pipelines,
        typeProperties: {
          recurrence: { frequency: 'Day', interval: 1, startTime: '2024-01-01T03:00:00Z', timeZone: 'UTC' },
        },
      },
    });
    const nightly = [{ pipelineReference: { referenceName: 'pl_nightly', type: 'PipelineReference' } }];
    await client.lro('PUT', api('/pipelines/pl_nightly'), pipeline);
    await client.lro('PUT', api('/triggers/tr_nightly'), trigger(nightly));
    await client.lro('PUT', api('/triggers/tr_empty'), trigger([]));

    const start = await client.lro('POST', api('/triggers/tr_nightly/start'));
    expect(start.initial.status).toBe(200);
    const state = async (name: string) =>
      ((await client.send('GET', api(`/triggers/${name}`))).body as { properties: Json }).properties
        .runtimeState;
    expect(await state('tr_nightly')).toBe('Started');
    // A client that echoes the read-only runtimeState back does not change it.
    const started = await client.send('GET', api('/triggers/tr_nightly'));
    expect(
      (
        await client.lro('PUT', api('/triggers/tr_nightly'), {
          properties: (started.body as Json).properties,
        })
      ).result,
    ).toEqual({
      status: 'Failed',
      error: {
        code: 'TriggerEnabledCannotUpdate',
        message: 'Cannot update enabled Trigger; the trigger needs to be disabled first. ',
      },
    });
    expect((await client.lro('DELETE', api('/triggers/tr_nightly'))).result).toMatchObject({
      status: 'Failed',
      error: { code: 'TriggerEnabledCannotUpdate' },
    });

    expect(await client.send('POST', api('/triggers/tr_empty/start'))).toMatchObject({
      status: 400,
      body: {
        error: { code: 'BadRequest', message: 'Missing or invalid pipeline references for trigger tr_empty' },
      },
    });
    expect(await client.send('POST', api('/triggers/tr_none/start'))).toMatchObject({
      status: 404,
      body: { code: 'TriggerNotFound' },
    });

    expect((await client.lro('POST', api('/triggers/tr_nightly/stop'))).initial.status).toBe(200);
    expect(await state('tr_nightly')).toBe('Stopped');
    for (const path of ['/triggers/tr_nightly', '/triggers/tr_empty', '/pipelines/pl_nightly']) {
      expect((await client.lro('DELETE', api(path))).result).toBeUndefined();
    }
  });

  it('answers preconditions, names, workspace-managed artifacts and unknown workspaces as Synapse does', async () => {
    const body = {
      properties: { type: 'AzureBlobFS', typeProperties: { url: 'https://st.dfs.core.windows.net' } },
    };
    const { result } = await client.lro('PUT', api('/linkedservices/ls_etag'), body);
    const { etag } = result as { etag: string };
    expect(
      await client.send('GET', api('/linkedservices/ls_etag'), undefined, { 'if-none-match': etag }),
    ).toMatchObject({
      status: 304,
    });
    expect(
      await client.send('PUT', api('/linkedservices/ls_etag'), body, { 'if-match': '"stale"' }),
    ).toMatchObject({
      status: 412,
      body: { error: { code: 'PreconditionFailed' } },
    });
    expect(
      (await client.send('PUT', api('/linkedservices/ls_etag'), body, { 'if-match': etag })).status,
    ).toBe(202);

    const storage = `${env.synapse!.name}-WorkspaceDefaultStorage`;
    expect(await client.send('PUT', api(`/linkedservices/${storage}`), body)).toEqual(
      expect.objectContaining({
        status: 400,
        body: {
          code: 'ResourceNotUpdatable',
          message: `The linked service ${storage} is managed by the workspace ${env.synapse!.name} and cannot be updated.`,
        },
      }),
    );
    expect(await client.send('DELETE', api('/credentials/WorkspaceSystemIdentity'))).toMatchObject({
      status: 400,
      body: { code: 'ResourceNotUpdatable' },
    });

    // The endpoint wants an api-version (and so does its spec).
    expect(await client.send('GET', '/pipelines')).toMatchObject({
      status: 400,
      body: { error: { code: 'MissingApiVersionParameter' } },
    });
    const unversioned = f.sandbox.control.findings();
    f.sandbox.control.clearFindings();
    expect(unversioned).toHaveLength(1);

    const elsewhere = synapseClient(`${f.sandbox.baseUrl}/_synapse/syn-nowhere`, f.credential, {
      ca: f.sandbox.caCert,
    });
    expect(await elsewhere.send('GET', api('/pipelines'))).toMatchObject({
      status: 404,
      body: { error: { code: 'WorkspaceNotFound' } },
    });

    // A name the spec's path parameter refuses: the service answers 400 (and the request breaks the spec).
    expect(await client.send('PUT', api('/linkedservices/ls.bad'), body)).toMatchObject({
      status: 400,
      body: {
        error: { code: 'BadRequest', message: expect.stringMatching(/^The name 'ls.bad' is invalid/) },
      },
    });
    const findings = f.sandbox.control.findings();
    f.sandbox.control.clearFindings();
    expect(findings.flatMap((finding) => finding.messages)).toEqual([
      expect.stringMatching(
        /^LinkedService_CreateOrUpdateLinkedService request: PATTERN .*\/path\/linkedServiceName/,
      ),
    ]);
    await client.lro('DELETE', api('/linkedservices/ls_etag'));
  });

  it('takes tokens for the development endpoint only', async () => {
    const path = `/_synapse/${env.synapse!.name}/pipelines?${SYNAPSE_API}`;
    expect(await f.request('GET', path)).toMatchObject({
      status: 401,
      body: { error: { code: 'AuthenticationFailed' } },
    });
    const arm = await f.token(`${f.sandbox.armAudience}/.default`);
    expect(await f.request('GET', path, { token: arm })).toMatchObject({
      status: 401,
      body: { error: { code: 'InvalidAuthenticationTokenAudience' } },
    });
    const dev = await f.token('https://dev.azuresynapse.net/.default');
    expect((await f.request('GET', path, { token: dev })).status).toBe(200);
  });

  it('writes integration runtimes through ARM; the endpoint lists them', async () => {
    const token = await f.token(`${f.sandbox.armAudience}/.default`);
    const runtimes = `${env.synapse!.id}/integrationRuntimes`;
    const version = 'api-version=2021-06-01';
    const selfHosted = { properties: { type: 'SelfHosted', description: 'on-premises SQL' } };
    const put = await f.request('PUT', `${runtimes}/ir-onprem?${version}`, { token, body: selfHosted });
    expect(put).toMatchObject({
      status: 200,
      body: {
        id: `${env.synapse!.id}/integrationruntimes/ir-onprem`,
        name: 'ir-onprem',
        type: 'Microsoft.Synapse/workspaces/integrationruntimes',
        properties: selfHosted.properties,
      },
    });
    const listed = await client.send('GET', api('/integrationRuntimes'));
    expect((listed.body as { value: Json[] }).value.map((r) => r.name)).toEqual([
      'AutoResolveIntegrationRuntime',
      'ir-onprem',
    ]);
    expect((await client.send('GET', api('/integrationRuntimes/ir-onprem'))).body).toEqual(put.body);
    expect(await client.send('GET', api('/integrationRuntimes/ir-none'))).toMatchObject({
      status: 404,
      body: { error: { code: 'IntegrationRuntimeNotFound' } },
    });

    const ls = {
      properties: {
        type: 'SqlServer',
        typeProperties: { connectionString: 'Server=sql01;Database=scores;Integrated Security=True' },
        connectVia: { referenceName: 'ir-onprem', type: 'IntegrationRuntimeReference' },
      },
    };
    await client.lro('PUT', api('/linkedservices/ls_onprem'), ls);
    expect(await f.request('DELETE', `${runtimes}/ir-onprem?${version}`, { token })).toMatchObject({
      status: 400,
      body: {
        error: {
          code: 'BadRequest',
          message: 'The document cannot be deleted since it is referenced by ls_onprem.',
        },
      },
    });
    expect(
      await f.request('PUT', `${runtimes}/AutoResolveIntegrationRuntime?${version}`, {
        token,
        body: selfHosted,
      }),
    ).toMatchObject({ status: 400 });
    await client.lro('DELETE', api('/linkedservices/ls_onprem'));
    expect((await f.request('DELETE', `${runtimes}/ir-onprem?${version}`, { token })).status).toBe(200);
    expect((await f.request('DELETE', `${runtimes}/ir-onprem?${version}`, { token })).status).toBe(204);
    expect(await f.request('GET', `${runtimes}/ir-onprem?${version}`, { token })).toMatchObject({
      status: 404,
      body: { error: { code: 'ResourceNotFound' } },
    });
  });

  it('pages lists with an absolute nextLink', async () => {
    const names = ['pl_a', 'pl_b', 'pl_c'];
    const pipeline = { properties: { activities: [] } };
    for (const name of names) await client.lro('PUT', api(`/pipelines/${name}`), pipeline);
    expect((await f.request('PUT', '/_sandbox/synapse/page-size', { body: { pageSize: 2 } })).status).toBe(
      204,
    );
    try {
      const first = await client.send('GET', api('/pipelines'));
      const page = first.body as { value: Json[]; nextLink: string };
      expect(page.value.map((p) => p.name)).toEqual(['pl_a', 'pl_b']);
      expect(page.nextLink).toMatch(
        new RegExp(`^${env.synapse!.devEndpoint}/pipelines\\?api-version=2020-12-01&`),
      );
      const second = await client.send('GET', page.nextLink);
      expect(second.body).toEqual({ value: [expect.objectContaining({ name: 'pl_c' })] });
    } finally {
      await f.request('PUT', '/_sandbox/synapse/page-size', { body: { pageSize: 50 } });
    }
    for (const name of names) await client.lro('DELETE', api(`/pipelines/${name}`));
  });
});

describe('long-running operations that take their time', () => {
  const f = useSandboxFixture({
    storage: false,
    timing: { synapseOperationMs: 400, pollRetryAfterSeconds: 1 },
  });
  let env: Environment;
  let client: SynapseClient;

  beforeAll(async () => {
    env = await f.sandbox.provision({ name: 'slow', database: false, synapse: 'syn-slow' });
    client = clientFor(f, env);
  });

  it('answers 202 with a Location, InProgress while the operation runs, then the artifact', async () => {
    const body = { properties: { activities: [], description: 'first' } };
    const put = await client.send('PUT', api('/pipelines/pl_slow'), body);
    expect(put).toMatchObject({
      status: 202,
      headers: { 'retry-after': '1' },
      body: {
        id: `${env.synapse!.id}/pipelines/pl_slow`,
        recordId: expect.any(Number),
        state: 'Creating',
        created: expect.any(String),
        changed: expect.any(String),
        type: 'Pipeline',
        name: 'pl_slow',
        operationId: expect.any(String),
        artifactId: expect.stringMatching(/^[0-9A-F-]{36}$/),
      },
    });
    const location = put.headers.location!;
    expect(await client.send('GET', location)).toMatchObject({
      status: 202,
      headers: { location, 'retry-after': '1' },
      body: { status: 'InProgress' },
    });
    // Not written until the operation has run.
    expect((await client.send('GET', api('/pipelines/pl_slow'))).status).toBe(404);
    await new Promise((done) => setTimeout(done, 450));
    const done = await client.send('GET', location);
    expect(done).toMatchObject({
      status: 200,
      body: { name: 'pl_slow', properties: { description: 'first' } },
    });
    expect((await client.send('GET', api('/pipelines/pl_slow'))).body).toEqual(done.body);

    // core-lro's poller follows the same shape, honouring Retry-After.
    const started = Date.now();
    const update = await client.lro('PUT', api('/pipelines/pl_slow'), {
      properties: { activities: [], description: 'second' },
    });
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(update.initial.body).toMatchObject({
      state: 'Updating',
      recordId: (put.body as Json).recordId,
      created: (put.body as Json).created,
    });
    expect(update.result).toMatchObject({ properties: { description: 'second' } });

    const del = await client.send('DELETE', api('/pipelines/pl_slow'));
    expect(del).toMatchObject({ status: 202, body: { state: 'Deleting', created: '0001-01-01T00:00:00' } });
    expect(del.headers['retry-after']).toBeUndefined();
    expect((await client.send('GET', del.headers.location!)).status).toBe(202);
    expect((await client.send('GET', api('/pipelines/pl_slow'))).status).toBe(200);
    await new Promise((wait) => setTimeout(wait, 450));
    expect(await client.send('GET', del.headers.location!)).toEqual(
      expect.objectContaining({ status: 200, body: undefined }),
    );
    expect((await client.send('GET', api('/pipelines/pl_slow'))).status).toBe(404);

    expect(
      await client.send('GET', api('/operationResults/00000000-0000-4000-8000-000000000000')),
    ).toMatchObject({
      status: 404,
      body: { error: { code: 'OperationNotFound' } },
    });
  });

  it('provisions and deprovisions event subscriptions over time', async () => {
    await client.lro('PUT', api('/pipelines/pl_on_blob'), { properties: { activities: [] } });
    const blobTrigger = {
      properties: {
        type: 'BlobEventsTrigger',
        pipelines: [{ pipelineReference: { referenceName: 'pl_on_blob', type: 'PipelineReference' } }],
        typeProperties: {
          blobPathBeginsWith: '/scores/blobs/input/',
          events: ['Microsoft.Storage.BlobCreated'],
          scope: `/subscriptions/${env.subscriptionId}/resourceGroups/${env.resourceGroup}/providers/Microsoft.Storage/storageAccounts/stscores`,
        },
      },
    };
    await client.lro('PUT', api('/triggers/tr_on_blob'), blobTrigger);
    const status = async (action: string) =>
      ((await client.send('POST', api(`/triggers/tr_on_blob/${action}`))).body as Json).status;
    expect(await status('getEventSubscriptionStatus')).toBe('Disabled');
    expect(await status('subscribeToEvents')).toBe('Provisioning');
    expect(await status('getEventSubscriptionStatus')).toBe('Provisioning');
    await new Promise((wait) => setTimeout(wait, 450));
    expect(await status('getEventSubscriptionStatus')).toBe('Enabled');
    expect(await status('unsubscribeFromEvents')).toBe('Deprovisioning');
    await new Promise((wait) => setTimeout(wait, 450));
    expect(await status('getEventSubscriptionStatus')).toBe('Disabled');
  });
});
