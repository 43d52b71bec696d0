/**
 * A dry run's plan: what a real run would upload, start, validate and tag — from the same checks a real run makes
 * (the receipts verified live, the model's digest computed, the input found), with nothing written.
 */
import { datastoreUri } from '#shared/azure/datastore-uris.js';
import { inputUri, outputFolder } from './endpoint/endpoint-scoring.js';
import { stampTags } from './evidence.js';
import type { LiveRelease } from './live-checks.js';
import { endpointInput, type PreparedScoring } from './prepare.js';
import type { PlanFacts } from './report.js';

export function planScoring(
  prepared: PreparedScoring,
  release: LiveRelease,
  options: { readonly environment: string; readonly stampValidation: boolean },
): PlanFacts {
  const aml = prepared.amlReceipt;
  const { expectations } = prepared;
  const input = endpointInput(prepared);
  const { model } = release;
  return {
    environment: options.environment,
    endpoint: {
      name: aml.endpoint.name,
      deployment: aml.deployment.name,
      scoringUri: aml.endpoint.scoringUri,
    },
    model: { name: model.name, version: model.version, contentDigest: model.content.digest },
    input: {
      uri: inputUri(prepared, release),
      ...(input.kind === 'local'
        ? {
            upload: {
              files: input.content.files.length,
              bytes: input.content.bytes,
              from: input.content.shown,
            },
          }
        : {}),
    },
    outputUri: datastoreUri(release.datastore.name, outputFolder(prepared, options.environment)),
    expectations: expectations ? { file: expectations.file, digest: expectations.digest } : undefined,
    stamp: options.stampValidation
      ? { tags: stampTags(options.environment, prepared.run, model) }
      : undefined,
  };
}
