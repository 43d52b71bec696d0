import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { ExpressionEvaluator } from '../../../../../src/sandbox/pipelines/expressions/evaluator.js';
import { FUNCTION_NAMES } from '../../../../../src/sandbox/pipelines/expressions/functions/catalog.js';
import { expressionError, PIPELINE, scopeWith } from './helpers.js';

const evaluator = new ExpressionEvaluator();

const LOOKUP_OUTPUT = {
  count: 2,
  value: [
    { id: 1, name: 'a' },
    { id: 2, name: 'b' },
  ],
};

const SCOPE = scopeWith({
  pipeline: {
    ...PIPELINE,
    parameters: { count: 3, ratio: 0.5, enabled: true, config: { sink: { table: 'scores' } } },
    globalParameters: { environment: 'staging' },
  },
  variables: new Map<string, unknown>([
    ['ids', [1, 2, 3]],
    ['nothing', null],
  ]),
  activity: (name) =>
    ({
      Lookup: { output: LOOKUP_OUTPUT },
      Web1: { output: { data: { jobId: 'j-1' } } },
      Copy1: { output: {}, error: { errorCode: '2200', message: 'Copy failed', failureType: 'UserError' } },
    })[name],
});

describe('typed results and interpolation', () => {
  it('gives "@expr" its type: numbers, booleans, objects and arrays stay what they are', () => {
    expect(evaluator.evaluate('@pipeline().parameters.count', SCOPE)).toBe(3);
    expect(evaluator.evaluate('@pipeline().parameters.ratio', SCOPE)).toBe(0.5);
    expect(evaluator.evaluate('@pipeline().parameters.enabled', SCOPE)).toBe(true);
    expect(evaluator.evaluate("@activity('Lookup').output", SCOPE)).toEqual(LOOKUP_OUTPUT);
    expect(evaluator.evaluate("@activity('Lookup').output.value", SCOPE)).toEqual(LOOKUP_OUTPUT.value);
    expect(evaluator.evaluate('@json(\'{"a": [1, {"b": null}]}\')', SCOPE)).toEqual({ a: [1, { b: null }] });
    expect(evaluator.evaluate('@null', SCOPE)).toBeNull();
  });

  it('turns each interpolated value into text as .NET prints it', () => {
    expect(evaluator.evaluate('n=@{pipeline().parameters.count}', SCOPE)).toBe('n=3');
    expect(evaluator.evaluate('on=@{pipeline().parameters.enabled} off=@{not(true)}', SCOPE)).toBe(
      'on=True off=False',
    );
    expect(evaluator.evaluate("[@{variables('nothing')}]", SCOPE)).toBe('[]');
    expect(evaluator.evaluate("ids=@{variables('ids')}", SCOPE)).toBe('ids=[1,2,3]');
    expect(evaluator.evaluate('cfg=@{pipeline().parameters.config}', SCOPE)).toBe(
      'cfg={"sink":{"table":"scores"}}',
    );
    expect(evaluator.evaluate("@{float('1e21')} @{div(1.0, 10000000)}", SCOPE)).toBe('1E+21 1E-07');
    expect(evaluator.evaluate('@string(true)', SCOPE)).toBe('True');
    expect(evaluator.evaluate("@concat('a', 1, null, false)", SCOPE)).toBe('a1False');
  });

  it('evaluates the dynamic content editor example to a JSON string', () => {
    const text =
      '{ \n  "type": "@{if(equals(1, 2), \'Blob\', \'Table\' )}",\n  "name": "@{toUpper(\'myData\')}"\n}';
    expect(JSON.parse(evaluator.evaluate(text, SCOPE) as string)).toEqual({ type: 'Table', name: 'MYDATA' });
  });

  it('keeps floats apart from integers through the math functions, and hands back plain numbers', () => {
    expect(evaluator.evaluate('@div(mul(2.0, 3), 4)', SCOPE)).toBe(1.5);
    expect(evaluator.evaluate('@div(mul(2, 3), 4)', SCOPE)).toBe(1);
    expect(evaluator.evaluate('@div(float(9), 2)', SCOPE)).toBe(4.5);
    expect(evaluator.evaluate('@div(-11, 5)', SCOPE)).toBe(-2);
    expect(evaluator.evaluate('@createArray(1.0, 2)', SCOPE)).toEqual([1, 2]);
    expect(evaluator.evaluate('@max(1, 2.5)', SCOPE)).toBe(2.5);
    expect(evaluator.evaluate('@equals(1, 1.0)', SCOPE)).toBe(true);
  });
});

