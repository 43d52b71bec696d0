/**
 * Where expressions sit inside JSON string values, for each language.
 *
 * ADF ("Expressions and functions in Azure Data Factory", Expressions section):
 * - `"@expr"` is one expression and keeps its type (`"@pipeline().parameters.myNumber"` is the number 42);
 * - `"...@{expr}..."` is interpolation and always a string (`"@{pipeline().parameters.myNumber}"` is `"42"`), also
 *   when the string starts with `@{`;
 * - `"@@..."` is the literal text after the first `@` (`"@@"` is `"@"`), `@@{` inside text is the literal `@{`;
 * - any other string, `"@"` and `" @"` included, is literal text.
 *
 * ARM: `"[expr]"` is an expression, `"[[..."` is the literal text after the first `[`.
 */
import { parseExpression } from './parser.js';
import { ADF_GRAMMAR, ARM_GRAMMAR, type ExpressionNode, ExpressionSyntaxError } from './syntax.js';

export interface EmbeddedExpression {
  readonly expression: ExpressionNode;
  /** Offset of the expression's text (after `@`, `@{` or `[`) in the string. */
  readonly start: number;
  /** Offset just past the expression's text (before `}` or `]`). */
  readonly end: number;
}

export type AdfTemplatePart =
  | { readonly kind: 'text'; readonly value: string }
  | ({ readonly kind: 'expression' } & EmbeddedExpression);

export type AdfTemplate =
  | { readonly kind: 'literal'; readonly value: string }
  | ({ readonly kind: 'expression' } & EmbeddedExpression)
  | { readonly kind: 'interpolation'; readonly parts: readonly AdfTemplatePart[] };

/** Whether ADF evaluates the string (as one expression or by interpolation), rather than taking it as it is. */
export function isAdfExpression(text: string): boolean {
  if (text.startsWith('@@')) return false;
  return (text.startsWith('@') && text.length > 1) || text.includes('@{');
}

export function parseAdfTemplate(text: string): AdfTemplate {
  if (text.startsWith('@@')) return { kind: 'literal', value: text.slice(1) };
  if (text.startsWith('@') && !text.startsWith('@{') && text.length > 1) {
    const { expression } = parseExpression(text, { grammar: ADF_GRAMMAR, start: 1 });
    return { kind: 'expression', expression, start: 1, end: text.length };
  }
  if (!text.includes('@{')) return { kind: 'literal', value: text };

  const parts: AdfTemplatePart[] = [];
  let literal = '';
  let position = 0;
  for (;;) {
    const open = text.indexOf('@{', position);
    if (open === -1) break;
    if (open > 0 && text[open - 1] === '@') {
      // `@@{` is the literal `@{`: keep the first `@`, drop the second, and read on from the brace.
      literal += text.slice(position, open);
      position = open + 1;
      continue;
    }
    literal += text.slice(position, open);
    if (literal) parts.push({ kind: 'text', value: literal });
    literal = '';
    const start = open + 2;
    const parsed = parseExpression(text, { grammar: ADF_GRAMMAR, start, terminator: '}' });
    parts.push({ kind: 'expression', expression: parsed.expression, start, end: parsed.end - 1 });
    position = parsed.end;
  }
  literal += text.slice(position);
  if (literal) parts.push({ kind: 'text', value: literal });
  if (parts.every((part) => part.kind === 'text')) return { kind: 'literal', value: literal };
  return { kind: 'interpolation', parts };
}

export type ArmTemplate =
  | { readonly kind: 'literal'; readonly value: string }
  | ({ readonly kind: 'expression' } & EmbeddedExpression);

/** Whether ARM evaluates the string: it starts with `[` (not `[[`) and ends with `]`. */
export function isArmExpression(text: string): boolean {
  return text.startsWith('[') && !text.startsWith('[[') && text.endsWith(']');
}

export function parseArmTemplate(text: string): ArmTemplate {
  if (!isArmExpression(text)) return { kind: 'literal', value: text.startsWith('[[') ? text.slice(1) : text };
  const end = text.length - 1;
  if (end === 1) throw new ExpressionSyntaxError(text, 1, 'the expression is empty');
  const { expression } = parseExpression(text, { grammar: ARM_GRAMMAR, start: 1, end });
  return { kind: 'expression', expression, start: 1, end };
}
