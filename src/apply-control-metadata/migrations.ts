/**
 * The user's migration scripts: read from the `migrations` input, and held against the history the database keeps.
 *
 * A migration's id is its file name, so the folder it sits in can move without the script running again. Scripts
 * run in plain code-point order of their ids (not natural or locale order: `10-x.sql` sorts before `9-x.sql`), so
 * prefix them with a zero-padded number (`0001-create-views.sql`). Each runs once: its checksum, taken over the text
 * as written (byte-order mark and line endings normalised, before `$(variables)` are substituted, so per-environment
 * values and a checkout's line-ending settings are not changes), must match the one recorded when it ran.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { AppliedMigration, Engine, Migration, TableName } from '#shared/control-table/model.js';
import { ConfigurationError } from '#shared/errors.js';
import { globWorkspace, workspaceRelative } from '#shared/files.js';
import { normaliseScript, parseSqlcmdScript, VARIABLE_NAME } from './sqlcmd.js';

/** Built-in migrations' ids start with this; they are ordered among themselves, apart from the user's scripts. */
export const BUILT_IN_PREFIX = 'apply-control-metadata/';

/**
 * The `variables` input (already parsed YAML or JSON): a mapping of sqlcmd variable names to scalars, as strings.
 * Names follow sqlcmd's rules and are case-insensitive, so `env` and `ENV` together are refused.
 */
export function parseVariables(value: unknown): Record<string, string> {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new ConfigurationError(
      "Input 'variables' must be a mapping of sqlcmd variable names to values, such as `{ Environment: prod }`.",
      { input: 'variables' },
    );
  }
  const seen = new Map<string, string>();
  const entries = Object.entries(value).map(([name, raw]): [string, string] => {
    const bad = (what: string) =>
      new ConfigurationError(`Input 'variables': '${name}' ${what}`, { input: 'variables' });
    if (!VARIABLE_NAME.test(name)) throw bad("is not a variable name; use letters, digits, '_' and '-'.");
    const other = seen.get(name.toLowerCase());
    if (other !== undefined) {
      throw bad(`and '${other}' are the same variable (names are case-insensitive); keep one.`);
    }
    seen.set(name.toLowerCase(), name);
    if (typeof raw === 'string' || typeof raw === 'boolean') return [name, String(raw)];
    if (typeof raw === 'number' && Number.isFinite(raw)) return [name, String(raw)];
    throw bad(`must be a string, number or boolean; got ${describe(raw)}.`);
  });
  return Object.fromEntries(entries);
}

/**
 * The variables every migration script has before the `variables` input's (which override them, as `-v` overrides
 * sqlcmd's own): the control table as `$(table)`, schema-qualified and quoted for the engine
 * (`"mlops"."control_use_cases"`, `[mlops].[control_use_cases]`), and its parts unquoted as `$(schema)` and
 * `$(table_name)`, for string literals and names built from it (an index `$(table_name)_schedule`). A script written
 * with them follows the `table` input instead of naming the table again.
 */
export function tableVariables(table: TableName, engine: Engine): Record<string, string> {
  const quote = (part: string) => (engine === 'sqlserver' ? `[${part}]` : `"${part}"`);
  return {
    table: `${quote(table.schema)}.${quote(table.table)}`,
    schema: table.schema,
    table_name: table.table,
  };
}

/** The input's variables over the built-in ones; names are case-insensitive, so `TABLE` replaces `table`. */
export function withTableVariables(
  builtIn: Readonly<Record<string, string>>,
  input: Readonly<Record<string, string>>,
): Record<string, string> {
  const given = new Set(Object.keys(input).map((name) => name.toLowerCase()));
  return {
    ...Object.fromEntries(Object.entries(builtIn).filter(([name]) => !given.has(name.toLowerCase()))),
    ...input,
  };
}

function describe(value: unknown): string {
  if (value === null) return 'no value (write "" for an empty string)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'number') return String(value);
  return typeof value === 'object' ? 'a mapping' : typeof value;
}

export interface LoadMigrationsOptions {
  readonly workspace: string;
  /** The `migrations` input's glob patterns. */
  readonly patterns: readonly string[];
  readonly engine: Engine;
  readonly variables: Readonly<Record<string, string>>;
}

/**
 * Reads, checksums and splits the user's scripts; returned in run order (by id). The input is optional: without
 * patterns there is no script to run (a pattern given that matches nothing is still refused).
 */
