/**
 * Reads the ADF git-integration folder (the collaboration branch), or a Synapse workspace's (the same layout, with
 * notebook/, sqlscript/ and sparkJobDefinition/ besides, and no factory/): one `{ name, properties }` JSON file per
 * resource in a folder per kind, global parameters inside `factory/<factory>.json`, managed private endpoints below
 * `managedVirtualNetwork/<network>/managedPrivateEndpoint/`. Every file is read as UTF-8 (a byte order mark is
 * dropped with a notice; UTF-16 is refused, naming it) and parsed strictly as JSON, and every problem (encoding,
 * syntax, shape) is collected with its file and line. A file named differently from its `name` is a warning: the
 * `name` property is what ADF deploys.
 */
import { realpathSync } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative } from 'node:path';
import type { AdfArtifact, ArtifactKind, ArtifactSource } from '#shared/adf/artifacts.js';
import { ConfigurationError } from '#shared/errors.js';
import {
  type DocumentPath,
  type LoadedDocument,
  parseJsonDocumentText,
  readDocumentTextSync,
} from '#shared/json-documents.js';
import { problemsFromError } from '#shared/problems.js';
import { isRecord } from '#shared/values.js';
import type { Problem } from '../problems.js';
import { BOM_NOTICE, type SourceRead, type UnreadResource } from './source-read.js';

const FOLDER_KINDS: Readonly<Record<string, ArtifactKind>> = {
  integrationruntime: 'integrationRuntime',
  linkedservice: 'linkedService',
  credential: 'credential',
  dataset: 'dataset',
  dataflow: 'dataflow',
  adfcdc: 'changeDataCapture',
  pipeline: 'pipeline',
  trigger: 'trigger',
  // A Synapse workspace's git folder has the same layout, with these folders besides.
  notebook: 'notebook',
  sqlscript: 'sqlScript',
  sparkjobdefinition: 'sparkJobDefinition',
};

/**
 * Where an artifact's values are in its file; `base` is the path of its properties' parent (`properties` below it).
 * Locations are computed only when a finding asks for one.
 */
function sourceOf(file: string, document: LoadedDocument, base: DocumentPath): ArtifactSource {
  const properties = base.length ? base : ['properties'];
  return {
    file,
    locate: (path) => document.locate([...properties, ...path]),
    get nameAt() {
      return document.locate(base.length ? base : ['name']);
    },
  };
}

/** A resource's name as ADF Studio names its file. */
const stem = (fileName: string) => fileName.replace(/\.json$/i, '');

/** Files at the root that belong to ADF's git integration but are not resources. */
const IGNORED_ROOT_FILES = new Set([
  'publish_config.json',
  'arm-template-parameters-definition.json',
  'template-parameters-definition.json',
]);

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
 * The refusal of a folder holding no artifact: without it, an empty checkout or the ARM output folder given by mistake
 * would plan deleting the whole factory. Names what was expected, and the template when the folder holds one.
 */
async function noArtifacts(root: string, shownAs: string): Promise<ConfigurationError> {
  const files = (await entries(root)).filter((e) => !e.isDirectory).map((e) => e.name);
  const template = files.find((name) => name.toLowerCase() === 'armtemplateforfactory.json');
  const parameters = files.find((name) => name.toLowerCase() === 'armtemplateparametersforfactory.json');
  const at = (name: string) => (shownAs === '.' ? name : `${shownAs}/${name}`);
  const hint = template
    ? ` It holds the publish ARM template: set source to '${at(template)}'${parameters ? ` and arm-template-parameters to '${at(parameters)}'` : ''}.`
    : '';
  return new ConfigurationError(
    `Input 'source': '${shownAs}' holds no Data Factory artifacts. Expected the ADF git-integration folder: sub-folders such as pipeline/, dataset/, linkedService/, dataflow/, trigger/, integrationRuntime/ holding one JSON file per resource (global parameters in factory/<factory>.json), or the publish ARMTemplateForFactory.json.${hint} Nothing was read from Azure or changed.`,
    { input: 'source' },
  );
}

/**
 * Whether the folder may hold artifacts at all: a resource folder (pipeline/, factory/, managedVirtualNetwork/, ...)
 * with a JSON file in it, or under it for managed networks. A listing only, nothing is read: main.ts signs in while
 * the files are read only when this holds, so an empty folder or the ARM output folder is refused (readGitFolder's
 * `noArtifacts`) before any call.
 */
