/**
 * The second phase of a deployment, reads only: the aml receipt is checked against what serves now, the factory must
 * exist and its resources are listed once per kind, all at once (none depends on another); a reference into what the
 * filters leave out must exist in the factory; the source is diffed against live state. The plan is then shown (log
 * lines, the job summary, the JSON plan file of output `plan`) before any write, so a failed apply still shows what
 * was planned.
 */
import { ARTIFACT_KINDS, artifactKey, isSynapseOnlyKind } from '#shared/adf/artifacts.js';
import { factoryPath, type LiveFactory, readLiveFactory } from '#shared/adf/live-state.js';
import { DATA_FACTORY_API_VERSION, MACHINE_LEARNING_API_VERSION } from '#shared/azure/api-versions.js';
import type { ResourceManagerClient } from '#shared/azure/clients.js';
import { sendManagementRequest } from '#shared/azure/management-requests.js';
import { ConfigurationError, isNotFound } from '#shared/errors.js';
import type { Logger } from '#shared/logger.js';
import { annotateProblems } from '#shared/problems.js';
import { amlReadsOf } from '#shared/receipts/aml-reads.js';
import { verifyAmlReceipt } from '#shared/receipts/aml-verification.js';
import { buildAdfReceipt } from '#shared/receipts/builders.js';
import { encodeReceipt } from '#shared/receipts/encoding.js';
import { runInfoFromEnvironment } from '#shared/receipts/run-info.js';
import type { AmlReceipt } from '#shared/receipts/schemas.js';
import type { SecretMasker } from '#shared/secrets.js';
import type { SummaryBuilder } from '#shared/summary.js';
import type { SynapseDevClient } from '#shared/synapse/dev-client.js';
import { SYNAPSE_KINDS } from '#shared/synapse/live-state.js';
import type { Timings } from '#shared/timings.js';
import type { ApplyResult, DeployPlan } from './apply.js';
import { deletionRefusal } from './deletion-limits.js';
import type { DeployTarget } from './deploy-target.js';
import { diffArtifacts } from './diff.js';
import { excludedReferenceCheck, isSelected } from './filters.js';
import { planDependencies } from './plan-graph.js';
import type { PreparedSource } from './prepare.js';
import {
  type PlanDocument,
  pipelineHashes,
  planDocument,
  planLines,
  renderPlanSummary,
  writePlanFile,
} from './report.js';
import { readSynapseState, synapseTarget } from './synapse-target.js';
import { planTriggers } from './trigger-plan.js';
import { validateArtifacts } from './validation.js';

/** The inputs this phase reads. */
export interface PlanInputs {
  readonly environment: string;
  readonly subscriptionId: string;
  readonly resourceGroup: string;
  /** The data factory (target `factory`). */
  readonly factoryName?: string | undefined;
  /** `factory` (the default) or `synapse`: a Synapse workspace's artifacts, through its development endpoint. */
  readonly target?: 'factory' | 'synapse';
  /** The Synapse workspace (target `synapse`). */
  readonly synapseWorkspace?: string | undefined;
  readonly dryRun: boolean;
  readonly deleteOrphans: boolean;
  readonly triggerMode: 'changed' | 'all';
  readonly maxDeletions: number;
  readonly maxDeletionPercent: number;
}

export interface PlanContext {
  /**
   * Resource Manager clients, built on first use. Every read is a JSON request (no SDK loads for them): the factory,
   * its lists, the aml receipt's endpoint and deployment.
   */
  readonly clients: {
    resourceManager(apiVersion: string): Promise<ResourceManagerClient>;
    /** A Synapse workspace's development endpoint (target `synapse`). */
    synapse?(devEndpoint: string): Promise<SynapseDevClient>;
  };
  /** The cloud's Synapse endpoint suffix (target `synapse`), for a workspace whose ARM resource names no endpoint. */
  readonly cloud?: { readonly synapseDevSuffix: string };
  readonly amlReceipt: AmlReceipt;
  readonly logger: Logger;
  /** The runner's environment: where the plan file goes (RUNNER_TEMP), the run the receipt names (GITHUB_*). */
  readonly env: NodeJS.ProcessEnv;
  readonly summary: SummaryBuilder;
  /** Masks the live values of secret fields the diff hides; redacts the plan file's text, so no secret reaches it. */
  readonly masker: Pick<SecretMasker, 'mask' | 'redact'>;
  readonly clock: () => number;
  /** Where the reads' and the planning's time goes (main.ts logs it). */
  readonly timings?: Timings;
}

export type DeployCounts = Pick<ApplyResult, 'created' | 'updated' | 'deleted' | 'unchanged'>;

