/**
 * Everything a release asks for, read from the inputs and the two spec files and checked before any Azure call:
 * the endpoint and deployment specs, the endpoint name (input `endpoint-name` over the file's), the deployment name
 * or its template, the model (input `model` over the file's) and the scoring code — local folders resolved inside the
 * workspace (paths in a spec are relative to the spec file, as for the CLI) and hashed.
 */
import { dirname, resolve } from 'node:path';
import { type LoadedDocument, loadDocument } from '#shared/documents.js';
import { ConfigurationError } from '#shared/errors.js';
import { resolveWorkspacePath, workspaceRelative } from '#shared/files.js';
import { digestFolder, type FolderContent } from '#shared/folder-digest.js';
import type { Logger } from '#shared/logger.js';
import { parseModelReference, statedNameAndVersion } from './model-reference.js';
import type { ModelRequest } from './model-registration.js';
import { ASSET_NAME, isTemplate, nameProblem, templateProblem } from './resource-names.js';
import { type DeploymentSpec, parseDeploymentSpec } from './specs/deployment-spec.js';
import { type EndpointSpec, parseEndpointSpec } from './specs/endpoint-spec.js';
import { type Origin, originError } from './specs/origin.js';
import type { CodeReference } from './workspace-references.js';

export interface RequestInputs {
  readonly endpointFile: string;
  readonly deploymentFile: string;
  readonly model: string | undefined;
  readonly endpointName: string | undefined;
  readonly deploymentName: string | undefined;
}

export type CodeRequest =
  | { readonly kind: 'folder'; readonly folder: FolderContent; readonly origin: Origin }
  | {
      readonly kind: 'reference';
      readonly reference: Exclude<CodeReference, { kind: 'path' | 'invalid' }>;
      readonly origin: Origin;
    };

export interface ReleaseRequest {
  readonly endpoint: EndpointSpec;
  readonly deployment: DeploymentSpec;
  readonly endpointName: string;
  /** A literal name, a template with {model-name}/{model-version}, or `per-model-version`. */
  readonly deploymentName: { readonly value: string; readonly origin: Origin };
  readonly model: ModelRequest;
  readonly code: CodeRequest | undefined;
}

async function load(workspace: string, absolute: string, input: string): Promise<LoadedDocument> {
  return loadDocument(absolute, workspaceRelative(workspace, absolute), input);
}

/** A path written in a spec, relative to the spec file, confined to the workspace. */
function specPath(
  workspace: string,
  spec: DeploymentSpec,
  absoluteFile: string,
  written: string,
  at: readonly (string | number)[],
): { absolute: string; shown: string } {
  const origin: Origin = { kind: 'file', reader: spec.reader, at };
  let absolute: string;
  try {
    absolute = resolveWorkspacePath(workspace, resolve(dirname(absoluteFile), written), 'deployment-file');
  } catch {
    throw originError(
      origin,
      `'${written}' is outside the workspace; keep models and code in the repository.`,
    );
  }
  return { absolute, shown: workspaceRelative(workspace, absolute) };
}

export async function loadReleaseRequest(
  inputs: RequestInputs,
  workspace: string,
  logger: Logger,
): Promise<ReleaseRequest> {
  // Both files are read at once, but a problem is reported in input order: the same inputs give the same error.
  const loaded = await Promise.allSettled([
    load(workspace, inputs.endpointFile, 'endpoint-file'),
    load(workspace, inputs.deploymentFile, 'deployment-file'),
  ]);
  for (const result of loaded) if (result.status === 'rejected') throw result.reason;
  const [endpointDocument, deploymentDocument] = loaded.map(
    (result) => (result as PromiseFulfilledResult<LoadedDocument>).value,
  ) as [LoadedDocument, LoadedDocument];
  const endpoint = parseEndpointSpec(endpointDocument);
  const deployment = parseDeploymentSpec(deploymentDocument);

  if (inputs.endpointName === undefined && deployment.endpointName !== endpoint.name) {
    throw deployment.reader.error(
      ['endpoint_name'],
      `'${deployment.endpointName}' is not the endpoint of ${endpoint.reader.file} ('${endpoint.name}'); the two files must name the same endpoint (or set the input endpoint-name for both).`,
    );
  }
  const endpointName = inputs.endpointName ?? endpoint.name;
  if (inputs.endpointName !== undefined && inputs.endpointName !== endpoint.name) {
    logger.info(`Endpoint name '${endpointName}' (input endpoint-name; the files name '${endpoint.name}')`);
  }

  const deploymentName = deploymentNameOf(inputs, deployment);
  if (endpoint.defaultDeployment !== undefined && !isTemplate(deploymentName.value)) {
    if (endpoint.defaultDeployment !== deploymentName.value) {
      logger.warning(
        `defaults.deployment_name '${endpoint.defaultDeployment}' is not applied: this action makes the deployment it deploys ('${deploymentName.value}') the default once it has succeeded (set-default).`,
        { location: endpoint.reader.document.locate(['defaults', 'deployment_name']) },
      );
    }
  }

  return {
    endpoint,
    deployment,
    endpointName,
    deploymentName,
    model: await modelRequest(inputs, deployment, workspace),
    code: await codeRequest(deployment, inputs.deploymentFile, workspace),
  };
}

