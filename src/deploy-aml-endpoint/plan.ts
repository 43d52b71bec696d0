/**
 * The plan phase, reads only: live state is read and compared with the request (release-plan.ts), and the plan is
 * logged, written to the file the `plan` output names, and put in the job summary as a plan — before any write, so
 * the summary shows what was planned even when the rollout fails (apply.ts then says what was applied). Every refusal (a change Azure cannot make in place, a missing
 * validation stamp) happens here. A dry run ends with this phase and hands on the receipt of what serves now.
 */
import type { Cloud } from '#shared/azure/clouds.js';
import type { Logger } from '#shared/logger.js';
import { encodeReceipt } from '#shared/receipts/encoding.js';
import type { RunInfo } from '#shared/receipts/schemas.js';
import type { SummaryBuilder } from '#shared/summary.js';
import type { MlScope } from './live-state.js';
import type { WaitOptions } from './long-running.js';
import { planDocument, planLines, writePlanFile } from './plan-report.js';
import { releaseFacts, servingReceipt } from './receipt-facts.js';
import { type EvidenceAccess, planRelease, type ReleasePlan } from './release-plan.js';
import type { ReleaseRequest } from './release-request.js';
import { renderSummary } from './summary.js';
import type { ValidationRequest } from './validation-receipt.js';

/** What the plan and apply phases share: where, as which run, with which deadline, and where to report. */
export interface ReleaseDeps {
  readonly scope: MlScope;
  readonly cloud: Cloud;
  readonly run: RunInfo;
  readonly logger: Logger;
  readonly clock: () => number;
  readonly wait: WaitOptions;
  readonly summary: SummaryBuilder;
}

export interface PlanDeps extends ReleaseDeps {
  /** The runner's environment: the plan file goes under `RUNNER_TEMP`. */
  readonly env: NodeJS.ProcessEnv;
  /** The secret redactor, applied to the plan file's text. */
  readonly redact: (text: string) => string;
  /** How the promotion checks read evidence (needed with a validation receipt). */
  readonly evidence?: EvidenceAccess;
}

export interface PlanSettings {
  readonly environment: string;
  readonly dryRun: boolean;
  readonly keepDeployments: number;
  /** What `require-validation` asks for (prepare.ts); undefined without it. */
  readonly validation: ValidationRequest | undefined;
}

export interface PlannedRelease {
  readonly plan: ReleasePlan;
  /** The plan file's path (the `plan` output). */
  readonly planPath: string;
}

export async function planAndReport(
  request: ReleaseRequest,
  settings: PlanSettings,
  deps: PlanDeps,
): Promise<PlannedRelease> {
  const { logger } = deps;
  const plan = await logger.group('Read live state and plan', () =>
    planRelease(request, {
      scope: deps.scope,
      cloud: deps.cloud,
      logger,
      run: deps.run,
      keepDeployments: settings.keepDeployments,
      validation: settings.validation,
      evidence: deps.evidence,
      wait: deps.wait,
    }),
  );
  for (const line of planLines(plan)) logger.info(line);
  const target = {
    environment: settings.environment,
    workspace: deps.scope.workspace,
    dryRun: settings.dryRun,
  };
  const planPath = await writePlanFile(planDocument(plan, target), deps.env, deps.redact);
  renderSummary(deps.summary, { ...target, plan, planPath });
  return { plan, planPath };
}

/**
 * The encoded receipt of what serves now, before this release, for a dry run to hand on (so planning steps
 * downstream chain the same way); undefined, with a warning, when nothing serves on the endpoint yet.
 */
export function dryRunReceipt(
  plan: ReleasePlan,
  settings: { readonly environment: string },
  deps: Pick<ReleaseDeps, 'scope' | 'run' | 'clock' | 'logger'>,
): string | undefined {
  const receipt = servingReceipt(
    plan,
    releaseFacts(settings.environment, deps.scope, deps.run, deps.clock()),
  );
  if (!receipt) {
    deps.logger.warning('Dry run: nothing serves on this endpoint yet, so there is no receipt to hand on.');
    return undefined;
  }
  deps.logger.info(
    `Dry run: the receipt describes what serves now (${receipt.deployment.name}, model ${receipt.model.name}:${receipt.model.version})`,
  );
  return encodeReceipt(receipt);
}
