/**
 * A batch deployment's `properties` as the service stores them: the request normalised, then the server defaults
 * filled in. The SDK never sends defaults, so a GET differs from the PUT body exactly by these (mfe.json
 * BatchDeployment/BatchRetrySettings/ResourceConfiguration `default`s; AZURE-CONTRACTS.md):
 * miniBatchSize 10, maxConcurrencyPerInstance 1, errorThreshold -1, outputFileName predictions.csv,
 * retrySettings {maxRetries 3, timeout PT30S}, resources.instanceCount 1, outputAction AppendRow, loggingLevel Info.
 *
 * The service's deserializer is lenient where the spec is not: enum values in any case (`"aadToken"`,
 * `"info"`) and integers as strings (`"maxConcurrencyPerInstance": "4"`) are accepted — both appear in the REST
 * sample Azure/azureml-examples cli/batch-score-rest.sh — and answered in canonical form.
 */

export const DEPLOYMENT_DEFAULTS = {
  miniBatchSize: 10,
  maxConcurrencyPerInstance: 1,
  errorThreshold: -1,
  outputFileName: 'predictions.csv',
  outputAction: 'AppendRow',
  loggingLevel: 'Info',
  retrySettings: { maxRetries: 3, timeout: 'PT30S' },
  instanceCount: 1,
} as const;

const OUTPUT_ACTIONS = ['SummaryOnly', 'AppendRow'] as const;
const LOGGING_LEVELS = ['Info', 'Warning', 'Debug'] as const;
const REFERENCE_TYPES = ['Id', 'DataPath', 'OutputPath'] as const;

function canonical<T extends string>(values: readonly T[], value: unknown): T | undefined {
  return values.find((v) => v.toLowerCase() === String(value).toLowerCase());
}

function integer(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^-?\d+$/.test(value.trim())) return Number(value.trim());
  return undefined;
}

/** ISO 8601 duration with time parts only (what the timeout setting takes), e.g. PT30S, PT1M30S. */
const DURATION = /^P(?:\d+D)?(?:T(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d+)?S)?)?$/;

export type NormalisedDeployment =
  | { readonly properties: Record<string, unknown> }
  | { readonly problems: readonly string[] };

/**
 * Validates and completes the request's properties. Problems name the field as the service's "RequestInvalid"
 * details do ("The X field is ..."). `model` and `compute` references are checked by the caller against state.
 */
export function normaliseDeployment(input: Record<string, unknown>): NormalisedDeployment {
  const problems: string[] = [];
  const out: Record<string, unknown> = {};
  for (const field of ['description', 'environmentId', 'compute'] as const) {
    if (input[field] !== undefined && input[field] !== null) out[field] = String(input[field]);
  }
  for (const field of ['environmentVariables', 'properties'] as const) {
    if (input[field] && typeof input[field] === 'object') out[field] = input[field];
  }
  if (input.codeConfiguration && typeof input.codeConfiguration === 'object') {
    out.codeConfiguration = input.codeConfiguration;
  }
  if (input.model && typeof input.model === 'object') {
    const model = input.model as Record<string, unknown>;
    const referenceType = canonical(REFERENCE_TYPES, model.referenceType) ?? model.referenceType;
    out.model = { ...model, referenceType };
  }

  const integerField = (name: string, value: unknown, fallback: number, min: number) => {
    if (value === undefined || value === null) return fallback;
    const parsed = integer(value);
    if (parsed === undefined || parsed < min) {
      problems.push(`The ${name} field must be an integer of at least ${min}, not '${String(value)}'.`);
      return fallback;
    }
    return parsed;
  };
  out.miniBatchSize = integerField(
    'MiniBatchSize',
    input.miniBatchSize,
    DEPLOYMENT_DEFAULTS.miniBatchSize,
    1,
  );
  out.maxConcurrencyPerInstance = integerField(
    'MaxConcurrencyPerInstance',
    input.maxConcurrencyPerInstance,
    DEPLOYMENT_DEFAULTS.maxConcurrencyPerInstance,
    1,
  );
  out.errorThreshold = integerField(
    'ErrorThreshold',
    input.errorThreshold,
    DEPLOYMENT_DEFAULTS.errorThreshold,
    -1,
  );

  const enumField = <T extends string>(name: string, values: readonly T[], value: unknown, fallback: T) => {
    if (value === undefined || value === null) return fallback;
    const found = canonical(values, value);
    if (!found)
      problems.push(`The ${name} value '${String(value)}' is not valid. Use ${values.join(' or ')}.`);
    return found ?? fallback;
  };
  out.outputAction = enumField(
    'OutputAction',
    OUTPUT_ACTIONS,
    input.outputAction,
    DEPLOYMENT_DEFAULTS.outputAction,
  );
  out.loggingLevel = enumField(
    'LoggingLevel',
    LOGGING_LEVELS,
    input.loggingLevel,
    DEPLOYMENT_DEFAULTS.loggingLevel,
  );

  const fileName = input.outputFileName ?? DEPLOYMENT_DEFAULTS.outputFileName;
  if (typeof fileName !== 'string' || !fileName || /[/\\]/.test(fileName)) {
    problems.push(`The OutputFileName value '${String(fileName)}' must be a file name without a path.`);
  }
  out.outputFileName = String(fileName);

  const retry = (input.retrySettings ?? {}) as Record<string, unknown>;
  const timeout = retry.timeout ?? DEPLOYMENT_DEFAULTS.retrySettings.timeout;
  if (typeof timeout !== 'string' || !DURATION.test(timeout)) {
    problems.push(`The RetrySettings.Timeout value '${String(timeout)}' is not an ISO 8601 duration.`);
  }
  out.retrySettings = {
    maxRetries: integerField(
      'RetrySettings.MaxRetries',
      retry.maxRetries,
      DEPLOYMENT_DEFAULTS.retrySettings.maxRetries,
      0,
    ),
    timeout: String(timeout),
  };

  const resources = (input.resources ?? {}) as Record<string, unknown>;
  out.resources = {
    ...resources,
    instanceCount: integerField(
      'Resources.InstanceCount',
      resources.instanceCount,
      DEPLOYMENT_DEFAULTS.instanceCount,
      1,
    ),
  };
  return problems.length ? { problems } : { properties: out };
}
