/**
 * What the factory holds now, read with one list per resource kind (the SDK's `listByFactory` iterators, which
 * follow `nextLink` paging) instead of one GET per artifact: a factory with hundreds of pipelines costs a handful of
 * requests and stays clear of ARM's read throttling.
 *
 * Bodies are taken from the wire (`bodyAsText` of each page), not from the SDK's models: the models flatten
 * `properties` and `typeProperties` and would not compare with the JSON of the git folder. Properties are
 * normalised (normalise.ts), so they are ready for `diffArtifacts`; a trigger's `runtimeState`, which
 * normalisation drops, is kept beside them.
 */
import type { DataFactoryManagementClient } from '@azure/arm-datafactory';
import { withContext } from '../errors.js';
import { type ArtifactKind, compareArtifacts } from './artifacts.js';
import { normaliseProperties } from './normalise.js';

/** The operation groups read here; the real `DataFactoryManagementClient` satisfies it, tests may wrap one. */
export type AdfListClient = Pick<
  DataFactoryManagementClient,
  | 'integrationRuntimes'
  | 'credentialOperations'
  | 'managedVirtualNetworks'
  | 'managedPrivateEndpoints'
  | 'linkedServices'
  | 'datasets'
  | 'dataFlows'
  | 'pipelines'
  | 'triggers'
  | 'globalParameters'
  | 'changeDataCapture'
>;

/** A resource as the factory holds it: properties normalised (normalise.ts), ready to diff. */
export interface LiveResource {
  readonly kind: ArtifactKind;
  readonly name: string;
  readonly properties: Record<string, unknown>;
}

export type TriggerRuntimeState = 'Started' | 'Stopped' | 'Disabled';

export interface LiveArtifact extends LiveResource {
  /** Triggers only: the runtime state the service reports. */
  readonly runtimeState?: TriggerRuntimeState;
}

export interface LiveFactory {
  /** Every resource of the kinds read, normalised, in `compareArtifacts` order. */
  readonly resources: readonly LiveArtifact[];
  /** Trigger name (lower case) -> runtime state. */
  readonly triggerStates: ReadonlyMap<string, TriggerRuntimeState>;
}

interface RawItem {
  readonly name?: string;
  readonly properties?: Record<string, unknown>;
}

/** Options passed to a list call: the raw-response callback is called once per page. */
interface PageCapture {
  onResponse(raw: { bodyAsText?: string | null }): void;
}

/** Drains a paged SDK iterator, keeping the `value` items of every page as the service sent them. */
async function listRaw(iterate: (options: PageCapture) => AsyncIterable<unknown>): Promise<RawItem[]> {
  const items: RawItem[] = [];
  const capture: PageCapture = {
    onResponse(raw) {
      const body = raw.bodyAsText ? (JSON.parse(raw.bodyAsText) as { value?: unknown }) : {};
      if (Array.isArray(body.value)) items.push(...(body.value as RawItem[]));
    },
  };
  for await (const _ of iterate(capture)) {
    // The items are read from the raw pages; iterating only drives the paging.
  }
  return items;
}

const LISTERS: Readonly<
  Record<
    Exclude<ArtifactKind, 'factory' | 'managedPrivateEndpoint'>,
    (client: AdfListClient, rg: string, factory: string, capture: PageCapture) => AsyncIterable<unknown>
  >
> = {
  integrationRuntime: (c, rg, f, o) => c.integrationRuntimes.listByFactory(rg, f, o),
  credential: (c, rg, f, o) => c.credentialOperations.listByFactory(rg, f, o),
  managedVirtualNetwork: (c, rg, f, o) => c.managedVirtualNetworks.listByFactory(rg, f, o),
  linkedService: (c, rg, f, o) => c.linkedServices.listByFactory(rg, f, o),
  dataset: (c, rg, f, o) => c.datasets.listByFactory(rg, f, o),
  dataflow: (c, rg, f, o) => c.dataFlows.listByFactory(rg, f, o),
  changeDataCapture: (c, rg, f, o) => c.changeDataCapture.listByFactory(rg, f, o),
  pipeline: (c, rg, f, o) => c.pipelines.listByFactory(rg, f, o),
  trigger: (c, rg, f, o) => c.triggers.listByFactory(rg, f, o),
  globalParameters: (c, rg, f, o) => c.globalParameters.listByFactory(rg, f, o),
};

function lastSegment(name: string): string {
  return name.slice(name.lastIndexOf('/') + 1);
}

function toLive(kind: ArtifactKind, name: string, properties: Record<string, unknown>): LiveArtifact {
  const state = kind === 'trigger' ? properties.runtimeState : undefined;
  return {
    kind,
    name,
    properties: normaliseProperties(kind, properties),
    ...(typeof state === 'string' ? { runtimeState: state as TriggerRuntimeState } : {}),
  };
}

/**
 * Lists each requested kind once (plus its paging requests). `factory` is not listed (the factory itself is not a
 * child resource). Managed private endpoints are listed per managed virtual network, so asking for them lists the
 * networks too (once, shared with `managedVirtualNetwork`).
 */
export async function readLiveFactory(
  client: AdfListClient,
  rg: string,
  factory: string,
  kinds: readonly ArtifactKind[],
): Promise<LiveFactory> {
  const wanted = new Set(kinds);
  const resources: LiveArtifact[] = [];
  const read = async (
    kind: ArtifactKind,
    iterate: (capture: PageCapture) => AsyncIterable<unknown>,
  ): Promise<RawItem[]> => {
    try {
      return await listRaw(iterate);
    } catch (error) {
      throw withContext(`Failed to list the ${kind} resources of data factory '${factory}'`, error);
    }
  };

  const networks =
    wanted.has('managedVirtualNetwork') || wanted.has('managedPrivateEndpoint')
      ? await read('managedVirtualNetwork', (o) => LISTERS.managedVirtualNetwork(client, rg, factory, o))
      : [];
  if (wanted.has('managedVirtualNetwork')) {
    for (const item of networks) {
      if (item.name) resources.push(toLive('managedVirtualNetwork', item.name, item.properties ?? {}));
    }
  }
  if (wanted.has('managedPrivateEndpoint')) {
    for (const network of networks) {
      if (!network.name) continue;
      const vnet = network.name;
      const endpoints = await read('managedPrivateEndpoint', (o) =>
        client.managedPrivateEndpoints.listByFactory(rg, factory, vnet, o),
      );
      for (const item of endpoints) {
        if (!item.name) continue;
        const name = `${vnet}/${lastSegment(item.name)}`;
        resources.push(toLive('managedPrivateEndpoint', name, item.properties ?? {}));
      }
    }
  }

  const simple = (Object.keys(LISTERS) as (keyof typeof LISTERS)[]).filter(
    (kind) => kind !== 'managedVirtualNetwork' && wanted.has(kind),
  );
  const lists = await Promise.all(
    simple.map(async (kind) => ({
      kind,
      items: await read(kind, (o) => LISTERS[kind](client, rg, factory, o)),
    })),
  );
  for (const { kind, items } of lists) {
    for (const item of items) {
      if (!item.name) continue;
      resources.push(toLive(kind, lastSegment(item.name), item.properties ?? {}));
    }
  }

  resources.sort(compareArtifacts);
  const triggerStates = new Map<string, TriggerRuntimeState>();
  for (const resource of resources) {
    if (resource.kind === 'trigger' && resource.runtimeState) {
      triggerStates.set(resource.name.toLowerCase(), resource.runtimeState);
    }
  }
  return { resources, triggerStates };
}
