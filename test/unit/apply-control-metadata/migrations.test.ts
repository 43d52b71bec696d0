import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import {
  checkMigrationHistory,
  compareIds,
  loadMigrations,
  parseVariables,
  tableVariables,
  withTableVariables,
} from '../../../src/apply-control-metadata/migrations.js';
import type { AppliedMigration, Migration } from '../../../src/shared/control-table/model.js';
import { ConfigurationError } from '../../../src/shared/errors.js';

describe('parseVariables', () => {
  it('is empty when the input is not given', () => {
    expect(parseVariables(undefined)).toEqual({});
  });

  it('turns strings, numbers and booleans into strings', () => {
    expect(
      parseVariables({ Environment: 'prod', 'batch-size': 500, ratio: 0.5, Enabled: true, empty: '' }),
    ).toEqual({
      Environment: 'prod',
      'batch-size': '500',
      ratio: '0.5',
      Enabled: 'true',
      empty: '',
    });
  });

  it.each([
    ['a list', ['a', 'b'], "Input 'variables' must be a mapping"],
    ['a string', 'Environment=prod', "Input 'variables' must be a mapping"],
    [
      'a nested mapping',
      { sink: { table: 'x' } },
      "'sink' must be a string, number or boolean; got a mapping",
    ],
    ['a list value', { tables: ['a'] }, "'tables' must be a string, number or boolean; got a list"],
    [
      'a missing value',
      { Environment: null },
      "'Environment' must be a string, number or boolean; got no value",
    ],
    [
      'an infinite number',
      { limit: Number.POSITIVE_INFINITY },
      "'limit' must be a string, number or boolean",
    ],
    ['a name with a space', { 'my var': 'x' }, "'my var' is not a variable name"],
    ['names equal but for case', { env: 'a', ENV: 'b' }, "'ENV' and 'env' are the same variable"],
  ])('refuses %s, naming the input and the key', (_label, value, message) => {
    expect(() => parseVariables(value)).toThrow(ConfigurationError);
    expect(() => parseVariables(value)).toThrow(message);
    expect(() => parseVariables(value)).toThrow(expect.objectContaining({ input: 'variables' }));
  });
});

