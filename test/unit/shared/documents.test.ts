import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  DocumentSyntaxError,
  formatPath,
  loadDocument,
  parseDocumentText,
  parseStructuredText,
} from '../../../src/shared/documents.js';
import { ConfigurationError } from '../../../src/shared/errors.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'documents-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const DEPLOYMENT = `name: blue
endpoint_name: credit
settings:
  mini_batch_size: 10
  retry_settings:
    max_retries: 3
resources:
  instance_count: 2
`;

describe('parseDocumentText', () => {
  it('locates a nested key by its path', () => {
    const doc = parseDocumentText(DEPLOYMENT, 'ml/deployment.yml');
    expect(doc.locate(['settings', 'retry_settings', 'max_retries'])).toEqual({
      file: 'ml/deployment.yml',
      line: 6,
      column: 5,
    });
    expect(doc.locate(['resources'])).toEqual({ file: 'ml/deployment.yml', line: 7, column: 1 });
  });

  it('falls back to the nearest existing ancestor', () => {
    const doc = parseDocumentText(DEPLOYMENT, 'd.yml');
    expect(doc.locate(['settings', 'missing_key'])).toEqual({ file: 'd.yml', line: 3, column: 1 });
  });

  it('builds errors naming the file, line and field', () => {
    const error = parseDocumentText(DEPLOYMENT, 'd.yml').errorAt(
      ['settings', 'mini_batch_size'],
      'must be at least 1',
    );
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toBe('d.yml line 4 (settings.mini_batch_size): must be at least 1');
    expect(error.location).toEqual({ file: 'd.yml', line: 4, column: 3 });
    expect(error.detail).toBe('must be at least 1');
  });

  it.each([
    ['a YAML syntax error', 'name: [blue\n', 'd.yml', /^d\.yml line \d+, column \d+: invalid YAML/],
    [
      'a duplicate key',
      'name: a\nname: b\n',
      'd.yml',
      /^d\.yml line 2, column 1: invalid YAML: Map keys must be unique/,
    ],
  ])('reports %s with line and column', (_label, text, file, pattern) => {
    expect(() => parseDocumentText(text, file)).toThrow(pattern);
  });

  it('parses JSON strictly, with the line and column of the error', () => {
    const text = '{\n  "name": "p",\n  "properties": { "activities": [ } \n}';
    expect(() => parseDocumentText(text, 'pipeline/p.json', { json: true })).toThrow(
      /^pipeline\/p\.json line 3, column \d+: invalid JSON/,
    );
    expect(() => parseDocumentText('{"a": 1, // no comments\n}', 'x.json', { json: true })).toThrow(
      /x\.json line 1/,
    );
  });

  it('refuses a duplicate key in JSON, and locates values and keys by path', () => {
    expect(() =>
      parseDocumentText('{\n  "name": "a",\n  "p": { "x": 1,\n    "x": 2 }\n}', 'd.json', { json: true }),
    ).toThrow(/^d\.json line 4, column 5: invalid JSON: duplicate key 'x'$/);
    const doc = parseDocumentText('{\n  "name": "a",\n  "list": [\n    { "k": true }\n  ]\n}', 'l.json', {
      json: true,
    });
    expect(doc.value).toEqual({ name: 'a', list: [{ k: true }] });
    expect(doc.locate(['list', 0, 'k'])).toEqual({ file: 'l.json', line: 4, column: 7 });
    expect(doc.locate(['list', 0])).toEqual({ file: 'l.json', line: 4, column: 5 });
    expect(doc.locate(['missing', 'deeper'])).toEqual({ file: 'l.json', line: 1, column: 1 });
  });

  // Valid JSON is read by JSON.parse and its syntax tree built only for a location: the repeated-key check counts
  // the colons outside strings, so colons and quotes inside strings must not count.
  it.each([
    ['in a nested array', '{"a": [{"b": 1, "c": {"d": 2, "d": 3}}]}', 'd'],
    [
      'after colons and escaped quotes in strings',
      '{"u": "http://x:1/\\":", "k\\":": 1, "e": "", "e": 2}',
      'e',
    ],
    ['of the root, empty objects around', '{"x": {}, "y": [], "x": {}}', 'x'],
  ])('refuses a repeated key %s', (_case, text, key) => {
    expect(() => parseDocumentText(text, 'r.json', { json: true })).toThrow(`duplicate key '${key}'`);
  });

  it('reads keys that only look alike, colons inside strings and __proto__ as JSON.parse does', () => {
    const text =
      '{"a": "b:c", "a ": {"url": "https://h:443/p?q=\\"x:y\\""}, "__proto__": {"z": 1}, "n": [1, -0.5e3]}';
    const doc = parseDocumentText(text, 'ok.json', { json: true });
    expect(doc.value).toEqual(JSON.parse(text));
    expect(Object.keys(doc.value as object)).toEqual(['a', 'a ', '__proto__', 'n']);
    expect(doc.locate(['n', 1])).toEqual({ file: 'ok.json', line: 1, column: expect.any(Number) });
    expect(doc.locate(['__proto__', 'z'])).toMatchObject({ line: 1, column: text.indexOf('"z"') + 1 });
  });
});

