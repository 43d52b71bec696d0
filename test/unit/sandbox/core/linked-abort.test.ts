// The hand-composed AbortSignal.any of the pipeline runtime: it follows its parent with the parent's reason, aborts
// on its own without touching the parent, and lets go of the parent when released.
import { describe, expect, it } from '@jest/globals';
import { linkedAbort } from '../../../../src/sandbox/core/linked-abort.js';

describe('linkedAbort', () => {
  it("aborts with the parent's reason, and on its own without aborting the parent", () => {
    const parent = new AbortController();
    const followed = linkedAbort(parent.signal);
    const own = linkedAbort(parent.signal);
    own.controller.abort('timeout');
    expect(own.signal.reason).toBe('timeout');
    expect(parent.signal.aborted).toBe(false);
    expect(followed.signal.aborted).toBe(false);
    parent.abort('cancelled');
    expect(followed.signal.aborted).toBe(true);
    expect(followed.signal.reason).toBe('cancelled');
    expect(own.signal.reason).toBe('timeout');
  });

  it('starts aborted under an aborted parent', () => {
    const parent = new AbortController();
    parent.abort('gone');
    expect(linkedAbort(parent.signal).signal.reason).toBe('gone');
  });

  it('no longer follows the parent once released', () => {
    const parent = new AbortController();
    const linked = linkedAbort(parent.signal);
    linked.release();
    parent.abort('cancelled');
    expect(linked.signal.aborted).toBe(false);
  });

  it('follows one parent from 50 children (a ForEach at its largest batchCount), and lets go of the released', () => {
    const parent = new AbortController();
    const children = Array.from({ length: 50 }, () => linkedAbort(parent.signal));
    for (const child of children.slice(0, 25)) child.release();
    parent.abort('cancelled');
    expect(children.filter((child) => child.signal.aborted)).toHaveLength(25);
  });
});
