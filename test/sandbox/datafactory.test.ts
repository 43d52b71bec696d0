// The Data Factory emulator through the real DataFactoryManagementClient: factories, every child resource kind
// with realistic bodies, the service's server fields, paging, etags, reference checks and trigger state.
import {
  DataFactoryManagementClient,
  type DataFlowResource,
  type DatasetResource,
  type LinkedServiceResource,
  type PipelineResource,
  type TriggerResource,
} from '@azure/arm-datafactory';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { useSandboxFixture } from '../harness/sandbox.js';

const f = useSandboxFixture({ storage: false });
let client: DataFactoryManagementClient;
let rg: string;
let factory: string;
let subscriptionId: string;

beforeAll(async () => {
  const env = await f.sandbox.provision({ name: 'adf', database: false });
  ({ subscriptionId, resourceGroup: rg, factory } = env);
  client = new DataFactoryManagementClient(f.credential, subscriptionId, f.clientOptions);
});

const ref = <T extends string>(type: T, referenceName: string) => ({ type, referenceName });

// --- realistic artifacts, in dependency order -----------------------------------------------------------------

const linkedServices: Record<string, LinkedServiceResource> = {
  ls_keyvault: { properties: { type: 'AzureKeyVault', baseUrl: 'https://kv-scoring-dev.vault.azure.net/' } },
  ls_blob: {
    properties: {
      type: 'AzureBlobStorage',
      connectionString: {
        type: 'SecureString',
        value: 'DefaultEndpointsProtocol=https;AccountName=st;AccountKey=c2VjcmV0',
      },
    },
  },
  ls_sql: {
    properties: {
      type: 'AzureSqlDatabase',
      connectionString: 'Server=tcp:sql-scoring-dev.database.windows.net;Database=control;',
      password: {
        type: 'AzureKeyVaultSecret',
        store: ref('LinkedServiceReference', 'ls_keyvault'),
        secretName: 'sql-password',
      },
      connectVia: ref('IntegrationRuntimeReference', 'ir-selfhosted'),
    },
  },
  ls_adls: {
    properties: {
      type: 'AzureBlobFS',
      url: 'https://stscoringdev.dfs.core.windows.net',
      credential: ref('CredentialReference', 'cred_uami'),
      connectVia: ref('IntegrationRuntimeReference', 'AutoResolveIntegrationRuntime'),
    },
  },
};

const datasets: Record<string, DatasetResource> = {
  ds_input: {
    properties: {
      type: 'DelimitedText',
      linkedServiceName: ref('LinkedServiceReference', 'ls_blob'),
      location: { type: 'AzureBlobStorageLocation', container: 'scoring', folderPath: 'input' },
      columnDelimiter: ',',
      firstRowAsHeader: true,
    },
  },
  ds_output: {
    properties: {
      type: 'Parquet',
      linkedServiceName: ref('LinkedServiceReference', 'ls_adls'),
      location: { type: 'AzureBlobFSLocation', fileSystem: 'scoring', folderPath: 'output' },
    },
  },
  ds_control: {
    properties: {
      type: 'AzureSqlTable',
      linkedServiceName: ref('LinkedServiceReference', 'ls_sql'),
      schemaTypePropertiesSchema: 'dbo',
      table: 'use_cases',
    },
  },
};

const dataFlow: DataFlowResource = {
  properties: {
    type: 'MappingDataFlow',
    sources: [{ name: 'input', dataset: ref('DatasetReference', 'ds_input') }],
    sinks: [{ name: 'output', dataset: ref('DatasetReference', 'ds_output') }],
    scriptLines: ['source(allowSchemaDrift: true) ~> input', 'input sink(allowSchemaDrift: true) ~> output'],
  },
};