export async function loadMigrations(options: LoadMigrationsOptions): Promise<Migration[]> {
  const { workspace, engine, variables } = options;
  if (options.patterns.length === 0) return [];
  const files = (await globWorkspace(workspace, options.patterns, 'migrations')).map((absolute) => ({
    absolute,
    file: workspaceRelative(workspace, absolute),
    id: basename(absolute),
  }));
  refuseDuplicateIds(files);
  const migrations = await Promise.all(
    files.map(async ({ absolute, file, id }): Promise<Migration> => {
      const text = normaliseScript(decode(await readFile(absolute), file));
      return {
        id,
        file,
        checksum: createHash('sha256').update(text).digest('hex'),
        batches: parseSqlcmdScript(text, { file, dialect: engine, variables }),
      };
    }),
  );
  return migrations.sort((a, b) => compareIds(a.id, b.id));
}

/** Code-point order (UTF-16 comparison differs above U+FFFF), the order a `C` collation sorts the history in. */
export function compareIds(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

function refuseDuplicateIds(files: readonly { file: string; id: string }[]): void {
  const byId = new Map<string, { file: string; id: string }[]>();
  for (const entry of files) byId.set(entry.id, [...(byId.get(entry.id) ?? []), entry]);
  const clashes = [...byId.values()].filter((group) => group.length > 1);
  if (clashes.length === 0) return;
  const described = clashes.map(
    (group) => `${group.map(({ file }) => `'${file}'`).join(' and ')} are both migration '${group[0]!.id}'`,
  );
  throw new ConfigurationError(
    `Input 'migrations': ${described.join('; ')}. A migration's id is its file name; rename all but one.`,
    { input: 'migrations', location: { file: clashes[0]![0]!.file } },
  );
}

/** UTF-8, strictly: a script saved as UTF-16 or in a legacy code page would otherwise run with mangled text. */
function decode(bytes: Buffer, file: string): string {
  const fail = (what: string) =>
    new ConfigurationError(`${file}: ${what}; save the script as UTF-8.`, {
      input: 'migrations',
      location: { file },
    });
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw fail('the file is UTF-16');
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw fail('the file is not valid UTF-8');
  }
}

export interface MigrationHistory {
  /** Not run yet, in run order. */
  readonly pending: readonly Migration[];
  readonly alreadyApplied: readonly Migration[];
}

/**
 * Holds the migrations against the database's history. `known` is in run order: built-ins first, then the user's
 * scripts by id. Every problem is collected and reported in one error, so one run shows all there is to fix. Applied
 * ids no longer among the files are ignored: a script may be deleted once it has run everywhere.
 */
export function checkMigrationHistory(
  known: readonly Migration[],
  applied: readonly AppliedMigration[],
): MigrationHistory {
  const history = new Map(applied.map((migration) => [migration.id, migration]));
  const problems: { file: string; text: string }[] = [];

  for (const migration of known) {
    const ran = history.get(migration.id);
    if (ran && ran.checksum !== migration.checksum) {
      problems.push({
        file: migration.file,
        text:
          `${migration.file}: migration '${migration.id}' changed since it ran at ${ran.applied_at} ` +
          `(checksum ${ran.checksum.slice(0, 12)} then, ${migration.checksum.slice(0, 12)} now). ` +
          'A migration runs once: restore it and put the change in a new script.',
      });
    }
  }

  const builtIns = known.filter(({ id }) => id.startsWith(BUILT_IN_PREFIX));
  const userScripts = known.filter(({ id }) => !id.startsWith(BUILT_IN_PREFIX));
  for (const group of [builtIns, userScripts]) {
    const lastApplied = group.findLast(({ id }) => history.has(id));
    if (!lastApplied) continue;
    for (const migration of group.slice(0, group.indexOf(lastApplied))) {
      if (history.has(migration.id)) continue;
      problems.push({
        file: migration.file,
        text:
          `${migration.file}: migration '${migration.id}' has not run, but sorts before '${lastApplied.id}', ` +
          `which already ran; rename it so it sorts after '${lastApplied.id}'.`,
      });
    }
  }

  if (problems.length > 0) {
    const message =
      problems.length === 1
        ? problems[0]!.text
        : `${problems.length} problems with the migration history:\n${problems.map(({ text }) => `- ${text}`).join('\n')}`;
    throw new ConfigurationError(message, { input: 'migrations', location: { file: problems[0]!.file } });
  }
  return {
    pending: known.filter(({ id }) => !history.has(id)),
    alreadyApplied: known.filter(({ id }) => history.has(id)),
  };
}
