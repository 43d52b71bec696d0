/**
 * A model as `az ml model create` reads it: the model spec file (`$schema: .../model.schema.json`, the input
 * `model-file`) and the inline model of a deployment (`model: {name, path, ...}`), which azure-ai-ml reads with the
 * same schema (ModelSchema, AnonymousModelSchema). Keys: `name`, `version`, `type` (`custom_model`, the default,
 * `mlflow_model`, `triton_model`), `path`, `description`, `tags`, `properties`, `flavors` (Microsoft Learn, "CLI (v2)
 * model YAML schema"; azure-ai-ml's ModelSchema). What `az ml model show` prints and the CLI ignores on input (`id`,
 * `creation_context`, `job_name`, `latest_version`, `utc_time_created`) is accepted and ignored.
 *
 * `path` is a local file or folder, relative to the file it is written in: it is hashed, uploaded and registered, and
 * its content digest says whether a version already holds it. A storage URI there is refused: what it holds cannot
 * be compared, so registering it is `az ml model create`'s job. `stage` is not a field of the API version this action
 * uses (2022-10-01), and `datastore` is refused because uploads go to the workspace's default datastore.
 */

import { DocumentReader } from '#shared/document-reader.js';
import type { DocumentPath, LoadedDocument } from '#shared/documents.js';
import { parseModelReference } from '../model-reference.js';
import { ASSET_NAME, ASSET_VERSION } from '../resource-names.js';

export const MODEL_TYPES = ['custom_model', 'mlflow_model', 'triton_model'] as const;
export type ModelType = (typeof MODEL_TYPES)[number];

/** The keys of a model, as the CLI's schema has them. */
export const MODEL_KEYS = [
  '$schema',
  'name',
  'version',
  'type',
  'path',
  'description',
  'tags',
  'properties',
  'flavors',
  // Read-only: what `az ml model show` prints; the CLI drops them on input.
  'id',
  'creation_context',
  'job_name',
  'latest_version',
  'utc_time_created',
] as const;

const UNSUPPORTED: Readonly<Record<string, string>> = {
  stage:
    "'stage' is not a field of model versions in the Azure ML API this action uses (2022-10-01); set it with az ml model update, or use a tag.",
  datastore:
    "'datastore' is not used: this action uploads model files to the workspace's default datastore, as az ml does without it.",
  default_deployment_template: "'default_deployment_template' applies to registry models only.",
  allowed_deployment_templates: "'allowed_deployment_templates' applies to registry models only.",
};

/** The fields of a model to register from local content. */
export interface LocalModelSpec {
  readonly reader: DocumentReader;
  /** Where the model is written in its file: `[]` for a model file, `['model']` inline. */
  readonly at: DocumentPath;
  readonly name: string | undefined;
  readonly version: string | undefined;
  readonly modelType: ModelType | undefined;
  /** The local file or folder, as written (relative to the file). */
  readonly path: string;
  readonly description: string | undefined;
  readonly tags: Readonly<Record<string, string>>;
  readonly properties: Readonly<Record<string, string>>;
  /** `flavors` as the REST body holds them: flavour name to its string properties. */
  readonly flavors: Readonly<Record<string, Readonly<Record<string, string>>>> | undefined;
}

/** Reads the model mapping at `at` of a spec file. */
export function readLocalModel(reader: DocumentReader, at: DocumentPath): LocalModelSpec {
  reader.mapping(at, true);
  reader.checkKeys(at, MODEL_KEYS, { unsupported: UNSUPPORTED });
  const pathAt = [...at, 'path'];
  const path = reader.string(pathAt, {
    required: true,
    describe: 'the local file or folder of the model (relative to this file)',
  })!;
  const reference = parseModelReference(path);
  if (reference.kind !== 'path') {
    throw reader.error(
      pathAt,
      reference.kind === 'invalid'
        ? `${reference.reason}.`
        : `is a reference to a registered model, not local content; write it as 'model: ${path}' in a deployment, or give the folder to register here.`,
    );
  }
  return {
    reader,
    at,
    name: reader.string([...at, 'name'], {
      pattern: ASSET_NAME,
      describe: 'a model name: letters, digits, "-" and "_", starting with a letter or digit',
    }),
    version: versionOf(reader, [...at, 'version']),
    modelType: reader.choice([...at, 'type'], MODEL_TYPES),
    path,
    description: reader.string([...at, 'description'], { describe: 'a text' }),
    tags: reader.stringMap([...at, 'tags']),
    properties: reader.stringMap([...at, 'properties']),
    flavors: flavorsOf(reader, [...at, 'flavors']),
  };
}

/** A model spec file (`az ml model create -f`): a name is required there, as in the CLI's schema. */
export function parseModelSpec(document: LoadedDocument): LocalModelSpec & { readonly name: string } {
  const reader = new DocumentReader(document, 'model');
  const spec = readLocalModel(reader, []);
  if (spec.name === undefined) throw reader.missing(['name']);
  return { ...spec, name: spec.name };
}

function versionOf(reader: DocumentReader, path: DocumentPath): string | undefined {
  const value = reader.value(path);
  if (value === undefined || value === null) return undefined;
  if ((typeof value !== 'string' && typeof value !== 'number') || !ASSET_VERSION.test(String(value))) {
    throw reader.error(path, `must be a version such as 3 or 2024.06.1, not ${JSON.stringify(value)}.`);
  }
  return String(value);
}

function flavorsOf(
  reader: DocumentReader,
  path: DocumentPath,
): Record<string, Record<string, string>> | undefined {
  const flavors = reader.mapping(path);
  if (!flavors) return undefined;
  return Object.fromEntries(
    Object.keys(flavors).map((flavor) => {
      reader.mapping([...path, flavor], true);
      return [flavor, reader.stringMap([...path, flavor])];
    }),
  );
}
