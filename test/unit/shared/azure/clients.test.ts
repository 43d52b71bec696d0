import type { AccessToken, TokenCredential } from '@azure/core-auth';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { createClientFactory, managementClientOptions } from '../../../../src/shared/azure/clients.js';
import { type Cloud, resolveCloud } from '../../../../src/shared/azure/clouds.js';
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
