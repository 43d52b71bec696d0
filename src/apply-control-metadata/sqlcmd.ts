/**
 * SQLCMD-style migration scripts, split into the batches the action sends to the server.
 *
 * `GO` is not SQL: it is a separator that sqlcmd, SSMS and Azure Data Studio act on in the client and never send to
 * the server, so a script written for those tools has to be split here the same way. The rules:
 *
 * - A batch ends at a line whose whole content is `GO` (any case, surrounding whitespace allowed), optionally with a
 *   repeat count (`GO 3` sends the batch three times) and a trailing `-- comment`. A script without `GO` is one batch;
 *   a batch of only whitespace and comments is dropped.
 * - A `GO` line inside a block comment (which nest in both T-SQL and PostgreSQL) or inside a string or quoted name
 *   does not end the batch. That is why this is a small scanner that carries comment and string state
 *   from line to line rather than a regular expression: `'...'` with `''` escapes and `"..."` in both dialects;
 *   `[...]` with `]]` escapes (and `N'...'`) in T-SQL; `$$...$$`, `$tag$...$tag$` and `E'...'` (backslash escapes) in
 *   PostgreSQL. Boundaries come from the script as written: a variable's value cannot open a string or comment that
 *   would hide a `GO`.
 * - `:setvar NAME value` or `:setvar NAME "value with spaces"` (`""` is a quote inside the quotes) defines a variable
 *   for the lines after it. The line is blanked in its batch, so line numbers the server reports within a batch still
 *   count lines of the file. As in sqlcmd, where `:setvar` takes precedence over `sqlcmd -v`, a `:setvar` in the
 *   script overrides the action's `variables` input, which plays the role of `-v`. Unlike sqlcmd, `:setvar NAME`
 *   without a value (sqlcmd's way to delete a variable) is refused.
 * - `$(NAME)` is replaced by the variable's value everywhere, inside strings and comments too, exactly as sqlcmd does;
 *   names (letters, digits, `_`, `-`) match case-insensitively, and a value is inserted as is, never expanded again.
 *   An undefined variable is an error rather than an empty string, so a missing per-environment value cannot
 *   silently change what runs.
 * - Every other sqlcmd command (`:r`, `:connect`, `:on error`, `:out`, `:exit`, `!!`, ...) is refused: the action
 *   connects, includes files and stops on errors itself.
 */

import type { Engine } from '#shared/control-table/model.js';
import { ConfigurationError, formatLocation } from '#shared/errors.js';

export interface SqlcmdOptions {
  /** The script as shown to the user (workspace-relative), for messages. */
  readonly file: string;
  readonly dialect: Engine;
  /** The `variables` input; a `:setvar` in the script overrides them. */
  readonly variables: Readonly<Record<string, string>>;
}

export interface Batch {
  readonly sql: string;
  /** The 1-based line of the file where the batch's first line is. */
  readonly line: number;
}

/** What a sqlcmd variable name may hold. */
export const VARIABLE_NAME = /^[A-Za-z0-9_-]+$/;

/** Strips a UTF-8 byte-order mark and turns CRLF and CR into LF: the text that checksums and scanning see. */
export function normaliseScript(text: string): string {
  return (text.startsWith('\uFEFF') ? text.slice(1) : text).replace(/\r\n?/g, '\n');
}

export function parseSqlcmdScript(text: string, options: SqlcmdOptions): Batch[] {
  const { file, dialect } = options;
  const fail = (line: number, what: string) =>
    ConfigurationError.at(formatLocation({ file, line }), what, {
      input: 'migrations',
      location: { file, line },
    });

  const variables = new Map(
    Object.entries(options.variables).map(([name, value]) => [name.toLowerCase(), value]),
  );
  const batches: Batch[] = [];
  let state: ScanState = CODE;
  let batch = new BatchBuilder(1);

  normaliseScript(text)
    .split('\n')
    .forEach((line, index) => {
      const lineNumber = index + 1;
      // GO and sqlcmd commands count only where SQL could start a statement, not inside a comment or string.
      if (state.kind === 'code') {
        const go = GO_LINE.exec(line);
        if (go) {
          const count = go[1] === undefined ? 1 : Number(go[1]);
          if (!Number.isSafeInteger(count) || count < 1 || count > MAX_GO_COUNT) {
            throw fail(lineNumber, `GO's repeat count must be a whole number from 1 to ${MAX_GO_COUNT}.`);
          }
          batches.push(...batch.build(count));
          batch = new BatchBuilder(lineNumber + 1);
          return;
        }
        const command = COMMAND_LINE.exec(line);
        if (command) {
          const setvar = parseCommand(command[1]!, command[2]!, (what) => fail(lineNumber, what));
          variables.set(setvar.name.toLowerCase(), setvar.value);
          batch.add('', false);
          return;
        }
      }
      const scanned = scanLine(line, lineNumber, state, dialect);
      state = scanned.state;
      batch.add(
        substitute(line, variables, (what) => fail(lineNumber, what)),
        scanned.code,
      );
    });

  if (state.kind !== 'code') {
    throw fail(
      state.line,
      `the ${state.what} opened on this line is not closed by the end of the file; close it (a GO inside it does not end a batch).`,
    );
  }
  batches.push(...batch.build(1));
  return batches;
}

