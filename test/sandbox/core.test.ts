// The sandbox's shared pipeline: identity (client secret, client assertion from the runner's ID token, managed
// identity), bearer-token checks with ARM's 401 bodies, throttling, fault injection and the control API.
import { beforeAll, describe, expect, it } from '@jest/globals';
import { useSandboxFixture } from '../harness/sandbox.js';

const f = useSandboxFixture({ storage: false, validate: false });
let subscription: string;

beforeAll(async () => {
  const env = await f.sandbox.provision({ name: 'core', database: false });
  subscription = env.subscriptionId;
});

const rgPath = () => `/subscriptions/${subscription}/resourcegroups/rg-scoring-core?api-version=2021-04-01`;

describe('identity', () => {
  it('issues an ARM token to the deployer for its client secret, which ARM accepts', async () => {
    const token = await f.token(`${f.sandbox.armAudience}/.default`);
    const response = await f.request('GET', rgPath(), { token });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      name: 'rg-scoring-core',
      properties: { provisioningState: 'Succeeded' },
    });
    expect(response.headers['x-ms-request-id']).toEqual(expect.any(String));
    expect(response.headers['x-ms-ratelimit-remaining-subscription-reads']).toEqual(expect.any(String));
  });

  it('refuses a wrong client secret with the AADSTS code Entra uses', async () => {
    const { ClientSecretCredential } = await import('@azure/identity');
    const wrong = new ClientSecretCredential(f.sandbox.tenantId, f.sandbox.clientId, 'not-the-secret', {
      authorityHost: f.sandbox.baseUrl,
      disableInstanceDiscovery: true,
      tlsOptions: { ca: f.sandbox.caCert },
    } as never);
    await expect(wrong.getToken(`${f.sandbox.armAudience}/.default`)).rejects.toThrow(/AADSTS7000215/);
  });

  it('exchanges a runner ID token for an ARM token (client assertion), as OIDC sign-in does', async () => {
    const { ClientAssertionCredential } = await import('@azure/identity');
    let idTokenRequests = 0;
    const assertion = async () => {
      idTokenRequests++;
      const response = await f.request(
        'GET',
        '/_runner/idtoken?api-version=2.0&audience=api://AzureADTokenExchange',
        {
          headers: { authorization: `Bearer ${f.sandbox.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN}` },
        },
      );
      return (response.body as { value: string }).value;
    };
    const credential = new ClientAssertionCredential(f.sandbox.tenantId, f.sandbox.clientId, assertion, {
      authorityHost: f.sandbox.baseUrl,
      disableInstanceDiscovery: true,
      tlsOptions: { ca: f.sandbox.caCert },
    } as never);
    const token = await credential.getToken(`${f.sandbox.armAudience}/.default`);
    expect((await f.request('GET', rgPath(), { token: token!.token })).status).toBe(200);
    expect(idTokenRequests).toBeGreaterThan(0);
  });

  it('the runner ID-token endpoint requires its request token', async () => {
    expect(
      (await f.request('GET', '/_runner/idtoken?audience=x', { headers: { authorization: 'Bearer nope' } }))
        .status,
    ).toBe(401);
  });

  it('serves managed identity tokens to callers holding the identity header', async () => {
    const { ManagedIdentityCredential } = await import('@azure/identity');
    const previous = { endpoint: process.env.IDENTITY_ENDPOINT, header: process.env.IDENTITY_HEADER };
    process.env.IDENTITY_ENDPOINT = f.sandbox.env.IDENTITY_ENDPOINT;
    process.env.IDENTITY_HEADER = f.sandbox.env.IDENTITY_HEADER;
    try {
      const credential = new ManagedIdentityCredential({ tlsOptions: { ca: f.sandbox.caCert } } as never);
      const token = await credential.getToken(`${f.sandbox.armAudience}/.default`);
      expect((await f.request('GET', rgPath(), { token: token!.token })).status).toBe(200);
    } finally {
      process.env.IDENTITY_ENDPOINT = previous.endpoint;
      process.env.IDENTITY_HEADER = previous.header;
    }
  });
});

describe('bearer tokens', () => {
  it.each([
    ['no token', undefined, 'AuthenticationFailed'],
    ['a forged token', 'eyJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJ4In0.c2ln', 'InvalidAuthenticationToken'],
  ])('answers %s with 401 and ARM error code', async (_label, token, code) => {
    const response = await f.request('GET', rgPath(), token ? { token } : {});
    expect(response.status).toBe(401);
    expect(response.body).toEqual({ error: { code, message: expect.any(String) } });
    expect(response.headers['www-authenticate']).toMatch(/^Bearer authorization_uri=/);
  });

  it('refuses a token for the wrong audience (the data plane audience on ARM)', async () => {
    const token = await f.token('https://ml.azure.com/.default');
    const response = await f.request('GET', rgPath(), { token });
    expect(response.status).toBe(401);
    expect(response.body).toMatchObject({ error: { code: 'InvalidAuthenticationTokenAudience' } });
  });
});

