/**
 * The action's own migrations, per engine: 0001 creates the control table and its audit table (`<table>_applies`).
 *
 * A migration is history: once it ran in a database it never runs there again, so its DDL is written out here as it
 * ran, not derived from the row model the statements of each apply are (stores/row-columns.ts). A column added to the
 * model needs a new migration (0002, ...) that alters the table; the test of this module holds each engine's DDL
 * against the model's columns. The checksum stands for the migration's version, not its text, so a reformatting here
 * does not make databases that ran it refuse it.
 */
import { createHash } from 'node:crypto';
import type { Engine, Migration } from '../model.js';

export const CONTROL_TABLE_MIGRATION = 'apply-control-metadata/0001-control-table';

/** The control and audit tables as each engine's SQL names them (validated and quoted by the store). */
export interface BuiltinTableNames {
  readonly table: string;
  readonly applies: string;
}

const DDL: Record<Engine, (names: BuiltinTableNames) => string> = {
  sqlserver: ({ table, applies }) => `CREATE TABLE ${table} (
  id nvarchar(128) NOT NULL PRIMARY KEY,
  pipeline nvarchar(260) NOT NULL,
  endpoint nvarchar(32) NOT NULL,
  deployment nvarchar(32) NULL,
  input_location nvarchar(2048) NOT NULL,
  output_location nvarchar(2048) NOT NULL,
  sink_table nvarchar(261) NULL,
  schedule nvarchar(128) NULL,
  enabled bit NOT NULL DEFAULT 1,
  parameters nvarchar(max) NOT NULL DEFAULT N'{}' CHECK (ISJSON(parameters) = 1 AND LEFT(LTRIM(parameters), 1) = N'{'),
  content_hash char(64) NOT NULL,
  applied_at datetimeoffset NOT NULL DEFAULT SYSDATETIMEOFFSET(),
  applied_by nvarchar(256) NOT NULL,
  source_commit nvarchar(64) NULL
);
CREATE TABLE ${applies} (
  apply_id bigint IDENTITY PRIMARY KEY,
  applied_at datetimeoffset NOT NULL DEFAULT SYSDATETIMEOFFSET(),
  applied_by nvarchar(256) NOT NULL,
  environment nvarchar(128) NOT NULL,
  run_url nvarchar(2048) NULL,
  source_commit nvarchar(64) NULL,
  inserted int NOT NULL,
  updated int NOT NULL,
  unchanged int NOT NULL,
  disabled int NOT NULL,
  deleted int NOT NULL,
  rows_hash char(64) NOT NULL,
  [plan] nvarchar(max) NOT NULL CHECK (ISJSON([plan]) = 1)
);`,
  postgresql: ({ table, applies }) => `CREATE TABLE ${table} (
  id varchar(128) PRIMARY KEY,
  pipeline varchar(260) NOT NULL,
  endpoint varchar(32) NOT NULL,
  deployment varchar(32),
  input_location varchar(2048) NOT NULL,
  output_location varchar(2048) NOT NULL,
  sink_table varchar(261),
  schedule varchar(128),
  enabled boolean NOT NULL DEFAULT true,
  parameters jsonb NOT NULL DEFAULT '{}'::jsonb CHECK (jsonb_typeof(parameters) = 'object'),
  content_hash char(64) NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now(),
  applied_by varchar(256) NOT NULL,
  source_commit varchar(64)
);
CREATE TABLE ${applies} (
  apply_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  applied_at timestamptz NOT NULL DEFAULT now(),
  applied_by varchar(256) NOT NULL,
  environment varchar(128) NOT NULL,
  run_url varchar(2048),
  source_commit varchar(64),
  inserted integer NOT NULL,
  updated integer NOT NULL,
  unchanged integer NOT NULL,
  disabled integer NOT NULL,
  deleted integer NOT NULL,
  rows_hash char(64) NOT NULL,
  plan jsonb NOT NULL
)`,
};

const AUDIT_TABLE_MIGRATION = 'apply-control-metadata/0001-audit-table';

/** The audit table alone, for a table the user brought (table-schema): created only where it is missing. */
const AUDIT_DDL: Record<Engine, (names: BuiltinTableNames) => string> = {
  sqlserver: (names) => {
    const ddl = DDL.sqlserver(names);
    const create = ddl.slice(ddl.indexOf(`CREATE TABLE ${names.applies}`)).replace(/;\s*$/, '');
    return `IF OBJECT_ID(N'${names.applies.replaceAll("'", "''")}', N'U') IS NULL
EXEC(N'${create.replaceAll("'", "''")}');`;
  },
  postgresql: (names) => {
    const ddl = DDL.postgresql(names);
    return ddl
      .slice(ddl.indexOf(`CREATE TABLE ${names.applies}`))
      .replace(`CREATE TABLE ${names.applies}`, `CREATE TABLE IF NOT EXISTS ${names.applies}`);
  },
};

/**
 * The engine's built-in migrations, in order: for the action's own table, 0001 creates it and its audit table; for a
 * table the user brought (`adopted`), 0001 creates only the audit table beside it, never the control table.
 */
export function builtinMigrations(engine: Engine, names: BuiltinTableNames, adopted = false): Migration[] {
  if (adopted) {
    return [
      {
        id: AUDIT_TABLE_MIGRATION,
        checksum: createHash('sha256').update(`${engine}/0001-audit-table/v1`).digest('hex'),
        file: '(built-in)',
        batches: [{ line: 1, sql: AUDIT_DDL[engine](names) }],
      },
    ];
  }
  return [
    {
      id: CONTROL_TABLE_MIGRATION,
      checksum: createHash('sha256').update(`${engine}/0001-control-table/v1`).digest('hex'),
      file: '(built-in)',
      batches: [{ line: 1, sql: DDL[engine](names) }],
    },
  ];
}
