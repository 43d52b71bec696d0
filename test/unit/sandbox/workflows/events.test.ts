import { describe, expect, it } from '@jest/globals';
import { deliver, whyNotTriggered } from '../../../../src/sandbox/workflows/events.js';

const SHA = 'a'.repeat(40);

describe('whyNotTriggered', () => {
  it.each([
    [{ push: { branches: ['main'] } }, { name: 'push' as const }, undefined],
    [
      { push: { branches: ['main'] } },
      { name: 'push' as const, ref: 'feature' },
      "its push branch filters exclude 'feature'",
    ],
    [
      { push: { branches: ['releases/**', '!releases/old'] } },
      { name: 'push' as const, ref: 'releases/v1/x' },
      undefined,
    ],
    [
      { push: { branches: ['releases/**', '!releases/old'] } },
      { name: 'push' as const, ref: 'releases/old' },
      "its push branch filters exclude 'releases/old'",
    ],
    [
      { push: { 'branches-ignore': ['wip/*'] } },
      { name: 'push' as const, ref: 'wip/a' },
      "its push branch filters exclude 'wip/a'",
    ],
    [{ pull_request: {} }, { name: 'pull_request' as const }, undefined],
    [
      { schedule: [{ cron: '0 1 * * *' }] },
      { name: 'push' as const },
      'it does not run on push (on: schedule)',
    ],
    [
      { repository_dispatch: { types: ['model-drift'] } },
      { name: 'repository_dispatch' as const, eventType: 'other' },
      "it listens for repository_dispatch types model-drift, not 'other'",
    ],
    [{ repository_dispatch: {} }, { name: 'repository_dispatch' as const, eventType: 'any' }, undefined],
  ])('%j on %j: %s', (events, event, reason) => {
    expect(whyNotTriggered(events, deliver(event, 'o/r', SHA))).toBe(reason);
  });
});

describe('deliver', () => {
  it('gives a pull request the head and base GitHub gives, and a fork another head repository', () => {
    const same = deliver({ name: 'pull_request', number: 7, head: 'fix' }, 'o/r', SHA);
    expect([same.ref, same.headRef, same.baseRef]).toEqual(['refs/pull/7/merge', 'fix', 'main']);
    expect(same.payload).toMatchObject({ number: 7, pull_request: { head: { repo: { full_name: 'o/r' } } } });
    const fork = deliver({ name: 'pull_request', fork: true }, 'o/r', SHA);
    expect(fork.payload).toMatchObject({ pull_request: { head: { repo: { full_name: 'contributor/r' } } } });
  });

  it('gives a repository_dispatch its type as action and its client_payload, on the default branch', () => {
    const event = deliver(
      { name: 'repository_dispatch', eventType: 'model-drift', clientPayload: { a: 1 } },
      'o/r',
      SHA,
    );
    expect(event.ref).toBe('refs/heads/main');
    expect(event.payload).toMatchObject({ action: 'model-drift', client_payload: { a: 1 }, branch: 'main' });
  });
});
