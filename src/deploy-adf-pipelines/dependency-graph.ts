/**
 * The dependency graph of a factory, built from the references in the artifacts (never from names or dependsOn):
 * dangling references, cycles with their path, and a bounded-concurrency schedule: for deploys every artifact after
 * everything it references, for deletes the reverse. Names are compared case-insensitively, as ADF does.
 */
import {
  type AdfArtifact,
  type ArtifactKind,
  artifactKey,
  compareArtifacts,
  describeArtifact,
} from '#shared/adf/artifacts.js';
import type { DocumentPath } from '#shared/json-documents.js';
import { suggest } from '#shared/suggest.js';
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

/** What holds each kind of named element, as a message names it (`activity 'Copy'`, `source 'Input'`). */
const ELEMENT_OF: readonly (readonly [RegExp, string])[] = [
  [/activities$/i, 'activity'],
  [/^sources$/, 'source'],
  [/^sinks$/, 'sink'],
  [/^transformations$/, 'transformation'],
];

/**
 * The named elements a reference sits in, outermost first: `activity 'Score' (inside 'For each use case')` for a
 * reference in an activity nested in a ForEach, `source 'Input'` in a data flow; undefined at the artifact's top.
 */
export function referenceHolder(properties: unknown, path: DocumentPath): string | undefined {
  const named: { what: string; name: string }[] = [];
  let current: unknown = properties;
  let key: string | undefined;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') break;
    const next = (current as Record<string | number, unknown>)[segment];
    if (Array.isArray(current) && typeof segment === 'number' && key !== undefined) {
      const what = ELEMENT_OF.find(([pattern]) => pattern.test(key!))?.[1];
      const name = (next as { name?: unknown } | undefined)?.name;
      if (what && typeof name === 'string') named.push({ what, name });
    }
    if (typeof segment === 'string') key = segment;
    current = next;
  }
  const inner = named.at(-1);
  if (!inner) return undefined;
  const outer = named.slice(0, -1).map((n) => `'${n.name}'`);
  return `${inner.what} '${inner.name}'${outer.length ? ` (inside ${outer.join(' > ')})` : ''}`;
}

/**
 * @param excluded keys of artifacts in the source that the include/exclude filters leave out: a reference to one
 * of them is dangling only because it does not exist live either, and the message says so.
 */
export function danglingProblems(
  graph: DependencyGraph,
  excluded: ReadonlySet<string> = new Set(),
): Problem[] {
  const known = new Map<ArtifactKind, Map<string, string>>();
  for (const artifact of graph.artifacts.values()) {
    const names = known.get(artifact.kind) ?? new Map<string, string>();
    names.set(artifact.name.toLowerCase(), artifact.name);
    known.set(artifact.kind, names);
  }
  return graph.dangling.map((edge) => {
    const artifact = graph.artifacts.get(artifactKey(edge.from.kind, edge.from.name))!;
    const filtered = excluded.has(artifactKey(edge.to.kind, edge.to.name));
    const missing = filtered
      ? 'which the include/exclude filters leave out and which does not exist in the factory'
      : 'which does not exist in the source';
    const names = known.get(edge.to.kind);
    const guess = filtered || !names ? undefined : suggest(edge.to.name, [...names.keys()]);
    const holder = referenceHolder(artifact.properties, edge.path);
    return {
      message: `${describeArtifact(edge.from)}${holder ? `, ${holder},` : ''} references ${describeArtifact(edge.to)}, ${missing} (${edge.referenceType})${guess ? `; did you mean '${names!.get(guess)}'?` : ''}`,
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

export type ScheduleDirection = 'deploy' | 'delete';

/**
 * Runs `work` over every artifact of `graph` with at most `limit` in flight, in dependency order without layer
 * barriers: for `deploy` an artifact starts as soon as every artifact it references has succeeded; for `delete`, as
 * soon as every artifact referencing it has been deleted. (Layers would make a whole layer wait for its slowest
 * write.) Once `stopped()` is true, or an artifact fails (`work` resolves false), nothing new is dispatched and the
 * work in flight is awaited; what depends on a failure never starts. Throws if the graph has a cycle (validate
 * first), or with the first error `work` throws, once nothing is in flight.
 */
export async function runInDependencyOrder(
  graph: DependencyGraph,
  direction: ScheduleDirection,
  limit: number,
  stopped: () => boolean,
  work: (artifact: AdfArtifact) => Promise<boolean>,
): Promise<void> {
  const waitingOn = new Map<string, Set<string>>();
  const unblocks = new Map<string, string[]>();
  for (const key of graph.artifacts.keys()) {
    waitingOn.set(key, new Set());
    unblocks.set(key, []);
  }
  for (const [from, edges] of graph.edges) {
    for (const edge of edges) {
      const to = artifactKey(edge.to.kind, edge.to.name);
      if (to === from) continue;
      const [first, then] = direction === 'deploy' ? [to, from] : [from, to];
      if (waitingOn.get(then)!.has(first)) continue;
      waitingOn.get(then)!.add(first);
      unblocks.get(first)!.push(then);
    }
  }
  // Ready artifacts in compareArtifacts order (the order of graph.artifacts), then as they are released.
  const ready = [...waitingOn].filter(([, on]) => on.size === 0).map(([key]) => key);
  const pending = new Set(graph.artifacts.keys());
  let running = 0;
  let failedOne = false;
  let thrown: { error: unknown } | undefined;
  await new Promise<void>((resolve) => {
    const pump = (): void => {
      while (running < limit && ready.length > 0 && !failedOne && !thrown && !stopped()) {
        const key = ready.shift()!;
        pending.delete(key);
        running++;
        work(graph.artifacts.get(key)!).then(
          (ok) => finish(key, ok),
          (error: unknown) => {
            thrown ??= { error };
            finish(key, false);
          },
        );
      }
      if (running === 0) resolve();
    };
    const finish = (key: string, ok: boolean): void => {
      running--;
      if (!ok) failedOne = true;
      else {
        for (const next of unblocks.get(key)!) {
          const on = waitingOn.get(next)!;
          on.delete(key);
          if (on.size === 0) ready.push(next);
        }
      }
      pump();
    };
    pump();
  });
  if (thrown) throw thrown.error;
  if (!failedOne && !stopped() && pending.size > 0) {
    throw new Error('runInDependencyOrder: the dependency graph has a cycle; run findCycles first');
  }
}
