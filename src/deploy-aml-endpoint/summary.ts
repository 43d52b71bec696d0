/** The job summary of one release: the plan table with its field-level diff, then what serves now. */
import { code, escapeHtml, link, Markup, type SummaryBuilder } from '#shared/summary.js';
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
  readonly scoringUri: string;
  readonly defaultDeployment: string | undefined;
  readonly model: string;
  readonly deleted: readonly string[];
}

function details(step: ReleasePlan['steps'][number]): Markup {
  const lines = [
    ...(step.reason ? [escapeHtml(step.reason)] : []),
    ...step.changes.map((change) => code(describeChange(change)).html),
  ];
  return new Markup(lines.join('<br>'));
}

export function renderSummary(summary: SummaryBuilder, facts: SummaryFacts): void {
  const { plan } = facts;
  summary.heading(`deploy-aml-endpoint: ${facts.environment}`);
  const target = `endpoint ${plan.endpointName}, deployment ${plan.deploymentName}, model ${plan.model.name}:${plan.model.version} (workspace ${facts.workspace})`;
  if (facts.dryRun) {
    summary.paragraph(
      plan.changed
        ? `Dry run: nothing was changed. A deployment would make the changes below to ${target}.`
        : `Dry run: live state already matches the specs (${target}); a deployment would change nothing.`,
    );
  } else {
    summary.paragraph(
      plan.changed
        ? `Deployed ${target}.`
        : `Live state already matched the specs (${target}): nothing was written.`,
    );
  }
  summary.table(
    ['Resource', 'Name', 'Action', 'Details'],
    plan.steps.map((step) => [step.resource, step.name, step.action, details(step)]),
  );
  if (plan.validatedBy) {
    summary.paragraph(
      new Markup(`Promotion: validated by ${link('the integration run', plan.validatedBy).html}.`),
    );
  }
  summary.paragraph(new Markup(`Plan file: ${code(facts.planPath).html}`));
}

/** After a rollout: what the endpoint serves now. */
export function renderServing(summary: SummaryBuilder, serving: ServingFacts): void {
  summary.heading('Serving now', 3);
  summary.table(
    ['', ''],
    [
      ['scoring URI', code(serving.scoringUri)],
      ['default deployment', serving.defaultDeployment ?? '(none)'],
      ['model', serving.model],
      ...(serving.deleted.length ? [['deleted', serving.deleted.join(', ')]] : []),
    ],
  );
}
