// How the gate behaves on the cases its README documents: type inference and overrides, missing values, unseen
// categories, constant features, empty input, no common columns, bad values, the preset's metric choice, the
// validation of metrics/thresholds, the dataset verdict, and the gate as the step runs it (its log and timeout).
import { describe, expect, it } from '@jest/globals';
import { measureDrift } from '../../../src/check-drift-gate/gate.js';
import { parseMetrics, parseThresholds } from '../../../src/check-drift-gate/metric-plan.js';
import { ConfigurationError, TimeoutError } from '../../../src/shared/errors.js';
import { RecordingLogger } from '../../../src/shared/logger.js';
import { column, csvSource, gate, gateConfig, metricOf, type Rows } from './gate-fixtures.js';

const range = <T>(n: number, f: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => f(i));

describe('feature types', () => {
  const reference = csvSource(
    'ref.csv',
    ['price', 'rooms', 'id', 'zip', 'garden'],
    range(400, (i) => i).map((i) => ({
      price: `${100 + (i % 50)}.5`,
      rooms: (i % 5) + 1,
      id: i as number,
      zip: `0${1000 + (i % 7)}`,
      garden: i % 3 === 0 ? 'true' : 'false',
    })),
  );
  const current = csvSource(
    'cur.csv',
    ['price', 'rooms', 'id', 'zip', 'garden'],
    range(300, (i) => i).map((i) => ({
      price: `${120 + (i % 50)}.5`,
      rooms: (i % 6) + 1,
      id: i as number,
      zip: '01001',
      garden: 'false',
    })),
  );

  it('are inferred as Azure ML does: floats numerical, integers by their distinct ratio, strings and booleans categorical', async () => {
    const result = await gate(reference, current);
    const types = Object.fromEntries(result.features.map((f) => [f.name, [f.type, f.decision.reason]]));
    expect(types).toEqual({
      price: ['numerical', 'float column'],
      rooms: ['categorical', 'integer column, distinct/total 0.0125 < 0.05'],
      id: ['numerical', 'integer column, distinct/total 1.00 ≥ 0.05'],
      // "01001" reads as the number 1001, as pandas reads it: an integer column.
      zip: ['categorical', 'integer column, distinct/total 0.0175 < 0.05'],
      garden: ['categorical', 'boolean column'],
    });
  });

  it('are overridden by feature-types, and the override is reported', async () => {
    const result = await gate(reference, current, {
      featureTypes: { rooms: 'numerical', price: 'categorical' },
    });
    const rooms = result.features.find((f) => f.name === 'rooms')!;
    expect([rooms.type, rooms.decision.source, rooms.decision.reason]).toEqual([
      'numerical',
      'feature-types',
      'declared numerical in feature-types',
    ]);
    expect(result.features.find((f) => f.name === 'price')!.type).toBe('categorical');
  });

  it('feature-types naming a column that is not compared is an error naming the input and key', async () => {
    await expect(gate(reference, current, { featureTypes: { roms: 'numerical' } })).rejects.toThrow(
      "Input 'feature-types' (roms): 'roms' is not a compared feature (compared features: price, rooms, id, zip, garden)",
    );
  });
});

