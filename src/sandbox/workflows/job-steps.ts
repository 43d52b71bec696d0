/**
 * The steps of one job, in order: each step's `if:` with the job status so far, its name, `env:` over the job's
 * and what earlier steps wrote to GITHUB_ENV and GITHUB_PATH, `working-directory`, `timeout-minutes` and
 * `continue-on-error`; then the kind of step runs (step-kinds.ts), its outputs feed the `steps` context, its masks
 * the log masker, and its job summary the job's summary file. RUNNER_TEMP lives as long as the job.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { isMapping, isString } from '@actions/workflow-parser';
import type { MappingToken } from '@actions/workflow-parser/templates/tokens/index';
import { describeError } from '#shared/errors.js';
import type { ProcessOptions } from '../local-runner.js';
import { describeStep } from '../step-details.js';
import {
  evaluate,
  evaluateCondition,
  evaluateString,
  evaluateStringMap,
  evaluateText,
  type Scope,
} from './expressions.js';
import { defaultStepEnv } from './github-context.js';
import type { Result, RunState } from './run-model.js';
import { seconds } from './run-model.js';
import {
  checkout,
  declaredInputs,
  localRun,
  runOurAction,
  runScript,
  type StepRun,
  uploadArtifact,
} from './step-kinds.js';
import { resolveStepUses } from './uses.js';
import { entry, locate, type Step, skipReason, type WorkflowFile, workflowError } from './workflow-file.js';

export interface StepRecord {
  outputs: Record<string, string>;
  outcome: Result;
  conclusion: Result;
}

/** `timeout-minutes` of a job or step mapping, evaluated. */
export function timeoutMs(
  file: WorkflowFile,
  mapping: MappingToken | undefined,
  scope: Scope,
  fallback: number,
): number {
  const token = entry(mapping, 'timeout-minutes');
  if (!token) return fallback;
  const minutes = Number(evaluate(file, token, scope));
  if (!Number.isFinite(minutes) || minutes <= 0)
    throw workflowError(file, token, 'timeout-minutes must be a positive number');
  return minutes * 60_000;
}

const SIX_HOURS_MS = 360 * 60_000;

export interface JobStepsInput {
  readonly file: WorkflowFile;
  readonly steps: readonly Step[];
  /** The raw mapping of each step, in the same order. */
  readonly mappings: readonly MappingToken[];
  /** Prints a line under the job's label. */
  readonly say: (text: string) => void;
  /** The job's contexts (github with the job's token, vars, secrets, inputs, needs, runner, ...). */
  readonly contexts: Readonly<Record<string, unknown>>;
  readonly jobEnv: Readonly<Record<string, string>>;
  /** ACTIONS_ID_TOKEN_REQUEST_URL/_TOKEN, only for a job with id-token: write. */
  readonly oidcEnv: Readonly<Record<string, string>>;
  readonly signal: AbortSignal;
  /** Names the job's summary file. */
  readonly summaryName: string;
}

export async function runSteps(
  run: RunState,
  input: JobStepsInput,
): Promise<{ result: Result; steps: Record<string, StepRecord> }> {
  // RUNNER_TEMP lives as long as the job (plan files written there are uploaded by a later step).
  const runnerTemp = await mkdtemp(join(tmpdir(), 'runner-temp-'));
  try {
    const job = new JobSteps(run, input, runnerTemp);
    for (const [index, step] of input.steps.entries()) await job.run(step, input.mappings[index]);
    await job.writeSummary();
    return { result: job.result(), steps: job.records };
  } finally {
    await rm(runnerTemp, { recursive: true, force: true });
  }
}

class JobSteps {
  readonly records: Record<string, StepRecord> = {};
  private readonly addedEnv: Record<string, string> = {};
  private readonly addedPath: string[] = [];
  private readonly summaries: string[] = [];
  private failed = false;

  constructor(
    private readonly state: RunState,
    private readonly input: JobStepsInput,
    private readonly runnerTemp: string,
  ) {}

  result(): Result {
    return this.input.signal.aborted ? 'cancelled' : this.failed ? 'failure' : 'success';
  }

  async run(step: Step, mapping: MappingToken | undefined): Promise<void> {
    const { file, signal } = this.input;
    const env = { ...this.input.jobEnv, ...this.addedEnv };
    const scope: Scope = {
      contexts: {
        ...this.input.contexts,
        env,
        steps: this.records,
        job: { status: this.failed ? 'failure' : 'success' },
      },
      status: {
        success: () => !this.failed && !signal.aborted,
        failure: () => this.failed,
        cancelled: () => signal.aborted,
      },
    };
    const uses = 'uses' in step ? step.uses.value : undefined;
    const name = this.nameOf(step, mapping, uses, scope);
    const say = (verdict: string) => this.input.say(`${name.padEnd(30)} ${verdict}`);
    const condition = 'if' in step ? step.if : undefined;
    if (condition && !evaluateCondition(file, condition, scope)) {
      this.records[step.id] = { outputs: {}, outcome: 'skipped', conclusion: 'skipped' };
      say(skipReason(mapping, 'an earlier step failed'));
      return;
    }

    const stepEnv = { ...env, ...evaluateStringMap(file, 'env' in step ? step.env : undefined, scope) };
    const options = this.processOptions(mapping, stepEnv, scope);
    let outcome: StepRun;
    try {
      outcome = await this.start(mapping, uses, scope, options);
    } catch (error) {
      if (error instanceof Error && error.name === 'ConfigurationError') throw error;
      outcome = { run: localRun(1, describeError(error).message) };
    }
    const { run } = outcome;
    for (const value of run.masked) this.state.services.masker.mask(value);
    const ok = run.exitCode === 0;
    const continueToken = 'continue-on-error' in step ? step['continue-on-error'] : undefined;
    const continueOnError =
      typeof continueToken === 'boolean'
        ? continueToken
        : continueToken !== undefined && evaluate(file, continueToken, scope) === true;
    const failure: Result = signal.aborted ? 'cancelled' : 'failure';
    this.records[step.id] = {
      outputs: { ...run.outputs },
      outcome: ok ? 'success' : failure,
      conclusion: ok || continueOnError ? 'success' : failure,
    };
    if (!ok && !continueOnError) this.failed = true;
    Object.assign(this.addedEnv, run.env);
    this.addedPath.push(...run.path);
    if (run.summary.trim()) this.summaries.push(run.summary);

    const target = uses ? resolveStepUses(uses, this.state.services) : undefined;
    const detail =
      outcome.detail ??
      (ok && target && 'kind' in target && target.kind === 'action'
        ? describeStep(target.name, run.outputs)
        : undefined);
    const verdict = ok
      ? 'ok'
      : failure === 'cancelled'
        ? 'cancelled'
        : continueOnError
          ? 'failed (continue-on-error)'
          : 'FAILED';
    say(`${verdict} (${seconds(run.durationMs)})${detail ? `: ${detail}` : ''}`);
    this.reportAnnotations(run, ok);
  }