export interface DeploymentPlan extends DeployPlan {
  readonly document: PlanDocument;
  /** The plan file (output `plan`). */
  readonly path: string;
  /** `{ name, hash }` of each pipeline deployed (output `pipelines`, and listed by the receipt). */
  readonly pipelines: readonly { readonly name: string; readonly hash: string }[];
  /** What a dry run reports: the plan's counts, orphans counted as deleted only when delete-orphans is on. */
  readonly counts: DeployCounts;
  /** The adf receipt, encoded, written when called (its time is the call's); `planned` for a dry run's. */
  receipt(planned: boolean): string;
  /** Where apply writes, when it is not the data factory of the inputs (a Synapse workspace). */
  readonly target?: DeployTarget;
}

/** How messages, the plan and the receipt name the target. */
export function targetName(inputs: PlanInputs): string {
  return (inputs.target === 'synapse' ? inputs.synapseWorkspace : inputs.factoryName) ?? '';
}

export async function planDeployment(
  source: PreparedSource,
  inputs: PlanInputs,
  context: PlanContext,
): Promise<DeploymentPlan> {
  const { logger } = context;
  const synapse = inputs.target === 'synapse';
  const { factory, live, target } = await logger.group(
    synapse
      ? 'Verify the aml receipt and read the Synapse workspace'
      : 'Verify the aml receipt and read the factory',
    () => (synapse ? readWorkspace(inputs, context) : readFactory(inputs, context)),
  );
  const label = synapse
    ? `Synapse workspace '${targetName(inputs)}'`
    : `data factory '${targetName(inputs)}'`;
  const planningStarted = performance.now();
  if (source.excluded.length > 0) await checkExcludedReferences(source, live, logger);
  const entries = diffArtifacts(source.selected, live.resources, {
    // A live resource the filters leave out is not this deployment's to delete.
    inScope: (kind, name) => isSelected(source.filter, { kind, name }),
    secretValues: source.secrets,
    secretFields: source.secretFields,
    mask: (value) => context.masker.mask(value),
  });

  const triggers = planTriggers({
    entries,
    desired: source.selected,
    live,
    triggerMode: inputs.triggerMode,
    deleteOrphans: inputs.deleteOrphans,
  });
  const deleted = new Set(
    entries.filter((e) => e.action === 'delete').map((e) => artifactKey(e.kind, e.name)),
  );
  const dependencies = planDependencies(
    source.selected,
    entries,
    inputs.deleteOrphans ? live.resources.filter((r) => deleted.has(artifactKey(r.kind, r.name))) : [],
  );
  const document = planDocument(
    { entries, triggers, dependencies },
    {
      environment: inputs.environment,
      factory: targetName(inputs),
      dryRun: inputs.dryRun,
      deleteOrphans: inputs.deleteOrphans,
    },
  );
  for (const line of planLines(document)) logger.info(line);
  const path = await writePlanFile(document, context.env, (text) => context.masker.redact(text));
  renderPlanSummary(context.summary, document, path);
  if (inputs.deleteOrphans) {
    // Shown first, refused then: the plan file and the summary say what would have been deleted.
    const inScope = live.resources.filter(
      (r) => r.kind !== 'globalParameters' && isSelected(source.filter, r),
    ).length;
    const deletes = entries.filter((e) => e.action === 'delete' && e.kind !== 'managedVirtualNetwork');
    const refusal = deletionRefusal(deletes, inScope, inputs, label);
    if (refusal) throw refusal;
  }

  const pipelines = pipelineHashes(entries);
  const run = runInfoFromEnvironment(context.env);
  context.timings?.add('planning', performance.now() - planningStarted);
  return {
    entries,
    desired: source.selected,
    live,
    triggers,
    document,
    path,
    pipelines,
    ...(target ? { target } : {}),
    counts: {
      created: document.counts.create,
      updated: document.counts.update,
      deleted: inputs.deleteOrphans ? document.counts.delete : 0,
      unchanged: document.counts.unchanged,
    },
    receipt: (planned) =>
      encodeReceipt(
        buildAdfReceipt({
          environment: inputs.environment,
          subscriptionId: inputs.subscriptionId,
          resourceGroup: inputs.resourceGroup,
          factory,
          pipelines,
          amlReceipt: context.amlReceipt,
          run,
          time: context.clock(),
          planned,
          ...(synapse ? { target: 'synapse' as const } : {}),
        }),
      ),
  };
}

/**
 * The three reads, at once. The receipt's refusal comes first (it names the action to run first), then a missing
 * factory, then a failed listing.
 */
