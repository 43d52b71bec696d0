/**
 * Workspaces, their AmlCompute clusters and the default blob datastore: created by `provisionWorkspace` (the
 * platform team's job, never the actions'), read through ARM as machineLearningServices.json/mfe.json describe.
 *
 * The default datastore is `workspaceblobstore` on container `azureml-blobstore-<workspaceId>`, the name Azure
 * gives it. It points at the sandbox's storage account (Azurite); `endpoint` keeps Azure's `core.windows.net`
 * form because the schema has no way to say "path-style endpoint on 127.0.0.1", and the real blob endpoint is
 * added to the datastore's property bag as `sandbox.blobEndpoint`.
 *
 * Credentials are `AccountKey`, as Azure configures `workspaceblobstore` unless the workspace was created with
 * identity-based storage access: GET shows only `{credentialsType: "AccountKey"}` (the secret is `x-ms-secret`, as
 * in the spec's example Datastore/get.json) and `POST {W}/datastores/{name}/listSecrets` (Datastores_ListSecrets)
 * answers `{secretsType: "AccountKey", key}` — Azurite's account key, since Azurite accepts shared-key access but
 * not the sandbox's bearer tokens. This is how azure-ai-ml uploads local assets (`get_datastore_info` reads the
 * datastore with `include_secrets=True` and uses the account key; only credential-less datastores use the caller's
 * token).
 */
import { createHash, randomUUID } from 'node:crypto';
import { listResourceGroups, type SandboxContext, type StorageInfo } from '../../context.js';
import { json, type Router } from '../../core/http.js';
import { createAzuriteBlobStore } from '../../dataplane/blob-store.js';
import { SANDBOX_TENANT_ID } from '../../identity/entra.js';
import { mlError, notFoundIn } from './errors.js';
import { iso } from './resource-metadata.js';
import {
  type ComputeRecord,
  childKey,
  type DatastoreRecord,
  inWorkspace,
  keyOf,
  mlState,
  PROVIDER,
  type WorkspaceRecord,
  workspaceKey,
  workspacePath,
} from './store.js';
import { WORKSPACE_ROUTE, withSubscription, withWorkspace } from './workspace-scope.js';

export interface WorkspaceSpec {
  readonly subscriptionId: string;
  readonly resourceGroup: string;
  readonly name: string;
  readonly location?: string;
  /** Compute clusters to create in the workspace (names). */
  readonly computes: readonly string[];
}

export interface WorkspaceInfo {
  readonly id: string;
  readonly computeIds: Readonly<Record<string, string>>;
  /** The default blob datastore's name (`workspaceblobstore`). */
  readonly datastore: string;
  /** The blob container behind the default datastore. */
  readonly container: string;
  /** The workspace's GUID (`properties.workspaceId`). */
  readonly workspaceId: string;
  /** Whether the container was created in Azurite (false when the sandbox runs without storage). */
  readonly containerCreated: boolean;
}

export const DEFAULT_DATASTORE = 'workspaceblobstore';
/** Azurite's well-known account, named when the sandbox runs without storage so ids stay well-formed. */
const FALLBACK_ACCOUNT = 'devstoreaccount1';

export function storageOrUndefined(context: SandboxContext): StorageInfo | undefined {
  try {
    return context.storage();
  } catch {
    return undefined;
  }
}

export async function provisionWorkspace(
  context: SandboxContext,
  spec: WorkspaceSpec,
): Promise<WorkspaceInfo> {
  const state = mlState(context);
  const storage = storageOrUndefined(context);
  const id = workspaceKey(spec.subscriptionId, spec.resourceGroup, spec.name);
  const now = context.clock();
  state.workspaces[id] ??= {
    subscriptionId: spec.subscriptionId,
    resourceGroup: spec.resourceGroup,
    name: spec.name,
    location: spec.location ?? context.location,
    workspaceId: randomUUID(),
    principalId: randomUUID(),
    storageAccount: storage?.accountName ?? FALLBACK_ACCOUNT,
    createdAt: now,
  };
  const workspace = state.workspaces[id];
  const computeIds: Record<string, string> = {};
  for (const name of spec.computes) {
    state.computes[childKey(id, name)] ??= {
      name,
      vmSize: 'STANDARD_DS3_V2',
      maxNodeCount: 4,
      createdAt: now,
    };
    computeIds[name] = `${workspacePath(workspace)}/computes/${name}`;
  }
  const container = `azureml-blobstore-${workspace.workspaceId}`;
  state.datastores[childKey(id, DEFAULT_DATASTORE)] ??= {
    name: DEFAULT_DATASTORE,
    accountName: workspace.storageAccount,
    containerName: container,
    isDefault: true,
    createdAt: now,
  };
  if (storage) await createAzuriteBlobStore(storage).ensureContainer(container);
  return {
    id: workspacePath(workspace),
    computeIds,
    datastore: DEFAULT_DATASTORE,
    container,
    workspaceId: workspace.workspaceId,
    containerCreated: Boolean(storage),
  };
}

const hostOf = (baseUrl: string) => new URL(baseUrl).host;

