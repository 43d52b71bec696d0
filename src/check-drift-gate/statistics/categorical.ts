/**
 * Category counts for categorical features, aligned over the union of categories seen in either sample, which is
 * how Azure ML and Evidently compare categorical distributions (a category missing on one side counts 0 there).
 */

/** Counts occurrences of each category. */
export function countCategories(values: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

/** Both samples' counts over the same categories, in the same order. */
export interface AlignedCategoryCounts {
  /** The union of categories, sorted (by UTF-16 code units; Python sorts by code point, which only differs for
   * characters outside the Basic Multilingual Plane and only changes summation order). */
  readonly categories: readonly string[];
  readonly referenceCounts: readonly number[];
  readonly currentCounts: readonly number[];
  /** Categories present in the current sample but absent from the reference. */
  readonly unseenInReference: readonly string[];
}

/** Aligns two count maps over the sorted union of their categories, with 0 where a side lacks a category. */
export function alignCategoryCounts(
  reference: ReadonlyMap<string, number>,
  current: ReadonlyMap<string, number>,
): AlignedCategoryCounts {
  const categories = [...new Set([...reference.keys(), ...current.keys()])].sort((a, b) =>
    a < b ? -1 : a > b ? 1 : 0,
  );
  const referenceCounts = categories.map((category) => reference.get(category) ?? 0);
  const currentCounts = categories.map((category) => current.get(category) ?? 0);
  const unseenInReference = categories.filter(
    (_category, index) => referenceCounts[index] === 0 && currentCounts[index]! > 0,
  );
  return { categories, referenceCounts, currentCounts, unseenInReference };
}
