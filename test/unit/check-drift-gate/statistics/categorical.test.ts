import { describe, expect, it } from '@jest/globals';
import {
  alignCategoryCounts,
  countCategories,
} from '../../../../src/check-drift-gate/statistics/categorical.js';

describe('categorical counts', () => {
  it('counts each category', () => {
    expect(countCategories(['b', 'a', 'b', 'c', 'b'])).toEqual(
      new Map([
        ['b', 3],
        ['a', 1],
        ['c', 1],
      ]),
    );
  });

  it('aligns over the sorted union with 0 for a missing category and lists unseen ones', () => {
    const aligned = alignCategoryCounts(
      new Map([
        ['b', 3],
        ['a', 1],
      ]),
      new Map([
        ['c', 2],
        ['a', 5],
      ]),
    );
    expect(aligned).toEqual({
      categories: ['a', 'b', 'c'],
      referenceCounts: [1, 3, 0],
      currentCounts: [5, 0, 2],
      unseenInReference: ['c'],
    });
  });
});
