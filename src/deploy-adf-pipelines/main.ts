/**
 * deploy-adf-pipelines: wiring only. Inputs are parsed by runAction and the aml receipt here; then three phases, each
 * imported when reached, so a step that fails on its inputs loads none of them: prepare (the source, overrides,
 * filters and validation, without Azure), plan (the aml receipt verified, the factory read and diffed, the plan
 * shown; reads only) and apply (the writes). With target `synapse` the same phases read and write a Synapse workspace
 * (synapse-target.ts) instead of the data factory. This file builds the clients, sets the outputs and logs where the time
 * went (the last line: `Time: start-up ..., source ..., sign-in ...`).
 */
import { type RuntimeDependencies, runAction } from '#shared/action.js';
import { resolveAzureAccess } from '#shared/azure/azure-inputs.js';
import { createRunnerCore } from '#shared/runner-core.js';
import { Timings } from '#shared/timings.js';
import { definition } from './definition.js';
import type { DeployCounts } from './plan.js';
import { checkTargetInputs } from './target-inputs.js';

export function run(
  deps: RuntimeDependencies = { core: createRunnerCore(), env: process.env },
): Promise<void> {
  const timings = new Timings();
  timings.addStartUp();
  return runAction(definition, deps, async (context) => {
    const { inputs, logger } = context;
    resolveAzureAccess(inputs);
    checkTargetInputs(inputs);
    // The receipt's schemas load only once the inputs are known to be complete.
    const { parseReceiptInput } = await import('#shared/receipts/parse.js');
    const amlReceipt = parseReceiptInput(definition.inputs.amlReceipt, inputs.amlReceipt, {
      environment: inputs.environment,
      subscription: inputs.subscriptionId,
    });

    const { prepareSource } = await import('./prepare.js');
    const source = await timings.time('source', () =>
      logger.group('Read the source', () => prepareSource(inputs, { ...context, amlReceipt })),
    );

    // Signed in only once the source is known good: a bad source is refused before any call, the token's too.
    const [{ connectAction }, { planDeployment }] = await Promise.all([
      import('#shared/azure/connection.js'),
      import('./plan.js'),
    ]);
    const { clients, cloud } = await timings.time('sign-in', async () => {
      const connection = await connectAction(context);
      // The SDKs load (CPU) while the token is fetched (a network wait); the plan awaits them as the 'clients' phase,
      // which is where a failure to load them surfaces.
      const sdks = Promise.all([connection.clients.dataFactory(), connection.clients.machineLearning()]);
      sdks.catch(() => undefined);
      // The token is fetched here rather than inside the first read, so the sign-in is timed as such.
      await connection.credential.getToken(connection.cloud.armScope);
      return connection;
    });
    const plan = await planDeployment(source, inputs, { ...context, amlReceipt, clients, cloud, timings });
    context.setOutput('plan', plan.path);
    const setOutputs = (counts: DeployCounts, planned: boolean) => {
      for (const name of ['created', 'updated', 'deleted', 'unchanged'] as const)
        context.setOutput(name, counts[name]);
      context.setOutput('pipelines', plan.pipelines);
      context.setOutput('receipt', plan.receipt(planned));
    };

    if (inputs.dryRun) {
      // A planned receipt lets the next dry run (apply-control-metadata) plan against these pipelines.
      setOutputs(plan.counts, true);
      logger.info('Dry run: nothing was written. The receipt is marked planned: only dry runs accept it.');
      logger.info(timings.line());
      return;
    }
    const [{ applyPlan }, dataFactory] = await Promise.all([import('./apply.js'), clients.dataFactory()]);
    const result = await timings.time('writes', () =>
      logger.group('Apply the plan', () =>
        applyPlan(plan, {
          client: dataFactory,
          rg: inputs.resourceGroup,
          factory: inputs.factoryName ?? '',
          ...(plan.target ? { target: plan.target } : {}),
          concurrency: inputs.concurrency,
          deleteOrphans: inputs.deleteOrphans,
          maxDeletions: inputs.maxDeletions,
          logger,
        }),
      ),
    );
    setOutputs(result, false);
    logger.info(timings.line());
  });
}
