/**
 * The target inputs: `target` chooses a data factory (`factory-name`) or a Synapse workspace (`synapse-workspace`);
 * the name of the chosen one is required, the other's is refused, so a workflow never deploys somewhere it did not
 * mean to. Checked before any file is read.
 */
import { ConfigurationError } from '#shared/errors.js';

export interface TargetInputs {
  readonly target: 'factory' | 'synapse';
  readonly factoryName?: string | undefined;
  readonly synapseWorkspace?: string | undefined;
}

export function checkTargetInputs(inputs: TargetInputs): void {
  if (inputs.target === 'synapse') {
    if (inputs.factoryName !== undefined) {
      throw new ConfigurationError(
        "Input 'factory-name' applies to target: factory; with target: synapse name the workspace in 'synapse-workspace' and remove 'factory-name'.",
        { input: 'factory-name' },
      );
    }
    if (inputs.synapseWorkspace === undefined) {
      throw new ConfigurationError(
        "Input 'synapse-workspace' is required with target: synapse: name the Synapse workspace to deploy to.",
        { input: 'synapse-workspace' },
      );
    }
    return;
  }
  if (inputs.synapseWorkspace !== undefined) {
    throw new ConfigurationError(
      "Input 'synapse-workspace' applies to target: synapse; set target: synapse to deploy to the workspace, or remove it.",
      { input: 'synapse-workspace' },
    );
  }
  if (inputs.factoryName === undefined) {
    throw new ConfigurationError(
      "Input 'factory-name' is required (target: factory): name the data factory to deploy to, or set target: synapse and synapse-workspace.",
      { input: 'factory-name' },
    );
  }
}
