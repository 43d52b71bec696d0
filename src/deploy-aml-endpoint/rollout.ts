/**
 * The rollout: the plan's writes to the endpoint and its deployments, in the one order that keeps the endpoint
 * serving.
 *
 * 1. The endpoint is created, or updated by PUT with its current default kept in the body.
 * 2. Each deployment of the run is created or updated in place by PUT — never deleted to be re-created — and waited
 *    for, one after the other. The current default keeps serving every job meanwhile. If one ends Failed, the step
 *    fails with the service's reason and the default has not moved.
 * 3. Only then the default is switched, by re-PUT of the endpoint with `defaults.deploymentName` (the SDK's PATCH
 *    cannot set it), and verified by a GET of the endpoint.
 * 4. Deployments beyond `keep-deployments` (planned; never the run's own nor the default) are deleted.
 *
 * What was written is recorded as it happens (`Applied`), so a failure can say what it left behind.
 */
import type { BatchDeployment, BatchEndpoint } from '@azure/arm-machinelearning';
import { TimeoutError } from '#shared/errors.js';
import type { Logger } from '#shared/logger.js';
import { withDefaultDeployment } from './desired-state.js';
import { type MlScope, readDeployment, readEndpoint } from './live-state.js';
import {
  deleteAndWait,
  ProvisioningFailedError,
  putAndWait,
  type WaitOptions,
  waitUntilSettled,
} from './long-running.js';
import type { PlannedDeployment, ReleasePlan } from './release-plan.js';

export interface RolloutDeps {
  readonly scope: MlScope;
  readonly logger: Logger;
  readonly wait: WaitOptions;
}

/** What a release has written so far, in order, as people read it ("model credit:3 registered"). */
export class Applied {
  readonly facts: string[] = [];
  /** Deployments written (created or updated) by this run, whatever their state now. */
  readonly deployments: string[] = [];
  defaultSwitched = false;

  add(fact: string): void {
    this.facts.push(fact);
  }
}

export interface RolloutResult {
  readonly endpoint: BatchEndpoint;
  readonly deployments: readonly BatchDeployment[];
  readonly deleted: readonly string[];
}

/** The SDK pollers report every state change; an interval here only matters for the SDK's own first look. */
const LRO = { updateIntervalInMs: 1_000 };

/** Runs `write`, recording what Azure holds afterwards even when it failed after accepting the request. */
async function recorded<T>(
  applied: Applied,
  what: string,
  done: string,
  write: () => Promise<T>,
): Promise<T> {
  try {
    const result = await write();
    applied.add(`${what} ${done}`);
    return result;
  } catch (error) {
    if (error instanceof ProvisioningFailedError) applied.add(`${what} ${done} but ended ${error.state}`);
    else if (error instanceof TimeoutError) applied.add(`${what} ${done} but still provisioning`);
    throw error;
  }
}

export async function executeRollout(
  plan: ReleasePlan,
  applied: Applied,
  deps: RolloutDeps,
): Promise<RolloutResult> {
  const { scope, logger } = deps;
  const { resourceGroup: rg, workspace: ws, client } = scope;
  const endpointName = plan.endpointName;
  const endpointWhat = `batch endpoint '${endpointName}'`;
  const readTheEndpoint = () => readEndpoint(scope, endpointName);

  let endpoint = plan.endpoint.live;
  const endpointAction = plan.endpoint.diff.action;
  if (endpointAction !== 'no-op') {
    endpoint = await logger.group(
      `${endpointAction === 'create' ? 'Create' : 'Update'} ${endpointWhat}`,
      () =>
        recorded(applied, endpointWhat, endpointAction === 'create' ? 'created' : 'updated', () => {
          const keptDefault = plan.endpoint.live?.properties.defaults?.deploymentName ?? undefined;
          const body = withDefaultDeployment(plan.endpoint.body, keptDefault);
          return putAndWait({
            describe: endpointWhat,
            begin: () => client.batchEndpoints.beginCreateOrUpdate(rg, ws, endpointName, body, LRO),
            read: readTheEndpoint,
            options: deps.wait,
          });
        }),
    );
  }

  const deployments: BatchDeployment[] = [];
  for (const deployment of plan.deployments) {
    deployments.push(await rollOutDeployment(plan, deployment, applied, deps));
  }

  if (plan.switchDefault) {
    endpoint = await logger.group(`Make '${plan.targetDefault}' the default of ${endpointWhat}`, () =>
      switchDefault(plan, deps),
    );
    applied.defaultSwitched = true;
    applied.add(`'${plan.targetDefault}' made the default of ${endpointWhat}`);
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
        applied.add(`batch deployment '${name}' deleted`);
        deleted.push(name);
      }
    });
  }
  return { endpoint, deployments, deleted };
}

