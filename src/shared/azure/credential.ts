/**
 * The one credential chain every action uses. `@azure/identity` is loaded only when a credential is built, so an
 * action that fails on its inputs never pays for it.
 */
import type { TokenCredential } from '@azure/core-auth';
import { ConfigurationError, withContext } from '../errors.js';
import type { Logger } from '../logger.js';
import type { Cloud } from './clouds.js';
import type { AuthMode, AuthSettings } from './settings.js';

/** The audience Entra expects on a federated credential's assertion. */
export const RUNNER_TOKEN_AUDIENCE = 'api://AzureADTokenExchange';

/**
 * How long a runner ID token is reused as the client assertion. Entra accepts GitHub's tokens for five minutes
 * (AADSTS700024 reports show `valid from 17:04:47 ... expiry 17:09:47`), so four leaves a minute of margin.
 */
export const ID_TOKEN_MAX_AGE_MS = 4 * 60 * 1000;

/** Refresh this long before a token's own `exp`, should the runner ever issue shorter-lived tokens. */
const EXPIRY_MARGIN_MS = 60 * 1000;

export type Environment = Readonly<Record<string, string | undefined>>;

export interface CredentialDeps {
  readonly env: Environment;
  /** Fetches the runner's OIDC ID token for an audience; `core.getIDToken` in production (it masks the token). */
  readonly requestIdToken: (audience: string) => Promise<string>;
  readonly logger: Logger;
  readonly clock?: () => number;
  /** Trust store for the authority (see `loadCaCertificates`). */
  readonly caCertificates?: readonly string[];
}

export type ResolvedAuthMode = Exclude<AuthMode, 'auto'>;

export interface AuthChoice {
  readonly mode: ResolvedAuthMode;
  readonly reason: string;
}

/** What `auth: auto` resolves to, from the settings and the environment alone. */
export function chooseAuthMode(auth: AuthSettings, env: Environment): AuthChoice {
  if (auth.mode !== 'auto') return { mode: auth.mode, reason: `auth is ${auth.mode}` };
  if (auth.clientSecret) return { mode: 'client-secret', reason: 'a client-secret is given' };
  const hasIdentity = Boolean(auth.clientId && auth.tenantId);
  const hasRunnerToken = Boolean(env.ACTIONS_ID_TOKEN_REQUEST_URL);
  if (hasIdentity && hasRunnerToken) {
    return {
      mode: 'oidc',
      reason: 'client-id and tenant-id are given and the runner offers an OIDC ID token',
    };
  }
  const missedOidc = hasIdentity
    ? ' (client-id and tenant-id are given, but the job has no `permissions: id-token: write`, so OIDC is unavailable)'
    : '';
  if (env.IDENTITY_ENDPOINT || env.MSI_ENDPOINT) {
    return { mode: 'managed-identity', reason: `a managed identity endpoint is present${missedOidc}` };
  }
  return {
    mode: 'azure-cli',
    reason: `no secret, OIDC token or managed identity endpoint was found${missedOidc}`,
  };
}

