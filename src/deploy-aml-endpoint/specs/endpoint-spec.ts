/**
 * The batch endpoint spec: the `az ml` CLI v2 YAML (`$schema: .../batchEndpoint.schema.json`). Keys as azure-ai-ml's
 * BatchEndpointSchema declares them (EndpointSchema + `defaults`); the documented ones are `name`, `description`,
 * `tags`, `auth_mode` and `defaults.deployment_name` (Microsoft Learn, "CLI (v2) batch endpoint YAML schema").
 *
 * - `auth_mode`: batch endpoints support only Microsoft Entra tokens ("Currently only Microsoft Entra token-based
 *   authentication is supported", same page): `aad_token` (the default); `aml_token` and `key` are refused here,
 *   before Azure refuses them.
 * - `location` defaults to the workspace's; `properties` are add-only in Azure ("Properties can be added, but not
 *   removed or altered", EndpointPropertiesBase in the 2022-10-01 spec).
 * - `defaults.deployment_name` names the deployment to make the default, as for `az ml` (default-deployment.ts says
 *   how the input `set-default` overrides it).
 * - `id`, `provisioning_state`, `scoring_uri` and `openapi_uri` are what `az ml batch-endpoint show` prints; they
 *   are read-only in Azure, accepted and ignored.
 */

import { DocumentReader } from '#shared/document-reader.js';
import type { LoadedDocument } from '#shared/documents.js';
import { nameProblem } from '../resource-names.js';

export type IdentityType = 'None' | 'SystemAssigned' | 'UserAssigned' | 'SystemAssigned,UserAssigned';

export interface IdentitySpec {
  readonly type: IdentityType;
  /** ARM ids of user-assigned identities. */
  readonly userAssignedIdentities: readonly string[];
}

export interface EndpointSpec {
  readonly reader: DocumentReader;
  readonly name: string;
  readonly description: string | undefined;
  readonly tags: Readonly<Record<string, string>>;
  readonly authMode: 'AADToken';
  readonly location: string | undefined;
  readonly properties: Readonly<Record<string, string>>;
  readonly identity: IdentitySpec | undefined;
  /** `defaults.deployment_name`, as written. */
  readonly defaultDeployment: string | undefined;
}

const KEYS = [
  '$schema',
  'name',
  'description',
  'tags',
  'auth_mode',
  'defaults',
  'properties',
  'location',
  'identity',
  'id',
  'provisioning_state',
  'scoring_uri',
  'openapi_uri',
] as const;

const IDENTITY_TYPES: Record<string, IdentityType> = {
  none: 'None',
  system_assigned: 'SystemAssigned',
  user_assigned: 'UserAssigned',
  'system_assigned,user_assigned': 'SystemAssigned,UserAssigned',
};

export function parseEndpointSpec(document: LoadedDocument): EndpointSpec {
  const reader = new DocumentReader(document, 'batch endpoint');
  reader.mapping([], true);
  reader.checkKeys([], KEYS, {
    misplaced: {
      deployment_name: "'deployment_name' belongs under 'defaults:'.",
      endpoint_name: "'endpoint_name' belongs in the deployment file; the endpoint's own name is 'name'.",
      compute: "'compute' belongs in the deployment file, not the endpoint.",
      model: "'model' belongs in the deployment file, not the endpoint.",
    },
    unsupported: {
      traffic:
        "'traffic' is for online endpoints; a batch endpoint routes every job to its default deployment (defaults.deployment_name).",
      mirror_traffic: "'mirror_traffic' is for online endpoints; batch endpoints have no traffic split.",
      public_network_access:
        "'public_network_access' is for online endpoints; batch endpoints follow the workspace's network settings.",
    },
  });

  const name = reader.string(['name'], { required: true })!;
  const problem = nameProblem(name, 'endpoint');
  if (problem) throw reader.error(['name'], `'${name}' is not a valid endpoint name: ${problem}.`);

  const authModeText = reader.string(['auth_mode']);
  if (authModeText !== undefined && !['aad_token', 'aadtoken'].includes(authModeText.toLowerCase())) {
    throw reader.error(
      ['auth_mode'],
      `batch endpoints support only aad_token (Microsoft Entra token) authentication, not '${authModeText}'; aml_token and key are for online endpoints.`,
    );
  }

  reader.checkKeys(['defaults'], ['deployment_name']);
  const defaultDeployment = reader.string(['defaults', 'deployment_name']);
  const location = reader.string(['location'], {
    pattern: /^[A-Za-z0-9 ]+$/,
    describe: 'an Azure region such as westeurope',
  });

  return {
    reader,
    name,
    description: reader.string(['description'], { describe: 'a text' }),
    tags: reader.stringMap(['tags']),
    authMode: 'AADToken',
    location,
    properties: reader.stringMap(['properties']),
    identity: parseIdentity(reader),
    defaultDeployment,
  };
}

function parseIdentity(reader: DocumentReader): IdentitySpec | undefined {
  if (!reader.mapping(['identity'])) return undefined;
  reader.checkKeys(['identity'], ['type', 'user_assigned_identities', 'principal_id', 'tenant_id']);
  const text = reader.string(['identity', 'type'], { required: true })!;
  const type = IDENTITY_TYPES[text.toLowerCase().replace(/\s+/g, '')];
  if (!type) {
    throw reader.error(
      ['identity', 'type'],
      `must be one of ${Object.keys(IDENTITY_TYPES).join(', ')}, not '${text}'.`,
    );
  }
  const list = reader.value(['identity', 'user_assigned_identities']);
  const userAssignedIdentities: string[] = [];
  if (list !== undefined && list !== null) {
    if (!Array.isArray(list)) {
      throw reader.error(
        ['identity', 'user_assigned_identities'],
        'must be a list of {resource_id: <ARM id>}.',
      );
    }
    list.forEach((_, index) => {
      const at = ['identity', 'user_assigned_identities', index];
      reader.mapping(at, true);
      reader.checkKeys(at, ['resource_id', 'principal_id', 'client_id']);
      userAssignedIdentities.push(
        reader.string([...at, 'resource_id'], {
          required: true,
          pattern:
            /^\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\/Microsoft\.ManagedIdentity\/userAssignedIdentities\/[^/]+$/i,
          describe: 'the ARM id of a user-assigned managed identity',
        })!,
      );
    });
  }
  if (type.includes('UserAssigned') && userAssignedIdentities.length === 0) {
    throw reader.error(['identity'], `type ${text} needs at least one entry in user_assigned_identities.`);
  }
  if (!type.includes('UserAssigned') && userAssignedIdentities.length > 0) {
    throw reader.error(
      ['identity', 'user_assigned_identities'],
      `is only used with type user_assigned or system_assigned,user_assigned (type is ${text}).`,
    );
  }
  return { type, userAssignedIdentities };
}
