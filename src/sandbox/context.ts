/**
 * What every emulated service gets: the sandbox's base URL, state, clock, timing knobs, and the ARM basics
 * (subscriptions and resource groups) that all providers check before their own resources.
 */
import type { SandboxClock } from './core/clock.js';
import type { SandboxResponse } from './core/http.js';
import { notFound } from './core/http.js';
import type { SandboxState } from './core/state.js';
import { key } from './core/state.js';

export interface SandboxTiming {
  /** How long a batch endpoint or deployment stays Creating/Updating before Succeeded. */
  readonly provisioningMs: number;
  /** `Retry-After` (seconds) on long-running operation status responses; the SDKs poll at this interval. */
  readonly pollRetryAfterSeconds: number;
  /** How long a pipeline run stays Queued before its activities start. */
  readonly pipelineRunPhaseMs: number;
  /** How long each batch job phase lasts before the next status. */
  readonly jobPhaseMs: number;
  /**
   * How long a Synapse artifact operation (a write or a delete, answered 202 and polled) stays InProgress, and an
   * event subscription Provisioning or Deprovisioning. Synapse takes seconds; 0 settles it at the next request.
   */
  readonly synapseOperationMs: number;
}

export const DEFAULT_TIMING: SandboxTiming = {
  provisioningMs: 1500,
  pollRetryAfterSeconds: 1,
  pipelineRunPhaseMs: 500,
  jobPhaseMs: 300,
  synapseOperationMs: 1000,
};

export interface StorageInfo {
  /** `https://127.0.0.1:<port>/<account>` — Azurite's path-style blob endpoint. */
  readonly blobEndpoint: string;
  readonly accountName: string;
  readonly accountKey: string;
  readonly connectionString: string;
  /** The sandbox CA (PEM) that Azurite's certificate chains to: clients trust it through `tlsOptions.ca`. */
  readonly ca: string;
}

export interface ResourceGroup {
  readonly name: string;
  readonly location: string;
  readonly tags?: Record<string, string>;
}

interface ArmSlice {
  subscriptions: Record<string, { subscriptionId: string; displayName: string }>;
  resourceGroups: Record<string, { subscriptionId: string } & ResourceGroup>;
}

export interface SandboxContext {
  readonly baseUrl: string;
  readonly state: SandboxState;
  /** Sandbox time now (epoch ms): `time.now()`. */
  readonly clock: () => number;
  /** The sandbox clock itself: what waits sleep on, and what the control API accelerates or advances. */
  readonly time: SandboxClock;
  readonly timing: SandboxTiming;
  /** The region the sandbox reports for everything it creates. */
  readonly location: string;
  /** Azurite's blob service, once started. */
  storage(): StorageInfo;
}

function arm(context: SandboxContext): ArmSlice {
  return context.state.slice<ArmSlice>('arm', () => ({ subscriptions: {}, resourceGroups: {} }));
}

export function addSubscription(context: SandboxContext, subscriptionId: string, displayName: string): void {
  arm(context).subscriptions[key(subscriptionId)] = { subscriptionId, displayName };
}

export function putResourceGroup(
  context: SandboxContext,
  subscriptionId: string,
  group: ResourceGroup,
): ResourceGroup {
  const slice = arm(context);
  slice.resourceGroups[key(subscriptionId, group.name)] = { subscriptionId, ...group };
  return group;
}

export function deleteResourceGroup(context: SandboxContext, subscriptionId: string, name: string): boolean {
  const slice = arm(context);
  const id = key(subscriptionId, name);
  const existed = id in slice.resourceGroups;
  delete slice.resourceGroups[id];
  return existed;
}

export function listResourceGroups(context: SandboxContext, subscriptionId: string): ResourceGroup[] {
  return Object.values(arm(context).resourceGroups).filter(
    (group) => key(group.subscriptionId) === key(subscriptionId),
  );
}

export function getResourceGroup(
  context: SandboxContext,
  subscriptionId: string,
  name: string,
): ResourceGroup | undefined {
  return arm(context).resourceGroups[key(subscriptionId, name)];
}

/**
 * The ARM checks every provider makes first: the subscription is known and the resource group exists. Returns the
 * error response to send, or undefined when the scope is fine.
 */
export function checkScope(
  context: SandboxContext,
  subscriptionId: string,
  resourceGroup?: string,
): SandboxResponse | undefined {
  const slice = arm(context);
  if (!(key(subscriptionId) in slice.subscriptions)) {
    return {
      status: 404,
      body: {
        error: {
          code: 'SubscriptionNotFound',
          message: `The subscription '${subscriptionId}' could not be found.`,
        },
      },
    };
  }
  if (resourceGroup !== undefined && !getResourceGroup(context, subscriptionId, resourceGroup)) {
    return notFound.resourceGroup(resourceGroup);
  }
  return undefined;
}
