/**
 * The Data Factory control routes tests use (`/_sandbox/datafactory/...`, loopback only, no token, like the
 * rest of the control API): the list page size, and pipeline run outcomes (see outcomes.ts).
 */
import type { SandboxContext } from '../../context.js';
import { json, type Router } from '../../core/http.js';
import { addOutcomeRule, applyToRun, clearOutcomeRules, parseOutcome } from './outcomes.js';
import { pageSize, setPageSize } from './paging.js';
import { dataFactory } from './store.js';

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

  router.get(`${base}/outcomes`, NONE, () => json(200, { value: dataFactory(context).outcomes }));
  router.post(`${base}/outcomes`, NONE, ({ body }) => {
    const rule = parseOutcome(body);
    if (typeof rule === 'string') return bad(rule);
    if (!rule.runId) {
      addOutcomeRule(context, rule);
      return json(201, rule);
    }
    return applyToRun(context, rule)
      ? json(200, rule)
      : json(404, { error: { code: 'NotFound', message: `No run ${rule.runId}.` } });
  });
  router.delete(`${base}/outcomes`, NONE, () => {
    clearOutcomeRules(context);
    return { status: 204 };
  });
}
