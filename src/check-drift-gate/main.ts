import * as core from '@actions/core';
import { type RuntimeDependencies, runAction } from '#shared/action.js';
import { resolveAzureAccess } from '#shared/azure/azure-inputs.js';
import { loadCaCertificates, resolveCloud } from '#shared/azure/clouds.js';
import { createCredential } from '#shared/azure/credential.js';
import { formatDuration } from '#shared/azure/polling.js';
import { ConfigurationError, describeError, TimeoutError } from '#shared/errors.js';
import { buildDriftReceipt } from '#shared/receipts/builders.js';
import { encodeReceipt } from '#shared/receipts/encoding.js';
import { parseReceiptInput } from '#shared/receipts/parse.js';
import { runInfoFromEnvironment } from '#shared/receipts/run-info.js';
import { buildEnvelopes, parseConnectionString, sendEnvelopes } from './app-insights.js';
import { definition } from './definition.js';
import { dispatchPayload, sendDispatch } from './dispatch.js';
import { parseFeatureTypes } from './feature-types.js';
import type { GateResult } from './gate.js';
import { parseMetrics, parseThresholds } from './metric-plan.js';
import { PRESETS } from './presets.js';
import { resolveSources } from './readers/sources.js';
import { buildReport, reportDigest, writeReport } from './report.js';
import { writeDriftSummary } from './summary.js';
import { DriftDetectedError, describeVerdict } from './verdict.js';

