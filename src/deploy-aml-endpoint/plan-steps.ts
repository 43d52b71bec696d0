/**
 * The plan's steps: what a release changes, resource by resource, with a field-level diff between live state and
 * the specs. Pure: it takes what was read and what is wanted, and answers create / update / no-op (and register,
 * tag, switch, delete) per resource. Comparison is on the fields the specs manage, after the service's own defaults
 * are applied to the wanted side (the SDK never sends defaults; a GET shows them), with ARM ids and enum values
 * compared without regard to case and ISO 8601 durations by their length — so a live resource that matches gives a
 * no-op, and a rerun writes nothing.
 *
 * What Azure cannot change in place is a conflict, not an update: an endpoint's `location` (an ARM resource never
 * moves) and `auth_mode`, and existing entries of the add-only `properties` dictionaries ("Properties can be added,
 * but not removed or altered", 2022-10-01 spec) of endpoints and deployments. Everything else of a deployment
 * (model, code, environment, compute, settings) is updated in place — "update code, model, environment, or
 * settings ... then run az ml batch-deployment update" (Microsoft Learn, batch model deployments) — never by delete
 * and re-create.
 */
import type { BatchDeployment, BatchEndpoint } from '@azure/arm-machinelearning';
import type { DocumentPath } from '#shared/documents.js';
import { MANAGED_BY, MANAGED_BY_TAG } from './desired-state.js';
import { createdAt } from './live-state.js';

export type StepAction = 'create' | 'update' | 'no-op' | 'register' | 'tag' | 'switch' | 'delete' | 'keep';
export type StepResource =
  | 'model'
  | 'environment'
  | 'scoring code'
  | 'endpoint'
  | 'deployment'
  | 'default deployment'
  | 'old deployment';

export interface FieldChange {
  readonly field: string;
  readonly before?: unknown;
  readonly after?: unknown;
}

export interface PlanStep {
  readonly resource: StepResource;
  readonly name: string;
  readonly action: StepAction;
  readonly reason?: string;
  readonly changes: readonly FieldChange[];
}

/** A change Azure cannot make in place; `at` is where the spec asks for it. */
export interface Conflict {
  readonly field: string;
  readonly at: DocumentPath;
  readonly message: string;
}

export interface ResourceDiff {
  readonly action: 'create' | 'update' | 'no-op';
  readonly reason?: string;
  readonly changes: readonly FieldChange[];
  readonly conflicts: readonly Conflict[];
}

/** Batch deployment server defaults (2022-10-01 spec `default`s; AZURE-CONTRACTS.md). */
export const DEPLOYMENT_DEFAULTS: Readonly<Record<string, unknown>> = {
  'properties.miniBatchSize': 10,
  'properties.maxConcurrencyPerInstance': 1,
  'properties.errorThreshold': -1,
  'properties.retrySettings.maxRetries': 3,
  'properties.retrySettings.timeout': 'PT30S',
  'properties.outputAction': 'AppendRow',
  'properties.outputFileName': 'predictions.csv',
  'properties.loggingLevel': 'Info',
  'properties.resources.instanceCount': 1,
};

type Kind = 'value' | 'text' | 'id' | 'enum' | 'duration' | 'map' | 'location' | 'set';

interface FieldRule {
  readonly field: string;
  readonly kind: Kind;
}

const DEPLOYMENT_FIELDS: readonly FieldRule[] = [
  { field: 'tags', kind: 'map' },
  { field: 'properties.description', kind: 'text' },
  { field: 'properties.model.assetId', kind: 'id' },
  { field: 'properties.compute', kind: 'id' },
  { field: 'properties.codeConfiguration.codeId', kind: 'id' },
  { field: 'properties.codeConfiguration.scoringScript', kind: 'text' },
  { field: 'properties.environmentId', kind: 'id' },
  { field: 'properties.environmentVariables', kind: 'map' },
  { field: 'properties.miniBatchSize', kind: 'value' },
  { field: 'properties.maxConcurrencyPerInstance', kind: 'value' },
  { field: 'properties.errorThreshold', kind: 'value' },
  { field: 'properties.retrySettings.maxRetries', kind: 'value' },
  { field: 'properties.retrySettings.timeout', kind: 'duration' },
  { field: 'properties.outputAction', kind: 'enum' },
  { field: 'properties.outputFileName', kind: 'text' },
  { field: 'properties.loggingLevel', kind: 'enum' },
  { field: 'properties.resources.instanceCount', kind: 'value' },
  { field: 'properties.resources.instanceType', kind: 'text' },
  { field: 'properties.resources.properties', kind: 'map' },
];

const ENDPOINT_FIELDS: readonly FieldRule[] = [
  { field: 'tags', kind: 'map' },
  { field: 'properties.description', kind: 'text' },
];

