/**
 * The Machine Learning emulator's slice of sandbox state. Records are plain JSON (times as epoch milliseconds) so
 * snapshots, resets and the state file keep working; views for the wire are built from them per request.
 *
 * Keys: ARM names are case-insensitive (`key()` lower-cases them), but asset names are case-sensitive in Azure ML
 * ("Model name. This is case-sensitive." in mfe.json), so model keys keep the name's casing.
 */
import type { SandboxContext } from '../../context.js';
import { key } from '../../core/state.js';

export const PROVIDER = 'Microsoft.MachineLearningServices';
export const API_VERSION = '2022-10-01';

export interface WorkspaceRecord {
  readonly subscriptionId: string;
  readonly resourceGroup: string;
  readonly name: string;
  readonly location: string;
  readonly workspaceId: string;
  readonly principalId: string;
  readonly storageAccount: string;
  readonly createdAt: number;
}

export interface ComputeRecord {
  readonly name: string;
  readonly vmSize: string;
  readonly maxNodeCount: number;
  readonly createdAt: number;
}

export interface DatastoreRecord {
  readonly name: string;
  readonly accountName: string;
  readonly containerName: string;
  readonly isDefault: boolean;
  readonly createdAt: number;
}

/** Who created or last changed a resource, for `systemData`. */
export interface Actor {
  readonly by: string;
  readonly byType: 'User' | 'Application' | 'ManagedIdentity' | 'Key';
}

export interface Stamps {
  createdAt: number;
  createdBy: Actor;
  modifiedAt: number;
  modifiedBy: Actor;
}

/** A model, code or environment container: the name its versions share, and what may change on it. */
export interface AssetContainerRecord extends Stamps {
  readonly name: string;
  description?: string;
  tags: Record<string, string>;
  properties: Record<string, string>;
  isArchived: boolean;
}

/**
 * What every asset version holds besides its content (immutable, and different by kind): what its container
 * holds, as in the service's schema, plus its version, creation order and whether it is anonymous.
 */
export interface AssetVersionRecord extends AssetContainerRecord {
  readonly version: string;
  /** Creation order within the workspace, so "most recently created" is well defined at equal timestamps. */
  readonly seq: number;
  readonly isAnonymous: boolean;
}

export interface ModelVersionRecord extends AssetVersionRecord {
  readonly modelUri?: string;
  readonly modelType?: string;
  readonly flavors?: Record<string, { data?: Record<string, string> }>;
  readonly jobName?: string;
}

/** A long-running operation: the resource is Creating/Updating/Deleting until `startedAt + durationMs`. */
export interface OperationRecord {
  readonly id: string;
  readonly subscriptionId: string;
  readonly location: string;
  readonly kind: 'create' | 'update' | 'delete' | 'cancel';
  readonly target: { readonly type: 'endpoint' | 'deployment' | 'job'; readonly key: string };
  readonly startedAt: number;
  readonly durationMs: number;
  readonly outcome: 'Succeeded' | 'Failed';
  readonly error?: { readonly code: string; readonly message: string };
  /** Set once a finished delete has removed its target. */
  applied?: boolean;
}

/** An ARM tracked resource changed through long-running operations (batch endpoints and deployments). */
export interface TrackedRecord extends Stamps {
  readonly workspace: string;
  readonly name: string;
  location: string;
  tags: Record<string, string>;
  kind?: string;
  identity?: Record<string, unknown>;
  sku?: Record<string, unknown>;
  /** The latest operation on the resource: its provisioning state, and whether it is being deleted. */
  operationId: string;
}

export interface EndpointRecord extends TrackedRecord {
  /** Always AADToken: the only auth mode of batch endpoints, which have no keys (batch-endpoints.ts). */
  authMode: 'AADToken';
  description?: string;
  properties: Record<string, string>;
  defaultDeployment?: string;
  /** The system-assigned identity's principal, when the endpoint asks for one. */
  readonly principalId: string;
}

export interface DeploymentRecord extends TrackedRecord {
  readonly endpoint: string;
  /** `properties` as the service returns them: the request with server defaults applied. */
  properties: Record<string, unknown>;
}

