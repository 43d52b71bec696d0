/**
 * The last phase: opens the store, applies the rows and migrations in one locked transaction (a dry run: plans them
 * in a read-only one), closes the store whatever happens, and shows the plan in the log, the plan file and the job
 * summary. A real apply hands on the metadata receipt: where the rows went (never a credential) and their hash, and
 * for a table adopted through a table-schema, the digest of its mapping.
 */
import type { AzureConnection } from '#shared/azure/connection.js';
import { openStore } from '#shared/control-table/database.js';
import type { Stamp } from '#shared/control-table/store.js';
import { TABLE_SCHEMA_INPUT, tableSchemaDigest } from '#shared/control-table/table-schema.js';
import type { Logger } from '#shared/logger.js';
import { buildMetadataReceipt } from '#shared/receipts/builders.js';
import { encodeReceipt } from '#shared/receipts/encoding.js';
import { runInfoFromEnvironment } from '#shared/receipts/run-info.js';
import type { RunInfo } from '#shared/receipts/schemas.js';
import type { SecretMasker } from '#shared/secrets.js';
import type { SummaryBuilder } from '#shared/summary.js';
import { type ApplyOutcome, applyControlMetadata } from './apply.js';
import type { ActionInputs } from './definition.js';
import type { PreparedApply } from './prepare.js';
import { reportPlan } from './report.js';
import { hideSecretChanges } from './secret-changes.js';

export interface ApplyAndReportRequest {
  readonly prepared: PreparedApply;
  readonly inputs: Pick<
    ActionInputs,
    'environment' | 'subscriptionId' | 'resourceGroup' | 'engine' | 'dryRun' | 'prune' | 'lockTimeout'
  >;
  /** The step's Azure sign-in: a database signed in to with Microsoft Entra gets its token from it. */
  readonly azure: Pick<AzureConnection, 'credential' | 'cloud' | 'caCertificates'>;
  readonly logger: Logger;
  readonly masker: SecretMasker;
  readonly summary: SummaryBuilder;
  /** The runner's environment: the run, the actor and RUNNER_TEMP for the plan file. */
  readonly env: NodeJS.ProcessEnv;
  readonly clock: () => number;
}

export interface ApplyAndReportResult {
  readonly counts: ApplyOutcome['counts'];
  /** The plan file (output `plan`). */
  readonly planPath: string;
  /** The encoded metadata receipt; none after a dry run, which wrote nothing. */
  readonly receipt: string | undefined;
}

/** Who wrote, as the rows and the audit row keep it: the actor and the run (at most 256 characters), and the commit. */
export function stampOf(env: NodeJS.ProcessEnv, run: RunInfo): Stamp {
  const actor = env.GITHUB_ACTOR || 'unknown';
  return {
    appliedBy: `${actor}${run.repo ? ` (${run.repo} run ${run.runId})` : ''}`.slice(0, 256),
    sourceCommit: run.sha || null,
  };
}

export async function applyAndReport(
  request: ApplyAndReportRequest,
  open: typeof openStore = openStore,
): Promise<ApplyAndReportResult> {
  const { prepared, inputs, azure, logger, masker, env } = request;
  const run = runInfoFromEnvironment(env);
  const table = `${prepared.table.schema}.${prepared.table.table}`;
  const { store, location } = await open(
    prepared.access,
    prepared.table,
    {
      credential: async () => ({ credential: azure.credential, cloud: azure.cloud }),
      masker,
      ...(azure.caCertificates ? { caCertificates: azure.caCertificates } : {}),
    },
    { layout: prepared.layout, environment: inputs.environment },
  );
  const outcome = await logger.group(inputs.dryRun ? 'Plan (dry run)' : 'Apply', async () => {
    try {
      return await applyControlMetadata({
        store,
        rows: prepared.rows,
        migrations: prepared.migrations,
        prune: inputs.prune,
        dryRun: inputs.dryRun,
        lockTimeoutMs: inputs.lockTimeout,
        stamp: stampOf(env, run),
        environment: inputs.environment,
        runUrl: run.url ?? null,
        logger,
        layout: prepared.layout,
      });
    } finally {
      await store.close();
    }
  });
  logger.debug(`${outcome.roundTrips} round trips to the database after connecting`);

  // The table's old values of secret fields are masked before the plan prints anything.
  const entries = hideSecretChanges(outcome.plan.entries, prepared.secretFields, (value) =>
    masker.mask(value),
  );
  const planPath = await reportPlan(
    { ...outcome, plan: { ...outcome.plan, entries } },
    { environment: inputs.environment, engine: inputs.engine, table, prune: inputs.prune },
    { logger, summary: request.summary, env, redact: (text) => masker.redact(text) },
  );
  if (inputs.dryRun) {
    logger.info('Dry run: nothing was written.');
    return { counts: outcome.counts, planPath, receipt: undefined };
  }
  const receipt = buildMetadataReceipt({
    environment: inputs.environment,
    subscriptionId: inputs.subscriptionId,
    resourceGroup: inputs.resourceGroup,
    store: {
      engine: inputs.engine,
      server: location.server,
      database: location.database,
      table,
      // The readers after this step must read the table with the mapping it was written with.
      ...(prepared.layout.adopted
        ? {
            tableSchema: {
              file: prepared.layout.file ?? TABLE_SCHEMA_INPUT,
              digest: tableSchemaDigest(prepared.layout),
            },
          }
        : {}),
    },
    rows: { count: prepared.rows.length, hash: outcome.rowsHash },
    adfReceipt: prepared.adfReceipt,
    run,
    time: request.clock(),
  });
  return { counts: outcome.counts, planPath, receipt: encodeReceipt(receipt) };
}
