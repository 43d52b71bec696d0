// The runner core must say to the runner exactly what @actions/core says: each call is made on both, and their
// stdout and files compared (the output delimiter, a fresh UUID each time, is the one part that may differ).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as actionsCore from '@actions/core';
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import type { ActionsCore } from '../../../src/shared/action.js';
import { createRunnerCore, formatCommand } from '../../../src/shared/runner-core.js';

const HOSTILE = 'line 1\r\nline 2: 100% done, really::set-output name=x::y';

let folder: string;
let savedEnv: NodeJS.ProcessEnv;
let savedExitCode: typeof process.exitCode;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'runner-core-'));
  savedEnv = { ...process.env };
  savedExitCode = process.exitCode;
});
afterEach(() => {
  process.env = savedEnv;
  process.exitCode = savedExitCode;
  rmSync(folder, { recursive: true, force: true });
  jest.restoreAllMocks();
});

/** What `act` writes to stdout, with nothing reaching the test runner's own output. */
async function stdoutOf(act: () => unknown): Promise<string> {
  const chunks: string[] = [];
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    chunks.push(String(chunk));
    return true;
  });
  try {
    await act();
  } finally {
    spy.mockRestore();
  }
  return chunks.join('');
}

/** The same call on both, their stdout side by side. */
async function both(call: (core: ActionsCore) => unknown): Promise<{ ours: string; theirs: string }> {
  const theirs = await stdoutOf(() => call(actionsCore as unknown as ActionsCore));
  const ours = await stdoutOf(() => call(createRunnerCore({ env: process.env })));
  return { ours, theirs };
}

describe('createRunnerCore, call for call against @actions/core', () => {
  const annotation = { title: 'Bad, file: here', file: 'a/b,c.json', startLine: 3, startColumn: 7 };
  it.each([
    ['debug', (core: ActionsCore) => core.debug(HOSTILE)],
    ['info', (core: ActionsCore) => core.info(HOSTILE)],
    ['warning without properties', (core: ActionsCore) => core.warning(HOSTILE)],
    ['warning', (core: ActionsCore) => core.warning(HOSTILE, annotation)],
    ['error', (core: ActionsCore) => core.error(HOSTILE, annotation)],
    ['error with a title only', (core: ActionsCore) => core.error(HOSTILE, { title: 'T' })],
    ['notice', (core: ActionsCore) => core.notice?.(HOSTILE, { file: 'x.yml', startLine: 1 })],
    ['setSecret', (core: ActionsCore) => core.setSecret('p%ss\nword')],
    ['group', (core: ActionsCore) => core.group(HOSTILE, async () => core.info('inside'))],
  ])('%s', async (_name, call) => {
    const { ours, theirs } = await both(call);
    expect(theirs).not.toBe('');
    expect(ours).toBe(theirs);
  });

  it('setFailed: the same error line, and the exit code 1', async () => {
    process.exitCode = 0;
    const theirs = await stdoutOf(() => actionsCore.setFailed(HOSTILE));
    expect(process.exitCode).toBe(1);
    process.exitCode = 0;
    const ours = await stdoutOf(() => createRunnerCore().setFailed(HOSTILE));
    expect(process.exitCode).toBe(1);
    expect(ours).toBe(theirs);
  });

  it('setOutput: the same GITHUB_OUTPUT entries, strings as they are and objects as JSON', async () => {
    const outputs = join(folder, 'output');
    writeFileSync(outputs, '');
    process.env.GITHUB_OUTPUT = outputs;
    const values = [HOSTILE, { counts: [1, 2] }, 42, true] as const;
    const entries = async (core: ActionsCore) => {
      writeFileSync(outputs, '');
      for (const [i, value] of values.entries()) core.setOutput(`out-${i}`, value);
      return readFileSync(outputs, 'utf8').replace(/ghadelimiter_[0-9a-f-]{36}/g, 'DELIMITER');
    };
    const theirs = await entries(actionsCore as unknown as ActionsCore);
    const ours = await entries(createRunnerCore({ env: process.env }));
    expect(theirs).toContain('out-1<<DELIMITER\n{"counts":[1,2]}\nDELIMITER\n');
    expect(ours).toBe(theirs);
  });

  it('setOutput with no GITHUB_OUTPUT: the same set-output command', async () => {
    delete process.env.GITHUB_OUTPUT;
    const { ours, theirs } = await both((core) => core.setOutput('plan', 'a:b,c'));
    expect(ours).toBe(theirs);
  });

  it('summary: appended to GITHUB_STEP_SUMMARY as @actions/core appends it', async () => {
    const summary = join(folder, 'summary');
    process.env.GITHUB_STEP_SUMMARY = summary;
    writeFileSync(summary, 'before\n');
    await actionsCore.summary.addRaw('| a | b |', true).write();
    const theirs = readFileSync(summary, 'utf8');
    writeFileSync(summary, 'before\n');
    await createRunnerCore({ env: process.env }).summary.addRaw('| a | b |', true).write();
    expect(readFileSync(summary, 'utf8')).toBe(theirs);
  });

  it('summary: a missing GITHUB_STEP_SUMMARY is an error, not a silent loss', async () => {
    await expect(createRunnerCore({ env: {} }).summary.addRaw('x').write()).rejects.toThrow(
      /GITHUB_STEP_SUMMARY/,
    );
  });

  it("getIDToken is @actions/core's, loaded when called", async () => {
    delete process.env.ACTIONS_ID_TOKEN_REQUEST_URL;
    const theirs = await actionsCore.getIDToken('api://x').catch((error: Error) => error.message);
    const ours = await createRunnerCore()
      .getIDToken('api://x')
      .catch((error: Error) => error.message);
    expect(theirs).toMatch(/ACTIONS_ID_TOKEN_REQUEST_URL/);
    expect(ours).toBe(theirs);
  });
});

describe('formatCommand', () => {
  it('leaves out properties without a value and escapes the rest', () => {
    expect(formatCommand('error', { title: 'a:b', file: undefined, line: 0, col: 2 }, 'x%\n')).toBe(
      '::error title=a%3Ab,col=2::x%25%0A',
    );
  });
});
