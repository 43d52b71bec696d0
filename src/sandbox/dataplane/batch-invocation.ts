/**
 * The batch endpoint data plane: `POST {scoringUri}` starts a job, `GET {scoringUri}/{job}` reads it; both take a
 * token for `https://ml.azure.com` (auth 'ml-data'). The invoke body is the REST form documented for batch
 * endpoints (AZURE-CONTRACTS.md; Azure/azureml-examples ADF and REST samples):
 *   {"properties": {"InputData": {"<name>": {"JobInputType": "UriFolder"|"UriFile", "Uri": "..."}},
 *                   "OutputData": {"<name>": {"JobOutputType": "UriFile"|"UriFolder", "Uri": "azureml://..."}}}}
 * Property names are matched case-insensitively, as the service's deserializer does.
 *
 * Refused at once (the job is not created): an unknown endpoint or deployment (404), no default deployment and no
 * `azureml-model-deployment` header (404 — azure-ai-ml surfaces this as ResourceNotFoundError, and callers such as
 * the ansible batch-invoke module answer it with "Set a default deployment or provide a deployment name"), a
 * deployment that is not usable (Failed, Creating, Deleting), more than one input or output (model deployments take
 * exactly one of each), an input type other than UriFolder/UriFile, an output that is not a datastore path, or a
 * datastore that does not exist. Everything about the data itself fails the job instead.
 *
 * Jobs are named `batchjob-<guid>`; the default output (no OutputData) is the `score` UriFile
 * `azureml://datastores/workspaceblobstore/paths/azureml/<guid>/score/<outputFileName>`, the location Azure uses,
 * and the job's logs go beside it, to `.../azureml/<guid>/logs/` (the property bag's `sandbox.logsUri`). What the
 * job runs is the deployment's model and, when it has codeConfiguration, its code asset's scoring script
 * (scoring/batch-driver.ts).
 */
import { randomUUID } from 'node:crypto';
import { assetVersionContent, assetVersionIdentity } from '../arm/machinelearning/assets.js';
import { endpointKey, findEndpoint } from '../arm/machinelearning/batch-endpoints.js';
import { DEFAULT_DATASTORE, findDatastore, storageOrUndefined } from '../arm/machinelearning/datastores.js';
import { mlError } from '../arm/machinelearning/errors.js';
import type { JobActivity } from '../arm/machinelearning/job-status.js';
import { currentJobStatus, findJob, jobKeyOf, jobPropertyBag, jobTags } from '../arm/machinelearning/jobs.js';
import { operationOf, provisioningState, settleOperations } from '../arm/machinelearning/lifecycle.js';
import { findModelVersion } from '../arm/machinelearning/models.js';
import { stringMap } from '../arm/machinelearning/request-values.js';
import { actorOf, newStamps, systemData } from '../arm/machinelearning/resource-metadata.js';
import { resourceIdentity, resourcePath } from '../arm/machinelearning/resource-path.js';
import {
  childKey,
  type DeploymentRecord,
  type EndpointRecord,
  findWorkspace,
  type JobInputRecord,
  type JobOutputRecord,
  type JobRecord,
  keyOf,
  mlState,
  type WorkspaceRecord,
} from '../arm/machinelearning/store.js';
import type { SandboxContext } from '../context.js';
import { json, type Router, type SandboxRequest, type SandboxResponse } from '../core/http.js';
import type { DataKind } from '../scoring/batch-driver.js';
import type { AssetSource } from '../scoring/job-files.js';
import type { BatchJobRunner, PreparedScoring } from './batch-job-runner.js';
import { isDatastoreUri, resolveDataUri, type UriScope } from './data-uris.js';

export const SCORING_ROUTE = '/_ml/:subscription/:group/:workspace/endpoints/:endpoint/jobs';

const badRequest = (message: string) => mlError(400, 'UserError', message);
const notFound = (message: string) => mlError(404, 'UserError', message);

/** Reads a property whatever its casing (`InputData`, `inputData`, ...). */
function prop(value: unknown, name: string): unknown {
  if (!value || typeof value !== 'object') return undefined;
  const entry = Object.entries(value as Record<string, unknown>).find(
    ([k]) => k.toLowerCase() === name.toLowerCase(),
  );
  return entry?.[1];
}

function dataKind(value: unknown): DataKind | undefined {
  const normalised = String(value).toLowerCase().replace(/_/g, '');
  if (normalised === 'urifolder') return 'UriFolder';
  if (normalised === 'urifile') return 'UriFile';
  return undefined;
}

