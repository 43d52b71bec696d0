/**
 * Trigger runtime state. `runtimeState` is read-only: a new trigger is `Stopped`, POST `.../start` and `.../stop`
 * change it and answer 200 with no body (as the recorded `Stop-AzDataFactoryV2Trigger` shows; the spec's
 * long-running start/stop define only 200, so the SDK pollers finish at once). A started trigger can be neither
 * updated nor deleted (TriggerEnabledCannotUpdate, see errors.ts and kinds.ts), and one without pipelines cannot
 * start.
 * Event subscriptions (blob and custom event triggers) are answered as already provisioned.
 * A started schedule trigger fires on the sandbox clock (pipelines/triggers/trigger-scheduler.ts); other trigger
 * types (tumbling window, events) stay started without firing.
 */
import type { SandboxContext } from '../../context.js';
import { json, type Router, type SandboxResponse } from '../../core/http.js';
import type { TriggerScheduler } from '../../pipelines/triggers/trigger-scheduler.js';
import { documentNotFound, missingPipelineReferences } from './errors.js';
import { resourceId } from './kinds.js';
import { FACTORY_PATH, withFactory } from './scope.js';
import { type Json, resourcesOf, type StoredFactory, type StoredResource } from './store.js';

const ARM = { auth: 'arm', validate: true } as const;

function hasPipelines(properties: Json): boolean {
  const typeProperties = properties.typeProperties as Json | undefined;
  // Tumbling-window triggers name one `pipeline`; the others a `pipelines` list.
  if (properties.type === 'TumblingWindowTrigger')
    return Boolean(properties.pipeline ?? typeProperties?.pipeline);
  return Array.isArray(properties.pipelines) && properties.pipelines.length > 0;
}

export function registerTriggerActions(
  router: Router,
  context: SandboxContext,
  scheduler: TriggerScheduler,
): void {
  const path = `${FACTORY_PATH}/triggers/:name`;
  const withTrigger = (handle: (trigger: StoredResource, factory: StoredFactory) => SandboxResponse) =>
    withFactory(context, (factory, { params }) => {
      const trigger = resourcesOf(factory, 'triggers')[params.name!.toLowerCase()];
      return trigger
        ? handle(trigger, factory)
        : documentNotFound(resourceId(factory, 'triggers', params.name!));
    });

  router.post(
    `${path}/start`,
    ARM,
    withTrigger((trigger) => {
      if (!hasPipelines(trigger.properties)) return missingPipelineReferences(trigger.name);
      if (trigger.server.runtimeState !== 'Started') {
        trigger.server.runtimeState = 'Started';
        scheduler.started(trigger);
      }
      return { status: 200 };
    }),
  );
  router.post(
    `${path}/stop`,
    ARM,
    withTrigger((trigger) => {
      trigger.server.runtimeState = 'Stopped';
      scheduler.changed();
      return { status: 200 };
    }),
  );

  const subscription = (status?: string) =>
    withTrigger((trigger) => {
      if (status) trigger.internal.subscriptionStatus = status;
      return json(200, {
        triggerName: trigger.name,
        status: (trigger.internal.subscriptionStatus as string | undefined) ?? 'Disabled',
      });
    });
  router.post(`${path}/subscribeToEvents`, ARM, subscription('Enabled'));
  router.post(`${path}/unsubscribeFromEvents`, ARM, subscription('Disabled'));
  router.post(`${path}/getEventSubscriptionStatus`, ARM, subscription());
}
