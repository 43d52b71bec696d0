/**
 * The model every source is read into and every later step works on: one artifact per ADF resource, with where it
 * came from so a finding can name the file and line. The git folder and the publish ARM template of one factory
 * produce the same artifacts. Shared (src/shared/adf/) because the actions after deploy-adf-pipelines read the
 * factory too, to verify the adf receipt.
 */
import type { DocumentPath } from '../documents.js';
import type { SourceLocation } from '../errors.js';

export const ARTIFACT_KINDS = [
  'factory',
  'integrationRuntime',
  'credential',
  'managedVirtualNetwork',
  'managedPrivateEndpoint',
  'linkedService',
  'dataset',
  'dataflow',
  'changeDataCapture',
  'notebook',
  'sqlScript',
  'sparkJobDefinition',
  'pipeline',
  'trigger',
  'globalParameters',
] as const;

export type ArtifactKind = (typeof ARTIFACT_KINDS)[number];

/** Kinds only a Synapse workspace has (its git folder and publish template hold them; a data factory has none). */
export const SYNAPSE_ONLY_KINDS = ['notebook', 'sqlScript', 'sparkJobDefinition'] as const;

export type SynapseOnlyKind = (typeof SYNAPSE_ONLY_KINDS)[number];

export function isSynapseOnlyKind(kind: ArtifactKind): kind is SynapseOnlyKind {
  return (SYNAPSE_ONLY_KINDS as readonly ArtifactKind[]).includes(kind);
}

export interface ArtifactSource {
  /** The file as shown to the user (workspace-relative). */
  readonly file: string;
  /** The location of a value inside the artifact's `properties` (path relative to `properties`). */
  locate(path: DocumentPath): SourceLocation;
  /** Where the artifact is named (the `name` key), for naming and duplicate findings. */
  readonly nameAt: SourceLocation;
}

export interface AdfArtifact {
  readonly kind: ArtifactKind;
  /**
   * The resource name. Managed private endpoints are named `<managedVirtualNetwork>/<endpoint>`, the way the
   * ARM template names them below the factory; global parameters are named `default`.
   */
  readonly name: string;
  /** The JSON body's `properties` (for global parameters: the map of parameters). */
  readonly properties: Record<string, unknown>;
  readonly source: ArtifactSource;
}

export interface KindInfo {
  /** Folder of the git-integration layout (relative to the root). */
  readonly folder: string | undefined;
  /** ARM resource type below `Microsoft.DataFactory/factories`, as the publish template spells it. */
  readonly armType: string | undefined;
  /** The `@azure/arm-datafactory` operation group (client property) that reads and writes this kind. */
  readonly operationGroup: string | undefined;
  /** How ADF spells a reference to this kind (`{ referenceName, type }`), if it can be referenced. */
  readonly referenceType: string | undefined;
  /** Which naming rule applies (src/shared/adf/names.ts). */
  readonly nameRule: 'child' | 'childNoDash' | 'integrationRuntime' | 'shortChild' | 'factory' | 'none';
}