describe('loadMigrations', () => {
  let workspace: string;

  beforeEach(async () => {
    workspace = await mkdtemp(join(tmpdir(), 'migrations-'));
  });

  afterEach(async () => {
    await rm(workspace, { recursive: true, force: true });
  });

  async function write(files: Record<string, string | Buffer>): Promise<void> {
    for (const [path, content] of Object.entries(files)) {
      await mkdir(dirname(join(workspace, path)), { recursive: true });
      await writeFile(join(workspace, path), content);
    }
  }

  const load = (patterns: string[], variables: Record<string, string> = {}) =>
    loadMigrations({ workspace, patterns, engine: 'sqlserver', variables });

  it('returns the scripts by file name, in code-point order, whatever folder they sit in', async () => {
    await write({
      'db/b/0002-views.sql': 'SELECT 2',
      'db/a/0010-grants.sql': 'SELECT 10',
      'db/0001-schema.sql': 'SELECT 1',
      'db/a/Z-upper.sql': 'SELECT 0',
      'db/a/9-unpadded.sql': 'SELECT 9',
    });
    const migrations = await load(['db/**/*.sql']);
    expect(migrations.map(({ id, file }) => [id, file])).toEqual([
      ['0001-schema.sql', 'db/0001-schema.sql'],
      ['0002-views.sql', 'db/b/0002-views.sql'],
      ['0010-grants.sql', 'db/a/0010-grants.sql'],
      ['9-unpadded.sql', 'db/a/9-unpadded.sql'],
      ['Z-upper.sql', 'db/a/Z-upper.sql'],
    ]);
  });

  it('splits each script into batches with variables substituted', async () => {
    await write({
      'db/0001-schema.sql':
        ':setvar Owner dbo\nCREATE SCHEMA $(Schema) AUTHORIZATION $(Owner)\nGO\n\nGRANT SELECT ON SCHEMA::$(Schema) TO reader\n',
    });
    const [migration] = await load(['db/*.sql'], { Schema: 'mlops' });
    expect(migration!.batches).toEqual([
      { sql: 'CREATE SCHEMA mlops AUTHORIZATION dbo', line: 2 },
      { sql: 'GRANT SELECT ON SCHEMA::mlops TO reader', line: 5 },
    ]);
  });

  it('checksums the text as written: the same across CRLF, LF and a BOM, and whatever the variables', async () => {
    const lf = 'CREATE SCHEMA $(Schema)\nGO\n';
    await write({
      'lf/0001-a.sql': lf,
      'crlf/0001-a.sql': '\uFEFFCREATE SCHEMA $(Schema)\r\nGO\r\n',
      'changed/0001-a.sql': 'CREATE SCHEMA $(Schema) \nGO\n',
    });
    const [dev] = await load(['lf/*.sql'], { Schema: 'dev' });
    const [prod] = await load(['lf/*.sql'], { Schema: 'prod' });
    const [crlf] = await load(['crlf/*.sql'], { Schema: 'prod' });
    const [changed] = await load(['changed/*.sql'], { Schema: 'prod' });
    expect(dev!.checksum).toBe(createHash('sha256').update(lf).digest('hex'));
    expect(prod!.checksum).toBe(dev!.checksum);
    expect(crlf!.checksum).toBe(dev!.checksum);
    expect(changed!.checksum).not.toBe(dev!.checksum);
    expect(dev!.batches).toEqual([{ sql: 'CREATE SCHEMA dev', line: 1 }]);
    expect(prod!.batches).toEqual([{ sql: 'CREATE SCHEMA prod', line: 1 }]);
  });

  it('refuses two files with the same name, naming both', async () => {
    await write({
      'db/a/0001-x.sql': 'SELECT 1',
      'db/b/0001-x.sql': 'SELECT 2',
      'db/0002-y.sql': 'SELECT 3',
    });
    const error = await load(['db/**/*.sql']).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).message).toBe(
      "Input 'migrations': 'db/a/0001-x.sql' and 'db/b/0001-x.sql' are both migration '0001-x.sql'. A migration's id is its file name; rename all but one.",
    );
    expect(error).toMatchObject({ input: 'migrations', location: { file: 'db/a/0001-x.sql' } });
  });

  it('reports a script error at its workspace-relative file', async () => {
    await write({ 'db/0001-x.sql': 'SELECT 1\n:r other.sql\n' });
    await expect(load(['db/*.sql'])).rejects.toMatchObject({
      input: 'migrations',
      location: { file: 'db/0001-x.sql', line: 2 },
    });
  });

  it('refuses a script that is not UTF-8', async () => {
    await write({
      'utf16/0001-x.sql': Buffer.from('\uFEFFSELECT 1', 'utf16le'),
      'latin1/0001-x.sql': Buffer.from("SELECT 'caf\u00e9'", 'latin1'),
    });
    await expect(load(['utf16/*.sql'])).rejects.toThrow(
      'utf16/0001-x.sql: the file is UTF-16; save the script as UTF-8.',
    );
    await expect(load(['latin1/*.sql'])).rejects.toThrow('latin1/0001-x.sql: the file is not valid UTF-8');
  });

  it('refuses patterns that match nothing', async () => {
    await expect(load(['db/*.sql'])).rejects.toThrow("Input 'migrations' matches no file");
  });

  it('has no script to run when the input gives no pattern', async () => {
    await expect(load([])).resolves.toEqual([]);
  });
});

describe('compareIds', () => {
  it('orders by code point, not by UTF-16 unit or locale', () => {
    expect(['b', 'B', '\u{1F600}', '\uFF5E', 'a'].sort(compareIds)).toEqual([
      'B',
      'a',
      'b',
      '\uFF5E',
      '\u{1F600}',
    ]);
  });
});

