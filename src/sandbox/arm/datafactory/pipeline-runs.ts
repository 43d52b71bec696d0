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
import type { SandboxContext } from '../../context.js';
import { json, type Router } from '../../core/http.js';
import { type CreateRunAnswers, createManualRun } from '../../pipelines/runtime/manual-run.js';
import type { PipelineRuntime } from '../../pipelines/runtime/pipeline-runtime.js';
import { factoryHost } from '../../pipelines/runtime/run-host.js';
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
import type { StoredFactory } from './store.js';

const ARM = { auth: 'arm', validate: true } as const;
/** Data Factory's answers to a createRun: 200, its error shapes, reruns from an activity refused. */
function factoryAnswers(factory: StoredFactory): CreateRunAnswers {
  return {
    status: 200,
    unsupportedRerun: (query) =>
      query.get('startActivityName') || query.get('startFromFailure') === 'true'
        ? 'The sandbox reruns whole pipelines only: startActivityName and startFromFailure are not supported.'
        : undefined,
    pipelineNotFound: (name) => documentNotFound(resourceId(factory, 'pipelines', name)),
    referencedRunNotValid,
    referencedRunNotFound,
    badRequest: (message, pipeline) => badRequest(message, pipeline && `pipeline/${pipeline}/`),
  };
}

export function registerPipelineRuns(
  router: Router,
  context: SandboxContext,
  runtime: PipelineRuntime,
): void {
  router.post(
    `${FACTORY_PATH}/pipelines/:pipeline/createRun`,
    ARM,
    withFactory(context, (factory, request) =>
      createManualRun(runtime, factoryHost(factory), request, factoryAnswers(factory)),
    ),
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
