/**
 * The dependency graph of a factory, built from the references in the artifacts (never from names or dependsOn):
 * dangling references, cycles with their path, topological layers for a bounded-concurrency deploy (every artifact
 * after everything it references) and the reverse order for deletes. Names are compared case-insensitively, as
 * ADF does.
 */
import { type AdfArtifact, artifactKey, compareArtifacts, describeArtifact } from './artifacts.js';
import type { Problem } from './problems.js';
import { findReferences, type ReferenceEdge } from './references.js';

export interface DependencyGraph {
  readonly artifacts: ReadonlyMap<string, AdfArtifact>;
  /** Edges whose target is among the artifacts, keyed by the source artifact's key. */
  readonly edges: ReadonlyMap<string, readonly ReferenceEdge[]>;
  /** References to artifacts that are not in the set. */
  readonly dangling: readonly ReferenceEdge[];
}

export interface GraphOptions {
  /**
   * Called for a reference whose target is not in the set; return true when it is known to exist elsewhere (live,
   * for a resource excluded by a filter), so the reference is not dangling. Phase 2 checks live state here.
   */
  readonly existsOutside?: (edge: ReferenceEdge) => boolean;
}

export function buildGraph(artifacts: readonly AdfArtifact[], options: GraphOptions = {}): DependencyGraph {
  const byKey = new Map<string, AdfArtifact>();
  for (const artifact of [...artifacts].sort(compareArtifacts)) {
    const key = artifactKey(artifact.kind, artifact.name);
    if (!byKey.has(key)) byKey.set(key, artifact);
  }
  const edges = new Map<string, ReferenceEdge[]>();
  const dangling: ReferenceEdge[] = [];
  for (const [key, artifact] of byKey) {
    const own: ReferenceEdge[] = [];
    for (const edge of findReferences(artifact)) {
      if (byKey.has(artifactKey(edge.to.kind, edge.to.name))) own.push(edge);
      else if (!options.existsOutside?.(edge)) dangling.push(edge);
    }
    edges.set(key, own);
  }
  return { artifacts: byKey, edges, dangling };
}

/**
 * @param excluded keys of artifacts in the source that the include/exclude filters leave out: a reference to one
 * of them is dangling only because it does not exist live either, and the message says so.
 */
export function danglingProblems(
  graph: DependencyGraph,
  excluded: ReadonlySet<string> = new Set(),
): Problem[] {
  return graph.dangling.map((edge) => {
    const artifact = graph.artifacts.get(artifactKey(edge.from.kind, edge.from.name))!;
    const missing = excluded.has(artifactKey(edge.to.kind, edge.to.name))
      ? 'which the include/exclude filters leave out and which does not exist in the factory'
      : 'which does not exist in the source';
    return {
      message: `${describeArtifact(edge.from)} references ${describeArtifact(edge.to)}, ${missing} (${edge.referenceType})`,
      location: artifact.source.locate([...edge.path, 'referenceName']),
    };
  });
}

/** Every cycle found by a depth-first search, each as its path `A -> B -> C -> A`, reported once. */
export function findCycles(
  graph: DependencyGraph,
): { readonly path: readonly string[]; readonly problem: Problem }[] {
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: { key: string; edge?: ReferenceEdge }[] = [];
  const cycles: { path: string[]; problem: Problem }[] = [];
  const label = (key: string): string => {
    const artifact = graph.artifacts.get(key)!;
    return `${artifact.kind} '${artifact.name}'`;
  };
  const visit = (key: string): void => {
    state.set(key, 'visiting');
    for (const edge of graph.edges.get(key) ?? []) {
      const target = artifactKey(edge.to.kind, edge.to.name);
      if (state.get(target) === 'visiting') {
        const start = stack.findIndex((frame) => frame.key === target);
        const members = [...stack.slice(start).map((frame) => frame.key), key];
        const path = [...members.map(label), label(target)];
        const from = graph.artifacts.get(key)!;
        cycles.push({
          path,
          problem: {
            message: `dependency cycle: ${path.join(' -> ')}; ADF cannot create these resources in any order`,
            location: from.source.locate([...edge.path, 'referenceName']),
          },
        });
      } else if (!state.has(target)) {
        stack.push({ key, edge });
        visit(target);
        stack.pop();
      }
    }
    state.set(key, 'done');
  };
  for (const key of graph.artifacts.keys()) if (!state.has(key)) visit(key);
  return cycles;
}

/**
 * Layers for deploying: layer 0 references nothing in the set, layer n only earlier layers. Artifacts within a
 * layer are independent and can be written concurrently. Throws if the graph has a cycle (validate first).
 */
export function deployLayers(graph: DependencyGraph): AdfArtifact[][] {
  const remaining = new Map<string, Set<string>>();
  for (const [key, edges] of graph.edges) {
    remaining.set(
      key,
      new Set(edges.map((edge) => artifactKey(edge.to.kind, edge.to.name)).filter((t) => t !== key)),
    );
  }
  const layers: AdfArtifact[][] = [];
  const placed = new Set<string>();
  while (placed.size < graph.artifacts.size) {
    const ready = [...remaining].filter(
      ([key, deps]) => !placed.has(key) && [...deps].every((d) => placed.has(d)),
    );
    if (ready.length === 0) {
      throw new Error('deployLayers: the dependency graph has a cycle; run findCycles first');
    }
    for (const [key] of ready) placed.add(key);
    layers.push(ready.map(([key]) => graph.artifacts.get(key)!).sort(compareArtifacts));
  }
  return layers;
}

/** Layers for deleting: the deploy layers reversed, so nothing is deleted while something still references it. */
export function deleteLayers(graph: DependencyGraph): AdfArtifact[][] {
  return deployLayers(graph).reverse();
}
