/**
 * Factories: PUT/PATCH/GET/DELETE and the lists by resource group and subscription. Answers follow the recorded
 * service (azure-sdk-for-js and azure-powershell recordings): `properties` with provisioningState `Succeeded`,
 * createTime and version `2018-06-01`, a quoted `eTag`, `tags: {}` when none were sent, and a system-assigned
 * identity (principalId, tenantId) only when one was asked for. A factory's identity is kept across PUTs that
 * omit it (the service offers no way to remove it; assumed). Factory names are globally unique in Azure; the
 * sandbox only checks them within a resource group.
 */
import { randomUUID } from 'node:crypto';
import { checkScope, type SandboxContext } from '../../context.js';
import { armError, json, notFound, type Router, type SandboxRequest } from '../../core/http.js';
import { SANDBOX_TENANT_ID } from '../../identity/entra.js';
import { badRequest, checkApiVersion, preconditionFailed } from './errors.js';
import { listPage } from './paging.js';
import { etagMatches, FACTORY_PATH, FACTORY_TYPE } from './scope.js';
import { dataFactory, factoryId, factoryKey, type Json, nextEtag, type StoredFactory } from './store.js';

export interface FactorySpec {
  readonly subscriptionId: string;
  readonly resourceGroup: string;
  readonly name: string;
  readonly location?: string;
  /** The environment's control database: the pipeline runtime's target for the factory's PostgreSQL datasets. */
  readonly controlDatabase?: string;
}

const ARM = { auth: 'arm', validate: true } as const;
const FACTORY_NAME = /^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/;
const READ_ONLY = ['provisioningState', 'createTime', 'version'];

export function factoryView(factory: StoredFactory): Json {
  return {
    name: factory.name,
    ...(factory.identity ? { identity: factory.identity } : {}),
    id: factoryId(factory),
    type: FACTORY_TYPE,
    properties: {
      provisioningState: 'Succeeded',
      createTime: factory.createTime,
      version: '2018-06-01',
      ...factory.properties,
    },
    eTag: factory.eTag,
    location: factory.location,
    tags: factory.tags ?? {},
  };
}

/** A system-assigned identity keeps its principal for the factory's lifetime. */
function identityFor(requested: unknown, current: Json | undefined): Json | undefined {
  if (!requested || typeof requested !== 'object') return current;
  const { type, userAssignedIdentities } = requested as Json;
  const systemAssigned = typeof type === 'string' && type.includes('SystemAssigned');
  return {
    type,
    ...(systemAssigned
      ? { principalId: current?.principalId ?? randomUUID(), tenantId: SANDBOX_TENANT_ID }
      : {}),
    ...(userAssignedIdentities ? { userAssignedIdentities } : {}),
  };
}

function createFactory(context: SandboxContext, spec: FactorySpec, identity?: Json): StoredFactory {
  const factory: StoredFactory = {
    subscriptionId: spec.subscriptionId,
    resourceGroup: spec.resourceGroup,
    name: spec.name,
    location: spec.location ?? context.location,
    ...(identity ? { identity } : {}),
    properties: {},
    createTime: new Date(context.clock()).toISOString(),
    eTag: `"${nextEtag(context)}"`,
    resources: {},
    runs: {},
  };
  dataFactory(context).factories[factoryKey(spec.subscriptionId, spec.resourceGroup, spec.name)] = factory;
  return factory;
}

/** Creates the factory a platform team would have created before the first release (system identity on). */
export function provisionFactory(context: SandboxContext, spec: FactorySpec): { id: string } {
  const slice = dataFactory(context);
  const existing = slice.factories[factoryKey(spec.subscriptionId, spec.resourceGroup, spec.name)];
  const factory =
    existing ?? createFactory(context, spec, identityFor({ type: 'SystemAssigned' }, undefined));
  if (spec.controlDatabase) factory.controlDatabase = spec.controlDatabase;
  return { id: factoryId(factory) };
}

const sameLocation = (a: string, b: string) =>
  a.replace(/\s/g, '').toLowerCase() === b.replace(/\s/g, '').toLowerCase();

