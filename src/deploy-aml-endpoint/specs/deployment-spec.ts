/**
 * The batch deployment spec: the `az ml` CLI v2 YAML, in both forms the CLI accepts (Microsoft Learn, "CLI (v2) batch
 * deployment YAML schema", and azure-ai-ml's schemas, which refuse unknown keys):
 *
 * - legacy, no `type` (BatchDeploymentSchema): the run settings at the root — `mini_batch_size`,
 *   `max_concurrency_per_instance`, `output_action`, `output_file_name`, `retry_settings`, `error_threshold`,
 *   `logging_level`, `environment_variables`, `resources.instance_count`;
 * - `type: model` (ModelBatchDeploymentSchema): the same settings under `settings:` (ModelBatchDeploymentSettings,
 *   where `instance_count` replaces `resources.instance_count`); `compute`, `resources`, `error_threshold` and
 *   `environment_variables` may stay at the root.
 * Both carry `name`, `endpoint_name`, `model`, `compute` (required), `code_configuration`, `environment`,
 * `description`, `tags` and `properties`. `type: pipeline` (pipeline component deployments) is not deployed by this
 * action. Values are checked as Azure checks them (2022-10-01 spec: BatchDeployment, BatchRetrySettings).
 */

import { DocumentReader } from '#shared/document-reader.js';
import type { DocumentPath, LoadedDocument } from '#shared/documents.js';
import { type ModelReference, parseModelReference } from '../model-reference.js';
import { ASSET_NAME, ASSET_VERSION, nameProblem } from '../resource-names.js';
import {
  type CodeReference,
  type EnvironmentReference,
  parseCodeReference,
  parseComputeReference,
  parseEnvironmentReference,
} from '../workspace-references.js';

export const MODEL_TYPES = ['custom_model', 'mlflow_model', 'triton_model'] as const;
export type ModelType = (typeof MODEL_TYPES)[number];

export interface ModelSpec {
  readonly reference: ModelReference;
  /** The inline model's fields (`model: {name, version, path, type, ...}`); for a local folder `name` is needed. */
  readonly name: string | undefined;
  readonly version: string | undefined;
  readonly modelType: ModelType | undefined;
  readonly description: string | undefined;
  readonly tags: Readonly<Record<string, string>>;
  /** Where the model is written in the file, for errors found later (a version that does not exist). */
  readonly at: DocumentPath;
}

export interface DeploymentSettings {
  readonly miniBatchSize?: number;
  readonly maxConcurrencyPerInstance?: number;
  readonly errorThreshold?: number;
  readonly retrySettings?: { readonly maxRetries?: number; readonly timeoutSeconds?: number };
  readonly outputAction?: 'AppendRow' | 'SummaryOnly';
  readonly outputFileName?: string;
  readonly loggingLevel?: 'Info' | 'Warning' | 'Debug';
  readonly instanceCount?: number;
  readonly instanceType?: string;
  readonly resourceProperties?: Readonly<Record<string, unknown>>;
}

export interface DeploymentSpec {
  readonly reader: DocumentReader;
  readonly form: 'root' | 'settings';
  readonly name: string;
  readonly endpointName: string;
  readonly description: string | undefined;
  readonly tags: Readonly<Record<string, string>>;
  readonly properties: Readonly<Record<string, string>>;
  readonly model: ModelSpec | undefined;
  readonly compute: { readonly name: string; readonly at: DocumentPath };
  readonly code:
    | { readonly reference: CodeReference; readonly scoringScript: string; readonly at: DocumentPath }
    | undefined;
  readonly environment: { readonly reference: EnvironmentReference; readonly at: DocumentPath } | undefined;
  readonly environmentVariables: Readonly<Record<string, string>>;
  readonly settings: DeploymentSettings;
}

const COMMON_KEYS = [
  '$schema',
  'name',
  'endpoint_name',
  'description',
  'tags',
  'properties',
  'id',
  'model',
  'code_configuration',
  'environment',
  'environment_variables',
  'compute',
  'resources',
  'error_threshold',
] as const;
const SETTING_KEYS = [
  'mini_batch_size',
  'max_concurrency_per_instance',
  'output_action',
  'output_file_name',
  'retry_settings',
  'error_threshold',
  'logging_level',
] as const;
const ROOT_FORM_KEYS = [...COMMON_KEYS, ...SETTING_KEYS];
const MODEL_FORM_KEYS = [...COMMON_KEYS, 'type', 'settings'];
const SETTINGS_KEYS = [...SETTING_KEYS, 'instance_count', 'environment_variables'];
const PIPELINE_KEYS = {
  component:
    "'component' is for pipeline component deployments (type: pipeline), which this action does not deploy.",
  job_definition:
    "'job_definition' is for pipeline component deployments (type: pipeline), which this action does not deploy.",
};

