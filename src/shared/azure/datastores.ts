/**
 * Blob access to an Azure ML workspace's default datastore, the way azure-ai-ml gets it for uploads
 * (`_artifacts/_artifact_utilities.get_datastore_info`): read the datastore, then
 * - `AccountKey` credentials: `POST {W}/datastores/{name}/listSecrets` and use the account key (the default for
 *   `workspaceblobstore`: "An Azure Machine Learning workspace defaults to use of a shared key to access its default
 *   Azure Storage account", Microsoft Learn, how-to-disable-local-auth-storage);
 * - `Sas` credentials: the same call, and the SAS token;
 * - `None` (identity-based access): the caller's own token for Azure Storage, which needs a data role such as
 *   Storage Blob Data Contributor on the account.
 * The account URL is `{protocol}://{account}.blob.{endpoint}` from the datastore's fields. A custom cloud whose storage
 * is served path-style (the local sandbox's Azurite, `https://127.0.0.1:<port>/<account>`) names that URL in the
 * datastore's property bag as `sandbox.blobEndpoint`; it is used only with `cloud: Custom`.
 *
 * Secrets are handed to `mask` before anything else sees them. `@azure/storage-blob` is loaded only here.
 */
import type { AzureMachineLearningWorkspaces } from '@azure/arm-machinelearning';
import type { TokenCredential } from '@azure/core-auth';
import type { ContainerClient } from '@azure/storage-blob';
import { ConfigurationError, isNotFound, withContext } from '../errors.js';
import type { Cloud } from './clouds.js';

export const SANDBOX_BLOB_ENDPOINT_PROPERTY = 'sandbox.blobEndpoint';

export interface DatastoreInfo {
  /** The datastore's name, e.g. `workspaceblobstore`. */
  readonly name: string;
  readonly accountName: string;
  readonly containerName: string;
  readonly accountUrl: string;
  readonly credentialsType: string;
}

export interface DatastoreScope {
  readonly client: AzureMachineLearningWorkspaces;
  readonly resourceGroup: string;
  readonly workspace: string;
  readonly cloud: Cloud;
}

export interface BlobDatastoreProperties {
  datastoreType?: string;
  accountName?: string;
  containerName?: string;
  endpoint?: string;
  protocol?: string;
  credentials?: { credentialsType?: string };
  properties?: Record<string, string | null>;
}

/** The blob service URL of a datastore's account (see the module comment for the custom-cloud case). */
export function blobAccountUrl(properties: BlobDatastoreProperties, cloud: Pick<Cloud, 'name'>): string {
  const pathStyle = properties.properties?.[SANDBOX_BLOB_ENDPOINT_PROPERTY];
  if (cloud.name === 'Custom' && pathStyle) return pathStyle.replace(/\/+$/, '');
  return `${properties.protocol ?? 'https'}://${properties.accountName}.blob.${properties.endpoint ?? 'core.windows.net'}`;
}

/** The workspace's default datastore (read-only: a GET of the list filtered to the default). */
export async function readDefaultDatastore(scope: DatastoreScope): Promise<DatastoreInfo> {
  const { client, resourceGroup, workspace } = scope;
  let found: { name?: string; properties: unknown } | undefined;
  try {
    for await (const datastore of client.datastores.list(resourceGroup, workspace, { isDefault: true })) {
      found = datastore;
      break;
    }
  } catch (error) {
    throw withContext(`Could not read the default datastore of workspace '${workspace}'`, error);
  }
  if (!found?.name) {
    throw new Error(`Workspace '${workspace}' has no default datastore to upload to.`);
  }
  const properties = found.properties as BlobDatastoreProperties;
  if (properties.datastoreType !== 'AzureBlob') {
    throw new ConfigurationError(
      `The default datastore '${found.name}' of workspace '${workspace}' is ${properties.datastoreType}; local files are uploaded to a blob datastore only. Make a blob datastore the default, or upload the files yourself and pass their azureml:// URI (for a model: register it and pass azureml:<name>:<version>).`,
    );
  }
  return datastoreInfo(found.name, properties, scope.cloud);
}

