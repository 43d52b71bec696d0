/**
 * The apply phase, the only one that writes: the models, environments and scoring code are registered when the plan
 * says so, the rollout runs (rollout.ts: endpoint, deployments, default, clean-up), and the models of the deployments
 * written are tagged with the run; then the receipt of what serves now is built, and the summary says what serves.
 *
 * When a write fails, the step fails saying what was applied before (the model registered, a deployment created but
 * not the default) and which default keeps serving; the job summary says the same under the plan, so nobody reads
 * the plan as done.
 */
import type { TokenCredential } from '@azure/core-auth';
import type { ContainerClient } from '@azure/storage-blob';
import { type DatastoreInfo, openDatastoreContainer } from '#shared/azure/datastores.js';
import { ConfigurationError, describeError, formatErrorDetails } from '#shared/errors.js';
import { type AmlReceiptFacts, buildAmlReceipt } from '#shared/receipts/builders.js';
import { encodeReceipt } from '#shared/receipts/encoding.js';
import { type RegistrationDeps, registerModel, tagDeployedModel } from './model-registration.js';
import type { ResolvedModel } from './model-resolution.js';
import type { ReleaseDeps } from './plan.js';
import { receiptEndpoint, releaseFacts, servedModel } from './receipt-facts.js';
import type { ReleasePlan } from './release-plan.js';
import { Applied, executeRollout, type RolloutResult } from './rollout.js';
import { renderFailure, renderServing } from './summary.js';
import { registerCode, registerEnvironment } from './workspace-assets.js';

export interface ApplyDeps extends ReleaseDeps {
  /** For the datastore uploads (the data plane): the same sign-in as the management client. */
  readonly credential: TokenCredential;
  readonly caCertificates: readonly string[] | undefined;
  /** Masks the datastore's key before anything can print it. */
  readonly mask: (secret: string) => void;
}

export interface AppliedRelease {
  readonly scoringUri: string;
  /** The encoded `aml` receipt (the `receipt` output); undefined when the endpoint has no default to describe. */
  readonly receipt: string | undefined;
}

export async function applyPlan(
  plan: ReleasePlan,
  settings: { readonly environment: string },
  deps: ApplyDeps,
): Promise<AppliedRelease> {
  const applied = new Applied();
  try {
    return await apply(plan, settings, applied, deps);
  } catch (error) {
    const outcome = failureOutcome(plan, applied);
    renderFailure(deps.summary, { error: formatErrorDetails(describeError(error)), ...outcome });
    throw withOutcome(error, `${outcome.applied} ${outcome.serving}`);
  }
}

async function apply(
  plan: ReleasePlan,
  settings: { readonly environment: string },
  applied: Applied,
  deps: ApplyDeps,
): Promise<AppliedRelease> {
  const { logger } = deps;
  const registration: RegistrationDeps = { ...deps, openContainer: containerOpener(deps) };
  const registered = new Map<ResolvedModel, ResolvedModel>();
  for (const model of plan.models) {
    if (!model.registration) continue;
    const what = `model ${model.name}:${model.version}`;
    registered.set(model, await logger.group(`Register ${what}`, () => registerModel(model, registration)));
    applied.add(`${what} registered`);
  }
  for (const environment of plan.environments) {
    if (!environment.registration) continue;
    const what = `environment ${environment.name}:${environment.version}`;
    await logger.group(`Register ${what}`, () => registerEnvironment(environment, registration));
    applied.add(`${what} registered`);
  }
  for (const code of plan.codes) {
    if (!code.registration) continue;
    await logger.group('Register the scoring code', () => registerCode(code, registration));
    applied.add(`the scoring code of ${code.registration.folder.shown} registered`);
  }

  const result = await executeRollout(plan, applied, deps);
  const tagged = new Set<ResolvedModel>();
  for (const deployment of plan.deployments) {
    const model = registered.get(deployment.model) ?? deployment.model;
    const written = deployment.diff.action !== 'no-op' || deployment.model.registration !== undefined;
    if (!written || tagged.has(model)) continue;
    tagged.add(model);
    await tagDeployedModel(model, deps.run, deps);
  }

  const endpoint = result.endpoint;
  const scoringUri = endpoint.properties.scoringUri ?? '';
  const defaultName = endpoint.properties.defaults?.deploymentName ?? undefined;
  // The receipt names what serves: the default deployment and the model version it serves.
  let receipt: string | undefined;
  const served = servedNow(plan, result, registered, defaultName);
  if (served) {
    receipt = encodeReceipt(
      buildAmlReceipt({
        ...releaseFacts(settings.environment, deps.scope, deps.run, deps.clock()),
        endpoint: receiptEndpoint(endpoint),
        ...served,
      }),
    );
  }
  if (!receipt) {
    logger.warning(
      `Batch endpoint '${plan.endpointName}' has no default deployment, so there is no receipt to hand on: set one (defaults.deployment_name, or set-default).`,
    );
  }
  const primaryModel = registered.get(plan.primary.model) ?? plan.primary.model;
  renderServing(deps.summary, {
    endpoint: plan.endpointName,
    changed: plan.changed,
    scoringUri,
    defaultDeployment: defaultName,
    deployments: plan.deployments.map((d) => {
      const model = registered.get(d.model) ?? d.model;
      return { name: d.name, model: `${model.name}:${model.version}` };
    }),
    model: `${primaryModel.name}:${primaryModel.version}`,
    deleted: result.deleted,
  });
  return { scoringUri, receipt };
}

