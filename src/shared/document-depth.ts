/**
 * How deeply a YAML or JSON text nests, measured without parsing it. The parsers (`yaml`, `jsonc-parser`) and every
 * walk over a parsed value recurse once per level, so a document nested thousands deep ends in "Maximum call stack
 * size exceeded" (or worse, the YAML lexer runs out of memory on thousands of indentation levels) before it can be
 * told apart from a bug. One linear pass, with no recursion, finds the first place that goes past a limit far beyond
 * anything a real spec, factory, template or row file needs, so the file can be refused with its name and line.
 */

/** Far deeper than any document these actions read (ARM templates of large factories nest about 20 levels). */
export const MAX_DOCUMENT_DEPTH = 256;

export interface DepthExcess {
  readonly depth: number;
  /** Zero-based offset in the text where the limit was passed. */
  readonly offset: number;
}

/** A quote opens a string only where a token starts: `it's` in a plain scalar is no string. */
function startsToken(text: string, at: number): boolean {
  const before = text[at - 1];
  return before === undefined || /[\s[{,:]/.test(before);
}

/**
 * The first place where flow brackets (`[`, `{`, outside quoted strings and comments) plus YAML block indentation
 * levels go deeper than `limit`, or undefined. Over-counts at worst (a bracket in a plain YAML scalar), which only
 * matters for documents nested close to the limit.
 */
export function findExcessiveNesting(text: string, limit = MAX_DOCUMENT_DEPTH): DepthExcess | undefined {
  const indents: number[] = [];
  let flow = 0;
  let quote: '"' | "'" | undefined;
  let lineStart = true;
  let indent = 0;
  for (let at = 0; at < text.length; at++) {
    const char = text[at]!;
    if (char === '\n') {
      lineStart = true;
      indent = 0;
      // A double-quoted string may span lines in YAML; a single-quoted one too.
      continue;
    }
    if (quote) {
      if (char === '\\' && quote === '"') at++;
      else if (char === quote) quote = undefined;
      continue;
    }
    if (lineStart) {
      if (char === ' ') {
        indent++;
        continue;
      }
      lineStart = false;
      if (char !== '#' && char !== '\r' && flow === 0) {
        // Block structure: each line indented deeper than the one it belongs to opens a level (as Python counts).
        while (indents.length > 0 && indents[indents.length - 1]! >= indent) indents.pop();
        indents.push(indent);
      }
    }
    if (char === '#' && (at === 0 || /\s/.test(text[at - 1]!))) {
      const end = text.indexOf('\n', at);
      at = end === -1 ? text.length : end - 1;
      continue;
    }
    if ((char === '"' || char === "'") && startsToken(text, at)) quote = char;
    else if (char === '[' || char === '{') flow++;
    else if (char === ']' || char === '}') flow = Math.max(0, flow - 1);
    else if (char === '-' && (text[at + 1] === ' ' || text[at + 1] === '\t') && flow === 0) {
      // `- - - x`: compact nested sequences open a level each on one line.
      indents.push(indent + (at - text.lastIndexOf('\n', at)));
    }
    // The top level (the first line's indentation) is no nesting.
    const depth = flow + Math.max(0, indents.length - 1);
    if (depth > limit) return { depth, offset: at };
  }
  return undefined;
}
