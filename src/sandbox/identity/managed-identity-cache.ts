/**
 * Managed identity tokens as a factory's runtime holds them: one per identity and resource, reused until it is near
 * its expiry, then a new one (ADF's Web activity and linked services do not ask Entra again for every call, and
 * the Azure SDKs renew within five minutes of expiry). Tokens keep real time (core/clock.ts), so does this cache.
 */

/** Renewed when less than this is left, or half the lifetime when tokens live shorter. */
const RENEW_BEFORE_MS = 5 * 60_000;

export type IssueToken = (principalId: string, resource: string) => Promise<string>;

export function cachedManagedIdentityTokens(
  issue: IssueToken,
  lifetimeSeconds: number,
  now: () => number = Date.now,
): IssueToken {
  const tokens = new Map<string, { readonly token: Promise<string>; readonly renewAt: number }>();
  const margin = Math.min(RENEW_BEFORE_MS, (lifetimeSeconds * 1000) / 2);
  return (principalId, resource) => {
    const key = `${principalId}\n${resource.replace(/\/\.default$/, '')}`;
    const cached = tokens.get(key);
    if (cached && now() < cached.renewAt) return cached.token;
    const token = issue(principalId, resource);
    tokens.set(key, { token, renewAt: now() + lifetimeSeconds * 1000 - margin });
    // A failed issue is not kept: the next call asks again.
    token.catch(() => {
      if (tokens.get(key)?.token === token) tokens.delete(key);
    });
    return token;
  };
}
