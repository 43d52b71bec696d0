/**
 * Code and environment assets (`{W}/codes/{name}[/versions/{version}]`, `{W}/environments/...`), synchronous like
 * models: PUT answers 201 on create and 200 on update. What a batch deployment references besides its model:
 * `codeConfiguration.codeId` and `environmentId`.
 *
 * Behaviour kept from the service (as for models, models.ts):
 * - a version PUT creates its container when missing (azure-ai-ml registers an anonymous code asset with one PUT);
 * - `latestVersion` is the most recently created version; `nextVersion` follows a numeric latest;
 * - a version's content is immutable: a PUT that changes `codeUri`, or an environment's image, conda file, build
 *   context or OS, is refused with 409 (the wording is the sandbox's); description, tags, properties and
 *   `isArchived` may change;
 * - environments answer `environmentType: UserCreated` and the spec's defaults (`osType` Linux, `autoRebuild`
 *   Disabled). The sandbox never builds an image.
 */
import type { SandboxContext } from '../../context.js';
import { json, type Router } from '../../core/http.js';
import { mlError, notFoundIn, requestInvalid } from './errors.js';
import { optionalString, stringMap } from './request-values.js';
import { actorOf, newStamps, systemData, touch } from './resource-metadata.js';
import { keyOf, PROVIDER, type Stamps, type WorkspaceRecord, workspacePath } from './store.js';
import { WORKSPACE_ROUTE, withWorkspace } from './workspace-scope.js';

type AssetType = 'codes' | 'environments';

interface AssetContainerRecord extends Stamps {
  readonly name: string;
  description?: string;
  tags: Record<string, string>;
  properties: Record<string, string>;
  isArchived: boolean;
}

interface AssetVersionRecord extends Stamps {
  readonly name: string;
  readonly version: string;
  readonly seq: number;
  /** The immutable content fields of the kind, as sent (codeUri; image, condaFile, build, ...). */
  readonly content: Record<string, unknown>;
  readonly isAnonymous: boolean;
  description?: string;
  tags: Record<string, string>;
  properties: Record<string, string>;
  isArchived: boolean;
}

interface AssetSlice {
  containers: Record<string, AssetContainerRecord>;
  versions: Record<string, AssetVersionRecord>;
  nextSeq: number;
}

const CONTENT_FIELDS: Record<AssetType, readonly string[]> = {
  codes: ['codeUri'],
  environments: ['image', 'condaFile', 'build', 'osType', 'inferenceConfig', 'autoRebuild'],
};

const ENVIRONMENT_DEFAULTS = { osType: 'Linux', autoRebuild: 'Disabled' };

function assets(context: SandboxContext): AssetSlice {
  return context.state.slice<AssetSlice>('machinelearning-assets', () => ({
    containers: {},
    versions: {},
    nextSeq: 1,
  }));
}

const containerKey = (workspace: WorkspaceRecord, type: AssetType, name: string) =>
  `${keyOf(workspace)}/${type}/${name}`;
const versionKey = (workspace: WorkspaceRecord, type: AssetType, name: string, version: string) =>
  `${containerKey(workspace, type, name)}/${version}`;

function versionsOf(context: SandboxContext, workspace: WorkspaceRecord, type: AssetType, name: string) {
  const prefix = `${containerKey(workspace, type, name)}/`;
  return Object.entries(assets(context).versions)
    .filter(([id]) => id.startsWith(prefix))
    .map(([, version]) => version);
}

function containerView(
  context: SandboxContext,
  workspace: WorkspaceRecord,
  type: AssetType,
  container: AssetContainerRecord,
) {
  const latest = versionsOf(context, workspace, type, container.name).reduce<AssetVersionRecord | undefined>(
    (best, version) => (!best || version.seq > best.seq ? version : best),
    undefined,
  );
  const next =
    latest && /^\d+$/.test(latest.version) ? String(Number(latest.version) + 1) : latest ? undefined : '1';
  return {
    id: `${workspacePath(workspace)}/${type}/${container.name}`,
    name: container.name,
    type: `${PROVIDER}/workspaces/${type}`,
    systemData: systemData(container),
    properties: {
      ...(container.description !== undefined ? { description: container.description } : {}),
      tags: container.tags,
      properties: container.properties,
      isArchived: container.isArchived,
      ...(latest ? { latestVersion: latest.version } : {}),
      ...(next ? { nextVersion: next } : {}),
    },
  };
}

function versionView(workspace: WorkspaceRecord, type: AssetType, version: AssetVersionRecord) {
  return {
    id: `${workspacePath(workspace)}/${type}/${version.name}/versions/${version.version}`,
    name: version.version,
    type: `${PROVIDER}/workspaces/${type}/versions`,
    systemData: systemData(version),
    properties: {
      ...(version.description !== undefined ? { description: version.description } : {}),
      tags: version.tags,
      properties: version.properties,
      isArchived: version.isArchived,
      isAnonymous: version.isAnonymous,
      ...(type === 'environments' ? { ...ENVIRONMENT_DEFAULTS, environmentType: 'UserCreated' } : {}),
      ...version.content,
    },
  };
}

