/**
 * Reads the ADF git-integration folder (the collaboration branch): one `{ name, properties }` JSON file per
 * resource in a folder per kind, global parameters inside `factory/<factory>.json`, managed private endpoints below
 * `managedVirtualNetwork/<network>/managedPrivateEndpoint/`. Every file is parsed strictly as JSON, and every problem
 * (syntax, shape, a file named differently from its `name`) is collected with its file and line.
 */
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative } from 'node:path';
import type { AdfArtifact, ArtifactKind } from '#shared/adf/artifacts.js';
import { type LoadedDocument, parseDocumentText } from '#shared/documents.js';
import { ConfigurationError } from '#shared/errors.js';
import { problemsFromError } from '#shared/problems.js';
import { isRecord } from '#shared/values.js';
import type { Problem } from '../problems.js';

export interface SourceRead {
  readonly artifacts: readonly AdfArtifact[];
  /** Things the user may want to know that are not errors (ignored folders and files). */
  readonly notes: readonly string[];
  readonly problems: readonly Problem[];
}

const FOLDER_KINDS: Readonly<Record<string, ArtifactKind>> = {
  integrationruntime: 'integrationRuntime',
  linkedservice: 'linkedService',
  credential: 'credential',
  dataset: 'dataset',
  dataflow: 'dataflow',
  pipeline: 'pipeline',
  trigger: 'trigger',
};

/** Files at the root that belong to ADF's git integration but are not resources. */
const IGNORED_ROOT_FILES = new Set(['publish_config.json', 'arm-template-parameters-definition.json']);

