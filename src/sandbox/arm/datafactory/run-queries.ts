/**
 * POST `{F}/queryPipelineRuns`, `{F}/pipelineruns/{id}/queryActivityruns` and `{F}/queryTriggerRuns` with
 * RunFilterParameters: `lastUpdatedAfter`/`lastUpdatedBefore` (required, inclusive), `filters`
 * (Equals/NotEquals/In/NotIn over the operands the spec lists for each query), `orderBy`, and `continuationToken`
 * paging (`{value, continuationToken}`). Without an orderBy the runs come by start time, oldest first (assumed).
 * Times are the sandbox clock's: a client on an accelerated sandbox asks for a window around the sandbox's time.
 */
import type { SandboxContext } from '../../context.js';
import { json, type Router, type SandboxResponse } from '../../core/http.js';
import type { PipelineRuntime } from '../../pipelines/runtime/pipeline-runtime.js';
import { triggerRunView } from '../../pipelines/triggers/trigger-runs.js';
import { badRequest, runNotFound } from './errors.js';
import { decodeToken, encodeToken, pageOf, pageSize } from './paging.js';
import { activityRunView, latestRunStarts, pipelineRunView } from './run-views.js';
import { FACTORY_PATH, withFactory } from './scope.js';
import type { Json } from './store.js';

const ARM = { auth: 'arm', validate: true } as const;

interface RunFilter {
  operand: string;
  operator: string;
  values: unknown[];
}

interface Query {
  continuationToken?: string;
  lastUpdatedAfter?: string;
  lastUpdatedBefore?: string;
  filters?: RunFilter[];
  orderBy?: Array<{ orderBy: string; order: string }>;
}

/** Operand (and orderBy field) to the value it reads from a run's view. */
type Fields = Readonly<Record<string, (view: Json) => unknown>>;

const read = (field: string) => (view: Json) => view[field];

export const PIPELINE_RUN_FIELDS: Fields = {
  PipelineName: read('pipelineName'),
  Status: read('status'),
  RunStart: read('runStart'),
  RunEnd: read('runEnd'),
  RunGroupId: read('runGroupId'),
  TriggerName: (view) => (view.invokedBy as Json | undefined)?.name,
  LatestOnly: read('isLatest'),
};

export const ACTIVITY_RUN_FIELDS: Fields = {
  ActivityName: read('activityName'),
  ActivityType: read('activityType'),
  Status: read('status'),
  ActivityRunStart: read('activityRunStart'),
  ActivityRunEnd: read('activityRunEnd'),
};

const TRIGGER_RUN_FIELDS: Fields = {
  TriggerName: read('triggerName'),
  TriggerRunTimestamp: read('triggerRunTimestamp'),
  Status: read('status'),
};

const OPERATORS = ['Equals', 'NotEquals', 'In', 'NotIn'];

const same = (a: unknown, b: unknown) => String(a ?? '').toLowerCase() === String(b ?? '').toLowerCase();

function matches(view: Json, filter: RunFilter, fields: Fields): boolean {
  const value = fields[filter.operand]!(view);
  // LatestOnly: ['true'] keeps the latest run of each recovery group; ['false'] keeps all.
  if (filter.operand === 'LatestOnly') return !same(filter.values[0], 'true') || value === true;
  const hit = filter.values.some((candidate) => same(value, candidate));
  return filter.operator === 'Equals' || filter.operator === 'In' ? hit : !hit;
}

function compare(a: Json, b: Json, order: Array<{ orderBy: string; order: string }>, fields: Fields): number {
  for (const { orderBy, order: direction } of order) {
    const field = fields[orderBy]!;
    const [x, y] = [String(field(a) ?? ''), String(field(b) ?? '')];
    const diff = x < y ? -1 : x > y ? 1 : 0;
    if (diff !== 0) return direction.toUpperCase() === 'DESC' ? -diff : diff;
  }
  return 0;
}

