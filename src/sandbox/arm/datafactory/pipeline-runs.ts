/**
 * Pipeline runs: POST `{F}/pipelines/{p}/createRun` starts a real run on the sandbox's pipeline runtime
 * (pipelines/runtime/pipeline-runtime.ts), GET `{F}/pipelineruns/{id}` reads it, POST `.../cancel?isRecursive=`
 * cancels it (and, recursively, the runs its ExecutePipeline activities started).
 *
 * Seen in recordings (azure-powershell RunTests/TestRunV2.json): the run id is the request's
 * `x-ms-client-request-id` (so a retried createRun finds its run instead of starting another), `invokedBy` is
 * `{id, name: 'Manual', invokedByType: 'Manual'}`, a recovery run (`isRecovery`) joins the referenced run's group and
 * becomes the latest of it, and cancel answers 200 with no body. A rerun from an activity (`startActivityName`,
 * `startFromFailure`) is refused: the sandbox reruns whole pipelines only.
 */
import { randomUUID } from 'node:crypto';
import type { SandboxContext } from '../../context.js';
import { json, type Router, type SandboxRequest, type SandboxResponse } from '../../core/http.js';
import type { PipelineRuntime } from '../../pipelines/runtime/pipeline-runtime.js';
import { factoryHost } from '../../pipelines/runtime/run-host.js';
import type { StoredRun } from '../../pipelines/runtime/run-records.js';
import {
  badRequest,
  documentNotFound,
  referencedRunNotFound,
  referencedRunNotValid,
  runNotFound,
} from './errors.js';
import { resourceId } from './kinds.js';
import { pipelineRunView } from './run-views.js';
import { FACTORY_PATH, withFactory } from './scope.js';
import { type Json, resourcesOf, type StoredFactory } from './store.js';

const ARM = { auth: 'arm', validate: true } as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function createRun(
  runtime: PipelineRuntime,
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
  if (request.query.get('startActivityName') || request.query.get('startFromFailure') === 'true') {
    return badRequest(
      'The sandbox reruns whole pipelines only: startActivityName and startFromFailure are not supported.',
    );
  }
  const body = request.body ?? {};
  if (typeof body !== 'object' || Array.isArray(body)) {
    return badRequest('The run parameters must be an object.');
  }

  const clientId = request.headers['x-ms-client-request-id'];
  const runId = typeof clientId === 'string' && UUID.test(clientId) ? clientId.toLowerCase() : randomUUID();
  if (factory.runs[runId]) return json(200, { runId });

  const recovery = reference !== undefined && request.query.get('isRecovery') === 'true';
  const started = runtime.start(factoryHost(factory), {
    pipeline,
    parameters: { ...reference?.parameters, ...(body as Json) },
    invokedBy: { id: randomUUID().replace(/-/g, ''), name: 'Manual', invokedByType: 'Manual' },
    runId,
    ...(recovery ? { runGroupId: reference!.runGroupId } : {}),
  });
  if ('error' in started) return badRequest(started.error, `pipeline/${pipeline.name}/`);
  return json(200, { runId });
}

export function registerPipelineRuns(
  router: Router,
  context: SandboxContext,
  runtime: PipelineRuntime,
): void {
  router.post(
    `${FACTORY_PATH}/pipelines/:pipeline/createRun`,
    ARM,
    withFactory(context, (factory, request) => createRun(runtime, factory, request)),
  );
  router.get(
    `${FACTORY_PATH}/pipelineruns/:runId`,
    ARM,
    withFactory(context, (factory, { params }) => {
      const run = factory.runs[params.runId!.toLowerCase()];
      if (!run) return runNotFound(params.runId!);
      runtime.reconcile(run);
      return json(200, pipelineRunView(factory, run));
    }),
  );
  router.post(
    `${FACTORY_PATH}/pipelineruns/:runId/cancel`,
    ARM,
    withFactory(context, (factory, { params, query }) => {
      const run = factory.runs[params.runId!.toLowerCase()];
      if (!run) return referencedRunNotFound(params.runId!);
      // Cancelling a finished (or already cancelling) run changes nothing; assumed to answer 200 like a cancel.
      runtime.cancel(factory, run.runId, query.get('isRecursive') === 'true');
      return { status: 200 };
    }),
  );
}