/** The default deployment after the rollout and its model: one of the run's, or the one that already served. */
function servedNow(
  plan: ReleasePlan,
  result: RolloutResult,
  registered: ReadonlyMap<ResolvedModel, ResolvedModel>,
  defaultName: string | undefined,
): Pick<AmlReceiptFacts, 'deployment' | 'model'> | undefined {
  if (!defaultName) return undefined;
  const index = plan.deployments.findIndex((d) => d.name.toLowerCase() === defaultName.toLowerCase());
  if (index >= 0) {
    const deployment = plan.deployments[index]!;
    const model = registered.get(deployment.model) ?? deployment.model;
    return {
      deployment: { name: deployment.name, id: result.deployments[index]!.id ?? '' },
      model: { id: model.assetId, name: model.name, version: model.version },
    };
  }
  const live = plan.targetLive;
  const model = live && servedModel(live);
  return live && model ? { deployment: { name: defaultName, id: live.id ?? '' }, model } : undefined;
}

/** The datastore's container, opened once per datastore for every upload of the step. */
function containerOpener(deps: ApplyDeps): (datastore: DatastoreInfo) => Promise<ContainerClient> {
  const opened = new Map<string, Promise<ContainerClient>>();
  return (datastore) => {
    let container = opened.get(datastore.name);
    if (!container) {
      container = openDatastoreContainer(datastore, {
        ...deps.scope,
        cloud: deps.cloud,
        credential: deps.credential,
        caCertificates: deps.caCertificates,
        mask: deps.mask,
      });
      opened.set(datastore.name, container);
    }
    return container;
  };
}

/** What a failed release leaves behind, in words: what it applied, and what serves. */
function failureOutcome(plan: ReleasePlan, applied: Applied): { applied: string; serving: string } {
  const notDefault = applied.deployments.filter(
    (name) => !(applied.defaultSwitched && name.toLowerCase() === plan.targetDefault?.toLowerCase()),
  );
  const facts = applied.facts.length
    ? `Applied before the failure: ${applied.facts.join('; ')}${notDefault.length ? ` (${notDefault.map((n) => `'${n}'`).join(', ')} not the default)` : ''}.`
    : 'Nothing was written.';
  const serving = applied.defaultSwitched
    ? `'${plan.targetDefault}' is the default and serves.`
    : plan.currentDefault
      ? `The previous default '${plan.currentDefault}' keeps serving.`
      : `Batch endpoint '${plan.endpointName}' has no default deployment yet: nothing serves its jobs.`;
  return { applied: facts, serving };
}

/** The failure with what it left behind, one line, of the same class (a ConfigurationError stays one). */
function withOutcome(error: unknown, outcome: string): Error {
  const reason = formatErrorDetails(describeError(error)).replace(/\s*\n\s*/g, ' ');
  const text = `${reason.replace(/\.?\s*$/, '.')} ${outcome}`;
  if (error instanceof ConfigurationError) {
    return new ConfigurationError(text, { input: error.input, location: error.location, cause: error });
  }
  return new Error(text, { cause: error });
}
