/**
 * An activity as the pipeline's JSON holds it (the wire form the REST API stores: settings under `typeProperties`),
 * and the checks ADF's validation makes on a list of activities before any runs: names unique, dependencies that
 * name activities of the same list, no cycles.
 */
import type { Json } from '../../arm/datafactory/store.js';

export interface ActivityDependency {
  readonly activity: string;
  readonly dependencyConditions: readonly string[];
}

export interface ActivityDefinition {
  readonly name: string;
  readonly type: string;
  readonly dependsOn?: readonly ActivityDependency[];
  readonly policy?: Json;
  readonly typeProperties?: Json;
  /** `Inactive` activities do not run; they end as `onInactiveMarkAs` says (Succeeded by default). */
  readonly state?: string;
  readonly onInactiveMarkAs?: string;
  readonly inputs?: readonly Json[];
  readonly outputs?: readonly Json[];
  readonly linkedServiceName?: Json;
}

/** The activities of a list, or what is wrong with the list (the run fails with it). */
export function readActivities(value: unknown, where: string): ActivityDefinition[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new Error(`${where}: 'activities' must be an array.`);
  const activities = value as ActivityDefinition[];
  const names = new Map<string, string>();
  for (const activity of activities) {
    if (!activity || typeof activity.name !== 'string' || typeof activity.type !== 'string') {
      throw new Error(`${where}: every activity needs a name and a type.`);
    }
    const key = activity.name.toLowerCase();
    if (names.has(key)) throw new Error(`${where}: two activities are named '${activity.name}'.`);
    names.set(key, activity.name);
  }
  for (const activity of activities) {
    for (const dependency of activity.dependsOn ?? []) {
      if (!names.has(String(dependency.activity).toLowerCase())) {
        throw new Error(
          `${where}: activity '${activity.name}' depends on '${dependency.activity}', which is not in the same list of activities.`,
        );
      }
    }
  }
  const cycle = findCycle(activities);
  if (cycle)
    throw new Error(`${where}: the activities depend on each other in a cycle (${cycle.join(' -> ')}).`);
  return activities;
}

function findCycle(activities: readonly ActivityDefinition[]): string[] | undefined {
  const byName = new Map(activities.map((a) => [a.name.toLowerCase(), a]));
  const state = new Map<string, 'visiting' | 'done'>();
  const path: string[] = [];
  const visit = (activity: ActivityDefinition): string[] | undefined => {
    const key = activity.name.toLowerCase();
    if (state.get(key) === 'done') return undefined;
    if (state.get(key) === 'visiting') return [...path.slice(path.indexOf(activity.name)), activity.name];
    state.set(key, 'visiting');
    path.push(activity.name);
    for (const dependency of activity.dependsOn ?? []) {
      const found = visit(byName.get(dependency.activity.toLowerCase())!);
      if (found) return found;
    }
    path.pop();
    state.set(key, 'done');
    return undefined;
  };
  for (const activity of activities) {
    const found = visit(activity);
    if (found) return found;
  }
  return undefined;
}
