/**
 * What an artifact references, found the way the service resolves references: every object anywhere in the JSON
 * with a string `referenceName` and a `type` naming a reference kind (`LinkedServiceReference`, `DatasetReference`,
 * `DataFlowReference`, `PipelineReference`, `IntegrationRuntimeReference`, `CredentialReference`,
 * `TriggerReference`, `ManagedVirtualNetworkReference`). Walking the whole body covers activities nested in ForEach,
 * Until, IfCondition and Switch, Execute Pipeline's `pipeline`, `linkedServiceName`, `connectVia`, Key Vault
 * secrets' `store` (type `LinkedServiceReference`), data flow sources and sinks, trigger
 * `pipelines[].pipelineReference` and tumbling-window trigger `dependsOn`. A name inside a string or expression is
 * not a reference; the built-in `AutoResolveIntegrationRuntime` is not a resource. Each edge keeps its JSON path
 * (relative to `properties`) so a finding can point at the file and line. A managed private endpoint also depends
 * on its managed virtual network (its parent).
 */

import { type AdfArtifact, type ArtifactKind, KIND_BY_REFERENCE_TYPE } from '#shared/adf/artifacts.js';
import type { DocumentPath } from '#shared/json-documents.js';

export interface ReferenceEdge {
  readonly from: { readonly kind: ArtifactKind; readonly name: string };
  readonly to: { readonly kind: ArtifactKind; readonly name: string };
  /** The reference object's path inside the referencing artifact's `properties`. */
  readonly path: DocumentPath;
  /** The reference type as written (`DatasetReference`), or `parent` for a managed private endpoint's network. */
  readonly referenceType: string;
}

const BUILT_IN_INTEGRATION_RUNTIMES = new Set(['autoresolveintegrationruntime']);

function isBuiltIn(kind: ArtifactKind, name: string): boolean {
  return kind === 'integrationRuntime' && BUILT_IN_INTEGRATION_RUNTIMES.has(name.toLowerCase());
}

/**
 * The references found in each artifact, kept for as long as the artifact is: validation, the plan's graph and the
 * write order each build a graph of the same artifacts (an override copies an artifact before it changes it, so an
 * artifact's properties never change under it).
 */
const referencesOf = new WeakMap<object, readonly ReferenceEdge[]>();

/** Every reference in one artifact, in document order (duplicates kept: each has its own path). */
export function findReferences(
  artifact: Pick<AdfArtifact, 'kind' | 'name' | 'properties'>,
): readonly ReferenceEdge[] {
  const known = referencesOf.get(artifact);
  if (known) return known;
  const edges: ReferenceEdge[] = [];
  // One path, grown and shrunk as the walk goes; an edge takes a copy of it.
  const path: (string | number)[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (let index = 0; index < node.length; index++) {
        path.push(index);
        visit(node[index]);
        path.pop();
      }
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const { referenceName, type } = node as Record<string, unknown>;
    const kind = typeof type === 'string' ? KIND_BY_REFERENCE_TYPE.get(type) : undefined;
    if (kind && typeof referenceName === 'string' && !isBuiltIn(kind, referenceName)) {
      edges.push({
        from: { kind: artifact.kind, name: artifact.name },
        to: { kind, name: referenceName },
        path: [...path],
        referenceType: type as string,
      });
    }
    for (const key of Object.keys(node)) {
      path.push(key);
      visit((node as Record<string, unknown>)[key]);
      path.pop();
    }
  };
  visit(artifact.properties);
  // A managed private endpoint lives inside its managed virtual network (named `<network>/<endpoint>`).
  const slash = artifact.name.indexOf('/');
  if (artifact.kind === 'managedPrivateEndpoint' && slash > 0) {
    edges.push({
      from: { kind: artifact.kind, name: artifact.name },
      to: { kind: 'managedVirtualNetwork', name: artifact.name.slice(0, slash) },
      path: [],
      referenceType: 'parent',
    });
  }
  referencesOf.set(artifact, edges);
  return edges;
}
