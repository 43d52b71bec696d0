/** What the common Azure inputs resolve to; parsed in `azure-inputs.ts`, consumed by the credential and clients. */

export const AUTH_MODES = ['auto', 'oidc', 'client-secret', 'azure-cli', 'managed-identity'] as const;
export type AuthMode = (typeof AUTH_MODES)[number];

export const CLOUD_NAMES = ['AzureCloud', 'AzureUSGovernment', 'AzureChinaCloud', 'Custom'] as const;
export type CloudName = (typeof CLOUD_NAMES)[number];

export interface AuthSettings {
  readonly mode: AuthMode;
  readonly tenantId?: string;
  readonly clientId?: string;
  /** Already passed to the secret masker when parsed. */
  readonly clientSecret?: string;
}

export interface CloudSettings {
  readonly name: CloudName;
  /** Custom clouds only: the resource manager endpoint, e.g. `https://management.local.azurestack.external/`. */
  readonly armEndpoint?: string;
  /** Custom clouds only: the Entra authority host. */
  readonly authorityHost?: string;
  /** Custom clouds only: the resource manager token audience (defaults to the ARM endpoint). */
  readonly armAudience?: string;
  /** A PEM file with extra CA certificates to trust for this cloud's endpoints (Azure Stack, the sandbox). */
  readonly caCertificatePath?: string;
}
