// The local workflow executor's semantics, on small workflows in test/fixtures/workflows/: expression contexts,
// needs and outputs, failures and status functions, reusable workflows, OIDC only with id-token: write,
// environment protection, and unsupported features refused with their line. Only bash steps run here, so each
// test takes a second or two; the example workflows with the real actions are test/integration/example-workflows.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { RepositorySettings } from '../../src/sandbox/github/settings.js';
import { REPO_ROOT } from '../../src/sandbox/local-runner.js';
import type { WorkflowExecutor } from '../../src/sandbox/workflows/executor.js';
import type { Approver } from '../../src/sandbox/workflows/run-model.js';
import { sandboxExecutor } from '../../src/sandbox/workflows/sandbox-executor.js';
import { useSandboxFixture } from '../harness/sandbox.js';

// The workflows run bash steps only: no ARM traffic to validate, no storage.
const fixture = useSandboxFixture({ storage: false, validate: false });
const WORKFLOWS = join(REPO_ROOT, 'test', 'fixtures', 'workflows');
const SECRET = 'sk-fixture-secret-1234';
const SETTINGS: RepositorySettings = {
  vars: { REGION: 'westeurope' },
  secrets: { API_KEY: SECRET },
  environments: {
    dev: { vars: { REGION: 'dev-region' } },
    prod: {
      vars: { REGION: 'prod-region' },
      protection: { reviewers: ['release-managers'], branches: ['main'] },
    },
  },
};

let stateDir: string;
beforeAll(async () => {
  stateDir = await mkdtemp(join(tmpdir(), 'executor-test-'));
});
afterAll(async () => {
  await rm(stateDir, { recursive: true, force: true });
});

function executor(approve?: Approver): { executor: WorkflowExecutor; lines: string[] } {
  const lines: string[] = [];
  const created = sandboxExecutor(fixture.sandbox, {
    environments: [],
    settings: SETTINGS,
    stateDir,
    print: (line) => lines.push(line),
    ...(approve ? { approve } : {}),
  });
  return { executor: created, lines };
}

const workflow = (name: string) => join(WORKFLOWS, name);

describe('expression contexts, needs and outputs', () => {
  it('evaluates every context, carries env, outputs and needs between steps and jobs, and masks secrets', async () => {
    const { executor: run, lines } = executor();
    const result = await run.run(workflow('contexts.yml'), {
      name: 'workflow_dispatch',
      inputs: { who: 'world', loud: 'true' },
    });
    expect(result.result).toBe('success');
    const first = result.jobs.first!;
    expect(first.outputs.greeting).toBe('hello world (step/from-workflow)');
    expect(first.outputs.shout).toBe('yes');
    expect(JSON.parse(first.outputs.read!)).toEqual({
      region: 'dev-region', // the dev environment's variable over the repository's
      'key-length': String(SECRET.length),
      event: 'workflow_dispatch',
      repo: 'example/release',
      colour: 'green', // the choice input's default
      previous: 'hello world (step/from-workflow)',
      carried: 'from-step-one', // GITHUB_ENV of the step before
      tool: 'tool-ran', // GITHUB_PATH of the step before
      cwd: 'examples', // working-directory
      os: 'Linux',
      status: 'success',
      json: '[1,2]',
      contains: 'true',
      formatted: 'main-7',
    });
    // A job output holding a secret is dropped, as GitHub drops it.
    expect(first.outputs).not.toHaveProperty('leaked');
    expect(lines.some((line) => line.includes("output 'leaked' skipped: it may contain a secret"))).toBe(
      true,
    );
    expect(result.jobs.second!.outputs).toEqual({
      greeting: 'hello world (step/from-workflow)',
      result: 'success',
      leaked: '[]',
    });
    // Step names are evaluated too; nothing printed or summarised holds the secret.
    expect(lines.some((line) => line.includes('Greet world'))).toBe(true);
    expect(lines.join('\n')).not.toContain(SECRET);
    const summary = await readFile(join(stateDir, 'summaries', 'contexts-first.md'), 'utf8');
    expect(summary).toBe('## Read ***\n');
  });

  it('checks workflow_dispatch inputs and the events a workflow listens for', async () => {
    const { executor: run } = executor();
    await expect(run.run(workflow('contexts.yml'), { name: 'workflow_dispatch' })).rejects.toThrow(
      "input 'who' is required",
    );
    await expect(
      run.run(workflow('contexts.yml'), { name: 'workflow_dispatch', inputs: { who: 'x', loud: 'yes' } }),
    ).rejects.toThrow("input 'loud' is a boolean: true or false, not 'yes'");
    await expect(
      run.run(workflow('contexts.yml'), { name: 'workflow_dispatch', inputs: { who: 'x', colour: 'blue' } }),
    ).rejects.toThrow("input 'colour' must be one of red, green, not 'blue'");
    await expect(run.run(workflow('contexts.yml'), { name: 'push' })).rejects.toThrow(
      'contexts.yml: it does not run on push (on: workflow_dispatch).',
    );
  });
});

