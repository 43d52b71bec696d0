/**
 * What a pipeline run did, from its activity runs (`POST {F}/pipelineruns/{id}/queryActivityruns`, in Synapse
 * `POST {endpoint}/pipelines/{p}/pipelineruns/{id}/queryActivityruns`, paged), and from
 * those of every run it started through ExecutePipeline (the activity's output names the child's `pipelineRunId`),
 * however deep — one query per run, no factory-wide listing:
 *
 * - the failures that are causes: a container (ForEach, Until, If, Switch) only says something inside it failed,
 *   and an ExecutePipeline repeats its child's failure, which is listed from the child's own activity runs;
 * - the batch jobs its Web activities started: a Web activity's output is the endpoint's answer, and an invoke's
 *   answer is the job resource (`id`, `name`, `properties.outputData`), so the jobs are found there. The Web
 *   activities that poll the job answer the same resource; jobs are told apart by name.
 */
import { withContext } from '#shared/errors.js';
import type { ActivityRunRecord as ActivityRun, PipelineRunService, RunState } from './run-service.js';

const CONTAINERS = new Set(['ForEach', 'Until', 'IfCondition', 'Switch']);
const DAY_MS = 86_400_000;

export interface ActivityFailure {
  readonly activityName: string;
  readonly activityType: string;
  readonly activityRunId: string;
  readonly pipelineRunId: string;
  readonly pipelineName: string;
  readonly errorCode: string;
  readonly message: string;
}

export interface StartedJob {
  readonly name: string;
  /** The job's named outputs and inputs, as the invoke answered them. */
  readonly outputs: Readonly<Record<string, { readonly uri?: string }>>;
  readonly inputs: Readonly<Record<string, { readonly uri?: string }>>;
  /** The activity that started it, for messages. */
  readonly activityName: string;
  readonly pipelineRunId: string;
}

export interface RunActivities {
  /** The run and the runs it started, by id, with their pipeline names. */
  readonly runs: ReadonlyMap<string, string>;
  readonly activityRuns: number;
  readonly failures: readonly ActivityFailure[];
  readonly jobs: readonly StartedJob[];
}

type Record_ = Record<string, unknown>;
const isObject = (value: unknown): value is Record_ =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function jobOf(activity: ActivityRun): StartedJob | undefined {
  const output = activity.output;
  if (activity.activityType !== 'WebActivity' || activity.status !== 'Succeeded' || !isObject(output))
    return undefined;
  const { id, name, properties } = output;
  if (typeof name !== 'string' || typeof id !== 'string' || !/\/jobs\//i.test(id) || !isObject(properties))
    return undefined;
  const outputs = isObject(properties.outputData) ? properties.outputData : undefined;
  if (!outputs) return undefined;
  return {
    name,
    outputs: outputs as StartedJob['outputs'],
    inputs: (isObject(properties.inputData) ? properties.inputData : {}) as StartedJob['inputs'],
    activityName: activity.activityName ?? '',
    pipelineRunId: activity.pipelineRunId ?? '',
  };
}

async function queryRun(
  service: PipelineRunService,
  run: RunState,
  child: { readonly runId: string; readonly pipeline: string },
): Promise<ActivityRun[]> {
  // The window is the run's own time (the service's clock), widened: the filter's two bounds are required.
  const start = run.runStart ? run.runStart.getTime() : Date.now();
  const end = run.runEnd ? run.runEnd.getTime() : start;
  const window = {
    lastUpdatedAfter: new Date(start - DAY_MS),
    lastUpdatedBefore: new Date(Math.max(end, Date.now()) + DAY_MS),
  };
  const activities: ActivityRun[] = [];
  try {
    for (let token: string | undefined, first = true; first || token; first = false) {
      const page = await service.queryActivityRuns(child, window, token);
      activities.push(...page.value);
      token = page.continuationToken;
    }
  } catch (error) {
    throw withContext(`Could not read the activity runs of pipeline run '${child.runId}'`, error);
  }
  return activities;
}

export async function readRunActivities(
  service: PipelineRunService,
  run: RunState,
  pipeline: string,
): Promise<RunActivities> {
  const runs = new Map<string, string>([[run.runId, run.pipelineName ?? pipeline]]);
  const queue = [run.runId];
  const all: ActivityRun[] = [];
  for (let id = queue.shift(); id; id = queue.shift()) {
    const activities = await queryRun(service, run, { runId: id, pipeline: runs.get(id) ?? '' });
    all.push(...activities);
    for (const activity of activities) {
      if (activity.activityType !== 'ExecutePipeline') continue;
      const child = (activity.output as { pipelineRunId?: unknown } | undefined)?.pipelineRunId;
      if (typeof child === 'string' && !runs.has(child)) {
        const reference = (activity.input as { pipeline?: { referenceName?: string } } | undefined)?.pipeline;
        runs.set(child, reference?.referenceName ?? '');
        queue.push(child);
      }
    }
  }
  const failures: ActivityFailure[] = [];
  const jobs = new Map<string, StartedJob>();
  for (const activity of all) {
    const job = jobOf(activity);
    if (job && !jobs.has(job.name)) jobs.set(job.name, job);
    if (activity.status !== 'Failed' || CONTAINERS.has(activity.activityType ?? '')) continue;
    const child = (activity.output as { pipelineRunId?: unknown } | undefined)?.pipelineRunId;
    if (activity.activityType === 'ExecutePipeline' && typeof child === 'string' && runs.has(child)) continue;
    const error = (activity.error ?? {}) as { errorCode?: string; message?: string };
    failures.push({
      activityName: activity.activityName ?? '',
      activityType: activity.activityType ?? '',
      activityRunId: activity.activityRunId ?? '',
      pipelineRunId: activity.pipelineRunId ?? '',
      pipelineName: activity.pipelineName ?? runs.get(activity.pipelineRunId ?? '') ?? '',
      errorCode: error.errorCode ?? '',
      message: error.message ?? '',
    });
  }
  return { runs, activityRuns: all.length, failures, jobs: [...jobs.values()] };
}

/** One line per failing activity: what failed, where, and Data Factory's words. */
export function describeFailure(failure: ActivityFailure): string {
  const code = failure.errorCode ? ` ${failure.errorCode}` : '';
  return `activity '${failure.activityName}' (${failure.activityType}) of pipeline '${failure.pipelineName}' failed:${code} ${failure.message || '(no message)'} [activity run ${failure.activityRunId}, pipeline run ${failure.pipelineRunId}]`;
}
