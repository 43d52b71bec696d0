/**
 * The local workflow executor: runs a workflow of this repository on an event, against the sandbox, as GitHub
 * would run it (see the modules beside this one for each part), and starts the workflows that listen for the
 * repository_dispatch events a run sends to the sandbox's GitHub API. One concise line per job and step; each
 * job's step summaries are written under `summariesDir`.
 */
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import type { InputConfig } from '@actions/workflow-parser/model/workflow-template';
import { ConfigurationError, describeError } from '#shared/errors.js';
import { createSecretMasker } from '#shared/secrets.js';
import type { GitHubEmulation, RepositoryDispatch } from '../github/emulation.js';
import { type RepositorySettings, secretValues } from '../github/settings.js';
import { ConcurrencyGroups } from './concurrency.js';
import { deliver, type WorkflowEvent, whyNotTriggered } from './events.js';
import { evaluate } from './expressions.js';
import { githubContext } from './github-context.js';
import type { Approver, ExecutorServices, Result, RunState } from './run-model.js';
import { seconds } from './run-model.js';
import { checkSupported } from './supported-features.js';
import { loadWorkflow, type WorkflowFile } from './workflow-file.js';
import { callInputs, runJobs, type WorkflowOutcome } from './workflow-run.js';

export interface ExecutorOptions {
  readonly workingTree: string;
  readonly repository: string;
  readonly sha?: string;
  readonly actionsRepositories: readonly string[];
  readonly settings: RepositorySettings;
  readonly github: GitHubEmulation;
  readonly runnerEnv: Readonly<Record<string, string>>;
  readonly idTokenUrl: string;
  readonly summariesDir: string;
  readonly artifactsDir: string;
  /** Approves protected environments; without it they are approved automatically, with a line saying so. */
  readonly approve?: Approver;
  /** Where each line goes (default: stdout). */
  readonly print?: (line: string) => void;
  /** The folder of the workflows that listen for repository_dispatch events (default: none are started). */
  readonly workflowsDir?: string;
}

export interface WorkflowRun {
  readonly file: string;
  readonly runId: number;
  readonly event: WorkflowEvent['name'];
  readonly result: Result;
  readonly jobs: WorkflowOutcome['jobs'];
}

export class WorkflowExecutor {
  private readonly services: ExecutorServices;
  private readonly options: ExecutorOptions;
  private readonly files = new Map<string, Promise<WorkflowFile>>();
  private readonly queued: RepositoryDispatch[] = [];
  private readonly stopListening: () => void;
  private nextRunId = 1001;

  constructor(options: ExecutorOptions) {
    this.options = options;
    const masker = createSecretMasker(() => {});
    for (const secret of secretValues(options.settings)) masker.mask(secret);
    const print = options.print ?? ((line: string) => console.log(line));
    this.services = {
      workingTree: resolve(options.workingTree),
      repository: options.repository,
      sha: options.sha ?? '0123456789abcdef0123456789abcdef01234567',
      actionsRepositories: options.actionsRepositories,
      settings: options.settings,
      github: options.github,
      runnerEnv: options.runnerEnv,
      idTokenUrl: options.idTokenUrl,
      summariesDir: options.summariesDir,
      artifactsDir: options.artifactsDir,
      approve: options.approve ?? (async () => true),
      asksApproval: options.approve !== undefined,
      masker,
      groups: new ConcurrencyGroups(),
      line: (text) => print(masker.redact(text)),
      load: (path) => this.load(path),
    };
    this.stopListening = options.github.onDispatch((dispatch) => this.onDispatch(dispatch));
  }

  /** Loads a workflow and every reusable workflow it calls, refusing what the executor cannot run. */
  async load(path: string): Promise<WorkflowFile> {
    const absolute = resolve(path);
    let pending = this.files.get(absolute);
    if (!pending) {
      pending = (async () => {
        const file = await loadWorkflow(absolute, this.services.workingTree);
        for (const called of checkSupported(file, this.services)) await this.load(called);
        return file;
      })();
      this.files.set(absolute, pending);
      pending.catch(() => this.files.delete(absolute));
    }
    return pending;
  }

