// The example workflows themselves, run by the local executor against the sandbox with the bundled actions, as
// written in workflows-examples/: deploy-environment.yml deploys dev, pr-plan.yml then plans against it on a pull
// request without one write, and drift-monitor.yml's dispatch (through the sandbox's GitHub API, sent by
// check-drift-gate's Octokit unchanged) starts retrain-on-drift.yml. release.yml as a whole (dev, staging with
// integration scoring, prod requiring staging's validation) is what `npm start` runs, in CI's last phase.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { EnvironmentInfo } from '../../src/sandbox/index.js';
import type { WorkflowExecutor } from '../../src/sandbox/workflows/executor.js';
import { sandboxExecutor, WORKFLOWS_DIR } from '../../src/sandbox/workflows/sandbox-executor.js';
import { SAMPLE_FACTORY_FINDINGS, useSandboxFixture } from '../harness/sandbox.js';

const fixture = useSandboxFixture({ ignoreFindings: SAMPLE_FACTORY_FINDINGS });
const SETUP_TIMEOUT_MS = 120_000;

let stateDir: string;
let dev: EnvironmentInfo;
let prod: EnvironmentInfo;
let executor: WorkflowExecutor;
const lines: string[] = [];

beforeAll(async () => {
  stateDir = await mkdtemp(join(tmpdir(), 'example-workflows-'));
  dev = await fixture.sandbox.provision({ name: 'dev' });
  prod = await fixture.sandbox.provision({ name: 'prod', database: false });
  executor = sandboxExecutor(fixture.sandbox, {
    environments: [dev, prod],
    stateDir,
    print: (line) => lines.push(line),
  });
}, SETUP_TIMEOUT_MS);

afterAll(async () => {
  executor?.close();
  await rm(stateDir, { recursive: true, force: true });
});

const example = (name: string) => join(WORKFLOWS_DIR, name);
const linesOf = (runId: number) =>
  lines.filter((line) => !line.includes(' run ') || line.includes(`run ${runId}`));

describe('pr-plan.yml', () => {
  it(
    'plans against a deployed dev on a pull request: every plan in the summary, no Azure write',
    async () => {
      const deployed = await executor.call(example('deploy-environment.yml'), { environment: 'dev' });
      expect(deployed.result).toBe('success');
      expect(deployed.jobs.deploy!.outputs['endpoint-name']).toBe('credit-default-dev');

      const before = fixture.sandbox.control.counters();
      const planned = await executor.run(example('pr-plan.yml'), { name: 'pull_request', number: 42 });
      const after = fixture.sandbox.control.counters();
      expect(planned.result).toBe('success');
      expect(after.writes + after.deletes).toBe(before.writes + before.deletes);

      const summary = await readFile(join(stateDir, 'summaries', 'pr-plan-plan.md'), 'utf8');
      for (const action of ['deploy-aml-endpoint', 'deploy-adf-pipelines', 'apply-control-metadata'])
        expect(summary).toContain(action);
      // actions/upload-artifact's local equivalent kept the three plan files.
      const artifacts = join(stateDir, 'artifacts', String(planned.runId), 'deploy-plans');
      expect(
        (await readdir(artifacts, { recursive: true })).filter((file) => file.endsWith('.json')),
      ).toHaveLength(3);
    },
    SETUP_TIMEOUT_MS,
  );

  it('skips the plan for a pull request from a fork', async () => {
    const run = await executor.run(example('pr-plan.yml'), { name: 'pull_request', fork: true });
    expect(run.jobs.plan!.result).toBe('skipped');
  });
});

describe('drift-monitor.yml -> repository_dispatch -> retrain-on-drift.yml', () => {
  it(
    'dispatches retraining on dataset drift, and the dispatch starts the listener with its payload',
    async () => {
      const monitored = await executor.run(example('drift-monitor.yml'), { name: 'schedule' });
      expect(monitored.result).toBe('success');
      expect(linesOf(monitored.runId).join('\n')).toMatch(
        /Check drift gate\s+ok .*dataset drift, share 0\.6; drifted: income_k, debt_ratio, late_payments_12m/,
      );
      expect(lines).toContainEqual(expect.stringContaining('warning: Model drift in prod: drift share 0.6'));

      const [dispatch] = fixture.sandbox.github.dispatches;
      expect(dispatch).toMatchObject({
        repository: 'example/release',
        eventType: 'model-drift',
        clientPayload: { model: 'credit-default', environment: 'prod' },
      });
      expect(Object.keys(dispatch!.clientPayload).length).toBeLessThanOrEqual(10);
      // The metrics went to prod's Application Insights (the prod-monitoring environment's secret).
      const ikey = /InstrumentationKey=([^;]+)/.exec(prod.appInsightsConnectionString)![1]!;
      expect(fixture.sandbox.appInsights.envelopes(ikey).length).toBeGreaterThan(0);

      const dispatched = await executor.settle();
      expect(dispatched.map((run) => [run.file, run.event, run.result])).toEqual([
        ['workflows-examples/retrain-on-drift.yml', 'repository_dispatch', 'success'],
      ]);
      const summary = await readFile(join(stateDir, 'summaries', 'retrain-on-drift-retrain.md'), 'utf8');
      expect(summary).toContain('## Drift event');
      expect(summary).toContain('"model_version"');
      expect(summary).toContain('"drifted_features"');
    },
    SETUP_TIMEOUT_MS,
  );
});