function uriScope(context: SandboxContext, workspace: WorkspaceRecord): UriScope {
  const storage = storageOrUndefined(context);
  return {
    subscriptionId: workspace.subscriptionId,
    resourceGroup: workspace.resourceGroup,
    workspace: workspace.name,
    datastoreContainer: (name) => findDatastore(context, workspace, name)?.containerName,
    ...(storage ? { storage: { blobEndpoint: storage.blobEndpoint, accountName: storage.accountName } } : {}),
  };
}

type Parsed = { inputs: JobInputRecord[]; output?: JobOutputRecord } | { error: SandboxResponse };

function parseInvocation(body: unknown, scope: UriScope): Parsed {
  const properties = prop(body, 'properties');
  const inputData = prop(properties, 'InputData');
  if (!inputData || typeof inputData !== 'object' || Object.keys(inputData).length === 0) {
    return { error: badRequest('The request must name its input in properties.InputData.') };
  }
  const inputEntries = Object.entries(inputData as Record<string, unknown>);
  if (inputEntries.length !== 1) {
    return {
      error: badRequest('Model deployments take exactly one input; properties.InputData names more.'),
    };
  }
  const inputs: JobInputRecord[] = [];
  for (const [name, spec] of inputEntries) {
    const type = dataKind(prop(spec, 'JobInputType'));
    const uri = prop(spec, 'Uri');
    if (!type) {
      return {
        error: badRequest(
          `Input '${name}' has JobInputType '${String(prop(spec, 'JobInputType'))}'; model deployments accept UriFolder or UriFile.`,
        ),
      };
    }
    if (typeof uri !== 'string' || !uri) return { error: badRequest(`Input '${name}' needs a Uri.`) };
    const resolved = resolveDataUri(uri, scope);
    if ('error' in resolved) return { error: badRequest(resolved.error) };
    inputs.push({ name, type, uri });
  }
  const outputData = prop(properties, 'OutputData');
  if (outputData === undefined || outputData === null) return { inputs };
  const outputEntries = Object.entries(outputData as Record<string, unknown>);
  if (outputEntries.length > 1) {
    return {
      error: badRequest('Model deployments write exactly one output; properties.OutputData names more.'),
    };
  }
  if (outputEntries.length === 0) return { inputs };
  const [name, spec] = outputEntries[0]!;
  const type = dataKind(prop(spec, 'JobOutputType'));
  const uri = prop(spec, 'Uri');
  if (!type) return { error: badRequest(`Output '${name}' must have JobOutputType UriFile or UriFolder.`) };
  if (typeof uri !== 'string' || !isDatastoreUri(uri)) {
    return {
      error: badRequest(
        `Output '${name}' must be a path in a datastore of the workspace (azureml://datastores/<datastore>/paths/<path>).`,
      ),
    };
  }
  const resolved = resolveDataUri(uri, scope);
  if ('error' in resolved) return { error: badRequest(resolved.error) };
  return { inputs, output: { name, type, uri } };
}

/** ISO 8601 durations of the deployment's retry timeout (PT30S, PT5M, P1DT2H ...), in milliseconds. */
export function durationMs(value: string): number | undefined {
  const match = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(value);
  if (!match || value === 'P' || value.endsWith('T')) return undefined;
  const [, days = 0, hours = 0, minutes = 0, seconds = 0] = match.map((part) => Number(part ?? 0));
  return (((days * 24 + hours) * 60 + minutes) * 60 + seconds) * 1000;
}

const ARM_ASSET = /\/workspaces\/([^/]+)\/(models|codes)\/([^/]+)\/versions\/([^/]+)$/i;

/**
 * What the job runs with: the deployment's model (its folder and type), its scoring code when it has
 * codeConfiguration, and its settings — or why it cannot run (the job then fails as it starts).
 */
