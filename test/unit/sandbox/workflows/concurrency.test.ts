import { describe, expect, it } from '@jest/globals';
import { ConcurrencyGroups, type GroupMember } from '../../../../src/sandbox/workflows/concurrency.js';

function member(label: string, cancelled: string[]): GroupMember {
  return { label, cancel: () => cancelled.push(label) };
}

describe('ConcurrencyGroups', () => {
  it('lets one member in at a time; the next waits until the first releases', async () => {
    const groups = new ConcurrencyGroups();
    const cancelled: string[] = [];
    const notices: string[] = [];
    const first = await groups.enter('deploy-dev', member('run 1', cancelled), false, (n) => notices.push(n));
    let second: (() => void) | undefined;
    const waiting = groups
      .enter('deploy-dev', member('run 2', cancelled), false, (n) => notices.push(n))
      .then((r) => {
        second = r;
      });
    await Promise.resolve();
    expect(second).toBeUndefined();
    expect(notices).toEqual(["concurrency group 'deploy-dev': waiting for run 1"]);
    first!();
    await waiting;
    expect(second).toBeInstanceOf(Function);
    expect(cancelled).toEqual([]);
    // Another group is independent.
    expect(await groups.enter('deploy-prod', member('run 3', cancelled), false, () => {})).toBeInstanceOf(
      Function,
    );
  });

  it('cancels the one in progress with cancel-in-progress, and an older waiter when a newer one arrives', async () => {
    const groups = new ConcurrencyGroups();
    const cancelled: string[] = [];
    const release = await groups.enter('pr-1', member('run 1', cancelled), true, () => {});
    const second = groups.enter('pr-1', member('run 2', cancelled), false, () => {});
    const third = groups.enter('pr-1', member('run 3', cancelled), true, () => {});
    expect(await second).toBeUndefined(); // run 2 was waiting: cancelled by run 3
    expect(cancelled).toEqual(['run 1', 'run 2']); // run 1 cancelled in progress
    release!();
    expect(await third).toBeInstanceOf(Function);
  });
});