describe('bad and missing data', () => {
  it('a non-number in the current data of a numerical feature names the file, line and column', async () => {
    const reference = csvSource(
      'data/ref.csv',
      ['age'],
      column(
        'age',
        range(50, (i) => 20 + i * 0.5),
      ),
    );
    const current = csvSource('data/cur.csv', ['age'], column('age', ['31.5', '40', 'n/a', 'forty', '22']));
    const error = await gate(reference, current).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).message).toBe(
      `data/cur.csv line 5: column 'age': "forty" is not a number, but 'age' is a numerical feature (inferred from the reference: float column); fix the data, exclude the column (exclude-features), or declare it categorical in feature-types`,
    );
    expect((error as ConfigurationError).input).toBe('current');
    expect((error as ConfigurationError).location).toEqual({ file: 'data/cur.csv', line: 5 });
  });

  it('counts missing values per feature; azureml drops incomplete rows, evidently drops values per feature', async () => {
    const rows = (shift: number): Rows =>
      range(200, (i) => i).map((i) => ({
        a: i % 4 === 0 ? null : i + shift + 0.5,
        b: i % 10 === 0 ? 'NA' : ((i * 7) % 13) + 0.25,
      }));
    const reference = csvSource('ref.csv', ['a', 'b'], rows(0));
    const current = csvSource('cur.csv', ['a', 'b'], rows(3));
    const azure = await gate(reference, current);
    const a = azure.features[0]!;
    expect(a.missing.reference).toEqual({ count: 50, share: 0.25 });
    expect(azure.sides.reference.droppedRows).toBe(50 + 20 - 10);
    expect(a.values.reference).toBe(200 - 60);
    const evidently = await gate(
      csvSource('ref.csv', ['a', 'b'], rows(0)),
      csvSource('cur.csv', ['a', 'b'], rows(3)),
      { preset: 'evidently' },
    );
    expect(evidently.sides.reference.droppedRows).toBe(0);
    expect(evidently.features.map((f) => f.values.reference)).toEqual([150, 180]);
  });

  it('a feature missing everywhere is skipped (azureml reads the side again without it); rows all incomplete otherwise are an error', async () => {
    const rows = (b: (i: number) => number | null) =>
      range(20, (i) => i).map((i) => ({ a: i + 0.5, b: b(i) }));
    const logger = new RecordingLogger();
    const result = await gate(
      csvSource(
        'ref.csv',
        ['a', 'b'],
        rows(() => null),
      ),
      csvSource(
        'cur.csv',
        ['a', 'b'],
        rows(() => 1),
      ),
      {},
      logger,
    );
    expect(result.skipped).toEqual([
      { name: 'b', reason: 'every reference value is missing, so its type cannot be told' },
    ]);
    expect(result.features.map((f) => [f.name, f.values])).toEqual([['a', { reference: 20, current: 20 }]]);
    expect(result.sides.reference.emptyFeatures).toEqual(['b']);
    expect(logger.messages('warning')).toEqual([
      "Every reference row is missing 'b', and preset azureml drops incomplete rows: reading the reference data again without it.",
      "Feature 'b' is not compared: every reference value is missing, so its type cannot be told.",
    ]);
    const evidently = await gate(
      csvSource(
        'ref.csv',
        ['a', 'b'],
        rows(() => null),
      ),
      csvSource(
        'cur.csv',
        ['a', 'b'],
        rows(() => 1),
      ),
      { preset: 'evidently' },
    );
    expect(evidently.skipped).toEqual(result.skipped);
    // No empty column, yet every row misses something: azureml has nothing left to compare.
    await expect(
      gate(
        csvSource(
          'ref.csv',
          ['a', 'b'],
          range(20, (i) => ({ a: i % 2 ? i + 0.5 : null, b: i % 2 ? null : 1 })),
        ),
        csvSource(
          'cur.csv',
          ['a', 'b'],
          rows(() => 1),
        ),
      ),
    ).rejects.toThrow(
      /Every reference row has a missing value in a compared feature, and preset azureml drops such rows.*'a' 50\.0 %, 'b' 50\.0 %/,
    );
  });

  it('empty input is an error naming the file', async () => {
    const reference = csvSource('ref.csv', ['a'], column('a', [1, 2, 3]));
    const error = await gate(reference, csvSource('empty.csv', ['a'], [])).catch((e: unknown) => e);
    expect((error as Error).message).toBe(
      'The current data has no rows (empty.csv holds a header at most); a drift gate on empty data would prove nothing.',
    );
    expect((error as ConfigurationError).location).toEqual({ file: 'empty.csv' });
  });

  it('no common columns is an error naming both files and their columns', async () => {
    const error = await gate(
      csvSource('ref.csv', ['a', 'b'], [{ a: 1, b: 2 }]),
      csvSource('cur.csv', ['c'], [{ c: 3 }]),
    ).catch((e: unknown) => e);
    expect((error as Error).message).toBe(
      "The reference and current data have no column in common (ref.csv: 'a', 'b'; cur.csv: 'c'); compare files of the same table, or name the features with 'features'.",
    );
  });

  it('a listed feature absent from a side, and a later file lacking a feature, are errors naming the file', async () => {
    const reference = csvSource('ref.csv', ['a', 'b'], [{ a: 1, b: 2 }]);
    await expect(
      gate(reference, csvSource('cur.csv', ['a'], [{ a: 1 }]), { features: ['a', 'b'] }),
    ).rejects.toThrow("Input 'features' names 'b', which is not a column of cur.csv: 'a'.");
    await expect(
      gate(
        [csvSource('ref1.csv', ['a', 'b'], [{ a: 1, b: 2 }]), csvSource('ref2.csv', ['a'], [{ a: 1 }])],
        csvSource('cur.csv', ['a', 'b'], [{ a: 1, b: 2 }]),
      ),
    ).rejects.toThrow("ref2.csv has no column 'b', which the other reference files have");
  });
});

