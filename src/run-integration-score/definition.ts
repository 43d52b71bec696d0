/** The contract of run-integration-score: its inputs and outputs, held against action.yml by the contract tests. */
import {
  azureAccessInputs,
  azureScopeInputs,
  dryRunInput,
  releaseInputs,
} from '#shared/azure/azure-inputs.js';
import { boolean, choice, path, string, structured } from '#shared/inputs.js';
import { receiptInput } from '#shared/receipts/parse.js';

export const definition = {
  name: 'run-integration-score',
  version: '0.1.1',
  inputs: {
    ...releaseInputs,
    ...dryRunInput,
    ...azureScopeInputs,
    ...azureAccessInputs,
    metadataReceipt: receiptInput('metadata-receipt', 'metadata'),
    mode: choice('mode', ['pipeline', 'endpoint'] as const).withDefault('pipeline'),
    useCase: string('use-case', {
      pattern: /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/,
      describe: 'a use case id from the control table',
    }),
    pipeline: string('pipeline', {
      pattern: /^[A-Za-z0-9_][^<>*#.%&:\\+?/]{0,259}$/,
      describe: 'a pipeline name',
    }),
    parameters: structured('parameters'),
    input: string('input'),
    expectations: path('expectations'),
    stampValidation: boolean('stamp-validation').withDefault('true'),
  },
  outputs: ['job-id', 'status', 'rows-scored', 'validated', 'report', 'receipt'],
} as const;
