/**
 * The Data Factory control route tests use (`/_sandbox/datafactory/...`, loopback only, no token, like the rest of
 * the control API): the list page size, lowered to see paging with few resources. Pipeline runs need no control
 * route: they really run, and a test makes an activity fail the way a pipeline would (a Fail activity, a Web call
 * to an injected fault of `/_sandbox/faults`, a missing table).
 */
import type { SandboxContext } from '../../context.js';
import { json, type Router } from '../../core/http.js';
import { pageSize, setPageSize } from './paging.js';

const NONE = { auth: 'none' } as const;
const bad = (message: string) => json(400, { error: { code: 'BadRequest', message } });

export function registerDataFactoryControl(router: Router, context: SandboxContext): void {
  const base = '/_sandbox/datafactory';
  router.get(`${base}/page-size`, NONE, () => json(200, { pageSize: pageSize(context) }));
  router.put(`${base}/page-size`, NONE, ({ body }) => {
    const size = (body as { pageSize?: unknown } | undefined)?.pageSize;
    if (!Number.isInteger(size) || (size as number) < 1) return bad('pageSize must be a positive integer.');
    setPageSize(context, size as number);
    return { status: 204 };
  });
}
