/**
 * The comparable form of a resource body, so that "what the source says" and "what GET returns" are equal when
 * nothing would change:
 *
 * - Only `properties` is compared: the envelope's `id`, `type`, `etag` (and `name`, compared case-insensitively by
 *   identity) are the service's.
 * - Read-only or server-managed fields are dropped on both sides: `lastPublishTime` (any kind); a trigger's
 *   `runtimeState` (started/stopped is managed by start/stop, not PUT; trigger-mode decides it); an integration
 *   runtime's `state`; a managed virtual network's `vNetId` and `alias`; a managed private endpoint's
 *   `provisioningState`, `connectionState`, `fqdns` and `isReserved`; a change data capture's `status` (running or
 *   stopped: its start/stop manage it, as they do a trigger's runtime state); a linked service's
 *   `encryptedCredential` (encrypted with the runtime's key, not comparable).
 * - Empty `annotations` (ADF returns `[]` where the source may omit it) are dropped.
 * - Secret values: ADF never returns them; GET shows `{ type: 'SecureString', value: '**********' }`. Both sides'
 *   SecureString values are replaced by SECRET_PLACEHOLDER, so a masked value never shows up as a change and a
 *   secret never reaches a plan, a hash or a log. Whether a resource carrying secrets is rewritten anyway is the
 *   diff's `secrets` option (diff.ts).
 * - Keys are sorted recursively (canonical JSON); array order is kept (it is meaningful in activities).
 */
import { createHash } from 'node:crypto';
import { isRecord } from '../values.js';
import type { ArtifactKind } from './artifacts.js';

export const SECRET_PLACEHOLDER = '<secret>';

const DROPPED: Readonly<Partial<Record<ArtifactKind, readonly string[]>>> = {
  trigger: ['runtimeState'],
  integrationRuntime: ['state'],
  managedVirtualNetwork: ['vNetId', 'alias'],
  managedPrivateEndpoint: ['provisioningState', 'connectionState', 'fqdns', 'isReserved'],
  linkedService: ['encryptedCredential'],
  credential: ['encryptedCredential'],
  changeDataCapture: ['status'],
};

const DROPPED_EVERYWHERE = ['lastPublishTime'];

/** Sorted keys at every level, secrets replaced; `undefined` members removed. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (!isRecord(value)) return value;
  const secret = value.type === 'SecureString' && 'value' in value;
  const result: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    if (secret && key === 'value') result[key] = SECRET_PLACEHOLDER;
    else if (value[key] !== undefined) result[key] = canonical(value[key]);
  }
  return result;
}

/** The comparable form of a kind's `properties` (see the module comment for what is dropped and why). */
export function normaliseProperties(
  kind: ArtifactKind,
  properties: Record<string, unknown>,
): Record<string, unknown> {
  const dropped = new Set([...DROPPED_EVERYWHERE, ...(DROPPED[kind] ?? [])]);
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(properties)) {
    if (dropped.has(key)) continue;
    // The top-level `encryptedCredential` of a linked service may also sit under typeProperties.
    if (key === 'typeProperties' && isRecord(value) && dropped.has('encryptedCredential')) {
      const { encryptedCredential: _, ...rest } = value;
      kept[key] = rest;
      continue;
    }
    if (key === 'annotations' && Array.isArray(value) && value.length === 0) continue;
    kept[key] = value;
  }
  return canonical(kept) as Record<string, unknown>;
}

/** Canonical JSON text: sorted keys, no whitespace. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(canonical(value));
}

/** `sha256:<hex>` of the normalised properties: equal for equal content, free of secrets (they are placeholders). */
export function contentHash(kind: ArtifactKind, properties: Record<string, unknown>): string {
  return hashOfCanonicalText(canonicalText(normaliseProperties(kind, properties)));
}

/**
 * The canonical JSON text of a value `normaliseProperties` returned: its keys are already sorted and its secrets
 * already placeholders, so it is serialised as it is, without a second canonical pass. Two normalised values are
 * equal (the diff finds no field change) exactly when their texts are.
 */
export function canonicalText(normalised: Record<string, unknown>): string {
  return JSON.stringify(normalised);
}

/** `contentHash` of a normalised value's canonical text (`canonicalText`). */
export function hashOfCanonicalText(text: string): string {
  return `sha256:${createHash('sha256').update(text).digest('hex')}`;
}

/** Whether the body carries a SecureString with a real (not masked) value: ADF cannot tell us if it changed. */
export function hasSecretValues(properties: unknown): boolean {
  if (Array.isArray(properties)) return properties.some(hasSecretValues);
  if (!isRecord(properties)) return false;
  if (
    properties.type === 'SecureString' &&
    typeof properties.value === 'string' &&
    !/^\*+$/.test(properties.value)
  ) {
    return true;
  }
  return Object.values(properties).some(hasSecretValues);
}
