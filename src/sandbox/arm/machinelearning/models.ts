/**
 * Model containers and versions (`{W}/models/{name}[/versions/{version}]`), synchronous: PUT answers 201 on
 * create and 200 on update, as the spec allows.
 *
 * Behaviour kept from the service:
 * - a version PUT creates its container when missing (the CLI and SDK register a model with one version PUT);
 * - `latestVersion` is the most recently *created* version, not the highest or the last updated (azure-ai-ml's
 *   `_get_latest`: "Latest is defined as the most recently created, not the most recently updated", which lists
 *   versions with `$orderBy=createdtime desc&$top=1`);
 * - versions are immutable except `description`, `tags`, `properties` and `isArchived`; a PUT that changes the
 *   model itself (`modelUri`, `modelType`, `flavors`, `jobName`) is refused with 409 (the wording is the sandbox's);
 * - lists filter archived assets out unless `listViewType` asks for them.
 */
import type { SandboxContext } from '../../context.js';
import { json, type Router } from '../../core/http.js';
import { mlError, notFoundIn, requestInvalid } from './errors.js';
import { optionalString, stringMap } from './request-values.js';
import { actorOf, newStamps, systemData, touch } from './resource-metadata.js';
import {
  keyOf,
  type ModelContainerRecord,
  type ModelVersionRecord,
  mlState,
  modelKey,
  PROVIDER,
  type WorkspaceRecord,
  workspacePath,
} from './store.js';
import { WORKSPACE_ROUTE, withWorkspace } from './workspace-scope.js';

function versionsOf(context: SandboxContext, workspace: WorkspaceRecord, name: string): ModelVersionRecord[] {
  const prefix = `${modelKey(keyOf(workspace), name)}/`;
  return Object.entries(mlState(context).modelVersions)
    .filter(([id]) => id.startsWith(prefix))
    .map(([, version]) => version);
}

export function findModelVersion(
  context: SandboxContext,
  workspace: WorkspaceRecord,
  name: string,
  version: string,
): ModelVersionRecord | undefined {
  return mlState(context).modelVersions[modelKey(keyOf(workspace), name, version)];
}

function latestOf(versions: ModelVersionRecord[]): ModelVersionRecord | undefined {
  return versions.reduce<ModelVersionRecord | undefined>(
    (latest, version) => (!latest || version.seq > latest.seq ? version : latest),
    undefined,
  );
}