const childPipeline: PipelineResource = {
  parameters: { useCase: { type: 'String' } },
  activities: [
    {
      type: 'WebActivity',
      name: 'Invoke endpoint',
      method: 'POST',
      url: 'https://scoring.westeurope.inference.ml.azure.com/jobs',
      body: {
        value: '@json(concat(\'{"useCase":"\', pipeline().parameters.useCase, \'"}\'))',
        type: 'Expression',
      },
      authentication: { type: 'MSI', resource: 'https://ml.azure.com' },
    },
  ],
};

const scorePipeline: PipelineResource = {
  parameters: { runDate: { type: 'String' } },
  activities: [
    {
      type: 'Lookup',
      name: 'Read use cases',
      dataset: ref('DatasetReference', 'ds_control'),
      source: { type: 'AzureSqlSource', sqlReaderQuery: 'SELECT * FROM dbo.use_cases WHERE enabled = 1' },
      firstRowOnly: false,
    },
    {
      type: 'ForEach',
      name: 'Each use case',
      dependsOn: [{ activity: 'Read use cases', dependencyConditions: ['Succeeded'] }],
      items: { value: "@activity('Read use cases').output.value", type: 'Expression' },
      activities: [
        {
          type: 'ExecutePipeline',
          name: 'Score use case',
          pipeline: ref('PipelineReference', 'pl_child'),
          parameters: { useCase: '@item().name' },
          waitOnCompletion: true,
        },
      ],
    },
    { type: 'ExecuteDataFlow', name: 'Prepare', dataFlow: ref('DataFlowReference', 'df_prepare') },
    { type: 'WebActivity', name: 'Notify', method: 'GET', url: 'https://example.org/notify' },
  ],
};

const scheduleTrigger = (pipelines: string[]): TriggerResource => ({
  properties: {
    type: 'ScheduleTrigger',
    recurrence: {
      frequency: 'Day',
      interval: 1,
      startTime: new Date('2024-01-01T02:00:00Z'),
      timeZone: 'UTC',
    },
    pipelines: pipelines.map((p) => ({
      pipelineReference: ref('PipelineReference', p),
      parameters: { runDate: '@trigger().scheduledTime' },
    })),
  },
});

