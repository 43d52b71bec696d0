/**
 * An Entra-compatible authority for the sandbox, enough for `@azure/identity` to work unmodified: OpenID discovery,
 * signing keys, and the v2 token endpoint for the client-credentials grant with a client secret or a client
 * assertion (a federated runner ID token). Plus the runner's OIDC ID-token endpoint (ACTIONS_ID_TOKEN_REQUEST_URL)
 * and an App Service-style managed identity endpoint. Errors carry Entra's AADSTS codes.
 */
import { randomBytes } from 'node:crypto';
import { describeError } from '#shared/errors.js';
import { armError, json, type Router, type SandboxResponse, type TokenClaims } from '../core/http.js';
import type { Authenticator } from '../core/server.js';
import { normaliseAudience, type TokenIssuer } from './tokens.js';

export const SANDBOX_TENANT_ID = '00000000-0000-4000-8000-00000000a001';
export const DEPLOYER_CLIENT_ID = '00000000-0000-4000-8000-00000000c001';
export const MANAGED_IDENTITY_CLIENT_ID = '00000000-0000-4000-8000-00000000d001';
export const RUNNER_TOKEN_AUDIENCE = 'api://AzureADTokenExchange';
export const ML_DATA_AUDIENCE = 'https://ml.azure.com';
/** The audience of Synapse workspace development endpoints (artifacts, runs) in Azure's public cloud. */
export const SYNAPSE_DEV_AUDIENCE = 'https://dev.azuresynapse.net';
export const STORAGE_AUDIENCE = 'https://storage.azure.com';

export interface SandboxApplication {
  readonly clientId: string;
  readonly objectId: string;
  readonly displayName: string;
  readonly secret?: string;
  /** Runner ID-token subjects this application trusts (`*` wildcards), as federated identity credentials. */
  readonly federatedSubjects: readonly string[];
}

export interface IdentityConfig {
  readonly baseUrl: string;
  /** The audience ARM accepts (the sandbox cloud's resource manager audience). */
  readonly armAudience: string;
  readonly entra: TokenIssuer;
  /**
   * Signs tokens for the storage audience. Entra issues those as v1 tokens (`iss` https://sts.windows.net/<tenant>/),
   * and Azurite's OAuth check accepts only Microsoft issuers, so storage tokens carry that issuer.
   */
  readonly storage: TokenIssuer;
  readonly runner: TokenIssuer;
  readonly applications: readonly SandboxApplication[];
  /** The bearer token the runner's ID-token endpoint requires (ACTIONS_ID_TOKEN_REQUEST_TOKEN). */
  readonly runnerRequestToken: string;
  /**
   * The subject of the ID tokens a request token may fetch (`repo:<owner>/<repo>:environment:<env>` on GitHub):
   * the runner's own token gets the default subject, a job's token (issued by the GitHub emulation) its job's;
   * undefined for a token nobody issued.
   */
  readonly runnerSubject: (requestToken: string) => string | undefined;
  /** The header value the managed identity endpoint requires (IDENTITY_HEADER). */
  readonly identityHeader: string;
  readonly tokenLifetimeSeconds: number;
}

export function newSecret(): string {
  return `sbx~${randomBytes(24).toString('base64url')}`;
}

function entraError(status: number, error: string, code: number, description: string): SandboxResponse {
  return json(status, {
    error,
    error_description: `AADSTS${code}: ${description}`,
    error_codes: [code],
    timestamp: new Date().toISOString(),
  });
}

