import { describe, expect, it } from '@jest/globals';
import { parseExpression } from '../../../../src/shared/expressions/parser.js';
import {
  ADF_GRAMMAR,
  ARM_GRAMMAR,
  type ExpressionNode,
  ExpressionSyntaxError,
} from '../../../../src/shared/expressions/syntax.js';
import {
  isAdfExpression,
  isArmExpression,
  parseAdfTemplate,
  parseArmTemplate,
} from '../../../../src/shared/expressions/template-strings.js';

/** The tree without offsets, as a compact s-expression, to compare shapes. */
function shape(node: ExpressionNode): string {
  switch (node.kind) {
    case 'literal':
      return node.decimal ? `${node.value}f` : JSON.stringify(node.value);
    case 'call':
      return `${node.name}(${node.args.map(shape).join(', ')})`;
    case 'property':
      return `${shape(node.target)}${node.optional ? '?.' : '.'}${node.name}`;
    case 'index':
      return `${shape(node.target)}${node.optional ? '?[' : '['}${shape(node.index)}]`;
  }
}

function syntaxError(parse: () => unknown): ExpressionSyntaxError {
  try {
    parse();
  } catch (error) {
    if (error instanceof ExpressionSyntaxError) return error;
    throw error;
  }
  throw new Error('expected a syntax error');
}

describe('the ADF grammar', () => {
  const adf = (text: string) => {
    const template = parseAdfTemplate(text);
    if (template.kind !== 'expression') throw new Error(`not one expression: ${template.kind}`);
    return shape(template.expression);
  };

  it('reads calls, literals, member access and safe navigation', () => {
    expect(adf("@concat('Baba', '''s ', 'book store')")).toBe('concat("Baba", "\'s ", "book store")');
    expect(adf('@sub(10.3, .3)')).toBe('sub(10.3f, 0.3f)');
    expect(adf('@add(-5, +2, 1e3, 2.5E-1)')).toBe('add(-5, 2, 1000f, 0.25f)');
    expect(adf('@coalesce(null, true, FALSE)')).toBe('coalesce(null, true, false)');
    expect(adf("@activity('a').output.value[0]['my col']")).toBe('activity("a").output.value[0]["my col"]');
    expect(adf('@pipeline()?.TriggeredByPipelineName')).toBe('pipeline()?.TriggeredByPipelineName');
    expect(adf("@item()?['x']?.y")).toBe('item()?["x"]?.y');
    expect(adf("@ concat ( 'a' , 'b' ) ")).toBe('concat("a", "b")');
  });

  it('reads `.5` as a number only where a value is expected', () => {
    expect(adf('@createArray(1, .5)[0]')).toBe('createArray(1, 0.5f)[0]');
    expect(adf('@json(x()).a5')).toBe('json(x()).a5');
  });

  it('frames expressions in strings: typed, interpolated, escaped, literal', () => {
    expect(parseAdfTemplate('plain text')).toEqual({ kind: 'literal', value: 'plain text' });
    expect(parseAdfTemplate('@')).toEqual({ kind: 'literal', value: '@' });
    expect(parseAdfTemplate('@@x')).toEqual({ kind: 'literal', value: '@x' });
    expect(parseAdfTemplate('mail@contoso.com')).toEqual({ kind: 'literal', value: 'mail@contoso.com' });
    expect(parseAdfTemplate('a @@{b} c')).toEqual({ kind: 'literal', value: 'a @{b} c' });
    const interpolated = parseAdfTemplate("a @{concat('}', 'x')} b @{f()}");
    expect(interpolated.kind).toBe('interpolation');
    if (interpolated.kind !== 'interpolation') return;
    expect(
      interpolated.parts.map((part) => (part.kind === 'text' ? part.value : shape(part.expression))),
    ).toEqual(['a ', 'concat("}", "x")', ' b ', 'f()']);
    expect(parseAdfTemplate('@{f()}').kind).toBe('interpolation');
    expect(isAdfExpression('@f()')).toBe(true);
    expect(isAdfExpression('x @{f()}')).toBe(true);
    expect(isAdfExpression('@@f()')).toBe(false);
    expect(isAdfExpression('@')).toBe(false);
  });

  it('keeps offsets in the whole string', () => {
    const template = parseAdfTemplate('Name: @{toUpper(item().name)}');
    if (template.kind !== 'interpolation') throw new Error('expected interpolation');
    const part = template.parts[1];
    if (part?.kind !== 'expression' || part.expression.kind !== 'call') throw new Error('expected a call');
    expect(part.start).toBe(8);
    expect(part.expression.start).toBe(8);
    const property = part.expression.args[0];
    expect(property?.kind === 'property' && property.nameStart).toBe(23);
  });

  it.each([
    ["@concat('a'", 11, "expected ',' or ')' in the call to 'concat'"],
    ['@foo bar', 5, "expected '(' after the function name 'foo'"],
    ["@concat('a') trailing", 13, 'unexpected'],
    ["@'unclosed", 1, 'not closed'],
    ['x @{f()', 7, "expected '}'"],
    ['@{}', 2, 'expected a value'],
    ['@f()?g', 5, "expected '.' or '['"],
    ['@a.b()', 2, "expected '(' after the function name 'a'"],
    ['@f().1', 5, 'expected a property name'],
    ['@f(#)', 3, "unexpected character '#'"],
  ])('reports %s at offset %i', (text, position, reason) => {
    const error = syntaxError(() => parseAdfTemplate(text));
    expect(error.position).toBe(position);
    expect(error.reason).toContain(reason);
    expect(error.text).toBe(text);
  });
});