describe('escapes', () => {
  it('unescapes @@ and @@{, and a doubled quote inside a string literal', () => {
    expect(evaluator.evaluate('@@pipeline()', SCOPE)).toBe('@pipeline()');
    expect(evaluator.evaluate('mail me @ home', SCOPE)).toBe('mail me @ home');
    expect(evaluator.evaluate("literal @@{x} and @{length('it''s')}", SCOPE)).toBe('literal @{x} and 4');
    expect(evaluator.evaluate("@{concat('}', '{')}", SCOPE)).toBe('}{');
  });
});

describe('safe navigation', () => {
  it('gives null for a missing property or index with ?, and fails without it', () => {
    expect(evaluator.evaluate('@pipeline()?.TriggeredByPipelineName', SCOPE)).toBeNull();
    expect(expressionError(() => evaluator.evaluate('@pipeline().TriggeredByPipelineName', SCOPE)).kind).toBe(
      'missing-property',
    );
    expect(evaluator.evaluate("@activity('Lookup').output?.firstRow", SCOPE)).toBeNull();
    expect(evaluator.evaluate("@activity('Lookup').output.value?[5]", SCOPE)).toBeNull();
    expect(evaluator.evaluate("@activity('Lookup').output?['missing']", SCOPE)).toBeNull();
    expect(evaluator.evaluate("@variables('nothing')?.id", SCOPE)).toBeNull();
    expect(evaluator.evaluate("@coalesce(activity('Lookup').output?.firstRow, 'none')", SCOPE)).toBe('none');
  });

  it('forgives one step, not the rest of the chain, nor a value that has no properties', () => {
    expect(evaluator.evaluate("@activity('Lookup').output?.firstRow?.id", SCOPE)).toBeNull();
    const rest = expressionError(() => evaluator.evaluate("@activity('Lookup').output?.firstRow.id", SCOPE));
    expect(rest).toMatchObject({ kind: 'property-selection', position: 37 });
    expect(expressionError(() => evaluator.evaluate("@variables('ids')?.length", SCOPE)).kind).toBe(
      'property-selection',
    );
  });

  it('gives the parent run when the run was started by an ExecutePipeline activity', () => {
    const child = scopeWith({
      pipeline: {
        ...PIPELINE,
        TriggeredByPipelineName: 'Orchestrator',
        TriggeredByPipelineRunId: 'parent-run',
      },
    });
    expect(evaluator.evaluate('@pipeline()?.TriggeredByPipelineName', child)).toBe('Orchestrator');
    expect(evaluator.evaluate('@pipeline().TriggeredByPipelineRunId', child)).toBe('parent-run');
  });
});

