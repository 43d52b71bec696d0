/**
 * Versioned assets (model, code and environment containers and their versions), described once per asset type
 * (models.ts, assets.ts), with the behaviour they share in the service:
 * - writes are synchronous: PUT answers 201 on create and 200 on update;
 * - a version PUT creates its container when missing (the CLI and SDK register an asset with one version PUT);
 * - `latestVersion` is the most recently *created* version, not the highest or the last updated (azure-ai-ml's
 *   `_get_latest`: "Latest is defined as the most recently created, not the most recently updated", which lists
 *   versions with `$orderBy=createdtime desc&$top=1`); `nextVersion` follows a numeric latest;
 * - a version's content is immutable: a PUT that changes it is refused with 409 (the wording is the sandbox's),
 *   while description, tags and `isArchived` may change (the spec: "Tags can be added, removed, and updated";
 *   `isArchived` has `x-ms-mutability` update). Properties are append-only: a PUT may add keys, and keys it leaves
 *   out keep their values, but a key's value never changes — the service answers "Value of property <key> for
 *   model <name> cannot be replaced to <value> without increasing the version" (quoted in Azure/azureml-assets
 *   pull request 3439; "properties are immutable, but we can add new key:value pair", ibid. 1174; the HTTP status
 *   is not documented, 400 UserError here). A refused PUT changes nothing.
 */
import type { SandboxContext } from '../../context.js';
import type { SandboxRequest, SandboxResponse } from '../../core/http.js';
import { mlError, requestInvalid } from './errors.js';
import { optionalString, stringMap } from './request-values.js';
import { newStamps, systemData } from './resource-metadata.js';
import { resourceIdentity, resourcePath } from './resource-path.js';
import { type RecordStore, type ResourceKind, recordsIn } from './resource-routes.js';
import type { Write, Written } from './resource-writes.js';
import type { AssetContainerRecord, AssetVersionRecord, Stamps, WorkspaceRecord } from './store.js';

/** What a PUT body's `properties` may hold; each asset type reads its own content fields from it. */
export interface AssetBody {
  description?: unknown;
  tags?: unknown;
  properties?: unknown;
  isArchived?: unknown;
  isAnonymous?: unknown;
  [field: string]: unknown;
}

/** The fields of a version that only its asset type has: its content. */
export type ContentOf<V extends AssetVersionRecord> = Omit<V, keyof AssetVersionRecord>;

export interface VersionedAsset<V extends AssetVersionRecord> {
  /** The path segment under the workspace: `models`, `codes`, `environments`. */
  readonly segment: string;
  /** How a refusal names it: `Model`, `Code`, `Environment`. */
  readonly label: string;
  readonly containers: (context: SandboxContext) => Record<string, AssetContainerRecord>;
  readonly versions: (context: SandboxContext) => Record<string, V>;
  /** Takes the next creation sequence number of the store. */
  readonly nextSeq: (context: SandboxContext) => number;
  /** The state key of a container (`[name]`) or a version (`[name, version]`). */
  readonly key: (workspace: WorkspaceRecord, names: readonly string[]) => string;
  /** Why a version's body is refused before anything is compared or written, if it is. */
  readonly refuse?: (body: AssetBody) => SandboxResponse | undefined;
  /** The content a PUT gives a version. */
  readonly content: (body: AssetBody) => ContentOf<V>;
  /** The content fields a PUT would change on an existing version (it may change none). */
  readonly changes: (existing: V, content: ContentOf<V>) => string[];
  /** The content as a version's view shows it. */
  readonly contentView: (version: V) => Record<string, unknown>;
}

function containerStore<V extends AssetVersionRecord>(
  asset: VersionedAsset<V>,
): RecordStore<AssetContainerRecord> {
  return { records: asset.containers, key: asset.key };
}

function versionStore<V extends AssetVersionRecord>(asset: VersionedAsset<V>): RecordStore<V> {
  return { records: asset.versions, key: asset.key };
}

/** Description, tags, properties (added to, never removed) and `isArchived`, as a PUT sets them. */
function mutableFields(body: AssetBody, existing?: { properties: Record<string, string> }) {
  return {
    description: optionalString(body.description),
    tags: stringMap(body.tags),
    properties: { ...(existing?.properties ?? {}), ...stringMap(body.properties) },
    isArchived: body.isArchived === true,
  };
}

