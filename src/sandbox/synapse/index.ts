/**
 * Azure Synapse in the sandbox: workspaces through ARM (Microsoft.Synapse 2021-06-01: the workspace, its
 * integration runtimes) and each workspace's development endpoint, the artifacts data plane (api-version
 * 2020-12-01: pipelines, datasets, linked services, data flows, triggers, notebooks, SQL scripts, Spark job
 * definitions, credentials; integration runtimes read-only), with its long-running writes, trigger runtime state
 * and event subscriptions, on its own route and audience (endpoint.ts), and the workspace's pipeline runs, executed
 * by the sandbox's one pipeline runtime (pipeline-runs.ts).
 */
import type { SandboxContext } from '../context.js';
import type { Router } from '../core/http.js';
import type { PipelineRuntime } from '../pipelines/runtime/pipeline-runtime.js';
import { registerArtifacts } from './artifacts.js';
import { registerSynapseControl } from './control.js';
import { registerIntegrationRuntimes } from './integration-runtimes.js';
import { registerOperationResults } from './operation-results.js';
import { registerPipelineRuns } from './pipeline-runs.js';
import { registerTriggerActions } from './triggers.js';
import { registerWorkspaces } from './workspaces.js';

export { DEV_API_VERSION, devEndpoint } from './endpoint.js';
export {
  provisionSynapseWorkspace,
  type SynapseWorkspaceInfo,
  type SynapseWorkspaceSpec,
} from './workspaces.js';

export function registerSynapse(router: Router, context: SandboxContext, runtime: PipelineRuntime): void {
  registerWorkspaces(router, context);
  registerIntegrationRuntimes(router, context);
  registerArtifacts(router, context);
  registerTriggerActions(router, context);
  registerOperationResults(router, context);
  registerPipelineRuns(router, context, runtime);
  registerSynapseControl(router, context);
}
