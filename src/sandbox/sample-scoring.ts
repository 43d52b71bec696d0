/**
 * The sample orchestrator's scoring pass in one environment, after deploy-aml-endpoint, deploy-adf-pipelines and
 * apply-control-metadata have run there: the input data is staged, `pl_orchestrate_scoring` is started and watched
 * through the Data Factory client (in the environments where the release runs no integration step: in staging,
 * run-integration-score starts it in pipeline mode), and what it did is checked against the input: rows scored (the predictions the
 * batch jobs wrote, read by the copies), rows copied, and rows in the sink table for this run.
 *
 * Staging stands for the feed that lands features before a daily run: for every enabled daily use case of the
 * control table, the sample input file (examples/aml/sample-input.csv) is uploaded into the use case's
 * `input_location` in the environment's scoring container.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PipelineRun } from '@azure/arm-datafactory';
import { mlState } from './arm/machinelearning/store.js';
import type { EnvironmentInfo } from './environments.js';
import type { Sandbox } from './index.js';
import { REPO_ROOT } from './local-runner.js';

export const ORCHESTRATOR = 'pl_orchestrate_scoring';
const COPY_PIPELINE = 'pl_copy_scores_to_sql';
const COPY_ACTIVITY = 'CopyScores';
export const SAMPLE_INPUT = join(REPO_ROOT, 'examples', 'aml', 'sample-input.csv');

export interface UseCaseRow {
  readonly id: string;
  readonly input_location: string;
  readonly sink_table: string | null;
}

export interface StagedInputs {
  readonly useCases: readonly UseCaseRow[];
  /** Data rows uploaded, all use cases together. */
  readonly rows: number;
}

export interface ScoringPass {
  readonly runId: string;
  readonly status: string;
  readonly message: string;
  readonly useCases: number;
  readonly inputRows: number;
  readonly rowsScored: number;
  readonly rowsCopied: number;
  /** Rows of this run in the sink tables. */
  readonly rowsInSink: number;
  readonly sinkTables: readonly string[];
  /** Activity runs of the orchestrator and of every pipeline it started. */
  readonly activityRuns: number;
  /**
   * Where the time went: per activity type, its activity runs and their summed durations (sandbox ms). Runs
   * overlap (ForEach runs many at once) and a container's duration includes its inner activities'.
   */
  readonly activityTime: Readonly<Record<string, { readonly runs: number; readonly ms: number }>>;
  /** Pipeline runs of this pass: the orchestrator and every run it started. */
  readonly pipelineRuns: number;
  /** Real time from createRun to the run's end, in ms. */
  readonly durationMs: number;
  /** Real time the Data Factory client's sign-in took (before createRun, not part of durationMs), in ms. */
  readonly signInMs: number;
  /** What disagrees between the input and what was scored and copied (empty when all agree). */
  readonly problems: readonly string[];
}

async function query<T>(connectionString: string, text: string, values: unknown[] = []): Promise<T[]> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return (await client.query(text, values)).rows as T[];
  } finally {
    await client.end();
  }
}

function databaseOf(environment: EnvironmentInfo): string {
  if (!environment.database) throw new Error(`Environment ${environment.name} has no control database.`);
  return environment.database.connectionString;
}

/** The enabled daily use cases, as the orchestrator's Lookup selects them. */
export function enabledUseCases(environment: EnvironmentInfo): Promise<UseCaseRow[]> {
  return query<UseCaseRow>(
    databaseOf(environment),
    "SELECT id, input_location, sink_table FROM mlops.control_use_cases WHERE enabled AND schedule = 'daily' ORDER BY id",
  );
}

/**
 * The input folders of the sample's use cases, from the example control metadata files themselves (for a run that
 * stages the feed before the release has written the control table: `npm start -- --workflows`).
 */
export async function sampleUseCases(): Promise<UseCaseRow[]> {
  const folder = join(REPO_ROOT, 'examples', 'control-metadata');
  const [{ parse }, yamlText, csvText] = await Promise.all([
    import('yaml'),
    readFile(join(folder, 'use-cases.yml'), 'utf8'),
    readFile(join(folder, 'use-cases.csv'), 'utf8'),
  ]);
  const fromYaml = (parse(yamlText) as { use_cases: UseCaseRow[] }).use_cases;
  // The CSV's first columns hold no quoted commas: id, pipeline, endpoint, input_location, output_location, sink_table.
  const [header, ...lines] = csvText.trim().split(/\r?\n/);
  const columns = header!.split(',');
  const fromCsv = lines.map((line) => {
    const cells = line.split(',');
    const cell = (name: string) => cells[columns.indexOf(name)] ?? '';
    return { id: cell('id'), input_location: cell('input_location'), sink_table: cell('sink_table') || null };
  });
  return [...fromYaml, ...fromCsv].map(({ id, input_location, sink_table }) => ({
    id,
    input_location,
    sink_table,
  }));
}

