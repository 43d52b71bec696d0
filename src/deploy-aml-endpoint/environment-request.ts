/**
 * A deployment's environment, read before any Azure call: a reference, checked against the workspace when the plan
 * is made, or an inline environment, whose conda file is read and whose build context is hashed here, so its
 * anonymous name and version (anonymous-environment.ts) are known before anything is asked of Azure.
 */
import { loadDocument } from '#shared/documents.js';
import type { FolderContent } from '#shared/folder-digest.js';
import type { Logger } from '#shared/logger.js';
import { isRecord } from '#shared/values.js';
import {
  ANONYMOUS_ENVIRONMENT_NAME,
  anonymousEnvironmentVersion,
  type EnvironmentDefinition,
} from './anonymous-environment.js';
import { contentAt, specPath } from './spec-paths.js';
import type { DeploymentSpec } from './specs/deployment-spec.js';
import type { InlineEnvironmentSpec } from './specs/environment-spec.js';
import type { Origin } from './specs/origin.js';
import type { EnvironmentReference } from './workspace-references.js';

export type EnvironmentRequest =
  | {
      readonly kind: 'reference';
      readonly reference: Exclude<EnvironmentReference, { kind: 'invalid' }>;
      readonly origin: Origin;
    }
  | AnonymousEnvironmentRequest;

export interface AnonymousEnvironmentRequest {
  readonly kind: 'anonymous';
  readonly name: string;
  readonly version: string;
  readonly definition: EnvironmentDefinition;
  /** The build context to upload, for an environment built from a Dockerfile. */
  readonly build: FolderContent | undefined;
  readonly origin: Origin;
}

export async function environmentRequest(
  deployment: DeploymentSpec,
  deploymentFile: string,
  workspace: string,
  logger: Logger,
): Promise<EnvironmentRequest | undefined> {
  const environment = deployment.environment;
  if (!environment) return undefined;
  const origin: Origin = { kind: 'file', reader: deployment.reader, at: environment.at };
  if (environment.kind === 'reference') {
    if (environment.reference.kind === 'invalid') {
      throw deployment.reader.error(environment.at, environment.reference.reason);
    }
    return { kind: 'reference', reference: environment.reference, origin };
  }
  if (environment.droppedName !== undefined) {
    logger.warning(
      `environment.name '${environment.droppedName}' is not used: an inline environment is registered as an anonymous version of ${ANONYMOUS_ENVIRONMENT_NAME}, as az ml registers it (register a named environment with az ml environment create and reference it as azureml:<name>:<version> to choose its name).`,
      { location: deployment.reader.document.locate([...environment.at, 'name']) },
    );
  }
  const conda = await condaOf(environment, deployment, deploymentFile, workspace);
  const build = environment.build
    ? await buildContext(environment.build, deployment, deploymentFile, workspace)
    : undefined;
  const definition: EnvironmentDefinition = {
    ...(environment.image !== undefined ? { image: environment.image } : {}),
    ...(conda ? { conda } : {}),
    ...(build
      ? {
          build: {
            digest: build.digest,
            ...(environment.build?.dockerfilePath !== undefined
              ? { dockerfilePath: environment.build.dockerfilePath }
              : {}),
          },
        }
      : {}),
    ...(environment.osType ? { osType: environment.osType } : {}),
    ...(environment.description !== undefined ? { description: environment.description } : {}),
    tags: environment.tags,
    properties: environment.properties,
  };
  return {
    kind: 'anonymous',
    name: ANONYMOUS_ENVIRONMENT_NAME,
    version: anonymousEnvironmentVersion(definition),
    definition,
    build,
    origin,
  };
}

async function condaOf(
  environment: InlineEnvironmentSpec,
  deployment: DeploymentSpec,
  deploymentFile: string,
  workspace: string,
): Promise<Readonly<Record<string, unknown>> | undefined> {
  const condaFile = environment.condaFile;
  if (!condaFile) return undefined;
  if (condaFile.kind === 'inline') return condaFile.value;
  const path = specPath(workspace, deployment.reader, deploymentFile, condaFile.path, condaFile.at);
  const content = await contentAt(path);
  if (content.kind !== 'file') {
    throw deployment.reader.error(
      condaFile.at,
      `${path.shown} is a folder; conda_file names the conda YAML file.`,
    );
  }
  const document = await loadDocument(path.absolute, path.shown, 'deployment-file');
  if (!isRecord(document.value)) {
    throw document.errorAt(
      [],
      'a conda file is a mapping (name, channels, dependencies), as conda env create reads it.',
    );
  }
  return document.value;
}

async function buildContext(
  build: NonNullable<InlineEnvironmentSpec['build']>,
  deployment: DeploymentSpec,
  deploymentFile: string,
  workspace: string,
): Promise<FolderContent> {
  const path = specPath(workspace, deployment.reader, deploymentFile, build.path, [...build.at, 'path']);
  const content = await contentAt(path);
  const dockerfile = build.dockerfilePath ?? 'Dockerfile';
  if (content.kind !== 'folder' || !content.files.some((file) => file.path === dockerfile)) {
    throw deployment.reader.error(
      build.dockerfilePath === undefined ? [...build.at, 'path'] : [...build.at, 'dockerfile_path'],
      `${path.shown} has no ${dockerfile}: a build context is a folder holding the Dockerfile${build.dockerfilePath === undefined ? ' (dockerfile_path defaults to Dockerfile)' : ''}.`,
    );
  }
  return content;
}
