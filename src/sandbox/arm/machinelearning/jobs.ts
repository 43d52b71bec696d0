/**
 * Batch jobs as ARM shows them (`{W}/jobs/{id}`), and their cancellation (POST .../cancel: 202 + Location).
 *
 * Azure runs a model deployment's batch job as a pipeline job with one child step (azure-ai-ml's job operations:
 * "Batch Jobs are pipeline jobs with only one child"), so the resource is a JobBase with `jobType: Pipeline`.
 * Tags and properties are the ones the service sets on batch jobs (ansible-collections/azure batch endpoint
 * samples): tags `azureml.batchrun=true`, `azureml.deploymentname`, `azureml.jobtype=azureml.pipelinejob`;
 * properties `azureml.endpointname`, `azureml.deploymentname`, `azureml.defaultDataStoreName`,
 * `azureml.defaultComputeName`, `azureml.runLineageType=batchDeployment`, `runSource=BatchDeployment`,
 * `runType=HTTP`. The 2022-10-01 JobBase has no error field, so the sandbox reports the outcome in the property
 * bag under `sandbox.*` keys (error code and message, rows scored, files processed and failed, predictions URI).
 */
import type { SandboxContext } from '../../context.js';
import { DEFAULT_DATASTORE } from './datastores.js';
import { type JobActivity, jobStatus, TERMINAL } from './job-status.js';
import { locationHeaders, startOperation } from './lifecycle.js';
import { systemData } from './resource-metadata.js';
import { resourceIdentity, resourcePath } from './resource-path.js';
import { findRecord, type RecordStore, type ResourceKind } from './resource-routes.js';
import { childKey, type JobRecord, mlState, type WorkspaceRecord, workspaceChildKey } from './store.js';

const PATH = resourcePath('jobs/:job');

const JOBS: RecordStore<JobRecord> = {
  records: (context) => mlState(context).jobs,
  key: workspaceChildKey,
};

export const jobKeyOf = (job: JobRecord) => childKey(job.workspace, job.name);

export function findJob(
  context: SandboxContext,
  workspace: WorkspaceRecord,
  name: string,
): JobRecord | undefined {
  return findRecord(context, JOBS, workspace, [name]);
}

export function jobTags(job: JobRecord): Record<string, string> {
  return {
    'azureml.batchrun': 'true',
    'azureml.deploymentname': job.deployment,
    'azureml.jobtype': 'azureml.pipelinejob',
  };
}

export function jobPropertyBag(
  job: JobRecord,
  error: { code: string; message: string } | undefined,
): Record<string, string> {
  const outcome = job.outcome;
  return {
    'azureml.endpointname': job.endpoint,
    'azureml.deploymentname': job.deployment,
    'azureml.defaultDataStoreName': DEFAULT_DATASTORE,
    'azureml.defaultComputeName': job.computeId.split('/').pop() ?? '',
    'azureml.runLineageType': 'batchDeployment',
    runSource: 'BatchDeployment',
    runType: 'HTTP',
    ...(outcome
      ? {
          'sandbox.rowsScored': String(outcome.rowsScored),
          'sandbox.filesProcessed': String(outcome.filesProcessed),
          'sandbox.filesFailed': String(outcome.filesFailed),
          ...(outcome.predictionsUri ? { 'sandbox.predictionsUri': outcome.predictionsUri } : {}),
        }
      : {}),
    ...(error ? { 'sandbox.errorCode': error.code, 'sandbox.errorMessage': error.message } : {}),
  };
}

const INPUT_TYPE = { UriFolder: 'uri_folder', UriFile: 'uri_file' } as const;

/** The job's status now, as ARM and the data plane both show it. */
export function currentJobStatus(context: SandboxContext, job: JobRecord, activity: JobActivity) {
  return jobStatus(job, jobKeyOf(job), context.clock(), context.timing.jobPhaseMs, activity);
}

function jobView(context: SandboxContext, workspace: WorkspaceRecord, job: JobRecord, activity: JobActivity) {
  const { status, error } = currentJobStatus(context, job, activity);
  return {
    ...resourceIdentity(workspace, PATH, [job.name]),
    systemData: systemData(job),
    properties: {
      jobType: 'Pipeline',
      displayName: job.name,
      experimentName: job.endpoint,
      computeId: job.computeId,
      status,
      isArchived: false,
      tags: jobTags(job),
      properties: jobPropertyBag(job, status === 'Failed' ? error : undefined),
      inputs: Object.fromEntries(
        job.inputs.map((input) => [
          input.name,
          { jobInputType: INPUT_TYPE[input.type], uri: input.uri, mode: 'ReadOnlyMount' },
        ]),
      ),
      outputs: {
        [job.output.name]: {
          jobOutputType: INPUT_TYPE[job.output.type],
          uri: job.output.uri,
          mode: 'ReadWriteMount',
        },
      },
    },
  };
}

/**
 * Jobs as a resource kind; `activity` tells which scoring runs are still working (the data plane's runner). Lists
 * hold only batch (pipeline) jobs, newest first, optionally those carrying a tag.
 */
export function jobs(activity: JobActivity): ResourceKind<JobRecord> {
  return {
    ...JOBS,
    path: PATH,
    view: (context, workspace, job) => jobView(context, workspace, job, activity),
    list: (all, query) => {
      const jobType = query.get('jobType');
      const tag = query.get('tag');
      const view = (query.get('listViewType') ?? 'ActiveOnly').toLowerCase();
      if (view === 'archivedonly' || (jobType && jobType.toLowerCase() !== 'pipeline')) return [];
      return all.filter((job) => !tag || tag in jobTags(job)).sort((a, b) => b.createdAt - a.createdAt);
    },
    actions: {
      cancel: (context, workspace, job) => {
        const now = context.clock();
        const { status } = jobStatus(job, jobKeyOf(job), now, context.timing.jobPhaseMs, activity);
        // Cancelling a finished job changes nothing; the spec's 200 answers it.
        if (TERMINAL.has(status)) return { status: 200 };
        job.cancelRequestedAt ??= now;
        const operation = startOperation(context, {
          subscriptionId: workspace.subscriptionId,
          kind: 'cancel',
          target: { type: 'job', key: jobKeyOf(job) },
          durationMs: context.timing.jobPhaseMs,
        });
        return { status: 202, headers: locationHeaders(context, operation) };
      },
    },
  };
}
