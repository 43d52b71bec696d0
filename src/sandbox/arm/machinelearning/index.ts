/**
 * Microsoft.MachineLearningServices 2022-10-01 as `@azure/arm-machinelearning` 2.x sees it: workspaces, computes
 * and datastores (provisioned, read-only; datastore secrets), model, code and environment containers and versions,
 * batch endpoints and deployments with ARM long-running operations, batch jobs — and the batch endpoint data plane
 * that really scores (dataplane/).
 * Responses follow mfe.json and machineLearningServices.json; routes in the spec are validated against it.
 */
import type { SandboxContext, StorageInfo } from '../../context.js';
import type { Router } from '../../core/http.js';
import { registerBatchDataPlane } from '../../dataplane/batch-invocation.js';
import { BatchJobRunner } from '../../dataplane/batch-job-runner.js';
import { type BlobStore, createAzuriteBlobStore } from '../../dataplane/blob-store.js';
import { codeContainers, codeVersions, environmentContainers, environmentVersions } from './assets.js';
import { batchDeployments } from './batch-deployments.js';
import { batchEndpoints } from './batch-endpoints.js';
import { computes } from './computes.js';
import { registerControlRoutes } from './control-routes.js';
import { datastores } from './datastores.js';
import { jobs } from './jobs.js';
import { modelContainers, modelVersions } from './models.js';
import { registerOperationRoutes } from './operation-routes.js';
import { type ResourceKind, registerResource } from './resource-routes.js';
import { mlState, type OperationRecord, type TrackedRecord } from './store.js';
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

export function registerMachineLearning(router: Router, context: SandboxContext): void {
  const runner = new BatchJobRunner(context, blobStoreFor(context));
  registerWorkspaces(router, context);
  // The workspace's child resources, each from its description (resource-routes.ts).
  registerResource(router, context, computes);
  registerResource(router, context, datastores);
  registerResource(router, context, modelContainers);
  registerResource(router, context, modelVersions);
  registerResource(router, context, codeContainers);
  registerResource(router, context, codeVersions);
  registerResource(router, context, environmentContainers);
  registerResource(router, context, environmentVersions);
  registerResource(router, context, batchEndpoints);
  registerResource(router, context, batchDeployments);
  registerResource(router, context, jobs(runner));
  registerOperationRoutes(router, context, { viewOf: (operation) => resourceView(context, operation) });
  registerControlRoutes(router, context);
  registerBatchDataPlane(router, context, runner);
}

/** The endpoint or deployment an operation changed, as GET shows it now (for PATCH operation results). */
function resourceView(context: SandboxContext, operation: OperationRecord): unknown {
  const { type, key } = operation.target;
  if (type === 'endpoint') return viewOf(context, batchEndpoints, key);
  if (type === 'deployment') return viewOf(context, batchDeployments, key);
  return undefined;
}

function viewOf<R extends TrackedRecord>(
  context: SandboxContext,
  kind: ResourceKind<R>,
  key: string,
): unknown {
  const record = kind.records(context)[key];
  const workspace = record && mlState(context).workspaces[record.workspace];
  return record && workspace ? kind.view(context, workspace, record) : undefined;
}
