/**
 * Code and environment assets (`{W}/codes/{name}[/versions/{version}]`, `{W}/environments/...`): versioned assets
 * (versioned-assets.ts) and what a batch deployment references besides its model: `codeConfiguration.codeId` and
 * `environmentId`. Served: container GET, and version list (active ones, newest first), GET and PUT.
 *
 * - A version's content is `codeUri`, or an environment's image, conda file, build context, OS, inference config
 *   and rebuild policy; a re-PUT must send the same content (a field left out counts as a change).
 * - Environments need an image or a build context, answer `environmentType: UserCreated` and the spec's defaults
 *   (`osType` Linux, `autoRebuild` Disabled). The sandbox never builds an image.
 */
import type { SandboxContext } from '../../context.js';
import { requestInvalid } from './errors.js';
import type { ResourceKind } from './resource-routes.js';
import { syncWrites } from './resource-writes.js';
import { type AssetContainerRecord, type AssetVersionRecord, keyOf, type WorkspaceRecord } from './store.js';
import { containerKind, putVersion, type VersionedAsset, versionKind } from './versioned-assets.js';

type AssetType = 'codes' | 'environments';

interface ContentVersionRecord extends AssetVersionRecord {
  /** The immutable content fields of the kind, as sent (codeUri; image, condaFile, build, ...). */
  readonly content: Record<string, unknown>;
}

interface AssetSlice {
  containers: Record<string, AssetContainerRecord>;
  versions: Record<string, ContentVersionRecord>;
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

function asset(type: AssetType): VersionedAsset<ContentVersionRecord> {
  return {
    segment: type,
    label: type === 'codes' ? 'Code' : 'Environment',
    containers: (context) => assets(context).containers,
    versions: (context) => assets(context).versions,
    nextSeq: (context) => assets(context).nextSeq++,
    key: (workspace, names) => `${keyOf(workspace)}/${type}/${names.join('/')}`,
    refuse: (body) =>
      type === 'environments' && !body.image && !body.build
        ? requestInvalid('An environment needs an Image or a Build context.')
        : undefined,
    content: (body) => ({
      content: Object.fromEntries(
        CONTENT_FIELDS[type]
          .filter((field) => body[field] !== undefined && body[field] !== null)
          .map((field) => [field, body[field]]),
      ),
    }),
    changes: (existing, { content }) =>
      Object.keys({ ...existing.content, ...content }).filter(
        (field) => JSON.stringify(existing.content[field]) !== JSON.stringify(content[field]),
      ),
    contentView: (version) => ({
      ...(type === 'environments' ? { ...ENVIRONMENT_DEFAULTS, environmentType: 'UserCreated' } : {}),
      ...version.content,
    }),
  };
}

const ASSETS = { codes: asset('codes'), environments: asset('environments') };

function versions(type: VersionedAsset<ContentVersionRecord>): ResourceKind<ContentVersionRecord> {
  return {
    ...versionKind(type),
    list: (versions) => versions.filter((version) => !version.isArchived).sort((a, b) => b.seq - a.seq),
    writes: syncWrites<ContentVersionRecord>({ put: putVersion(type) }),
  };
}

export const codeContainers = containerKind(ASSETS.codes);
export const codeVersions = versions(ASSETS.codes);
export const environmentContainers = containerKind(ASSETS.environments);
export const environmentVersions = versions(ASSETS.environments);

/** Whether a code or environment version exists (for references from batch deployments). */
export function assetVersionExists(
  context: SandboxContext,
  workspace: WorkspaceRecord,
  type: AssetType,
  name: string,
  version: string,
): boolean {
  return ASSETS[type].key(workspace, [name, version]) in assets(context).versions;
}

/**
 * What tells a code or environment version apart from every other one, a deleted and re-registered one included
 * (its key and creation order): undefined when there is no such version.
 */
export function assetVersionIdentity(
  context: SandboxContext,
  workspace: WorkspaceRecord,
  type: AssetType,
  name: string,
  version: string,
): string | undefined {
  const key = ASSETS[type].key(workspace, [name, version]);
  const record = assets(context).versions[key];
  return record ? `${type}\n${key}\n${record.seq}` : undefined;
}

/** A code or environment version's content fields (`codeUri`; image, conda file ...), for the jobs that use it. */
export function assetVersionContent(
  context: SandboxContext,
  workspace: WorkspaceRecord,
  type: AssetType,
  name: string,
  version: string,
): Readonly<Record<string, unknown>> | undefined {
  return assets(context).versions[ASSETS[type].key(workspace, [name, version])]?.content;
}
