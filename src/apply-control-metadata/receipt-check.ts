/**
 * The rows against what this release deployed, before any Azure call: a row may only name a pipeline the adf receipt
 * lists (the orchestrator would otherwise run something no release deployed or verified), and names the batch
 * endpoint that scores it.
 *
 * Pipelines: Data Factory names are case-insensitive, so a row naming `Score` for the deployed `score` is kept and
 * stored as the receipt spells it, with a notice; an unknown one is refused with the closest deployed name.
 *
 * Endpoints: one factory serves many use cases, each scored by its own model's endpoint. A row naming the endpoint of
 * one of the aml receipts (the adf receipt's own, and those of the `aml-receipts` input) is held against that receipt,
 * which is verified live (verify.ts): no deployment, or the receipt's, is covered by it. Every other route (another
 * endpoint, or another deployment of a receipt's endpoint) is left for the live check (endpoint-routes.ts), which
 * looks the endpoints up in the receipts' workspaces with one list per workspace, and the deployments with one list
 * per endpoint that rows pin a deployment on. Rows carry no workspace: an endpoint is found in the workspaces of the
 * receipts given (batch endpoint names are unique within a region, so a name finds one endpoint); to route rows to
 * another workspace, pass an aml receipt of that workspace.
 */

import type { ControlRow, SourcedRow } from '#shared/control-table/model.js';
import type { Problem } from '#shared/problems.js';
import type { AdfReceipt, AmlReceipt } from '#shared/receipts/schemas.js';
import { suggest } from '#shared/suggest.js';
import { hasInvisible, quoteVisible } from '#shared/values.js';

const LISTED_PIPELINES = 10;

/** An Azure ML workspace, as the aml receipts name it. */
export interface WorkspaceRef {
  readonly resourceGroup: string;
  readonly workspace: string;
}

/** A row whose endpoint or deployment the receipts do not cover: checked live. */
export interface LiveRoute {
  readonly row: SourcedRow;
  /** The receipt whose endpoint the row names (its deployment is another one), or none. */
  readonly receipt?: AmlReceipt;
}

export interface RowRouting {
  /** The rows, names spelled as the receipts spell them. */
  readonly rows: SourcedRow[];
  /** One line per name respelled. */
  readonly notices: string[];
  /** What the receipts refuse outright (an unknown pipeline). */
  readonly problems: Problem[];
  /** The rows to check against live Azure state, and where to look. */
  readonly live: { readonly routes: readonly LiveRoute[]; readonly workspaces: readonly WorkspaceRef[] };
}

const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** The aml receipts the rows may route to: the adf receipt's upstream first, then the others, once each. */
export function routeReceipts(adf: AdfReceipt, others: readonly AmlReceipt[]): AmlReceipt[] {
  const receipts: AmlReceipt[] = [];
  for (const receipt of [adf.upstream.receipt, ...others]) {
    if (!receipts.some((known) => sameName(known.endpoint.id, receipt.endpoint.id))) receipts.push(receipt);
  }
  return receipts;
}

function workspaceOf(receipt: AmlReceipt): WorkspaceRef {
  return { resourceGroup: receipt.resourceGroup, workspace: receipt.workspace };
}

/** Every mismatch with the receipts and every route to check live; the rows respelled as the receipts spell names. */
export function routeRows(
  rows: readonly SourcedRow[],
  adf: AdfReceipt,
  receipts: readonly AmlReceipt[],
): RowRouting {
  const problems: Problem[] = [];
  const notices: string[] = [];
  const routes: LiveRoute[] = [];
  const deployed = new Map(adf.pipelines.map((pipeline) => [pipeline.name.toLowerCase(), pipeline.name]));
  const names = adf.pipelines.map((pipeline) => pipeline.name);
  const listed =
    names.length === 0
      ? 'it lists no pipeline'
      : `it lists ${names.slice(0, LISTED_PIPELINES).join(', ')}${
          names.length > LISTED_PIPELINES ? ` and ${names.length - LISTED_PIPELINES} more` : ''
        }`;

  const routed = rows.map((sourced): SourcedRow => {
    const { row } = sourced;
    const changes: Partial<Record<'pipeline' | 'endpoint' | 'deployment', string>> = {};
    const respell = (column: 'pipeline' | 'endpoint' | 'deployment', spelled: string, what: string) => {
      const written = row[column];
      if (written === null || written === spelled) return;
      changes[column] = spelled;
      notices.push(`row '${row.id}': ${column} '${written}' is stored as '${spelled}', as ${what} spells it`);
    };

    const pipeline = deployed.get(row.pipeline.toLowerCase());
    if (pipeline === undefined) {
      const close = suggest(row.pipeline, names);
      const invisible = hasInvisible(row.pipeline)
        ? ' (it contains invisible characters, shown escaped)'
        : '';
      problems.push({
        message: `row '${row.id}': the pipeline ${quoteVisible(row.pipeline)}${invisible} is not in the adf receipt of factory '${adf.factory.name}' (${listed}); ${
          close ? `did you mean '${close}'? ` : ''
        }deploy it with deploy-adf-pipelines or fix the row`,
        location: sourced.locate('pipeline'),
      });
    } else {
      respell('pipeline', pipeline, 'the adf receipt');
    }

    const receipt = receipts.find((candidate) => sameName(candidate.endpoint.name, row.endpoint));
    if (receipt) {
      respell('endpoint', receipt.endpoint.name, 'the aml receipt');
      if (row.deployment !== null && sameName(row.deployment, receipt.deployment.name)) {
        respell('deployment', receipt.deployment.name, 'the aml receipt');
      } else if (row.deployment !== null) {
        routes.push({ row: sourced, receipt });
      }
    } else {
      routes.push({ row: sourced });
    }
    if (Object.keys(changes).length === 0) return sourced;
    return { ...sourced, row: { ...row, ...changes } as ControlRow };
  });

  const workspaces: WorkspaceRef[] = [];
  for (const receipt of receipts) {
    const workspace = workspaceOf(receipt);
    const known = workspaces.some(
      (w) => sameName(w.resourceGroup, workspace.resourceGroup) && sameName(w.workspace, workspace.workspace),
    );
    if (!known) workspaces.push(workspace);
  }
  // The live routes keep the respelled rows, so their messages name what will be stored.
  const byId = new Map(routed.map((sourced) => [sourced.row.id, sourced]));
  return {
    rows: routed,
    notices,
    problems,
    live: {
      routes: routes.map((route) => ({ ...route, row: byId.get(route.row.row.id) ?? route.row })),
      workspaces,
    },
  };
}
