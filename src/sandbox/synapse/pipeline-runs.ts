/**
 * Pipeline runs of a Synapse workspace on its development endpoint (api-version 2020-12-01, pipelines.json of the
 * artifacts spec), executed by the sandbox's one pipeline runtime (pipelines/runtime/) with the workspace as the
 * run's host: its pipelines, datasets and linked services, its system-assigned identity for MSI authentication, its
 * environment's control database; `pipeline().DataFactory` is the workspace's name, and there are no global
 * parameters.
 *
 * - POST `/pipelines/{p}/createRun` answers 202 with `{runId}` (the spec's only success answer); the body is the
 *   parameters; `referencePipelineRunId` + `isRecovery` as in Data Factory; `startActivityName` is refused (the
 *   sandbox reruns whole pipelines only). A retried request (same `x-ms-client-request-id`) finds its run, as Data
 *   Factory's does (assumed the same service behaviour).
 * - GET `/pipelineruns/{id}`; POST `/pipelineruns/{id}/cancel?isRecursive=` answers 200 with no body (recursive: the
 *   runs its ExecutePipeline activities started are cancelled too).
 * - POST `/queryPipelineRuns` and `/pipelines/{p}/pipelineruns/{id}/queryActivityruns` with RunFilterParameters, the
 *   same filters, order and continuation tokens as Data Factory's queries (arm/datafactory/run-queries.ts). The
 *   activity-run query names the run's pipeline in its path; a name that is not the run's answers as an unknown run.
 */
import {
  ACTIVITY_RUN_FIELDS,
  answerRunQuery,
  PIPELINE_RUN_FIELDS,
  type RunQueryOptions,
} from '../arm/datafactory/run-queries.js';
import { activityRunView, pipelineRunView } from '../arm/datafactory/run-views.js';
import type { SandboxContext } from '../context.js';
import { json, type Router } from '../core/http.js';
import { type CreateRunAnswers, createManualRun } from '../pipelines/runtime/manual-run.js';
import type { PipelineRuntime } from '../pipelines/runtime/pipeline-runtime.js';
import { workspaceHost } from '../pipelines/runtime/run-host.js';
import type { StoredRun } from '../pipelines/runtime/run-records.js';
import { DEV_ENDPOINT_PATH } from './endpoint.js';
import {
  badRequest,
  pipelineToRunNotFound,
  referencedRunNotFound,
  referencedRunNotValid,
  runNotFound,
} from './errors.js';
import { DEV, withWorkspace } from './scope.js';
import { type Json, type StoredWorkspace, synapse } from './store.js';

/**
 * A run as the Synapse spec shows it: Data Factory's view, but `invokedBy` has only `id`, `name` and
 * `invokedByType` in the Synapse spec's PipelineRunInvokedBy (Data Factory's adds the parent's pipeline and run id).
 */
function runView(workspace: StoredWorkspace, run: StoredRun): Json {
  const view = pipelineRunView(workspaceHost(workspace), run);
  const { id, name, invokedByType } = run.invokedBy;
  return { ...view, invokedBy: { id, name, invokedByType } };
}

function runOf(workspace: StoredWorkspace, runId: string): StoredRun | undefined {
  return workspace.runs?.[runId.toLowerCase()];
}

/** Synapse's answers to a createRun: 202, its error envelope, a rerun from an activity refused. */
function workspaceAnswers(workspace: StoredWorkspace): CreateRunAnswers {
  return {
    status: 202,
    unsupportedRerun: (query) =>
      query.get('startActivityName')
        ? 'The sandbox reruns whole pipelines only: startActivityName is not supported.'
        : undefined,
    pipelineNotFound: (name) => pipelineToRunNotFound(workspace, name),
    referencedRunNotValid: (runId) => referencedRunNotValid(runId),
    referencedRunNotFound,
    badRequest: (message) => badRequest(message),
  };
}

function query(context: SandboxContext, fields: RunQueryOptions['fields'], defaultOrder: string) {
  return {
    fields,
    defaultOrder,
    pageSize: synapse(context).pageSize,
    refuse: (message: string) => badRequest(message),
  };
}

export function registerPipelineRuns(
  router: Router,
  context: SandboxContext,
  runtime: PipelineRuntime,
): void {
  router.post(
    `${DEV_ENDPOINT_PATH}/pipelines/:pipeline/createRun`,
    DEV,
    withWorkspace(context, (workspace, request) =>
      createManualRun(runtime, workspaceHost(workspace), request, workspaceAnswers(workspace)),
    ),
  );
  router.get(
    `${DEV_ENDPOINT_PATH}/pipelineruns/:runId`,
    DEV,
    withWorkspace(context, (workspace, { params }) => {
      const run = runOf(workspace, params.runId!);
      if (!run) return runNotFound(params.runId!);
      runtime.reconcile(run);
      return json(200, runView(workspace, run));
    }),
  );
  router.post(
    `${DEV_ENDPOINT_PATH}/pipelineruns/:runId/cancel`,
    DEV,
    withWorkspace(context, (workspace, { params, query: search }) => {
      const run = runOf(workspace, params.runId!);
      if (!run) return referencedRunNotFound(params.runId!);
      // Cancelling a finished (or already cancelling) run changes nothing; assumed to answer 200 like a cancel.
      runtime.cancel(workspaceHost(workspace), run.runId, search.get('isRecursive') === 'true');
      return { status: 200 };
    }),
  );
  router.post(
    `${DEV_ENDPOINT_PATH}/queryPipelineRuns`,
    DEV,
    withWorkspace(context, (workspace, { body }) => {
      const host = workspaceHost(workspace);
      const runs = Object.values(host.runs).map((run) => {
        runtime.reconcile(run);
        return { view: runView(workspace, run), updated: run.lastUpdated };
      });
      return answerRunQuery(body, runs, query(context, PIPELINE_RUN_FIELDS, 'RunStart'));
    }),
  );
  router.post(
    `${DEV_ENDPOINT_PATH}/pipelines/:pipeline/pipelineruns/:runId/queryActivityruns`,
    DEV,
    withWorkspace(context, (workspace, { params, body }) => {
      const run = runOf(workspace, params.runId!);
      if (!run || run.pipelineName.toLowerCase() !== params.pipeline!.toLowerCase())
        return runNotFound(params.runId!);
      runtime.reconcile(run);
      const activities = run.activities.map((activity) => ({
        view: activityRunView(run, activity),
        updated: activity.lastUpdated,
      }));
      return answerRunQuery(body, activities, query(context, ACTIVITY_RUN_FIELDS, 'ActivityRunStart'));
    }),
  );
}
