/**
 * The polling resources of long-running operations. Neither path is in the REST spec (the spec only names the
 * headers), so these routes are not spec-validated.
 *
 * - `mfeOperationsStatus/{id}`: ARM's Azure-AsyncOperation status resource. The body is what Azure ML returns,
 *   `{status, startTime, endTime?, error?}` (a real failed one: `{"error":{"code":"ModelRegistryError",...},
 *   "status":"Failed","startTime":"...","endTime":"..."}`); `InProgress` while running, with `Retry-After`.
 * - `mfeOperationResults/{id}`: the Location resource, 202 while running and then the final result of the
 *   original request (ARM RPC: "OperationResults eventually ... returns the final result of the original request",
 *   azure-resource-manager-rpc#60): the resource for PATCH, nothing for DELETE and cancel.
 */
import { checkScope, type SandboxContext } from '../../context.js';
import { armError, json, type Router, type SandboxResponse } from '../../core/http.js';
import { apiVersionError, mlError } from './errors.js';
import { isDone, locationHeaders, operationOf, settleOperations } from './lifecycle.js';
import { iso } from './resource-metadata.js';
import { type OperationRecord, PROVIDER } from './store.js';

export interface OperationRoutesOptions {
  /** The resource an operation changed, as GET returns it (for PATCH results); undefined when it is gone. */
  readonly viewOf: (operation: OperationRecord) => unknown;
}

export function registerOperationRoutes(
  router: Router,
  context: SandboxContext,
  options: OperationRoutesOptions,
): void {
  const base = `/subscriptions/:subscription/providers/${PROVIDER}/locations/:location`;
  const find = (
    params: Readonly<Record<string, string>>,
    query: URLSearchParams,
  ): { error: SandboxResponse } | { operation: OperationRecord } => {
    const scope = checkScope(context, params.subscription!);
    if (scope) return { error: scope };
    const version = apiVersionError(
      query.get('api-version'),
      context.location,
      'locations/mfeOperationsStatus',
    );
    if (version) return { error: version };
    settleOperations(context);
    const operation = operationOf(context, params.operation!);
    if (!operation || operation.subscriptionId.toLowerCase() !== params.subscription!.toLowerCase()) {
      return {
        error: armError(404, 'NotFound', `The operation '${params.operation}' could not be found.`),
      };
    }
    return { operation };
  };

  router.get(`${base}/mfeOperationsStatus/:operation`, { auth: 'arm' }, ({ params, query }) => {
    const found = find(params, query);
    if ('error' in found) return found.error;
    const { operation } = found;
    const now = context.clock();
    if (!isDone(operation, now)) {
      return json(
        200,
        { status: 'InProgress', startTime: iso(operation.startedAt) },
        { 'Retry-After': String(context.timing.pollRetryAfterSeconds) },
      );
    }
    return json(200, {
      status: operation.outcome,
      startTime: iso(operation.startedAt),
      endTime: iso(operation.startedAt + operation.durationMs),
      ...(operation.error ? { error: operation.error } : {}),
    });
  });

  router.get(`${base}/mfeOperationResults/:operation`, { auth: 'arm' }, ({ params, query }) => {
    const found = find(params, query);
    if ('error' in found) return found.error;
    const { operation } = found;
    if (!isDone(operation, context.clock()))
      return {
        status: 202,
        headers: locationHeaders(context, operation, context.timing.pollRetryAfterSeconds),
      };
    if (operation.outcome === 'Failed' && operation.error) {
      return mlError(400, operation.error.code, operation.error.message);
    }
    if (operation.kind === 'delete') return { status: 204 };
    if (operation.kind === 'cancel') return { status: 200 };
    const view = options.viewOf(operation);
    return view === undefined ? { status: 204 } : json(200, view);
  });
}
