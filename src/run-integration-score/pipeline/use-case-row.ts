/**
 * The use case's row, read from the control table the metadata receipt names, with the store code
 * apply-control-metadata writes it with (#shared/control-table): a read-only transaction, no lock, one read. The
 * connection must reach the database the receipt names (a connection string pointing elsewhere is refused), so
 * the row is the one the release applied. The table is read through the layout it was written with (the action's
 * own, or an adopted table's: control-table-layout.ts), scoped to the receipt's environment when it has an
 * environment column.
 *
 * Refused here, before any run starts: a use case the table does not hold (with the closest id), a disabled one.
 */
import type { TokenCredential } from '@azure/core-auth';
import type { Cloud } from '#shared/azure/clouds.js';
import { type DatabaseAccess, openStore } from '#shared/control-table/database.js';
import { parseTableName, type StoredRow } from '#shared/control-table/model.js';
import type { TableLayout } from '#shared/control-table/table-layout.js';
import { ConfigurationError, withContext } from '#shared/errors.js';
import type { Logger } from '#shared/logger.js';
import type { MetadataReceipt } from '#shared/receipts/schemas.js';
import type { SecretMasker } from '#shared/secrets.js';
import { suggest } from '#shared/suggest.js';

export interface UseCaseRowDeps {
  readonly credential: () => Promise<{ credential: TokenCredential; cloud: Cloud }>;
  readonly masker: SecretMasker;
  readonly caCertificates?: readonly string[];
  readonly logger: Logger;
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** Every row of the receipt's control table, read in one read-only transaction. */
export async function readControlRows(
  access: DatabaseAccess,
  receipt: MetadataReceipt,
  layout: TableLayout,
  deps: UseCaseRowDeps,
): Promise<StoredRow[]> {
  const { store: named } = receipt;
  const table = parseTableName(named.table, named.engine === 'postgresql' ? 'public' : 'dbo');
  if (!table)
    throw new Error(`The metadata receipt names the control table '${named.table}', which is no table name.`);
  const { store, location } = await openStore(access, table, deps, {
    layout,
    environment: receipt.environment,
  });
  try {
    if (!same(location.server, named.server) || !same(location.database, named.database)) {
      const input = 'connection-string';
      throw new ConfigurationError(
        `Input '${input}' reaches database '${location.database}' on '${location.server}', but the metadata receipt's control table ${named.table} is in database '${named.database}' on '${named.server}'; connect to the database apply-control-metadata wrote.`,
        { input },
      );
    }
    const begun = await store.begin({ lockTimeoutMs: 0, readOnly: true });
    if (!begun.columns) {
      throw new ConfigurationError(
        `The control table ${store.displayName}, which the metadata receipt names, does not exist in database '${named.database}'; run apply-control-metadata for '${receipt.environment}' again.`,
        { input: 'metadata-receipt' },
      );
    }
    const rows = await store.readRows();
    deps.logger.info(`Control table ${store.displayName}: ${rows.length} row(s)`);
    return rows;
  } catch (error) {
    if (error instanceof ConfigurationError) throw error;
    throw withContext(`Could not read the control table ${named.table}`, error);
  } finally {
    await store.rollback().catch(() => {});
    await store.close().catch(() => {});
  }
}

/** The row of `useCase`: present and enabled, or refused with what to do. */
export function findUseCase(rows: readonly StoredRow[], useCase: string, table: string): StoredRow {
  const row = rows.find((candidate) => candidate.id === useCase);
  if (!row) {
    const ids = rows.map((candidate) => candidate.id);
    const close = suggest(useCase, ids);
    throw new ConfigurationError(
      `Input 'use-case': '${useCase}' is not a use case of the control table ${table}${close ? `; did you mean '${close}'?` : ` (it holds ${ids.length ? ids.map((id) => `'${id}'`).join(', ') : 'no rows'}).`}`,
      { input: 'use-case' },
    );
  }
  if (!row.enabled) {
    throw new ConfigurationError(
      `Input 'use-case': '${useCase}' is disabled in the control table ${table} (enabled: false), so no orchestrator runs it; enable it in the control metadata and apply it, or score an enabled use case.`,
      { input: 'use-case' },
    );
  }
  return row;
}
