/** Microsoft.Resources: resource groups, as the actions and the SDKs' scope checks see them. */

import {
  checkScope,
  deleteResourceGroup,
  getResourceGroup,
  listResourceGroups,
  putResourceGroup,
  type ResourceGroup,
  type SandboxContext,
} from '../context.js';
import { json, notFound, type Router } from '../core/http.js';

function view(subscriptionId: string, group: ResourceGroup) {
  return {
    id: `/subscriptions/${subscriptionId}/resourceGroups/${group.name}`,
    name: group.name,
    type: 'Microsoft.Resources/resourceGroups',
    location: group.location,
    ...(group.tags ? { tags: group.tags } : {}),
    properties: { provisioningState: 'Succeeded' },
  };
}

export function registerResourceGroups(router: Router, context: SandboxContext): void {
  const base = '/subscriptions/:subscription/resourcegroups';
  router.get(base, { auth: 'arm' }, ({ params }) => {
    const scope = checkScope(context, params.subscription!);
    if (scope) return scope;
    return json(200, {
      value: listResourceGroups(context, params.subscription!).map((g) => view(params.subscription!, g)),
    });
  });
  router.get(`${base}/:group`, { auth: 'arm' }, ({ params }) => {
    const scope = checkScope(context, params.subscription!);
    if (scope) return scope;
    const group = getResourceGroup(context, params.subscription!, params.group!);
    return group ? json(200, view(params.subscription!, group)) : notFound.resourceGroup(params.group!);
  });
  router.put(`${base}/:group`, { auth: 'arm' }, ({ params, body }) => {
    const scope = checkScope(context, params.subscription!);
    if (scope) return scope;
    const existed = Boolean(getResourceGroup(context, params.subscription!, params.group!));
    const request = (body ?? {}) as { location?: string; tags?: Record<string, string> };
    const group = putResourceGroup(context, params.subscription!, {
      name: params.group!,
      location: request.location ?? context.location,
      ...(request.tags ? { tags: request.tags } : {}),
    });
    return json(existed ? 200 : 201, view(params.subscription!, group));
  });
  router.delete(`${base}/:group`, { auth: 'arm' }, ({ params }) => {
    const scope = checkScope(context, params.subscription!);
    if (scope) return scope;
    return deleteResourceGroup(context, params.subscription!, params.group!)
      ? { status: 200 }
      : { status: 204 };
  });
}