describe('the ARM grammar', () => {
  const arm = (text: string) => {
    const template = parseArmTemplate(text);
    if (template.kind !== 'expression') throw new Error(`not an expression: ${template.kind}`);
    return shape(template.expression);
  };

  it('reads the publish template expressions deploy-adf-pipelines evaluates', () => {
    expect(arm("[concat(parameters('factoryName'), '/Score')]")).toBe(
      'concat(parameters("factoryName"), "/Score")',
    );
    expect(arm("[variables('x').y[0]]")).toBe('variables("x").y[0]');
    expect(arm('[if(true(), 1, -2)]')).toBe('if(true(), 1, -2)');
  });

  it('escapes `[[` and leaves other strings alone', () => {
    expect(parseArmTemplate('[[x]')).toEqual({ kind: 'literal', value: '[x]' });
    expect(parseArmTemplate('plain')).toEqual({ kind: 'literal', value: 'plain' });
    expect(parseArmTemplate('[not closed')).toEqual({ kind: 'literal', value: '[not closed' });
    expect(isArmExpression('[f()]')).toBe(true);
    expect(isArmExpression('[[f()]')).toBe(false);
  });

  it('has no keyword literals and no safe navigation', () => {
    expect(syntaxError(() => parseArmTemplate('[true]')).reason).toContain(
      "expected '(' after the function name 'true'",
    );
    expect(syntaxError(() => parseArmTemplate('[f()?.x]')).reason).toContain(
      "'?' is not part of the ARM grammar",
    );
    expect(syntaxError(() => parseArmTemplate('[]')).reason).toBe('the expression is empty');
  });

  it('stops at the closing bracket', () => {
    const { expression, end } = parseExpression("[f('a')]", { grammar: ARM_GRAMMAR, start: 1, end: 7 });
    expect(shape(expression)).toBe('f("a")');
    expect(end).toBe(7);
    expect(syntaxError(() => parseArmTemplate("[f('a') g]")).position).toBe(8);
  });
});

describe('parseExpression', () => {
  it('parses a terminated segment and reports where it ended', () => {
    const { expression, end } = parseExpression('@{f(1)} tail', {
      grammar: ADF_GRAMMAR,
      start: 2,
      terminator: '}',
    });
    expect(shape(expression)).toBe('f(1)');
    expect(end).toBe(7);
  });
});
