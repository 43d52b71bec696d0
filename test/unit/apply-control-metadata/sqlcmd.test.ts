import { describe, expect, it } from '@jest/globals';
import { normaliseScript, parseSqlcmdScript } from '../../../src/apply-control-metadata/sqlcmd.js';
import type { Engine } from '../../../src/shared/control-table/model.js';
import { ConfigurationError } from '../../../src/shared/errors.js';

const FILE = 'db/migrations/0001-views.sql';

function parse(text: string, variables: Record<string, string> = {}, dialect: Engine = 'sqlserver') {
  return parseSqlcmdScript(text, { file: FILE, dialect, variables });
}

const sqls = (text: string, variables?: Record<string, string>, dialect?: Engine) =>
  parse(text, variables, dialect).map(({ sql }) => sql);

function errorOf(run: () => unknown): ConfigurationError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return error as ConfigurationError;
  }
  throw new Error('expected a ConfigurationError');
}

describe('GO splitting', () => {
  it.each([
    ['plain', 'SELECT 1\nGO\nSELECT 2\nGO\n'],
    ['lowercase', 'SELECT 1\ngo\nSELECT 2\n'],
    ['indented, with trailing whitespace', 'SELECT 1\n  Go  \t\nSELECT 2'],
    ['with a trailing comment', 'SELECT 1\nGO -- end of the first batch\nSELECT 2'],
  ])('splits on a GO line: %s', (_label, text) => {
    expect(sqls(text)).toEqual(['SELECT 1', 'SELECT 2']);
  });

  it('repeats a batch for GO with a count', () => {
    expect(sqls('INSERT INTO t DEFAULT VALUES\nGO 3\nSELECT 2\ngo 1 -- once')).toEqual([
      'INSERT INTO t DEFAULT VALUES',
      'INSERT INTO t DEFAULT VALUES',
      'INSERT INTO t DEFAULT VALUES',
      'SELECT 2',
    ]);
  });

  it('refuses GO 0', () => {
    expect(errorOf(() => parse('SELECT 1\nGO 0')).message).toBe(
      `${FILE} line 2: GO's repeat count must be a whole number from 1 to 10000.`,
    );
  });

  it('treats a script without GO as one batch', () => {
    expect(parse('SELECT 1;\nSELECT 2;\n')).toEqual([{ sql: 'SELECT 1;\nSELECT 2;', line: 1 }]);
  });

  it.each([
    ['a block comment', 'SELECT 1\n/*\nGO\n*/\nSELECT 2'],
    ['a nested block comment', 'SELECT 1\n/* outer /* inner */\nGO\nstill a comment */\nSELECT 2'],
    ['a string literal', "SELECT 'first\nGO\nlast'\nSELECT 2"],
    ['a string with doubled quotes', "SELECT 'it''s\nGO\n'\nSELECT 2"],
    ['an N string', "SELECT N'x\nGO\n'\nSELECT 2"],
    ['a quoted identifier', 'SELECT 1 AS "a\nGO\n"\nSELECT 2'],
    ['a bracketed identifier', 'SELECT 1 AS [a]]\nGO\n]\nSELECT 2'],
  ])('does not split on a GO inside %s (T-SQL)', (_label, text) => {
    const batches = parse(text);
    expect(batches).toHaveLength(1);
    expect(batches[0]!.sql).toBe(text);
  });

  it.each([
    ['a dollar-quoted body', 'CREATE FUNCTION f() RETURNS int AS $$\nGO\nSELECT 1 $$ LANGUAGE sql'],
    ['a tagged dollar-quoted body', 'SELECT $body$ $$\nGO\n$$ $body$'],
    ['an E string with a backslash-escaped quote', "SELECT E'it\\'s\nGO\n'"],
  ])('does not split on a GO inside %s (PostgreSQL)', (_label, text) => {
    expect(sqls(`${text}\nGO\nSELECT 2`, {}, 'postgresql')).toEqual([text, 'SELECT 2']);
  });

  it('splits where a GO follows a closed comment, string or dollar quote', () => {
    expect(sqls("SELECT '/*' /* ' */\nGO\nSELECT 2", {}, 'sqlserver')).toEqual([
      "SELECT '/*' /* ' */",
      'SELECT 2',
    ]);
    expect(sqls('SELECT $$x$$, $1\nGO\nSELECT 2', {}, 'postgresql')).toEqual([
      'SELECT $$x$$, $1',
      'SELECT 2',
    ]);
  });

  it('scans brackets and dollar quotes only in their own dialect', () => {
    expect(sqls('SELECT a[1\nGO\nSELECT 2', {}, 'postgresql')).toEqual(['SELECT a[1', 'SELECT 2']);
    expect(sqls('SELECT $$x\nGO\nSELECT 2', {}, 'sqlserver')).toEqual(['SELECT $$x', 'SELECT 2']);
  });

  it('does not take a line comment for a block comment or string', () => {
    expect(sqls("SELECT 1 -- it's /* not open\nGO\nSELECT 2")).toEqual([
      "SELECT 1 -- it's /* not open",
      'SELECT 2',
    ]);
  });

  it('reports a comment or string left open at the end of the file, at the line it opens', () => {
    const error = errorOf(() => parse("SELECT 1\nGO\nSELECT 'oops\nGO\nSELECT 2"));
    expect(error.message).toMatch(/^db\/migrations\/0001-views\.sql line 3: the string opened on this line/);
    expect(error.location).toEqual({ file: FILE, line: 3 });
  });

  it('gives each batch the line where it starts in the file, skipping leading blank lines', () => {
    expect(parse('\n\nSELECT 1\nGO\n\n-- views\nCREATE VIEW v AS\nSELECT 2\nGO\n\n\nSELECT 3\n')).toEqual([
      { sql: 'SELECT 1', line: 3 },
      { sql: '-- views\nCREATE VIEW v AS\nSELECT 2', line: 6 },
      { sql: 'SELECT 3', line: 12 },
    ]);
  });

  it('drops batches of only whitespace and comments', () => {
    expect(parse('GO\n  \nGO\n-- nothing\n/* at\nall */\nGO 2\nSELECT 1\nGO\n\n')).toEqual([
      { sql: 'SELECT 1', line: 8 },
    ]);
    expect(parse('')).toEqual([]);
  });
});

