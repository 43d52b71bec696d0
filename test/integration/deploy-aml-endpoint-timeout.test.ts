// deploy-aml-endpoint against a sandbox whose operations are slow: the step's `timeout` bounds the wait, and the
// failure names what it waited on and its last provisioning state, what it had applied, and that nothing serves yet.
// A rerun after the operation finished converges.
import { expect, it } from '@jest/globals';
import { useSandboxFixture } from '../harness/sandbox.js';
import { expectSucceeded, failureOf, release } from './aml-release.js';

const f = useSandboxFixture({
  timing: { provisioningMs: 8_000, pollRetryAfterSeconds: 1, pipelineRunPhaseMs: 200, jobPhaseMs: 100 },
});

it('times out naming the resource and its last provisioning state, and converges on a rerun', async () => {
  const r = await release(f, 'slow');
  const started = Date.now();
  const timedOut = await r.deploy({ timeout: '3s' });
  const error = failureOf(timedOut.run);
  expect(error.message).toMatch(
    /^deploy-aml-endpoint: Timed out after \ds waiting for batch endpoint 'credit-default-slow'; last status: provisioning state Creating\. Applied before the failure: model credit-default:1 registered; batch endpoint 'credit-default-slow' created but still provisioning\. Batch endpoint 'credit-default-slow' has no default deployment yet: nothing serves its jobs\.$/,
  );
  expect(Date.now() - started).toBeLessThan(8_000);

  // Once Azure has finished what was started, a rerun picks up from there and completes the rollout.
  await new Promise((resolve) => setTimeout(resolve, 6_000));
  const rerun = await r.deploy({ timeout: '2m' });
  expectSucceeded(rerun.run);
  expect(
    rerun.requests.filter((q) => q.method === 'PUT' && /\/batchEndpoints\/[^/]+$/.test(q.path)),
  ).toHaveLength(1);
}, 90_000);
