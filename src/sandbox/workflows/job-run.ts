/**
 * One job, as the runner runs it: its `if:`, its environment (protection rules, then the environment's variables
 * and secrets), its GITHUB_TOKEN with the job's permissions (and the OIDC variables only with `id-token: write`),
 * its concurrency group, its steps in order with their `if:` conditions, `env:` at every level, GITHUB_ENV and
 * GITHUB_PATH carried to the next steps, `continue-on-error` and `timeout-minutes`; then its outputs, dropped when
 * they hold a secret, as GitHub drops them.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { delimiter, join, resolve } from 'node:path';
import { isMapping, isString } from '@actions/workflow-parser';
import picomatch from 'picomatch';
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
import { defaultStepEnv, githubContext, oidcSubject, runnerContext } from './github-context.js';
import { effectivePermissions, parsePermissions } from './permissions.js';
import type { JobOutcome, Result, RunState, WorkflowScope } from './run-model.js';
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
import { entry, type Job, locate, type WorkflowFile, workflowError } from './workflow-file.js';

export interface JobPlace {
  readonly scope: WorkflowScope;
  readonly job: Job;
  /** Outcomes of the jobs this one needs. */
  readonly needs: Readonly<Record<string, JobOutcome>>;
  /** Whether an ancestor job failed (failure() in the job's `if:`). */
  readonly ancestorFailed: boolean;
}

interface StepRecord {
  outputs: Record<string, string>;
  outcome: Result;
  conclusion: Result;
}

function needsContext(needs: Readonly<Record<string, JobOutcome>>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(needs).map(([id, outcome]) => [id, { result: outcome.result, outputs: outcome.outputs }]),
  );
}

