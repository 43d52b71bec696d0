/**
 * Everything a release asks for, read from the inputs and the spec files and checked before any Azure call: the
 * endpoint spec, one or more deployment specs (each a file of the input `deployment-file`), the endpoint name (input
 * `endpoint-name` over the file's), each deployment's name or its template, model (model-request.ts), scoring code
 * and environment (environment-request.ts), the model of the input `model-file`, and which deployment is to be the
 * default (default-deployment.ts). Paths in a spec are relative to the spec file, as for the CLI, and confined to the
 * workspace; local content is hashed.
 *
 * The inputs `model` and `deployment-name` stand for one deployment's model and name: with several deployment files
 * each file names its own, and those inputs are refused.
 */
import { type LoadedDocument, loadDocument } from '#shared/documents.js';
import { ConfigurationError } from '#shared/errors.js';
import { workspaceRelative } from '#shared/files.js';
import type { FolderContent } from '#shared/folder-digest.js';
import type { Logger } from '#shared/logger.js';
import { type DefaultRequest, defaultRequest } from './default-deployment.js';
import { type EnvironmentRequest, environmentRequest } from './environment-request.js';
import {
  deploymentModelRequest,
  type LocalModelRequest,
  type ModelRequest,
  modelFileRequest,
} from './model-request.js';
import { isTemplate, nameProblem, templateProblem } from './resource-names.js';
import { contentAt, specPath } from './spec-paths.js';
import { type DeploymentSpec, parseDeploymentSpec } from './specs/deployment-spec.js';
import { type EndpointSpec, parseEndpointSpec } from './specs/endpoint-spec.js';
import { type Origin, originError } from './specs/origin.js';
import type { CodeReference } from './workspace-references.js';

export interface RequestInputs {
  readonly endpointFile: string;
  readonly deploymentFiles: readonly string[];
  readonly modelFile: string | undefined;
  readonly model: string | undefined;
  readonly endpointName: string | undefined;
  readonly deploymentName: string | undefined;
  /** `true`, `false` or a deployment name; undefined: the endpoint file decides. */
  readonly setDefault: string | undefined;
}

export type CodeRequest =
  | { readonly kind: 'folder'; readonly folder: FolderContent; readonly origin: Origin }
  | {
      readonly kind: 'reference';
      readonly reference: Exclude<CodeReference, { kind: 'path' | 'invalid' }>;
      readonly origin: Origin;
    };

export interface DeploymentRequest {
  readonly spec: DeploymentSpec;
  /** A literal name, a template with {model-name}/{model-version}, or `per-model-version`. */
  readonly name: { readonly value: string; readonly origin: Origin };
  readonly model: ModelRequest;
  readonly code: CodeRequest | undefined;
  readonly environment: EnvironmentRequest | undefined;
}

export interface ReleaseRequest {
  readonly endpoint: EndpointSpec;
  readonly endpointName: string;
  /** The model of the input `model-file`, registered (or recognised) whether or not a deployment uses it. */
  readonly modelFile: LocalModelRequest | undefined;
  readonly deployments: readonly DeploymentRequest[];
  readonly defaultDeployment: DefaultRequest;
}

async function load(workspace: string, absolute: string, input: string): Promise<LoadedDocument> {
  return loadDocument(absolute, workspaceRelative(workspace, absolute), input);
}

function onlyWithOneDeployment(inputs: RequestInputs): void {
  if (inputs.deploymentFiles.length < 2) return;
  for (const [input, value] of [
    ['model', inputs.model],
    ['deployment-name', inputs.deploymentName],
  ] as const) {
    if (value === undefined) continue;
    throw new ConfigurationError(
      `Input '${input}' stands for the deployment file's own, but deployment-file names ${inputs.deploymentFiles.length} files: with several, each file names its ${input === 'model' ? 'model' : 'deployment'} (remove the input ${input}).`,
      { input },
    );
  }
}

export async function loadReleaseRequest(
  inputs: RequestInputs,
  workspace: string,
  logger: Logger,
): Promise<ReleaseRequest> {
  onlyWithOneDeployment(inputs);
  // The files are read at once, but a problem is reported in input order: the same inputs give the same error.
  const loaded = await Promise.allSettled([
    load(workspace, inputs.endpointFile, 'endpoint-file'),
    ...inputs.deploymentFiles.map((file) => load(workspace, file, 'deployment-file')),
  ]);
  for (const result of loaded) if (result.status === 'rejected') throw result.reason;
  const [endpointDocument, ...deploymentDocuments] = loaded.map(
    (result) => (result as PromiseFulfilledResult<LoadedDocument>).value,
  ) as [LoadedDocument, ...LoadedDocument[]];
  const endpoint = parseEndpointSpec(endpointDocument);
  const specs = deploymentDocuments.map((document) => parseDeploymentSpec(document));

  const endpointName = inputs.endpointName ?? endpoint.name;
  if (inputs.endpointName !== undefined && inputs.endpointName !== endpoint.name) {
    logger.info(`Endpoint name '${endpointName}' (input endpoint-name; the files name '${endpoint.name}')`);
  }
  specs.forEach((spec, index) => {
    if (inputs.endpointName === undefined && spec.endpointName !== endpoint.name) {
      throw spec.reader.error(
        ['endpoint_name'],
        `'${spec.endpointName}' is not the endpoint of ${endpoint.reader.file} ('${endpoint.name}'); the files must name the same endpoint (or set the input endpoint-name for all of them).`,
      );
    }
    const twin = specs.findIndex((other) => other.name.toLowerCase() === spec.name.toLowerCase());
    if (twin !== index) {
      throw spec.reader.error(
        ['name'],
        `'${spec.name}' is also the deployment of ${specs[twin]!.reader.file}: each deployment file deploys its own deployment.`,
      );
    }
  });

  const deployments: DeploymentRequest[] = [];
  for (const [index, spec] of specs.entries()) {
    const file = inputs.deploymentFiles[index]!;
    deployments.push({
      spec,
      name: deploymentNameOf(inputs, spec),
      model: await deploymentModelRequest(spec, file, workspace, inputs.model),
      code: await codeRequest(spec, file, workspace),
      environment: await environmentRequest(spec, file, workspace, logger),
    });
  }
  return {
    endpoint,
    endpointName,
    modelFile: inputs.modelFile ? await modelFileRequest(inputs.modelFile, workspace) : undefined,
    deployments,
    defaultDeployment: defaultRequest(
      inputs.setDefault,
      endpoint,
      deployments.map((d) => ({
        fileName: d.spec.name,
        literalName: isTemplate(d.name.value) ? undefined : d.name.value,
      })),
    ),
  };
}

function deploymentNameOf(inputs: RequestInputs, deployment: DeploymentSpec): DeploymentRequest['name'] {
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
  const path = specPath(workspace, deployment.reader, deploymentFile, code.reference.path, code.at);
  const folder = await contentAt(path);
  if (!folder.files.some((file) => file.path === code.scoringScript)) {
    throw deployment.reader.error(
      ['code_configuration', 'scoring_script'],
      `'${code.scoringScript}' is not a file in ${path.shown}.`,
    );
  }
  return { kind: 'folder', folder, origin };
}
