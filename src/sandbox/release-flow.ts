/**
 * `npm start`: the release flow of workflows-examples/deploy-environment.yml, run against the sandbox for dev,
 * staging and prod. Each step runs its action as the runner runs it (the bundle, INPUT_*, GITHUB_OUTPUT,
 * GITHUB_STEP_SUMMARY) and its outputs are wired into the next step's inputs as the example workflow wires them.
 * One line per step with its duration; every step's job summary is written under `.sandbox/summaries/`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { EnvironmentInfo } from './environments.js';
import { type Sandbox, startSandbox } from './index.js';
import { type ActionRun, runAction } from './local-runner.js';
import { chooseSampleDeployment, type SampleDeployment, scoreSampleInput } from './sample-scoring.js';

/** What a step sees: its environment, the sandbox, and the outputs of the steps before it (by step id). */
export interface StepContext {
  readonly environment: EnvironmentInfo;
  readonly sandbox: Sandbox;
  readonly outputs: Readonly<Record<string, Readonly<Record<string, string>>>>;
  readonly workspace: string;
  /** The sample deployment the sandbox's Python can score (sample-scoring.ts). */
  readonly sample: SampleDeployment;
}

export interface ReleaseStep {
  /** The step id in deploy-environment.yml (`aml`, `adf`, `metadata`, `integration`, `drift`). */
  readonly id: string;
  readonly action: string;
  /** Only in these environments (the example runs integration scoring in staging only). */
  readonly environments?: readonly string[];
  /** Runs a scoring job: skipped (and said so) where the sandbox has no Python to score with. */
  readonly scores?: boolean;
  inputs(context: StepContext): Record<string, string>;
  /** What the step's line says after its verdict, from its outputs. */
  describe?(outputs: Readonly<Record<string, string>>): string;
}

/**
 * The steps that exist. Each action's issue adds its step here, in release-flow order, when its behaviour lands;
 * an action whose behaviour is not available yet has no step (running it would only show its refusal).
 */
export const RELEASE_STEPS: readonly ReleaseStep[] = [
  {
    // deploy-environment.yml's `aml` step. The sandbox's inputs add the cloud, tenant-id and client-id; the model and
    // dry-run inputs stay at their defaults (the deployment file's model folder; a real deployment), and
    // require-validation is left out: prod's workspace cannot read the stamp staging's integration step writes on
    // staging's model version; prod checks it through staging's integration receipt once deploy-aml-endpoint takes
    // one (validation-receipt). The deployment file is the sample's MLflow model, or its custom scoring script where
    // the sandbox's Python has no scikit-learn (chooseSampleDeployment).
    id: 'aml',
    action: 'deploy-aml-endpoint',
    inputs: ({ environment, sample }) => ({
      environment: environment.name,
      auth: 'oidc',
      'subscription-id': environment.subscriptionId,
      'resource-group': environment.resourceGroup,
      'workspace-name': environment.workspace,
      'endpoint-file': 'examples/aml/endpoint.yml',
      'deployment-file': sample.file,
      // vars.AML_ENDPOINT_NAME: batch endpoint names are unique per Azure region, so each environment has its own.
      'endpoint-name': `credit-default-${environment.name}`,
    }),
    describe: (o) =>
      `${o['endpoint-name']} -> ${o['deployment-name']} serving ${o['model-name']}:${o['model-version']}${o.changed === 'true' ? '' : ' (no change)'}`,
  },
  {
    // deploy-environment.yml's `adf` step: the sample factory (examples/adf, a git-integration folder) deployed into
    // the environment's factory, its global parameters fed from the aml receipt by the environment's overrides file.
    id: 'adf',
    action: 'deploy-adf-pipelines',
    inputs: ({ environment, outputs }) => ({
      environment: environment.name,
      auth: 'oidc',
      'subscription-id': environment.subscriptionId,
      'resource-group': environment.resourceGroup,
      'aml-receipt': outputs.aml?.receipt ?? '',
      'factory-name': environment.factory,
      source: 'examples/adf',
      'overrides-file': `examples/adf/overrides/${environment.name}.yml`,
    }),
    describe: (o) => `${o.created} created, ${o.updated} updated, ${o.unchanged} unchanged`,
  },
  {
    // deploy-environment.yml's `metadata` step: the sample use cases (examples/control-metadata) in the environment's
    // control database. The sandbox's database is PostgreSQL (PGlite), so the engine and its migrations folder are
    // postgresql's, and it is reached by connection string; the example workflow uses Azure SQL with Entra.
    id: 'metadata',
    action: 'apply-control-metadata',
    inputs: ({ environment, outputs }) => ({
      environment: environment.name,
      auth: 'oidc',
      'subscription-id': environment.subscriptionId,
      'resource-group': environment.resourceGroup,
      'adf-receipt': outputs.adf?.receipt ?? '',
      engine: 'postgresql',
      'connection-string': environment.database?.connectionString ?? '',
      rows: 'examples/control-metadata/use-cases.yml\nexamples/control-metadata/use-cases.csv',
      'overrides-file': `examples/control-metadata/overrides/${environment.name}.yml`,
      migrations: 'examples/control-metadata/migrations/postgresql/*.sql',
      variables: `environment: ${environment.name}`,
    }),
    describe: (o) =>
      `${o.inserted} inserted, ${o.updated} updated, ${o.unchanged} unchanged` +
      `${Number(o.disabled) ? `, ${o.disabled} disabled` : ''}${Number(o.deleted) ? `, ${o.deleted} deleted` : ''}`,
  },
  {
    // deploy-environment.yml's `integration` step, in staging (release.yml's run-integration): the sample input
    // scored through the endpoint the `aml` step deployed (endpoint mode; the workflow's integration-input), checked
    // against the sample's expectations — those of the MLflow model, or of the custom scoring script where the
    // sandbox's Python has no scikit-learn — and the model version stamped as validated in staging.
    id: 'integration',
    action: 'run-integration-score',
    environments: ['staging'],
    scores: true,
    inputs: ({ environment, outputs, sample }) => ({
      environment: environment.name,
      auth: 'oidc',
      'subscription-id': environment.subscriptionId,
      'resource-group': environment.resourceGroup,
      'metadata-receipt': outputs.metadata?.receipt ?? '',
      mode: 'endpoint',
      input: 'examples/aml/sample-input.csv',
      expectations:
        sample.kind === 'MLflow model'
          ? 'examples/integration/expectations.yml'
          : 'examples/integration/expectations-custom.yml',
    }),
    describe: (o) =>
      `${o['job-id']} ${o.status}: ${o['rows-scored']} rows, ${o.validated === 'true' ? 'validated, model version stamped' : 'not validated'}`,
  },
  {
    // deploy-environment.yml's `drift` step, on the sample data (examples/drift: income_k drifted, the other four
    // features not): metrics go to the environment's Application Insights; on-drift warn, so the flow goes on.
    id: 'drift',
    action: 'check-drift-gate',
    inputs: ({ environment, outputs }) => ({
      environment: environment.name,
      auth: 'oidc',
      ...(outputs.aml?.receipt ? { 'aml-receipt': outputs.aml.receipt } : { 'model-name': 'credit-default' }),
      reference: 'examples/drift/reference.csv',
      current: 'examples/drift/current.csv',
      'exclude-features': 'application_id',
      'on-drift': 'warn',
      'app-insights-connection-string': environment.appInsightsConnectionString,
    }),
    describe: (o) => {
      const features = JSON.parse(o['drifted-features'] ?? '[]') as string[];
      const verdict = o.drifted === 'true' ? 'dataset drift (warned)' : 'no dataset drift';
      const drifted = features.length ? `; drifted: ${features.join(', ')}` : '';
      return `${verdict}, share ${o['drift-share']}${drifted}; ${o['metrics-sent']} metrics sent`;
    },
  },
];