/**
 * Uploads the sample input into every enabled use case's input folder (the same file for all); `useCases` when the
 * control table is not written yet.
 */
export async function stageSampleInputs(
  sandbox: Sandbox,
  environment: EnvironmentInfo,
  useCases?: readonly UseCaseRow[],
): Promise<StagedInputs> {
  const storage = sandbox.storage;
  if (!storage) throw new Error('The sandbox runs without storage: the sample cannot be scored.');
  const [{ BlobServiceClient, StorageSharedKeyCredential }, text, rows] = await Promise.all([
    import('@azure/storage-blob'),
    readFile(SAMPLE_INPUT, 'utf8'),
    useCases ?? enabledUseCases(environment),
  ]);
  const service = new BlobServiceClient(
    storage.blobEndpoint,
    new StorageSharedKeyCredential(storage.accountName, storage.accountKey),
    { tlsOptions: { ca: storage.ca } } as ConstructorParameters<typeof BlobServiceClient>[2],
  );
  const container = service.getContainerClient(environment.scoringData.container);
  await container.createIfNotExists();
  const perFile = text.split(/\r?\n/).filter((line) => line.trim()).length - 1;
  // Bounded parallelism: a bench stages hundreds of use cases.
  const queue = [...rows];
  const upload = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const folder = next.input_location.replace(/^\/+/, '').replace(/\/?$/, '/');
      await container.getBlockBlobClient(`${folder}sample-input.csv`).upload(text, Buffer.byteLength(text));
    }
  };
  await Promise.all(Array.from({ length: 8 }, upload));
  return { useCases: rows, rows: perFile * rows.length };
}

async function dataFactoryClient(sandbox: Sandbox, environment: EnvironmentInfo) {
  const [{ DataFactoryManagementClient }, { ClientSecretCredential }] = await Promise.all([
    import('@azure/arm-datafactory'),
    import('@azure/identity'),
  ]);
  const credential = new ClientSecretCredential(sandbox.tenantId, sandbox.clientId, sandbox.clientSecret, {
    authorityHost: sandbox.baseUrl,
    disableInstanceDiscovery: true,
    tlsOptions: { ca: sandbox.caCert },
  } as ConstructorParameters<typeof ClientSecretCredential>[3]);
  const scope = `${sandbox.armAudience}/.default`;
  const client = new DataFactoryManagementClient(credential, environment.subscriptionId, {
    endpoint: sandbox.baseUrl,
    credentialScopes: scope,
    tlsOptions: { ca: sandbox.caCert },
  } as ConstructorParameters<typeof DataFactoryManagementClient>[2]);
  // The credential caches the token: signing in first keeps the sign-in out of the run's time.
  return { client, signIn: () => credential.getToken(scope) };
}

/** Containers whose error only repeats that something inside them failed. */
const CONTAINERS = new Set(['ForEach', 'Until', 'IfCondition', 'Switch']);
const MAX_FAILURES_LISTED = 5;

/**
 * The sample's Fail activity names the batch job that did not complete, not why: the job's own error, from the
 * sandbox's record of it, is added to the problem (a run that loses a use case says what the job met).
 */
