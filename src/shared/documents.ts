/**
 * YAML and JSON documents that remember where each value came from, so a validator can say
 * "deployment.yml line 12, column 3: unknown key 'mini_batchsize'" instead of just "invalid". The JSON reading and
 * what both forms share are json-documents.ts's, re-exported here; this module adds YAML (and loads the parser).
 */
import { isAlias, isNode, LineCounter, parseDocument, visit } from 'yaml';
import { describeError, type SourceLocation } from './errors.js';
import {
  checkNesting,
  checkStrictJson,
  type DocumentPath,
  DocumentSyntaxError,
  type LoadedDocument,
  locatedDocument,
  type ParseTarget,
  parseJsonDocumentText,
  refuseOversized,
  withStackGuard,
} from './json-documents.js';
import { readTextFile } from './text-files.js';

export {
  type DocumentPath,
  DocumentSyntaxError,
  formatPath,
  type LoadedDocument,
  MAX_DOCUMENT_BYTES,
  type ParseTarget,
  readDocumentTextSync,
  refuseOversized,
} from './json-documents.js';

function parseWithLocations(text: string, target: ParseTarget) {
  checkNesting(text, target);
  if (target.json) withStackGuard(target, () => checkStrictJson(text, target));
  const lineCounter = new LineCounter();
  const document = withStackGuard(target, () =>
    parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true }),
  );
  const [first] = document.errors;
  if (first) {
    const { line, col } = lineCounter.linePos(first.pos[0]);
    throw new DocumentSyntaxError(
      target,
      target.json ? 'JSON' : 'YAML',
      first.message.split('\n')[0]!,
      line,
      col,
    );
  }
  return { document, lineCounter };
}

/**
 * How many nodes one alias may expand to (yaml's `maxAliasCount`). A "billion laughs" document, aliases of lists of
 * aliases, expands exponentially; real specs use an alias for a shared block of settings, far below this.
 */
const MAX_ALIAS_EXPANSION = 100;

function aliasBomb(parsed: ReturnType<typeof parseWithLocations>, target: ParseTarget): DocumentSyntaxError {
  const { document, lineCounter } = parsed;
  let at = 0;
  visit(document, {
    Alias(_key, node) {
      if (node.range) at = node.range[0];
      return visit.BREAK;
    },
  });
  const { line, col } = lineCounter.linePos(at);
  return new DocumentSyntaxError(
    target,
    'YAML',
    `aliases expand to more than ${MAX_ALIAS_EXPANSION} nodes each (an alias bomb?); write the values out or use fewer nested aliases`,
    line,
    col,
  );
}

/**
 * The document's value. An alias whose anchor is never set (`*daily`, or an unquoted `* * * * *` after a key) parses
 * but has no value: it is reported as a syntax error at the alias, like any other.
 */
function documentValue(parsed: ReturnType<typeof parseWithLocations>, target: ParseTarget): unknown {
  const { document, lineCounter } = parsed;
  try {
    return withStackGuard(target, () => document.toJS({ maxAliasCount: MAX_ALIAS_EXPANSION }));
  } catch (error) {
    if (error instanceof DocumentSyntaxError) throw error;
    if (error instanceof ReferenceError && /alias count/i.test(error.message)) {
      throw aliasBomb(parsed, target);
    }
    let at: number | undefined;
    visit(document, {
      Alias(_key, node) {
        if (isAlias(node) && !node.resolve(document) && node.range) {
          at = node.range[0];
          return visit.BREAK;
        }
        return undefined;
      },
    });
    if (at === undefined) throw error;
    const { line, col } = lineCounter.linePos(at);
    throw new DocumentSyntaxError(
      target,
      target.json ? 'JSON' : 'YAML',
      describeError(error).message,
      line,
      col,
    );
  }
}

export function parseStructuredText(text: string, target: ParseTarget): unknown {
  return documentValue(parseWithLocations(text, target), target);
}

export function parseDocumentText(
  text: string,
  file: string,
  options: { json?: boolean; input?: string } = {},
): LoadedDocument {
  if (options.json) return parseJsonDocumentText(text, file, options);
  const target = { label: file, file, ...options };
  const parsed = parseWithLocations(text, target);
  const { document, lineCounter } = parsed;
  const value = documentValue(parsed, target);
  const locate = (path: DocumentPath): SourceLocation => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = depth === 0 ? document.contents : document.getIn(path.slice(0, depth), true);
      if (isNode(node) && node.range) {
        // For a mapping entry, point at the key rather than the value where we can.
        const pair = depth > 0 ? findPairKey(document, path.slice(0, depth)) : undefined;
        const offset = pair ?? node.range[0];
        const { line, col } = lineCounter.linePos(offset);
        return { file, line, column: col };
      }
    }
    return { file };
  };
  return locatedDocument(file, value, locate);
}

function findPairKey(document: ReturnType<typeof parseDocument>, path: DocumentPath): number | undefined {
  const parent = path.length === 1 ? document.contents : document.getIn(path.slice(0, -1), true);
  const key = path.at(-1);
  if (!parent || typeof parent !== 'object' || !('items' in parent) || typeof key !== 'string')
    return undefined;
  for (const item of (parent as { items: unknown[] }).items) {
    const pairKey = (item as { key?: { value?: unknown; range?: [number, number, number] } }).key;
    if (pairKey?.value === key && pairKey.range) return pairKey.range[0];
  }
  return undefined;
}

export async function loadDocument(
  absolutePath: string,
  shownAs: string,
  input?: string,
): Promise<LoadedDocument> {
  await refuseOversized(absolutePath, shownAs, input);
  // A UTF-8 byte order mark is dropped; UTF-16 and bytes that are not UTF-8 are refused, naming what was found.
  const { text } = await readTextFile(absolutePath, shownAs, input);
  return parseDocumentText(text, shownAs, {
    json: /\.json$/i.test(absolutePath),
    input,
  });
}
