/**
 * What the local executor runs, checked before anything runs: a workflow using a feature it does not have is
 * refused with the file, line and feature, never run with that part left out. GitHub's parser has already checked
 * that the workflow is valid; this is about what can be run here.
 */
import { isSequence, isString } from '@actions/workflow-parser';
import type { MappingToken, TemplateToken } from '@actions/workflow-parser/templates/tokens/index';
import { resolveStepUses, resolveWorkflowUses } from './uses.js';
import { entry, type WorkflowFile, workflowError } from './workflow-file.js';

const WORKFLOW_KEYS = new Set(['name', 'run-name', 'on', 'permissions', 'env', 'concurrency', 'jobs']);
const JOB_KEYS = new Set([
  'name',
  'needs',
  'if',
  'runs-on',
  'environment',
  'permissions',
  'concurrency',
  'outputs',
  'env',
  'timeout-minutes',
  'continue-on-error',
  'steps',
]);
const CALLER_JOB_KEYS = new Set([
  'name',
  'needs',
  'if',
  'uses',
  'with',
  'secrets',
  'permissions',
  'concurrency',
]);
const STEP_KEYS = new Set([
  'id',
  'name',
  'if',
  'uses',
  'with',
  'run',
  'env',
  'shell',
  'working-directory',
  'continue-on-error',
  'timeout-minutes',
]);
const WHY: Readonly<Record<string, string>> = {
  container: 'container jobs need Docker',
  services: 'service containers need Docker',
  strategy: 'matrix strategies are not supported (no example uses one)',
  defaults: '`defaults:` is not supported; set shell and working-directory on the steps',
};

export interface SupportOptions {
  readonly workingTree: string;
  readonly actionsRepositories: readonly string[];
}

function keys(mapping: MappingToken): { key: string; token: TemplateToken }[] {
  const result = [];
  for (const pair of mapping) if (isString(pair.key)) result.push({ key: pair.key.value, token: pair.key });
  return result;
}

function refuse(file: WorkflowFile, token: TemplateToken, feature: string): never {
  throw workflowError(file, token, `${feature} is not supported by the local executor`);
}

function checkRunsOn(file: WorkflowFile, token: TemplateToken | undefined): void {
  if (!token || token.isExpression) return;
  const labels = isSequence(token) ? [...token] : [token];
  for (const label of labels) {
    if (isString(label) && !/^(ubuntu-[\w.-]+|self-hosted|linux|x64)$/i.test(label.value))
      refuse(file, label, `runs-on '${label.value}' (jobs run on this Linux machine, as on ubuntu-latest)`);
  }
}

function checkStep(file: WorkflowFile, step: MappingToken, options: SupportOptions): void {
  for (const { key, token } of keys(step))
    if (!STEP_KEYS.has(key)) refuse(file, token, `the step key '${key}'`);
  const uses = entry(step, 'uses');
  if (uses && isString(uses)) {
    const target = resolveStepUses(uses.value, options);
    if ('unsupported' in target) refuse(file, uses, target.unsupported);
  }
  const shell = entry(step, 'shell');
  if (shell && !(isString(shell) && shell.value === 'bash'))
    refuse(file, shell, `shell '${isString(shell) ? shell.value : shell.toString()}' (steps run with bash)`);
}

/** Throws for the first unsupported feature; returns the reusable workflows the file calls (absolute paths). */
export function checkSupported(file: WorkflowFile, options: SupportOptions): string[] {
  const called: string[] = [];
  for (const { key, token } of keys(file.root))
    if (!WORKFLOW_KEYS.has(key)) refuse(file, token, WHY[key] ?? `the workflow key '${key}'`);
  for (const [id, job] of file.jobMappings) {
    const uses = entry(job, 'uses');
    const allowed = uses ? CALLER_JOB_KEYS : JOB_KEYS;
    for (const { key, token } of keys(job))
      if (!allowed.has(key)) refuse(file, token, WHY[key] ?? `the job key '${key}' (in job '${id}')`);
    if (uses && isString(uses)) {
      const target = resolveWorkflowUses(uses.value, file.path);
      if ('unsupported' in target) refuse(file, uses, target.unsupported);
      called.push(target.path);
      continue;
    }
    checkRunsOn(file, entry(job, 'runs-on'));
    for (const step of file.stepMappings.get(id) ?? []) checkStep(file, step, options);
  }
  return called;
}
