/**
 * Promotion evidence in one workspace (DESIGN.md §2.2): run-integration-score stamps a model version that passed in
 * an environment with the tag `mlops.validated.<environment>` = the run's URL, and `require-validation:
 * <environment>` without a `validation-receipt` refuses to deploy a version without that stamp in this workspace —
 * before anything is written. That serves users with one workspace for every environment; with one workspace per
 * environment the stamp is on the other workspace's version, and the receipt carries it (promotion-check.ts).
 */
import { validationTag } from '#shared/azure/asset-tags.js';
import { ConfigurationError } from '#shared/errors.js';
import type { ResolvedModel } from './model-resolution.js';

/** The stamp's value (the validating run's URL), or throws saying what to run. */
export function requireValidation(model: ResolvedModel, environment: string): string {
  const tag = validationTag(environment);
  const what = `model ${model.name}:${model.version}`;
  const input = 'require-validation';
  if (model.registration || !model.live) {
    throw new ConfigurationError(
      `${what} is not registered yet, so it cannot have passed integration scoring in '${environment}' (no tag ${tag}). Deploy it to ${environment} and run run-integration-score there first; then deploy that version here (azureml:${model.name}:<version>), or, with one workspace per environment, pass ${environment}'s integration receipt as validation-receipt.`,
      { input },
    );
  }
  const stamp = model.live.properties.tags?.[tag];
  if (!stamp) {
    throw new ConfigurationError(
      `${what} has not passed integration scoring in '${environment}' (it has no tag ${tag}): run run-integration-score for this version in ${environment} first, then deploy it here. With one workspace per environment, pass ${environment}'s integration receipt as validation-receipt.`,
      { input },
    );
  }
  return stamp;
}