/** The container resource: the asset's name, its latest and next versions. */
export function containerKind<V extends AssetVersionRecord>(
  asset: VersionedAsset<V>,
): ResourceKind<AssetContainerRecord> {
  const path = resourcePath(`${asset.segment}/:name`);
  return {
    ...containerStore(asset),
    path,
    view: (context, workspace, container) => {
      const latest = recordsIn(context, versionStore(asset), workspace, [container.name]).reduce<
        V | undefined
      >((best, version) => (!best || version.seq > best.seq ? version : best), undefined);
      const next =
        latest && /^\d+$/.test(latest.version)
          ? String(Number(latest.version) + 1)
          : latest
            ? undefined
            : '1';
      return {
        ...resourceIdentity(workspace, path, [container.name]),
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
    },
  };
}

/** The version resource: its common fields and the asset type's content. */
export function versionKind<V extends AssetVersionRecord>(asset: VersionedAsset<V>): ResourceKind<V> {
  const path = resourcePath(`${asset.segment}/:name/versions/:version`);
  return {
    ...versionStore(asset),
    path,
    view: (_context, workspace, version) => ({
      ...resourceIdentity(workspace, path, [version.name, version.version]),
      systemData: systemData(version),
      properties: {
        ...(version.description !== undefined ? { description: version.description } : {}),
        tags: version.tags,
        properties: version.properties,
        isArchived: version.isArchived,
        isAnonymous: version.isAnonymous,
        ...asset.contentView(version),
      },
    }),
  };
}

function propertiesOf(request: SandboxRequest): AssetBody | undefined {
  const body = (request.body ?? {}) as { properties?: unknown };
  return body.properties && typeof body.properties === 'object' ? (body.properties as AssetBody) : undefined;
}

/** PUT of a container: creates it, or changes what may change. */
export function putContainer({
  request,
  existing,
}: Write<AssetContainerRecord>): Written<Omit<AssetContainerRecord, keyof Stamps>> {
  const body = propertiesOf(request);
  if (!body) return requestInvalid('The Properties field is required.');
  if (existing) return { record: { ...existing, ...mutableFields(body, existing) } };
  const { description, ...fields } = mutableFields(body);
  return {
    record: { name: request.params.name!, ...(description !== undefined ? { description } : {}), ...fields },
  };
}

/** The first property whose value a PUT would change (adding a key, or leaving one out, changes none). */
function replacedProperty(
  existing: Readonly<Record<string, string>>,
  sent: Readonly<Record<string, string>>,
): { key: string; value: string } | undefined {
  for (const [key, value] of Object.entries(sent)) {
    if (key in existing && existing[key] !== value) return { key, value };
  }
  return undefined;
}

/** PUT of a version: creates it (and its container when missing), or changes what may change. */
export function putVersion<V extends AssetVersionRecord>(asset: VersionedAsset<V>) {
  return (write: Write<V>): Written<Omit<V, keyof Stamps>> => {
    const { context, request, workspace, existing, now, actor } = write;
    const body = propertiesOf(request);
    if (!body) return requestInvalid('The Properties field is required.');
    const refused = asset.refuse?.(body);
    if (refused) return refused;
    const content = asset.content(body);
    const name = request.params.name!;
    const version = request.params.version!;
    const changed = existing ? asset.changes(existing, content) : [];
    if (changed.length) {
      return mlError(
        409,
        'UserError',
        `${asset.label} ${name}:${version} already exists and its ${changed.join(', ')} cannot be changed; register a new version instead.`,
      );
    }
    const replaced = existing ? replacedProperty(existing.properties, stringMap(body.properties)) : undefined;
    if (replaced) {
      return mlError(
        400,
        'UserError',
        `Value of property ${replaced.key} for ${asset.label.toLowerCase()} ${name} cannot be replaced to ${replaced.value} without increasing the version.`,
      );
    }
    asset.containers(context)[asset.key(workspace, [name])] ??= {
      name,
      tags: {},
      properties: {},
      isArchived: false,
      ...newStamps(now, actor),
    };
    if (existing) return { record: { ...existing, ...mutableFields(body, existing) } };
    const { description, ...fields } = mutableFields(body);
    const record = {
      name,
      version,
      seq: asset.nextSeq(context),
      ...content,
      isAnonymous: body.isAnonymous === true,
      ...(description !== undefined ? { description } : {}),
      ...fields,
    };
    // The content spread supplies exactly the fields the asset type adds to the common ones.
    return { record: record as unknown as Omit<V, keyof Stamps> };
  };
}

/** DELETE of a container takes its versions with it. */
export function removeVersions<V extends AssetVersionRecord>(asset: VersionedAsset<V>) {
  return (context: SandboxContext, workspace: WorkspaceRecord, container: AssetContainerRecord): void => {
    const versions = asset.versions(context);
    for (const version of recordsIn(context, versionStore(asset), workspace, [container.name])) {
      delete versions[asset.key(workspace, [version.name, version.version])];
    }
  };
}
