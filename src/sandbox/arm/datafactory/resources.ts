/**
 * PUT/GET/DELETE and list of a factory's child resources (pipelines, datasets, linked services, data flows,
 * triggers, integration runtimes, credentials, global parameters, managed virtual networks and their managed private
 * endpoints, change data captures), every kind served
 * from its description (kinds.ts), with the service's rules: names checked like the SDK checks them and unique
 * regardless of case (the first casing stays), an etag that changes on every write, `If-Match`/`If-None-Match`
 * preconditions (412), references resolved on PUT and honoured on DELETE, and started triggers frozen. Bodies are
 * stored as sent; answers add only server fields. PUT answers 200 for create and update alike (the spec defines
 * only 200); DELETE answers 200, or 204 when there was nothing to delete (both seen in azure-powershell's recorded
 * TestPipelineV2).
 */
import type { SandboxContext } from '../../context.js';
import { json, type Router, type SandboxRequest, type SandboxResponse } from '../../core/http.js';
import {
  badRequest,
  documentNotFound,
  invalidReference,
  preconditionFailed,
  referencedBy,
} from './errors.js';
import { KIND_NAMES, KINDS, resourceId, view, withoutReadOnly } from './kinds.js';
import { listPage } from './paging.js';
import { findReferences, references } from './references.js';
import { etagMatches, FACTORY_PATH, withFactory } from './scope.js';
import {
  type Json,
  type Kind,
  nextEtag,
  resourcesOf,
  type StoredFactory,
  type StoredResource,
} from './store.js';

const ARM = { auth: 'arm', validate: true } as const;

function header(request: SandboxRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value.join(',') : value;
}

function checkPreconditions(request: SandboxRequest, existing: StoredResource | undefined) {
  const ifMatch = header(request, 'if-match');
  if (ifMatch !== undefined && (!existing || !etagMatches(ifMatch, existing.etag))) {
    return preconditionFailed('If-Match');
  }
  const ifNoneMatch = header(request, 'if-none-match');
  if (ifNoneMatch !== undefined && existing && etagMatches(ifNoneMatch, existing.etag)) {
    return preconditionFailed('If-None-Match');
  }
  return undefined;
}

/** The first reference in `properties` that names no existing resource (a document may name itself). */
function missingReference(factory: StoredFactory, kind: Kind, name: string, properties: Json) {
  return findReferences(properties).find(
    (ref) =>
      !resourcesOf(factory, ref.kind)[ref.name.toLowerCase()] &&
      !(ref.kind === kind && ref.name.toLowerCase() === name.toLowerCase()),
  );
}

/** Another resource that references this one, which the service will not let go. */
function referrer(factory: StoredFactory, kind: Kind, name: string): StoredResource | undefined {
  for (const other of KIND_NAMES) {
    for (const [lower, resource] of Object.entries(resourcesOf(factory, other))) {
      if (other === kind && lower === name.toLowerCase()) continue;
      if (references(resource.properties, kind, name)) return resource;
    }
  }
  return undefined;
}

/**
 * Where a request's resource is stored (`<parent>/<name>` for a kind inside another, both lower case), and the
 * parent's name as stored; a missing parent is answered as the service answers a missing document.
 */
function locate(
  factory: StoredFactory,
  kind: Kind,
  request: SandboxRequest,
): { key: (name: string) => string; parent?: string } | { error: SandboxResponse } {
  const parentKind = KINDS[kind].parent;
  if (!parentKind) return { key: (name) => name.toLowerCase() };
  const parentName = request.params.parent!;
  const parent = resourcesOf(factory, parentKind)[parentName.toLowerCase()];
  if (!parent) return { error: documentNotFound(resourceId(factory, parentKind, parentName)) };
  return { key: (name) => `${parent.name.toLowerCase()}/${name.toLowerCase()}`, parent: parent.name };
}

