/**
 * The rollout: the plan's writes, in the one order that keeps the endpoint serving.
 *
 * 1. The endpoint is created, or updated by PUT with its current default kept in the body.
 * 2. The deployment is created or updated in place by PUT — never deleted to be re-created — and waited for. With a
 *    new deployment per model version, the current default keeps serving every job meanwhile. If the rollout ends
 *    Failed, the step fails with the service's reason and the default has not moved.
 * 3. Only then the default is switched, by re-PUT of the endpoint with `defaults.deploymentName` (the SDK's PATCH
 *    cannot set it), and verified by a GET of the endpoint.
 * 4. Deployments beyond `keep-deployments` (planned; never the default) are deleted.
 */
import type { BatchDeployment, BatchEndpoint } from '@azure/arm-machinelearning';
import type { Logger } from '#shared/logger.js';
import { withDefaultDeployment } from './desired-state.js';
import { type MlScope, readDeployment, readEndpoint } from './live-state.js';
import { deleteAndWait, putAndWait, type WaitOptions, waitUntilSettled } from './long-running.js';
import type { ReleasePlan } from './release-plan.js';

export interface RolloutDeps {
  readonly scope: MlScope;
  readonly logger: Logger;
  readonly wait: WaitOptions;
}

export interface RolloutResult {
  readonly endpoint: BatchEndpoint;
  readonly deployment: BatchDeployment;
  readonly defaultSwitched: boolean;
  readonly deleted: readonly string[];
}

/** The SDK pollers report every state change; an interval here only matters for the SDK's own first look. */
const LRO = { updateIntervalInMs: 1_000 };

export async function executeRollout(plan: ReleasePlan, deps: RolloutDeps): Promise<RolloutResult> {
  const { scope, logger } = deps;
  const { resourceGroup: rg, workspace: ws, client } = scope;
  const endpointName = plan.endpointName;
  const deploymentName = plan.deploymentName;
  const endpointWhat = `batch endpoint '${endpointName}'`;
  const deploymentWhat = `batch deployment '${deploymentName}' of endpoint '${endpointName}'`;
  const readTheEndpoint = () => readEndpoint(scope, endpointName);
  const readTheDeployment = () => readDeployment(scope, endpointName, deploymentName);

  let endpoint = plan.endpoint.live;
  if (plan.endpoint.diff.action !== 'no-op') {
    endpoint = await logger.group(
      `${plan.endpoint.diff.action === 'create' ? 'Create' : 'Update'} ${endpointWhat}`,
      () => {
        const keptDefault = plan.endpoint.live?.properties.defaults?.deploymentName ?? undefined;
        const body = withDefaultDeployment(plan.endpoint.body, keptDefault);
        return putAndWait({
          describe: endpointWhat,
          begin: () => client.batchEndpoints.beginCreateOrUpdate(rg, ws, endpointName, body, LRO),
          read: readTheEndpoint,
          options: deps.wait,
        });
      },
    );
  }

  let deployment = plan.deployment.live;
  if (plan.deployment.diff.action !== 'no-op' || !deployment) {
    deployment = await logger.group(
      `${plan.deployment.diff.action === 'create' ? 'Create' : 'Update'} ${deploymentWhat}`,
      () =>
        putAndWait({
          describe: deploymentWhat,
          begin: () =>
            client.batchDeployments.beginCreateOrUpdate(
              rg,
              ws,
              endpointName,
              deploymentName,
              plan.deployment.body,
              LRO,
            ),
          read: readTheDeployment,
          options: deps.wait,
        }),
    );
  }

  let defaultSwitched = false;
  if (plan.setDefault) {
    const result = await logger.group(`Make '${deploymentName}' the default of ${endpointWhat}`, () =>
      switchDefault(plan, deps),
    );
    endpoint = result.endpoint;
    defaultSwitched = result.switched;
  }
  if (!endpoint) throw new Error(`${endpointWhat} was not found after the rollout.`);

  const deleted: string[] = [];
  if (plan.deletions.length) {
    await logger.group(`Delete deployments beyond keep-deployments of ${endpointWhat}`, async () => {
      for (const name of plan.deletions) {
        const what = `batch deployment '${name}' of endpoint '${endpointName}'`;
        const read = () => readDeployment(scope, endpointName, name);
        const current = await waitUntilSettled(what, read, await read(), deps.wait);
        if (!current) continue;
        await deleteAndWait({
          describe: what,
          begin: () => client.batchDeployments.beginDelete(rg, ws, endpointName, name, LRO),
          read,
          options: deps.wait,
        });
        logger.info(`Deleted ${what}`);
        deleted.push(name);
      }
    });
  }
  return { endpoint, deployment, defaultSwitched, deleted };
}

async function switchDefault(
  plan: ReleasePlan,
  deps: RolloutDeps,
): Promise<{ endpoint: BatchEndpoint; switched: boolean }> {
  const { scope, logger } = deps;
  const { resourceGroup: rg, workspace: ws, client } = scope;
  const name = plan.endpointName;
  const what = `batch endpoint '${name}'`;
  const isDefault = (endpoint: BatchEndpoint | undefined) =>
    endpoint?.properties.defaults?.deploymentName?.toLowerCase() === plan.deploymentName.toLowerCase();

  const before = await readEndpoint(scope, name);
  if (isDefault(before) && before?.properties.provisioningState === 'Succeeded') {
    logger.info(`'${plan.deploymentName}' is already the default deployment of ${what}`);
    return { endpoint: before!, switched: false };
  }
  const previous = before?.properties.defaults?.deploymentName ?? '(none)';
  const body = withDefaultDeployment(plan.endpoint.body, plan.deploymentName);
  await putAndWait({
    describe: `${what} (default deployment ${previous} → ${plan.deploymentName})`,
    begin: () => client.batchEndpoints.beginCreateOrUpdate(rg, ws, name, body, LRO),
    read: () => readEndpoint(scope, name),
    options: deps.wait,
  });
  const after = await readEndpoint(scope, name);
  if (!isDefault(after)) {
    throw new Error(
      `The default deployment of ${what} is '${after?.properties.defaults?.deploymentName ?? '(none)'}' after setting it to '${plan.deploymentName}'; the switch did not take effect.`,
    );
  }
  logger.info(`Verified: ${what} now routes its jobs to '${plan.deploymentName}' (was ${previous})`);
  return { endpoint: after!, switched: true };
}