function wildcard(pattern: string): RegExp {
  return new RegExp(
    `^${pattern
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
}

export function registerIdentity(router: Router, config: IdentityConfig): void {
  const tenantBase = `${config.baseUrl}/${SANDBOX_TENANT_ID}`;
  const knownTenant = (tenant: string) =>
    tenant.toLowerCase() === SANDBOX_TENANT_ID || tenant === 'organizations';
  const unknownTenant = (tenant: string) =>
    entraError(
      400,
      'invalid_tenant',
      90002,
      `Tenant '${tenant}' not found. Check to make sure you have the correct tenant ID.`,
    );

  router.get('/:tenant/v2.0/.well-known/openid-configuration', { auth: 'none' }, ({ params }) => {
    if (!knownTenant(params.tenant!)) return unknownTenant(params.tenant!);
    return json(200, {
      issuer: config.entra.issuer,
      token_endpoint: `${tenantBase}/oauth2/v2.0/token`,
      authorization_endpoint: `${tenantBase}/oauth2/v2.0/authorize`,
      jwks_uri: `${tenantBase}/discovery/v2.0/keys`,
      response_types_supported: ['code', 'id_token', 'token'],
      subject_types_supported: ['pairwise'],
      id_token_signing_alg_values_supported: ['RS256'],
      token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
      tenant_region_scope: 'WW',
    });
  });

  router.get('/:tenant/discovery/v2.0/keys', { auth: 'none' }, () => json(200, { keys: [config.entra.jwk] }));

  router.post('/:tenant/oauth2/v2.0/token', { auth: 'none' }, async ({ params, rawBody }) => {
    if (!knownTenant(params.tenant!)) return unknownTenant(params.tenant!);
    const form = new URLSearchParams(rawBody.toString('utf8'));
    if (form.get('grant_type') !== 'client_credentials') {
      return entraError(
        400,
        'unsupported_grant_type',
        70003,
        `The app requested an unsupported grant type '${form.get('grant_type')}'.`,
      );
    }
    const clientId = form.get('client_id') ?? '';
    const app = config.applications.find(
      (candidate) => candidate.clientId.toLowerCase() === clientId.toLowerCase(),
    );
    if (!app) {
      return entraError(
        400,
        'unauthorized_client',
        700016,
        `Application with identifier '${clientId}' was not found in the directory '${SANDBOX_TENANT_ID}'.`,
      );
    }
    const scope = form.get('scope') ?? '';
    if (!scope.endsWith('/.default')) {
      return entraError(
        400,
        'invalid_scope',
        1002012,
        `The provided value for scope ${scope} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).`,
      );
    }
    const secret = form.get('client_secret');
    const assertion = form.get('client_assertion');
    if (secret !== null) {
      if (!app.secret || secret !== app.secret) {
        return entraError(
          401,
          'invalid_client',
          7000215,
          `Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${app.clientId}'.`,
        );
      }
    } else if (assertion !== null) {
      let claims: TokenClaims;
      try {
        claims = await config.runner.verify(assertion);
      } catch (error) {
        return entraError(
          400,
          'invalid_client',
          700024,
          `Client assertion is not within its valid time range or is invalid (${describeError(error).message}).`,
        );
      }
      if (normaliseAudience(claims.aud) !== normaliseAudience(RUNNER_TOKEN_AUDIENCE)) {
        return entraError(
          400,
          'invalid_client',
          700212,
          `No matching federated identity record found for presented assertion audience '${claims.aud}'.`,
        );
      }
      if (!app.federatedSubjects.some((pattern) => wildcard(pattern).test(claims.sub))) {
        return entraError(
          400,
          'invalid_client',
          70021,
          `No matching federated identity record found for presented assertion. Assertion Issuer: '${claims.iss}'. Assertion Subject: '${claims.sub}'. Assertion Audience: '${claims.aud}'.`,
        );
      }
    } else {
      return entraError(
        401,
        'invalid_client',
        7000218,
        "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.",
      );
    }
    const audience = scope.slice(0, -'/.default'.length);
    const accessToken = await issuerFor(config, audience).sign(
      {
        tid: SANDBOX_TENANT_ID,
        appid: app.clientId,
        azp: app.clientId,
        oid: app.objectId,
        sub: app.objectId,
        idtyp: 'app',
        ver: '2.0',
      },
      audience,
      config.tokenLifetimeSeconds,
    );
    return json(200, {
      token_type: 'Bearer',
      expires_in: config.tokenLifetimeSeconds,
      ext_expires_in: config.tokenLifetimeSeconds,
      access_token: accessToken,
    });
  });

  // The runner's OIDC provider: what `core.getIDToken(audience)` calls.
  router.get('/_runner/idtoken', { auth: 'none' }, async ({ headers, query }) => {
    const requestToken = /^Bearer (\S+)$/.exec(headers.authorization ?? '')?.[1];
    const subject = requestToken === undefined ? undefined : config.runnerSubject(requestToken);
    if (subject === undefined) {
      return json(401, { message: 'Unauthorized: the ID-token request token is missing or wrong.' });
    }
    const audience = query.get('audience') ?? config.baseUrl;
    const value = await config.runner.sign(
      { sub: subject, repository: subject.split(':')[1] ?? '' },
      audience,
      300,
    );
    return json(200, { count: 1, value });
  });
  router.get('/_runner/.well-known/jwks', { auth: 'none' }, () => json(200, { keys: [config.runner.jwk] }));

  // App Service-style managed identity (IDENTITY_ENDPOINT + IDENTITY_HEADER).
  router.get('/_identity/token', { auth: 'none' }, async ({ headers, query }) => {
    if (headers['x-identity-header'] !== config.identityHeader) {
      return json(401, {
        error: 'invalid_request',
        error_description: 'The X-IDENTITY-HEADER header is missing or wrong.',
      });
    }
    const resource = query.get('resource');
    if (!resource)
      return json(400, {
        error: 'invalid_request',
        error_description: "Required query parameter 'resource' is missing.",
      });
    const clientId = query.get('client_id') ?? MANAGED_IDENTITY_CLIENT_ID;
    const expiresOn = Math.floor(Date.now() / 1000) + config.tokenLifetimeSeconds;
    const accessToken = await issuerFor(config, resource).sign(
      { tid: SANDBOX_TENANT_ID, appid: clientId, oid: clientId, sub: clientId, idtyp: 'app', ver: '2.0' },
      resource.replace(/\/\.default$/, ''),
      config.tokenLifetimeSeconds,
    );
    return json(200, {
      access_token: accessToken,
      expires_on: String(expiresOn),
      resource,
      token_type: 'Bearer',
      client_id: clientId,
    });
  });
}

