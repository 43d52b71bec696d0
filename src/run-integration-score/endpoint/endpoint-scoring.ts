/**
 * Endpoint mode: the input (uploaded first when it is a workspace path), one batch job on the endpoint of the aml
 * receipt with its deployment named, an output folder of the workspace's default datastore unique to this step
 * (`run-integration-score/<environment>/<run id>-<attempt>-<random>/`: batch jobs write only to a new location), the
 * job watched to its end, and its output downloaded under `$RUNNER_TEMP/run-integration-score/<job>/`.
 */
import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { ContainerClient } from '@azure/storage-blob';
import type { AzureConnection } from '#shared/azure/connection.js';
import { uploadFolder, uploadPrefix } from '#shared/azure/datastore-upload.js';
import { datastoreUri } from '#shared/azure/datastore-uris.js';
import { withContext } from '#shared/errors.js';
import type { Logger } from '#shared/logger.js';
import type { Cleanup } from '../deadline-cleanup.js';
import type { LiveRelease } from '../live-checks.js';
import { endpointInput, type PreparedScoring } from '../prepare.js';
import { JobFailedError, type ScoringOutcome } from '../scoring-run.js';
import { invokeBatchEndpoint } from './batch-invocation.js';
import { COMPLETED, watchJob } from './batch-job.js';

export interface EndpointScoringDeps {
  readonly azure: AzureConnection;
  readonly logger: Logger;
  readonly clock: () => number;
  readonly deadline: number;
  /** Runs the cancellation at the deadline (RunDeadline.afterDeadline). */
  readonly cleanup?: Cleanup;
  readonly signal: AbortSignal;
  readonly env: NodeJS.ProcessEnv;
  readonly environment: string;
  readonly userAgent: string;
  /** First delay between looks at the job. */
  readonly pollDelayMs?: number;
}

/** Where the job reads its input: the datastore URI of the uploaded path, or the URI as given. */
export function inputUri(prepared: PreparedScoring, release: LiveRelease): string {
  const input = endpointInput(prepared);
  if (input.kind !== 'local') return input.uri;
  const prefix = uploadPrefix(input.content);
  const path = input.type === 'UriFolder' ? `${prefix}/` : `${prefix}/${input.content.files[0]!.path}`;
  return datastoreUri(release.datastore.name, path);
}

/** The output folder of this step: new, in the default datastore. */
export function outputFolder(prepared: PreparedScoring, environment: string): string {
  const { runId, runAttempt } = prepared.run;
  const run = runId ? `${runId}-${runAttempt}-` : '';
  return `run-integration-score/${environment}/${run}${randomUUID().slice(0, 8)}/`;
}

/** Downloads every blob under `prefix` into `folder`, keeping the relative paths; answers the local files. */
export async function downloadFolder(
  container: ContainerClient,
  prefix: string,
  folder: string,
): Promise<string[]> {
  const files: string[] = [];
  try {
    for await (const blob of container.listBlobsFlat({ prefix })) {
      const local = join(folder, ...blob.name.slice(prefix.length).split('/'));
      await mkdir(dirname(local), { recursive: true });
      await container.getBlobClient(blob.name).downloadToFile(local);
      files.push(local);
    }
  } catch (error) {
    throw withContext(
      `Could not download the job's output from '${container.containerName}/${prefix}'`,
      error,
    );
  }
  return files;
}

export async function scoreThroughEndpoint(
  prepared: PreparedScoring,
  release: LiveRelease,
  deps: EndpointScoringDeps,
): Promise<ScoringOutcome> {
  const { logger, signal, clock } = deps;
  const aml = prepared.amlReceipt;
  const source = endpointInput(prepared);
  if (source.kind === 'local') {
    await logger.group('Upload the input', () => uploadFolder(release.container, source.content, logger));
  }
  signal.throwIfAborted();
  const input = { type: source.type, uri: inputUri(prepared, release) };
  const outputPath = outputFolder(prepared, deps.environment);
  const outputUri = datastoreUri(release.datastore.name, outputPath);
  return logger.group('Score', async () => {
    const started = clock();
    const invoked = await invokeBatchEndpoint(
      { scoringUri: aml.endpoint.scoringUri, deployment: aml.deployment.name, input, outputUri },
      {
        credential: deps.azure.credential,
        cloud: deps.azure.cloud,
        caCertificates: deps.azure.caCertificates,
        userAgent: deps.userAgent,
        signal,
      },
    ).catch((error: unknown) => {
      // Cancelled while the request was in flight: whether a job was created is unknown; say what happened.
      if (signal.aborted) throw signal.reason;
      throw withContext(
        `Azure refused to start a batch job on endpoint '${aml.endpoint.name}' (deployment '${aml.deployment.name}')`,
        error,
      );
    });
    logger.info(
      `Started batch job '${invoked.name}' on endpoint '${aml.endpoint.name}', deployment '${aml.deployment.name}': input ${input.uri}, output ${outputUri}`,
    );
    const finished = await watchJob(release.scope, invoked.name, {
      deadline: deps.deadline,
      ...(deps.cleanup ? { cleanup: deps.cleanup } : {}),
      logger,
      clock,
      signal,
      ...(deps.pollDelayMs !== undefined ? { initialDelayMs: deps.pollDelayMs } : {}),
    });
    const durationMs = clock() - started;
    const job = {
      id: finished.name,
      status: finished.status,
      ...(finished.resourceId ? { resourceId: finished.resourceId } : {}),
      ...(finished.studioUrl ? { url: finished.studioUrl } : {}),
      ...(finished.logs ? { logs: finished.logs } : {}),
    };
    if (finished.status !== COMPLETED) {
      const reason = finished.error ? `: ${finished.error}` : ' (Azure gave no reason)';
      const logs = finished.logs
        ? ` Its logs: ${finished.logs}`
        : ` Its logs: az ml job download --name ${finished.name} --all`;
      throw new JobFailedError(`Batch job '${finished.name}' ended ${finished.status}${reason}.${logs}`, job);
    }
    const local = join(deps.env.RUNNER_TEMP || tmpdir(), 'run-integration-score', finished.name);
    const files = await downloadFolder(release.container, outputPath, local);
    logger.info(`Downloaded the output (${files.length} file(s)) to ${local}`);
    return { mode: 'endpoint', job, durationMs, outputUri, outputPath: local, files };
  });
}
