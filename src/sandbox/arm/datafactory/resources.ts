/**
 * PUT/GET/DELETE and list of a factory's child resources (pipelines, datasets, linked services, data flows,
 * triggers, integration runtimes, credentials, global parameters, managed virtual networks), every kind served
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

function put(context: SandboxContext, kind: Kind, factory: StoredFactory, request: SandboxRequest) {
  const name = request.params.name!;
  const rule = KINDS[kind].name;
  if (!rule.valid(name)) return badRequest(rule.problem(name), name);
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
  const existing = all[name.toLowerCase()];
  const refused = checkPreconditions(request, existing) ?? KINDS[kind].frozen(existing);
  if (refused) return refused;

  const properties = withoutReadOnly(kind, structuredClone(body.properties as Json));
  const missing = missingReference(factory, kind, name, properties);
  if (missing) return invalidReference(missing.name, resourceId(factory, kind, existing?.name ?? name));

  const resource: StoredResource = {
    name: existing?.name ?? name,
    properties,
    etag: nextEtag(context),
    server: existing?.server ?? KINDS[kind].serverFields(properties, factory),
    internal: existing?.internal ?? KINDS[kind].internalFields(),
  };
  all[name.toLowerCase()] = resource;
  return json(200, view(factory, kind, resource));
}

function remove(kind: Kind, factory: StoredFactory, name: string): SandboxResponse {
  const all = resourcesOf(factory, kind);
  const existing = all[name.toLowerCase()];
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
  delete all[name.toLowerCase()];
  return { status: 200 };
}

export function registerResources(router: Router, context: SandboxContext): void {
  for (const kind of KIND_NAMES) {
    const list = `${FACTORY_PATH}/${kind}`;
    const one = `${list}/:name`;
    router.get(
      list,
      ARM,
      withFactory(context, (factory, request) => {
        const all = Object.values(resourcesOf(factory, kind)).sort((a, b) =>
          a.name.toLowerCase().localeCompare(b.name.toLowerCase()),
        );
        const page = listPage(context, request, all);
        if (!page) return badRequest('The continuation token is invalid.');
        return json(200, { ...page, value: page.value.map((resource) => view(factory, kind, resource)) });
      }),
    );
    router.get(
      one,
      ARM,
      withFactory(context, (factory, request) => {
        const resource = resourcesOf(factory, kind)[request.params.name!.toLowerCase()];
        if (!resource) return documentNotFound(resourceId(factory, kind, request.params.name!));
        // The spec's 304: the caller's copy (If-None-Match) is current.
        const ifNoneMatch = header(request, 'if-none-match');
        if (ifNoneMatch !== undefined && etagMatches(ifNoneMatch, resource.etag)) return { status: 304 };
        return json(200, view(factory, kind, resource));
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
      withFactory(context, (factory, request) => remove(kind, factory, request.params.name!)),
    );
  }
}
