/**
 * The first phase: everything that can be checked before any Azure or database call. First the adf receipt (for
 * this environment and subscription; a planned one only in a dry run), the table and how to reach the database;
 * then the rows with the environment's overrides, the rows against the receipts, and the user's migrations. Every
 * problem of the user's files is reported at once at its file and line: the others as annotations, the first as the
 * step's error.
 */

import { type DatabaseAccess, resolveDatabaseAccess } from '#shared/control-table/database.js';
import {
  type ControlRow,
  type Migration,
  parseTableName,
  type SourcedRow,
  type TableName,
} from '#shared/control-table/model.js';
import { BUILTIN_LAYOUT, layoutColumn, type TableLayout } from '#shared/control-table/table-layout.js';
import { loadTableSchema } from '#shared/control-table/table-schema.js';
import { ConfigurationError } from '#shared/errors.js';
import { workspaceRelative } from '#shared/files.js';
import type { Logger } from '#shared/logger.js';
import { annotateProblems, sortProblems } from '#shared/problems.js';
import { parseReceipt, parseReceiptInput } from '#shared/receipts/parse.js';
import type { AdfReceipt, AmlReceipt } from '#shared/receipts/schemas.js';
import type { SecretMasker } from '#shared/secrets.js';
import { type ActionInputs, definition } from './definition.js';
import { loadMigrations, parseVariables, tableVariables, withTableVariables } from './migrations.js';
import { RowsError } from './problems.js';
import { type RowRouting, routeReceipts, routeRows } from './receipt-check.js';
import { applyRowOverrides, loadRowOverrides } from './row-overrides.js';
import { readRows } from './rows.js';
import type { SecretRowField } from './secret-changes.js';

export type PrepareInputs = Pick<
  ActionInputs,
  | 'environment'
  | 'subscriptionId'
  | 'dryRun'
  | 'adfReceipt'
  | 'amlReceipts'
  | 'engine'
  | 'table'
  | 'tableSchema'
  | 'prune'
  | 'server'
  | 'port'
  | 'database'
  | 'dbAuth'
  | 'dbUser'
  | 'dbPassword'
  | 'connectionString'
  | 'rows'
  | 'overridesFile'
  | 'migrations'
  | 'variables'
>;

export interface PrepareContext {
  readonly logger: Logger;
  /** GITHUB_WORKSPACE: the rows and migrations globs expand in it; messages name files relative to it. */
  readonly workspace: string;
  /** The environment: `${{ env.NAME }}` in the overrides file. */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Values the overrides file took from environment variables are masked as they are read. */
  readonly masker: Pick<SecretMasker, 'mask'>;
}

export interface PreparedApply {
  /** Checked for this environment and subscription; the aml receipt is its upstream. */
  readonly adfReceipt: AdfReceipt;
  /** The aml receipts the rows route to: the adf receipt's upstream, then those of `aml-receipts`. */
  readonly amlReceipts: readonly AmlReceipt[];
  /** The rows whose endpoint or deployment no receipt covers, for the live check, and the workspaces to look in. */
  readonly liveRoutes: RowRouting['live'];
  readonly table: TableName;
  /** Where each field lives in the table: the action's own, or the user's (table-schema). */
  readonly layout: TableLayout;
  readonly access: DatabaseAccess;
  /** Validated, overridden, checked against the receipts, sorted by id. */
  readonly rows: readonly ControlRow[];
  /** The user's migrations, in run order. */
  readonly migrations: readonly Migration[];
  /** The fields the overrides set from secrets: the plan hides both sides of their changes. */
  readonly secretFields: readonly SecretRowField[];
}

export async function prepare(inputs: PrepareInputs, context: PrepareContext): Promise<PreparedApply> {
  const checked = checkTarget(inputs);
  const target = { ...checked, ...(await readTableSchema(inputs, checked.table, context)) };
  const sources = await context.logger.group('Read the rows and migrations', () =>
    readSources(inputs, target, context),
  );
  return { ...target, ...sources };
}

/**
 * The table-schema file, when given: the user's table, adopted. Its `table` names the table unless the `table` input
 * names another (left at its default, the input gives way).
 */
async function readTableSchema(
  inputs: PrepareInputs,
  table: TableName,
  { logger, workspace }: PrepareContext,
): Promise<Pick<PreparedApply, 'layout' | 'table'>> {
  if (!inputs.tableSchema) return { layout: BUILTIN_LAYOUT, table };
  const file = inputs.tableSchema;
  const schema = await annotateProblems(logger, () =>
    loadTableSchema(file, workspaceRelative(workspace, file), {
      environment: inputs.environment,
      defaultSchema: inputs.engine === 'sqlserver' ? 'dbo' : 'public',
    }),
  );
  let chosen = table;
  if (schema.table) {
    const same =
      `${schema.table.schema}.${schema.table.table}`.toLowerCase() ===
      `${table.schema}.${table.table}`.toLowerCase();
    if (!same && inputs.table !== definition.inputs.table.defaultValue) {
      throw new ConfigurationError(
        `Input 'table' is '${inputs.table}', but the table-schema ${workspaceRelative(workspace, file)} names '${schema.table.schema}.${schema.table.table}'; name the table in one place, or make them agree.`,
        { input: 'table' },
      );
    }
    chosen = schema.table;
  }
  if (inputs.prune === 'disable' && !layoutColumn(schema.layout, 'enabled')) {
    throw new ConfigurationError(
      `Input 'prune' is disable, but the table-schema ${workspaceRelative(workspace, file)} maps no column for 'enabled' to disable rows with; map one, or use prune none or delete.`,
      { input: 'prune' },
    );
  }
  logger.info(
    `Adopting ${chosen.schema}.${chosen.table} as ${workspaceRelative(workspace, file)} describes it (${schema.layout.columns.map((c) => `${c.field}: ${c.name}`).join(', ')}).`,
  );
  return { layout: schema.layout, table: chosen };
}

