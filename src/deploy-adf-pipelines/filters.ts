/**
 * The `include` and `exclude` inputs: patterns `<kind>.<name>` with `*` wildcards, case-insensitive
 * (`pipeline.Score*`, `*.Legacy*`, `trigger.*`). An artifact is deployed when it matches some include pattern (or
 * there are none) and no exclude pattern. A reference from a deployed artifact to a filtered-out one is not an error
 * if the target exists live; `excludedReferenceCheck` gives the hook the graph uses for that.
 */

import { type AdfArtifact, ARTIFACT_KINDS, type ArtifactKind, artifactKey } from '#shared/adf/artifacts.js';
import { ConfigurationError } from '#shared/errors.js';
import type { ReferenceEdge } from './references.js';

export interface ArtifactPattern {
  readonly text: string;
  readonly kind: RegExp;
  readonly name: RegExp;
}

function wildcard(text: string): RegExp {
  const body = text
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${body}$`, 'i');
}

/** Parses one pattern; `input` names the action input in errors. */
export function parsePattern(text: string, input: string): ArtifactPattern {
  const dot = text.indexOf('.');
  const kind = dot < 0 ? '' : text.slice(0, dot);
  const name = dot < 0 ? '' : text.slice(dot + 1);
  if (kind === '' || name === '') {
    throw ConfigurationError.at(
      `Input '${input}'`,
      `'${text}' is not a pattern of the form <kind>.<name> (for example pipeline.Score* or *.Legacy*).`,
      { input },
    );
  }
  const kindPattern = wildcard(kind);
  if (!ARTIFACT_KINDS.some((known) => kindPattern.test(known))) {
    throw ConfigurationError.at(
      `Input '${input}'`,
      `'${text}' names no known kind; the kinds are ${ARTIFACT_KINDS.join(', ')}.`,
      { input },
    );
  }
  return { text, kind: kindPattern, name: wildcard(name) };
}

export function matches(pattern: ArtifactPattern, artifact: { kind: ArtifactKind; name: string }): boolean {
  return pattern.kind.test(artifact.kind) && pattern.name.test(artifact.name);
}

export interface ArtifactFilter {
  readonly include: readonly ArtifactPattern[];
  readonly exclude: readonly ArtifactPattern[];
}

export function parseFilter(
  include: readonly string[] = [],
  exclude: readonly string[] = [],
): ArtifactFilter {
  return {
    include: include.map((text) => parsePattern(text, 'include')),
    exclude: exclude.map((text) => parsePattern(text, 'exclude')),
  };
}

export function isSelected(filter: ArtifactFilter, artifact: { kind: ArtifactKind; name: string }): boolean {
  const included = filter.include.length === 0 || filter.include.some((p) => matches(p, artifact));
  return included && !filter.exclude.some((p) => matches(p, artifact));
}

export interface FilterResult {
  readonly selected: readonly AdfArtifact[];
  readonly excluded: readonly AdfArtifact[];
  /** Include patterns that matched no artifact: a typo should not silently deploy nothing. */
  readonly unusedIncludes: readonly string[];
}

export function applyFilter(filter: ArtifactFilter, artifacts: readonly AdfArtifact[]): FilterResult {
  const selected: AdfArtifact[] = [];
  const excluded: AdfArtifact[] = [];
  for (const artifact of artifacts) (isSelected(filter, artifact) ? selected : excluded).push(artifact);
  const unusedIncludes = filter.include
    .filter((pattern) => !artifacts.some((artifact) => matches(pattern, artifact)))
    .map((pattern) => pattern.text);
  return { selected, excluded, unusedIncludes };
}

/**
 * The `existsOutside` hook for buildGraph/validateArtifacts when deploying a filtered subset: a reference to an
 * artifact that is in the source but filtered out counts as resolved when `existsLive` says the resource exists in
 * the factory (phase 2 answers from the live listing). A reference to something absent from the source entirely
 * stays dangling.
 */
export function excludedReferenceCheck(
  excluded: readonly AdfArtifact[],
  existsLive: (kind: ArtifactKind, name: string) => boolean,
): (edge: ReferenceEdge) => boolean {
  const keys = new Set(excluded.map((artifact) => artifactKey(artifact.kind, artifact.name)));
  return (edge) =>
    keys.has(artifactKey(edge.to.kind, edge.to.name)) && existsLive(edge.to.kind, edge.to.name);
}
