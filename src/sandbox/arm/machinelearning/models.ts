/**
 * Model containers and versions (`{W}/models/{name}[/versions/{version}]`): versioned assets (versioned-assets.ts)
 * whose content is `modelUri`, `modelType`, `flavors` and `jobName`. Served beyond what every asset has: container
 * lists, container PUT and DELETE (with its versions), version lists with the service's filters and order, and
 * version DELETE. Lists filter archived assets out unless `listViewType` asks for them. A re-PUT of a version may
 * leave content fields out (they keep their values); a field it sends must not differ.
 */
import type { SandboxContext } from '../../context.js';
import { mlError } from './errors.js';
import { optionalString } from './request-values.js';
import { findRecord, firstOf, type ResourceKind } from './resource-routes.js';
import { syncWrites } from './resource-writes.js';
import {
  type AssetContainerRecord,
  keyOf,
  type ModelVersionRecord,
  mlState,
  modelKey,
  type WorkspaceRecord,
} from './store.js';
import {
  type ContentOf,
  containerKind,
  putContainer,
  putVersion,
  removeVersions,
  type VersionedAsset,
  versionKind,
} from './versioned-assets.js';

const CONTENT_FIELDS = ['modelUri', 'modelType', 'jobName', 'flavors'] as const;

const MODELS: VersionedAsset<ModelVersionRecord> = {
  segment: 'models',
  label: 'Model',
  containers: (context) => mlState(context).modelContainers,
  versions: (context) => mlState(context).modelVersions,
  nextSeq: (context) => mlState(context).nextSeq++,
  // Asset names are case-sensitive: the keys keep the caller's casing.
  key: (workspace, [name, version]) => modelKey(keyOf(workspace), name!, version),
  content: (body) => {
    const flavors =
      body.flavors && typeof body.flavors === 'object'
        ? (body.flavors as ModelVersionRecord['flavors'])
        : undefined;
    const content: ContentOf<ModelVersionRecord> = {
      ...(optionalString(body.modelUri) !== undefined ? { modelUri: optionalString(body.modelUri) } : {}),
      ...(optionalString(body.modelType) !== undefined ? { modelType: optionalString(body.modelType) } : {}),
      ...(flavors ? { flavors } : {}),
      ...(optionalString(body.jobName) !== undefined ? { jobName: optionalString(body.jobName) } : {}),
    };
    return content;
  },
  changes: (existing, content) =>
    CONTENT_FIELDS.filter(
      (field) =>
        content[field] !== undefined && JSON.stringify(existing[field]) !== JSON.stringify(content[field]),
    ),
  contentView: (version) => ({
    ...(version.modelUri !== undefined ? { modelUri: version.modelUri } : {}),
    ...(version.modelType !== undefined ? { modelType: version.modelType } : {}),
    ...(version.flavors !== undefined ? { flavors: version.flavors } : {}),
    ...(version.jobName !== undefined ? { jobName: version.jobName } : {}),
  }),
};

export function findModelVersion(
  context: SandboxContext,
  workspace: WorkspaceRecord,
  name: string,
  version: string,
): ModelVersionRecord | undefined {
  return findRecord(context, modelVersions, workspace, [name, version]);
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

export const modelContainers: ResourceKind<AssetContainerRecord> = {
  ...containerKind(MODELS),
  list: (containers, query) => {
    const show = viewFilter(query);
    return firstOf(
      containers.filter((container) => show(container.isArchived)).sort((a, b) => a.createdAt - b.createdAt),
      query.get('count'),
    );
  },
  writes: syncWrites<AssetContainerRecord>({
    put: putContainer,
    remove: { cascade: removeVersions(MODELS) },
  }),
};

export const modelVersions: ResourceKind<ModelVersionRecord> = {
  ...versionKind(MODELS),
  list: (versions, query) => {
    const order = parseOrder(query.get('$orderBy'));
    if (typeof order === 'string') return mlError(400, 'UserError', order);
    const show = viewFilter(query);
    const version = query.get('version');
    const description = query.get('description');
    let chosen = versions
      .filter((v) => show(v.isArchived))
      .filter((v) => version === null || v.version === version)
      .filter((v) => description === null || v.description === description)
      .filter((v) => matchesPairs(query.get('tags'), v.tags))
      .filter((v) => matchesPairs(query.get('properties'), v.properties))
      .sort(order);
    const offset = Number(query.get('offset') ?? 0);
    if (offset > 0) chosen = chosen.slice(offset);
    return firstOf(chosen, query.get('$top'));
  },
  writes: syncWrites<ModelVersionRecord>({ put: putVersion(MODELS), remove: {} }),
};
