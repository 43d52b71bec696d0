/**
 * The second phase, reads only: the receipt's claims against live Azure before anything is written or started.
 * The aml receipt (inside the metadata receipt) must describe what the endpoint serves now (aml-verification.ts);
 * the model version it names must exist in the workspace, and its content digest is computed from its files
 * (model-content.ts) — the digest the stamp and the receipt carry. A datastore input must exist (and is counted when
 * the expectations compare with its rows). The default datastore, where a local input is uploaded and the output is
 * written, is opened here.
 *
 * Not checked here: the factory's pipelines (adf receipt) and the control table's rows (metadata receipt), which
 * only pipeline mode uses; it checks them itself before its run (pipeline/pipeline-scoring.ts).
 */
import type { AzureMachineLearningWorkspaces, ModelVersion } from '@azure/arm-machinelearning';
import type { ContainerClient } from '@azure/storage-blob';
import { CONTENT_DIGEST_TAG } from '#shared/azure/asset-tags.js';
import type { AzureConnection } from '#shared/azure/connection.js';
import {
  type ContainerAccessOptions,
  type DatastoreInfo,
  openDatastoreContainer,
  readDatastore,
  readDefaultDatastore,
} from '#shared/azure/datastores.js';
import { type ModelContent, modelContentDigest } from '#shared/azure/model-content.js';
import { ConfigurationError, isNotFound, withContext } from '#shared/errors.js';
import type { Logger } from '#shared/logger.js';
import { verifyAmlReceipt } from '#shared/receipts/aml-verification.js';
import type { AmlReceipt } from '#shared/receipts/schemas.js';
import type { PreparedScoring } from './prepare.js';
import { rowCounter } from './scoring-input.js';

export interface WorkspaceScope {
  readonly client: AzureMachineLearningWorkspaces;
  readonly subscriptionId: string;
  readonly resourceGroup: string;
  readonly workspace: string;
}

export interface LiveModel {
  readonly name: string;
  readonly version: string;
  readonly id: string;
  readonly live: ModelVersion;
  readonly content: ModelContent;
}

export interface LiveRelease {
  readonly scope: WorkspaceScope;
  readonly model: LiveModel;
  /** The default datastore and its container: where a local input goes, and where the output is written. */
  readonly datastore: DatastoreInfo;
  readonly container: ContainerClient;
  /** How to open the workspace's datastores (pipeline mode reads the outputs where its jobs wrote them). */
  readonly access: ContainerAccessOptions;
  /** The input's rows, when they are needed and the input is a datastore path (a local input's are counted before). */
  readonly inputRows: number | undefined;
}

export interface LiveCheckDeps {
  readonly azure: AzureConnection;
  readonly logger: Logger;
  readonly mask: (secret: string) => void;
}

const RECEIPT_INPUT = 'metadata-receipt';

async function readModel(scope: WorkspaceScope, aml: AmlReceipt): Promise<ModelVersion> {
  const { name, version, id } = aml.model;
  if (/^azureml:\/\/registries\//i.test(id)) {
    throw new ConfigurationError(
      `Input '${RECEIPT_INPUT}': the deployment serves model ${name}:${version} from a registry (${id}); this version of run-integration-score validates and stamps workspace models only. Deploy the version registered in workspace '${scope.workspace}' to run integration scoring here.`,
      { input: RECEIPT_INPUT },
    );
  }
  try {
    return await scope.client.modelVersions.get(scope.resourceGroup, scope.workspace, name, version);
  } catch (error) {
    if (isNotFound(error)) {
      throw new ConfigurationError(
        `Input '${RECEIPT_INPUT}': model ${name}:${version}, which the receipt says the deployment serves, does not exist in workspace '${scope.workspace}'; it was deleted after deploy-aml-endpoint ran. Run deploy-aml-endpoint for '${aml.environment}' again and pass the new receipts.`,
        { input: RECEIPT_INPUT },
      );
    }
    throw withContext(`Could not read model ${name}:${version}`, error);
  }
}