function containerView(context: SandboxContext, workspace: WorkspaceRecord, container: ModelContainerRecord) {
  const latest = latestOf(versionsOf(context, workspace, container.name));
  const next =
    latest && /^\d+$/.test(latest.version) ? String(Number(latest.version) + 1) : latest ? undefined : '1';
  return {
    id: `${workspacePath(workspace)}/models/${container.name}`,
    name: container.name,
    type: `${PROVIDER}/workspaces/models`,
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

export function modelVersionView(workspace: WorkspaceRecord, version: ModelVersionRecord) {
  return {
    id: `${workspacePath(workspace)}/models/${version.name}/versions/${version.version}`,
    name: version.version,
    type: `${PROVIDER}/workspaces/models/versions`,
    systemData: systemData(version),
    properties: {
      ...(version.description !== undefined ? { description: version.description } : {}),
      tags: version.tags,
      properties: version.properties,
      isArchived: version.isArchived,
      isAnonymous: version.isAnonymous,
      ...(version.modelUri !== undefined ? { modelUri: version.modelUri } : {}),
      ...(version.modelType !== undefined ? { modelType: version.modelType } : {}),
      ...(version.flavors !== undefined ? { flavors: version.flavors } : {}),
      ...(version.jobName !== undefined ? { jobName: version.jobName } : {}),
    },
  };
}

/** `listViewType`: ActiveOnly (default), ArchivedOnly or All. */
function viewFilter(query: URLSearchParams): (archived: boolean) => boolean {
  const view = (query.get('listViewType') ?? 'ActiveOnly').toLowerCase();
  if (view === 'all') return () => true;
  if (view === 'archivedonly') return (archived) => archived;
  return (archived) => !archived;
}

/** `tags=a,b=c`: the asset has tag `a` (any value) and tag `b` equal to `c`; the same for `properties`. */
function matchesPairs(filter: string | null, values: Record<string, string>): boolean {
  if (!filter) return true;
  return filter
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .every((part) => {
      const at = part.indexOf('=');
      if (at < 0) return part in values;
      return values[part.slice(0, at)] === part.slice(at + 1);
    });
}

const ORDER_FIELDS: Record<string, (v: ModelVersionRecord) => number | string> = {
  createdtime: (v) => v.seq,
  createdat: (v) => v.seq,
  modifiedtime: (v) => v.modifiedAt,
  version: (v) => v.version,
};

/** `$orderBy` as `<field> [asc|desc]` over createdtime, modifiedtime or version; creation order by default. */
function parseOrder(
  orderBy: string | null,
): ((a: ModelVersionRecord, b: ModelVersionRecord) => number) | string {
  const [field = 'createdtime', direction = 'asc', ...rest] = (orderBy ?? 'createdtime asc')
    .trim()
    .split(/\s+/);
  const get = ORDER_FIELDS[field.toLowerCase()];
  const dir = direction.toLowerCase();
  if (!get || rest.length || (dir !== 'asc' && dir !== 'desc')) {
    return `The $orderBy value '${orderBy}' is not supported. Use createdtime, modifiedtime or version, with asc or desc.`;
  }
  const sign = dir === 'desc' ? -1 : 1;
  return (a, b) => {
    const [x, y] = [get(a), get(b)];
    const numeric = typeof x === 'string' && typeof y === 'string' && /^\d+$/.test(x) && /^\d+$/.test(y);
    const order = numeric ? Number(x) - Number(y) : x < y ? -1 : x > y ? 1 : 0;
    return sign * (order || a.seq - b.seq);
  };
}

interface VersionBody {
  description?: unknown;
  tags?: unknown;
  properties?: unknown;
  isArchived?: unknown;
  isAnonymous?: unknown;
  modelUri?: unknown;
  modelType?: unknown;
  flavors?: unknown;
  jobName?: unknown;
}

export function registerModels(router: Router, context: SandboxContext): void {
  const validated = { auth: 'arm', validate: true } as const;
  const models = `${WORKSPACE_ROUTE}/models`;

  router.get(
    models,
    validated,
    withWorkspace(context, 'workspaces/models', ({ query }, workspace) => {
      const show = viewFilter(query);
      const prefix = `${keyOf(workspace)}/`;
      const containers = Object.entries(mlState(context).modelContainers)
        .filter(([id, container]) => id.startsWith(prefix) && show(container.isArchived))
        .map(([, container]) => container)
        .sort((a, b) => a.createdAt - b.createdAt);
      const count = Number(query.get('count') ?? 0);
      return json(200, {
        value: (count > 0 ? containers.slice(0, count) : containers).map((c) =>
          containerView(context, workspace, c),
        ),
      });
    }),
  );

  router.get(
    `${models}/:name`,
    validated,
    withWorkspace(context, 'workspaces/models', ({ params }, workspace) => {
      const container = mlState(context).modelContainers[modelKey(keyOf(workspace), params.name!)];
      return container
        ? json(200, containerView(context, workspace, container))
        : notFoundIn(workspace.resourceGroup, workspace.name, { type: 'models', name: params.name! });
    }),
  );

  router.put(
    `${models}/:name`,
    validated,
    withWorkspace(context, 'workspaces/models', ({ params, body, principal }, workspace) => {
      const request = (body ?? {}) as { properties?: VersionBody };
      if (!request.properties || typeof request.properties !== 'object') {
        return requestInvalid('The Properties field is required.');
      }
      const state = mlState(context);
      const id = modelKey(keyOf(workspace), params.name!);
      const now = context.clock();
      const actor = actorOf(principal);
      const existing = state.modelContainers[id];
      const p = request.properties;
      if (existing) {
        existing.description = optionalString(p.description);
        existing.tags = stringMap(p.tags);
        existing.properties = { ...existing.properties, ...stringMap(p.properties) };
        existing.isArchived = p.isArchived === true;
        touch(existing, now, actor);
        return json(200, containerView(context, workspace, existing));
      }
      const container: ModelContainerRecord = {
        name: params.name!,
        ...(p.description !== undefined && p.description !== null
          ? { description: String(p.description) }
          : {}),
        tags: stringMap(p.tags),
        properties: stringMap(p.properties),
        isArchived: p.isArchived === true,
        ...newStamps(now, actor),
      };
      state.modelContainers[id] = container;
      return json(201, containerView(context, workspace, container));
    }),
  );

  router.delete(
    `${models}/:name`,
    validated,
    withWorkspace(context, 'workspaces/models', ({ params }, workspace) => {
      const state = mlState(context);
      const id = modelKey(keyOf(workspace), params.name!);
      if (!state.modelContainers[id]) return { status: 204 };
      delete state.modelContainers[id];
      for (const version of versionsOf(context, workspace, params.name!)) {
        delete state.modelVersions[modelKey(keyOf(workspace), version.name, version.version)];
      }
      return { status: 200 };
    }),
  );

  router.get(
    `${models}/:name/versions`,
    validated,
    withWorkspace(context, 'workspaces/models/versions', ({ params, query }, workspace) => {
      const order = parseOrder(query.get('$orderBy'));
      if (typeof order === 'string') return mlError(400, 'UserError', order);
      const show = viewFilter(query);
      const version = query.get('version');
      const description = query.get('description');
      let versions = versionsOf(context, workspace, params.name!)
        .filter((v) => show(v.isArchived))
        .filter((v) => version === null || v.version === version)
        .filter((v) => description === null || v.description === description)
        .filter((v) => matchesPairs(query.get('tags'), v.tags))
        .filter((v) => matchesPairs(query.get('properties'), v.properties))
        .sort(order);
      const offset = Number(query.get('offset') ?? 0);
      if (offset > 0) versions = versions.slice(offset);
      const top = Number(query.get('$top') ?? 0);
      if (top > 0) versions = versions.slice(0, top);
      return json(200, { value: versions.map((v) => modelVersionView(workspace, v)) });
    }),
  );

  router.get(
    `${models}/:name/versions/:version`,
    validated,
    withWorkspace(context, 'workspaces/models/versions', ({ params }, workspace) => {
      const version = findModelVersion(context, workspace, params.name!, params.version!);
      return version
        ? json(200, modelVersionView(workspace, version))
        : notFoundIn(
            workspace.resourceGroup,
            workspace.name,
            { type: 'models', name: params.name! },
            { type: 'versions', name: params.version! },
          );
    }),
  );

  router.put(
    `${models}/:name/versions/:version`,
    validated,
    withWorkspace(context, 'workspaces/models/versions', ({ params, body, principal }, workspace) => {
      const request = (body ?? {}) as { properties?: VersionBody };
      if (!request.properties || typeof request.properties !== 'object') {
        return requestInvalid('The Properties field is required.');
      }
      const p = request.properties;
      const state = mlState(context);
      const now = context.clock();
      const actor = actorOf(principal);
      const name = params.name!;
      const containerId = modelKey(keyOf(workspace), name);
      state.modelContainers[containerId] ??= {
        name,
        tags: {},
        properties: {},
        isArchived: false,
        ...newStamps(now, actor),
      };
      const id = modelKey(keyOf(workspace), name, params.version!);
      const existing = state.modelVersions[id];
      const flavors =
        p.flavors && typeof p.flavors === 'object'
          ? (p.flavors as Record<string, { data?: Record<string, string> }>)
          : undefined;
      if (existing) {
        const changed = (
          [
            ['modelUri', existing.modelUri, optionalString(p.modelUri)],
            ['modelType', existing.modelType, optionalString(p.modelType)],
            ['jobName', existing.jobName, optionalString(p.jobName)],
            ['flavors', JSON.stringify(existing.flavors), JSON.stringify(flavors)],
          ] as const
        ).filter(([, before, after]) => after !== undefined && before !== after);
        if (changed.length) {
          return mlError(
            409,
            'UserError',
            `Model ${name}:${params.version} already exists and its ${changed.map(([field]) => field).join(', ')} cannot be changed; register a new version instead.`,
          );
        }
        existing.description = optionalString(p.description);
        existing.tags = stringMap(p.tags);
        existing.properties = { ...existing.properties, ...stringMap(p.properties) };
        existing.isArchived = p.isArchived === true;
        touch(existing, now, actor);
        return json(200, modelVersionView(workspace, existing));
      }
      const version: ModelVersionRecord = {
        name,
        version: params.version!,
        seq: state.nextSeq++,
        ...(optionalString(p.modelUri) !== undefined ? { modelUri: optionalString(p.modelUri) } : {}),
        ...(optionalString(p.modelType) !== undefined ? { modelType: optionalString(p.modelType) } : {}),
        ...(flavors ? { flavors } : {}),
        ...(optionalString(p.jobName) !== undefined ? { jobName: optionalString(p.jobName) } : {}),
        ...(optionalString(p.description) !== undefined
          ? { description: optionalString(p.description) }
          : {}),
        isAnonymous: p.isAnonymous === true,
        tags: stringMap(p.tags),
        properties: stringMap(p.properties),
        isArchived: p.isArchived === true,
        ...newStamps(now, actor),
      };
      state.modelVersions[id] = version;
      return json(201, modelVersionView(workspace, version));
    }),
  );

  router.delete(
    `${models}/:name/versions/:version`,
    validated,
    withWorkspace(context, 'workspaces/models/versions', ({ params }, workspace) => {
      const state = mlState(context);
      const id = modelKey(keyOf(workspace), params.name!, params.version!);
      if (!state.modelVersions[id]) return { status: 204 };
      delete state.modelVersions[id];
      return { status: 200 };
    }),
  );
}
