/**
 * The jobs of one workflow, in the order of their `needs` graph: a job starts when the jobs it needs have ended
 * (one at a time, so the lines read in order; jobs share nothing but their outputs, so the outcome is GitHub's).
 * A job whose needs did not all succeed is skipped unless its `if:` says otherwise (`always()`, `failure()`).
 * A job that calls a reusable workflow runs that workflow's jobs with the inputs, secrets and permissions it
 * passes, and hands on the outputs the called workflow declares.
 */
import { isMapping, isString } from '@actions/workflow-parser';
import type { InputConfig } from '@actions/workflow-parser/model/workflow-template';
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/index';
import { ConfigurationError } from '#shared/errors.js';
import { evaluate, evaluateCondition, evaluateString, evaluateStringMap, type Scope } from './expressions.js';
import { githubContext } from './github-context.js';
import { runJob } from './job-run.js';
import { effectivePermissions, parsePermissions } from './permissions.js';
import type { JobOutcome, Result, RunState, WorkflowScope } from './run-model.js';
import { resolveWorkflowUses } from './uses.js';
import {
  entry,
  isReusableJob,
  type ReusableWorkflowJob,
  skipReason,
  type WorkflowFile,
  workflowError,
} from './workflow-file.js';

export interface WorkflowOutcome {
  readonly result: Result;
  readonly jobs: Readonly<Record<string, JobOutcome>>;
}

/** The overall result of a set of job outcomes, as GitHub concludes a run. */
export function conclude(outcomes: readonly JobOutcome[]): Result {
  if (outcomes.some((outcome) => outcome.result === 'failure')) return 'failure';
  if (outcomes.some((outcome) => outcome.result === 'cancelled')) return 'cancelled';
  return 'success';
}

export async function runJobs(run: RunState, scope: WorkflowScope): Promise<WorkflowOutcome> {
  const jobs = new Map(scope.file.jobs.map((job) => [job.id.value, job]));
  const outcomes: Record<string, JobOutcome> = {};
  const failedAncestor = new Map<string, boolean>();
  const remaining = [...jobs.keys()];
  while (remaining.length) {
    const index = remaining.findIndex((id) =>
      (jobs.get(id)!.needs ?? []).every((need) => need.value in outcomes),
    );
    // GitHub's parser refuses cycles and unknown needs, so a ready job always exists.
    const id = remaining.splice(Math.max(index, 0), 1)[0]!;
    const job = jobs.get(id)!;
    const needIds = (job.needs ?? []).map((need) => need.value);
    const needs = Object.fromEntries(needIds.map((need) => [need, outcomes[need]!]));
    const ancestorFailed = needIds.some(
      (need) => outcomes[need]!.result === 'failure' || failedAncestor.get(need),
    );
    failedAncestor.set(id, ancestorFailed);
    outcomes[id] = isReusableJob(job)
      ? await runCalledWorkflow(run, scope, job, needs, ancestorFailed)
      : await runJob(run, { scope, job, needs, ancestorFailed });
  }
  return { result: conclude(Object.values(outcomes)), jobs: outcomes };
}

/**
 * The inputs a called workflow gets: the given values checked against its `workflow_call` inputs (unknown ones,
 * missing required ones, types), defaults filled in. `fail` makes the error, placed where the values were given.
 */
export function callInputs(
  called: WorkflowFile,
  given: Readonly<Record<string, unknown>>,
  github: unknown,
  fail: (detail: string) => Error,
): Record<string, unknown> {
  const definitions = (called.template.events.workflow_call?.inputs ?? {}) as Record<
    string,
    InputConfig & { default?: unknown }
  >;
  for (const key of Object.keys(given)) {
    if (!(key in definitions))
      throw fail(
        `${called.display} has no input '${key}' (workflow_call inputs: ${Object.keys(definitions).join(', ')})`,
      );
  }
  const inputs: Record<string, unknown> = {};
  for (const [name, definition] of Object.entries(definitions)) {
    const type = String(definition.type);
    let value = given[name];
    if (value === undefined) {
      if (definition.required) throw fail(`${called.display} requires input '${name}', which is not passed`);
      const fallback = definition.default as unknown;
      value =
        fallback && typeof fallback === 'object'
          ? evaluate(called, fallback as TemplateToken, { contexts: { github } })
          : (fallback ?? (type === 'boolean' ? false : type === 'number' ? 0 : ''));
    }
    if (type === 'boolean' && typeof value !== 'boolean')
      throw fail(`input '${name}' of ${called.display} is a boolean, got ${JSON.stringify(value)}`);
    if (type === 'number' && typeof value !== 'number')
      throw fail(`input '${name}' of ${called.display} is a number, got ${JSON.stringify(value)}`);
    inputs[name] = type === 'string' ? String(value) : value;
  }
  return inputs;
}

