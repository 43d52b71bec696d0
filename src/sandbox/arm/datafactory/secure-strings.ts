/**
 * SecureString values are write-only in Data Factory and in Synapse (whose artifacts the same service keeps): the
 * service stores them encrypted and answers the mask `**********`, with an `encryptedCredential` beside the linked
 * service's typeProperties (seen in azure-sdk-for-js arm-datafactory recordings and in the Synapse spec's example
 * LinkedServices_Create.json).
 */
import type { Json } from './store.js';

const MASK = '**********';

/** `properties` with every SecureString value masked; `credentialId` names the envelope's CredentialId. */
export function maskSecrets(properties: Json, credentialId: string): Json {
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
    CredentialId: credentialId,
  };
  return Buffer.from(JSON.stringify(envelope, null, 2)).toString('base64');
}
