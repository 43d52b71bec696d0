/**
 * The first phase: everything that can be checked without Azure, before any Azure call — the sign-in inputs, the
 * metadata receipt (for this environment and subscription, its chain of receipts unaltered, not from a dry run
 * unless this is one), the mode and the inputs it takes, the input data (a local path must exist), the
 * expectations file and its golden file (read whole: a bad golden file is refused here). A step that fails here
 * has made no request.
 *
 * The mode switch: endpoint mode takes `input`; pipeline mode takes `use-case` (and optionally `pipeline` and
 * `parameters`) and the control database's sign-in (the database itself is the one the metadata receipt names),
 * and `table-schema` when apply-control-metadata adopted the user's table (pipeline/control-table-layout.ts); each
 * refuses the other's inputs. The pipeline's own checks (the row, the pipeline's parameters) need Azure and the
 * database and are made before its run starts (pipeline/pipeline-scoring.ts).
 */
import { extname } from 'node:path';
import { resolveAzureAccess } from '#shared/azure/azure-inputs.js';
import { type DatabaseAccess, resolveDatabaseAccess } from '#shared/control-table/database.js';
import { parseTableName } from '#shared/control-table/model.js';
import type { TableLayout } from '#shared/control-table/table-layout.js';
import { loadTableSchema } from '#shared/control-table/table-schema.js';
import { ConfigurationError, formatLocation } from '#shared/errors.js';
import { workspaceRelative } from '#shared/files.js';
import type { Logger } from '#shared/logger.js';
import { annotateProblems } from '#shared/problems.js';
import { checkReceiptChain } from '#shared/receipts/chain.js';
import { parseReceiptInput } from '#shared/receipts/parse.js';
import { runInfoFromEnvironment } from '#shared/receipts/run-info.js';
import type { AmlReceipt, MetadataReceipt, RunInfo } from '#shared/receipts/schemas.js';
import { isRecord } from '#shared/values.js';
import { type ActionInputs, definition, type Mode } from './definition.js';
import { type Expectations, loadExpectations } from './expectations/expectations-file.js';
import { type GoldenTable, loadGolden } from './expectations/golden-file.js';
import { controlTableLayout } from './pipeline/control-table-layout.js';
import { countLocalRows, readScoringInput, type ScoringInput } from './scoring-input.js';

export interface PreparedScoring {
  readonly metadataReceipt: MetadataReceipt;
  /** The metadata receipt's aml receipt: the endpoint, deployment and model this run scores with. */
  readonly amlReceipt: AmlReceipt;
  readonly mode: Mode;
  /** Endpoint mode's input; pipeline mode's pipelines read their own. */
  readonly input: ScoringInput | undefined;
  /** Pipeline mode: what to run, and how to reach the control table. */
  readonly pipeline?: PipelineRequest;
  /** The local input's data rows, counted when the expectations compare with them. */
  readonly inputRows: number | undefined;
  readonly expectations: Expectations | undefined;
  readonly golden: GoldenTable | undefined;
  readonly run: RunInfo;
}

export interface PipelineRequest {
  readonly useCase: string;
  /** The `pipeline` input, over the use case's. */
  readonly pipeline: string | undefined;
  readonly parameters: Readonly<Record<string, unknown>> | undefined;
  readonly database: DatabaseAccess;
  /** The columns to read the receipt's table with: the action's own, or the adopted table's (`table-schema`). */
  readonly layout: TableLayout;
}

export interface PrepareDeps {
  readonly env: NodeJS.ProcessEnv;
  readonly workspace: string;
  readonly logger: Logger;
}

const PIPELINE_INPUTS = [
  ['use-case', 'useCase'],
  ['pipeline', 'pipeline'],
  ['parameters', 'parameters'],
  ['table-schema', 'tableSchema'],
] as const;

export async function prepareScoring(inputs: ActionInputs, deps: PrepareDeps): Promise<PreparedScoring> {
  resolveAzureAccess(inputs);
  const metadataReceipt = parseReceiptInput(definition.inputs.metadataReceipt, inputs.metadataReceipt, {
    environment: inputs.environment,
    subscription: inputs.subscriptionId,
  });
  checkReceiptChain(metadataReceipt, 'metadata-receipt');
  const adfReceipt = metadataReceipt.upstream.receipt;
  if (adfReceipt.planned && !inputs.dryRun) {
    throw new ConfigurationError(
      "Input 'metadata-receipt' comes from a dry run: the pipelines in it were planned, not deployed. Only a dry run (dry-run: true) can plan with it; run the release without dry-run first.",
      { input: 'metadata-receipt' },
    );
  }
  const pipeline =
    inputs.mode === 'pipeline'
      ? {
          ...pipelineRequest(inputs, metadataReceipt),
          layout: await readLayout(inputs, metadataReceipt, deps),
        }
      : undefined;
  if (!pipeline) {
    for (const [name, key] of PIPELINE_INPUTS) {
      if (inputs[key] !== undefined) {
        throw new ConfigurationError(
          `Input '${name}' is for pipeline mode, but mode is endpoint: remove it, or set mode: pipeline.`,
          { input: name },
        );
      }
    }
    if (inputs.input === undefined) {
      throw new ConfigurationError(
        'Input required and not supplied: input (mode is endpoint: the data to score, a workspace file or folder, an azureml:// or an https:// URI)',
        { input: 'input' },
      );
    }
  }
  return deps.logger.group('Read the input and the expectations', async () => {
    const input = pipeline ? undefined : await readScoringInput(inputs.input!, deps.workspace);
    if (input?.kind === 'local') {
      deps.logger.info(
        `Input ${input.content.shown}: ${input.content.files.length} file(s), ${input.content.bytes} bytes (content ${input.content.digest.slice(0, 12)})`,
      );
    }
    const file = inputs.expectations;
    const expectations = file
      ? await annotateProblems(deps.logger, () => loadExpectations(file, deps.workspace))
      : undefined;
    if (expectations)
      deps.logger.info(`Expectations ${expectations.file} (digest ${expectations.digest.slice(0, 12)})`);
    else deps.logger.warning('No expectations file: the output is only required to hold at least one row.');
    let inputRows: number | undefined;
    if (expectations?.rows?.kind === 'input' && input) inputRows = await localRowsFor(input, expectations);
    const golden = expectations?.golden
      ? await annotateProblems(deps.logger, () =>
          loadGolden(expectations.golden!, expectations.output.columns),
        )
      : undefined;
    if (golden)
      deps.logger.info(`Golden file ${golden.file}: ${golden.rows} row(s) by ${golden.keyNames.join(', ')}`);
    return {
      metadataReceipt,
      amlReceipt: adfReceipt.upstream.receipt,
      mode: inputs.mode,
      input,
      ...(pipeline ? { pipeline } : {}),
      inputRows,
      expectations,
      golden,
      run: runInfoFromEnvironment(deps.env),
    };
  });
}

