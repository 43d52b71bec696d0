/**
 * Promotion evidence (DESIGN.md §2.2): run-integration-score stamps a model version that passed in an environment
 * with the tag `mlops.validated.<environment>` = the run's URL, and `require-validation: <environment>` refuses to
 * deploy a version without that stamp — before anything is written. The stamp lives on the version in Azure, so it
 * holds across workflow runs and repositories.
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
      `${what} is not registered yet, so it cannot have passed integration scoring in '${environment}' (no tag ${tag}). Deploy it to ${environment} and run run-integration-score there first; then deploy that version here (azureml:${model.name}:<version>).`,
      { input },
    );
  }
  const stamp = model.live.properties.tags?.[tag];
  if (!stamp) {
    throw new ConfigurationError(
      `${what} has not passed integration scoring in '${environment}' (it has no tag ${tag}): run run-integration-score for this version in ${environment} first, then deploy it here.`,
      { input },
    );
  }
  return stamp;
}
