/**
 * JSON documents that remember where each value came from, and what every document reader shares: the document and
 * path types, the syntax error with its line and column, the guards against deep nesting and oversized files. This
 * module loads no YAML parser: a step that reads only JSON (a factory's git folder, a publish template) does not
 * load one. documents.ts adds YAML and re-exports what is here.
 */
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import {
  findNodeAtLocation,
  getNodeValue,
  type Node as JsonNode,
  type ParseError,
  parse as parseJsonc,
  parseTree as parseJsonSyntaxTree,
  printParseErrorCode,
} from 'jsonc-parser';
import { findExcessiveNesting, MAX_DOCUMENT_DEPTH } from './document-depth.js';
import { ConfigurationError, formatLocation, type SourceLocation } from './errors.js';
import { decodeText, type TextFile, unreadableFile } from './text-files.js';

export type DocumentPath = readonly (string | number)[];

export interface LoadedDocument {
  /** The file as shown to the user (workspace-relative). */
  readonly file: string;
  readonly value: unknown;
  /** The location of the value at `path` (or of the nearest ancestor that exists). */
  locate(path: DocumentPath): SourceLocation;
  /** A ConfigurationError pointing at `path`, with the file and line in the message and the annotation. */
  errorAt(path: DocumentPath, message: string, input?: string): ConfigurationError;
}

export interface ParseTarget {
  /** How to name the text in messages: a file name, or `input 'thresholds'`. */
  readonly label: string;
  readonly file?: string;
  readonly input?: string;
  /** Parse strictly as JSON (for `.json` files): YAML's extras such as comments are errors. */
  readonly json?: boolean;
}

/**
 * Text that is not valid YAML or JSON. Its reason and its line and column within the text are fields, so a caller
 * that parsed a piece of a larger file (a JSON cell of a CSV row) can say where in the file without reading the
 * message.
 */
export class DocumentSyntaxError extends ConfigurationError {
  override readonly name = 'DocumentSyntaxError';

  constructor(
    target: ParseTarget,
    readonly syntax: 'JSON' | 'YAML',
    readonly reason: string,
    readonly line: number,
    readonly column: number,
  ) {
    const detail = `invalid ${syntax}: ${reason}`;
    super(`${formatLocation({ file: target.label, line, column })}: ${detail}`, {
      input: target.input,
      location: target.file ? { file: target.file, line, column } : undefined,
      detail,
    });
  }
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/** JSON.parse gives no position on Node 20 for most errors; jsonc-parser in strict mode gives the offset. */
export function checkStrictJson(text: string, target: ParseTarget): void {
  const errors: ParseError[] = [];
  parseJsonc(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const [first] = errors;
  if (!first) return;
  const { line, column } = lineAndColumn(text, first.offset);
  const reason = printParseErrorCode(first.error)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
  throw new DocumentSyntaxError(target, 'JSON', reason, line, column);
}

/** Refuses a text nested so deeply that parsing it would exhaust the stack (see document-depth.ts). */
export function checkNesting(text: string, target: ParseTarget): void {
  const excess = findExcessiveNesting(text);
  if (!excess) return;
  const { line, column } = lineAndColumn(text, excess.offset);
  throw new DocumentSyntaxError(
    target,
    target.json ? 'JSON' : 'YAML',
    `nested more than ${MAX_DOCUMENT_DEPTH} levels deep; no spec or data file needs that many, so the file is refused`,
    line,
    column,
  );
}

/** A parser that still ran out of stack (a shape the depth scan under-counts) is reported as the same refusal. */
export function withStackGuard<T>(target: ParseTarget, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (!(error instanceof RangeError) || !/call stack/i.test(error.message)) throw error;
    throw new DocumentSyntaxError(
      target,
      target.json ? 'JSON' : 'YAML',
      'nested too deeply to read; no spec or data file needs that many levels, so the file is refused',
      1,
      1,
    );
  }
}

/** A document read whole and parsed with locations costs tens of times its size in memory: far above real ones. */
export const MAX_DOCUMENT_BYTES = 16 * 2 ** 20;

/**
 * A strict JSON document. A document that `JSON.parse` (native, several times faster than any parser written in
 * JavaScript) reads with no key repeated is read by it, and its syntax tree (jsonc-parser's) is built only when a
 * location is asked for, which a valid source mostly never does: a factory of hundreds of files is read in a
 * fraction of the time. Any other document is read with the tree at once, which says where the syntax error or the
 * duplicate key is. Either way the findings and the locations are the same: every value located by its path (the key
 * of a property, as for YAML).
 */
export function parseJsonDocumentText(
  text: string,
  file: string,
  options: { input?: string } = {},
): LoadedDocument {
  const target = { label: file, file, ...options, json: true };
  checkNesting(text, target);
  const fast = parseUniqueKeyJson(text);
  let parsed: { tree: JsonNode; position: (offset: number) => { line: number; column: number } } | undefined;
  const withTree = () => {
    parsed ??= parseJsonTree(text, target);
    return parsed;
  };
  if (!fast) withTree();
  const locate = (path: DocumentPath): SourceLocation => {
    const { tree, position } = withTree();
    for (let depth = path.length; depth >= 0; depth--) {
      const node = depth === 0 ? tree : findNodeAtLocation(tree, path.slice(0, depth) as (string | number)[]);
      if (!node) continue;
      // For a property, point at its key, as YAML's locations do.
      const key = node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
      return { file, ...position((key ?? node).offset) };
    }
    return { file };
  };
  return locatedDocument(
    file,
    fast ? fast.value : withStackGuard(target, () => getNodeValue(withTree().tree)),
    locate,
  );
}

/**
 * `JSON.parse`'s value when it reads the text and no object in it repeats a key (JSON.parse keeps the last silently),
 * else undefined. In JSON that parses, every colon outside a string separates one property from its value, so the
 * keys are unique exactly when the value has as many properties as the text has such colons.
 */
function parseUniqueKeyJson(text: string): { value: unknown } | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  const colons = text.replace(/"[^"\\]*(?:\\.[^"\\]*)*"/g, '').split(':').length - 1;
  return colons === countProperties(value) ? { value } : undefined;
}

function countProperties(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  let count = 0;
  if (Array.isArray(value)) {
    for (const item of value) count += countProperties(item);
    return count;
  }
  for (const key of Object.keys(value)) count += 1 + countProperties((value as Record<string, unknown>)[key]);
  return count;
}

/** jsonc-parser's syntax tree of strict JSON; a syntax error or a repeated key is thrown at its line and column. */
function parseJsonTree(
  text: string,
  target: ParseTarget,
): { tree: JsonNode; position: (offset: number) => { line: number; column: number } } {
  const errors: ParseError[] = [];
  const tree = withStackGuard(target, () =>
    parseJsonSyntaxTree(text, errors, {
      disallowComments: true,
      allowTrailingComma: false,
      allowEmptyContent: false,
    }),
  );
  let lineStarts: number[] | undefined;
  const position = (offset: number) => {
    lineStarts ??= [0, ...[...text.matchAll(/\n/g)].map((m) => m.index! + 1)];
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lineStarts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - lineStarts[low]! + 1 };
  };
  const [first] = errors;
  if (first || !tree) {
    const { line, column } = position(first?.offset ?? 0);
    const reason = printParseErrorCode(first?.error ?? 4)
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .toLowerCase();
    throw new DocumentSyntaxError(target, 'JSON', reason, line, column);
  }
  const duplicate = findDuplicateKey(tree);
  if (duplicate) {
    const { line, column } = position(duplicate.offset);
    throw new DocumentSyntaxError(target, 'JSON', `duplicate key '${duplicate.value}'`, line, column);
  }
  return { tree, position };
}

