/** The contract of check-drift-gate: its inputs and outputs, held against action.yml by the contract tests. */
import { azureAccessInputs, dryRunInput, releaseInputs } from '#shared/azure/azure-inputs.js';
import { boolean, byteSize, choice, integer, list, number, string, structured } from '#shared/inputs.js';
import { receiptInput } from '#shared/receipts/receipt-input.js';

export const definition = {
  name: 'check-drift-gate',
  version: '0.3.0',
  inputs: {
    ...releaseInputs,
    ...dryRunInput,
    ...azureAccessInputs,
    reference: list('reference').isRequired(),
    current: list('current').isRequired(),
    format: choice('format', ['auto', 'csv', 'parquet', 'jsonl'] as const).withDefault('auto'),
    encoding: choice('encoding', [
      'utf-8',
      'latin1',
      'windows-1252',
      'utf-16',
      'utf-16le',
      'utf-16be',
    ] as const).withDefault('utf-8'),
    csvDelimiter: string('csv-delimiter', {
      pattern: /^(.|\\t)$/,
      describe: 'one character, or \\t for tab',
    }).withDefault(','),
    features: list('features'),
    excludeFeatures: list('exclude-features'),
    featureTypes: structured('feature-types'),
    preset: choice('preset', ['azureml', 'evidently'] as const).withDefault('azureml'),
    metrics: structured('metrics'),
    thresholds: structured('thresholds'),
    driftShare: number('drift-share', { min: 0, max: 1 }).withDefault('0.5'),
    memoryBudget: byteSize('memory-budget', { min: 2 ** 26, max: 2 ** 40 }).withDefault('512MiB'),
    minSampleSize: integer('min-sample-size', { min: 1, max: 1_000_000_000 }).withDefault('100'),
    onSchemaChange: choice('on-schema-change', ['fail', 'warn'] as const).withDefault('fail'),
    onDrift: choice('on-drift', ['fail', 'warn', 'dispatch'] as const).withDefault('fail'),
    dispatchEventType: string('dispatch-event-type', {
      pattern: /^[A-Za-z0-9_.-]{1,100}$/,
      describe: 'a repository_dispatch event type of letters, digits, ".", "_" and "-"',
    }).withDefault('model-drift'),
    dispatchRepository: string('dispatch-repository', {
      pattern: /^[\w.-]+\/[\w.-]+$/,
      describe: 'owner/repository',
    }),
    githubToken: string('github-token').isSecret().withDefault('${{ github.token }}'),
    appInsightsConnectionString: string('app-insights-connection-string').isSecret(),
    failOnMetricsError: boolean('fail-on-metrics-error').withDefault('false'),
    modelName: string('model-name'),
    modelVersion: string('model-version'),
    amlReceipt: receiptInput('aml-receipt', 'aml', 'optional'),
  },
  outputs: ['drifted', 'drift-share', 'drifted-features', 'report', 'pictures', 'metrics-sent', 'receipt'],
} as const;
