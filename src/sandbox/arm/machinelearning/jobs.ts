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
 * bag under `sandbox.*` keys (error code and message, rows scored, files processed and failed, predictions URI),
 * and where the job's logs are (`sandbox.logsUri`, a folder of the workspace's default datastore: Azure keeps a
 * job's logs as files of the run, downloaded with `az ml job download`, not in the resource).
 *
 * Cancelling stops the scoring at once: its Python workers are killed. Azure documents no cancel on the batch
 * endpoint's data plane (`az ml batch-endpoint` has none; `az ml job cancel` is this route), so neither does the
 * sandbox.
 */
import type { SandboxContext } from '../../context.js';
import { json, type Router } from '../../core/http.js';
import { notFoundIn } from './errors.js';
import { type JobActivity, jobStatus, TERMINAL } from './job-status.js';
import { locationHeaders, startOperation } from './lifecycle.js';
import { systemData } from './resource-metadata.js';
import {
  childKey,
  inWorkspace,
  type JobRecord,
  keyOf,
  mlState,
  PROVIDER,
  type WorkspaceRecord,
  workspacePath,
} from './store.js';
import { WORKSPACE_ROUTE, withWorkspace } from './workspace-scope.js';
import { DEFAULT_DATASTORE } from './workspaces.js';

export const jobKeyOf = (job: JobRecord) => childKey(job.workspace, job.name);

export function findJob(
  context: SandboxContext,
  workspace: WorkspaceRecord,
  name: string,
): JobRecord | undefined {
  return mlState(context).jobs[childKey(keyOf(workspace), name)];
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
    ...(job.logsUri ? { 'sandbox.logsUri': job.logsUri } : {}),
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

export function jobView(
  context: SandboxContext,
  workspace: WorkspaceRecord,
  job: JobRecord,
  activity: JobActivity,
) {
  const { status, error } = jobStatus(
    job,
    jobKeyOf(job),
    context.clock(),
    context.timing.jobPhaseMs,
    activity,
  );
  return {
    id: `${workspacePath(workspace)}/jobs/${job.name}`,
    name: job.name,
    type: `${PROVIDER}/workspaces/jobs`,
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

export function registerJobs(router: Router, context: SandboxContext, activity: JobActivity): void {
  const validated = { auth: 'arm', validate: true } as const;
  const route = `${WORKSPACE_ROUTE}/jobs`;
  const resourceType = 'workspaces/jobs';

  router.get(
    route,
    validated,
    withWorkspace(context, resourceType, ({ query }, workspace) => {
      const jobType = query.get('jobType');
      const tag = query.get('tag');
      const view = (query.get('listViewType') ?? 'ActiveOnly').toLowerCase();
      const jobs =
        view === 'archivedonly' || (jobType && jobType.toLowerCase() !== 'pipeline')
          ? []
          : inWorkspace(mlState(context).jobs, workspace)
              .filter((job) => !tag || tag in jobTags(job))
              .sort((a, b) => b.createdAt - a.createdAt);
      return json(200, { value: jobs.map((job) => jobView(context, workspace, job, activity)) });
    }),
  );

  router.get(
    `${route}/:job`,
    validated,
    withWorkspace(context, resourceType, ({ params }, workspace) => {
      const job = findJob(context, workspace, params.job!);
      return job
        ? json(200, jobView(context, workspace, job, activity))
        : notFoundIn(workspace.resourceGroup, workspace.name, { type: 'jobs', name: params.job! });
    }),
  );

  router.post(
    `${route}/:job/cancel`,
    validated,
    withWorkspace(context, resourceType, ({ params }, workspace) => {
      const job = findJob(context, workspace, params.job!);
      if (!job)
        return notFoundIn(workspace.resourceGroup, workspace.name, { type: 'jobs', name: params.job! });
      const now = context.clock();
      const { status } = jobStatus(job, jobKeyOf(job), now, context.timing.jobPhaseMs, activity);
      // Cancelling a finished job changes nothing; the spec's 200 answers it.
      if (TERMINAL.has(status)) return { status: 200 };
      job.cancelRequestedAt ??= now;
      activity.cancel(jobKeyOf(job));
      const operation = startOperation(context, {
        subscriptionId: workspace.subscriptionId,
        kind: 'cancel',
        target: { type: 'job', key: jobKeyOf(job) },
        durationMs: context.timing.jobPhaseMs,
      });
      return { status: 202, headers: locationHeaders(context, operation) };
    }),
  );
}
