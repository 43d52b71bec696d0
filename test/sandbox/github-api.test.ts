// The sandbox's GitHub REST emulation: POST /repos/{owner}/{repo}/dispatches checked as GitHub checks it, and the
// job credentials behind it (GITHUB_TOKEN scoped to a repository and the job's permissions; the runner's ID-token
// request token only with id-token: write).
import { describe, expect, it } from '@jest/globals';
import { decodeJwt } from 'jose';
import type { RepositoryDispatch } from '../../src/sandbox/github/emulation.js';
import type { Permissions } from '../../src/sandbox/github/job-tokens.js';
import { SANDBOX_REPOSITORY } from '../../src/sandbox/index.js';
import { useSandboxFixture } from '../harness/sandbox.js';

// No ARM traffic here, so no spec validation (and no specs to load).
const fixture = useSandboxFixture({ storage: false, validate: false });
const DISPATCHES = `/_github/repos/${SANDBOX_REPOSITORY}/dispatches`;

function credentials(permissions: Permissions = { contents: 'write' }) {
  return fixture.sandbox.github.issueJobCredentials({
    repository: SANDBOX_REPOSITORY,
    permissions,
    subject: `repo:${SANDBOX_REPOSITORY}:environment:dev`,
  });
}

function dispatch(body: unknown, authorization?: string, path = DISPATCHES) {
  return fixture.request('POST', path, { body, headers: authorization ? { authorization } : {} });
}

describe('POST /repos/{owner}/{repo}/dispatches', () => {
  it('accepts a job token with contents: write (Bearer or token scheme), answers 204 and hands the event on', async () => {
    const { token } = credentials();
    const received: RepositoryDispatch[] = [];
    const stop = fixture.sandbox.github.onDispatch((event) => received.push(event));
    try {
      const payload = { model: 'credit-default', drift_share: 0.6 };
      const bearer = await dispatch(
        { event_type: 'model-drift', client_payload: payload },
        `Bearer ${token}`,
      );
      expect([bearer.status, bearer.text]).toEqual([204, '']);
      const scheme = await dispatch({ event_type: 'model-drift' }, `token ${token}`);
      expect(scheme.status).toBe(204);
      await new Promise((resolve) => setImmediate(resolve));
      expect(received).toEqual([
        {
          repository: SANDBOX_REPOSITORY,
          eventType: 'model-drift',
          clientPayload: payload,
          sender: SANDBOX_REPOSITORY,
        },
        {
          repository: SANDBOX_REPOSITORY,
          eventType: 'model-drift',
          clientPayload: {},
          sender: SANDBOX_REPOSITORY,
        },
      ]);
    } finally {
      stop();
    }
  });

  it('answers 401 without a token, with a bad token and with the token of a job that has ended', async () => {
    const none = await dispatch({ event_type: 'x' });
    expect([none.status, (none.body as { message: string }).message]).toEqual([
      401,
      'Requires authentication',
    ]);
    const bad = await dispatch({ event_type: 'x' }, 'Bearer ghs_not-a-token');
    expect([bad.status, bad.body]).toEqual([
      401,
      { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' },
    ]);
    const ended = credentials();
    fixture.sandbox.github.revokeJobCredentials(ended);
    expect((await dispatch({ event_type: 'x' }, `Bearer ${ended.token}`)).status).toBe(401);
  });

  it('answers 404 for a repository the token cannot see, 403 without contents: write', async () => {
    const { token } = credentials();
    const other = await dispatch(
      { event_type: 'x' },
      `Bearer ${token}`,
      '/_github/repos/someone/else/dispatches',
    );
    expect([other.status, (other.body as { message: string }).message]).toEqual([404, 'Not Found']);
    const readOnly = credentials({ contents: 'read' });
    const refused = await dispatch({ event_type: 'x' }, `Bearer ${readOnly.token}`);
    expect([refused.status, (refused.body as { message: string }).message]).toEqual([
      403,
      'Resource not accessible by integration',
    ]);
  });

  it('answers 422 for a missing or too long event_type and for more than 10 payload properties', async () => {
    const authorization = `Bearer ${credentials().token}`;
    const missing = await dispatch({ client_payload: {} }, authorization);
    expect([missing.status, (missing.body as { message: string }).message]).toEqual([
      422,
      'Invalid request.\n\n"event_type" wasn\'t supplied.',
    ]);
    expect((await dispatch({ event_type: 'e'.repeat(100) }, authorization)).status).toBe(204);
    const long = await dispatch({ event_type: 'e'.repeat(101) }, authorization);
    expect(long.status).toBe(422);
    expect((long.body as { message: string }).message).toMatch(/is too long \(maximum is 100 characters\)/);

    const keys = (count: number) => Object.fromEntries(Array.from({ length: count }, (_, i) => [`k${i}`, i]));
    expect((await dispatch({ event_type: 'e', client_payload: keys(10) }, authorization)).status).toBe(204);
    const eleven = await dispatch({ event_type: 'e', client_payload: keys(11) }, authorization);
    expect([eleven.status, eleven.body]).toEqual([
      422,
      {
        message: 'Invalid request.\n\nNo more than 10 properties are allowed; 11 were supplied.',
        documentation_url: 'https://docs.github.com/rest/repos/repos#create-a-repository-dispatch-event',
        status: '422',
      },
    ]);
    const notObject = await dispatch({ event_type: 'e', client_payload: [1] }, authorization);
    expect(notObject.status).toBe(422);
  });
});

describe('job ID tokens', () => {
  it('exist only with id-token: write and carry the job subject', async () => {
    const without = credentials({ contents: 'read' });
    expect(without.idTokenRequestToken).toBeUndefined();
    const withToken = credentials({ 'id-token': 'write' });
    const response = await fixture.request(
      'GET',
      '/_runner/idtoken?api-version=2.0&audience=api://AzureADTokenExchange',
      {
        headers: { authorization: `Bearer ${withToken.idTokenRequestToken}` },
      },
    );
    expect(response.status).toBe(200);
    expect(decodeJwt((response.body as { value: string }).value)).toMatchObject({
      sub: `repo:${SANDBOX_REPOSITORY}:environment:dev`,
      aud: 'api://AzureADTokenExchange',
    });
    fixture.sandbox.github.revokeJobCredentials(withToken);
    const after = await fixture.request('GET', '/_runner/idtoken?api-version=2.0', {
      headers: { authorization: `Bearer ${withToken.idTokenRequestToken}` },
    });
    expect(after.status).toBe(401);
  });
});
