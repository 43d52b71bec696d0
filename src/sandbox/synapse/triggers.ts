/**
 * Trigger runtime state and event subscriptions on the development endpoint. `runtimeState` is read-only: a new
 * trigger is `Stopped`; POST `.../start` and `.../stop` change it and answer 200 with no body, as azure-cli's
 * synapse recording test_trigger.yaml shows (api-version 2020-12-01) and as the spec defines these long-running
 * actions (200 only), so a client's poller finishes at once. azure-powershell#16368 and #21839 report that the
 * service has also answered 202 there; clients should accept both (the sandbox answers the recorded 200). A
 * started trigger can be neither updated nor deleted (operations.ts), and one without pipelines cannot start.
 *
 * `subscribeToEvents` and `unsubscribeFromEvents` answer 200 with the subscription's status, `Provisioning` or
 * `Deprovisioning` while it changes, then `Enabled` or `Disabled` (the recording shows subscribe answering
 * Provisioning and getEventSubscriptionStatus Enabled later); the change takes `timing.synapseOperationMs`.
 * Trigger schedules do not fire pipeline runs in the sandbox.
 */
import type { SandboxContext } from '../context.js';
import { json, type Router, type SandboxResponse } from '../core/http.js';
import { DEV_ENDPOINT_PATH } from './endpoint.js';
import { artifactNotFound, missingPipelineReferences } from './errors.js';
import { KINDS } from './kinds.js';
import { DEV, withWorkspace } from './scope.js';
import { artifactsOf, type Json, type StoredResource, type StoredWorkspace } from './store.js';

interface Subscription {
  readonly target: 'Enabled' | 'Disabled';
  readonly since: number;
}

function hasPipelines(properties: Json): boolean {
  const typeProperties = properties.typeProperties as Json | undefined;
  // Tumbling-window triggers name one `pipeline`; the others a `pipelines` list.
  if (properties.type === 'TumblingWindowTrigger')
    return Boolean(properties.pipeline ?? typeProperties?.pipeline);
  return Array.isArray(properties.pipelines) && properties.pipelines.length > 0;
}

function subscriptionStatus(context: SandboxContext, trigger: StoredResource): string {
  const subscription = trigger.internal.subscription as Subscription | undefined;
  if (!subscription) return 'Disabled';
  if (context.clock() >= subscription.since + context.timing.synapseOperationMs) return subscription.target;
  return subscription.target === 'Enabled' ? 'Provisioning' : 'Deprovisioning';
}

export function registerTriggerActions(router: Router, context: SandboxContext): void {
  const path = `${DEV_ENDPOINT_PATH}/triggers/:name`;
  const withTrigger = (handle: (trigger: StoredResource, workspace: StoredWorkspace) => SandboxResponse) =>
    withWorkspace(context, (workspace, { params }) => {
      const trigger = artifactsOf(workspace, 'triggers')[params.name!.toLowerCase()];
      return trigger
        ? handle(trigger, workspace)
        : artifactNotFound(workspace, KINDS.triggers.typeName, params.name!);
    });

  router.post(
    `${path}/start`,
    DEV,
    withTrigger((trigger) => {
      if (!hasPipelines(trigger.properties)) return missingPipelineReferences(trigger.name);
      trigger.server.runtimeState = 'Started';
      return { status: 200 };
    }),
  );
  router.post(
    `${path}/stop`,
    DEV,
    withTrigger((trigger) => {
      trigger.server.runtimeState = 'Stopped';
      return { status: 200 };
    }),
  );

  const subscription = (target?: Subscription['target']) =>
    withTrigger((trigger) => {
      if (target) trigger.internal.subscription = { target, since: context.clock() } satisfies Subscription;
      return json(200, { triggerName: trigger.name, status: subscriptionStatus(context, trigger) });
    });
  router.post(`${path}/subscribeToEvents`, DEV, subscription('Enabled'));
  router.post(`${path}/unsubscribeFromEvents`, DEV, subscription('Disabled'));
  router.post(`${path}/getEventSubscriptionStatus`, DEV, subscription());
}
