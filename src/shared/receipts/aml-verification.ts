/**
 * Verifies the claims of an `aml` receipt against live state before a consumer writes anything (DESIGN.md §2.1):
 * the endpoint exists and is `Succeeded`, its ARM id and scoring URI are the receipt's, its default deployment is the
 * receipt's (name and ARM id), and that deployment (itself `Succeeded`) serves the receipt's model version: the
 * model's id, name and version are those of the deployment's model asset id. Together with the parse's consistency
 * check (consistency.ts: subscription, resource group, workspace and names are the ids' own segments) every field a
 * consumer can use is verified live or derived from a verified field; `run` and `time` (who wrote it, when) are
 * provenance only, and no consumer writes them anywhere but into its own receipt's upstream. Reads only: one GET of the
 * endpoint and one GET of the deployment, sent at once (neither answer is needed to ask for the other). Every refusal
 * is a ConfigurationError on the receipt input that lists each difference and says what to do.
 *
 * Used by deploy-adf-pipelines (its aml-receipt input) and apply-control-metadata (the aml receipt inside its adf
 * receipt).
 */
import type {
  AzureMachineLearningWorkspaces,
  BatchDeployment,
  BatchEndpoint,
} from '@azure/arm-machinelearning';
import { ConfigurationError, isNotFound, withContext } from '../errors.js';
import type { Logger } from '../logger.js';
import { modelOfAssetId } from './consistency.js';
import { type AmlReceipt, RECEIPT_PRODUCERS } from './schemas.js';

export interface AmlReceiptVerificationOptions {
  /** The action input the receipt came from, named in every refusal; `aml-receipt` unless told. */
  readonly input?: string;
}

/** The reads this needs, so callers can pass the real client (or anything shaped like it). */
export interface AmlReadClient {
  readonly batchEndpoints: Pick<AzureMachineLearningWorkspaces['batchEndpoints'], 'get'>;
  readonly batchDeployments: Pick<AzureMachineLearningWorkspaces['batchDeployments'], 'get'>;
  readonly subscriptionId?: string;
}

const sameId = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** `name:version` of a model asset id (workspace ARM id or registry URI), or the id itself. */
function modelLabel(assetId: string): string {
  const model = modelOfAssetId(assetId);
  return model ? `${model.name}:${model.version}` : assetId;
}

async function readOrUndefined<T>(what: string, read: () => Promise<T>): Promise<T | undefined> {
  try {
    return await read();
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw withContext(`Reading ${what} to verify the aml receipt`, error);
  }
}

/**
 * Resolves when live state matches the receipt; otherwise throws a ConfigurationError (input `aml-receipt`) that
 * names every difference. Azure failures other than 404 are rethrown with context (they are not the user's to fix).
 */