/** sqlcmd itself accepts up to 2^31 - 1; more than this is a typo, and each repeat is held in memory. */
const MAX_GO_COUNT = 10_000;

const GO_LINE = /^\s*go(?:\s+(\d+))?\s*(?:--.*)?$/i;

/** `:name ...` (a letter after the colon, so PostgreSQL's `::type` casts are not commands) or `!! ...`. */
const COMMAND_LINE = /^\s*(:[A-Za-z]+|!!)(.*)$/;

const UNSUPPORTED_HINTS: Record<string, string> = {
  ':r': 'list the included file in the `migrations` input instead',
  ':connect': "the action connects with its own inputs (server, database, db-auth) and can't switch servers",
  ':on': 'the action always stops at the first batch that fails',
  ':exit': 'end the script instead; the action stops at the first batch that fails',
  ':quit': 'end the script instead; the action stops at the first batch that fails',
  '!!': 'migrations run SQL only, not operating-system commands',
};

/** Accepts `:setvar` (returning the variable it defines); refuses every other command. */
function parseCommand(
  command: string,
  rest: string,
  fail: (what: string) => ConfigurationError,
): { name: string; value: string } {
  const name = command.toLowerCase();
  if (name !== ':setvar') {
    const hint = UNSUPPORTED_HINTS[name] ?? 'only GO, :setvar and $(NAME) variables are supported';
    throw fail(`the sqlcmd command '${command}' is not supported; ${hint}.`);
  }
  const match = /^\s+(\S+)\s*(.*)$/.exec(rest);
  if (!match) throw fail(':setvar needs a name and a value: `:setvar NAME value`.');
  const [, variable, written] = match as unknown as [string, string, string];
  if (!VARIABLE_NAME.test(variable)) {
    throw fail(`':setvar ${variable}' names no valid variable; names are letters, digits, '_' and '-'.`);
  }
  if (written === '') {
    throw fail(
      `':setvar ${variable}' has no value; write \`:setvar ${variable} value\` (use "" for an empty one).`,
    );
  }
  if (written.startsWith('"')) {
    const quoted = /^"((?:[^"]|"")*)"\s*$/.exec(written);
    if (!quoted)
      throw fail(`the value of ':setvar ${variable}' must end with a closing '"' (write "" for a quote).`);
    return { name: variable, value: quoted[1]!.replaceAll('""', '"') };
  }
  if (/\s/.test(written)) {
    throw fail(`the value of ':setvar ${variable}' has spaces; put it in double quotes.`);
  }
  return { name: variable, value: written };
}

/** One pass over the line, so a value containing `$(X)` is inserted as is. */
function substitute(
  line: string,
  variables: ReadonlyMap<string, string>,
  fail: (what: string) => ConfigurationError,
): string {
  return line.replace(/\$\(([A-Za-z0-9_-]+)\)/g, (_match, name: string) => {
    const value = variables.get(name.toLowerCase());
    if (value === undefined) {
      throw fail(
        `the variable '${name}' is not defined; add it to the \`variables\` input or a \`:setvar ${name} value\` line before this line.`,
      );
    }
    return value;
  });
}

/** Collects a batch's lines; `code` says whether any of them holds more than whitespace and comments. */
class BatchBuilder {
  private readonly lines: string[] = [];
  private code = false;

  constructor(private readonly firstLine: number) {}

