/**
 * The work of a batch scoring job, independent of HTTP and state: load the deployment's model, read the input
 * CSV file(s), score every row, write the predictions. Semantics follow the deployment settings as Azure's
 * parallel run does for file inputs (mfe.json BatchDeployment descriptions):
 *
 * - files are processed in mini-batches of `miniBatchSize` files; a file that cannot be scored (missing column,
 *   non-numeric value, malformed CSV, not a .csv file) fails its whole mini-batch, whose rows are dropped;
 * - `errorThreshold` counts failed files: -1 ignores all failures (the job completes with what succeeded), N >= 0
 *   fails the job as soon as more than N files have failed;
 * - `outputAction` AppendRow writes one CSV: the input columns followed by the model's output columns (header
 *   from the first file; every file must have the same header); SummaryOnly writes no predictions file;
 * - job-level failures: no input files, model missing or invalid, output already existing.
 *
 * The output is streamed to storage mini-batch by mini-batch; only one mini-batch's predictions are in memory.
 */
import { PassThrough } from 'node:stream';
import { BlobNotFoundError, type BlobStore } from './blob-store.js';
import { CsvSyntaxError, csvLine, readCsv } from './csv.js';
import type { BlobLocation } from './data-uris.js';
import {
  type LogisticModel,
  MODEL_FILE,
  ModelFormatError,
  outputColumns,
  parseModel,
  predict,
} from './logistic-model.js';

export type DataKind = 'UriFolder' | 'UriFile';

export interface ScoringSpec {
  readonly store: BlobStore;
  /** The model version's folder (or its model.json itself). */
  readonly model: BlobLocation;
  readonly input: { readonly type: DataKind; readonly location: BlobLocation };
  readonly output: { readonly type: DataKind; readonly location: BlobLocation };
  readonly settings: {
    readonly miniBatchSize: number;
    readonly errorThreshold: number;
    readonly outputAction: 'AppendRow' | 'SummaryOnly';
    readonly outputFileName: string;
  };
  /** Checked between mini-batches; a cancelled job stops there. */
  readonly isCanceled?: () => boolean;
}

export interface ScoringResult {
  readonly status: 'Completed' | 'Failed' | 'Canceled';
  readonly error?: { readonly code: string; readonly message: string };
  readonly rowsScored: number;
  readonly filesProcessed: number;
  readonly filesFailed: number;
  /** Where the predictions were written (AppendRow with at least one successful mini-batch). */
  readonly predictions?: BlobLocation;
  /** One message per failed file, `<file>: <reason>`. */
  readonly fileErrors: readonly string[];
}

class FileFailure extends Error {}

const trimSlashes = (path: string) => path.replace(/^\/+|\/+$/g, '');
const join = (...parts: string[]) => parts.map(trimSlashes).filter(Boolean).join('/');

async function readJson(store: BlobStore, location: BlobLocation): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of await store.read(location.container, location.path))
    chunks.push(Buffer.from(chunk));
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

async function loadModel(store: BlobStore, location: BlobLocation): Promise<LogisticModel> {
  const file = location.path.toLowerCase().endsWith('.json')
    ? trimSlashes(location.path)
    : join(location.path, MODEL_FILE);
  let document: unknown;
  try {
    document = await readJson(store, { container: location.container, path: file });
  } catch (error) {
    if (error instanceof BlobNotFoundError) {
      throw new ModelFormatError(`The model has no ${MODEL_FILE} at '${location.container}/${file}'.`);
    }
    if (error instanceof SyntaxError)
      throw new ModelFormatError(`${MODEL_FILE} is not valid JSON: ${error.message}`);
    throw error;
  }
  return parseModel(document);
}

/** Scores one file into CSV lines (without the header); throws FileFailure with the reason. */
async function scoreFile(
  spec: ScoringSpec,
  model: LogisticModel,
  container: string,
  file: string,
  expectedHeader: readonly string[] | undefined,
): Promise<{ header: string[]; lines: string[] }> {
  if (!file.toLowerCase().endsWith('.csv'))
    throw new FileFailure('only .csv files can be scored by this model.');
  const lines: string[] = [];
  let header: string[] | undefined;
  let featureIndex: number[] = [];
  try {
    for await (const record of readCsv(await spec.store.read(container, file))) {
      if (!header) {
        header = record.fields.map((name) => name.trim());
        const missing = model.features.filter((feature) => !header!.includes(feature));
        if (missing.length) {
          throw new FileFailure(`missing column(s) required by the model: ${missing.join(', ')}.`);
        }
        if (expectedHeader && header.join('\u0000') !== expectedHeader.join('\u0000')) {
          throw new FileFailure(
            `its columns (${header.join(', ')}) differ from the first file's (${expectedHeader.join(', ')}).`,
          );
        }
        const clash = outputColumns(model).filter((column) => header!.includes(column));
        if (clash.length) {
          throw new FileFailure(
            `input column(s) ${clash.join(', ')} collide with the model's output columns.`,
          );
        }
        featureIndex = model.features.map((feature) => header!.indexOf(feature));
        continue;
      }
      if (record.fields.length !== header.length) {
        throw new FileFailure(
          `line ${record.line} has ${record.fields.length} fields where the header has ${header.length}.`,
        );
      }
      const values = featureIndex.map((index, i) => {
        const raw = record.fields[index]!.trim();
        const value = raw === '' ? Number.NaN : Number(raw);
        if (!Number.isFinite(value)) {
          throw new FileFailure(
            `line ${record.line}: column '${model.features[i]}' has non-numeric value '${raw}'.`,
          );
        }
        return value;
      });
      const scored = predict(model, values);
      const extra = [
        String(scored.probability),
        ...(scored.label === undefined ? [] : [String(scored.label)]),
      ];
      lines.push(csvLine([...record.fields, ...extra]));
    }
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw new FileFailure(`line ${error.line}: ${error.message}`);
    throw error;
  }
  if (!header) throw new FileFailure('the file is empty (no header row).');
  return { header, lines };
}