describe('edge distributions', () => {
  it('a category unseen in the reference: JS counts it as 0, Laplace PSI stays finite, chi-squared p = 0', async () => {
    const reference = csvSource(
      'ref.csv',
      ['c'],
      column(
        'c',
        range(300, (i) => ['a', 'b', 'c'][i % 3]!),
      ),
    );
    const current = csvSource(
      'cur.csv',
      ['c'],
      column(
        'c',
        range(300, (i) => ['a', 'b', 'c', 'new'][i % 4]!),
      ),
    );
    const result = await gate(reference, current, {
      metrics: { categorical: ['jensen-shannon', 'psi', 'chi-squared'] },
    });
    const psi = metricOf(result, 'c', 'psi');
    expect(Number.isFinite(psi.value)).toBe(true);
    expect(psi.notes[0]).toMatch(/categories unseen in the reference: new: Laplace smoothing/);
    expect(metricOf(result, 'c', 'jensen-shannon').notes[0]).toMatch(/unseen in the reference: new/);
    expect(metricOf(result, 'c', 'chi-squared').value).toBe(0);
  });

  it('a constant feature: no drift when both sides agree; the std floor is reported when they do not', async () => {
    const constant = column(
      'x',
      range(100, () => 5.5),
    );
    const same = await gate(csvSource('r.csv', ['x'], constant), csvSource('c.csv', ['x'], constant), {
      metrics: { numerical: ['wasserstein', 'jensen-shannon', 'psi', 'ks'] },
    });
    expect(same.features[0]!.metrics.map((m) => [m.metric, m.value])).toEqual([
      ['wasserstein', 0],
      ['jensen-shannon', 0],
      ['psi', 0],
      ['ks', 1],
    ]);
    expect(metricOf(same, 'x', 'wasserstein').notes[0]).toMatch(/constant reference/);
    expect(metricOf(same, 'x', 'jensen-shannon').notes[0]).toMatch(
      /constant feature: one bin \[5\.5, 5\.555\]/,
    );
    const moved = await gate(
      csvSource('r.csv', ['x'], constant),
      csvSource(
        'c.csv',
        ['x'],
        column(
          'x',
          range(100, () => 5.6),
        ),
      ),
    );
    const wasserstein = metricOf(moved, 'x', 'wasserstein');
    expect(wasserstein.value).toBeCloseTo(0.1 / 0.001, 6);
    expect(wasserstein.drifted).toBe(true);
  });
});