function putFactory(context: SandboxContext, request: SandboxRequest) {
  const { subscription, group, factory: name } = request.params;
  const slice = dataFactory(context);
  const existing = slice.factories[factoryKey(subscription!, group!, name!)];
  if (!FACTORY_NAME.test(name!) || name!.length < 3 || name!.length > 63) {
    return badRequest(
      `Invalid factory name '${name}': use 3-63 letters, digits and single hyphens, starting and ending with a letter or digit.`,
      name,
    );
  }
  const ifMatch = request.headers['if-match'];
  if (typeof ifMatch === 'string' && (!existing || !etagMatches(ifMatch, existing.eTag))) {
    return preconditionFailed('If-Match');
  }
  const body = (request.body ?? {}) as Json;
  if (typeof body.location !== 'string' || !body.location) {
    return armError(400, 'LocationRequired', 'The location property is required for this definition.');
  }
  if (existing && !sameLocation(existing.location, body.location)) {
    return armError(
      400,
      'InvalidResourceLocation',
      `The resource '${name}' already exists in location '${existing.location}' in resource group '${group}'. A resource with the same name cannot be created in location '${body.location}'. Please select a new resource name.`,
    );
  }
  const factory =
    existing ?? createFactory(context, { subscriptionId: subscription!, resourceGroup: group!, name: name! });
  const properties = (body.properties ?? {}) as Json;
  factory.properties = Object.fromEntries(Object.entries(properties).filter(([k]) => !READ_ONLY.includes(k)));
  factory.tags = (body.tags as Record<string, string> | undefined) ?? {};
  const identity = identityFor(body.identity, factory.identity);
  if (identity) factory.identity = identity;
  factory.eTag = `"${nextEtag(context)}"`;
  return json(200, factoryView(factory));
}

function patchFactory(context: SandboxContext, factory: StoredFactory, body: Json) {
  if (body.tags) factory.tags = body.tags as Record<string, string>;
  const identity = identityFor(body.identity, factory.identity);
  if (identity) factory.identity = identity;
  if (body.publicNetworkAccess !== undefined)
    factory.properties.publicNetworkAccess = body.publicNetworkAccess;
  factory.eTag = `"${nextEtag(context)}"`;
  return json(200, factoryView(factory));
}

export function registerFactories(router: Router, context: SandboxContext): void {
  // The subscription-wide list has no group parameter, so only the subscription is checked there.
  const scope = (request: SandboxRequest) =>
    checkApiVersion(request.query) ?? checkScope(context, request.params.subscription!, request.params.group);
  const list = (request: SandboxRequest, match: (f: StoredFactory) => boolean) => {
    const factories = Object.values(dataFactory(context).factories)
      .filter(
        (f) => f.subscriptionId.toLowerCase() === request.params.subscription!.toLowerCase() && match(f),
      )
      .sort((a, b) => a.name.toLowerCase().localeCompare(b.name.toLowerCase()));
    const page = listPage(context, request, factories);
    return page
      ? json(200, { ...page, value: page.value.map(factoryView) })
      : badRequest('The continuation token is invalid.');
  };
  const lookup = (request: SandboxRequest) => {
    const { subscription, group, factory } = request.params;
    return dataFactory(context).factories[factoryKey(subscription!, group!, factory!)];
  };
  const missing = (request: SandboxRequest) =>
    notFound.resource(FACTORY_TYPE, request.params.factory!, request.params.group!);

  router.get(
    '/subscriptions/:subscription/providers/Microsoft.DataFactory/factories',
    ARM,
    (request) => scope(request) ?? list(request, () => true),
  );
  router.get(
    '/subscriptions/:subscription/resourceGroups/:group/providers/Microsoft.DataFactory/factories',
    ARM,
    (request) =>
      scope(request) ??
      list(request, (f) => f.resourceGroup.toLowerCase() === request.params.group!.toLowerCase()),
  );
  router.put(FACTORY_PATH, ARM, (request) => scope(request) ?? putFactory(context, request));
  router.patch(FACTORY_PATH, ARM, (request) => {
    const factory = lookup(request);
    return (
      scope(request) ??
      (factory ? patchFactory(context, factory, (request.body ?? {}) as Json) : missing(request))
    );
  });
  router.get(FACTORY_PATH, ARM, (request) => {
    const error = scope(request);
    if (error) return error;
    const factory = lookup(request);
    if (!factory) return missing(request);
    const ifNoneMatch = request.headers['if-none-match'];
    if (typeof ifNoneMatch === 'string' && etagMatches(ifNoneMatch, factory.eTag)) return { status: 304 };
    return json(200, factoryView(factory));
  });
  router.delete(FACTORY_PATH, ARM, (request) => {
    const error = scope(request);
    if (error) return error;
    const { subscription, group, factory } = request.params;
    const factories = dataFactory(context).factories;
    const id = factoryKey(subscription!, group!, factory!);
    if (!factories[id]) return { status: 204 };
    delete factories[id];
    return { status: 200 };
  });
}
