/**
 * Azure ML datastore URIs, the two forms azure-ai-ml writes and the batch endpoints read:
 *   azureml://datastores/<datastore>/paths/<path>
 *   azureml://subscriptions/<s>/resourcegroups/<g>/workspaces/<w>/datastores/<datastore>/paths/<path>
 * (the long form may also spell `providers/Microsoft.MachineLearningServices/workspaces`). Path segments are
 * percent-decoded; a path ending in `/` is a folder.
 */

export interface DatastorePath {
  readonly datastore: string;
  /** Inside the datastore's container, without a leading `/`; a folder keeps its trailing `/`. */
  readonly path: string;
  /** Set for the long form: the workspace the URI names. */
  readonly workspace?: {
    readonly subscriptionId: string;
    readonly resourceGroup: string;
    readonly name: string;
  };
}

const SHORT = /^azureml:\/\/datastores\/([^/]+)\/paths\/(.*)$/i;
const LONG =
  /^azureml:\/\/subscriptions\/([^/]+)\/resourcegroups\/([^/]+)\/(?:providers\/Microsoft\.MachineLearningServices\/)?workspaces\/([^/]+)\/datastores\/([^/]+)\/paths\/(.*)$/i;

const decodePath = (path: string) =>
  path
    .replace(/^\/+/, '')
    .split('/')
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    })
    .join('/');

/** The datastore and path of a datastore URI, or undefined when `uri` is not one. */
export function parseDatastoreUri(uri: string): DatastorePath | undefined {
  const short = SHORT.exec(uri);
  if (short) return { datastore: short[1]!, path: decodePath(short[2]!) };
  const long = LONG.exec(uri);
  if (!long) return undefined;
  const [, subscriptionId, resourceGroup, name, datastore, path] = long;
  return {
    datastore: datastore!,
    path: decodePath(path!),
    workspace: { subscriptionId: subscriptionId!, resourceGroup: resourceGroup!, name: name! },
  };
}

/** The short form, each path segment percent-encoded. */
export function datastoreUri(datastore: string, path: string): string {
  const encoded = path
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
  return `azureml://datastores/${datastore}/paths/${encoded}`;
}
