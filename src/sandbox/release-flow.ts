/**
 * `npm start`: the release flow of workflows-examples/deploy-environment.yml, run against the sandbox for dev,
 * staging and prod. (`npm start -- --workflows` runs the example workflows themselves through the local workflow
 * executor instead: see workflows/example-flow.ts; it becomes the default once release.yml runs through.) Each step runs its action as the runner runs it (the bundle, INPUT_*, GITHUB_OUTPUT,
 * GITHUB_STEP_SUMMARY) and its outputs are wired into the next step's inputs as the example workflow wires them.
 * One line per step with its duration; every step's job summary is written under `.sandbox/summaries/`.
 *
 * After the control metadata is applied, the sample orchestrator runs in the environment (sample-scoring.ts): the
 * input staged, `pl_orchestrate_scoring` started with the Data Factory client and watched to its end, and the rows
 * scored and copied checked against the input. Starting a pipeline run is not an action yet (run-integration-score
 * brings it), so the flow does it itself and says so. The sandbox clock runs CLOCK_RATE times real time, so the
 * orchestrator's polling waits take a fraction of a second.
 *
 * `npm start -- --target synapse` deploys the sample pipelines to each environment's Synapse workspace instead
 * (examples/synapse); apply-control-metadata then verifies the Synapse receipt. The sandbox does not run Synapse
 * pipelines yet, so the sample orchestrator's pass is skipped, saying so.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { EnvironmentInfo } from './environments.js';
import { type Sandbox, startSandbox } from './index.js';
import { type ActionRun, runAction } from './local-runner.js';
import { RELEASE_STEPS } from './release-steps.js';
import { chooseSampleDeployment } from './sample-deployment.js';
import { ORCHESTRATOR, runSampleOrchestrator, stageSampleInputs } from './sample-scoring.js';
import { describeStep } from './step-details.js';

/** Sandbox seconds per real second during the flow: a 15-second poll interval takes 0.15 s. */
const CLOCK_RATE = 100;

const ENVIRONMENTS = ['dev', 'staging', 'prod'] as const;

/** The sample orchestrator's pass in the environment, one line; false when it failed or its numbers disagree. */
async function scoreSample(sandbox: Sandbox, environment: EnvironmentInfo): Promise<boolean> {
  const staged = await stageSampleInputs(sandbox, environment);
  const pass = await runSampleOrchestrator(sandbox, environment, staged);
  const verdict = pass.problems.length ? 'FAILED' : 'ok';
  console.log(
    `${environment.name.padEnd(12)} ${ORCHESTRATOR.padEnd(24)} ${verdict} (${seconds(pass.durationMs)}): ` +
      `${pass.useCases} use cases, ${pass.rowsScored} rows scored, ${pass.rowsCopied} rows copied into ` +
      `${pass.sinkTables.join(', ') || 'no table'} (input ${pass.inputRows} rows, ${pass.activityRuns} activity runs); ` +
      'started with the Data Factory client (run-integration-score will start it)',
  );
  for (const problem of pass.problems) console.error(`  ${problem}`);
  return pass.problems.length === 0;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** `--target synapse` (or `--target=synapse`); the factory otherwise. */
function chosenTarget(argv: readonly string[]): 'factory' | 'synapse' {
  const at = argv.indexOf('--target');
  const value =
    at >= 0 ? argv[at + 1] : argv.find((a) => a.startsWith('--target='))?.slice('--target='.length);
  if (value === undefined || value === 'factory') return 'factory';
  if (value === 'synapse') return 'synapse';
  throw new Error(`--target ${value}: expected factory or synapse`);
}

async function main(target: 'factory' | 'synapse'): Promise<number> {
  const root = resolve(import.meta.dirname, '..', '..');
  const stateDir = join(root, '.sandbox');
  const summaries = join(stateDir, 'summaries');
  await mkdir(summaries, { recursive: true });
  const started = performance.now();
  const sandbox = await startSandbox({ stateDir, clockRate: CLOCK_RATE });
  console.log(`sandbox      serving at ${sandbox.baseUrl} (${seconds(performance.now() - started)})`);
  const sample = chooseSampleDeployment();
  console.log(`scoring      ${sample.reason}`);
  try {
    for (const name of ENVIRONMENTS) {
      const provisioned = performance.now();
      const environment = await sandbox.provision({ name, synapse: target === 'synapse' });
      const synapse = environment.synapse ? `, Synapse workspace ${environment.synapse.name}` : '';
      console.log(
        `${name.padEnd(12)} provisioned ${environment.resourceGroup}: workspace ${environment.workspace}, factory ${environment.factory}${synapse} (${seconds(performance.now() - provisioned)})`,
      );
      const outputs: Record<string, Record<string, string>> = {};
      for (const step of RELEASE_STEPS.filter((s) => !s.environments || s.environments.includes(name))) {
        if (step.scores && !sample.scores) {
          console.log(
            `${name.padEnd(12)} ${step.action.padEnd(24)} skipped: the sandbox has no python3 to score with`,
          );
          continue;
        }
        const run: ActionRun = await runAction(step.action, {
          inputs: {
            ...sandbox.inputs,
            ...step.inputs({ environment, sandbox, outputs, workspace: root, sample, target }),
          },
          env: sandbox.env,
          workspace: root,
        });
        outputs[step.id] = { ...run.outputs };
        await writeFile(join(summaries, `${name}-${step.id}.html`), run.summary);
        const verdict = run.exitCode === 0 ? 'ok' : 'FAILED';
        const described = run.exitCode === 0 ? describeStep(step.action, run.outputs) : undefined;
        const detail = described ? `: ${described}` : '';
        console.log(
          `${name.padEnd(12)} ${step.action.padEnd(24)} ${verdict} (${seconds(run.durationMs)})${detail}`,
        );
        if (run.exitCode !== 0) {
          for (const annotation of run.annotations.filter((a) => a.level === 'error'))
            console.error(`  ${annotation.message}`);
          return 1;
        }
        // The control table now holds the use cases: the sample orchestrator can run (when the sandbox's Python can
        // score at all: without python3 the line above said so).
        if (step.id === 'metadata' && target === 'synapse') {
          console.log(
            `${name.padEnd(12)} ${ORCHESTRATOR.padEnd(24)} skipped: the sandbox does not run Synapse pipelines yet`,
          );
        } else if (step.id === 'metadata' && sample.scores && !(await scoreSample(sandbox, environment))) {
          return 1;
        }
      }
    }
    if (RELEASE_STEPS.length === 0) {
      console.log(
        'No release steps are available in this version yet: the five actions validate their inputs, and their ' +
          'behaviour lands action by action (see README.md). The sandbox and the three environments are ready.',
      );
    }
    console.log(`done in ${seconds(performance.now() - started)}; summaries under ${summaries}`);
    return 0;
  } finally {
    await sandbox.stop();
  }
}

process.exitCode = process.argv.includes('--workflows')
  ? await (await import('./workflows/example-flow.js')).runExampleFlow()
  : await main(chosenTarget(process.argv));
