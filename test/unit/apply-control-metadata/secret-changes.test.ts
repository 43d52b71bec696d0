import { describe, expect, it } from '@jest/globals';
import type { RowPlanEntry } from '../../../src/apply-control-metadata/plan.js';
import { columnChangeLines } from '../../../src/apply-control-metadata/report.js';
import { hideSecretChanges } from '../../../src/apply-control-metadata/secret-changes.js';

const update = (id: string, changes: RowPlanEntry['changes']): RowPlanEntry => ({
  id,
  action: 'update',
  changes,
});

describe('hideSecretChanges', () => {
  it('hides a secret parameter on both sides, masks both values, and leaves the other keys shown', () => {
    const masked: string[] = [];
    const [entry] = hideSecretChanges(
      [
        update('Retail', [
          {
            column: 'parameters',
            from: { token: 'old-tok', threshold: 0.3 },
            to: { token: 'new-tok', threshold: 0.4 },
          },
        ]),
      ],
      [{ id: 'retail', column: 'parameters', key: 'token' }],
      (value) => masked.push(value),
    );
    expect(masked).toEqual(['old-tok', 'new-tok']);
    const [change] = entry!.changes;
    expect(change).toEqual({
      column: 'parameters',
      from: { token: '***', threshold: 0.3 },
      to: { token: '***', threshold: 0.4 },
      secret: [{ key: 'token', change: 'changed' }],
    });
    expect(columnChangeLines(change!)).toEqual([
      '~ parameters.threshold: 0.3 → 0.4',
      '~ parameters.token: (a secret value, changed; not shown)',
    ]);
  });

  it('a secret key removed, and a whole column from a secret (every row)', () => {
    const masked: string[] = [];
    const [entry] = hideSecretChanges(
      [
        update('a', [
          { column: 'parameters', from: { token: 'old-tok' }, to: {} },
          { column: 'output_location', from: 'abfss://old-acct', to: 'abfss://new-acct' },
        ]),
      ],
      [{ column: 'parameters', key: 'token' }, { column: 'output_location' }],
      (value) => masked.push(value),
    );
    expect(masked).toEqual(['old-tok', 'abfss://old-acct', 'abfss://new-acct']);
    expect(entry!.changes.flatMap(columnChangeLines)).toEqual([
      '- parameters.token: (a secret value, removed; not shown)',
      '~ output_location: (a secret value, changed; not shown)',
    ]);
    expect(JSON.stringify(entry)).not.toMatch(/old-tok|acct/);
  });

  it('leaves rows and columns no secret sets as they are', () => {
    const entries = [update('b', [{ column: 'enabled', from: true, to: false }])];
    expect(hideSecretChanges(entries, [{ id: 'a', column: 'enabled' }], () => undefined)).toEqual(entries);
  });
});
