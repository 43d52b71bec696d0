/**
 * An inline environment as `az ml` registers it: an anonymous environment version (`isAnonymous`) named
 * `CliV2AnonymousEnvironment`, whose version is a hash of the environment's definition, so the same definition is the
 * same version and a rerun registers nothing (azure-ai-ml, `Environment._generate_anonymous_name_version`, and
 * ANONYMOUS_ENV_NAME in its constants).
 *
 * The version is built as azure-ai-ml builds it: for an image, the hash of the image, then the hash of the conda file
 * (when there is one) joined in the way Python's `str.join` joins (the text so far between every character of the new
 * hash); for a build context, the hash of the context's content, joined likewise with the hash of `dockerfile_path`
 * when one is given; the version is the hash of the result. The hash is SHA-256, as current azure-ai-ml releases use
 * (their anonymous versions are 64 hex digits; older releases used MD5 the same way). The conda file is what the
 * service receives as `condaFile`, the conda specification written as YAML with sorted keys, as azure-ai-ml writes it
 * with PyYAML (`dump_yaml(conda, sort_keys=True)`); for the conda files teams write (names, channels, version
 * specifiers) the text is PyYAML's, exotic scalars (non-ASCII text, multi-line strings) may be written otherwise. A
 * build context's content hash is this project's folder digest (folder-digest.ts), the one every upload is named by,
 * where azure-ai-ml uses its own: the same context registered by both gets two versions, each stable.
 */
import { createHash } from 'node:crypto';
import type { EnvironmentVersion } from '@azure/arm-machinelearning';
import { stringify } from 'yaml';

export const ANONYMOUS_ENVIRONMENT_NAME = 'CliV2AnonymousEnvironment';

export interface EnvironmentDefinition {
  readonly image?: string;
  /** The conda specification, as loaded from its YAML. */
  readonly conda?: Readonly<Record<string, unknown>>;
  /** The build context: its content digest and the Dockerfile's path in it, when given. */
  readonly build?: { readonly digest: string; readonly dockerfilePath?: string };
  readonly osType?: 'Linux' | 'Windows';
  readonly description?: string;
  readonly tags: Readonly<Record<string, string>>;
  readonly properties: Readonly<Record<string, string>>;
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** Python's `separator.join(text)`: the separator between every character of the text. */
const pythonJoin = (separator: string, text: string) => [...text].join(separator);

/** The conda specification as the `condaFile` text: block YAML with sorted keys, as PyYAML's `yaml.dump` writes. */
export function condaFileText(conda: Readonly<Record<string, unknown>>): string {
  return stringify(conda, {
    version: '1.1',
    sortMapEntries: true,
    indentSeq: false,
    singleQuote: true,
    lineWidth: 0,
  });
}

export function anonymousEnvironmentVersion(definition: EnvironmentDefinition): string {
  let joined = '';
  if (definition.build) {
    joined = pythonJoin(joined, sha256(definition.build.digest));
    if (definition.build.dockerfilePath !== undefined) {
      joined = pythonJoin(joined, sha256(definition.build.dockerfilePath));
    }
  } else if (definition.image !== undefined) {
    joined = pythonJoin(joined, sha256(definition.image));
    if (definition.conda) joined = pythonJoin(joined, sha256(condaFileText(definition.conda)));
  }
  return sha256(joined);
}

/**
 * The version's REST body (EnvironmentVersion, 2022-10-01); `contextUri` is where the build context was uploaded.
 */
export function anonymousEnvironmentBody(
  definition: EnvironmentDefinition,
  contextUri?: string,
): EnvironmentVersion {
  return {
    properties: {
      isAnonymous: true,
      ...(definition.image !== undefined ? { image: definition.image } : {}),
      ...(definition.conda ? { condaFile: condaFileText(definition.conda) } : {}),
      ...(definition.build && contextUri
        ? {
            build: {
              contextUri,
              ...(definition.build.dockerfilePath !== undefined
                ? { dockerfilePath: definition.build.dockerfilePath }
                : {}),
            },
          }
        : {}),
      ...(definition.osType ? { osType: definition.osType } : {}),
      ...(definition.description !== undefined ? { description: definition.description } : {}),
      ...(Object.keys(definition.tags).length ? { tags: { ...definition.tags } } : {}),
      ...(Object.keys(definition.properties).length ? { properties: { ...definition.properties } } : {}),
    },
  };
}
