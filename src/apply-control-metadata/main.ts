/**
 * apply-control-metadata: wiring only. Inputs are parsed by runAction; then three phases, each module loaded when
 * its turn comes, so a step that fails on its inputs or files loads neither the Azure SDKs nor a database driver:
 * prepare (the receipt, the database access, the rows and migrations, checked before any Azure or database call),
 * verify (the receipts and the rows' endpoints against live state) and apply-and-report (one locked transaction, the plan shown). This file
 * sets the outputs.
 */
import { type RuntimeDependencies, runAction } from '#shared/action.js';
import { resolveAzureAccess } from '#shared/azure/azure-inputs.js';
import { createRunnerCore } from '#shared/runner-core.js';
import { definition } from './definition.js';

const COUNT_OUTPUTS = ['inserted', 'updated', 'unchanged', 'disabled', 'deleted'] as const;

export function run(
  deps: RuntimeDependencies = { core: createRunnerCore(), env: process.env },
): Promise<void> {
  return runAction(definition, deps, async (context) => {
    const { inputs, logger, env, masker } = context;
    // The sign-in inputs are checked before any file is read; connectAction resolves them again to sign in.
    resolveAzureAccess(inputs);
    const { prepare } = await import('./prepare.js');
    const prepared = await prepare(inputs, { logger, workspace: context.workspace, env, masker });

    const [{ connectAction }, { verifyReceipts }] = await Promise.all([
      import('#shared/azure/connection.js'),
      import('./verify.js'),
    ]);
    const azure = await connectAction(context);
    await verifyReceipts(prepared, azure.clients, logger, azure.cloud.synapseDevSuffix);

    const { applyAndReport } = await import('./apply-and-report.js');
    const result = await applyAndReport({
      prepared,
      inputs,
      azure,
      logger,
      masker,
      summary: context.summary,
      env,
      clock: context.clock,
    });
    context.setOutput('plan', result.planPath);
    for (const name of COUNT_OUTPUTS) context.setOutput(name, result.counts[name]);
    if (result.receipt) context.setOutput('receipt', result.receipt);
  });
}
