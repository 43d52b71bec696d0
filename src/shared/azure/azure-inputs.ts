/**
 * The inputs every Azure-facing action shares (DESIGN.md §4), and their cross-field rules: which auth mode needs
 * which ids, and what a custom cloud must name. Checked before any credential or client is built.
 */
import { ConfigurationError } from '../errors.js';
import { boolean, choice, duration, path, string } from '../inputs.js';
import { AUTH_MODES, type AuthSettings, CLOUD_NAMES, type CloudSettings } from './settings.js';

const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const TENANT =
  /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+)$/;
const HTTPS_URL = /^https:\/\/[^\s/?#]+(\/[^\s?#]*)?$/;

/** Inputs of every action: which environment, how long it may take, whether it only plans. */
export const releaseInputs = {
  environment: string('environment', {
    pattern: /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/,
    describe:
      'an environment name of letters, digits, ".", "_" and "-" (at most 64), such as dev, staging or prod',
  }).isRequired(),
  timeout: duration('timeout', { minMs: 1_000 }).withDefault('30m'),
} as const;

export const dryRunInput = {
  dryRun: boolean('dry-run').withDefault('false'),
} as const;

/** How to sign in, and to which cloud. */
export const azureAccessInputs = {
  auth: choice('auth', AUTH_MODES).withDefault('auto'),
  tenantId: string('tenant-id', {
    pattern: TENANT,
    describe: 'a tenant id (GUID) or a domain such as contoso.onmicrosoft.com',
  }),
  clientId: string('client-id', { pattern: GUID, describe: 'an application (client) id, a GUID' }),
  clientSecret: string('client-secret').isSecret(),
  cloud: choice('cloud', CLOUD_NAMES).withDefault('AzureCloud'),
  armEndpoint: string('arm-endpoint', { pattern: HTTPS_URL, describe: 'an https:// URL' }),
  authorityHost: string('authority-host', { pattern: HTTPS_URL, describe: 'an https:// URL' }),
  armAudience: string('arm-audience', {
    pattern: /^\S+$/,
    describe: 'a token audience such as https://management.azure.com',
  }),
  caCertificate: path('ca-certificate'),
} as const;

/** Where the resources are. */
export const azureScopeInputs = {
  subscriptionId: string('subscription-id', {
    pattern: GUID,
    describe: 'a subscription id, a GUID',
  }).isRequired(),
  resourceGroup: string('resource-group', {
    pattern: /^[-\w.()\p{L}\p{N}]{0,89}[-\w()\p{L}\p{N}]$/u,
    describe: 'a resource group name (1-90 letters, digits, "_", "-", ".", "(", ")"; not ending in ".")',
  }).isRequired(),
} as const;

export interface AzureAccessValues {
  readonly auth: AuthSettings['mode'];
  readonly tenantId: string | undefined;
  readonly clientId: string | undefined;
  readonly clientSecret: string | undefined;
  readonly cloud: CloudSettings['name'];
  readonly armEndpoint: string | undefined;
  readonly authorityHost: string | undefined;
  readonly armAudience: string | undefined;
  readonly caCertificate: string | undefined;
}

function needs(input: string, why: string): ConfigurationError {
  return new ConfigurationError(`Input required and not supplied: ${input} (${why})`, { input });
}

/** Applies the rules between the access inputs and returns what the credential and the clients need. */
export function resolveAzureAccess(values: AzureAccessValues): { auth: AuthSettings; cloud: CloudSettings } {
  const { auth } = values;
  if (auth === 'client-secret' || auth === 'oidc') {
    if (!values.tenantId) throw needs('tenant-id', `auth is ${auth}`);
    if (!values.clientId) throw needs('client-id', `auth is ${auth}`);
  }
  if (auth === 'client-secret' && !values.clientSecret) throw needs('client-secret', 'auth is client-secret');
  if (values.clientSecret && auth !== 'client-secret' && auth !== 'auto') {
    throw new ConfigurationError(
      `Input 'client-secret' is set but auth is ${auth}: remove the secret from this step, or set auth to client-secret.`,
      { input: 'client-secret' },
    );
  }
  if (values.cloud === 'Custom') {
    if (!values.armEndpoint) throw needs('arm-endpoint', 'cloud is Custom');
    if (!values.authorityHost) throw needs('authority-host', 'cloud is Custom');
  } else {
    for (const [input, value] of [
      ['arm-endpoint', values.armEndpoint],
      ['authority-host', values.authorityHost],
      ['arm-audience', values.armAudience],
    ] as const) {
      if (value) {
        throw new ConfigurationError(
          `Input '${input}' is only used with cloud: Custom (cloud is ${values.cloud}); remove it, or set cloud to Custom.`,
          { input },
        );
      }
    }
  }
  const drop = <T extends object>(o: T) =>
    Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
  return {
    auth: drop({
      mode: auth,
      tenantId: values.tenantId,
      clientId: values.clientId,
      clientSecret: values.clientSecret,
    }),
    cloud: drop({
      name: values.cloud,
      armEndpoint: values.armEndpoint,
      authorityHost: values.authorityHost,
      armAudience: values.armAudience,
      caCertificatePath: values.caCertificate,
    }),
  };
}