export interface JobInputRecord {
  readonly name: string;
  readonly type: 'UriFolder' | 'UriFile';
  readonly uri: string;
}

export interface JobOutputRecord {
  readonly name: string;
  readonly type: 'UriFolder' | 'UriFile';
  readonly uri: string;
}

/** What a finished scoring run reports; status is derived from it and the clock (see job-status.ts). */
export interface JobOutcome {
  readonly status: 'Completed' | 'Failed' | 'Canceled';
  readonly finishedAt: number;
  readonly error?: { readonly code: string; readonly message: string };
  readonly rowsScored: number;
  readonly filesProcessed: number;
  readonly filesFailed: number;
  readonly predictionsUri?: string;
}

export interface JobRecord extends Stamps {
  readonly workspace: string;
  readonly name: string;
  readonly endpoint: string;
  readonly deployment: string;
  readonly computeId: string;
  readonly inputs: readonly JobInputRecord[];
  readonly output: JobOutputRecord;
  /** The datastore folder the job's logs are written to (`azureml://datastores/<ds>/paths/...`). */
  readonly logsUri?: string;
  cancelRequestedAt?: number;
  outcome?: JobOutcome;
}

/** A test's request that the next matching deployment rollout fails (POST /_sandbox/ml/fail-next-deployment). */
export interface DeploymentFailure {
  readonly endpoint?: string;
  readonly deployment?: string;
  readonly code: string;
  readonly message: string;
}

export interface MachineLearningSlice {
  workspaces: Record<string, WorkspaceRecord>;
  computes: Record<string, ComputeRecord>;
  datastores: Record<string, DatastoreRecord>;
  modelContainers: Record<string, AssetContainerRecord>;
  modelVersions: Record<string, ModelVersionRecord>;
  endpoints: Record<string, EndpointRecord>;
  deployments: Record<string, DeploymentRecord>;
  jobs: Record<string, JobRecord>;
  operations: Record<string, OperationRecord>;
  pendingFailures: DeploymentFailure[];
  nextSeq: number;
}

export function mlState(context: SandboxContext): MachineLearningSlice {
  return context.state.slice<MachineLearningSlice>('machinelearning', () => ({
    workspaces: {},
    computes: {},
    datastores: {},
    modelContainers: {},
    modelVersions: {},
    endpoints: {},
    deployments: {},
    jobs: {},
    operations: {},
    pendingFailures: [],
    nextSeq: 1,
  }));
}

/** The state key of a workspace; child records are keyed under it. */
export function workspaceKey(subscriptionId: string, resourceGroup: string, name: string): string {
  return key(subscriptionId, resourceGroup, name);
}

export const childKey = (workspace: string, ...names: string[]) => `${workspace}/${key(...names)}`;

/** The key of a workspace's ARM child resource (names outermost first, case-insensitive as ARM names are). */
export const workspaceChildKey = (workspace: WorkspaceRecord, names: readonly string[]) =>
  childKey(keyOf(workspace), ...names);

/** Model keys keep the caller's casing: asset names are case-sensitive. */
export const modelKey = (workspace: string, name: string, version?: string) =>
  version === undefined ? `${workspace}/${name}` : `${workspace}/${name}/${version}`;

export function workspacePath(workspace: WorkspaceRecord): string {
  return `/subscriptions/${workspace.subscriptionId}/resourceGroups/${workspace.resourceGroup}/providers/${PROVIDER}/workspaces/${workspace.name}`;
}

export function findWorkspace(
  context: SandboxContext,
  subscriptionId: string,
  resourceGroup: string,
  name: string,
): WorkspaceRecord | undefined {
  return mlState(context).workspaces[workspaceKey(subscriptionId, resourceGroup, name)];
}

export function keyOf(workspace: WorkspaceRecord): string {
  return workspaceKey(workspace.subscriptionId, workspace.resourceGroup, workspace.name);
}

/** The records of a keyed collection whose keys start with `prefix` (the children of a workspace or a parent). */
export function recordsUnder<T>(collection: Record<string, T>, prefix: string): T[] {
  return Object.entries(collection)
    .filter(([id]) => id.startsWith(prefix))
    .map(([, record]) => record);
}
