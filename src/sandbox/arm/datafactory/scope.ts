/**
 * The checks every request under a factory makes, in ARM's order: api-version, subscription and resource group,
 * then the factory itself (ARM's ResourceNotFound, as `Get-AzDataFactoryV2Trigger` on a missing factory shows in
 * Azure/data-factory-deploy-action#1).
 */
import { checkScope, type SandboxContext } from '../../context.js';
import { notFound, type SandboxRequest, type SandboxResponse } from '../../core/http.js';
import { checkApiVersion } from './errors.js';
import { findFactory, type StoredFactory } from './store.js';

export const FACTORY_TYPE = 'Microsoft.DataFactory/factories';

/** `{F}`: the path of one factory; child routes append to it. */
export const FACTORY_PATH =
  '/subscriptions/:subscription/resourceGroups/:group/providers/Microsoft.DataFactory/factories/:factory';

export type Scoped = { factory: StoredFactory } | { error: SandboxResponse };

export function resolveFactory(context: SandboxContext, request: SandboxRequest): Scoped {
  const { subscription, group, factory: name } = request.params;
  const error = checkApiVersion(request.query) ?? checkScope(context, subscription!, group!);
  if (error) return { error };
  const factory = findFactory(context, subscription!, group!, name!);
  return factory ? { factory } : { error: notFound.resource(FACTORY_TYPE, name!, group!) };
}

/** Runs `handle` with the request's factory, or answers the scope error. */
export function withFactory(
  context: SandboxContext,
  handle: (factory: StoredFactory, request: SandboxRequest) => SandboxResponse,
): (request: SandboxRequest) => SandboxResponse {
  return (request) => {
    const scoped = resolveFactory(context, request);
    return 'error' in scoped ? scoped.error : handle(scoped.factory, request);
  };
}

/** True when the header names this etag (ADF quotes factory eTags; compare without quotes or a weak prefix). */
export function etagMatches(header: string, etag: string): boolean {
  const bare = (value: string) => value.trim().replace(/^W\//, '').replace(/^"|"$/g, '');
  return header.split(',').some((candidate) => candidate.trim() === '*' || bare(candidate) === bare(etag));
}
