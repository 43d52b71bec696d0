// ADF's outcome rule and dependency conditions, table-driven from the patterns of "Pipeline failure and error
// handling" (learn.microsoft.com/azure/data-factory/tutorial-pipeline-failure-error-handling).
import { describe, expect, it } from '@jest/globals';
import type { ActivityDefinition } from '../../../../../src/sandbox/pipelines/runtime/activity-definition.js';
import {
  type ActivityStatus,
  conditionHolds,
  outcomeOf,
} from '../../../../../src/sandbox/pipelines/runtime/run-outcome.js';

const activity = (name: string, ...dependsOn: Array<[string, ...string[]]>): ActivityDefinition => ({
  name,
  type: 'Wait',
  dependsOn: dependsOn.map(([on, ...conditions]) => ({ activity: on, dependencyConditions: conditions })),
});
const statuses = (entries: Record<string, ActivityStatus>) =>
  new Map(Object.entries(entries).map(([name, status]) => [name.toLowerCase(), status]));

describe('conditionHolds', () => {
  it.each([
    ['Succeeded', ['Succeeded'], true],
    ['Failed', ['Succeeded'], false],
    ['Failed', ['Completed'], true],
    ['Succeeded', ['Completed'], true],
    ['Skipped', ['Completed'], false],
    ['Skipped', ['Skipped'], true],
    ['Failed', ['Succeeded', 'Failed'], true],
    ['Cancelled', ['Completed'], false],
  ] as const)('%s satisfies %j: %s', (status, conditions, expected) => {
    expect(conditionHolds(status, conditions)).toBe(expected);
  });
});

describe('outcomeOf', () => {
  const tryCatch = [activity('A'), activity('B', ['A', 'Failed'])];
  const doIfElse = [activity('A'), activity('B', ['A', 'Succeeded']), activity('C', ['A', 'Failed'])];
  const doIfSkipElse = [...doIfElse, activity('D', ['B', 'Skipped'])];
  const generic = [activity('A'), activity('B', ['A', 'Succeeded']), activity('C', ['B', 'Completed'])];

  it.each([
    ['try-catch: A fails, B succeeds', tryCatch, { A: 'Failed', B: 'Succeeded' }, 'Succeeded', []],
    ['try-catch: A succeeds, B skipped', tryCatch, { A: 'Succeeded', B: 'Skipped' }, 'Succeeded', []],
    ['try-catch: A fails, B fails', tryCatch, { A: 'Failed', B: 'Failed' }, 'Failed', ['B']],
    [
      'do-if-else: A fails, C succeeds',
      doIfElse,
      { A: 'Failed', B: 'Skipped', C: 'Succeeded' },
      'Failed',
      ['A'],
    ],
    [
      'do-if-else: A succeeds, B succeeds',
      doIfElse,
      { A: 'Succeeded', B: 'Succeeded', C: 'Skipped' },
      'Succeeded',
      [],
    ],
    [
      'do-if-skip-else: A fails, C and D succeed',
      doIfSkipElse,
      { A: 'Failed', B: 'Skipped', C: 'Succeeded', D: 'Succeeded' },
      'Succeeded',
      [],
    ],
    [
      'generic: A fails, C runs on completion',
      generic,
      { A: 'Failed', B: 'Skipped', C: 'Skipped' },
      'Failed',
      ['A'],
    ],
    [
      'a cancelled activity cancels the outcome',
      generic,
      { A: 'Cancelled', B: 'Skipped', C: 'Skipped' },
      'Cancelled',
      [],
    ],
  ] as const)('%s', (_name, activities, entries, status, failed) => {
    expect(outcomeOf(activities, statuses(entries as Record<string, ActivityStatus>))).toEqual({
      status,
      failed,
    });
  });
});