/**
 * The input's rows, for `rows: input`: counted here for a local input, later for a datastore one; an https input
 * is not read by this step, so it cannot be compared with.
 */
async function localRowsFor(input: ScoringInput, expectations: Expectations): Promise<number | undefined> {
  const at = expectations.rows!.location;
  const where = formatLocation(at, { column: false });
  if (input.kind === 'url') {
    throw new ConfigurationError(
      `${where}: 'rows: input' needs an input this step can read (a workspace path or an azureml:// datastore URI), and the input is an https:// URL; give the number of rows instead.`,
      { input: 'expectations', location: at },
    );
  }
  if (input.kind !== 'local') return undefined;
  const other = input.content.files.find((file) => extname(file.path).toLowerCase() !== '.csv');
  if (other) {
    throw new ConfigurationError(
      `${where}: 'rows: input' counts the rows of CSV files, and the input holds '${other.path}'; give the number of rows instead.`,
      { input: 'expectations', location: at },
    );
  }
  return countLocalRows(input.content);
}

/**
 * Pipeline mode's inputs: a use case, no `input` (the pipeline reads its own), `parameters` a mapping, and a way to
 * sign in to the control database the metadata receipt names (its engine, server and database come from there).
 */
function pipelineRequest(inputs: ActionInputs, receipt: MetadataReceipt): Omit<PipelineRequest, 'layout'> {
  if (inputs.input !== undefined) {
    throw new ConfigurationError(
      "Input 'input' is for endpoint mode, but mode is pipeline: the use case's pipeline reads its own input. Remove it, or set mode: endpoint.",
      { input: 'input' },
    );
  }
  if (!inputs.useCase) {
    throw new ConfigurationError(
      'Input required and not supplied: use-case (mode is pipeline: the id of the control table row whose pipeline runs)',
      { input: 'use-case' },
    );
  }
  if (inputs.parameters !== undefined && !isRecord(inputs.parameters)) {
    throw new ConfigurationError(
      "Input 'parameters' must be a mapping of parameter names to values (YAML or JSON).",
      { input: 'parameters' },
    );
  }
  const { store } = receipt;
  const database = resolveDatabaseAccess({
    engine: store.engine,
    ...(inputs.connectionString ? {} : { server: store.server, database: store.database }),
    ...(inputs.port !== undefined ? { port: inputs.port } : {}),
    dbAuth: inputs.dbAuth,
    ...(inputs.dbUser ? { dbUser: inputs.dbUser } : {}),
    ...(inputs.dbPassword ? { dbPassword: inputs.dbPassword } : {}),
    ...(inputs.connectionString ? { connectionString: inputs.connectionString } : {}),
  });
  return {
    useCase: inputs.useCase,
    pipeline: inputs.pipeline,
    parameters: inputs.parameters as Readonly<Record<string, unknown>> | undefined,
    database,
  };
}

/** The layout of the receipt's control table, the `table-schema` input held against the receipt. */
async function readLayout(
  inputs: ActionInputs,
  receipt: MetadataReceipt,
  deps: PrepareDeps,
): Promise<TableLayout> {
  const { store } = receipt;
  const defaultSchema = store.engine === 'postgresql' ? 'public' : 'dbo';
  const table = parseTableName(store.table, defaultSchema);
  if (!table)
    throw new Error(`The metadata receipt names the control table '${store.table}', which is no table name.`);
  const file = inputs.tableSchema;
  const schema = file
    ? await annotateProblems(deps.logger, () =>
        loadTableSchema(file, workspaceRelative(deps.workspace, file), {
          environment: inputs.environment,
          defaultSchema,
        }),
      )
    : undefined;
  const layout = controlTableLayout(receipt, table, schema);
  if (layout.adopted) {
    deps.logger.info(
      `Control table ${store.table} read as ${layout.file} maps it (${layout.columns.map((c) => `${c.field}: ${c.name}`).join(', ')}), the mapping apply-control-metadata adopted it with.`,
    );
  }
  return layout;
}

/** Endpoint mode's input (prepareScoring requires it in that mode). */
export function endpointInput(prepared: PreparedScoring): ScoringInput {
  if (!prepared.input) throw new Error('Endpoint mode was prepared without an input.');
  return prepared.input;
}
