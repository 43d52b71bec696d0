/**
 * An AbortController that also aborts, with the same reason, when a parent signal does: what
 * `AbortSignal.any([parent, own])` gives, composed by hand. In Node 20 `AbortSignal.any` keeps weak references and a
 * finalization registry per composed signal, a visible CPU cost when every activity run and Web call makes one.
 * `release()` detaches from the parent once the work is over, so a long-lived parent does not collect listeners.
 */
import { setMaxListeners } from 'node:events';

export interface LinkedAbort {
  readonly controller: AbortController;
  readonly signal: AbortSignal;
  release(): void;
}

/** Parents whose listener limit is already lifted: setMaxListeners is not free, and a parent is followed often. */
const unlimited = new WeakSet<AbortSignal>();

export function linkedAbort(parent: AbortSignal): LinkedAbort {
  const controller = new AbortController();
  const follow = () => controller.abort(parent.reason);
  if (parent.aborted) follow();
  else {
    // A parent has one follower per activity or call running under it (a ForEach's up to 50 iterations, each with
    // its own), each removed by release(): not the leak Node's warning past 10 listeners is about.
    if (!unlimited.has(parent)) {
      setMaxListeners(0, parent);
      unlimited.add(parent);
    }
    parent.addEventListener('abort', follow, { once: true });
  }
  return {
    controller,
    signal: controller.signal,
    release: () => parent.removeEventListener('abort', follow),
  };
}
