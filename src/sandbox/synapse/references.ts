/**
 * What a workspace artifact references, resolved as the service resolves Data Factory documents (the same walk,
 * arm/datafactory/references.ts), with Synapse's own reference types: a pipeline's SynapseNotebook and SparkJob
 * activities name a notebook and a Spark job definition. References to Spark and SQL pools
 * (`BigDataPoolReference`, `SqlPoolReference`) are not checked: pools are ARM resources the sandbox does not
 * emulate. AutoResolveIntegrationRuntime is a real artifact of every workspace (it is listed), so it resolves.
 */
import { type ReferenceVocabulary, referencesIn } from '../arm/datafactory/references.js';
import type { ArtifactKind } from './kinds.js';
import { ARTIFACT_KINDS } from './kinds.js';
import { artifactsOf, type Json, type StoredResource, type StoredWorkspace } from './store.js';

const SYNAPSE: ReferenceVocabulary<ArtifactKind> = {
  kindByType: {
    PipelineReference: 'pipelines',
    DatasetReference: 'datasets',
    LinkedServiceReference: 'linkedservices',
    DataFlowReference: 'dataflows',
    TriggerReference: 'triggers',
    IntegrationRuntimeReference: 'integrationRuntimes',
    CredentialReference: 'credentials',
    NotebookReference: 'notebooks',
    SparkJobDefinitionReference: 'sparkJobDefinitions',
  },
  isBuiltIn: () => false,
};

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** The first reference in `properties` that names no artifact of the workspace (a document may name itself). */
export function missingReference(
  workspace: StoredWorkspace,
  kind: ArtifactKind,
  name: string,
  properties: Json,
): { readonly kind: ArtifactKind; readonly name: string } | undefined {
  return referencesIn(properties, SYNAPSE).find(
    (ref) =>
      !artifactsOf(workspace, ref.kind)[ref.name.toLowerCase()] &&
      !(ref.kind === kind && same(ref.name, name)),
  );
}

/** Another artifact that references this one, which the service will not let go. */
export function referrer(
  workspace: StoredWorkspace,
  kind: ArtifactKind,
  name: string,
): StoredResource | undefined {
  for (const other of ARTIFACT_KINDS) {
    for (const [lower, artifact] of Object.entries(artifactsOf(workspace, other))) {
      if (other === kind && lower === name.toLowerCase()) continue;
      const refs = referencesIn(artifact.properties, SYNAPSE);
      if (refs.some((ref) => ref.kind === kind && same(ref.name, name))) return artifact;
    }
  }
  return undefined;
}
