/**
 * run-integration-score: wiring only. Inputs are parsed by runAction; the phases are imported when they are
 * reached (start-up is benchmarked, and a step that fails on its inputs loads no Azure SDK): prepare (checks without
 * Azure), live checks (reads), scoring (the mode's run: an endpoint job, or the use case's pipeline run, whose
 * row and parameters are checked before it starts), validation (each batch job's output), then the evidence (stamp
 * and receipt). This file sets the outputs and turns the runner's SIGINT/SIGTERM into a cancellation of what runs.
 */
import { type RuntimeDependencies, runAction } from '#shared/action.js';
import { lastLookMargin } from '#shared/deadline.js';
import { VerdictError } from '#shared/errors.js';
import { writeOutputFile } from '#shared/output-files.js';
import { createRunnerCore } from '#shared/runner-core.js';
import { definition } from './definition.js';
import { JobFailedError, type ScoringOutcome, StepCancelledError } from './scoring-run.js';

const SIGNALS = ['SIGINT', 'SIGTERM'] as const;

export function run(
  deps: RuntimeDependencies = { core: createRunnerCore(), env: process.env },
): Promise<void> {
  return runAction(definition, deps, async (context) => {
    const { inputs, logger, env, clock, masker, summary, action } = context;
    // The watchers' last look comes just before the run's deadline, which cuts off every request but the
    // cancellation of what the step started (shared/deadline.ts).
    const deadline = clock() + inputs.timeout - lastLookMargin(inputs.timeout);
    const runDeadline = context.deadline;
    const cleanup = <T>(work: () => Promise<T>): Promise<T> =>
      runDeadline ? runDeadline.afterDeadline(work) : work();
    const cancellation = new AbortController();
    // The runner cancels a step with SIGINT, then SIGTERM: either aborts the wait, and the job is cancelled.
    const onSignal = (signal: NodeJS.Signals) => cancellation.abort(new StepCancelledError(signal));
    for (const signal of SIGNALS) process.once(signal, onSignal);
    try {
      const { prepareScoring } = await import('./prepare.js');
      const prepared = await prepareScoring(inputs, { env, workspace: context.workspace, logger });

      const { connectAction } = await import('#shared/azure/connection.js');
      const azure = await connectAction(context);
      const { checkLiveRelease } = await import('./live-checks.js');
      const release = await checkLiveRelease(prepared, {
        azure,
        logger,
        mask: (secret) => masker.mask(secret),
      });
      const redact = (text: string) => masker.redact(text);

      const pipelinePlan = prepared.pipeline
        ? await (await import('./pipeline/pipeline-scoring.js')).planPipelineRun(prepared, {
            azure,
            logger,
            masker,
            database: prepared.pipeline.database,
          })
        : undefined;

      if (inputs.dryRun) {
        const [{ planScoring }, { planDocument, writePlanSummary }] = await Promise.all([
          import('./dry-run.js'),
          import('./report.js'),
        ]);
        if (pipelinePlan) {
          const document = {
            dryRun: true,
            mode: 'pipeline',
            useCase: pipelinePlan.useCase.id,
            ...(pipelinePlan.service.target === 'synapse'
              ? { synapseWorkspace: pipelinePlan.service.host }
              : { factory: pipelinePlan.service.host }),
            pipeline: pipelinePlan.pipeline,
            parameters: pipelinePlan.parameters,
            expectations: prepared.expectations
              ? { file: prepared.expectations.file, digest: prepared.expectations.digest }
              : null,
          };
          summary.heading(`Integration scoring (${inputs.environment}): plan`, 2);
          summary.paragraph(
            `Would run pipeline ${pipelinePlan.pipeline} of ${pipelinePlan.service.label} for use case ${pipelinePlan.useCase.id}, then validate the output of every batch job it starts.`,
          );
          const path = await writeOutputFile({ env, action: action.name, name: 'plan', document, redact });
          context.setOutput('report', path);
          context.setOutput('validated', false);
          logger.info('Dry run: no pipeline run was started and nothing was tagged.');
          return;
        }
        const plan = planScoring(prepared, release, inputs);
        writePlanSummary(summary, plan);
        const document = planDocument(plan);
        const path = await writeOutputFile({ env, action: action.name, name: 'plan', document, redact });
        context.setOutput('report', path);
        context.setOutput('validated', false);
        logger.info('Dry run: nothing was uploaded, started or tagged.');
        return;
      }

      let outcome: ScoringOutcome;
      try {
        const common = { azure, logger, clock, deadline, cleanup, signal: cancellation.signal, env };
        outcome = pipelinePlan
          ? await (await import('./pipeline/pipeline-scoring.js')).scoreThroughPipeline(
              pipelinePlan,
              release,
              {
                ...common,
                mask: (secret) => masker.mask(secret),
                countInputRows: prepared.expectations?.rows?.kind === 'input',
              },
            )
          : await (await import('./endpoint/endpoint-scoring.js')).scoreThroughEndpoint(prepared, release, {
              ...common,
              environment: inputs.environment,
              userAgent: `${action.name}/${action.version}`,
            });
      } catch (error) {
        if (error instanceof JobFailedError) {
          context.setOutput('job-id', error.job.id);
          context.setOutput('status', error.job.status);
          context.setOutput('validated', false);
        }
        throw error;
      }
      context.setOutput('job-id', outcome.job.id);
      context.setOutput('status', outcome.job.status);
      context.setOutput('output-uri', outcome.outputUri);
      context.setOutput('output-path', outcome.outputPath);

      const { validateOutput, validateOutputs } = await import('./expectations/validation.js');
      const validation = await logger.group('Validate the output', () =>
        validateOutputs(
          outcome.parts ?? [
            {
              jobName: outcome.job.id,
              outputUri: outcome.outputUri,
              files: outcome.files,
              inputRows: release.inputRows,
            },
          ],
          (part) =>
            validateOutput({
              files: part.files,
              expectations: prepared.expectations,
              golden: prepared.golden,
              inputRows: part.inputRows,
              durationMs: outcome.durationMs,
            }),
        ),
      );
      context.setOutput('rows-scored', validation.rows);
      context.setOutput('validated', validation.validated);

      const evidence = await import('./evidence.js');
      const stamped =
        validation.validated && inputs.stampValidation
          ? await logger.group('Stamp the model version', () =>
              evidence.stampModel(release.scope, release.model, inputs.environment, prepared.run, logger),
            )
          : undefined;
      context.setOutput(
        'receipt',
        evidence.integrationReceipt({
          environment: inputs.environment,
          subscriptionId: inputs.subscriptionId,
          scope: release.scope,
          run: prepared.run,
          time: clock(),
          outcome,
          rowsScored: validation.rows,
          validated: validation.validated,
          model: release.model,
          expectationsDigest: prepared.expectations?.digest,
          metadataReceipt: prepared.metadataReceipt,
        }),
      );

      const { reportDocument, reportFailures, writeSummary } = await import('./report.js');
      const { amlReceipt: aml, expectations } = prepared;
      const { model } = release;
      const facts = {
        action,
        environment: inputs.environment,
        outcome,
        endpoint: { name: aml.endpoint.name, deployment: aml.deployment.name },
        model: {
          name: model.name,
          version: model.version,
          id: model.id,
          contentDigest: model.content.digest,
        },
        input: pipelinePlan
          ? {
              uri: `use case ${pipelinePlan.useCase.id}: pipeline ${pipelinePlan.pipeline} (${pipelinePlan.useCase.input_location})`,
              rows: outcome.parts?.every((part) => part.inputRows !== undefined)
                ? outcome.parts.reduce((sum, part) => sum + part.inputRows!, 0)
                : undefined,
            }
          : {
              uri: (await import('./endpoint/endpoint-scoring.js')).inputUri(prepared, release),
              rows: release.inputRows,
            },
        expectations: expectations ? { file: expectations.file, digest: expectations.digest } : undefined,
        validation,
      };
      writeSummary(summary, facts, stamped);
      const path = await writeOutputFile({
        env,
        action: action.name,
        name: `report-${outcome.job.id}`,
        document: reportDocument(facts),
        redact,
      });
      context.setOutput('report', path);
      if (!validation.validated) throw new VerdictError(reportFailures(logger, validation, outcome.job.id));
      logger.info(
        `Validated: every expectation met by the output of ${outcome.mode === 'pipeline' ? `every batch job of pipeline run '${outcome.job.id}'` : `batch job '${outcome.job.id}'`}.`,
      );
    } finally {
      for (const signal of SIGNALS) process.off(signal, onSignal);
    }
  });
}
