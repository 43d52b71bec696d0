/**
 * The workspace endpoint's error answers. The artifacts front end answers errors as a bare `{code, message}`, not in
 * the spec's CloudError envelope `{error: {...}}` (seen: the 404s of azure-cli's synapse recordings
 * test_pipeline/test_trigger/test_linked_service.yaml, and `{"code":"ResourceNotUpdatable",...}` logged by the
 * Synapse deployment task in MicrosoftDocs/azure-docs#71026); the validator's rule for that is in
 * false-positives.ts. What the document service refuses while an operation runs (references, started triggers) is
 * the operation's result instead, `{status: 'Failed', error: {code, message}}` (terraform-provider-azurerm#19849
 * reads it there), with Data Factory's messages since the same service keeps both. Codes and messages not seen in
 * any source are marked assumed, and those answers use the spec's envelope (`{error: {code, message}}`): the bare
 * form is kept for what was seen in it.
 */
import type { SandboxResponse } from '../core/http.js';
import type { OperationFailure, StoredWorkspace } from './store.js';

function bare(status: number, code: string, message: string): SandboxResponse {
  return { status, body: { code, message } };
}

function enveloped(status: number, code: string, message: string): SandboxResponse {
  return { status, body: { error: { code, message } } };
}

/** Seen (code and message): `PipelineNotFound`, `TriggerNotFound`, `LinkedServiceNotFound`; the rest by that rule. */
export function artifactNotFound(
  workspace: StoredWorkspace,
  typeName: string,
  name: string,
): SandboxResponse {
  return bare(
    404,
    `${typeName}NotFound`,
    `The ${typeName} ${name} was not found in (subscription=${workspace.subscriptionId} resourceGroup=${workspace.resourceGroup} workspace=${workspace.name})`,
  );
}

/**
 * Seen (code and message, MicrosoftDocs/azure-docs#71026): a write to a linked service the workspace created
 * itself; the status (400) and the answer for a delete are assumed.
 */
export function managedByWorkspace(
  workspace: StoredWorkspace,
  what: string,
  name: string,
  verb: 'updated' | 'deleted',
): SandboxResponse {
  return bare(
    400,
    'ResourceNotUpdatable',
    `The ${what} ${name} is managed by the workspace ${workspace.name} and cannot be ${verb}.`,
  );
}

/** Assumed: Azure has no host for an unknown workspace; the sandbox answers on its one host. */
export function workspaceNotFound(name: string): SandboxResponse {
  return enveloped(404, 'WorkspaceNotFound', `The workspace '${name}' does not exist.`);
}

/** Assumed: an operation id the endpoint never issued. */
export function operationNotFound(id: string): SandboxResponse {
  return enveloped(404, 'OperationNotFound', `The operation '${id}' does not exist.`);
}

/** Assumed: integration runtimes are read through the endpoint but kept by ARM; its 404 is not recorded. */
export function runtimeNotFound(workspace: StoredWorkspace, name: string): SandboxResponse {
  return enveloped(
    404,
    'IntegrationRuntimeNotFound',
    `The integration runtime ${name} was not found in workspace ${workspace.name}.`,
  );
}

/** Assumed: the data plane requires an api-version like ARM does. */
export function missingApiVersion(): SandboxResponse {
  return enveloped(
    400,
    'MissingApiVersionParameter',
    'The api-version query parameter (?api-version=) is required.',
  );
}

/** Request validation failures; the code and messages are assumed. */
export function badRequest(message: string): SandboxResponse {
  return enveloped(400, 'BadRequest', message);
}

/** The status is ARM's for a failed precondition; Synapse's code and message are assumed. */
export function preconditionFailed(header: 'If-Match' | 'If-None-Match'): SandboxResponse {
  return enveloped(412, 'PreconditionFailed', `The precondition in the '${header}' header was not met.`);
}

/** Data Factory's code and message (seen there, see arm/datafactory/errors.ts): start of a trigger without pipelines. */
export function missingPipelineReferences(trigger: string): SandboxResponse {
  return enveloped(400, 'BadRequest', `Missing or invalid pipeline references for trigger ${trigger}`);
}

const failed = (code: string, message: string, target?: string): OperationFailure => ({
  status: 'Failed',
  error: { code, message, ...(target !== undefined ? { target } : {}) },
});

/** Data Factory's message (seen there): the document names a reference that does not exist. */
export function invalidReference(referenceName: string, artifactId: string): OperationFailure {
  return failed(
    'BadRequest',
    `The document creation or update failed because of invalid reference '${referenceName.toLowerCase()}'.`,
    artifactId,
  );
}

/** Data Factory's message (seen there): another document references the one being deleted. */
export function referencedBy(referrer: string, target: string): OperationFailure {
  return failed(
    'BadRequest',
    `The document cannot be deleted since it is referenced by ${referrer}.`,
    target,
  );
}

/** Data Factory's code and message (seen there): a started trigger can be neither updated nor deleted. */
export function triggerEnabled(): OperationFailure {
  return failed(
    'TriggerEnabledCannotUpdate',
    'Cannot update enabled Trigger; the trigger needs to be disabled first. ',
  );
}

/**
 * Pipeline runs: Synapse pipelines run on Data Factory's service, so its codes and messages are assumed to be Data
 * Factory's (arm/datafactory/errors.ts: the referenced-run answers seen there, the GET of an unknown run assumed),
 * in the spec's envelope.
 */
/** The GET's `PipelineNotFound` code and message (seen, see artifactNotFound), in the envelope: assumed for createRun. */
export function pipelineToRunNotFound(workspace: StoredWorkspace, name: string): SandboxResponse {
  const { body } = artifactNotFound(workspace, 'Pipeline', name);
  const { code, message } = body as { code: string; message: string };
  return enveloped(404, code, message);
}

export function runNotFound(runId: string): SandboxResponse {
  return enveloped(404, 'PipelineRunNotFound', `Pipeline run ${runId} does not exist.`);
}

export function referencedRunNotFound(runId: string): SandboxResponse {
  return enveloped(
    400,
    'ReferencedPipelineRunNotFound',
    `Referenced pipeline run id ${runId} does not exist.`,
  );
}

export function referencedRunNotValid(runId: string): SandboxResponse {
  return enveloped(
    400,
    'ReferencedPipelineRunNotValid',
    `Referenced pipeline run id ${runId} is not a valid run id.`,
  );
}
