/**
 * What ARM shows around every resource: who created and last changed it, and when (`systemData`, from the stamps
 * the server keeps); and for tracked resources, the envelope a PUT sets (location, tags, kind, identity, sku).
 */
import type { TokenClaims } from '../../core/http.js';
import { stringMap } from './request-values.js';
import type { Actor, Stamps, TrackedRecord } from './store.js';

/** Service principals (client credentials, managed identity) appear as `Application`, as ARM records them. */
export function actorOf(principal: TokenClaims | undefined): Actor {
  if (!principal) return { by: 'sandbox', byType: 'Application' };
  const by = String(principal.appid ?? principal.oid ?? principal.sub);
  return { by, byType: 'Application' };
}

/** What the sandbox itself provisioned (workspaces, computes, datastores) was created by `sandbox`. */
export const SANDBOX_ACTOR: Actor = { by: 'sandbox', byType: 'Application' };

export function newStamps(now: number, actor: Actor): Stamps {
  return { createdAt: now, createdBy: actor, modifiedAt: now, modifiedBy: actor };
}

/** The stamps of a write: a new resource's, or the existing one's creation with this change. */
export function stampsFor(existing: Stamps | undefined, now: number, actor: Actor): Stamps {
  if (!existing) return newStamps(now, actor);
  return { createdAt: existing.createdAt, createdBy: existing.createdBy, modifiedAt: now, modifiedBy: actor };
}

export function touch(stamps: Stamps, now: number, actor: Actor): void {
  stamps.modifiedAt = now;
  stamps.modifiedBy = actor;
}

export const iso = (ms: number) => new Date(ms).toISOString();

export function systemData(stamps: Stamps) {
  return {
    createdAt: iso(stamps.createdAt),
    createdBy: stamps.createdBy.by,
    createdByType: stamps.createdBy.byType,
    lastModifiedAt: iso(stamps.modifiedAt),
    lastModifiedBy: stamps.modifiedBy.by,
    lastModifiedByType: stamps.modifiedBy.byType,
  };
}

/** What the service requires of a tracked resource's PUT body before anything else: location and properties. */
export function envelopeProblems(body: { location?: unknown; properties?: unknown }): string[] {
  const reasons: string[] = [];
  if (typeof body.location !== 'string' || !body.location) reasons.push('The Location field is required.');
  if (!body.properties || typeof body.properties !== 'object')
    reasons.push('The Properties field is required.');
  return reasons;
}

type Envelope = Pick<TrackedRecord, 'location' | 'tags' | 'kind' | 'identity' | 'sku'>;

/** A PUT body's envelope as the service stores it: tags as strings; kind, identity and sku only when given. */
export function envelopeOf(body: {
  location?: unknown;
  tags?: unknown;
  kind?: unknown;
  identity?: unknown;
  sku?: unknown;
}): Envelope {
  return {
    location: String(body.location),
    tags: stringMap(body.tags),
    ...(typeof body.kind === 'string' ? { kind: body.kind } : {}),
    ...(body.identity && typeof body.identity === 'object'
      ? { identity: body.identity as Record<string, unknown> }
      : {}),
    ...(body.sku && typeof body.sku === 'object' ? { sku: body.sku as Record<string, unknown> } : {}),
  };
}

/** The envelope and `systemData` of a tracked resource's view (`identity` as the view shows it). */
export function envelopeView(record: TrackedRecord, identity = record.identity) {
  return {
    location: record.location,
    tags: record.tags,
    ...(record.kind !== undefined ? { kind: record.kind } : {}),
    ...(identity ? { identity } : {}),
    ...(record.sku ? { sku: record.sku } : {}),
    systemData: systemData(record),
  };
}
