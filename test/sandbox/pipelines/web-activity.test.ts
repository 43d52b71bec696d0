// The Web activity against a local HTTP server and the sandbox's own endpoints: methods, headers and bodies, MSI
// tokens issued to the factory's managed identity, Basic authentication (its secret masked in the input), 202 +
// Location polling, non-JSON and error responses, the 4 MB response limit and httpRequestTimeout.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { usePipelineFixture } from './pipeline-fixture.js';

const p = usePipelineFixture('web');

interface Seen {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingMessage['headers'];
  readonly body: string;
}

let server: Server;
let base: string;
let seen: Seen[] = [];
let polls = 0;

beforeAll(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const path = request.url ?? '/';
      seen.push({
        method: request.method!,
        path,
        headers: request.headers,
        body: Buffer.concat(chunks).toString(),
      });
      const reply = (status: number, body: string, headers: Record<string, string> = {}) => {
        response.writeHead(status, headers);
        response.end(body);
      };
      if (path === '/echo')
        return reply(200, JSON.stringify({ ok: true, got: request.method }), {
          'content-type': 'application/json',
        });
      if (path === '/text') return reply(200, 'plain words');
      if (path === '/broken') return reply(500, 'the backend fell over');
      if (path === '/huge') return reply(200, JSON.stringify({ blob: 'x'.repeat(4 * 1024 * 1024 + 10) }));
      if (path === '/slow') return void setTimeout(() => reply(200, '{}'), 5000);
      if (path === '/start') return reply(202, '', { location: '/status', 'retry-after': '20' });
      if (path === '/status') {
        polls += 1;
        return polls < 3
          ? reply(202, '', { location: '/status' })
          : reply(200, JSON.stringify({ done: true, polls }));
      }
      return reply(404, 'no such path');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
  seen = [];
  polls = 0;
});

async function runWeb(name: string, typeProperties: object, policy: object = {}) {
  await p.pipeline(name, {
    activities: [{ name: 'Call', type: 'WebActivity', policy, typeProperties }],
  } as never);
  const run = await p.run(name);
  const [activity] = await p.activities(run.runId!);
  return { run, activity: activity! };
}

const claimsOf = (authorization: string | undefined) =>
  JSON.parse(Buffer.from(authorization!.split(' ')[1]!.split('.')[1]!, 'base64url').toString()) as Record<
    string,
    unknown
  >;

describe('requests', () => {
  it('sends the method, headers and a JSON body, and makes a JSON object the output', async () => {
    const { run, activity } = await runWeb('pl_web_post', {
      method: 'POST',
      url: `${base}/echo`,
      headers: { 'x-use-case': "@concat('credit', '-', 'default')" },
      body: { useCase: '@pipeline().RunId', rows: 3, requestId: '@guid()' },
    });
    expect(run.status).toBe('Succeeded');
    expect(seen[0]).toMatchObject({
      method: 'POST',
      path: '/echo',
      headers: { 'x-use-case': 'credit-default', 'content-type': 'application/json' },
    });
    const sent = JSON.parse(seen[0]!.body) as { requestId: string };
    expect(sent).toEqual({ useCase: run.runId, rows: 3, requestId: expect.any(String) });
    expect(activity.output).toMatchObject({
      ok: true,
      got: 'POST',
      ADFWebActivityResponseHeaders: { 'content-type': 'application/json' },
      effectiveIntegrationRuntime: 'AutoResolveIntegrationRuntime (West Europe)',
    });
    // Evaluated once: the recorded input is the request sent, down to the guid.
    expect(activity.input).toMatchObject({ method: 'POST', body: sent });
  });

  it('wraps a response that is not a JSON object as Response', async () => {
    const { activity } = await runWeb('pl_web_text', { method: 'GET', url: `${base}/text` });
    expect(activity.output).toMatchObject({ Response: 'plain words' });
  });

  it('follows 202 + Location until the work is done, waiting Retry-After on the sandbox clock', async () => {
    const { activity } = await runWeb('pl_web_async', { method: 'POST', url: `${base}/start`, body: '{}' });
    expect(activity.output).toMatchObject({ done: true, polls: 3 });
    expect(seen.map((s) => `${s.method} ${s.path}`)).toEqual([
      'POST /start',
      'GET /status',
      'GET /status',
      'GET /status',
    ]);
    expect(activity.durationInMs).toBeGreaterThanOrEqual(20_000);
  });

  it('with turnOffAsync, takes the 202 as the answer', async () => {
    const { activity } = await runWeb('pl_web_sync', {
      method: 'POST',
      url: `${base}/start`,
      body: '{}',
      turnOffAsync: true,
    });
    expect(activity.status).toBe('Succeeded');
    expect(seen).toHaveLength(1);
  });
});

