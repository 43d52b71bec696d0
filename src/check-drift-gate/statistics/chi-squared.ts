/**
 * Pearson's chi-squared tests on category counts: the goodness-of-fit form Azure ML uses (current counts against
 * the reference's proportions) and the 2 × k contingency form (`scipy.stats.chi2_contingency`).
 */

import { addTo, compensatedSum, totalOf } from './floating-point.js';
import { chiSquaredSurvival } from './incomplete-gamma.js';

export interface ChiSquaredResult {
  readonly defined: true;
  /** Σ (O − E)² / E. */
  readonly statistic: number;
  /** Pr(χ²_dof ≥ statistic) = Q(dof/2, statistic/2). */
  readonly pvalue: number;
  readonly dof: number;
}

/** Why a chi-squared test has no value for these counts (the reference tools would divide by zero or raise). */
export interface ChiSquaredUndefined {
  readonly defined: false;
  readonly reason:
    | 'category-unseen-in-reference'
    | 'zero-expected-frequency'
    | 'single-category'
    | 'empty-reference'
    | 'empty-current';
  /** Indexes of the categories at fault (unseen in the reference, or with a zero expected frequency). */
  readonly categories: readonly number[];
}

export type ChiSquaredOutcome = ChiSquaredResult | ChiSquaredUndefined;

function totalCount(counts: readonly number[]): number {
  const accumulator = compensatedSum();
  for (const count of counts) addTo(accumulator, count);
  return totalOf(accumulator);
}

/**
 * Goodness of fit as Azure ML computes it: `scipy.stats.chisquare(f_obs=current, f_exp=reference_i / n_ref ·
 * n_cur)` over the union of categories, dof = k − 1. Undefined when a category has no reference count (its
 * expected frequency is 0, and scipy would give an infinite statistic), when there is a single category (dof 0),
 * or when a side is empty.
 */
export function chiSquaredGoodnessOfFit(
  referenceCounts: readonly number[],
  currentCounts: readonly number[],
): ChiSquaredOutcome {
  if (referenceCounts.length !== currentCounts.length) {
    throw new RangeError(
      `count vectors differ in length: ${referenceCounts.length} vs ${currentCounts.length}`,
    );
  }
  const referenceTotal = totalCount(referenceCounts);
  const currentTotal = totalCount(currentCounts);
  if (!(referenceTotal > 0)) return { defined: false, reason: 'empty-reference', categories: [] };
  if (!(currentTotal > 0)) return { defined: false, reason: 'empty-current', categories: [] };
  const unseen: number[] = [];
  referenceCounts.forEach((count, index) => {
    if (count === 0) unseen.push(index);
  });
  if (unseen.length > 0)
    return { defined: false, reason: 'category-unseen-in-reference', categories: unseen };
  const dof = referenceCounts.length - 1;
  if (dof < 1) return { defined: false, reason: 'single-category', categories: [] };
  const statistic = compensatedSum();
  for (let i = 0; i < referenceCounts.length; i++) {
    const expected = (referenceCounts[i]! / referenceTotal) * currentTotal;
    const difference = currentCounts[i]! - expected;
    addTo(statistic, (difference * difference) / expected);
  }
  const value = totalOf(statistic);
  return { defined: true, statistic: value, pvalue: chiSquaredSurvival(value, dof), dof };
}

/**
 * The test of independence on the 2 × k table [reference; current], `scipy.stats.chi2_contingency(table)` with its
 * default `correction=True`: E_ij = row_i · col_j / N, dof = k − 1, and when dof = 1 (a binary feature) Yates'
 * continuity correction moves each observed count toward its expectation by min(0.5, |E − O|). With k = 1 the test
 * is degenerate and scipy reports statistic 0, p = 1. Undefined when an expected frequency is 0 (a category absent
 * from both rows, or an empty row), where scipy raises.
 */
export function chiSquaredContingency(
  referenceCounts: readonly number[],
  currentCounts: readonly number[],
): ChiSquaredOutcome {
  if (referenceCounts.length !== currentCounts.length) {
    throw new RangeError(
      `count vectors differ in length: ${referenceCounts.length} vs ${currentCounts.length}`,
    );
  }
  const k = referenceCounts.length;
  const rows = [referenceCounts, currentCounts] as const;
  const rowTotals = rows.map(totalCount);
  const columnTotals = referenceCounts.map((count, j) => count + currentCounts[j]!);
  const grandTotal = totalCount(rowTotals);
  const zeroColumns: number[] = [];
  columnTotals.forEach((total, j) => {
    if (total === 0) zeroColumns.push(j);
  });
  if (!(rowTotals[0]! > 0)) return { defined: false, reason: 'empty-reference', categories: [] };
  if (!(rowTotals[1]! > 0)) return { defined: false, reason: 'empty-current', categories: [] };
  if (zeroColumns.length > 0)
    return { defined: false, reason: 'zero-expected-frequency', categories: zeroColumns };
  const dof = k - 1;
  if (dof === 0) return { defined: true, statistic: 0, pvalue: 1, dof };
  const statistic = compensatedSum();
  for (let i = 0; i < 2; i++) {
    for (let j = 0; j < k; j++) {
      const expected = (rowTotals[i]! * columnTotals[j]!) / grandTotal;
      let observed = rows[i]![j]!;
      if (dof === 1) {
        const difference = expected - observed;
        observed += Math.sign(difference) * Math.min(0.5, Math.abs(difference));
      }
      const deviation = observed - expected;
      addTo(statistic, (deviation * deviation) / expected);
    }
  }
  const value = totalOf(statistic);
  return { defined: true, statistic: value, pvalue: chiSquaredSurvival(value, dof), dof };
}
