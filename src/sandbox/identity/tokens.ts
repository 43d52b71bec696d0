/**
 * Signing and verifying the sandbox's JWTs: Entra access tokens (checked by the ARM emulator and the data plane)
 * and the runner's OIDC ID tokens (checked by the Entra token endpoint as client assertions). Keys are generated
 * at start; `jose` does the cryptography.
 */
import { randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair, type JWK, type JWTPayload, jwtVerify, SignJWT } from 'jose';

type CryptoKey = Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];

import type { TokenClaims } from '../core/http.js';

/** Verified tokens remembered at most (the oldest is forgotten first). */
const VERIFIED_TOKENS_KEPT = 1000;

export class TokenIssuer {
  private readonly verified = new Map<string, TokenClaims>();

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

  /**
   * Verifies signature, issuer and expiry; the audience is the caller's to check (its error says which it wanted).
   * A token whose signature was verified before is not verified again (the same bytes, the same answer: an RSA
   * check per request was a visible share of the sandbox's CPU); its times are checked on every call, and a token
   * outside them goes through the full verification, which gives jose's error.
   */
  async verify(token: string): Promise<TokenClaims> {
    const known = this.verified.get(token);
    const now = Math.floor(this.clock() / 1000);
    const notBefore = typeof known?.nbf === 'number' ? known.nbf : 0;
    if (known && now < known.exp && now >= notBefore) return known;
    this.verified.delete(token);
    const { payload } = await jwtVerify(token, this.publicKey, {
      issuer: this.issuer,
      currentDate: new Date(this.clock()),
      algorithms: ['RS256'],
    });
    const claims = Object.freeze(this.#claims(payload));
    if (this.verified.size >= VERIFIED_TOKENS_KEPT) {
      this.verified.delete(this.verified.keys().next().value!);
    }
    this.verified.set(token, claims);
    return claims;
  }

  #claims(payload: JWTPayload): TokenClaims {
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
