/**
 * Parses one expression (the text after ADF's `@`, inside `@{...}`, or inside ARM's `[...]`) into a syntax tree:
 *
 *   expression := primary postfix*
 *   primary    := string | number | name '(' [expression (',' expression)*] ')' | true | false | null
 *   postfix    := '.' name | '[' expression ']' | '?.' name | '?[' expression ']'
 *
 * `true`/`false`/`null` and the `?` forms exist only where the grammar allows them (ADF).
 */
import { Lexer, type Punctuation, type Token } from './lexer.js';
import {
  type ExpressionGrammar,
  type ExpressionNode,
  ExpressionSyntaxError,
  type LiteralNode,
} from './syntax.js';

export interface ParseOptions {
  readonly grammar: ExpressionGrammar;
  /** Offset where the expression starts; 0 when not given. */
  readonly start?: number;
  /** Offset where the expression must end (exclusive); the end of the text when not given. */
  readonly end?: number;
  /** A token that closes the expression before `end`: `}` for an ADF `@{...}` segment. */
  readonly terminator?: '}';
}

export interface ParseResult {
  readonly expression: ExpressionNode;
  /** Offset just past the expression, its terminator included. */
  readonly end: number;
}

const KEYWORDS: Readonly<Record<string, boolean | null>> = { true: true, false: false, null: null };

function describe(token: Token): string {
  if (token.kind === 'end') return 'the end of the expression';
  if (token.kind === 'string') return 'a string';
  if (token.kind === 'number') return `the number ${token.value}`;
  return `'${token.value}'`;
}

export function parseExpression(text: string, options: ParseOptions): ParseResult {
  const { grammar, terminator } = options;
  const lexer = new Lexer(text, options.start ?? 0, options.end ?? text.length);

  const fail = (position: number, reason: string): never => {
    throw new ExpressionSyntaxError(text, position, reason);
  };
  const isPunct = (token: Token, value: Punctuation) => token.kind === 'punct' && token.value === value;
  const expect = (value: Punctuation, what: string): Token => {
    const token = lexer.next();
    if (!isPunct(token, value)) fail(token.start, `expected '${value}' ${what}, found ${describe(token)}`);
    return token;
  };

  const primary = (): ExpressionNode => {
    const token = lexer.next();
    switch (token.kind) {
      case 'string':
        return { kind: 'literal', value: token.value, decimal: false, start: token.start, end: token.end };
      case 'number':
        return {
          kind: 'literal',
          value: token.value,
          decimal: token.decimal,
          start: token.start,
          end: token.end,
        };
      case 'identifier': {
        if (!isPunct(lexer.peek(), '(')) {
          const keyword = token.value.toLowerCase();
          if (grammar.keywordLiterals && keyword in KEYWORDS) {
            const literal: LiteralNode = {
              kind: 'literal',
              value: KEYWORDS[keyword] ?? null,
              decimal: false,
              start: token.start,
              end: token.end,
            };
            return literal;
          }
          return fail(lexer.peek().start, `expected '(' after the function name '${token.value}'`);
        }
        lexer.next();
        const args: ExpressionNode[] = [];
        if (isPunct(lexer.peek(), ')')) {
          return { kind: 'call', name: token.value, args, start: token.start, end: lexer.next().end };
        }
        for (;;) {
          args.push(expression());
          const separator = lexer.next();
          if (isPunct(separator, ')')) {
            return { kind: 'call', name: token.value, args, start: token.start, end: separator.end };
          }
          if (!isPunct(separator, ',')) {
            fail(
              separator.start,
              `expected ',' or ')' in the call to '${token.value}', found ${describe(separator)}`,
            );
          }
        }
      }
      default:
        return fail(token.start, `expected a value or a function call, found ${describe(token)}`);
    }
  };

  const memberName = (): Token & { kind: 'identifier' } => {
    const token = lexer.next();
    if (token.kind !== 'identifier')
      fail(token.start, `expected a property name after '.', found ${describe(token)}`);
    return token as Token & { kind: 'identifier' };
  };

  const expression = (): ExpressionNode => {
    let node = primary();
    for (;;) {
      const token = lexer.peek();
      let optional = false;
      if (isPunct(token, '?')) {
        if (!grammar.safeNavigation)
          fail(token.start, `'?' is not part of the ${grammar.name.toUpperCase()} grammar`);
        lexer.next();
        optional = true;
        const after = lexer.peek();
        if (!isPunct(after, '.') && !isPunct(after, '[')) {
          fail(after.start, `expected '.' or '[' after '?', found ${describe(after)}`);
        }
      }
      const next = lexer.peek();
      if (isPunct(next, '.')) {
        lexer.next();
        const name = memberName();
        node = {
          kind: 'property',
          target: node,
          name: name.value,
          nameStart: name.start,
          optional,
          start: node.start,
          end: name.end,
        };
      } else if (isPunct(next, '[')) {
        lexer.next();
        const index = expression();
        const close = expect(']', 'to close the index');
        node = { kind: 'index', target: node, index, optional, start: node.start, end: close.end };
      } else {
        return node;
      }
    }
  };

  const node = expression();
  const last = lexer.next();
  if (terminator !== undefined) {
    if (!isPunct(last, terminator)) {
      fail(last.start, `expected '${terminator}' to close the expression, found ${describe(last)}`);
    }
    return { expression: node, end: last.end };
  }
  if (last.kind !== 'end') fail(last.start, `unexpected ${describe(last)} after the expression`);
  return { expression: node, end: last.end };
}
