/**
 * A createRun request, started on the pipeline runtime: one reading of the request for both front doors (Data
 * Factory's arm/datafactory/pipeline-runs.ts, Synapse's synapse/pipeline-runs.ts), each answering in its own
 * service's error shapes and success status.
 *
 * The run id is the request's `x-ms-client-request-id` when it is a UUID, so a retried createRun finds its run instead
 * of starting another; the body is the parameters; `referencePipelineRunId` must name a run of the host, whose
 * parameters the new run starts from, and with `isRecovery` the new run joins its group; `invokedBy` is
 * `{id, name: 'Manual', invokedByType: 'Manual'}` (seen in azure-powershell's recordings, RunTests/TestRunV2.json).
 */
import { randomUUID } from 'node:crypto';
import type { Json } from '../../arm/datafactory/store.js';
import { json, type SandboxRequest, type SandboxResponse } from '../../core/http.js';
import type { PipelineRuntime } from './pipeline-runtime.js';
import type { RunHost } from './run-host.js';
import type { StoredRun } from './run-records.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** How one service answers a createRun. */
export interface CreateRunAnswers {
  /** The spec's only success status: 200 in Data Factory, 202 in Synapse. */
  readonly status: 200 | 202;
  /** The refusal of a rerun from an activity, which the sandbox does not emulate, when the query asks for one. */
  unsupportedRerun(query: URLSearchParams): string | undefined;
  pipelineNotFound(name: string): SandboxResponse;
  referencedRunNotValid(runId: string, pipeline: string): SandboxResponse;
  referencedRunNotFound(runId: string): SandboxResponse;
  /** `pipeline` is given when the message is about the pipeline's definition. */
  badRequest(message: string, pipeline?: string): SandboxResponse;
}

export function createManualRun(
  runtime: PipelineRuntime,
  host: RunHost,
  request: SandboxRequest,
  answers: CreateRunAnswers,
): SandboxResponse {
  const name = request.params.pipeline!;
  const pipeline = host.artifact('pipelines', name);
  if (!pipeline) return answers.pipelineNotFound(name);
  const referenceId = request.query.get('referencePipelineRunId');
  let reference: StoredRun | undefined;
  if (referenceId) {
    if (!UUID.test(referenceId)) return answers.referencedRunNotValid(referenceId, pipeline.name);
    reference = host.runs[referenceId.toLowerCase()];
    if (!reference) return answers.referencedRunNotFound(referenceId);
  }
  const unsupported = answers.unsupportedRerun(request.query);
  if (unsupported) return answers.badRequest(unsupported);
  const body = request.body ?? {};
  if (typeof body !== 'object' || Array.isArray(body)) {
    return answers.badRequest('The run parameters must be an object.');
  }

  const clientId = request.headers['x-ms-client-request-id'];
  const runId = typeof clientId === 'string' && UUID.test(clientId) ? clientId.toLowerCase() : randomUUID();
  if (host.runs[runId]) return json(answers.status, { runId });

  const recovery = reference !== undefined && request.query.get('isRecovery') === 'true';
  const started = runtime.start(host, {
    pipeline,
    parameters: { ...reference?.parameters, ...(body as Json) },
    invokedBy: { id: randomUUID().replace(/-/g, ''), name: 'Manual', invokedByType: 'Manual' },
    runId,
    ...(recovery ? { runGroupId: reference!.runGroupId } : {}),
  });
  if ('error' in started) return answers.badRequest(started.error, pipeline.name);
  return json(answers.status, { runId });
}