/** Runs the scoring; never throws for data problems (they become a Failed result), only for storage faults. */
export async function scoreBatch(spec: ScoringSpec): Promise<ScoringResult> {
  const { store, settings } = spec;
  const counts = { rowsScored: 0, filesProcessed: 0, filesFailed: 0 };
  const fileErrors: string[] = [];
  const failed = (code: string, message: string): ScoringResult => ({
    status: 'Failed',
    error: { code, message },
    ...counts,
    fileErrors,
  });

  const target: BlobLocation =
    spec.output.type === 'UriFile'
      ? { container: spec.output.location.container, path: trimSlashes(spec.output.location.path) }
      : {
          container: spec.output.location.container,
          path: join(spec.output.location.path, settings.outputFileName),
        };
  if (!target.path || (spec.output.type === 'UriFile' && spec.output.location.path.endsWith('/'))) {
    return failed(
      'InvalidOutput',
      `The output '${spec.output.location.path}' must name a file for UriFile outputs.`,
    );
  }
  const outputExists =
    spec.output.type === 'UriFile'
      ? await store.exists(target.container, target.path)
      : await store.folderExists(target.container, `${trimSlashes(spec.output.location.path)}/`);
  if (outputExists) {
    return failed(
      'OutputPathAlreadyExists',
      `The output path '${target.container}/${spec.output.type === 'UriFile' ? target.path : trimSlashes(spec.output.location.path)}' already exists; batch jobs write only to a new location.`,
    );
  }

  let model: LogisticModel;
  try {
    model = await loadModel(store, spec.model);
  } catch (error) {
    if (error instanceof ModelFormatError)
      return failed('ModelLoadFailed', `The model could not be loaded: ${error.message}`);
    throw error;
  }

  const { container } = spec.input.location;
  let files: string[];
  if (spec.input.type === 'UriFile') {
    const file = trimSlashes(spec.input.location.path);
    files = file && (await store.exists(container, file)) ? [file] : [];
    if (!files.length)
      return failed('InputNotFound', `The input file '${container}/${file}' does not exist.`);
  } else {
    const folder = trimSlashes(spec.input.location.path);
    files = await store.listFolder(container, folder ? `${folder}/` : '');
    if (!files.length) {
      return failed('InputNotFound', `No files were found in the input folder '${container}/${folder}'.`);
    }
  }

  let header: string[] | undefined;
  let sink: { stream: PassThrough; done: Promise<void> } | undefined;
  const append = async (text: string) => {
    if (!sink) {
      const stream = new PassThrough();
      sink = { stream, done: store.write(target.container, target.path, stream) };
    }
    if (!sink.stream.write(text)) await new Promise((resolve) => sink!.stream.once('drain', resolve));
  };
  const finish = async () => {
    if (!sink) return undefined;
    sink.stream.end();
    await sink.done;
    return target;
  };

  try {
    for (let start = 0; start < files.length; start += settings.miniBatchSize) {
      if (spec.isCanceled?.()) {
        const predictions = await finish();
        return { status: 'Canceled', ...counts, fileErrors, ...(predictions ? { predictions } : {}) };
      }
      const batch = files.slice(start, start + settings.miniBatchSize);
      const output: string[] = [];
      let batchHeader = header;
      let rows = 0;
      let failure: string | undefined;
      for (const file of batch) {
        try {
          const scored = await scoreFile(spec, model, container, file, batchHeader);
          batchHeader ??= scored.header;
          output.push(...scored.lines);
          rows += scored.lines.length;
        } catch (error) {
          if (!(error instanceof FileFailure) && !(error instanceof BlobNotFoundError)) throw error;
          failure = `${file}: ${error.message}`;
          break;
        }
      }
      counts.filesProcessed += batch.length;
      if (failure) {
        counts.filesFailed += batch.length;
        fileErrors.push(failure);
        if (settings.errorThreshold >= 0 && counts.filesFailed > settings.errorThreshold) {
          await finish();
          return failed(
            'ErrorThresholdExceeded',
            `${counts.filesFailed} input file(s) failed, more than the deployment's error threshold of ${settings.errorThreshold}. First failure: ${fileErrors[0]}`,
          );
        }
        continue;
      }
      counts.rowsScored += rows;
      if (settings.outputAction === 'AppendRow') {
        if (!header) {
          header = batchHeader!;
          await append(csvLine([...header, ...outputColumns(model)]));
        }
        for (const line of output) await append(line);
      }
    }
  } catch (error) {
    sink?.stream.destroy(error as Error);
    throw error;
  }
  const predictions = await finish();
  return { status: 'Completed', ...counts, fileErrors, ...(predictions ? { predictions } : {}) };
}