async function checkContent(
  model: { readonly name: string; readonly version: string },
  live: ModelVersion,
  access: ContainerAccessOptions,
): Promise<ModelContent> {
  const content = await modelContentDigest({ ...model, modelUri: live.properties.modelUri }, access);
  const tagged = live.properties.tags?.[CONTENT_DIGEST_TAG];
  if (tagged && tagged !== content.digest) {
    throw new Error(
      `Model ${model.name}:${model.version} is tagged ${CONTENT_DIGEST_TAG}=${tagged}, but its files digest to ${content.digest}: its files in the datastore were changed after it was registered. Register the model again as a new version.`,
    );
  }
  return content;
}

/** The datastore input exists (a file, or a folder holding files); answers its data rows when asked. */
async function checkDatastoreInput(
  input: Extract<PreparedScoring['input'], { kind: 'datastore' }>,
  access: ContainerAccessOptions,
  countRows: boolean,
  logger: Logger,
): Promise<number | undefined> {
  const { location } = input;
  const refuse = (reason: string) =>
    new ConfigurationError(`Input 'input' is '${input.uri}', ${reason}`, { input: 'input' });
  if (location.workspace && location.workspace.name.toLowerCase() !== access.workspace.toLowerCase()) {
    throw refuse(`a datastore of workspace '${location.workspace.name}', not of '${access.workspace}'.`);
  }
  const datastore = await readDatastore(access, location.datastore);
  if (!datastore)
    throw refuse(`but workspace '${access.workspace}' has no datastore '${location.datastore}'.`);
  const container = await openDatastoreContainer(datastore, access);
  const names: string[] = [];
  try {
    if (input.type === 'UriFolder') {
      for await (const blob of container.listBlobsFlat({ prefix: location.path })) names.push(blob.name);
    } else if (await container.getBlobClient(location.path).exists()) names.push(location.path);
  } catch (error) {
    throw withContext(`Could not read '${input.uri}'`, error);
  }
  if (names.length === 0) {
    throw refuse(
      input.type === 'UriFolder'
        ? 'an empty or missing folder: there is nothing to score.'
        : 'which does not exist (for a folder, end the URI with /).',
    );
  }
  logger.info(`Input ${input.uri}: ${names.length} file(s) in datastore '${datastore.name}'`);
  if (!countRows) return undefined;
  let rows = 0;
  for (const name of names) {
    const counter = rowCounter();
    const body = (await container.getBlobClient(name).download()).readableStreamBody;
    for await (const chunk of body ?? []) counter.scanner.write(chunk as Buffer);
    counter.scanner.end();
    rows += counter.rows();
  }
  return rows;
}

export async function checkLiveRelease(prepared: PreparedScoring, deps: LiveCheckDeps): Promise<LiveRelease> {
  const { azure, logger } = deps;
  const aml = prepared.amlReceipt;
  return logger.group('Verify the release', async () => {
    const client = await azure.clients.machineLearning();
    const scope: WorkspaceScope = {
      client,
      subscriptionId: aml.subscription,
      resourceGroup: aml.resourceGroup,
      workspace: aml.workspace,
    };
    await verifyAmlReceipt(aml, client, logger, { input: RECEIPT_INPUT });
    const live = await readModel(scope, aml);
    const access: ContainerAccessOptions = {
      client,
      resourceGroup: scope.resourceGroup,
      workspace: scope.workspace,
      cloud: azure.cloud,
      credential: azure.credential,
      caCertificates: azure.caCertificates,
      mask: deps.mask,
    };
    const model = { name: aml.model.name, version: aml.model.version };
    const content = await checkContent(model, live, access);
    logger.info(
      `Model ${model.name}:${model.version}: ${content.files} file(s), ${content.bytes} bytes, content ${content.digest}`,
    );
    const datastore = await readDefaultDatastore({ ...scope, cloud: azure.cloud });
    const container = await openDatastoreContainer(datastore, access);
    const countRows = prepared.expectations?.rows?.kind === 'input';
    const inputRows =
      prepared.input?.kind === 'datastore'
        ? await checkDatastoreInput(prepared.input, access, countRows, logger)
        : prepared.inputRows;
    return {
      scope,
      model: { ...model, id: aml.model.id, live, content },
      datastore,
      container,
      access,
      inputRows,
    };
  });
}