export async function verifyAmlReceipt(
  receipt: AmlReceipt,
  client: AmlReadClient,
  logger: Pick<Logger, 'info' | 'debug'>,
  options: AmlReceiptVerificationOptions = {},
): Promise<void> {
  const input = options.input ?? 'aml-receipt';
  const producer = RECEIPT_PRODUCERS.aml;
  const { resourceGroup: rg, workspace: ws } = receipt;
  const endpointName = receipt.endpoint.name;
  const deploymentName = receipt.deployment.name;
  const remedy = `Run ${producer} for '${receipt.environment}' again in this job and pass its receipt.`;
  const refuse = (differences: readonly string[]) =>
    new ConfigurationError(
      `Input '${input}': the receipt of ${producer} for '${receipt.environment}' does not match the live state of workspace '${ws}' (resource group '${rg}'): ${differences.join('; ')}. ${remedy}`,
      { input },
    );

  if (client.subscriptionId !== undefined && !sameId(client.subscriptionId, receipt.subscription)) {
    throw refuse([
      `the receipt is for subscription '${receipt.subscription}', but this step works in '${client.subscriptionId}'`,
    ]);
  }

  logger.debug(
    `Verifying the aml receipt: GET batch endpoint '${endpointName}' and its deployment '${deploymentName}'`,
  );
  const deploymentRead: Promise<BatchDeployment | undefined> = readOrUndefined(
    `batch deployment '${endpointName}/${deploymentName}'`,
    () => client.batchDeployments.get(rg, ws, endpointName, deploymentName),
  );
  // Awaited below, or not at all when the endpoint is refused: its failure then has nothing to add.
  deploymentRead.catch(() => undefined);
  const endpoint: BatchEndpoint | undefined = await readOrUndefined(`batch endpoint '${endpointName}'`, () =>
    client.batchEndpoints.get(rg, ws, endpointName),
  );
  if (!endpoint) throw refuse([`batch endpoint '${endpointName}' does not exist`]);

  const differences: string[] = [];
  const state = endpoint.properties.provisioningState;
  if (state !== 'Succeeded') {
    differences.push(
      `batch endpoint '${endpointName}' is in provisioning state '${state ?? 'unknown'}', not 'Succeeded'`,
    );
  }
  if (!endpoint.id || !sameId(endpoint.id, receipt.endpoint.id)) {
    differences.push(
      `batch endpoint '${endpointName}' has id '${endpoint.id ?? '(none)'}', not the receipt's '${receipt.endpoint.id}'`,
    );
  }
  const liveUri = endpoint.properties.scoringUri;
  if (liveUri !== receipt.endpoint.scoringUri) {
    differences.push(
      `batch endpoint '${endpointName}' has scoring URI '${liveUri ?? '(none)'}', not the receipt's '${receipt.endpoint.scoringUri}'`,
    );
  }
  const liveDefault = endpoint.properties.defaults?.deploymentName;
  if (!liveDefault) {
    differences.push(
      `batch endpoint '${endpointName}' has no default deployment, not the receipt's '${deploymentName}'`,
    );
  } else if (liveDefault.toLowerCase() !== deploymentName.toLowerCase()) {
    differences.push(
      `the default deployment of batch endpoint '${endpointName}' is '${liveDefault}', not the receipt's '${deploymentName}'`,
    );
  }

  const deployment = await deploymentRead;
  if (!deployment) {
    differences.push(`batch deployment '${deploymentName}' of endpoint '${endpointName}' does not exist`);
  } else {
    if (!deployment.id || !sameId(deployment.id, receipt.deployment.id)) {
      differences.push(
        `batch deployment '${deploymentName}' has id '${deployment.id ?? '(none)'}', not the receipt's '${receipt.deployment.id}'`,
      );
    }
    const deploymentState = deployment.properties.provisioningState;
    if (deploymentState !== 'Succeeded') {
      differences.push(
        `batch deployment '${deploymentName}' is in provisioning state '${deploymentState ?? 'unknown'}', not 'Succeeded'`,
      );
    }
    const assetId = (deployment.properties.model as { assetId?: string } | undefined)?.assetId;
    const expected = `${receipt.model.name}:${receipt.model.version}`;
    if (!assetId) {
      differences.push(
        `batch deployment '${deploymentName}' serves no model asset, not the receipt's ${expected}`,
      );
    } else if (!sameId(assetId, receipt.model.id)) {
      differences.push(
        `batch deployment '${deploymentName}' serves model ${modelLabel(assetId)} (${assetId}), not the receipt's ${expected} (${receipt.model.id})`,
      );
    } else {
      // The id matched (ARM ids are case-insensitive); the name and version a consumer writes must be the served
      // model's exactly, as deploy-aml-endpoint copies them from this id.
      const served = modelOfAssetId(assetId);
      if (!served || served.name !== receipt.model.name || served.version !== receipt.model.version) {
        differences.push(
          `batch deployment '${deploymentName}' serves model ${modelLabel(assetId)}, not the receipt's ${expected}`,
        );
      }
    }
  }

  if (differences.length > 0) throw refuse(differences);
  logger.info(
    `Verified the aml receipt: batch endpoint '${endpointName}' is Succeeded and its default deployment '${deploymentName}' serves ${receipt.model.name}:${receipt.model.version}.`,
  );
}
