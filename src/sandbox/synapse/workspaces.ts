/**
 * Synapse workspaces: provisioned by the sandbox the way a platform team creates them before the first release
 * (the actions never create one), read through ARM (`Microsoft.Synapse/workspaces`, api-version 2021-06-01: GET and
 * the lists) and through the development endpoint (`GET {endpoint}/workspace`). The ARM resource is where clients
 * find the endpoint, `properties.connectivityEndpoints.dev`; in the sandbox it is a path on the sandbox's host
 * (endpoint.ts). The workspace's other endpoints (web, SQL) are named as Azure names them and not served.
 *
 * A new workspace holds what Synapse creates with it (azure-cli and azure-sdk-for-net recordings list them; the
 * Synapse deployment task's default_artifacts.ts skips them): the linked services `<workspace>-WorkspaceDefaultStorage`
 * (AzureBlobFS, its default Data Lake storage) and `<workspace>-WorkspaceDefaultSqlServer` (AzureSqlDW, with a DBName
 * parameter), the credential `WorkspaceSystemIdentity` and the integration runtime `AutoResolveIntegrationRuntime`.
 * They are managed by the workspace: writing or deleting them is refused (errors.ts).
 */
import { randomUUID } from 'node:crypto';
import { checkScope, type SandboxContext } from '../context.js';
import { armError, json, notFound, type Router, type SandboxRequest } from '../core/http.js';
import { SANDBOX_TENANT_ID } from '../identity/entra.js';
import { DEV_ENDPOINT_PATH, devEndpoint } from './endpoint.js';
import type { ArtifactKind } from './kinds.js';
import { DEV, withWorkspace } from './scope.js';
import {
  artifactsOf,
  findWorkspace,
  type Json,
  nextEtag,
  type StoredWorkspace,
  synapse,
  workspaceId,
} from './store.js';

/** The api-version of the vendored Microsoft.Synapse ARM spec the sandbox serves. */
export const ARM_API_VERSION = '2021-06-01';

export const WORKSPACE_TYPE = 'Microsoft.Synapse/workspaces';

export const WORKSPACE_PATH =
  '/subscriptions/:subscription/resourceGroups/:group/providers/Microsoft.Synapse/workspaces/:workspace';

const ARM = { auth: 'arm', validate: true } as const;

/** Azure's rule: 1 to 50 lower-case letters, digits and hyphens, starting and ending with a letter or digit. */
const WORKSPACE_NAME = /^[a-z0-9](?:[a-z0-9-]{0,48}[a-z0-9])?$/;

export interface SynapseWorkspaceSpec {
  readonly subscriptionId: string;
  readonly resourceGroup: string;
  readonly name: string;
  readonly location?: string;
  /** The environment's control database, which the workspace's PostgreSQL linked services reach in the sandbox. */
  readonly controlDatabase?: string;
}

export interface SynapseWorkspaceInfo {
  readonly name: string;
  readonly id: string;
  /** The development endpoint clients use as the artifacts and runs endpoint. */
  readonly devEndpoint: string;
  /** The workspace's system-assigned identity (object id). */
  readonly principalId: string;
}

function addDefault(
  context: SandboxContext,
  workspace: StoredWorkspace,
  kind: ArtifactKind,
  name: string,
  properties: Json,
): void {
  const created = new Date(context.clock()).toISOString();
  artifactsOf(workspace, kind)[name.toLowerCase()] = {
    name,
    properties,
    etag: nextEtag(context),
    server: {},
    internal: {
      managedByWorkspace: true,
      record: { recordId: ++workspace.records, artifactId: randomUUID().toUpperCase(), created },
      ...(kind === 'linkedservices' ? { credentialId: randomUUID() } : {}),
    },
  };
}

const AUTO_RESOLVE = { referenceName: 'AutoResolveIntegrationRuntime', type: 'IntegrationRuntimeReference' };

/** Creates the workspace (once; a name Azure-wide unique, so taken elsewhere is an error) with its defaults. */
export function provisionSynapseWorkspace(
  context: SandboxContext,
  spec: SynapseWorkspaceSpec,
): SynapseWorkspaceInfo {
  const { name } = spec;
  if (!WORKSPACE_NAME.test(name) || name.includes('-ondemand')) {
    throw new Error(
      `Invalid Synapse workspace name '${name}': use 1 to 50 lower-case letters, digits and hyphens, starting and ending with a letter or digit, without '-ondemand'.`,
    );
  }
  let workspace = findWorkspace(context, name);
  const elsewhere =
    workspace &&
    (workspace.subscriptionId.toLowerCase() !== spec.subscriptionId.toLowerCase() ||
      workspace.resourceGroup.toLowerCase() !== spec.resourceGroup.toLowerCase());
  if (workspace && elsewhere) {
    throw new Error(`The Synapse workspace name '${name}' is taken by ${workspaceId(workspace)}.`);
  }
  if (!workspace) {
    const storage = `st${name.replace(/-/g, '')}`.slice(0, 24);
    workspace = {
      subscriptionId: spec.subscriptionId,
      resourceGroup: spec.resourceGroup,
      name,
      location: spec.location ?? context.location,
      workspaceUID: randomUUID(),
      principalId: randomUUID(),
      defaultDataLakeStorage: {
        accountUrl: `https://${storage}.dfs.core.windows.net`,
        filesystem: 'synapse',
      },
      managedResourceGroupName: `synapseworkspace-managedrg-${randomUUID()}`,
      tags: {},
      artifacts: {},
      operations: {},
      records: 0,
      runs: {},
      ...(spec.controlDatabase ? { controlDatabase: spec.controlDatabase } : {}),
    };
    synapse(context).workspaces[name] = workspace;
    addDefault(context, workspace, 'integrationRuntimes', 'AutoResolveIntegrationRuntime', {
      type: 'Managed',
      typeProperties: {
        computeProperties: {
          location: 'AutoResolve',
          dataFlowProperties: { computeType: 'General', coreCount: 8, timeToLive: 0 },
        },
      },
    });
    addDefault(context, workspace, 'linkedservices', `${name}-WorkspaceDefaultStorage`, {
      type: 'AzureBlobFS',
      typeProperties: { url: workspace.defaultDataLakeStorage.accountUrl },
      connectVia: AUTO_RESOLVE,
    });
    addDefault(context, workspace, 'linkedservices', `${name}-WorkspaceDefaultSqlServer`, {
      type: 'AzureSqlDW',
      typeProperties: {
        connectionString: `Data Source=tcp:${name}.sql.azuresynapse.net,1433;Initial Catalog=@{linkedService().DBName}`,
      },
      parameters: { DBName: { type: 'String' } },
      connectVia: AUTO_RESOLVE,
    });
    addDefault(context, workspace, 'credentials', 'WorkspaceSystemIdentity', { type: 'ManagedIdentity' });
  }
  return {
    name: workspace.name,
    id: workspaceId(workspace),
    devEndpoint: devEndpoint(context.baseUrl, workspace.name),
    principalId: workspace.principalId,
  };
}

