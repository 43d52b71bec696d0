/**
 * Desired (source) against live (GET/list) per artifact: create, update, unchanged or delete, with the fields that
 * differ. Both sides are normalised first (normalise.ts), so server-added fields and masked secrets are not changes;
 * a change that touches a secret (a value this run supplies from a secret, a field set from one, a SecureString or
 * Key Vault reference, an inline connection-string secret) is shown as changed, never with either value: the old one
 * is the factory's live secret, and it is handed to the masker before anything prints.
 */

import { type AdfArtifact, type ArtifactKind, artifactKey, compareArtifacts } from '#shared/adf/artifacts.js';
import type { LiveResource } from '#shared/adf/live-state.js';
import {
  canonicalText,
  hashOfCanonicalText,
  hasSecretValues,
  normaliseProperties,
} from '#shared/adf/normalise.js';
import { connectionStringSecrets } from '#shared/secrets.js';
import { parseJsonPath } from '#shared/templates.js';
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
  /** Fields that hold a secret whatever their value (set from a secret): a change of one shows neither side. */
  readonly secretFields?: readonly SecretField[];
  /** Takes each string of a hidden change's old and new value, so the caller masks it before anything prints. */
  readonly mask?: (value: string) => void;
}

/** A field of an artifact's `properties` that holds a secret, whatever its value: `typeProperties.password`. */
export interface SecretField {
  readonly kind: ArtifactKind;
  readonly name: string;
  /** Relative to `properties`, as field changes name it (`pipelines[0].parameters.key`). */
  readonly path: string;
}

/** Objects whose content is a secret or names one: ADF's SecureString and its Key Vault secret reference. */
const SECRET_TYPES: ReadonlySet<string> = new Set(['SecureString', 'AzureKeyVaultSecret']);
/** Keys of a secret object that are structure, not secret: masking them would blank names all over the log. */
const STRUCTURAL_KEYS: ReadonlySet<string> = new Set(['type', 'referenceName']);

function holdsSecret(value: unknown, secrets: readonly string[]): boolean {
  if (value === undefined) return false;
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  // An inline `Password=...` is a secret even when this run no longer supplies it (the live side of a removal).
  return secrets.some((secret) => text.includes(secret)) || connectionStringSecrets(text).length > 0;
}

/** The paths of the secret objects inside `value` (SecureString, Key Vault references). */
function secretObjects(value: unknown, path = '', found: string[] = []): string[] {
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      secretObjects(item, joinPath(path, index), found);
    });
  } else if (isRecord(value)) {
    if (typeof value.type === 'string' && SECRET_TYPES.has(value.type)) found.push(path);
    else for (const [key, item] of Object.entries(value)) secretObjects(item, joinPath(path, key), found);
  }
  return found;
}

/** `inner` is `outer` or inside it. */
function within(inner: string, outer: string): boolean {
  return (
    outer === '' ||
    inner === outer ||
    (inner.startsWith(outer) && (inner[outer.length] === '.' || inner[outer.length] === '['))
  );
}

/**
 * The strings of `value` that may be (part of) a secret, for the masker. Numbers and booleans are left alone: masking
 * `true` or `8` would blank them all over the log, and a secret read from the environment is a string.
 */
function secretStrings(value: unknown, key?: string, found: string[] = []): string[] {
  if (typeof value === 'string') {
    if (!(key && STRUCTURAL_KEYS.has(key)) && !/^\**$/.test(value)) found.push(value);
  } else if (Array.isArray(value)) {
    for (const item of value) secretStrings(item, key, found);
  } else if (isRecord(value)) {
    for (const [inner, item] of Object.entries(value)) secretStrings(item, inner, found);
  }
  return found;
}

/** The part of a change's value that lies at `secretPath` (the change is at `changePath`, an ancestor of it). */
function valueBelow(value: unknown, changePath: string, secretPath: string): unknown {
  const rest = parseJsonPath(secretPath.slice(changePath.length).replace(/^\./, ''));
  if (typeof rest === 'string') return value;
  let current = value;
  for (const segment of rest) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

/**
 * Hides both sides of every change that touches a secret: a value holding a secret this run supplies (or an inline
 * connection-string secret), a field set from a secret (`secretPaths`), or a SecureString / Key Vault reference on
 * either side. The old and new strings of each hidden part go to `mask` first, so the old live value is masked in
 * the log too before anything prints.
 */
function hideSecrets(
  changes: FieldChange[],
  secrets: readonly string[],
  secretPaths: readonly string[],
  mask: (value: string) => void,
): FieldChange[] {
  return changes.map((change) => {
    const byValue = holdsSecret(change.before, secrets) || holdsSecret(change.after, secrets);
    const paths = secretPaths.filter((path) => within(change.path, path) || within(path, change.path));
    if (!byValue && paths.length === 0) return change;
    for (const side of [change.before, change.after]) {
      if (byValue || paths.some((path) => within(change.path, path))) {
        for (const text of secretStrings(side)) mask(text);
      } else {
        for (const path of paths)
          for (const text of secretStrings(valueBelow(side, change.path, path))) mask(text);
      }
    }
    return { path: change.path, change: change.change, secret: true };
  });
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
    // Each side is normalised once and serialised once: the desired text is the hash's, and equal texts (the
    // usual case on a redeploy) mean no field changes, so the walks below run only for what differs.
    const after = normaliseProperties(artifact.kind, artifact.properties);
    const afterText = canonicalText(after);
    const hash = hashOfCanonicalText(afterText);
    const current = liveByKey.get(key);
    const base = { kind: artifact.kind, name: artifact.name, hash };
    if (!current) {
      entries.push({ ...base, action: 'create', changes: [] });
      continue;
    }
    const before = normaliseProperties(current.kind, current.properties);
    const changes =
      canonicalText(before) === afterText
        ? []
        : hideSecrets(
            fieldChanges(before, after),
            options.secretValues ?? [],
            [
              ...(options.secretFields ?? [])
                .filter((field) => artifactKey(field.kind, field.name) === key)
                .map((field) => field.path),
              ...secretObjects(before),
              ...secretObjects(after),
            ],
            options.mask ?? (() => undefined),
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