describe('ARM basics', () => {
  it('answers ResourceGroupNotFound and SubscriptionNotFound as ARM does', async () => {
    const token = await f.token(`${f.sandbox.armAudience}/.default`);
    expect(
      (
        await f.request('GET', `/subscriptions/${subscription}/resourcegroups/nope?api-version=2021-04-01`, {
          token,
        })
      ).body,
    ).toEqual({
      error: { code: 'ResourceGroupNotFound', message: "Resource group 'nope' could not be found." },
    });
    const other = '11111111-2222-4333-8444-555555555555';
    expect(
      (
        (await f.request('GET', `/subscriptions/${other}/resourcegroups?api-version=2021-04-01`, { token }))
          .body as { error: { code: string } }
      ).error.code,
    ).toBe('SubscriptionNotFound');
  });

  it('throttles reads past the bucket with 429 and Retry-After, and counts', async () => {
    const token = await f.token(`${f.sandbox.armAudience}/.default`);
    f.sandbox.control.setThrottleLimits({ reads: { burst: 2, perSecond: 0.5 } });
    try {
      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push(await f.request('GET', rgPath(), { token }));
      expect(statuses.map((r) => r.status)).toEqual([200, 200, 429]);
      expect(statuses[2]!.headers['retry-after']).toBe('2');
      expect(statuses[1]!.headers['x-ms-ratelimit-remaining-subscription-reads']).toBe('0');
    } finally {
      f.sandbox.control.setThrottleLimits({});
    }
  });
});

describe('control API', () => {
  it('injects a status with Retry-After a fixed number of times, then serves normally', async () => {
    const token = await f.token(`${f.sandbox.armAudience}/.default`);
    const fault = await f.request('POST', '/_sandbox/faults', {
      body: {
        method: 'GET',
        path: 'resourcegroups/rg-scoring-core',
        status: 503,
        retryAfterSeconds: 1,
        count: 1,
      },
    });
    expect(fault.status).toBe(201);
    const first = await f.request('GET', rgPath(), { token });
    const second = await f.request('GET', rgPath(), { token });
    expect([first.status, first.headers['retry-after'], second.status]).toEqual([503, '1', 200]);
    await f.request('DELETE', '/_sandbox/faults');
  });

  it('resets the connection when asked', async () => {
    f.sandbox.control.addFault({ path: 'resourcegroups/rg-scoring-core', reset: true, count: 1 });
    await expect(f.request('GET', rgPath())).rejects.toThrow(/socket hang up|ECONNRESET/);
  });

  it('applies a seeded probability the same way on every run', async () => {
    const pattern = async () => {
      f.sandbox.control.clearFaults();
      f.sandbox.control.addFault({ path: '/_sandbox/health', status: 500, probability: 0.5, seed: 7 });
      const out = [];
      for (let i = 0; i < 8; i++) out.push((await f.request('GET', '/_sandbox/health')).status);
      return out;
    };
    const first = await pattern();
    expect(await pattern()).toEqual(first);
    expect(first).toContain(500);
    expect(first).toContain(200);
    f.sandbox.control.clearFaults();
  });

  it('logs requests and counts reads and writes', async () => {
    const token = await f.token(`${f.sandbox.armAudience}/.default`);
    f.sandbox.control.resetCounters();
    await f.request('GET', rgPath(), { token });
    await f.request('PUT', `/subscriptions/${subscription}/resourcegroups/rg-extra?api-version=2021-04-01`, {
      token,
      body: { location: 'westeurope' },
    });
    const counters = (await f.request('GET', '/_sandbox/counters')).body as { reads: number; writes: number };
    expect([counters.reads, counters.writes]).toEqual([1, 1]);
    const log = (await f.request('GET', '/_sandbox/requests')).body as {
      value: { method: string; route: string }[];
    };
    expect(log.value.filter((e) => e.route.startsWith('/subscriptions')).map((e) => e.method)).toEqual([
      'GET',
      'PUT',
    ]);
  });

  it('snapshots and restores state', async () => {
    const token = await f.token(`${f.sandbox.armAudience}/.default`);
    const snapshot = (await f.request('GET', '/_sandbox/state')).body;
    await f.request(
      'DELETE',
      `/subscriptions/${subscription}/resourcegroups/rg-scoring-core?api-version=2021-04-01`,
      { token },
    );
    expect((await f.request('GET', rgPath(), { token })).status).toBe(404);
    await f.request('PUT', '/_sandbox/state', { body: snapshot });
    expect((await f.request('GET', rgPath(), { token })).status).toBe(200);
  });
});
