// The sandbox's router: ARM's case-insensitive paths with one tolerated trailing slash, parameters decoded, routes
// tried in the order they were added, and the methods a path allows when none of its routes takes the request's.
import { describe, expect, it } from '@jest/globals';
import { Router, type SandboxResponse } from '../../../../src/sandbox/core/http.js';

const handler = (name: string) => async (): Promise<SandboxResponse> => ({ status: 200, body: name });

const router = new Router()
  .get('/subscriptions/:subscription/resourceGroups/:group', { auth: 'arm' }, handler('group'))
  .put('/subscriptions/:subscription/resourceGroups/:group', { auth: 'arm' }, handler('put group'))
  .get('/subscriptions/:subscription/resourceGroups/special', { auth: 'arm' }, handler('special'))
  .get('/subscriptions/:subscription', { auth: 'arm' }, handler('subscription'))
  .post('/score/:endpoint/jobs/:job', { auth: 'none' }, handler('job'));

const served = (method: string, path: string) => {
  const match = router.match(method, path);
  return match && 'handler' in match ? { pattern: match.pattern, params: match.params } : match;
};

describe('Router', () => {
  it('matches by method and path, case-insensitively, with one trailing slash tolerated', () => {
    expect(served('GET', '/SUBSCRIPTIONS/s1/resourcegroups/rg%20one/')).toEqual({
      pattern: '/subscriptions/:subscription/resourceGroups/:group',
      params: { subscription: 's1', group: 'rg one' },
    });
    expect(served('put', '/subscriptions/s1/resourceGroups/rg')).toMatchObject({
      params: { subscription: 's1', group: 'rg' },
    });
    // The first route added that matches wins, as before.
    expect(served('GET', '/subscriptions/s1/resourceGroups/special')).toMatchObject({
      pattern: '/subscriptions/:subscription/resourceGroups/:group',
    });
    expect(served('GET', '/subscriptions/s1')).toMatchObject({ params: { subscription: 's1' } });
    expect(served('POST', '/score/e1/jobs/j1')).toMatchObject({ params: { endpoint: 'e1', job: 'j1' } });
  });

  it('gives the allowed methods of a path no route of the method serves, and nothing for unknown paths', () => {
    expect(served('DELETE', '/subscriptions/s1/resourceGroups/rg')).toEqual({ allowed: ['GET', 'PUT'] });
    expect(served('GET', '/subscriptions/s1/resourceGroups/rg/extra')).toBeUndefined();
    expect(served('GET', '/subscriptions/s1/resourceGroups/rg//')).toBeUndefined();
    expect(served('GET', '/subscriptions')).toBeUndefined();
    expect(served('GET', '/')).toBeUndefined();
  });
});