function withJobError(sandbox: Sandbox, message: string): string {
  const name = /^Batch job (\S+) of use case /.exec(message)?.[1];
  if (!name) return message;
  const job = Object.values(mlState(sandbox.context).jobs).find((record) => record.name === name);
  const error = job?.outcome?.error;
  return error ? `${message} (the job: ${error.code}: ${error.message})` : message;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts the orchestrator, waits for it, and checks what it did against the staged input. */
export async function runSampleOrchestrator(
  sandbox: Sandbox,
  environment: EnvironmentInfo,
  staged: StagedInputs,
  options: {
    readonly timeoutMs?: number;
    readonly pollMs?: number;
    /** Called when the run has ended, before its runs are read back and checked (a bench measures up to here). */
    readonly onRunEnd?: () => void;
  } = {},
): Promise<ScoringPass> {
  const { client, signIn } = await dataFactoryClient(sandbox, environment);
  const { resourceGroup: rg, factory } = environment;
  const signingIn = performance.now();
  await signIn();
  const signInMs = performance.now() - signingIn;
  const started = performance.now();
  const { runId } = await client.pipelines.createRun(rg, factory, ORCHESTRATOR);
  let run: PipelineRun;
  for (;;) {
    run = await client.pipelineRuns.get(rg, factory, runId);
    if (['Succeeded', 'Failed', 'Cancelled'].includes(run.status ?? '')) break;
    if (performance.now() - started > (options.timeoutMs ?? 300_000)) {
      await client.pipelineRuns.cancel(rg, factory, runId, { isRecursive: true });
      throw new Error(`${ORCHESTRATOR} run ${runId} did not end within ${options.timeoutMs ?? 300_000} ms.`);
    }
    await sleep(options.pollMs ?? 250);
  }
  const durationMs = performance.now() - started;
  options.onRunEnd?.();

  // The sandbox clock may run ahead of real time: the query window is around its own time.
  const now = sandbox.clock.now();
  const window = {
    lastUpdatedAfter: new Date(now - 30 * 86_400_000),
    lastUpdatedBefore: new Date(now + 86_400_000),
  };
  const runs: PipelineRun[] = [];
  for (let token: string | undefined, first = true; first || token; first = false) {
    const page = await client.pipelineRuns.queryByFactory(rg, factory, {
      ...window,
      ...(token ? { continuationToken: token } : {}),
    });
    runs.push(...page.value);
    token = page.continuationToken;
  }
  // This pass's runs: the orchestrator and every run it started, however deep.
  const mine = new Set([runId]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const candidate of runs) {
      if (!mine.has(candidate.runId!) && mine.has(candidate.invokedBy?.pipelineRunId ?? '')) {
        mine.add(candidate.runId!);
        grew = true;
      }
    }
  }
  let activityRuns = 0;
  const activityTime: Record<string, { runs: number; ms: number }> = {};
  let rowsScored = 0;
  let rowsCopied = 0;
  // The failures that are causes: a container only says an inner activity failed, and an ExecutePipeline that
  // started a child repeats the child's failure, which is listed from the child's own activity runs.
  const failures: string[] = [];
  let failuresLeftOut = 0;
  for (const id of mine) {
    const pipelineName = runs.find((r) => r.runId === id)?.pipelineName;
    for (let token: string | undefined, first = true; first || token; first = false) {
      const page = await client.activityRuns.queryByPipelineRun(rg, factory, id, {
        ...window,
        ...(token ? { continuationToken: token } : {}),
      });
      activityRuns += page.value.length;
      for (const activity of page.value) {
        const type = activity.activityType ?? 'unknown';
        activityTime[type] ??= { runs: 0, ms: 0 };
        activityTime[type].runs += 1;
        activityTime[type].ms += activity.durationInMs ?? 0;
        if (
          pipelineName === COPY_PIPELINE &&
          activity.activityName === COPY_ACTIVITY &&
          activity.status === 'Succeeded'
        ) {
          const output = activity.output as { rowsRead?: number; rowsCopied?: number };
          rowsScored += output.rowsRead ?? 0;
          rowsCopied += output.rowsCopied ?? 0;
        }
        if (activity.status !== 'Failed' || CONTAINERS.has(activity.activityType ?? '')) continue;
        const child = (activity.output as { pipelineRunId?: string } | undefined)?.pipelineRunId;
        if (activity.activityType === 'ExecutePipeline' && child && mine.has(child)) continue;
        if (failures.length === MAX_FAILURES_LISTED) failuresLeftOut++;
        else {
          const error = activity.error as { message?: string } | undefined;
          failures.push(
            `${pipelineName} ${activity.activityName} failed: ${error?.message ? withJobError(sandbox, error.message) : 'no error given'}`,
          );
        }
      }
      token = page.continuationToken;
    }
  }
  const sinkTables = [
    ...new Set(staged.useCases.map((u) => u.sink_table).filter((t): t is string => Boolean(t))),
  ];
  let rowsInSink = 0;
  for (const table of sinkTables) {
    const [schema, name] = table.split('.');
    const [row] = await query<{ n: string }>(
      databaseOf(environment),
      `SELECT count(*) AS n FROM "${schema!.replace(/"/g, '')}"."${name!.replace(/"/g, '')}" WHERE scoring_run_id = $1`,
      [runId],
    );
    rowsInSink += Number(row?.n ?? 0);
  }
  const problems: string[] = [];
  if (run.status !== 'Succeeded') {
    problems.push(`the run ended ${run.status}: ${run.message ?? ''}`, ...failures);
    if (failuresLeftOut) problems.push(`(${failuresLeftOut} more failed activities not listed)`);
  }
  if (rowsScored !== staged.rows) problems.push(`${rowsScored} rows scored for ${staged.rows} input rows`);
  if (rowsCopied !== rowsScored) problems.push(`${rowsCopied} rows copied for ${rowsScored} scored`);
  if (rowsInSink !== rowsCopied)
    problems.push(`${rowsInSink} rows of this run in the sink for ${rowsCopied} copied`);
  return {
    runId,
    status: run.status ?? '',
    message: run.message ?? '',
    useCases: staged.useCases.length,
    inputRows: staged.rows,
    rowsScored,
    rowsCopied,
    rowsInSink,
    sinkTables,
    activityRuns,
    activityTime,
    pipelineRuns: mine.size,
    durationMs,
    signInMs,
    problems,
  };
}
