/** The contract of check-drift-gate: its inputs and outputs, held against action.yml by the contract tests. */
import { azureAccessInputs, dryRunInput, releaseInputs } from '#shared/azure/azure-inputs.js';
import { boolean, choice, integer, list, number, string, structured } from '#shared/inputs.js';
import { receiptInput } from '#shared/receipts/parse.js';

export const definition = {
  name: 'check-drift-gate',
  version: '0.2.1',
  inputs: {
    ...releaseInputs,
    ...dryRunInput,
    ...azureAccessInputs,
    reference: list('reference').isRequired(),
    current: list('current').isRequired(),
    format: choice('format', ['auto', 'csv', 'parquet', 'jsonl'] as const).withDefault('auto'),
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
    exactLimit: integer('exact-limit', { min: 1000, max: 100_000_000 }).withDefault('1000000'),
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
  outputs: ['drifted', 'drift-share', 'drifted-features', 'report', 'metrics-sent', 'receipt'],
} as const;
