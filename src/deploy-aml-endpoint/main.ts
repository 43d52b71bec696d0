import * as core from '@actions/core';
import { type RuntimeDependencies, runAction } from '../shared/action.js';
import { resolveAzureAccess } from '../shared/azure/azure-inputs.js';
import { NotAvailableError } from '../shared/errors.js';
import { definition } from './definition.js';

export function run(deps: RuntimeDependencies = { core, env: process.env }): Promise<void> {
  return runAction(definition, deps, async ({ inputs }) => {
    resolveAzureAccess(inputs);
    throw new NotAvailableError(
      `inputs are valid, but deploying the endpoint is not available in version ${definition.version} of this action.`,
    );
  });
}
