/**
 * The `input` of endpoint mode, read before anything runs:
 *   - a file or folder of the workspace: hashed (folder-digest.ts) and, at run time, uploaded to the workspace's
 *     default datastore under `LocalUpload/<digest>/<name>/` (the layout azure-ai-ml and deploy-aml-endpoint use: an
 *     unchanged input is not uploaded again); a missing path is refused here;
 *   - `azureml://datastores/<datastore>/paths/<path>` (or the long form with the workspace): passed as it is; its
 *     existence is checked with the datastore before the job starts (live-checks.ts);
 *   - `https://...`: a blob or ADLS URL passed as it is (the job's identity must be able to read it).
 * A path or URI ending in `/` is a folder (JobInputType UriFolder), anything else a file (UriFile). Other schemes
 * (`http://`, `wasbs://`, data assets `azureml:<name>:<version>`) are refused: model deployments of batch
 * endpoints read data from datastores and storage URLs.
 *
 * The input's rows (for the `rows: input` expectation) are its CSV data rows — every file, its header not counted,
 * blank lines skipped — as the MLflow batch driver reads them with pandas.
 */
import { stat } from 'node:fs/promises';
import { type DatastorePath, parseDatastoreUri } from '#shared/azure/datastore-uris.js';
import { ConfigurationError } from '#shared/errors.js';
import { resolveWorkspacePath } from '#shared/files.js';
import { digestFolder, type FolderContent } from '#shared/folder-digest.js';
import { CsvRowScanner, scanFile } from './expectations/csv-rows.js';

export type ScoringInput =
  | { readonly kind: 'local'; readonly content: FolderContent; readonly type: DataType }
  | {
      readonly kind: 'datastore';
      readonly uri: string;
      readonly location: DatastorePath;
      readonly type: DataType;
    }
  | { readonly kind: 'url'; readonly uri: string; readonly type: DataType };

/** The batch invocation's JobInputType. */
export type DataType = 'UriFile' | 'UriFolder';

const INPUT = 'input';

const typeOf = (text: string): DataType => (text.endsWith('/') ? 'UriFolder' : 'UriFile');

function refuse(message: string): ConfigurationError {
  return new ConfigurationError(`Input 'input' ${message}`, { input: INPUT });
}

export async function readScoringInput(text: string, workspace: string): Promise<ScoringInput> {
  if (/^azureml:\/\//i.test(text)) {
    const location = parseDatastoreUri(text);
    if (!location) {
      throw refuse(
        `is '${text}', which is not a datastore path; use azureml://datastores/<datastore>/paths/<path> (a trailing / for a folder).`,
      );
    }
    if (!location.path || location.path === '/') {
      throw refuse(`is '${text}', which names no path inside datastore '${location.datastore}'.`);
    }
    return { kind: 'datastore', uri: text, location, type: typeOf(text) };
  }
  if (/^https:\/\//i.test(text)) {
    try {
      new URL(text);
    } catch {
      throw refuse(`is '${text}', which is not a valid URL.`);
    }
    return { kind: 'url', uri: text, type: typeOf(new URL(text).pathname) };
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(text) && !/^[a-z]:[\\/]/i.test(text)) {
    throw refuse(
      `is '${text}'; batch endpoints read a workspace file or folder (uploaded by this step), an azureml://datastores/<datastore>/paths/<path> URI or an https:// storage URL.`,
    );
  }
  const absolute = resolveWorkspacePath(workspace, text, INPUT);
  try {
    await stat(absolute);
  } catch {
    throw refuse(
      `names '${text}', which does not exist in the workspace; check the path relative to the repository checkout.`,
    );
  }
  const content = await digestFolder(absolute, text);
  const isFolder = (await stat(absolute)).isDirectory();
  return { kind: 'local', content, type: isFolder ? 'UriFolder' : 'UriFile' };
}

/** A CSV scanner that counts data rows (the header of each file not counted). */
export function rowCounter(): { readonly scanner: CsvRowScanner; rows(): number } {
  let rows = 0;
  const scanner = new CsvRowScanner(',', () => {
    rows++;
  });
  return { scanner, rows: () => Math.max(0, rows - 1) };
}

/** The data rows of the local input's files. */
export async function countLocalRows(content: FolderContent): Promise<number> {
  let total = 0;
  for (const file of content.files) {
    const counter = rowCounter();
    await scanFile(file.absolute, counter.scanner);
    total += counter.rows();
  }
  return total;
}
