/**
 * The environment of a batch deployment as the `az ml` CLI reads it: a reference (`azureml:<name>:<version>`,
 * `azureml:<name>@latest`, an ARM id; workspace-references.ts) or an inline environment, which azure-ai-ml reads
 * with AnonymousEnvironmentSchema and registers as an anonymous environment version (anonymous-environment.ts).
 *
 * An inline environment is a Docker image, optionally with a conda file (`image` + `conda_file`), or a Docker build
 * context (`build: {path, dockerfile_path}`); never both, as the CLI validates ("Docker image or Dockerfile should be
 * provided not both"). `conda_file` is a path relative to the deployment file or the conda specification written
 * inline. `name` and `version` are dropped, with a warning, as azure-ai-ml drops them ("the provided asset name will
 * not be used for anonymous registration"). `inference_config` configures online deployments' custom containers and
 * is refused here; `datastore` too, since uploads go to the workspace's default datastore. A build context is a local
 * folder: a URL there cannot be hashed into the environment's version.
 */

import type { DocumentReader } from '#shared/document-reader.js';
import type { DocumentPath } from '#shared/documents.js';
import { type EnvironmentReference, parseEnvironmentReference } from '../workspace-references.js';

export interface InlineEnvironmentSpec {
  readonly kind: 'inline';
  readonly at: DocumentPath;
  /** Exactly one of `image` and `build`. */
  readonly image: string | undefined;
  readonly condaFile:
    | { readonly kind: 'path'; readonly path: string; readonly at: DocumentPath }
    | {
        readonly kind: 'inline';
        readonly value: Readonly<Record<string, unknown>>;
        readonly at: DocumentPath;
      }
    | undefined;
  readonly build:
    | { readonly path: string; readonly dockerfilePath: string | undefined; readonly at: DocumentPath }
    | undefined;
  readonly osType: 'Linux' | 'Windows' | undefined;
  readonly description: string | undefined;
  readonly tags: Readonly<Record<string, string>>;
  readonly properties: Readonly<Record<string, string>>;
  /** `name`, as written: dropped (anonymous registration), and said so. */
  readonly droppedName: string | undefined;
}

export type EnvironmentSpec =
  | { readonly kind: 'reference'; readonly reference: EnvironmentReference; readonly at: DocumentPath }
  | InlineEnvironmentSpec;

const KEYS = [
  '$schema',
  'name',
  'version',
  'description',
  'tags',
  'properties',
  'image',
  'conda_file',
  'build',
  'os_type',
  // Read-only: what `az ml environment show` prints; the CLI drops them on input.
  'id',
  'creation_context',
  'latest_version',
] as const;

const UNSUPPORTED: Readonly<Record<string, string>> = {
  inference_config:
    "'inference_config' configures the custom containers of online deployments; batch deployments run the scoring script of code_configuration.",
  datastore:
    "'datastore' is not used: this action uploads a build context to the workspace's default datastore, as az ml does without it.",
  channels:
    "'channels' belongs in the conda file: name the file with conda_file (or write the conda specification under conda_file).",
  dependencies:
    "'dependencies' belongs in the conda file: name the file with conda_file (or write the conda specification under conda_file).",
};

export function readEnvironment(reader: DocumentReader, at: DocumentPath): EnvironmentSpec | undefined {
  const value = reader.value(at);
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object') {
    const text = reader.string(at, {
      describe: 'an environment reference such as azureml:<name>:<version>, or an inline environment',
    })!;
    const reference = parseEnvironmentReference(text);
    if (reference.kind === 'invalid') throw reader.error(at, `${reference.reason}.`);
    return { kind: 'reference', reference, at };
  }
  reader.mapping(at);
  reader.checkKeys(at, KEYS, { unsupported: UNSUPPORTED });
  const image = reader.string([...at, 'image'], { describe: 'a Docker image such as mcr.microsoft.com/...' });
  const build = readBuild(reader, [...at, 'build']);
  if (image !== undefined && build !== undefined) {
    throw reader.error(
      [...at, 'build'],
      'an environment is an image or a build context, not both: remove image, or build.',
    );
  }
  if (image === undefined && build === undefined) {
    throw reader.error(
      at,
      'an inline environment needs an image (with an optional conda_file) or a build context (build: {path: <folder with a Dockerfile>}).',
    );
  }
  const condaFile = readCondaFile(reader, [...at, 'conda_file']);
  if (condaFile && build) {
    throw reader.error(
      condaFile.at,
      'is used with image; with a build context the Dockerfile installs the packages. Remove conda_file, or use image.',
    );
  }
  const os = reader.choice([...at, 'os_type'], ['linux', 'windows']);
  return {
    kind: 'inline',
    at,
    image,
    condaFile,
    build,
    osType: os === undefined ? undefined : os === 'linux' ? 'Linux' : 'Windows',
    description: reader.string([...at, 'description'], { describe: 'a text' }),
    tags: reader.stringMap([...at, 'tags']),
    properties: reader.stringMap([...at, 'properties']),
    droppedName: reader.has([...at, 'name']) ? String(reader.value([...at, 'name'])) : undefined,
  };
}

function readBuild(reader: DocumentReader, at: DocumentPath): InlineEnvironmentSpec['build'] {
  if (!reader.mapping(at)) return undefined;
  reader.checkKeys(at, ['path', 'dockerfile_path']);
  const path = reader.string([...at, 'path'], {
    required: true,
    describe: 'the local folder of the Docker build context (relative to this file)',
  })!;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(path)) {
    throw reader.error(
      [...at, 'path'],
      `'${path}' is a URL; this action registers a build context from a local folder (its content names the environment's version). Register this environment with az ml environment create and reference it as azureml:<name>:<version>.`,
    );
  }
  const dockerfilePath = reader.string([...at, 'dockerfile_path'], {
    pattern: /^[^/\\][^\\]*$/,
    describe: 'the Dockerfile, relative to the build context, such as Dockerfile',
  });
  return { path, dockerfilePath, at };
}

function readCondaFile(reader: DocumentReader, at: DocumentPath): InlineEnvironmentSpec['condaFile'] {
  const value = reader.value(at);
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'object' && !Array.isArray(value)) {
    return { kind: 'inline', value: value as Record<string, unknown>, at };
  }
  const path = reader.string(at, {
    describe: 'the conda file (relative to this file), or the conda specification written inline',
  })!;
  return { kind: 'path', path, at };
}
