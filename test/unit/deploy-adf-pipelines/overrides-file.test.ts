// The overrides file read: its shape refused with file and line, JSON paths, and reading it from disk. What its
// entries do to a factory is overrides.test.ts.
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import {
  loadOverrides,
  OverridesError,
  parseOverrides,
} from '../../../src/deploy-adf-pipelines/overrides-file.js';
import { parseDocumentText } from '../../../src/shared/documents.js';
import { ConfigurationError } from '../../../src/shared/errors.js';
import { parseJsonPath } from '../../../src/shared/templates.js';
import { lineOf, writeTree } from './helpers.js';

const FILE = 'overrides/dev.yml';
const overridesOf = (text: string) => parseOverrides(parseDocumentText(text, FILE));

describe('overrides file shape errors name the file and line', () => {
  it.each<{ case: string; yaml: string; line: string; message: RegExp }>([
    { case: 'an unknown section', yaml: 'globals:\n  a: 1\n', line: 'globals', message: /unknown section/ },
    {
      case: 'a section of the wrong shape',
      yaml: 'linkedServices:\n  - ls_sql\n',
      line: 'linkedServices',
      message: /must be a mapping by name; it is an array/,
    },
    {
      case: 'a malformed JSON path',
      yaml: 'linkedServices:\n  ls_sql_control:\n    typeProperties..url: x\n',
      line: 'typeProperties..url',
      message: /is not a JSON path: misplaced '.'/,
    },
    {
      case: 'a properties entry without value',
      yaml: 'properties:\n  - resource: pipeline.x\n    path: a\n',
      line: 'resource',
      message: /'value' is missing/,
    },
    {
      case: 'a properties entry with an unknown kind',
      yaml: 'properties:\n  - resource: pipelines.x\n    path: a\n    value: 1\n',
      line: 'resource',
      message: /^properties\[0\]\.resource: 'pipelines.x' names no known kind/,
    },
    {
      case: 'a properties entry with an unknown key',
      yaml: 'properties:\n  - resource: pipeline.x\n    path: a\n    value: 1\n    vaule: 2\n',
      line: 'vaule',
      message: /unknown key; an entry has resource, path and value/,
    },
    {
      case: 'a top level that is not a mapping',
      yaml: '- a\n- b\n',
      line: '- a',
      message: /the file must be a mapping/,
    },
  ])('refuses the shape: $case', ({ yaml, line, message }) => {
    let error: unknown;
    try {
      overridesOf(yaml);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(OverridesError);
    const [problem] = (error as OverridesError).problems;
    expect(problem!.message).toMatch(message);
    expect(problem!.location).toMatchObject({ file: FILE, line: lineOf(yaml, line) });
  });
});

describe('parseJsonPath', () => {
  it.each([
    ['a', ['a']],
    ['a.b.c', ['a', 'b', 'c']],
    ['activities[0].typeProperties.url', ['activities', 0, 'typeProperties', 'url']],
    ['a[1][2]', ['a', 1, 2]],
    ['a["b.c"].d', ['a', 'b.c', 'd']],
    ["['x']", ['x']],
  ])('%s', (text, segments) => {
    expect(parseJsonPath(text)).toEqual(segments);
  });

  it.each(['', '.a', 'a.', 'a..b', 'a[', 'a[x]', 'a[0]b', 'a]b'])('refuses %j', (text) => {
    expect(typeof parseJsonPath(text)).toBe('string');
  });
});

describe('loadOverrides', () => {
  it('reads a file, and names the input when it is missing or not YAML', async () => {
    const tree = await writeTree({
      'dev.yml': 'globalParameters:\n  environment: dev\n',
      'bad.yml': 'globalParameters:\n  a: 1\n  a: 2\n',
    });
    try {
      const overrides = await loadOverrides(join(tree.dir, 'dev.yml'), 'env/dev.yml');
      expect(overrides.file).toBe('env/dev.yml');
      expect(overrides.entries).toEqual([
        {
          type: 'globalParameter',
          name: 'environment',
          value: 'dev',
          location: { file: 'env/dev.yml', line: 2, column: 3 },
        },
      ]);
      await expect(loadOverrides(join(tree.dir, 'none.yml'), 'env/none.yml')).rejects.toMatchObject({
        input: 'overrides-file',
        message: 'env/none.yml: file not found.',
      });
      const bad = loadOverrides(join(tree.dir, 'bad.yml'), 'env/bad.yml');
      await expect(bad).rejects.toBeInstanceOf(ConfigurationError);
      await expect(bad).rejects.toMatchObject({ input: 'overrides-file', location: { line: 3 } });
    } finally {
      await tree.cleanup();
    }
  });
});