  async writeSummary(): Promise<void> {
    if (!this.summaries.length) return;
    const { services, workflow } = this.state;
    await mkdir(services.summariesDir, { recursive: true });
    const fileName = `${workflow.display.replace(/^.*\//, '').replace(/\.ya?ml$/, '')}-${this.input.summaryName.replace(/[^\w.-]+/g, '-')}.md`;
    await writeFile(join(services.summariesDir, fileName), services.masker.redact(this.summaries.join('\n')));
  }

  /** The step's `name:`, else what the runner shows: `Run <uses>` or `Run <first line of the script>`. */
  private nameOf(
    step: Step,
    mapping: MappingToken | undefined,
    uses: string | undefined,
    scope: Scope,
  ): string {
    const { file } = this.input;
    if (step.name) return evaluateString(file, step.name, scope);
    if (uses) return `Run ${uses}`;
    const script = entry(mapping, 'run');
    return `Run ${script ? evaluateString(file, script, scope).split('\n')[0] : step.id}`;
  }

  private processOptions(
    mapping: MappingToken | undefined,
    stepEnv: Readonly<Record<string, string>>,
    scope: Scope,
  ): ProcessOptions & { env: Record<string, string>; signal: AbortSignal } {
    const { services } = this.state;
    const workingDirectory = entry(mapping, 'working-directory');
    return {
      env: {
        ...services.runnerEnv,
        ...defaultStepEnv(this.input.contexts.github as Record<string, unknown>),
        ...this.input.oidcEnv,
        ...stepEnv,
        // GITHUB_PATH entries come first, the latest first, as the runner prepends them.
        PATH: [...this.addedPath]
          .reverse()
          .concat(process.env.PATH ?? '')
          .join(delimiter),
      },
      workspace: services.workingTree,
      runnerTemp: this.runnerTemp,
      cwd: workingDirectory
        ? resolve(services.workingTree, evaluateString(this.input.file, workingDirectory, scope))
        : services.workingTree,
      timeoutMs: timeoutMs(this.input.file, mapping, scope, SIX_HOURS_MS),
      signal: this.input.signal,
    };
  }

  private async start(
    mapping: MappingToken | undefined,
    uses: string | undefined,
    scope: Scope,
    options: ProcessOptions & { env: Record<string, string> },
  ): Promise<StepRun> {
    const { file } = this.input;
    const { services, runId } = this.state;
    if (!uses) {
      const script = evaluateString(file, entry(mapping, 'run')!, scope);
      return runScript(script, entry(mapping, 'shell') ? 'bash' : 'default', options);
    }
    const withToken = entry(mapping, 'with');
    const inputs = evaluateStringMap(file, withToken, scope);
    const usesToken = entry(mapping, 'uses');
    const target = resolveStepUses(uses, services);
    if ('unsupported' in target)
      throw workflowError(file, usesToken, `${target.unsupported} is not supported by the local executor`);
    if (target.kind === 'checkout') return checkout(services.workingTree, inputs);
    if (target.kind === 'upload-artifact')
      return uploadArtifact(services.workingTree, join(services.artifactsDir, String(runId)), inputs);
    const declared = await declaredInputs(target.name);
    for (const key of Object.keys(inputs)) {
      if (declared.has(key)) continue;
      let keyToken = withToken;
      if (withToken && isMapping(withToken))
        for (const pair of withToken) if (isString(pair.key) && pair.key.value === key) keyToken = pair.key;
      throw workflowError(
        file,
        keyToken,
        `${target.name} declares no input '${key}' (${locate(file, usesToken)})`,
      );
    }
    return runOurAction(target.name, inputs, {
      ...options,
      // An action.yml default that is an expression (`${{ github.token }}`) is evaluated against the step's contexts.
      evaluateDefault: (template) => evaluateText(file, usesToken, template, { contexts: scope.contexts }),
    });
  }

  /** A failed step's errors (or its log's last lines), and every step's warnings, under its line. */
  private reportAnnotations(run: StepRun['run'], ok: boolean): void {
    const { say } = this.input;
    if (!ok) {
      const errors = run.annotations.filter((annotation) => annotation.level === 'error');
      const lines = errors.length
        ? errors.map((annotation) => annotation.message)
        : run.log
            .split('\n')
            .filter((line) => line.trim())
            .slice(-5);
      for (const line of lines) say(`  ${line}`);
    }
    for (const warning of run.annotations.filter((annotation) => annotation.level === 'warning'))
      say(`  warning: ${warning.properties.title ? `${warning.properties.title}: ` : ''}${warning.message}`);
  }
}
