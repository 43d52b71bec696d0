/**
 * deploy-aml-endpoint: wiring only. Inputs are parsed by runAction; the specs are read and checked before any Azure
 * call; Azure is reached through src/shared/azure; the domain modules plan (reads only) and roll out; this file sets
 * the outputs and the summary. Domain modules are imported when needed, so a step that fails on its inputs loads
 * none of them (start-up is benchmarked).
 */
import * as core from '@actions/core';
import { type RuntimeDependencies, runAction } from '#shared/action.js';
import { definition } from './definition.js';

export function run(deps: RuntimeDependencies = { core, env: process.env }): Promise<void> {
  return runAction(definition, deps, async (context) => {
    const { inputs, logger, env, workspace, clock, masker, summary } = context;
    const deadline = clock() + inputs.timeout;
    const [
      { resolveAzureAccess },
      { runInfoFromEnvironment },
      { encodeReceipt },
      { buildAmlReceipt },
      { loadReleaseRequest },
      { connectAction },
      { planRelease },
      { planDocument, planLines, writePlanFile },
      { renderSummary, renderServing },
      { receiptEndpoint, servingReceipt },
    ] = await Promise.all([
      import('#shared/azure/azure-inputs.js'),
      import('#shared/receipts/run-info.js'),
      import('#shared/receipts/encoding.js'),
      import('#shared/receipts/builders.js'),
      import('./release-request.js'),
      import('#shared/azure/connection.js'),
      import('./release-plan.js'),
      import('./plan-report.js'),
      import('./summary.js'),
      import('./receipt-facts.js'),
    ]);
    resolveAzureAccess(inputs);
    const runInfo = runInfoFromEnvironment(env);

    // Everything that can be checked without Azure is checked first: the specs, names, local folders.
    const request = await logger.group('Read the specs', () => loadReleaseRequest(inputs, workspace, logger));

    const azure = await connectAction(context);
    const scope = {
      client: await azure.clients.machineLearning(),
      subscriptionId: inputs.subscriptionId,
      resourceGroup: inputs.resourceGroup,
      workspace: inputs.workspaceName,
    };
    const wait = { deadline, logger, clock };

    // Reads only, up to here: the plan, and the promotion check, come before any write.
    const plan = await logger.group('Read live state and plan', () =>
      planRelease(request, {
        scope,
        cloud: azure.cloud,
        logger,
        run: runInfo,
        setDefault: inputs.setDefault,
        keepDeployments: inputs.keepDeployments,
        requireValidation: inputs.requireValidation,
        wait,
      }),
    );
    for (const line of planLines(plan)) logger.info(line);
    const planPath = await writePlanFile(
      planDocument(plan, {
        environment: inputs.environment,
        workspace: inputs.workspaceName,
        dryRun: inputs.dryRun,
      }),
      env,
      (text) => masker.redact(text),
    );
    const facts = {
      environment: inputs.environment,
      workspace: inputs.workspaceName,
      dryRun: inputs.dryRun,
      plan,
      planPath,
    };
    context.setOutput('plan', planPath);
    context.setOutput('endpoint-name', plan.endpointName);
    context.setOutput('deployment-name', plan.deploymentName);
    context.setOutput('model-name', plan.model.name);
    context.setOutput('model-version', plan.model.version);
    context.setOutput('model-id', plan.model.assetId);
    const receiptBase = {
      environment: inputs.environment,
      subscriptionId: inputs.subscriptionId,
      resourceGroup: inputs.resourceGroup,
      workspace: inputs.workspaceName,
      run: runInfo,
    };

    if (inputs.dryRun) {
      renderSummary(summary, facts);
      context.setOutput('changed', plan.changed);
      const scoringUri = plan.endpoint.live?.properties.scoringUri;
      if (scoringUri) context.setOutput('scoring-uri', scoringUri);
      const receipt = servingReceipt(plan, { ...receiptBase, time: clock() });
      if (receipt) {
        context.setOutput('receipt', encodeReceipt(receipt));
        logger.info(
          `Dry run: the receipt describes what serves now (${receipt.deployment.name}, model ${receipt.model.name}:${receipt.model.version})`,
        );
      } else {
        logger.warning('Dry run: nothing serves on this endpoint yet, so there is no receipt to hand on.');
      }
      return;
    }

    const { executeRollout } = await import('./rollout.js');
    const { registerModel, tagDeployedModel } = await import('./model-registration.js');
    const { registerCode } = await import('./workspace-assets.js');
    const storage = {
      scope,
      cloud: azure.cloud,
      logger,
      credential: azure.credential,
      caCertificates: azure.caCertificates,
      mask: (secret: string) => masker.mask(secret),
    };
    // Written even if the rollout fails below: the summary shows what was planned.
    renderSummary(summary, facts);
    let model = plan.model;
    if (model.registration) {
      model = await logger.group(`Register model ${model.name}:${model.version}`, () =>
        registerModel(plan.model, storage),
      );
    }
    if (plan.code?.registration) {
      await logger.group('Register the scoring code', () => registerCode(plan.code!, storage));
    }
    const result = await executeRollout(plan, { scope, logger, wait });
    const deploymentWritten = plan.deployment.diff.action !== 'no-op';
    if (deploymentWritten || plan.model.registration) await tagDeployedModel(model, runInfo, storage);

    const scoringUri = result.endpoint.properties.scoringUri ?? '';
    context.setOutput('scoring-uri', scoringUri);
    context.setOutput('changed', plan.changed);
    context.setOutput(
      'receipt',
      encodeReceipt(
        buildAmlReceipt({
          ...receiptBase,
          endpoint: receiptEndpoint(result.endpoint),
          deployment: { name: plan.deploymentName, id: result.deployment.id ?? '' },
          model: { id: model.assetId, name: model.name, version: model.version },
          time: clock(),
        }),
      ),
    );
    renderServing(summary, {
      scoringUri,
      defaultDeployment: result.endpoint.properties.defaults?.deploymentName ?? undefined,
      model: `${model.name}:${model.version}`,
      deleted: result.deleted,
    });
  });
}
