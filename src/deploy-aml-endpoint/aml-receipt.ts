/**
 * The `aml` receipt (DESIGN.md §2.1): what this step deployed — endpoint, default deployment, scoring URI, model
 * version — in which environment, subscription and workspace, by which run, when. deploy-adf-pipelines requires it
 * and checks its claims against live state. A dry run hands on the receipt of what serves now (when something does),
 * so planning steps downstream can chain the same way.
 */
import type { BatchDeployment, BatchEndpoint } from '@azure/arm-machinelearning';
import { type AmlReceipt, amlReceiptSchema, type RunInfo } from '#shared/receipts.js';
import type { ReleasePlan } from './release-plan.js';

export interface ReceiptFacts {
  readonly environment: string;
  readonly subscriptionId: string;
  readonly resourceGroup: string;
  readonly workspace: string;
  readonly endpoint: BatchEndpoint;
  readonly deployment: { readonly name: string; readonly id: string };
  readonly model: { readonly id: string; readonly name: string; readonly version: string };
  readonly run: RunInfo;
  readonly time: number;
}

export function buildAmlReceipt(facts: ReceiptFacts): AmlReceipt {
  const receipt: AmlReceipt = {
    v: 1,
    kind: 'aml',
    environment: facts.environment,
    subscription: facts.subscriptionId,
    resourceGroup: facts.resourceGroup,
    workspace: facts.workspace,
    endpoint: {
      name: facts.endpoint.name ?? '',
      id: facts.endpoint.id ?? '',
      scoringUri: facts.endpoint.properties.scoringUri ?? '',
    },
    deployment: { name: facts.deployment.name, id: facts.deployment.id },
    model: { ...facts.model },
    run: facts.run,
    time: new Date(facts.time).toISOString(),
  };
  // A receipt that would not parse downstream is our bug: fail here, naming the field.
  return amlReceiptSchema.parse(receipt) as AmlReceipt;
}

/** The model a live deployment serves, from its asset id (workspace ARM id or registry URI). */
export function servedModel(deployment: BatchDeployment): ReceiptFacts['model'] | undefined {
  const assetId = (deployment.properties.model as { assetId?: string } | undefined)?.assetId;
  if (!assetId) return undefined;
  const match = /\/models\/([^/]+)\/versions\/([^/]+)$/i.exec(assetId);
  return match ? { id: assetId, name: match[1]!, version: match[2]! } : undefined;
}

/** The receipt of what serves now, before this release (a dry run hands it on); undefined when nothing serves. */
export function servingReceipt(
  plan: ReleasePlan,
  facts: Omit<ReceiptFacts, 'endpoint' | 'deployment' | 'model'>,
): AmlReceipt | undefined {
  const endpoint = plan.endpoint.live;
  const serving = plan.serving;
  const model = serving && servedModel(serving);
  if (!endpoint || !serving?.name || !serving.id || !model) return undefined;
  return buildAmlReceipt({ ...facts, endpoint, deployment: { name: serving.name, id: serving.id }, model });
}