/** The aml-receipts input: each line a receipt of deploy-aml-endpoint for this environment and subscription. */
function parseAmlReceipts(inputs: PrepareInputs): AmlReceipt[] {
  const given = inputs.amlReceipts ?? [];
  return given.map((raw, index) => {
    try {
      return parseReceipt(raw, {
        kind: 'aml',
        input: 'aml-receipts',
        environment: inputs.environment,
        subscription: inputs.subscriptionId,
      });
    } catch (error) {
      if (!(error instanceof ConfigurationError) || given.length === 1) throw error;
      throw new ConfigurationError(
        `${error.message} (receipt ${index + 1} of ${given.length}, one per line)`,
        {
          input: 'aml-receipts',
          cause: error,
        },
      );
    }
  });
}

/** The receipts the rows are held against, the table and the database access: inputs only, nothing read yet. */
function checkTarget(
  inputs: PrepareInputs,
): Pick<PreparedApply, 'adfReceipt' | 'amlReceipts' | 'table' | 'access'> {
  const adfReceipt = parseReceiptInput(definition.inputs.adfReceipt, inputs.adfReceipt, {
    environment: inputs.environment,
    subscription: inputs.subscriptionId,
  });
  const amlReceipts = routeReceipts(adfReceipt, parseAmlReceipts(inputs));
  if (adfReceipt.planned && !inputs.dryRun) {
    throw new ConfigurationError(
      "Input 'adf-receipt' holds the receipt of a dry run of deploy-adf-pipelines: its pipelines are planned, not deployed. Only a dry run (dry-run: true) can plan with it; run deploy-adf-pipelines without dry-run first to apply.",
      { input: 'adf-receipt' },
    );
  }
  const table = parseTableName(inputs.table, inputs.engine === 'sqlserver' ? 'dbo' : 'public');
  if (!table) {
    throw new ConfigurationError(
      `Input 'table': '${inputs.table}' is not a table name; use letters, digits and "_" (schema.table).`,
      { input: 'table' },
    );
  }
  return { adfReceipt, amlReceipts, table, access: resolveDatabaseAccess(inputs) };
}

async function readSources(
  inputs: PrepareInputs,
  {
    adfReceipt,
    amlReceipts,
    table,
    layout,
  }: Pick<PreparedApply, 'adfReceipt' | 'amlReceipts' | 'table' | 'layout'>,
  { logger, workspace, env, masker }: PrepareContext,
): Promise<Pick<PreparedApply, 'rows' | 'migrations' | 'liveRoutes' | 'secretFields'>> {
  const annotated = <T>(check: () => T | Promise<T>) => annotateProblems(logger, check);
  let sourced: SourcedRow[] = await annotated(() =>
    readRows({
      workspace,
      patterns: inputs.rows,
      layout,
      context: {
        environment: inputs.environment,
        table,
        defaultSchema: inputs.engine === 'sqlserver' ? 'dbo' : 'public',
      },
      onOtherEnvironment: (file) =>
        logger.info(
          `${file} is for another environment than '${inputs.environment}': its rows are left out.`,
        ),
    }),
  );
  const file = inputs.overridesFile;
  let secretFields: readonly SecretRowField[] = [];
  if (file) {
    const read = sourced;
    const result = await annotated(async () =>
      applyRowOverrides(read, await loadRowOverrides(file, workspaceRelative(workspace, file), layout), {
        receipt: adfReceipt.upstream.receipt,
        env,
        layout,
      }),
    );
    for (const secret of result.secrets) masker.mask(secret);
    for (const line of result.applied) logger.info(`Override: ${line}`);
    secretFields = result.secretFields;
    sourced = result.rows;
  }
  const routing = routeRows(sourced, adfReceipt, amlReceipts);
  if (routing.problems.length > 0) {
    await annotated(() => {
      throw new RowsError(sortProblems(routing.problems), 'the rows against the adf receipt', 'rows');
    });
  }
  for (const notice of routing.notices) logger.info(`Notice: ${notice}`);
  sourced = routing.rows;
  logger.info(`${sourced.length} rows from ${inputs.rows.join(', ')}`);
  const migrations = await loadMigrations({
    workspace,
    patterns: inputs.migrations ?? [],
    engine: inputs.engine,
    variables: withTableVariables(tableVariables(table, inputs.engine), parseVariables(inputs.variables)),
  });
  if (migrations.length > 0) logger.info(`Migrations: ${migrations.map((m) => m.id).join(', ')}`);
  return { rows: sourced.map((s) => s.row), migrations, liveRoutes: routing.live, secretFields };
}
