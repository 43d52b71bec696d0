/**
 * `require-validation` in the plan phase, with reads only, before any write. Each distinct model of the release must
 * have passed integration scoring in the named environment; the checks made are returned so the log and the summary
 * say them.
 *
 * With staging's integration receipt (validation-receipt.ts checked it without Azure): the model about to be deployed
 * must hold the content the receipt validated, compared by content digest computed one way for every source — a
 * local folder to register: the folder's files (what will be uploaded); a registered version (named, `@latest`, or
 * local content that resolved to an existing version): the version's files in this workspace's datastore, read and
 * hashed (model-content.ts, the way run-integration-score computed the receipt's digest). The version's own
 * `mlops.content-sha256` tag is not trusted here: anyone who may write the workspace can set a tag on any version,
 * so a tag copied from a validated version would let other bytes through; the files cannot lie about themselves.
 * This reads the model's bytes once per run that requires validation. Registry models never get here: model
 * references into a registry are refused before any Azure call (model-reference.ts).
 * When the inputs name the validating workspace, the stamp is also read live there: the receipt's model version
 * must carry `mlops.validated.<environment>` and `mlops.validated.<environment>.content-sha256` equal to the
 * receipt's digest. A read that is refused (no access) fails the step: the inputs asked for that check.
 *
 * Without a receipt (one workspace for every environment), the stamp is read on the version in this workspace
 * (validation-stamp.ts).
 */
import type { AzureMachineLearningWorkspaces, ModelVersion } from '@azure/arm-machinelearning';
import { validatedContentTag, validationTag } from '#shared/azure/asset-tags.js';
import type { ContainerAccessOptions } from '#shared/azure/datastores.js';
import { modelContentDigest } from '#shared/azure/model-content.js';
import { ConfigurationError, describeError, isNotFound, withContext } from '#shared/errors.js';
import type { Logger } from '#shared/logger.js';
import type { IntegrationReceipt } from '#shared/receipts/schemas.js';
import type { ResolvedModel } from './model-resolution.js';
import {
  VALIDATION_RECEIPT,
  type ValidatingWorkspace,
  type ValidationRequest,
} from './validation-receipt.js';
import { requireValidation } from './validation-stamp.js';

export interface PromotionCheck {
  readonly model: string;
  /** The validating run (its URL where there is one). */
  readonly run: string;
  /** Each check made, as a sentence. */
  readonly checks: readonly string[];
}

/** What a check against a receipt reads with. */
export interface EvidenceReaders {
  /** This workspace's datastores, for a registered version's files. */
  readonly files: ContainerAccessOptions;
  /** A management client for the validating workspace's subscription (asked for only when the inputs name it). */
  readonly validatingClient: (subscriptionId: string) => Promise<AzureMachineLearningWorkspaces>;
}

export interface PromotionDeps {
  readonly logger: Logger;
  /** This workspace's name, for messages. */
  readonly workspace: string;
  /** Needed with a validation receipt. */
  readonly evidence?: EvidenceReaders;
}

export async function checkPromotion(
  models: readonly ResolvedModel[],
  request: ValidationRequest,
  deps: PromotionDeps,
): Promise<PromotionCheck[]> {
  const checks: PromotionCheck[] = [];
  for (const model of models) {
    const check = request.receipt
      ? await checkAgainstReceipt(model, request, request.receipt, deps)
      : sameWorkspaceStamp(model, request.environment, deps.workspace);
    for (const line of check.checks) deps.logger.info(`Validation of ${check.model}: ${line}`);
    checks.push(check);
  }
  return checks;
}

function sameWorkspaceStamp(model: ResolvedModel, environment: string, workspace: string): PromotionCheck {
  const run = requireValidation(model, environment);
  return {
    model: `${model.name}:${model.version}`,
    run,
    checks: [
      `tag ${validationTag(environment)} on the version in this workspace (${workspace}): ${run}; no validation-receipt was given, so no content digest was compared`,
    ],
  };
}