describe('failures', () => {
  it('stops the job at a failing step, skips its dependents, runs failure() and always() steps and jobs', async () => {
    const { executor: run, lines } = executor();
    const result = await run.run(workflow('failure.yml'), { name: 'push' });
    expect(result.result).toBe('failure');
    expect(result.jobs.build).toEqual({
      result: 'failure',
      outputs: {
        tolerated: 'failure/success', // continue-on-error: outcome failure, conclusion success
        after: 'skipped',
        'on-failure': 'yes',
        always: 'yes',
      },
    });
    expect(result.jobs.deploy!.result).toBe('skipped');
    expect(result.jobs.notify!.result).toBe('success'); // if: failure(), an ancestor failed
    expect(result.jobs.cleanup).toEqual({ result: 'success', outputs: { build: 'failure' } });
    const build = lines.filter((line) => line.startsWith('build'));
    expect(build.find((line) => line.includes('Run exit 4'))).toMatch(/failed \(continue-on-error\)/);
    expect(build.find((line) => line.includes('Run echo "never"'))).toMatch(
      /skipped: an earlier step failed/,
    );
    expect(build.some((line) => /Run echo "about to fail".*FAILED/.test(line))).toBe(true);
    expect(build.some((line) => line.trim().endsWith('about to fail'))).toBe(true); // the log's last lines
  });
});

describe('timeouts', () => {
  it('fails a step past its timeout-minutes and a job past its own, and tolerates a continue-on-error job', async () => {
    const { executor: run, lines } = executor();
    const started = performance.now();
    const result = await run.run(workflow('timeouts.yml'), { name: 'push' });
    expect(performance.now() - started).toBeLessThan(4_500); // neither `sleep 5` ran to its end
    expect(result.jobs['slow-step']).toEqual({ result: 'failure', outputs: { after: 'yes' } });
    expect(result.jobs['slow-job']!.result).toBe('failure');
    expect(lines).toContainEqual(
      expect.stringMatching(/^slow-job .*job FAILED: it exceeded its timeout-minutes \(0\.01\)/),
    );
    expect(result.jobs.tolerant!.result).toBe('success');
    expect(result.result).toBe('failure');
  });
});

describe('reusable workflows', () => {
  it('calls ./.github/workflows/<file> next to the caller with inputs and inherited secrets, and hands on its outputs', async () => {
    const { executor: run, lines } = executor();
    const result = await run.run(workflow('reusable-caller.yml'), { name: 'push' });
    expect(result.result).toBe('success');
    expect(result.jobs.call).toEqual({
      result: 'success',
      outputs: { message: 'hi x3 key:true', loud: 'false' },
    });
    expect(result.jobs.use!.outputs.message).toBe('hi x3 key:true/false');
    expect(lines.some((line) => line.startsWith('call / Make the message'))).toBe(true);
  });
});

describe('permissions', () => {
  it('gives the OIDC variables only to a job with id-token: write, with its environment as subject', async () => {
    const { executor: run } = executor();
    const result = await run.run(workflow('oidc.yml'), { name: 'push' });
    expect(result.result).toBe('success');
    expect(result.jobs['with-token']!.outputs).toEqual({
      has: 'yes',
      subject: 'repo:example/release:environment:dev',
    });
    expect(result.jobs['without-token']!.outputs).toEqual({ has: 'no' });
  });
});

describe('environments', () => {
  it('approves protection rules automatically with a line, or as the approver says; enforces deployment branches', async () => {
    const auto = executor();
    const approved = await auto.executor.run(workflow('protected.yml'), { name: 'push' });
    expect(approved.jobs.deploy).toEqual({ result: 'success', outputs: { region: 'prod-region' } });
    expect(auto.lines).toContainEqual(
      expect.stringContaining(
        'environment prod: protection rules (required reviewers: release-managers) approved automatically (--approve asks)',
      ),
    );

    const asked: string[] = [];
    const rejecting = executor(async ({ environment }) => {
      asked.push(environment);
      return false;
    });
    const rejected = await rejecting.executor.run(workflow('protected.yml'), { name: 'push' });
    expect([asked, rejected.result]).toEqual([['prod'], 'failure']);

    const fromBranch = executor();
    const refused = await fromBranch.executor.run(workflow('protected.yml'), { name: 'pull_request' });
    expect(refused.result).toBe('failure');
    expect(fromBranch.lines).toContainEqual(
      expect.stringContaining(
        "branch 'feature' is not allowed to deploy to prod due to environment protection rules",
      ),
    );
  });
});

describe('unsupported features', () => {
  it.each([
    ['unsupported-container.yml', 'line 6, column 5: container jobs need Docker'],
    ['unsupported-action.yml', 'line 8, column 15: the action actions/setup-node'],
  ])('refuses %s before any job runs, naming the line and feature', async (file, message) => {
    const { executor: run, lines } = executor();
    await expect(run.run(workflow(file), { name: 'push' })).rejects.toThrow(
      `test/fixtures/workflows/${file} ${message}`,
    );
    expect(lines).toEqual([]);
  });

  it('refuses an expression function the evaluator does not have, with its line', async () => {
    const { executor: run } = executor();
    await expect(run.run(workflow('unsupported-function.yml'), { name: 'push' })).rejects.toThrow(
      "test/fixtures/workflows/unsupported-function.yml line 8, column 14: the expression function hashFiles() is not supported by the local executor (it has the functions of @actions/expressions and success(), failure(), cancelled(), always()): ${{ hashFiles('package-lock.json') }}",
    );
  });
});
