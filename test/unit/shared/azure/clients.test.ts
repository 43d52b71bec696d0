import { DataFactoryManagementClient } from '@azure/arm-datafactory';
import { AzureMachineLearningWorkspaces } from '@azure/arm-machinelearning';
import type { AccessToken, TokenCredential } from '@azure/core-auth';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import {
  DATA_FACTORY_API_VERSION,
  MACHINE_LEARNING_API_VERSION,
} from '../../../../src/shared/azure/api-versions.js';
import { createClientFactory, managementClientOptions } from '../../../../src/shared/azure/clients.js';
import { type Cloud, resolveCloud } from '../../../../src/shared/azure/clouds.js';
import { resourcePath, sendManagementRequest } from '../../../../src/shared/azure/management-requests.js';
import {
  createTlsIdentity,
  type LocalServer,
  sendJson,
  startServer,
  type TlsIdentity,
} from './local-servers.js';

const SUBSCRIPTION = '00000000-0000-0000-0000-0000000005b5';

/** Hands out a fixed token and remembers the scopes it was asked for. */
class RecordingCredential implements TokenCredential {
  readonly scopes: string[][] = [];
  async getToken(scopes: string | string[]): Promise<AccessToken> {
    this.scopes.push(Array.isArray(scopes) ? scopes : [scopes]);
    return { token: 'fake-arm-token', expiresOnTimestamp: Date.now() + 3_600_000 };
  }
}

