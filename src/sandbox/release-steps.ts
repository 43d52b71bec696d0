/**
 * The sample's steps in one environment with the inputs workflows-examples/deploy-environment.yml gives them in the
 * sandbox (which action, with which inputs from the environment and the outputs of the steps before), for the tests
 * and benches that need the sample deployed without running the workflow (test/integration/sample-orchestrator.test.ts,
 * bench/pipeline-driver.ts). `npm start` runs the workflow itself through the executor (workflows/example-flow.ts).
 */
import type { EnvironmentInfo } from './environments.js';
import type { Sandbox } from './index.js';
import type { SampleDeployment } from './sample-deployment.js';

/** The outputs of an environment's steps, by step id. */
export type StepOutputs = Readonly<Record<string, Readonly<Record<string, string>>>>;

/** What a step sees: its environment, the sandbox, and the outputs of the steps before it (by step id). */
export interface StepContext {
  readonly environment: EnvironmentInfo;
  readonly sandbox: Sandbox;
  readonly outputs: StepOutputs;
  /**
   * The environments released before this one, by name, with their steps' outputs: the jobs release.yml runs
   * before (prod takes staging's integration receipt from them).
   */
  readonly earlier?: Readonly<
    Record<string, { readonly environment: EnvironmentInfo; readonly outputs: StepOutputs }>
  >;
  readonly workspace: string;
  /** The sample deployment the sandbox's Python can score (sample-deployment.ts). */
  readonly sample: SampleDeployment;
  /** Where the `adf` step deploys the sample pipelines (`npm start -- --target synapse`: the Synapse workspace). */
  readonly target?: 'factory' | 'synapse';
}

export interface ReleaseStep {
  /** The step id in deploy-environment.yml (`aml`, `adf`, `metadata`, `integration`, `drift`). */
  readonly id: string;
  readonly action: string;
  /** Only in these environments (the example runs integration scoring in staging only). */
  readonly environments?: readonly string[];
  inputs(context: StepContext): Record<string, string>;
}

/**
 * The steps that exist, in the order of deploy-environment.yml. Each action's issue adds its step here when its behaviour lands;
 * an action whose behaviour is not available yet has no step (running it would only show its refusal).
 */
export const RELEASE_STEPS: readonly ReleaseStep[] = [
  {
    // deploy-environment.yml's `aml` step. The sandbox's inputs add the cloud, tenant-id and client-id; the model and
    // dry-run inputs stay at their defaults (the deployment file's model folder; a real deployment). In prod, as
    // release.yml's prod job: require-validation staging, with staging's integration receipt (prod's workspace
    // cannot read the stamp on staging's model version, the receipt carries it), and staging's workspace named as
    // the VALIDATION_* variables name it, so the stamp is also read live there (the sandbox's one identity may).
    // The deployment file is the sample's MLflow model, or its custom scoring script where the sandbox's Python has
    // no scikit-learn (chooseSampleDeployment).
    id: 'aml',
    action: 'deploy-aml-endpoint',
    inputs: ({ environment, sample, earlier }) => ({
      ...(environment.name === 'prod' ? requireStagingValidation(earlier?.staging) : {}),
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
  },
  {
    // deploy-environment.yml's `adf` step: the sample factory (examples/adf, a git-integration folder) deployed into
    // the environment's factory, its global parameters fed from the aml receipt by the environment's overrides file.
    id: 'adf',
    action: 'deploy-adf-pipelines',
    // With target synapse, the same pipelines as a Synapse git folder (examples/synapse) go to the environment's
    // Synapse workspace instead, their parameters' defaults fed from the aml receipt.
    inputs: ({ environment, outputs, target }) => ({
      environment: environment.name,
      auth: 'oidc',
      'subscription-id': environment.subscriptionId,
      'resource-group': environment.resourceGroup,
      'aml-receipt': outputs.aml?.receipt ?? '',
      ...(target === 'synapse'
        ? {
            target: 'synapse',
            'synapse-workspace': environment.synapse?.name ?? '',
            source: 'examples/synapse',
            'overrides-file': `examples/synapse/overrides/${environment.name}.yml`,
          }
        : {
            'factory-name': environment.factory,
            source: 'examples/adf',
            'overrides-file': `examples/adf/overrides/${environment.name}.yml`,
          }),
    }),
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
  },
  {
    // deploy-environment.yml's `integration` step, in staging (release.yml's run-integration), in pipeline mode: the
    // sample orchestrator (pl_orchestrate_scoring) started for the use case credit-default-retail, the control table
    // read where the metadata receipt says (the sandbox's PostgreSQL, by connection string), the output of every
    // batch job it starts checked against the sample's expectations — those of the MLflow model, or of the custom
    // scoring script where the sandbox's Python has no scikit-learn — and the model version stamped as validated in
    // staging. Pipeline mode is the example's because it proves the release as production runs it (factory, control
    // row, endpoint together); endpoint mode is the same action with `input` and no factory.
    id: 'integration',
    action: 'run-integration-score',
    environments: ['staging'],
    inputs: ({ environment, outputs, sample }) => ({
      environment: environment.name,
      auth: 'oidc',
      'subscription-id': environment.subscriptionId,
      'resource-group': environment.resourceGroup,
      'metadata-receipt': outputs.metadata?.receipt ?? '',
      mode: 'pipeline',
      'use-case': 'credit-default-retail',
      pipeline: 'pl_orchestrate_scoring',
      'connection-string': environment.database?.connectionString ?? '',
      expectations:
        sample.kind === 'MLflow model'
          ? 'examples/integration/expectations.yml'
          : 'examples/integration/expectations-custom.yml',
    }),
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
  },
];

/**
 * release.yml's prod job: `require-validation: staging` with staging's integration receipt and staging's workspace.
 * Where staging had no integration run (the sandbox has no python3 to score with, and the flow said so), there is
 * no receipt to pass: the inputs are still set, so prod refuses, as it must.
 */
function requireStagingValidation(
  staging: { readonly environment: EnvironmentInfo; readonly outputs: StepOutputs } | undefined,
): Record<string, string> {
  return {
    'require-validation': 'staging',
    'validation-receipt': staging?.outputs.integration?.receipt ?? '',
    ...(staging
      ? {
          'validation-subscription-id': staging.environment.subscriptionId,
          'validation-resource-group': staging.environment.resourceGroup,
          'validation-workspace-name': staging.environment.workspace,
        }
      : {}),
  };
}
