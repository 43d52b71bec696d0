/**
 * ARM template language expressions, as the ADF publish template uses them, parsed by the project's one expression
 * parser (src/shared/expressions, ARM grammar) and evaluated here with ARM's functions (template-functions.ts), so
 * names such as `[concat(parameters('factoryName'), '/Score')]`, `[last(split(...))]` or `[format(...)]` are
 * computed, never cut out by character offsets. A string is an expression when it starts with `[` and ends with `]`;
 * `[[` escapes a literal `[`. A call to a function the evaluator does not know is an error naming it.
 */
import { type ExpressionNode, ExpressionSyntaxError } from '#shared/expressions/syntax.js';
import { isArmExpression, parseArmTemplate } from '#shared/expressions/template-strings.js';
import {
  checkArity,
  describeValue,
  type EvaluationContext,
  ExpressionError,
  findFunction,
} from './template-functions.js';

export { type EvaluationContext, ExpressionError, SUPPORTED_FUNCTIONS } from './template-functions.js';

/** Whether ARM treats the string as an expression (not an escaped `[[` literal). */
export const isExpression = isArmExpression;

const hasOwn = (target: object, key: string) => Object.hasOwn(target, key);

function evaluateNode(node: ExpressionNode, context: EvaluationContext): unknown {
  switch (node.kind) {
    case 'literal':
      return node.value;
    case 'call': {
      const fn = findFunction(node.name);
      checkArity(node.name, fn, node.args.length);
      if (node.name.toLowerCase() === 'if') {
        // Only the branch taken is evaluated, as ARM does.
        const condition = evaluateNode(node.args[0]!, context);
        if (typeof condition !== 'boolean') {
          throw new ExpressionError(`if() expects a boolean, got ${describeValue(condition)}`);
        }
        return evaluateNode(condition ? node.args[1]! : node.args[2]!, context);
      }
      return fn.call(
        node.args.map((arg) => evaluateNode(arg, context)),
        context,
      );
    }
    case 'property': {
      const target = evaluateNode(node.target, context);
      if (target === null || typeof target !== 'object' || Array.isArray(target)) {
        throw new ExpressionError(`${describeValue(target)} has no property '${node.name}'`);
      }
      // ARM matches property names without regard to case; an exact match wins.
      const key = hasOwn(target, node.name)
        ? node.name
        : Object.keys(target).find((k) => k.toLowerCase() === node.name.toLowerCase());
      if (key === undefined)
        throw new ExpressionError(`${describeValue(target)} has no property '${node.name}'`);
      return (target as Record<string, unknown>)[key];
    }
    case 'index': {
      const target = evaluateNode(node.target, context);
      const index = evaluateNode(node.index, context);
      if (Array.isArray(target) && typeof index === 'number' && index >= 0 && index < target.length) {
        return target[index];
      }
      if (target && typeof target === 'object' && typeof index === 'string' && hasOwn(target, index)) {
        return (target as Record<string, unknown>)[index];
      }
      throw new ExpressionError(`${describeValue(target)} has no element [${JSON.stringify(index)}]`);
    }
  }
}

/** Evaluates one template string: an expression's value, or the (unescaped) literal text. */
export function evaluateTemplateString(text: string, context: EvaluationContext): unknown {
  let template: ReturnType<typeof parseArmTemplate>;
  try {
    template = parseArmTemplate(text);
  } catch (error) {
    if (error instanceof ExpressionSyntaxError) throw new ExpressionError(error.message);
    throw error;
  }
  if (template.kind === 'literal') return template.value;
  return evaluateNode(template.expression, context);
}
