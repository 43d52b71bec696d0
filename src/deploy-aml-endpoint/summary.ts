/**
 * The job summary of one release. Before any write: the plan, as a plan ("will" and the table with its field-level
 * diff), so a summary never claims what did not happen. Then either what serves now (after the rollout), or what the
 * failure left behind: what was applied, and which default keeps serving.
 */
import { code, escapeFor, link, Markup, type SummaryBuilder } from '#shared/summary.js';
import { describeChange } from './plan-report.js';
import type { ReleasePlan } from './release-plan.js';

export interface SummaryFacts {
  readonly environment: string;
  readonly workspace: string;
  readonly dryRun: boolean;
  readonly plan: ReleasePlan;
  readonly planPath: string;
}

export interface ServingFacts {
  readonly endpoint: string;
  /** Whether the release wrote anything. */
  readonly changed: boolean;
  readonly scoringUri: string;
  readonly defaultDeployment: string | undefined;
  /** The run's deployments and the model version each serves. */
  readonly deployments: readonly { readonly name: string; readonly model: string }[];
  /** The model of the deployment the outputs describe. */
  readonly model: string;
  readonly deleted: readonly string[];
}

export interface FailureFacts {
  readonly error: string;
  /** What was written before the failure, in words. */
  readonly applied: string;
  /** Which default serves now. */
  readonly serving: string;
}

function details(step: ReleasePlan['steps'][number]): Markup {
  const lines = [
    ...(step.reason ? [escapeFor('cell', step.reason)] : []),
    ...step.changes.map((change) => code(describeChange(change)).html),
  ];
  return new Markup(lines.join('<br>'));
}

function target(plan: ReleasePlan, workspace: string): string {
  const deployments = plan.deployments.map((d) => `${d.name} (model ${d.model.name}:${d.model.version})`);
  return `endpoint ${plan.endpointName}, deployment${deployments.length > 1 ? 's' : ''} ${deployments.join(', ')} (workspace ${workspace})`;
}

/** The plan, written before any write. */
export function renderSummary(summary: SummaryBuilder, facts: SummaryFacts): void {
  const { plan } = facts;
  summary.heading(`deploy-aml-endpoint: ${facts.environment}`);
  const what = target(plan, facts.workspace);
  if (facts.dryRun) {
    summary.paragraph(
      plan.changed
        ? `Dry run: nothing was changed. A deployment would make the changes below to ${what}.`
        : `Dry run: live state already matches the specs (${what}); a deployment would change nothing.`,
    );
  } else {
    summary.paragraph(
      plan.changed
        ? `Plan: the changes below, to ${what}.`
        : `Live state already matched the specs (${what}): nothing was written.`,
    );
  }
  summary.table(
    ['Resource', 'Name', 'Action', 'Details'],
    plan.steps.map((step) => [step.resource, step.name, step.action, details(step)]),
  );
  for (const validation of plan.validations) {
    summary.paragraph(
      new Markup(
        `Promotion: model ${escapeFor('cell', validation.model)} validated by ${link('the integration run', validation.run).html}. Checked: ${validation.checks.map((check) => escapeFor('cell', check)).join('; ')}.`,
      ),
    );
  }
  summary.paragraph(new Markup(`Plan file: ${code(facts.planPath).html}`));
}

/** After a rollout: what was done, and what the endpoint serves now. */
export function renderServing(summary: SummaryBuilder, serving: ServingFacts): void {
  if (serving.changed) {
    summary.paragraph(
      `Deployed: every change above was applied to endpoint ${serving.endpoint}, and it serves from ${serving.defaultDeployment ?? '(no default deployment)'}.`,
    );
  }
  summary.heading('Serving now', 3);
  summary.table(
    ['', ''],
    [
      ['scoring URI', code(serving.scoringUri)],
      ['default deployment', serving.defaultDeployment ?? '(none)'],
      ...(serving.deployments.length > 1
        ? serving.deployments.map((d): [string, string] => [`deployment ${d.name}`, `model ${d.model}`])
        : [['model', serving.model] as [string, string]]),
      ...(serving.deleted.length ? [['deleted', serving.deleted.join(', ')] as [string, string]] : []),
    ],
  );
}

/** After a failed write: the error, what was applied, and what serves. */
export function renderFailure(summary: SummaryBuilder, failure: FailureFacts): void {
  summary.heading('Rollout failed', 3);
  summary.paragraph(`Failed: ${failure.error}`);
  summary.paragraph(failure.applied);
  summary.paragraph(failure.serving);
}
