/**
 * The endpoints and token audiences of each Azure cloud, and the extra CA certificates a private cloud needs.
 *
 * Sources (checked when this was written):
 * - ARM endpoints, authority hosts and ARM audiences: ARM's own metadata
 *   (`https://management.azure.com/metadata/endpoints?api-version=2019-05-01`, as embedded in azure-sdk-for-go
 *   `sdk/azcore/cloud/cloud.go`). Each cloud accepts two audiences, the legacy `management.core.*` one and the resource
 *   manager endpoint itself; we use the latter, which is also what the `@azure/arm-*` clients ask for by default
 *   (`${endpoint}/.default`) and what Microsoft's sovereign-cloud sample for the Python SDK passes as
 *   `credential_scopes` (MicrosoftDocs/python-sdk-docs-examples `sovereign_domain/sovereign_cloud.py`).
 * - Azure ML data-plane audiences: azure-sdk-for-python `azure/ai/ml/_azure_environments.py` (`aml_resource_id`:
 *   `https://ml.azure.com`, `https://ml.azure.us`, `https://ml.azure.cn`).
 * - Storage: `https://storage.azure.com` is the audience "for any Azure Storage account" (Azure Storage .NET docs,
 *   `BlobAudience.PublicAudience`/`DataLakeAudience.DefaultAudience`) and the default scope of `@azure/storage-blob`.
 * - Synapse development endpoints and their audiences: azure-cli's cloud definitions (`synapse_analytics_resource_id`,
 *   `synapse_analytics_endpoint_suffix`: `dev.azuresynapse.net`, `dev.azuresynapse.usgovcloudapi.net`,
 *   `dev.azuresynapse.azure.cn`), the audience being `https://` + the suffix.
 * - Authority hosts MSAL knows without instance discovery: `@azure/msal-common` `authority/AuthorityMetadata`.
 */
import { X509Certificate } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { rootCertificates } from 'node:tls';
import { ConfigurationError } from '../errors.js';
import type { CloudName, CloudSettings } from './settings.js';

export interface Cloud {
  readonly name: CloudName;
  /** Base URL of Azure Resource Manager, without a trailing slash. */
  readonly armEndpoint: string;
  /** The resource manager's token audience (no trailing slash). */
  readonly armAudience: string;
  /** `<armAudience>/.default`: the scope every management client asks tokens for. */
  readonly armScope: string;
  /** The Entra authority host, without a trailing slash. */
  readonly authorityHost: string;
  /** Scope for the Azure ML data plane (batch endpoint invocation). */
  readonly mlDataPlaneScope: string;
  /** Scope for Azure Storage data access. */
  readonly storageScope: string;
  /** Scope for Azure SQL Database with Microsoft Entra authentication. */
  readonly sqlDatabaseScope: string;
  /** Scope for Azure Database for PostgreSQL with Microsoft Entra authentication (the token is the password). */
  readonly postgresqlScope: string;
  /** Scope for a Synapse workspace's development endpoint (artifacts, pipeline runs). */
  readonly synapseDevScope: string;
  /** The DNS suffix of Synapse development endpoints: `https://{workspace}.{suffix}`. */
  readonly synapseDevSuffix: string;
  /**
   * True when the authority is one of Microsoft's own Entra hosts (public or national), which MSAL knows by heart.
   * Any other authority (Azure Stack, the sandbox) must be used with instance discovery disabled, or MSAL first asks
   * login.microsoftonline.com to vouch for it and fails.
   */
  readonly isPublicAuthority: boolean;
}

/** Custom clouds only: data-plane scopes to use instead of the public ones. */
export interface CloudScopeOverrides {
  readonly mlDataPlaneScope?: string;
  readonly storageScope?: string;
  readonly sqlDatabaseScope?: string;
  readonly postgresqlScope?: string;
  readonly synapseDevScope?: string;
}

const PUBLIC_ML_SCOPE = 'https://ml.azure.com/.default';
const STORAGE_SCOPE = 'https://storage.azure.com/.default';
const PUBLIC_SQL_SCOPE = 'https://database.windows.net/.default';
const PUBLIC_POSTGRESQL_SCOPE = 'https://ossrdbms-aad.database.windows.net/.default';
const PUBLIC_SYNAPSE_SUFFIX = 'dev.azuresynapse.net';

type WellKnownCloud = Exclude<CloudName, 'Custom'>;

