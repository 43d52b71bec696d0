/**
 * How a resource kind is written, in one of the provider's two shapes:
 * - synchronous (models, code and environment assets): PUT answers 201 on create and 200 on update, DELETE 200;
 * - long-running (batch endpoints and deployments, lifecycle.ts): PUT answers 201 + Azure-AsyncOperation, PATCH
 *   and DELETE 202 + Location; a DELETE already under way answers its own operation again.
 * A kind's write functions only validate and build the record: the server's fields (who created and last changed
 * it, for `systemData`, and the operation under way) are set here, once for every kind.
 */
import type { SandboxContext } from '../../context.js';
import { json, type SandboxRequest, type SandboxResponse } from '../../core/http.js';
import { asyncOperationHeaders, locationHeaders, operationOf, startOperation } from './lifecycle.js';
import { actorOf, stampsFor, touch } from './resource-metadata.js';
import { notFoundAt } from './resource-path.js';
import type { KindRoutes } from './resource-routes.js';
import type {
  Actor,
  DeploymentFailure,
  OperationRecord,
  Stamps,
  TrackedRecord,
  WorkspaceRecord,
} from './store.js';

/** What a PUT is about: the request, its workspace, the resource as it is now, and who writes when. */
export interface Write<R> {
  readonly context: SandboxContext;
  readonly request: SandboxRequest;
  readonly workspace: WorkspaceRecord;
  readonly existing: R | undefined;
  readonly now: number;
  readonly actor: Actor;
}

/** A PUT's answer from the kind: the record to store (without the server's fields), or why it is refused. */
export type Written<T> = { readonly record: T; readonly failure?: DeploymentFailure } | SandboxResponse;

export interface SyncWrites<R extends Stamps> {
  readonly put?: (write: Write<R>) => Written<Omit<R, keyof Stamps>>;
  /** DELETE is served; `cascade` removes what goes with the record (a container's versions). */
  readonly remove?: {
    readonly cascade?: (context: SandboxContext, workspace: WorkspaceRecord, record: R) => void;
  };
}

export interface LongRunningWrites<R extends TrackedRecord> {
  /** What the kind's operations target (their id prefix, and what a finished delete removes). */
  readonly target: 'endpoint' | 'deployment';
  /** `failure` makes the rollout end Failed (a failure queued through the control API). */
  readonly put?: (write: Write<R>) => Written<Omit<R, keyof Stamps | 'operationId'>>;
  /** Applies a PATCH body to the record (the spec's partial resources name what may change). */
  readonly patch?: (record: R, body: unknown) => void;
  /** DELETE is served; `guard` may refuse it first. */
  readonly remove?: {
    readonly guard?: (
      context: SandboxContext,
      workspace: WorkspaceRecord,
      record: R,
    ) => SandboxResponse | undefined;
  };
}

export function syncWrites<R extends Stamps>(writes: SyncWrites<R>) {
  return {
    register(routes: KindRoutes<R>): void {
      const { context, kind } = routes;
      const { put, remove } = writes;
      if (put) {
        routes.add('PUT', kind.path.item, (request, workspace, names) => {
          const records = kind.records(context);
          const id = kind.key(workspace, names);
          const existing = records[id];
          const now = context.clock();
          const actor = actorOf(request.principal);
          const result = put({ context, request, workspace, existing, now, actor });
          if (!('record' in result)) return result;
          // The spread gives back exactly the fields the kind leaves to the server.
          const record = { ...result.record, ...stampsFor(existing, now, actor) } as R;
          records[id] = record;
          return json(existing ? 200 : 201, kind.view(context, workspace, record));
        });
      }
      if (remove) {
        routes.add('DELETE', kind.path.item, (_request, workspace, names) => {
          const records = kind.records(context);
          const id = kind.key(workspace, names);
          const record = records[id];
          if (!record) return { status: 204 };
          remove.cascade?.(context, workspace, record);
          delete records[id];
          return { status: 200 };
        });
      }
    },
  };
}

export function longRunningWrites<R extends TrackedRecord>(writes: LongRunningWrites<R>) {
  return {
    register(routes: KindRoutes<R>): void {
      const { context, kind } = routes;
      const { put, patch, remove } = writes;
      const start = (
        workspace: WorkspaceRecord,
        names: readonly string[],
        operation: OperationRecord['kind'],
        failure?: DeploymentFailure,
      ) =>
        startOperation(context, {
          subscriptionId: workspace.subscriptionId,
          kind: operation,
          target: { type: writes.target, key: kind.key(workspace, names) },
          ...(failure ? { failure } : {}),
        });
      const accepted = (operation: OperationRecord) => ({
        status: 202,
        headers: locationHeaders(context, operation),
      });

      if (put) {
        routes.add('PUT', kind.path.item, (request, workspace, names) => {
          const records = kind.records(context);
          const existing = routes.find(workspace, names);
          const now = context.clock();
          const actor = actorOf(request.principal);
          const result = put({ context, request, workspace, existing, now, actor });
          if (!('record' in result)) return result;
          const operation = start(workspace, names, existing ? 'update' : 'create', result.failure);
          // The spread gives back exactly the fields the kind leaves to the server.
          const record = {
            ...result.record,
            ...stampsFor(existing, now, actor),
            operationId: operation.id,
          } as R;
          records[kind.key(workspace, names)] = record;
          return json(
            201,
            kind.view(context, workspace, record, operation),
            asyncOperationHeaders(context, operation),
          );
        });
      }
      if (patch) {
        routes.add('PATCH', kind.path.item, (request, workspace, names) => {
          const record = routes.find(workspace, names);
          if (!record) return notFoundAt(workspace, kind.path, names);
          patch(record, request.body ?? {});
          touch(record, context.clock(), actorOf(request.principal));
          const operation = start(workspace, names, 'update');
          record.operationId = operation.id;
          return accepted(operation);
        });
      }
      if (remove) {
        routes.add('DELETE', kind.path.item, (_request, workspace, names) => {
          const record = routes.find(workspace, names);
          if (!record) return { status: 204 };
          const refused = remove.guard?.(context, workspace, record);
          if (refused) return refused;
          const current = operationOf(context, record.operationId);
          if (current?.kind === 'delete') return accepted(current);
          const operation = start(workspace, names, 'delete');
          record.operationId = operation.id;
          return accepted(operation);
        });
      }
    },
  };
}
