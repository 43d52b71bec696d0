/**
 * The first phase: everything that can be checked without Azure is checked before any Azure call — the rules
 * between the access inputs, the validation receipt (validation-receipt.ts), then the release request (the spec files, the names, the default, local content
 * hashed). A step
 * that fails here has made no request and loaded no Azure SDK.
 */
import { type AzureAccessValues, resolveAzureAccess } from '#shared/azure/azure-inputs.js';
import type { Logger } from '#shared/logger.js';
import { runInfoFromEnvironment } from '#shared/receipts/run-info.js';
import type { RunInfo } from '#shared/receipts/schemas.js';
import { loadReleaseRequest, type ReleaseRequest, type RequestInputs } from './release-request.js';
import { type ValidationInputs, type ValidationRequest, validationRequest } from './validation-receipt.js';

export interface PrepareDeps {
  /** The runner's environment: the run that deploys (repository, commit, run URL). */
  readonly env: NodeJS.ProcessEnv;
  /** `GITHUB_WORKSPACE`: spec files and local folders must lie inside it. */
  readonly workspace: string;
  readonly logger: Logger;
}

export interface PreparedRelease {
  readonly request: ReleaseRequest;
  /** The run that deploys: the model is tagged with it and the receipt names it. */
  readonly run: RunInfo;
  /** What `require-validation` asks for, its receipt checked; undefined without it. */
  readonly validation: ValidationRequest | undefined;
}

export async function prepareRelease(
  inputs: RequestInputs & AzureAccessValues & ValidationInputs,
  deps: PrepareDeps,
): Promise<PreparedRelease> {
  resolveAzureAccess(inputs);
  const run = runInfoFromEnvironment(deps.env);
  const validation = validationRequest(inputs, run);
  const request = await deps.logger.group('Read the specs', () =>
    loadReleaseRequest(inputs, deps.workspace, deps.logger),
  );
  return { request, run, validation };
}
