/**
 * The gate's first phase: everything the inputs say is checked before the first byte of data is read (the access
 * inputs, the aml receipt, metrics, thresholds, feature types, the CSV delimiter, the Application Insights
 * connection string, what a dispatch needs), then `reference` and `current` become data sources. Only a blob URL
 * without a SAS signs in to Azure, once, when its source is resolved; local files and SAS URLs never do.
 */
import type { TokenCredential } from '@azure/core-auth';
import { resolveAzureAccess } from '#shared/azure/azure-inputs.js';
import { ConfigurationError } from '#shared/errors.js';
import type { ParsedInputs } from '#shared/inputs.js';
import { parseReceiptInput } from '#shared/receipts/parse.js';
import type { AmlReceipt } from '#shared/receipts/schemas.js';
import type { SecretMasker } from '#shared/secrets.js';
import { type ConnectionString, parseConnectionString } from './app-insights.js';
import { definition } from './definition.js';
import type { DispatchTarget } from './dispatch.js';
import { parseFeatureTypes } from './feature-types.js';
import type { GateConfig, GateSetup } from './gate.js';
import { parseMetrics, parseThresholds } from './metric-plan.js';
import { PRESETS } from './presets.js';
import { resolveSources } from './readers/sources.js';
import { textEncoding } from './readers/text-encoding.js';

export type GateInputs = ParsedInputs<typeof definition.inputs>;

export interface PreparedGate extends GateSetup {
  /** Parsed only: the gate deploys nothing on it, so it is not verified against live state. */
  readonly amlReceipt: AmlReceipt | undefined;
  /** From model-name and model-version, else from the aml receipt. */
  readonly modelName: string | undefined;
  readonly modelVersion: string | undefined;
  /** Its instrumentation key is masked. */
  readonly appInsights: ConnectionString | undefined;
  /** Set when on-drift is dispatch. */
  readonly dispatch: DispatchTarget | undefined;
}

export interface PrepareContext {
  readonly workspace: string;
  readonly env: NodeJS.ProcessEnv;
  readonly masker: SecretMasker;
  /** The step's timeout: blob listings stop with it. */
  readonly signal: AbortSignal;
  /** Signs in to Azure for blob URLs without a SAS; called at most once, and only for such a URL. */
  readonly signIn: () => Promise<{ readonly credential: TokenCredential }>;
}

/** `\t` (as YAML passes it) means tab; any other delimiter is one ASCII character. */
function csvDelimiter(raw: string): string {
  const delimiter = raw === '\\t' ? '\t' : raw;
  if (delimiter.length !== 1 || delimiter.charCodeAt(0) > 0x7f || /["\r\n]/.test(delimiter)) {
    throw new ConfigurationError(
      `Input 'csv-delimiter' must be one ASCII character other than a quote or line break (\\t for tab); got '${raw}'.`,
      { input: 'csv-delimiter' },
    );
  }
  return delimiter;
}

function dispatchTarget(inputs: GateInputs, env: NodeJS.ProcessEnv): DispatchTarget | undefined {
  if (inputs.onDrift !== 'dispatch') return undefined;
  const repository = inputs.dispatchRepository ?? env.GITHUB_REPOSITORY;
  if (!repository) {
    throw new ConfigurationError(
      'Input required and not supplied: dispatch-repository (on-drift is dispatch and GITHUB_REPOSITORY is not set)',
      { input: 'dispatch-repository' },
    );
  }
  if (!inputs.githubToken) {
    throw new ConfigurationError(
      'Input required and not supplied: github-token (on-drift is dispatch; the default is the job token, ${{ github.token }})',
      { input: 'github-token' },
    );
  }
  return { repository, eventType: inputs.dispatchEventType, token: inputs.githubToken };
}

export async function prepareGate(inputs: GateInputs, context: PrepareContext): Promise<PreparedGate> {
  const { masker } = context;
  resolveAzureAccess(inputs);
  const amlReceipt = parseReceiptInput(definition.inputs.amlReceipt, inputs.amlReceipt, {
    environment: inputs.environment,
  });
  const config: GateConfig = {
    preset: PRESETS[inputs.preset],
    metrics: parseMetrics(inputs.metrics),
    thresholds: parseThresholds(inputs.thresholds),
    featureTypes: parseFeatureTypes(inputs.featureTypes),
    features: inputs.features,
    excludeFeatures: inputs.excludeFeatures ?? [],
    driftShare: inputs.driftShare,
    memoryBudget: inputs.memoryBudget,
    minSampleSize: inputs.minSampleSize,
    csvDelimiter: csvDelimiter(inputs.csvDelimiter),
    encoding: textEncoding(inputs.encoding),
  };
  const appInsights =
    inputs.appInsightsConnectionString === undefined
      ? undefined
      : parseConnectionString(inputs.appInsightsConnectionString);
  if (appInsights) masker.mask(appInsights.instrumentationKey);
  const dispatch = dispatchTarget(inputs, context.env);

  let signedIn: Promise<{ readonly credential: TokenCredential }> | undefined;
  const sources = {
    workspace: context.workspace,
    format: inputs.format,
    masker,
    signal: context.signal,
    credential: async () => {
      signedIn ??= context.signIn();
      return (await signedIn).credential;
    },
  };
  const reference = await resolveSources(inputs.reference, { ...sources, side: 'reference' });
  const current = await resolveSources(inputs.current, { ...sources, side: 'current' });
  return {
    config,
    reference,
    current,
    amlReceipt,
    modelName: inputs.modelName ?? amlReceipt?.model.name,
    modelVersion: inputs.modelVersion ?? amlReceipt?.model.version,
    appInsights,
    dispatch,
  };
}