describe('line endings and byte-order mark', () => {
  it('splits CRLF and CR input the same as LF', () => {
    const lf = parse('SELECT 1\nGO\nSELECT 2\nSELECT 3');
    expect(parse('SELECT 1\r\nGO\r\nSELECT 2\r\nSELECT 3\r\n')).toEqual(lf);
    expect(parse('SELECT 1\rGO\rSELECT 2\rSELECT 3')).toEqual(lf);
  });

  it('strips a UTF-8 byte-order mark, so a GO on the first line still counts', () => {
    expect(parse('\uFEFFGO\nSELECT 1')).toEqual([{ sql: 'SELECT 1', line: 2 }]);
    expect(normaliseScript('\uFEFFa\r\nb\rc')).toBe('a\nb\nc');
  });
});

describe(':setvar and $(variables)', () => {
  it('defines a variable for the lines after it and removes the command', () => {
    expect(parse(':setvar Schema mlops\nSELECT * FROM $(Schema).t')).toEqual([
      { sql: 'SELECT * FROM mlops.t', line: 2 },
    ]);
  });

  it('keeps the line numbers of a batch when a :setvar sits inside it', () => {
    expect(parse('SELECT 1\n:setvar x 2\nSELECT $(x)')).toEqual([{ sql: 'SELECT 1\n\nSELECT 2', line: 1 }]);
  });

  it('takes a quoted value with spaces and doubled quotes', () => {
    expect(sqls(':SETVAR Label "nightly ""batch"" run"\nSELECT \'$(Label)\'')).toEqual([
      'SELECT \'nightly "batch" run\'',
    ]);
    expect(sqls(':setvar Empty ""\nSELECT \'$(Empty)\'')).toEqual(["SELECT ''"]);
  });

  it('lets a :setvar override the variables input, as sqlcmd lets it override -v', () => {
    expect(sqls('SELECT $(env)\nGO\n:setvar ENV staging\nSELECT $(env)', { env: 'dev' })).toEqual([
      'SELECT dev',
      'SELECT staging',
    ]);
  });

  it('uses the latest definition when a variable is defined again', () => {
    expect(sqls(':setvar n 1\nSELECT $(n)\n:setvar n 2\nSELECT $(n)')).toEqual(['SELECT 1\n\nSELECT 2']);
  });

  it('substitutes inside strings, comments, bracketed names and dollar quotes', () => {
    const variables = { db: 'scoring' };
    expect(sqls("SELECT '$(db)' AS [$(db)] -- $(db)\n/* $(db) */", variables)).toEqual([
      "SELECT 'scoring' AS [scoring] -- scoring\n/* scoring */",
    ]);
    expect(sqls('SELECT $$ $(db) $$', variables, 'postgresql')).toEqual(['SELECT $$ scoring $$']);
  });

  it('matches names case-insensitively', () => {
    expect(sqls('SELECT $(ENVIRONMENT), $(environment), $(Environment)', { Environment: 'prod' })).toEqual([
      'SELECT prod, prod, prod',
    ]);
  });

  it('accepts digits, underscores and hyphens in names', () => {
    expect(sqls('SELECT $(sink-table_2)', { 'sink-table_2': 'dbo.scores' })).toEqual(['SELECT dbo.scores']);
  });

  it('does not substitute again inside a value', () => {
    expect(sqls("SELECT '$(a)'", { a: '$(b)', b: 'nope' })).toEqual(["SELECT '$(b)'"]);
  });

  it('does not let a value open a string or comment that would hide a GO', () => {
    expect(sqls('SELECT $(q)\nGO\nSELECT 2', { q: "'/*" })).toEqual(["SELECT '/*", 'SELECT 2']);
  });

  it('refuses an undefined variable, naming it, the file and the line', () => {
    const error = errorOf(() => parse('SELECT 1\nGO\nSELECT * FROM $(Schema).t', { other: 'x' }));
    expect(error.message).toBe(
      `${FILE} line 3: the variable 'Schema' is not defined; add it to the \`variables\` input or a \`:setvar Schema value\` line before this line.`,
    );
    expect(error.input).toBe('migrations');
    expect(error.location).toEqual({ file: FILE, line: 3 });
  });

  it('refuses a variable used before the :setvar that defines it', () => {
    expect(errorOf(() => parse('SELECT $(x)\n:setvar x 1')).location).toEqual({ file: FILE, line: 1 });
  });

  it.each([
    [':setvar Name', "':setvar Name' has no value"],
    [':setvar', ':setvar needs a name and a value'],
    [':setvar Name two words', 'has spaces; put it in double quotes'],
    [':setvar Name "unclosed', "must end with a closing '\"'"],
    [':setvar Na.me 1', 'names no valid variable'],
  ])('refuses the malformed %s', (line, message) => {
    const error = errorOf(() => parse(`SELECT 1\n${line}`));
    expect(error.message).toContain(`${FILE} line 2: `);
    expect(error.message).toContain(message);
    expect(error.location).toEqual({ file: FILE, line: 2 });
  });
});

