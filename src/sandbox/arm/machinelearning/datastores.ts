/**
 * Datastores (`{W}/datastores/{datastore}`), read-only: the workspace's default blob datastore is provisioned with
 * it (workspaces.ts) as `workspaceblobstore` on container `azureml-blobstore-<workspaceId>`, the name Azure gives
 * it. It points at the sandbox's storage account (Azurite); `endpoint` keeps Azure's `core.windows.net` form
 * because the schema has no way to say "path-style endpoint on 127.0.0.1", and the real blob endpoint is added to
 * the datastore's property bag as `sandbox.blobEndpoint`.
 *
 * Credentials are `AccountKey`, as Azure configures `workspaceblobstore` unless the workspace was created with
 * identity-based storage access: GET shows only `{credentialsType: "AccountKey"}` (the secret is `x-ms-secret`, as
 * in the spec's example Datastore/get.json) and `POST {W}/datastores/{name}/listSecrets` (Datastores_ListSecrets)
 * answers `{secretsType: "AccountKey", key}` — Azurite's account key, since Azurite accepts shared-key access but
 * not the sandbox's bearer tokens. This is how azure-ai-ml uploads local assets (`get_datastore_info` reads the
 * datastore with `include_secrets=True` and uses the account key; only credential-less datastores use the caller's
 * token).
 */
import type { SandboxContext, StorageInfo } from '../../context.js';
import { json } from '../../core/http.js';
import { mlError } from './errors.js';
import { newStamps, SANDBOX_ACTOR, systemData } from './resource-metadata.js';
import { resourceIdentity, resourcePath } from './resource-path.js';
import { findRecord, type ResourceKind } from './resource-routes.js';
import { type DatastoreRecord, mlState, type WorkspaceRecord, workspaceChildKey } from './store.js';

export const DEFAULT_DATASTORE = 'workspaceblobstore';

const PATH = resourcePath('datastores/:datastore');

/** The sandbox's storage account, or undefined when it runs without storage. */
export function storageOrUndefined(context: SandboxContext): StorageInfo | undefined {
  try {
    return context.storage();
  } catch {
    return undefined;
  }
}

function datastoreView(context: SandboxContext, workspace: WorkspaceRecord, datastore: DatastoreRecord) {
  const storage = storageOrUndefined(context);
  return {
    ...resourceIdentity(workspace, PATH, [datastore.name]),
    systemData: systemData(newStamps(datastore.createdAt, SANDBOX_ACTOR)),
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

/** The list's filters (`isDefault`, `names`, `searchText`), order (`orderBy`, `orderByAsc`) and `count` (30). */
function datastoreListQuery(datastores: DatastoreRecord[], query: URLSearchParams): DatastoreRecord[] {
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

export const datastores: ResourceKind<DatastoreRecord> = {
  path: PATH,
  records: (context) => mlState(context).datastores,
  key: workspaceChildKey,
  view: datastoreView,
  list: datastoreListQuery,
  actions: {
    listSecrets: (context, _workspace, datastore) => {
      const storage = storageOrUndefined(context);
      if (!storage) {
        return mlError(
          409,
          'UserError',
          `The secrets of datastore '${datastore.name}' are not available: the sandbox runs without storage.`,
        );
      }
      return json(200, { secretsType: 'AccountKey', key: storage.accountKey });
    },
  },
};

export function findDatastore(
  context: SandboxContext,
  workspace: WorkspaceRecord,
  name: string,
): DatastoreRecord | undefined {
  return findRecord(context, datastores, workspace, [name]);
}
