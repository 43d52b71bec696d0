import { describe, expect, it } from '@jest/globals';
import { routeReceipts, routeRows } from '../../../src/apply-control-metadata/receipt-check.js';
import type { ControlRow, RowColumn, SourcedRow } from '../../../src/shared/control-table/model.js';
import type { AdfReceipt } from '../../../src/shared/receipts/schemas.js';
import { adfReceipt, amlReceipt } from '../../fixtures/receipts.js';

// The adf receipt's pipelines are [score]; its aml receipt's endpoint is 'credit', deployment 'credit-v3'.
const FILE = 'rows/use-cases.yml';
const COLUMN_LINES: Readonly<Record<RowColumn, number>> = {
  id: 1,
  pipeline: 2,
  endpoint: 3,
  deployment: 4,
  input_location: 5,
  output_location: 6,
  sink_table: 7,
  schedule: 8,
  enabled: 9,
  parameters: 10,
};

/** A row written at `line` (each column on its own line below), valid against the fixture receipts. */
function row(changes: Partial<ControlRow> = {}, line = 1): SourcedRow {
  return {
    row: {
      id: 'credit-default',
      pipeline: 'score',
      endpoint: 'credit',
      deployment: null,
      input_location: 'in',
      output_location: 'out',
      sink_table: null,
      schedule: null,
      enabled: true,
      parameters: {},
      ...changes,
    },
    location: { file: FILE, line, column: 3 },
    locate: (column) => ({ file: FILE, line: line + COLUMN_LINES[column] - 1, column: 3 }),
  };
}

/** The routing of the rows against the fixture receipts (and `others`, aml receipts besides the adf one's). */
function route(
  rows: SourcedRow[],
  adf: AdfReceipt = adfReceipt(),
  others = [] as ReturnType<typeof amlReceipt>[],
) {
  return routeRows(rows, adf, routeReceipts(adf, others));
}

describe('routeRows: pipelines', () => {
  it('accepts rows that name what the receipts deployed, with nothing to check live', () => {
    const routing = route([row(), row({ id: 'b', deployment: 'credit-v3' })]);
    expect(routing.problems).toEqual([]);
    expect(routing.notices).toEqual([]);
    expect(routing.live.routes).toEqual([]);
  });

  it('keeps a pipeline that differs only in case, stored as the receipt spells it, with a notice', () => {
    const routing = route([row({ pipeline: 'SCORE', endpoint: 'CREDIT' })]);
    expect(routing.problems).toEqual([]);
    expect(routing.rows[0]!.row).toMatchObject({ pipeline: 'score', endpoint: 'credit' });
    expect(routing.notices).toEqual([
      "row 'credit-default': pipeline 'SCORE' is stored as 'score', as the adf receipt spells it",
      "row 'credit-default': endpoint 'CREDIT' is stored as 'credit', as the aml receipt spells it",
    ]);
  });

  it('refuses a pipeline the adf receipt does not list, at the pipeline line, with the closest one', () => {
    expect(route([row({ pipeline: 'scores' })]).problems).toEqual([
      {
        message:
          "row 'credit-default': the pipeline 'scores' is not in the adf receipt of factory 'adf-dev' (it lists score); did you mean 'score'? deploy it with deploy-adf-pipelines or fix the row",
        location: { file: FILE, line: 2, column: 3 },
      },
    ]);
  });

  it('shows invisible characters of a pipeline name escaped', () => {
    const [problem] = route([row({ pipeline: 'score\u200b' })]).problems;
    expect(problem!.message).toContain(
      "the pipeline 'score\\u200b' (it contains invisible characters, shown escaped) is not in the adf receipt",
    );
  });

  it('lists at most ten deployed pipelines', () => {
    const pipelines = Array.from({ length: 13 }, (_, index) => ({
      name: `pl_${index}`,
      hash: 'a'.repeat(64),
    }));
    const [problem] = route([row({ pipeline: 'missing' })], adfReceipt({ pipelines })).problems;
    expect(problem!.message).toContain(
      '(it lists pl_0, pl_1, pl_2, pl_3, pl_4, pl_5, pl_6, pl_7, pl_8, pl_9 and 3 more)',
    );
    const [none] = route([row()], adfReceipt({ pipelines: [] })).problems;
    expect(none!.message).toContain('(it lists no pipeline)');
  });
});

describe('routeRows: endpoints', () => {
  it('leaves other endpoints, and other deployments of a receipt endpoint, to the live check', () => {
    const routing = route([
      row({ id: 'a', endpoint: 'churn' }),
      row({ id: 'b', deployment: 'credit-v2' }),
      row({ id: 'c' }),
    ]);
    expect(routing.problems).toEqual([]);
    expect(routing.live.routes.map((r) => [r.row.row.id, r.receipt?.endpoint.name])).toEqual([
      ['a', undefined],
      ['b', 'credit'],
    ]);
    expect(routing.live.workspaces).toEqual([{ resourceGroup: 'rg-dev', workspace: 'mlw-dev' }]);
  });

  it('holds rows naming the endpoint of another aml receipt against that receipt', () => {
    const WS =
      '/subscriptions/s/resourceGroups/rg-fraud/providers/Microsoft.MachineLearningServices/workspaces/mlw-fraud';
    const fraud = amlReceipt({
      resourceGroup: 'rg-fraud',
      workspace: 'mlw-fraud',
      endpoint: {
        name: 'fraud',
        id: `${WS}/batchEndpoints/fraud`,
        scoringUri: 'https://fraud.x.inference.ml.azure.com/jobs',
      },
      deployment: { name: 'fraud-v1', id: `${WS}/batchEndpoints/fraud/deployments/fraud-v1` },
    });
    const routing = route(
      [
        row({ id: 'a', endpoint: 'fraud' }),
        row({ id: 'b', endpoint: 'fraud', deployment: 'FRAUD-V1' }),
        row({ id: 'c', endpoint: 'churn' }),
      ],
      adfReceipt(),
      [fraud, fraud],
    );
    expect(routing.rows[1]!.row.deployment).toBe('fraud-v1');
    expect(routing.live.routes.map((r) => r.row.row.id)).toEqual(['c']);
    // Both workspaces are searched for the endpoint no receipt names; the receipt given twice counts once.
    expect(routing.live.workspaces).toEqual([
      { resourceGroup: 'rg-dev', workspace: 'mlw-dev' },
      { resourceGroup: 'rg-fraud', workspace: 'mlw-fraud' },
    ]);
  });

  it('reports every unknown pipeline at once, one problem per row', () => {
    const problems = route([
      row({ id: 'a', pipeline: 'nope' }, 1),
      row({ id: 'b' }, 11),
      row({ id: 'c', pipeline: 'other' }, 21),
    ]).problems;
    expect(problems.map((p) => [p.message.split(':')[0], p.location.line])).toEqual([
      ["row 'a'", 2],
      ["row 'c'", 22],
    ]);
  });
});
