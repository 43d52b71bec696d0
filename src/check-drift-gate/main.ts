/**
 * check-drift-gate: wiring only. Inputs are parsed by runAction; prepare.ts checks the rest of them and resolves the
 * data sources, gate.ts measures drift, outcomes.ts writes the report, sends metrics and the dispatch and builds the
 * receipt; this file sets the outputs and ends the step on the verdict. Each phase is imported when it is reached,
 * so a step that fails on its inputs loads no reader nor statistic (start-up is benchmarked: the gate runs on a
 * schedule, often).
 */
import { type RuntimeDependencies, runAction } from '#shared/action.js';
import { createRunnerCore } from '#shared/runner-core.js';
import { definition } from './definition.js';

export function run(
  deps: RuntimeDependencies = { core: createRunnerCore(), env: process.env },
): Promise<void> {
  return runAction(definition, deps, async (context) => {
    const { inputs, logger, masker, env, workspace, summary, clock, action, setOutput } = context;
    const signal = AbortSignal.timeout(inputs.timeout);

    const { prepareGate } = await import('./prepare.js');
    const prepared = await prepareGate(inputs, {
      workspace,
      env,
      masker,
      signal,
      // Azure is signed in to only for a blob URL without a SAS.
      signIn: () => import('#shared/azure/sign-in.js').then(({ signInAction }) => signInAction(context)),
    });

    const { measureDrift } = await import('./gate.js');
    const result = await measureDrift(prepared, { logger, signal, timeout: inputs.timeout, clock });

    const [{ publishOutcomes }, { concludeGate }] = await Promise.all([
      import('./outcomes.js'),
      import('./verdict.js'),
    ]);
    const outcome = await publishOutcomes(result, prepared, {
      inputs,
      action,
      env,
      logger,
      masker,
      summary,
      clock,
      signal,
    });
    setOutput('drifted', result.drifted);
    setOutput('drift-share', result.driftShare);
    setOutput('drifted-features', result.driftedFeatures);
    setOutput('report', outcome.reportPath);
    setOutput('pictures', outcome.picturesPath);
    setOutput('metrics-sent', outcome.metricsSent);
    setOutput('receipt', outcome.receipt);

    concludeGate(
      result,
      {
        environment: inputs.environment,
        onDrift: inputs.onDrift,
        onSchemaChange: inputs.onSchemaChange,
        reportPath: outcome.reportPath,
        metricsFailure: outcome.metricsFailure,
        failOnMetricsError: inputs.failOnMetricsError,
      },
      logger,
    );
  });
}