const WELL_KNOWN: Record<WellKnownCloud, Omit<Cloud, 'name' | 'armScope' | 'isPublicAuthority'>> = {
  AzureCloud: {
    armEndpoint: 'https://management.azure.com',
    armAudience: 'https://management.azure.com',
    authorityHost: 'https://login.microsoftonline.com',
    mlDataPlaneScope: PUBLIC_ML_SCOPE,
    storageScope: STORAGE_SCOPE,
    sqlDatabaseScope: PUBLIC_SQL_SCOPE,
    postgresqlScope: PUBLIC_POSTGRESQL_SCOPE,
    synapseDevScope: `https://${PUBLIC_SYNAPSE_SUFFIX}/.default`,
    synapseDevSuffix: PUBLIC_SYNAPSE_SUFFIX,
  },
  AzureUSGovernment: {
    armEndpoint: 'https://management.usgovcloudapi.net',
    armAudience: 'https://management.usgovcloudapi.net',
    authorityHost: 'https://login.microsoftonline.us',
    mlDataPlaneScope: 'https://ml.azure.us/.default',
    storageScope: STORAGE_SCOPE,
    sqlDatabaseScope: 'https://database.usgovcloudapi.net/.default',
    postgresqlScope: 'https://ossrdbms-aad.database.usgovcloudapi.net/.default',
    synapseDevScope: 'https://dev.azuresynapse.usgovcloudapi.net/.default',
    synapseDevSuffix: 'dev.azuresynapse.usgovcloudapi.net',
  },
  AzureChinaCloud: {
    armEndpoint: 'https://management.chinacloudapi.cn',
    armAudience: 'https://management.chinacloudapi.cn',
    authorityHost: 'https://login.chinacloudapi.cn',
    mlDataPlaneScope: 'https://ml.azure.cn/.default',
    storageScope: STORAGE_SCOPE,
    sqlDatabaseScope: 'https://database.chinacloudapi.cn/.default',
    postgresqlScope: 'https://ossrdbms-aad.database.chinacloudapi.cn/.default',
    synapseDevScope: 'https://dev.azuresynapse.azure.cn/.default',
    synapseDevSuffix: 'dev.azuresynapse.azure.cn',
  },
};

/** Hosts in MSAL's built-in instance metadata (public cloud aliases and the national clouds). */
const MICROSOFT_AUTHORITY_HOSTS = new Set([
  'login.microsoftonline.com',
  'login.windows.net',
  'login.microsoft.com',
  'sts.windows.net',
  'login.microsoftonline.us',
  'login.usgovcloudapi.net',
  'login-us.microsoftonline.com',
  'login.chinacloudapi.cn',
  'login.partner.microsoftonline.cn',
  'login.microsoftonline.de',
]);

export function isMicrosoftAuthority(authorityHost: string): boolean {
  try {
    return MICROSOFT_AUTHORITY_HOSTS.has(new URL(authorityHost).hostname.toLowerCase());
  } catch {
    return false;
  }
}

export function scopeFor(audience: string): string {
  return `${audience}/.default`;
}

/**
 * Resolves the cloud settings into endpoints and scopes. Custom clouds need `arm-endpoint` and `authority-host`
 * (both HTTPS); their ARM audience defaults to the ARM endpoint, and their ML and storage scopes are the public ones
 * unless `overrides` says otherwise (Azure Stack Hub has no Azure ML; the sandbox accepts the public scopes).
 */
