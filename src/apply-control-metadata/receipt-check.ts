/**
 * The rows against what this release deployed: a row may only name a pipeline the adf receipt lists, and the endpoint
 * (and pinned deployment) of the aml receipt the adf receipt was built on. A row pointing elsewhere would make the
 * orchestrator run something this release never deployed or verified.
 */

import type { Problem } from '#shared/problems.js';
import type { AdfReceipt } from '#shared/receipts/schemas.js';
import type { SourcedRow } from './model.js';

const LISTED_PIPELINES = 10;

/** Every mismatch between the rows and the receipts: one problem per row and column, at the column's location. */
export function checkRowsAgainstReceipt(rows: readonly SourcedRow[], adf: AdfReceipt): Problem[] {
  const problems: Problem[] = [];
  const deployed = new Set(adf.pipelines.map((pipeline) => pipeline.name.toLowerCase()));
  const names = adf.pipelines.map((pipeline) => pipeline.name);
  const listed =
    names.length === 0
      ? 'it lists no pipeline'
      : `it lists ${names.slice(0, LISTED_PIPELINES).join(', ')}${
          names.length > LISTED_PIPELINES ? ` and ${names.length - LISTED_PIPELINES} more` : ''
        }`;
  const aml = adf.upstream.receipt;

  for (const sourced of rows) {
    const { row } = sourced;
    // Data Factory names are case-insensitive: `Score` runs the pipeline deployed as `score`.
    if (!deployed.has(row.pipeline.toLowerCase())) {
      problems.push({
        message: `row '${row.id}': the pipeline '${row.pipeline}' is not in the adf receipt of factory '${adf.factory.name}' (${listed}); deploy it with deploy-adf-pipelines or fix the row`,
        location: sourced.locate('pipeline'),
      });
    }
    const mismatch = (column: 'endpoint' | 'deployment', expected: string, what: string, hint: string) => {
      const actual = row[column];
      if (actual === null || actual === expected) return;
      const caseOnly = actual.toLowerCase() === expected.toLowerCase() ? ' (it differs only in case)' : '';
      problems.push({
        message: `row '${row.id}': the ${column} '${actual}' is not ${what} '${expected}'${caseOnly}; ${hint}`,
        location: sourced.locate(column),
      });
    };
    mismatch(
      'endpoint',
      aml.endpoint.name,
      "the aml receipt's endpoint",
      `a row is scored by the endpoint this release deployed; write '${aml.endpoint.name}' (in the overrides file: endpoint: \${{ receipt.endpoint.name }})`,
    );
    mismatch(
      'deployment',
      aml.deployment.name,
      "the aml receipt's deployment",
      "pin the deployment this release deployed, or leave deployment empty to use the endpoint's default",
    );
  }
  return problems;
}
