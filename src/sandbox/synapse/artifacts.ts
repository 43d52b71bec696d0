/**
 * The artifacts of a development endpoint (`{endpoint}/pipelines/{name}` and the other kinds): GET and list, PUT
 * and DELETE as long-running operations (operations.ts), every kind served from its description (kinds.ts).
 * Integration runtimes are only read here; Synapse writes them through ARM (integration-runtimes.ts).
 *
 * The service's rules: names checked like the spec's path parameters and unique regardless of case (the first
 * casing stays); an etag that changes on every write, `If-Match` on PUT (412) and `If-None-Match` on GET (304), as
 * the spec's parameters say; bodies stored as sent (`properties`; read-only fields dropped), answers adding only
 * the service's fields; the artifacts the workspace created itself (its default linked services and credential)
 * refused (ResourceNotUpdatable); a DELETE of nothing answers 204 at once (assumed, as Data Factory answers it).
 * What is checked synchronously answers the request; the document checks run with the operation.
 */

import { etagMatches } from '../arm/datafactory/scope.js';
import type { SandboxContext } from '../context.js';
import { json, type Router, type SandboxRequest, type SandboxResponse } from '../core/http.js';
import { DEV_ENDPOINT_PATH } from './endpoint.js';
import {
  artifactNotFound,
  badRequest,
  managedByWorkspace,
  preconditionFailed,
  runtimeNotFound,
} from './errors.js';
import { ARTIFACT_KINDS, type ArtifactKind, KINDS, view, withoutReadOnly } from './kinds.js';
import { accept } from './operations.js';
import { listPage } from './paging.js';
import { DEV, withWorkspace } from './scope.js';
import { artifactsOf, type Json, type StoredWorkspace } from './store.js';

function header(request: SandboxRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value.join(',') : value;
}

/** `LinkedService` -> `linked service`, as the service's messages name kinds. */
const words = (typeName: string) => typeName.replace(/(?<=[a-z])(?=[A-Z])/g, ' ').toLowerCase();

function put(
  context: SandboxContext,
  kind: ArtifactKind,
  workspace: StoredWorkspace,
  request: SandboxRequest,
): SandboxResponse {
  const name = request.params.name!;
  const info = KINDS[kind];
  if (!info.name.valid(name)) return badRequest(info.name.problem(name));
  const body = request.body as { properties?: unknown } | undefined;
  if (
    !body ||
    typeof body.properties !== 'object' ||
    body.properties === null ||
    Array.isArray(body.properties)
  ) {
    return badRequest('The request body must be a JSON object with a properties object.');
  }
  const existing = artifactsOf(workspace, kind)[name.toLowerCase()];
  if (existing?.internal.managedByWorkspace) {
    return managedByWorkspace(workspace, words(info.typeName), existing.name, 'updated');
  }
  const ifMatch = header(request, 'if-match');
  if (ifMatch !== undefined && (!existing || !etagMatches(ifMatch, existing.etag))) {
    return preconditionFailed('If-Match');
  }
  const properties = withoutReadOnly(kind, structuredClone(body.properties as Json));
  return accept(context, workspace, { kind, name, action: 'write', properties });
}

function remove(
  context: SandboxContext,
  kind: ArtifactKind,
  workspace: StoredWorkspace,
  name: string,
): SandboxResponse {
  const existing = artifactsOf(workspace, kind)[name.toLowerCase()];
  if (!existing) return { status: 204 };
  if (existing.internal.managedByWorkspace) {
    return managedByWorkspace(workspace, words(KINDS[kind].typeName), existing.name, 'deleted');
  }
  return accept(context, workspace, { kind, name, action: 'delete' });
}

export function registerArtifacts(router: Router, context: SandboxContext): void {
  for (const kind of ARTIFACT_KINDS) {
    const info = KINDS[kind];
    const list = `${DEV_ENDPOINT_PATH}/${info.path}`;
    const one = `${list}/:name`;
    router.get(
      list,
      DEV,
      withWorkspace(context, (workspace, request) => {
        const all = Object.values(artifactsOf(workspace, kind)).sort((a, b) =>
          a.name.toLowerCase().localeCompare(b.name.toLowerCase()),
        );
        const page = listPage(context, request, all);
        if (!page) return badRequest('The continuation token is invalid.');
        return json(200, { ...page, value: page.value.map((artifact) => view(workspace, kind, artifact)) });
      }),
    );
    router.get(
      one,
      DEV,
      withWorkspace(context, (workspace, request) => {
        const artifact = artifactsOf(workspace, kind)[request.params.name!.toLowerCase()];
        if (!artifact) {
          return info.dataPlaneWrites
            ? artifactNotFound(workspace, info.typeName, request.params.name!)
            : runtimeNotFound(workspace, request.params.name!);
        }
        const ifNoneMatch = header(request, 'if-none-match');
        if (ifNoneMatch !== undefined && etagMatches(ifNoneMatch, artifact.etag)) return { status: 304 };
        return json(200, view(workspace, kind, artifact));
      }),
    );
    if (!info.dataPlaneWrites) continue;
    router.put(
      one,
      DEV,
      withWorkspace(context, (workspace, request) => put(context, kind, workspace, request)),
    );
    router.delete(
      one,
      DEV,
      withWorkspace(context, (workspace, request) => remove(context, kind, workspace, request.params.name!)),
    );
  }
}
