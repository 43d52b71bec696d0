// The runner core must say to the runner exactly what @actions/core says: each call is made on both, and their
// stdout and files compared (the output delimiter, a fresh UUID each time, is the one part that may differ).

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
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

  it('getIDToken: refuses as @actions/core does when the runner offers no ID token', async () => {
    delete process.env.ACTIONS_ID_TOKEN_REQUEST_URL;
    const theirs = await actionsCore.getIDToken('api://x').catch((error: Error) => error.message);
    const ours = await createRunnerCore()
      .getIDToken('api://x')
      .catch((error: Error) => error.message);
    expect(theirs).toMatch(/Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable/);
    expect(ours).toBe('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable');
  });

  it('getIDToken: the request @actions/core sends, the token it returns, masked as it masks it', async () => {
    const requests: { url?: string; authorization?: string }[] = [];
    let status = 200;
    const runner = createServer((request, response) => {
      requests.push({ url: request.url, authorization: request.headers.authorization });
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(status === 200 ? { value: 'id.token.jwt' } : { message: 'no' }));
    });
    await new Promise<void>((resolve) => runner.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = runner.address() as AddressInfo;
      process.env.ACTIONS_ID_TOKEN_REQUEST_URL = `http://127.0.0.1:${port}/idtoken?api-version=2.0`;
      process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = 'runner-request-token';
      let theirs = '';
      const theirLog = await stdoutOf(async () => {
        theirs = await actionsCore.getIDToken('api://AzureADTokenExchange');
      });
      let ours = '';
      const ourLog = await stdoutOf(async () => {
        ours = await createRunnerCore({ env: process.env }).getIDToken('api://AzureADTokenExchange');
      });
      expect(ours).toBe(theirs);
      expect(requests[1]).toEqual(requests[0]);
      expect(requests[1]?.url).toBe('/idtoken?api-version=2.0&audience=api%3A%2F%2FAzureADTokenExchange');
      expect(requests[1]?.authorization).toBe('Bearer runner-request-token');
      expect(theirLog).toContain('::add-mask::id.token.jwt');
      expect(ourLog).toContain('::add-mask::id.token.jwt');

      status = 400; // not retried: a client error is final, as it is for @actions/core
      await expect(createRunnerCore({ env: process.env }).getIDToken('x')).rejects.toThrow(
        'Failed to get ID Token: the runner answered 400',
      );
    } finally {
      await new Promise((resolve) => runner.close(resolve));
    }
  });
});

describe('formatCommand', () => {
  it('leaves out properties without a value and escapes the rest', () => {
    expect(formatCommand('error', { title: 'a:b', file: undefined, line: 0, col: 2 }, 'x%\n')).toBe(
      '::error title=a%3Ab,col=2::x%25%0A',
    );
  });
});