async function checkAgainstReceipt(
  model: ResolvedModel,
  request: ValidationRequest,
  receipt: IntegrationReceipt,
  deps: PromotionDeps,
): Promise<PromotionCheck> {
  const readers = deps.evidence;
  if (!readers)
    throw new Error('Checking a validation receipt needs access to the model files; none was given.');
  const environment = request.environment;
  const what = `${model.name}:${model.version}`;
  const validated = receipt.model;
  const run = receipt.run.url ?? receipt.job.url ?? `${receipt.run.repo}@${receipt.run.sha}`;
  const checks = [
    `validation-receipt is ${environment}'s integration receipt (workspace ${receipt.workspace}, subscription ${receipt.subscription}), its receipt chain intact, written by ${run}: job ${receipt.job.id} ${receipt.job.status}, validated`,
  ];
  const content = await deployedDigest(model, readers.files);
  if (content.digest !== validated.contentDigest) {
    throw new ConfigurationError(
      `Input '${VALIDATION_RECEIPT}': model ${what} holds other content than ${environment} validated: its content digest, computed from ${content.from}, is ${content.digest.slice(0, 12)}, but the receipt validated ${validated.name}:${validated.version} with content ${validated.contentDigest.slice(0, 12)} (${run}). Deploy the content ${environment} validated (pin the same model folder or version in both environments), or run integration scoring for this content in ${environment} first.`,
      { input: VALIDATION_RECEIPT },
    );
  }
  checks.push(
    `content digest ${content.digest.slice(0, 12)}, computed from ${content.from}, is the one the receipt validated (${environment}'s ${validated.name}:${validated.version})`,
  );
  if (request.workspace) checks.push(await liveStamp(receipt, environment, request.workspace, readers));
  return { model: what, run, checks };
}

async function deployedDigest(
  model: ResolvedModel,
  files: ContainerAccessOptions,
): Promise<{ readonly digest: string; readonly from: string }> {
  if (model.registration) {
    const content = model.registration.content;
    return {
      digest: content.digest,
      from: `the files of ${content.shown} (${content.files.length} to upload)`,
    };
  }
  const live = model.live!;
  const modelUri = live.properties.modelUri;
  const content = await modelContentDigest({ name: model.name, version: model.version, modelUri }, files);
  return {
    digest: content.digest,
    from: `the version's ${content.files} file(s) at ${modelUri} in this workspace`,
  };
}

async function liveStamp(
  receipt: IntegrationReceipt,
  environment: string,
  workspace: ValidatingWorkspace,
  readers: EvidenceReaders,
): Promise<string> {
  const { name, version, contentDigest } = receipt.model;
  const where = `workspace '${workspace.workspace}' (resource group ${workspace.resourceGroup}, subscription ${workspace.subscriptionId})`;
  const client = await readers.validatingClient(workspace.subscriptionId);
  let live: ModelVersion;
  try {
    live = await client.modelVersions.get(workspace.resourceGroup, workspace.workspace, name, version);
  } catch (error) {
    const input = 'validation-workspace-name';
    if (isNotFound(error)) {
      throw new ConfigurationError(
        `Input '${input}': model ${name}:${version}, which the validation receipt says passed in ${environment}, does not exist in ${where}; it was deleted, or these inputs name another workspace.`,
        { input },
      );
    }
    const status = describeError(error).statusCode;
    if (status === 401 || status === 403) {
      throw new ConfigurationError(
        `Input '${input}': this step's identity may not read model ${name}:${version} in ${where} (${status}), so the validation stamp cannot be checked live there. Grant it read access on that workspace (AzureML Data Scientist or Reader), or leave the validation-* workspace inputs out to rely on the receipt alone.`,
        { input },
      );
    }
    throw withContext(`Could not read model ${name}:${version} in ${where}`, error);
  }
  const tags = live.properties.tags ?? {};
  const stamp = tags[validationTag(environment)];
  const stampedContent = tags[validatedContentTag(environment)];
  if (!stamp || stampedContent !== contentDigest) {
    throw new ConfigurationError(
      `Input '${VALIDATION_RECEIPT}': model ${name}:${version} in ${where} ${stamp ? `carries ${validatedContentTag(environment)}=${stampedContent ?? '(none)'}, not the receipt's content ${contentDigest}` : `has no tag ${validationTag(environment)}`}: the stamp run-integration-score writes does not back the receipt. Run run-integration-score in ${environment} again and pass its receipt.`,
      { input: VALIDATION_RECEIPT },
    );
  }
  return `stamp ${validationTag(environment)} read live on ${name}:${version} in ${where}: ${stamp}, for content ${contentDigest.slice(0, 12)}`;
}
