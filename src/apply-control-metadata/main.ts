/**
 * apply-control-metadata: wiring only. Inputs are parsed by runAction; the adf receipt, the database access, the
 * rows (with the overrides file), the rows against the receipts and the migrations are all checked before any Azure
 * or database call, every problem reported at once at its file and line. Then the receipts are verified against
 * live state (the aml receipt inside: the endpoint serves what it says; the adf receipt: the factory holds its
 * pipelines as deployed, except a planned one, which only a dry run takes), and the domain modules apply in one
 * locked transaction; this file sets the outputs, the summary and the receipt. Domain modules are imported when
 * needed.
 */
import * as core from '@actions/core';
import { type RuntimeDependencies, runAction } from '#shared/action.js';
import { definition } from './definition.js';

export function run(deps: RuntimeDependencies = { core, env: process.env }): Promise<void> {
  return runAction(definition, deps, async (context) => {
    const { inputs, logger, env, workspace, clock, masker, summary } = context;
    const [
      { resolveAzureAccess },
      { parseReceiptInput },
      { runInfoFromEnvironment },
      { workspaceRelative },
      { ConfigurationError },
      { parseTableName },
      { resolveDatabaseAccess, openStore },
      { readRows },
      { loadRowOverrides, applyRowOverrides },
      { checkRowsAgainstReceipt },
      { RowsError },
      { annotateProblems, sortProblems },
      { loadMigrations, parseVariables },
    ] = await Promise.all([
      import('#shared/azure/azure-inputs.js'),
      import('#shared/receipts/parse.js'),
      import('#shared/receipts/run-info.js'),
      import('#shared/files.js'),
      import('#shared/errors.js'),
      import('./model.js'),
      import('./database.js'),
      import('./rows.js'),
      import('./row-overrides.js'),
      import('./receipt-check.js'),
      import('./problems.js'),
      import('#shared/problems.js'),
      import('./migrations.js'),
    ]);
    resolveAzureAccess(inputs);
    const adfReceipt = parseReceiptInput(definition.inputs.adfReceipt, inputs.adfReceipt, {
      environment: inputs.environment,
      subscription: inputs.subscriptionId,
    });
    if (adfReceipt.planned && !inputs.dryRun) {
      throw new ConfigurationError(
        "Input 'adf-receipt' holds the receipt of a dry run of deploy-adf-pipelines: its pipelines are planned, not deployed. Only a dry run (dry-run: true) can plan with it; run deploy-adf-pipelines without dry-run first to apply.",
        { input: 'adf-receipt' },
      );
    }
    const amlReceipt = adfReceipt.upstream.receipt;
    const engine = inputs.engine;
    const table = parseTableName(inputs.table, engine === 'sqlserver' ? 'dbo' : 'public');
    if (!table) {
      throw new ConfigurationError(
        `Input 'table': '${inputs.table}' is not a table name; use letters, digits and "_" (schema.table).`,
        { input: 'table' },
      );
    }
    const tableName = `${table.schema}.${table.table}`;
    const access = resolveDatabaseAccess(inputs);
    const runInfo = runInfoFromEnvironment(env);

    // Each problem is one annotation at its file and line: the others here, the first as the step's error.
    const annotated = <T>(check: () => T | Promise<T>) => annotateProblems(logger, check);
    const { rows, migrations } = await logger.group('Read the rows and migrations', async () => {
      let sourced = await annotated(() => readRows({ workspace, patterns: inputs.rows }));
      if (inputs.overridesFile) {
        const file = inputs.overridesFile;
        const current = sourced;
        const result = await annotated(async () =>
          applyRowOverrides(current, await loadRowOverrides(file, workspaceRelative(workspace, file)), {
            receipt: amlReceipt,
            env,
          }),
        );
        for (const secret of result.secrets) masker.mask(secret);
        for (const line of result.applied) logger.info(`Override: ${line}`);
        sourced = result.rows;
      }
      const mismatches = checkRowsAgainstReceipt(sourced, adfReceipt);
      if (mismatches.length > 0) {
        await annotated(() => {
          throw new RowsError(sortProblems(mismatches), 'the rows against the adf receipt', 'rows');
        });
      }
      logger.info(`${sourced.length} rows from ${inputs.rows.join(', ')}`);
      const scripts = await loadMigrations({
        workspace,
        patterns: inputs.migrations ?? [],
        engine,
        variables: parseVariables(inputs.variables),
      });
      if (scripts.length > 0) logger.info(`Migrations: ${scripts.map((m) => m.id).join(', ')}`);
      return { rows: sourced.map((s) => s.row), migrations: scripts };
    });

    const [{ connectAction }, { verifyAmlReceipt }, { verifyAdfReceipt }] = await Promise.all([
      import('#shared/azure/connection.js'),
      import('#shared/receipts/aml-verification.js'),
      import('#shared/receipts/adf-verification.js'),
    ]);
    const azure = await connectAction(context);
    // Reads only: both receipts must describe what is live now.
    await logger.group('Verify the receipts', async () => {
      const [ml, df] = await Promise.all([azure.clients.machineLearning(), azure.clients.dataFactory()]);
      await Promise.all([
        verifyAmlReceipt(amlReceipt, ml, logger, { input: 'adf-receipt' }),
        adfReceipt.planned
          ? logger.info(
              'The adf receipt is planned (a dry run of deploy-adf-pipelines): the rows are planned against the pipelines it would deploy.',
            )
          : verifyAdfReceipt(adfReceipt, df, logger),
      ]);
    });

    const [{ applyControlMetadata }, report, { buildMetadataReceipt }, { encodeReceipt }] = await Promise.all(
      [
        import('./apply.js'),
        import('./report.js'),
        import('#shared/receipts/builders.js'),
        import('#shared/receipts/encoding.js'),
      ],
    );
    const { store, location } = await openStore(access, table, {
      credential: async () => ({ credential: azure.credential, cloud: azure.cloud }),
      masker,
      ...(azure.caCertificates ? { caCertificates: azure.caCertificates } : {}),
    });
    const actor = env.GITHUB_ACTOR || 'unknown';
    const outcome = await logger.group(inputs.dryRun ? 'Plan (dry run)' : 'Apply', async () => {
      try {
        return await applyControlMetadata({
          store,
          rows,
          migrations,
          prune: inputs.prune,
          dryRun: inputs.dryRun,
          lockTimeoutMs: inputs.lockTimeout,
          stamp: {
            appliedBy: `${actor}${runInfo.repo ? ` (${runInfo.repo} run ${runInfo.runId})` : ''}`.slice(
              0,
              256,
            ),
            sourceCommit: runInfo.sha || null,
          },
          environment: inputs.environment,
          runUrl: runInfo.url ?? null,
          logger,
        });
      } finally {
        await store.close();
      }
    });
    logger.debug(`${outcome.roundTrips} round trips to the database after connecting`);

    const document = report.planDocument(outcome, {
      environment: inputs.environment,
      engine,
      table: tableName,
      prune: inputs.prune,
    });
    for (const line of report.planLines(document)) logger.info(line);
    const planPath = await report.writePlanFile(document, env, (text) => masker.redact(text));
    report.renderPlanSummary(summary, document, planPath);
    context.setOutput('plan', planPath);
    context.setOutput('inserted', outcome.counts.inserted);
    context.setOutput('updated', outcome.counts.updated);
    context.setOutput('unchanged', outcome.counts.unchanged);
    context.setOutput('disabled', outcome.counts.disabled);
    context.setOutput('deleted', outcome.counts.deleted);
    if (inputs.dryRun) {
      logger.info('Dry run: nothing was written.');
      return;
    }
    context.setOutput(
      'receipt',
      encodeReceipt(
        buildMetadataReceipt({
          environment: inputs.environment,
          subscriptionId: inputs.subscriptionId,
          resourceGroup: inputs.resourceGroup,
          store: { engine, server: location.server, database: location.database, table: tableName },
          rows: { count: rows.length, hash: outcome.rowsHash },
          adfReceipt,
          run: runInfo,
          time: clock(),
        }),
      ),
    );
  });
}
