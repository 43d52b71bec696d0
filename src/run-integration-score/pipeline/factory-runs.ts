/**
 * Pipeline runs in a data factory, through `@azure/arm-datafactory` (api-version 2018-06-01): `createRun`,
 * `pipelineRuns.get` / `cancel?isRecursive=true`, `activityRuns.queryByPipelineRun`; the run's page in Data Factory
 * studio's monitoring.
 */
import type { DataFactoryManagementClient } from '@azure/arm-datafactory';
import type { PipelineRunService } from './run-service.js';

export interface FactoryScope {
  readonly client: DataFactoryManagementClient;
  readonly subscriptionId: string;
  readonly resourceGroup: string;
  readonly factory: string;
}

export function factoryRunService(scope: FactoryScope): PipelineRunService {
  const { client, resourceGroup, factory } = scope;
  const factoryId = `/subscriptions/${scope.subscriptionId}/resourceGroups/${resourceGroup}/providers/Microsoft.DataFactory/factories/${factory}`;
  return {
    target: 'factory',
    host: factory,
    label: `data factory '${factory}'`,
    studio: 'Data Factory studio',
    pipeline: async (name) => client.pipelines.get(resourceGroup, factory, name),
    createRun: async (pipeline, parameters) =>
      (
        await client.pipelines.createRun(resourceGroup, factory, pipeline, {
          parameters: parameters as Record<string, Record<string, unknown>>,
        })
      ).runId,
    getRun: async (runId, onHeaders) => {
      const run = await client.pipelineRuns.get(resourceGroup, factory, runId, {
        onResponse: (response) => onHeaders((header) => response.headers.get(header)),
      });
      return { ...run, runId: run.runId ?? runId };
    },
    cancelRun: async (runId) => {
      await client.pipelineRuns.cancel(resourceGroup, factory, runId, { isRecursive: true });
    },
    queryActivityRuns: (run, window, continuationToken) =>
      client.activityRuns.queryByPipelineRun(resourceGroup, factory, run.runId, {
        ...window,
        ...(continuationToken ? { continuationToken } : {}),
      }),
    runUrl: (runId) =>
      `https://adf.azure.com/en/monitoring/pipelineruns/${encodeURIComponent(runId)}?factory=${encodeURIComponent(factoryId)}`,
  };
}