export async function mayHoldArtifacts(root: string): Promise<boolean> {
  const found = await entries(root).catch(() => []);
  for (const entry of found) {
    if (!entry.isDirectory) continue;
    const lower = entry.name.toLowerCase();
    const dir = join(root, entry.name);
    if (FOLDER_KINDS[lower] || lower === 'factory') {
      if ((await jsonFiles(dir).catch(() => [])).length > 0) return true;
    } else if (lower === 'managedvirtualnetwork') {
      // Networks and their private endpoints sit one and three levels down.
      const networks = await readdir(dir, { recursive: true }).catch(() => []);
      if (networks.some((name) => /\.json$/i.test(name))) return true;
    }
  }
  return false;
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

  const notices: Problem[] = [];
  const warnings: Problem[] = [];
  const unread: UnreadResource[] = [];
  const rootReal = await realpath(root);
  /** A file's document; a file that cannot be read is a problem, and the resource it holds is unread. */
  const load = (absolute: string, file: string, kind: ArtifactKind, name: string) => {
    try {
      // The folder was checked to be inside the workspace; a file in it may still be a link to anywhere. The system's
      // realpath (one call, as fs/promises' realpath above) rather than Node's, which makes an lstat per path segment:
      // for hundreds of files, most of the reading time.
      const inside = relative(rootReal, realpathSync.native(absolute));
      if (inside.startsWith('..') || isAbsolute(inside)) {
        problems.push({
          message: `${file} is a symbolic link to a file outside the source folder; commit the file itself`,
          location: { file },
        });
        unread.push({ kind, name });
        return undefined;
      }
      const { text, bom } = readDocumentTextSync(absolute, file);
      if (bom) notices.push({ message: BOM_NOTICE, location: { file } });
      return parseJsonDocumentText(text, file);
    } catch (error) {
      problems.push(...problemsFromError(error, file));
      unread.push({ kind, name });
      return undefined;
    }
  };

  /** The documents of `fileNames` in `dir`, in their order (read synchronously: see readDocumentTextSync). */
  const loadAll = async (
    dir: string,
    fileNames: readonly string[],
    fileOf: (fileName: string) => string,
    resourceOf: (fileName: string) => { kind: ArtifactKind; name: string },
  ) =>
    fileNames.map((fileName) => {
      const { kind, name } = resourceOf(fileName);
      const file = fileOf(fileName);
      return { fileName, file, document: load(join(dir, fileName), file, kind, name) };
    });

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
      // The name property is what ADF deploys; the file name is only where ADF Studio keeps it.
      warnings.push({
        message: `the file is named '${fileName}' but the resource is named '${value.name}': it is deployed as '${value.name}' (its "name" wins; ADF Studio names each file after its resource)`,
        location: document.locate(['name']),
      });
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
      const dir = join(root, folder);
      const loaded = await loadAll(
        dir,
        await jsonFiles(dir),
        (fileName) => shown(folder, fileName),
        (fileName) => ({ kind, name: stem(fileName) }),
      );
      for (const { fileName, file, document } of loaded) {
        const body = document && resource(document, fileName);
        if (document && body) artifacts.push({ kind, ...body, source: sourceOf(file, document, []) });
      }
    } else if (lower === 'factory') {
      const dir = join(root, folder);
      const loaded = await loadAll(
        dir,
        await jsonFiles(dir),
        (fileName) => shown(folder, fileName),
        () => ({ kind: 'globalParameters', name: 'default' }),
      );
      for (const { fileName, file, document } of loaded) {
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
          source: sourceOf(file, document, ['properties', 'globalParameters']),
        });
      }
    } else if (lower === 'managedvirtualnetwork') {
      await readManagedVirtualNetworks(join(root, folder), folder);
    } else {
      notes.push(`${shown(folder)}/: ignored (not an ADF resource folder).`);
    }
  }
  if (artifacts.length === 0 && problems.length === 0) throw await noArtifacts(root, shownAs);
  // Files are read at once: what was found while reading is put back in file order.
  const byFile = (a: Problem, b: Problem) =>
    a.location.file < b.location.file ? -1 : a.location.file > b.location.file ? 1 : 0;
  return {
    artifacts,
    notes,
    problems: problems.sort(byFile),
    notices: notices.sort(byFile),
    warnings,
    unread,
  };

  async function readManagedVirtualNetworks(dir: string, folder: string): Promise<void> {
    const networks = await loadAll(
      dir,
      await jsonFiles(dir),
      (fileName) => shown(folder, fileName),
      (fileName) => ({ kind: 'managedVirtualNetwork', name: stem(fileName) }),
    );
    for (const { fileName, file, document } of networks) {
      const body = document && resource(document, fileName);
      if (document && body) {
        artifacts.push({ kind: 'managedVirtualNetwork', ...body, source: sourceOf(file, document, []) });
      }
    }
    for (const network of (await entries(dir)).filter((e) => e.isDirectory)) {
      const endpoints = (await entries(join(dir, network.name))).find(
        (e) => e.isDirectory && e.name.toLowerCase() === 'managedprivateendpoint',
      );
      if (!endpoints) continue;
      const endpointDir = join(dir, network.name, endpoints.name);
      const loaded = await loadAll(
        endpointDir,
        await jsonFiles(endpointDir),
        (fileName) => shown(folder, network.name, endpoints.name, fileName),
        (fileName) => ({ kind: 'managedPrivateEndpoint', name: `${network.name}/${stem(fileName)}` }),
      );
      for (const { fileName, file, document } of loaded) {
        const body = document && resource(document, fileName);
        if (document && body) {
          artifacts.push({
            kind: 'managedPrivateEndpoint',
            name: `${network.name}/${body.name}`,
            properties: body.properties,
            source: sourceOf(file, document, []),
          });
        }
      }
    }
  }
}
