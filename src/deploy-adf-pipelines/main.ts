/**
 * deploy-adf-pipelines: wiring only. Inputs are parsed by runAction; the aml receipt, the source, the overrides and
 * the filters are read and validated before any Azure call; the aml receipt is verified against live state and the
 * factory's state read before the first write; the domain modules plan and apply; this file sets the outputs and the
 * summary. Domain modules are imported when needed, so a step that fails on its inputs loads few of them.
 */
import * as core from '@actions/core';
import { type RuntimeDependencies, runAction } from '#shared/action.js';
import { definition } from './definition.js';

export function run(deps: RuntimeDependencies = { core, env: process.env }): Promise<void> {
  return runAction(definition, deps, async (context) => {
    const { inputs, logger, env, workspace, clock, masker, summary } = context;
    const [
      { resolveAzureAccess },
      { parseReceiptInput },
      { runInfoFromEnvironment },
      { workspaceRelative },
      { ConfigurationError, isNotFound },
      { artifactKey, ARTIFACT_KINDS },
      { readGitFolder },
      { readArmTemplate },
      { loadOverrides, applyOverrides },
      { parseFilter, applyFilter, excludedReferenceCheck, isSelected },
      { validateArtifacts },
      { annotateProblems },
    ] = await Promise.all([
      import('#shared/azure/azure-inputs.js'),
      import('#shared/receipts/parse.js'),
      import('#shared/receipts/run-info.js'),
      import('#shared/files.js'),
      import('#shared/errors.js'),
      import('#shared/adf/artifacts.js'),
      import('./sources/git-folder.js'),
      import('./sources/arm-template.js'),
      import('./overrides.js'),
      import('./filters.js'),
      import('./validation.js'),
      import('#shared/problems.js'),
    ]);
    resolveAzureAccess(inputs);
    const amlReceipt = parseReceiptInput(definition.inputs.amlReceipt, inputs.amlReceipt, {
      environment: inputs.environment,
      subscription: inputs.subscriptionId,
    });
    const runInfo = runInfoFromEnvironment(env);
    const shown = (absolute: string) => workspaceRelative(workspace, absolute);

    // Everything that can be checked without Azure is checked first, and every problem is reported at once: each is
    // one annotation at its file and line (the others here, the first as the step's error).
    const annotated = <T>(check: () => T | Promise<T>) => annotateProblems(logger, check);
    const prepared = await logger.group('Read the source', async () => {
      const source = /\.json$/i.test(inputs.source)
        ? await readArmTemplate({
            template: { absolute: inputs.source, shownAs: shown(inputs.source) },
            parameters: inputs.armTemplateParameters
              ? { absolute: inputs.armTemplateParameters, shownAs: shown(inputs.armTemplateParameters) }
              : undefined,
          })
        : await readGitFolder(inputs.source, shown(inputs.source));
      for (const note of source.notes) logger.info(note);
      // Problems found while reading make the artifacts unreliable for overrides: report them first.
      if (source.problems.length > 0)
        await annotated(() => validateArtifacts(source.artifacts, source.problems));
      let artifacts = source.artifacts;
      if (inputs.overridesFile) {
        const file = inputs.overridesFile;
        const current = artifacts;
        const result = await annotated(async () =>
          applyOverrides(current, await loadOverrides(file, shown(file)), { receipt: amlReceipt, env }),
        );
        for (const secret of result.secrets) masker.mask(secret);
        for (const line of result.applied) logger.info(`Override: ${line}`);
        artifacts = result.artifacts;
      }
      const filter = parseFilter(inputs.include, inputs.exclude);
      const { selected, excluded, unusedIncludes } = applyFilter(filter, artifacts);
      if (unusedIncludes.length > 0) {
        throw new ConfigurationError(
          `Input 'include': ${unusedIncludes.map((p) => `'${p}'`).join(', ')} matches nothing in the source; check the kind and name.`,
          { input: 'include' },
        );
      }
      const excludedKeys = new Set(excluded.map((a) => artifactKey(a.kind, a.name)));
      // A reference to a filtered-out artifact is checked against the factory once its state is read.
      await annotated(() =>
        validateArtifacts(selected, [], {
          excluded: excludedKeys,
          existsOutside: (edge) => excludedKeys.has(artifactKey(edge.to.kind, edge.to.name)),
        }),
      );
      return { selected, excluded, excludedKeys, filter };
    });

    const [{ connectAction }, { verifyAmlReceipt }] = await Promise.all([
      import('#shared/azure/connection.js'),
      import('#shared/receipts/aml-verification.js'),
    ]);
    const azure = await connectAction(context);
    const rg = inputs.resourceGroup;
    const factoryName = inputs.factoryName;

    // Reads only, up to the plan, and all at once (none depends on another): the aml receipt must describe what
    // serves now, the factory must exist, and its resources are listed once per kind.
    const [
      client,
      mlClient,
      { readLiveFactory },
      { diffArtifacts },
      report,
      { buildAdfReceipt },
      { encodeReceipt },
    ] = await Promise.all([
      azure.clients.dataFactory(),
      azure.clients.machineLearning(),
      import('#shared/adf/live-state.js'),
      import('./diff.js'),
      import('./report.js'),
      import('#shared/receipts/builders.js'),
      import('#shared/receipts/encoding.js'),
    ]);
    const [verified, gotFactory, listed] = await logger.group(
      'Verify the aml receipt and read the factory',
      () =>
        Promise.allSettled([
          verifyAmlReceipt(amlReceipt, mlClient, logger),
          client.factories.get(rg, factoryName),
          readLiveFactory(
            client,
            rg,
            factoryName,
            ARTIFACT_KINDS.filter((kind) => kind !== 'factory'),
          ),
        ]),
    );
    // The receipt's refusal comes first (it names the action to run first), then a missing factory.
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
    const live = listed.value;
    if (prepared.excluded.length > 0) {
      const liveKeys = new Set(live.resources.map((r) => artifactKey(r.kind, r.name)));
      await annotated(() =>
        validateArtifacts(prepared.selected, [], {
          excluded: prepared.excludedKeys,
          existsOutside: excludedReferenceCheck(prepared.excluded, (kind, name) =>
            liveKeys.has(artifactKey(kind, name)),
          ),
        }),
      );
    }
    const entries = diffArtifacts(prepared.selected, live.resources, {
      // A live resource the filters leave out is not this deployment's to delete.
      inScope: (kind, name) => isSelected(prepared.filter, { kind, name }),
    });
    const document = report.planDocument(entries, {
      environment: inputs.environment,
      factory: factoryName,
      dryRun: inputs.dryRun,
      deleteOrphans: inputs.deleteOrphans,
    });
    for (const line of report.planLines(document)) logger.info(line);
    const planPath = await report.writePlanFile(document, env, (text) => masker.redact(text));
    context.setOutput('plan', planPath);
    // Written before any write, so a failed apply still shows what was planned.
    report.renderPlanSummary(summary, document, planPath);
    const pipelines = report.pipelineHashes(prepared.selected);

    const receiptOf = (planned: boolean) =>
      encodeReceipt(
        buildAdfReceipt({
          environment: inputs.environment,
          subscriptionId: inputs.subscriptionId,
          resourceGroup: rg,
          factory: { name: factory.name ?? factoryName, id: factory.id ?? '' },
          pipelines,
          amlReceipt,
          run: runInfo,
          time: clock(),
          planned,
        }),
      );

    if (inputs.dryRun) {
      context.setOutput('created', document.counts.create);
      context.setOutput('updated', document.counts.update);
      context.setOutput('deleted', inputs.deleteOrphans ? document.counts.delete : 0);
      context.setOutput('unchanged', document.counts.unchanged);
      context.setOutput('pipelines', pipelines);
      // A planned receipt lets the next dry run (apply-control-metadata) plan against these pipelines.
      context.setOutput('receipt', receiptOf(true));
      logger.info('Dry run: nothing was written. The receipt is marked planned: only dry runs accept it.');
      return;
    }

    const { applyPlan } = await import('./apply.js');
    const result = await logger.group('Apply the plan', () =>
      applyPlan(
        { entries, desired: prepared.selected, live },
        {
          client,
          rg,
          factory: factoryName,
          concurrency: inputs.concurrency,
          triggerMode: inputs.triggerMode,
          deleteOrphans: inputs.deleteOrphans,
          maxDeletions: inputs.maxDeletions,
          logger,
        },
      ),
    );
    context.setOutput('created', result.created);
    context.setOutput('updated', result.updated);
    context.setOutput('deleted', result.deleted);
    context.setOutput('unchanged', result.unchanged);
    context.setOutput('pipelines', pipelines);
    context.setOutput('receipt', receiptOf(false));
  });
}
