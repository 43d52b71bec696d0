/**
 * ExecutePipeline: starts a run of another pipeline of the factory with the given parameters (pipeline-runtime.ts:
 * a run of its own, invoked by this activity). `waitOnCompletion` defaults to false, as the REST API documents it
 * (Pipeline.json, ExecutePipelineActivityTypeProperties: "Default is false"; ADF Studio ticks it for new
 * activities, which then carry `true`): without it the activity succeeds once the run has started. Waiting, it ends
 * as the child ends: Succeeded with `pipelineReturnValue` (what the child's SetVariable of pipelineReturnValue set),
 * or Failed with the error ADF gives, "Activity <child activity> failed: <its message>" under code BadRequest (seen
 * in MicrosoftDocs/azure-docs#35314). A cancel of this run stops waiting; the child goes on unless the cancel was
 * recursive. The output always names the child: `{pipelineName, pipelineRunId}`.
 */
import type { ActivityExecutor } from '../runtime/activity-executor.js';
import { ActivityFailure } from '../runtime/activity-failure.js';

export const executePipelineActivity: ActivityExecutor = {
  kind: 'control',
  async run(context, input) {
    const reference = input.pipeline as { referenceName?: unknown } | undefined;
    const pipelineName = reference?.referenceName;
    if (typeof pipelineName !== 'string' || !pipelineName) {
      throw new ActivityFailure('BadRequest', 'ExecutePipeline needs pipeline.referenceName.');
    }
    const parameters = (input.parameters ?? {}) as Record<string, unknown>;
    const child = context.execution.launcher.startChild(context.execution, pipelineName, parameters, {
      activityRunId: context.activityRunId,
      activityName: context.definition.name,
    });
    const output = { pipelineName, pipelineRunId: child.runId };
    if (input.waitOnCompletion !== true) return output;

    const ended = await new Promise<Awaited<typeof child.completion>>((resolve, reject) => {
      const abort = () => reject(context.signal.reason);
      context.signal.addEventListener('abort', abort, { once: true });
      child.completion
        .then(resolve, reject)
        .finally(() => context.signal.removeEventListener('abort', abort));
    });
    if (ended.status === 'Succeeded') {
      return { ...output, ...(ended.returnValue ? { pipelineReturnValue: ended.returnValue } : {}) };
    }
    const failure = ended.failure;
    const message =
      ended.status === 'Cancelled'
        ? `The pipeline run ${child.runId} of '${pipelineName}' was cancelled.`
        : failure?.activity
          ? `Activity ${failure.activity} failed: ${failure.message}`
          : (ended.message ?? `The pipeline run ${child.runId} of '${pipelineName}' failed.`);
    throw new ActivityFailure('BadRequest', message, 'UserError', output);
  },
};