describe('other sqlcmd commands', () => {
  it.each([
    [
      ':r other.sql',
      "the sqlcmd command ':r' is not supported; list the included file in the `migrations` input",
    ],
    [':connect other-server', "the sqlcmd command ':connect' is not supported"],
    [':on error exit', "the sqlcmd command ':on' is not supported"],
    [':out results.txt', "the sqlcmd command ':out' is not supported"],
    ['  :EXIT', "the sqlcmd command ':EXIT' is not supported"],
    [':quit', "the sqlcmd command ':quit' is not supported"],
    ['!! dir', "the sqlcmd command '!!' is not supported"],
  ])('refuses %s at its file and line', (line, message) => {
    const error = errorOf(() => parse(`SELECT 1\nGO\n${line}\nSELECT 2`));
    expect(error.message).toContain(`${FILE} line 3: ${message}`);
    expect(error.input).toBe('migrations');
    expect(error.location).toEqual({ file: FILE, line: 3 });
  });

  it('ignores command-like lines inside comments and strings, and PostgreSQL casts', () => {
    expect(sqls("/*\n:r other.sql\n*/\nSELECT '\n:connect x\n'")).toHaveLength(1);
    expect(sqls('SELECT 1\n  ::int', {}, 'postgresql')).toEqual(['SELECT 1\n  ::int']);
  });
});
