/**
 * The dependency graph as the plan shows it, so a reviewer sees why a resource waits for another:
 *
 * - `edges`: every reference between the deployed artifacts (`pipeline:pl_a -> dataset:ds_x`), from the same
 *   reference walk the deployment orders itself by (dependency-graph.ts);
 * - `deployOrder`: the writes in waves. Wave 1 references nothing else that is written; wave n waits for something
 *   in wave n-1. (apply.ts starts each write as soon as what it references is written, without waiting for a whole
 *   wave: the waves are the order's shape, not barriers.)
 * - `deleteOrder`: the deletes in waves, the other way round (what is referenced goes after what references it).
 *
 * And the job summary's picture of it: a Mermaid flowchart of what changes and what it depends on (GitHub renders
 * Mermaid in job summaries), bounded to MERMAID_NODE_LIMIT nodes and collapsed when large.
 */
import { type AdfArtifact, artifactKey, compareArtifacts } from '#shared/adf/artifacts.js';
import type { LiveResource } from '#shared/adf/live-state.js';
import { buildGraph, type DependencyGraph } from './dependency-graph.js';
import type { PlanAction, PlanEntry } from './diff.js';

/** `kind:name`, as the plan file names resources. */
export type ResourceLabel = string;

export interface PlanEdge {
  readonly from: ResourceLabel;
  readonly to: ResourceLabel;
  /** How `from` references `to` (`DatasetReference`, `parent` for a managed private endpoint's network). */
  readonly reference: string;
}

export interface PlanDependencies {
  readonly edges: readonly PlanEdge[];
  readonly deployOrder: readonly (readonly ResourceLabel[])[];
  readonly deleteOrder: readonly (readonly ResourceLabel[])[];
}

const label = (artifact: { kind: string; name: string }): ResourceLabel =>
  `${artifact.kind}:${artifact.name}`;

/** Waves over the artifacts of `graph`: each artifact one wave after the latest of those it must wait for. */
function waves(graph: DependencyGraph, direction: 'deploy' | 'delete'): ResourceLabel[][] {
  const waitsFor = new Map<string, Set<string>>();
  for (const key of graph.artifacts.keys()) waitsFor.set(key, new Set());
  for (const [from, edges] of graph.edges) {
    for (const edge of edges) {
      const to = artifactKey(edge.to.kind, edge.to.name);
      if (to === from) continue;
      if (direction === 'deploy') waitsFor.get(from)!.add(to);
      else waitsFor.get(to)!.add(from);
    }
  }
  const wave = new Map<string, number>();
  const visiting = new Set<string>();
  const depth = (key: string): number => {
    const known = wave.get(key);
    if (known !== undefined) return known;
    // A cycle is refused by validation before any plan; guard anyway rather than recurse forever.
    if (visiting.has(key)) return 0;
    visiting.add(key);
    let value = 0;
    for (const other of waitsFor.get(key)!) value = Math.max(value, depth(other) + 1);
    visiting.delete(key);
    wave.set(key, value);
    return value;
  };
  const result: ResourceLabel[][] = [];
  for (const [key, artifact] of graph.artifacts) {
    const index = depth(key);
    while (result.length <= index) result.push([]);
    result[index]!.push(label(artifact));
  }
  return result;
}

export function planDependencies(
  desired: readonly AdfArtifact[],
  entries: readonly PlanEntry[],
  liveToDelete: readonly LiveResource[],
): PlanDependencies {
  const graph = buildGraph(desired);
  const edges: PlanEdge[] = [];
  for (const [key, artifact] of graph.artifacts) {
    const seen = new Set<string>();
    for (const edge of graph.edges.get(key) ?? []) {
      const to = label(edge.to);
      if (seen.has(to.toLowerCase()) || artifactKey(edge.to.kind, edge.to.name) === key) continue;
      seen.add(to.toLowerCase());
      const target = graph.artifacts.get(artifactKey(edge.to.kind, edge.to.name));
      edges.push({ from: label(artifact), to: target ? label(target) : to, reference: edge.referenceType });
    }
  }
  const written = new Set(
    entries
      .filter((e) => e.action === 'create' || e.action === 'update')
      .map((e) => artifactKey(e.kind, e.name)),
  );
  const deployGraph = buildGraph(desired.filter((a) => written.has(artifactKey(a.kind, a.name))));
  const deleteGraph = buildGraph(
    [...liveToDelete].sort(compareArtifacts).map((r) => ({
      ...r,
      source: { file: '(factory)', locate: () => ({ file: '(factory)' }), nameAt: { file: '(factory)' } },
    })),
  );
  return { edges, deployOrder: waves(deployGraph, 'deploy'), deleteOrder: waves(deleteGraph, 'delete') };
}

