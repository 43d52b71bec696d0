/**
 * The repository settings the example workflows ask for (see the comments at the top of each file in
 * workflows-examples/), filled in for the sandbox's environments: per GitHub environment (dev, staging, prod,
 * prod-monitoring) the Azure ids and names as variables, the custom cloud's endpoints, the control database's
 * connection string and Application Insights connection string as secrets; staging and prod protected by required
 * reviewers and deployment from main only, as the release example recommends.
 */

import type { EnvironmentInfo } from '../environments.js';
import type { EnvironmentSettings, RepositorySettings } from '../github/settings.js';
import { SANDBOX_ARM_AUDIENCE, type Sandbox } from '../index.js';
import { chooseSampleDeployment, type SampleDeployment } from '../sample-deployment.js';

/** The reviewers the protected environments require (approved automatically, or asked with --approve). */
const RELEASE_REVIEWERS = ['release-managers'];

/** The batch endpoint name of an environment (endpoint names are unique per region, so one per environment). */
const endpointName = (environment: string) => `credit-default-${environment}`;

function cloudVars(sandbox: Sandbox): Record<string, string> {
  return {
    AZURE_CLIENT_ID: sandbox.clientId,
    AZURE_TENANT_ID: sandbox.tenantId,
    AZURE_CLOUD: 'Custom',
    AZURE_ARM_ENDPOINT: sandbox.baseUrl,
    AZURE_AUTHORITY_HOST: sandbox.baseUrl,
    AZURE_ARM_AUDIENCE: SANDBOX_ARM_AUDIENCE,
  };
}

/**
 * The variables that pick the sample deployment and its expectations: the workflow's defaults are the MLflow model's;
 * where the sandbox's Python has no scikit-learn, the custom scoring script's (sample-deployment.ts).
 */
function sampleVars(sample: SampleDeployment): Record<string, string> {
  if (sample.kind === 'MLflow model') return {};
  return {
    AML_DEPLOYMENT_FILE: sample.file,
    INTEGRATION_EXPECTATIONS: 'examples/integration/expectations-custom.yml',
  };
}

function deploymentEnvironment(
  sandbox: Sandbox,
  environment: EnvironmentInfo,
  sample: SampleDeployment,
): EnvironmentSettings {
  const isProtected = environment.name !== 'dev';
  return {
    vars: {
      ...cloudVars(sandbox),
      AZURE_SUBSCRIPTION_ID: environment.subscriptionId,
      AZURE_RESOURCE_GROUP: environment.resourceGroup,
      AML_WORKSPACE_NAME: environment.workspace,
      AML_ENDPOINT_NAME: endpointName(environment.name),
      ADF_FACTORY_NAME: environment.factory,
      // The sandbox's control database is PostgreSQL (PGlite), reached with a connection string.
      CONTROL_DB_ENGINE: 'postgresql',
      DRIFT_CURRENT_DATA: 'examples/drift/current.csv',
      ...sampleVars(sample),
    },
    secrets: {
      APPLICATIONINSIGHTS_CONNECTION_STRING: environment.appInsightsConnectionString,
      ...(environment.database
        ? { CONTROL_DB_CONNECTION_STRING: environment.database.connectionString }
        : {}),
    },
    ...(isProtected ? { protection: { reviewers: RELEASE_REVIEWERS, branches: ['main'] } } : {}),
  };
}

/** Settings for dev, staging and prod (as provisioned) and prod-monitoring (reading prod's drift data). */
export function sandboxSettings(
  sandbox: Sandbox,
  environments: readonly EnvironmentInfo[],
  sample: SampleDeployment = chooseSampleDeployment(),
): RepositorySettings {
  const byName: Record<string, EnvironmentSettings> = {};
  for (const environment of environments)
    byName[environment.name] = deploymentEnvironment(sandbox, environment, sample);
  const prod = environments.find((environment) => environment.name === 'prod');
  const staging = environments.find((environment) => environment.name === 'staging');
  if (prod && staging) {
    // deploy-environment.yml's VALIDATION_* variables: prod's identity may read staging's workspace (the sandbox
    // has one identity), so prod also reads the validation stamp live there.
    const settings = byName.prod!;
    byName.prod = {
      ...settings,
      vars: {
        ...settings.vars,
        VALIDATION_SUBSCRIPTION_ID: staging.subscriptionId,
        VALIDATION_RESOURCE_GROUP: staging.resourceGroup,
        VALIDATION_WORKSPACE_NAME: staging.workspace,
      },
    };
  }
  if (prod) {
    byName['prod-monitoring'] = {
      vars: {
        ...cloudVars(sandbox),
        // A later month of inference data in which three of five features moved: dataset drift.
        DRIFT_CURRENT_DATA: 'examples/drift/current-downturn.csv',
        AML_MODEL_NAME: 'credit-default',
      },
      secrets: { APPLICATIONINSIGHTS_CONNECTION_STRING: prod.appInsightsConnectionString },
    };
  }
  return { environments: byName };
}
