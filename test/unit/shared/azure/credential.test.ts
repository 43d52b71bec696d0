import { getIDToken } from '@actions/core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { resolveCloud } from '../../../../src/shared/azure/clouds.js';
import {
  chooseAuthMode,
  createCredential,
  createRunnerAssertion,
  ID_TOKEN_MAX_AGE_MS,
  RUNNER_TOKEN_AUDIENCE,
} from '../../../../src/shared/azure/credential.js';
import type { AuthSettings } from '../../../../src/shared/azure/settings.js';
import { ConfigurationError } from '../../../../src/shared/errors.js';
import { RecordingLogger, silentLogger } from '../../../../src/shared/logger.js';
import {
  createTlsIdentity,
  fakeJwt,
  type LocalServer,
  sendJson,
  startAuthority,
  startServer,
  type TlsIdentity,
  tokenRequests,
} from './local-servers.js';

const TENANT = '72f988bf-0000-0000-0000-000000000001';
const CLIENT = '00000000-0000-0000-0000-00000000c11e';

describe('chooseAuthMode', () => {
  const oidcEnv = { ACTIONS_ID_TOKEN_REQUEST_URL: 'http://runner/token?api-version=2.0' };
  const full: AuthSettings = { mode: 'auto', tenantId: TENANT, clientId: CLIENT };
  it.each([
    ['explicit mode wins', { mode: 'azure-cli' }, oidcEnv, 'azure-cli'],
    ['explicit oidc without token env', { mode: 'oidc' }, {}, 'oidc'],
    ['secret first', { ...full, clientSecret: 's3cret' }, oidcEnv, 'client-secret'],
    ['secret even without ids', { mode: 'auto', clientSecret: 's3cret' }, {}, 'client-secret'],
    ['oidc with ids and runner token', full, oidcEnv, 'oidc'],
    ['no oidc without tenant', { mode: 'auto', clientId: CLIENT }, oidcEnv, 'azure-cli'],
    ['no oidc without runner token', full, {}, 'azure-cli'],
    [
      'managed identity (App Service form)',
      { mode: 'auto' },
      { IDENTITY_ENDPOINT: 'http://169.254.1.1' },
      'managed-identity',
    ],
    ['managed identity (legacy MSI)', full, { MSI_ENDPOINT: 'http://127.0.0.1:41741' }, 'managed-identity'],
    ['oidc beats managed identity', full, { ...oidcEnv, IDENTITY_ENDPOINT: 'http://x' }, 'oidc'],
    ['azure cli as last resort', { mode: 'auto' }, {}, 'azure-cli'],
  ] as const)('%s', (_name, auth, env, expected) => {
    expect(chooseAuthMode(auth as AuthSettings, env).mode).toBe(expected);
  });

  it('says why OIDC was not used when ids were given', () => {
    expect(chooseAuthMode(full, {}).reason).toContain('id-token: write');
  });
});

describe('createCredential validation', () => {
  const cloud = resolveCloud({ name: 'AzureCloud' });
  const deps = { env: {}, requestIdToken: async () => 'unused', logger: silentLogger };

  it.each([
    ['oidc', 'tenant-id', { mode: 'oidc', clientId: CLIENT }],
    ['oidc', 'client-id', { mode: 'oidc', tenantId: TENANT }],
    ['client-secret', 'tenant-id', { mode: 'client-secret', clientId: CLIENT, clientSecret: 'x' }],
    ['client-secret', 'client-id', { mode: 'client-secret', tenantId: TENANT, clientSecret: 'x' }],
    ['client-secret', 'client-secret', { mode: 'client-secret', tenantId: TENANT, clientId: CLIENT }],
  ] as const)('%s names %s when it is missing', async (_mode, input, auth) => {
    await expect(createCredential(auth, cloud, deps)).rejects.toMatchObject({
      name: 'ConfigurationError',
      input,
    });
  });

  it('tells the user to grant id-token: write when the runner offers no ID token', async () => {
    const error = await createCredential(
      { mode: 'oidc', tenantId: TENANT, clientId: CLIENT },
      cloud,
      deps,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).input).toBe('auth');
    expect((error as Error).message).toContain('ACTIONS_ID_TOKEN_REQUEST_URL');
    expect((error as Error).message).toContain('permissions: id-token: write');
  });

  it('logs what auto chose and why', async () => {
    const logger = new RecordingLogger();
    await createCredential({ mode: 'auto', tenantId: TENANT }, cloud, { ...deps, logger });
    expect(logger.messages('info')).toEqual([
      expect.stringMatching(/Azure authentication: azure-cli \(no secret/),
    ]);
  });
});

