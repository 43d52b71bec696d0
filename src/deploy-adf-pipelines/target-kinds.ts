/**
 * What the chosen target cannot hold, refused with each artifact's file and line before anything else is checked.
 *
 * A Synapse workspace has no global parameters: a `globalParameters` resource (the ADF folder's factory/<name>.json,
 * the template's `globalparameters` resource) is refused, and so is every expression that reads one
 * (`pipeline().globalParameters.x`), which Synapse would accept and then fail at run time. The fix is a pipeline
 * parameter with the value as its default (what examples/synapse does). Synapse's managed virtual networks and
 * private endpoints are workspace settings, and change data capture is ADF's: this action does not deploy them to a
 * workspace. A data factory has no notebooks, SQL scripts or Spark job definitions.
 */
import { type AdfArtifact, describeArtifact, isSynapseOnlyKind } from '#shared/adf/artifacts.js';
import type { DocumentPath } from '#shared/json-documents.js';
import { isRecord } from '#shared/values.js';
import type { Problem } from './problems.js';

const GLOBAL_PARAMETER_READ = /pipeline\(\)\s*\.\s*globalParameters\b/i;

/** Paths in `value` of the strings that read a global parameter. */
function globalParameterReads(value: unknown, path: DocumentPath = []): DocumentPath[] {
  if (typeof value === 'string') return GLOBAL_PARAMETER_READ.test(value) ? [path] : [];
  if (Array.isArray(value))
    return value.flatMap((item, index) => globalParameterReads(item, [...path, index]));
  if (isRecord(value)) {
    return Object.entries(value).flatMap(([key, item]) => globalParameterReads(item, [...path, key]));
  }
  return [];
}

export function targetProblems(artifacts: readonly AdfArtifact[], target: 'factory' | 'synapse'): Problem[] {
  const problems: Problem[] = [];
  for (const artifact of artifacts) {
    if (target === 'factory') {
      if (isSynapseOnlyKind(artifact.kind)) {
        problems.push({
          message: `${describeArtifact(artifact)} is a Synapse artifact: a data factory has no ${artifact.kind}. Deploy this source with target: synapse (and synapse-workspace), or remove it.`,
          location: artifact.source.nameAt,
        });
      }
      continue;
    }
    if (artifact.kind === 'globalParameters') {
      problems.push({
        message:
          'global parameters: a Synapse workspace has none, so they cannot be deployed to one. Make each a parameter (with its value as default) of the pipelines that read it, read it as pipeline().parameters.<name>, and leave the factory/ file or globalparameters resource out of the Synapse source.',
        location: artifact.source.locate([]),
      });
      continue;
    }
    if (['managedVirtualNetwork', 'managedPrivateEndpoint', 'changeDataCapture'].includes(artifact.kind)) {
      problems.push({
        message: `${describeArtifact(artifact)}: this action does not deploy ${artifact.kind} artifacts to a Synapse workspace (managed networks are workspace settings; change data capture is Data Factory's). Remove it from the Synapse source or exclude it.`,
        location: artifact.source.nameAt,
      });
      continue;
    }
    for (const path of globalParameterReads(artifact.properties)) {
      problems.push({
        message: `${describeArtifact(artifact)} reads a global parameter (pipeline().globalParameters), which a Synapse workspace does not have: the run would fail. Make it a pipeline parameter with a default and read pipeline().parameters.<name>.`,
        location: artifact.source.locate(path),
      });
    }
  }
  return problems;
}
