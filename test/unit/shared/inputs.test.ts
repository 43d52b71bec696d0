import { describe, expect, it } from '@jest/globals';
import { parseStructuredText } from '../../../src/shared/documents.js';
import { ConfigurationError } from '../../../src/shared/errors.js';
import {
  boolean,
  byteSize,
  choice,
  duration,
  environmentInputSource,
  type InputSource,
  integer,
  list,
  number,
  parseByteSize,
  parseDuration,
  parseInputs,
  path,
  paths,
  readInputs,
  string,
  structured,
} from '../../../src/shared/inputs.js';

function source(
  values: Record<string, string>,
  workspace = '/work/space',
): InputSource & { masked: string[] } {
  const masked: string[] = [];
  return {
    read: (name) => values[name] || undefined,
    mask: (s) => masked.push(s),
    workspace,
    masked,
    parseStructured: parseStructuredText,
  };
}

function failure(fn: () => unknown): ConfigurationError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return error as ConfigurationError;
  }
  throw new Error('expected a ConfigurationError');
}

describe('environmentInputSource', () => {
  it('reads INPUT_ variables as the runner names them, trimmed, empty as absent', () => {
    const read = environmentInputSource(
      { 'INPUT_DRY-RUN': ' true ', INPUT_EMPTY: '  ', INPUT_WITH_SPACE: 'x' },
      () => {},
      '/w',
    ).read;
    expect(read('dry-run')).toBe('true');
    expect(read('empty')).toBeUndefined();
    expect(read('with space')).toBe('x');
    expect(read('missing')).toBeUndefined();
  });
});

describe('boolean', () => {
  it.each([
    ['true', true],
    ['True', true],
    ['TRUE', true],
    ['false', false],
    ['False', false],
    ['FALSE', false],
  ])('accepts %s', (raw, expected) => {
    expect(boolean('dry-run').parse(source({ 'dry-run': raw }))).toBe(expected);
  });

  it.each(['yes', 'no', '1', '0', 'on', 'tRue'])(
    'refuses %s, naming the input and the accepted values',
    (raw) => {
      const error = failure(() => boolean('dry-run').parse(source({ 'dry-run': raw })));
      expect(error.message).toBe(`Input 'dry-run' must be true or false; got '${raw}'.`);
      expect(error.input).toBe('dry-run');
    },
  );
});

describe('presence', () => {
  it('a required input that is missing names itself', () => {
    expect(failure(() => string('subscription-id').isRequired().parse(source({}))).message).toBe(
      'Input required and not supplied: subscription-id',
    );
  });
  it('an optional input that is missing is undefined, never ""', () => {
    expect(string('model').parse(source({ model: '' }))).toBeUndefined();
  });
  it('a default is parsed like a supplied value', () => {
    expect(duration('timeout').withDefault('20m').parse(source({}))).toBe(1_200_000);
  });
  it('a runner-evaluated default gives no value outside the runner', () => {
    expect(string('github-token').withDefault('${{ github.token }}').parse(source({}))).toBeUndefined();
  });
});

describe('integer and number', () => {
  it.each([
    ['8', 8],
    ['+3', 3],
    ['0', 0],
  ])('integer accepts %s', (raw, expected) => {
    expect(integer('concurrency', { min: 0 }).parse(source({ concurrency: raw }))).toBe(expected);
  });
  it.each(['1.5', '1e3', 'eight', '99999999999999999999', '-1', '33'])('integer refuses %s', (raw) => {
    expect(
      failure(() => integer('concurrency', { min: 0, max: 32 }).parse(source({ concurrency: raw }))).message,
    ).toBe(`Input 'concurrency' must be a whole number from 0 to 32; got '${raw}'.`);
  });
  it.each([
    ['0.5', 0.5],
    ['1', 1],
    ['.25', 0.25],
    ['1e-1', 0.1],
  ])('number accepts %s', (raw, expected) => {
    expect(number('drift-share', { min: 0, max: 1 }).parse(source({ 'drift-share': raw }))).toBe(expected);
  });
  it.each(['1.5', 'half', 'NaN', 'Infinity', '0x1'])('number refuses %s', (raw) => {
    expect(
      failure(() => number('drift-share', { min: 0, max: 1 }).parse(source({ 'drift-share': raw }))).input,
    ).toBe('drift-share');
  });
});

