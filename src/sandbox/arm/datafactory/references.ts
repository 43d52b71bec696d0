/**
 * What an ADF document references, found the way the service resolves them: every object anywhere in the JSON
 * with a string `referenceName` and a `type` naming a reference kind. That covers activities nested in ForEach,
 * Until, IfCondition and Switch, Execute Pipeline's `pipeline`, datasets' and activities' `linkedServiceName`,
 * `connectVia`, Key Vault secrets' `store`, `credential`, data flow sources and sinks, trigger
 * `pipelines[].pipelineReference` and tumbling-window trigger dependencies. A name inside a string or an
 * expression is not a reference, and the built-in AutoResolveIntegrationRuntime is not a resource.
 */
import type { Json, Kind } from './store.js';

const KIND_BY_REFERENCE_TYPE: Readonly<Record<string, Kind>> = {
  PipelineReference: 'pipelines',
  DatasetReference: 'datasets',
  LinkedServiceReference: 'linkedservices',
  DataFlowReference: 'dataflows',
  TriggerReference: 'triggers',
  IntegrationRuntimeReference: 'integrationRuntimes',
  CredentialReference: 'credentials',
  ManagedVirtualNetworkReference: 'managedVirtualNetworks',
};

const BUILT_IN = new Set(['autoresolveintegrationruntime']);

export interface Reference {
  readonly kind: Kind;
  readonly name: string;
}

/** A service's reference types (`DatasetReference`...) by the kind they name, and the names that are built in. */
export interface ReferenceVocabulary<K extends string> {
  readonly kindByType: Readonly<Record<string, K>>;
  readonly isBuiltIn: (kind: K, name: string) => boolean;
}

/** Every distinct reference in a document, for any vocabulary (Synapse adds notebooks and Spark jobs). */
export function referencesIn<K extends string>(
  document: unknown,
  vocabulary: ReferenceVocabulary<K>,
): Array<{ readonly kind: K; readonly name: string }> {
  const found = new Map<string, { kind: K; name: string }>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const { referenceName, type } = node as Json;
    const kind = typeof type === 'string' ? vocabulary.kindByType[type] : undefined;
    if (kind && typeof referenceName === 'string' && !vocabulary.isBuiltIn(kind, referenceName)) {
      found.set(`${kind}/${referenceName.toLowerCase()}`, { kind, name: referenceName });
    }
    Object.values(node).forEach(visit);
  };
  visit(document);
  return [...found.values()];
}

const DATA_FACTORY: ReferenceVocabulary<Kind> = {
  kindByType: KIND_BY_REFERENCE_TYPE,
  isBuiltIn: (kind, name) => kind === 'integrationRuntimes' && BUILT_IN.has(name.toLowerCase()),
};

export function findReferences(document: unknown): Reference[] {
  return referencesIn(document, DATA_FACTORY);
}

export function references(document: unknown, kind: Kind, name: string): boolean {
  return findReferences(document).some(
    (ref) => ref.kind === kind && ref.name.toLowerCase() === name.toLowerCase(),
  );
}
