/**
 * One sandbox per test file (or describe block), with the real SDK clients pointed at it the way an action points
 * them at a custom cloud: endpoint = the sandbox, credentialScopes = its ARM audience, the sandbox CA trusted
 * through tlsOptions. Spec validation is on, and after each test its findings are checked: the test whose traffic
 * broke Azure's contract fails, in every file that uses a sandbox, from this one place.
 */
import { request as httpsRequest } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TokenCredential } from '@azure/core-auth';
import { afterAll, afterEach, beforeAll, expect } from '@jest/globals';
import { type Sandbox, type SandboxOptions, startSandbox } from '../../src/sandbox/index.js';

/**
 * What the sample factory (examples/adf, and the deploy tests' earlier copy in test/fixtures/adf/git) makes oav report: it spells parameter
 * types as ADF Studio writes them to git (`"type": "string"`); the service accepts any case, the REST spec's enum is
 * `String`, so oav reports ENUM_CASE_MISMATCH. Every other finding still fails the test.
 */
export const SAMPLE_FACTORY_FINDINGS: readonly string[] = ['ENUM_CASE_MISMATCH'];

/**
 * The same sample in a Synapse workspace: the stable Synapse artifacts spec (2020-12-01) types the "value or
 * expression" fields as `object` (`storeSettings.recursive`, a Copy source's `query`, `additionalColumns`), which oav
 * reads strictly, and predates the Web activity's `httpRequestTimeout`; Synapse accepts both, as Data Factory does.
 */
export const SYNAPSE_SAMPLE_FINDINGS: readonly string[] = [
  ...SAMPLE_FACTORY_FINDINGS,
  'INVALID_TYPE',
  'OBJECT_ADDITIONAL_PROPERTIES',
];

export interface SandboxFixtureOptions extends SandboxOptions {
  /** oav codes this file's traffic is known to cause (say why at the call); messages naming one are not failures. */
  readonly ignoreFindings?: readonly string[];
}

/** A validating sandbox loads the REST specs (~3 s) and may start Azurite: on a busy machine, longer than a test. */
const START_TIMEOUT_MS = 60_000;

export interface SandboxFixture {
  readonly sandbox: Sandbox;
  readonly credential: TokenCredential;
  /** Options for `new DataFactoryManagementClient(credential, subscriptionId, options)` and the ML client. */
  readonly clientOptions: {
    endpoint: string;
    credentialScopes: string;
    tlsOptions: { ca: string };
    retryOptions: { maxRetries: number; retryDelayInMs: number; maxRetryDelayInMs: number };
  };
  /** A raw HTTPS request to the sandbox (JSON in and out), with a bearer token when `token` is given. */
  request(
    method: string,
    path: string,
    options?: { token?: string; body?: unknown; headers?: Record<string, string> },
  ): Promise<RawResponse>;
  /** An access token for a scope, from the sandbox's authority (client secret flow). */
  token(scope: string): Promise<string>;
  /**
   * Fails the current test if any request or response broke the REST specs (but for the codes the fixture ignores);
   * clears the findings. Runs after each test by itself; a test may call it to check at a point of its own.
   */
  expectNoFindings(): void;
}

export interface RawResponse {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: unknown;
  readonly text: string;
}

/**
 * Registers the sandbox's lifecycle in the calling file or describe block: started in `beforeAll` (before the
 * block's own `beforeAll`s declared after this call), its spec findings checked after each test (before the block's
 * own `afterEach`s), stopped in `afterAll`. The fixture returned is usable in hooks and tests, not at import.
 */
export function useSandboxFixture(options: SandboxFixtureOptions = {}): SandboxFixture {
  let started: StartedFixture | undefined;
  beforeAll(async () => {
    started = await startSandboxFixture(options);
  }, START_TIMEOUT_MS);
  afterEach(() => started?.expectNoFindings());
  afterAll(async () => {
    await started?.stop();
  });

  const current = (): StartedFixture => {
    if (!started) throw new Error('The sandbox starts in beforeAll: use the fixture in hooks and tests.');
    return started;
  };
  return {
    get sandbox() {
      return current().sandbox;
    },
    get credential() {
      return current().credential;
    },
    get clientOptions() {
      return current().clientOptions;
    },
    request: (method, path, opts) => current().request(method, path, opts),
    token: (scope) => current().token(scope),
    expectNoFindings: () => current().expectNoFindings(),
  };
}

interface StartedFixture extends SandboxFixture {
  stop(): Promise<void>;
}

async function startSandboxFixture({
  ignoreFindings = [],
  ...options
}: SandboxFixtureOptions): Promise<StartedFixture> {
  const sandbox = await startSandbox({
    stateDir: join(tmpdir(), `aml-adf-sandbox-test-${process.env.JEST_WORKER_ID ?? '0'}`),
    validate: true,
    timing: { provisioningMs: 300, pollRetryAfterSeconds: 1, pipelineRunPhaseMs: 200, jobPhaseMs: 100 },
    ...options,
  });
  const { ClientSecretCredential } = await import('@azure/identity');
  const credential = new ClientSecretCredential(sandbox.tenantId, sandbox.clientId, sandbox.clientSecret, {
    authorityHost: sandbox.baseUrl,
    disableInstanceDiscovery: true,
    tlsOptions: { ca: sandbox.caCert },
  } as ConstructorParameters<typeof ClientSecretCredential>[3]);

  const request: SandboxFixture['request'] = (method, path, opts = {}) =>
    new Promise((resolve, reject) => {
      const payload = opts.body === undefined ? undefined : Buffer.from(JSON.stringify(opts.body));
      const req = httpsRequest(
        `${sandbox.baseUrl}${path}`,
        {
          method,
          ca: sandbox.caCert,
          headers: {
            ...(payload
              ? { 'content-type': 'application/json', 'content-length': String(payload.length) }
              : {}),
            ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
            ...opts.headers,
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            let body: unknown;
            try {
              body = text ? JSON.parse(text) : undefined;
            } catch {
              body = undefined;
            }
            resolve({ status: res.statusCode ?? 0, headers: res.headers, body, text });
          });
        },
      );
      req.on('error', reject);
      req.end(payload);
    });

  return {
    sandbox,
    credential,
    clientOptions: {
      endpoint: sandbox.baseUrl,
      credentialScopes: `${sandbox.armAudience}/.default`,
      tlsOptions: { ca: sandbox.caCert },
      retryOptions: { maxRetries: 3, retryDelayInMs: 50, maxRetryDelayInMs: 200 },
    },
    request,
    async token(scope) {
      const token = await credential.getToken(scope);
      if (!token) throw new Error(`no token for ${scope}`);
      return token.token;
    },
    expectNoFindings() {
      const findings = sandbox.control
        .findings()
        .map((finding) => ({
          ...finding,
          messages: finding.messages.filter((m) => !ignoreFindings.some((code) => m.includes(code))),
        }))
        .filter((finding) => finding.messages.length > 0);
      sandbox.control.clearFindings();
      expect(findings).toEqual([]);
    },
    stop: () => sandbox.stop(),
  };
}