describe('createRunnerAssertion', () => {
  it('shares one request between concurrent callers and does not cache failures', async () => {
    let calls = 0;
    const request = jest.fn(async (audience: string) => {
      calls += 1;
      if (calls === 1) throw new Error('runner said 500');
      return `token-${calls}-${audience}`;
    });
    const assertion = createRunnerAssertion(request, () => 0, silentLogger);
    await expect(assertion()).rejects.toThrow("Could not get the runner's OIDC ID token: runner said 500");
    const [a, b] = await Promise.all([assertion(), assertion()]);
    expect(a).toBe(`token-2-${RUNNER_TOKEN_AUDIENCE}`);
    expect(b).toBe(a);
    expect(request).toHaveBeenCalledTimes(2);
  });

  it("refreshes before the token's own exp when that comes first", async () => {
    let now = 1_000_000;
    let n = 0;
    const request = async () => fakeJwt({ n: ++n, exp: Math.floor((now + 90_000) / 1000) });
    const assertion = createRunnerAssertion(request, () => now, silentLogger);
    const first = await assertion();
    now += 20_000;
    expect(await assertion()).toBe(first);
    now += 20_000; // 40 s in: within a minute of exp
    expect(await assertion()).not.toBe(first);
  });
});

describe('credentials against a local authority', () => {
  let tls: TlsIdentity;
  let authority: LocalServer;
  let runner: LocalServer;
  let idTokens: string[];
  const runnerSecret = 'runner-request-token';

  beforeAll(async () => {
    tls = await createTlsIdentity();
    authority = await startAuthority(tls);
    runner = await startServer((request, response) => {
      if (request.headers.authorization !== `Bearer ${runnerSecret}`) {
        sendJson(response, 401, { message: 'bad request token' });
        return;
      }
      const audience = new URL(request.url, runner.url).searchParams.get('audience');
      const token = fakeJwt({
        aud: audience,
        n: idTokens.length + 1,
        exp: Math.floor(Date.now() / 1000) + 3600,
      });
      idTokens.push(token);
      sendJson(response, 200, { value: token });
    });
  });
  afterAll(async () => {
    await Promise.all([authority?.close(), runner?.close()]);
  });
  beforeEach(() => {
    idTokens = [];
    authority.requests.length = 0;
    runner.requests.length = 0;
    process.env.ACTIONS_ID_TOKEN_REQUEST_URL = `${runner.url}/idtoken?api-version=2.0`;
    process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = runnerSecret;
    // getIDToken writes ::debug:: and ::add-mask:: commands; keep them out of the test runner's output.
    jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
  });
  afterEach(() => {
    jest.restoreAllMocks();
  });

  const cloud = () =>
    resolveCloud({ name: 'Custom', armEndpoint: 'https://127.0.0.1:1', authorityHost: authority.url });

  it('OIDC: exchanges the runner ID token, reuses it while fresh and fetches a new one when it gets old', async () => {
    let now = Date.now();
    const credential = await createCredential({ mode: 'oidc', tenantId: TENANT, clientId: CLIENT }, cloud(), {
      env: process.env,
      requestIdToken: getIDToken,
      logger: silentLogger,
      clock: () => now,
      caCertificates: [tls.cert],
    });

    const first = await credential.getToken('https://127.0.0.1:1/.default');
    expect(first?.token).toBe('access-1');
    expect(idTokens).toHaveLength(1);
    expect(runner.requests[0]?.url).toContain(`&audience=${encodeURIComponent(RUNNER_TOKEN_AUDIENCE)}`);
    const [form] = tokenRequests(authority);
    expect(form?.get('client_assertion')).toBe(idTokens[0]);
    expect(form?.get('client_assertion_type')).toBe('urn:ietf:params:oauth:client-assertion-type:jwt-bearer');
    expect(form?.get('client_id')).toBe(CLIENT);
    expect(form?.get('scope')).toContain('https://127.0.0.1:1/.default');
    expect(authority.requests[0]?.url).toBe(`/${TENANT}/v2.0/.well-known/openid-configuration`);

    // Within the threshold: the assertion callback runs on every getToken, but the runner is asked only once.
    for (let i = 0; i < 3; i++) await credential.getToken('https://127.0.0.1:1/.default');
    now += 60_000;
    await credential.getToken('https://ml.azure.com/.default');
    expect(idTokens).toHaveLength(1);
    expect(tokenRequests(authority).map((f) => f.get('client_assertion'))).toEqual([
      idTokens[0],
      idTokens[0],
    ]);

    // Past the threshold a new access token is minted with a fresh ID token.
    now += ID_TOKEN_MAX_AGE_MS + 60_000;
    const later = await credential.getToken('https://storage.azure.com/.default');
    expect(later?.token).toBe('access-3');
    expect(idTokens).toHaveLength(2);
    expect(tokenRequests(authority)[2]?.get('client_assertion')).toBe(idTokens[1]);
    // core.getIDToken masks every token it hands out.
    const written = jest.mocked(process.stdout.write).mock.calls.map(([chunk]) => String(chunk));
    expect(written).toContain(`::add-mask::${idTokens[1]}\n`);
  });

  it('client secret: the authority receives the secret in the form', async () => {
    const credential = await createCredential(
      { mode: 'client-secret', tenantId: TENANT, clientId: CLIENT, clientSecret: 'top-s3cret' },
      cloud(),
      { env: {}, requestIdToken: getIDToken, logger: silentLogger, caCertificates: [tls.cert] },
    );
    expect((await credential.getToken('https://127.0.0.1:1/.default'))?.token).toMatch(/^access-\d+$/);
    const [form] = tokenRequests(authority);
    expect(form?.get('client_secret')).toBe('top-s3cret');
    expect(form?.get('grant_type')).toBe('client_credentials');
    expect(idTokens).toHaveLength(0);
  });

  it('managed identity (App Service form): auto picks it and asks for the user-assigned client id', async () => {
    const identity = await startServer((request, response) => {
      sendJson(response, 200, {
        access_token: 'mi-token',
        expires_on: String(Math.floor(Date.now() / 1000) + 3600),
        token_type: 'Bearer',
        resource: new URL(request.url, 'http://x').searchParams.get('resource'),
      });
    });
    try {
      process.env.IDENTITY_ENDPOINT = `${identity.url}/msi/token`;
      process.env.IDENTITY_HEADER = 'identity-header-value';
      delete process.env.ACTIONS_ID_TOKEN_REQUEST_URL;
      const logger = new RecordingLogger();
      const credential = await createCredential(
        { mode: 'auto', clientId: CLIENT },
        resolveCloud({ name: 'AzureCloud' }),
        {
          env: process.env,
          requestIdToken: getIDToken,
          logger,
        },
      );
      expect(logger.messages('info')[0]).toMatch(/^Azure authentication: managed-identity/);
      expect((await credential.getToken('https://management.azure.com/.default'))?.token).toBe('mi-token');
      const [request] = identity.requests;
      const query = new URL(request?.url ?? '', identity.url).searchParams;
      expect(query.get('resource')).toBe('https://management.azure.com');
      expect(query.get('client_id')).toBe(CLIENT);
      expect(request?.headers['x-identity-header']).toBe('identity-header-value');
    } finally {
      await identity.close();
    }
  });

  it('does not trust the local authority without its CA (the trust store really comes from tlsOptions)', async () => {
    const credential = await createCredential(
      { mode: 'client-secret', tenantId: TENANT, clientId: CLIENT, clientSecret: 'top-s3cret' },
      cloud(),
      { env: {}, requestIdToken: getIDToken, logger: silentLogger },
    );
    // MSAL reports the failed TLS handshake of its discovery request as an endpoint resolution error.
    await expect(credential.getToken('https://127.0.0.1:1/.default')).rejects.toThrow(
      /endpoints_resolution_error/,
    );
    expect(authority.requests).toHaveLength(0);
  });
});