function prepare(
  context: SandboxContext,
  workspace: WorkspaceRecord,
  deployment: DeploymentRecord,
  job: JobRecord,
  scope: UriScope,
): PreparedScoring {
  const fail = (code: string, message: string) => ({ error: { code, message } });
  const p = deployment.properties;
  const assetId = (p.model as { assetId?: string } | undefined)?.assetId;
  if (!assetId) return fail('ModelLoadFailed', `Deployment '${deployment.name}' has no model to score with.`);
  const [, , , name, version] = ARM_ASSET.exec(assetId) ?? [];
  const model = name && version ? findModelVersion(context, workspace, name, version) : undefined;
  if (!model) return fail('ModelLoadFailed', `The deployment's model '${assetId}' no longer exists.`);
  if (!model.modelUri)
    return fail('ModelLoadFailed', `Model ${model.name}:${model.version} has no modelUri.`);
  const modelLocation = resolveDataUri(model.modelUri, scope);
  if ('error' in modelLocation) return fail('ModelLoadFailed', modelLocation.error);

  // Registered versions never change their files (AssetCache.listing): their identity lets a runner list them once.
  const modelVersion = `models\n${keyOf(workspace)}\n${model.name}\n${model.version}\n${model.seq}`;
  let code: { location: AssetSource; scoringScript: string } | undefined;
  const codeConfiguration = p.codeConfiguration as { codeId?: string; scoringScript?: string } | undefined;
  if (codeConfiguration?.codeId) {
    const [, , kind, codeName, codeVersion] = ARM_ASSET.exec(codeConfiguration.codeId) ?? [];
    const content =
      kind?.toLowerCase() === 'codes'
        ? assetVersionContent(context, workspace, 'codes', codeName!, codeVersion!)
        : undefined;
    if (!content || typeof content.codeUri !== 'string') {
      return fail(
        'ScoringScriptFailed',
        `The deployment's code '${codeConfiguration.codeId}' is not a code version of this workspace with a codeUri.`,
      );
    }
    const location = resolveDataUri(content.codeUri, scope);
    if ('error' in location) return fail('ScoringScriptFailed', location.error);
    const version = assetVersionIdentity(context, workspace, 'codes', codeName!, codeVersion!);
    code = {
      location: { ...location, ...(version ? { version } : {}) },
      scoringScript: String(codeConfiguration.scoringScript ?? ''),
    };
  }

  const input = job.inputs[0]!;
  const inputLocation = resolveDataUri(input.uri, scope);
  const outputLocation = resolveDataUri(job.output.uri, scope);
  const logsLocation = resolveDataUri(job.logsUri!, scope);
  if ('error' in inputLocation) return fail('InputNotFound', inputLocation.error);
  if ('error' in outputLocation) return fail('InvalidOutput', outputLocation.error);
  if ('error' in logsLocation) return fail('SystemError', logsLocation.error);
  const retry = p.retrySettings as { maxRetries: number; timeout: string };
  const resources = p.resources as { instanceCount: number };
  return {
    model: { ...modelLocation, version: modelVersion },
    ...(model.modelType ? { modelType: model.modelType } : {}),
    ...(code ? { code } : {}),
    input: { type: input.type, location: inputLocation },
    output: { type: job.output.type, location: outputLocation },
    logs: logsLocation,
    settings: {
      miniBatchSize: Number(p.miniBatchSize),
      instanceCount: Number(resources.instanceCount),
      maxConcurrencyPerInstance: Number(p.maxConcurrencyPerInstance),
      errorThreshold: Number(p.errorThreshold),
      maxRetries: Number(retry.maxRetries),
      timeoutMs: durationMs(retry.timeout) ?? 30_000,
      outputAction: p.outputAction === 'SummaryOnly' ? 'SummaryOnly' : 'AppendRow',
      outputFileName: String(p.outputFileName),
      loggingLevel: p.loggingLevel === 'Debug' || p.loggingLevel === 'Warning' ? p.loggingLevel : 'Info',
      environmentVariables: stringMap(p.environmentVariables),
    },
  };
}

const DATA_PLANE_JOBS = resourcePath('batchEndpoints/:endpoint/jobs/:job');

/** The job as the data plane answers it (`type .../batchEndpoints/jobs`, camelCase properties). */
export function dataPlaneJobView(
  context: SandboxContext,
  workspace: WorkspaceRecord,
  job: JobRecord,
  activity: JobActivity,
) {
  const { status, error } = currentJobStatus(context, job, activity);
  return {
    ...resourceIdentity(workspace, DATA_PLANE_JOBS, [job.endpoint, job.name]),
    systemData: systemData(job),
    properties: {
      status,
      provisioningState: 'Succeeded',
      compute: { target: job.computeId, instanceCount: 1 },
      inputData: Object.fromEntries(
        job.inputs.map((input) => [
          input.name,
          { jobInputType: input.type, uri: input.uri, mode: 'ReadOnlyMount' },
        ]),
      ),
      outputData: {
        [job.output.name]: { jobOutputType: job.output.type, uri: job.output.uri, mode: 'ReadWriteMount' },
      },
      tags: jobTags(job),
      properties: jobPropertyBag(job, status === 'Failed' ? error : undefined),
      ...(status === 'Failed' && error ? { error } : {}),
    },
  };
}

