/**
 * The factory's child resource kinds and how the service presents each one: the stored `properties` plus what
 * ADF itself adds. Seen in real responses (azure-sdk-for-js arm-datafactory recordings): ids and types use the
 * lower-case path segment (`.../linkedservices/x`, `Microsoft.DataFactory/factories/linkedservices`), and linked
 * service SecureString values come back as `**********` with an `encryptedCredential` beside them. The other
 * server fields are the spec's read-only ones: trigger `runtimeState`, managed integration runtime `state`
 * (assumed `Initial` until started, as an Azure-SSIS runtime reports), managed network `vNetId` and `alias`
 * (alias format assumed).
 */
import { randomUUID } from 'node:crypto';
import { factoryId, type Json, type Kind, type StoredFactory, type StoredResource } from './store.js';

interface KindInfo {
  /** The path segment in ids (lower case where ADF answers so). */
  readonly segment: string;
  readonly type: string;
}

const info = (segment: string): KindInfo => ({
  segment,
  type: `Microsoft.DataFactory/factories/${segment}`,
});

export const KINDS: Readonly<Record<Kind, KindInfo>> = {
  pipelines: info('pipelines'),
  datasets: info('datasets'),
  linkedservices: info('linkedservices'),
  dataflows: info('dataflows'),
  triggers: info('triggers'),
  integrationRuntimes: info('integrationruntimes'),
  credentials: info('credentials'),
  globalParameters: info('globalParameters'),
  managedVirtualNetworks: info('managedVirtualNetworks'),
};

export const KIND_NAMES = Object.keys(KINDS) as Kind[];

const MASK = '**********';

export function resourceId(factory: StoredFactory, kind: Kind, name: string): string {
  return `${factoryId(factory)}/${KINDS[kind].segment}/${name}`;
}

/** Server-owned fields a resource starts with; a later PUT keeps them (read-only fields in bodies are ignored). */
export function initialServerFields(kind: Kind, properties: Json, factory: StoredFactory): Json {
  switch (kind) {
    case 'triggers':
      return { runtimeState: 'Stopped' };
    case 'integrationRuntimes':
      return properties.type === 'Managed' ? { state: 'Initial' } : {};
    case 'managedVirtualNetworks':
      return { vNetId: randomUUID(), alias: `${factory.name.toLowerCase()}_${randomUUID().slice(0, 8)}` };
    default:
      return {};
  }
}

/** Read-only fields a client may echo back from a GET: the service ignores them. */
const READ_ONLY: Partial<Record<Kind, readonly string[]>> = {
  triggers: ['runtimeState'],
  integrationRuntimes: ['state'],
  managedVirtualNetworks: ['vNetId', 'alias'],
};

export function withoutReadOnly(kind: Kind, properties: Json): Json {
  const readOnly = READ_ONLY[kind] ?? [];
  return Object.fromEntries(Object.entries(properties).filter(([k]) => !readOnly.includes(k)));
}

export function view(factory: StoredFactory, kind: Kind, resource: StoredResource): Json {
  const properties =
    kind === 'linkedservices'
      ? maskSecrets(resource.properties, String(resource.internal.credentialId))
      : resource.properties;
  return {
    id: resourceId(factory, kind, resource.name),
    name: resource.name,
    type: KINDS[kind].type,
    properties: { ...properties, ...resource.server },
    etag: resource.etag,
  };
}

/** SecureString values are write-only; ADF keeps them encrypted and answers the mask plus an encryptedCredential. */
function maskSecrets(properties: Json, credentialId: string): Json {
  let masked = false;
  const mask = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(mask);
    if (node === null || typeof node !== 'object') return node;
    const entries = Object.entries(node).map(([k, v]) => [k, mask(v)] as const);
    const object = Object.fromEntries(entries) as Json;
    if (object.type === 'SecureString' && 'value' in object) {
      masked = true;
      object.value = MASK;
    }
    return object;
  };
  const result = mask(properties) as Json;
  const typeProperties = result.typeProperties as Json | undefined;
  if (
    masked &&
    typeProperties &&
    typeof typeProperties === 'object' &&
    !('encryptedCredential' in typeProperties)
  ) {
    typeProperties.encryptedCredential = encryptedCredential(credentialId);
  }
  return result;
}

/** The shape of a real encryptedCredential (base64 of a small JSON envelope); nothing secret is in it here. */
function encryptedCredential(credentialId: string): string {
  const envelope = {
    Version: '2017-11-30',
    ProtectionMode: 'Key',
    SecretContentType: 'Plaintext',
    CredentialId: `DATAFACTORY@${credentialId.toUpperCase()}`,
  };
  return Buffer.from(JSON.stringify(envelope, null, 2)).toString('base64');
}
