// run-integration-score against a sandbox whose batch jobs take long (each job phase lasts 30 s): the step's
// `timeout` ends the wait and cancels the job it started, and so does the runner cancelling the step (SIGTERM, as
// the runner sends it), and the step says so. The job is then CancelRequested or Canceled in Azure.
import { AzureMachineLearningWorkspaces } from '@azure/arm-machinelearning';
import { beforeAll, expect, it } from '@jest/globals';
import { useSandboxFixture } from '../harness/sandbox.js';
import { failureOf } from './aml-release.js';
import { endpointRelease, type ScoringRelease, scoreRelease } from './integration-release.js';

const f = useSandboxFixture({
  timing: { provisioningMs: 300, pollRetryAfterSeconds: 1, pipelineRunPhaseMs: 200, jobPhaseMs: 30_000 },
});

let r: ScoringRelease;
let client: AzureMachineLearningWorkspaces;

beforeAll(async () => {
  r = await endpointRelease(f, 'staging');
  client = new AzureMachineLearningWorkspaces(f.credential, r.aml.env.subscriptionId, f.clientOptions);
}, 240_000);

async function statusOf(job: string): Promise<string | undefined> {
  return (await client.jobs.get(r.aml.env.resourceGroup, r.aml.env.workspace, job)).properties.status;
}

it('cancels the job it started when the timeout passes, and says so', async () => {
  const started = Date.now();
  const { run, jobsStarted } = await scoreRelease(f, r, { timeout: '12s' });
  const { message } = failureOf(run);
  expect(message).toMatch(
    /^run-integration-score: Timed out after \d+s waiting for batch job 'batchjob-[^']+'; last status: NotStarted; cancellation was requested$/,
  );
  expect(Date.now() - started).toBeLessThan(25_000);
  expect(jobsStarted).toBe(1);
  const job = /batch job '([^']+)'/.exec(message)![1]!;
  expect(run.annotations).toContainEqual(
    expect.objectContaining({
      level: 'warning',
      message: `Requested the cancellation of batch job '${job}'.`,
    }),
  );
  expect(['CancelRequested', 'Canceled']).toContain(await statusOf(job));
}, 60_000);

it('cancels the job when the runner cancels the step (SIGTERM)', async () => {
  const { run, jobsStarted } = await scoreRelease(
    f,
    r,
    {},
    { interrupt: { signal: 'SIGTERM', when: /Started batch job/ } },
  );
  const { message } = failureOf(run);
  const job = /batch job '([^']+)'/.exec(message)?.[1];
  expect(message).toBe(
    `run-integration-score: The runner cancelled the step (SIGTERM) while it waited for batch job '${job}'; the cancellation of batch job '${job}' was requested.`,
  );
  expect(jobsStarted).toBe(1);
  expect(['CancelRequested', 'Canceled']).toContain(await statusOf(job!));
  expect(run.outputs.receipt).toBeUndefined();
}, 60_000);