export function registerBatchDataPlane(
  router: Router,
  context: SandboxContext,
  runner: BatchJobRunner,
): void {
  const auth = { auth: 'ml-data' } as const;

  const scopeOf = (
    request: SandboxRequest,
  ): { error: SandboxResponse } | { workspace: WorkspaceRecord; endpoint: EndpointRecord } => {
    const { subscription, group, workspace: name, endpoint: endpointName } = request.params;
    const workspace = findWorkspace(context, subscription!, group!, name!);
    if (!workspace) return { error: notFound(`Workspace '${name}' was not found.`) };
    settleOperations(context);
    const endpoint = findEndpoint(context, workspace, endpointName!);
    if (!endpoint || operationOf(context, endpoint.operationId)?.kind === 'delete') {
      return {
        error: notFound(`Batch endpoint '${endpointName}' was not found in workspace '${workspace.name}'.`),
      };
    }
    return { workspace, endpoint };
  };

  router.post(SCORING_ROUTE, auth, (request) => {
    const found = scopeOf(request);
    if ('error' in found) return found.error;
    const { workspace, endpoint } = found;
    const header = request.headers['azureml-model-deployment'];
    const requested = (Array.isArray(header) ? header[0] : header)?.trim() || undefined;
    const deploymentName = requested ?? endpoint.defaultDeployment;
    if (!deploymentName) {
      return notFound(
        `Batch endpoint '${endpoint.name}' has no default deployment. Set defaults.deploymentName on the endpoint or name a deployment in the azureml-model-deployment header.`,
      );
    }
    const deployment =
      mlState(context).deployments[childKey(endpointKey(workspace, endpoint.name), deploymentName)];
    if (!deployment || operationOf(context, deployment.operationId)?.kind === 'delete') {
      return notFound(
        `Deployment '${deploymentName}' was not found under batch endpoint '${endpoint.name}'.`,
      );
    }
    const state = provisioningState(operationOf(context, deployment.operationId), context.clock());
    if (state !== 'Succeeded' && state !== 'Updating') {
      return badRequest(`Deployment '${deployment.name}' is ${state} and cannot run jobs.`);
    }

    const scope = uriScope(context, workspace);
    const parsed = parseInvocation(request.body, scope);
    if ('error' in parsed) return parsed.error;
    const id = randomUUID();
    const outputFileName = String(deployment.properties.outputFileName);
    const output: JobOutputRecord = parsed.output ?? {
      name: 'score',
      type: 'UriFile',
      uri: `azureml://datastores/${DEFAULT_DATASTORE}/paths/azureml/${id}/score/${outputFileName}`,
    };
    const now = context.clock();
    const job: JobRecord = {
      workspace: keyOf(workspace),
      name: `batchjob-${id}`,
      endpoint: endpoint.name,
      deployment: deployment.name,
      computeId: String(deployment.properties.compute ?? ''),
      inputs: parsed.inputs,
      output,
      logsUri: `azureml://datastores/${DEFAULT_DATASTORE}/paths/azureml/${id}/logs/`,
      ...newStamps(now, actorOf(request.principal)),
    };
    mlState(context).jobs[childKey(job.workspace, job.name)] = job;
    const predictionsUri =
      output.type === 'UriFile' ? output.uri : `${output.uri.replace(/\/+$/, '')}/${outputFileName}`;
    runner.start(jobKeyOf(job), prepare(context, workspace, deployment, job, scope), predictionsUri);
    return json(200, dataPlaneJobView(context, workspace, job, runner));
  });

  router.get(`${SCORING_ROUTE}/:job`, auth, (request) => {
    const found = scopeOf(request);
    if ('error' in found) return found.error;
    const job = findJob(context, found.workspace, request.params.job!);
    if (!job || job.endpoint.toLowerCase() !== found.endpoint.name.toLowerCase()) {
      return notFound(
        `Job '${request.params.job}' was not found under batch endpoint '${found.endpoint.name}'.`,
      );
    }
    return json(200, dataPlaneJobView(context, found.workspace, job, runner));
  });
}