export function resolveCloud(settings: CloudSettings, overrides: CloudScopeOverrides = {}): Cloud {
  if (settings.name !== 'Custom') {
    for (const [input, value] of [
      ['arm-endpoint', settings.armEndpoint],
      ['authority-host', settings.authorityHost],
      ['arm-audience', settings.armAudience],
    ] as const) {
      if (value !== undefined) {
        throw new ConfigurationError(
          `${input} applies only to cloud: Custom, not ${settings.name}; remove it`,
          {
            input,
          },
        );
      }
    }
    const known = WELL_KNOWN[settings.name];
    return {
      name: settings.name,
      ...known,
      armScope: scopeFor(known.armAudience),
      isPublicAuthority: true,
    };
  }

  const armEndpoint = httpsUrl('arm-endpoint', settings.armEndpoint, 'the Azure Resource Manager endpoint');
  const authorityHost = httpsUrl(
    'authority-host',
    settings.authorityHost,
    'the Microsoft Entra authority host',
  );
  const armAudience = settings.armAudience === undefined ? armEndpoint : audience(settings.armAudience);
  return {
    name: 'Custom',
    armEndpoint,
    armAudience,
    armScope: scopeFor(armAudience),
    authorityHost,
    mlDataPlaneScope: overrides.mlDataPlaneScope ?? PUBLIC_ML_SCOPE,
    storageScope: overrides.storageScope ?? STORAGE_SCOPE,
    sqlDatabaseScope: overrides.sqlDatabaseScope ?? PUBLIC_SQL_SCOPE,
    postgresqlScope: overrides.postgresqlScope ?? PUBLIC_POSTGRESQL_SCOPE,
    synapseDevScope: overrides.synapseDevScope ?? `https://${PUBLIC_SYNAPSE_SUFFIX}/.default`,
    // A custom cloud's workspaces name their endpoint in ARM (connectivityEndpoints.dev), which is what is used.
    synapseDevSuffix: PUBLIC_SYNAPSE_SUFFIX,
    isPublicAuthority: isMicrosoftAuthority(authorityHost),
  };
}

function httpsUrl(input: string, value: string | undefined, what: string): string {
  if (value === undefined || value.trim() === '') {
    throw new ConfigurationError(`${input} is required when cloud is Custom: give ${what} (https://...)`, {
      input,
    });
  }
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new ConfigurationError(`${input} '${value}' is not a URL: give ${what} as https://host[:port]`, {
      input,
    });
  }
  // Bearer tokens must never travel in clear text, and the SDK's bearer policy refuses http anyway.
  if (url.protocol !== 'https:') {
    throw new ConfigurationError(`${input} '${value}' must use https`, { input });
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new ConfigurationError(`${input} '${value}' must not carry a query, fragment or credentials`, {
      input,
    });
  }
  return url.href.replace(/\/+$/, '');
}

function audience(value: string): string {
  const trimmed = value.trim().replace(/\/+$/, '');
  if (trimmed.endsWith('/.default')) {
    throw new ConfigurationError(
      `arm-audience '${value}' is a scope; give the audience without '/.default'`,
      {
        input: 'arm-audience',
      },
    );
  }
  if (!URL.canParse(trimmed) || /\s/.test(trimmed)) {
    throw new ConfigurationError(
      `arm-audience '${value}' is not an absolute URI (e.g. https://management.example.com or api://<app id>)`,
      { input: 'arm-audience' },
    );
  }
  return trimmed;
}

const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

/**
 * Reads a PEM bundle of extra CA certificates. The answer is Node's bundled roots plus the file's certificates,
 * because a TLS `ca` option replaces the default trust store: public hosts (the real authority, storage) must keep
 * working next to a private one. `NODE_EXTRA_CA_CERTS` is not included (Node ignores it once `ca` is given), so a
 * runner that relies on it should put those certificates in the file too.
 */
export async function loadCaCertificates(path: string | undefined): Promise<string[] | undefined> {
  if (path === undefined) return undefined;
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const reason =
      fieldOf(error, 'code') === 'ENOENT' ? 'the file does not exist' : String(fieldOf(error, 'message'));
    throw new ConfigurationError(`ca-certificate '${path}' cannot be read: ${reason}`, {
      input: 'ca-certificate',
      cause: error,
    });
  }
  const certificates = text.match(PEM_CERTIFICATE) ?? [];
  if (certificates.length === 0) {
    throw new ConfigurationError(
      `ca-certificate '${path}' holds no PEM certificate (expected -----BEGIN CERTIFICATE----- blocks)`,
      { input: 'ca-certificate', location: { file: path } },
    );
  }
  certificates.forEach((pem, index) => {
    try {
      new X509Certificate(pem);
    } catch (error) {
      throw new ConfigurationError(
        `ca-certificate '${path}': certificate ${index + 1} is not valid PEM: ${String(fieldOf(error, 'message'))}`,
        { input: 'ca-certificate', location: { file: path }, cause: error },
      );
    }
  });
  return [...rootCertificates, ...certificates];
}

/**
 * Reads a field of a Node error directly: errors made by Node's core fail `instanceof Error` in another realm
 * (jest's VM modules), which `describeError` relies on.
 */
function fieldOf(error: unknown, name: 'code' | 'message'): unknown {
  return typeof error === 'object' && error !== null ? (error as Record<string, unknown>)[name] : error;
}
