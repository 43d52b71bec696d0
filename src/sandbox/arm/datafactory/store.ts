/**
 * The Data Factory slice of the sandbox state: factories with their child resources, pipeline runs and trigger
 * runs, and the list page size tests may lower. Everything is plain JSON so snapshots and the
 * `--state-file` carry it; handlers call `dataFactory(context)` per request because a restore replaces the slice.
 */
import type { SandboxContext } from '../../context.js';
import { key } from '../../core/state.js';
import type { StoredRun } from '../../pipelines/runtime/run-records.js';
import type { StoredTriggerRun } from '../../pipelines/triggers/trigger-runs.js';

export type Kind =
  | 'pipelines'
  | 'datasets'
  | 'linkedservices'
  | 'dataflows'
  | 'triggers'
  | 'integrationRuntimes'
  | 'credentials'
  | 'globalParameters'
  | 'managedVirtualNetworks'
  | 'managedPrivateEndpoints'
  | 'adfcdcs';

export type Json = Record<string, unknown>;

export interface StoredResource {
  /** The casing of the first PUT: ADF names are case-insensitive and keep the name they were created with. */
  readonly name: string;
  /** The request's `properties`, as sent (read-only fields dropped). */
  properties: Json;
  etag: string;
  /** Fields the service owns and shows in `properties` (trigger runtimeState, integration runtime state, ...). */
  server: Json;
  /** What the service keeps but does not show (a linked service's credential id, event subscription status). */
  internal: Json;
}

export interface StoredFactory {
  readonly subscriptionId: string;
  readonly resourceGroup: string;
  readonly name: string;
  location: string;
  tags?: Record<string, string>;
  identity?: Json;
  /** The writable factory properties as sent (repoConfiguration, globalParameters, publicNetworkAccess, ...). */
  properties: Json;
  readonly createTime: string;
  eTag: string;
  /**
   * By kind, by lower-case name; a kind that lives inside another (managed private endpoints inside their managed
   * virtual network) is keyed `<parent>/<name>`, both in lower case.
   */
  resources: Partial<Record<Kind, Record<string, StoredResource>>>;
  runs: Record<string, StoredRun>;
  /** Trigger runs (schedule triggers firing), by id. */
  triggerRuns?: Record<string, StoredTriggerRun>;
  /**
   * The connection string of the control database provisioned with the factory's environment: what the pipeline
   * runtime connects to for every PostgreSQL linked service of the factory (never shown by the API).
   */
  controlDatabase?: string;
}

export interface DataFactorySlice {
  factories: Record<string, StoredFactory>;
  pageSize: number;
  /** Bumped on every write so two writes within one second still get different etags. */
  writes: number;
}

export const DEFAULT_PAGE_SIZE = 50;

export function dataFactory(context: SandboxContext): DataFactorySlice {
  return context.state.slice<DataFactorySlice>('datafactory', () => ({
    factories: {},
    pageSize: DEFAULT_PAGE_SIZE,
    writes: 0,
  }));
}

export function factoryKey(subscriptionId: string, resourceGroup: string, name: string): string {
  return key(subscriptionId, resourceGroup, name);
}

export function findFactory(
  context: SandboxContext,
  subscriptionId: string,
  resourceGroup: string,
  name: string,
): StoredFactory | undefined {
  return dataFactory(context).factories[factoryKey(subscriptionId, resourceGroup, name)];
}

export function factoryId(factory: StoredFactory): string {
  return `/subscriptions/${factory.subscriptionId}/resourceGroups/${factory.resourceGroup}/providers/Microsoft.DataFactory/factories/${factory.name}`;
}

export function resourcesOf(factory: StoredFactory, kind: Kind): Record<string, StoredResource> {
  factory.resources[kind] ??= {};
  return factory.resources[kind];
}

/**
 * An etag in ADF's format (Cosmos DB's: a counter, fixed middle groups, the write time in hex seconds), e.g.
 * `0a0069d4-0000-0100-0000-5b245bd50000` as in the spec's examples and the SDK's recordings. Factories wrap it in
 * quotes (`"eTag": "\"00004004-...\""`), child resources do not.
 */
export function nextEtag(context: SandboxContext): string {
  const slice = dataFactory(context);
  slice.writes += 1;
  const counter = slice.writes.toString(16).padStart(8, '0');
  const seconds = Math.floor(context.clock() / 1000)
    .toString(16)
    .padStart(8, '0');
  return `${counter}-0000-0100-0000-${seconds}0000`;
}
