import { describe, expect, it } from '@jest/globals';
import {
  type ActionRun,
  findSecrets,
  parseFileCommands,
  parseWorkflowCommands,
} from '../../../src/sandbox/local-runner.js';

describe('parseFileCommands', () => {
  it('reads heredoc values (multi-line) and legacy name=value lines', () => {
    const text = 'receipt<<ghadelimiter_1\n{"v":1}\nline two\nghadelimiter_1\nchanged=true\n';
    expect(parseFileCommands(text)).toEqual({ receipt: '{"v":1}\nline two', changed: 'true' });
  });
});

describe('parseWorkflowCommands', () => {
  it('unescapes messages and properties as the runner does', () => {
    const [command] = parseWorkflowCommands(
      '::error file=a%2Cb.yml,line=3,title=x%3Ay::first%0Asecond 100%25\n',
    );
    expect(command).toEqual({
      command: 'error',
      properties: { file: 'a,b.yml', line: '3', title: 'x:y' },
      message: 'first\nsecond 100%',
    });
  });
});

describe('findSecrets', () => {
  const run = (overrides: Partial<ActionRun>): ActionRun => ({
    exitCode: 0,
    stdout: '',
    stderr: '',
    outputs: {},
    summary: '',
    exportedEnv: '',
    env: {},
    path: [],
    annotations: [],
    masked: [],
    log: '',
    durationMs: 0,
    ...overrides,
  });

  it.each([
    ['URL-encoded', (secret: string) => `postgresql://u:${encodeURIComponent(secret)}@h/db`],
    ['base64', (secret: string) => Buffer.from(secret).toString('base64')],
    [
      'base64 inside a longer text, shifted by one byte',
      (secret: string) => Buffer.from(`x${secret}yz`).toString('base64'),
    ],
    [
      'base64 inside a longer text, shifted by two bytes',
      (secret: string) => Buffer.from(`xy${secret}`).toString('base64'),
    ],
    ['JSON-escaped', (secret: string) => JSON.stringify({ password: secret })],
  ])('finds a secret written %s', (_form, write) => {
    const secret = 'Pw"0f/the\\db!x7 é';
    expect(findSecrets(run({ summary: write(secret) }), [secret])).toEqual(['summary contains a secret']);
    expect(findSecrets(run({ summary: write('another-value-entirely') }), [secret])).toEqual([]);
  });

  it('ignores the add-mask command the runner consumes, and finds a secret anywhere else', () => {
    expect(findSecrets(run({ stdout: '::add-mask::s3cret\nhello' }), ['s3cret'])).toEqual([]);
    expect(findSecrets(run({ stdout: 'token s3cret' }), ['s3cret'])).toEqual(['stdout contains a secret']);
    expect(findSecrets(run({ outputs: { receipt: 'x s3cret' } }), ['s3cret'])).toEqual([
      'outputs contains a secret',
    ]);
    expect(findSecrets(run({ summary: 's3cret' }), ['s3cret'])).toEqual(['summary contains a secret']);
    expect(findSecrets(run({ exportedEnv: 'A=s3cret' }), ['s3cret'])).toEqual([
      'exported environment contains a secret',
    ]);
  });
});
