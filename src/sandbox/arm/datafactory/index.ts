/**
 * The Data Factory 2018-06-01 emulator: factories, their child resources (with reference checks, etags and
 * trigger runtime state), pipeline runs executed by the sandbox's pipeline runtime (pipelines/runtime/), schedule
 * triggers firing on the sandbox clock (pipelines/triggers/), the run queries, and a control route for tests.
 */
import type { SandboxContext } from '../../context.js';
import type { Router } from '../../core/http.js';
import type { PipelineRuntime } from '../../pipelines/runtime/pipeline-runtime.js';
import type { TriggerScheduler } from '../../pipelines/triggers/trigger-scheduler.js';
import { registerDataFactoryControl } from './control.js';
import { registerFactories } from './factories.js';
import { registerPipelineRuns } from './pipeline-runs.js';
import { registerResources } from './resources.js';
import { registerRunQueries } from './run-queries.js';
import { registerTriggerActions } from './triggers.js';

export { type FactorySpec, provisionFactory } from './factories.js';

export interface DataFactoryRuntime {
  readonly runtime: PipelineRuntime;
  readonly triggers: TriggerScheduler;
}

export function registerDataFactory(
  router: Router,
  context: SandboxContext,
  services: DataFactoryRuntime,
): void {
  registerFactories(router, context);
  registerResources(router, context);
  registerTriggerActions(router, context, services.triggers);
  registerPipelineRuns(router, context, services.runtime);
  registerRunQueries(router, context, services.runtime);
  registerDataFactoryControl(router, context);
}
