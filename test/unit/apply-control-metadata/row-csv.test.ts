// Rows from CSV files (row-csv.ts), read through readRows as the action reads them.
import { describe, expect, it } from '@jest/globals';
import { useRowFiles } from '../../fixtures/row-files.js';

const { read, failure } = useRowFiles();

describe('rows from CSV', () => {
  const HEADER =
    'id,pipeline,endpoint,deployment,input_location,output_location,sink_table,schedule,enabled,parameters';

  it('reads quoted fields with commas, newlines and quotes, unicode, empty cells and JSON parameters', async () => {
    const text = [
      HEADER,
      'churn-weekly,pl_score,churn-be,,abfss://in/churn,abfss://out/churn,,,TRUE,',
      'credit-default,pl_score,credit-be,blue,"abfss://in/a,b","abfss://out/""quoted""",scoring.credit,"weekly',
      'on mondays",False,"{""threshold"": 0.7, ""label"": ""Kündigung ✓""}"',
      'zeta,pl_score,zeta-be,,in/é,out/日本,dbo.z,,,',
    ].join('\r\n');
    const rows = await read({ 'rows/use-cases.csv': `\uFEFF${text}\r\n` });

    expect(rows.map((row) => row.row)).toEqual([
      {
        id: 'churn-weekly',
        pipeline: 'pl_score',
        endpoint: 'churn-be',
        deployment: null,
        input_location: 'abfss://in/churn',
        output_location: 'abfss://out/churn',
        sink_table: null,
        schedule: null,
        enabled: true,
        parameters: {},
      },
      {
        id: 'credit-default',
        pipeline: 'pl_score',
        endpoint: 'credit-be',
        deployment: 'blue',
        input_location: 'abfss://in/a,b',
        output_location: 'abfss://out/"quoted"',
        sink_table: 'scoring.credit',
        schedule: 'weekly\non mondays',
        enabled: false,
        parameters: { threshold: 0.7, label: 'Kündigung ✓' },
      },
      expect.objectContaining({
        id: 'zeta',
        input_location: 'in/é',
        output_location: 'out/日本',
        enabled: true,
      }),
    ]);
    const [churn, credit, zeta] = rows;
    expect(churn!.location).toEqual({ file: 'rows/use-cases.csv', line: 2, column: 1 });
    expect(credit!.locate('sink_table')).toEqual({ file: 'rows/use-cases.csv', line: 3, column: 82 });
    // The record spans two lines: a column after the line break is located on the second.
    expect(credit!.locate('enabled')).toEqual({ file: 'rows/use-cases.csv', line: 4, column: 13 });
    expect(zeta!.location).toEqual({ file: 'rows/use-cases.csv', line: 5, column: 1 });
  });

  it('reads a file with only some columns, in any order', async () => {
    const [row] = await read({
      'rows/a.csv': 'output_location,id,endpoint,pipeline,input_location\nout,a1,churn-be,pl_score,in\n',
    });
    expect(row!.row).toMatchObject({ id: 'a1', input_location: 'in', enabled: true, parameters: {} });
    expect(row!.locate('endpoint')).toEqual({ file: 'rows/a.csv', line: 2, column: 8 });
  });

  it('reports a bad JSON cell at its line, after a record that spans lines', async () => {
    const text = [
      'id,pipeline,endpoint,input_location,output_location,parameters',
      'a1,pl_score,churn-be,"in',
      'two lines",out,{}',
      'a2,pl_score,churn-be,in,out,"{""threshold"": 0.7,',
      '""oops""}"',
      'a3,pl_score,churn-be,in,out,[1]',
      'a4,pl_score,churn-be,in,out,"{""a"": 1, ""a"": 2}"',
    ].join('\n');
    const error = await failure({ 'rows/a.csv': text });
    expect(error.problems).toEqual([
      {
        message: expect.stringMatching(
          /^'parameters' is not valid JSON: .*\(line 2, column \d+ of the value\)$/,
        ),
        location: { file: 'rows/a.csv', line: 5 },
      },
      {
        message: "row 'a3': 'parameters' must be a JSON object (a mapping of name to value), not a list",
        location: { file: 'rows/a.csv', line: 6, column: 29 },
      },
      {
        message: expect.stringMatching(/^'parameters' is not valid JSON: .*unique/i),
        location: { file: 'rows/a.csv', line: 7 },
      },
    ]);
  });

  it('reads enabled as true, false, 1 or 0 (any case)', async () => {
    const rows = await read({
      'rows/a.csv': [
        'id,pipeline,endpoint,input_location,output_location,enabled',
        'a1,pl_score,churn-be,in,out,1',
        'a2,pl_score,churn-be,in,out,0',
        'a3,pl_score,churn-be,in,out,TRUE',
        'a4,pl_score,churn-be,in,out,False',
        '',
      ].join('\n'),
    });
    expect(rows.map((r) => [r.row.id, r.row.enabled])).toEqual([
      ['a1', true],
      ['a2', false],
      ['a3', true],
      ['a4', false],
    ]);
  });

  it('refuses enabled other than true or false', async () => {
    const error = await failure({
      'rows/a.csv':
        'id,pipeline,endpoint,input_location,output_location,enabled\na1,pl_score,churn-be,in,out,yes\n',
    });
    expect(error.problems).toEqual([
      {
        message: `'enabled' must be true or false (or 1 or 0), not "yes"`,
        location: { file: 'rows/a.csv', line: 2, column: 29 },
      },
    ]);
  });

  it('refuses unknown and missing header columns once, at the header', async () => {
    const error = await failure({
      'rows/a.csv':
        'id,pipline,endpoint,input_location,output_location\na1,pl_score,churn-be,in,out\na2,x,y,z,w\n',
    });
    expect(error.problems).toEqual([
      {
        message: expect.stringMatching(/^the header has no 'pipeline' column, which every row needs/),
        location: { file: 'rows/a.csv', line: 1 },
      },
      {
        message: expect.stringMatching(
          /^unknown column 'pipline'; did you mean 'pipeline'\? The columns are id, /,
        ),
        location: { file: 'rows/a.csv', line: 1, column: 4 },
      },
    ]);
  });

  it('refuses a column named twice', async () => {
    const error = await failure({
      'rows/a.csv':
        'id,pipeline,endpoint,input_location,output_location,id\na1,pl_score,churn-be,in,out,a2\n',
    });
    expect(error.problems).toEqual([
      {
        message: "the header names the column 'id' twice",
        location: { file: 'rows/a.csv', line: 1, column: 53 },
      },
    ]);
  });

  it.each([
    ['an unclosed quote', 'id,pipeline\n"a1,pl\n', /^invalid CSV: Quote Not Closed: /, 2],
    [
      'a record with more fields than the header',
      'id,pipeline\na1,p,extra\n',
      /^invalid CSV: Invalid Record Length: the record has 3 fields, but it must have as many fields as the header$/,
      2,
    ],
    [
      'a quote inside an unquoted field',
      'id,pipeline\na"1",p\n',
      /^invalid CSV: Invalid Opening Quote: a quote inside the unquoted value of field 1; quote the whole value/,
      2,
    ],
    [
      'a value that goes on after its closing quote',
      'id,pipeline\n"a"1,p\n',
      /^invalid CSV: Invalid Closing Quote: a quoted value goes on after its closing quote/,
      2,
    ],
  ])('refuses %s with its line', async (_name, text, message, line) => {
    const error = await failure({ 'rows/a.csv': text });
    expect(error.problems).toEqual([
      { message: expect.stringMatching(message), location: { file: 'rows/a.csv', line } },
    ]);
    expect(error.problems[0]!.message).not.toMatch(/line \d/);
  });

  it('refuses an empty file and a file that is not UTF-8', async () => {
    const latin1 = Buffer.from(
      'id,pipeline,endpoint,input_location,output_location\nk\xfcndigung,p,churn-be,in,out\n',
      'latin1',
    );
    const error = await failure({ 'rows/empty.csv': '', 'rows/latin1.csv': latin1 });
    expect(error.problems).toEqual([
      {
        message: expect.stringMatching(/^the file is empty; a CSV file of rows starts with a header/),
        location: { file: 'rows/empty.csv' },
      },
      { message: expect.stringMatching(/^the file is not UTF-8/), location: { file: 'rows/latin1.csv' } },
    ]);
  });
});
