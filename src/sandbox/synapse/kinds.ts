/**
 * The workspace artifact kinds, one description each, and how the service presents them. artifacts.ts serves every
 * data-plane kind from its description, so what differs between kinds is written here and nowhere else.
 *
 * Seen in real answers (azure-cli synapse recordings test_pipeline/test_trigger/test_linked_service.yaml,
 * azure-sdk-for-net Synapse.Artifacts session records): ids and types use the lower-case path segment
 * (`.../linkedservices/x`, `Microsoft.Synapse/workspaces/notebooks`); a write's 202 names the kind in PascalCase
 * (`Pipeline`, `LinkedService`, `DataFlow`, `Trigger`, `Notebook`; the others by the same rule, assumed) and its
 * id spells linked services `linkedServices`; a missing artifact is `<Kind>NotFound`; a pipeline carries a
 * `lastPublishTime` the service sets on every publish; a trigger a `runtimeState`; SecureString values come back
 * masked, as in Data Factory. Integration runtimes are ARM resources in Synapse (the data plane only reads them),
 * see integration-runtimes.ts.
 */
import { randomUUID } from 'node:crypto';
import { maskSecrets } from '../arm/datafactory/secure-strings.js';
import type { Json, StoredResource } from '../arm/datafactory/store.js';
import { type StoredWorkspace, workspaceId } from './store.js';

export type ArtifactKind =
  | 'pipelines'
  | 'datasets'
  | 'linkedservices'
  | 'dataflows'
  | 'triggers'
  | 'notebooks'
  | 'sqlScripts'
  | 'sparkJobDefinitions'
  | 'credentials'
  | 'integrationRuntimes';

/** A name's rule: the pattern and lengths of the spec's path parameter, where it gives one. */
interface NameRule {
  readonly valid: (name: string) => boolean;
  readonly problem: (name: string) => string;
}

const NAME = /^[A-Za-z0-9_][^<>*#.%&:\\+?/]*$/;

/** The spec's rule for pipelines, datasets, linked services, data flows and triggers; Studio names notebooks alike. */
const ARTIFACT_NAME: NameRule = {
  valid: (name) => name.length >= 1 && name.length <= 260 && NAME.test(name),
  problem: (name) =>
    `The name '${name}' is invalid: it must start with a letter, a digit or '_', be at most 260 characters, ` +
    'and not contain any of < > * # . % & : \\ + ? /.',
};

const CREDENTIAL_NAME: NameRule = {
  valid: (name) => /^([_A-Za-z0-9]|([_A-Za-z0-9][-_A-Za-z0-9]{0,125}[_A-Za-z0-9]))$/.test(name),
  problem: (name) =>
    `The name '${name}' is invalid: a credential name has 1 to 127 letters, digits, '_' and '-', ` +
    'starting and ending with a letter, a digit or _.',
};

/** The ARM rule (IntegrationRuntimes_Create's path parameter): letters, digits and single hyphens, 3 to 63. */
const RUNTIME_NAME: NameRule = {
  valid: (name) => name.length >= 3 && name.length <= 63 && /^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/.test(name),
  problem: (name) =>
    `The name '${name}' is invalid: an integration runtime name has 3 to 63 letters, digits and single hyphens, starting and ending with a letter or digit.`,
};

export interface KindInfo {
  /** The REST path segment under the endpoint (`sqlScripts`), as the spec spells it. */
  readonly path: string;
  /** The segment in ids and `type` (lower case). */
  readonly segment: string;
  /** The kind as a write's 202 and a 404 name it (`LinkedService`). */
  readonly typeName: string;
  /** How a 202 spells the segment in the artifact's id, where it differs (`linkedServices`). */
  readonly acceptedSegment?: string;
  readonly name: NameRule;
  /** Read-only fields a client may echo back from a GET: the service keeps its own. */
  readonly readOnly: readonly string[];
  /** The service's own fields after a write at `now` (a pipeline's lastPublishTime), from the previous ones. */
  readonly serverFields: (previous: Json | undefined, now: number) => Json;
  /** What the service keeps from creation on but does not show. */
  readonly internalFields: () => Json;
  /** `properties` as GET shows them, before the server fields. */
  readonly shown: (resource: StoredResource, workspace: string) => Json;
  /** False where the data plane only reads the kind (integration runtimes are written through ARM). */
  readonly dataPlaneWrites: boolean;
}

const kind = (
  path: string,
  typeName: string,
  overrides: Partial<Omit<KindInfo, 'path' | 'typeName'>> = {},
): KindInfo => ({
  path,
  segment: path.toLowerCase(),
  typeName,
  name: ARTIFACT_NAME,
  readOnly: [],
  serverFields: (previous) => previous ?? {},
  internalFields: () => ({}),
  shown: (resource) => resource.properties,
  dataPlaneWrites: true,
  ...overrides,
});

/** `2021-09-14T07:15:19Z`: the service writes publish times to the second. */
const publishTime = (now: number) => new Date(now).toISOString().replace(/\.\d{3}Z$/, 'Z');

export const KINDS: Readonly<Record<ArtifactKind, KindInfo>> = {
  pipelines: kind('pipelines', 'Pipeline', {
    readOnly: ['lastPublishTime'],
    serverFields: (_previous, now) => ({ lastPublishTime: publishTime(now) }),
  }),
  datasets: kind('datasets', 'Dataset'),
  linkedservices: kind('linkedservices', 'LinkedService', {
    acceptedSegment: 'linkedServices',
    internalFields: () => ({ credentialId: randomUUID() }),
    shown: (resource, workspace) =>
      maskSecrets(
        resource.properties,
        `${workspace.toUpperCase()}_${String(resource.internal.credentialId).toLowerCase()}`,
      ),
  }),
  dataflows: kind('dataflows', 'DataFlow'),
  // Runtime state: a trigger starts Stopped; start and stop change it (triggers.ts).
  triggers: kind('triggers', 'Trigger', {
    readOnly: ['runtimeState'],
    serverFields: (previous) => ({ runtimeState: previous?.runtimeState ?? 'Stopped' }),
  }),
  notebooks: kind('notebooks', 'Notebook'),
  sqlScripts: kind('sqlScripts', 'SqlScript'),
  sparkJobDefinitions: kind('sparkJobDefinitions', 'SparkJobDefinition'),
  credentials: kind('credentials', 'Credential', { name: CREDENTIAL_NAME }),
  integrationRuntimes: kind('integrationRuntimes', 'IntegrationRuntime', {
    name: RUNTIME_NAME,
    dataPlaneWrites: false,
  }),
};

export const ARTIFACT_KINDS = Object.keys(KINDS) as ArtifactKind[];

export function withoutReadOnly(kind: ArtifactKind, properties: Json): Json {
  const { readOnly } = KINDS[kind];
  return Object.fromEntries(Object.entries(properties).filter(([k]) => !readOnly.includes(k)));
}

export function artifactId(workspace: StoredWorkspace, kind: ArtifactKind, name: string): string {
  return `${workspaceId(workspace)}/${KINDS[kind].segment}/${name}`;
}

/** An artifact as GET shows it: the stored properties, masked where secret, with the service's fields. */
export function view(workspace: StoredWorkspace, kind: ArtifactKind, artifact: StoredResource): Json {
  return {
    id: artifactId(workspace, kind, artifact.name),
    name: artifact.name,
    type: `Microsoft.Synapse/workspaces/${KINDS[kind].segment}`,
    properties: { ...KINDS[kind].shown(artifact, workspace.name), ...artifact.server },
    etag: artifact.etag,
  };
}