/** The workspace as ARM (and the development endpoint's `GET /workspace`) shows it; recorded by azure-cli. */
export function workspaceView(context: SandboxContext, workspace: StoredWorkspace): Json {
  const id = workspaceId(workspace);
  return {
    id,
    location: workspace.location,
    name: workspace.name,
    type: WORKSPACE_TYPE,
    identity: { type: 'SystemAssigned', tenantId: SANDBOX_TENANT_ID, principalId: workspace.principalId },
    tags: workspace.tags,
    properties: {
      connectivityEndpoints: {
        web: `https://web.azuresynapse.net?workspace=${encodeURIComponent(id).replace(/%2F/g, '%2f')}`,
        dev: devEndpoint(context.baseUrl, workspace.name),
        sqlOnDemand: `${workspace.name}-ondemand.sql.azuresynapse.net`,
        sql: `${workspace.name}.sql.azuresynapse.net`,
      },
      managedResourceGroupName: workspace.managedResourceGroupName,
      defaultDataLakeStorage: workspace.defaultDataLakeStorage,
      privateEndpointConnections: [],
      workspaceUID: workspace.workspaceUID,
      extraProperties: { WorkspaceType: 'Normal', IsScopeEnabled: false },
      provisioningState: 'Succeeded',
    },
  };
}

/** ARM's api-version answers (the ARM front door answers them before the provider sees the request). */
export function checkArmApiVersion(query: URLSearchParams) {
  const version = query.get('api-version');
  if (version === null) {
    return armError(
      400,
      'MissingApiVersionParameter',
      'The api-version query parameter (?api-version=) is required for all requests.',
    );
  }
  if (version !== ARM_API_VERSION) {
    return armError(
      400,
      'InvalidApiVersionParameter',
      `The api-version '${version}' is invalid. The supported versions are '${ARM_API_VERSION}'.`,
    );
  }
  return undefined;
}

/** The workspace an ARM request names, or ARM's answer when the scope or the workspace does not exist. */
export function resolveArmWorkspace(
  context: SandboxContext,
  request: SandboxRequest,
): { workspace: StoredWorkspace } | { error: ReturnType<typeof armError> } {
  const { subscription, group, workspace: name } = request.params;
  const error = checkArmApiVersion(request.query) ?? checkScope(context, subscription!, group!);
  if (error) return { error };
  const workspace = findWorkspace(context, name!);
  const inScope =
    workspace &&
    workspace.subscriptionId.toLowerCase() === subscription!.toLowerCase() &&
    workspace.resourceGroup.toLowerCase() === group!.toLowerCase();
  return inScope ? { workspace } : { error: notFound.resource(WORKSPACE_TYPE, name!, group!) };
}

export function registerWorkspaces(router: Router, context: SandboxContext): void {
  router.get(WORKSPACE_PATH, ARM, (request) => {
    const resolved = resolveArmWorkspace(context, request);
    return 'error' in resolved ? resolved.error : json(200, workspaceView(context, resolved.workspace));
  });
  const list = (request: SandboxRequest) => {
    const { subscription, group } = request.params;
    const error = checkArmApiVersion(request.query) ?? checkScope(context, subscription!, group);
    if (error) return error;
    const value = Object.values(synapse(context).workspaces)
      .filter(
        (w) =>
          w.subscriptionId.toLowerCase() === subscription!.toLowerCase() &&
          (group === undefined || w.resourceGroup.toLowerCase() === group.toLowerCase()),
      )
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((w) => workspaceView(context, w));
    return json(200, { value });
  };
  router.get('/subscriptions/:subscription/providers/Microsoft.Synapse/workspaces', ARM, list);
  router.get(
    '/subscriptions/:subscription/resourceGroups/:group/providers/Microsoft.Synapse/workspaces',
    ARM,
    list,
  );
  router.get(
    `${DEV_ENDPOINT_PATH}/workspace`,
    DEV,
    withWorkspace(context, (workspace) => json(200, workspaceView(context, workspace))),
  );
}