  add(line: string, code: boolean): void {
    this.lines.push(line);
    this.code ||= code;
  }

  /** The batch `count` times, or nothing when it holds no code; leading blank lines are left out. */
  build(count: number): Batch[] {
    if (!this.code) return [];
    const skipped = this.lines.findIndex((line) => line.trim() !== '');
    const sql = this.lines.slice(skipped).join('\n').trimEnd();
    return Array.from({ length: count }, () => ({ sql, line: this.firstLine + skipped }));
  }
}

/** Where the scanner is at the end of a line: in code, in a (nested) block comment, or in a quoted token. */
type ScanState =
  | { readonly kind: 'code' }
  | { readonly kind: 'comment'; readonly depth: number; readonly line: number; readonly what: string }
  | Quoted;

interface Quoted {
  readonly kind: 'quoted';
  /** What ends it: `'`, `"`, `]` or a dollar tag such as `$body$`. */
  readonly close: string;
  /** The closing text written twice is an escaped one (`''`, `""`, `]]`), not the end. */
  readonly doubled: boolean;
  /** A backslash escapes the next character (PostgreSQL `E'...'`). */
  readonly backslash: boolean;
  readonly line: number;
  readonly what: string;
}

const CODE: ScanState = { kind: 'code' };

function scanLine(
  text: string,
  lineNumber: number,
  start: ScanState,
  dialect: Engine,
): { state: ScanState; code: boolean } {
  let state = start;
  let code = false;
  let i = 0;
  while (i < text.length) {
    if (state.kind === 'comment') {
      if (text.startsWith('/*', i)) {
        state = { ...state, depth: state.depth + 1 };
        i += 2;
      } else if (text.startsWith('*/', i)) {
        state = state.depth === 1 ? CODE : { ...state, depth: state.depth - 1 };
        i += 2;
      } else {
        i += 1;
      }
    } else if (state.kind === 'quoted') {
      const { close } = state;
      if (state.backslash && text[i] === '\\') {
        i += 2;
      } else if (!text.startsWith(close, i)) {
        i += 1;
      } else if (state.doubled && text.startsWith(close, i + close.length)) {
        i += 2 * close.length;
      } else {
        state = CODE;
        i += close.length;
      }
    } else {
      if (text.startsWith('--', i)) break;
      if (text.startsWith('/*', i)) {
        state = { kind: 'comment', depth: 1, line: lineNumber, what: 'block comment' };
        i += 2;
        continue;
      }
      if (/\S/.test(text[i]!)) code = true;
      const opened = openQuote(text, i, lineNumber, dialect);
      if (opened) {
        state = opened;
        i += opened.close.startsWith('$') ? opened.close.length : 1;
      } else {
        i += 1;
      }
    }
  }
  return { state, code };
}

/** A character that may continue an identifier: a `$` or `E` right after one does not start a token. */
const IDENTIFIER_CHARACTER = /[\p{L}\p{N}_$]/u;

const DOLLAR_TAG = /\$(?:[\p{L}_][\p{L}\p{N}_]*)?\$/uy;

function openQuote(text: string, i: number, line: number, dialect: Engine): Quoted | undefined {
  const character = text[i];
  const follows = (offset: number) => i - offset >= 0 && IDENTIFIER_CHARACTER.test(text[i - offset]!);
  if (character === "'") {
    // PostgreSQL E'...' strings take backslash escapes; a T-SQL N'...' is scanned like '...'.
    const escaped = dialect === 'postgresql' && /[eE]/.test(text[i - 1] ?? '') && !follows(2);
    return { kind: 'quoted', close: "'", doubled: true, backslash: escaped, line, what: 'string' };
  }
  if (character === '"') {
    return { kind: 'quoted', close: '"', doubled: true, backslash: false, line, what: 'quoted name' };
  }
  if (character === '[' && dialect === 'sqlserver') {
    return { kind: 'quoted', close: ']', doubled: true, backslash: false, line, what: 'bracketed name' };
  }
  if (character === '$' && dialect === 'postgresql' && !follows(1)) {
    DOLLAR_TAG.lastIndex = i;
    const tag = DOLLAR_TAG.exec(text)?.[0];
    if (tag)
      return {
        kind: 'quoted',
        close: tag,
        doubled: false,
        backslash: false,
        line,
        what: 'dollar-quoted body',
      };
  }
  return undefined;
}
