/**
 * Desired (source) against live (GET/list) per artifact: create, update, unchanged or delete, with the fields that
 * differ. Both sides are normalised first (normalise.ts), so server-added fields and masked secrets are not changes;
 * a change of a value holding a secret is shown as changed, never with its values.
 */

import { type AdfArtifact, type ArtifactKind, artifactKey, compareArtifacts } from '#shared/adf/artifacts.js';
import type { LiveResource } from '#shared/adf/live-state.js';
import { contentHash, hasSecretValues, normaliseProperties } from '#shared/adf/normalise.js';
import { isRecord } from '#shared/values.js';

export type ChangeKind = 'added' | 'removed' | 'changed';

export interface FieldChange {
  /** `activities[2].typeProperties.url`, relative to `properties`. */
  readonly path: string;
  readonly change: ChangeKind;
  readonly before?: unknown;
  readonly after?: unknown;
  /** The value holds a secret: it changed, and neither side is shown. */
  readonly secret?: true;
}

export type PlanAction = 'create' | 'update' | 'unchanged' | 'delete';

export interface PlanEntry {
  readonly kind: ArtifactKind;
  readonly name: string;
  readonly action: PlanAction;
  readonly changes: readonly FieldChange[];
  /** The desired content hash (absent for deletes). */
  readonly hash?: string;
  /** Why an update has no field changes (secrets ADF cannot show us). */
  readonly reason?: string;
}

export interface DiffOptions {
  /**
   * What to do with a resource whose source sets secret values, which ADF returns masked: `rewrite` (default)
   * treats it as an update every run, so a rotated secret always reaches the factory; `ignore` compares the rest
   * and leaves it unchanged if nothing else differs.
   */
  readonly secrets?: 'rewrite' | 'ignore';
  /**
   * Whether a live resource absent from the source is in scope for deletion (false for resources the include /
   * exclude filters leave out). Default: all are.
   */
  readonly inScope?: (kind: ArtifactKind, name: string) => boolean;
  /**
   * Secret values the source carries (secure template parameters, overrides from the environment): a field change
   * whose value holds one says the field changed and shows neither value (the live one holds the old secret).
   */
  readonly secretValues?: readonly string[];
}

function holdsSecret(value: unknown, secrets: readonly string[]): boolean {
  if (value === undefined || secrets.length === 0) return false;
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return secrets.some((secret) => text.includes(secret));
}

function hideSecrets(changes: FieldChange[], secrets: readonly string[]): FieldChange[] {
  return changes.map((change) =>
    holdsSecret(change.after, secrets) || holdsSecret(change.before, secrets)
      ? { path: change.path, change: change.change, secret: true }
      : change,
  );
}

function joinPath(base: string, segment: string | number): string {
  if (typeof segment === 'number') return `${base}[${segment}]`;
  return base ? `${base}.${segment}` : segment;
}

/** Field-level differences between two normalised values (objects by key, arrays by index). */
export function fieldChanges(before: unknown, after: unknown, path = ''): FieldChange[] {
  if (isRecord(before) && isRecord(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return keys.flatMap((key) => {
      const at = joinPath(path, key);
      if (!(key in before)) return [{ path: at, change: 'added' as const, after: after[key] }];
      if (!(key in after)) return [{ path: at, change: 'removed' as const, before: before[key] }];
      return fieldChanges(before[key], after[key], at);
    });
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const changes: FieldChange[] = [];
    for (let i = 0; i < Math.max(before.length, after.length); i++) {
      const at = joinPath(path, i);
      if (i >= before.length) changes.push({ path: at, change: 'added', after: after[i] });
      else if (i >= after.length) changes.push({ path: at, change: 'removed', before: before[i] });
      else changes.push(...fieldChanges(before[i], after[i], at));
    }
    return changes;
  }
  if (JSON.stringify(before) === JSON.stringify(after)) return [];
  return [{ path: path || '(properties)', change: 'changed', before, after }];
}

export function diffArtifacts(
  desired: readonly AdfArtifact[],
  live: readonly LiveResource[],
  options: DiffOptions = {},
): PlanEntry[] {
  const liveByKey = new Map(live.map((resource) => [artifactKey(resource.kind, resource.name), resource]));
  const desiredKeys = new Set<string>();
  const entries: PlanEntry[] = [];
  for (const artifact of desired) {
    const key = artifactKey(artifact.kind, artifact.name);
    desiredKeys.add(key);
    const hash = contentHash(artifact.kind, artifact.properties);
    const current = liveByKey.get(key);
    const base = { kind: artifact.kind, name: artifact.name, hash };
    if (!current) {
      entries.push({ ...base, action: 'create', changes: [] });
      continue;
    }
    const changes = hideSecrets(
      fieldChanges(
        normaliseProperties(current.kind, current.properties),
        normaliseProperties(artifact.kind, artifact.properties),
      ),
      options.secretValues ?? [],
    );
    if (changes.length > 0) {
      entries.push({ ...base, action: 'update', changes });
    } else if ((options.secrets ?? 'rewrite') === 'rewrite' && hasSecretValues(artifact.properties)) {
      entries.push({
        ...base,
        action: 'update',
        changes: [],
        reason: 'sets secret values, which ADF returns masked and so cannot be compared',
      });
    } else {
      entries.push({ ...base, action: 'unchanged', changes: [] });
    }
  }
  for (const resource of live) {
    const key = artifactKey(resource.kind, resource.name);
    if (desiredKeys.has(key) || resource.kind === 'globalParameters') continue;
    if (options.inScope && !options.inScope(resource.kind, resource.name)) continue;
    entries.push({ kind: resource.kind, name: resource.name, action: 'delete', changes: [] });
  }
  return entries.sort(compareArtifacts);
}

/** Counts per action, for outputs and the summary line. */
export function summarisePlan(entries: readonly PlanEntry[]): Record<PlanAction, number> {
  const counts: Record<PlanAction, number> = { create: 0, update: 0, unchanged: 0, delete: 0 };
  for (const entry of entries) counts[entry.action]++;
  return counts;
}
