/**
 * How pipeline runs end. The sandbox does not execute activities (running them for real is a later issue), so a
 * run succeeds unless a test says otherwise through the control API:
 *   POST /_sandbox/datafactory/outcomes {factory?, pipeline, status, message?, activityRuns?}
 * sets the outcome of runs of that pipeline created afterwards (the latest matching rule wins), and
 *   POST /_sandbox/datafactory/outcomes {runId, status, message?, activityRuns?}
 * rewrites one existing run. `activityRuns` replaces the activity runs the run reports:
 * [{activityName, activityType?, status?, error?: {errorCode, message, failureType, target}, input?, output?}].
 */
import type { SandboxContext } from '../../context.js';
import { newActivity, type RunOutcomeStatus, type StoredActivity, type StoredRun } from './run-state.js';
import { dataFactory, type Json } from './store.js';

export interface OutcomeActivity {
  readonly activityName: string;
  readonly activityType?: string;
  readonly status?: string;
  readonly error?: Json;
  readonly input?: Json;
  readonly output?: Json;
}

export interface OutcomeRule {
  readonly factory?: string;
  readonly pipeline?: string;
  readonly runId?: string;
  readonly status: RunOutcomeStatus;
  readonly message?: string;
  readonly activityRuns?: OutcomeActivity[];
}

const STATUSES: readonly string[] = ['Succeeded', 'Failed', 'Cancelled'];

/** The rule in a control request, or what is wrong with it. */
export function parseOutcome(body: unknown): OutcomeRule | string {
  if (!body || typeof body !== 'object') return 'The body must be a JSON object.';
  const rule = body as OutcomeRule;
  if (!rule.pipeline && !rule.runId) return 'Name a pipeline (for runs created afterwards) or a runId.';
  if (!STATUSES.includes(rule.status)) return `status must be one of ${STATUSES.join(', ')}.`;
  if (rule.activityRuns !== undefined) {
    if (!Array.isArray(rule.activityRuns)) return 'activityRuns must be an array.';
    if (rule.activityRuns.some((a) => !a || typeof a.activityName !== 'string')) {
      return 'Every activity run needs an activityName.';
    }
  }
  return rule;
}

export function addOutcomeRule(context: SandboxContext, rule: OutcomeRule): void {
  dataFactory(context).outcomes.push(rule);
}

export function clearOutcomeRules(context: SandboxContext): void {
  dataFactory(context).outcomes = [];
}

export function outcomeRuleFor(context: SandboxContext, factory: string, pipeline: string) {
  const same = (a: string | undefined, b: string) => a === undefined || a.toLowerCase() === b.toLowerCase();
  return dataFactory(context)
    .outcomes.filter((rule) => rule.pipeline && same(rule.factory, factory) && same(rule.pipeline, pipeline))
    .at(-1);
}

/** The activity runs a rule describes; the type defaults to the pipeline's activity of that name. */
export function outcomeActivities(rule: OutcomeRule, types: ReadonlyMap<string, string>): StoredActivity[] {
  return (rule.activityRuns ?? []).map(({ activityName, activityType, ...rest }) =>
    newActivity(activityName, activityType ?? types.get(activityName.toLowerCase()) ?? 'Unknown', rest),
  );
}

/** Every activity's type by lower-case name, nested ones included (ForEach, Until, If, Switch bodies). */
export function activityTypes(pipeline: Json | undefined): Map<string, string> {
  const types = new Map<string, string>();
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    const { name, type } = node as Json;
    if (typeof name === 'string' && typeof type === 'string') types.set(name.toLowerCase(), type);
    Object.values(node).forEach(visit);
  };
  visit(pipeline?.activities);
  return types;
}

/** Rewrites an existing run's outcome; false when no factory holds the run. */
export function applyToRun(context: SandboxContext, rule: OutcomeRule): boolean {
  for (const factory of Object.values(dataFactory(context).factories)) {
    const run: StoredRun | undefined = factory.runs[rule.runId!.toLowerCase()];
    if (!run) continue;
    run.outcome = { status: rule.status, ...(rule.message !== undefined ? { message: rule.message } : {}) };
    const pipeline = factory.resources.pipelines?.[run.pipelineName.toLowerCase()];
    if (rule.activityRuns) run.activities = outcomeActivities(rule, activityTypes(pipeline?.properties));
    return true;
  }
  return false;
}