describe('DocumentSyntaxError', () => {
  function syntaxError(parse: () => unknown): DocumentSyntaxError {
    try {
      parse();
    } catch (error) {
      expect(error).toBeInstanceOf(DocumentSyntaxError);
      return error as DocumentSyntaxError;
    }
    throw new Error('expected a syntax error');
  }

  it('carries the reason and the line and column within the text as fields', () => {
    const error = syntaxError(() => parseDocumentText('{\n  "a": 1,\n}', 'x.json', { json: true }));
    expect(error).toMatchObject({
      syntax: 'JSON',
      line: 3,
      column: 1,
      location: { file: 'x.json', line: 3 },
    });
    expect(error.reason).not.toMatch(/x\.json|line|invalid JSON/);
    expect(error.detail).toBe(`invalid JSON: ${error.reason}`);
    expect(error.message).toBe(`x.json line 3, column 1: ${error.detail}`);
  });

  it('names an input, without a file location, for text written in the workflow', () => {
    const error = syntaxError(() =>
      parseStructuredText('a: [1', { label: "input 'thresholds'", input: 'thresholds' }),
    );
    expect(error).toMatchObject({ syntax: 'YAML', input: 'thresholds', location: undefined });
    expect(error.message).toMatch(/^input 'thresholds' line 1, column \d+: invalid YAML: /);
  });
});

describe('loadDocument', () => {
  it('reads a file, strips a BOM, and picks JSON strictness by extension', async () => {
    await writeFile(join(dir, 'p.json'), '\uFEFF{"name": "p"}');
    expect((await loadDocument(join(dir, 'p.json'), 'p.json')).value).toEqual({ name: 'p' });
  });
  it('says a missing file is missing', async () => {
    await expect(loadDocument(join(dir, 'nope.yml'), 'ml/nope.yml', 'endpoint-file')).rejects.toThrow(
      'ml/nope.yml: file not found.',
    );
    await expect(loadDocument(join(dir, 'nope.yml'), 'ml/nope.yml')).rejects.toMatchObject({
      detail: 'file not found.',
      location: { file: 'ml/nope.yml' },
    });
  });
});

describe('formatPath', () => {
  it('joins keys and indexes', () => {
    expect(formatPath(['properties', 'activities', 2, 'name'])).toBe('properties.activities[2].name');
  });
});

describe('documents built to exhaust the parser', () => {
  const aliasBomb = [
    'a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x", "x"]',
    ...'bcdefghi'
      .split('')
      .map((name, i) => `${name}: &${name} [${Array(10).fill(`*${'abcdefghi'[i]}`).join(', ')}]`),
  ].join('\n');
  const blockMappings = (depth: number) =>
    `${Array.from({ length: depth }, (_, i) => `${' '.repeat(i)}a:`).join('\n')} x\n`;

  it.each([
    [
      'JSON arrays 5000 deep',
      'deep.json',
      `${'['.repeat(5000)}${']'.repeat(5000)}`,
      /line 1, column 257: invalid JSON: nested more than 256 levels deep/,
    ],
    [
      'JSON objects 20000 deep',
      'deep.json',
      `${'{"a":'.repeat(20000)}1${'}'.repeat(20000)}`,
      /invalid JSON: nested more than 256/,
    ],
    [
      'YAML flow 5000 deep',
      'deep.yml',
      `k: ${'['.repeat(5000)}${']'.repeat(5000)}`,
      /invalid YAML: nested more than 256/,
    ],
    [
      'YAML block mappings 2000 deep',
      'deep.yml',
      blockMappings(2000),
      /deep\.yml line 258, column 258: invalid YAML: nested/,
    ],
    [
      'YAML compact sequences 3000 deep',
      'deep.yml',
      `${'- '.repeat(3000)}x`,
      /invalid YAML: nested more than 256/,
    ],
    [
      'a YAML alias bomb',
      'bomb.yml',
      aliasBomb,
      /bomb\.yml line 2, column 8: invalid YAML: aliases expand to more than 100 nodes/,
    ],
  ])('%s: a ConfigurationError naming the file, never a stack overflow', (_name, file, text, message) => {
    let caught: unknown;
    try {
      parseDocumentText(text, file, { json: file.endsWith('.json') });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DocumentSyntaxError);
    expect((caught as Error).message).toMatch(message);
    expect((caught as Error).message).not.toMatch(/call stack/i);
  });

  it('reads documents nested as deeply as real ones are, and quotes or brackets inside strings', () => {
    expect(parseDocumentText(blockMappings(60), 'ok.yml').value).toBeDefined();
    const json = `${'{"a":'.repeat(100)}"[[[[{{{{ it's"${'}'.repeat(100)}`;
    expect(parseDocumentText(json, 'ok.json', { json: true }).value).toBeDefined();
    const plain = `description: it's [not {a flow\nitems:\n${Array.from({ length: 60 }, (_, i) => `${'  '.repeat(i + 1)}- k${i}:`).join('\n')} x\n`;
    expect(parseDocumentText(plain, 'ok.yml').value).toBeDefined();
  });
});

describe('oversized documents', () => {
  it('a document over 16 MB is refused by its size, naming the file, before it is read', async () => {
    const path = join(dir, 'huge.yml');
    await writeFile(path, `# ${'x'.repeat(17 * 2 ** 20)}\nname: big\n`);
    await expect(loadDocument(path, 'ml/huge.yml', 'endpoint-file')).rejects.toThrow(
      /^ml\/huge\.yml: the file is 17\.0 MB; .* over 16 MB are refused/,
    );
  });
});
