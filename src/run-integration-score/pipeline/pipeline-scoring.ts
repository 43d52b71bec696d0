/**
 * Pipeline mode: the use case's pipeline run in the release's factory (or Synapse workspace, when the adf receipt's
 * target is synapse: run-service.ts), its parameters from the control table's row
 * and the `parameters` input, watched to its end; the batch jobs its Web activities started found in their output,
 * each required Completed, and each job's output downloaded under `$RUNNER_TEMP/run-integration-score/<run id>/`
 * to be validated on its own (a job scores one use case's input, so `rows: input` and a golden file hold per job).
 *
 * Two halves: `planPipelineRun` reads everything the run needs (the control table's row, the host's pipelines
 * against the adf receipt, the pipeline's declared parameters) and refuses bad input before anything starts;
 * `scoreThroughPipeline` starts the run (`createRun`) and follows it.
 */
import { join } from 'node:path';
import type { AzureConnection } from '#shared/azure/connection.js';
import { parseDatastoreUri } from '#shared/azure/datastore-uris.js';
import { openDatastoreContainer, readDatastore } from '#shared/azure/datastores.js';
import type { DatabaseAccess } from '#shared/control-table/database.js';
import type { StoredRow } from '#shared/control-table/model.js';
import { ConfigurationError, isNotFound, withContext } from '#shared/errors.js';
import type { Logger } from '#shared/logger.js';
import { receiptFactory, verifyAdfReceipt } from '#shared/receipts/adf-verification.js';
import type { AdfReceipt } from '#shared/receipts/schemas.js';
import type { SecretMasker } from '#shared/secrets.js';
import { getSynapseWorkspace, synapseArmClient } from '#shared/synapse/workspace.js';
import type { Cleanup } from '../deadline-cleanup.js';
import { COMPLETED, watchJob } from '../endpoint/batch-job.js';
import { downloadFolder } from '../endpoint/endpoint-scoring.js';
import type { LiveRelease } from '../live-checks.js';
import type { PreparedScoring } from '../prepare.js';
import { rowCounter } from '../scoring-input.js';
import { JobFailedError, type ScoringOutcome, type ScoringPart } from '../scoring-run.js';
import { describeFailure, readRunActivities } from './activity-runs.js';
import { factoryRunService } from './factory-runs.js';
import { runParameters } from './pipeline-parameters.js';
import { watchRun } from './pipeline-run.js';
import type { PipelineDefinition, PipelineRunService } from './run-service.js';
import { synapseRunService } from './synapse-runs.js';
import { findUseCase, readControlRows } from './use-case-row.js';

export interface PipelinePlan {
  readonly service: PipelineRunService;
  readonly useCase: StoredRow;
  readonly pipeline: string;
  readonly parameters: Readonly<Record<string, unknown>>;
}

export interface PlanDeps {
  readonly azure: AzureConnection;
  readonly logger: Logger;
  readonly masker: SecretMasker;
  readonly database: DatabaseAccess;
}

