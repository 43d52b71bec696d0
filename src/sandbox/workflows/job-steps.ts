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
import { describeError } from '#shared/errors.js';
import type { JobCredentials } from '../github/job-tokens.js';
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
import type { JobPlace } from './job-run.js';
import type { Result, RunState } from './run-model.js';
import { seconds } from './run-model.js';
import {
  checkout,
  declaredInputs,
  runOurAction,
  runScript,
  type StepRun,
  uploadArtifact,
} from './step-kinds.js';
import { resolveStepUses } from './uses.js';
import { entry, locate, skipReason, type WorkflowFile, workflowError } from './workflow-file.js';

export interface StepRecord {
  outputs: Record<string, string>;
  outcome: Result;
  conclusion: Result;
}

/** `timeout-minutes` of a job or step mapping, evaluated. */
export function timeoutMs(
  file: WorkflowFile,
  mapping: Parameters<typeof entry>[0],
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

export interface StepsInput {
  readonly label: string;
  readonly say: (text: string) => void;
  readonly contexts: Readonly<Record<string, unknown>>;
  readonly jobEnv: Readonly<Record<string, string>>;
  readonly credentials: JobCredentials;
  readonly permissionsIdToken: boolean;
  readonly signal: AbortSignal;
  readonly jobPath: string;
}

export async function runSteps(
  run: RunState,
  place: JobPlace,
  input: StepsInput,
): Promise<{ result: Result; steps: Record<string, StepRecord> }> {
  const { services } = run;
  const { file } = place.scope;
  const id = place.job.id.value;
  const mappings = file.stepMappings.get(id) ?? [];
  const steps: Record<string, StepRecord> = {};
  const addedEnv: Record<string, string> = {};
  const addedPath: string[] = [];
  const summaries: string[] = [];
  let failed = false;
  const stepStatus = {
    success: () => !failed && !input.signal.aborted,
    failure: () => failed,
    cancelled: () => input.signal.aborted,
  };
  const oidc: Record<string, string> =
    input.permissionsIdToken && input.credentials.idTokenRequestToken
      ? {
          ACTIONS_ID_TOKEN_REQUEST_URL: services.idTokenUrl,
          ACTIONS_ID_TOKEN_REQUEST_TOKEN: input.credentials.idTokenRequestToken,
        }
      : {};
  if (oidc.ACTIONS_ID_TOKEN_REQUEST_TOKEN) services.masker.mask(oidc.ACTIONS_ID_TOKEN_REQUEST_TOKEN);
  // RUNNER_TEMP lives as long as the job (plan files written there are uploaded by a later step).
  const runnerTemp = await mkdtemp(join(tmpdir(), 'runner-temp-'));
  try {
    for (const [index, step] of place.job.steps.entries()) {
      const mapping = mappings[index];
      const env = { ...input.jobEnv, ...addedEnv };
      const stepScope: Scope = {
        contexts: { ...input.contexts, env, steps, job: { status: failed ? 'failure' : 'success' } },
        status: stepStatus,
      };
      const uses = 'uses' in step ? step.uses.value : undefined;
      const name = step.name
        ? evaluateString(file, step.name, stepScope)
        : uses
          ? `Run ${uses}`
          : `Run ${evaluateString(file, (step as { run: Parameters<typeof evaluateString>[1] }).run, stepScope).split('\n')[0]}`;
      const say = (verdict: string) => input.say(`${name.padEnd(30)} ${verdict}`);
      const condition = 'if' in step && step.if ? step.if : undefined;
      if (condition && !evaluateCondition(file, condition, stepScope)) {
        steps[step.id] = { outputs: {}, outcome: 'skipped', conclusion: 'skipped' };
        say(skipReason(mapping, 'an earlier step failed'));
        continue;
      }
      const stepEnv = { ...env, ...evaluateStringMap(file, 'env' in step ? step.env : undefined, stepScope) };
      const processEnv = {
        ...services.runnerEnv,
        ...defaultStepEnv(input.contexts.github as Record<string, unknown>),
        ...oidc,
        ...stepEnv,
        PATH: [...addedPath]
          .reverse()
          .concat(process.env.PATH ?? '')
          .join(delimiter),
      };
      const workingDirectoryToken = entry(mapping, 'working-directory');
      const cwd = workingDirectoryToken
        ? resolve(services.workingTree, evaluateString(file, workingDirectoryToken, stepScope))
        : services.workingTree;
      const options = {
        env: processEnv,
        workspace: services.workingTree,
        runnerTemp,
        cwd,
        timeoutMs: timeoutMs(file, mapping, stepScope, 360 * 60_000),
        signal: input.signal,
      };
      let outcome: StepRun;
      try {
        outcome = await runStep(run, file, mapping, uses, stepScope, options);
      } catch (error) {
        if (error instanceof Error && error.name === 'ConfigurationError') throw error;
        outcome = {
          run: {
            exitCode: 1,
            stdout: '',
            stderr: describeError(error).message,
            outputs: {},
            summary: '',
            exportedEnv: '',
            env: {},
            path: [],
            annotations: [{ level: 'error', message: describeError(error).message, properties: {} }],
            masked: [],
            log: describeError(error).message,
            durationMs: 0,
          },
        };
      }
      const { run: result } = outcome;
      for (const value of result.masked) services.masker.mask(value);
      const ok = result.exitCode === 0;
      const continueToken = 'continue-on-error' in step ? step['continue-on-error'] : undefined;
      const continueOnError =
        typeof continueToken === 'boolean'
          ? continueToken
          : continueToken
            ? evaluate(file, continueToken, stepScope) === true
            : false;
      const record: StepRecord = {
        outputs: { ...result.outputs },
        outcome: ok ? 'success' : input.signal.aborted ? 'cancelled' : 'failure',
        conclusion: ok || continueOnError ? 'success' : input.signal.aborted ? 'cancelled' : 'failure',
      };
      steps[step.id] = record;
      if (record.conclusion !== 'success') failed = true;
      Object.assign(addedEnv, result.env);
      addedPath.push(...result.path);
      if (result.summary.trim()) summaries.push(result.summary);
      const action = uses ? resolveStepUses(uses, services) : undefined;
      const detail =
        outcome.detail ??
        (ok && action && 'kind' in action && action.kind === 'action'
          ? describeStep(action.name, result.outputs)
          : undefined);
      const verdict = ok
        ? 'ok'
        : record.outcome === 'cancelled'
          ? 'cancelled'
          : continueOnError
            ? 'failed (continue-on-error)'
            : 'FAILED';
      say(`${verdict} (${seconds(result.durationMs)})${detail ? `: ${detail}` : ''}`);
      if (!ok) reportFailure(input.say, result);
      for (const warning of result.annotations.filter((annotation) => annotation.level === 'warning'))
        input.say(
          `  warning: ${warning.properties.title ? `${warning.properties.title}: ` : ''}${warning.message}`,
        );
    }

    if (summaries.length) {
      await mkdir(services.summariesDir, { recursive: true });
      const fileName = `${run.workflow.display.replace(/^.*\//, '').replace(/\.ya?ml$/, '')}-${input.jobPath.replace(/[^\w.-]+/g, '-')}.md`;
      await writeFile(join(services.summariesDir, fileName), services.masker.redact(summaries.join('\n')));
    }
    return { result: input.signal.aborted ? 'cancelled' : failed ? 'failure' : 'success', steps };
  } finally {
    await rm(runnerTemp, { recursive: true, force: true });
  }
}

function reportFailure(say: (text: string) => void, result: StepRun['run']): void {
  const errors = result.annotations.filter((annotation) => annotation.level === 'error');
  const lines = errors.length
    ? errors.map((annotation) => annotation.message)
    : result.log
        .split('\n')
        .filter((line) => line.trim())
        .slice(-5);
  for (const line of lines) say(`  ${line}`);
}

async function runStep(
  run: RunState,
  file: WorkflowFile,
  mapping: Parameters<typeof entry>[0],
  uses: string | undefined,
  scope: Scope,
  options: {
    env: Record<string, string>;
    workspace: string;
    cwd: string;
    timeoutMs: number;
    signal: AbortSignal;
  },
): Promise<StepRun> {
  const { services } = run;
  if (!uses) {
    const script = evaluateString(file, entry(mapping, 'run')!, scope);
    return runScript(script, entry(mapping, 'shell') ? 'bash' : 'default', options);
  }
  const withToken = entry(mapping, 'with');
  const inputs = evaluateStringMap(file, withToken, scope);
  const target = resolveStepUses(uses, services);
  if ('unsupported' in target)
    throw workflowError(
      file,
      entry(mapping, 'uses'),
      `${target.unsupported} is not supported by the local executor`,
    );
  if (target.kind === 'checkout') return checkout(services.workingTree, inputs);
  if (target.kind === 'upload-artifact')
    return uploadArtifact(services.workingTree, join(services.artifactsDir, String(run.runId)), inputs);
  const declared = await declaredInputs(target.name);
  for (const key of Object.keys(inputs)) {
    if (!declared.has(key)) {
      const keyToken = (withToken && isMapping(withToken) ? findKey(withToken, key) : undefined) ?? withToken;
      throw workflowError(
        file,
        keyToken,
        `${target.name} declares no input '${key}' (${locate(file, entry(mapping, 'uses'))})`,
      );
    }
  }
  return runOurAction(target.name, inputs, {
    ...options,
    // An action.yml default that is an expression (`${{ github.token }}`) is evaluated against the step's contexts.
    evaluateDefault: (template) =>
      evaluateText(file, entry(mapping, 'uses'), template, { contexts: scope.contexts }),
  });
}

function findKey(mapping: Parameters<typeof entry>[0], key: string) {
  if (!mapping) return undefined;
  for (const pair of mapping) if (isString(pair.key) && pair.key.value === key) return pair.key;
  return undefined;
}