describe('choice', () => {
  it('accepts a listed value and refuses others, listing the accepted ones', () => {
    const field = choice('prune', ['none', 'disable', 'delete'] as const);
    expect(field.parse(source({ prune: 'disable' }))).toBe('disable');
    expect(failure(() => field.parse(source({ prune: 'Delete' }))).message).toBe(
      "Input 'prune' must be one of none, disable, delete; got 'Delete'.",
    );
  });
});

describe('duration', () => {
  it.each([
    ['30s', 30_000],
    ['20m', 1_200_000],
    ['1h30m', 5_400_000],
    ['500ms', 500],
    ['1.5h', 5_400_000],
    ['2d', 172_800_000],
  ])('parses %s', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });
  it.each(['30', '', 'm', '10 m', '-5s', '5y', 'PT5M'])('refuses %s', (text) => {
    expect(parseDuration(text)).toBeUndefined();
  });
  it('names the input and the accepted forms', () => {
    expect(failure(() => duration('timeout').parse(source({ timeout: '30' }))).message).toBe(
      "Input 'timeout' must be a duration such as 30s, 20m or 1h30m (units ms, s, m, h, d); got '30'.",
    );
  });
});

describe('byteSize', () => {
  it.each([
    ['512MiB', 512 * 2 ** 20],
    ['1.5 GiB', 1.5 * 2 ** 30],
    ['800MB', 800e6],
    ['64kib', 65_536],
    ['100B', 100],
  ])('parses %s', (text, bytes) => {
    expect(parseByteSize(text)).toBe(bytes);
  });
  it.each(['512', '', 'MiB', '-1GiB', '2 gigabytes', '1e9B'])('refuses %s', (text) => {
    expect(parseByteSize(text)).toBeUndefined();
  });
  it('names the input, the accepted forms and the bounds', () => {
    const field = byteSize('memory-budget', { min: 2 ** 26, max: 2 ** 40 });
    expect(failure(() => field.parse(source({ 'memory-budget': '1MiB' }))).message).toBe(
      "Input 'memory-budget' must be a size such as 512MiB or 2GiB (units B, KB, MB, GB, KiB, MiB, GiB) from 64 MiB to 1 TiB; got '1MiB'.",
    );
    expect(field.parse(source({ 'memory-budget': '2GiB' }))).toBe(2 ** 31);
  });
});

describe('list', () => {
  it('splits lines (or commas on one line), dropping blanks and comments', () => {
    expect(list('rows').parse(source({ rows: 'a/*.yml\n\n# note\n b.csv \n' }))).toEqual([
      'a/*.yml',
      'b.csv',
    ]);
    expect(list('features').parse(source({ features: 'age, income ,city' }))).toEqual([
      'age',
      'income',
      'city',
    ]);
  });
});

