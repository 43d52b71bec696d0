/**
 * How much a deployment may delete. A source that is missing most of the factory (an empty folder, the ARM output
 * folder given instead of the template, a filter too narrow) plans to delete most of the factory; with
 * delete-orphans on, that is the one mistake that destroys a production factory (Azure/Azure-DataFactory#752). So
 * two limits, both checked before any write, and by a dry run too (a pull request's plan fails where the apply
 * would):
 *
 * - `max-deletions`: the most resources one deployment deletes;
 * - `max-deletion-percent`: the largest share of the factory's resources (those within the include/exclude filters;
 *   global parameters are never deleted) one deployment deletes. Deleting more takes raising it, up to 100.
 */
import { type ArtifactKind, describeArtifact } from '#shared/adf/artifacts.js';
import { ConfigurationError } from '#shared/errors.js';

export interface DeletionLimits {
  readonly maxDeletions: number;
  /** Undefined: no share limit (applyPlan alone, which counts only). */
  readonly maxDeletionPercent?: number;
}

/**
 * The refusal of a plan deleting `deletes` out of `inScope` live resources, or undefined when within the limits.
 */
export function deletionRefusal(
  deletes: readonly { readonly kind: ArtifactKind; readonly name: string }[],
  inScope: number,
  limits: DeletionLimits,
  /** How messages name the target: `data factory 'adf-dev'`. */
  target: string,
): ConfigurationError | undefined {
  if (deletes.length === 0) return undefined;
  const listed = deletes.length <= 20 ? ` (${deletes.map(describeArtifact).join(', ')})` : '';
  if (deletes.length > limits.maxDeletions) {
    return new ConfigurationError(
      `The plan deletes ${deletes.length} resources from ${target}${listed}, more than max-deletions (${limits.maxDeletions}); nothing was changed. ` +
        'Check the source and filters, or raise max-deletions.',
      { input: 'max-deletions' },
    );
  }
  const percent = limits.maxDeletionPercent;
  if (percent !== undefined && deletes.length * 100 > percent * inScope) {
    const share = Math.round((deletes.length * 100) / Math.max(1, inScope));
    return new ConfigurationError(
      `The plan deletes ${deletes.length} of the ${inScope} resources of ${target} (${share}%)${listed}, more than max-deletion-percent (${percent}%); nothing was changed. ` +
        "A source missing most of the factory looks like this (an empty or wrong folder, a filter too narrow): check input 'source' and the filters. " +
        'To delete that much on purpose, raise max-deletion-percent (100 allows deleting everything).',
      { input: 'max-deletion-percent' },
    );
  }
  return undefined;
}