function callSecrets(
  caller: WorkflowFile,
  called: WorkflowFile,
  job: ReusableWorkflowJob,
  scope: Scope,
  callerSecrets: Readonly<Record<string, string>>,
): Record<string, string> {
  const passed = job['inherit-secrets']
    ? { ...callerSecrets }
    : evaluateStringMap(caller, job['secret-values'], {
        contexts: { ...scope.contexts, secrets: callerSecrets },
      });
  const declared = (called.template.events.workflow_call?.secrets ?? {}) as Record<
    string,
    { required?: boolean }
  >;
  for (const [name, definition] of Object.entries(declared)) {
    if (definition?.required && !passed[name])
      throw workflowError(
        caller,
        job.ref,
        `${called.display} requires secret '${name}', which is not passed`,
      );
  }
  if (!job['inherit-secrets']) {
    for (const name of Object.keys(passed))
      if (!(name in declared))
        throw workflowError(caller, job['secret-values'], `${called.display} declares no secret '${name}'`);
  }
  return passed;
}

async function runCalledWorkflow(
  run: RunState,
  scope: WorkflowScope,
  job: ReusableWorkflowJob,
  needs: Readonly<Record<string, JobOutcome>>,
  ancestorFailed: boolean,
): Promise<JobOutcome> {
  const { file } = scope;
  const id = job.id.value;
  const contexts = {
    github: githubContext(run, id, ''),
    inputs: scope.inputs,
    vars: { ...run.services.settings.vars },
    needs: Object.fromEntries(
      Object.entries(needs).map(([need, o]) => [need, { result: o.result, outputs: o.outputs }]),
    ),
    strategy: {},
    matrix: {},
  };
  const outer: Scope = {
    contexts,
    status: {
      success: () => Object.values(needs).every((need) => need.result === 'success'),
      failure: () => ancestorFailed,
      cancelled: () => run.signal.aborted,
    },
  };
  const label = job.name ? evaluateString(file, job.name, outer) : id;
  if (!evaluateCondition(file, job.if, outer)) {
    run.services.line(
      `${`${scope.labelPrefix}${label}`.padEnd(26)} ${skipReason(file.jobMappings.get(id), 'a job it needs did not succeed')}`,
    );
    return { result: 'skipped', outputs: {} };
  }
  const target = resolveWorkflowUses(job.ref.value, file.path);
  if ('unsupported' in target) throw workflowError(file, job.ref, target.unsupported);
  const called = await run.services.load(target.path);
  if (!called.template.events.workflow_call)
    throw workflowError(
      file,
      job.ref,
      `${called.display} is not a reusable workflow (it has no on: workflow_call)`,
    );
  const mapping = file.jobMappings.get(id);
  const calledScope: WorkflowScope = {
    file: called,
    inputs: callInputs(
      called,
      (job['input-values'] ? evaluate(file, job['input-values'], outer) : {}) as Record<string, unknown>,
      contexts.github,
      (detail) => workflowError(file, job['input-values'] ?? job.ref, detail),
    ),
    secrets: callSecrets(file, called, job, outer, scope.secrets),
    permissionsCap: effectivePermissions(
      parsePermissions(file, entry(mapping, 'permissions')),
      parsePermissions(file, entry(file.root, 'permissions')),
      scope.permissionsCap,
    ),
    labelPrefix: `${scope.labelPrefix}${label} / `,
    idPrefix: `${scope.idPrefix}${id}.`,
  };
  const outcome = await runJobs(run, calledScope);
  const outputs = workflowCallOutputs(called, {
    contexts: {
      github: contexts.github,
      inputs: calledScope.inputs,
      vars: contexts.vars,
      jobs: Object.fromEntries(
        Object.entries(outcome.jobs).map(([jobId, o]) => [jobId, { result: o.result, outputs: o.outputs }]),
      ),
    },
  });
  return { result: outcome.result, outputs };
}

/** `on.workflow_call.outputs.<name>.value`, evaluated once the called jobs have ended. */
function workflowCallOutputs(called: WorkflowFile, scope: Scope): Record<string, string> {
  const on = entry(called.root, 'on');
  const call = on && isMapping(on) ? entry(on, 'workflow_call') : undefined;
  const declared = call && isMapping(call) ? entry(call, 'outputs') : undefined;
  const outputs: Record<string, string> = {};
  if (!declared || !isMapping(declared)) return outputs;
  for (const pair of declared) {
    if (!isString(pair.key) || !isMapping(pair.value)) continue;
    const value = entry(pair.value, 'value');
    if (!value) throw new ConfigurationError(`${called.display}: output '${pair.key.value}' has no value`);
    outputs[pair.key.value] = evaluateString(called, value, scope);
  }
  return outputs;
}