describe('structured', () => {
  it('parses YAML and JSON', () => {
    expect(structured('thresholds').parse(source({ thresholds: 'psi: 0.2\nks: {p: 0.05}' }))).toEqual({
      psi: 0.2,
      ks: { p: 0.05 },
    });
    expect(structured('variables').parse(source({ variables: '{"a": 1}' }))).toEqual({ a: 1 });
  });
  it('reports line and column within the input', () => {
    const error = failure(() =>
      structured('thresholds').parse(source({ thresholds: 'psi: 0.2\n  bad: [1' })),
    );
    expect(error.message).toMatch(/^input 'thresholds' line \d+, column \d+: invalid YAML/);
    expect(error.input).toBe('thresholds');
  });
  it('readInputs loads the parser when a structured input has a value, and only then', async () => {
    const table = { environment: string('environment'), thresholds: structured('thresholds') };
    const { parseStructured: _, ...withoutParser } = source({ environment: 'dev', thresholds: 'psi: 0.2' });
    expect(() => parseInputs(table, withoutParser)).toThrow(/thresholds' is structured/);
    expect(await readInputs(table, withoutParser)).toEqual({ environment: 'dev', thresholds: { psi: 0.2 } });
    const plain = { ...withoutParser, read: (name: string) => (name === 'environment' ? 'dev' : undefined) };
    expect(await readInputs(table, plain)).toEqual({ environment: 'dev', thresholds: undefined });
  });
});

describe('string rules and secrets', () => {
  it('refuses a value not matching the pattern, with the words that describe it', () => {
    const field = string('environment', { pattern: /^[a-z]+$/, describe: 'lower-case letters' });
    expect(failure(() => field.parse(source({ environment: 'Prod!' }))).message).toBe(
      "Input 'environment' must be lower-case letters; got 'Prod!'.",
    );
  });
  it('masks a secret as soon as it is read and never echoes it', () => {
    const src = source({ password: 'p@ss' });
    const field = string('password', { pattern: /^x+$/, describe: 'only x' }).isSecret();
    const error = failure(() => field.parse(src));
    expect(src.masked).toEqual(['p@ss']);
    expect(error.message).not.toContain('p@ss');
    expect(error.message).toContain('the supplied value');
  });
});

describe('path', () => {
  it('resolves inside the workspace and refuses an escape', () => {
    expect(path('endpoint-file').parse(source({ 'endpoint-file': 'ml/endpoint.yml' }, '/tmp'))).toBe(
      '/tmp/ml/endpoint.yml',
    );
    expect(
      failure(() => path('endpoint-file').parse(source({ 'endpoint-file': '../etc/passwd' }, '/tmp'))).input,
    ).toBe('endpoint-file');
  });

  it('paths: one per line, each resolved inside the workspace, in the order given', () => {
    expect(
      paths('deployment-file').parse(
        source({ 'deployment-file': 'ml/green.yml\n# the current one\nml/blue.yml\n' }, '/tmp'),
      ),
    ).toEqual(['/tmp/ml/green.yml', '/tmp/ml/blue.yml']);
    expect(paths('deployment-file').parse(source({ 'deployment-file': 'ml/a.yml' }, '/tmp'))).toEqual([
      '/tmp/ml/a.yml',
    ]);
    expect(
      failure(() =>
        paths('deployment-file').parse(source({ 'deployment-file': 'ml/a.yml\n../x.yml' }, '/tmp')),
      ).input,
    ).toBe('deployment-file');
    expect(
      failure(() => paths('deployment-file').parse(source({ 'deployment-file': '# none' }, '/tmp'))).message,
    ).toMatch(/must be one or more paths, one per line/);
  });
});

describe('parseInputs', () => {
  const table = {
    environment: string('environment').isRequired(),
    dryRun: boolean('dry-run').withDefault('false'),
    subscriptionId: string('subscription-id').isRequired(),
  };
  it('returns a frozen typed object', () => {
    const inputs = parseInputs(table, source({ environment: 'dev', 'subscription-id': 'sub' }));
    expect(inputs).toEqual({ environment: 'dev', dryRun: false, subscriptionId: 'sub' });
    expect(Object.isFrozen(inputs)).toBe(true);
  });
  it('stops at the first problem in declaration order', () => {
    expect(failure(() => parseInputs(table, source({}))).message).toBe(
      'Input required and not supplied: environment',
    );
    expect(failure(() => parseInputs(table, source({ environment: 'dev', 'dry-run': 'yes' }))).input).toBe(
      'dry-run',
    );
  });
});