describe('checkMigrationHistory', () => {
  const migration = (id: string, checksum = `${id}-sum`.padEnd(64, '0')): Migration => ({
    id,
    checksum,
    file: id.startsWith('apply-control-metadata/') ? '(built-in)' : `db/${id}`,
    batches: [{ sql: 'SELECT 1', line: 1 }],
  });
  const ran = (known: Migration, checksum = known.checksum): AppliedMigration => ({
    id: known.id,
    checksum,
    applied_at: '2024-05-01T10:00:00Z',
  });

  const table = migration('apply-control-metadata/0001-control-table');
  const audit = migration('apply-control-metadata/0002-audit');
  const first = migration('0001-schema.sql');
  const second = migration('0002-views.sql');
  const third = migration('0003-grants.sql');

  it('splits the migrations into those that ran and those pending, in run order', () => {
    const history = checkMigrationHistory([table, audit, first, second, third], [ran(table), ran(first)]);
    expect(history.alreadyApplied).toEqual([table, first]);
    expect(history.pending).toEqual([audit, second, third]);
  });

  it('has everything pending on a fresh database', () => {
    expect(checkMigrationHistory([table, first], [])).toEqual({
      pending: [table, first],
      alreadyApplied: [],
    });
  });

  it('ignores applied ids that are no longer among the files', () => {
    const history = checkMigrationHistory([table, second], [ran(table), ran(migration('0001-deleted.sql'))]);
    expect(history).toEqual({ pending: [second], alreadyApplied: [table] });
  });

  it('compares ids exactly', () => {
    const history = checkMigrationHistory([first], [{ ...ran(first), id: '0001-SCHEMA.sql' }]);
    expect(history.pending).toEqual([first]);
  });

  it('refuses a migration that changed since it ran, with both checksums', () => {
    const before = 'abcdef0123456789'.padEnd(64, '1');
    const error = (() => {
      try {
        checkMigrationHistory([table, first, second], [ran(table), ran(first, before)]);
      } catch (thrown) {
        return thrown;
      }
    })();
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).message).toBe(
      `db/0001-schema.sql: migration '0001-schema.sql' changed since it ran at 2024-05-01T10:00:00Z (checksum abcdef012345 then, ${first.checksum.slice(0, 12)} now). A migration runs once: restore it and put the change in a new script.`,
    );
    expect(error).toMatchObject({ input: 'migrations', location: { file: 'db/0001-schema.sql' } });
  });

  it('refuses a pending script that sorts before one that already ran', () => {
    expect(() => checkMigrationHistory([first, second, third], [ran(first), ran(third)])).toThrow(
      "db/0002-views.sql: migration '0002-views.sql' has not run, but sorts before '0003-grants.sql', which already ran; rename it so it sorts after '0003-grants.sql'.",
    );
  });

  it('orders built-ins among themselves, apart from the user scripts', () => {
    // A new action version brings a built-in after user scripts have run: it is not out of order.
    const history = checkMigrationHistory(
      [table, audit, first, second],
      [ran(table), ran(first), ran(second)],
    );
    expect(history.pending).toEqual([audit]);
    // A user script that sorts first is out of order even though a built-in is pending before it.
    expect(() => checkMigrationHistory([table, audit, first, second], [ran(table), ran(second)])).toThrow(
      "migration '0001-schema.sql' has not run, but sorts before '0002-views.sql'",
    );
    expect(() => checkMigrationHistory([table, audit, first], [ran(audit)])).toThrow(
      "(built-in): migration 'apply-control-metadata/0001-control-table' has not run, but sorts before 'apply-control-metadata/0002-audit'",
    );
  });

  it('lists every problem in one error, located at the first', () => {
    const applied = [ran(first, 'f'.repeat(64)), ran(second, '0'.repeat(64)), ran(migration('0004-x.sql'))];
    let error: unknown;
    try {
      checkMigrationHistory(
        [first, second, third, migration('0004-x.sql'), migration('0005-y.sql')],
        applied,
      );
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    const lines = (error as ConfigurationError).message.split('\n');
    expect(lines[0]).toBe('3 problems with the migration history:');
    expect(lines.slice(1)).toEqual([
      expect.stringMatching(
        /^- db\/0001-schema\.sql: migration '0001-schema\.sql' changed .*checksum ffffffffffff then/,
      ),
      expect.stringMatching(
        /^- db\/0002-views\.sql: migration '0002-views\.sql' changed .*checksum 000000000000 then/,
      ),
      expect.stringMatching(
        /^- db\/0003-grants\.sql: migration '0003-grants\.sql' has not run, but sorts before '0004-x\.sql'/,
      ),
    ]);
    expect((error as ConfigurationError).location).toEqual({ file: 'db/0001-schema.sql' });
  });
});

describe('the table variables', () => {
  it('name the table quoted for each engine and its bare parts; the variables input overrides them', () => {
    const table = { schema: 'etl', table: 'ControlTable' };
    expect(tableVariables(table, 'postgresql')).toEqual({
      table: '"etl"."ControlTable"',
      schema: 'etl',
      table_name: 'ControlTable',
    });
    expect(tableVariables(table, 'sqlserver').table).toBe('[etl].[ControlTable]');
    expect(
      withTableVariables(tableVariables(table, 'sqlserver'), { TABLE: 'x', environment: 'dev' }),
    ).toEqual({
      schema: 'etl',
      table_name: 'ControlTable',
      TABLE: 'x',
      environment: 'dev',
    });
  });
});