/** The first key that repeats one of its object's keys, with where it is. */
function findDuplicateKey(root: JsonNode): { value: string; offset: number } | undefined {
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'object') {
      const seen = new Set<string>();
      for (const property of node.children ?? []) {
        const key = property.children?.[0];
        if (key && typeof key.value === 'string') {
          if (seen.has(key.value)) return { value: key.value, offset: key.offset };
          seen.add(key.value);
        }
      }
    }
    for (const child of node.children ?? []) stack.push(child);
  }
  return undefined;
}

/** A parsed document: its value, where each path in it came from, and errors that point there. */
export function locatedDocument(
  file: string,
  value: unknown,
  locate: (path: DocumentPath) => SourceLocation,
): LoadedDocument {
  return {
    file,
    value,
    locate,
    errorAt(path, message, input) {
      const location = locate(path);
      const field = path.length ? ` (${formatPath(path)})` : '';
      return ConfigurationError.at(`${formatLocation(location, { column: false })}${field}`, message, {
        input,
        location,
      });
    },
  };
}

/** `settings.retry_settings.max_retries`, `activities[2].name`. */
export function formatPath(path: DocumentPath): string {
  return path.reduce<string>(
    (text, segment) =>
      typeof segment === 'number' ? `${text}[${segment}]` : text ? `${text}.${segment}` : segment,
    '',
  );
}

/**
 * Documents are read whole: a file far beyond what any spec, template or rows file needs is refused unread. A
 * missing or unreadable file passes here: reading it says which.
 */
export async function refuseOversized(absolutePath: string, shownAs: string, input?: string): Promise<void> {
  const size = await stat(absolutePath).then(
    (stats) => stats.size,
    () => undefined,
  );
  if (size !== undefined) checkDocumentSize(size, shownAs, input);
}

function checkDocumentSize(size: number, shownAs: string, input?: string): void {
  if (size > MAX_DOCUMENT_BYTES) {
    throw ConfigurationError.at(
      shownAs,
      `the file is ${(size / 2 ** 20).toFixed(1)} MB; spec, template, override and row documents are read whole, and over ${MAX_DOCUMENT_BYTES / 2 ** 20} MB are refused (ARM itself takes templates up to 4 MB). Split the file or keep large data in CSV.`,
      { input, location: { file: shownAs } },
    );
  }
}

/**
 * A document file's text, read in one synchronous pass (open, size, read, close) and refused unread when oversized,
 * as `refuseOversized` then `readTextFile` do. For the hundreds of small files of a factory's git folder: one file
 * costs one open, fstat, read and close here, where the promise API made a realpath, a stat and readFile's four calls
 * each a round trip through the thread pool and the event loop.
 */
export function readDocumentTextSync(absolutePath: string, shownAs: string, input?: string): TextFile {
  let fd: number;
  try {
    fd = openSync(absolutePath, 'r');
  } catch (error) {
    throw unreadableFile(error, shownAs, input);
  }
  let bytes: Uint8Array;
  try {
    checkDocumentSize(fstatSync(fd).size, shownAs, input);
    bytes = readFileSync(fd);
  } catch (error) {
    throw error instanceof ConfigurationError ? error : unreadableFile(error, shownAs, input);
  } finally {
    closeSync(fd);
  }
  return decodeText(bytes, shownAs, input);
}
