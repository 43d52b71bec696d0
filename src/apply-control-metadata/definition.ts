/** The contract of apply-control-metadata: its inputs and outputs, held against action.yml by the contract tests. */
import {
  azureAccessInputs,
  azureScopeInputs,
  dryRunInput,
  releaseInputs,
} from '#shared/azure/azure-inputs.js';
import {
  choice,
  duration,
  integer,
  lines,
  list,
  type ParsedInputs,
  path,
  string,
  structured,
} from '#shared/inputs.js';
import { receiptInput } from '#shared/receipts/receipt-input.js';

export const definition = {
  name: 'apply-control-metadata',
  version: '0.3.0',
  inputs: {
    ...releaseInputs,
    ...dryRunInput,
    ...azureScopeInputs,
    ...azureAccessInputs,
    adfReceipt: receiptInput('adf-receipt', 'adf'),
    amlReceipts: lines('aml-receipts'),
    engine: choice('engine', ['sqlserver', 'postgresql'] as const).withDefault('sqlserver'),
    server: string('server', {
      pattern: /^[^\s;]+$/,
      describe: 'a host name such as myserver.database.windows.net',
    }),
    port: integer('port', { min: 1, max: 65535 }),
    database: string('database', { pattern: /^[^\s;]{1,128}$/, describe: 'a database name' }),
    dbAuth: choice('db-auth', ['entra', 'password'] as const).withDefault('entra'),
    dbUser: string('db-user'),
    dbPassword: string('db-password').isSecret(),
    connectionString: string('connection-string').isSecret(),
    table: string('table', {
      pattern: /^([A-Za-z_][A-Za-z0-9_]{0,127}\.)?[A-Za-z_][A-Za-z0-9_]{0,127}$/,
      describe:
        'a table name, optionally schema-qualified, of letters, digits and "_" (e.g. mlops.control_use_cases)',
    }).withDefault('mlops.control_use_cases'),
    tableSchema: path('table-schema'),
    rows: list('rows').isRequired(),
    overridesFile: path('overrides-file'),
    migrations: list('migrations'),
    variables: structured('variables'),
    prune: choice('prune', ['none', 'disable', 'delete'] as const).withDefault('none'),
    lockTimeout: duration('lock-timeout', { minMs: 0 }).withDefault('60s'),
  },
  outputs: ['inserted', 'updated', 'unchanged', 'disabled', 'deleted', 'plan', 'receipt'],
} as const;

/** The inputs as parsed: what main.ts hands to the phases. */
export type ActionInputs = ParsedInputs<typeof definition.inputs>;
