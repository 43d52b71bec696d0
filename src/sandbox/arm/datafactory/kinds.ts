/**
 * The factory's child resource kinds, one description each, and how the service presents them: the stored
 * `properties` plus what ADF itself adds. resources.ts serves every kind from its description, so what differs
 * between kinds is written here and nowhere else.
 *
 * Seen in real responses (azure-sdk-for-js arm-datafactory recordings): ids and types use the lower-case path
 * segment (`.../linkedservices/x`, `Microsoft.DataFactory/factories/linkedservices`), and linked service
 * SecureString values come back as `**********` with an `encryptedCredential` beside them. The other server
 * fields are the spec's read-only ones: trigger `runtimeState`, managed integration runtime `state` (assumed
 * `Initial` until started, as an Azure-SSIS runtime reports), managed network `vNetId` and `alias` (alias format
 * assumed), managed private endpoint `provisioningState`, `connectionState` and `isReserved` (a new endpoint waits
 * for its owner's approval: `Pending`, as the spec's ManagedPrivateEndpoints_Get example shows a fresh one).
 *
 * Managed private endpoints live inside a managed virtual network: their routes and ids carry the network
 * (`.../managedVirtualNetworks/<network>/managedPrivateEndpoints/<name>`), and they are stored keyed
 * `<network>/<name>`. Change data captures are served at `adfcdcs`, the spec's path segment.
 */
import { randomUUID } from 'node:crypto';
import type { SandboxResponse } from '../../core/http.js';
import { triggerEnabled } from './errors.js';
import { maskSecrets } from './secure-strings.js';
import { factoryId, type Json, type Kind, type StoredFactory, type StoredResource } from './store.js';

/** A name's rule: the pattern and lengths of the SDK's (and the spec's) path parameter. */
interface NameRule {
  readonly valid: (name: string) => boolean;
  readonly problem: (name: string) => string;
}

