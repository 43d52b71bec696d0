/**
 * Workspaces, created by `provisionWorkspace` (the platform team's job, never the actions') with their AmlCompute
 * clusters (computes.ts) and default blob datastore (datastores.ts), and read through ARM as
 * machineLearningServices.json describes them: one workspace, or the workspaces of a resource group or a
 * subscription.
 */
import { createHash, randomUUID } from 'node:crypto';
import { listResourceGroups, type SandboxContext } from '../../context.js';
import { json, type Router } from '../../core/http.js';
import { createAzuriteBlobStore } from '../../dataplane/blob-store.js';
import { SANDBOX_TENANT_ID } from '../../identity/entra.js';
import { DEFAULT_DATASTORE, storageOrUndefined } from './datastores.js';
import { newStamps, SANDBOX_ACTOR, systemData } from './resource-metadata.js';
import {
  childKey,
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
  /** Blob datastores to register beside the default one (a platform team registers its data lake's containers). */
  readonly datastores?: readonly { readonly name: string; readonly container: string }[];
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

/** Azurite's well-known account, named when the sandbox runs without storage so ids stay well-formed. */
const FALLBACK_ACCOUNT = 'devstoreaccount1';

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
  for (const extra of spec.datastores ?? []) {
    state.datastores[childKey(id, extra.name)] ??= {
      name: extra.name,
      accountName: workspace.storageAccount,
      containerName: extra.container,
      isDefault: false,
      createdAt: now,
    };
  }
  if (storage) {
    const blobs = createAzuriteBlobStore(storage);
    await Promise.all(
      [container, ...(spec.datastores ?? []).map((d) => d.container)].map((c) => blobs.ensureContainer(c)),
    );
  }
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
  return {
    id: path,
    name: workspace.name,
    type: `${PROVIDER}/workspaces`,
    location: workspace.location,
    tags: {},
    sku: { name: 'Basic', tier: 'Basic' },
    identity: { type: 'SystemAssigned', principalId: workspace.principalId, tenantId: SANDBOX_TENANT_ID },
    systemData: systemData(newStamps(workspace.createdAt, SANDBOX_ACTOR)),
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
