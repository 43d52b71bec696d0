/**
 * The live check of the routes the receipts do not cover (receipt-check.ts): rows naming another batch endpoint than
 * the receipts', or another deployment of a receipt's endpoint. Reads only, and bounded whatever the number of rows:
 * one list of batch endpoints per workspace of the receipts (only when some row names an endpoint no receipt names),
 * and one list of deployments per endpoint that some row pins a deployment on. Never one call per row.
 *
 * What is refused is only what is truly missing, each at its row: an endpoint found in none of the workspaces, a
 * pinned deployment the endpoint does not have or that is not `Succeeded`, and a row without a deployment on an
 * endpoint that has no default deployment (a job posted to it would fail). Other states of an endpoint (`Updating`
 * while a deployment rolls out) still serve and are not refused.
 */
import type { AzureMachineLearningWorkspaces } from '@azure/arm-machinelearning';
import { withContext } from '#shared/errors.js';
import type { Logger } from '#shared/logger.js';
import { type Problem, sortProblems } from '#shared/problems.js';
import { suggest } from '#shared/suggest.js';
import { RowsError } from './problems.js';
import type { LiveRoute, WorkspaceRef } from './receipt-check.js';

/** The reads this needs: the real client, or anything shaped like it. */
export type RouteListClient = Pick<AzureMachineLearningWorkspaces, 'batchEndpoints' | 'batchDeployments'>;

interface LiveEndpoint {
  readonly name: string;
  readonly workspace: WorkspaceRef;
  readonly defaultDeployment: string | undefined;
}

interface LiveDeployment {
  readonly name: string;
  readonly state: string | undefined;
}

/** What the check read: the ARM list requests it made (pages included), for the log and the benchmark. */
export interface RouteCheckCounts {
  readonly endpointLists: number;
  readonly deploymentLists: number;
}

const key = (...parts: string[]) => parts.map((part) => part.toLowerCase()).join('/');

/** Every page of a list, counting the requests. */
async function listAll<T>(pages: AsyncIterableIterator<T[]>, count: () => void, what: string): Promise<T[]> {
  const items: T[] = [];
  try {
    for await (const page of pages) {
      count();
      items.push(...page);
    }
  } catch (error) {
    throw withContext(`Listing ${what} to check the rows' endpoints`, error);
  }
  return items;
}

/**
 * Checks the routes against live state; throws one RowsError listing every row whose endpoint or deployment is
 * missing. Returns the requests it made.
 */
