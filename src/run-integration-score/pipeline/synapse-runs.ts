/**
 * Pipeline runs in a Synapse workspace, on its development endpoint (`https://{workspace}.dev.azuresynapse.net`, a
 * token for the cloud's Synapse audience; api-version 2020-12-01, pipelines.json of the artifacts spec), through the
 * client deploy-adf-pipelines deploys with (src/shared/synapse/dev-client.ts: the Azure core pipeline, raw JSON):
 *
 * - POST `/pipelines/{p}/createRun` (the body is the parameters; 202 `{runId}`);
 * - GET `/pipelineruns/{id}`; POST `/pipelineruns/{id}/cancel?isRecursive=true` (the runs its ExecutePipeline
 *   activities started are cancelled too);
 * - POST `/pipelines/{p}/pipelineruns/{id}/queryActivityruns` (the path names the run's pipeline).
 *
 * The run's page is Synapse Studio's monitoring, on the host the workspace's ARM resource names for Studio.
 */
import type { SynapseDevClient } from '#shared/synapse/dev-client.js';
import type { SynapseWorkspace } from '#shared/synapse/workspace.js';
import { isRecord } from '#shared/values.js';
import type { ActivityRunPage, PipelineDefinition, PipelineRunService, RunState } from './run-service.js';

const STUDIO = 'https://web.azuresynapse.net';

const segment = (value: string) => encodeURIComponent(value);

function date(value: unknown): Date | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? undefined : parsed;
}

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

function runState(body: unknown, runId: string): RunState {
  const run = isRecord(body) ? body : {};
  const state: Record<string, unknown> = {
    runId: text(run.runId) ?? runId,
    pipelineName: text(run.pipelineName),
    status: text(run.status),
    message: text(run.message),
    runStart: date(run.runStart),
    runEnd: date(run.runEnd),
  };
  return Object.fromEntries(Object.entries(state).filter(([, v]) => v !== undefined)) as unknown as RunState;
}

export function synapseRunService(dev: SynapseDevClient, workspace: SynapseWorkspace): PipelineRunService {
  let studio = STUDIO;
  try {
    if (workspace.web) studio = new URL(workspace.web).origin;
  } catch {
    // Not a URL: the public cloud's Studio.
  }
  return {
    target: 'synapse',
    host: workspace.name,
    label: `Synapse workspace '${workspace.name}'`,
    studio: 'Synapse Studio',
    pipeline: async (name) => {
      const { body } = await dev.send('GET', `/pipelines/${segment(name)}`);
      const properties = isRecord(body) && isRecord(body.properties) ? body.properties : {};
      return { name: isRecord(body) ? (text(body.name) ?? name) : name, ...properties } as PipelineDefinition;
    },
    createRun: async (pipeline, parameters) => {
      const { body } = await dev.send('POST', `/pipelines/${segment(pipeline)}/createRun`, parameters);
      const runId = isRecord(body) ? text(body.runId) : undefined;
      if (!runId) throw new Error(`Synapse answered createRun with no run id (${JSON.stringify(body)}).`);
      return runId;
    },
    getRun: async (runId, onHeaders) => {
      const response = await dev.send('GET', `/pipelineruns/${segment(runId)}`);
      if (response.header) onHeaders(response.header);
      return runState(response.body, runId);
    },
    cancelRun: async (runId) => {
      await dev.send('POST', `/pipelineruns/${segment(runId)}/cancel?isRecursive=true`);
    },
    queryActivityRuns: async (run, window, continuationToken) => {
      const { body } = await dev.send(
        'POST',
        `/pipelines/${segment(run.pipeline)}/pipelineruns/${segment(run.runId)}/queryActivityruns`,
        {
          lastUpdatedAfter: window.lastUpdatedAfter.toISOString(),
          lastUpdatedBefore: window.lastUpdatedBefore.toISOString(),
          ...(continuationToken ? { continuationToken } : {}),
        },
      );
      const page = isRecord(body) ? body : {};
      const token = text(page.continuationToken);
      return {
        value: Array.isArray(page.value) ? page.value : [],
        ...(token ? { continuationToken: token } : {}),
      } as ActivityRunPage;
    },
    runUrl: (runId) =>
      `${studio}/monitoring/pipelineruns/${segment(runId)}?workspace=${encodeURIComponent(workspace.id)}`,
  };
}
