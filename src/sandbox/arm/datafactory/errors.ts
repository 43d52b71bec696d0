/**
 * Data Factory's own error answers (the factory itself is missing: ARM's ResourceNotFound, from core/http.ts).
 * Where a code and message were seen in a real response, the source is named; the others are marked assumed.
 * ADF sends `"details": null`; it is left out because the spec types `details` as an array.
 */
import { armError, type SandboxResponse } from '../../core/http.js';

export const API_VERSION = '2018-06-01';

function adfError(status: number, code: string, message: string, target?: string): SandboxResponse {
  return { status, body: { error: { code, message, ...(target !== undefined ? { target } : {}) } } };
}

/** ARM answers a missing or unknown api-version before the provider sees the request. */
export function checkApiVersion(query: URLSearchParams): SandboxResponse | undefined {
  const version = query.get('api-version');
  if (version === null) {
    return armError(
      400,
      'MissingApiVersionParameter',
      'The api-version query parameter (?api-version=) is required for all requests.',
    );
  }
  if (version !== API_VERSION) {
    return armError(
      400,
      'InvalidApiVersionParameter',
      `The api-version '${version}' is invalid. The supported versions are '${API_VERSION}'.`,
    );
  }
  return undefined;
}

/** Seen: GET of a deleted pipeline (azure-powershell SessionRecords, PipelineTests/TestPipelineV2.json). */
export function documentNotFound(resourceId: string): SandboxResponse {
  return adfError(
    404,
    'NotFound',
    'The document could not be retrieved because it does not exist.',
    resourceId,
  );
}

/**
 * Seen: 400 BadRequest, target = the written document's id (learn.microsoft.com ci-cd troubleshooting guide,
 * "Document creation or update failed because of invalid reference"). ADF names the reference in lower case
 * (Azure-Player/azure.datafactory.tools#93: a linked service `OnPremSQL` reported as 'onpremsql').
 */
export function invalidReference(referenceName: string, resourceId: string): SandboxResponse {
  return adfError(
    400,
    'BadRequest',
    `The document creation or update failed because of invalid reference '${referenceName.toLowerCase()}'.`,
    resourceId,
  );
}

/** Seen: 400 BadRequest with target `/Microsoft.DataFactory/factories/<f>/<kind>/<name>` (liprec/azurebi-docs#102). */
export function referencedBy(referrer: string, target: string): SandboxResponse {
  return adfError(
    400,
    'BadRequest',
    `The document cannot be deleted since it is referenced by ${referrer}.`,
    target,
  );
}

/**
 * Seen: 400 TriggerEnabledCannotUpdate on PUT (liprec/vsts-publish-adf#63, the message with its trailing space)
 * and on DELETE of a started trigger (Azure-Player/azure.datafactory.tools#350).
 */
export function triggerEnabled(): SandboxResponse {
  return adfError(
    400,
    'TriggerEnabledCannotUpdate',
    'Cannot update enabled Trigger; the trigger needs to be disabled first. ',
  );
}

/** Seen: start of a trigger without pipelines (MicrosoftDocs/azure-docs#18504; azure-powershell TriggerTests.ps1). */
export function missingPipelineReferences(trigger: string): SandboxResponse {
  return adfError(
    400,
    'BadRequest',
    `Missing or invalid pipeline references for trigger ${trigger}`,
    trigger,
  );
}

/** Seen: cancel of an unknown run id (azure-powershell SessionRecords, RunTests/TestCancelRunNegativeV2.json). */
export function referencedRunNotFound(runId: string): SandboxResponse {
  return adfError(
    400,
    'ReferencedPipelineRunNotFound',
    `Referenced pipeline run id ${runId} does not exist.`,
    'pipelinerun',
  );
}

/** Seen: createRun with a malformed referencePipelineRunId (MicrosoftDocs/azure-docs#38179). */
export function referencedRunNotValid(runId: string, pipeline: string): SandboxResponse {
  return adfError(
    400,
    'ReferencedPipelineRunNotValid',
    `Referenced pipeline run id ${runId} is not a valid run id.`,
    `pipeline/${pipeline}/`,
  );
}

/** Assumed: the code and message of a GET of an unknown pipeline run were not found in any source. */
export function runNotFound(runId: string): SandboxResponse {
  return adfError(404, 'PipelineRunNotFound', `Pipeline run ${runId} does not exist.`, 'pipelinerun');
}

/** The status and code are ARM's for a failed precondition; ADF's exact message is assumed. */
export function preconditionFailed(header: 'If-Match' | 'If-None-Match'): SandboxResponse {
  return adfError(412, 'PreconditionFailed', `The precondition in the '${header}' header was not met.`);
}

/** Request validation failures; ADF answers BadRequest, the messages are assumed. */
export function badRequest(message: string, target?: string): SandboxResponse {
  return adfError(400, 'BadRequest', message, target);
}
