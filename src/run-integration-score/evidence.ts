/**
 * The promotion evidence of a validated run (DESIGN.md §2.2): the stamp on the model version in this environment's
 * workspace, and the integration receipt the next environment's deploy-aml-endpoint can take.
 *
 * The stamp: `mlops.validated.<environment>` = the URL of the run (the repository and commit when the runner names
 * no run), `mlops.validated.<environment>.content-sha256` = the content digest the run scored, and
 * `mlops.content-sha256` when the version does not carry it yet (a version registered by other means than
 * deploy-aml-endpoint). Written by a PUT of the version with its other fields unchanged (asset-tags.ts), only after
 * every expectation was met.
 */
import {
  CONTENT_DIGEST_TAG,
  tagModelVersion,
  validatedContentTag,
  validationTag,
} from '#shared/azure/asset-tags.js';
import type { Logger } from '#shared/logger.js';
import { buildIntegrationReceipt } from '#shared/receipts/builders.js';
import { encodeReceipt } from '#shared/receipts/encoding.js';
import type { MetadataReceipt, RunInfo } from '#shared/receipts/schemas.js';
import type { LiveModel, WorkspaceScope } from './live-checks.js';
import type { ScoringOutcome } from './scoring-run.js';

export function runLabel(run: RunInfo): string {
  return run.url ?? `${run.repo}@${run.sha}`;
}

export function stampTags(environment: string, run: RunInfo, model: LiveModel): Record<string, string> {
  const digest = model.content.digest;
  return {
    [validationTag(environment)]: runLabel(run),
    [validatedContentTag(environment)]: digest,
    ...(model.live.properties.tags?.[CONTENT_DIGEST_TAG] ? {} : { [CONTENT_DIGEST_TAG]: digest }),
  };
}

/** Tags the model version; answers the stamp tag written. */
export async function stampModel(
  scope: WorkspaceScope,
  model: LiveModel,
  environment: string,
  run: RunInfo,
  logger: Logger,
): Promise<string> {
  const tags = stampTags(environment, run, model);
  const { written } = await tagModelVersion(
    scope,
    model,
    model.live,
    tags,
    `as validated in '${environment}'`,
  );
  const tag = `${validationTag(environment)}=${runLabel(run)}`;
  logger.info(
    written
      ? `Stamped model ${model.name}:${model.version}: ${tag} (content ${model.content.digest.slice(0, 12)})`
      : `Model ${model.name}:${model.version} already carries ${tag}`,
  );
  return tag;
}

export interface ReceiptInputs {
  readonly environment: string;
  readonly subscriptionId: string;
  readonly scope: WorkspaceScope;
  readonly run: RunInfo;
  readonly time: number;
  readonly outcome: ScoringOutcome;
  readonly rowsScored: number;
  readonly validated: boolean;
  readonly model: LiveModel;
  readonly expectationsDigest: string | undefined;
  readonly metadataReceipt: MetadataReceipt;
}

export function integrationReceipt(facts: ReceiptInputs): string {
  const { job } = facts.outcome;
  return encodeReceipt(
    buildIntegrationReceipt({
      environment: facts.environment,
      subscriptionId: facts.subscriptionId,
      resourceGroup: facts.scope.resourceGroup,
      run: facts.run,
      time: facts.time,
      workspace: facts.scope.workspace,
      mode: facts.outcome.mode,
      job: {
        id: job.id,
        status: job.status,
        ...(job.resourceId ? { resourceId: job.resourceId } : {}),
        ...(job.url ? { url: job.url } : {}),
      },
      rowsScored: facts.rowsScored,
      validated: facts.validated,
      model: {
        id: facts.model.id,
        name: facts.model.name,
        version: facts.model.version,
        contentDigest: facts.model.content.digest,
      },
      ...(facts.expectationsDigest ? { expectationsDigest: facts.expectationsDigest } : {}),
      metadataReceipt: facts.metadataReceipt,
    }),
  );
}