const NAME = /^[A-Za-z0-9_][^<>*#.%&:\\+?/]*$/;
/** Integration runtimes (and managed networks) are stricter in the spec: letters, digits and single hyphens, 3-63. */
const STRICT_NAME = /^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/;

const ANY_NAME: NameRule = {
  valid: (name) => name.length >= 1 && name.length <= 260 && NAME.test(name),
  problem: (name) =>
    `The name '${name}' is invalid: it must start with a letter, a digit or '_', be at most 260 characters, ` +
    'and not contain any of < > * # . % & : \\ + ? /.',
};

const RUNTIME_NAME: NameRule = {
  valid: (name) => name.length >= 3 && name.length <= 63 && STRICT_NAME.test(name),
  problem: (name) =>
    `The name '${name}' is invalid: an integration runtime name has 3 to 63 letters, digits and single hyphens, starting and ending with a letter or digit.`,
};

/** Credentials, managed networks and managed private endpoints: the spec's 1-127 pattern. */
const SHORT_NAME: NameRule = {
  valid: (name) => /^([_A-Za-z0-9]|([_A-Za-z0-9][-_A-Za-z0-9]{0,125}[_A-Za-z0-9]))$/.test(name),
  problem: (name) =>
    `The name '${name}' is invalid: it must have 1 to 127 letters, digits, '_' and '-', not starting or ending with '-'.`,
};

export interface KindInfo {
  /** The path segment in ids (lower case where ADF answers so). */
  readonly segment: string;
  readonly type: string;
  /** The kind a resource of this kind lives inside (its routes and ids go through the parent's). */
  readonly parent?: Kind;
  readonly name: NameRule;
  /** Read-only fields a client may echo back from a GET: the service ignores them. */
  readonly readOnly: readonly string[];
  /** The service's own fields a resource starts with; a later PUT keeps them. */
  readonly serverFields: (properties: Json, factory: StoredFactory) => Json;
  /** What the service keeps from creation on but does not show. */
  readonly internalFields: () => Json;
  /** Why the resource may not be written or deleted in its current state, if it may not. */
  readonly frozen: (resource: StoredResource | undefined) => SandboxResponse | undefined;
  /** `properties` as GET shows them, before the server fields. */
  readonly shown: (resource: StoredResource) => Json;
}

const kind = (segment: string, overrides: Partial<Omit<KindInfo, 'segment'>> = {}): KindInfo => ({
  segment,
  type: `Microsoft.DataFactory/factories/${segment}`,
  name: ANY_NAME,
  readOnly: [],
  serverFields: () => ({}),
  internalFields: () => ({}),
  frozen: () => undefined,
  shown: (resource) => resource.properties,
  ...overrides,
});

export const KINDS: Readonly<Record<Kind, KindInfo>> = {
  pipelines: kind('pipelines'),
  datasets: kind('datasets'),
  linkedservices: kind('linkedservices', {
    internalFields: () => ({ credentialId: randomUUID() }),
    shown: (resource) =>
      maskSecrets(resource.properties, `DATAFACTORY@${String(resource.internal.credentialId).toUpperCase()}`),
  }),
  dataflows: kind('dataflows'),
  // Runtime state: a trigger starts Stopped, and a started one can be neither updated nor deleted (triggers.ts).
  triggers: kind('triggers', {
    readOnly: ['runtimeState'],
    serverFields: () => ({ runtimeState: 'Stopped' }),
    frozen: (resource) => (resource?.server.runtimeState === 'Started' ? triggerEnabled() : undefined),
  }),
  integrationRuntimes: kind('integrationruntimes', {
    name: RUNTIME_NAME,
    readOnly: ['state'],
    serverFields: (properties) => (properties.type === 'Managed' ? { state: 'Initial' } : {}),
  }),
  credentials: kind('credentials'),
  globalParameters: kind('globalParameters'),
  managedVirtualNetworks: kind('managedVirtualNetworks', {
    name: RUNTIME_NAME,
    readOnly: ['vNetId', 'alias'],
    serverFields: (_properties, factory) => ({
      vNetId: randomUUID(),
      alias: `${factory.name.toLowerCase()}_${randomUUID().slice(0, 8)}`,
    }),
  }),
  managedPrivateEndpoints: kind('managedPrivateEndpoints', {
    type: 'Microsoft.DataFactory/factories/managedVirtualNetworks/managedPrivateEndpoints',
    parent: 'managedVirtualNetworks',
    name: SHORT_NAME,
    readOnly: ['provisioningState', 'connectionState', 'isReserved'],
    serverFields: () => ({
      provisioningState: 'Succeeded',
      connectionState: { actionsRequired: 'None', description: '', status: 'Pending' },
      isReserved: false,
    }),
  }),
  adfcdcs: kind('adfcdcs'),
};

export const KIND_NAMES = Object.keys(KINDS) as Kind[];

/** A resource's id; `name` of a kind with a parent is `<parent>/<name>`. */
export function resourceId(factory: StoredFactory, kind: Kind, name: string): string {
  const { parent, segment } = KINDS[kind];
  if (!parent) return `${factoryId(factory)}/${segment}/${name}`;
  const slash = name.indexOf('/');
  return `${factoryId(factory)}/${KINDS[parent].segment}/${name.slice(0, slash)}/${segment}/${name.slice(slash + 1)}`;
}

export function withoutReadOnly(kind: Kind, properties: Json): Json {
  const { readOnly } = KINDS[kind];
  return Object.fromEntries(Object.entries(properties).filter(([k]) => !readOnly.includes(k)));
}

/** @param parent the parent's name, for a kind that has one. */
export function view(factory: StoredFactory, kind: Kind, resource: StoredResource, parent?: string): Json {
  return {
    id: resourceId(factory, kind, parent === undefined ? resource.name : `${parent}/${resource.name}`),
    name: resource.name,
    type: KINDS[kind].type,
    properties: { ...KINDS[kind].shown(resource), ...resource.server },
    etag: resource.etag,
  };
}
