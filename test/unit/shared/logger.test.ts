import { describe, expect, it } from '@jest/globals';
import {
  type ActionsCoreLogging,
  createActionsLogger,
  RecordingLogger,
  toActionsAnnotation,
} from '../../../src/shared/logger.js';

describe('RecordingLogger', () => {
  it('keeps entries with their level and the groups they were written in', async () => {
    const logger = new RecordingLogger();
    logger.info('start');
    await logger.group('Plan', async () => {
      logger.warning('careful', { location: { file: 'a.yml', line: 2 } });
    });
    logger.error('end');
    expect(logger.entries).toEqual([
      { level: 'info', message: 'start', groups: [] },
      {
        level: 'warning',
        message: 'careful',
        groups: ['Plan'],
        properties: { location: { file: 'a.yml', line: 2 } },
      },
      { level: 'error', message: 'end', groups: [] },
    ]);
    expect(logger.messages('warning')).toEqual(['careful']);
  });
});

describe('createActionsLogger', () => {
  it('passes annotations to @actions/core with file, line and column', () => {
    const calls: unknown[][] = [];
    const core: ActionsCoreLogging = {
      debug: (...args) => calls.push(['debug', ...args]),
      info: (...args) => calls.push(['info', ...args]),
      warning: (...args) => calls.push(['warning', ...args]),
      error: (...args) => calls.push(['error', ...args]),
      group: (_name, fn) => fn(),
    };
    createActionsLogger(core).error('bad', { title: 'T', location: { file: 'f.json', line: 3, column: 7 } });
    expect(calls).toEqual([['error', 'bad', { title: 'T', file: 'f.json', startLine: 3, startColumn: 7 }]]);
    expect(toActionsAnnotation(undefined)).toBeUndefined();
  });
});

describe('workflow commands in logged data', () => {
  it('a line of data that starts with :: is written as text, not read by the runner as a command', () => {
    const written: string[] = [];
    const core = { info: (message: string) => written.push(message) } as unknown as ActionsCoreLogging;
    createActionsLogger(core).info(
      'description: (none) → x\n::set-output name=receipt::pwned\n  ::add-mask::y\nok :: fine',
    );
    const lines = written.join('\n').split('\n');
    // The runner trims a line and reads it as a command when it then starts with '::'.
    expect(lines.filter((line) => line.trim().startsWith('::'))).toEqual([]);
    expect(lines).toEqual([
      'description: (none) → x',
      '\u200b::set-output name=receipt::pwned',
      '  \u200b::add-mask::y',
      'ok :: fine',
    ]);
  });
});
