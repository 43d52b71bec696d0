/**
 * The apply phase, the only one that writes: the model version and the scoring code are registered when the plan
 * says so, the rollout runs (rollout.ts: endpoint, deployment, default, clean-up), the deployed model version is
 * tagged with the run; then the receipt of what serves now is built, and the summary says what serves.
 */
import type { TokenCredential } from '@azure/core-auth';
import { buildAmlReceipt } from '#shared/receipts/builders.js';
import { encodeReceipt } from '#shared/receipts/encoding.js';
import { registerModel, tagDeployedModel } from './model-registration.js';
import type { ReleaseDeps } from './plan.js';
import { receiptEndpoint, releaseFacts } from './receipt-facts.js';
import type { ReleasePlan } from './release-plan.js';
import { executeRollout } from './rollout.js';
import { renderServing } from './summary.js';
import { registerCode } from './workspace-assets.js';

export interface ApplyDeps extends ReleaseDeps {
  /** For the datastore uploads (the data plane): the same sign-in as the management client. */
  readonly credential: TokenCredential;
  readonly caCertificates: readonly string[] | undefined;
  /** Masks the datastore's key before anything can print it. */
  readonly mask: (secret: string) => void;
}

export interface AppliedRelease {
  readonly scoringUri: string;
  /** The encoded `aml` receipt (the `receipt` output). */
  readonly receipt: string;
}

export async function applyPlan(
  plan: ReleasePlan,
  settings: { readonly environment: string },
  deps: ApplyDeps,
): Promise<AppliedRelease> {
  const { logger } = deps;
  let model = plan.model;
  if (model.registration) {
    model = await logger.group(`Register model ${model.name}:${model.version}`, () =>
      registerModel(plan.model, deps),
    );
  }
  if (plan.code?.registration) {
    await logger.group('Register the scoring code', () => registerCode(plan.code!, deps));
  }
  const result = await executeRollout(plan, deps);
  const deploymentWritten = plan.deployment.diff.action !== 'no-op';
  if (deploymentWritten || plan.model.registration) await tagDeployedModel(model, deps.run, deps);

  const scoringUri = result.endpoint.properties.scoringUri ?? '';
  const receipt = buildAmlReceipt({
    ...releaseFacts(settings.environment, deps.scope, deps.run, deps.clock()),
    endpoint: receiptEndpoint(result.endpoint),
    deployment: { name: plan.deploymentName, id: result.deployment.id ?? '' },
    model: { id: model.assetId, name: model.name, version: model.version },
  });
  renderServing(deps.summary, {
    scoringUri,
    defaultDeployment: result.endpoint.properties.defaults?.deploymentName ?? undefined,
    model: `${model.name}:${model.version}`,
    deleted: result.deleted,
  });
  return { scoringUri, receipt: encodeReceipt(receipt) };
}
