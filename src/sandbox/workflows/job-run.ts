/**
 * One job, as the runner runs it: its `if:`, its environment (environment-gate.ts), its GITHUB_TOKEN with the
 * job's permissions (and the OIDC variables only with `id-token: write`), its concurrency group, `env:` of the
 * workflow and the job, `timeout-minutes` and `continue-on-error`, its steps (job-steps.ts); then its outputs,
 * dropped when they hold a secret, as GitHub drops them.
 */
import type { JobCredentials } from '../github/job-tokens.js';
import { environmentName, passEnvironmentGate } from './environment-gate.js';
import { evaluate, evaluateCondition, evaluateString, evaluateStringMap, type Scope } from './expressions.js';
import { githubContext, oidcSubject, runnerContext } from './github-context.js';
import { runSteps, timeoutMs } from './job-steps.js';
import { effectivePermissions, parsePermissions } from './permissions.js';
import type { JobOutcome, RunState, WorkflowScope } from './run-model.js';
import { seconds } from './run-model.js';
import { entry, type Job, skipReason, type WorkflowFile } from './workflow-file.js';

export interface JobPlace {
  readonly scope: WorkflowScope;
  readonly job: Job;
  /** Outcomes of the jobs this one needs. */
  readonly needs: Readonly<Record<string, JobOutcome>>;
  /** Whether an ancestor job failed (failure() in the job's `if:`). */
  readonly ancestorFailed: boolean;
}

function needsContext(needs: Readonly<Record<string, JobOutcome>>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(needs).map(([id, outcome]) => [id, { result: outcome.result, outputs: outcome.outputs }]),
  );
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
    say(skipReason(mapping, 'a job it needs did not succeed'));
    return { result: 'skipped', outputs: {} };
  }

  // Environment: protection rules first, then its variables and secrets over the repository's.
  const gate = await passEnvironmentGate(run, environmentName(file, job, outer), label, say);
  if (!gate.allowed) return { result: 'failure', outputs: {} };
  const environment = gate.name;
  Object.assign(vars, gate.settings?.vars);
  const secrets: Record<string, string> = { ...scope.secrets, ...gate.settings?.secrets };

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
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, jobTimeout);
    try {
      const contexts = { ...outer.contexts, github, vars, secrets, runner: runnerContext() };
      const workflowEnv = evaluateStringMap(file, file.template.env, { contexts });
      const jobEnv = {
        ...workflowEnv,
        ...evaluateStringMap(file, job.env, { contexts: { ...contexts, env: workflowEnv } }),
      };
      // The runner's OIDC variables exist only in a job with id-token: write.
      const oidcEnv: Record<string, string> = credentials.idTokenRequestToken
        ? {
            ACTIONS_ID_TOKEN_REQUEST_URL: services.idTokenUrl,
            ACTIONS_ID_TOKEN_REQUEST_TOKEN: credentials.idTokenRequestToken,
          }
        : {};
      if (credentials.idTokenRequestToken) services.masker.mask(credentials.idTokenRequestToken);
      const result = await runSteps(run, {
        file,
        steps: job.steps,
        mappings: file.stepMappings.get(id) ?? [],
        say,
        contexts,
        jobEnv,
        oidcEnv,
        signal: controller.signal,
        summaryName: jobPath,
      });
      const elapsed = seconds(performance.now() - started);
      // A job past its timeout-minutes fails (GitHub: "exceeded the maximum execution time"); it is not cancelled.
      const conclusion = timedOut ? 'failure' : result.result;
      const continueOnError = entry(mapping, 'continue-on-error');
      const tolerated =
        conclusion === 'failure' &&
        continueOnError !== undefined &&
        evaluate(file, continueOnError, { contexts }) === true;
      const outputs = jobOutputs(
        file,
        job,
        { contexts: { ...contexts, env: jobEnv, steps: result.steps } },
        say,
      );
      if (timedOut)
        say(`job FAILED: it exceeded its timeout-minutes (${jobTimeout / 60_000}) after ${elapsed}`);
      else
        say(
          `job ${conclusion === 'success' ? 'ok' : conclusion === 'failure' ? 'FAILED' : conclusion} (${elapsed})${tolerated ? ', continue-on-error' : ''}`,
        );
      return { result: tolerated ? 'success' : conclusion, outputs };
    } finally {
      clearTimeout(timer);
    }
  } finally {
    release?.();
    run.signal.removeEventListener('abort', onRunAbort);
    services.github.revokeJobCredentials(credentials);
  }
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
