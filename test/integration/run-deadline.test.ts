// The `timeout` input is one deadline over the whole run: with the sandbox answering Azure requests seconds late
// (latency injected through its fault API), the bundled actions fail close to their timeout, naming the request
// they waited on, instead of running on past it and exiting 0. A rerun once Azure answers in time converges.
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from '@jest/globals';
import { REPO_ROOT, runAction } from '../harness/run-action.js';
import { SAMPLE_FACTORY_FINDINGS, useSandboxFixture } from '../harness/sandbox.js';
import { expectSucceeded, failureOf, release } from './aml-release.js';

const f = useSandboxFixture({ ignoreFindings: SAMPLE_FACTORY_FINDINGS });
afterEach(() => f.sandbox.control.clearFaults());

it('deploy-aml-endpoint: a read answered 20 s late ends the step at its 3 s timeout, naming the request', async () => {
  const r = await release(f, 'late');
  f.sandbox.control.addFault({ method: 'GET', path: '/batchEndpoints/', latencyMs: 20_000 });
  const started = Date.now();
  const late = await r.deploy({ timeout: '3s' });
  const elapsed = Date.now() - started;
  expect(late.run.exitCode).toBe(1);
  expect(failureOf(late.run).message).toMatch(
    /^deploy-aml-endpoint: Could not read batch endpoint 'credit-default-late': Timed out after 3s \(input 'timeout'\) waiting for Azure to answer GET …\/Microsoft\.MachineLearningServices\/workspaces\/[^/]+\/batchEndpoints\/credit-default-late; the step stopped there\./,
  );
  // The deadline, plus the process's start and sign-in: far from the 20 s the request would have taken.
  expect(elapsed).toBeLessThan(10_000);
  expect(late.writes).toBe(0);

  f.sandbox.control.clearFaults();
  expectSucceeded((await r.deploy({ timeout: '2m' })).run);
}, 120_000);

it('deploy-adf-pipelines: writes answered 20 s late end the step at its timeout; a rerun converges', async () => {
  const aml = await release(f, 'slowadf');
  const seeded = await aml.deploy();
  expectSucceeded(seeded.run);
  const workspace = await mkdtemp(join(tmpdir(), 'adf-deadline-'));
  await cp(join(REPO_ROOT, 'test', 'fixtures', 'adf', 'git'), join(workspace, 'adf'), { recursive: true });
  const deploy = (timeout: string) =>
    runAction('deploy-adf-pipelines', {
      inputs: {
        ...f.sandbox.inputs,
        auth: 'oidc',
        environment: 'slowadf',
        'subscription-id': aml.env.subscriptionId,
        'resource-group': aml.env.resourceGroup,
        'factory-name': aml.env.factory,
        'aml-receipt': seeded.run.outputs.receipt!,
        source: 'adf',
        timeout,
      },
      env: { ...f.sandbox.env, RUNNER_TEMP: aml.runnerTemp },
      workspace,
    });
  f.sandbox.control.addFault({ method: 'PUT', path: '/pipelines/', latencyMs: 20_000 });
  const started = Date.now();
  const late = await deploy('4s');
  const elapsed = Date.now() - started;
  expect(late.exitCode).toBe(1);
  expect(failureOf(late).message).toMatch(
    /Timed out after 4s \(input 'timeout'\) waiting for Azure to answer PUT …\/Microsoft\.DataFactory\/factories\/[^/]+\/pipelines\/\w+/,
  );
  expect(elapsed).toBeLessThan(12_000);

  f.sandbox.control.clearFaults();
  expect((await deploy('2m')).exitCode).toBe(0);
  const before = f.sandbox.control.counters();
  expect((await deploy('2m')).exitCode).toBe(0);
  expect(f.sandbox.control.counters().writes - before.writes).toBe(0);
}, 180_000);