function get(value: unknown, field: string): unknown {
  let current = value;
  for (const segment of field.split('.')) {
    if (current === null || current === undefined || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current === null ? undefined : current;
}

/** ISO 8601 duration (time part, optional days) in seconds; undefined when unreadable. */
export function durationSeconds(text: string): number | undefined {
  const match =
    /^P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/i.exec(
      text.trim(),
    );
  if (!match || text.trim().toUpperCase() === 'P' || /T$/i.test(text.trim())) return undefined;
  const [, d = '0', h = '0', m = '0', s = '0'] = match;
  return Number(d) * 86_400 + Number(h) * 3_600 + Number(m) * 60 + Number(s);
}

function cleanMap(value: unknown): Record<string, unknown> {
  if (!value || typeof value !== 'object') return {};
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== null && v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
}

/** The comparable form of a value; `undefined` means absent. */
function comparable(kind: Kind, value: unknown): unknown {
  if (value === undefined || value === null) return undefined;
  switch (kind) {
    case 'text':
      return String(value) === '' ? undefined : String(value);
    case 'id':
    case 'enum':
      return String(value).toLowerCase();
    case 'location':
      return String(value).toLowerCase().replace(/\s+/g, '');
    case 'duration':
      return durationSeconds(String(value)) ?? String(value);
    case 'map': {
      const map = cleanMap(value);
      return Object.keys(map).length ? JSON.stringify(map) : undefined;
    }
    case 'set': {
      const items = (value as unknown[]).map((item) => String(item).toLowerCase()).sort();
      return items.length ? JSON.stringify(items) : undefined;
    }
    case 'value':
      return JSON.stringify(value);
  }
}

function compareFields(
  rules: readonly FieldRule[],
  desired: unknown,
  live: unknown,
  defaults: Readonly<Record<string, unknown>> = {},
): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const { field, kind } of rules) {
    const wanted = get(desired, field) ?? defaults[field];
    const current = get(live, field) ?? defaults[field];
    if (comparable(kind, wanted) === comparable(kind, current)) continue;
    changes.push(dropUndefined({ field, before: display(kind, current), after: display(kind, wanted) }));
  }
  return changes;
}

