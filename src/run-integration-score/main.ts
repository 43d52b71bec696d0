import * as core from '@actions/core';
import { type RuntimeDependencies, runAction } from '#shared/action.js';
import { resolveAzureAccess } from '#shared/azure/azure-inputs.js';
import { NotAvailableError } from '#shared/errors.js';
import { parseReceiptInput } from '#shared/receipts/parse.js';
import { definition } from './definition.js';

export function run(deps: RuntimeDependencies = { core, env: process.env }): Promise<void> {
  return runAction(definition, deps, async ({ inputs }) => {
    resolveAzureAccess(inputs);
    parseReceiptInput(definition.inputs.metadataReceipt, inputs.metadataReceipt, {
      environment: inputs.environment,
      subscription: inputs.subscriptionId,
    });
    throw new NotAvailableError(
      `inputs are valid, but integration scoring is not available in version ${definition.version} of this action.`,
    );
  });
}
