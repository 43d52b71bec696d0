/** The contract of run-integration-score: its inputs and outputs, held against action.yml by the contract tests. */
import {
  azureAccessInputs,
  azureScopeInputs,
  dryRunInput,
  releaseInputs,
} from '#shared/azure/azure-inputs.js';
import { TABLE_SCHEMA_INPUT } from '#shared/control-table/table-schema.js';
import { boolean, choice, integer, type ParsedInputs, path, string, structured } from '#shared/inputs.js';
import { receiptInput } from '#shared/receipts/receipt-input.js';

export const MODES = ['pipeline', 'endpoint'] as const;
export type Mode = (typeof MODES)[number];

export const definition = {
  name: 'run-integration-score',
  version: '0.2.0',
  inputs: {
    ...releaseInputs,
    ...dryRunInput,
    ...azureScopeInputs,
    ...azureAccessInputs,
    metadataReceipt: receiptInput('metadata-receipt', 'metadata'),
    mode: choice('mode', MODES).withDefault('pipeline'),
    useCase: string('use-case', {
      pattern: /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/,
      describe: 'a use case id from the control table',
    }),
    pipeline: string('pipeline', {
      pattern: /^[A-Za-z0-9_][^<>*#.%&:\\+?/]{0,259}$/,
      describe: 'a pipeline name',
    }),
    parameters: structured('parameters'),
    port: integer('port', { min: 1, max: 65535 }),
    dbAuth: choice('db-auth', ['entra', 'password'] as const).withDefault('entra'),
    dbUser: string('db-user'),
    dbPassword: string('db-password').isSecret(),
    connectionString: string('connection-string').isSecret(),
    tableSchema: path(TABLE_SCHEMA_INPUT),
    input: string('input'),
    expectations: path('expectations'),
    stampValidation: boolean('stamp-validation').withDefault('true'),
  },
  outputs: ['job-id', 'status', 'rows-scored', 'validated', 'report', 'output-uri', 'output-path', 'receipt'],
} as const;

/** The inputs as parsed: what main.ts hands to the phases. */
export type ActionInputs = ParsedInputs<typeof definition.inputs>;
