/**
 * deploy-adf-pipelines: wiring only. Inputs are parsed by runAction and the aml receipt here; then three phases, each
 * imported when reached, so a step that fails on its inputs loads none of them: prepare (the source, overrides,
 * filters and validation, without Azure), plan (the aml receipt verified, the factory read and diffed, the plan
 * shown; reads only) and apply (the writes). The sign-in runs while the source is read. With target `synapse` the
 * same phases read and write a Synapse workspace (synapse-target.ts) instead of the data factory. This file builds the
 * clients, sets the outputs and logs where the time went (the last line: `Time: start-up ..., source ..., sign-in ...`).
 */
import { type RuntimeDependencies, runAction } from '#shared/action.js';
import { DATA_FACTORY_API_VERSION } from '#shared/azure/api-versions.js';
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

    // The sign-in (the runner's ID token, the authority's discovery and token: network waits) runs while the source
    // is read and validated, and it writes nothing. It starts early only for a folder known to hold resource files:
    // a source that is not a factory (an empty folder, the ARM output folder, a template without Data Factory
    // resources) is refused before any call. The source is awaited first, so a problem in its files is still the
    // step's error, before any Resource Manager request and any write, whatever the sign-in does; a failed sign-in
    // surfaces only after a good source.
    const { prepareSource, holdsResourceFiles } = await import('./prepare.js');
    const signIn = () =>
      timings.time('sign-in', async () => {
        const { connectAction } = await import('#shared/azure/connection.js');
        const connection = await connectAction(context);
        // The token is fetched here rather than inside the first read, so the sign-in is timed as such.
        await connection.credential.getToken(connection.cloud.armScope);
        return connection;
      });
    const signingIn = (await holdsResourceFiles(inputs)) ? signIn() : undefined;
    signingIn?.catch(() => undefined);
    const source = await timings.time('source', () =>
      logger.group('Read the source', () => prepareSource(inputs, { ...context, amlReceipt })),
    );
    const [{ planDeployment }, { clients, cloud }] = await Promise.all([
      import('./plan.js'),
      signingIn ?? signIn(),
    ]);
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
    const [{ applyPlan }, { triggersOnDemand }, resourceManager] = await Promise.all([
      import('./apply.js'),
      import('./deploy-target.js'),
      clients.resourceManager(DATA_FACTORY_API_VERSION),
    ]);
    const result = await timings.time('writes', () =>
      logger.group('Apply the plan', () =>
        applyPlan(plan, {
          // Writes are JSON requests; the SDK loads for a trigger's start or stop only.
          client: { ...resourceManager, triggers: triggersOnDemand(() => clients.dataFactory()) },
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