describe('names', () => {
  it('finds functions and properties whatever their case, an exact property match first', () => {
    expect(evaluator.evaluate("@activity('Web1').Output.Data.JOBID", SCOPE)).toBe('j-1');
    expect(evaluator.evaluate("@activity('Copy1').Error.Message", SCOPE)).toBe('Copy failed');
    expect(evaluator.evaluate('@UTCNOW()', SCOPE)).toBe('2018-04-15T13:00:00.0000000Z');
    expect(evaluator.evaluate('@json(\'{"a": 1, "A": 2}\').A', SCOPE)).toBe(2);
  });

  it('knows every function of the ADF reference', () => {
    const documented = [
      ...[
        'concat',
        'endsWith',
        'guid',
        'indexOf',
        'lastIndexOf',
        'replace',
        'split',
        'startsWith',
        'substring',
      ],
      ...[
        'toLower',
        'toUpper',
        'trim',
        'contains',
        'empty',
        'first',
        'intersection',
        'join',
        'last',
        'length',
      ],
      ...[
        'skip',
        'take',
        'union',
        'and',
        'equals',
        'greater',
        'greaterOrEquals',
        'if',
        'less',
        'lessOrEquals',
      ],
      ...['not', 'or', 'array', 'base64', 'base64ToBinary', 'base64ToString', 'binary', 'bool', 'coalesce'],
      ...['createArray', 'dataUri', 'dataUriToBinary', 'dataUriToString', 'decodeBase64', 'decodeDataUri'],
      ...['decodeUriComponent', 'encodeUriComponent', 'float', 'int', 'json', 'string', 'uriComponent'],
      ...['uriComponentToBinary', 'uriComponentToString', 'xml', 'xpath', 'add', 'div', 'max', 'min', 'mod'],
      ...['mul', 'rand', 'range', 'sub', 'addDays', 'addHours', 'addMinutes', 'addSeconds', 'addToTime'],
      ...['convertFromUtc', 'convertTimeZone', 'convertToUtc', 'dayOfMonth', 'dayOfWeek', 'dayOfYear'],
      ...['formatDateTime', 'getFutureTime', 'getPastTime', 'startOfDay', 'startOfHour', 'startOfMonth'],
      ...['subtractFromTime', 'ticks', 'utcNow', 'pipeline', 'activity', 'variables', 'item', 'dataset'],
      ...['linkedService', 'trigger', 'triggerBody'],
    ];
    expect([...FUNCTION_NAMES].sort()).toEqual([...documented].sort());
  });
});

describe('system variables and functions from the scope', () => {
  it('reads the pipeline scope system variables', () => {
    const read = (name: string) => evaluator.evaluate(`@pipeline().${name}`, SCOPE);
    expect(read('DataFactory')).toBe('contoso-adf');
    expect(read('Pipeline')).toBe('Adfv2QuickStartPipeline');
    expect(read('RunId')).toBe(PIPELINE.RunId);
    expect(read('TriggerType')).toBe('Manual');
    expect(read('TriggerId')).toBe('manual');
    expect(read('TriggerName')).toBe('Manual');
    expect(read('TriggerTime')).toBe('2017-06-01T22:20:00.4061448Z');
    expect(read('GroupId')).toBe(PIPELINE.GroupId);
    expect(read('parameters.config.sink.table')).toBe('scores');
    expect(read('globalParameters.environment')).toBe('staging');
  });

  it('reads activities, variables, the ForEach item, dataset and linked service parameters, the trigger', () => {
    expect(evaluator.evaluate("@activity('Lookup').output.value[1].name", SCOPE)).toBe('b');
    expect(evaluator.evaluate("@activity('Copy1').error.errorCode", SCOPE)).toBe('2200');
    expect(evaluator.evaluate("@variables('ids')[2]", SCOPE)).toBe(3);
    const inner = scopeWith({
      item: { value: { table: 'sales', rows: 10 } },
      dataset: { path: 'raw/sales' },
      linkedService: { server: 'db.contoso' },
      trigger: { scheduledTime: '2017-06-01T22:20:00Z', outputs: { body: { fileName: 'a.csv' } } },
    });
    expect(evaluator.evaluate('@item().table', inner)).toBe('sales');
    expect(evaluator.evaluate("@item()['rows']", inner)).toBe(10);
    expect(evaluator.evaluate('@dataset().path', inner)).toBe('raw/sales');
    expect(evaluator.evaluate('@linkedService().server', inner)).toBe('db.contoso');
    expect(evaluator.evaluate('@trigger().scheduledTime', inner)).toBe('2017-06-01T22:20:00Z');
    expect(evaluator.evaluate('@triggerBody().fileName', inner)).toBe('a.csv');
    expect(evaluator.evaluate('@item()', scopeWith({ item: { value: null } }))).toBeNull();
  });

  it('reads the clock for utcNow, getFutureTime and getPastTime, so an accelerated clock drives them', () => {
    let now = Date.parse('2024-02-28T23:59:59.123Z');
    const scope = scopeWith({ clock: () => now });
    expect(evaluator.evaluate('@utcNow()', scope)).toBe('2024-02-28T23:59:59.1230000Z');
    now += 1_000;
    expect(evaluator.evaluate("@utcNow('yyyy-MM-dd')", scope)).toBe('2024-02-29');
    expect(evaluator.evaluate("@getFutureTime(1, 'Year', 'yyyy-MM-dd')", scope)).toBe('2025-02-28');
    expect(evaluator.evaluate("@getPastTime(2, 'Hour', 'HH:mm')", scope)).toBe('22:00');
  });

  it('takes guid() and rand() from the scope, and generates them without it', () => {
    expect(evaluator.evaluate("@guid('N')", SCOPE)).toBe('c2ecc88d88c84096912cd6f2e2b138ce');
    expect(evaluator.evaluate("@guid('b')", SCOPE)).toBe('{c2ecc88d-88c8-4096-912c-d6f2e2b138ce}');
    expect(evaluator.evaluate('@rand(10, 20)', SCOPE)).toBe(15);
    const free = { pipeline: PIPELINE, clock: Date.now };
    expect(evaluator.evaluate('@guid()', free)).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );
    const roll = evaluator.evaluate('@rand(1, 3)', free);
    expect([1, 2]).toContain(roll);
  });
});

