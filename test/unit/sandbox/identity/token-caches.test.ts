// The sandbox identity's caches: managed identity tokens reused per identity and resource until near expiry, and
// verified tokens not verified again while their times still hold.
import { describe, expect, it } from '@jest/globals';
import { cachedManagedIdentityTokens } from '../../../../src/sandbox/identity/managed-identity-cache.js';
import { TokenIssuer } from '../../../../src/sandbox/identity/tokens.js';

describe('managed identity tokens', () => {
  function issuer() {
    const issued: string[] = [];
    let fail = false;
    const issue = async (principalId: string, resource: string) => {
      if (fail) throw new Error('authority down');
      const token = `${principalId}|${resource}|${issued.length}`;
      issued.push(token);
      return token;
    };
    return { issued, issue, failNext: (value: boolean) => (fail = value) };
  }

  it('reuses one token per identity and resource until five minutes before it expires', async () => {
    let now = 0;
    const { issued, issue } = issuer();
    const tokens = cachedManagedIdentityTokens(issue, 3600, () => now);
    const first = await tokens('mi-1', 'https://ml.azure.com');
    expect(await tokens('mi-1', 'https://ml.azure.com')).toBe(first);
    expect(await tokens('mi-1', 'https://ml.azure.com/.default')).toBe(first);
    expect(await tokens('mi-2', 'https://ml.azure.com')).not.toBe(first);
    expect(await tokens('mi-1', 'https://management.azure.com')).not.toBe(first);
    expect(issued).toHaveLength(3);
    now = (3600 - 301) * 1000;
    expect(await tokens('mi-1', 'https://ml.azure.com')).toBe(first);
    now = (3600 - 299) * 1000;
    const renewed = await tokens('mi-1', 'https://ml.azure.com');
    expect(renewed).not.toBe(first);
    expect(issued).toHaveLength(4);
  });

  it('renews short-lived tokens at half their lifetime, and does not keep a failure', async () => {
    let now = 0;
    const { issued, issue, failNext } = issuer();
    const tokens = cachedManagedIdentityTokens(issue, 60, () => now);
    failNext(true);
    await expect(tokens('mi', 'r')).rejects.toThrow('authority down');
    failNext(false);
    const token = await tokens('mi', 'r');
    now = 29_000;
    expect(await tokens('mi', 'r')).toBe(token);
    now = 31_000;
    expect(await tokens('mi', 'r')).not.toBe(token);
    expect(issued).toHaveLength(2);
  });
});

describe('verified tokens', () => {
  it('are answered without a second verification while valid, and fail as expired once they are not', async () => {
    let now = Date.parse('2026-01-01T00:00:00Z');
    const issuer = await TokenIssuer.create('https://sandbox.test/tenant/v2.0', () => now);
    const other = await TokenIssuer.create('https://sandbox.test/tenant/v2.0', () => now);
    const token = await issuer.sign({ sub: 'app' }, 'https://ml.azure.com', 600);
    const claims = await issuer.verify(token);
    expect(claims).toMatchObject({ sub: 'app', aud: 'https://ml.azure.com' });
    expect(await issuer.verify(token)).toBe(claims);
    // Another key's signature is checked, not taken from the cache of this issuer.
    await expect(other.verify(token)).rejects.toThrow();
    now += 601_000;
    await expect(issuer.verify(token)).rejects.toMatchObject({ code: 'ERR_JWT_EXPIRED' });
  });

  it('does not take a token that differs in one byte for a verified one', async () => {
    const issuer = await TokenIssuer.create('https://sandbox.test/tenant/v2.0', Date.now);
    const token = await issuer.sign({ sub: 'app' }, 'https://ml.azure.com', 600);
    await issuer.verify(token);
    const [header, payload, signature] = token.split('.');
    const forged = `${header}.${payload}.${signature!.slice(0, -2)}${signature!.endsWith('AA') ? 'BB' : 'AA'}`;
    await expect(issuer.verify(forged)).rejects.toThrow();
  });
});
