/**
 * What the factory holds now, read with one list per resource kind (following `nextLink` paging) instead of one GET
 * per artifact: a factory with hundreds of pipelines costs a handful of requests and stays clear of ARM's read
 * throttling.
 *
 * The lists are plain JSON requests (management-requests.ts) through a Resource Manager client, no SDK needed:
 * the SDK's list operations would deserialise every resource through its polymorphic models (a third of a no-op
 * deployment's CPU time on a 300-resource factory) only for the bodies to be thrown away, since the models flatten
 * `properties` and `typeProperties` and do not compare with the JSON of the git folder. Properties are normalised
 * (normalise.ts), so they are ready for `diffArtifacts`; a trigger's `runtimeState`, which normalisation drops, is
 * kept beside them.
 */
import { type ManagementClient, resourcePath, sendManagementRequest } from '../azure/management-requests.js';
import { withContext } from '../errors.js';
import { type ArtifactKind, compareArtifacts, type SynapseOnlyKind } from './artifacts.js';
import { normaliseProperties } from './normalise.js';

/** What the lists need: `ClientFactory.resourceManager`'s client at the Data Factory api-version, or the SDK's. */
export type AdfListClient = ManagementClient & { readonly subscriptionId: string };

/** A data factory's Resource Manager path, which its resources' paths extend. */
export function factoryPath(subscriptionId: string, rg: string, factory: string): string {
  return resourcePath(
    'subscriptions',
    subscriptionId,
    'resourceGroups',
    rg,
    'providers',
    'Microsoft.DataFactory',
    'factories',
    factory,
  );
}

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

/** The REST path segment below the factory of each kind read by one list. */
const LIST_SEGMENTS: Readonly<
  Record<Exclude<ArtifactKind, 'factory' | 'managedPrivateEndpoint' | SynapseOnlyKind>, string>
> = {
  integrationRuntime: 'integrationRuntimes',
  credential: 'credentials',
  managedVirtualNetwork: 'managedVirtualNetworks',
  linkedService: 'linkedservices',
  dataset: 'datasets',
  dataflow: 'dataflows',
  changeDataCapture: 'adfcdcs',
  pipeline: 'pipelines',
  trigger: 'triggers',
  globalParameters: 'globalParameters',
};

/** Every item of a list, following its pages (`nextLink` is absolute and carries the api-version). */
async function listRaw(client: AdfListClient, path: string): Promise<RawItem[]> {
  const items: RawItem[] = [];
  let next: string | undefined = path;
  while (next) {
    const page = (await sendManagementRequest(client, { method: 'GET', path: next })) as
      | { value?: unknown; nextLink?: unknown }
      | undefined;
    if (Array.isArray(page?.value)) items.push(...(page.value as RawItem[]));
    next = typeof page?.nextLink === 'string' && page.nextLink !== '' ? page.nextLink : undefined;
  }
  return items;
}

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
  const base = factoryPath(client.subscriptionId, rg, factory);
  const read = async (kind: ArtifactKind, path: string): Promise<RawItem[]> => {
    try {
      return await listRaw(client, path);
    } catch (error) {
      throw withContext(`Failed to list the ${kind} resources of data factory '${factory}'`, error);
    }
  };

  const networksRead =
    wanted.has('managedVirtualNetwork') || wanted.has('managedPrivateEndpoint')
      ? read('managedVirtualNetwork', `${base}${resourcePath(LIST_SEGMENTS.managedVirtualNetwork)}`)
      : Promise.resolve([]);
  const endpointsRead = wanted.has('managedPrivateEndpoint')
    ? networksRead.then((networks) =>
        Promise.all(
          networks
            .filter((network) => network.name)
            .map(async (network) => {
              const vnet = lastSegment(network.name!);
              const path = `${base}${resourcePath('managedVirtualNetworks', vnet, 'managedPrivateEndpoints')}`;
              const endpoints = await read('managedPrivateEndpoint', path);
              return endpoints.map((item) => ({ vnet, item }));
            }),
        ),
      )
    : Promise.resolve([]);
  const simple = (Object.keys(LIST_SEGMENTS) as (keyof typeof LIST_SEGMENTS)[]).filter(
    (kind) => kind !== 'managedVirtualNetwork' && wanted.has(kind),
  );
  // Every list at once: none depends on another (the private endpoints on their networks only).
  const [networks, endpoints, lists] = await Promise.all([
    networksRead,
    endpointsRead,
    Promise.all(
      simple.map(async (kind) => ({
        kind,
        items: await read(kind, `${base}${resourcePath(LIST_SEGMENTS[kind])}`),
      })),
    ),
  ]);
  if (wanted.has('managedVirtualNetwork')) {
    for (const item of networks) {
      if (item.name)
        resources.push(toLive('managedVirtualNetwork', lastSegment(item.name), item.properties ?? {}));
    }
  }
  for (const { vnet, item } of endpoints.flat()) {
    if (item.name) {
      resources.push(
        toLive('managedPrivateEndpoint', `${vnet}/${lastSegment(item.name)}`, item.properties ?? {}),
      );
    }
  }
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
