// The table-schema file (table-schema.ts) and rows written with the user's column names against it.
import { describe, expect, it } from '@jest/globals';
import { readRows } from '../../../src/apply-control-metadata/rows.js';
import { parseTableSchema, tableSchemaDigest } from '../../../src/shared/control-table/table-schema.js';
import { parseDocumentText } from '../../../src/shared/documents.js';
import { ProblemsError } from '../../../src/shared/problems.js';
import { useRowFiles } from '../../fixtures/row-files.js';

const context = { environment: 'dev', defaultSchema: 'dbo' };
const parse = (text: string) => parseTableSchema(parseDocumentText(text, 'control-table.yml'), context);

const SCHEMA = `version: 1
table: etl.ScoringControl
environment: dev
columns:
  id: { name: UseCaseId, type: nvarchar(128) }
  pipeline: TopLevelPipelineName
  endpoint: { name: EndpointName, type: nvarchar(32) }
  enabled: CopyEnabled
  parameters: CopyActivitySettings
  environment: Environment
`;

describe('parseTableSchema', () => {
  it('reads the mapping, its types and the table; the version and environment are understood', () => {
    const schema = parse(SCHEMA);
    expect(schema.table).toEqual({ schema: 'etl', table: 'ScoringControl' });
    expect(schema.layout.adopted).toBe(true);
    expect(schema.layout.columns.map((c) => [c.field, c.name, c.type, c.location?.line])).toEqual([
      ['id', 'UseCaseId', { base: 'nvarchar', length: 128 }, 5],
      ['pipeline', 'TopLevelPipelineName', undefined, 6],
      ['endpoint', 'EndpointName', { base: 'nvarchar', length: 32 }, 7],
      ['enabled', 'CopyEnabled', undefined, 8],
      ['parameters', 'CopyActivitySettings', undefined, 9],
      ['environment', 'Environment', undefined, 10],
    ]);
  });

  it('refuses every problem at once, each at its line', () => {
    let error: unknown;
    try {
      parse(`version: 2
environment: prod
owner: data-team
columns:
  id: Use Case
  pipline: PipelineName
  endpoint: { name: EndpointName, type: "nvarchar(" }
`);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(ProblemsError);
    expect((error as ProblemsError).problems.map((p) => [p.location.line, p.message])).toEqual([
      [
        3,
        expect.stringMatching(/^unknown key 'owner'\. The keys are version, table, environment, columns\.$/),
      ],
      [1, 'version 2: this action reads version 1 (or leave version out)'],
      [2, expect.stringMatching(/^the file is for environment "prod", but this step works on 'dev'/)],
      [5, expect.stringMatching(/^'Use Case' is not a column name this action writes/)],
      [6, expect.stringMatching(/^unknown field 'pipline'; did you mean 'pipeline'\?/)],
      [7, expect.stringMatching(/^type "nvarchar\(" is not a SQL type name/)],
      [4, "'columns' maps no column for 'id', which every control table needs"],
      [4, "'columns' maps no column for 'pipeline', which every control table needs"],
      [4, "'columns' maps no column for 'endpoint', which every control table needs"],
    ]);
  });
});

describe('rows for a table the user brought', () => {
  const files = useRowFiles();
  const layout = parse(SCHEMA).layout;
  const read = (environment = 'dev') =>
    readRows({
      workspace: files.workspace,
      patterns: ['rows/**'],
      layout,
      context: { environment, table: { schema: 'etl', table: 'ScoringControl' }, defaultSchema: 'dbo' },
    });

  it("reads fields by the user's column names or by field name; unmapped fields are empty", async () => {
    await files.write({
      'rows/a.yml': `version: 1
environment: dev
table: etl.ScoringControl
use_cases:
  - UseCaseId: churn-weekly
    TopLevelPipelineName: pl_score
    endpoint: churn-be
    CopyEnabled: false
`,
      'rows/b.csv': 'UseCaseId,TopLevelPipelineName,EndpointName,CopyEnabled\nfraud,pl_score,fraud-be,0\n',
    });
    // In prod, the YAML file (for dev) gives no rows; the CSV file (for every environment) still does.
    expect((await read('prod')).map((r) => r.row.id)).toEqual(['fraud']);
    const dev = await read('dev');
    expect(dev.map((r) => r.row)).toEqual([
      expect.objectContaining({
        id: 'churn-weekly',
        pipeline: 'pl_score',
        endpoint: 'churn-be',
        enabled: false,
      }),
      {
        id: 'fraud',
        pipeline: 'pl_score',
        endpoint: 'fraud-be',
        deployment: null,
        input_location: '',
        output_location: '',
        sink_table: null,
        schedule: null,
        enabled: false,
        parameters: {},
      },
    ]);
  });

  it('refuses a field the table has no column for, a field given twice, another table and a long value', async () => {
    await files.write({
      'rows/a.yml': `table: etl.Other
use_cases:
  - UseCaseId: churn-weekly
    id: churn-weekly
    TopLevelPipelineName: pl_score
    EndpointName: ${'e'.repeat(33)}
    sink_table: scores.churn
`,
    });
    const error = await read().then(
      () => undefined,
      (thrown: unknown) => thrown as ProblemsError,
    );
    expect(error?.problems.map((p) => [p.location.line, p.message])).toEqual([
      [
        1,
        expect.stringMatching(
          /^the file's rows are for table 'etl.Other', but this step applies to 'etl.ScoringControl'/,
        ),
      ],
      [4, "row 'churn-weekly': 'id' and 'UseCaseId' are the same field (id); keep one"],
      [6, "row 'churn-weekly': 'endpoint' is 33 characters long; its column holds at most 32"],
      [
        7,
        "row 'churn-weekly': the control table has no column for 'sink_table' (the table-schema maps none); leave it out of the row",
      ],
    ]);
  });
});

describe('tableSchemaDigest', () => {
  const digest = (text: string) => tableSchemaDigest(parse(text).layout);

  it('is the mapping: neither the key order, comments, the table nor the file change it', () => {
    const reordered = `# the same mapping, written otherwise
columns:
  environment: Environment
  parameters: CopyActivitySettings
  enabled: CopyEnabled
  endpoint: { type: nvarchar(32), name: EndpointName }
  pipeline: { name: TopLevelPipelineName }
  id: { name: UseCaseId, type: NVARCHAR(128) }
`;
    expect(digest(reordered)).toBe(digest(SCHEMA));
    expect(tableSchemaDigest(parseTableSchema(parseDocumentText(SCHEMA, 'other.yml'), context).layout)).toBe(
      digest(SCHEMA),
    );
    expect(digest(SCHEMA)).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each([
    ['a column renamed', SCHEMA.replace('TopLevelPipelineName', 'PipelineName')],
    ['a field unmapped', SCHEMA.replace('  environment: Environment\n', '')],
    ['a field mapped', `${SCHEMA}  sink_table: SinkTable\n`],
    ['a declared type changed', SCHEMA.replace('nvarchar(32)', 'nvarchar(64)')],
    ['a declared type dropped', SCHEMA.replace('{ name: EndpointName, type: nvarchar(32) }', 'EndpointName')],
  ])('changes with %s', (_what, changed) => {
    expect(digest(changed)).not.toBe(digest(SCHEMA));
  });
});