describe('schema changes', () => {
  const rows = (name: string, n: number) =>
    range(n, (i) => ({ age: 20 + (i % 40) + 0.5, [name]: 30 + (i % 25) + 0.5 }));

  it('a column on one side only is reported (warning, skipped, result), never silently left out', async () => {
    const logger = new RecordingLogger();
    const result = await gate(
      csvSource('ref.csv', ['age', 'income'], rows('income', 200)),
      csvSource('cur.csv', ['age', 'income_k'], rows('income_k', 200)),
      {},
      logger,
    );
    expect(result.features.map((f) => f.name)).toEqual(['age']);
    expect(result.schemaChanges).toEqual([
      { column: 'income', side: 'reference' },
      { column: 'income_k', side: 'current' },
    ]);
    expect(result.skipped).toEqual([
      { name: 'income', reason: 'a schema change: in the reference data only' },
      { name: 'income_k', reason: 'a schema change: in the current data only' },
    ]);
    expect(logger.messages('warning')).toEqual([
      "Schema change: column 'income' is in the reference data only (renamed or lost in the current data?).",
      "Schema change: column 'income_k' is in the current data only (new or renamed?).",
    ]);
  });

  it('is not reported for excluded columns, nor for columns outside features', async () => {
    const reference = () => csvSource('ref.csv', ['age', 'income'], rows('income', 50));
    const current = () =>
      csvSource(
        'cur.csv',
        ['age'],
        column(
          'age',
          range(50, (i) => i + 0.5),
        ),
      );
    expect((await gate(reference(), current(), { excludeFeatures: ['income'] })).schemaChanges).toEqual([]);
    expect((await gate(reference(), current(), { features: ['age'] })).schemaChanges).toEqual([]);
  });
});

describe('tiny samples', () => {
  const reference = () =>
    csvSource(
      'ref.csv',
      ['score', 'segment'],
      range(500, (i) => ({ score: ((i * 37) % 100) / 10 + 0.05, segment: ['a', 'b', 'c'][i % 3]! })),
    );

  it('a one-row current set is insufficient data, not dataset drift', async () => {
    const logger = new RecordingLogger();
    const result = await gate(
      reference(),
      csvSource('cur.csv', ['score', 'segment'], [{ score: 99.5, segment: 'z' }]),
      { minSampleSize: 100 },
      logger,
    );
    expect([result.drifted, result.insufficientData, result.features, result.driftedFeatures]).toEqual([
      false,
      true,
      [],
      [],
    ]);
    expect(result.insufficient).toEqual([
      { name: 'score', type: 'numerical', values: { reference: 500, current: 1 }, minimum: 100 },
      { name: 'segment', type: 'categorical', values: { reference: 500, current: 1 }, minimum: 100 },
    ]);
    expect(logger.messages('warning')).toContain(
      "Feature 'score' has too few values to measure (reference 500, current 1; min-sample-size 100): insufficient data, not drift.",
    );
    // The same row, measured (min-sample-size 1): it is called drift, which is what the minimum prevents.
    const measured = await gate(
      reference(),
      csvSource('cur.csv', ['score', 'segment'], [{ score: 99.5, segment: 'z' }]),
    );
    expect(measured.drifted).toBe(true);
  });

  it('a feature below the minimum leaves the share to the others', async () => {
    const current = csvSource(
      'cur.csv',
      ['score', 'segment'],
      range(150, (i) => ({ score: ((i * 37) % 100) / 10 + 0.05, segment: i < 20 ? 'a' : null })),
    );
    const result = await gate(reference(), current, { minSampleSize: 100, preset: 'evidently' });
    expect(result.features.map((f) => f.name)).toEqual(['score']);
    expect(result.insufficient.map((f) => f.name)).toEqual(['segment']);
  });

  it('an all-empty current column is a data-quality finding counted as drifted, not dropped from the share', async () => {
    const current = () =>
      csvSource(
        'cur.csv',
        ['score', 'segment'],
        range(300, (i) => ({ score: ((i * 37) % 100) / 10 + 0.05, segment: null })),
      );
    for (const preset of ['azureml', 'evidently'] as const) {
      const logger = new RecordingLogger();
      const result = await gate(reference(), current(), { preset, minSampleSize: 100 }, logger);
      const segment = result.features.find((f) => f.name === 'segment')!;
      expect([segment.drifted, segment.finding, segment.metrics]).toEqual([
        true,
        'every current value is missing while the reference has values: a data-quality finding (the production column is empty), counted as drifted',
        [],
      ]);
      expect([result.driftedFeatures, result.driftShare]).toEqual([['segment'], 0.5]);
      // azureml would drop every current row for the empty column: the side is read again without it.
      expect(result.sides.current.rows).toBe(300);
      expect(result.features.find((f) => f.name === 'score')!.values.current).toBe(300);
    }
  });
});

