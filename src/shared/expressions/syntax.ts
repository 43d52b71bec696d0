/**
 * The syntax tree of the expression languages this project reads. Azure Data Factory's (`"@concat(...)"` in pipeline
 * JSON, run by the sandbox's pipeline runtime) and Azure Resource Manager's (`"[concat(...)]"` in templates, read by
 * deploy-adf-pipelines) share one core: literals, function calls and `.`/`[]` member access. Where they differ is
 * held by an ExpressionGrammar, so one lexer and parser serve both.
 *
 * Every node carries its offsets in the whole string it was parsed from (the JSON string value, `@` or `[` included),
 * so an error can point at the function, argument or property at fault.
 */

export interface ExpressionGrammar {
  readonly name: 'adf' | 'arm';
  /**
   * `true`, `false` and `null` are literals (ADF: `and(true, false)`, `coalesce(null, 'a')`). In ARM they are
   * functions called with `()`, and a bare name is an error.
   */
  readonly keywordLiterals: boolean;
  /** `?.name` and `?[index]` give null instead of failing when the value or member is missing (ADF). */
  readonly safeNavigation: boolean;
}

export const ADF_GRAMMAR: ExpressionGrammar = { name: 'adf', keywordLiterals: true, safeNavigation: true };
export const ARM_GRAMMAR: ExpressionGrammar = { name: 'arm', keywordLiterals: false, safeNavigation: false };

interface Span {
  /** Offset of the node's first character in the parsed string. */
  readonly start: number;
  /** Offset just past the node's last character. */
  readonly end: number;
}

export interface LiteralNode extends Span {
  readonly kind: 'literal';
  readonly value: string | number | boolean | null;
  /** A number written with a decimal point or an exponent (`1.0`, `.3`): a float even when its value is whole. */
  readonly decimal: boolean;
}

export interface CallNode extends Span {
  readonly kind: 'call';
  /** As written; both languages look functions up without regard to case. */
  readonly name: string;
  readonly args: readonly ExpressionNode[];
}

export interface PropertyNode extends Span {
  readonly kind: 'property';
  readonly target: ExpressionNode;
  readonly name: string;
  /** Where the property name starts (errors about a missing property point here). */
  readonly nameStart: number;
  /** Reached with `?.`. */
  readonly optional: boolean;
}

export interface IndexNode extends Span {
  readonly kind: 'index';
  readonly target: ExpressionNode;
  readonly index: ExpressionNode;
  /** Reached with `?[`. */
  readonly optional: boolean;
}

export type ExpressionNode = LiteralNode | CallNode | PropertyNode | IndexNode;

/** Text that is not a well-formed expression: what is wrong (`reason`) and where (`position`, an offset in `text`). */
export class ExpressionSyntaxError extends Error {
  override readonly name = 'ExpressionSyntaxError';

  constructor(
    readonly text: string,
    readonly position: number,
    readonly reason: string,
  ) {
    super(`${reason} at position ${position}`);
  }
}