export async function planPipelineRun(prepared: PreparedScoring, deps: PlanDeps): Promise<PipelinePlan> {
  const { logger, azure } = deps;
  const pipelineMode = prepared.pipeline!;
  return logger.group('Read the use case and its pipeline', async () => {
    const rows = await readControlRows(deps.database, prepared.metadataReceipt, pipelineMode.layout, {
      credential: async () => ({ credential: azure.credential, cloud: azure.cloud }),
      masker: deps.masker,
      ...(azure.caCertificates ? { caCertificates: azure.caCertificates } : {}),
      logger,
    });
    const useCase = findUseCase(rows, pipelineMode.useCase, prepared.metadataReceipt.store.table);
    const adf = prepared.metadataReceipt.upstream.receipt;
    const service = await runService(adf, azure, logger);
    const pipeline = pipelineMode.pipeline ?? useCase.pipeline;
    const where = adf.target === 'synapse' ? service.label : `factory '${service.host}'`;
    if (!adf.pipelines.some((p) => p.name.toLowerCase() === pipeline.toLowerCase())) {
      const input = pipelineMode.pipeline ? 'pipeline' : 'use-case';
      throw new ConfigurationError(
        `Input '${input}': pipeline '${pipeline}'${input === 'use-case' ? ` (the use case's row)` : ''} is not among the pipelines deploy-adf-pipelines deployed to ${where} (${adf.pipelines.map((p) => `'${p.name}'`).join(', ')}).`,
        { input },
      );
    }
    let resource: PipelineDefinition;
    try {
      resource = await service.pipeline(pipeline);
    } catch (error) {
      if (isNotFound(error)) {
        throw new ConfigurationError(`Pipeline '${pipeline}' does not exist in ${service.label}.`, {
          input: 'metadata-receipt',
        });
      }
      throw withContext(`Could not read pipeline '${pipeline}'`, error);
    }
    const { values } = runParameters(resource, useCase.parameters, pipelineMode.parameters, logger);
    logger.info(
      `Use case '${useCase.id}': pipeline '${pipeline}' of ${where}${Object.keys(values).length ? `, parameters ${Object.keys(values).join(', ')}` : ''}`,
    );
    return { service, useCase, pipeline, parameters: values };
  });
}

/**
 * The adf receipt verified live against its target, and the service its runs go to: the factory through the Data
 * Factory client, or the Synapse workspace through its development endpoint (its URL from the workspace's ARM
 * resource, the cloud's Synapse audience), as deploy-adf-pipelines deployed it.
 */
async function runService(
  adf: AdfReceipt,
  azure: AzureConnection,
  logger: Logger,
): Promise<PipelineRunService> {
  const client = await azure.clients.dataFactory();
  const synapseDevSuffix = azure.cloud.synapseDevSuffix;
  await verifyAdfReceipt(adf, client, logger, {
    input: 'metadata-receipt',
    synapse: { synapse: (endpoint) => azure.clients.synapse(endpoint), synapseDevSuffix },
  });
  const { resourceGroup, factory } = receiptFactory(adf);
  if (adf.target !== 'synapse') {
    return factoryRunService({ client, subscriptionId: adf.subscription, resourceGroup, factory });
  }
  const workspace = await getSynapseWorkspace(synapseArmClient(client), {
    subscriptionId: client.subscriptionId,
    resourceGroup,
    workspace: factory,
    devSuffix: synapseDevSuffix,
  });
  return synapseRunService(await azure.clients.synapse(workspace.devEndpoint), workspace);
}

export interface PipelineScoringDeps {
  readonly azure: AzureConnection;
  readonly logger: Logger;
  readonly clock: () => number;
  readonly deadline: number;
  /** Runs the cancellation at the deadline (RunDeadline.afterDeadline). */
  readonly cleanup?: Cleanup;
  readonly signal: AbortSignal;
  readonly env: NodeJS.ProcessEnv;
  readonly mask: (secret: string) => void;
  readonly countInputRows: boolean;
  readonly pollDelayMs?: number;
}

async function countRows(container: Awaited<ReturnType<typeof openDatastoreContainer>>, prefix: string) {
  let rows = 0;
  for await (const blob of container.listBlobsFlat({ prefix })) {
    const counter = rowCounter();
    const body = (await container.getBlobClient(blob.name).download()).readableStreamBody;
    for await (const chunk of body ?? []) counter.scanner.write(chunk as Buffer);
    counter.scanner.end();
    rows += counter.rows();
  }
  return rows;
}

export async function scoreThroughPipeline(
  plan: PipelinePlan,
  release: LiveRelease,
  deps: PipelineScoringDeps,
): Promise<ScoringOutcome> {
  const { logger, clock, signal } = deps;
  const { service } = plan;
  signal.throwIfAborted();
  return logger.group('Run the pipeline', async () => {
    const started = clock();
    let runId: string;
    try {
      runId = await service.createRun(plan.pipeline, plan.parameters);
    } catch (error) {
      const who = service.target === 'synapse' ? 'Synapse' : 'Data Factory';
      throw withContext(`${who} refused to start pipeline '${plan.pipeline}' of ${service.label}`, error);
    }
    const url = service.runUrl(runId);
    logger.info(`Started pipeline run '${runId}' of '${plan.pipeline}': ${url}`);
    const run = await watchRun(service, runId, {
      deadline: deps.deadline,
      ...(deps.cleanup ? { cleanup: deps.cleanup } : {}),
      logger,
      clock,
      signal,
      ...(deps.pollDelayMs !== undefined ? { initialDelayMs: deps.pollDelayMs } : {}),
    });
    const durationMs = clock() - started;
    const job = { id: runId, status: run.status ?? 'Unknown', url };
    const activities = await readRunActivities(service, run, plan.pipeline);
    logger.info(
      `Pipeline run '${runId}': ${activities.runs.size} pipeline run(s), ${activities.activityRuns} activity run(s), ${activities.jobs.length} batch job(s) started`,
    );
    if (run.status !== 'Succeeded') {
      const failures = activities.failures.map(describeFailure);
      for (const line of failures) logger.error(line);
      const why = failures.length
        ? `: ${failures.join('; ')}`
        : run.message
          ? `: ${run.message}`
          : ` (${service.target === 'synapse' ? 'Synapse' : 'Data Factory'} gave no reason)`;
      throw new JobFailedError(
        `Pipeline run '${runId}' of '${plan.pipeline}' ended ${run.status}${why}. ${url}`,
        job,
      );
    }
    if (activities.jobs.length === 0) {
      throw new JobFailedError(
        `Pipeline run '${runId}' of '${plan.pipeline}' succeeded, but none of its Web activities started a batch job (no activity output names a job): there is no scoring output to validate. ${url}`,
        job,
      );
    }
    const parts: ScoringPart[] = [];
    const local = join(
      deps.env.RUNNER_TEMP || (await import('node:os')).tmpdir(),
      'run-integration-score',
      runId,
    );
    const access = release.access;
    for (const started of activities.jobs) {
      const finished = await watchJob(release.scope, started.name, {
        deadline: deps.deadline,
        ...(deps.cleanup ? { cleanup: deps.cleanup } : {}),
        logger,
        clock,
        signal,
      });
      if (finished.status !== COMPLETED) {
        throw new JobFailedError(
          `Batch job '${started.name}', started by activity '${started.activityName}' of pipeline run '${started.pipelineRunId}', ended ${finished.status}${finished.error ? `: ${finished.error}` : ''}. ${url}`,
          { ...job, status: `job ${finished.status}` },
        );
      }
      const outputUri = Object.values(started.outputs)[0]?.uri;
      const location = outputUri ? parseDatastoreUri(outputUri) : undefined;
      if (!outputUri || !location) {
        throw new Error(
          `Batch job '${started.name}' names no datastore output (its outputData: ${JSON.stringify(started.outputs)}).`,
        );
      }
      const datastore = await readDatastore(access, location.datastore);
      if (!datastore)
        throw new Error(
          `Batch job '${started.name}' wrote to datastore '${location.datastore}', which workspace '${access.workspace}' does not have.`,
        );
      const container = await openDatastoreContainer(datastore, access);
      const files = await downloadFolder(container, location.path, join(local, started.name));
      let inputRows: number | undefined;
      if (deps.countInputRows) {
        const inputUri = Object.values(started.inputs)[0]?.uri;
        const input = inputUri ? parseDatastoreUri(inputUri) : undefined;
        const inputStore = input ? await readDatastore(access, input.datastore) : undefined;
        if (input && inputStore)
          inputRows = await countRows(await openDatastoreContainer(inputStore, access), input.path);
      }
      logger.info(
        `Batch job '${started.name}' (${started.activityName}): Completed; ${files.length} output file(s) from ${outputUri}`,
      );
      parts.push({ jobName: started.name, outputUri, files, inputRows });
    }
    return {
      mode: 'pipeline',
      job,
      durationMs,
      outputUri: parts.map((part) => part.outputUri).join(' '),
      outputPath: local,
      files: parts.flatMap((part) => part.files),
      parts,
    };
  });
}
