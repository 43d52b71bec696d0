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
 * Both carry `name`, `endpoint_name`, `model` (model-spec.ts for an inline one), `compute` (required),
 * `code_configuration`, `environment` (environment-spec.ts), `description`, `tags` and `properties`. `type: pipeline` (pipeline component deployments) is not deployed by this
 * action. Values are checked as Azure checks them (2022-10-01 spec: BatchDeployment, BatchRetrySettings).
 */

import { DocumentReader } from '#shared/document-reader.js';
import type { DocumentPath, LoadedDocument } from '#shared/documents.js';
import { type ModelReference, parseModelReference } from '../model-reference.js';
import { nameProblem } from '../resource-names.js';
import { type CodeReference, parseCodeReference, parseComputeReference } from '../workspace-references.js';
import { type EnvironmentSpec, readEnvironment } from './environment-spec.js';
import { type LocalModelSpec, readLocalModel } from './model-spec.js';

/** A deployment's model: a registered version it references, or local content to register (model-spec.ts). */
export type DeploymentModel =
  | {
      readonly kind: 'reference';
      readonly reference: Exclude<ModelReference, { kind: 'path' }>;
      readonly at: DocumentPath;
    }
  | { readonly kind: 'local'; readonly spec: LocalModelSpec };

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
  readonly model: DeploymentModel | undefined;
  readonly compute: { readonly name: string; readonly at: DocumentPath };
  readonly code:
    | { readonly reference: CodeReference; readonly scoringScript: string; readonly at: DocumentPath }
    | undefined;
  readonly environment: EnvironmentSpec | undefined;
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
    environment: readEnvironment(reader, ['environment']),
    environmentVariables: environmentVariables(reader, form),
    settings: settings(reader, form),
  };
}

function parseModel(reader: DocumentReader): DeploymentModel | undefined {
  const at = ['model'];
  const value = reader.value(at);
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'object') return { kind: 'local', spec: readLocalModel(reader, at) };
  const text = reader.string(at, { describe: 'a model reference such as azureml:<name>:<version>' })!;
  const reference = parseModelReference(text);
  if (reference.kind === 'invalid') throw reader.error(at, `${reference.reason}.`);
  if (reference.kind === 'path') {
    throw reader.error(
      at,
      `a local model needs a name to be registered under: write it as model: {name: <name>, path: ${text}}.`,
    );
  }
  return { kind: 'reference', reference, at };
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
