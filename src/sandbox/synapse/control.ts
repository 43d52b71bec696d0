/**
 * The Synapse control route tests use (`/_sandbox/synapse/...`, loopback only, no token, like the rest of the
 * control API): the list page size, to see paging with few artifacts.
 */
import type { SandboxContext } from '../context.js';
import { json, type Router } from '../core/http.js';
import { synapse } from './store.js';

const NONE = { auth: 'none' } as const;

export function registerSynapseControl(router: Router, context: SandboxContext): void {
  const path = '/_sandbox/synapse/page-size';
  router.get(path, NONE, () => json(200, { pageSize: synapse(context).pageSize }));
  router.put(path, NONE, ({ body }) => {
    const size = (body as { pageSize?: unknown } | undefined)?.pageSize;
    if (!Number.isInteger(size) || (size as number) < 1) {
      return json(400, { error: { code: 'BadRequest', message: 'pageSize must be a positive integer.' } });
    }
    synapse(context).pageSize = size as number;
    return { status: 204 };
  });
}