async function readFactory(
  inputs: PlanInputs,
  context: PlanContext,
): Promise<{ factory: { name: string; id: string }; live: LiveFactory; target?: DeployTarget }> {
  const { resourceGroup: rg } = inputs;
  const factoryName = inputs.factoryName ?? '';
  const timed = <T>(name: string, work: () => Promise<T>) =>
    context.timings ? context.timings.time(name, work) : work();
  const [dataFactory, machineLearning] = await timed('clients', () =>
    Promise.all([
      context.clients.resourceManager(DATA_FACTORY_API_VERSION),
      context.clients.resourceManager(MACHINE_LEARNING_API_VERSION).then(amlReadsOf),
    ]),
  );
  const [verified, gotFactory, listed] = await Promise.allSettled([
    timed('receipt check', () => verifyAmlReceipt(context.amlReceipt, machineLearning, context.logger)),
    getFactory(dataFactory, rg, factoryName),
    timed('lists', () =>
      readLiveFactory(
        dataFactory,
        rg,
        factoryName,
        ARTIFACT_KINDS.filter((kind) => kind !== 'factory' && !isSynapseOnlyKind(kind)),
      ),
    ),
  ]);
  if (verified.status === 'rejected') throw verified.reason;
  if (gotFactory.status === 'rejected') {
    if (isNotFound(gotFactory.reason)) {
      throw new ConfigurationError(
        `Input 'factory-name': data factory '${factoryName}' does not exist in resource group '${rg}'. This action deploys into an existing factory and does not create one: create it (with its infrastructure) first, or check the name.`,
        { input: 'factory-name' },
      );
    }
    throw gotFactory.reason;
  }
  if (listed.status === 'rejected') throw listed.reason;
  const factory = gotFactory.value;
  return { factory: { name: factory?.name ?? factoryName, id: factory?.id ?? '' }, live: listed.value };
}

/** The factory itself (GET, as `factories.get` sends it): its name as Azure spells it, and its id. */
async function getFactory(
  client: ResourceManagerClient,
  rg: string,
  factory: string,
): Promise<{ name?: string; id?: string } | undefined> {
  const path = factoryPath(client.subscriptionId, rg, factory);
  return (await sendManagementRequest(client, { method: 'GET', path })) as
    | { name?: string; id?: string }
    | undefined;
}

/**
 * The Synapse reads, at once: the aml receipt's check, and the workspace (ARM, for its id and development endpoint)
 * then its artifacts (one list per kind on the endpoint). The receipt's refusal comes first.
 */
async function readWorkspace(
  inputs: PlanInputs,
  context: PlanContext,
): Promise<{ factory: { name: string; id: string }; live: LiveFactory; target: DeployTarget }> {
  const timed = <T>(name: string, work: () => Promise<T>) =>
    context.timings ? context.timings.time(name, work) : work();
  const { clients } = context;
  const synapse = clients.synapse?.bind(clients);
  if (!synapse || !context.cloud)
    throw new Error('target synapse needs a Synapse client factory and the cloud');
  const [dataFactory, machineLearning] = await timed('clients', () =>
    Promise.all([
      clients.resourceManager(DATA_FACTORY_API_VERSION),
      clients.resourceManager(MACHINE_LEARNING_API_VERSION).then(amlReadsOf),
    ]),
  );
  const scope = {
    subscriptionId: inputs.subscriptionId,
    resourceGroup: inputs.resourceGroup,
    workspace: inputs.synapseWorkspace ?? '',
  };
  const [verified, read] = await Promise.allSettled([
    timed('receipt check', () => verifyAmlReceipt(context.amlReceipt, machineLearning, context.logger)),
    timed('lists', () =>
      readSynapseState(
        scope,
        SYNAPSE_KINDS,
        { synapse, dataFactory: async () => dataFactory },
        context.cloud!,
      ),
    ),
  ]);
  if (verified.status === 'rejected') throw verified.reason;
  if (read.status === 'rejected') throw read.reason;
  const { workspace, live, dev, arm } = read.value;
  return { factory: workspace, live, target: synapseTarget(dev, arm, scope) };
}

/** A selected artifact may reference one the filters leave out only if the factory has it. */
async function checkExcludedReferences(
  source: PreparedSource,
  live: LiveFactory,
  logger: Logger,
): Promise<void> {
  const liveKeys = new Set(live.resources.map((r) => artifactKey(r.kind, r.name)));
  await annotateProblems(logger, () =>
    validateArtifacts(source.selected, [], {
      excluded: new Set(source.excluded.map((a) => artifactKey(a.kind, a.name))),
      existsOutside: excludedReferenceCheck(source.excluded, (kind, name) =>
        liveKeys.has(artifactKey(kind, name)),
      ),
    }),
  );
}