/** A datastore of the workspace by name (one GET); undefined when there is none of that name. */
export async function readDatastore(scope: DatastoreScope, name: string): Promise<DatastoreInfo | undefined> {
  const { client, resourceGroup, workspace } = scope;
  let found: { name?: string; properties: unknown };
  try {
    found = await client.datastores.get(resourceGroup, workspace, name);
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw withContext(`Could not read datastore '${name}' of workspace '${workspace}'`, error);
  }
  const properties = found.properties as BlobDatastoreProperties;
  if (properties.datastoreType !== 'AzureBlob') {
    throw new ConfigurationError(
      `Datastore '${name}' of workspace '${workspace}' is ${properties.datastoreType}; only blob datastores are read here.`,
    );
  }
  return datastoreInfo(found.name ?? name, properties, scope.cloud);
}

function datastoreInfo(
  name: string,
  properties: BlobDatastoreProperties,
  cloud: Pick<Cloud, 'name'>,
): DatastoreInfo {
  return {
    name,
    accountName: String(properties.accountName),
    containerName: String(properties.containerName),
    accountUrl: blobAccountUrl(properties, cloud),
    credentialsType: properties.credentials?.credentialsType ?? 'None',
  };
}

export interface ContainerAccessOptions extends DatastoreScope {
  readonly credential: TokenCredential;
  readonly caCertificates?: readonly string[] | undefined;
  /** Registers a secret (the account key or SAS) with the log masker before it is used. */
  readonly mask: (secret: string) => void;
}

/** A client for the datastore's container, signed in as the datastore's credentials say (see the module comment). */
export async function openDatastoreContainer(
  datastore: DatastoreInfo,
  options: ContainerAccessOptions,
): Promise<ContainerClient> {
  const { BlobServiceClient, StorageSharedKeyCredential, AnonymousCredential } = await import(
    '@azure/storage-blob'
  );
  const clientOptions = options.caCertificates
    ? ({ tlsOptions: { ca: [...options.caCertificates] } } as ConstructorParameters<
        typeof BlobServiceClient
      >[2])
    : undefined;
  const type = datastore.credentialsType;
  if (type === 'AccountKey' || type === 'Sas') {
    const secret = await listSecret(datastore, options);
    options.mask(secret);
    const service =
      type === 'AccountKey'
        ? new BlobServiceClient(
            datastore.accountUrl,
            new StorageSharedKeyCredential(datastore.accountName, secret),
            clientOptions,
          )
        : new BlobServiceClient(
            `${datastore.accountUrl}?${secret.replace(/^\?/, '')}`,
            new AnonymousCredential(),
            clientOptions,
          );
    return service.getContainerClient(datastore.containerName);
  }
  if (type === 'None') {
    const service = new BlobServiceClient(datastore.accountUrl, options.credential, clientOptions);
    return service.getContainerClient(datastore.containerName);
  }
  throw new ConfigurationError(
    `Datastore '${datastore.name}' uses ${type} credentials; account key, SAS and identity-based (None) blob datastores are supported.`,
  );
}

async function listSecret(datastore: DatastoreInfo, options: ContainerAccessOptions): Promise<string> {
  let secrets: { secretsType?: string; key?: string | null; sasToken?: string | null };
  try {
    secrets = await options.client.datastores.listSecrets(
      options.resourceGroup,
      options.workspace,
      datastore.name,
    );
  } catch (error) {
    throw withContext(`Could not list the secrets of datastore '${datastore.name}'`, error);
  }
  const secret = secrets.key ?? secrets.sasToken;
  if (!secret)
    throw new Error(`Datastore '${datastore.name}' returned no ${datastore.credentialsType} secret.`);
  return secret;
}