describe('binning edges', () => {
  it('merges tied quantile bins and reports the real bin count; unsmoothed PSI stays defined', async () => {
    const discrete = (n: number, shift: number) =>
      column(
        'k',
        range(n, (i) => (i % 10 < 6 ? 1 : (i % 10) - 4 + shift)),
      );
    const result = await gate(
      csvSource('r.csv', ['k'], discrete(400, 0)),
      csvSource('c.csv', ['k'], discrete(400, 1)),
      {
        featureTypes: { k: 'numerical' },
        metrics: { numerical: [{ metric: 'psi', binning: 'quantiles', smoothing: 'none' }] },
      },
    );
    const psi = metricOf(result, 'k', 'psi');
    expect(psi.details.bins).toBeLessThan(10);
    expect(psi.details.binning).toBe(`${psi.details.bins} reference-quantile bins`);
    expect(psi.notes).toContain(
      `10 quantile bins asked, ${psi.details.bins} distinct: quantiles that fall on the same value (ties) are merged into one bin`,
    );
    expect(Number.isNaN(psi.value)).toBe(false);
  });

  it('counts the maximum in the last Azure ML bin even where min + k·width rounds below it', async () => {
    // min 0.1, max 1, 3 bins (n = 4): 0.1 + 3·0.3 = 0.9999999999999999 < 1.
    const values = column('x', [0.1, 0.4, 1, 1]);
    const result = await gate(csvSource('r.csv', ['x'], values), csvSource('c.csv', ['x'], values), {
      metrics: { numerical: ['jensen-shannon'] },
      minSampleSize: 1,
    });
    const js = metricOf(result, 'x', 'jensen-shannon');
    expect([js.details.bins, js.details.referenceCounts, js.details.currentCounts]).toEqual([
      3,
      [1, 1, 2],
      [1, 1, 2],
    ]);
  });
});

describe('metric choice and thresholds', () => {
  const numeric = (n: number, shift: number) =>
    column(
      'x',
      range(n, (i) => ((i * 7919) % 1000) / 10 + shift),
    );

  it('azureml gates on normalised Wasserstein and JS at 0.1, breaching strictly above', async () => {
    const result = await gate(
      csvSource('r.csv', ['x'], numeric(500, 0)),
      csvSource('c.csv', ['x'], numeric(500, 0)),
    );
    const metric = result.features[0]!.metrics[0]!;
    expect([metric.metric, metric.threshold, metric.comparison, metric.reason]).toEqual([
      'wasserstein',
      0.1,
      '>',
      'Azure ML default for numerical features',
    ]);
  });

  it.each([
    [500, 'numerical', 'ks', '<='],
    [2000, 'numerical', 'wasserstein', '>='],
  ])('evidently chooses by reference size (%i values, %s): %s', async (size, _type, metric, comparison) => {
    const result = await gate(
      csvSource('r.csv', ['x'], numeric(size, 0)),
      csvSource('c.csv', ['x'], numeric(size, 1)),
      { preset: 'evidently' },
    );
    const chosen = result.features[0]!.metrics[0]!;
    expect([chosen.metric, chosen.comparison]).toEqual([metric, comparison]);
  });

  it.each([
    [500, ['a', 'b', 'c'], 'chi-squared'],
    [500, ['a', 'b'], 'z-test'],
    [2000, ['a', 'b', 'c'], 'jensen-shannon'],
  ])('evidently on categorical features (%i values of %j): %s', async (size, categories, metric) => {
    const values = column(
      'c',
      range(size, (i) => categories[i % categories.length]!),
    );
    const result = await gate(csvSource('r.csv', ['c'], values), csvSource('c.csv', ['c'], values), {
      preset: 'evidently',
    });
    expect(result.features[0]!.metrics[0]!.metric).toBe(metric);
    expect(result.drifted).toBe(false);
  });

  it('thresholds apply by feature, then type, then metric, then preset', async () => {
    const result = await gate(
      csvSource(
        'r.csv',
        ['x', 'y'],
        range(300, (i) => i).map((i) => ({ x: i / 3, y: i / 7 })),
      ),
      csvSource(
        'c.csv',
        ['x', 'y'],
        range(300, (i) => i).map((i) => ({ x: i / 3 + 1, y: i / 7 + 1 })),
      ),
      {
        metrics: { numerical: ['wasserstein', 'psi'] },
        thresholds: { psi: 0.3, numerical: { wasserstein: 0.2 }, features: { y: { wasserstein: 0.5 } } },
      },
    );
    const sources = result.features.flatMap((f) =>
      f.metrics.map((m) => `${f.name}.${m.metric}=${m.threshold}(${m.thresholdSource})`),
    );
    expect(sources).toEqual([
      'x.wasserstein=0.2(type)',
      'x.psi=0.3(metric)',
      'y.wasserstein=0.5(feature)',
      'y.psi=0.3(metric)',
    ]);
  });

  it('dataset drift when the drifted share reaches drift-share', async () => {
    const rows = (shift: number) =>
      range(300, (i) => i).map((i) => ({
        a: i + shift * 100 + 0.5,
        b: i + 0.5,
        c: i + 0.5,
        d: i + shift * 100 + 0.5,
      }));
    const reference = () => csvSource('r.csv', ['a', 'b', 'c', 'd'], rows(0));
    const current = () => csvSource('c.csv', ['a', 'b', 'c', 'd'], rows(1));
    const half = await gate(reference(), current());
    expect([half.driftedFeatures, half.driftShare, half.drifted]).toEqual([['a', 'd'], 0.5, true]);
    const stricter = await gate(reference(), current(), { driftShare: 0.75 });
    expect(stricter.drifted).toBe(false);
    const excluded = await gate(reference(), current(), { excludeFeatures: ['d'] });
    expect([excluded.driftShare, excluded.drifted]).toEqual([1 / 3, false]);
  });
});

