/**
 * The facts of the `aml` receipt (DESIGN.md §2.1), read off the live Azure ML resources: the endpoint, the deployment
 * and the model version it serves. The receipt's shape and its builder are src/shared/receipts. A dry run hands on
 * the receipt of what serves now (when something does), so planning steps downstream can chain the same way.
 */
import type { BatchDeployment, BatchEndpoint } from '@azure/arm-machinelearning';
import { type AmlReceiptFacts, buildAmlReceipt } from '#shared/receipts/builders.js';
import type { AmlReceipt, RunInfo } from '#shared/receipts/schemas.js';
import type { ReleasePlan } from './release-plan.js';
import type { WorkspaceScope } from './workspace-references.js';

/** What an aml receipt of this release says besides what serves: where, by which run, when. */
export type ReleaseFacts = Omit<AmlReceiptFacts, 'endpoint' | 'deployment' | 'model'>;

export function releaseFacts(
  environment: string,
  scope: WorkspaceScope,
  run: RunInfo,
  time: number,
): ReleaseFacts {
  return {
    environment,
    subscriptionId: scope.subscriptionId,
    resourceGroup: scope.resourceGroup,
    workspace: scope.workspace,
    run,
    time,
  };
}

/** The endpoint as the receipt names it: its name, ARM id and scoring URI. */
export function receiptEndpoint(endpoint: BatchEndpoint): AmlReceiptFacts['endpoint'] {
  return {
    name: endpoint.name ?? '',
    id: endpoint.id ?? '',
    scoringUri: endpoint.properties.scoringUri ?? '',
  };
}

/** The model a live deployment serves, from its asset id (workspace ARM id or registry URI). */
export function servedModel(deployment: BatchDeployment): AmlReceiptFacts['model'] | undefined {
  const assetId = (deployment.properties.model as { assetId?: string } | undefined)?.assetId;
  if (!assetId) return undefined;
  const match = /\/models\/([^/]+)\/versions\/([^/]+)$/i.exec(assetId);
  return match ? { id: assetId, name: match[1]!, version: match[2]! } : undefined;
}

/** The receipt of what serves now, before this release (a dry run hands it on); undefined when nothing serves. */
export function servingReceipt(plan: ReleasePlan, facts: ReleaseFacts): AmlReceipt | undefined {
  const endpoint = plan.endpoint.live;
  const serving = plan.serving;
  const model = serving && servedModel(serving);
  if (!endpoint || !serving?.name || !serving.id || !model) return undefined;
  return buildAmlReceipt({
    ...facts,
    endpoint: receiptEndpoint(endpoint),
    deployment: { name: serving.name, id: serving.id },
    model,
  });
}