/** The most nodes the summary's flowchart draws; beyond them it says how many it left out. */
export const MERMAID_NODE_LIMIT = 60;
/** Up to this many nodes the flowchart is shown open; more, and it is collapsed. */
export const MERMAID_OPEN_LIMIT = 15;

/**
 * A node label Mermaid shows as written: inside `["..."]` quotes; `"` and the characters Mermaid or markdown would
 * read (`<`, `>`, `&`, `#`, backticks) are written as Mermaid's `#code;` entities.
 */
export function mermaidLabel(text: string): string {
  return `"${text.replace(/[#"<>&`]/g, (char) => `#${char.charCodeAt(0)};`)}"`;
}

const STYLE: Readonly<Record<PlanAction, string>> = {
  create: 'fill:#e6ffed,stroke:#2da44e',
  update: 'fill:#fff8c5,stroke:#bf8700',
  delete: 'fill:#ffebe9,stroke:#cf222e',
  unchanged: 'fill:#f6f8fa,stroke:#8c959f',
};

const SIGN: Readonly<Record<PlanAction, string>> = { create: '+', update: '~', delete: '-', unchanged: '=' };

export interface MermaidChart {
  readonly text: string;
  readonly nodes: number;
  /** Nodes that would have been drawn beyond the limit. */
  readonly omitted: number;
}

/**
 * What changes (created, updated, deleted when delete-orphans is on) and what it depends on directly, as a
 * left-to-right flowchart; an arrow points from a resource to what it references. Undefined when nothing changes.
 */
export function mermaidChart(
  entries: readonly PlanEntry[],
  dependencies: Pick<PlanDependencies, 'edges'>,
  options: { readonly deleteOrphans: boolean; readonly limit?: number },
): MermaidChart | undefined {
  const limit = options.limit ?? MERMAID_NODE_LIMIT;
  const actionOf = new Map(entries.map((e) => [label(e).toLowerCase(), e.action]));
  const changed = entries.filter(
    (e) => e.action === 'create' || e.action === 'update' || (e.action === 'delete' && options.deleteOrphans),
  );
  if (changed.length === 0) return undefined;
  const wanted: ResourceLabel[] = [];
  const add = (name: ResourceLabel) => {
    if (!wanted.some((w) => w.toLowerCase() === name.toLowerCase())) wanted.push(name);
  };
  for (const entry of changed) add(label(entry));
  const changedKeys = new Set(changed.map((e) => label(e).toLowerCase()));
  const relevant = dependencies.edges.filter((e) => changedKeys.has(e.from.toLowerCase()));
  for (const edge of relevant) add(edge.to);
  const drawn = wanted.slice(0, limit);
  const ids = new Map(drawn.map((name, index) => [name.toLowerCase(), `n${index + 1}`]));
  const lines = ['flowchart LR'];
  for (const name of drawn) {
    const action = actionOf.get(name.toLowerCase()) ?? 'unchanged';
    lines.push(`  ${ids.get(name.toLowerCase())}[${mermaidLabel(`${SIGN[action]} ${name}`)}]:::${action}`);
  }
  for (const edge of relevant) {
    const from = ids.get(edge.from.toLowerCase());
    const to = ids.get(edge.to.toLowerCase());
    if (from && to) lines.push(`  ${from} --> ${to}`);
  }
  for (const [action, style] of Object.entries(STYLE)) lines.push(`  classDef ${action} ${style}`);
  return { text: lines.join('\n'), nodes: drawn.length, omitted: wanted.length - drawn.length };
}
