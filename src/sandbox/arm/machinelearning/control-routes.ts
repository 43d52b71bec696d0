/**
 * Test controls for the Machine Learning emulator (`/_sandbox/ml/...`, no token, like the rest of the control API):
 *
 * POST /_sandbox/ml/fail-next-deployment {endpoint?, deployment?, code?, message?}
 *   The next batch deployment PUT matching endpoint/deployment (any, when omitted) is accepted but its rollout
 *   fails: the operation status ends Failed with error {code, message} and the deployment stays Failed, while the
 *   endpoint keeps its default — what a failed rollout looks like in Azure.
 * GET  /_sandbox/ml/fail-next-deployment  the queued failures.
 */
import type { SandboxContext } from '../../context.js';
import { json, type Router } from '../../core/http.js';
import { type DeploymentFailure, mlState } from './store.js';

export function registerControlRoutes(router: Router, context: SandboxContext): void {
  const none = { auth: 'none' } as const;
  router.post('/_sandbox/ml/fail-next-deployment', none, ({ body }) => {
    const spec = (body ?? {}) as Record<string, unknown>;
    const failure: DeploymentFailure = {
      ...(typeof spec.endpoint === 'string' ? { endpoint: spec.endpoint } : {}),
      ...(typeof spec.deployment === 'string' ? { deployment: spec.deployment } : {}),
      code: typeof spec.code === 'string' ? spec.code : 'DeploymentFailed',
      message:
        typeof spec.message === 'string'
          ? spec.message
          : 'The batch deployment failed to provision (failure injected by the sandbox).',
    };
    mlState(context).pendingFailures.push(failure);
    return json(201, failure);
  });
  router.get('/_sandbox/ml/fail-next-deployment', none, () =>
    json(200, { value: mlState(context).pendingFailures }),
  );
}
