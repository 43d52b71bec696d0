/**
 * Signing in to Azure from an action: the cloud's endpoints, the extra CA certificates and the credential of the
 * chosen auth mode, assembled from the shared access inputs. connection.ts adds the management clients to it; an
 * action that only reads data (blob storage) signs in here alone, so its bundle carries no management SDK.
 * `@azure/identity` loads only when a credential is built.
 */
import type { TokenCredential } from '@azure/core-auth';
import type { Logger } from '../logger.js';
import { type AzureAccessValues, resolveAzureAccess } from './azure-inputs.js';
import { type Cloud, loadCaCertificates, resolveCloud } from './clouds.js';
import { createCredential } from './credential.js';

export interface AzureSignIn {
  readonly cloud: Cloud;
  readonly credential: TokenCredential;
  /** Node's roots plus the `ca-certificate` file's, when one was given (for data-plane clients too). */
  readonly caCertificates: readonly string[] | undefined;
}

export interface SignInOptions {
  readonly access: AzureAccessValues;
  readonly env: NodeJS.ProcessEnv;
  readonly logger: Logger;
  /** `core.getIDToken`: the runner's OIDC token for an audience (it masks the token). */
  readonly requestIdToken: (audience: string) => Promise<string>;
  readonly clock?: () => number;
}

export async function signInToAzure(options: SignInOptions): Promise<AzureSignIn> {
  const { auth, cloud: cloudSettings } = resolveAzureAccess(options.access);
  const cloud = resolveCloud(cloudSettings);
  const caCertificates = await loadCaCertificates(cloudSettings.caCertificatePath);
  const credential = await createCredential(auth, cloud, {
    env: options.env,
    requestIdToken: options.requestIdToken,
    logger: options.logger,
    ...(options.clock ? { clock: options.clock } : {}),
    ...(caCertificates ? { caCertificates } : {}),
  });
  return { cloud, credential, caCertificates };
}

/** What an action's context offers to sign in: its access inputs, and the runner around it. */
export interface ActionSignInContext {
  readonly inputs: AzureAccessValues;
  readonly env: NodeJS.ProcessEnv;
  readonly logger: Logger;
  readonly core: { getIDToken(audience: string): Promise<string> };
  readonly clock: () => number;
}

/** `signInToAzure` with everything taken from the action's context (the runner's OIDC token through its core). */
export function signInAction(context: ActionSignInContext): Promise<AzureSignIn> {
  return signInToAzure({
    access: context.inputs,
    env: context.env,
    logger: context.logger,
    requestIdToken: (audience) => context.core.getIDToken(audience),
    clock: context.clock,
  });
}