async function rollOutDeployment(
  plan: ReleasePlan,
  deployment: PlannedDeployment,
  applied: Applied,
  deps: RolloutDeps,
): Promise<BatchDeployment> {
  const { scope, logger } = deps;
  const { resourceGroup: rg, workspace: ws, client } = scope;
  const { name } = deployment;
  if (deployment.diff.action === 'no-op' && deployment.live) return deployment.live;
  const what = `batch deployment '${name}' of endpoint '${plan.endpointName}'`;
  const action = deployment.diff.action === 'create' ? 'created' : 'updated';
  return logger.group(`${deployment.diff.action === 'create' ? 'Create' : 'Update'} ${what}`, async () => {
    const written = () => {
      if (!applied.deployments.includes(name)) applied.deployments.push(name);
    };
    try {
      return await recorded(applied, `batch deployment '${name}'`, action, () =>
        putAndWait({
          describe: what,
          begin: async () => {
            const poller = await client.batchDeployments.beginCreateOrUpdate(
              rg,
              ws,
              plan.endpointName,
              name,
              deployment.body,
              LRO,
            );
            written();
            return poller;
          },
          read: () => readDeployment(scope, plan.endpointName, name),
          options: deps.wait,
        }),
      );
    } catch (error) {
      // A PUT refused outright wrote nothing; one that ended Failed (its LRO) did.
      if (error instanceof ProvisioningFailedError || error instanceof TimeoutError) written();
      throw error;
    }
  });
}

async function switchDefault(plan: ReleasePlan, deps: RolloutDeps): Promise<BatchEndpoint> {
  const { scope, logger } = deps;
  const { resourceGroup: rg, workspace: ws, client } = scope;
  const name = plan.endpointName;
  const target = plan.targetDefault!;
  const what = `batch endpoint '${name}'`;
  const isDefault = (endpoint: BatchEndpoint | undefined) =>
    endpoint?.properties.defaults?.deploymentName?.toLowerCase() === target.toLowerCase();

  const before = await readEndpoint(scope, name);
  if (isDefault(before) && before?.properties.provisioningState === 'Succeeded') {
    logger.info(`'${target}' is already the default deployment of ${what}`);
    return before!;
  }
  const previous = before?.properties.defaults?.deploymentName ?? '(none)';
  const body = withDefaultDeployment(plan.endpoint.body, target);
  await putAndWait({
    describe: `${what} (default deployment ${previous} → ${target})`,
    begin: () => client.batchEndpoints.beginCreateOrUpdate(rg, ws, name, body, LRO),
    read: () => readEndpoint(scope, name),
    options: deps.wait,
  });
  const after = await readEndpoint(scope, name);
  if (!isDefault(after)) {
    throw new Error(
      `The default deployment of ${what} is '${after?.properties.defaults?.deploymentName ?? '(none)'}' after setting it to '${target}'; the switch did not take effect.`,
    );
  }
  logger.info(`Verified: ${what} now routes its jobs to '${target}' (was ${previous})`);
  return after!;
}
