/**
 * Azure Synapse in the sandbox: workspaces through ARM (Microsoft.Synapse 2021-06-01: the workspace, its
 * integration runtimes) and each workspace's development endpoint, the artifacts data plane (api-version
 * 2020-12-01: pipelines, datasets, linked services, data flows, triggers, notebooks, SQL scripts, Spark job
 * definitions, credentials; integration runtimes read-only), with its long-running writes, trigger runtime state
 * and event subscriptions, on its own route and audience (endpoint.ts). Pipeline runs of a workspace are the
 * pipeline runtime's to serve.
 */
import type { SandboxContext } from '../context.js';
import type { Router } from '../core/http.js';
import { registerArtifacts } from './artifacts.js';
import { registerSynapseControl } from './control.js';
import { registerIntegrationRuntimes } from './integration-runtimes.js';
import { registerOperationResults } from './operation-results.js';
import { registerTriggerActions } from './triggers.js';
import { registerWorkspaces } from './workspaces.js';

export { DEV_API_VERSION, devEndpoint } from './endpoint.js';
export {
  provisionSynapseWorkspace,
  type SynapseWorkspaceInfo,
  type SynapseWorkspaceSpec,
} from './workspaces.js';

export function registerSynapse(router: Router, context: SandboxContext): void {
  registerWorkspaces(router, context);
  registerIntegrationRuntimes(router, context);
  registerArtifacts(router, context);
  registerTriggerActions(router, context);
  registerOperationResults(router, context);
  registerSynapseControl(router, context);
}