/** `timeout-minutes` of a job or step mapping, evaluated. */
function timeoutMs(
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

export async function runJob(run: RunState, place: JobPlace): Promise<JobOutcome> {
  const { services } = run;
  const { scope, job } = place;
  const { file } = scope;
  const id = job.id.value;
  const mapping = file.jobMappings.get(id);
  const vars: Record<string, string> = { ...services.settings.vars };
  const jobPath = `${scope.idPrefix}${id}`;
  const baseGithub = githubContext(run, id, '');
  const outer: Scope = {
    contexts: {
      github: baseGithub,
      inputs: scope.inputs,
      vars,
      needs: needsContext(place.needs),
      strategy: {},
      matrix: {},
    },
    status: {
      success: () => Object.values(place.needs).every((need) => need.result === 'success'),
      failure: () => place.ancestorFailed,
      cancelled: () => run.signal.aborted,
    },
  };
  const label = `${scope.labelPrefix}${job.name ? evaluateString(file, job.name, outer) : id}`;
  const say = (text: string) => services.line(`${label.padEnd(26)} ${text}`);
  if (!evaluateCondition(file, job.if, outer)) {
    say(`skipped (if: ${job.if.expression})`);
    return { result: 'skipped', outputs: {} };
  }

  // Environment: protection rules first, then its variables and secrets over the repository's.
  const environmentToken = job.environment;
  let environment: string | undefined;
  if (environmentToken) {
    const value = evaluate(file, environmentToken, outer);
    environment =
      typeof value === 'object' && value !== null
        ? String((value as { name?: unknown }).name ?? '')
        : String(value ?? '');
    if (!environment) environment = undefined;
  }
  const environmentSettings = environment ? services.settings.environments?.[environment] : undefined;
  if (environment) {
    const protection = environmentSettings?.protection;
    const branch =
      run.event.name === 'pull_request' ? run.event.headRef : run.event.ref.replace(/^refs\/heads\//, '');
    if (protection?.branches && !protection.branches.some((glob) => picomatch.isMatch(branch, glob))) {
      say(
        `FAILED: branch '${branch}' is not allowed to deploy to ${environment} due to environment protection rules`,
      );
      return { result: 'failure', outputs: {} };
    }
    if (protection?.reviewers?.length) {
      const approved = await services.approve({ environment, job: label, reviewers: protection.reviewers });
      say(
        `environment ${environment}: protection rules (required reviewers: ${protection.reviewers.join(', ')}) ${
          approved
            ? services.asksApproval
              ? 'approved'
              : 'approved automatically (--approve asks)'
            : 'REJECTED'
        }`,
      );
      if (!approved) return { result: 'failure', outputs: {} };
    } else if (!environmentSettings) {
      // GitHub creates an environment the first time a job names it, with no variables, secrets or rules.
      say(`environment ${environment}: not configured, so no variables, secrets or protection rules`);
    }
    Object.assign(vars, environmentSettings?.vars);
  }
  const secrets: Record<string, string> = { ...scope.secrets, ...environmentSettings?.secrets };

  const permissions = effectivePermissions(
    parsePermissions(file, entry(mapping, 'permissions')),
    parsePermissions(file, entry(file.root, 'permissions')),
    scope.permissionsCap,
  );
  const credentials: JobCredentials = services.github.issueJobCredentials({
    repository: services.repository,
    permissions,
    subject: oidcSubject(run, environment),
  });
  services.masker.mask(credentials.token);
  secrets.GITHUB_TOKEN = credentials.token;
  const github = githubContext(run, id, credentials.token);

  const controller = new AbortController();
  const onRunAbort = () => controller.abort();
  run.signal.addEventListener('abort', onRunAbort, { once: true });
  let release: (() => void) | undefined;
  const started = performance.now();
  try {
    const concurrency = job.concurrency;
    if (concurrency) {
      const value = evaluate(file, concurrency, { contexts: { ...outer.contexts, github, vars } });
      const group =
        typeof value === 'object' && value ? (value as Record<string, unknown>) : { group: value };
      const name = String(group.group ?? '');
      const cancelInProgress = group['cancel-in-progress'] === true || group['cancel-in-progress'] === 'true';
      const entered = await services.groups.enter(
        name,
        { label: `${run.workflow.display} run ${run.runId} job ${label}`, cancel: () => controller.abort() },
        cancelInProgress,
        say,
      );
      if (!entered) {
        say('cancelled while waiting for its concurrency group');
        return { result: 'cancelled', outputs: {} };
      }
      release = entered;
    }

    const jobTimeout = timeoutMs(file, mapping, { contexts: outer.contexts }, 360 * 60_000);
    const timer = setTimeout(() => controller.abort(), jobTimeout);
    try {
      const contexts = { ...outer.contexts, github, vars, secrets, runner: runnerContext() };
      const workflowEnv = evaluateStringMap(file, file.template.env, { contexts });
      const jobEnv = {
        ...workflowEnv,
        ...evaluateStringMap(file, job.env, { contexts: { ...contexts, env: workflowEnv } }),
      };
      const result = await runSteps(run, place, {
        label,
        say,
        contexts,
        jobEnv,
        credentials,
        permissionsIdToken: permissions['id-token'] === 'write',
        signal: controller.signal,
        jobPath,
      });
      const elapsed = seconds(performance.now() - started);
      const continueOnError = entry(mapping, 'continue-on-error');
      const tolerated =
        result.result === 'failure' &&
        continueOnError !== undefined &&
        evaluate(file, continueOnError, { contexts }) === true;
      const outputs = jobOutputs(
        file,
        job,
        { contexts: { ...contexts, env: jobEnv, steps: result.steps } },
        say,
      );
      if (controller.signal.aborted && !run.signal.aborted && result.result !== 'success')
        say(`FAILED: timed out after ${jobTimeout / 60_000} minutes (${elapsed})`);
      else
        say(
          `job ${result.result === 'success' ? 'ok' : result.result === 'failure' ? 'FAILED' : result.result} (${elapsed})${tolerated ? ', continue-on-error' : ''}`,
        );
      return { result: tolerated ? 'success' : result.result, outputs };
    } finally {
      clearTimeout(timer);
    }
  } finally {
    release?.();
    run.signal.removeEventListener('abort', onRunAbort);
    services.github.revokeJobCredentials(credentials);
  }
}

interface StepsInput {
  readonly label: string;
  readonly say: (text: string) => void;
  readonly contexts: Readonly<Record<string, unknown>>;
  readonly jobEnv: Readonly<Record<string, string>>;
  readonly credentials: JobCredentials;
  readonly permissionsIdToken: boolean;
  readonly signal: AbortSignal;
  readonly jobPath: string;
}

async function runSteps(
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
      say(`skipped (if: ${condition.expression})`);
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

function jobOutputs(
  file: WorkflowFile,
  job: Job,
  scope: Scope,
  say: (text: string) => void,
): Record<string, string> {
  const outputs: Record<string, string> = {};
  if (!job.outputs) return outputs;
  const secretValues = Object.values((scope.contexts.secrets as Record<string, string>) ?? {}).filter(
    (value) => value.length >= 3,
  );
  for (const [name, value] of Object.entries(evaluateStringMap(file, job.outputs, scope))) {
    if (secretValues.some((secret) => value.includes(secret))) {
      // GitHub's runner: "Skip output 'x' since it may contain secret."
      say(`output '${name}' skipped: it may contain a secret`);
      continue;
    }
    outputs[name] = value;
  }
  return outputs;
}
