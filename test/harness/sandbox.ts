/**
 * One sandbox per test file, with the real SDK clients pointed at it the way an action points them at a custom
 * cloud: endpoint = the sandbox, credentialScopes = its ARM audience, the sandbox CA trusted through tlsOptions.
 * Spec validation is on: `expectNoFindings()` fails the test whose traffic broke Azure's contract.
 */
import { request as httpsRequest } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TokenCredential } from '@azure/core-auth';
import { expect } from '@jest/globals';
import { type Sandbox, type SandboxOptions, startSandbox } from '../../src/sandbox/index.js';

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
  /** Fails the current test if any request or response broke the REST specs; clears the findings. */
  expectNoFindings(): void;
  stop(): Promise<void>;
}

export interface RawResponse {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: unknown;
  readonly text: string;
}

export async function startSandboxFixture(options: SandboxOptions = {}): Promise<SandboxFixture> {
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
      const findings = sandbox.control.findings();
      sandbox.control.clearFindings();
      expect(findings).toEqual([]);
    },
    stop: () => sandbox.stop(),
  };
}