export function parseDeploymentSpec(document: LoadedDocument): DeploymentSpec {
  const reader = new DocumentReader(document, 'batch deployment');
  reader.mapping([], true);
  const type = reader.has(['type']) ? reader.choice(['type'], ['model', 'pipeline']) : undefined;
  if (type === 'pipeline') {
    throw reader.error(
      ['type'],
      'pipeline component deployments are not deployed by this action; use type: model (or no type) with a model.',
    );
  }
  const form = type === 'model' ? 'settings' : 'root';
  if (form === 'settings') {
    reader.checkKeys([], MODEL_FORM_KEYS, {
      misplaced: Object.fromEntries(
        SETTING_KEYS.filter((key) => key !== 'error_threshold').map((key) => [
          key,
          `'${key}' belongs under 'settings:' when 'type: model' is set (or remove 'type' to keep the root-level form).`,
        ]),
      ),
      unsupported: PIPELINE_KEYS,
    });
    reader.mapping(['settings']);
    reader.checkKeys(['settings'], SETTINGS_KEYS);
  } else {
    reader.checkKeys([], ROOT_FORM_KEYS, {
      misplaced: {
        settings: "'settings:' needs 'type: model' at the root (or move its keys to the root).",
        instance_count:
          "'instance_count' belongs under 'resources:' in this form (or under 'settings:' with type: model).",
      },
      unsupported: PIPELINE_KEYS,
    });
  }

  const name = reader.string(['name'], { required: true })!;
  const nameIssue = nameProblem(name, 'deployment');
  if (nameIssue) throw reader.error(['name'], `'${name}' is not a valid deployment name: ${nameIssue}.`);
  const endpointName = reader.string(['endpoint_name'], { required: true })!;
  const endpointIssue = nameProblem(endpointName, 'endpoint');
  if (endpointIssue) {
    throw reader.error(
      ['endpoint_name'],
      `'${endpointName}' is not a valid endpoint name: ${endpointIssue}.`,
    );
  }

  const computeText = reader.string(['compute'], {
    required: true,
    describe: 'a compute cluster, such as azureml:cpu-cluster',
  })!;
  const compute = parseComputeReference(computeText);
  if (compute.kind === 'invalid') throw reader.error(['compute'], `${compute.reason}.`);

  return {
    reader,
    form,
    name,
    endpointName,
    description: reader.string(['description'], { describe: 'a text' }),
    tags: reader.stringMap(['tags']),
    properties: reader.stringMap(['properties']),
    model: parseModel(reader),
    compute: { name: compute.name, at: ['compute'] },
    code: parseCode(reader),
    environment: parseEnvironment(reader),
    environmentVariables: environmentVariables(reader, form),
    settings: settings(reader, form),
  };
}

function parseModel(reader: DocumentReader): ModelSpec | undefined {
  const at = ['model'];
  const value = reader.value(at);
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') {
    const reference = parseModelReference(value);
    if (reference.kind === 'invalid') throw reader.error(at, `${reference.reason}.`);
    return {
      reference,
      name: undefined,
      version: undefined,
      modelType: undefined,
      description: undefined,
      tags: {},
      at,
    };
  }
  reader.mapping(at);
  reader.checkKeys(at, ['name', 'version', 'path', 'type', 'description', 'tags', 'properties', 'id'], {
    unsupported: {
      flavors:
        "'flavors' of an inline model are not registered by this action; register the model with az ml model create and reference it.",
      stage: "'stage' of an inline model is not registered by this action.",
      job_name: "'job_name' of an inline model is not registered by this action.",
    },
  });
  const path = reader.string([...at, 'path'], {
    required: true,
    describe: 'the local folder holding the model (relative to this file)',
  })!;
  const reference = parseModelReference(path);
  if (reference.kind !== 'path') {
    throw reader.error(
      [...at, 'path'],
      reference.kind === 'invalid'
        ? `${reference.reason}.`
        : `is a model reference; write it as 'model: ${path}' instead of under 'model.path'.`,
    );
  }
  return {
    reference,
    name: reader.string([...at, 'name'], {
      pattern: ASSET_NAME,
      describe: 'a model name: letters, digits, "-" and "_", starting with a letter or digit',
    }),
    version: versionOf(reader, [...at, 'version']),
    modelType: reader.choice([...at, 'type'], MODEL_TYPES),
    description: reader.string([...at, 'description'], { describe: 'a text' }),
    tags: reader.stringMap([...at, 'tags']),
    at,
  };
}

function versionOf(reader: DocumentReader, path: DocumentPath): string | undefined {
  const value = reader.value(path);
  if (value === undefined || value === null) return undefined;
  if ((typeof value !== 'string' && typeof value !== 'number') || !ASSET_VERSION.test(String(value))) {
    throw reader.error(path, `must be a version such as 3 or 2024.06.1, not ${JSON.stringify(value)}.`);
  }
  return String(value);
}

function parseCode(reader: DocumentReader): DeploymentSpec['code'] {
  const at = ['code_configuration'];
  if (!reader.mapping(at)) return undefined;
  reader.checkKeys(at, ['code', 'scoring_script']);
  const scoringScript = reader.string([...at, 'scoring_script'], {
    required: true,
    pattern: /^[^\s/\\][^\\]*$/,
    describe: 'the scoring script, a file inside the code folder such as score.py',
  })!;
  const code = reader.string([...at, 'code'], {
    required: true,
    describe: 'the local folder with the scoring code, or azureml:<name>:<version>',
  })!;
  const reference = parseCodeReference(code);
  if (reference.kind === 'invalid') throw reader.error([...at, 'code'], `${reference.reason}.`);
  return { reference, scoringScript, at: [...at, 'code'] };
}

