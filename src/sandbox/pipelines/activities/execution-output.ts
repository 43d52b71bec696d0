/**
 * The fields ADF adds to the output of activities that run on an integration runtime (Lookup, Copy, Web): which
 * runtime ran it and how long it queued. The sandbox runs everything on the Azure integration runtime of the
 * factory's region, with no queue.
 */
import type { Json } from '../../arm/datafactory/store.js';
import type { ActivityContext } from '../runtime/activity-executor.js';

const REGION_NAMES: Readonly<Record<string, string>> = {
  westeurope: 'West Europe',
  northeurope: 'North Europe',
  eastus: 'East US',
  eastus2: 'East US 2',
  westus: 'West US',
  westus2: 'West US 2',
  uksouth: 'UK South',
  swedencentral: 'Sweden Central',
};

export function integrationRuntimeFields(context: ActivityContext, startedAt: number): Json {
  const location = context.execution.host()?.location ?? context.execution.services.context.location;
  const region = REGION_NAMES[location.replace(/\s/g, '').toLowerCase()] ?? location;
  const now = context.execution.services.context.clock();
  return {
    effectiveIntegrationRuntime: `AutoResolveIntegrationRuntime (${region})`,
    executionDuration: Math.max(0, Math.round((now - startedAt) / 1000)),
    durationInQueue: { integrationRuntimeQueue: 0 },
  };
}