/**
 * A token for `resource` as Entra issues one to a managed identity (a factory's system-assigned identity calling
 * with `authentication: MSI`): the identity's principal id as `oid`/`sub`/`appid`, the resource as audience.
 */
export function managedIdentityToken(
  config: Pick<IdentityConfig, 'entra' | 'storage' | 'tokenLifetimeSeconds'>,
  principalId: string,
  resource: string,
): Promise<string> {
  const audience = resource.replace(/\/\.default$/, '');
  return issuerFor(config, audience).sign(
    {
      tid: SANDBOX_TENANT_ID,
      appid: principalId,
      oid: principalId,
      sub: principalId,
      idtyp: 'app',
      ver: '2.0',
    },
    audience,
    config.tokenLifetimeSeconds,
  );
}

function issuerFor(config: Pick<IdentityConfig, 'entra' | 'storage'>, audience: string): TokenIssuer {
  return normaliseAudience(audience) === normaliseAudience(STORAGE_AUDIENCE) ? config.storage : config.entra;
}

const AUDIENCE_BY_AUTH = (config: IdentityConfig) => ({
  arm: config.armAudience,
  'ml-data': ML_DATA_AUDIENCE,
  'synapse-dev': SYNAPSE_DEV_AUDIENCE,
  storage: STORAGE_AUDIENCE,
});

function unauthorized(code: string, message: string, baseUrl: string): SandboxResponse {
  return armError(401, code, message, {
    'www-authenticate': `Bearer authorization_uri="${baseUrl}/${SANDBOX_TENANT_ID}", error="invalid_token", error_description="${message.replace(/"/g, "'")}"`,
  });
}

/** Validates bearer tokens as ARM and the ML data plane do: signature, issuer, expiry and audience. */
export function createAuthenticator(config: IdentityConfig): Authenticator {
  const audiences = AUDIENCE_BY_AUTH(config);
  return async (authorization, auth) => {
    const match = /^Bearer (.+)$/i.exec(authorization ?? '');
    if (!match) {
      return {
        error: unauthorized(
          'AuthenticationFailed',
          "Authentication failed. The 'Authorization' header is missing.",
          config.baseUrl,
        ),
      };
    }
    let claims: TokenClaims;
    try {
      claims = await config.entra.verify(match[1]!);
    } catch (error) {
      const expired = (error as { code?: string }).code === 'ERR_JWT_EXPIRED';
      return {
        error: expired
          ? unauthorized(
              'ExpiredAuthenticationToken',
              'The access token expiry UTC time is earlier than current UTC time.',
              config.baseUrl,
            )
          : unauthorized('InvalidAuthenticationToken', 'The access token is invalid.', config.baseUrl),
      };
    }
    const expected = audiences[auth];
    if (normaliseAudience(claims.aud) !== normaliseAudience(expected)) {
      return {
        error: unauthorized(
          'InvalidAuthenticationTokenAudience',
          `The access token has been obtained for wrong audience or resource '${claims.aud}'. It should exactly match with one of the allowed audiences '${expected}'.`,
          config.baseUrl,
        ),
      };
    }
    return { claims };
  };
}
