/**
 * The plan as a document: the JSON file named by the `plan` output (written under RUNNER_TEMP, so a later step can
 * attach it to a pull request) and the rows of the job summary's plan table. Both come from the same steps.
 */
import { writeOutputFile } from '#shared/output-files.js';
import type { PlanStep } from './plan-steps.js';
import type { ReleasePlan } from './release-plan.js';

export interface PlanDocument {
  readonly v: 1;
  readonly action: 'deploy-aml-endpoint';
  readonly environment: string;
  readonly dryRun: boolean;
  readonly workspace: string;
  readonly endpoint: string;
  /** The deployment the outputs describe (the run's deployment that becomes the default, else the first). */
  readonly deployment: string;
  readonly model: {
    readonly name: string;
    readonly version: string;
    readonly id: string;
    readonly source: string;
  };
  /** Every deployment of the run with its model, in the order of the input `deployment-file`. */
  readonly deployments: readonly { readonly name: string; readonly model: string }[];
  /** The default deployment after the release. */
  readonly defaultDeployment: string | undefined;
  readonly changed: boolean;
  readonly steps: readonly PlanStep[];
}

export function planDocument(
  plan: ReleasePlan,
  context: { readonly environment: string; readonly workspace: string; readonly dryRun: boolean },
): PlanDocument {
  return {
    v: 1,
    action: 'deploy-aml-endpoint',
    environment: context.environment,
    dryRun: context.dryRun,
    workspace: context.workspace,
    endpoint: plan.endpointName,
    deployment: plan.primary.name,
    model: {
      name: plan.primary.model.name,
      version: plan.primary.model.version,
      id: plan.primary.model.assetId,
      source: plan.primary.model.source,
    },
    deployments: plan.deployments.map((d) => ({ name: d.name, model: `${d.model.name}:${d.model.version}` })),
    defaultDeployment: plan.targetDefault,
    changed: plan.changed,
    steps: plan.steps,
  };
}

/** Writes the plan to `$RUNNER_TEMP/deploy-aml-endpoint/plan-<environment>-<endpoint>.json` and answers the path. */
export async function writePlanFile(
  document: PlanDocument,
  env: NodeJS.ProcessEnv,
  redact: (text: string) => string,
): Promise<string> {
  const name = `plan-${document.environment}-${document.endpoint}`;
  return writeOutputFile({ env, action: 'deploy-aml-endpoint', name, document, redact });
}

/** One line per change, as the summary and the log show it: `properties.miniBatchSize: 10 → 20`. */
export function describeChange(change: { field: string; before?: unknown; after?: unknown }): string {
  const show = (value: unknown) =>
    value === undefined ? '(none)' : typeof value === 'string' ? value : JSON.stringify(value);
  return `${change.field}: ${show(change.before)} → ${show(change.after)}`;
}

/** The plan as log lines: one per step, then its changes indented. */
export function planLines(plan: ReleasePlan): string[] {
  return plan.steps.flatMap((step) => [
    `${step.action.padEnd(8)} ${step.resource} ${step.name}${step.reason ? ` (${step.reason})` : ''}`,
    ...step.changes.map((change) => `           ${describeChange(change)}`),
  ]);
}