function deploymentNameOf(
  inputs: RequestInputs,
  deployment: DeploymentSpec,
): ReleaseRequest['deploymentName'] {
  if (inputs.deploymentName === undefined) {
    return { value: deployment.name, origin: { kind: 'file', reader: deployment.reader, at: ['name'] } };
  }
  const value = inputs.deploymentName;
  const origin: Origin = { kind: 'input', input: 'deployment-name' };
  if (isTemplate(value)) {
    const problem = templateProblem(value);
    if (problem) throw originError(origin, `the template '${value}' is not valid: ${problem}.`);
  } else {
    const problem = nameProblem(value, 'deployment');
    if (problem) throw originError(origin, `'${value}' is not a valid deployment name: ${problem}.`);
  }
  return { value, origin };
}

async function modelRequest(
  inputs: RequestInputs,
  deployment: DeploymentSpec,
  workspace: string,
): Promise<ModelRequest> {
  const spec = deployment.model;
  const fileOrigin: Origin = { kind: 'file', reader: deployment.reader, at: spec?.at ?? [] };
  if (inputs.model !== undefined) {
    const origin: Origin = { kind: 'input', input: 'model' };
    const reference = parseModelReference(inputs.model);
    if (reference.kind === 'invalid') throw originError(origin, `${reference.reason}.`);
    if (reference.kind !== 'path') return { kind: 'reference', reference, origin };
    // A folder given as input is relative to the workspace; its name comes from the deployment file.
    const absolute = resolveWorkspacePath(workspace, reference.path, 'model');
    const name =
      spec?.name ??
      (spec && spec.reference.kind !== 'path' ? statedNameAndVersion(spec.reference)?.name : undefined);
    if (!name) {
      throw originError(
        origin,
        `a local folder needs a model name to register it under: name the model in ${deployment.reader.file} (model: {name: <name>, path: <folder>}).`,
      );
    }
    if (!ASSET_NAME.test(name)) {
      throw originError(fileOrigin, `'${name}' cannot be a model name: use letters, digits, '-' and '_'.`);
    }
    return {
      kind: 'folder',
      folder: await digestFolder(absolute, workspaceRelative(workspace, absolute)),
      name,
      version: undefined,
      modelType: spec?.modelType ?? 'custom_model',
      description: spec?.description,
      tags: spec?.tags ?? {},
      origin,
    };
  }
  if (!spec) {
    throw deployment.reader.error(
      [],
      "'model' is missing: name the model to deploy (azureml:<name>:<version>, a registry URI, or {name, path} for a local folder), or give the input model.",
    );
  }
  if (spec.reference.kind !== 'path')
    return { kind: 'reference', reference: spec.reference, origin: fileOrigin };
  if (!spec.name) {
    throw deployment.reader.error(
      spec.at,
      'a local model folder needs a name to register it under: add model.name.',
    );
  }
  const pathOrigin: Origin = { kind: 'file', reader: deployment.reader, at: [...spec.at, 'path'] };
  const { absolute, shown } = specPath(workspace, deployment, inputs.deploymentFile, spec.reference.path, [
    ...spec.at,
    'path',
  ]);
  let folder: FolderContent;
  try {
    folder = await digestFolder(absolute, shown);
  } catch (error) {
    throw error instanceof ConfigurationError ? originError(pathOrigin, error.message) : error;
  }
  return {
    kind: 'folder',
    folder,
    name: spec.name,
    version: spec.version,
    modelType: spec.modelType ?? 'custom_model',
    description: spec.description,
    tags: spec.tags,
    origin: fileOrigin,
  };
}

async function codeRequest(
  deployment: DeploymentSpec,
  deploymentFile: string,
  workspace: string,
): Promise<CodeRequest | undefined> {
  const code = deployment.code;
  if (!code) return undefined;
  const origin: Origin = { kind: 'file', reader: deployment.reader, at: code.at };
  if (code.reference.kind === 'invalid') throw originError(origin, code.reference.reason);
  if (code.reference.kind !== 'path') return { kind: 'reference', reference: code.reference, origin };
  const { absolute, shown } = specPath(workspace, deployment, deploymentFile, code.reference.path, code.at);
  let folder: FolderContent;
  try {
    folder = await digestFolder(absolute, shown);
  } catch (error) {
    throw error instanceof ConfigurationError ? originError(origin, error.message) : error;
  }
  if (!folder.files.some((file) => file.path === code.scoringScript)) {
    throw deployment.reader.error(
      ['code_configuration', 'scoring_script'],
      `'${code.scoringScript}' is not a file in ${shown}.`,
    );
  }
  return { kind: 'folder', folder, origin };
}