describe('evaluation order', () => {
  it('evaluates only the arguments if, and, or and coalesce need', () => {
    expect(evaluator.evaluate('@if(true, 1, div(1, 0))', SCOPE)).toBe(1);
    expect(evaluator.evaluate('@if(false, div(1, 0), 2)', SCOPE)).toBe(2);
    expect(evaluator.evaluate('@and(false, equals(div(1, 0), 1))', SCOPE)).toBe(false);
    expect(evaluator.evaluate('@or(true, equals(div(1, 0), 1))', SCOPE)).toBe(true);
    expect(evaluator.evaluate("@coalesce('a', div(1, 0))", SCOPE)).toBe('a');
    expect(expressionError(() => evaluator.evaluate('@and(true, equals(div(1, 0), 1))', SCOPE)).kind).toBe(
      'argument-value',
    );
  });
});

describe('evaluateValue', () => {
  it('evaluates every expression in a JSON value and leaves the rest, without touching the input', () => {
    const typeProperties = {
      url: { value: "@concat('https://ml/', activity('Web1').output.data.jobId)", type: 'Expression' },
      method: 'POST',
      body: { rows: "@activity('Lookup').output.count", label: 'run @{pipeline().RunId}', literal: '@@x' },
      retries: 3,
      enabled: true,
      nothing: null,
      items: ["@variables('ids')", 7],
      password: { type: 'SecureString', value: '@not-an-expression' },
    };
    const before = structuredClone(typeProperties);
    expect(evaluator.evaluateValue(typeProperties, SCOPE)).toEqual({
      url: 'https://ml/j-1',
      method: 'POST',
      body: { rows: 2, label: `run ${PIPELINE.RunId}`, literal: '@x' },
      retries: 3,
      enabled: true,
      nothing: null,
      items: [[1, 2, 3], 7],
      password: { type: 'SecureString', value: '@not-an-expression' },
    });
    expect(typeProperties).toEqual(before);
  });
});