function parseEnvironment(reader: DocumentReader): DeploymentSpec['environment'] {
  const at = ['environment'];
  const value = reader.value(at);
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'object') {
    throw reader.error(
      at,
      'an inline environment is not built by this action; register it first (az ml environment create) and reference it as azureml:<name>:<version>.',
    );
  }
  const text = reader.string(at, { describe: 'an environment reference such as azureml:<name>:<version>' })!;
  const reference = parseEnvironmentReference(text);
  if (reference.kind === 'invalid') throw reader.error(at, `${reference.reason}.`);
  return { reference, at };
}

function environmentVariables(reader: DocumentReader, form: 'root' | 'settings'): Record<string, string> {
  const root = reader.stringMap(['environment_variables']);
  if (form === 'root') return root;
  const nested = reader.stringMap(['settings', 'environment_variables']);
  for (const [key, value] of Object.entries(nested)) {
    if (key in root && root[key] !== value) {
      throw reader.error(
        ['settings', 'environment_variables', key],
        `'${key}' is also set at the root with another value ('${root[key]}'); set it in one place.`,
      );
    }
  }
  return { ...root, ...nested };
}

function settings(reader: DocumentReader, form: 'root' | 'settings'): DeploymentSettings {
  const base: DocumentPath = form === 'settings' ? ['settings'] : [];
  const at = (key: string) => [...base, key];
  reader.checkKeys(at('retry_settings'), ['max_retries', 'timeout']);
  reader.mapping(at('retry_settings'));
  reader.mapping(['resources']);
  reader.checkKeys(['resources'], ['instance_count', 'instance_type', 'properties'], {
    unsupported: Object.fromEntries(
      ['shm_size', 'docker_args', 'locations', 'max_instance_count'].map((key) => [
        key,
        `'resources.${key}' is not a setting of batch deployments (it applies to jobs and online deployments).`,
      ]),
    ),
  });

  let errorThreshold = reader.integer(at('error_threshold'), { min: -1 });
  if (form === 'settings') {
    const rootThreshold = reader.integer(['error_threshold'], { min: -1 });
    if (rootThreshold !== undefined && errorThreshold !== undefined && rootThreshold !== errorThreshold) {
      throw reader.error(
        ['error_threshold'],
        `is ${rootThreshold} here but ${errorThreshold} under settings; set it in one place.`,
      );
    }
    errorThreshold ??= rootThreshold;
  }

  let instanceCount = reader.integer(['resources', 'instance_count'], { min: 1 });
  if (form === 'settings') {
    const nested = reader.integer(['settings', 'instance_count'], { min: 1 });
    if (nested !== undefined && instanceCount !== undefined && nested !== instanceCount) {
      throw reader.error(
        ['settings', 'instance_count'],
        `is ${nested} here but resources.instance_count is ${instanceCount}; set it in one place.`,
      );
    }
    instanceCount ??= nested;
  }

  const outputFileName = reader.string(at('output_file_name'), {
    pattern: /^[^/\\]+$/,
    describe: 'a file name without a folder, such as predictions.csv',
  });
  const outputAction = reader.choice(at('output_action'), ['append_row', 'summary_only']);
  if (outputAction === 'summary_only' && outputFileName !== undefined) {
    throw reader.error(
      at('output_file_name'),
      'is only used with output_action: append_row (summary_only writes no predictions file).',
    );
  }
  const loggingLevel = reader.choice(at('logging_level'), ['info', 'warning', 'debug']);
  const resourceProperties = reader.mapping(['resources', 'properties']);
  const maxRetries = reader.integer([...at('retry_settings'), 'max_retries'], { min: 0 });
  const timeoutSeconds = reader.integer([...at('retry_settings'), 'timeout'], { min: 1 });
  const instanceType = reader.string(['resources', 'instance_type'], { describe: 'a VM size' });

  return dropUndefined({
    miniBatchSize: reader.integer(at('mini_batch_size'), { min: 1 }),
    maxConcurrencyPerInstance: reader.integer(at('max_concurrency_per_instance'), { min: 1 }),
    errorThreshold,
    retrySettings:
      maxRetries === undefined && timeoutSeconds === undefined
        ? undefined
        : dropUndefined({ maxRetries, timeoutSeconds }),
    outputAction:
      outputAction === undefined ? undefined : outputAction === 'append_row' ? 'AppendRow' : 'SummaryOnly',
    outputFileName,
    loggingLevel:
      loggingLevel === undefined
        ? undefined
        : ((loggingLevel[0]!.toUpperCase() + loggingLevel.slice(1)) as 'Info' | 'Warning' | 'Debug'),
    instanceCount,
    instanceType,
    resourceProperties,
  }) as DeploymentSettings;
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
