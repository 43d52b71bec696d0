import { describe, expect, it } from '@jest/globals';
import { type ActionsCore, runAction } from '../../../src/shared/action.js';
import { ConfigurationError, VerdictError } from '../../../src/shared/errors.js';
import { boolean, string } from '../../../src/shared/inputs.js';

/** A fake @actions/core that records what the action did through it. */
function recordingCore() {
  const calls: { method: string; args: unknown[] }[] = [];
  const summaries: string[] = [];
  const record =
    (method: string) =>
    (...args: unknown[]) => {
      calls.push({ method, args });
    };
  const core: ActionsCore = {
    debug: record('debug'),
    info: record('info'),
    warning: record('warning'),
    error: record('error'),
    setSecret: record('setSecret'),
    setOutput: record('setOutput'),
    setFailed: record('setFailed'),
    getIDToken: async () => 'token',
    group: async (_name, fn) => fn(),
    summary: {
      addRaw(text: string) {
        return {
          write: async () => {
            summaries.push(text);
          },
        };
      },
    },
  };
  const of = (method: string) => calls.filter((call) => call.method === method).map((call) => call.args);
  return { core, calls, summaries, of };
}

const definition = {
  name: 'demo-action',
  version: '1.2.3',
  inputs: {
    name: string('name').isRequired(),
    token: string('token').isSecret(),
    dryRun: boolean('dry-run').withDefault('false'),
  },
  outputs: ['result', 'receipt'] as const,
};

const env = (values: Record<string, string>) => ({
  GITHUB_WORKSPACE: '/tmp',
  GITHUB_STEP_SUMMARY: '/dev/null',
  ...values,
});

describe('runAction', () => {
  it('parses inputs, sets declared outputs (objects as JSON) and writes the summary', async () => {
    const fake = recordingCore();
    await runAction(definition, { core: fake.core, env: env({ INPUT_NAME: 'x' }) }, async (context) => {
      expect(context.inputs).toEqual({ name: 'x', token: undefined, dryRun: false });
      context.setOutput('result', { a: 1 });
      context.summary.heading('Done');
    });
    expect(fake.of('setOutput')).toEqual([['result', '{"a":1}']]);
    expect(fake.of('setFailed')).toEqual([]);
    expect(fake.summaries).toEqual(['<h2>Done</h2>\n']);
  });

  it('fails with one line prefixed by the action name, stack only in debug', async () => {
    const fake = recordingCore();
    await runAction(definition, { core: fake.core, env: env({}) }, async () => {});
    expect(fake.of('setFailed')).toEqual([['demo-action: Input required and not supplied: name']]);
    expect(fake.of('debug').flat().join('\n')).toContain('at ');
  });

  it('keeps the Azure code of an unexpected error and drops everything after its first line', async () => {
    const fake = recordingCore();
    await runAction(definition, { core: fake.core, env: env({ INPUT_NAME: 'x' }) }, async () => {
      throw Object.assign(new Error('Operation failed\nwith details'), { code: 'Conflict', statusCode: 409 });
    });
    expect(fake.of('setFailed')).toEqual([['demo-action: Conflict (409): Operation failed']]);
  });

  it('fails on a verdict with its message alone, as on a ConfigurationError', async () => {
    const fake = recordingCore();
    await runAction(definition, { core: fake.core, env: env({ INPUT_NAME: 'x' }) }, async () => {
      // A verdict that carries a code of its own is still told as the verdict, not as an Azure failure.
      throw Object.assign(new VerdictError('Dataset drift in dev: 2 of 3 features drifted'), {
        code: 'Drift',
      });
    });
    expect(fake.of('setFailed')).toEqual([['demo-action: Dataset drift in dev: 2 of 3 features drifted']]);
  });

  it("annotates the user's file and line when the error has a location", async () => {
    const fake = recordingCore();
    const previous = process.exitCode;
    await runAction(definition, { core: fake.core, env: env({ INPUT_NAME: 'x' }) }, async () => {
      throw new ConfigurationError('ml/deployment.yml line 4: unknown key', {
        location: { file: 'ml/deployment.yml', line: 4 },
      });
    });
    expect(fake.of('error')).toEqual([
      [
        'demo-action: ml/deployment.yml line 4: unknown key',
        { file: 'ml/deployment.yml', startLine: 4, title: 'demo-action: configuration error' },
      ],
    ]);
    expect(process.exitCode).toBe(1);
    process.exitCode = previous;
  });

  it('masks secret inputs first and redacts them from outputs, messages and the summary', async () => {
    const fake = recordingCore();
    await runAction(
      definition,
      { core: fake.core, env: env({ INPUT_NAME: 'x', INPUT_TOKEN: 'tok-123456' }) },
      async (context) => {
        context.setOutput('result', 'got tok-123456');
        context.summary.paragraph('token tok-123456');
        throw new Error('auth with tok-123456 failed');
      },
    );
    expect(fake.calls[0]).toEqual({ method: 'setSecret', args: ['tok-123456'] });
    expect(fake.of('setOutput')).toEqual([['result', 'got ***']]);
    expect(fake.of('setFailed')).toEqual([['demo-action: auth with *** failed']]);
    expect(fake.summaries.join('')).not.toContain('tok-123456');
  });

  it('refuses an output the action does not declare', async () => {
    const fake = recordingCore();
    await runAction(definition, { core: fake.core, env: env({ INPUT_NAME: 'x' }) }, async (context) => {
      context.setOutput('undeclared' as 'result', 'x');
    });
    expect(fake.of('setFailed')).toEqual([
      ["demo-action: Output 'undeclared' is not declared by demo-action"],
    ]);
  });
});