interface AssetBody {
  description?: unknown;
  tags?: unknown;
  properties?: unknown;
  isArchived?: unknown;
  isAnonymous?: unknown;
  [field: string]: unknown;
}

export function registerAssets(router: Router, context: SandboxContext): void {
  for (const type of ['codes', 'environments'] as const) registerAssetType(router, context, type);
}

function registerAssetType(router: Router, context: SandboxContext, type: AssetType): void {
  const validated = { auth: 'arm', validate: true } as const;
  const route = `${WORKSPACE_ROUTE}/${type}`;
  const containerType = `workspaces/${type}`;
  const versionType = `workspaces/${type}/versions`;
  const missing = (workspace: WorkspaceRecord, name: string, version?: string) =>
    notFoundIn(
      workspace.resourceGroup,
      workspace.name,
      { type, name },
      ...(version === undefined ? [] : [{ type: 'versions', name: version }]),
    );

  router.get(
    `${route}/:name`,
    validated,
    withWorkspace(context, containerType, ({ params }, workspace) => {
      const container = assets(context).containers[containerKey(workspace, type, params.name!)];
      return container
        ? json(200, containerView(context, workspace, type, container))
        : missing(workspace, params.name!);
    }),
  );

  router.get(
    `${route}/:name/versions`,
    validated,
    withWorkspace(context, versionType, ({ params }, workspace) =>
      json(200, {
        value: versionsOf(context, workspace, type, params.name!)
          .filter((version) => !version.isArchived)
          .sort((a, b) => b.seq - a.seq)
          .map((version) => versionView(workspace, type, version)),
      }),
    ),
  );

  router.get(
    `${route}/:name/versions/:version`,
    validated,
    withWorkspace(context, versionType, ({ params }, workspace) => {
      const version = assets(context).versions[versionKey(workspace, type, params.name!, params.version!)];
      return version
        ? json(200, versionView(workspace, type, version))
        : missing(workspace, params.name!, params.version!);
    }),
  );

  router.put(
    `${route}/:name/versions/:version`,
    validated,
    withWorkspace(context, versionType, ({ params, body, principal }, workspace) => {
      const request = (body ?? {}) as { properties?: AssetBody };
      if (!request.properties || typeof request.properties !== 'object') {
        return requestInvalid('The Properties field is required.');
      }
      const p = request.properties;
      const slice = assets(context);
      const now = context.clock();
      const actor = actorOf(principal);
      const name = params.name!;
      slice.containers[containerKey(workspace, type, name)] ??= {
        name,
        tags: {},
        properties: {},
        isArchived: false,
        ...newStamps(now, actor),
      };
      const content = Object.fromEntries(
        CONTENT_FIELDS[type]
          .filter((field) => p[field] !== undefined && p[field] !== null)
          .map((field) => [field, p[field]]),
      );
      if (type === 'environments' && !content.image && !content.build) {
        return requestInvalid('An environment needs an Image or a Build context.');
      }
      const id = versionKey(workspace, type, name, params.version!);
      const existing = slice.versions[id];
      if (existing) {
        const changed = Object.keys({ ...existing.content, ...content }).filter(
          (field) => JSON.stringify(existing.content[field]) !== JSON.stringify(content[field]),
        );
        if (changed.length) {
          return mlError(
            409,
            'UserError',
            `${type === 'codes' ? 'Code' : 'Environment'} ${name}:${params.version} already exists and its ${changed.join(', ')} cannot be changed; register a new version instead.`,
          );
        }
        existing.description = optionalString(p.description);
        existing.tags = stringMap(p.tags);
        existing.properties = { ...existing.properties, ...stringMap(p.properties) };
        existing.isArchived = p.isArchived === true;
        touch(existing, now, actor);
        return json(200, versionView(workspace, type, existing));
      }
      const version: AssetVersionRecord = {
        name,
        version: params.version!,
        seq: slice.nextSeq++,
        content,
        isAnonymous: p.isAnonymous === true,
        ...(optionalString(p.description) !== undefined
          ? { description: optionalString(p.description) }
          : {}),
        tags: stringMap(p.tags),
        properties: stringMap(p.properties),
        isArchived: p.isArchived === true,
        ...newStamps(now, actor),
      };
      slice.versions[id] = version;
      return json(201, versionView(workspace, type, version));
    }),
  );
}

/** Whether a code or environment version exists (for references from batch deployments). */
export function assetVersionExists(
  context: SandboxContext,
  workspace: WorkspaceRecord,
  type: AssetType,
  name: string,
  version: string,
): boolean {
  return versionKey(workspace, type, name, version) in assets(context).versions;
}

/** A code or environment version's content fields (`codeUri`; image, conda file ...), for the jobs that use it. */
export function assetVersionContent(
  context: SandboxContext,
  workspace: WorkspaceRecord,
  type: AssetType,
  name: string,
  version: string,
): Readonly<Record<string, unknown>> | undefined {
  return assets(context).versions[versionKey(workspace, type, name, version)]?.content;
}
