/**
 * `GET {endpoint}/operationResults/{operationId}`: where a write's or delete's `Location` points (operations.ts).
 * The spec (operations.json, OperationResult_Get) defines 200, 201, 202 and 204 without bodies; the service's
 * bodies are what operations.ts answers.
 */
import type { SandboxContext } from '../context.js';
import type { Router } from '../core/http.js';
import { DEV_ENDPOINT_PATH } from './endpoint.js';
import { operationNotFound } from './errors.js';
import { operationResult } from './operations.js';
import { DEV, withWorkspace } from './scope.js';

export function registerOperationResults(router: Router, context: SandboxContext): void {
  router.get(
    `${DEV_ENDPOINT_PATH}/operationResults/:operationId`,
    DEV,
    withWorkspace(context, (workspace, { params }) => {
      const operation = workspace.operations[params.operationId!];
      return operation
        ? operationResult(context, workspace, operation)
        : operationNotFound(params.operationId!);
    }),
  );
}