function put(context: SandboxContext, kind: Kind, factory: StoredFactory, request: SandboxRequest) {
  const name = request.params.name!;
  const rule = KINDS[kind].name;
  if (!rule.valid(name)) return badRequest(rule.problem(name), name);
  const place = locate(factory, kind, request);
  if ('error' in place) return place.error;
  const body = request.body as { properties?: unknown } | undefined;
  if (
    !body ||
    typeof body.properties !== 'object' ||
    body.properties === null ||
    Array.isArray(body.properties)
  ) {
    return badRequest('The request body must be a JSON object with a properties object.');
  }
  const all = resourcesOf(factory, kind);
  const existing = all[place.key(name)];
  const refused = checkPreconditions(request, existing) ?? KINDS[kind].frozen(existing);
  if (refused) return refused;

  const properties = withoutReadOnly(kind, structuredClone(body.properties as Json));
  const missing = missingReference(factory, kind, name, properties);
  if (missing) {
    const named = existing?.name ?? name;
    return invalidReference(
      missing.name,
      resourceId(factory, kind, place.parent === undefined ? named : `${place.parent}/${named}`),
    );
  }

  const resource: StoredResource = {
    name: existing?.name ?? name,
    properties,
    etag: nextEtag(context),
    server: existing?.server ?? KINDS[kind].serverFields(properties, factory),
    internal: existing?.internal ?? KINDS[kind].internalFields(),
  };
  all[place.key(name)] = resource;
  return json(200, view(factory, kind, resource, place.parent));
}

function remove(kind: Kind, factory: StoredFactory, request: SandboxRequest): SandboxResponse {
  const name = request.params.name!;
  const place = locate(factory, kind, request);
  if ('error' in place) return place.error;
  const all = resourcesOf(factory, kind);
  const existing = all[place.key(name)];
  if (!existing) return { status: 204 };
  const refused = KINDS[kind].frozen(existing);
  if (refused) return refused;
  const holder = referrer(factory, kind, name);
  if (holder) {
    return referencedBy(
      holder.name,
      `/Microsoft.DataFactory/factories/${factory.name}/${KINDS[kind].segment}/${existing.name}`,
    );
  }
  delete all[place.key(name)];
  return { status: 200 };
}

export function registerResources(router: Router, context: SandboxContext): void {
  for (const kind of KIND_NAMES) {
    const parent = KINDS[kind].parent;
    const list = parent ? `${FACTORY_PATH}/${parent}/:parent/${kind}` : `${FACTORY_PATH}/${kind}`;
    const one = `${list}/:name`;
    router.get(
      list,
      ARM,
      withFactory(context, (factory, request) => {
        const place = locate(factory, kind, request);
        if ('error' in place) return place.error;
        const prefix = place.key('');
        const all = Object.entries(resourcesOf(factory, kind))
          .filter(([key]) => key.startsWith(prefix))
          .map(([, resource]) => resource)
          .sort((a, b) => a.name.toLowerCase().localeCompare(b.name.toLowerCase()));
        const page = listPage(context, request, all);
        if (!page) return badRequest('The continuation token is invalid.');
        return json(200, {
          ...page,
          value: page.value.map((resource) => view(factory, kind, resource, place.parent)),
        });
      }),
    );
    router.get(
      one,
      ARM,
      withFactory(context, (factory, request) => {
        const place = locate(factory, kind, request);
        if ('error' in place) return place.error;
        const name = request.params.name!;
        const resource = resourcesOf(factory, kind)[place.key(name)];
        if (!resource) {
          return documentNotFound(
            resourceId(factory, kind, place.parent === undefined ? name : `${place.parent}/${name}`),
          );
        }
        // The spec's 304: the caller's copy (If-None-Match) is current.
        const ifNoneMatch = header(request, 'if-none-match');
        if (ifNoneMatch !== undefined && etagMatches(ifNoneMatch, resource.etag)) return { status: 304 };
        return json(200, view(factory, kind, resource, place.parent));
      }),
    );
    router.put(
      one,
      ARM,
      withFactory(context, (factory, request) => put(context, kind, factory, request)),
    );
    router.delete(
      one,
      ARM,
      withFactory(context, (factory, request) => remove(kind, factory, request)),
    );
  }
}