describe('metrics and thresholds inputs', () => {
  it.each([
    [
      { numerical: 'wassertein' },
      'Input \'metrics\' (numerical): unknown metric "wassertein"; use one of jensen-shannon, psi, wasserstein, ks, chi-squared, z-test',
    ],
    [
      { categorical: ['ks'] },
      "Input 'metrics' (categorical[0]): ks applies to numerical features, not categorical ones",
    ],
    [
      { features: { age: [{ metric: 'psi', binz: 3 }] } },
      "Input 'metrics' (features.age[0].binz): psi takes no option 'binz'; its options are binning, bins, smoothing",
    ],
    [
      { numerical: { metric: 'psi', smoothing: 'add-one' } },
      'Input \'metrics\' (numerical.smoothing): must be one of laplace, fill, none; got "add-one"',
    ],
    [
      { numerical: { metric: 'jensen-shannon', bins: 5 } },
      "Input 'metrics' (numerical.bins): bins applies to 'binning: quantiles' only",
    ],
    [
      { numerical: ['ks', 'two_sample_kolmogorov_smirnov_test'] },
      "Input 'metrics' (numerical[1]): ks is listed twice",
    ],
    [
      { age: 'ks' },
      "Input 'metrics' (age): unknown key; use 'numerical', 'categorical' or 'features' (a feature's metrics go under features)",
    ],
  ])('metrics %j is refused naming the key', (value, message) => {
    expect(() => parseMetrics(value)).toThrow(message);
  });

  it.each([
    [
      { ks: 5 },
      "Input 'thresholds' (ks): ks is a p-value: its threshold is a significance level between 0 and 1 (such as 0.05); got 5",
    ],
    [{ psi: -1 }, "Input 'thresholds' (psi): psi is a distance: its threshold must be 0 or more; got -1"],
    [
      { categorical: { wasserstein: 0.1 } },
      "Input 'thresholds' (categorical.wasserstein): wasserstein applies to numerical features, not categorical ones",
    ],
    [
      { features: { age: { psi: 'high' } } },
      'Input \'thresholds\' (features.age.psi): must be a number; got "high"',
    ],
    [
      [0.1],
      "Input 'thresholds': must be a mapping of metrics, 'numerical', 'categorical' and/or 'features' to thresholds",
    ],
  ])('thresholds %j is refused naming the key', (value, message) => {
    expect(() => parseThresholds(value)).toThrow(message);
  });

  it('accepts Azure ML and Evidently metric names', () => {
    const metrics = parseMetrics({
      numerical: ['normalized_wasserstein_distance', 'jensenshannon'],
      categorical: 'pearsons_chi_squared_test',
    });
    expect(metrics.numerical).toEqual([{ metric: 'wasserstein' }, { metric: 'jensen-shannon' }]);
    expect(parseThresholds({ population_stability_index: 0.2 }).metrics).toEqual({ psi: 0.2 });
  });

  it('a metric of the wrong type for one feature is refused when the feature is typed', async () => {
    await expect(
      gate(
        csvSource('r.csv', ['c'], column('c', ['a', 'b'])),
        csvSource('c.csv', ['c'], column('c', ['a'])),
        {
          metrics: { features: { c: 'wasserstein' } },
        },
      ),
    ).rejects.toThrow(
      "Input 'metrics' (features.c): wasserstein applies to numerical features, and 'c' is categorical",
    );
  });
});

