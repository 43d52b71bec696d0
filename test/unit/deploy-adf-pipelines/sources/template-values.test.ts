// The values of one ARM template: parameters (the parameters file's value, else the default), variables, cycles,
// and problems located at the string that caused them.
import { describe, expect, it } from '@jest/globals';
import {
  LocatedProblem,
  type TemplateScope,
  templateEvaluator,
} from '../../../../src/deploy-adf-pipelines/sources/template-values.js';
import { parseDocumentText } from '../../../../src/shared/documents.js';
import { json, lineOf } from '../helpers.js';

const FILE = 'arm/ARMTemplateForFactory.json';

/** A template with these declarations, and its evaluator; `supplied` stands for a parameters file's `parameters`. */
function evaluator(
  template: { parameters?: Record<string, unknown>; variables?: Record<string, unknown> },
  supplied?: Record<string, unknown>,
) {
  const text = json({ ...template, resources: [] });
  const document = parseDocumentText(text, FILE, { json: true });
  const scope: TemplateScope = {
    declared: template.parameters ?? {},
    variables: template.variables ?? {},
    supplied,
    parametersFile: supplied ? 'arm/parameters.json' : undefined,
  };
  return { text, ...templateEvaluator(document, scope) };
}

/** The problem evaluating `value` raises. */
function problemOf(evaluate: () => unknown) {
  try {
    evaluate();
  } catch (error) {
    if (error instanceof LocatedProblem) return error.problem;
    throw error;
  }
  throw new Error('no problem raised');
}

describe('template values', () => {
  it('takes a parameter from the parameters file, else its default (evaluated), by any spelling', () => {
    const { evaluateAt } = evaluator(
      {
        parameters: {
          factoryName: { type: 'string', defaultValue: 'adf-default' },
          region: { type: 'string', defaultValue: "[concat('west', 'europe')]" },
        },
      },
      { factoryName: { value: 'adf-dev' } },
    );
    expect(evaluateAt([], "[parameters('FACTORYNAME')]")).toBe('adf-dev');
    expect(evaluateAt([], "[parameters('region')]")).toBe('westeurope');
  });

  it('evaluates every string of a value, keeps object keys and other strings as written, unescapes [[', () => {
    const { evaluateAt } = evaluator({ variables: { prefix: 'adf' } });
    expect(
      evaluateAt([], {
        "[variables('prefix')]": ["[concat(variables('prefix'), '-x')]", 'plain', '[[literal]', 3, null],
      }),
    ).toEqual({ "[variables('prefix')]": ['adf-x', 'plain', '[literal]', 3, null] });
  });

  it.each([
    {
      title: 'a parameter whose default refers to itself',
      template: { parameters: { a: { type: 'string', defaultValue: "[parameters('a')]" } } },
      start: "[parameters('a')]",
      message: /parameter 'a' refers to itself/,
      marker: '"defaultValue"',
    },
    {
      title: 'variables that refer to each other',
      template: { variables: { one: "[variables('two')]", two: "[variables('one')]" } },
      start: "[variables('one')]",
      message: /variable 'one' refers to itself/,
      marker: '"two": "[variables(\'one\')]"',
    },
  ])('$title: refused where the cycle closes', ({ template, start, message, marker }) => {
    const { text, evaluateAt } = evaluator(template);
    const problem = problemOf(() => evaluateAt([], start));
    expect(problem.message).toMatch(message);
    expect(problem.location).toMatchObject({ file: FILE, line: lineOf(text, marker) });
  });

  it('names where a parameter without a default gets its value', () => {
    const declared = { parameters: { factoryName: { type: 'string' } } };
    expect(
      problemOf(() => evaluator(declared).evaluateAt([], "[parameters('factoryName')]")).message,
    ).toMatch(
      /parameter 'factoryName' has no value: give it one in the parameters file \(input arm-template-parameters\)/,
    );
    expect(
      problemOf(() => evaluator(declared, {}).evaluateAt([], "[parameters('factoryName')]")).message,
    ).toMatch(/give it one in the parameters file \(arm\/parameters.json\)/);
  });

  it('locates an expression error at the string, quoting it', () => {
    const { text, evaluateAt } = evaluator({ variables: { bad: "[uniqueString('x')]" } });
    const problem = problemOf(() => evaluateAt(['resources'], "[variables('bad')]"));
    expect(problem.message).toMatch(
      /^template expression "\[uniqueString\('x'\)\]": template function 'uniqueString' is answered only by an ARM deployment/,
    );
    expect(problem.location.line).toBe(lineOf(text, '"bad"'));
  });
});
