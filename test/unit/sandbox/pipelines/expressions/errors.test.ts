/**
 * Each kind of failure an expression can have, with ADF's wording where it is known and the offset in the evaluated
 * string of what is at fault (the `^` in each row's comment).
 */
import { describe, expect, it } from '@jest/globals';
import type { ExpressionErrorKind } from '../../../../../src/sandbox/pipelines/expressions/errors.js';
import { ExpressionEvaluator } from '../../../../../src/sandbox/pipelines/expressions/evaluator.js';
import { expressionError, scopeWith } from './helpers.js';

interface Failure {
  readonly text: string;
  readonly kind: ExpressionErrorKind;
  readonly position: number;
  readonly message: string;
}

const SCOPE = scopeWith({
  variables: new Map<string, unknown>([
    ['rows', [{ id: 1 }, { id: 2 }]],
    ['name', 'abc'],
    ['nothing', null],
  ]),
  activity: (name) =>
    name === 'Lookup' ? { output: { durationInQueue: { integrationRuntimeQueue: 0 } } } : undefined,
});

const FAILURES: readonly Failure[] = [
  {
    // @concat('a'
    //            ^
    text: "@concat('a'",
    kind: 'syntax',
    position: 11,
    message:
      "Unable to parse expression '@concat('a'': expected ',' or ')' in the call to 'concat', found the end of the expression (position 11).",
  },
  {
    // x @{toUpper('a') y}
    //                  ^
    text: "x @{toUpper('a') y}",
    kind: 'syntax',
    position: 17,
    message:
      "Unable to parse expression 'x @{toUpper('a') y}': expected '}' to close the expression, found 'y' (position 17).",
  },
  {
    // @formatNumber(1, 'N')   (Logic Apps has it, ADF does not)
    //  ^
    text: "@formatNumber(1, 'N')",
    kind: 'unknown-function',
    position: 1,
    message: "The template function 'formatNumber' is not defined or not valid.",
  },
  {
    // @if(false, nope(), 1)   (checked before evaluation, as ADF validates, even in a branch not taken)
    //            ^
    text: '@if(false, nope(), 1)',
    kind: 'unknown-function',
    position: 11,
    message: "The template function 'nope' is not defined or not valid.",
  },
  {
    // @length('a', 'b')
    //  ^
    text: "@length('a', 'b')",
    kind: 'argument-count',
    position: 1,
    message:
      "The function 'length' expects exactly one parameter. The function was invoked with '2' parameters.",
  },
  {
    text: "@substring('abc')",
    kind: 'argument-count',
    position: 1,
    message:
      "The function 'substring' expects between two and three parameters. The function was invoked with '1' parameter.",
  },
  {
    text: '@union(createArray(1))',
    kind: 'argument-count',
    position: 1,
    message:
      "The function 'union' expects at least two parameters. The function was invoked with '1' parameter.",
  },
  {
    // @length(activity('Lookup').output)
    //         ^
    text: "@length(activity('Lookup').output)",
    kind: 'argument-type',
    position: 8,
    message:
      "The function 'length' expects its parameter to be an array or a string. The provided value is of type 'Object'.",
  },
  {
    // @join(variables('nothing'), ',')
    //       ^
    text: "@join(variables('nothing'), ',')",
    kind: 'argument-type',
    position: 6,
    message:
      "The function 'join' expects its first parameter to be an array. The provided value is of type 'Null'.",
  },
  {
    // @addDays('2018-03-15T00:00:00Z', 1.5)
    //                                  ^
    text: "@addDays('2018-03-15T00:00:00Z', 1.5)",
    kind: 'argument-type',
    position: 33,
    message:
      "The function 'addDays' expects its second parameter to be an integer. The provided value is of type 'Float'.",
  },
  {
    text: "@greater(1, 'a')",
    kind: 'argument-type',
    position: 12,
    message:
      "The function 'greater' expects its parameters to be both numbers or both strings. The provided values are of type 'Integer' and 'String'.",
  },
  {
    text: "@if('true', 1, 2)",
    kind: 'argument-type',
    position: 4,
    message:
      "The function 'if' expects its first parameter to be a boolean. The provided value is of type 'String'.",
  },
  {
    // Answer: @{int('ten')}
    //               ^
    text: "Answer: @{int('ten')}",
    kind: 'argument-value',
    position: 14,
    message:
      "The function 'int' was invoked with a parameter that is not valid. The value cannot be converted to the target type.",
  },
  {
    text: "@substring('hello world', 6, 10)",
    kind: 'argument-value',
    position: 29,
    message:
      "The function 'substring' parameters are out of range: 'start index' and 'length' must be non-negative integers and their sum must be no larger than the length of the string.",
  },
  {
    text: "@formatDateTime('the 5th of May')",
    kind: 'argument-value',
    position: 16,
    message:
      "In function 'formatDateTime', the value provided for date time string 'the 5th of May' was not valid. The datetime string must match ISO 8601 format.",
  },
  {
    text: "@formatDateTime('2018-01-01', 'q')",
    kind: 'argument-value',
    position: 30,
    message:
      "The function 'formatDateTime' was invoked with the format 'q', which is not valid: 'q' is not a standard date and time format.",
  },
  {
    text: "@convertFromUtc('2018-01-01T00:00:00Z', 'Europe/Paris')",
    kind: 'argument-value',
    position: 40,
    message:
      "The function 'convertFromUtc' was invoked with the time zone 'Europe/Paris', which is not a Windows time zone name such as 'Pacific Standard Time' or 'UTC'.",
  },
  {
    text: "@json('{not json')",
    kind: 'argument-value',
    position: 6,
    message: expect.stringContaining(
      "The function 'json' parameter is not valid. The provided value '{not json' cannot be parsed:",
    ) as unknown as string,
  },
  {
    text: '@div(1, 0)',
    kind: 'argument-value',
    position: 8,
    message: 'Attempted to divide by zero.',
  },
  {
    // @length(activity('Lookup').output.value)   (ADF's message, from a Lookup whose output had no value)
    //                                   ^
    text: "@length(activity('Lookup').output.value)",
    kind: 'missing-property',
    position: 34,
    message:
      "The expression 'length(activity('Lookup').output.value)' cannot be evaluated because property 'value' doesn't exist, available properties are 'durationInQueue'.",
  },
  {
    text: '@pipeline().TriggeredByPipelineName',
    kind: 'missing-property',
    position: 12,
    message:
      "The expression 'pipeline().TriggeredByPipelineName' cannot be evaluated because property 'TriggeredByPipelineName' doesn't exist, available properties are 'DataFactory, Pipeline, RunId, TriggerType, TriggerId, TriggerName, TriggerTime, GroupId, parameters'.",
  },
  {
    // @variables('name').length
    //                    ^
    text: "@variables('name').length",
    kind: 'property-selection',
    position: 19,
    message:
      "The expression 'variables('name').length' cannot be evaluated because property 'length' cannot be selected. Property selection is not supported on values of type 'String'.",
  },
  {
    text: "@variables('nothing').id",
    kind: 'property-selection',
    position: 22,
    message:
      "The expression 'variables('nothing').id' cannot be evaluated because property 'id' cannot be selected. Property selection is not supported on values of type 'Null'.",
  },
  {
    // @variables('rows')[2].id
    //                    ^
    text: "@variables('rows')[2].id",
    kind: 'bad-index',
    position: 19,
    message:
      "The expression 'variables('rows')[2].id' cannot be evaluated because array index '2' is outside bounds (0 - 1) of array.",
  },
  {
    text: "@variables('rows')['id']",
    kind: 'bad-index',
    position: 19,
    message:
      "The expression 'variables('rows')['id']' cannot be evaluated because a value of type 'String' cannot index a value of type 'Array'.",
  },
  {
    text: "@variables('missing')",
    kind: 'scope',
    position: 11,
    message:
      "Template language expression cannot be evaluated: the template variable 'missing' cannot be found.",
  },
  {
    text: "@activity('Copy').output",
    kind: 'scope',
    position: 10,
    message:
      "The output of activity 'Copy' can't be referenced since it is either not an ancestor to the current activity or does not exist.",
  },
  {
    text: '@item().name',
    kind: 'scope',
    position: 1,
    message: "The template function 'item' is not expected at this location.",
  },
  {
    text: '@dataset().path',
    kind: 'scope',
    position: 1,
    message: "The template function 'dataset' is not expected at this location.",
  },
  {
    text: "@xml('<name>Sophia Owen</name>')",
    kind: 'not-supported',
    position: 1,
    message:
      "The function 'xml' is not supported by the sandbox: the sandbox has no XML values; give the pipeline JSON (json() reads a JSON string).",
  },
  {
    text: "@xpath(variables('name'), '/a')",
    kind: 'not-supported',
    position: 1,
    message:
      "The function 'xpath' is not supported by the sandbox: the sandbox has no XML values; give the pipeline JSON (json() reads a JSON string).",
  },
];

describe('expression errors', () => {
  const evaluator = new ExpressionEvaluator();

  it.each(FAILURES)('$kind: $text', ({ text, kind, position, message }) => {
    const error = expressionError(() => evaluator.evaluate(text, SCOPE));
    expect(error).toMatchObject({ kind, position, expression: text, message });
  });

  it('covers every kind of error', () => {
    const kinds = new Set(FAILURES.map((failure) => failure.kind));
    expect([...kinds].sort()).toEqual(
      [
        'syntax',
        'unknown-function',
        'not-supported',
        'argument-count',
        'argument-type',
        'argument-value',
        'missing-property',
        'property-selection',
        'bad-index',
        'scope',
      ].sort(),
    );
  });

  it('fails at compile time for what ADF validates before a run', () => {
    expect(expressionError(() => evaluator.compile('@if(false, nope(), 1)')).kind).toBe('unknown-function');
    expect(expressionError(() => evaluator.compile("@length('a', 'b')")).kind).toBe('argument-count');
    // A wrong type or a missing property shows only when the expression runs.
    expect(() => evaluator.compile("@length(variables('rows')).nope")).not.toThrow();
  });
});