function display(kind: Kind, value: unknown): unknown {
  if (value === undefined || value === null) return undefined;
  return kind === 'map' ? cleanMap(value) : value;
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** Add-only property bags: new keys are changes, a different value for an existing key is a conflict. */
function comparePropertyBag(
  field: string,
  specPath: DocumentPath,
  desired: Record<string, string> | undefined,
  live: Record<string, string | null> | undefined,
  changes: FieldChange[],
  conflicts: Conflict[],
): void {
  for (const [key, value] of Object.entries(desired ?? {})) {
    const current = live?.[key];
    if (current === undefined || current === null) {
      changes.push({ field: `${field}.${key}`, after: value });
    } else if (current !== value) {
      conflicts.push({
        field: `${field}.${key}`,
        at: [...specPath, key],
        message: `property '${key}' is '${current}' in Azure and cannot be changed to '${value}': Azure ML properties can be added but never altered or removed. Keep the current value, or use a tag for values that change.`,
      });
    }
  }
}

export function diffEndpoint(
  desired: BatchEndpoint,
  live: BatchEndpoint | undefined,
  specHasLocation: boolean,
): ResourceDiff {
  if (!live) {
    return {
      action: 'create',
      changes: [
        { field: 'location', after: desired.location },
        { field: 'properties.authMode', after: desired.properties.authMode },
        ...compareFields(ENDPOINT_FIELDS, desired, undefined),
      ],
      conflicts: [],
    };
  }
  const changes = compareFields(ENDPOINT_FIELDS, desired, live);
  const conflicts: Conflict[] = [];
  if (comparable('location', desired.location) !== comparable('location', live.location)) {
    conflicts.push({
      field: 'location',
      at: specHasLocation ? ['location'] : ['name'],
      message: `batch endpoint '${live.name}' exists in ${live.location} and cannot move to ${desired.location}: an Azure resource never changes region. Use another endpoint name for ${desired.location}.`,
    });
  }
  if (comparable('enum', desired.properties.authMode) !== comparable('enum', live.properties.authMode)) {
    conflicts.push({
      field: 'properties.authMode',
      at: ['auth_mode'],
      message: `batch endpoint '${live.name}' uses auth mode ${live.properties.authMode}, which cannot be changed to ${desired.properties.authMode} in place: it would need deleting and re-creating the endpoint (downtime), which this action never does. Create a new endpoint with auth_mode: aad_token.`,
    });
  }
  comparePropertyBag(
    'properties.properties',
    ['properties'],
    desired.properties.properties as Record<string, string> | undefined,
    live.properties.properties ?? undefined,
    changes,
    conflicts,
  );
  if (desired.identity) {
    const wantedUsers = Object.keys(desired.identity.userAssignedIdentities ?? {});
    const liveUsers = Object.keys(live.identity?.userAssignedIdentities ?? {});
    if (
      comparable('enum', desired.identity.type) !== comparable('enum', live.identity?.type ?? 'None') ||
      comparable('set', wantedUsers) !== comparable('set', liveUsers)
    ) {
      changes.push({
        field: 'identity',
        before: live.identity ? { type: live.identity.type, userAssignedIdentities: liveUsers } : undefined,
        after: { type: desired.identity.type, userAssignedIdentities: wantedUsers },
      });
    }
  }
  const state = live.properties.provisioningState;
  if (changes.length === 0 && state !== undefined && state !== 'Succeeded') {
    return {
      action: 'update',
      reason: `its provisioning state is ${state}; the spec is applied again`,
      changes,
      conflicts,
    };
  }
  return { action: changes.length ? 'update' : 'no-op', changes, conflicts };
}

export function diffDeployment(desired: BatchDeployment, live: BatchDeployment | undefined): ResourceDiff {
  // A new deployment shows what the spec sets; Azure's defaults fill in the rest.
  if (!live)
    return { action: 'create', changes: compareFields(DEPLOYMENT_FIELDS, desired, undefined), conflicts: [] };
  const changes = compareFields(DEPLOYMENT_FIELDS, desired, live, DEPLOYMENT_DEFAULTS);
  const conflicts: Conflict[] = [];
  comparePropertyBag(
    'properties.properties',
    ['properties'],
    desired.properties.properties as Record<string, string> | undefined,
    live.properties.properties ?? undefined,
    changes,
    conflicts,
  );
  const state = live.properties.provisioningState;
  if (changes.length === 0 && state !== undefined && state !== 'Succeeded') {
    return {
      action: 'update',
      reason: `its provisioning state is ${state}; the spec is applied again`,
      changes,
      conflicts,
    };
  }
  return { action: changes.length ? 'update' : 'no-op', changes, conflicts };
}

/**
 * The default switch, to `target` (default-deployment.ts): only ever once the run's deployments have succeeded.
 * `kept` when set-default is false: the endpoint's default is left as it is.
 */
export function planDefault(
  endpoint: string,
  current: string | undefined,
  target: string | undefined,
  kept: boolean,
): PlanStep {
  if (kept || target === undefined) {
    return {
      resource: 'default deployment',
      name: endpoint,
      action: 'keep',
      reason: `set-default is false; the default stays ${current ?? '(none)'}`,
      changes: [],
    };
  }
  const name = `${endpoint} → ${target}`;
  if (current?.toLowerCase() === target.toLowerCase()) {
    return { resource: 'default deployment', name, action: 'no-op', changes: [] };
  }
  return {
    resource: 'default deployment',
    name,
    action: 'switch',
    reason: 'once the deployments have reached Succeeded, by re-PUT of the endpoint, then verified',
    changes: [{ field: 'properties.defaults.deploymentName', before: current, after: target }],
  };
}

/**
 * Which deployments go once the rollout is done: the endpoint keeps `keep` deployments, the protected ones (the
 * run's deployments and the default) included, the newest of the others first. Only deployments this action created
 * (tag `mlops.managed-by`) are ever deleted; a protected one never is, even beyond `keep`.
 */
export function planCleanup(
  live: readonly BatchDeployment[],
  protectedNames: readonly string[],
  keep: number,
): PlanStep[] {
  const isProtected = (name: string) => protectedNames.some((p) => p.toLowerCase() === name.toLowerCase());
  const others = live
    .filter((deployment) => deployment.name && !isProtected(deployment.name))
    .filter((deployment) => deployment.properties.provisioningState !== 'Deleting')
    .sort((a, b) => createdAt(b) - createdAt(a));
  const room = Math.max(0, keep - new Set(protectedNames.map((n) => n.toLowerCase())).size);
  return others.slice(room).map((deployment): PlanStep => {
    const managed = deployment.tags?.[MANAGED_BY_TAG] === MANAGED_BY;
    return managed
      ? {
          resource: 'old deployment',
          name: deployment.name!,
          action: 'delete',
          reason: `beyond keep-deployments (${keep})`,
          changes: [],
        }
      : {
          resource: 'old deployment',
          name: deployment.name!,
          action: 'keep',
          reason: `beyond keep-deployments (${keep}), but not created by this action (no tag ${MANAGED_BY_TAG}); left in place`,
          changes: [],
        };
  });
}

export function writesAnything(steps: readonly PlanStep[]): boolean {
  return steps.some((step) => step.action !== 'no-op' && step.action !== 'keep');
}
