/**
 * Provisioning an environment (dev, staging, prod) the way a platform team would before the first release:
 * subscription, resource group, Azure ML workspace with compute, data factory, control database, Application
 * Insights, a Synapse workspace when asked (`synapse`), and the environment's scoring data: a container
 * `scoring-<environment>` of the sandbox's storage account (features in, predictions out), registered in the
 * workspace as the blob datastore `scoring` so batch jobs can read and write it. The actions never create these;
 * they deploy into them.
 */
import { createHash } from 'node:crypto';
import { provisionFactory } from './arm/datafactory/index.js';
import { provisionWorkspace, type WorkspaceInfo } from './arm/machinelearning/index.js';
import { addSubscription, putResourceGroup, type SandboxContext } from './context.js';
import type { AppInsightsService } from './services/app-insights.js';
import type { ControlDatabase } from './services/control-database.js';
import { provisionSynapseWorkspace, type SynapseWorkspaceInfo } from './synapse/index.js';

export interface EnvironmentSpec {
  readonly name: string;
  readonly subscriptionId?: string;
  readonly resourceGroup?: string;
  readonly workspace?: string;
  readonly factory?: string;
  readonly computes?: readonly string[];
  /** Create a control database for the environment (default true). */
  readonly database?: boolean;
  /**
   * Create a Synapse workspace (default false): `true` names it `syn-scoring-<environment>`, a string names it
   * (workspace names are unique across the sandbox, as in Azure).
   */
  readonly synapse?: boolean | string;
}

export interface EnvironmentInfo {
  readonly name: string;
  readonly subscriptionId: string;
  readonly resourceGroup: string;
  readonly location: string;
  readonly workspace: string;
  readonly workspaceInfo: WorkspaceInfo;
  readonly factory: string;
  readonly factoryId: string;
  readonly database?: { readonly name: string; readonly connectionString: string };
  /** The environment's scoring data: a blob container, and the workspace datastore that names it. */
  readonly scoringData: { readonly datastore: string; readonly container: string };
  readonly appInsightsConnectionString: string;
  /** The Synapse workspace, when the spec asked for one: its name, ARM id and development endpoint. */
  readonly synapse?: SynapseWorkspaceInfo;
}

/** The datastore name of every environment's scoring data (the sample factory's global parameters name it). */
export const SCORING_DATASTORE = 'scoring';

/** A stable subscription id per environment name, so receipts and logs read the same run to run. */
export function subscriptionIdFor(name: string): string {
  const hex = createHash('sha256').update(`sandbox-subscription:${name}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export async function provisionEnvironment(
  context: SandboxContext,
  spec: EnvironmentSpec,
  services: { openDatabase: () => Promise<ControlDatabase>; appInsights: AppInsightsService },
): Promise<EnvironmentInfo> {
  const name = spec.name;
  const subscriptionId = spec.subscriptionId ?? subscriptionIdFor(name);
  const resourceGroup = spec.resourceGroup ?? `rg-scoring-${name}`;
  const workspace = spec.workspace ?? `mlw-scoring-${name}`;
  const factory = spec.factory ?? `adf-scoring-${name}`;
  const scoringData = {
    datastore: SCORING_DATASTORE,
    container: `scoring-${name.toLowerCase().replace(/[^a-z0-9-]/g, '-')}`,
  };
  addSubscription(context, subscriptionId, `sandbox-${name}`);
  putResourceGroup(context, subscriptionId, { name: resourceGroup, location: context.location });
  const workspaceInfo = await provisionWorkspace(context, {
    subscriptionId,
    resourceGroup,
    name: workspace,
    location: context.location,
    computes: spec.computes ?? ['cpu-cluster'],
    datastores: [{ name: scoringData.datastore, container: scoringData.container }],
  });
  let database: EnvironmentInfo['database'];
  if (spec.database !== false) {
    const dbName = `control_${name.replace(/[^A-Za-z0-9_]/g, '_').toLowerCase()}`;
    database = { name: dbName, ...(await (await services.openDatabase()).createDatabase(dbName)) };
  }
  const synapse = spec.synapse
    ? provisionSynapseWorkspace(context, {
        subscriptionId,
        resourceGroup,
        name: typeof spec.synapse === 'string' ? spec.synapse : `syn-scoring-${name.toLowerCase()}`,
        location: context.location,
        ...(database ? { controlDatabase: database.connectionString } : {}),
      })
    : undefined;
  const { id: factoryId } = provisionFactory(context, {
    subscriptionId,
    resourceGroup,
    name: factory,
    location: context.location,
    ...(database ? { controlDatabase: database.connectionString } : {}),
  });
  return {
    name,
    subscriptionId,
    resourceGroup,
    location: context.location,
    workspace,
    workspaceInfo,
    factory,
    factoryId,
    ...(database ? { database } : {}),
    scoringData,
    appInsightsConnectionString: services.appInsights.createResource(`appi-scoring-${name}`).connectionString,
    ...(synapse ? { synapse } : {}),
  };
}