const ENVIRONMENTS = ['dev', 'staging', 'prod'] as const;

/** After the `aml` step: the sample input scored by the endpoint it deployed; false when the job did not complete. */
async function scoreSample(
  sandbox: Sandbox,
  environment: EnvironmentInfo,
  outputs: Readonly<Record<string, string>>,
  root: string,
  sample: SampleDeployment,
): Promise<boolean> {
  const started = performance.now();
  const scored = await scoreSampleInput(sandbox, environment, outputs['scoring-uri'] ?? '', root);
  const ok = scored.status === 'Completed';
  const label = `${environment.name.padEnd(12)} ${'sample scoring job'.padEnd(24)} ${ok ? 'ok' : 'FAILED'}`;
  const detail = ok
    ? `: ${scored.rows} applications scored by ${scored.deployment} (${sample.kind})`
    : `: ${scored.job} ${scored.status}${scored.error ? `: ${scored.error}` : ''}`;
  console.log(`${label} (${seconds(performance.now() - started)})${detail}`);
  return ok;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

async function main(): Promise<number> {
  const root = resolve(import.meta.dirname, '..', '..');
  const stateDir = join(root, '.sandbox');
  const summaries = join(stateDir, 'summaries');
  await mkdir(summaries, { recursive: true });
  const started = performance.now();
  const sandbox = await startSandbox({ stateDir });
  console.log(`sandbox      serving at ${sandbox.baseUrl} (${seconds(performance.now() - started)})`);
  const sample = chooseSampleDeployment();
  console.log(`scoring      ${sample.reason}`);
  try {
    for (const name of ENVIRONMENTS) {
      const provisioned = performance.now();
      const environment = await sandbox.provision({ name });
      console.log(
        `${name.padEnd(12)} provisioned ${environment.resourceGroup}: workspace ${environment.workspace}, factory ${environment.factory} (${seconds(performance.now() - provisioned)})`,
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
            ...step.inputs({ environment, sandbox, outputs, workspace: root, sample }),
          },
          env: sandbox.env,
          workspace: root,
        });
        outputs[step.id] = { ...run.outputs };
        await writeFile(join(summaries, `${name}-${step.id}.html`), run.summary);
        const verdict = run.exitCode === 0 ? 'ok' : 'FAILED';
        const detail = run.exitCode === 0 && step.describe ? `: ${step.describe(run.outputs)}` : '';
        console.log(
          `${name.padEnd(12)} ${step.action.padEnd(24)} ${verdict} (${seconds(run.durationMs)})${detail}`,
        );
        if (run.exitCode !== 0) {
          for (const annotation of run.annotations.filter((a) => a.level === 'error'))
            console.error(`  ${annotation.message}`);
          return 1;
        }
        if (
          step.id === 'aml' &&
          sample.scores &&
          !(await scoreSample(sandbox, environment, run.outputs, root, sample))
        )
          return 1;
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

process.exitCode = await main();