describe('the sample factory', () => {
  const pipeline = (name: string) =>
    JSON.parse(
      readFileSync(
        resolve(import.meta.dirname, '../../../../../examples/adf/pipeline', `${name}.json`),
        'utf8',
      ),
    ) as { properties: { activities: { name: string; typeProperties: unknown }[] } };

  it("evaluates pl_score_use_case's Web activity and If condition as the runtime will", () => {
    const [invoke, , , branch] = pipeline('pl_score_use_case').properties.activities;
    const scope = scopeWith({
      pipeline: {
        ...PIPELINE,
        parameters: {
          useCase: 'churn',
          inputPath: 'features/churn/',
          outputPath: 'scores/churn/run-1/',
          sinkTable: 'scores.churn',
          scoringRunId: 'run-1',
        },
        globalParameters: { scoringUri: 'https://sandbox/score', scoringDatastore: 'scoring' },
      },
      variables: new Map([
        ['jobName', 'batchjob-1'],
        ['jobStatus', 'Completed'],
      ]),
    });
    expect(evaluator.evaluateValue(invoke!.typeProperties, scope)).toMatchObject({
      method: 'POST',
      url: 'https://sandbox/score',
      body: {
        properties: {
          InputData: {
            features: {
              JobInputType: 'UriFolder',
              Uri: 'azureml://datastores/scoring/paths/features/churn/',
            },
          },
          OutputData: {
            score: {
              JobOutputType: 'UriFolder',
              Uri: 'azureml://datastores/scoring/paths/scores/churn/run-1/',
            },
          },
        },
      },
      authentication: { type: 'MSI', resource: 'https://ml.azure.com' },
    });
    expect(evaluator.evaluateValue(branch!.typeProperties, scope)).toMatchObject({
      expression: true,
      ifTrueActivities: [{ typeProperties: { parameters: { outputPath: 'scores/churn/run-1/' } } }],
    });
  });

  it("evaluates pl_orchestrate_scoring's ForEach items, then each iteration's parameters", () => {
    const forEach = pipeline('pl_orchestrate_scoring').properties.activities[1] as {
      typeProperties: { items: unknown; activities: { typeProperties: unknown }[] };
    };
    const rows = [
      {
        id: 'churn',
        input_location: 'features/churn/',
        output_location: 'scores/churn/',
        sink_table: 's.churn',
      },
      {
        id: 'fraud',
        input_location: 'features/fraud/',
        output_location: 'scores/fraud/',
        sink_table: 's.fraud',
      },
    ];
    const lookup = scopeWith({
      activity: (name) => (name === 'LookupUseCases' ? { output: { count: 2, value: rows } } : undefined),
    });
    const items = evaluator.evaluateValue(forEach.typeProperties.items, lookup);
    expect(items).toEqual(rows);
    const [inner] = forEach.typeProperties.activities;
    const parameters = (items as unknown[]).map(
      (item) =>
        evaluator.evaluateValue(inner!.typeProperties, scopeWith({ item: { value: item } })) as object,
    );
    expect(parameters).toMatchObject([
      {
        parameters: { useCase: 'churn', outputPath: `scores/churn/${PIPELINE.RunId}/`, sinkTable: 's.churn' },
      },
      {
        parameters: { useCase: 'fraud', outputPath: `scores/fraud/${PIPELINE.RunId}/`, sinkTable: 's.fraud' },
      },
    ]);
  });
});

describe('compile', () => {
  it('parses a string once and evaluates it against any scope', () => {
    const cached = new ExpressionEvaluator();
    const compiled = cached.compile('@pipeline().parameters.myNumber');
    expect(cached.compile('@pipeline().parameters.myNumber')).toBe(compiled);
    expect(compiled.kind).toBe('expression');
    expect(compiled.evaluate(scopeWith())).toBe(42);
    expect(compiled.evaluate(scopeWith({ pipeline: { ...PIPELINE, parameters: { myNumber: 7 } } }))).toBe(7);
    expect(cached.compile('plain').kind).toBe('literal');
    expect(cached.compile('a @{utcNow()}').kind).toBe('interpolation');
  });

  it('keeps at most cacheSize compiled strings, dropping the oldest', () => {
    const small = new ExpressionEvaluator({ cacheSize: 2 });
    const first = small.compile('@add(1, 1)');
    small.compile('@add(1, 2)');
    expect(small.compile('@add(1, 1)')).toBe(first);
    small.compile('@add(1, 3)');
    expect(small.compile('@add(1, 1)')).not.toBe(first);
  });
});

