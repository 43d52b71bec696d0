import { describe, expect, it } from '@jest/globals';
import type { ControlRow, RowColumn, SourcedRow } from '../../../src/apply-control-metadata/model.js';
import { checkRowsAgainstReceipt } from '../../../src/apply-control-metadata/receipt-check.js';
import { adfReceipt } from '../../fixtures/receipts.js';

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

describe('checkRowsAgainstReceipt', () => {
  it('accepts rows that name what the receipts deployed', () => {
    expect(checkRowsAgainstReceipt([row(), row({ id: 'b', deployment: 'credit-v3' })], adfReceipt())).toEqual(
      [],
    );
  });

  it('matches pipelines case-insensitively, as Data Factory does', () => {
    expect(checkRowsAgainstReceipt([row({ pipeline: 'SCORE' })], adfReceipt())).toEqual([]);
  });

  it('refuses a pipeline the adf receipt does not list, at the pipeline line', () => {
    expect(checkRowsAgainstReceipt([row({ pipeline: 'score_v2' })], adfReceipt())).toEqual([
      {
        message:
          "row 'credit-default': the pipeline 'score_v2' is not in the adf receipt of factory 'adf-dev' (it lists score); deploy it with deploy-adf-pipelines or fix the row",
        location: { file: FILE, line: 2, column: 3 },
      },
    ]);
  });

  it('lists at most ten deployed pipelines', () => {
    const pipelines = Array.from({ length: 13 }, (_, index) => ({
      name: `pl_${index}`,
      hash: 'a'.repeat(64),
    }));
    const [problem] = checkRowsAgainstReceipt([row({ pipeline: 'missing' })], adfReceipt({ pipelines }));
    expect(problem!.message).toContain(
      '(it lists pl_0, pl_1, pl_2, pl_3, pl_4, pl_5, pl_6, pl_7, pl_8, pl_9 and 3 more)',
    );
    const [none] = checkRowsAgainstReceipt([row()], adfReceipt({ pipelines: [] }));
    expect(none!.message).toContain('(it lists no pipeline)');
  });

  it('refuses an endpoint other than the aml receipt’s, at the endpoint line', () => {
    expect(checkRowsAgainstReceipt([row({ endpoint: 'churn' })], adfReceipt())).toEqual([
      {
        message: expect.stringMatching(
          /^row 'credit-default': the endpoint 'churn' is not the aml receipt's endpoint 'credit'; .*endpoint: \$\{\{ receipt\.endpoint\.name \}\}/,
        ),
        location: { file: FILE, line: 3, column: 3 },
      },
    ]);
    const [caseOnly] = checkRowsAgainstReceipt([row({ endpoint: 'Credit' })], adfReceipt());
    expect(caseOnly!.message).toContain(
      "the endpoint 'Credit' is not the aml receipt's endpoint 'credit' (it differs only in case)",
    );
  });

  it('refuses a pinned deployment other than the aml receipt’s, at the deployment line', () => {
    expect(checkRowsAgainstReceipt([row({ deployment: 'credit-v2' })], adfReceipt())).toEqual([
      {
        message:
          "row 'credit-default': the deployment 'credit-v2' is not the aml receipt's deployment 'credit-v3'; pin the deployment this release deployed, or leave deployment empty to use the endpoint's default",
        location: { file: FILE, line: 4, column: 3 },
      },
    ]);
  });

  it('reports every mismatch: one problem per row and column', () => {
    const problems = checkRowsAgainstReceipt(
      [
        row({ id: 'a', pipeline: 'nope', endpoint: 'other', deployment: 'blue' }, 1),
        row({ id: 'b' }, 11),
        row({ id: 'c', endpoint: 'other' }, 21),
      ],
      adfReceipt(),
    );
    expect(problems.map((p) => [p.message.split(':')[0], p.location.line])).toEqual([
      ["row 'a'", 2],
      ["row 'a'", 3],
      ["row 'a'", 4],
      ["row 'c'", 23],
    ]);
  });
});
