/**
 * The statistics on weighted sorted samples: a quantile sketch's retained values with their weights, an exact sample
 * (every weight 1), or exact counts per distinct value. Each function is the weighted form of the exact one beside it
 * (KS statistic, Wasserstein-1, histogram counts, quantile edges) and walks both samples once.
 *
 * On a sketch, each result is the exact result for the sketch's estimated distribution; how far that can be from the
 * truth is the caller's to state (the rank error bound turns into a bound on each figure, see metric-bounds.ts).
 */
import type { WeightedSample } from '../sketch.js';
import type { SortedSample } from './sorted-sample.js';

/** An exact sorted sample as a weighted one (weights 1); `into` gives the array of cumulative weights. */
export function weightedFromSample(
  sample: SortedSample,
  into: (length: number) => Float64Array = (length) => new Float64Array(length),
): WeightedSample {
  const cumulative = into(sample.length);
  for (let i = 0; i < sample.length; i++) cumulative[i] = i + 1;
  return { values: sample, cumulative, total: sample.length };
}

/** Exact counts per distinct value as a weighted sample. */
export function weightedFromCounts(counts: ReadonlyMap<number, number>): WeightedSample {
  const values = Float64Array.from(counts.keys()).sort();
  const cumulative = new Float64Array(values.length);
  let total = 0;
  for (let i = 0; i < values.length; i++) {
    total += counts.get(values[i]!)!;
    cumulative[i] = total;
  }
  return { values, cumulative, total };
}

/** Index of the first value > x (values ascending). */
function upperIndex(values: Float64Array, x: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (values[middle]! <= x) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Index of the first value ≥ x. */
function lowerIndex(values: Float64Array, x: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (values[middle]! < x) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Weight of the values ≤ x. */
export function weightAtMost(sample: WeightedSample, x: number): number {
  const index = upperIndex(sample.values, x);
  return index === 0 ? 0 : sample.cumulative[index - 1]!;
}

/** Weight of the values < x. */
export function weightBelow(sample: WeightedSample, x: number): number {
  const index = lowerIndex(sample.values, x);
  return index === 0 ? 0 : sample.cumulative[index - 1]!;
}

/**
 * Walks the distinct values of both samples in ascending order, calling `step(x, Fa(x), Fb(x), next)` with the
 * right-continuous CDFs at x and the next distinct value (undefined after the last).
 */
function walk(
  a: WeightedSample,
  b: WeightedSample,
  step: (x: number, fa: number, fb: number, next: number | undefined) => void,
): void {
  let i = 0;
  let j = 0;
  const av = a.values;
  const bv = b.values;
  while (i < av.length || j < bv.length) {
    const x = j >= bv.length || (i < av.length && av[i]! <= bv[j]!) ? av[i]! : bv[j]!;
    while (i < av.length && av[i]! <= x) i++;
    while (j < bv.length && bv[j]! <= x) j++;
    const fa = i === 0 ? 0 : a.cumulative[i - 1]! / a.total;
    const fb = j === 0 ? 0 : b.cumulative[j - 1]! / b.total;
    const next =
      i < av.length && j < bv.length
        ? Math.min(av[i]!, bv[j]!)
        : i < av.length
          ? av[i]
          : j < bv.length
            ? bv[j]
            : undefined;
    step(x, fa, fb, next);
  }
}

/** The two-sample KS statistic sup |Fa − Fb| and where it is reached. */
export function weightedKsStatistic(
  a: WeightedSample,
  b: WeightedSample,
): { statistic: number; location: number } {
  let statistic = 0;
  let location = Number.NaN;
  walk(a, b, (x, fa, fb) => {
    const d = Math.abs(fa - fb);
    if (d > statistic) {
      statistic = d;
      location = x;
    }
  });
  return { statistic, location };
}

/** Wasserstein-1: ∫ |Fa − Fb| dx over the pooled values (scipy's `wasserstein_distance` on weighted samples). */
export function weightedWasserstein(a: WeightedSample, b: WeightedSample): number {
  let sum = 0;
  let compensation = 0;
  walk(a, b, (x, fa, fb, next) => {
    if (next === undefined) return;
    // Neumaier's compensated sum: millions of small terms.
    const term = Math.abs(fa - fb) * (next - x);
    const t = sum + term;
    compensation += Math.abs(sum) >= Math.abs(term) ? sum - t + term : term - t + sum;
    sum = t;
  });
  return sum + compensation;
}

/**
 * Weight per bin as `np.histogram` counts: bin i is [edges[i], edges[i+1]) except the last, which is closed; weight
 * outside the edges is not counted.
 */
export function weightedHistogramCounts(sample: WeightedSample, edges: readonly number[]): number[] {
  const counts: number[] = [];
  for (let i = 0; i + 1 < edges.length; i++) {
    const upper =
      i + 2 === edges.length ? weightAtMost(sample, edges[i + 1]!) : weightBelow(sample, edges[i + 1]!);
    counts.push(upper - weightBelow(sample, edges[i]!));
  }
  return counts;
}

/** Weight per bin for `searchsorted(interiorEdges, x, side='right')`: bin j holds edges[j−1] ≤ x < edges[j]. */
export function weightedCountByRightSearch(
  sample: WeightedSample,
  interiorEdges: readonly number[],
): number[] {
  const counts: number[] = [];
  let previous = 0;
  for (const edge of interiorEdges) {
    const below = weightBelow(sample, edge);
    counts.push(below - previous);
    previous = below;
  }
  counts.push(sample.total - previous);
  return counts;
}

/**
 * The q-quantile of the estimated distribution, NumPy's 'linear' method on the virtual index (n − 1)·q, with the
 * order statistics read from the weights (the value whose cumulative weight first exceeds the index).
 */
export function weightedQuantile(sample: WeightedSample, q: number): number {
  const position = (sample.total - 1) * q;
  const below = Math.floor(position);
  const at = (rank: number) =>
    sample.values[Math.min(upperIndexOfWeight(sample, rank), sample.values.length - 1)]!;
  const a = at(below);
  const b = at(below + 1);
  const gamma = position - below;
  return gamma >= 0.5 ? b - (b - a) * (1 - gamma) : a + (b - a) * gamma;
}

/** Index of the value holding the order statistic of 0-based rank `rank` (first cumulative weight > rank). */
function upperIndexOfWeight(sample: WeightedSample, rank: number): number {
  let low = 0;
  let high = sample.cumulative.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sample.cumulative[middle]! <= rank) low = middle + 1;
    else high = middle;
  }
  return low;
}