function workspaceView(context: SandboxContext, workspace: WorkspaceRecord) {
  const path = workspacePath(workspace);
  const group = `/subscriptions/${workspace.subscriptionId}/resourceGroups/${workspace.resourceGroup}`;
  // Companion resources are named the way the portal names them: the workspace name plus a stable suffix.
  const suffix = createHash('sha256').update(workspace.workspaceId).digest('hex').slice(0, 8);
  const created = iso(workspace.createdAt);
  return {
    id: path,
    name: workspace.name,
    type: `${PROVIDER}/workspaces`,
    location: workspace.location,
    tags: {},
    sku: { name: 'Basic', tier: 'Basic' },
    identity: { type: 'SystemAssigned', principalId: workspace.principalId, tenantId: SANDBOX_TENANT_ID },
    systemData: {
      createdAt: created,
      createdBy: 'sandbox',
      createdByType: 'Application',
      lastModifiedAt: created,
      lastModifiedBy: 'sandbox',
      lastModifiedByType: 'Application',
    },
    properties: {
      workspaceId: workspace.workspaceId,
      friendlyName: workspace.name,
      keyVault: `${group}/providers/Microsoft.KeyVault/vaults/kv${suffix}`,
      applicationInsights: `${group}/providers/Microsoft.Insights/components/appi${suffix}`,
      storageAccount: `${group}/providers/Microsoft.Storage/storageAccounts/${workspace.storageAccount}`,
      // Real values are https://<region>.api.azureml.ms/discovery and azureml://<region>.api.azureml.ms/mlflow/...;
      // the sandbox answers the discovery document itself and does not serve MLflow.
      discoveryUrl: `${context.baseUrl}/_ml/discovery`,
      mlFlowTrackingUri: `azureml://${hostOf(context.baseUrl)}/mlflow/v1.0${path}`,
      provisioningState: 'Succeeded',
      hbiWorkspace: false,
      privateLinkCount: 0,
      allowPublicAccessWhenBehindVnet: false,
      publicNetworkAccess: 'Enabled',
      tenantId: SANDBOX_TENANT_ID,
      storageHnsEnabled: false,
      v1LegacyMode: false,
    },
  };
}

function computeView(workspace: WorkspaceRecord, compute: ComputeRecord) {
  const created = iso(compute.createdAt);
  return {
    id: `${workspacePath(workspace)}/computes/${compute.name}`,
    name: compute.name,
    type: `${PROVIDER}/workspaces/computes`,
    location: workspace.location,
    properties: {
      computeType: 'AmlCompute',
      computeLocation: workspace.location,
      provisioningState: 'Succeeded',
      createdOn: created,
      modifiedOn: created,
      isAttachedCompute: false,
      disableLocalAuth: true,
      properties: {
        osType: 'Linux',
        vmSize: compute.vmSize,
        vmPriority: 'Dedicated',
        isolatedNetwork: false,
        scaleSettings: {
          maxNodeCount: compute.maxNodeCount,
          minNodeCount: 0,
          nodeIdleTimeBeforeScaleDown: 'PT2M',
        },
        remoteLoginPortPublicAccess: 'Disabled',
        allocationState: 'Steady',
        allocationStateTransitionTime: created,
        currentNodeCount: 0,
        targetNodeCount: 0,
        nodeStateCounts: {
          idleNodeCount: 0,
          runningNodeCount: 0,
          preparingNodeCount: 0,
          unusableNodeCount: 0,
          leavingNodeCount: 0,
          preemptedNodeCount: 0,
        },
        enableNodePublicIp: true,
      },
    },
  };
}

function datastoreView(context: SandboxContext, workspace: WorkspaceRecord, datastore: DatastoreRecord) {
  const created = iso(datastore.createdAt);
  const storage = storageOrUndefined(context);
  return {
    id: `${workspacePath(workspace)}/datastores/${datastore.name}`,
    name: datastore.name,
    type: `${PROVIDER}/workspaces/datastores`,
    systemData: {
      createdAt: created,
      createdBy: 'sandbox',
      createdByType: 'Application',
      lastModifiedAt: created,
      lastModifiedBy: 'sandbox',
      lastModifiedByType: 'Application',
    },
    properties: {
      datastoreType: 'AzureBlob',
      accountName: datastore.accountName,
      containerName: datastore.containerName,
      endpoint: 'core.windows.net',
      protocol: 'https',
      credentials: { credentialsType: 'AccountKey' },
      serviceDataAccessAuthIdentity: 'None',
      isDefault: datastore.isDefault,
      tags: {},
      properties: storage ? { 'sandbox.blobEndpoint': storage.blobEndpoint } : {},
    },
  };
}

export function findDatastore(
  context: SandboxContext,
  workspace: WorkspaceRecord,
  name: string,
): DatastoreRecord | undefined {
  return mlState(context).datastores[childKey(keyOf(workspace), name)];
}

export function findCompute(
  context: SandboxContext,
  workspace: WorkspaceRecord,
  name: string,
): ComputeRecord | undefined {
  return mlState(context).computes[childKey(keyOf(workspace), name)];
}

