/**
 * deploy-aml-endpoint: wiring only. Inputs are parsed by runAction; Azure is reached through src/shared/azure; the
 * three phases are imported when they are reached (start-up is benchmarked, and a step that fails on its inputs or
 * its specs loads no Azure SDK): prepare (checks without Azure), plan (reads only), apply (the writes and the
 * receipt). This file sets the outputs.
 */
import { type RuntimeDependencies, runAction } from '#shared/action.js';
import { lastLookMargin } from '#shared/deadline.js';
import { createRunnerCore } from '#shared/runner-core.js';
import { definition } from './definition.js';

export function run(
  deps: RuntimeDependencies = { core: createRunnerCore(), env: process.env },
): Promise<void> {
  return runAction(definition, deps, async (context) => {
    const { inputs, logger, env, clock, masker, summary } = context;
    // The pollers' last look comes just before the run's deadline, which cuts off every request (deadline.ts).
    const deadline = clock() + inputs.timeout - lastLookMargin(inputs.timeout);
    const { prepareRelease } = await import('./prepare.js');
    const prepared = await prepareRelease(inputs, { env, workspace: context.workspace, logger });

    const { connectAction } = await import('#shared/azure/connection.js');
    const { createClientFactory } = await import('#shared/azure/clients.js');
    const azure = await connectAction(context);
    const release = {
      scope: {
        client: await azure.clients.machineLearning(),
        subscriptionId: inputs.subscriptionId,
        resourceGroup: inputs.resourceGroup,
        workspace: inputs.workspaceName,
      },
      cloud: azure.cloud,
      run: prepared.run,
      logger,
      clock,
      wait: { deadline, logger, clock },
      summary,
    };

    const { planAndReport, dryRunReceipt } = await import('./plan.js');
    const redact = (text: string) => masker.redact(text);
    const { credential, caCertificates } = azure;
    const mask = (secret: string) => masker.mask(secret);
    const evidence = {
      files: { credential, caCertificates, mask },
      validatingClient: (subscriptionId: string) =>
        createClientFactory({
          credential,
          cloud: azure.cloud,
          subscriptionId,
          userAgent: { action: definition.name, version: definition.version },
          ...(caCertificates ? { caCertificates } : {}),
        }).machineLearning(),
    };
    const { plan, planPath } = await planAndReport(
      prepared.request,
      { ...inputs, validation: prepared.validation },
      { ...release, env, redact, evidence },
    );
    context.setOutput('plan', planPath);
    context.setOutput('endpoint-name', plan.endpointName);
    const { primary } = plan;
    context.setOutput('deployment-name', primary.name);
    context.setOutput('model-name', primary.model.name);
    context.setOutput('model-version', primary.model.version);
    context.setOutput('model-id', primary.model.assetId);
    if (inputs.dryRun) {
      context.setOutput('changed', plan.changed);
      const scoringUri = plan.endpoint.live?.properties.scoringUri;
      if (scoringUri) context.setOutput('scoring-uri', scoringUri);
      const receipt = dryRunReceipt(plan, inputs, release);
      if (receipt) context.setOutput('receipt', receipt);
      return;
    }

    const { applyPlan } = await import('./apply.js');
    const applied = await applyPlan(plan, inputs, { ...release, credential, caCertificates, mask });
    context.setOutput('scoring-uri', applied.scoringUri);
    context.setOutput('changed', plan.changed);
    if (applied.receipt) context.setOutput('receipt', applied.receipt);
  });
}