describe('authentication', () => {
  it('MSI: a token for the resource, issued to the factory managed identity', async () => {
    const { activity } = await runWeb('pl_web_msi', {
      method: 'GET',
      url: `${base}/echo`,
      authentication: { type: 'MSI', resource: 'https://ml.azure.com' },
    });
    expect(activity.status).toBe('Succeeded');
    const factory = await p.client().factories.get(p.env().resourceGroup, p.env().factory);
    const claims = claimsOf(seen[0]!.headers.authorization);
    expect(claims).toMatchObject({
      aud: 'https://ml.azure.com',
      oid: factory.identity!.principalId,
      tid: factory.identity!.tenantId,
    });
    expect(JSON.stringify(activity)).not.toContain(seen[0]!.headers.authorization!.split(' ')[1]);
  });

  it("MSI: the sandbox's own endpoints accept the token", async () => {
    const { activity } = await runWeb('pl_web_msi_arm', {
      method: 'GET',
      url: `${p.f.sandbox.baseUrl}/subscriptions/${p.env().subscriptionId}/resourceGroups/${p.env().resourceGroup}?api-version=2021-04-01`,
      authentication: { type: 'MSI', resource: p.f.sandbox.armAudience },
    });
    expect(activity.status).toBe('Succeeded');
    expect(activity.output).toMatchObject({ name: p.env().resourceGroup });
  });

  it('Basic: the password goes in the header and never into the activity run', async () => {
    const { activity } = await runWeb('pl_web_basic', {
      method: 'GET',
      url: `${base}/echo`,
      authentication: {
        type: 'Basic',
        username: 'scorer',
        password: { type: 'SecureString', value: 'Pa55-w0rd!' },
      },
    });
    expect(seen[0]!.headers.authorization).toBe(
      `Basic ${Buffer.from('scorer:Pa55-w0rd!').toString('base64')}`,
    );
    expect(JSON.stringify(activity)).not.toContain('Pa55-w0rd!');
    expect(activity.input).toMatchObject({ authentication: { password: { value: '**********' } } });
  });
});

describe('failures', () => {
  it('fails with 2108 and the response body on an error status', async () => {
    const { run, activity } = await runWeb('pl_web_500', { method: 'GET', url: `${base}/broken` });
    expect(run.message).toBe('Operation on target Call failed: the backend fell over');
    expect(activity.error).toMatchObject({ errorCode: '2108', failureType: 'UserError' });
  });

  it('fails with 2001 on a response over 4 MB', async () => {
    const { activity } = await runWeb('pl_web_huge', { method: 'GET', url: `${base}/huge` });
    expect(activity.error).toMatchObject({
      errorCode: '2001',
      message: 'The length of execution output is over limit (around 4MB currently).',
    });
  });

  it('fails when no response comes within httpRequestTimeout (sandbox time)', async () => {
    const { activity } = await runWeb('pl_web_slow', {
      method: 'GET',
      url: `${base}/slow`,
      httpRequestTimeout: '00:01:00',
    });
    expect(activity.error).toMatchObject({
      errorCode: '2108',
      message: `Error calling the endpoint '${base}/slow': no response within httpRequestTimeout 00:01:00.`,
    });
  });

  it('refuses a POST without a body and an unsupported authentication', async () => {
    const { activity } = await runWeb('pl_web_no_body', { method: 'POST', url: `${base}/echo` });
    expect(activity.error).toMatchObject({ message: 'The Web activity needs a body for POST.' });
    const { activity: oauth } = await runWeb('pl_web_sp', {
      method: 'GET',
      url: `${base}/echo`,
      authentication: { type: 'ServicePrincipal', username: 'app', userTenant: 't' },
    });
    expect(oauth.error!.message).toContain("'ServicePrincipal' is not supported");
    expect(seen).toHaveLength(0);
  });
});
