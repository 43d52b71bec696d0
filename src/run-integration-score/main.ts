import * as core from '@actions/core';
import { type RuntimeDependencies, runAction } from '#shared/action.js';
import { resolveAzureAccess } from '#shared/azure/azure-inputs.js';
import { NotAvailableError } from '#shared/errors.js';
import { parseReceipt } from '#shared/receipts.js';
import { definition } from './definition.js';

export function run(deps: RuntimeDependencies = { core, env: process.env }): Promise<void> {
  return runAction(definition, deps, async ({ inputs }) => {
    resolveAzureAccess(inputs);
    parseReceipt(inputs.metadataReceipt, {
      kind: 'metadata',
      input: 'metadata-receipt',
      environment: inputs.environment,
      subscription: inputs.subscriptionId,
    });
    throw new NotAvailableError(
      `inputs are valid, but integration scoring is not available in version ${definition.version} of this action.`,
    );
  });
}
