/**
 * Microsoft.MachineLearningServices 2022-10-01 as `@azure/arm-machinelearning` 2.x sees it: workspaces, computes
 * and datastores (provisioned, read-only; datastore secrets), model, code and environment containers and versions,
 * batch endpoints and deployments with ARM long-running operations, batch jobs — and the batch endpoint data plane
 * that really scores (dataplane/, with the local Python: scoring/).
 * Responses follow mfe.json and machineLearningServices.json; routes in the spec are validated against it.
 */
import type { SandboxContext, StorageInfo } from '../../context.js';
import type { Router } from '../../core/http.js';
import { registerBatchDataPlane } from '../../dataplane/batch-invocation.js';
import { BatchJobRunner, type RunnerOptions } from '../../dataplane/batch-job-runner.js';
import { type BlobStore, createAzuriteBlobStore } from '../../dataplane/blob-store.js';
import { registerAssets } from './assets.js';
import { deploymentView, registerBatchDeployments } from './batch-deployments.js';
import { endpointView, registerBatchEndpoints } from './batch-endpoints.js';
import { registerControlRoutes } from './control-routes.js';
import { registerJobs } from './jobs.js';
import { registerModels } from './models.js';
import { registerOperationRoutes } from './operation-routes.js';
import { mlState, type OperationRecord } from './store.js';
import { registerWorkspaces } from './workspaces.js';

export { provisionWorkspace, type WorkspaceInfo, type WorkspaceSpec } from './workspaces.js';

/** One storage client per storage account (the Azurite info is fixed for a sandbox's life). */
function blobStoreFor(context: SandboxContext): () => BlobStore {
  let cached: { info: StorageInfo; store: BlobStore } | undefined;
  return () => {
    const info = context.storage();
    if (cached?.info !== info) cached = { info, store: createAzuriteBlobStore(info) };
    return cached.store;
  };
}

/** What outlives a request: the batch jobs' scoring and its Python processes, ended by `stop`. */
export interface MachineLearningService {
  stop(): Promise<void>;
}

export function registerMachineLearning(
  router: Router,
  context: SandboxContext,
  options: RunnerOptions = {},
): MachineLearningService {
  const runner = new BatchJobRunner(context, blobStoreFor(context), options);
  registerWorkspaces(router, context);
  registerModels(router, context);
  registerAssets(router, context);
  registerBatchEndpoints(router, context);
  registerBatchDeployments(router, context);
  registerJobs(router, context, runner);
  registerOperationRoutes(router, context, { viewOf: (operation) => resourceView(context, operation) });
  registerControlRoutes(router, context);
  registerBatchDataPlane(router, context, runner);
  return { stop: () => runner.stop() };
}

/** The endpoint or deployment an operation changed, as GET shows it now (for PATCH operation results). */
function resourceView(context: SandboxContext, operation: OperationRecord): unknown {
  const state = mlState(context);
  const { type, key } = operation.target;
  if (type === 'endpoint') {
    const endpoint = state.endpoints[key];
    const workspace = endpoint && state.workspaces[endpoint.workspace];
    return endpoint && workspace ? endpointView(context, workspace, endpoint) : undefined;
  }
  if (type === 'deployment') {
    const deployment = state.deployments[key];
    const workspace = deployment && state.workspaces[deployment.workspace];
    return deployment && workspace ? deploymentView(context, workspace, deployment) : undefined;
  }
  return undefined;
}