export interface RunQueryOptions {
  readonly fields: Fields;
  readonly defaultOrder: string;
  readonly pageSize: number;
  /** The host's answer to a query it cannot serve (Data Factory's BadRequest, or Synapse's). */
  readonly refuse: (message: string) => SandboxResponse;
}

/**
 * Filters, orders and pages runs (their views with the time each was last updated) as the query asks. The Synapse
 * run queries take the same RunFilterParameters and answer the same shape (the Synapse spec's artifacts.json).
 */
export function answerRunQuery(
  body: unknown,
  runs: Array<{ view: Json; updated: number }>,
  { fields, defaultOrder, pageSize: size, refuse }: RunQueryOptions,
): SandboxResponse {
  const query = (body ?? {}) as Query;
  const after = Date.parse(query.lastUpdatedAfter ?? '');
  const before = Date.parse(query.lastUpdatedBefore ?? '');
  if (Number.isNaN(after) || Number.isNaN(before)) {
    return refuse('lastUpdatedAfter and lastUpdatedBefore are required ISO 8601 times.');
  }
  const filters = query.filters ?? [];
  const order = query.orderBy?.length ? query.orderBy : [{ orderBy: defaultOrder, order: 'ASC' }];
  const unsupported = [
    ...filters.filter(
      (f) => !fields[f.operand] || !OPERATORS.includes(f.operator) || !Array.isArray(f.values),
    ),
    ...order.filter((o) => !fields[o.orderBy]),
  ];
  if (unsupported.length) return refuse(`Unsupported filter or order: ${JSON.stringify(unsupported[0])}.`);
  const offset = decodeToken(query.continuationToken);
  if (offset === undefined) return refuse('The continuation token is invalid.');

  const selected = runs
    .filter((run) => run.updated >= after && run.updated <= before)
    .map((run) => run.view)
    .filter((view) => filters.every((filter) => matches(view, filter, fields)))
    .sort((a, b) => compare(a, b, order, fields));
  const page = pageOf(selected, offset, size);
  return json(200, {
    value: page.items,
    ...(page.next !== undefined ? { continuationToken: encodeToken(page.next) } : {}),
  });
}

function adfQuery(context: SandboxContext, fields: Fields, defaultOrder: string): RunQueryOptions {
  return { fields, defaultOrder, pageSize: pageSize(context), refuse: (message) => badRequest(message) };
}

export function registerRunQueries(router: Router, context: SandboxContext, runtime: PipelineRuntime): void {
  router.post(
    `${FACTORY_PATH}/queryPipelineRuns`,
    ARM,
    withFactory(context, (factory, { body }) => {
      const latest = latestRunStarts(factory);
      const runs = Object.values(factory.runs).map((run) => {
        runtime.reconcile(run);
        return { view: pipelineRunView(factory, run, latest), updated: run.lastUpdated };
      });
      return answerRunQuery(body, runs, adfQuery(context, PIPELINE_RUN_FIELDS, 'RunStart'));
    }),
  );
  router.post(
    `${FACTORY_PATH}/pipelineruns/:runId/queryActivityruns`,
    ARM,
    withFactory(context, (factory, { params, body }) => {
      const run = factory.runs[params.runId!.toLowerCase()];
      if (!run) return runNotFound(params.runId!);
      runtime.reconcile(run);
      const activities = run.activities.map((activity) => ({
        view: activityRunView(run, activity),
        updated: activity.lastUpdated,
      }));
      return answerRunQuery(body, activities, adfQuery(context, ACTIVITY_RUN_FIELDS, 'ActivityRunStart'));
    }),
  );
  router.post(
    `${FACTORY_PATH}/queryTriggerRuns`,
    ARM,
    withFactory(context, (factory, { body }) => {
      const runs = Object.values(factory.triggerRuns ?? {}).map((run) => ({
        view: triggerRunView(run),
        updated: run.timestamp,
      }));
      return answerRunQuery(body, runs, adfQuery(context, TRIGGER_RUN_FIELDS, 'TriggerRunTimestamp'));
    }),
  );
}
