/**
 * Signing and verifying the sandbox's JWTs: Entra access tokens (checked by the ARM emulator and the data plane)
 * and the runner's OIDC ID tokens (checked by the Entra token endpoint as client assertions). Keys are generated
 * at start; `jose` does the cryptography.
 */
import { randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair, type JWK, jwtVerify, SignJWT } from 'jose';

type CryptoKey = Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];

import type { TokenClaims } from '../core/http.js';

export class TokenIssuer {
  private constructor(
    readonly issuer: string,
    private readonly privateKey: CryptoKey,
    private readonly publicKey: CryptoKey,
    readonly jwk: JWK,
    private readonly clock: () => number,
  ) {}

  static async create(issuer: string, clock: () => number): Promise<TokenIssuer> {
    const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
    const jwk = { ...(await exportJWK(publicKey)), kid: randomUUID(), use: 'sig', alg: 'RS256' };
    return new TokenIssuer(issuer, privateKey, publicKey, jwk, clock);
  }

  async sign(claims: Record<string, unknown>, audience: string, lifetimeSeconds: number): Promise<string> {
    const now = Math.floor(this.clock() / 1000);
    return new SignJWT({ ...claims })
      .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: this.jwk.kid! })
      .setIssuer(this.issuer)
      .setAudience(audience)
      .setIssuedAt(now)
      .setNotBefore(now - 60)
      .setExpirationTime(now + lifetimeSeconds)
      .setJti(randomUUID())
      .sign(this.privateKey);
  }

  /** Verifies signature, issuer and expiry; the audience is the caller's to check (its error says which it wanted). */
  async verify(token: string): Promise<TokenClaims> {
    const { payload } = await jwtVerify(token, this.publicKey, {
      issuer: this.issuer,
      currentDate: new Date(this.clock()),
      algorithms: ['RS256'],
    });
    const aud = Array.isArray(payload.aud) ? payload.aud[0] : payload.aud;
    return {
      ...payload,
      aud: aud ?? '',
      iss: payload.iss ?? '',
      sub: payload.sub ?? '',
      exp: payload.exp ?? 0,
    } as TokenClaims;
  }
}

/** Audiences compare without a trailing slash or `/.default`, as Entra issues them. */
export function normaliseAudience(value: string): string {
  return value
    .replace(/\/\.default$/, '')
    .replace(/\/+$/, '')
    .toLowerCase();
}
