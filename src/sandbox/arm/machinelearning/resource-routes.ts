/**
 * One route shape for every resource kind under a workspace. A kind is described once (its path, where its
 * records are kept and under which key, how one is viewed, which records a list answers, its POST actions, and how
 * it is written: resource-writes.ts) and `registerResource` serves list, get, PUT, PATCH, DELETE and the actions
 * from that description, each behind the workspace's front door (workspace-scope.ts). Adding a kind is writing
 * its description.
 *
 * What every kind shares: a request under a parent that does not exist (a deployment of a missing endpoint)
 * answers the parent's 404, except DELETE; a missing resource answers its own 404, except DELETE, which answers
 * 204 because there is nothing to delete.
 */
import type { SandboxContext } from '../../context.js';
import { json, type Router, type SandboxRequest, type SandboxResponse } from '../../core/http.js';
import { namesIn, notFoundAt, type ResourcePath } from './resource-path.js';
import { type OperationRecord, recordsUnder, type WorkspaceRecord } from './store.js';
import { withWorkspace } from './workspace-scope.js';

/** Where a kind's records are kept. Keys are paths, so the key with an empty last name prefixes a collection. */
export interface RecordStore<R> {
  readonly records: (context: SandboxContext) => Record<string, R>;
  /** The state key of the resource the names (outermost first) point at. */
  readonly key: (workspace: WorkspaceRecord, names: readonly string[]) => string;
}

export interface ResourceKind<R> extends RecordStore<R> {
  readonly path: ResourcePath;
  /** The resource as the service shows it; `started` is the operation a long-running PUT has just started. */
  readonly view: (
    context: SandboxContext,
    workspace: WorkspaceRecord,
    record: R,
    started?: OperationRecord,
  ) => unknown;
  /** The kind's parent, which must exist for anything under it to be listed, read or written. */
  readonly parent?: RecordStore<unknown>;
  /** Which records a list answers and in which order (filters, `$orderBy`, `$top`), or why it is refused. */
  readonly list?: (records: R[], query: URLSearchParams) => R[] | SandboxResponse;
  /** POST actions on one existing resource, by the last path segment (`listkeys`, `listSecrets`, `cancel`). */
  readonly actions?: Readonly<Record<string, ResourceAction<R>>>;
  /** PUT, PATCH and DELETE, synchronous or long-running (resource-writes.ts); read-only without. */
  readonly writes?: { readonly register: (routes: KindRoutes<R>) => void };
}

export type ResourceAction<R> = (
  context: SandboxContext,
  workspace: WorkspaceRecord,
  record: R,
) => SandboxResponse | Promise<SandboxResponse>;

type KindHandler = (
  request: SandboxRequest,
  workspace: WorkspaceRecord,
  names: readonly string[],
) => SandboxResponse | Promise<SandboxResponse>;

export function findRecord<R>(
  context: SandboxContext,
  store: RecordStore<R>,
  workspace: WorkspaceRecord,
  names: readonly string[],
): R | undefined {
  return store.records(context)[store.key(workspace, names)];
}

/** The records of a collection: the children of the workspace, or of the parent the names point at. */
export function recordsIn<R>(
  context: SandboxContext,
  store: RecordStore<R>,
  workspace: WorkspaceRecord,
  parentNames: readonly string[],
): R[] {
  return recordsUnder(store.records(context), store.key(workspace, [...parentNames, '']));
}

/** The routes of one kind, as its writes register theirs beside the reads. */
export class KindRoutes<R> {
  constructor(
    private readonly router: Router,
    readonly context: SandboxContext,
    readonly kind: ResourceKind<R>,
  ) {}

  find(workspace: WorkspaceRecord, names: readonly string[]): R | undefined {
    return findRecord(this.context, this.kind, workspace, names);
  }

  /** A route behind the workspace front door; every method but DELETE first needs the parent to exist. */
  add(method: string, route: string, handler: KindHandler): void {
    const { context, kind } = this;
    this.router.add(
      method,
      route,
      { auth: 'arm', validate: true },
      withWorkspace(context, kind.path.resourceType, (request, workspace) => {
        const names = namesIn(kind.path, request.params);
        if (kind.parent && method !== 'DELETE') {
          const parentNames = names.slice(0, kind.path.params.length - 1);
          if (findRecord(context, kind.parent, workspace, parentNames) === undefined) {
            return notFoundAt(workspace, kind.path, parentNames);
          }
        }
        return handler(request, workspace, names);
      }),
    );
  }
}

export function registerResource<R>(router: Router, context: SandboxContext, kind: ResourceKind<R>): void {
  const routes = new KindRoutes(router, context, kind);
  const { path } = kind;
  const list = kind.list;
  if (list) {
    routes.add('GET', path.collection, (request, workspace, names) => {
      const chosen = list(recordsIn(context, kind, workspace, names), request.query);
      if (!Array.isArray(chosen)) return chosen;
      return json(200, { value: chosen.map((record) => kind.view(context, workspace, record)) });
    });
  }
  routes.add('GET', path.item, (_request, workspace, names) => {
    const record = routes.find(workspace, names);
    return record ? json(200, kind.view(context, workspace, record)) : notFoundAt(workspace, path, names);
  });
  kind.writes?.register(routes);
  for (const [name, action] of Object.entries(kind.actions ?? {})) {
    routes.add('POST', `${path.item}/${name}`, (_request, workspace, names) => {
      const record = routes.find(workspace, names);
      return record ? action(context, workspace, record) : notFoundAt(workspace, path, names);
    });
  }
}

/** The first `limit` records when the query gives a positive limit (`count`, `$top`), else all of them. */
export function firstOf<R>(records: R[], limit: string | null): R[] {
  const count = Number(limit ?? 0);
  return count > 0 ? records.slice(0, count) : records;
}
