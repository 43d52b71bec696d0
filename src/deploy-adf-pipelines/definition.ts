/** The contract of deploy-adf-pipelines: its inputs and outputs, held against action.yml by the contract tests. */
import {
  azureAccessInputs,
  azureScopeInputs,
  dryRunInput,
  releaseInputs,
} from '#shared/azure/azure-inputs.js';
import { boolean, choice, integer, list, path, string } from '#shared/inputs.js';
import { receiptInput } from '#shared/receipts/receipt-input.js';

export const definition = {
  name: 'deploy-adf-pipelines',
  version: '0.4.0',
  inputs: {
    ...releaseInputs,
    ...dryRunInput,
    ...azureScopeInputs,
    ...azureAccessInputs,
    amlReceipt: receiptInput('aml-receipt', 'aml'),
    target: choice('target', ['factory', 'synapse'] as const).withDefault('factory'),
    factoryName: string('factory-name', {
      pattern: /^(?=.{3,63}$)[A-Za-z0-9]+(-[A-Za-z0-9]+)*$/,
      describe:
        'a data factory name: 3-63 letters, digits and single hyphens, starting and ending with a letter or digit',
    }),
    synapseWorkspace: string('synapse-workspace', {
      pattern: /^[a-z0-9](?:[a-z0-9-]{0,48}[a-z0-9])?$/,
      describe:
        'a Synapse workspace name: 1-50 lower-case letters, digits and hyphens, starting and ending with a letter or digit',
    }),
    source: path('source').isRequired(),
    armTemplateParameters: path('arm-template-parameters'),
    overridesFile: path('overrides-file'),
    concurrency: integer('concurrency', { min: 1, max: 32 }).withDefault('32'),
    triggerMode: choice('trigger-mode', ['changed', 'all'] as const).withDefault('changed'),
    deleteOrphans: boolean('delete-orphans').withDefault('false'),
    maxDeletions: integer('max-deletions', { min: 0 }).withDefault('10'),
    maxDeletionPercent: integer('max-deletion-percent', { min: 0, max: 100 }).withDefault('50'),
    include: list('include'),
    exclude: list('exclude'),
  },
  outputs: ['created', 'updated', 'deleted', 'unchanged', 'plan', 'pipelines', 'receipt'],
} as const;
