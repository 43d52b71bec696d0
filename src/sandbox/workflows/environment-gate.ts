/**
 * A job's `environment:`: the deployment branch rule and required reviewers of its protection rules (approved
 * automatically with a line saying so, or by the executor's approver), then the environment's variables and
 * secrets for the job. An environment the settings do not know is one GitHub would create on first use: no
 * variables, secrets or rules.
 */
import picomatch from 'picomatch';
import type { EnvironmentSettings } from '../github/settings.js';
import { evaluate, type Scope } from './expressions.js';
import type { RunState } from './run-model.js';
import type { Job, WorkflowFile } from './workflow-file.js';

export type EnvironmentGate =
  | {
      readonly allowed: true;
      readonly name: string | undefined;
      readonly settings: EnvironmentSettings | undefined;
    }
  | { readonly allowed: false };

export function environmentName(file: WorkflowFile, job: Job, scope: Scope): string | undefined {
  if (!job.environment) return undefined;
  const value = evaluate(file, job.environment, scope);
  const name =
    typeof value === 'object' && value !== null ? (value as { name?: unknown }).name : (value as unknown);
  return name ? String(name) : undefined;
}

export async function passEnvironmentGate(
  run: RunState,
  name: string | undefined,
  label: string,
  say: (text: string) => void,
): Promise<EnvironmentGate> {
  if (!name) return { allowed: true, name, settings: undefined };
  const { services, event } = run;
  const settings = services.settings.environments?.[name];
  const protection = settings?.protection;
  const branch = event.name === 'pull_request' ? event.headRef : event.ref.replace(/^refs\/heads\//, '');
  if (protection?.branches && !protection.branches.some((glob) => picomatch.isMatch(branch, glob))) {
    say(`FAILED: branch '${branch}' is not allowed to deploy to ${name} due to environment protection rules`);
    return { allowed: false };
  }
  if (protection?.reviewers?.length) {
    const approved = await services.approve({
      environment: name,
      job: label,
      reviewers: protection.reviewers,
    });
    const how = services.asksApproval ? 'approved' : 'approved automatically (--approve asks)';
    say(
      `environment ${name}: protection rules (required reviewers: ${protection.reviewers.join(', ')}) ${approved ? how : 'REJECTED'}`,
    );
    if (!approved) return { allowed: false };
  } else if (!settings) {
    say(`environment ${name}: not configured, so no variables, secrets or protection rules`);
  }
  return { allowed: true, name, settings };
}