function datastoreListQuery(query: URLSearchParams, datastores: DatastoreRecord[]): DatastoreRecord[] {
  let result = [...datastores];
  const isDefault = query.get('isDefault');
  if (isDefault !== null) result = result.filter((d) => d.isDefault === (isDefault.toLowerCase() === 'true'));
  const names = query.get('names');
  if (names) {
    const wanted = new Set(names.split(',').map((name) => name.trim().toLowerCase()));
    result = result.filter((d) => wanted.has(d.name.toLowerCase()));
  }
  const search = query.get('searchText');
  if (search) result = result.filter((d) => d.name.toLowerCase().includes(search.toLowerCase()));
  const ascending = query.get('orderByAsc')?.toLowerCase() === 'true';
  const orderBy = (query.get('orderBy') ?? 'createdtime').toLowerCase();
  result.sort((a, b) => (orderBy === 'name' ? a.name.localeCompare(b.name) : a.createdAt - b.createdAt));
  if (!ascending) result.reverse();
  return result.slice(0, Number(query.get('count') ?? 30) || 30);
}

export function registerWorkspaces(router: Router, context: SandboxContext): void {
  const validated = { auth: 'arm', validate: true } as const;
  const state = () => mlState(context);

  router.get(
    `/subscriptions/:subscription/resourceGroups/:group/providers/${PROVIDER}/workspaces`,
    validated,
    withSubscription(context, 'workspaces', ({ params }) =>
      json(200, {
        value: Object.values(state().workspaces)
          .filter((w) => keyOf(w).startsWith(`${workspaceKey(params.subscription!, params.group!, '')}`))
          .map((w) => workspaceView(context, w)),
      }),
    ),
  );
  router.get(
    `/subscriptions/:subscription/providers/${PROVIDER}/workspaces`,
    validated,
    withSubscription(context, 'workspaces', ({ params }) => {
      const groups = new Set(
        listResourceGroups(context, params.subscription!).map((g) => g.name.toLowerCase()),
      );
      return json(200, {
        value: Object.values(state().workspaces)
          .filter(
            (w) =>
              w.subscriptionId.toLowerCase() === params.subscription!.toLowerCase() &&
              groups.has(w.resourceGroup.toLowerCase()),
          )
          .map((w) => workspaceView(context, w)),
      });
    }),
  );
  router.get(
    WORKSPACE_ROUTE,
    validated,
    withWorkspace(context, 'workspaces', (_request, workspace) =>
      json(200, workspaceView(context, workspace)),
    ),
  );

  router.get(
    `${WORKSPACE_ROUTE}/computes`,
    validated,
    withWorkspace(context, 'workspaces/computes', (_request, workspace) =>
      json(200, { value: inWorkspace(state().computes, workspace).map((c) => computeView(workspace, c)) }),
    ),
  );
  router.get(
    `${WORKSPACE_ROUTE}/computes/:compute`,
    validated,
    withWorkspace(context, 'workspaces/computes', ({ params }, workspace) => {
      const compute = findCompute(context, workspace, params.compute!);
      return compute
        ? json(200, computeView(workspace, compute))
        : notFoundIn(workspace.resourceGroup, workspace.name, { type: 'computes', name: params.compute! });
    }),
  );

  router.get(
    `${WORKSPACE_ROUTE}/datastores`,
    validated,
    withWorkspace(context, 'workspaces/datastores', ({ query }, workspace) =>
      json(200, {
        value: datastoreListQuery(query, inWorkspace(state().datastores, workspace)).map((d) =>
          datastoreView(context, workspace, d),
        ),
      }),
    ),
  );
  router.post(
    `${WORKSPACE_ROUTE}/datastores/:datastore/listSecrets`,
    validated,
    withWorkspace(context, 'workspaces/datastores', ({ params }, workspace) => {
      const datastore = findDatastore(context, workspace, params.datastore!);
      if (!datastore) {
        return notFoundIn(workspace.resourceGroup, workspace.name, {
          type: 'datastores',
          name: params.datastore!,
        });
      }
      const storage = storageOrUndefined(context);
      if (!storage) {
        return mlError(
          409,
          'UserError',
          `The secrets of datastore '${datastore.name}' are not available: the sandbox runs without storage.`,
        );
      }
      return json(200, { secretsType: 'AccountKey', key: storage.accountKey });
    }),
  );
  router.get(
    `${WORKSPACE_ROUTE}/datastores/:datastore`,
    validated,
    withWorkspace(context, 'workspaces/datastores', ({ params }, workspace) => {
      const datastore = findDatastore(context, workspace, params.datastore!);
      return datastore
        ? json(200, datastoreView(context, workspace, datastore))
        : notFoundIn(workspace.resourceGroup, workspace.name, {
            type: 'datastores',
            name: params.datastore!,
          });
    }),
  );

  // The workspace discovery document (the real one lists the regional service hosts); here every service is the
  // sandbox itself.
  router.get('/_ml/discovery', { auth: 'none' }, () =>
    json(200, {
      api: context.baseUrl,
      catalog: context.baseUrl,
      experimentation: context.baseUrl,
      history: context.baseUrl,
      modelmanagement: context.baseUrl,
      pipelines: context.baseUrl,
      studio: context.baseUrl,
    }),
  );
}
