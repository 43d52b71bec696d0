/**
 * Verifies the claims of an `adf` receipt against the live factory before a consumer writes anything (DESIGN.md
 * §2.1): every pipeline the receipt lists exists in the factory with the content deploy-adf-pipelines deployed (the
 * same normalised content hash). One list request of the factory's pipelines (plus paging), never a GET per
 * pipeline. Every refusal is a ConfigurationError on the receipt input that lists each difference and says what to
 * do. The aml receipt inside is verified separately (`verifyAmlReceipt`). Used by apply-control-metadata, which skips
 * it for a planned receipt (a dry run of deploy-adf-pipelines: its pipelines are not deployed).
 *
 * The live reading and the hash are the ones deploy-adf-pipelines plans with (`readLiveFactory`, `contentHash`, in
 * src/shared/adf), so "the same content" means exactly what its no-op redeploy means.
 *
 * A receipt of a Synapse target (`target: 'synapse'`) names the workspace: its pipelines are listed on the
 * workspace's development endpoint (its URL from the workspace's ARM resource), hashed the same way.
 */

import { type AdfListClient, type LiveFactory, readLiveFactory } from '../adf/live-state.js';
import { contentHash } from '../adf/normalise.js';
import { ConfigurationError } from '../errors.js';
import type { Logger } from '../logger.js';
import type { SynapseDevClient } from '../synapse/dev-client.js';
import { readLiveWorkspace } from '../synapse/live-state.js';
import { getSynapseWorkspace, synapseArmClient } from '../synapse/workspace.js';
import { type AdfReceipt, RECEIPT_PRODUCERS } from './schemas.js';

/** What verifying a Synapse target's receipt needs: the workspace's endpoint client, and the cloud's suffix. */
export interface SynapseVerification {
  synapse(devEndpoint: string): Promise<SynapseDevClient>;
  readonly synapseDevSuffix: string;
}

/** Resource group and factory name: from the factory's ARM id when the receipt has one. */
export function receiptFactory(receipt: AdfReceipt): { resourceGroup: string; factory: string } {
  const match =
    /\/resourceGroups\/([^/]+)\/providers\/Microsoft\.(?:DataFactory\/factories|Synapse\/workspaces)\/([^/]+)$/i.exec(
      receipt.factory.id,
    );
  return match
    ? { resourceGroup: match[1]!, factory: match[2]! }
    : { resourceGroup: receipt.resourceGroup, factory: receipt.factory.name };
}

export async function verifyAdfReceipt(
  receipt: AdfReceipt,
  client: AdfListClient,
  logger: Pick<Logger, 'info' | 'debug'>,
  options: { readonly input?: string; readonly synapse?: SynapseVerification } = {},
): Promise<void> {
  const input = options.input ?? 'adf-receipt';
  const producer = RECEIPT_PRODUCERS.adf;
  const { resourceGroup, factory } = receiptFactory(receipt);
  const synapse = receipt.target === 'synapse';
  const label = synapse ? `Synapse workspace '${factory}'` : `data factory '${factory}'`;
  logger.debug(`Verifying the adf receipt: listing the pipelines of ${label}`);
  let live: LiveFactory;
  if (synapse) {
    if (!options.synapse) throw new Error('verifying a Synapse target receipt needs a Synapse client');
    const workspace = await getSynapseWorkspace(synapseArmClient(client), {
      subscriptionId: client.subscriptionId,
      resourceGroup,
      workspace: factory,
      devSuffix: options.synapse.synapseDevSuffix,
    });
    live = await readLiveWorkspace(await options.synapse.synapse(workspace.devEndpoint), factory, [
      'pipeline',
    ]);
  } else {
    live = await readLiveFactory(client, resourceGroup, factory, ['pipeline']);
  }
  const byName = new Map(live.resources.map((r) => [r.name.toLowerCase(), r]));
  const differences: string[] = [];
  for (const pipeline of receipt.pipelines) {
    const found = byName.get(pipeline.name.toLowerCase());
    if (!found) {
      differences.push(`pipeline '${pipeline.name}' does not exist`);
      continue;
    }
    const hash = contentHash('pipeline', found.properties).replace(/^sha256:/, '');
    if (hash !== pipeline.hash) {
      differences.push(
        `pipeline '${pipeline.name}' has changed since it was deployed (content ${hash.slice(0, 12)}, the receipt's ${pipeline.hash.slice(0, 12)})`,
      );
    }
  }
  if (differences.length > 0) {
    throw new ConfigurationError(
      `Input '${input}': the receipt of ${producer} for '${receipt.environment}' does not match the live state of ${label} (resource group '${resourceGroup}'): ${differences.join('; ')}. Run ${producer} for '${receipt.environment}' again in this job and pass its receipt.`,
      { input },
    );
  }
  logger.info(
    `Verified the adf receipt: ${label} holds the ${receipt.pipelines.length} pipelines it lists, as deployed.`,
  );
}