  /** Runs one workflow on an event; ConfigurationError when it cannot run (before any job starts). */
  async run(path: string, event: WorkflowEvent): Promise<WorkflowRun> {
    const file = await this.load(path);
    const delivered = deliver(event, this.services.repository, this.services.sha);
    const notTriggered = whyNotTriggered(file.template.events, delivered);
    if (notTriggered)
      throw new ConfigurationError(`${file.display}: ${notTriggered}.`, { location: { file: file.display } });
    const inputs = event.name === 'workflow_dispatch' ? dispatchInputs(file, event.inputs ?? {}) : {};
    return this.execute(file, event, describeEvent(event, delivered.ref), () => inputs);
  }

  /**
   * Runs a reusable workflow on its own, as a job of a workflow started by `event` (push to main by default) would
   * call it: `inputs` checked against its workflow_call inputs (strings typed as they declare: `true`/`false` for
   * booleans), the repository's secrets inherited, and the called jobs' permissions as they ask (the calling job is
   * taken to grant them). For deploying one environment with deploy-environment.yml, say, without its callers.
   */
  async call(
    path: string,
    given: Readonly<Record<string, string>>,
    event: WorkflowEvent = { name: 'push' },
  ): Promise<WorkflowRun> {
    const file = await this.load(path);
    if (!file.template.events.workflow_call)
      throw new ConfigurationError(
        `${file.display}: it is not a reusable workflow (it has no on: workflow_call).`,
      );
    const declared = (file.template.events.workflow_call.inputs ?? {}) as Record<string, InputConfig>;
    const typed = Object.fromEntries(
      Object.entries(given).map(([name, value]) => {
        const type = String(declared[name]?.type);
        if (type === 'boolean' && (value === 'true' || value === 'false')) return [name, value === 'true'];
        if (type === 'number' && value.trim() !== '' && Number.isFinite(Number(value)))
          return [name, Number(value)];
        return [name, value];
      }),
    );
    const delivered = deliver(event, this.services.repository, this.services.sha);
    return this.execute(
      file,
      event,
      `workflow_call (as called on ${describeEvent(event, delivered.ref)})`,
      (github) =>
        callInputs(file, typed, github, (detail) => new ConfigurationError(`${file.display}: ${detail}.`)),
    );
  }

  private async execute(
    file: WorkflowFile,
    event: WorkflowEvent,
    described: string,
    inputsFor: (github: unknown) => Record<string, unknown>,
  ): Promise<WorkflowRun> {
    const delivered = deliver(event, this.services.repository, this.services.sha);
    const runId = this.nextRunId++;
    const scratch = await mkdtemp(join(tmpdir(), `workflow-run-${runId}-`));
    const eventPath = join(scratch, 'event.json');
    await writeFile(eventPath, JSON.stringify(delivered.payload));
    const controller = new AbortController();
    const state: RunState = {
      services: this.services,
      event: delivered,
      runId,
      runNumber: runId - 1000,
      workflow: file,
      eventPath,
      signal: controller.signal,
      cancel: () => controller.abort(),
    };
    const started = performance.now();
    let release: (() => void) | undefined;
    try {
      const inputs = inputsFor(githubContext(state, '', ''));
      this.services.line(`${file.display} (${file.name}) on ${described}: run ${runId}`);
      const concurrency = file.template.concurrency;
      if (concurrency) {
        const contexts = {
          github: githubContext(state, '', ''),
          inputs,
          vars: { ...this.services.settings.vars },
        };
        const value = evaluate(file, concurrency, { contexts });
        const group =
          typeof value === 'object' && value ? (value as Record<string, unknown>) : { group: value };
        release = await this.services.groups.enter(
          String(group.group ?? ''),
          { label: `${file.display} run ${runId}`, cancel: () => controller.abort() },
          group['cancel-in-progress'] === true,
          (text) => this.services.line(`${file.display} run ${runId}: ${text}`),
        );
        if (!release) {
          const cancelled: WorkflowRun = {
            file: file.display,
            runId,
            event: event.name,
            result: 'cancelled',
            jobs: {},
          };
          return cancelled;
        }
      }
      const outcome = await runJobs(state, {
        file,
        inputs,
        secrets: { ...this.services.settings.secrets },
        permissionsCap: undefined,
        labelPrefix: '',
        idPrefix: '',
      });
      const result = controller.signal.aborted && outcome.result !== 'failure' ? 'cancelled' : outcome.result;
      this.services.line(
        `${file.display} run ${runId}: ${result} in ${seconds(performance.now() - started)}`,
      );
      const finished: WorkflowRun = {
        file: file.display,
        runId,
        event: event.name,
        result,
        jobs: outcome.jobs,
      };
      return finished;
    } finally {
      release?.();
      await rm(scratch, { recursive: true, force: true });
    }
  }