export async function checkRoutesLive(
  live: { readonly routes: readonly LiveRoute[]; readonly workspaces: readonly WorkspaceRef[] },
  client: RouteListClient,
  logger: Pick<Logger, 'info' | 'debug'>,
): Promise<RouteCheckCounts> {
  let endpointLists = 0;
  let deploymentLists = 0;
  if (live.routes.length === 0) return { endpointLists, deploymentLists };

  // Endpoints no receipt names: one list per workspace, all workspaces at once.
  const endpoints = new Map<string, LiveEndpoint>();
  if (live.routes.some((route) => !route.receipt)) {
    const lists = await Promise.all(
      live.workspaces.map(async (workspace) => {
        logger.debug(`Listing the batch endpoints of workspace '${workspace.workspace}'`);
        const found = await listAll(
          client.batchEndpoints.list(workspace.resourceGroup, workspace.workspace).byPage(),
          () => endpointLists++,
          `the batch endpoints of workspace '${workspace.workspace}'`,
        );
        return found.map(
          (endpoint): LiveEndpoint => ({
            name: endpoint.name ?? '',
            workspace,
            defaultDeployment: endpoint.properties.defaults?.deploymentName ?? undefined,
          }),
        );
      }),
    );
    // The first workspace that has a name wins: names are unique within a region.
    for (const endpoint of lists.flat()) {
      if (!endpoints.has(key(endpoint.name))) endpoints.set(key(endpoint.name), endpoint);
    }
  }

  const endpointOf = (route: LiveRoute): LiveEndpoint | undefined =>
    route.receipt
      ? {
          name: route.receipt.endpoint.name,
          workspace: { resourceGroup: route.receipt.resourceGroup, workspace: route.receipt.workspace },
          defaultDeployment: route.receipt.deployment.name,
        }
      : endpoints.get(key(route.row.row.endpoint));

  // Deployments: one list per endpoint some row pins a deployment on.
  const pinned = new Map<string, LiveEndpoint>();
  for (const route of live.routes) {
    const endpoint = endpointOf(route);
    if (endpoint && route.row.row.deployment !== null) {
      pinned.set(
        key(endpoint.workspace.resourceGroup, endpoint.workspace.workspace, endpoint.name),
        endpoint,
      );
    }
  }
  const deployments = new Map<string, Map<string, LiveDeployment>>();
  await Promise.all(
    [...pinned].map(async ([endpointKey, endpoint]) => {
      logger.debug(`Listing the deployments of batch endpoint '${endpoint.name}'`);
      const found = await listAll(
        client.batchDeployments
          .list(endpoint.workspace.resourceGroup, endpoint.workspace.workspace, endpoint.name)
          .byPage(),
        () => deploymentLists++,
        `the deployments of batch endpoint '${endpoint.name}'`,
      );
      deployments.set(
        endpointKey,
        new Map(
          found.map((deployment) => [
            key(deployment.name ?? ''),
            { name: deployment.name ?? '', state: deployment.properties.provisioningState },
          ]),
        ),
      );
    }),
  );

  const workspaceNames = live.workspaces.map((w) => `'${w.workspace}'`).join(', ');
  const problems: Problem[] = [];
  for (const route of live.routes) {
    const { row } = route.row;
    const endpoint = endpointOf(route);
    if (!endpoint) {
      const close = suggest(
        row.endpoint,
        [...endpoints.values()].map((e) => e.name),
      );
      problems.push({
        message: `row '${row.id}': the batch endpoint '${row.endpoint}' exists in none of the workspaces of the aml receipts (${workspaceNames})${
          close ? `; did you mean '${close}'?` : ''
        }; deploy it with deploy-aml-endpoint, or pass an aml receipt of its workspace in aml-receipts`,
        location: route.row.locate('endpoint'),
      });
      continue;
    }
    if (row.deployment === null) {
      if (!endpoint.defaultDeployment) {
        problems.push({
          message: `row '${row.id}': the batch endpoint '${endpoint.name}' has no default deployment, so a job without one would fail; pin a deployment in the row or set the endpoint's default`,
          location: route.row.locate('endpoint'),
        });
      }
      continue;
    }
    const known = deployments.get(
      key(endpoint.workspace.resourceGroup, endpoint.workspace.workspace, endpoint.name),
    );
    const deployment = known?.get(key(row.deployment));
    if (!deployment) {
      const names = [...(known?.values() ?? [])].map((d) => d.name);
      problems.push({
        message: `row '${row.id}': the batch endpoint '${endpoint.name}' has no deployment '${row.deployment}' (${
          names.length ? `it has ${names.join(', ')}` : 'it has none'
        }); deploy it, or leave deployment empty for the endpoint's default`,
        location: route.row.locate('deployment'),
      });
    } else if (deployment.state !== 'Succeeded') {
      problems.push({
        message: `row '${row.id}': the deployment '${deployment.name}' of batch endpoint '${endpoint.name}' is in provisioning state '${deployment.state ?? 'unknown'}', not 'Succeeded'; fix or redeploy it first`,
        location: route.row.locate('deployment'),
      });
    }
  }
  if (problems.length > 0) {
    throw new RowsError(sortProblems(problems), "the rows' endpoints against live state", 'rows');
  }
  logger.info(
    `Checked the endpoints of ${live.routes.length} rows the receipts do not cover: ${endpointLists} endpoint list(s), ${deploymentLists} deployment list(s).`,
  );
  return { endpointLists, deploymentLists };
}