async function entries(dir: string): Promise<{ name: string; isDirectory: boolean }[]> {
  const found = await readdir(dir, { withFileTypes: true });
  return found
    .map((entry) => ({ name: entry.name, isDirectory: entry.isDirectory() }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

async function jsonFiles(dir: string): Promise<string[]> {
  return (await entries(dir))
    .filter((entry) => !entry.isDirectory && /\.json$/i.test(entry.name))
    .map((e) => e.name);
}

/**
 * @param root absolute path of the folder
 * @param shownAs how to show `root` in messages (workspace-relative, forward slashes)
 */
export async function readGitFolder(root: string, shownAs: string): Promise<SourceRead> {
  const isFolder = await stat(root).then(
    (found) => found.isDirectory(),
    () => false,
  );
  if (!isFolder) {
    throw new ConfigurationError(
      `Input 'source' names '${shownAs}', which is not a folder: point it at the root of the ADF git-integration folder (the one holding pipeline/, dataset/, ...) or at ARMTemplateForFactory.json.`,
      { input: 'source' },
    );
  }
  const artifacts: AdfArtifact[] = [];
  const notes: string[] = [];
  const problems: Problem[] = [];
  const shown = (...parts: string[]): string =>
    [shownAs === '.' ? '' : shownAs, ...parts].filter(Boolean).join('/');

  const rootReal = await realpath(root);
  const load = async (absolute: string, file: string): Promise<LoadedDocument | undefined> => {
    try {
      // The folder was checked to be inside the workspace; a file in it may still be a link to anywhere.
      const inside = relative(rootReal, await realpath(absolute));
      if (inside.startsWith('..') || isAbsolute(inside)) {
        problems.push({
          message: `${file} is a symbolic link to a file outside the source folder; commit the file itself`,
          location: { file },
        });
        return undefined;
      }
      const text = (await readFile(absolute, 'utf8')).replace(/^\uFEFF/, '');
      return parseDocumentText(text, file, { json: true });
    } catch (error) {
      problems.push(...problemsFromError(error, file));
      return undefined;
    }
  };

  /** Checks the `{ name, properties }` shape and that the file is named after the resource. */
  const resource = (
    document: LoadedDocument,
    fileName: string,
  ): { name: string; properties: Record<string, unknown> } | undefined => {
    const value = document.value;
    const at = (path: (string | number)[], message: string): undefined => {
      problems.push({ message, location: document.locate(path) });
      return undefined;
    };
    if (!isRecord(value)) return at([], 'expected a JSON object { "name": ..., "properties": { ... } }');
    if (typeof value.name !== 'string' || value.name === '')
      return at(['name'], '"name" must be a non-empty string');
    if (!isRecord(value.properties)) return at(['properties'], '"properties" must be an object');
    const expected = fileName.replace(/\.json$/i, '');
    if (expected !== value.name) {
      at(
        ['name'],
        `the file is named '${fileName}' but the resource is named '${value.name}'; ADF names each file after its resource (rename the file to '${value.name}.json')`,
      );
    }
    return { name: value.name, properties: value.properties };
  };

  for (const entry of await entries(root)) {
    const { name: folder } = entry;
    if (!entry.isDirectory) {
      if (!IGNORED_ROOT_FILES.has(folder.toLowerCase()) && /\.json$/i.test(folder)) {
        notes.push(`${shown(folder)}: ignored (not inside an ADF resource folder).`);
      }
      continue;
    }
    const lower = folder.toLowerCase();
    const kind = FOLDER_KINDS[lower];
    if (kind) {
      for (const fileName of await jsonFiles(join(root, folder))) {
        const file = shown(folder, fileName);
        const document = await load(join(root, folder, fileName), file);
        const body = document && resource(document, fileName);
        if (document && body) {
          artifacts.push({
            kind,
            ...body,
            source: {
              file,
              locate: (path) => document.locate(['properties', ...path]),
              nameAt: document.locate(['name']),
            },
          });
        }
      }
    } else if (lower === 'factory') {
      for (const fileName of await jsonFiles(join(root, folder))) {
        const file = shown(folder, fileName);
        const document = await load(join(root, folder, fileName), file);
        const body = document && resource(document, fileName);
        if (!document || !body) continue;
        const globals = body.properties.globalParameters;
        if (globals === undefined) continue;
        if (!isRecord(globals)) {
          problems.push({
            message: '"properties.globalParameters" must be an object',
            location: document.locate(['properties', 'globalParameters']),
          });
          continue;
        }
        artifacts.push({
          kind: 'globalParameters',
          name: 'default',
          properties: globals,
          source: {
            file,
            locate: (path) => document.locate(['properties', 'globalParameters', ...path]),
            nameAt: document.locate(['properties', 'globalParameters']),
          },
        });
      }
    } else if (lower === 'managedvirtualnetwork') {
      await readManagedVirtualNetworks(join(root, folder), folder);
    } else {
      notes.push(`${shown(folder)}/: ignored (not an ADF resource folder).`);
    }
  }
  return { artifacts, notes, problems };

  async function readManagedVirtualNetworks(dir: string, folder: string): Promise<void> {
    for (const fileName of await jsonFiles(dir)) {
      const file = shown(folder, fileName);
      const document = await load(join(dir, fileName), file);
      const body = document && resource(document, fileName);
      if (document && body) {
        artifacts.push({
          kind: 'managedVirtualNetwork',
          ...body,
          source: {
            file,
            locate: (path) => document.locate(['properties', ...path]),
            nameAt: document.locate(['name']),
          },
        });
      }
    }
    for (const network of (await entries(dir)).filter((e) => e.isDirectory)) {
      const endpoints = (await entries(join(dir, network.name))).find(
        (e) => e.isDirectory && e.name.toLowerCase() === 'managedprivateendpoint',
      );
      if (!endpoints) continue;
      const endpointDir = join(dir, network.name, endpoints.name);
      for (const fileName of await jsonFiles(endpointDir)) {
        const file = shown(folder, network.name, endpoints.name, fileName);
        const document = await load(join(endpointDir, fileName), file);
        const body = document && resource(document, fileName);
        if (document && body) {
          artifacts.push({
            kind: 'managedPrivateEndpoint',
            name: `${network.name}/${body.name}`,
            properties: body.properties,
            source: {
              file,
              locate: (path) => document.locate(['properties', ...path]),
              nameAt: document.locate(['name']),
            },
          });
        }
      }
    }
  }
}