describe('JSON Lines and Parquet errors', () => {
  it('a line that is not JSON, or a nested value, names the file and line', async () => {
    const { memorySource } = await import('./gate-fixtures.js');
    const reference = csvSource('ref.csv', ['a', 'b'], [{ a: 1, b: 2 }]);
    const broken = memorySource('cur.jsonl', 'jsonl', Buffer.from('{"a": 1, "b": 2}\n{"a": 2, "b": \n'));
    await expect(gate(reference, broken)).rejects.toThrow(/^cur\.jsonl line 2: not valid JSON/);
    const nested = memorySource(
      'cur.jsonl',
      'jsonl',
      Buffer.from('{"a": 1, "b": 2}\n\n{"a": [1], "b": 3}\n'),
    );
    await expect(gate(csvSource('ref.csv', ['a', 'b'], [{ a: 1, b: 2 }]), nested)).rejects.toThrow(
      "cur.jsonl line 3: column 'a' holds a nested array, which is no feature; exclude the column (exclude-features)",
    );
  });

  it('a JSON string in a numerical feature names the line and column', async () => {
    const { memorySource } = await import('./gate-fixtures.js');
    const reference = csvSource('ref.csv', ['a'], column('a', [1.5, 2.5, 3.5]));
    const current = memorySource('cur.jsonl', 'jsonl', Buffer.from('{"a": 1.5}\n{"a": "2.5"}\n'));
    await expect(gate(reference, current)).rejects.toThrow(
      /^cur\.jsonl line 2: column 'a': "2\.5" is not a number, but 'a' is a numerical feature \(inferred from the reference: float column\)/,
    );
  });
});

describe('measureDrift, the gate as the step runs it', () => {
  const reference = csvSource('ref.csv', ['a'], column('a', [1.5, 2.5, 3.5, 4.5]));
  const current = csvSource('cur.csv', ['a'], column('a', [1.5, 2.5, 3.5, 9.5]));

  it('logs the verdict in its own group, and its time', async () => {
    const logger = new RecordingLogger();
    let now = 0;
    const result = await measureDrift(
      { config: gateConfig(), reference: [reference], current: [current] },
      { logger, signal: new AbortController().signal, timeout: 60_000, clock: () => (now += 2_000) },
    );
    expect(logger.entries.at(-1)).toEqual({
      level: 'info',
      message: `${result.driftedFeatures.length} of 1 features drifted (share ${result.driftShare.toFixed(3)}): ${result.drifted ? 'dataset drift' : 'no dataset drift'} (2s)`,
      groups: [],
    });
    expect(logger.entries[0]!.groups).toEqual(['Computing drift']);
  });

  it('tells a stop by the step timeout as a timeout that names the input', async () => {
    const error: unknown = await measureDrift(
      { config: gateConfig(), reference: [reference], current: [current] },
      { logger: new RecordingLogger(), signal: AbortSignal.abort(), timeout: 90_000, clock: Date.now },
    ).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).message).toBe(
      "The drift gate did not finish within the timeout (1m 30s); raise 'timeout' or read less data.",
    );
  });
});
