// The Mermaid chart of the summary: labels quoted and escaped so that the data cannot end them or start syntax,
// numbers in the plain decimals the grammar reads, at most 30 features (the furthest past their thresholds), ∞ capped.
import { describe, expect, it } from '@jest/globals';
import { driftCharts, mermaidLabel, mermaidNumber } from '../../../src/check-drift-gate/drift-chart.js';
import type { FeatureResult } from '../../../src/check-drift-gate/feature-comparison.js';

describe('mermaidLabel and mermaidNumber', () => {
  it.each([
    ['age', '"age"'],
    ['a "quoted" name', '"a #quot;quoted#quot; name"'],
    ['50% #1; `x`', '"50#37; #35;1; #96;x#96;"'],
    ['<b>&', '"#lt;b#gt;#amp;"'],
    ['line\nbreak\r\n\tand tab', '"line break and tab"'],
  ])('%j → %s', (text, label) => {
    expect(mermaidLabel(text)).toBe(label);
  });

  it.each([
    [0.1, '0.1'],
    [1e-7, '0.0000001'],
    [12345.678901, '12345.6789'],
    [-0.5, '-0.5'],
    [Number.NaN, '0'],
    [3e-300, '0'],
  ])('%d → %s (no exponent)', (value, text) => {
    expect(mermaidNumber(value)).toBe(text);
  });
});

function feature(name: string, value: number, threshold = 0.1): FeatureResult {
  return {
    name,
    metrics: [{ metric: 'wasserstein', value, threshold, comparison: '>' }],
  } as unknown as FeatureResult;
}

describe('driftCharts', () => {
  it('one bar chart per metric, the threshold as a line', () => {
    const [chart] = driftCharts([feature('age', 0.02), feature('income', 0.35)]);
    expect(chart!.source).toBe(
      [
        'xychart-beta',
        '  title "normalised Wasserstein distance: bars per feature, threshold as a line (drift above it: value #gt; threshold)"',
        '  x-axis ["age", "income"]',
        '  y-axis "wasserstein" 0 --> 0.4375',
        '  bar [0.02, 0.35]',
        '  line [0.1, 0.1]',
      ].join('\n'),
    );
  });

  it('draws p-values as −log10 p, so that drift is above the line in every chart', () => {
    const ks = (name: string, value: number) =>
      ({
        name,
        metrics: [{ metric: 'ks', value, threshold: 0.05, comparison: '<' }],
      }) as unknown as FeatureResult;
    const [chart] = driftCharts([ks('calm', 0.5), ks('moved', 1e-12), ks('far', 0)]);
    expect(chart!.source.split('\n').slice(3)).toEqual([
      '  y-axis "ks, −log10 p" 0 --> 37.5',
      '  bar [0.301, 12, 30]',
      '  line [1.301, 1.301, 1.301]',
    ]);
    expect(chart!.notes).toEqual(['p below 1e-30, drawn at 30: far']);
  });

  it('keeps the 30 features furthest past their thresholds, and draws ∞ at the top of the axis', () => {
    const features = Array.from({ length: 40 }, (_, i) => feature(`f${i}`, i / 100));
    features.push(feature('infinite', Number.POSITIVE_INFINITY));
    const [chart] = driftCharts(features);
    expect(chart!.notes).toEqual([
      '30 of 41 features shown, the furthest past their thresholds',
      '∞ drawn at the top of the axis: infinite',
    ]);
    expect(chart!.source).toContain('"f39", "infinite"]');
    expect(chart!.source).not.toContain('"f10"');
  });
});