  /**
   * Runs the workflows that the repository_dispatch events received so far start, and those their runs start in
   * turn, until none is left. GitHub queues a dispatched run; here it starts once the run that sent the event has
   * ended (when the caller settles), so the lines of two runs never interleave.
   */
  async settle(): Promise<readonly WorkflowRun[]> {
    const done: WorkflowRun[] = [];
    for (let dispatch = this.queued.shift(); dispatch; dispatch = this.queued.shift())
      done.push(...(await this.startListeners(dispatch)));
    return done;
  }

  /** Stops listening for dispatches. */
  close(): void {
    this.stopListening();
  }

  private onDispatch(dispatch: RepositoryDispatch): void {
    if (
      this.options.workflowsDir &&
      dispatch.repository.toLowerCase() === this.services.repository.toLowerCase()
    )
      this.queued.push(dispatch);
  }

  private async startListeners(dispatch: RepositoryDispatch): Promise<WorkflowRun[]> {
    const workflowsDir = this.options.workflowsDir!;
    const event: WorkflowEvent = {
      name: 'repository_dispatch',
      eventType: dispatch.eventType,
      clientPayload: dispatch.clientPayload,
    };
    this.services.line(
      `repository_dispatch '${dispatch.eventType}' to ${dispatch.repository}: starting the workflows in ${relative(this.services.workingTree, workflowsDir)}/ that listen for it`,
    );
    const runs: WorkflowRun[] = [];
    for (const name of (await readdir(workflowsDir)).filter((file) => /\.ya?ml$/.test(file)).sort()) {
      const path = join(workflowsDir, name);
      try {
        const file = await this.load(path);
        const delivered = deliver(event, this.services.repository, this.services.sha);
        if (!whyNotTriggered(file.template.events, delivered)) runs.push(await this.run(path, event));
      } catch (error) {
        this.services.line(`${name}: cannot run on repository_dispatch: ${describeError(error).message}`);
      }
    }
    if (runs.length === 0)
      this.services.line(`repository_dispatch '${dispatch.eventType}': no workflow listens for it`);
    return runs;
  }
}

function describeEvent(event: WorkflowEvent, ref: string): string {
  switch (event.name) {
    case 'repository_dispatch':
      return `repository_dispatch '${event.eventType}'`;
    case 'pull_request':
      return `pull_request #${event.number ?? 1} (${event.head ?? 'feature'} -> ${event.base ?? 'main'})`;
    case 'schedule':
      return `schedule${event.cron ? ` '${event.cron}'` : ''} (fired on demand)`;
    default:
      return `${event.name} to ${ref}`;
  }
}

/** workflow_dispatch inputs: given values checked against the declared ones, defaults filled in, typed. */
function dispatchInputs(
  file: WorkflowFile,
  given: Readonly<Record<string, string>>,
): Record<string, unknown> {
  const declared = (file.template.events.workflow_dispatch?.inputs ?? {}) as Record<string, InputConfig>;
  const inputs: Record<string, unknown> = {};
  for (const name of Object.keys(given)) {
    if (!(name in declared))
      throw new ConfigurationError(
        `${file.display}: workflow_dispatch has no input '${name}' (inputs: ${Object.keys(declared).join(', ') || 'none'}).`,
      );
  }
  for (const [name, definition] of Object.entries(declared)) {
    const raw = given[name] ?? (definition.default === undefined ? undefined : String(definition.default));
    if (raw === undefined || raw === '') {
      if (definition.required)
        throw new ConfigurationError(`${file.display}: input '${name}' is required (--input ${name}=...).`);
      inputs[name] = definition.type === 'boolean' ? false : '';
      continue;
    }
    if (definition.type === 'boolean') {
      if (raw !== 'true' && raw !== 'false')
        throw new ConfigurationError(
          `${file.display}: input '${name}' is a boolean: true or false, not '${raw}'.`,
        );
      inputs[name] = raw === 'true';
    } else if (definition.type === 'choice' && definition.options && !definition.options.includes(raw)) {
      throw new ConfigurationError(
        `${file.display}: input '${name}' must be one of ${definition.options.join(', ')}, not '${raw}'.`,
      );
    } else inputs[name] = raw;
  }
  return inputs;
}
