/**
 * One call from an action's `main.ts` to Azure: the cloud's endpoints, the extra CA certificates, the credential of
 * the chosen auth mode and the lazily built management clients, assembled from the shared access inputs. Nothing is
 * loaded or contacted before an action asks for it, so an action that fails on its inputs pays for none of it.
 */
import type { TokenCredential } from '@azure/core-auth';
import type { Logger } from '../logger.js';
import { type AzureAccessValues, resolveAzureAccess } from './azure-inputs.js';
import { type ClientFactory, createClientFactory } from './clients.js';
import { type Cloud, loadCaCertificates, resolveCloud } from './clouds.js';
import { createCredential } from './credential.js';

export interface AzureConnection {
  readonly cloud: Cloud;
  readonly credential: TokenCredential;
  readonly clients: ClientFactory;
  /** Node's roots plus the `ca-certificate` file's, when one was given (for data-plane clients too). */
  readonly caCertificates: readonly string[] | undefined;
}

export interface ConnectOptions {
  readonly access: AzureAccessValues;
  readonly subscriptionId: string;
  readonly action: { readonly name: string; readonly version: string };
  readonly env: NodeJS.ProcessEnv;
  readonly logger: Logger;
  /** `core.getIDToken`: the runner's OIDC token for an audience (it masks the token). */
  readonly requestIdToken: (audience: string) => Promise<string>;
  readonly clock?: () => number;
}

export async function connectToAzure(options: ConnectOptions): Promise<AzureConnection> {
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
  const clients = createClientFactory({
    credential,
    cloud,
    subscriptionId: options.subscriptionId,
    userAgent: { action: options.action.name, version: options.action.version },
    ...(caCertificates ? { caCertificates } : {}),
  });
  return { cloud, credential, clients, caCertificates };
}

/** What an action's context offers to connect: its access inputs and subscription, and the runner around it. */
export interface ActionConnectionContext {
  readonly inputs: AzureAccessValues & { readonly subscriptionId: string };
  readonly action: { readonly name: string; readonly version: string };
  readonly env: NodeJS.ProcessEnv;
  readonly logger: Logger;
  readonly core: { getIDToken(audience: string): Promise<string> };
  readonly clock: () => number;
}

/** `connectToAzure` with everything taken from the action's context (the runner's OIDC token through its core). */
export function connectAction(context: ActionConnectionContext): Promise<AzureConnection> {
  return connectToAzure({
    access: context.inputs,
    subscriptionId: context.inputs.subscriptionId,
    action: context.action,
    env: context.env,
    logger: context.logger,
    requestIdToken: (audience) => context.core.getIDToken(audience),
    clock: context.clock,
  });
}
