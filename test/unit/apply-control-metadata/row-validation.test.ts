// The validation of rows (row-validation.ts): written in YAML and read through readRows, so each problem is located.
import { describe, expect, it } from '@jest/globals';
import { toRawRow, validateRows } from '../../../src/apply-control-metadata/row-validation.js';
import { lineOf, rowYaml, useRowFiles } from '../../fixtures/row-files.js';

const { read, failure } = useRowFiles();

describe('row validation', () => {
  const long = (length: number) => 'x'.repeat(length);
  // [what, extra lines, columns left out, message, the text marking the line at fault]
  it.each<[string, string[], string[], RegExp, string]>([
    [
      'an unknown column',
      ['pipline: pl_x'],
      [],
      /unknown column 'pipline'; did you mean 'pipeline'\?/,
      'pipline:',
    ],
    [
      'an unknown column far from any',
      ['owner: team-a'],
      [],
      /unknown column 'owner'\. The columns are id, pipeline/,
      'owner:',
    ],
    ['a missing id', [], ['id'], /^missing the required column 'id'$/, 'pipeline:'],
    [
      'a missing endpoint',
      [],
      ['endpoint'],
      /^row 'churn-weekly': missing the required column 'endpoint'$/,
      'id:',
    ],
    [
      'a null pipeline',
      ['pipeline: null'],
      ['pipeline'],
      /missing the required column 'pipeline'/,
      'pipeline:',
    ],
    [
      'a YAML number for a string',
      ['deployment: 007'],
      [],
      /'deployment' must be a string, not the number 7; quote it/,
      'deployment:',
    ],
    [
      'a YAML boolean for a string',
      ['schedule: yes', 'sink_table: true'],
      [],
      /'sink_table' must be a string, not the boolean true; quote it/,
      'sink_table:',
    ],
    [
      'a mapping for a string',
      ['schedule: {a: 1}'],
      [],
      /'schedule' must be a string, not a mapping$/,
      'schedule:',
    ],
    [
      'a NUL character',
      ['schedule: "daily\\0"'],
      [],
      /'schedule' contains a NUL character, which PostgreSQL cannot store/,
      'schedule:',
    ],
    [
      'a NUL character in parameters',
      ['parameters: {a: {b: ["x\\0"]}}'],
      [],
      /'parameters.a.b\[0\]' contains a NUL character/,
      'parameters:',
    ],
    [
      'a parameter JSON cannot hold',
      ['parameters: {ratio: .nan}'],
      [],
      /'parameters.ratio' is NaN, which JSON cannot hold/,
      'parameters:',
    ],
    [
      'enabled as a string',
      ['enabled: "true"'],
      [],
      /'enabled' must be true or false, not the string "true"/,
      'enabled:',
    ],
    [
      'parameters as a list',
      ['parameters: [a]'],
      [],
      /'parameters' must be a JSON object .*not a list/,
      'parameters:',
    ],
    [
      'an empty optional string',
      ['deployment: ""'],
      [],
      /'deployment' is empty; leave it out or write null for none/,
      'deployment:',
    ],
    ['an id with a space', [], [], /'id' 'churn weekly' is not a valid id: 1-128 letters/, 'id:'],
    ['an id of 129 characters', [], [], /is not a valid id/, 'id:'],
    [
      'a pipeline with a slash',
      ['pipeline: pl/score'],
      ['pipeline'],
      /'pipeline' 'pl\/score' is not a valid Data Factory pipeline name: 1-260 characters/,
      'pipeline:',
    ],
    [
      'a short endpoint',
      ['endpoint: cb'],
      ['endpoint'],
      /'endpoint' 'cb' is not valid: the name for an endpoint must be at least 3/,
      'endpoint:',
    ],
    [
      'an endpoint starting with a digit',
      ['endpoint: 1churn'],
      ['endpoint'],
      /the name for an endpoint must start with a letter/,
      'endpoint:',
    ],
    [
      'a deployment ending with a hyphen',
      ['deployment: blue-'],
      [],
      /'deployment' 'blue-' is not valid: the name for a deployment must start/,
      'deployment:',
    ],
    [
      'a sink table of three parts',
      ['sink_table: a.b.c'],
      [],
      /'sink_table' "a.b.c" is not a table name/,
      'sink_table:',
    ],
    [
      'a sink table starting with a digit',
      ['sink_table: dbo.1scores'],
      [],
      /is not a table name/,
      'sink_table:',
    ],
    [
      'a long input location',
      [`input_location: ${long(2049)}`],
      ['input_location'],
      /'input_location' is 2049 characters long; the most is 2048/,
      'input_location:',
    ],
    [
      'a blank output location',
      ['output_location: "  "'],
      ['output_location'],
      /'output_location' is blank/,
      'output_location:',
    ],
    [
      'a cron schedule with an hour out of range',
      ['schedule: "0 25 * * *"'],
      [],
      /'schedule' "0 25 \* \* \*" is not a valid cron expression: hour "25": 25 is out of range 0-23/,
      'schedule:',
    ],
    [
      'a cron schedule with a backwards weekday range',
      ['schedule: "0 6 * * FRI-MON"'],
      [],
      /day of week "FRI-MON": the range 'FRI-MON' runs backwards/,
      'schedule:',
    ],
    [
      'a six-field cron schedule with seconds out of range',
      ['schedule: "60 0 6 * * *"'],
      [],
      /second "60": 60 is out of range 0-59/,
      'schedule:',
    ],
    [
      'a cron schedule with a zero step',
      ['schedule: "*/0 * * * *"'],
      [],
      /minute "\*\/0": a step of 0 never advances/,
      'schedule:',
    ],
    [
      'a cron schedule with day 32',
      ['schedule: "0 6 32 * *"'],
      [],
      /day of month "32": 32 is out of range 1-31/,
      'schedule:',
    ],
    ['an id with an invisible character', [], [], /'id' 'churn\\u200bweekly' is not a valid id/, 'id:'],
    [
      'a pipeline with a zero-width space in the middle of a name',
      ['pipeline: "pl_\u200bscore/x"'],
      ['pipeline'],
      /'pipeline' 'pl_\\u200bscore\/x' is not a valid/,
      'pipeline:',
    ],
    [
      'a long schedule',
      [`schedule: ${long(129)}`],
      [],
      /'schedule' is 129 characters long; the most is 128/,
      'schedule:',
    ],
  ])('refuses %s, with the file and line', async (what, extra, without, message, marker) => {
    let text = rowYaml(extra, without);
    if (what === 'an id with a space') text = text.replace('churn-weekly', 'churn weekly');
    if (what === 'an id of 129 characters') text = text.replace('churn-weekly', long(129));
    if (what === 'an id with an invisible character')
      text = text.replace('churn-weekly', '"churn\\u200bweekly"');
    const error = await failure({ 'rows/a.yml': text });
    expect(error.problems).toHaveLength(1);
    const [problem] = error.problems;
    expect(problem!.message).toMatch(message);
    expect(problem!.location).toEqual({
      file: 'rows/a.yml',
      line: lineOf(text, marker),
      column: expect.any(Number),
    });
    expect(error.message).toContain(`rows/a.yml line ${lineOf(text, marker)}`);
  });

  it.each([
    ['sink_table: scores', 'scores'],
    ['sink_table: mlops.scores', 'mlops.scores'],
    ['deployment: blue-v2', 'blue-v2'],
    ['schedule: daily', 'free text'],
    ['schedule: every monday at six', 'free text of five words'],
    ['schedule: "0 6 * * 1-5"', 'a cron expression'],
    ['schedule: "0 0 6 * * MON-FRI"', 'a cron expression with seconds and weekday names'],
    ['schedule: "*/15 8-18 ? JAN,JUL 0,7"', 'steps, ranges, ?, month names and both Sundays'],
    ['schedule: "0 0 L * *"', "Quartz's L: free text, not cron"],
  ])('accepts %s', async (line) => {
    await expect(read({ 'rows/a.yml': rowYaml([line]) })).resolves.toHaveLength(1);
  });
});

describe('validateRows', () => {
  it('round-trips a validated row through toRawRow', async () => {
    const rows = await read({ 'rows/a.yml': rowYaml(['parameters: {a: 1}']) });
    const again = validateRows(rows.map((r) => toRawRow(r)));
    expect(again.problems).toEqual([]);
    expect(again.rows.map((row) => row.row)).toEqual(rows.map((row) => row.row));
    expect(again.rows[0]!.locate('parameters')).toEqual(rows[0]!.locate('parameters'));
  });
});
