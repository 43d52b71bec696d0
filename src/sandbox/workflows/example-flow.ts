/**
 * `npm start`: the example workflows themselves, through the local executor, against the sandbox:
 * release.yml on a push to main (dev, staging with integration scoring, prod requiring staging's validation,
 * each job through deploy-environment.yml), then drift-monitor.yml on its schedule, whose repository_dispatch
 * starts retrain-on-drift.yml. It prints one line per job and step and the summaries' folder, and says where a run
 * stopped. The sandbox clock runs CLOCK_RATE times real time, so the polling waits of long-running operations,
 * batch jobs and pipeline runs take a fraction of a second.
 * The sample input is staged in every environment's use case folders first, as a feed would land it:
 * staging's integration step starts the sample orchestrator on it.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describeError } from '#shared/errors.js';
import { startSandbox } from '../index.js';
import { REPO_ROOT } from '../local-runner.js';
import { chooseSampleDeployment } from '../sample-deployment.js';
import { sampleUseCases, stageSampleInputs } from '../sample-scoring.js';
import type { WorkflowRun } from './executor.js';
import { seconds } from './run-model.js';
import { sandboxExecutor, WORKFLOWS_DIR } from './sandbox-executor.js';

/** Sandbox seconds per real second: a 15-second poll interval takes 0.15 s. */
const CLOCK_RATE = 100;

export async function runExampleFlow(): Promise<number> {
  const stateDir = join(REPO_ROOT, '.sandbox');
  const summaries = join(stateDir, 'summaries');
  await mkdir(summaries, { recursive: true });
  const started = performance.now();
  const sandbox = await startSandbox({ stateDir, clockRate: CLOCK_RATE });
  console.log(`sandbox      serving at ${sandbox.baseUrl} (${seconds(performance.now() - started)})`);
  const sample = chooseSampleDeployment();
  console.log(`scoring      ${sample.reason}`);
  try {
    const environments = [];
    for (const name of ['dev', 'staging', 'prod']) {
      const provisioned = performance.now();
      const environment = await sandbox.provision({ name });
      environments.push(environment);
      console.log(
        `${name.padEnd(12)} provisioned ${environment.resourceGroup}: workspace ${environment.workspace}, factory ${environment.factory} (${seconds(performance.now() - provisioned)})`,
      );
    }
    // The feed that lands features before a scoring run: release.yml's staging integration step starts the sample
    // orchestrator (run-integration-score in pipeline mode), which scores what is in the use cases' input folders.
    const useCases = await sampleUseCases();
    for (const environment of environments) await stageSampleInputs(sandbox, environment, useCases);
    const executor = sandboxExecutor(sandbox, { environments, stateDir, sample });
    const runs: WorkflowRun[] = [];
    runs.push(await executor.run(join(WORKFLOWS_DIR, 'release.yml'), { name: 'push' }));
    runs.push(await executor.run(join(WORKFLOWS_DIR, 'drift-monitor.yml'), { name: 'schedule' }));
    runs.push(...(await executor.settle()));
    executor.close();
    for (const run of runs) {
      const stopped = Object.entries(run.jobs)
        .filter(([, job]) => job.result === 'failure')
        .map(([id]) => id);
      console.log(
        `${run.file}: ${run.result}${stopped.length ? ` (stopped at job ${stopped.join(', ')}; its FAILED step is above)` : ''}`,
      );
    }
    console.log(`done in ${seconds(performance.now() - started)}; summaries under ${summaries}`);
    return runs.every((run) => run.result === 'success') ? 0 : 1;
  } catch (error) {
    console.error(describeError(error).message);
    return 1;
  } finally {
    await sandbox.stop();
  }
}
