/**
 * What the sandbox keeps of a trigger firing (a trigger run), and how `queryTriggerRuns` shows it: the spec's
 * TriggerRun (`triggerRunId`, `triggerName`, `triggerType`, `triggerRunTimestamp`, `status` Succeeded | Failed |
 * Inprogress — the spec's spelling —, `message`, `properties`, `triggeredPipelines` name to run id,
 * `runDimension`, `dependencyStatus`).
 */
import type { Json } from '../../arm/datafactory/store.js';

export interface StoredTriggerRun {
  readonly triggerRunId: string;
  readonly triggerName: string;
  readonly triggerType: string;
  /** When it fired (the scheduled time), sandbox epoch ms. */
  readonly timestamp: number;
  readonly status: 'Succeeded' | 'Failed';
  readonly message: string;
  readonly properties: Record<string, string>;
  readonly triggeredPipelines: Record<string, string>;
}

export function triggerRunView(run: StoredTriggerRun): Json {
  return {
    triggerRunId: run.triggerRunId,
    triggerName: run.triggerName,
    triggerType: run.triggerType,
    triggerRunTimestamp: new Date(run.timestamp).toISOString(),
    status: run.status,
    message: run.message,
    properties: run.properties,
    triggeredPipelines: run.triggeredPipelines,
    runDimension: {},
    dependencyStatus: {},
  };
}
