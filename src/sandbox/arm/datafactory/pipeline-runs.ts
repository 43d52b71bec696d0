/**
 * Pipeline runs: POST `{F}/pipelines/{p}/createRun`, GET `{F}/pipelineruns/{id}`, POST `.../cancel`. A run only
 * walks its statuses (run-state.ts) and ends as outcomes.ts says; executing activities for real is NOT in scope
 * (a later issue). Seen in recordings (azure-powershell RunTests/TestRunV2.json): the run id is the request's
 * `x-ms-client-request-id` (so a retried createRun finds its run instead of starting another), `invokedBy` is
 * `{id, name: 'Manual', invokedByType: 'Manual'}`, a recovery run (`isRecovery`) joins the referenced run's
 * group and becomes the latest of it, and cancel answers 200 with no body. Parameter values are strings
 * (objects as JSON), as the spec's PipelineRun says.
 */
import { randomUUID } from 'node:crypto';
import type { SandboxContext } from '../../context.js';
import { json, type Router, type SandboxRequest, type SandboxResponse } from '../../core/http.js';
import {
  badRequest,
  documentNotFound,
  referencedRunNotFound,
  referencedRunNotValid,
  runNotFound,
} from './errors.js';
import { resourceId } from './kinds.js';
import { activityTypes, outcomeActivities, outcomeRuleFor } from './outcomes.js';
import { isTerminal, newActivity, pipelineRunView, progress, type StoredRun } from './run-state.js';
import { FACTORY_PATH, withFactory } from './scope.js';
import { type Json, resourcesOf, type StoredFactory } from './store.js';

const ARM = { auth: 'arm', validate: true } as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isLatest(factory: StoredFactory, run: StoredRun): boolean {
  return !Object.values(factory.runs).some(
    (other) => other.runGroupId === run.runGroupId && other.createdAt > run.createdAt,
  );
}

export function runView(context: SandboxContext, factory: StoredFactory, run: StoredRun): Json {
  const state = progress(run, context.clock(), context.timing.pipelineRunPhaseMs);
  return pipelineRunView(run, state, isLatest(factory, run));
}

const asString = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

/** The activities a new run reports: the pipeline's top-level ones, narrowed for a recovery run. */
function plannedActivities(pipeline: Json, reference: StoredRun | undefined, query: URLSearchParams) {
  const activities = (Array.isArray(pipeline.activities) ? pipeline.activities : []) as Json[];
  let planned = activities.map((a) => newActivity(String(a.name), String(a.type)));
  const startAt = query.get('startActivityName');
  const index = startAt
    ? planned.findIndex((a) => a.activityName.toLowerCase() === startAt.toLowerCase())
    : -1;
  if (index > 0) planned = planned.slice(index);
  if (reference && query.get('startFromFailure') === 'true') {
    const succeeded = new Set(
      reference.activities
        .filter((a) => (a.status ?? reference.outcome.status) === 'Succeeded')
        .map((a) => a.activityName),
    );
    planned = planned.filter((a) => !succeeded.has(a.activityName));
  }
  return planned;
}

function createRun(
  context: SandboxContext,
  factory: StoredFactory,
  request: SandboxRequest,
): SandboxResponse {
  const name = request.params.pipeline!;
  const pipeline = resourcesOf(factory, 'pipelines')[name.toLowerCase()];
  if (!pipeline) return documentNotFound(resourceId(factory, 'pipelines', name));
  const referenceId = request.query.get('referencePipelineRunId');
  let reference: StoredRun | undefined;
  if (referenceId) {
    if (!UUID.test(referenceId)) return referencedRunNotValid(referenceId, pipeline.name);
    reference = factory.runs[referenceId.toLowerCase()];
    if (!reference) return referencedRunNotFound(referenceId);
  }
  const body = request.body ?? {};
  if (typeof body !== 'object' || Array.isArray(body)) {
    return badRequest('The run parameters must be an object.');
  }

  const clientId = request.headers['x-ms-client-request-id'];
  const runId = typeof clientId === 'string' && UUID.test(clientId) ? clientId.toLowerCase() : randomUUID();
  if (factory.runs[runId]) return json(200, { runId });

  const rule = outcomeRuleFor(context, factory.name, pipeline.name);
  const recovery = reference !== undefined && request.query.get('isRecovery') === 'true';
  factory.runs[runId] = {
    runId,
    runGroupId: recovery ? reference!.runGroupId : runId,
    pipelineName: pipeline.name,
    parameters: Object.fromEntries(
      Object.entries({ ...reference?.parameters, ...(body as Json) }).map(([k, v]) => [k, asString(v)]),
    ),
    invokedBy: { id: randomUUID().replace(/-/g, ''), name: 'Manual', invokedByType: 'Manual' },
    createdAt: context.clock(),
    outcome: {
      status: rule?.status ?? 'Succeeded',
      ...(rule?.message !== undefined ? { message: rule.message } : {}),
    },
    activities: rule?.activityRuns
      ? outcomeActivities(rule, activityTypes(pipeline.properties))
      : plannedActivities(pipeline.properties, recovery ? reference : undefined, request.query),
  };
  return json(200, { runId });
}

export function registerPipelineRuns(router: Router, context: SandboxContext): void {
  router.post(
    `${FACTORY_PATH}/pipelines/:pipeline/createRun`,
    ARM,
    withFactory(context, (factory, request) => createRun(context, factory, request)),
  );
  router.get(
    `${FACTORY_PATH}/pipelineruns/:runId`,
    ARM,
    withFactory(context, (factory, { params }) => {
      const run = factory.runs[params.runId!.toLowerCase()];
      return run ? json(200, runView(context, factory, run)) : runNotFound(params.runId!);
    }),
  );
  router.post(
    `${FACTORY_PATH}/pipelineruns/:runId/cancel`,
    ARM,
    withFactory(context, (factory, { params }) => {
      const run = factory.runs[params.runId!.toLowerCase()];
      if (!run) return referencedRunNotFound(params.runId!);
      const now = context.clock();
      const { status } = progress(run, now, context.timing.pipelineRunPhaseMs);
      // Cancelling a finished (or already cancelling) run changes nothing; assumed to answer 200 like a cancel.
      if (!isTerminal(status) && status !== 'Canceling') run.cancelRequestedAt = now;
      return { status: 200 };
    }),
  );
}