describe('functions beyond the documented examples', () => {
  it('indexes and compares strings as the reference says: case-insensitive search, case-sensitive replace', () => {
    expect(evaluator.evaluate("@indexOf('Hello World', 'WORLD')", SCOPE)).toBe(6);
    expect(evaluator.evaluate("@startsWith('Hello', 'hE')", SCOPE)).toBe(true);
    expect(evaluator.evaluate("@replace('aAa', 'a', 'b')", SCOPE)).toBe('bAb');
    expect(evaluator.evaluate("@contains('Hello', 'hello')", SCOPE)).toBe(false);
    expect(evaluator.evaluate("@lastIndexOf('', 'a')", SCOPE)).toBe(-1);
    expect(evaluator.evaluate("@lastIndexOf('', '')", SCOPE)).toBe(0);
    expect(evaluator.evaluate("@substring('hello', 2)", SCOPE)).toBe('llo');
  });

  it('works on objects where the reference says so', () => {
    expect(evaluator.evaluate("@contains(json('{\"a\": 1}'), 'a')", SCOPE)).toBe(true);
    expect(evaluator.evaluate("@empty(json('{}'))", SCOPE)).toBe(true);
    expect(evaluator.evaluate('@union(json(\'{"a": 1, "b": 2}\'), json(\'{"b": 3}\'))', SCOPE)).toEqual({
      a: 1,
      b: 3,
    });
    expect(
      evaluator.evaluate('@intersection(json(\'{"a": 1, "b": 2}\'), json(\'{"b": 3}\'))', SCOPE),
    ).toEqual({
      b: 3,
    });
    expect(evaluator.evaluate('@contains(createArray(json(\'{"a": 1}\')), json(\'{"a": 1}\'))', SCOPE)).toBe(
      true,
    );
  });

  it('carries binary values as Logic Apps content envelopes', () => {
    const hello = { '$content-type': 'application/octet-stream', $content: 'aGVsbG8=' };
    expect(evaluator.evaluate("@base64ToBinary('aGVsbG8=')", SCOPE)).toEqual(hello);
    expect(evaluator.evaluate("@uriComponentToBinary('hello')", SCOPE)).toEqual(hello);
    expect(
      evaluator.evaluate("@dataUriToBinary('data:text/plain;charset=utf-8;base64,aGVsbG8=')", SCOPE),
    ).toEqual({
      '$content-type': 'text/plain;charset=utf-8',
      $content: 'aGVsbG8=',
    });
    expect(evaluator.evaluate("@decodeDataUri('data:,hello%20you')", SCOPE)).toEqual({
      '$content-type': 'text/plain;charset=US-ASCII',
      $content: Buffer.from('hello you').toString('base64'),
    });
    expect(evaluator.evaluate("@base64(binary('hello'))", SCOPE)).toBe('aGVsbG8=');
    expect(evaluator.evaluate("@dataUri(binary('hello'))", SCOPE)).toBe(
      'data:application/octet-stream;base64,aGVsbG8=',
    );
    expect(evaluator.evaluate("bytes: @{binary('hello')}", SCOPE)).toBe('bytes: hello');
  });

  it("escapes URI components as .NET's EscapeDataString, and leaves bad escapes as they are", () => {
    expect(evaluator.evaluate("@uriComponent('a b!*()''~')", SCOPE)).toBe('a%20b%21%2A%28%29%27~');
    expect(evaluator.evaluate("@uriComponentToString('100%25 %zz %E2%82%AC')", SCOPE)).toBe('100% %zz €');
  });

  it('adds months and years as .NET does, keeping the day or taking the month’s last', () => {
    expect(evaluator.evaluate("@addToTime('2024-01-31T10:00:00Z', 1, 'Month')", SCOPE)).toBe(
      '2024-02-29T10:00:00.0000000Z',
    );
    expect(evaluator.evaluate("@subtractFromTime('2024-02-29', 1, 'Year')", SCOPE)).toBe(
      '2023-02-28T00:00:00.0000000',
    );
    expect(evaluator.evaluate("@addToTime('2018-01-01T00:00:00Z', 2, 'week', 'yyyy-MM-dd')", SCOPE)).toBe(
      '2018-01-15',
    );
    expect(expressionError(() => evaluator.evaluate("@addDays('9999-12-31', 1)", SCOPE)).message).toBe(
      'The added or subtracted value results in an un-representable DateTime.',
    );
  });

  it('reads timestamps with an offset as .NET does: converted to the (UTC) local time', () => {
    expect(evaluator.evaluate("@formatDateTime('2026-01-15T12:30:00+02:00')", SCOPE)).toBe(
      '2026-01-15T10:30:00.0000000+00:00',
    );
    expect(evaluator.evaluate("@formatDateTime('Mon, 15 Jun 2009 20:45:30 GMT', 'o')", SCOPE)).toBe(
      '2009-06-15T20:45:30.0000000Z',
    );
    expect(evaluator.evaluate("@formatDateTime('6/15/2009 1:45:30 PM', 's')", SCOPE)).toBe(
      '2009-06-15T13:45:30',
    );
    expect(evaluator.evaluate("@formatDateTime('2009-06-15T13:45:30', 'HH:mm:ss.FFF')", SCOPE)).toBe(
      '13:45:30',
    );
    expect(evaluator.evaluate("@formatDateTime('2009-06-15T13:45:30Z', 'zzz')", SCOPE)).toBe('+00:00');
  });

  it('converts time zones with daylight saving time, by Windows names with or without punctuation', () => {
    expect(
      evaluator.evaluate("@convertFromUtc('2018-07-01T08:00:00Z', 'Pacific Standard Time')", SCOPE),
    ).toBe('2018-07-01T01:00:00.0000000');
    expect(
      evaluator.evaluate("@convertFromUtc('2018-07-01T08:00:00Z', 'W Europe Standard Time', 'HH:mm')", SCOPE),
    ).toBe('10:00');
    expect(
      evaluator.evaluate(
        "@convertTimeZone('2018-07-01 10:00', 'W. Europe Standard Time', 'India Standard Time', 't')",
        SCOPE,
      ),
    ).toBe('1:30 PM');
    expect(evaluator.evaluate("@convertToUtc('2018-07-01T10:00:00', 'UTC')", SCOPE)).toBe(
      '2018-07-01T10:00:00.0000000Z',
    );
    expect(
      evaluator.evaluate("@convertTimeZone('2018-07-01T10:00:00', 'Tokyo Standard Time', 'UTC')", SCOPE),
    ).toBe('2018-07-01T01:00:00.0000000Z');
    // 01:30 happens twice on 2018-11-04 in Los Angeles: read as standard time (UTC-8), as TimeZoneInfo does.
    expect(evaluator.evaluate("@convertToUtc('2018-11-04T01:30:00', 'Pacific Standard Time')", SCOPE)).toBe(
      '2018-11-04T09:30:00.0000000Z',
    );
    // 02:30 never happens on 2018-03-11 in Los Angeles.
    const skipped = expressionError(() =>
      evaluator.evaluate("@convertToUtc('2018-03-11T02:30:00', 'Pacific Standard Time')", SCOPE),
    );
    expect(skipped.message).toContain('does not exist in its source time zone');
    const zoned = expressionError(() =>
      evaluator.evaluate("@convertToUtc('2018-07-01T10:00:00Z', 'Pacific Standard Time')", SCOPE),
    );
    expect(zoned).toMatchObject({ kind: 'argument-value', position: 38 });
  });
});