describe('createClientFactory', () => {
  let tls: TlsIdentity;
  let arm: LocalServer;
  let cloud: Cloud;
  let credential: RecordingCredential;

  beforeAll(async () => {
    tls = await createTlsIdentity();
    arm = await startServer((request, response) => {
      const path = new URL(request.url, arm.url).pathname;
      const throttled = /\/factories\/throttled-(\d+)$/.exec(path);
      if (throttled) {
        const seen = arm.requests.filter((r) => r.url?.includes(`/factories/${path.split('/').at(-1)}?`));
        if (seen.length <= Number(throttled[1])) {
          response.writeHead(429, { 'retry-after': '0', 'content-type': 'application/json' });
          response.end(JSON.stringify({ error: { code: 'TooManyRequests', message: 'slow down' } }));
          return;
        }
      }
      if (path.endsWith('/factories/busy')) {
        response.writeHead(503, { 'retry-after': '0', 'content-type': 'application/json' });
        response.end(JSON.stringify({ error: { code: 'ServerBusy', message: 'try again' } }));
        return;
      }
      const name = path.split('/').at(-1);
      sendJson(response, 200, {
        id: path,
        name,
        location: 'westeurope',
        properties: { provisioningState: 'Succeeded' },
      });
    }, tls);
    // A custom audience different from the endpoint shows which of the two the clients use for their scope.
    cloud = resolveCloud({
      name: 'Custom',
      armEndpoint: `${arm.url}/`,
      authorityHost: 'https://login.microsoftonline.com',
      armAudience: 'https://management.core.example',
    });
  });
  afterAll(async () => {
    await arm?.close();
  });
  beforeEach(() => {
    arm.requests.length = 0;
    credential = new RecordingCredential();
  });

  const factory = (retry?: { maxRetries?: number }) =>
    createClientFactory({
      credential,
      cloud,
      subscriptionId: SUBSCRIPTION,
      userAgent: { action: 'deploy-adf-pipelines', version: '1.2.3' },
      caCertificates: [tls.cert],
      ...(retry ? { retry } : {}),
    });

  it('sends Data Factory calls to the cloud endpoint with the ARM scope and our user agent', async () => {
    const clients = factory();
    const result = await (await clients.dataFactory()).factories.get('rg-ml', 'adf-dev');
    expect(result.name).toBe('adf-dev');

    const [request] = arm.requests;
    expect(request?.method).toBe('GET');
    expect(request?.url).toBe(
      `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg-ml/providers/Microsoft.DataFactory/factories/adf-dev` +
        '?api-version=2018-06-01',
    );
    expect(request?.headers.authorization).toBe('Bearer fake-arm-token');
    expect(request?.headers['user-agent']).toMatch(
      /^deploy-adf-pipelines\/1\.2\.3 azsdk-js-arm-datafactory\//,
    );
    expect(credential.scopes).toEqual([['https://management.core.example/.default']]);
  });

  it('builds the Machine Learning client the same way, and each client once', async () => {
    const clients = factory();
    const [first, second] = await Promise.all([clients.machineLearning(), clients.machineLearning()]);
    expect(second).toBe(first);
    await first.workspaces.get('rg-ml', 'mlw-dev');
    const [request] = arm.requests;
    expect(request?.url).toContain(
      '/providers/Microsoft.MachineLearningServices/workspaces/mlw-dev?api-version=',
    );
    expect(request?.headers['user-agent']).toMatch(
      /^deploy-adf-pipelines\/1\.2\.3 azsdk-js-arm-machinelearning\//,
    );
    expect(credential.scopes).toEqual([['https://management.core.example/.default']]);
  });

  it.each([
    [0, 1],
    [2, 3],
  ])('passes the retry budget to the SDK (maxRetries %i: %i requests)', async (maxRetries, requests) => {
    const client = await factory({ maxRetries }).dataFactory();
    await expect(client.factories.get('rg-ml', 'busy')).rejects.toMatchObject({ statusCode: 503 });
    expect(arm.requests).toHaveLength(requests);
  });

  it('waits out ARM throttling (429 + Retry-After) beyond the SDK retries, which stay for failures', async () => {
    const client = await factory().dataFactory();
    const result = await client.factories.get('rg-ml', 'throttled-8');
    expect(result.name).toBe('throttled-8');
    expect(arm.requests).toHaveLength(9);
  });

  it('gives up on throttling at once when retries are turned off', async () => {
    const client = await factory({ maxRetries: 0 }).dataFactory();
    await expect(client.factories.get('rg-ml', 'throttled-2')).rejects.toMatchObject({ statusCode: 429 });
    expect(arm.requests).toHaveLength(1);
  });

  const factoryPath = (name: string) =>
    resourcePath(
      'subscriptions',
      SUBSCRIPTION,
      'resourceGroups',
      'rg-ml',
      'providers',
      'Microsoft.DataFactory',
      'factories',
      name,
    );

  it('sends JSON requests without an SDK through the same pipeline: scope, user agent, throttling waited out', async () => {
    const clients = factory();
    const client = await clients.resourceManager(DATA_FACTORY_API_VERSION);
    expect(client.subscriptionId).toBe(SUBSCRIPTION);
    const body = await sendManagementRequest(client, { method: 'GET', path: factoryPath('throttled-2') });
    expect(body).toMatchObject({ name: 'throttled-2' });
    expect(arm.requests).toHaveLength(3);
    const request = arm.requests.at(-1);
    expect(request?.url).toBe(`${factoryPath('throttled-2')}?api-version=${DATA_FACTORY_API_VERSION}`);
    expect(request?.headers.authorization).toBe('Bearer fake-arm-token');
    expect(request?.headers['user-agent']).toMatch(/^deploy-adf-pipelines\/1\.2\.3 core-rest-pipeline\//);
    expect(credential.scopes[0]).toEqual(['https://management.core.example/.default']);
  });

  it('shares one pipeline between api-versions, each request at its own', async () => {
    const clients = factory();
    const [df, ml] = await Promise.all([
      clients.resourceManager(DATA_FACTORY_API_VERSION),
      clients.resourceManager(MACHINE_LEARNING_API_VERSION),
    ]);
    await sendManagementRequest(ml, { method: 'GET', path: factoryPath('a') });
    await sendManagementRequest(df, { method: 'GET', path: factoryPath('b') });
    expect(arm.requests.map((r) => r.url?.split('?')[1])).toEqual([
      `api-version=${MACHINE_LEARNING_API_VERSION}`,
      `api-version=${DATA_FACTORY_API_VERSION}`,
    ]);
    // One token for both: the bearer policy (one pipeline) caches it.
    expect(credential.scopes).toHaveLength(1);
  });

  it('keeps the retry budget without an SDK (maxRetries 0: one request)', async () => {
    const client = await factory({ maxRetries: 0 }).resourceManager(DATA_FACTORY_API_VERSION);
    await expect(
      sendManagementRequest(client, { method: 'GET', path: factoryPath('busy') }),
    ).rejects.toMatchObject({
      statusCode: 503,
    });
    expect(arm.requests).toHaveLength(1);
  });

  it("asks for the api-versions the SDKs' own operations send", () => {
    expect(new DataFactoryManagementClient(credential, SUBSCRIPTION).apiVersion).toBe(
      DATA_FACTORY_API_VERSION,
    );
    expect(new AzureMachineLearningWorkspaces(credential, SUBSCRIPTION).apiVersion).toBe(
      MACHINE_LEARNING_API_VERSION,
    );
  });

  it('derives every client option from the cloud', () => {
    const options = managementClientOptions({
      credential,
      cloud: resolveCloud({ name: 'AzureUSGovernment' }),
      subscriptionId: SUBSCRIPTION,
      userAgent: { action: 'deploy-aml-endpoint', version: '0.1.0' },
    });
    expect(options).toEqual({
      endpoint: 'https://management.usgovcloudapi.net',
      credentialScopes: 'https://management.usgovcloudapi.net/.default',
      userAgentOptions: { userAgentPrefix: 'deploy-aml-endpoint/0.1.0' },
    });
  });
});
