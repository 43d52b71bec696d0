/**
 * The Data Factory 2018-06-01 emulator: factories, their child resources (with reference checks, etags and
 * trigger runtime state), pipeline runs that walk their statuses by time, run queries, and control routes for
 * tests. Pipeline activities are not executed (a later issue): runs end as the outcome rules say.
 */
import type { SandboxContext } from '../../context.js';
import type { Router } from '../../core/http.js';
import { registerDataFactoryControl } from './control.js';
import { registerFactories } from './factories.js';
import { registerPipelineRuns } from './pipeline-runs.js';
import { registerResources } from './resources.js';
import { registerRunQueries } from './run-queries.js';
import { registerTriggerActions } from './triggers.js';

export { type FactorySpec, provisionFactory } from './factories.js';

export function registerDataFactory(router: Router, context: SandboxContext): void {
  registerFactories(router, context);
  registerResources(router, context);
  registerTriggerActions(router, context);
  registerPipelineRuns(router, context);
  registerRunQueries(router, context);
  registerDataFactoryControl(router, context);
}
