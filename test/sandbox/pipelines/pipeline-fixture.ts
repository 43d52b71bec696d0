// What the pipeline runtime tests share: one environment of a sandbox whose clock runs fast, the real
// DataFactoryManagementClient pointed at it, and helpers to define pipelines, run them to the end and read their
// activity runs through the API (every request and response checked against the REST specs by the fixture).
import {
  type ActivityRun,
  DataFactoryManagementClient,
  type PipelineResource,
  type PipelineRun,
  type RunFilterParameters,
} from '@azure/arm-datafactory';
import { beforeAll } from '@jest/globals';
import type { EnvironmentInfo } from '../../../src/sandbox/index.js';
import { type SandboxFixture, type SandboxFixtureOptions, useSandboxFixture } from '../../harness/sandbox.js';

export interface PipelineFixture {
  readonly f: SandboxFixture;
  readonly env: () => EnvironmentInfo;
  readonly client: () => DataFactoryManagementClient;
  /** Creates or replaces a pipeline of the environment's factory (activities as the REST API takes them). */
  pipeline(name: string, properties: PipelineResource): Promise<void>;
  /** Starts a run and waits until it has ended; the run as the API shows it then. */
  run(name: string, parameters?: Record<string, unknown>): Promise<PipelineRun>;
  /** Waits until the run has ended (polling the API). */
  finish(runId: string): Promise<PipelineRun>;
  /** Every activity run of a run, oldest first (all pages). */
  activities(runId: string, extra?: Partial<RunFilterParameters>): Promise<ActivityRun[]>;
  /** A query window around the sandbox's own time (its clock runs ahead of real time). */
  window(extra?: Partial<RunFilterParameters>): RunFilterParameters;
}

export const TERMINAL = ['Succeeded', 'Failed', 'Cancelled'];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function usePipelineFixture(
  name: string,
  options: SandboxFixtureOptions & { database?: boolean } = {},
): PipelineFixture {
  const { database = false, ...sandboxOptions } = options;
  const f = useSandboxFixture({ clockRate: 60, storage: false, ...sandboxOptions });
  let env: EnvironmentInfo;
  let client: DataFactoryManagementClient;
  beforeAll(async () => {
    env = await f.sandbox.provision({ name, database });
    client = new DataFactoryManagementClient(f.credential, env.subscriptionId, f.clientOptions);
  }, 60_000);

  const window = (extra: Partial<RunFilterParameters> = {}): RunFilterParameters => {
    const now = f.sandbox.clock.now();
    return {
      lastUpdatedAfter: new Date(now - 30 * 86_400_000),
      lastUpdatedBefore: new Date(now + 30 * 86_400_000),
      ...extra,
    };
  };
  const finish = async (runId: string) => {
    for (let i = 0; i < 600; i++) {
      const run = await client.pipelineRuns.get(env.resourceGroup, env.factory, runId);
      if (TERMINAL.includes(run.status!)) return run;
      await sleep(25);
    }
    throw new Error(`run ${runId} did not end`);
  };
  return {
    f,
    env: () => env,
    client: () => client,
    async pipeline(pipelineName, properties) {
      await client.pipelines.createOrUpdate(env.resourceGroup, env.factory, pipelineName, properties);
    },
    async run(pipelineName, parameters) {
      const { runId } = await client.pipelines.createRun(env.resourceGroup, env.factory, pipelineName, {
        ...(parameters ? { parameters } : {}),
      });
      return finish(runId);
    },
    finish,
    async activities(runId, extra = {}) {
      const all: ActivityRun[] = [];
      let continuationToken: string | undefined;
      do {
        const page = await client.activityRuns.queryByPipelineRun(
          env.resourceGroup,
          env.factory,
          runId,
          window({ ...extra, ...(continuationToken ? { continuationToken } : {}) }),
        );
        all.push(...page.value);
        continuationToken = page.continuationToken;
      } while (continuationToken);
      return all;
    },
    window,
  };
}
