import { describe, expect, it } from '@jest/globals';
import { type Engine, ROW_COLUMN_KINDS, ROW_COLUMNS } from '../../../../src/shared/control-table/model.js';
import { builtinMigrations } from '../../../../src/shared/control-table/stores/builtin-migrations.js';
import { STORED_EXTRA_COLUMNS } from '../../../../src/shared/control-table/stores/row-columns.js';

const NAMES = { table: 'T', applies: 'A' };

/** The column definitions of `CREATE TABLE T (...)`, by name, in order. */
function controlTableColumns(engine: Engine): [string, string][] {
  const [migration] = builtinMigrations(engine, NAMES);
  const body = /CREATE TABLE T \(\n([\s\S]*?)\n\);?\n/.exec(migration!.batches[0]!.sql)?.[1];
  if (!body) throw new Error('no CREATE TABLE T');
  return body.split(',\n').map((line) => {
    const [name, ...definition] = line.trim().split(' ');
    return [name!, definition.join(' ')];
  });
}

describe.each(['sqlserver', 'postgresql'] as const)('builtinMigrations (%s)', (engine) => {
  it('creates the control table with the row model’s columns, then the stored ones, in table order', () => {
    expect(controlTableColumns(engine).map(([name]) => name)).toEqual([
      ...ROW_COLUMNS,
      ...STORED_EXTRA_COLUMNS,
    ]);
  });

  it('makes the required text columns NOT NULL and gives the others null or their default', () => {
    for (const [name, definition] of controlTableColumns(engine)) {
      const kind = ROW_COLUMN_KINDS[name as keyof typeof ROW_COLUMN_KINDS];
      if (kind === 'text') expect(definition).toMatch(/NOT NULL|PRIMARY KEY/);
      if (kind === 'nullable-text') expect(definition).not.toMatch(/NOT NULL/);
      if (kind === 'boolean') expect(definition).toMatch(/NOT NULL DEFAULT (1|true)$/);
      if (kind === 'json-object') expect(definition).toMatch(/NOT NULL DEFAULT N?'\{\}'/);
    }
  });

  it('creates the audit table after the control table, in the same batch', () => {
    const [migration, ...more] = builtinMigrations(engine, NAMES);
    expect(more).toEqual([]);
    expect(migration!.batches).toHaveLength(1);
    expect(migration!.batches[0]!.sql).toMatch(/^CREATE TABLE T \([\s\S]*\nCREATE TABLE A \(/);
  });
});

describe('builtinMigrations: identity', () => {
  it('keeps the id and checksum databases recorded when it ran: a change would make them refuse it', () => {
    expect(builtinMigrations('sqlserver', NAMES)[0]).toMatchObject({
      id: 'apply-control-metadata/0001-control-table',
      file: '(built-in)',
      checksum: 'd7df7741e876218fd007978a5949b2cb7fdccbf092abc91bbdd54ffa64ff5770',
    });
    expect(builtinMigrations('postgresql', NAMES)[0]).toMatchObject({
      id: 'apply-control-metadata/0001-control-table',
      file: '(built-in)',
      checksum: '8b70fd1bb2628bd8d92547058c37618d106b2a04c27c4b955e4d46c74b70eff0',
    });
  });
});