/** `\t` (as YAML passes it) means tab; any other delimiter is one ASCII character. */
function csvDelimiter(raw: string): string {
  const delimiter = raw === '\\t' ? '\t' : raw;
  if (delimiter.length !== 1 || delimiter.charCodeAt(0) > 0x7f || /["\r\n]/.test(delimiter)) {
    throw new ConfigurationError(
      `Input 'csv-delimiter' must be one ASCII character other than a quote or line break (\\t for tab); got '${raw}'.`,
      { input: 'csv-delimiter' },
    );
  }
  return delimiter;
}

export function run(deps: RuntimeDependencies = { core, env: process.env }): Promise<void> {
  return runAction(
    definition,
    deps,
    async ({ inputs, logger, masker, env, workspace, summary, clock, setOutput, action }) => {
      // Everything the inputs say is checked before the first byte of data is read.
      const access = resolveAzureAccess(inputs);
      // The aml receipt only names the model and the Azure coordinates for the drift receipt: the gate deploys
      // nothing on it, so it is parsed but not verified against live state.
      const aml = parseReceiptInput(definition.inputs.amlReceipt, inputs.amlReceipt, {
        environment: inputs.environment,
      });
      const modelName = inputs.modelName ?? aml?.model.name;
      const modelVersion = inputs.modelVersion ?? aml?.model.version;
      const preset = PRESETS[inputs.preset];
      const config = {
        preset,
        metrics: parseMetrics(inputs.metrics),
        thresholds: parseThresholds(inputs.thresholds),
        featureTypes: parseFeatureTypes(inputs.featureTypes),
        features: inputs.features,
        excludeFeatures: inputs.excludeFeatures ?? [],
        driftShare: inputs.driftShare,
        exactLimit: inputs.exactLimit,
        csvDelimiter: csvDelimiter(inputs.csvDelimiter),
      };
      const connection =
        inputs.appInsightsConnectionString === undefined
          ? undefined
          : parseConnectionString(inputs.appInsightsConnectionString);
      if (connection) masker.mask(connection.instrumentationKey);
      const dispatchRepository = inputs.dispatchRepository ?? env.GITHUB_REPOSITORY;
      if (inputs.onDrift === 'dispatch') {
        if (!dispatchRepository) {
          throw new ConfigurationError(
            'Input required and not supplied: dispatch-repository (on-drift is dispatch and GITHUB_REPOSITORY is not set)',
            { input: 'dispatch-repository' },
          );
        }
        if (!inputs.githubToken) {
          throw new ConfigurationError(
            'Input required and not supplied: github-token (on-drift is dispatch; the default is the job token, ${{ github.token }})',
            { input: 'github-token' },
          );
        }
      }
      const signal = AbortSignal.timeout(inputs.timeout);
      let credential: ReturnType<typeof createCredential> | undefined;
      const sourceOptions = {
        workspace,
        format: inputs.format,
        masker,
        signal,
        credential: () => {
          credential ??= (async () => {
            const caCertificates = await loadCaCertificates(access.cloud.caCertificatePath);
            return createCredential(access.auth, resolveCloud(access.cloud), {
              env,
              requestIdToken: (audience) => deps.core.getIDToken(audience),
              logger,
              clock,
              ...(caCertificates ? { caCertificates } : {}),
            });
          })();
          return credential;
        },
      };
      const reference = await resolveSources(inputs.reference, { ...sourceOptions, side: 'reference' });
      const current = await resolveSources(inputs.current, { ...sourceOptions, side: 'current' });

      const started = clock();
      // The readers and statistics load once the inputs are known to be good: a step that fails on its inputs, and
      // the cold start every scheduled run pays before that, never parse them.
      const { runGate } = await import('./gate.js');
      let result: GateResult;
      try {
        result = await logger.group('Computing drift', () =>
          runGate(config, { reference, current, logger, signal }),
        );
      } catch (error) {
        if (signal.aborted) {
          throw new TimeoutError(
            `The drift gate did not finish within the timeout (${formatDuration(inputs.timeout)}); raise 'timeout' or read less data.`,
          );
        }
        throw error;
      }
      logger.info(
        `${result.driftedFeatures.length} of ${result.features.length} features drifted (share ${result.driftShare.toFixed(3)}): ${result.drifted ? 'dataset drift' : 'no dataset drift'} (${formatDuration(clock() - started)})`,
      );

      const run = runInfoFromEnvironment(env);
      const now = clock();
      const time = new Date(now).toISOString();
      const model = modelName === undefined ? undefined : { name: modelName, version: modelVersion ?? '' };
      const report = buildReport(result, {
        action,
        environment: inputs.environment,
        model,
        run,
        time,
        onDrift: inputs.onDrift,
        dryRun: inputs.dryRun,
      });
      const digest = reportDigest(report);
      const reportPath = await writeReport(report, env, inputs.environment, (text) => masker.redact(text));

      const outcomes: string[] = [];
      let metricsSent = 0;
      let metricsFailure: string | undefined;
      if (connection === undefined)
        outcomes.push('No metrics sent: app-insights-connection-string is not set.');
      else if (inputs.dryRun) outcomes.push('No metrics sent: dry run.');
      else {
        const envelopes = buildEnvelopes(
          result,
          {
            model: modelName ?? '',
            version: modelVersion ?? '',
            environment: inputs.environment,
            runUrl: run.url ?? '',
            preset: result.preset,
            runId: run.runId,
          },
          connection.instrumentationKey,
          new Date(clock()),
        );
        const outcome = await logger.group('Sending metrics to Application Insights', () =>
          sendEnvelopes(envelopes, {
            endpoint: connection.ingestionEndpoint,
            logger,
            userAgent: `${action.name}/${action.version}`,
            signal,
            clock,
          }).catch((error: unknown) => ({
            sent: envelopes.length,
            accepted: 0,
            failed: envelopes.length,
            requests: 0,
            retries: 0,
            errors: [describeError(error).message],
          })),
        );
        metricsSent = outcome.accepted;
        outcomes.push(
          `Application Insights accepted ${outcome.accepted} of ${outcome.sent} metric values (${outcome.requests} requests, ${outcome.retries} retries).`,
        );
        if (outcome.failed > 0) {
          metricsFailure = `Application Insights did not accept ${outcome.failed} of ${outcome.sent} metric values: ${outcome.errors.slice(0, 3).join('; ')}`;
          outcomes.push(metricsFailure);
          logger.warning(metricsFailure);
        }
      }

      if (result.drifted && inputs.onDrift === 'dispatch') {
        if (inputs.dryRun)
          outcomes.push(
            `Dry run: the ${inputs.dispatchEventType} event to ${dispatchRepository} was not sent.`,
          );
        else {
          await logger.group('Dispatching retraining', () =>
            sendDispatch({
              repository: dispatchRepository!,
              eventType: inputs.dispatchEventType,
              token: inputs.githubToken!,
              payload: dispatchPayload(result, {
                model: modelName ?? '',
                modelVersion: modelVersion ?? '',
                environment: inputs.environment,
                runUrl: run.url ?? '',
                reportDigest: digest,
              }),
              logger,
            }),
          );
          outcomes.push(
            `Sent the repository_dispatch event '${inputs.dispatchEventType}' to ${dispatchRepository}.`,
          );
          logger.info(
            `Sent the repository_dispatch event '${inputs.dispatchEventType}' to ${dispatchRepository}`,
          );
        }
      }

      writeDriftSummary(summary, result, {
        environment: inputs.environment,
        model: model ? `${model.name}${model.version ? `:${model.version}` : ''}` : undefined,
        onDrift: inputs.onDrift,
        dryRun: inputs.dryRun,
        reportPath,
        outcomes,
      });

      const receipt = buildDriftReceipt({
        environment: inputs.environment,
        ...(aml ? { amlReceipt: aml } : {}),
        run,
        time: now,
        drifted: result.drifted,
        driftShare: result.driftShare,
        driftedFeatures: result.driftedFeatures,
        ...(model ? { model } : {}),
        reportDigest: digest,
      });
      setOutput('drifted', result.drifted);
      setOutput('drift-share', result.driftShare);
      setOutput('drifted-features', result.driftedFeatures);
      setOutput('report', reportPath);
      setOutput('metrics-sent', metricsSent);
      setOutput('receipt', encodeReceipt(receipt));

      if (result.drifted && inputs.onDrift === 'fail') {
        throw new DriftDetectedError(inputs.environment, result, reportPath);
      }
      if (result.drifted)
        logger.warning(`Dataset drift in ${inputs.environment}: ${describeVerdict(result)}.`, {
          title: 'Model drift',
        });
      if (metricsFailure && inputs.failOnMetricsError) {
        throw new Error(`${metricsFailure} (fail-on-metrics-error is true)`);
      }
    },
  );
}