/** Builds the credential for the chosen mode; validation errors name the input at fault. */
export async function createCredential(
  auth: AuthSettings,
  cloud: Cloud,
  deps: CredentialDeps,
): Promise<TokenCredential> {
  const choice = chooseAuthMode(auth, deps.env);
  const message = `Azure authentication: ${choice.mode} (${choice.reason}); authority ${cloud.authorityHost}`;
  // What `auto` picked is worth seeing in every log; an explicit mode only when debugging.
  if (auth.mode === 'auto') deps.logger.info(message);
  else deps.logger.debug(message);

  const tls = deps.caCertificates ? { tlsOptions: { ca: [...deps.caCertificates] } } : {};
  const base = { authorityHost: cloud.authorityHost, ...tls };
  // Needed for any authority MSAL does not know (see Cloud.isPublicAuthority).
  const authority = { ...base, ...(cloud.isPublicAuthority ? {} : { disableInstanceDiscovery: true }) };

  switch (choice.mode) {
    case 'oidc': {
      const { tenantId, clientId } = requireIdentity(auth, 'oidc');
      requireRunnerToken(deps.env);
      const assertion = createRunnerAssertion(deps.requestIdToken, deps.clock ?? Date.now, deps.logger);
      const { ClientAssertionCredential } = await import('@azure/identity');
      return new ClientAssertionCredential(tenantId, clientId, assertion, authority);
    }
    case 'client-secret': {
      const { tenantId, clientId } = requireIdentity(auth, 'client-secret');
      if (!auth.clientSecret) {
        throw new ConfigurationError('auth: client-secret needs client-secret (keep it in a GitHub secret)', {
          input: 'client-secret',
        });
      }
      const { ClientSecretCredential } = await import('@azure/identity');
      return new ClientSecretCredential(tenantId, clientId, auth.clientSecret, authority);
    }
    case 'managed-identity': {
      const { ManagedIdentityCredential } = await import('@azure/identity');
      // A client id selects a user-assigned identity; without one the system-assigned identity is used.
      return new ManagedIdentityCredential({
        ...base,
        ...(auth.clientId ? { clientId: auth.clientId } : {}),
      });
    }
    case 'azure-cli': {
      const { AzureCliCredential } = await import('@azure/identity');
      // The CLI talks to whatever cloud `az cloud set` chose; the authority options do not apply to it.
      return new AzureCliCredential(auth.tenantId ? { tenantId: auth.tenantId } : {});
    }
  }
}

function requireIdentity(auth: AuthSettings, mode: ResolvedAuthMode): { tenantId: string; clientId: string } {
  if (!auth.tenantId) {
    throw new ConfigurationError(`auth: ${mode} needs tenant-id (the Microsoft Entra tenant id)`, {
      input: 'tenant-id',
    });
  }
  if (!auth.clientId) {
    throw new ConfigurationError(
      `auth: ${mode} needs client-id (the application or managed identity client id)`,
      {
        input: 'client-id',
      },
    );
  }
  return { tenantId: auth.tenantId, clientId: auth.clientId };
}

function requireRunnerToken(env: Environment): void {
  const missing = ['ACTIONS_ID_TOKEN_REQUEST_URL', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN'].find(
    (name) => !env[name],
  );
  if (missing) {
    throw new ConfigurationError(
      `auth: oidc needs the runner's OIDC ID token, but ${missing} is not set: give the job ` +
        '`permissions: id-token: write` (pull requests from forks never get one; use another auth there)',
      { input: 'auth' },
    );
  }
}

/**
 * The client-assertion callback for OIDC. `ClientAssertionCredential` calls it twice on every `getToken`, even on a
 * token cache hit, so the runner's ID token is reused until it gets old; a fresh one is fetched whenever MSAL needs a
 * new access token after that, which is what keeps long jobs signed in (no one-time login that lapses).
 */
export function createRunnerAssertion(
  requestIdToken: (audience: string) => Promise<string>,
  clock: () => number,
  logger: Logger,
  maxAgeMs: number = ID_TOKEN_MAX_AGE_MS,
): () => Promise<string> {
  let cached: { token: string; staleAt: number } | undefined;
  let pending: Promise<string> | undefined;

  const fetchToken = async (): Promise<string> => {
    const requestedAt = clock();
    let token: string;
    try {
      token = await requestIdToken(RUNNER_TOKEN_AUDIENCE);
    } catch (error) {
      throw withContext("Could not get the runner's OIDC ID token", error);
    }
    const expiresAt = jwtExpiry(token);
    const staleAt = Math.min(
      requestedAt + maxAgeMs,
      expiresAt === undefined ? Infinity : expiresAt - EXPIRY_MARGIN_MS,
    );
    cached = { token, staleAt };
    logger.debug('Fetched a fresh runner OIDC ID token for the Azure client assertion');
    return token;
  };

  return () => {
    if (cached && clock() < cached.staleAt) return Promise.resolve(cached.token);
    // Concurrent callers share one request; a failure is not cached.
    pending ??= fetchToken().finally(() => {
      pending = undefined;
    });
    return pending;
  };
}

/** The `exp` claim of a JWT in ms, if it has one; the token is not verified (Entra does that). */
function jwtExpiry(token: string): number | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  try {
    const exp = (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { exp?: unknown }).exp;
    return typeof exp === 'number' ? exp * 1000 : undefined;
  } catch {
    return undefined;
  }
}
