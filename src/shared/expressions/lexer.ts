/**
 * Splits an expression into tokens on demand, so that an interpolated `@{...}` segment stops at its closing brace
 * without the rest of the string ever being read as expression text.
 *
 * Strings are single-quoted with `''` for a quote inside; numbers are integers or decimals with an optional sign and
 * exponent (`-5`, `1.5`, `.3`, `1e3`: the ADF reference uses `sub(10.3, .3)`); names are letters, digits, `_` and `$`.
 */
import { ExpressionSyntaxError } from './syntax.js';

export type Punctuation = '(' | ')' | '[' | ']' | ',' | '.' | '?' | '}';

export type Token =
  | { readonly kind: 'string'; readonly value: string; readonly start: number; readonly end: number }
  | {
      readonly kind: 'number';
      readonly value: number;
      readonly decimal: boolean;
      readonly start: number;
      readonly end: number;
    }
  | { readonly kind: 'identifier'; readonly value: string; readonly start: number; readonly end: number }
  | { readonly kind: 'punct'; readonly value: Punctuation; readonly start: number; readonly end: number }
  | { readonly kind: 'end'; readonly start: number; readonly end: number };

const PUNCTUATION = new Set<string>(['(', ')', '[', ']', ',', '.', '?', '}']);
const IDENTIFIER = /[\p{L}_$][\p{L}\p{N}_$]*/uy;
const NUMBER = /[-+]?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][-+]?\d+)?/y;
const WHITESPACE = /\s/;

export class Lexer {
  private position: number;
  private peeked: Token | undefined;
  /** Whether the last token ends a value, after which `.` is member access rather than the start of `.5`. */
  private afterValue = false;

  /** Reads `text` from `start` up to (not including) `end`. */
  constructor(
    private readonly text: string,
    start: number,
    private readonly end: number = text.length,
  ) {
    this.position = start;
  }

  peek(): Token {
    this.peeked ??= this.read();
    return this.peeked;
  }

  next(): Token {
    const token = this.peek();
    this.peeked = undefined;
    return token;
  }

  private fail(position: number, reason: string): never {
    throw new ExpressionSyntaxError(this.text, position, reason);
  }

  private read(): Token {
    const { text, end } = this;
    while (this.position < end && WHITESPACE.test(text[this.position]!)) this.position++;
    const start = this.position;
    if (start >= end) return { kind: 'end', start, end: start };
    const char = text[start]!;
    const token = this.readAt(start, char);
    this.position = token.end;
    this.afterValue =
      token.kind === 'string' ||
      token.kind === 'number' ||
      token.kind === 'identifier' ||
      (token.kind === 'punct' && (token.value === ')' || token.value === ']'));
    return token;
  }

  private readAt(start: number, char: string): Token {
    if (char === "'") return this.readString(start);
    if (this.startsNumber(start, char)) {
      NUMBER.lastIndex = start;
      const match = NUMBER.exec(this.text);
      const raw = match?.[0];
      if (raw === undefined || start + raw.length > this.end)
        this.fail(start, `'${char}' does not start a number`);
      return {
        kind: 'number',
        value: Number(raw),
        decimal: /[.eE]/.test(raw),
        start,
        end: start + raw.length,
      };
    }
    IDENTIFIER.lastIndex = start;
    const name = IDENTIFIER.exec(this.text)?.[0];
    if (name !== undefined) {
      const nameEnd = Math.min(start + name.length, this.end);
      return { kind: 'identifier', value: this.text.slice(start, nameEnd), start, end: nameEnd };
    }
    if (PUNCTUATION.has(char)) return { kind: 'punct', value: char as Punctuation, start, end: start + 1 };
    return this.fail(start, `unexpected character '${char}'`);
  }

  private startsNumber(start: number, char: string): boolean {
    const following = this.text[start + 1] ?? '';
    const isDigit = (c: string) => c >= '0' && c <= '9';
    if (isDigit(char)) return true;
    if (char === '.') return !this.afterValue && isDigit(following);
    if (char === '-' || char === '+') {
      return isDigit(following) || (following === '.' && isDigit(this.text[start + 2] ?? ''));
    }
    return false;
  }

  private readString(start: number): Token {
    const { text, end } = this;
    let value = '';
    let index = start + 1;
    for (;;) {
      const close = text.indexOf("'", index);
      if (close === -1 || close >= end)
        this.fail(start, 'the string that starts here is not closed with a quote');
      value += text.slice(index, close);
      if (text[close + 1] === "'" && close + 1 < end) {
        value += "'";
        index = close + 2;
        continue;
      }
      return { kind: 'string', value, start, end: close + 1 };
    }
  }
}
