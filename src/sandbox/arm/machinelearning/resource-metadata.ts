/** `systemData` and the stamps behind it: who created and last changed a resource, and when. */
import type { TokenClaims } from '../../core/http.js';
import type { Actor, Stamps } from './store.js';

/** Service principals (client credentials, managed identity) appear as `Application`, as ARM records them. */
export function actorOf(principal: TokenClaims | undefined): Actor {
  if (!principal) return { by: 'sandbox', byType: 'Application' };
  const by = String(principal.appid ?? principal.oid ?? principal.sub);
  return { by, byType: 'Application' };
}

export function newStamps(now: number, actor: Actor): Stamps {
  return { createdAt: now, createdBy: actor, modifiedAt: now, modifiedBy: actor };
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