export const KINDS: Readonly<Record<ArtifactKind, KindInfo>> = {
  factory: {
    folder: 'factory',
    armType: undefined,
    operationGroup: 'factories',
    referenceType: undefined,
    nameRule: 'factory',
  },
  integrationRuntime: {
    folder: 'integrationRuntime',
    armType: 'integrationRuntimes',
    operationGroup: 'integrationRuntimes',
    referenceType: 'IntegrationRuntimeReference',
    nameRule: 'integrationRuntime',
  },
  credential: {
    folder: 'credential',
    armType: 'credentials',
    operationGroup: 'credentialOperations',
    referenceType: 'CredentialReference',
    nameRule: 'shortChild',
  },
  managedVirtualNetwork: {
    folder: 'managedVirtualNetwork',
    armType: 'managedVirtualNetworks',
    operationGroup: 'managedVirtualNetworks',
    referenceType: 'ManagedVirtualNetworkReference',
    nameRule: 'shortChild',
  },
  managedPrivateEndpoint: {
    folder: 'managedVirtualNetwork/*/managedPrivateEndpoint',
    armType: 'managedVirtualNetworks/managedPrivateEndpoints',
    operationGroup: 'managedPrivateEndpoints',
    referenceType: undefined,
    nameRule: 'shortChild',
  },
  linkedService: {
    folder: 'linkedService',
    armType: 'linkedServices',
    operationGroup: 'linkedServices',
    referenceType: 'LinkedServiceReference',
    nameRule: 'childNoDash',
  },
  dataset: {
    folder: 'dataset',
    armType: 'datasets',
    operationGroup: 'datasets',
    referenceType: 'DatasetReference',
    nameRule: 'childNoDash',
  },
  dataflow: {
    folder: 'dataflow',
    armType: 'dataflows',
    operationGroup: 'dataFlows',
    referenceType: 'DataFlowReference',
    nameRule: 'childNoDash',
  },
  changeDataCapture: {
    folder: 'adfcdc',
    armType: 'adfcdcs',
    operationGroup: 'changeDataCapture',
    referenceType: undefined,
    nameRule: 'child',
  },
  notebook: {
    folder: 'notebook',
    armType: 'notebooks',
    operationGroup: undefined,
    referenceType: 'NotebookReference',
    nameRule: 'child',
  },
  sqlScript: {
    folder: 'sqlscript',
    armType: 'sqlscripts',
    operationGroup: undefined,
    referenceType: undefined,
    nameRule: 'child',
  },
  sparkJobDefinition: {
    folder: 'sparkJobDefinition',
    armType: 'sparkJobDefinitions',
    operationGroup: undefined,
    referenceType: 'SparkJobDefinitionReference',
    nameRule: 'child',
  },
  pipeline: {
    folder: 'pipeline',
    armType: 'pipelines',
    operationGroup: 'pipelines',
    referenceType: 'PipelineReference',
    nameRule: 'child',
  },
  trigger: {
    folder: 'trigger',
    armType: 'triggers',
    operationGroup: 'triggers',
    referenceType: 'TriggerReference',
    nameRule: 'child',
  },
  globalParameters: {
    folder: undefined,
    armType: 'globalparameters',
    operationGroup: 'globalParameters',
    referenceType: undefined,
    nameRule: 'none',
  },
};

/** The kind a reference `type` points at (`DatasetReference` -> `dataset`). */
export const KIND_BY_REFERENCE_TYPE: ReadonlyMap<string, ArtifactKind> = new Map(
  ARTIFACT_KINDS.flatMap((kind) => {
    const type = KINDS[kind].referenceType;
    return type ? [[type, kind] as const] : [];
  }),
);

/**
 * The kind of an ARM resource type, case-insensitive: a data factory's (`Microsoft.DataFactory/factories/pipelines`,
 * ARMTemplateForFactory.json) or a Synapse workspace's (`Microsoft.Synapse/workspaces/pipelines`, the publish
 * template TemplateForWorkspace.json, which names its resources below the workspace the same way).
 */
export function kindOfArmType(type: string): ArtifactKind | 'factoryResource' | undefined {
  const lower = type.toLowerCase();
  if (lower === 'microsoft.datafactory/factories') return 'factoryResource';
  const prefix = ['microsoft.datafactory/factories/', 'microsoft.synapse/workspaces/'].find((p) =>
    lower.startsWith(p),
  );
  if (!prefix) return undefined;
  const rest = lower.slice(prefix.length);
  return ARTIFACT_KINDS.find((kind) => KINDS[kind].armType?.toLowerCase() === rest);
}

/** `pipeline 'Score'`: how findings and plans name an artifact. */
export function describeArtifact(artifact: { kind: ArtifactKind; name: string }): string {
  return `${artifact.kind} '${artifact.name}'`;
}

/** Identity for maps: ADF names are case-insensitive for uniqueness. */
export function artifactKey(kind: ArtifactKind, name: string): string {
  return `${kind}/${name.toLowerCase()}`;
}

/** Stable order for output: by kind (deploy order of kinds), then name. */
export function compareArtifacts(a: { kind: ArtifactKind; name: string }, b: typeof a): number {
  const byKind = ARTIFACT_KINDS.indexOf(a.kind) - ARTIFACT_KINDS.indexOf(b.kind);
  if (byKind !== 0) return byKind;
  const x = a.name.toLowerCase();
  const y = b.name.toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
}
