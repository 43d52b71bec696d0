/**
 * The models a release asks for, read before any Azure call: the model spec of the input `model-file` (what
 * `az ml model create -f` registers), and each deployment's model — the input `model` over the deployment file's when
 * there is one deployment file. Local content is resolved inside the workspace and hashed.
 *
 * A local path may be a single file, as for `az ml` ("It can point to either a file or a directory"), but a file that
 * is itself a model spec (an `az ml` model YAML) is refused where a model path is expected: uploading it would
 * register the spec as the model. It belongs in `model-file`.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parse } from 'yaml';
import { loadDocument } from '#shared/documents.js';
import { ConfigurationError } from '#shared/errors.js';
import { resolveWorkspacePath, workspaceRelative } from '#shared/files.js';
import { digestFolder, type FolderContent } from '#shared/folder-digest.js';
import { isRecord } from '#shared/values.js';
import { type ModelReference, parseModelReference, statedNameAndVersion } from './model-reference.js';
import { ASSET_NAME } from './resource-names.js';
import { contentAt, specPath } from './spec-paths.js';
import type { DeploymentSpec } from './specs/deployment-spec.js';
import { type LocalModelSpec, MODEL_KEYS, type ModelType, parseModelSpec } from './specs/model-spec.js';
import { type Origin, originError } from './specs/origin.js';

export type ModelRequest =
  | {
      readonly kind: 'reference';
      readonly reference: Exclude<ModelReference, { kind: 'path' }>;
      readonly origin: Origin;
    }
  | LocalModelRequest;

/** Local content to register (or recognise, by its digest) as a version of a model. */
export interface LocalModelRequest {
  readonly kind: 'local';
  readonly content: FolderContent;
  readonly name: string;
  readonly version: string | undefined;
  readonly modelType: ModelType;
  readonly description: string | undefined;
  readonly tags: Readonly<Record<string, string>>;
  readonly properties: Readonly<Record<string, string>>;
  readonly flavors: LocalModelSpec['flavors'];
  /** Where the model is named; `versionOrigin` where its version is, when written. */
  readonly origin: Origin;
  readonly versionOrigin: Origin | undefined;
}

/** Whether a file is an `az ml` model spec: its `$schema` says so, or it has a model's keys and nothing else. */
async function isModelSpec(content: FolderContent): Promise<boolean> {
  if (content.kind !== 'file' || !['.yml', '.yaml'].includes(extname(content.absolute).toLowerCase())) {
    return false;
  }
  let value: unknown;
  try {
    value = parse(await readFile(content.absolute, 'utf8'));
  } catch {
    return false;
  }
  if (!isRecord(value)) return false;
  if (typeof value.$schema === 'string' && /\/model\.schema\.json$/i.test(value.$schema)) return true;
  return (
    typeof value.name === 'string' &&
    typeof value.path === 'string' &&
    Object.keys(value).every((key) => (MODEL_KEYS as readonly string[]).includes(key))
  );
}

async function refuseModelSpec(content: FolderContent, origin: Origin): Promise<void> {
  if (!(await isModelSpec(content))) return;
  throw originError(
    origin,
    `${content.shown} is an az ml model spec (what az ml model create -f reads), not the model's files: pass it as the input model-file, and reference its model in the deployment (azureml:<name>:<version> or azureml:<name>@latest).`,
  );
}

function localRequest(
  spec: LocalModelSpec,
  content: FolderContent,
  name: string,
  origin: Origin,
): LocalModelRequest {
  return {
    kind: 'local',
    content,
    name,
    version: spec.version,
    modelType: spec.modelType ?? 'custom_model',
    description: spec.description,
    tags: spec.tags,
    properties: spec.properties,
    flavors: spec.flavors,
    origin,
    versionOrigin:
      spec.version === undefined
        ? undefined
        : { kind: 'file', reader: spec.reader, at: [...spec.at, 'version'] },
  };
}

/** The model of the input `model-file`: `az ml model create -f <file>`. */
export async function modelFileRequest(absolute: string, workspace: string): Promise<LocalModelRequest> {
  const document = await loadDocument(absolute, workspaceRelative(workspace, absolute), 'model-file');
  const spec = parseModelSpec(document);
  const path = specPath(workspace, spec.reader, absolute, spec.path, ['path']);
  const content = await contentAt(path);
  await refuseModelSpec(content, path.origin);
  return localRequest(spec, content, spec.name, { kind: 'file', reader: spec.reader, at: ['name'] });
}

/**
 * A deployment's model: the input `model` (`override`, with one deployment file) over the file's. A local path given
 * as the input is relative to the workspace; its model name comes from the deployment file.
 */
export async function deploymentModelRequest(
  deployment: DeploymentSpec,
  deploymentFile: string,
  workspace: string,
  override: string | undefined,
): Promise<ModelRequest> {
  const model = deployment.model;
  if (override !== undefined) {
    const origin: Origin = { kind: 'input', input: 'model' };
    const reference = parseModelReference(override);
    if (reference.kind === 'invalid') throw originError(origin, `${reference.reason}.`);
    if (reference.kind !== 'path') return { kind: 'reference', reference, origin };
    const absolute = resolveWorkspacePath(workspace, reference.path, 'model');
    const content = await digestFolder(absolute, workspaceRelative(workspace, absolute)).catch((error) => {
      throw error instanceof ConfigurationError ? originError(origin, error.message) : error;
    });
    await refuseModelSpec(content, origin);
    const name =
      model?.kind === 'local' ? model.spec.name : model && statedNameAndVersion(model.reference)?.name;
    if (!name) {
      throw originError(
        origin,
        `a local folder needs a model name to register it under: name the model in ${deployment.reader.file} (model: {name: <name>, path: <folder>}).`,
      );
    }
    if (!ASSET_NAME.test(name)) {
      throw originError(
        { kind: 'file', reader: deployment.reader, at: ['model'] },
        `'${name}' cannot be a model name: use letters, digits, '-' and '_'.`,
      );
    }
    const spec: LocalModelSpec =
      model?.kind === 'local'
        ? { ...model.spec, version: undefined }
        : {
            reader: deployment.reader,
            at: ['model'],
            name,
            version: undefined,
            modelType: undefined,
            path: reference.path,
            description: undefined,
            tags: {},
            properties: {},
            flavors: undefined,
          };
    return localRequest(spec, content, name, origin);
  }
  if (!model) {
    throw deployment.reader.error(
      [],
      "'model' is missing: name the model to deploy (azureml:<name>:<version>, or {name, path} for local files), or give the input model.",
    );
  }
  if (model.kind === 'reference') {
    return {
      kind: 'reference',
      reference: model.reference,
      origin: { kind: 'file', reader: deployment.reader, at: model.at },
    };
  }
  const { spec } = model;
  if (!spec.name) {
    throw deployment.reader.error(
      spec.at,
      'a local model needs a name to register it under: add model.name.',
    );
  }
  const path = specPath(workspace, deployment.reader, deploymentFile, spec.path, [...spec.at, 'path']);
  const content = await contentAt(path);
  await refuseModelSpec(content, path.origin);
  return localRequest(spec, content, spec.name, { kind: 'file', reader: deployment.reader, at: spec.at });
}
