/**
 * One call from an action's `main.ts` to Azure: the sign-in (sign-in.ts: the cloud's endpoints, the extra CA
 * certificates, the credential of the chosen auth mode) and the lazily built management clients, assembled from the
 * shared access inputs. Nothing is loaded or contacted before an action asks for it, so an action that fails on its
 * inputs pays for none of it.
 */
import type { RunDeadline } from '../deadline.js';
import type { AzureAccessValues } from './azure-inputs.js';
import { type ClientFactory, createClientFactory } from './clients.js';
import { type ActionSignInContext, type AzureSignIn, type SignInOptions, signInToAzure } from './sign-in.js';

export interface AzureConnection extends AzureSignIn {
  readonly clients: ClientFactory;
}

export interface ConnectOptions extends SignInOptions {
  readonly subscriptionId: string;
  readonly action: { readonly name: string; readonly version: string };
  readonly deadline?: RunDeadline;
}

export async function connectToAzure(options: ConnectOptions): Promise<AzureConnection> {
  const { cloud, credential, caCertificates } = await signInToAzure(options);
  const clients = createClientFactory({
    credential,
    cloud,
    subscriptionId: options.subscriptionId,
    userAgent: { action: options.action.name, version: options.action.version },
    ...(caCertificates ? { caCertificates } : {}),
    ...(options.deadline ? { deadline: options.deadline } : {}),
  });
  return { cloud, credential, clients, caCertificates };
}

/** What an action's context offers to connect: its access inputs and subscription, and the runner around it. */
export interface ActionConnectionContext extends ActionSignInContext {
  readonly inputs: AzureAccessValues & { readonly subscriptionId: string };
  readonly action: { readonly name: string; readonly version: string };
  readonly deadline?: RunDeadline | undefined;
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
    ...(context.deadline ? { deadline: context.deadline } : {}),
  });
}
