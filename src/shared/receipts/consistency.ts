/**
 * What a receipt says twice must say the same thing: the names next to an ARM id are the id's own segments, and a
 * model's name and version are those of its asset id. The producers build every such field from one live value (the
 * endpoint's, deployment's, factory's and model's ids), so a genuine receipt always agrees with itself; a receipt
 * edited in one place and not the other does not. This is checked when a receipt is parsed, before any Azure call,
 * and it is what lets the live checks (aml-verification.ts, adf-verification.ts) verify the ids alone: a name or
 * version a consumer uses is then derived from a verified id.
 *
 * ARM ids and names compare case-insensitively (ARM resolves them so); a model version must be spelled as its id
 * spells it.
 */
import type { AdfReceipt, AmlReceipt, Receipt } from './schemas.js';

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** `name` and `version` of a model asset id (workspace ARM id or registry URI); undefined for anything else. */
export function modelOfAssetId(assetId: string): { name: string; version: string } | undefined {
  const match = /\/models\/([^/]+)\/versions\/([^/]+)$/i.exec(assetId);
  return match ? { name: match[1]!, version: match[2]! } : undefined;
}

/** The segments of an ARM resource id: subscription, resource group, and the resource's own name path. */
function armSegments(
  id: string,
): { subscription: string; resourceGroup: string; names: string[] } | undefined {
  const match = /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/providers\/[^/]+\/(.+)$/i.exec(id);
  if (!match) return undefined;
  // After the provider namespace: type/name pairs (`workspaces/ws/batchEndpoints/be`).
  const pairs = match[3]!.split('/');
  if (pairs.length % 2 !== 0) return undefined;
  return {
    subscription: match[1]!,
    resourceGroup: match[2]!,
    names: pairs.filter((_, index) => index % 2 === 1),
  };
}

function amlDifferences(receipt: AmlReceipt, at: string): string[] {
  const differences: string[] = [];
  const endpoint = armSegments(receipt.endpoint.id);
  const expectedEndpoint = [receipt.workspace, receipt.endpoint.name];
  if (
    !endpoint ||
    !same(endpoint.subscription, receipt.subscription) ||
    !same(endpoint.resourceGroup, receipt.resourceGroup) ||
    endpoint.names.length !== 2 ||
    !endpoint.names.every((name, index) => same(name, expectedEndpoint[index]!))
  ) {
    differences.push(
      `${at}endpoint.id '${receipt.endpoint.id}' is not the id of batch endpoint '${receipt.endpoint.name}' in workspace '${receipt.workspace}' (resource group '${receipt.resourceGroup}', subscription '${receipt.subscription}')`,
    );
  }
  if (!same(receipt.deployment.id, `${receipt.endpoint.id}/deployments/${receipt.deployment.name}`)) {
    differences.push(
      `${at}deployment.id '${receipt.deployment.id}' is not the id of deployment '${receipt.deployment.name}' of that endpoint`,
    );
  }
  const model = modelOfAssetId(receipt.model.id);
  if (!model) {
    differences.push(`${at}model.id '${receipt.model.id}' is not the id of a model version`);
  } else if (!same(model.name, receipt.model.name) || model.version !== receipt.model.version) {
    differences.push(
      `${at}model ${receipt.model.name}:${receipt.model.version} is not the model its id names (${model.name}:${model.version})`,
    );
  }
  return differences;
}

function adfDifferences(receipt: AdfReceipt, at: string): string[] {
  const factory = armSegments(receipt.factory.id);
  if (
    factory &&
    same(factory.subscription, receipt.subscription) &&
    same(factory.resourceGroup, receipt.resourceGroup) &&
    factory.names.length === 1 &&
    same(factory.names[0]!, receipt.factory.name)
  ) {
    return [];
  }
  return [
    `${at}factory.id '${receipt.factory.id}' is not the id of factory '${receipt.factory.name}' (resource group '${receipt.resourceGroup}', subscription '${receipt.subscription}')`,
  ];
}

/**
 * Every place where the receipt, or a receipt inside it, disagrees with itself; each names the field, prefixed with
 * the path of the receipt inside (`upstream.receipt.`).
 */
export function receiptInconsistencies(receipt: Receipt, at = ''): string[] {
  const own =
    receipt.kind === 'aml'
      ? amlDifferences(receipt, at)
      : receipt.kind === 'adf'
        ? adfDifferences(receipt, at)
        : [];
  const inner = 'upstream' in receipt ? (receipt.upstream as { receipt: Receipt }).receipt : undefined;
  return inner ? [...own, ...receiptInconsistencies(inner, `${at}upstream.receipt.`)] : own;
}
