/**
 * The data locations a batch job may name, resolved to a container and path in the sandbox's storage account:
 *   azureml://datastores/<datastore>/paths/<path>
 *   azureml://subscriptions/<s>/resourcegroups/<g>/workspaces/<w>/datastores/<datastore>/paths/<path>
 *   https://<blob endpoint>/<container>/<path>      (Azurite's path-style endpoint, as the storage info gives it)
 *   https://<account>.blob.<suffix>/<container>/<path>  (Azure's form, when <account> is the sandbox's account)
 * Outputs must be datastore paths (the service writes only to blob datastores of the workspace).
 */

export interface BlobLocation {
  readonly container: string;
  /** The blob name or folder prefix inside the container, without a leading `/`. */
  readonly path: string;
}

export interface UriScope {
  readonly subscriptionId: string;
  readonly resourceGroup: string;
  readonly workspace: string;
  /** The container behind a datastore of the workspace, or undefined when there is no such datastore. */
  readonly datastoreContainer: (name: string) => string | undefined;
  readonly storage?: { readonly blobEndpoint: string; readonly accountName: string };
}

export type Resolved = BlobLocation | { readonly error: string };

const SHORT = /^azureml:\/\/datastores\/([^/]+)\/paths\/(.*)$/i;
const LONG =
  /^azureml:\/\/subscriptions\/([^/]+)\/resourcegroups\/([^/]+)\/(?:providers\/Microsoft\.MachineLearningServices\/)?workspaces\/([^/]+)\/datastores\/([^/]+)\/paths\/(.*)$/i;

export const isDatastoreUri = (uri: string) => SHORT.test(uri) || LONG.test(uri);

const decodePath = (path: string) => path.split('/').map(decodeURIComponent).join('/');

function fromDatastore(datastore: string, path: string, scope: UriScope, uri: string): Resolved {
  const container = scope.datastoreContainer(datastore);
  if (!container)
    return {
      error: `The datastore '${datastore}' in '${uri}' does not exist in workspace '${scope.workspace}'.`,
    };
  return { container, path: decodePath(path.replace(/^\/+/, '')) };
}

export function resolveDataUri(uri: string, scope: UriScope): Resolved {
  const short = SHORT.exec(uri);
  if (short) return fromDatastore(short[1]!, short[2]!, scope, uri);
  const long = LONG.exec(uri);
  if (long) {
    const [, subscription, group, workspace, datastore, path] = long;
    const same =
      subscription!.toLowerCase() === scope.subscriptionId.toLowerCase() &&
      group!.toLowerCase() === scope.resourceGroup.toLowerCase() &&
      workspace!.toLowerCase() === scope.workspace.toLowerCase();
    if (!same) return { error: `'${uri}' names a datastore of another workspace.` };
    return fromDatastore(datastore!, path!, scope, uri);
  }
  if (/^https:\/\//i.test(uri)) return fromBlobUrl(uri, scope);
  return {
    error: `'${uri}' is not a supported data location. Use azureml://datastores/<datastore>/paths/<path> or a blob URL of the sandbox's storage account.`,
  };
}

function fromBlobUrl(uri: string, scope: UriScope): Resolved {
  const storage = scope.storage;
  if (!storage) return { error: `'${uri}' cannot be read: the sandbox runs without blob storage.` };
  const endpoint = storage.blobEndpoint.replace(/\/+$/, '');
  let rest: string | undefined;
  if (uri.toLowerCase().startsWith(`${endpoint.toLowerCase()}/`)) rest = uri.slice(endpoint.length + 1);
  else {
    const url = new URL(uri);
    const account = /^([^.]+)\.blob\./i.exec(url.hostname)?.[1];
    if (account?.toLowerCase() === storage.accountName.toLowerCase()) rest = url.pathname.slice(1);
  }
  if (rest === undefined) {
    return { error: `'${uri}' is not in the sandbox's storage account (${endpoint}).` };
  }
  rest = rest.split(/[?#]/)[0]!;
  const slash = rest.indexOf('/');
  const container = decodeURIComponent(slash < 0 ? rest : rest.slice(0, slash));
  if (!container) return { error: `'${uri}' names no container.` };
  return { container, path: slash < 0 ? '' : decodePath(rest.slice(slash + 1)) };
}
