/**
 * Promotion across workspaces (DESIGN.md §2.2): with one workspace per environment, prod cannot read the stamp
 * run-integration-score wrote on staging's model version, so staging's integration receipt (`validation-receipt`,
 * handed from the staging job to the prod job) carries the evidence. Here it is checked without Azure, before any
 * call: it is an integration receipt of the environment `require-validation` names (not this step's: its
 * environment, and with it its subscription, are staging's), its chain of receipts is the one the actions wrote
 * (every upstream digest matches and every link is of that same environment and subscription), it comes from this
 * repository, and its run validated. Whether the model about to be deployed holds the bytes it validated is checked
 * in the plan (promotion-check.ts).
 *
 * The optional `validation-*` inputs name the validating environment's workspace: given, they must name the
 * workspace the receipt was written in (so the receipt's subscription is checked against what the workflow says
 * staging's is), and the stamp is also checked live there.
 */
import { ConfigurationError } from '#shared/errors.js';
import { checkReceiptChain } from '#shared/receipts/chain.js';
import { parseReceipt } from '#shared/receipts/parse.js';
import type { IntegrationReceipt, RunInfo } from '#shared/receipts/schemas.js';

export const VALIDATION_RECEIPT = 'validation-receipt';
const WORKSPACE_INPUTS = [
  'validation-subscription-id',
  'validation-resource-group',
  'validation-workspace-name',
] as const;

export interface ValidationInputs {
  readonly requireValidation?: string | undefined;
  readonly validationReceipt?: string | undefined;
  readonly validationSubscriptionId?: string | undefined;
  readonly validationResourceGroup?: string | undefined;
  readonly validationWorkspaceName?: string | undefined;
}

/** The validating environment's workspace, where the stamp is read live. */
export interface ValidatingWorkspace {
  readonly subscriptionId: string;
  readonly resourceGroup: string;
  readonly workspace: string;
}

/** What `require-validation` asks for, once its inputs are checked. */
export interface ValidationRequest {
  /** The environment whose validation is required (`require-validation`). */
  readonly environment: string;
  /** That environment's integration receipt; undefined: the stamp is read in this workspace. */
  readonly receipt: IntegrationReceipt | undefined;
  /** Where the stamp is also read live; undefined when the inputs do not name it. */
  readonly workspace: ValidatingWorkspace | undefined;
}

function refuse(input: string, message: string): ConfigurationError {
  return new ConfigurationError(`Input '${input}' ${message}`, { input });
}

/** The checked validation request, or undefined without `require-validation`. */
export function validationRequest(inputs: ValidationInputs, run: RunInfo): ValidationRequest | undefined {
  const environment = inputs.requireValidation;
  const named = [
    inputs.validationSubscriptionId,
    inputs.validationResourceGroup,
    inputs.validationWorkspaceName,
  ];
  if (!environment) {
    const given = [VALIDATION_RECEIPT, ...WORKSPACE_INPUTS].find(
      (_, index) => [inputs.validationReceipt, ...named][index] !== undefined,
    );
    if (given) {
      throw refuse(
        given,
        "is only read with 'require-validation': set require-validation to the environment that validates (such as staging), or leave it out.",
      );
    }
    return undefined;
  }
  const givenNames = named.filter((value) => value !== undefined).length;
  if (givenNames !== 0 && givenNames !== named.length) {
    const missing = WORKSPACE_INPUTS.filter((_, index) => named[index] === undefined);
    throw refuse(
      missing[0]!,
      `is missing: give ${WORKSPACE_INPUTS.join(', ')} together (they name ${environment}'s workspace, where the validation stamp is then read live), or none of them.`,
    );
  }
  if (inputs.validationReceipt === undefined) {
    if (givenNames) {
      throw refuse(
        VALIDATION_RECEIPT,
        `is missing: ${WORKSPACE_INPUTS.join(', ')} name ${environment}'s workspace, and the receipt says which model version there was validated. Pass the 'receipt' output of run-integration-score in ${environment}.`,
      );
    }
    return { environment, receipt: undefined, workspace: undefined };
  }
  const receipt = parseValidationReceipt(inputs.validationReceipt, environment, run);
  const workspace =
    givenNames === named.length
      ? {
          subscriptionId: inputs.validationSubscriptionId!,
          resourceGroup: inputs.validationResourceGroup!,
          workspace: inputs.validationWorkspaceName!,
        }
      : undefined;
  if (workspace) checkReceiptWorkspace(receipt, workspace);
  return { environment, receipt, workspace };
}

function parseValidationReceipt(raw: string, environment: string, run: RunInfo): IntegrationReceipt {
  const runIt = `run run-integration-score in ${environment} and pass its 'receipt' output unchanged`;
  let claimed: unknown;
  try {
    claimed = JSON.parse(raw);
  } catch {
    throw refuse(VALIDATION_RECEIPT, `is not a receipt (not JSON): ${runIt}.`);
  }
  const other = (claimed as { environment?: unknown } | null)?.environment;
  if (
    (claimed as { kind?: unknown } | null)?.kind === 'integration' &&
    typeof other === 'string' &&
    other !== environment
  ) {
    throw refuse(
      VALIDATION_RECEIPT,
      `is the integration receipt of environment '${other}', but require-validation asks for '${environment}': ${runIt}.`,
    );
  }
  const receipt = parseReceipt(raw, { kind: 'integration', input: VALIDATION_RECEIPT, environment });
  checkReceiptChain(receipt, VALIDATION_RECEIPT);
  if (run.repo && receipt.run.repo && receipt.run.repo.toLowerCase() !== run.repo.toLowerCase()) {
    throw refuse(
      VALIDATION_RECEIPT,
      `was written by a run of repository '${receipt.run.repo}', not of '${run.repo}': promote with the receipt of this repository's ${environment} job.`,
    );
  }
  if (!receipt.validated) {
    const { model, job } = receipt;
    throw refuse(
      VALIDATION_RECEIPT,
      `says model ${model.name}:${model.version} did not pass integration scoring in '${environment}' (job ${job.id}, ${job.status}${job.url ? `, ${job.url}` : ''}): fix what its report lists and run run-integration-score in ${environment} again; only a run that validated lets a model through.`,
    );
  }
  return receipt;
}

function checkReceiptWorkspace(receipt: IntegrationReceipt, named: ValidatingWorkspace): void {
  const written = {
    subscriptionId: receipt.subscription,
    resourceGroup: receipt.resourceGroup,
    workspace: receipt.workspace,
  };
  const differs = (
    [
      ['validation-subscription-id', 'subscriptionId', 'subscription'],
      ['validation-resource-group', 'resourceGroup', 'resource group'],
      ['validation-workspace-name', 'workspace', 'workspace'],
    ] as const
  ).find(([, key]) => written[key].toLowerCase() !== named[key].toLowerCase());
  if (differs) {
    const [input, key, what] = differs;
    throw refuse(
      input,
      `names ${what} '${named[key]}', but the validation receipt was written in ${what} '${written[key]}' (workspace ${receipt.workspace}): pass the receipt of the workspace these inputs name, or fix them.`,
    );
  }
}
