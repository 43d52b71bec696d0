/**
 * `npm start -- --target synapse`: the sample's pipelines deployed to each environment's Synapse workspace
 * (examples/synapse) instead of its data factory. There is no Synapse example workflow yet, so the steps run here as
 * deploy-environment.yml wires them (release-steps.ts): deploy-aml-endpoint, deploy-adf-pipelines with
 * `target: synapse`, apply-control-metadata, which verifies the Synapse receipt, and in staging
 * run-integration-score in pipeline mode, which runs the sample orchestrator on the Synapse workspace; prod's
 * deploy-aml-endpoint requires staging's validation and gets staging's integration receipt. Each step runs
 * its bundle as the runner runs it; one line per step, each job summary under `.sandbox/summaries/`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describeError } from '#shared/errors.js';
import { startSandbox } from './index.js';
import { REPO_ROOT, runAction } from './local-runner.js';
import { RELEASE_STEPS, type StepContext } from './release-steps.js';
import { chooseSampleDeployment } from './sample-deployment.js';
import { sampleUseCases, stageSampleInputs } from './sample-scoring.js';
import { describeStep } from './step-details.js';
import { seconds } from './workflows/run-model.js';

const SYNAPSE_STEPS = new Set(['aml', 'adf', 'metadata', 'integration']);

export async function runSynapseFlow(): Promise<number> {
  const stateDir = join(REPO_ROOT, '.sandbox');
  const summaries = join(stateDir, 'summaries');
  await mkdir(summaries, { recursive: true });
  const started = performance.now();
  const sandbox = await startSandbox({ stateDir });
  console.log(`sandbox      serving at ${sandbox.baseUrl} (${seconds(performance.now() - started)})`);
  const sample = chooseSampleDeployment();
  try {
    const useCases = await sampleUseCases();
    // The environments released before, as release.yml's jobs hand them on: prod deploys with require-validation
    // staging and staging's integration receipt.
    const earlier: Record<string, NonNullable<StepContext['earlier']>[string]> = {};
    for (const name of ['dev', 'staging', 'prod']) {
      const provisioned = performance.now();
      const environment = await sandbox.provision({ name, synapse: true });
      console.log(
        `${name.padEnd(12)} provisioned ${environment.resourceGroup}: workspace ${environment.workspace}, Synapse workspace ${environment.synapse?.name} (${seconds(performance.now() - provisioned)})`,
      );
      // The features the staging integration step's run scores (see workflows/example-flow.ts).
      await stageSampleInputs(sandbox, environment, useCases);
      const outputs: Record<string, Record<string, string>> = {};
      const steps = RELEASE_STEPS.filter(
        (s) => SYNAPSE_STEPS.has(s.id) && (!s.environments || s.environments.includes(name)),
      );
      for (const step of steps) {
        const context: StepContext = {
          environment,
          sandbox,
          outputs,
          earlier,
          workspace: REPO_ROOT,
          sample,
          target: 'synapse' as const,
        };
        const run = await runAction(step.action, {
          inputs: { ...sandbox.inputs, ...step.inputs(context) },
          env: sandbox.env,
          workspace: REPO_ROOT,
        });
        outputs[step.id] = { ...run.outputs };
        await writeFile(join(summaries, `${name}-synapse-${step.id}.html`), run.summary);
        const described = run.exitCode === 0 ? describeStep(step.action, run.outputs) : undefined;
        console.log(
          `${name.padEnd(12)} ${step.action.padEnd(24)} ${run.exitCode === 0 ? 'ok' : 'FAILED'} (${seconds(run.durationMs)})${described ? `: ${described}` : ''}`,
        );
        if (run.exitCode !== 0) {
          for (const annotation of run.annotations.filter((a) => a.level === 'error'))
            console.error(`  ${annotation.message}`);
          return 1;
        }
      }
      earlier[name] = { environment, outputs };
    }
    console.log(`done in ${seconds(performance.now() - started)}; summaries under ${summaries}`);
    return 0;
  } catch (error) {
    console.error(describeError(error).message);
    return 1;
  } finally {
    await sandbox.stop();
  }
}
