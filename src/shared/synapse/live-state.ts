/**
 * What a Synapse workspace holds now, read from its development endpoint with one list per artifact kind (following
 * `nextLink` paging), all at once, the same shape as a data factory's live state (src/shared/adf/live-state.ts) so
 * the plan, the diff and the receipt's verification treat both targets alike.
 *
 * What the workspace creates with itself is left out: the linked services `<workspace>-WorkspaceDefaultStorage` and
 * `<workspace>-WorkspaceDefaultSqlServer`, the credential `WorkspaceSystemIdentity` and the integration runtime
 * `AutoResolveIntegrationRuntime`. Synapse refuses to write or delete them, and the Synapse deployment task skips them
 * too (Azure/Synapse-workspace-deployment, default_artifacts.ts): they are never a deployment's to change, so they
 * are never orphans.
 */
import type { ArtifactKind } from '../adf/artifacts.js';
import { compareArtifacts } from '../adf/artifacts.js';
import type { LiveArtifact, LiveFactory, TriggerRuntimeState } from '../adf/live-state.js';
import { normaliseProperties } from '../adf/normalise.js';
import { withContext } from '../errors.js';
import type { SynapseDevClient } from './dev-client.js';

/** The development endpoint's path of each kind a workspace holds (the 2020-12-01 artifacts spec). */
export const SYNAPSE_PATHS: Readonly<Partial<Record<ArtifactKind, string>>> = {
  integrationRuntime: 'integrationRuntimes',
  credential: 'credentials',
  linkedService: 'linkedservices',
  dataset: 'datasets',
  dataflow: 'dataflows',
  notebook: 'notebooks',
  sqlScript: 'sqlScripts',
  sparkJobDefinition: 'sparkJobDefinitions',
  pipeline: 'pipelines',
  trigger: 'triggers',
};

/** The kinds a Synapse workspace holds and this action deploys. */
export const SYNAPSE_KINDS = Object.keys(SYNAPSE_PATHS) as ArtifactKind[];

/** Whether the workspace made this artifact itself (see the module comment). */
export function isWorkspaceDefault(workspace: string, kind: ArtifactKind, name: string): boolean {
  const lower = name.toLowerCase();
  const ws = workspace.toLowerCase();
  if (kind === 'linkedService') {
    return lower === `${ws}-workspacedefaultstorage` || lower === `${ws}-workspacedefaultsqlserver`;
  }
  if (kind === 'credential') return lower === 'workspacesystemidentity';
  if (kind === 'integrationRuntime') return lower === 'autoresolveintegrationruntime';
  return false;
}

interface RawItem {
  readonly name?: string;
  readonly properties?: Record<string, unknown>;
}

async function listRaw(client: SynapseDevClient, path: string): Promise<RawItem[]> {
  const items: RawItem[] = [];
  let next: string | undefined = path;
  while (next) {
    const page = (await client.send('GET', next)).body as { value?: unknown; nextLink?: unknown } | undefined;
    if (Array.isArray(page?.value)) items.push(...(page.value as RawItem[]));
    next = typeof page?.nextLink === 'string' && page.nextLink !== '' ? page.nextLink : undefined;
  }
  return items;
}

export async function readLiveWorkspace(
  client: SynapseDevClient,
  workspace: string,
  kinds: readonly ArtifactKind[],
): Promise<LiveFactory> {
  const wanted = SYNAPSE_KINDS.filter((kind) => kinds.includes(kind));
  const lists = await Promise.all(
    wanted.map(async (kind) => {
      try {
        return { kind, items: await listRaw(client, `/${SYNAPSE_PATHS[kind]}`) };
      } catch (error) {
        throw withContext(`Failed to list the ${kind} artifacts of Synapse workspace '${workspace}'`, error);
      }
    }),
  );
  const resources: LiveArtifact[] = [];
  for (const { kind, items } of lists) {
    for (const item of items) {
      if (!item.name || isWorkspaceDefault(workspace, kind, item.name)) continue;
      const properties = item.properties ?? {};
      const state = kind === 'trigger' ? properties.runtimeState : undefined;
      resources.push({
        kind,
        name: item.name.slice(item.name.lastIndexOf('/') + 1),
        properties: normaliseProperties(kind, properties),
        ...(typeof state === 'string' ? { runtimeState: state as TriggerRuntimeState } : {}),
      });
    }
  }
  resources.sort(compareArtifacts);
  const triggerStates = new Map<string, TriggerRuntimeState>();
  for (const r of resources) {
    if (r.kind === 'trigger' && r.runtimeState) triggerStates.set(r.name.toLowerCase(), r.runtimeState);
  }
  return { resources, triggerStates };
}
