import { describe, expect, it } from '@jest/globals';
import { deletionRefusal } from '../../../src/deploy-adf-pipelines/deletion-limits.js';

const pipelines = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ kind: 'pipeline' as const, name: `pl_${i}` }));

describe('how much a deployment may delete', () => {
  it('allows up to max-deletions and up to the share of the factory', () => {
    expect(
      deletionRefusal(pipelines(5), 10, { maxDeletions: 10, maxDeletionPercent: 50 }, 'adf'),
    ).toBeUndefined();
    expect(deletionRefusal([], 0, { maxDeletions: 0, maxDeletionPercent: 0 }, 'adf')).toBeUndefined();
  });

  it('refuses more than max-deletions, naming the input', () => {
    const refusal = deletionRefusal(pipelines(3), 100, { maxDeletions: 2, maxDeletionPercent: 100 }, 'adf');
    expect(refusal).toMatchObject({ input: 'max-deletions' });
    expect(refusal?.message).toMatch(
      /deletes 3 resources .*more than max-deletions \(2\); nothing was changed/,
    );
  });

  it('refuses more than max-deletion-percent of the factory, saying what it looks like and how to allow it', () => {
    const refusal = deletionRefusal(
      pipelines(6),
      10,
      { maxDeletions: 10, maxDeletionPercent: 50 },
      "data factory 'adf-prod'",
    );
    expect(refusal).toMatchObject({ input: 'max-deletion-percent' });
    expect(refusal?.message).toMatch(
      /deletes 6 of the 10 resources of data factory 'adf-prod' \(60%\).*more than max-deletion-percent \(50%\); nothing was changed\. A source missing most of the factory.*100 allows deleting everything/,
    );
    expect(
      deletionRefusal(pipelines(10), 10, { maxDeletions: 10, maxDeletionPercent: 100 }, 'adf'),
    ).toBeUndefined();
  });
});