async function deployAll(): Promise<void> {
  await client.integrationRuntimes.createOrUpdate(rg, factory, 'ir-selfhosted', {
    properties: { type: 'SelfHosted', description: 'on-premises SQL' },
  });
  await client.integrationRuntimes.createOrUpdate(rg, factory, 'ir-azure', {
    properties: { type: 'Managed', computeProperties: { location: 'AutoResolve' } },
  });
  await client.credentialOperations.createOrUpdate(rg, factory, 'cred_uami', {
    properties: {
      type: 'ManagedIdentity',
      resourceId: `/subscriptions/${subscriptionId}/resourceGroups/${rg}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-adf`,
    },
  });
  for (const [name, body] of Object.entries(linkedServices)) {
    await client.linkedServices.createOrUpdate(rg, factory, name, body);
  }
  for (const [name, body] of Object.entries(datasets))
    await client.datasets.createOrUpdate(rg, factory, name, body);
  await client.dataFlows.createOrUpdate(rg, factory, 'df_prepare', dataFlow);
  await client.pipelines.createOrUpdate(rg, factory, 'pl_child', childPipeline);
  await client.pipelines.createOrUpdate(rg, factory, 'pl_score', scorePipeline);
  await client.triggers.createOrUpdate(rg, factory, 'tr_daily', scheduleTrigger(['pl_score']));
  await client.globalParameters.createOrUpdate(rg, factory, 'default', {
    properties: { environment: { type: 'String', value: 'dev' } },
  });
  await client.managedVirtualNetworks.createOrUpdate(rg, factory, 'default', { properties: {} });
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

async function armToken(): Promise<string> {
  return f.token(`${f.sandbox.armAudience}/.default`);
}

const factoryPath = () =>
  `/subscriptions/${subscriptionId}/resourceGroups/${rg}/providers/Microsoft.DataFactory/factories/${factory}`;

describe('factories', () => {
  it('serves the provisioned factory with its system-assigned identity', async () => {
    const got = await client.factories.get(rg, factory);
    expect(got).toMatchObject({
      name: factory,
      type: 'Microsoft.DataFactory/factories',
      location: 'westeurope',
      provisioningState: 'Succeeded',
      version: '2018-06-01',
      identity: { type: 'SystemAssigned', principalId: expect.any(String), tenantId: f.sandbox.tenantId },
    });
    expect(got.eTag).toMatch(/^"[0-9a-f]{8}-0000-0100-0000-[0-9a-f]{12}"$/);
    const listed = await collect(client.factories.listByResourceGroup(rg));
    expect(listed.map((x) => x.name)).toEqual([factory]);
  });

  it('creates, updates and deletes a factory; a missing one is ARM ResourceNotFound', async () => {
    const created = await client.factories.createOrUpdate(rg, 'adf-extra', {
      location: 'westeurope',
      tags: { team: 'scoring' },
    });
    expect(created).toMatchObject({
      name: 'adf-extra',
      tags: { team: 'scoring' },
      provisioningState: 'Succeeded',
    });
    expect(created.identity).toBeUndefined();
    const updated = await client.factories.createOrUpdate(
      rg,
      'adf-extra',
      { location: 'westeurope', identity: { type: 'SystemAssigned' } },
      { ifMatch: created.eTag },
    );
    expect(updated.createTime).toEqual(created.createTime);
    expect(updated.identity?.principalId).toEqual(expect.any(String));
    await client.factories.delete(rg, 'adf-extra');
    await expect(client.factories.get(rg, 'adf-extra')).rejects.toMatchObject({
      statusCode: 404,
      code: 'ResourceNotFound',
      message: `The Resource 'Microsoft.DataFactory/factories/adf-extra' under resource group '${rg}' was not found.`,
    });
  });
});

describe('child resources', () => {
  it('creates every kind, answers them with the server fields ADF adds, and lists them', async () => {
    await deployAll();

    const sql = await client.linkedServices.get(rg, factory, 'ls_sql');
    expect(sql).toMatchObject({
      name: 'ls_sql',
      type: 'Microsoft.DataFactory/factories/linkedservices',
      id: `${factoryPath()}/linkedservices/ls_sql`,
      properties: { type: 'AzureSqlDatabase', password: { secretName: 'sql-password' } },
    });
    expect(sql.etag).toMatch(/^[0-9a-f]{8}-0000-0100-0000-[0-9a-f]{12}$/);
    // SecureString values are write-only: ADF answers a mask and an encryptedCredential.
    const blob = await client.linkedServices.get(rg, factory, 'ls_blob');
    expect(blob.properties).toMatchObject({
      connectionString: { type: 'SecureString', value: '**********' },
      encryptedCredential: expect.any(String),
    });
    expect((await client.triggers.get(rg, factory, 'tr_daily')).properties.runtimeState).toBe('Stopped');
    expect((await client.integrationRuntimes.get(rg, factory, 'ir-azure')).properties).toMatchObject({
      type: 'Managed',
      state: 'Initial',
    });
    expect((await client.managedVirtualNetworks.get(rg, factory, 'default')).properties.vNetId).toEqual(
      expect.any(String),
    );
    const score = await client.pipelines.get(rg, factory, 'pl_score');
    expect(score.activities?.map((a) => a.name)).toEqual([
      'Read use cases',
      'Each use case',
      'Prepare',
      'Notify',
    ]);
    expect(await client.credentialOperations.get(rg, factory, 'cred_uami')).toMatchObject({
      properties: { type: 'ManagedIdentity' },
    });
    expect((await client.globalParameters.get(rg, factory, 'default')).properties).toEqual({
      environment: { type: 'String', value: 'dev' },
    });
    expect((await client.dataFlows.get(rg, factory, 'df_prepare')).properties.type).toBe('MappingDataFlow');

    const names = async <T extends { name?: string }>(items: AsyncIterable<T>) =>
      (await collect(items)).map((x) => x.name);
    expect(await names(client.pipelines.listByFactory(rg, factory))).toEqual(['pl_child', 'pl_score']);
    expect(await names(client.datasets.listByFactory(rg, factory))).toEqual([
      'ds_control',
      'ds_input',
      'ds_output',
    ]);
    expect(await names(client.linkedServices.listByFactory(rg, factory))).toHaveLength(4);
    expect(await names(client.integrationRuntimes.listByFactory(rg, factory))).toEqual([
      'ir-azure',
      'ir-selfhosted',
    ]);
    expect(await names(client.triggers.listByFactory(rg, factory))).toEqual(['tr_daily']);
    expect(await names(client.dataFlows.listByFactory(rg, factory))).toEqual(['df_prepare']);
    expect(await names(client.credentialOperations.listByFactory(rg, factory))).toEqual(['cred_uami']);
    expect(await names(client.globalParameters.listByFactory(rg, factory))).toEqual(['default']);
    expect(await names(client.managedVirtualNetworks.listByFactory(rg, factory))).toEqual(['default']);
  });

  it('answers a missing child with ADF NotFound and deletes idempotently', async () => {
    await expect(client.datasets.get(rg, factory, 'ds_nope')).rejects.toMatchObject({
      statusCode: 404,
      code: 'NotFound',
      message: 'The document could not be retrieved because it does not exist.',
    });
    await client.datasets.createOrUpdate(rg, factory, 'ds_temp', datasets.ds_input!);
    await client.datasets.delete(rg, factory, 'ds_temp');
    await client.datasets.delete(rg, factory, 'ds_temp');
    const raw = await f.request('DELETE', `${factoryPath()}/datasets/ds_temp?api-version=2018-06-01`, {
      token: await armToken(),
    });
    expect(raw.status).toBe(204);
  });

  it('keeps the first casing of a name and treats names case-insensitively', async () => {
    await client.pipelines.createOrUpdate(rg, factory, 'PL_Case', { activities: [] });
    const again = await client.pipelines.createOrUpdate(rg, factory, 'pl_case', {
      description: 'second write',
    });
    expect(again.name).toBe('PL_Case');
    const all = await collect(client.pipelines.listByFactory(rg, factory));
    expect(all.filter((p) => p.name?.toLowerCase() === 'pl_case')).toHaveLength(1);
    await client.pipelines.delete(rg, factory, 'pl_CASE');
  });

  it('pages lists with absolute nextLinks that the SDK follows', async () => {
    await f.request('PUT', '/_sandbox/datafactory/page-size', { body: { pageSize: 2 } });
    try {
      for (const n of [1, 2, 3, 4, 5])
        await client.pipelines.createOrUpdate(rg, factory, `pl_page_${n}`, { activities: [] });
      const pages = await collect(client.pipelines.listByFactory(rg, factory).byPage());
      expect(pages.length).toBeGreaterThanOrEqual(4);
      expect(pages.flat().filter((p) => p.name?.startsWith('pl_page_'))).toHaveLength(5);
      const first = await f.request('GET', `${factoryPath()}/pipelines?api-version=2018-06-01`, {
        token: await armToken(),
      });
      const nextLink = (first.body as { nextLink: string }).nextLink;
      expect(
        nextLink.startsWith(`${f.sandbox.baseUrl}${factoryPath()}/pipelines?api-version=2018-06-01&`),
      ).toBe(true);
    } finally {
      await f.request('PUT', '/_sandbox/datafactory/page-size', { body: { pageSize: 50 } });
      for (const n of [1, 2, 3, 4, 5]) await client.pipelines.delete(rg, factory, `pl_page_${n}`);
    }
  });
});

describe('managed private endpoints, change data captures, bodies as sent', () => {
  it('serves managed private endpoints inside their managed virtual network', async () => {
    await client.managedVirtualNetworks.createOrUpdate(rg, factory, 'default', { properties: {} });
    const sqlServer = `/subscriptions/${subscriptionId}/resourceGroups/${rg}/providers/Microsoft.Sql/servers/sql-scoring-dev`;
    await expect(
      client.managedPrivateEndpoints.createOrUpdate(rg, factory, 'nowhere', 'mpe_sql', {
        properties: { privateLinkResourceId: sqlServer, groupId: 'sqlServer' },
      }),
    ).rejects.toMatchObject({ statusCode: 404, code: 'NotFound' });
    const created = await client.managedPrivateEndpoints.createOrUpdate(rg, factory, 'default', 'mpe_sql', {
      properties: { privateLinkResourceId: sqlServer, groupId: 'sqlServer' },
    });
    expect(created).toMatchObject({
      id: `${factoryPath()}/managedVirtualNetworks/default/managedPrivateEndpoints/mpe_sql`,
      name: 'mpe_sql',
      type: 'Microsoft.DataFactory/factories/managedVirtualNetworks/managedPrivateEndpoints',
      properties: {
        privateLinkResourceId: sqlServer,
        groupId: 'sqlServer',
        provisioningState: 'Succeeded',
        connectionState: { status: 'Pending' },
        isReserved: false,
      },
    });
    const listed = await collect(client.managedPrivateEndpoints.listByFactory(rg, factory, 'default'));
    expect(listed.map((e) => e.name)).toEqual(['mpe_sql']);
    await client.managedPrivateEndpoints.delete(rg, factory, 'default', 'mpe_sql');
    await expect(client.managedPrivateEndpoints.get(rg, factory, 'default', 'mpe_sql')).rejects.toMatchObject(
      { statusCode: 404 },
    );
  });

  it('serves change data captures, their linked services checked as references', async () => {
    const body = {
      properties: {
        sourceConnectionsInfo: [
          {
            sourceEntities: [{ name: 'dbo.orders', properties: { schema: [], dslConnectorProperties: [] } }],
            connection: {
              linkedService: ref('LinkedServiceReference', 'ls_cdc_source'),
              linkedServiceType: 'AzureSqlDatabase',
              type: 'linkedservicetype',
              isInlineDataset: true,
            },
          },
        ],
        targetConnectionsInfo: [],
        policy: { mode: 'Microbatch', recurrence: { frequency: 'Minute', interval: 15 } },
      },
    };
    const path = `${factoryPath()}/adfcdcs/cdc_orders?api-version=2018-06-01`;
    const token = await armToken();
    const refused = await f.request('PUT', path, { token, body });
    expect(refused.status).toBe(400);
    expect(refused.text).toMatch(/invalid reference 'ls_cdc_source'/);
    await client.linkedServices.createOrUpdate(rg, factory, 'ls_cdc_source', {
      properties: { type: 'AzureSqlDatabase', connectionString: 'Server=tcp:s.database.windows.net;' },
    });
    expect((await f.request('PUT', path, { token, body })).status).toBe(200);
    const read = await client.changeDataCapture.get(rg, factory, 'cdc_orders');
    expect(read).toMatchObject({ name: 'cdc_orders', type: 'Microsoft.DataFactory/factories/adfcdcs' });
    expect(await collect(client.changeDataCapture.listByFactory(rg, factory))).toHaveLength(1);
    await client.changeDataCapture.delete(rg, factory, 'cdc_orders');
    await client.linkedServices.delete(rg, factory, 'ls_cdc_source');
  });

  it("stores a data flow's body as sent and answers it whole", async () => {
    // The REST form: `typeProperties` holds sources, sinks, transformations and the script.
    const properties = {
      type: 'MappingDataFlow',
      description: 'Currency conversion',
      typeProperties: {
        sources: [{ name: 'input', dataset: ref('DatasetReference', 'ds_input') }],
        sinks: [{ name: 'output', dataset: ref('DatasetReference', 'ds_output') }],
        transformations: [{ name: 'Rate' }],
        scriptLines: [
          'source(allowSchemaDrift: true) ~> input',
          'input derive(rate = 1.25) ~> Rate',
          'Rate sink(allowSchemaDrift: true) ~> output',
        ],
      },
    };
    const path = `${factoryPath()}/dataflows/df_whole?api-version=2018-06-01`;
    const token = await armToken();
    await deployAll();
    expect((await f.request('PUT', path, { token, body: { properties } })).status).toBe(200);
    const read = await f.request('GET', path, { token });
    expect((read.body as { properties: unknown }).properties).toEqual(properties);
    await client.dataFlows.delete(rg, factory, 'df_whole');
  });
});

describe('etags', () => {
  it('changes the etag on every write and refuses a stale If-Match with 412', async () => {
    const first = await client.pipelines.createOrUpdate(rg, factory, 'pl_etag', { activities: [] });
    const second = await client.pipelines.createOrUpdate(
      rg,
      factory,
      'pl_etag',
      { description: 'v2' },
      { ifMatch: first.etag },
    );
    expect(second.etag).not.toEqual(first.etag);
    await expect(
      client.pipelines.createOrUpdate(rg, factory, 'pl_etag', { description: 'v3' }, { ifMatch: first.etag }),
    ).rejects.toMatchObject({ statusCode: 412, code: 'PreconditionFailed' });
    const raw = await f.request('PUT', `${factoryPath()}/pipelines/pl_etag?api-version=2018-06-01`, {
      token: await armToken(),
      body: { properties: {} },
      headers: { 'if-none-match': '*' },
    });
    expect(raw.status).toBe(412);
    expect((await client.pipelines.get(rg, factory, 'pl_etag')).description).toBe('v2');
    await client.pipelines.delete(rg, factory, 'pl_etag');
  });
});

describe('references', () => {
  it('refuses a PUT that references a missing document, however deeply nested', async () => {
    const nested: PipelineResource = {
      activities: [
        {
          type: 'IfCondition',
          name: 'When enabled',
          expression: { value: '@bool(true)', type: 'Expression' },
          ifTrueActivities: [
            {
              type: 'Until',
              name: 'Until done',
              expression: { value: '@bool(true)', type: 'Expression' },
              activities: [
                { type: 'ExecutePipeline', name: 'Run', pipeline: ref('PipelineReference', 'PL_Missing') },
              ],
            },
          ],
        },
      ],
    };
    await expect(client.pipelines.createOrUpdate(rg, factory, 'pl_broken', nested)).rejects.toMatchObject({
      statusCode: 400,
      code: 'BadRequest',
      message: "The document creation or update failed because of invalid reference 'pl_missing'.",
    });
    await expect(
      client.datasets.createOrUpdate(rg, factory, 'ds_broken', {
        properties: { type: 'Json', linkedServiceName: ref('LinkedServiceReference', 'ls_nope') },
      }),
    ).rejects.toMatchObject({ statusCode: 400 });
  });

  it('refuses to delete a document another one references', async () => {
    const cases: Array<[Promise<unknown>, string]> = [
      [client.linkedServices.delete(rg, factory, 'ls_keyvault'), 'ls_sql'],
      [client.integrationRuntimes.delete(rg, factory, 'ir-selfhosted'), 'ls_sql'],
      [client.credentialOperations.delete(rg, factory, 'cred_uami'), 'ls_adls'],
      [client.datasets.delete(rg, factory, 'ds_input'), 'df_prepare'],
      [client.dataFlows.delete(rg, factory, 'df_prepare'), 'pl_score'],
      [client.pipelines.delete(rg, factory, 'pl_child'), 'pl_score'],
      [client.pipelines.delete(rg, factory, 'pl_score'), 'tr_daily'],
    ];
    for (const [attempt, referrer] of cases) {
      await expect(attempt).rejects.toMatchObject({
        statusCode: 400,
        code: 'BadRequest',
        message: `The document cannot be deleted since it is referenced by ${referrer}.`,
      });
    }
  });
});

describe('triggers', () => {
  it('starts and stops, and refuses to update or delete a started trigger', async () => {
    await (await client.triggers.beginStart(rg, factory, 'tr_daily')).pollUntilDone();
    expect((await client.triggers.get(rg, factory, 'tr_daily')).properties.runtimeState).toBe('Started');
    const enabled = {
      statusCode: 400,
      code: 'TriggerEnabledCannotUpdate',
      message: 'Cannot update enabled Trigger; the trigger needs to be disabled first. ',
    };
    await expect(
      client.triggers.createOrUpdate(rg, factory, 'tr_daily', scheduleTrigger(['pl_score'])),
    ).rejects.toMatchObject(enabled);
    await expect(client.triggers.delete(rg, factory, 'tr_daily')).rejects.toMatchObject(enabled);

    await (await client.triggers.beginStop(rg, factory, 'tr_daily')).pollUntilDone();
    const updated = await client.triggers.createOrUpdate(
      rg,
      factory,
      'tr_daily',
      scheduleTrigger(['pl_score', 'pl_child']),
    );
    expect(updated.properties.runtimeState).toBe('Stopped');
  });

  it('refuses to start a trigger without pipelines', async () => {
    await client.triggers.createOrUpdate(rg, factory, 'tr_empty', scheduleTrigger([]));
    const start = client.triggers
      .beginStart(rg, factory, 'tr_empty')
      .then((poller) => poller.pollUntilDone());
    await expect(start).rejects.toMatchObject({
      statusCode: 400,
      message: 'Missing or invalid pipeline references for trigger tr_empty',
    });
    await client.triggers.delete(rg, factory, 'tr_empty');
  });
});

describe('ARM request checks', () => {
  it('answers a wrong api-version and an invalid name as the service does', async () => {
    const token = await armToken();
    const wrongVersion = await f.request('GET', `${factoryPath()}/pipelines?api-version=2017-09-01-preview`, {
      token,
    });
    expect(wrongVersion.status).toBe(400);
    expect(wrongVersion.body).toMatchObject({ error: { code: 'InvalidApiVersionParameter' } });
    const badName = await f.request('PUT', `${factoryPath()}/pipelines/bad%3Aname?api-version=2018-06-01`, {
      token,
      body: { properties: {} },
    });
    expect(badName.status).toBe(400);
    const badRuntimeName = await f.request(
      'PUT',
      `${factoryPath()}/integrationRuntimes/ir_underscore?api-version=2018-06-01`,
      {
        token,
        body: { properties: { type: 'SelfHosted' } },
      },
    );
    expect(badRuntimeName.status).toBe(400);
    // These requests break the spec on purpose (no operation has that api-version; the name fails the pattern), so
    // the validator's findings about them are expected here.
    f.sandbox.control.clearFindings();
  });

  it('deletes everything in reverse dependency order', async () => {
    await client.triggers.delete(rg, factory, 'tr_daily');
    for (const p of ['pl_score', 'pl_child']) await client.pipelines.delete(rg, factory, p);
    await client.dataFlows.delete(rg, factory, 'df_prepare');
    for (const d of Object.keys(datasets)) await client.datasets.delete(rg, factory, d);
    for (const l of ['ls_sql', 'ls_adls', 'ls_blob', 'ls_keyvault'])
      await client.linkedServices.delete(rg, factory, l);
    await client.credentialOperations.delete(rg, factory, 'cred_uami');
    for (const ir of ['ir-selfhosted', 'ir-azure']) await client.integrationRuntimes.delete(rg, factory, ir);
    await client.globalParameters.delete(rg, factory, 'default');
    // Managed virtual networks have no delete operation in 2018-06-01: 'default' stays.
    expect(await collect(client.linkedServices.listByFactory(rg, factory))).toEqual([]);
  });
});
