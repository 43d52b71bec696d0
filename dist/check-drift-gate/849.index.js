export const id = 849;
export const ids = [849];
export const modules = {

/***/ 5228:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AI: () => (/* binding */ readToken),
/* harmony export */   Cv: () => (/* binding */ numberLabel),
/* harmony export */   K5: () => (/* binding */ describeDecision),
/* harmony export */   Pu: () => (/* binding */ parseFeatureTypes),
/* harmony export */   pd: () => (/* binding */ inferFeatureType),
/* harmony export */   tZ: () => (/* binding */ booleanLabel)
/* harmony export */ });
/* unused harmony exports CATEGORICAL_DISTINCT_RATIO, MISSING_TOKENS, INFINITY_TOKENS */
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8382);
/**
 * Feature types, decided the way Azure ML model monitoring decides them on the reference (baseline) data
 * (azureml-assets `shared_utilities/df_utils.py`, `is_categorical`): float, double and decimal columns are numerical;
 * string, boolean, timestamp, date and binary columns are categorical; integer columns are categorical when
 * distinct / total < 0.05 on the reference, else numerical. `feature-types` overrides any of these per feature.
 *
 * Where the files carry no types (CSV, JSON Lines), a column's kind is read from its values, as pandas reads them:
 * every non-missing value a number written without `.` or an exponent → integer; any number written with one → float;
 * every value `true`/`false` (any of pandas' spellings) → boolean; anything else → string. Parquet columns take their
 * kind from the schema. Missing values never decide a kind.
 */

const CATEGORICAL_DISTINCT_RATIO = 0.05;
/**
 * pandas' default `na_values` (`pandas._libs.parsers.STR_NA_VALUES`), which `read_csv` reads as missing; the empty
 * field is missing too. Case matters, as in pandas: `NA` is missing, `Na` is a string.
 */
const MISSING_TOKENS = new Set([
    '',
    '#N/A',
    '#N/A N/A',
    '#NA',
    '-1.#IND',
    '-1.#QNAN',
    '-NaN',
    '-nan',
    '1.#IND',
    '1.#QNAN',
    '<NA>',
    'N/A',
    'NA',
    'NULL',
    'NaN',
    'None',
    'n/a',
    'nan',
    'null',
]);
/** Spellings of ±infinity pandas reads as a float; a drift metric cannot use them, so they count as missing. */
const INFINITY_TOKENS = new Set([
    'inf',
    '+inf',
    '-inf',
    'Inf',
    '+Inf',
    '-Inf',
    'INF',
    '+INF',
    '-INF',
    'Infinity',
    '+Infinity',
    '-Infinity',
]);
/** pandas' default `true_values`/`false_values`. */
const TRUE_TOKENS = new Set(['True', 'TRUE', 'true']);
const FALSE_TOKENS = new Set(['False', 'FALSE', 'false']);
const DECIMAL = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;
const INTEGER = /^\s*[+-]?\d+\s*$/;
const MISSING = { kind: 'missing' };
/**
 * Reads one text value (a CSV field) as pandas would: missing, a decimal number (integer or float), a boolean, or a
 * string. Numbers that overflow to ±Infinity and the spellings of infinity count as missing.
 */
function readToken(text) {
    if (MISSING_TOKENS.has(text) || INFINITY_TOKENS.has(text.trim()))
        return MISSING;
    if (DECIMAL.test(text)) {
        const value = Number(text);
        if (!Number.isFinite(value))
            return MISSING;
        return { kind: INTEGER.test(text) ? 'integer' : 'float', value };
    }
    if (TRUE_TOKENS.has(text))
        return { kind: 'boolean', value: true };
    if (FALSE_TOKENS.has(text))
        return { kind: 'boolean', value: false };
    return { kind: 'string', text };
}
/**
 * The category a value counts as. Numbers are labelled in their shortest form (`7`, `7.0` and `007` are the category
 * `7`; `2.50` is `2.5`), booleans as `true`/`false`, strings as written. So an integer column read as categorical,
 * a CSV column and a JSON or Parquet column of the same data give the same categories.
 */
function numberLabel(value) {
    return Object.is(value, -0) ? '0' : String(value);
}
function booleanLabel(value) {
    return value ? 'true' : 'false';
}
/** The feature type of a column kind; integers need their distinct ratio. */
function inferFeatureType(kind, distinctRatio) {
    switch (kind) {
        case 'float':
            return 'numerical';
        case 'boolean':
        case 'string':
        case 'temporal':
            return 'categorical';
        case 'integer':
            return distinctRatio !== undefined && distinctRatio < CATEGORICAL_DISTINCT_RATIO
                ? 'categorical'
                : 'numerical';
    }
}
function describeDecision(kind, distinctRatio, type) {
    if (kind !== 'integer')
        return `${kind} column`;
    if (distinctRatio === undefined)
        return 'integer column with too many distinct values to count';
    const ratio = distinctRatio.toPrecision(3);
    return type === 'categorical'
        ? `integer column, distinct/total ${ratio} < ${CATEGORICAL_DISTINCT_RATIO}`
        : `integer column, distinct/total ${ratio} ≥ ${CATEGORICAL_DISTINCT_RATIO}`;
}
/** Parses `feature-types`: a mapping of feature name to `numerical` or `categorical`. */
function parseFeatureTypes(value, input = 'feature-types') {
    const result = new Map();
    if (value === undefined || value === null)
        return result;
    if (typeof value !== 'object' || Array.isArray(value)) {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input '${input}' must be a mapping of feature name to numerical or categorical, such as '{age: numerical, zip: categorical}'.`, { input });
    }
    for (const [feature, type] of Object.entries(value)) {
        if (type !== 'numerical' && type !== 'categorical') {
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input '${input}' (${feature}): the type must be numerical or categorical; got ${JSON.stringify(type)}.`, { input });
        }
        result.set(feature, type);
    }
    return result;
}


/***/ }),

/***/ 3849:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  measureDrift: () => (/* binding */ measureDrift)
});

// UNUSED EXPORTS: runGate

// EXTERNAL MODULE: ./src/shared/azure/polling.ts
var polling = __webpack_require__(362);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(8382);
// EXTERNAL MODULE: ./src/check-drift-gate/statistics/binning.ts
var statistics_binning = __webpack_require__(1727);
;// CONCATENATED MODULE: ./src/check-drift-gate/feature-binning.ts

/** Counts over `sample`'s bins, scaled to the true size when the sample stands in for a sketch. */
function scaled(counts, side) {
    if (side.exact)
        return [...counts];
    const factor = side.count / side.sample.length;
    return counts.map((count) => count * factor);
}
/** One bin per distinct value of either side, when the values were counted (always when exact). */
function countsPerValue(feature) {
    const { reference, current } = feature;
    if (reference.exact && current.exact) {
        const counts = (0,statistics_binning/* distinctValueCounts */.Cv)(reference.sample, current.sample);
        return {
            kind: 'one bin per value',
            referenceCounts: counts.referenceCounts,
            currentCounts: counts.currentCounts,
            values: counts.values,
            notes: [],
        };
    }
    const left = reference.valueCounts;
    const right = current.valueCounts;
    if (left === undefined || right === undefined)
        return undefined;
    const values = [...new Set([...left.keys(), ...right.keys()])].sort((a, b) => a - b);
    return {
        kind: 'one bin per value',
        referenceCounts: values.map((value) => left.get(value) ?? 0),
        currentCounts: values.map((value) => right.get(value) ?? 0),
        values,
        notes: [],
    };
}
/** The bins of a numerical feature under the metric's binning convention (Azure ML, Evidently, or quantiles). */
function binFeature(feature, spec) {
    const { reference, current } = feature;
    const min = Math.min(reference.min, current.min);
    const max = Math.max(reference.max, current.max);
    switch (spec.binning ?? 'azureml') {
        case 'azureml': {
            const bins = (0,statistics_binning/* azureMlBinCount */.ZG)(reference.count, current.count);
            const { edges, degenerate } = (0,statistics_binning/* azureMlBinEdges */.OC)(min, max, bins);
            const notes = degenerate
                ? [`constant feature: one bin [${edges[0]}, ${edges[1]}], as Azure ML does`]
                : [];
            const binning = {
                referenceCounts: scaled((0,statistics_binning/* histogramCounts */.bB)(reference.sample, edges), reference),
                currentCounts: scaled((0,statistics_binning/* histogramCounts */.bB)(current.sample, edges), current),
            };
            return { kind: `Azure ML: ${edges.length - 1} equal-width bins`, ...binning, edges, notes };
        }
        case 'evidently': {
            const referenceDistinct = reference.distinct ?? Number.POSITIVE_INFINITY;
            if (referenceDistinct > statistics_binning/* EVIDENTLY_MAX_VALUES_BINNED_PER_VALUE */.Uj) {
                const edges = (0,statistics_binning/* sturgesBinEdgesFor */.a1)(min, max, reference.count + current.count);
                return {
                    kind: `Evidently: ${edges.length - 1} Sturges bins`,
                    referenceCounts: scaled((0,statistics_binning/* histogramCounts */.bB)(reference.sample, edges), reference),
                    currentCounts: scaled((0,statistics_binning/* histogramCounts */.bB)(current.sample, edges), current),
                    edges,
                    notes: [],
                };
            }
            const counts = countsPerValue(feature);
            if (counts === undefined)
                throw new Error('per-value counts are missing for a feature with few values');
            return { ...counts, kind: `Evidently: one bin per value (${counts.values.length})` };
        }
        case 'quantiles': {
            const bins = spec.bins ?? 10;
            const result = (0,statistics_binning/* referenceQuantileBinning */.oO)(reference.sample, current.sample, bins);
            return {
                kind: `${bins} reference-quantile bins`,
                referenceCounts: scaled(result.referenceCounts, reference),
                currentCounts: scaled(result.currentCounts, current),
                edges: [Number.NEGATIVE_INFINITY, ...result.interiorEdges, Number.POSITIVE_INFINITY],
                notes: [],
            };
        }
    }
}

// EXTERNAL MODULE: ./src/check-drift-gate/presets.ts
var presets = __webpack_require__(4458);
// EXTERNAL MODULE: ./src/check-drift-gate/sketch.ts
var check_drift_gate_sketch = __webpack_require__(4748);
// EXTERNAL MODULE: ./src/check-drift-gate/statistics/categorical.ts
var categorical = __webpack_require__(6600);
// EXTERNAL MODULE: ./src/check-drift-gate/statistics/floating-point.ts
var floating_point = __webpack_require__(723);
;// CONCATENATED MODULE: ./src/check-drift-gate/statistics/incomplete-gamma.ts
/**
 * The regularised upper incomplete gamma function Q(a, x) = Γ(a, x)/Γ(a), which gives chi-squared p-values
 * (scipy's `chi2.sf(x, k)` = cephes `chdtrc(k, x)` = `igamc(k/2, x/2)`).
 *
 * Not a port of cephes `igamc` (whose Temme expansion needs a 25×25 coefficient table) but the classic pair it
 * also uses outside that region: the power series for P = 1 − Q when x < a + 1 and Legendre's continued fraction
 * (modified Lentz) for Q otherwise, both multiplied by the prefactor x^a e^(−x) / Γ(a) computed in log space —
 * for a ≥ 10 through a·log1pmx((x − a)/a) and Stirling's series so that nothing cancels when x ≈ a. Checked
 * against mpmath: ~1e-14 relative, also in tails down to 1e-300 (Q underflows to 0 below that, as scipy's does).
 * scipy itself is within 1e-12 of that almost everywhere but drifts to 1.5e-12 in far tails at dof ~ 5000.
 */
const EPSILON = Number.EPSILON;
const MAX_ITERATIONS = 1_000_000;
const TINY = 1e-300;
/** Lanczos approximation (g = 7, n = 9) of ln Γ(x) for x > 0, reflected below 0.5; ~1e-15 relative. */
const LANCZOS = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
function logGamma(x) {
    if (!(x > 0))
        throw new RangeError(`logGamma needs a positive argument, got ${x}`);
    if (x < 0.5)
        return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
    const z = x - 1;
    let series = LANCZOS[0];
    for (let i = 1; i < LANCZOS.length; i++)
        series += LANCZOS[i] / (z + i);
    const t = z + 7.5;
    return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(series);
}
/** ln(1 + t) − t without cancellation for small |t| (series in r = t/(2 + t)); t > −1. */
function log1pMinusX(t) {
    if (Math.abs(t) > 0.5)
        return Math.log1p(t) - t;
    // ln(1 + t) = 2 Σ_{k≥0} r^(2k+1)/(2k+1); 2r − t = −t²/(2 + t).
    const r = t / (2 + t);
    const y = r * r;
    let sum = 0;
    let power = 1;
    for (let k = 1; k < 40; k++) {
        power *= y;
        const term = power / (2 * k + 1);
        sum += term;
        if (term < EPSILON * sum)
            break;
    }
    return (-t * t) / (2 + t) + 2 * r * sum;
}
/** Stirling's correction μ(a) = ln Γ(a) − [(a − ½) ln a − a + ½ ln 2π], accurate to ~1e-17 for a ≥ 10. */
function stirlingCorrection(a) {
    // B_{2j} / (2j (2j − 1)) for j = 1 … 8.
    const coefficients = [
        1 / 12,
        -1 / 360,
        1 / 1260,
        -1 / 1680,
        1 / 1188,
        -691 / 360360,
        1 / 156,
        -3617 / 122400,
    ];
    const inverseSquare = 1 / (a * a);
    let sum = 0;
    for (let j = coefficients.length - 1; j >= 0; j--)
        sum = sum * inverseSquare + coefficients[j];
    return sum / a;
}
/** ln(x^a e^(−x) / Γ(a)), the common factor of the series and the continued fraction. */
function logPrefactor(a, x) {
    if (a < 10)
        return a * Math.log(x) - x - logGamma(a);
    return a * log1pMinusX((x - a) / a) + 0.5 * Math.log(a / (2 * Math.PI)) - stirlingCorrection(a);
}
/** Σ_{n≥0} x^n / (a (a+1) … (a+n)), so that P(a, x) = prefactor · series. */
function lowerSeries(a, x) {
    let term = 1 / a;
    let sum = term;
    let denominator = a;
    for (let n = 1; n < MAX_ITERATIONS; n++) {
        denominator += 1;
        term *= x / denominator;
        sum += term;
        if (Math.abs(term) < Math.abs(sum) * EPSILON)
            return sum;
    }
    throw new Error(`incomplete gamma series did not converge for a = ${a}, x = ${x}`);
}
/** Legendre's continued fraction for Γ(a, x) / (x^a e^(−x)), modified Lentz. */
function upperContinuedFraction(a, x) {
    let b = x + 1 - a;
    let c = 1 / TINY;
    let d = 1 / b;
    let h = d;
    for (let i = 1; i < MAX_ITERATIONS; i++) {
        const an = -i * (i - a);
        b += 2;
        d = an * d + b;
        if (Math.abs(d) < TINY)
            d = TINY;
        c = b + an / c;
        if (Math.abs(c) < TINY)
            c = TINY;
        d = 1 / d;
        const delta = d * c;
        h *= delta;
        if (Math.abs(delta - 1) < EPSILON)
            return h;
    }
    throw new Error(`incomplete gamma continued fraction did not converge for a = ${a}, x = ${x}`);
}
/** Q(a, x) = Γ(a, x) / Γ(a) for a > 0, x ≥ 0 (scipy.special `gammaincc`); NaN for a ≤ 0 or NaN input. */
function regularizedUpperGamma(a, x) {
    if (!(a > 0) || Number.isNaN(x) || x < 0)
        return Number.NaN;
    if (x === 0)
        return 1;
    if (x === Number.POSITIVE_INFINITY)
        return 0;
    if (a === Number.POSITIVE_INFINITY)
        return 1;
    const logFactor = logPrefactor(a, x);
    if (x < a + 1)
        return 1 - Math.exp(logFactor) * lowerSeries(a, x);
    return Math.exp(logFactor) * upperContinuedFraction(a, x);
}
/**
 * Chi-squared survival function Pr(χ²_dof ≥ statistic) = Q(dof/2, statistic/2), scipy `chi2.sf` / cephes
 * `chdtrc`: 1 for a negative statistic, NaN for dof ≤ 0.
 */
function chiSquaredSurvival(statistic, dof) {
    if (!(dof > 0))
        return Number.NaN;
    if (statistic < 0)
        return 1;
    return regularizedUpperGamma(dof / 2, statistic / 2);
}

;// CONCATENATED MODULE: ./src/check-drift-gate/statistics/chi-squared.ts
/**
 * Pearson's chi-squared tests on category counts: the goodness-of-fit form Azure ML uses (current counts against
 * the reference's proportions) and the 2 × k contingency form (`scipy.stats.chi2_contingency`).
 */


function totalCount(counts) {
    const accumulator = (0,floating_point/* compensatedSum */.dY)();
    for (const count of counts)
        (0,floating_point/* addTo */.DN)(accumulator, count);
    return (0,floating_point/* totalOf */.e6)(accumulator);
}
/**
 * Goodness of fit as Azure ML computes it: `scipy.stats.chisquare(f_obs=current, f_exp=reference_i / n_ref ·
 * n_cur)` over the union of categories, dof = k − 1. Undefined when a category has no reference count (its
 * expected frequency is 0, and scipy would give an infinite statistic), when there is a single category (dof 0),
 * or when a side is empty.
 */
function chiSquaredGoodnessOfFit(referenceCounts, currentCounts) {
    if (referenceCounts.length !== currentCounts.length) {
        throw new RangeError(`count vectors differ in length: ${referenceCounts.length} vs ${currentCounts.length}`);
    }
    const referenceTotal = totalCount(referenceCounts);
    const currentTotal = totalCount(currentCounts);
    if (!(referenceTotal > 0))
        return { defined: false, reason: 'empty-reference', categories: [] };
    if (!(currentTotal > 0))
        return { defined: false, reason: 'empty-current', categories: [] };
    const unseen = [];
    referenceCounts.forEach((count, index) => {
        if (count === 0)
            unseen.push(index);
    });
    if (unseen.length > 0)
        return { defined: false, reason: 'category-unseen-in-reference', categories: unseen };
    const dof = referenceCounts.length - 1;
    if (dof < 1)
        return { defined: false, reason: 'single-category', categories: [] };
    const statistic = (0,floating_point/* compensatedSum */.dY)();
    for (let i = 0; i < referenceCounts.length; i++) {
        const expected = (referenceCounts[i] / referenceTotal) * currentTotal;
        const difference = currentCounts[i] - expected;
        (0,floating_point/* addTo */.DN)(statistic, (difference * difference) / expected);
    }
    const value = (0,floating_point/* totalOf */.e6)(statistic);
    return { defined: true, statistic: value, pvalue: chiSquaredSurvival(value, dof), dof };
}
/**
 * The test of independence on the 2 × k table [reference; current], `scipy.stats.chi2_contingency(table)` with its
 * default `correction=True`: E_ij = row_i · col_j / N, dof = k − 1, and when dof = 1 (a binary feature) Yates'
 * continuity correction moves each observed count toward its expectation by min(0.5, |E − O|). With k = 1 the test
 * is degenerate and scipy reports statistic 0, p = 1. Undefined when an expected frequency is 0 (a category absent
 * from both rows, or an empty row), where scipy raises.
 */
function chiSquaredContingency(referenceCounts, currentCounts) {
    if (referenceCounts.length !== currentCounts.length) {
        throw new RangeError(`count vectors differ in length: ${referenceCounts.length} vs ${currentCounts.length}`);
    }
    const k = referenceCounts.length;
    const rows = [referenceCounts, currentCounts];
    const rowTotals = rows.map(totalCount);
    const columnTotals = referenceCounts.map((count, j) => count + currentCounts[j]);
    const grandTotal = totalCount(rowTotals);
    const zeroColumns = [];
    columnTotals.forEach((total, j) => {
        if (total === 0)
            zeroColumns.push(j);
    });
    if (!(rowTotals[0] > 0))
        return { defined: false, reason: 'empty-reference', categories: [] };
    if (!(rowTotals[1] > 0))
        return { defined: false, reason: 'empty-current', categories: [] };
    if (zeroColumns.length > 0)
        return { defined: false, reason: 'zero-expected-frequency', categories: zeroColumns };
    const dof = k - 1;
    if (dof === 0)
        return { defined: true, statistic: 0, pvalue: 1, dof };
    const statistic = (0,floating_point/* compensatedSum */.dY)();
    for (let i = 0; i < 2; i++) {
        for (let j = 0; j < k; j++) {
            const expected = (rowTotals[i] * columnTotals[j]) / grandTotal;
            let observed = rows[i][j];
            if (dof === 1) {
                const difference = expected - observed;
                observed += Math.sign(difference) * Math.min(0.5, Math.abs(difference));
            }
            const deviation = observed - expected;
            (0,floating_point/* addTo */.DN)(statistic, (deviation * deviation) / expected);
        }
    }
    const value = (0,floating_point/* totalOf */.e6)(statistic);
    return { defined: true, statistic: value, pvalue: chiSquaredSurvival(value, dof), dof };
}

;// CONCATENATED MODULE: ./src/check-drift-gate/statistics/jensen-shannon.ts
/**
 * Jensen–Shannon distance between two discrete distributions, as `scipy.spatial.distance.jensenshannon`.
 * Azure ML reports it with base 2 (in [0, 1]); Evidently with the natural log (in [0, sqrt(ln 2)]), so the same
 * threshold means different things: value_ln = value_base2 · sqrt(ln 2).
 */

/** scipy.special.rel_entr: x·ln(x/y) for x, y > 0; 0 when x = 0 and y ≥ 0; +∞ otherwise. */
function relativeEntropyTerm(x, y) {
    if (x > 0 && y > 0)
        return x * Math.log(x / y);
    if (x === 0 && y >= 0)
        return 0;
    return Number.POSITIVE_INFINITY;
}
/**
 * JS distance = sqrt((KL(p‖m) + KL(q‖m)) / 2 / ln(base)) with m = (p + q)/2, after renormalising p and q to sum
 * to 1 (so raw counts work as well as proportions); 0·ln 0 = 0. `base` omitted means natural log (scipy's
 * `base=None`, Evidently); pass 2 for Azure ML.
 *
 * One deliberate difference: when rounding makes the divergence sum a hair negative for near-identical inputs,
 * scipy returns NaN (sqrt of a negative); this returns 0.
 */
function jensenShannonDistance(p, q, base) {
    if (p.length !== q.length)
        throw new RangeError(`distributions differ in length: ${p.length} vs ${q.length}`);
    if (p.length === 0)
        throw new RangeError('distributions must have at least one bin');
    const pTotal = (0,floating_point/* compensatedSum */.dY)();
    const qTotal = (0,floating_point/* compensatedSum */.dY)();
    for (let i = 0; i < p.length; i++) {
        if (!(p[i] >= 0) || !(q[i] >= 0))
            throw new RangeError(`bin ${i} has a negative or NaN mass`);
        (0,floating_point/* addTo */.DN)(pTotal, p[i]);
        (0,floating_point/* addTo */.DN)(qTotal, q[i]);
    }
    const pSum = (0,floating_point/* totalOf */.e6)(pTotal);
    const qSum = (0,floating_point/* totalOf */.e6)(qTotal);
    if (!(pSum > 0) || !(qSum > 0))
        throw new RangeError('each distribution needs a positive total mass');
    const left = (0,floating_point/* compensatedSum */.dY)();
    const right = (0,floating_point/* compensatedSum */.dY)();
    for (let i = 0; i < p.length; i++) {
        const pi = p[i] / pSum;
        const qi = q[i] / qSum;
        const mi = (pi + qi) / 2;
        (0,floating_point/* addTo */.DN)(left, relativeEntropyTerm(pi, mi));
        (0,floating_point/* addTo */.DN)(right, relativeEntropyTerm(qi, mi));
    }
    let js = (0,floating_point/* totalOf */.e6)(left) + (0,floating_point/* totalOf */.e6)(right);
    if (base !== undefined)
        js /= Math.log(base);
    return Math.sqrt(Math.max(js / 2, 0));
}

;// CONCATENATED MODULE: ./src/check-drift-gate/statistics/smirnov.ts
/**
 * The one-sided Kolmogorov–Smirnov (Smirnov) distribution for finite n: `scipy.special.smirnov(n, d)` =
 * Pr(D⁺_n ≥ d). Ported from scipy's cephes `kolmogorov.c` (now `xsf/cephes/kolmogorov.h`, function `_smirnov`),
 * which sums the Birnbaum–Tingey series
 *
 *   Pr(D⁺_n ≥ d) = d · Σ_{v=0}^{⌊n(1−d)⌋} C(n, v) (d + v/n)^(v−1) (1 − d − v/n)^(n−v).
 *
 * The two-sided `kstwo` distribution uses 2·smirnov in its upper tail, which is where the asymptotic ks_2samp
 * p-values far below 1e-20 come from. cephes keeps the bases (1 − d − v/n) in double-double precision and the
 * binomial coefficient as mantissa × 2^exponent; this port does the same for the bases (their rounding is what
 * the power n − v would amplify) and keeps the binomial as a double mantissa with a separate exponent. Against
 * scipy 1.17 it agrees to ≤ 6e-14 relative for n up to 1e6, tails included. The sum has up to n(1 − d) terms
 * (all of them matter when n·d² is moderate), so one call costs O(n): ~0.3 s at n = 5e5 in Node.
 */

const smirnov_EPSILON = Number.EPSILON;
/** cephes MINLOG: ln(2^-1075); exp() of anything below is 0. */
const MIN_LOG = -745.1332191019412;
/** Above this n cephes switches to an approximation instead of summing ~n terms. */
const SMIRNOV_MAX_COMPUTE_N = 1_000_000;
const SM_UPPER_MAX_TERMS = 3;
const SM_UPPERSUM_MIN_N = 10;
/** Keep partial powers above 2^-960 so that multiplying two of them cannot underflow. */
const SM_MAX_EXPONENT = 960;
function twoSum(a, b) {
    const s = a + b;
    const bb = s - a;
    return { hi: s, lo: a - (s - bb) + (b - bb) };
}
function quickTwoSum(a, b) {
    const s = a + b;
    return { hi: s, lo: b - (s - a) };
}
const SPLITTER = 134217729; // 2^27 + 1
function twoProduct(a, b) {
    const p = a * b;
    let t = SPLITTER * a;
    const aHi = t - (t - a);
    const aLo = a - aHi;
    t = SPLITTER * b;
    const bHi = t - (t - b);
    const bLo = b - bHi;
    return { hi: p, lo: aHi * bHi - p + aHi * bLo + aLo * bHi + aLo * bLo };
}
/** (numerator / denominator) + addend as a double-double, for small integers numerator and denominator. */
function ratioPlus(numerator, denominator, addend) {
    const q = numerator / denominator;
    const product = twoProduct(q, denominator);
    const qLo = (numerator - product.hi - product.lo) / denominator;
    const sum = twoSum(q, addend);
    return quickTwoSum(sum.hi, sum.lo + qLo);
}
/** (hi + lo)^m for a non-negative integer m, correcting pow(hi, m) for the low part (cephes `pow_D`). */
function powD(a, m) {
    if (m === 0)
        return 1;
    if (a.hi === 0)
        return 0;
    const ans = a.hi ** m;
    const r = a.lo / a.hi;
    let adjustment = m * r;
    if (Math.abs(adjustment) > 1e-8) {
        adjustment =
            Math.abs(adjustment) < 1e-4 ? adjustment + m * r * (((m - 1) / 2) * r) : Math.expm1(m * Math.log1p(r));
    }
    return ans + ans * adjustment;
}
/**
 * y^m as mantissa × 2^exponent for y in [0.5, 1) and an integer m ≥ 0, never underflowing: Math.pow on chunks
 * small enough to stay above 2^-960, the chunk's mantissa raised recursively to the number of chunks. Each level
 * costs one correctly rounded pow, so the relative error grows with the number of levels (a few), not with m.
 */
function powMantissa(y, m) {
    if (m === 0)
        return { mantissa: 1, exponent: 0 };
    // y ≥ 0.5, so y^m ≥ 2^-960 without asking for log2(y).
    if (m <= SM_MAX_EXPONENT)
        return (0,floating_point/* frexp */._e)(y ** m);
    const log2y = Math.log2(y);
    const chunk = log2y < 0 ? Math.max(1, Math.floor(-SM_MAX_EXPONENT / log2y)) : m;
    if (m <= chunk)
        return (0,floating_point/* frexp */._e)(y ** m);
    const chunks = Math.floor(m / chunk);
    const rest = m - chunks * chunk;
    const base = (0,floating_point/* frexp */._e)(y ** chunk);
    const raised = powMantissa(base.mantissa, chunks);
    const tail = (0,floating_point/* frexp */._e)(y ** rest);
    const product = (0,floating_point/* frexp */._e)(raised.mantissa * tail.mantissa);
    return {
        mantissa: product.mantissa,
        exponent: product.exponent + raised.exponent + tail.exponent + base.exponent * chunks,
    };
}
/** (hi + lo)^m as mantissa × 2^exponent, never underflowing (cephes `pow2Scaled_D`), for 0 < hi and m ≥ 0. */
function powScaled(a, m) {
    if (m === 0)
        return { mantissa: 1, exponent: 0 };
    const { mantissa: y, exponent: yExponent } = (0,floating_point/* frexp */._e)(a.hi);
    const raised = powMantissa(y, m);
    const r = a.lo / a.hi;
    let adjustment = m * r;
    if (Math.abs(adjustment) > 1e-8) {
        adjustment =
            Math.abs(adjustment) < 1e-4 ? adjustment + m * r * (((m - 1) / 2) * r) : Math.expm1(m * Math.log1p(r));
    }
    return {
        mantissa: raised.mantissa + raised.mantissa * adjustment,
        exponent: raised.exponent + m * yExponent,
    };
}
/** floor(n·x) and its fractional part, computed exactly (cephes `modNX`). */
function floorAndFraction(n, x) {
    const product = twoProduct(n, x);
    let floor = Math.floor(product.hi);
    if (floor === product.hi && product.lo < 0)
        floor -= 1;
    let alpha = product.hi - floor + product.lo;
    if (alpha >= 1) {
        floor += 1;
        alpha = 0;
    }
    return { floor, alpha: Math.max(alpha, 0) };
}
function clamp01(p) {
    return Math.min(Math.max(p, 0), 1);
}
/**
 * Pr(D⁺_n ≥ d) and its complement for integer n ≥ 1 and 0 ≤ d ≤ 1, a port of cephes `_smirnov` (scipy.special
 * `smirnov`/`smirnovc`). NaN outside that domain.
 */
function smirnovProbabilities(n, d) {
    if (!(Number.isInteger(n) && n > 0 && d >= 0 && d <= 1))
        return { sf: Number.NaN, cdf: Number.NaN };
    if (n === 1)
        return { sf: 1 - d, cdf: d };
    if (d === 0)
        return { sf: 1, cdf: 0 };
    if (d === 1)
        return { sf: 0, cdf: 1 };
    const { floor: nxFloor, alpha } = floorAndFraction(n, d);
    let n1mxFloor = n - nxFloor - (alpha === 0 ? 0 : 1);
    let n1mxCeil = n - nxFloor;
    // When n·d is an integer the last term is zero: leave it out of either sum.
    if (alpha === 0) {
        n1mxFloor -= 1;
        n1mxCeil += 1;
    }
    // d ≤ 1/n: Pr(D⁺ < d) = d (1 + d)^(n−1).
    if (nxFloor === 0 || (nxFloor === 1 && alpha === 0)) {
        const cdf = d * powD(twoSum(1, d), n - 1);
        return { sf: clamp01(1 - cdf), cdf: clamp01(cdf) };
    }
    // The survival function underflows.
    if (-2 * n * d * d < MIN_LOG)
        return { sf: 0, cdf: 1 };
    // d ≥ 1 − 1/n: Pr(D⁺ ≥ d) = (1 − d)^n.
    if (nxFloor >= n - 1) {
        const sf = powD(twoSum(1, -d), n);
        return { sf: clamp01(sf), cdf: clamp01(1 - sf) };
    }
    if (n > SMIRNOV_MAX_COMPUTE_N) {
        // p ≈ exp(−(6nd + 1)² / 18n)
        const logP = -((6 * n * d + 1) ** 2) / 18 / n;
        if (logP < -Math.LN2) {
            const sf = Math.exp(logP);
            return { sf, cdf: 1 - sf };
        }
        const cdf = -Math.expm1(logP);
        return { sf: 1 - cdf, cdf };
    }
    // The upper sum has few terms near d ≈ 0 but alternates in sign; use it only when that is safe.
    const nUpperTerms = n - n1mxCeil + 1;
    const useUpperSum = (nUpperTerms <= 1 && d < 0.5) ||
        (n >= SM_UPPERSUM_MIN_N && nUpperTerms <= SM_UPPER_MAX_TERMS && d <= 0.5 / Math.sqrt(n));
    let start = 0;
    let step = 1;
    let nTerms = n1mxFloor + 1;
    let firstTerm;
    if (useUpperSum) {
        start = n;
        step = -1;
        nTerms = n - n1mxCeil + 1;
        firstTerm = powD(twoSum(1, d), n - 1);
    }
    else {
        firstTerm = powD(twoSum(1, -d), n) / d;
    }
    let sum = firstTerm;
    let compensation = 0;
    const vMiddle = Math.floor(n / 2);
    // C(n, j) = binomialMantissa · 2^binomialExponent, starting from C(n, 1) = n.
    let { mantissa: binomialMantissa, exponent: binomialExponent } = (0,floating_point/* frexp */._e)(n);
    for (let j = 1; j < nTerms; j++) {
        const v = start + j * step;
        const term = birnbaumTingeyTerm(n, d, v, binomialMantissa, binomialExponent);
        if (Number.isFinite(term) && term !== 0) {
            const t = sum + term;
            compensation += Math.abs(sum) >= Math.abs(term) ? sum - t + term : term - t + sum;
            sum = t;
        }
        if (term !== 0) {
            if (4 * (nTerms - j) * Math.abs(term) < smirnov_EPSILON * (sum + compensation) && j !== nTerms - 1)
                break;
        }
        else if (j > vMiddle) {
            break;
        }
        ({ mantissa: binomialMantissa, exponent: binomialExponent } = nextBinomial(binomialMantissa, binomialExponent, n, j));
    }
    const probability = d * (sum + compensation);
    return step < 0
        ? { sf: clamp01(1 - probability), cdf: clamp01(probability) }
        : { sf: clamp01(probability), cdf: clamp01(1 - probability) };
}
/** C(n, j+1) from C(n, j) = mantissa · 2^exponent (cephes `updateBinomial`). */
function nextBinomial(mantissa, exponent, n, j) {
    const scaled = (0,floating_point/* frexp */._e)(mantissa * ((n - j) / (j + 1)));
    return { mantissa: scaled.mantissa, exponent: exponent + scaled.exponent };
}
/** A_v = C(n, v) (d + v/n)^(v−1) (1 − d − v/n)^(n−v), with C(n, v) given scaled (cephes `computeAv`). */
function birnbaumTingeyTerm(n, d, v, binomialMantissa, binomialExponent) {
    const lower = powScaled(ratioPlus(n - v, n, -d), n - v);
    const upper = powScaled(ratioPlus(v, n, d), v - 1);
    return (0,floating_point/* ldexp */.oJ)(upper.mantissa * lower.mantissa * binomialMantissa, binomialExponent + upper.exponent + lower.exponent);
}
/** `scipy.special.smirnov(n, d)` = Pr(D⁺_n ≥ d). */
function smirnov(n, d) {
    return smirnovProbabilities(n, d).sf;
}

;// CONCATENATED MODULE: ./src/check-drift-gate/statistics/kolmogorov-distribution.ts
/**
 * The exact distribution of the two-sided one-sample Kolmogorov–Smirnov statistic D_n for finite n, as
 * `scipy.stats.kstwo`. Its survival function at (D, round(n1·n2/(n1+n2))) is ks_2samp's asymptotic p-value.
 *
 * Ported from scipy `scipy/stats/_ksstats.py` (`_kolmogn`, `_kolmogn_DMTW`, `_kolmogn_Pomeranz`,
 * `_kolmogn_PelzGood`, `_log_nfactorial_div_n_pow_n`), which follows Simard & L'Ecuyer (2011) in choosing, by n and
 * n·d², between the Ruben–Gambino closed forms, Durbin's matrix algorithm (Marsaglia–Tsang–Wang), Pomeranz's
 * recursion, the Pelz–Good expansion, and 2·smirnov(n, d) (see smirnov.ts) in the upper tail.
 * This is not the Kolmogorov limit `kstwobign`: on the normal-shift-1000 vector the limit gives 1.34e-23 where
 * kstwo gives 8.47e-24.
 */


const E128 = 128;
const EP128 = 2 ** 128;
const EM128 = 2 ** -128;
const SQRT_2PI = Math.sqrt(2 * Math.PI);
const LOG_2PI = Math.log(2 * Math.PI);
const kolmogorov_distribution_MIN_LOG = -708;
const SQRT3 = Math.sqrt(3);
const PI_SQUARED = Math.PI ** 2;
const PI_FOUR = Math.PI ** 4;
const PI_SIX = Math.PI ** 6;
/** B_{2j} / (2j) / (2j − 1) for j = 8 … 1, highest power first (for Horner). */
const STIRLING_COEFFICIENTS = [
    -3617 / 122400,
    1 / 156,
    -691 / 360360,
    1 / 1188,
    -1 / 1680,
    1 / 1260,
    -1 / 360,
    1 / 12,
];
function clip01(p) {
    return Math.min(Math.max(p, 0), 1);
}
/** ln(n! / n^n) by Stirling's series with n·ln(n) cancelled up front (`_log_nfactorial_div_n_pow_n`). */
function logFactorialOverPower(n) {
    const rn = 1 / n;
    let series = 0;
    for (const coefficient of STIRLING_COEFFICIENTS)
        series = series * (rn / n) + coefficient;
    return Math.log(n) / 2 - n + LOG_2PI / 2 + rn * series;
}
/** Square matrices as flat row-major Float64Arrays of side m. */
function multiply(a, b, m) {
    const out = new Float64Array(m * m);
    for (let i = 0; i < m; i++) {
        for (let k = 0; k < m; k++) {
            const aik = a[i * m + k];
            if (aik === 0)
                continue;
            for (let j = 0; j < m; j++)
                out[i * m + j] += aik * b[k * m + j];
        }
    }
    return out;
}
/** Pr(D_n ≤ d) by Durbin's matrix algorithm in Marsaglia–Tsang–Wang form (`_kolmogn_DMTW`), O(k³ log n). */
function kolmogorovCdfDurbin(n, d) {
    if (d >= 1)
        return 1;
    const nd = n * d;
    if (nd <= 0.5)
        return 0;
    const k = Math.ceil(nd);
    const h = k - nd;
    const m = 2 * k - 1;
    // v: first column (and reversed last row) of H; w[j] = 1/j!.
    const v = new Float64Array(m);
    const w = new Float64Array(m);
    let factorial = 1;
    for (let j = 1; j <= m; j++) {
        w[j - 1] = factorial;
        factorial /= j;
        v[j - 1] = (1 - h ** j) * factorial;
    }
    const tt = Math.max(2 * h - 1, 0) ** m - 2 * h ** m;
    v[m - 1] = (1 + tt) * factorial;
    let H = new Float64Array(m * m);
    for (let i = 1; i < m; i++) {
        for (let row = i - 1; row < m; row++)
            H[row * m + i] = w[row - (i - 1)];
    }
    for (let row = 0; row < m; row++)
        H[row * m] = v[row];
    for (let col = 0; col < m; col++)
        H[(m - 1) * m + col] = v[m - 1 - col];
    let power = new Float64Array(m * m);
    for (let i = 0; i < m; i++)
        power[i * m + i] = 1;
    let remaining = n;
    let exponent = 0;
    let hExponent = 0;
    while (remaining > 0) {
        if (remaining % 2 === 1) {
            power = multiply(power, H, m);
            exponent += hExponent;
        }
        H = multiply(H, H, m);
        hExponent *= 2;
        if (Math.abs(H[(k - 1) * m + (k - 1)]) > EP128) {
            for (let i = 0; i < H.length; i++)
                H[i] /= EP128;
            hExponent += E128;
        }
        remaining = Math.floor(remaining / 2);
    }
    let p = power[(k - 1) * m + (k - 1)];
    // Multiply by n!/n^n.
    for (let i = 1; i <= n; i++) {
        p = (i * p) / n;
        if (Math.abs(p) < EM128) {
            p *= EP128;
            exponent -= E128;
        }
    }
    return clip01(exponent !== 0 ? (0,floating_point/* ldexp */.oJ)(p, exponent) : p);
}
/** End points of the non-zero stretch of row i in Pomeranz's recursion (`_pomeranz_compute_j1j2`). */
function pomeranzRowRange(i, n, ll, ceilF, roundF) {
    let j1;
    let j2;
    if (i === 0) {
        j1 = -ll - ceilF - 1;
        j2 = ll + ceilF - 1;
    }
    else {
        const half = Math.floor((i + 1) / 2);
        if ((i + 1) % 2 === 0) {
            if (half === n + 1) {
                j1 = n - ll - ceilF - 1;
                j2 = n + ll + ceilF - 1;
            }
            else {
                j1 = half - 1 - ll - roundF - 1;
                j2 = half + ll - 1 + ceilF - 1;
            }
        }
        else {
            j1 = half - 1 - ll - 1;
            j2 = half + ll + roundF - 1;
        }
    }
    return [Math.max(j1 + 2, 0), Math.min(j2, n)];
}
/** Pr(D_n ≤ d) by Pomeranz's recursion (`_kolmogn_Pomeranz`). */
function kolmogorovCdfPomeranz(n, d) {
    const t = n * d;
    const ll = Math.floor(t);
    const f = t - ll;
    const g = Math.min(f, 1 - f);
    const ceilF = f > 0 ? 1 : 0;
    const roundF = f > 0.5 ? 1 : 0;
    const nPowers = 2 * (ll + 1);
    // (g/n)^m/m!, (2g/n)^m/m!, ((1−2g)/n)^m/m!: Poisson probabilities without their normalising factor.
    const gPower = new Float64Array(nPowers);
    const twoGPower = new Float64Array(nPowers);
    const oneMinusTwoGPower = new Float64Array(nPowers);
    gPower[0] = 1;
    twoGPower[0] = 1;
    oneMinusTwoGPower[0] = 1;
    const gOverN = g / n;
    const twoGOverN = (2 * g) / n;
    const oneMinusTwoGOverN = (1 - 2 * g) / n;
    for (let m = 1; m < nPowers; m++) {
        gPower[m] = (gPower[m - 1] * gOverN) / m;
        twoGPower[m] = (twoGPower[m - 1] * twoGOverN) / m;
        oneMinusTwoGPower[m] = (oneMinusTwoGPower[m - 1] * oneMinusTwoGOverN) / m;
    }
    let v0 = new Float64Array(nPowers);
    let v1 = new Float64Array(nPowers);
    v1[0] = 1;
    let v0Start = 0;
    let v1Start = 0;
    let exponent = 0;
    let [j1, j2] = pomeranzRowRange(0, n, ll, ceilF, roundF);
    for (let i = 1; i < 2 * n + 2; i++) {
        const k1 = j1;
        [v0, v1] = [v1, v0];
        [v0Start, v1Start] = [v1Start, v0Start];
        v1.fill(0);
        [j1, j2] = pomeranzRowRange(i, n, ll, ceilF, roundF);
        const powers = i === 1 || i === 2 * n + 1 ? gPower : i % 2 === 1 ? twoGPower : oneMinusTwoGPower;
        const length = j2 - k1 + 1;
        if (length > 0) {
            // Full convolution of V0[k1 − V0s : k1 − V0s + length] with powers[:length], entries j1 − k1 … j2 − k1.
            const offset = k1 - v0Start;
            const convStart = j1 - k1;
            const convLength = j2 - j1 + 1;
            let maximum = 0;
            for (let out = 0; out < convLength; out++) {
                const index = convStart + out;
                let total = 0;
                for (let a = Math.max(0, index - length + 1); a <= Math.min(index, length - 1); a++) {
                    total += (v0[offset + a] ?? 0) * powers[index - a];
                }
                v1[out] = total;
                if (total > maximum)
                    maximum = total;
            }
            if (maximum > 0 && maximum < EM128) {
                for (let out = 0; out < convLength; out++)
                    v1[out] *= EP128;
                exponent -= E128;
            }
            v1Start = v0Start + j1 - k1;
        }
    }
    let answer = v1[n - v1Start];
    for (let m = 1; m <= n; m++) {
        if (Math.abs(answer) > EP128) {
            answer *= EM128;
            exponent += E128;
        }
        answer *= m;
    }
    return clip01(exponent !== 0 ? (0,floating_point/* ldexp */.oJ)(answer, exponent) : answer);
}
/** Pr(D_n ≤ d) by the Pelz–Good asymptotic expansion (`_kolmogn_PelzGood`), for large n. */
function kolmogorovCdfPelzGood(n, d) {
    if (d <= 0)
        return 0;
    if (d >= 1)
        return 1;
    const z = Math.sqrt(n) * d;
    const zSquared = z ** 2;
    const zThree = z ** 3;
    const zFour = z ** 4;
    const zSix = z ** 6;
    const qLog = -PI_SQUARED / 8 / zSquared;
    if (qLog < kolmogorov_distribution_MIN_LOG)
        return 0;
    let q = Math.exp(qLog);
    const k1a = -zSquared;
    const k1b = PI_SQUARED / 4;
    const k2a = 6 * zSix + 2 * zFour;
    const k2b = ((2 * zFour - 5 * zSquared) * PI_SQUARED) / 4;
    const k2c = (PI_FOUR * (1 - 2 * zSquared)) / 16;
    const k3d = (PI_SIX * (5 - 30 * zSquared)) / 64;
    const k3c = (PI_FOUR * (-60 * zSquared + 212 * zFour)) / 16;
    const k3b = (PI_SQUARED * (135 * zFour - 96 * zSix)) / 4;
    const k3a = -30 * zSix - 90 * z ** 8;
    const K = [0, 0, 0, 0];
    // Horner in q^8 over odd m = 2k − 1.
    const maxK = Math.ceil((16 * z) / Math.PI);
    for (let k = maxK; k > 0; k--) {
        const m = 2 * k - 1;
        const mSquared = m ** 2;
        const mFour = m ** 4;
        const mSix = m ** 6;
        const qPower = q ** (8 * k);
        const coefficients = [
            1,
            k1a + k1b * mSquared,
            k2a + k2b * mSquared + k2c * mFour,
            k3a + k3b * mSquared + k3c * mFour + k3d * mSix,
        ];
        for (let i = 0; i < 4; i++)
            K[i] = K[i] * qPower + coefficients[i];
    }
    const divisors = [z, 6 * zFour, 72 * z ** 7, 6480 * z ** 10];
    for (let i = 0; i < 4; i++)
        K[i] = (K[i] * q * SQRT_2PI) / divisors[i];
    // The sums over all integers k for K2 and K3.
    q = Math.exp(-PI_SQUARED / 2 / zSquared);
    const sqrt3z = SQRT3 * z;
    let k2extra = 0;
    let k3extra = 0;
    for (let k = maxK; k > 0; k--) {
        const kSquared = k ** 2;
        const kPi = Math.PI * k;
        const qPower = q ** kSquared;
        k2extra += kSquared * qPower;
        k3extra += (sqrt3z + kPi) * (sqrt3z - kPi) * kSquared * qPower;
    }
    K[2] += k2extra * ((PI_SQUARED * SQRT_2PI) / (-36 * zThree));
    K[3] += k3extra * ((PI_SQUARED * SQRT_2PI) / (216 * zSix));
    let total = 0;
    for (let i = 0; i < 4; i++)
        total += K[i] / n ** (i / 2);
    return total;
}
/**
 * Pr(D_n ≥ d) for integer n ≥ 1 and the algorithm used, following scipy's `_kolmogn(n, d, cdf=False)` branch for
 * branch (the CDF has different cut-offs and is not needed for p-values).
 */
function kolmogorovSurvivalDetailed(n, d) {
    if (Number.isNaN(n) || Number.isNaN(d) || !Number.isInteger(n) || n <= 0) {
        return { sf: Number.NaN, method: 'degenerate' };
    }
    if (d >= 1)
        return { sf: 0, method: 'degenerate' };
    if (d <= 0)
        return { sf: 1, method: 'degenerate' };
    const complement = (cdf, method) => ({ sf: clip01(1 - cdf), method });
    const t = n * d;
    if (t <= 1) {
        // Ruben–Gambino: 1/2n ≤ d ≤ 1/n.
        if (t <= 0.5)
            return { sf: 1, method: 'ruben-gambino' };
        let cdf;
        if (n <= 140) {
            cdf = 1;
            for (let i = 1; i <= n; i++)
                cdf *= i * (1 / n) * (2 * t - 1);
        }
        else {
            cdf = Math.exp(logFactorialOverPower(n) + n * Math.log(2 * t - 1));
        }
        return complement(clip01(cdf), 'ruben-gambino');
    }
    if (t >= n - 1)
        return { sf: clip01(2 * (1 - d) ** n), method: 'ruben-gambino' };
    if (d >= 0.5)
        return { sf: clip01(2 * smirnov(n, d)), method: 'smirnov' };
    const nxSquared = t * d;
    if (n <= 140) {
        if (nxSquared <= 0.754693)
            return complement(kolmogorovCdfDurbin(n, d), 'durbin-matrix');
        if (nxSquared <= 4)
            return complement(kolmogorovCdfPomeranz(n, d), 'pomeranz');
        return { sf: clip01(2 * smirnov(n, d)), method: 'smirnov' };
    }
    if (nxSquared >= 370)
        return { sf: 0, method: 'underflow' };
    if (nxSquared >= 2.2)
        return { sf: clip01(2 * smirnov(n, d)), method: 'smirnov' };
    if (n <= 100_000 && n * d ** 1.5 <= 1.4)
        return complement(kolmogorovCdfDurbin(n, d), 'durbin-matrix');
    return complement(kolmogorovCdfPelzGood(n, d), 'pelz-good');
}
/**
 * `scipy.stats.kstwo.sf(d, n)` = Pr(D_n ≥ d): 1 at or below the support's lower end 1/(2n), 0 at or above 1,
 * NaN unless n is a positive integer.
 */
function kolmogorovSurvival(d, n) {
    if (!(Number.isInteger(n) && n >= 1) || Number.isNaN(d))
        return Number.NaN;
    if (d <= 0.5 / n)
        return 1;
    if (d >= 1)
        return 0;
    return kolmogorovSurvivalDetailed(n, d).sf;
}

;// CONCATENATED MODULE: ./src/check-drift-gate/statistics/kolmogorov-smirnov-exact.ts
/**
 * Exact two-sided p-values of the two-sample Kolmogorov–Smirnov statistic by counting lattice paths, as
 * `scipy.stats.ks_2samp(method='exact')` (Hodges 1958 after Drion/Gnedenko/Korolyuk). The statistic D of samples of
 * sizes m and n is a multiple of 1/lcm(m, n); with h = round(D · lcm) the p-value is the share of the C(m+n, n)
 * monotone paths from (0, 0) to (m, n) that touch or leave the band |x/m − y/n| < h/lcm.
 */

/**
 * Pr(D_{n,n} ≥ h/n) for equal sample sizes: scipy `_compute_prob_outside_square(n, h)`, the alternating sum
 * 2·Σ_k (−1)^(k+1) C(2n, n − k·h) / C(2n, n) evaluated as a Horner-like product so that nothing cancels.
 */
function probabilityOutsideSquare(n, h) {
    let probability = 0;
    for (let k = Math.floor(n / h); k >= 0; k--) {
        let term = 1;
        // Each A_k has h factors in numerator and denominator.
        for (let j = 0; j < h; j++)
            term = ((n - k * h - j) * term) / (n + k * h + j + 1);
        probability = term * (1 - probability);
    }
    return 2 * probability;
}
/**
 * 1 − Pr(path stays strictly inside |x/m − y/n| < h/lcm) for sizes m ≠ n with gcd g: scipy
 * `_compute_outer_prob_inside_method(m, n, g, h)` (scipy/stats/_stats_pythran.py), the "inside" recursion
 * A(x, y) = A(x, y−1) + A(x−1, y) rewritten by Viehmann (2021) to carry 1 − p directly in [0, 1], over a sliding
 * window of one column. O(m · h/(m/g)) time, O(n) memory.
 */
function outerProbabilityInsideMethod(m0, n0, g, h) {
    // Symmetric in m and n; the recursion wants m ≥ n.
    const m = Math.max(m0, n0);
    const n = Math.min(m0, n0);
    const mg = m / g;
    const ng = n / g;
    let minj = 0;
    let maxj = Math.min(Math.ceil(h / mg), n + 1);
    let curlen = maxj - minj;
    const lenA = Math.min(2 * maxj + 2, n + 1);
    const A = new Float64Array(lenA).fill(1);
    A.fill(0, minj, Math.min(maxj, lenA));
    for (let i = 1; i <= m; i++) {
        const lastminj = minj;
        const lastlen = curlen;
        minj = Math.min(Math.max(Math.floor((ng * i - h) / mg) + 1, 0), n);
        maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
        if (maxj <= minj)
            return 1;
        let value = minj === 0 ? 0 : 1;
        for (let jj = 0; jj < maxj - minj; jj++) {
            const j = jj + minj;
            value = (A[jj + minj - lastminj] * i + value * j) / (i + j);
            A[jj] = value;
        }
        curlen = maxj - minj;
        if (lastlen > curlen) {
            // Elements carried over from the longer previous window become 1 again.
            A.fill(1, maxj - minj, Math.min(maxj - minj + (lastlen - curlen), lenA));
        }
    }
    return A[maxj - minj - 1];
}
/**
 * scipy `_attempt_exact_2kssamp(n1, n2, g, d, 'two-sided')`: h = round(d · lcm) (half to even), d = h / lcm,
 * p = 1 when h = 0; otherwise the equal-size closed form or the inside method. A result that is NaN or outside
 * [0, 1] is reported as a failure so that, like scipy, the caller switches to the asymptotic distribution.
 */
function attemptExactTwoSided(n1, n2, g, d) {
    const lcm = (n1 / g) * n2;
    const h = (0,floating_point/* roundHalfToEven */.ZN)(d * lcm);
    const statistic = h / lcm;
    if (h === 0)
        return { success: true, statistic, pvalue: 1 };
    const pvalue = n1 === n2 ? probabilityOutsideSquare(n1, h) : outerProbabilityInsideMethod(n1, n2, g, h);
    const success = pvalue >= 0 && pvalue <= 1;
    return { success, statistic, pvalue };
}

;// CONCATENATED MODULE: ./src/check-drift-gate/statistics/kolmogorov-smirnov.ts
/**
 * The two-sample Kolmogorov–Smirnov test, two-sided, as `scipy.stats.ks_2samp(ref, cur, method=...)` — the test
 * Azure ML runs (p-value, drift when p < threshold) and Evidently runs on small references (drift when p ≤ 0.05).
 */



/**
 * The KS statistic of two sorted samples in one merge pass, identical to scipy's `ks_2samp`: CDFs are
 * `searchsorted(side='right') / n` at every pooled value (so ties are stepped over together), D is the larger of
 * max(F1 − F2) and −min(F1 − F2) (the latter wins only when strictly larger), and the location is the first value
 * attaining it in the order scipy scans (sample 1's values, then sample 2's).
 */
function ksStatistic(sample1, sample2) {
    const n1 = sample1.length;
    const n2 = sample2.length;
    // Best excursions seen at values of sample 1 and of sample 2 separately, to break ties as scipy's argmax does.
    let max1 = Number.NEGATIVE_INFINITY;
    let maxAt1 = Number.NaN;
    let max2 = Number.NEGATIVE_INFINITY;
    let maxAt2 = Number.NaN;
    let min1 = Number.POSITIVE_INFINITY;
    let minAt1 = Number.NaN;
    let min2 = Number.POSITIVE_INFINITY;
    let minAt2 = Number.NaN;
    let i = 0;
    let j = 0;
    // Heads of both samples; +∞ once a sample is exhausted (samples are finite, so it never ties a value).
    let head1 = sample1[0];
    let head2 = sample2[0];
    while (i < n1 || j < n2) {
        const x = Math.min(head1, head2);
        const inSample1 = head1 === x;
        const inSample2 = head2 === x;
        // Sorted samples: everything ≤ x still ahead of the cursor equals x.
        if (inSample1) {
            do
                i++;
            while (i < n1 && sample1[i] === x);
            head1 = i < n1 ? sample1[i] : Number.POSITIVE_INFINITY;
        }
        if (inSample2) {
            do
                j++;
            while (j < n2 && sample2[j] === x);
            head2 = j < n2 ? sample2[j] : Number.POSITIVE_INFINITY;
        }
        const difference = i / n1 - j / n2;
        if (inSample1) {
            if (difference > max1) {
                max1 = difference;
                maxAt1 = x;
            }
            if (difference < min1) {
                min1 = difference;
                minAt1 = x;
            }
        }
        if (inSample2) {
            if (difference > max2) {
                max2 = difference;
                maxAt2 = x;
            }
            if (difference < min2) {
                min2 = difference;
                minAt2 = x;
            }
        }
    }
    const maxS = Math.max(max1, max2);
    const maxLocation = max1 === maxS ? maxAt1 : maxAt2;
    const minDifference = Math.min(min1, min2);
    const minLocation = min1 === minDifference ? minAt1 : minAt2;
    const minS = Math.min(Math.max(-minDifference, 0), 1);
    return minS > maxS
        ? { statistic: minS, location: minLocation, sign: -1 }
        : { statistic: maxS, location: maxLocation, sign: 1 };
}
/** scipy's `MAX_AUTO_N`: 'auto' attempts the exact distribution up to this sample size. */
const KS_MAX_EXACT_AUTO_N = 10_000;
/**
 * Two-sided two-sample KS test, `scipy.stats.ks_2samp(sample1, sample2, method=method)`:
 * - exact: h = round(D · lcm(n1, n2)), p = share of lattice paths reaching |x/n1 − y/n2| ≥ h/lcm (closed form for
 *   n1 = n2, the inside method otherwise), and the reported statistic becomes h/lcm; on failure, asymp;
 * - asymp: p = kstwo.sf(D, round(n1·n2/(n1 + n2))), the exact one-sample distribution at the effective size
 *   (Simard & L'Ecuyer), not the Kolmogorov limit.
 * The p-value is clipped to [0, 1]. Identical samples give D = 0 and p = 1.
 */
function ksTwoSampleTest(sample1, sample2, method = 'auto') {
    const found = ksStatistic(sample1, sample2);
    const n1 = sample1.length;
    const n2 = sample2.length;
    const g = (0,floating_point/* gcd */.p_)(n1, n2);
    let mode;
    let fallback;
    if (method === 'auto') {
        mode = Math.max(n1, n2) <= KS_MAX_EXACT_AUTO_N ? 'exact' : 'asymp';
    }
    else if (method === 'exact' && n1 / g >= 2147483647 / (n2 / g)) {
        mode = 'asymp';
        fallback = 'lattice-too-large';
    }
    else {
        mode = method;
    }
    let statistic = found.statistic;
    let pvalue = Number.NaN;
    if (mode === 'exact') {
        const attempt = attemptExactTwoSided(n1, n2, g, statistic);
        statistic = attempt.statistic;
        pvalue = attempt.pvalue;
        if (!attempt.success) {
            mode = 'asymp';
            fallback = 'exact-failed';
        }
    }
    if (mode === 'asymp') {
        const m = Math.max(n1, n2);
        const n = Math.min(n1, n2);
        const effectiveSize = (m * n) / (m + n);
        pvalue = kolmogorovSurvival(statistic, (0,floating_point/* roundHalfToEven */.ZN)(effectiveSize));
    }
    pvalue = Math.min(Math.max(pvalue, 0), 1);
    return {
        statistic,
        location: found.location,
        sign: found.sign,
        pvalue,
        method: mode,
        ...(fallback === undefined ? {} : { fallback }),
    };
}

;// CONCATENATED MODULE: ./src/check-drift-gate/statistics/population-stability.ts
/**
 * Population stability index on bin proportions, and the smoothing policies the reference tools apply so that an
 * empty bin does not make it infinite.
 */

/**
 * PSI = Σ (c_i − r_i) · ln(c_i / r_i) over bins, with r the reference and c the current proportions (symmetric in
 * r and c). A bin empty on one side only contributes +∞ (no smoothing policy); a bin empty on both sides
 * contributes 0 (NumPy would produce NaN from 0·ln(0/0)).
 */
function populationStabilityIndex(reference, current) {
    if (reference.length !== current.length) {
        throw new RangeError(`proportions differ in length: ${reference.length} vs ${current.length}`);
    }
    const accumulator = (0,floating_point/* compensatedSum */.dY)();
    for (let i = 0; i < reference.length; i++) {
        const r = reference[i];
        const c = current[i];
        if (r === 0 && c === 0)
            continue;
        if (r === 0 || c === 0)
            return Number.POSITIVE_INFINITY;
        (0,floating_point/* addTo */.DN)(accumulator, (c - r) * Math.log(c / r));
    }
    return (0,floating_point/* totalOf */.e6)(accumulator);
}
/**
 * Laplace (add-one) smoothing as the drift vectors and DRIFT.md define Azure ML's PSI: (count_i + 1) / (n + k),
 * with n the sample size (defaults to Σ counts) and k the number of bins, so the proportions still sum to 1.
 */
function laplaceSmoothedProportions(counts, total) {
    let n = total;
    if (n === undefined) {
        const accumulator = (0,floating_point/* compensatedSum */.dY)();
        for (const count of counts)
            (0,floating_point/* addTo */.DN)(accumulator, count);
        n = (0,floating_point/* totalOf */.e6)(accumulator);
    }
    const denominator = n + counts.length;
    return counts.map((count) => (count + 1) / denominator);
}
/** Evidently's fill for an empty bin's proportion, unless the smallest non-zero proportion is at or below it. */
const EVIDENTLY_EMPTY_BIN_PROPORTION = 1e-4;
/**
 * Evidently's zero fill (`get_binned_data(..., feel_zeroes=True)`), applied to one array at a time: every zero
 * proportion becomes 1e-4, or min_nonzero / 1e6 when the smallest non-zero proportion is ≤ 1e-4. The array is not
 * renormalised afterwards. Throws when every proportion is zero (Python's `min()` of nothing raises too).
 */
function evidentlyFilledProportions(proportions) {
    let minNonZero = Number.POSITIVE_INFINITY;
    for (const p of proportions)
        if (p !== 0 && p < minNonZero)
            minNonZero = p;
    if (minNonZero === Number.POSITIVE_INFINITY)
        throw new RangeError('every proportion is zero; nothing to fill from');
    const fill = minNonZero <= EVIDENTLY_EMPTY_BIN_PROPORTION ? minNonZero / 1e6 : EVIDENTLY_EMPTY_BIN_PROPORTION;
    return proportions.map((p) => (p === 0 ? fill : p));
}

;// CONCATENATED MODULE: ./src/check-drift-gate/statistics/proportions-z-test.ts
/**
 * The two-proportion z-test Evidently runs on binary (at most two-valued) features of small references
 * (`evidently/calculations/stattests/z_stattest.py`): the first category in sorted order counts as 0 and every other
 * as 1, z = (p1 − p2) / sqrt(P (1 − P) (1/n1 + 1/n2)) with the pooled P, and the two-sided p-value
 * 2 · (1 − Φ(|z|)), evaluated in that order as Evidently does (so it reaches 0 for |z| beyond ~8.3).
 */

/**
 * `referenceCounts[i]` and `currentCounts[i]` count category i, categories in sorted order (index 0 is the
 * "first key"). Both samples must be non-empty.
 */
function proportionsZTest(referenceCounts, currentCounts) {
    if (referenceCounts.length !== currentCounts.length) {
        throw new RangeError(`count vectors differ in length: ${referenceCounts.length} vs ${currentCounts.length}`);
    }
    const n1 = referenceCounts.reduce((sum, count) => sum + count, 0);
    const n2 = currentCounts.reduce((sum, count) => sum + count, 0);
    if (!(n1 > 0) || !(n2 > 0))
        throw new RangeError('both samples need at least one value');
    const present1 = referenceCounts.filter((count) => count > 0).length;
    const present2 = currentCounts.filter((count) => count > 0).length;
    if (present1 === 1 &&
        present2 === 1 &&
        referenceCounts.findIndex((c) => c > 0) === currentCounts.findIndex((c) => c > 0)) {
        return { statistic: 0, pvalue: 1 };
    }
    // Ones are the values that are not the first category.
    const p1 = (n1 - referenceCounts[0]) / n1;
    const p2 = (n2 - currentCounts[0]) / n2;
    const pooled = (p1 * n1 + p2 * n2) / (n1 + n2);
    const z = (p1 - p2) / Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
    // Φ(|z|) = 1 − erfc(|z|/√2)/2, and erfc(|z|/√2) = Pr(χ²₁ ≥ z²).
    const cdf = 1 - chiSquaredSurvival(z * z, 1) / 2;
    return { statistic: z, pvalue: 2 * (1 - cdf) };
}

// EXTERNAL MODULE: ./src/check-drift-gate/statistics/sorted-sample.ts
var sorted_sample = __webpack_require__(1390);
;// CONCATENATED MODULE: ./src/check-drift-gate/statistics/wasserstein.ts
/**
 * First Wasserstein (earth mover's) distance between two empirical distributions, and the normalised form the
 * drift tools threshold on.
 */


/**
 * W1 = Σ_j |U(x_j) − V(x_j)| · (x_{j+1} − x_j) over the pooled sorted values, U and V the empirical CDFs counted with
 * right-side search: `scipy.stats.wasserstein_distance(u, v)` (its `_cdf_distance(1, u, v)`). Computed by merging
 * the two sorted samples in one pass with no pooled array; repeated values contribute zero-width steps and are
 * skipped. Terms are summed with compensation.
 */
function wassersteinDistance(u, v) {
    const nu = u.length;
    const nv = v.length;
    const accumulator = (0,floating_point/* compensatedSum */.dY)();
    let i = 0;
    let j = 0;
    // Heads of both samples; +∞ once a sample is exhausted (samples are finite).
    let headU = u[0];
    let headV = v[0];
    // The current pooled value: the smallest value not yet passed in either sample.
    let x = Math.min(headU, headV);
    for (;;) {
        while (headU <= x) {
            i++;
            headU = i < nu ? u[i] : Number.POSITIVE_INFINITY;
        }
        while (headV <= x) {
            j++;
            headV = j < nv ? v[j] : Number.POSITIVE_INFINITY;
        }
        if (i === nu && j === nv)
            break;
        const next = Math.min(headU, headV);
        (0,floating_point/* addTo */.DN)(accumulator, Math.abs(i / nu - j / nv) * (next - x));
        x = next;
    }
    return (0,floating_point/* totalOf */.e6)(accumulator);
}
/** The floor both Azure ML and Evidently put under the reference standard deviation. */
const WASSERSTEIN_STD_FLOOR = 0.001;
/**
 * Normalised Wasserstein distance W1(reference, current) / max(std(reference), 0.001).
 * Azure ML divides by the sample standard deviation (ddof = 1, Spark's `stddev`); Evidently by `np.std(ref)`
 * (ddof = 0). The standard deviation is computed in two passes and is exactly 0 for a constant reference, so the
 * floor applies there rather than a spurious ~1e-17.
 */
function normalizedWassersteinDistance(reference, current, ddof) {
    const distance = wassersteinDistance(reference, current);
    const referenceStd = (0,sorted_sample/* standardDeviationOf */.yh)(reference, ddof);
    // NaN (a single reference value with ddof = 1) also takes the floor: Python's max(nan, 0.001) would keep NaN only
    // by argument order, and a single value has no spread to normalise by.
    const floored = !(referenceStd >= WASSERSTEIN_STD_FLOOR);
    return {
        value: distance / (floored ? WASSERSTEIN_STD_FLOOR : referenceStd),
        distance,
        referenceStd,
        floored,
        referenceConstant: (0,sorted_sample/* isConstant */.VO)(reference),
    };
}

;// CONCATENATED MODULE: ./src/check-drift-gate/feature-metrics.ts
/**
 * One metric of one feature, computed from what the readers kept, through the statistics modules (which reproduce
 * scipy). Numerical features hold sorted samples: the exact values up to exact-limit, else a stand-in sample of
 * evenly spaced quantiles of the feature's sketch, whose CDF error bound is carried into the result.
 */













function computeMetric(feature, plan) {
    const { spec } = plan;
    const computed = feature.type === 'numerical' ? numericalMetric(feature, spec) : categoricalMetric(feature, spec);
    const defined = Number.isFinite(computed.value) || computed.value === Number.POSITIVE_INFINITY;
    return {
        metric: spec.metric,
        spec,
        value: computed.value,
        threshold: plan.threshold,
        thresholdSource: plan.thresholdSource,
        comparison: plan.comparison,
        drifted: defined && (0,presets/* breaches */.aM)(computed.value, plan.threshold, plan.comparison),
        reason: plan.reason,
        details: computed.details,
        notes: computed.notes,
    };
}
// ---------------------------------------------------------------------------------------------------------------
// Numerical features
function sketchNotes(feature) {
    const bound = feature.reference.cdfErrorBound + feature.current.cdfErrorBound;
    if (bound === 0)
        return { bound, notes: [] };
    return {
        bound,
        notes: [
            `beyond exact-limit: computed from quantile sketches; every CDF value is within ±${(0,check_drift_gate_sketch/* formatBound */.Sp)(bound)} (reference ${(0,check_drift_gate_sketch/* formatBound */.Sp)(feature.reference.cdfErrorBound)}, current ${(0,check_drift_gate_sketch/* formatBound */.Sp)(feature.current.cdfErrorBound)})`,
        ],
    };
}
function numericalMetric(feature, spec) {
    const { reference, current } = feature;
    const { bound, notes } = sketchNotes(feature);
    switch (spec.metric) {
        case 'wasserstein': {
            const ddof = spec.ddof ?? 1;
            let distance;
            let referenceStd;
            let floored;
            if (reference.exact && current.exact) {
                const result = normalizedWassersteinDistance(reference.sample, current.sample, ddof);
                ({ distance, referenceStd, floored } = result);
            }
            else {
                distance = wassersteinDistance(reference.sample, current.sample);
                referenceStd = reference.std(ddof);
                floored = !(referenceStd >= WASSERSTEIN_STD_FLOOR);
            }
            const norm = floored ? WASSERSTEIN_STD_FLOOR : referenceStd;
            const details = { distance, referenceStd, ddof, floored };
            if (floored) {
                notes.push(`the reference standard deviation (${referenceStd}) is below ${WASSERSTEIN_STD_FLOOR}: the distance is divided by ${WASSERSTEIN_STD_FLOOR}, as both tools do${reference.min === reference.max ? ' (constant reference)' : ''}`);
            }
            if (bound > 0) {
                const range = Math.max(reference.max, current.max) - Math.min(reference.min, current.min);
                details.errorBound = (bound * range) / norm;
            }
            return { value: distance / norm, details, notes };
        }
        case 'ks': {
            const method = spec.method ?? 'auto';
            if (reference.exact && current.exact) {
                const result = ksTwoSampleTest(reference.sample, current.sample, method);
                if (result.fallback)
                    notes.push(`exact p-value unavailable (${result.fallback}): asymptotic used, as scipy does`);
                return {
                    value: result.pvalue,
                    details: { statistic: result.statistic, location: result.location, method: result.method },
                    notes,
                };
            }
            const statistic = ksStatistic(reference.sample, current.sample).statistic;
            const m = Math.max(reference.count, current.count);
            const n = Math.min(reference.count, current.count);
            const pvalue = Math.min(Math.max(kolmogorovSurvival(statistic, (0,floating_point/* roundHalfToEven */.ZN)((m * n) / (m + n))), 0), 1);
            notes.push('beyond exact-limit the p-value is asymptotic (kstwo at the full sample sizes)');
            return { value: pvalue, details: { statistic, method: 'asymp', statisticErrorBound: bound }, notes };
        }
        case 'jensen-shannon':
        case 'psi': {
            const binned = binFeature(feature, spec);
            notes.push(...binned.notes);
            const details = {
                binning: binned.kind,
                bins: binned.referenceCounts.length,
                ...(bound > 0 ? { binProportionErrorBound: 2 * bound } : {}),
            };
            if (spec.metric === 'jensen-shannon') {
                return {
                    value: jensenShannon(binned.referenceCounts, binned.currentCounts, spec, details),
                    details,
                    notes,
                };
            }
            return {
                value: psi(binned.referenceCounts, binned.currentCounts, reference.count, current.count, spec, details, notes),
                details,
                notes,
            };
        }
        case 'chi-squared':
        case 'z-test': {
            const counts = countsPerValue(feature);
            if (counts === undefined) {
                return {
                    value: Number.NaN,
                    details: {},
                    notes: [
                        `${spec.metric} needs counts per value, and this feature has too many distinct values to count`,
                    ],
                };
            }
            return spec.metric === 'chi-squared'
                ? chiSquared(counts.referenceCounts, counts.currentCounts, spec, (index) => String(counts.values[index]))
                : zTest(counts.referenceCounts, counts.currentCounts);
        }
    }
}
function jensenShannon(referenceCounts, currentCounts, spec, details) {
    const base = spec.base ?? 2;
    details.base = base === 2 ? 2 : 'e';
    if (!referenceCounts.some((count) => count > 0) || !currentCounts.some((count) => count > 0))
        return Number.NaN;
    // jensenShannonDistance renormalises, so counts and proportions give the same value (scipy does the same).
    return jensenShannonDistance(referenceCounts, currentCounts, base === 2 ? 2 : undefined);
}
function psi(referenceCounts, currentCounts, referenceSize, currentSize, spec, details, notes) {
    const smoothing = spec.smoothing ?? 'laplace';
    details.smoothing = smoothing;
    let reference;
    let current;
    if (smoothing === 'laplace') {
        reference = laplaceSmoothedProportions(referenceCounts, referenceSize);
        current = laplaceSmoothedProportions(currentCounts, currentSize);
    }
    else {
        reference = (0,statistics_binning/* proportionsOf */.N)(referenceCounts, referenceSize);
        current = (0,statistics_binning/* proportionsOf */.N)(currentCounts, currentSize);
        if (smoothing === 'fill') {
            if (!reference.some((p) => p > 0) || !current.some((p) => p > 0))
                return Number.NaN;
            reference = evidentlyFilledProportions(reference);
            current = evidentlyFilledProportions(current);
        }
    }
    const value = populationStabilityIndex(reference, current);
    if (value === Number.POSITIVE_INFINITY) {
        notes.push('a bin is empty on one side only: without smoothing the PSI is infinite');
    }
    return value;
}
function chiSquared(referenceCounts, currentCounts, spec, label) {
    const test = spec.test ?? 'goodness-of-fit';
    const outcome = test === 'contingency'
        ? chiSquaredContingency(referenceCounts, currentCounts)
        : chiSquaredGoodnessOfFit(referenceCounts, currentCounts);
    if (outcome.defined) {
        return {
            value: outcome.pvalue,
            details: { test, statistic: outcome.statistic, dof: outcome.dof },
            notes: [],
        };
    }
    if (outcome.reason === 'category-unseen-in-reference') {
        const unseen = outcome.categories.map(label);
        return {
            value: 0,
            details: { test, statistic: Number.POSITIVE_INFINITY, dof: referenceCounts.length - 1 },
            notes: [
                `${unseen.length === 1 ? 'a value' : 'values'} unseen in the reference (${unseen.slice(0, 5).join(', ')}${unseen.length > 5 ? ', …' : ''}) get an expected count of 0: the statistic is infinite and the p-value 0, as scipy's chisquare gives (Azure ML and Evidently alike)`,
            ],
        };
    }
    return {
        value: Number.NaN,
        details: { test },
        notes: [`chi-squared is undefined here (${outcome.reason.replaceAll('-', ' ')}): not counted as drift`],
    };
}
function zTest(referenceCounts, currentCounts) {
    const notes = [];
    if (referenceCounts.length > 2) {
        notes.push(`${referenceCounts.length} values: the z-test compares the first value (in sorted order) with all others, as Evidently does`);
    }
    const result = proportionsZTest(referenceCounts, currentCounts);
    return { value: result.pvalue, details: { statistic: result.statistic }, notes };
}
// ---------------------------------------------------------------------------------------------------------------
// Categorical features
function categoricalMetric(feature, spec) {
    const aligned = (0,categorical/* alignCategoryCounts */.g)(feature.reference, feature.current);
    const notes = [];
    const unseen = aligned.unseenInReference;
    const unseenNote = unseen.length > 0
        ? `categories unseen in the reference: ${unseen.slice(0, 5).join(', ')}${unseen.length > 5 ? `, … (${unseen.length})` : ''}`
        : undefined;
    switch (spec.metric) {
        case 'jensen-shannon': {
            const details = { categories: aligned.categories.length };
            if (unseenNote)
                notes.push(`${unseenNote} (a proportion of 0 in the reference)`);
            return {
                value: jensenShannon(aligned.referenceCounts, aligned.currentCounts, spec, details),
                details,
                notes,
            };
        }
        case 'psi': {
            const details = { categories: aligned.categories.length };
            const smoothing = spec.smoothing ?? 'laplace';
            if (unseenNote) {
                notes.push(`${unseenNote}: ${smoothing === 'laplace' ? 'Laplace smoothing (count + 1) / (n + k) keeps the PSI finite' : smoothing === 'fill' ? 'Evidently fills the empty proportion' : 'without smoothing the PSI is infinite'}`);
            }
            const value = psi(aligned.referenceCounts, aligned.currentCounts, feature.referenceCount, feature.currentCount, spec, details, []);
            return { value, details, notes };
        }
        case 'chi-squared':
            return chiSquared(aligned.referenceCounts, aligned.currentCounts, spec, (index) => aligned.categories[index]);
        case 'z-test':
            return zTest(aligned.referenceCounts, aligned.currentCounts);
        case 'wasserstein':
        case 'ks':
            throw new Error(`${spec.metric} does not apply to categorical features`);
    }
}

// EXTERNAL MODULE: ./src/check-drift-gate/feature-types.ts
var feature_types = __webpack_require__(5228);
// EXTERNAL MODULE: ./src/check-drift-gate/metric-plan.ts + 1 modules
var metric_plan = __webpack_require__(4369);
// EXTERNAL MODULE: ./src/check-drift-gate/picture.ts
var picture = __webpack_require__(9980);
;// CONCATENATED MODULE: ./src/check-drift-gate/feature-comparison.ts







/** Size of the stand-in sample drawn from a sketch for the statistics. */
const SKETCH_SAMPLE_SIZE = 1 << 16;
/** A numeric column's values as category counts (an integer feature that is categorical). */
function asCategories(column) {
    if (column.kind === 'categorical')
        return column.overflow ? undefined : { counts: new Map(column.counts), count: column.count };
    const counts = new Map();
    if (column.values !== undefined) {
        column.values.forEachRun((value, times) => counts.set((0,feature_types/* numberLabel */.Cv)(value), times));
        return { counts, count: column.count };
    }
    if (column.valueCounts === undefined)
        return undefined;
    for (const [value, times] of column.valueCounts)
        counts.set((0,feature_types/* numberLabel */.Cv)(value), times);
    return { counts, count: column.count };
}
function numericDistribution(column) {
    if (column.count === 0)
        return undefined;
    if (column.values !== undefined) {
        // Doubles for the statistics: made here, per feature, and dropped with the feature's data once measured.
        const sample = column.values.sortedSample();
        let valueCounts;
        return {
            count: column.count,
            sample,
            exact: true,
            cdfErrorBound: 0,
            min: sample[0],
            max: sample[sample.length - 1],
            std: (ddof) => (0,sorted_sample/* standardDeviationOf */.yh)(sample, ddof),
            get valueCounts() {
                if (valueCounts === undefined) {
                    valueCounts = new Map();
                    for (let i = 0; i < sample.length; i++)
                        valueCounts.set(sample[i], (valueCounts.get(sample[i]) ?? 0) + 1);
                }
                return valueCounts;
            },
            distinct: (0,statistics_binning/* distinctCount */.EX)(sample),
        };
    }
    const sketch = column.sketch;
    const moments = column.moments;
    const summary = sketch.summary();
    const sample = sketch.representativeSample(SKETCH_SAMPLE_SIZE);
    return {
        count: column.count,
        sample,
        exact: false,
        cdfErrorBound: summary.cdfErrorBound + 1 / (sample.length - 1),
        sketch: summary,
        min: moments.min,
        max: moments.max,
        std: (ddof) => (moments.count - ddof > 0 ? Math.sqrt(moments.m2 / (moments.count - ddof)) : Number.NaN),
        valueCounts: column.valueCounts,
        distinct: column.valueCounts?.size,
    };
}
function distinctUnion(data) {
    if (data.type === 'categorical')
        return new Set([...data.reference.keys(), ...data.current.keys()]).size;
    if (data.reference.exact && data.current.exact) {
        // Merge count of the two sorted samples, stopping early: only "more than 20" matters to the presets.
        const a = data.reference.sample;
        const b = data.current.sample;
        let i = 0;
        let j = 0;
        let distinct = 0;
        while ((i < a.length || j < b.length) && distinct <= 20) {
            const value = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i] : b[j];
            while (i < a.length && a[i] === value)
                i++;
            while (j < b.length && b[j] === value)
                j++;
            distinct++;
        }
        return distinct;
    }
    // Beyond exact-limit: counted exactly while few, else certainly more than the presets look at.
    const left = data.reference.valueCounts;
    const right = data.current.valueCounts;
    if (left === undefined || right === undefined)
        return Number.POSITIVE_INFINITY;
    return new Set([...left.keys(), ...right.keys()]).size;
}
function share(count, rows) {
    return { count, share: rows === 0 ? 0 : count / rows };
}
/** The metrics' data of a feature, or why it cannot be compared. */
function featureData(comparison) {
    const { decision, reference, current } = comparison;
    if (decision.type === 'numerical') {
        const left = reference.column.kind === 'numeric' ? numericDistribution(reference.column) : undefined;
        const right = current.column.kind === 'numeric' ? numericDistribution(current.column) : undefined;
        if (left === undefined || right === undefined)
            return { skip: `every ${left === undefined ? 'reference' : 'current'} value is missing` };
        return { type: 'numerical', reference: left, current: right };
    }
    const left = asCategories(reference.column);
    const right = asCategories(current.column);
    if (left === undefined || right === undefined) {
        return {
            skip: `more than 65,536 distinct values on the ${left === undefined ? 'reference' : 'current'} side: an identifier or free text, not a categorical feature; exclude it or declare it numerical`,
        };
    }
    if (left.count === 0 || right.count === 0)
        return { skip: `every ${left.count === 0 ? 'reference' : 'current'} value is missing` };
    return {
        type: 'categorical',
        reference: left.counts,
        current: right.counts,
        referenceCount: left.count,
        currentCount: right.count,
    };
}
function compareFeature(comparison, rules, logger) {
    const { name, decision } = comparison;
    const data = featureData(comparison);
    if ('skip' in data)
        return data;
    const missing = {
        reference: share(comparison.reference.column.missing, comparison.reference.rows),
        current: share(comparison.current.column.missing, comparison.current.rows),
    };
    const referenceSize = data.type === 'numerical' ? data.reference.count : data.referenceCount;
    const plan = (0,metric_plan/* planFeature */.OE)(name, { type: decision.type, referenceSize, distinctUnion: distinctUnion(data) }, rules.preset, rules.metrics, rules.thresholds);
    const metrics = plan.map((planned) => computeMetric(data, planned));
    const sketch = data.type === 'numerical' && (!data.reference.exact || !data.current.exact)
        ? {
            ...(data.reference.sketch ? { reference: data.reference.sketch } : {}),
            ...(data.current.sketch ? { current: data.current.sketch } : {}),
        }
        : undefined;
    if (sketch && data.type === 'numerical') {
        logger.info(`${name}: beyond exact-limit (${rules.exactLimit}); CDF error bound ±${(0,check_drift_gate_sketch/* formatBound */.Sp)(data.reference.cdfErrorBound + data.current.cdfErrorBound)}`);
    }
    return {
        name,
        type: decision.type,
        decision,
        missing,
        values: {
            reference: data.type === 'numerical' ? data.reference.count : data.referenceCount,
            current: data.type === 'numerical' ? data.current.count : data.currentCount,
        },
        metrics,
        drifted: metrics.some((metric) => metric.drifted),
        ...(sketch ? { sketch } : {}),
        picture: (0,picture/* histogramPicture */.DJ)(data),
    };
}

;// CONCATENATED MODULE: ./src/check-drift-gate/feature-selection.ts
/**
 * Which columns the gate compares: the `features` named (each must be a column of both sides' first files), or
 * every column the two sides share, less `exclude-features`. Parquet's nested columns are never compared unless
 * named; its schema also tells each column's kind before a value is read.
 */

function describeColumns(table) {
    const shown = table.columns.slice(0, 12).map((column) => `'${column}'`);
    const more = table.columns.length > 12 ? `, … (${table.columns.length} in all)` : '';
    return `${table.source.label}: ${shown.join(', ') || 'no columns'}${more}`;
}
function selectFeatures(request, reference, current, logger) {
    const currentColumns = new Set(current.columns);
    const referenceColumns = new Set(reference.columns);
    const schemaKinds = new Map();
    const nested = new Set();
    reference.columns.forEach((column, index) => {
        if (reference.schemaKinds === undefined)
            return;
        const kind = reference.schemaKinds[index];
        if (kind === undefined)
            nested.add(column);
        else
            schemaKinds.set(column, kind);
    });
    let features;
    if (request.features !== undefined) {
        for (const feature of request.features) {
            for (const [table, columns] of [
                [reference, referenceColumns],
                [current, currentColumns],
            ]) {
                if (!columns.has(feature)) {
                    throw new errors/* ConfigurationError */.j1(`Input 'features' names '${feature}', which is not a column of ${describeColumns(table)}.`, { input: 'features' });
                }
            }
        }
        features = [...request.features];
    }
    else {
        features = reference.columns.filter((column) => currentColumns.has(column) && !nested.has(column));
    }
    const excluded = new Set(request.excludeFeatures);
    for (const name of excluded) {
        if (!referenceColumns.has(name) && !currentColumns.has(name)) {
            logger.warning(`exclude-features names '${name}', which is not a column of either side; check the spelling.`);
        }
    }
    features = features.filter((feature) => !excluded.has(feature));
    if (features.length === 0) {
        const common = reference.columns.filter((column) => currentColumns.has(column));
        throw new errors/* ConfigurationError */.j1(common.length === 0
            ? `The reference and current data have no column in common (${describeColumns(reference)}; ${describeColumns(current)}); compare files of the same table, or name the features with 'features'.`
            : `No feature is left to compare: every common column is excluded (${common.join(', ')}).`, { input: common.length === 0 ? 'current' : 'exclude-features' });
    }
    return { features, schemaKinds };
}

;// CONCATENATED MODULE: ./src/check-drift-gate/exact-values.ts
/** The exponent staged for a number that has no short decimal form. */
const NO_DECIMAL = 0x7fff;
const INT_MAX = 2 ** 31 - 1;
/** 10^k is exact in a double for k ≤ 22. */
const MAX_DECIMALS = 22;
const POWERS_OF_TEN = Array.from({ length: MAX_DECIMALS + 1 }, (_, k) => 10 ** k);
const ResizableArrayBuffer = ArrayBuffer;
class ExactValues {
    limit;
    intBuffer;
    ints;
    /** While the values are integers: the common number of decimals d. */
    decimals = 0;
    largest = 0;
    floatBuffer;
    floats;
    length = 0;
    constructor(limit) {
        this.limit = limit;
    }
    /** Bytes per value currently used: 4 while decimals, 8 once doubles. */
    get bytesPerValue() {
        return this.floats === undefined ? 4 : 8;
    }
    /**
     * Adds a finite value. `mantissa` and `exponent` describe it as mantissa · 10^exponent when the reader knows that
     * exactly (the CSV fast path); `exponent` is NO_DECIMAL otherwise.
     */
    add(value, mantissa, exponent) {
        if (this.floats === undefined && exponent !== NO_DECIMAL && this.addDecimal(mantissa, exponent))
            return;
        if (this.floats === undefined)
            this.toFloats();
        const floats = this.grow(this.floatBuffer, this.floats, 8);
        floats[this.length++] = value;
    }
    addDecimal(mantissa, exponent) {
        let m = mantissa;
        let d = -exponent;
        if (d < 0) {
            m *= POWERS_OF_TEN[Math.min(-d, MAX_DECIMALS)];
            d = 0;
        }
        if (d > MAX_DECIMALS)
            return false;
        if (this.ints === undefined) {
            this.intBuffer = new ResizableArrayBuffer(0, { maxByteLength: this.limit * 4 });
            this.ints = new Int32Array(this.intBuffer);
            this.decimals = d;
        }
        if (d < this.decimals) {
            m *= POWERS_OF_TEN[this.decimals - d];
        }
        else if (d > this.decimals) {
            const factor = POWERS_OF_TEN[d - this.decimals];
            if (this.largest * factor > INT_MAX)
                return false;
            const ints = this.ints;
            for (let i = 0; i < this.length; i++)
                ints[i] *= factor;
            this.largest *= factor;
            this.decimals = d;
        }
        const magnitude = Math.abs(m);
        if (magnitude > INT_MAX)
            return false;
        if (magnitude > this.largest)
            this.largest = magnitude;
        const ints = this.grow(this.intBuffer, this.ints, 4);
        ints[this.length++] = m;
        return true;
    }
    grow(buffer, array, bytes) {
        if (this.length < array.length)
            return array;
        if (this.length >= this.limit)
            throw new RangeError('exact values are full: the caller must switch to the sketch');
        const next = Math.min(this.limit, Math.max(this.length + 65_536, Math.ceil(this.length * 1.125)));
        buffer.resize(next * bytes);
        return array;
    }
    /** From decimals to doubles, exactly: every m / 10^d is the double its text reads as. */
    toFloats() {
        this.floatBuffer = new ResizableArrayBuffer(0, { maxByteLength: this.limit * 8 });
        this.floats = new Float64Array(this.floatBuffer);
        if (this.ints !== undefined) {
            this.floatBuffer.resize(Math.max(this.length, 1) * 8);
            const scale = POWERS_OF_TEN[this.decimals];
            for (let i = 0; i < this.length; i++)
                this.floats[i] = this.ints[i] / scale;
            this.intBuffer.resize(0);
            this.intBuffer = undefined;
            this.ints = undefined;
        }
    }
    valueAt(index) {
        return this.floats !== undefined
            ? this.floats[index]
            : this.ints[index] / POWERS_OF_TEN[this.decimals];
    }
    /** Sorts in place (integers sort as their values do: the scale is positive and common). */
    sort() {
        if (this.floats !== undefined)
            this.floats.subarray(0, this.length).sort();
        else if (this.ints !== undefined)
            this.ints.subarray(0, this.length).sort();
    }
    /** After `sort()`: the values as a sorted sample of doubles (a new array when kept as decimals). */
    sortedSample() {
        if (this.floats !== undefined)
            return this.floats.subarray(0, this.length);
        const sample = new Float64Array(this.length);
        const scale = POWERS_OF_TEN[this.decimals];
        const ints = this.ints;
        for (let i = 0; i < this.length; i++)
            sample[i] = ints[i] / scale;
        return sample;
    }
    /** After `sort()`: the number of distinct values. */
    distinct() {
        if (this.length === 0)
            return 0;
        const array = this.floats ?? this.ints;
        let count = 1;
        for (let i = 1; i < this.length; i++)
            if (array[i] !== array[i - 1])
                count++;
        return count;
    }
    /** After `sort()`: calls `run(value, times)` for each distinct value, in ascending order. */
    forEachRun(run) {
        const array = this.floats ?? this.ints;
        let i = 0;
        while (i < this.length) {
            let j = i + 1;
            while (j < this.length && array[j] === array[i])
                j++;
            run(this.valueAt(i), j - i);
            i = j;
        }
    }
    release() {
        this.intBuffer?.resize(0);
        this.floatBuffer?.resize(0);
        this.intBuffer = undefined;
        this.floatBuffer = undefined;
        this.ints = undefined;
        this.floats = undefined;
        this.length = 0;
    }
}

;// CONCATENATED MODULE: ./src/check-drift-gate/feature-columns.ts
/**
 * One side's features as they are read, row by row, in a single pass. Readers stage a row's values here (numbers
 * into a Float64Array, category labels into an array, a status per feature) and commit it; nothing is allocated per
 * row. A numerical feature keeps its values in a Float64Array that grows in place (a resizable ArrayBuffer, so
 * memory is 8 bytes per value and never a copy) up to `exact-limit` values; beyond that its values go into a
 * {@link QuantileSketch} and memory stops growing. A categorical feature keeps a count per category, up to
 * {@link CATEGORY_LIMIT} categories.
 *
 * On the reference, a column whose type is inferred starts numeric and turns categorical at its first value that is
 * not a number (its numbers so far become category labels). A column whose type is fixed (the current side, or a
 * `feature-types` override) refuses such a value: the reader then reports the file, line and column.
 */



/** A categorical feature with more categories than this is left out (an identifier, free text, a timestamp). */
const CATEGORY_LIMIT = 65_536;
/** Beyond exact-limit, distinct values are still counted exactly while there are at most this many. */
const DISTINCT_LIMIT = 65_536;
/** Statuses of a staged value. */
const MISSING = 0;
const INTEGER_VALUE = 1;
const FLOAT_VALUE = 2;
const STRING_VALUE = 3;
const BOOLEAN_VALUE = 4;
/** Modes of a slot: what a reader stages for it. */
const TEXT_MODE = 0;
const NUMERIC_MODE = 1;
class FeatureColumn {
    rule;
    exactLimit;
    sketchCapacity;
    mode;
    missing = 0;
    // numeric storage
    exact;
    sketch;
    valueCounts;
    momentCount = 0;
    meanValue = 0;
    m2 = 0;
    minValue = Number.POSITIVE_INFINITY;
    maxValue = Number.NEGATIVE_INFINITY;
    sawFloat = false;
    // categorical storage
    counts;
    categorized = 0;
    overflow = false;
    sawString = false;
    constructor(rule, exactLimit, sketchCapacity) {
        this.rule = rule;
        this.exactLimit = exactLimit;
        this.sketchCapacity = sketchCapacity;
        this.mode = rule === 'categorical' ? TEXT_MODE : NUMERIC_MODE;
        if (this.mode === TEXT_MODE)
            this.counts = new Map();
        else
            this.allocate();
    }
    allocate() {
        this.exact = new ExactValues(this.exactLimit);
    }
    addNumber(value, status, mantissa, exponent) {
        // Readers stage finite numbers only (infinities count as missing), so the sorted sample stays finite.
        if (status === FLOAT_VALUE)
            this.sawFloat = true;
        const exact = this.exact;
        if (exact !== undefined) {
            if (exact.length < this.exactLimit) {
                exact.add(value, mantissa, exponent);
                return;
            }
            this.startSketch(exact);
        }
        this.addToSketch(value);
    }
    startSketch(exact) {
        this.sketch = new check_drift_gate_sketch/* QuantileSketch */.wh(this.sketchCapacity);
        exact.sort();
        // Welford over the exact values in sorted order; the value counts while there are few distinct values.
        const counts = new Map();
        for (let i = 0; i < exact.length; i++) {
            const value = exact.valueAt(i);
            this.updateMoments(value);
            this.sketch.add(value);
            if (counts.size <= DISTINCT_LIMIT)
                counts.set(value, (counts.get(value) ?? 0) + 1);
        }
        this.valueCounts = counts.size <= DISTINCT_LIMIT ? counts : undefined;
        exact.release();
        this.exact = undefined;
    }
    addToSketch(value) {
        this.sketch.add(value);
        this.updateMoments(value);
        const counts = this.valueCounts;
        if (counts !== undefined) {
            counts.set(value, (counts.get(value) ?? 0) + 1);
            if (counts.size > DISTINCT_LIMIT)
                this.valueCounts = undefined;
        }
    }
    updateMoments(value) {
        const n = ++this.momentCount;
        const delta = value - this.meanValue;
        this.meanValue += delta / n;
        this.m2 += delta * (value - this.meanValue);
        if (value < this.minValue)
            this.minValue = value;
        if (value > this.maxValue)
            this.maxValue = value;
    }
    addLabel(label, status) {
        // A column is boolean only when every value is; numbers and strings make it a string column.
        if (status !== BOOLEAN_VALUE)
            this.sawString = true;
        this.categorized++;
        if (this.overflow)
            return;
        const counts = this.counts;
        const seen = counts.get(label);
        if (seen !== undefined)
            counts.set(label, seen + 1);
        else if (counts.size < CATEGORY_LIMIT)
            counts.set(label, 1);
        else {
            this.overflow = true;
            counts.clear();
        }
    }
    /** Turns an inferred numeric column categorical: its numbers so far become labels. */
    toText() {
        const counts = new Map();
        let overflow = false;
        const add = (value, times) => {
            const label = (0,feature_types/* numberLabel */.Cv)(value);
            const seen = counts.get(label);
            if (seen !== undefined)
                counts.set(label, seen + times);
            else if (counts.size < CATEGORY_LIMIT)
                counts.set(label, times);
            else
                overflow = true;
        };
        if (this.sketch === undefined) {
            const exact = this.exact;
            for (let i = 0; i < exact.length && !overflow; i++)
                add(exact.valueAt(i), 1);
            this.categorized = exact.length;
        }
        else {
            this.categorized = this.sketch.count;
            if (this.valueCounts === undefined)
                overflow = true;
            else
                for (const [value, times] of this.valueCounts)
                    add(value, times);
        }
        if (this.categorized > 0)
            this.sawString = true;
        this.exact?.release();
        this.exact = undefined;
        this.sketch = undefined;
        this.valueCounts = undefined;
        this.counts = overflow ? new Map() : counts;
        this.overflow = overflow;
        this.mode = TEXT_MODE;
    }
    finish() {
        if (this.mode === TEXT_MODE) {
            return {
                kind: 'categorical',
                count: this.categorized,
                missing: this.missing,
                counts: this.counts,
                overflow: this.overflow,
                valueKind: this.sawString ? 'string' : 'boolean',
            };
        }
        const valueKind = this.sawFloat ? 'float' : 'integer';
        if (this.sketch !== undefined) {
            return {
                kind: 'numeric',
                count: this.sketch.count,
                missing: this.missing,
                values: undefined,
                sketch: this.sketch,
                valueCounts: this.valueCounts,
                moments: {
                    count: this.momentCount,
                    mean: this.meanValue,
                    m2: this.m2,
                    min: this.minValue,
                    max: this.maxValue,
                },
                valueKind,
            };
        }
        const exact = this.exact;
        // Sorted in place: no copy of the largest thing this action holds.
        exact.sort();
        return {
            kind: 'numeric',
            count: exact.length,
            missing: this.missing,
            values: exact.length === 0 ? undefined : exact,
            sketch: undefined,
            valueCounts: undefined,
            moments: undefined,
            valueKind,
        };
    }
}
/**
 * The staging area and accumulators of one side. Readers write `values[slot]`, `texts[slot]` and `status[slot]` for
 * each feature of a row, then call `commitRow()`.
 */
class SideColumns {
    features;
    options;
    reasons;
    values;
    /** The CSV reader's exact decimal form of a staged number (mantissa · 10^exponent), or NO_DECIMAL. */
    mantissas;
    exponents;
    texts;
    status;
    /** NUMERIC_MODE or TEXT_MODE per slot: what the reader must stage. May change during a read (inference). */
    modes;
    columns;
    rows = 0;
    droppedRows = 0;
    constructor(features, rules, options, 
    /** Why each numerical feature is numerical, for the error on a value that is not a number. */
    reasons = []) {
        this.features = features;
        this.options = options;
        this.reasons = reasons;
        this.values = new Float64Array(features.length);
        this.mantissas = new Float64Array(features.length);
        this.exponents = new Int16Array(features.length).fill(NO_DECIMAL);
        this.texts = new Array(features.length).fill(undefined);
        this.status = new Uint8Array(features.length);
        this.modes = new Uint8Array(features.length);
        this.columns = rules.map((rule) => new FeatureColumn(rule, options.exactLimit, options.sketchCapacity));
        this.columns.forEach((column, slot) => {
            this.modes[slot] = column.mode;
        });
    }
    /** Called before each file: only the CSV reader stages decimal forms, so none may carry over to another reader. */
    beginTable() {
        this.exponents.fill(NO_DECIMAL);
        this.status.fill(MISSING);
    }
    /**
     * A value that is not a number arrived for a slot in numeric mode. An inferred column turns categorical and the
     * reader stages the value as a label (true is returned); a numerical feature refuses it (false).
     */
    acceptText(slot) {
        const column = this.columns[slot];
        if (column.rule !== 'infer')
            return false;
        column.toText();
        this.modes[slot] = TEXT_MODE;
        return true;
    }
    commitRow() {
        const { status, columns } = this;
        const width = columns.length;
        if (this.options.dropIncompleteRows) {
            let incomplete = false;
            for (let slot = 0; slot < width; slot++) {
                if (status[slot] === MISSING) {
                    columns[slot].missing++;
                    incomplete = true;
                }
            }
            if (incomplete) {
                this.droppedRows++;
                this.rows++;
                return;
            }
        }
        for (let slot = 0; slot < width; slot++) {
            const column = columns[slot];
            const state = status[slot];
            if (state === MISSING)
                column.missing++;
            else if (column.mode === NUMERIC_MODE) {
                column.addNumber(this.values[slot], state, this.mantissas[slot], this.exponents[slot]);
            }
            else
                column.addLabel(this.texts[slot], state);
        }
        this.rows++;
    }
    finish() {
        return this.columns.map((column) => column.finish());
    }
    /** The column kind the values of a slot say so far (schema kinds from Parquet take precedence elsewhere). */
    kindOf(slot) {
        const column = this.columns[slot];
        if (column.mode === TEXT_MODE)
            return column.sawString ? 'string' : 'boolean';
        return column.sawFloat ? 'float' : 'integer';
    }
}

;// CONCATENATED MODULE: ./src/check-drift-gate/readers/table.ts
/**
 * What every reader offers the gate: a table whose columns are known before its rows are read (CSV header, Parquet
 * schema, the keys of the first JSON line), and one pass over its rows into a side's {@link SideColumns}.
 */

function dataError(side, source, line, message) {
    const location = { file: source.label, ...(line === undefined ? {} : { line }) };
    return errors/* ConfigurationError */.j1.at((0,errors/* formatLocation */.j$)(location), message, { input: side, location });
}
/** Why a value cannot go into a numerical feature, and how to fix it. */
function notANumber(feature, shown, decidedBy) {
    return `column '${feature}': ${shown} is not a number, but '${feature}' is a numerical feature (${decidedBy}); fix the data, exclude the column (exclude-features), or declare it categorical in feature-types`;
}
/** A value as shown in an error: quoted and cut short. */
function showValue(text) {
    const cut = text.length > 40 ? `${text.slice(0, 40)}…` : text;
    return JSON.stringify(cut);
}

;// CONCATENATED MODULE: ./src/check-drift-gate/readers/csv-reader.ts
/**
 * A streaming CSV reader (RFC 4180) that parses bytes straight into a side's feature columns.
 *
 * Why not `csv-parse` or `papaparse`: both hand every field over as a JavaScript string (and every row as an array or
 * object), which is most of the cost on wide numeric files: `csv-parse` streams 16–26 MB/s here, a byte-level split
 * 34–43 MB/s (TOOLCHAIN.md), and parsing numbers from the bytes without making strings is faster still. The grammar
 * is small enough to get right: RFC 4180 fields, quoted with `"` and `""` for a quote inside, quoted fields may hold
 * delimiters and line breaks; CRLF, LF or CR line ends; a UTF-8 byte order mark is skipped. Like pandas, it skips
 * blank lines, reads a short row's absent fields as missing, and refuses a row with more fields than the header.
 *
 * Numbers: a decimal with at most 15 significant digits and a power of ten within ±22 is computed exactly as
 * digits × 10^e or digits / 10^e (one correctly rounded operation on exact operands, Clinger's fast path), so it
 * equals what `Number()` gives; any other decimal goes through `Number()` on its bytes. Field values that are not
 * numbers are decoded as UTF-8 and read by {@link readToken} (missing spellings, booleans, strings).
 *
 * Rows are re-parsed whole when a chunk ends inside one, so a row's values reach the columns only once it is
 * complete; memory is one chunk plus one row.
 */




const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const TAB = 0x09;
const MINUS = 0x2d;
const PLUS = 0x2b;
const DOT = 0x2e;
const ZERO = 0x30;
const LOWER_E = 0x65;
const UPPER_E = 0x45;
/** Exact powers of ten: every 10^k for k ≤ 22 is a double without rounding. */
const csv_reader_POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => 10 ** k);
/** Result of scanning a number in place: kept in module scope so the hot loop allocates nothing. */
let scannedValue = 0;
/** The number as mantissa · 10^exponent when read exactly by the fast path; exponent NO_DECIMAL otherwise. */
let scannedMantissa = 0;
let scannedExponent = NO_DECIMAL;
/** 0: not a number; 1: integer; 2: float; 3: a number too large for a double (counts as missing). */
let scannedKind = 0;
const NOT_A_NUMBER = 0;
const INFINITE = 3;
/**
 * Scans a decimal number starting at `start`; returns the index where the field ends (a delimiter, CR, LF or
 * `end`), and sets `scannedKind`/`scannedValue`. Any other byte makes it NOT_A_NUMBER (the caller then reads the
 * field as text); spaces around the number are allowed unless the delimiter is a space or tab.
 */
function scanNumber(buf, start, end, delimiter) {
    scannedKind = NOT_A_NUMBER;
    let p = start;
    const skipSpace = delimiter !== SPACE;
    const skipTab = delimiter !== TAB;
    while (p < end && isPadding(buf[p], skipSpace, skipTab))
        p++;
    const tokenStart = p;
    let negative = false;
    if (p < end) {
        const c = buf[p];
        if (c === MINUS) {
            negative = true;
            p++;
        }
        else if (c === PLUS)
            p++;
    }
    let mantissa = 0;
    let significant = 0;
    let exponent = 0;
    let digits = 0;
    let exact = true;
    let float = false;
    while (p < end) {
        const d = buf[p] - ZERO;
        if (d < 0 || d > 9)
            break;
        digits++;
        if (significant > 0 || d !== 0) {
            if (significant < 15) {
                mantissa = mantissa * 10 + d;
                significant++;
            }
            else {
                exponent++;
                if (d !== 0)
                    exact = false;
            }
        }
        p++;
    }
    if (p < end && buf[p] === DOT) {
        float = true;
        p++;
        while (p < end) {
            const d = buf[p] - ZERO;
            if (d < 0 || d > 9)
                break;
            digits++;
            if (significant > 0 || d !== 0) {
                if (significant < 15) {
                    mantissa = mantissa * 10 + d;
                    significant++;
                    exponent--;
                }
                else if (d !== 0)
                    exact = false;
            }
            else
                exponent--;
            p++;
        }
    }
    if (digits === 0)
        return p;
    if (p < end && (buf[p] === LOWER_E || buf[p] === UPPER_E)) {
        float = true;
        p++;
        let exponentNegative = false;
        if (p < end && (buf[p] === MINUS || buf[p] === PLUS)) {
            exponentNegative = buf[p] === MINUS;
            p++;
        }
        let written = 0;
        let exponentDigits = 0;
        while (p < end) {
            const d = buf[p] - ZERO;
            if (d < 0 || d > 9)
                break;
            if (written < 100_000)
                written = written * 10 + d;
            exponentDigits++;
            p++;
        }
        if (exponentDigits === 0)
            return p;
        exponent += exponentNegative ? -written : written;
    }
    const tokenEnd = p;
    while (p < end && isPadding(buf[p], skipSpace, skipTab))
        p++;
    if (p < end) {
        const c = buf[p];
        if (c !== delimiter && c !== LF && c !== CR)
            return p;
    }
    let value;
    scannedExponent = NO_DECIMAL;
    if (mantissa === 0) {
        value = 0;
        scannedMantissa = 0;
        scannedExponent = 0;
    }
    else if (exact && exponent >= -22 && exponent <= 22) {
        value = exponent < 0 ? mantissa / csv_reader_POWERS_OF_TEN[-exponent] : mantissa * csv_reader_POWERS_OF_TEN[exponent];
        scannedMantissa = negative ? -mantissa : mantissa;
        scannedExponent = exponent;
    }
    else {
        value = Math.abs(Number(buf.toString('latin1', tokenStart, tokenEnd)));
    }
    if (!Number.isFinite(value)) {
        scannedKind = INFINITE;
        return p;
    }
    scannedValue = negative ? -value : value;
    scannedKind = float ? FLOAT_VALUE : INTEGER_VALUE;
    return p;
}
/** Spaces and tabs around a number are skipped, unless they are the delimiter. */
function isPadding(c, skipSpace, skipTab) {
    return (c === SPACE && skipSpace) || (c === TAB && skipTab);
}
/** Index of the first delimiter, CR or LF at or after `p` (or `end`). */
function fieldEnd(buf, p, end, delimiter) {
    while (p < end) {
        const c = buf[p];
        if (c === delimiter || c === LF || c === CR)
            return p;
        p++;
    }
    return p;
}
/** Thrown inside the parser when a chunk ends in the middle of a row: the row is parsed again with more bytes. */
const INCOMPLETE = -1;
class CsvParser {
    delimiter;
    sideName;
    source;
    /** Physical line (1-based) where the next row starts. */
    line = 1;
    side;
    slots = new Int32Array(0);
    /** The header, once read. */
    columns;
    /** Text of the field just read by `quotedField` / `plainText`. */
    text = '';
    constructor(delimiter, sideName, source) {
        this.delimiter = delimiter;
        this.sideName = sideName;
        this.source = source;
    }
    bind(side, slots) {
        this.side = side;
        this.slots = slots;
    }
    /**
     * Parses the complete rows in `buf`; returns the index of the first byte not consumed (the start of an
     * incomplete row), or `buf.length`.
     */
    parse(buf, final) {
        const end = buf.length;
        let i = 0;
        if (this.columns === undefined &&
            this.line === 1 &&
            end >= 3 &&
            buf[0] === 0xef &&
            buf[1] === 0xbb &&
            buf[2] === 0xbf) {
            i = 3;
        }
        while (i < end) {
            const c = buf[i];
            // Blank lines are skipped (pandas' skip_blank_lines).
            if (c === LF) {
                i++;
                this.line++;
                continue;
            }
            if (c === CR) {
                if (i + 1 >= end && !final)
                    return i;
                i += buf[i + 1] === LF ? 2 : 1;
                this.line++;
                continue;
            }
            const rowLine = this.line;
            const next = this.columns === undefined ? this.headerRow(buf, i, end, final) : this.dataRow(buf, i, end, final);
            if (next === INCOMPLETE) {
                this.line = rowLine;
                return i;
            }
            i = next;
            if (this.columns !== undefined && this.side === undefined)
                return i; // header only
        }
        return end;
    }
    /** After a field ending at `p`: INCOMPLETE, or the index after the row terminator (−2 - p when a delimiter). */
    terminate(buf, p, end, final) {
        if (p >= end)
            return final ? end : INCOMPLETE;
        const c = buf[p];
        if (c === this.delimiter)
            return -2 - p;
        if (c === LF) {
            this.line++;
            return p + 1;
        }
        // CR, alone or before LF
        if (p + 1 >= end && !final)
            return INCOMPLETE;
        this.line++;
        return buf[p + 1] === LF ? p + 2 : p + 1;
    }
    /** Reads a quoted field starting at `i` (on the opening quote) into `this.text`; returns the index after it. */
    quotedField(buf, i, end, final) {
        let from = i + 1;
        let escaped = false;
        let close;
        for (;;) {
            const q = buf.indexOf(QUOTE, from);
            if (q === -1 || q >= end) {
                if (!final)
                    return INCOMPLETE;
                throw dataError(this.sideName, this.source, this.line, 'a quoted field is not closed (a " is missing)');
            }
            if (q + 1 >= end && !final)
                return INCOMPLETE;
            if (buf[q + 1] === QUOTE) {
                escaped = true;
                from = q + 2;
                continue;
            }
            close = q;
            break;
        }
        let text = buf.toString('utf8', i + 1, close);
        if (escaped)
            text = text.replaceAll('""', '"');
        for (let k = i + 1; k < close; k++)
            if (buf[k] === LF)
                this.line++;
        // Anything between the closing quote and the delimiter is kept, as pandas does.
        const after = fieldEnd(buf, close + 1, end, this.delimiter);
        if (after > close + 1)
            text += buf.toString('utf8', close + 1, after);
        this.text = text;
        return after;
    }
    headerRow(buf, i, end, final) {
        const columns = [];
        let p = i;
        const startLine = this.line;
        for (;;) {
            let after;
            if (p < end && buf[p] === QUOTE) {
                after = this.quotedField(buf, p, end, final);
                if (after === INCOMPLETE)
                    return INCOMPLETE;
            }
            else {
                after = fieldEnd(buf, p, end, this.delimiter);
                this.text = buf.toString('utf8', p, after);
            }
            const next = this.terminate(buf, after, end, final);
            if (next === INCOMPLETE)
                return INCOMPLETE;
            columns.push(this.text);
            if (next <= -2) {
                p = -2 - next + 1;
                continue;
            }
            const seen = new Set();
            for (const column of columns) {
                if (seen.has(column)) {
                    throw dataError(this.sideName, this.source, startLine, `the header names column '${column}' twice; give every column a distinct name`);
                }
                seen.add(column);
            }
            this.columns = columns;
            return next;
        }
    }
    dataRow(buf, i, end, final) {
        const side = this.side;
        const { values, status, modes, mantissas, exponents } = side;
        const slots = this.slots;
        const width = slots.length;
        const delimiter = this.delimiter;
        status.fill(MISSING);
        let column = 0;
        let p = i;
        for (;;) {
            if (column >= width) {
                throw dataError(this.sideName, this.source, this.line, `the row has more fields than the header's ${width} columns; quote fields that contain '${String.fromCharCode(delimiter)}'`);
            }
            const slot = slots[column];
            let after;
            if (p < end && buf[p] === QUOTE) {
                after = this.quotedField(buf, p, end, final);
                if (after === INCOMPLETE)
                    return INCOMPLETE;
                if (slot >= 0)
                    this.stageText(slot, this.text);
            }
            else if (slot < 0) {
                after = fieldEnd(buf, p, end, delimiter);
            }
            else if (modes[slot] === NUMERIC_MODE) {
                after = scanNumber(buf, p, end, delimiter);
                if (scannedKind === INTEGER_VALUE || scannedKind === FLOAT_VALUE) {
                    values[slot] = scannedValue;
                    mantissas[slot] = scannedMantissa;
                    exponents[slot] = scannedExponent;
                    status[slot] = scannedKind;
                }
                else if (scannedKind === NOT_A_NUMBER) {
                    after = fieldEnd(buf, after, end, delimiter);
                    if (after >= end && !final)
                        return INCOMPLETE;
                    this.stageText(slot, buf.toString('utf8', p, after));
                }
                // INFINITE: stays missing.
            }
            else {
                after = fieldEnd(buf, p, end, delimiter);
                if (after >= end && !final)
                    return INCOMPLETE;
                this.stageText(slot, buf.toString('utf8', p, after));
            }
            const next = this.terminate(buf, after, end, final);
            if (next === INCOMPLETE)
                return INCOMPLETE;
            if (next <= -2) {
                p = -2 - next + 1;
                column++;
                continue;
            }
            side.commitRow();
            return next;
        }
    }
    /** Stages a field read as text: missing, a number, a boolean or a string, as the slot's mode wants it. */
    stageText(slot, text) {
        const side = this.side;
        const token = (0,feature_types/* readToken */.AI)(text);
        if (token.kind === 'missing') {
            side.status[slot] = MISSING;
            return;
        }
        if (side.modes[slot] === NUMERIC_MODE) {
            if (token.kind === 'integer' || token.kind === 'float') {
                side.values[slot] = token.value;
                side.exponents[slot] = NO_DECIMAL;
                side.status[slot] = token.kind === 'integer' ? INTEGER_VALUE : FLOAT_VALUE;
                return;
            }
            if (!side.acceptText(slot)) {
                throw dataError(this.sideName, this.source, this.line, notANumber(side.features[slot], showValue(text), side.reasons[slot] ?? 'numerical'));
            }
        }
        switch (token.kind) {
            case 'integer':
            case 'float':
                side.texts[slot] = (0,feature_types/* numberLabel */.Cv)(token.value);
                side.status[slot] = token.kind === 'integer' ? INTEGER_VALUE : FLOAT_VALUE;
                return;
            case 'boolean':
                side.texts[slot] = (0,feature_types/* booleanLabel */.tZ)(token.value);
                side.status[slot] = BOOLEAN_VALUE;
                return;
            case 'string':
                side.texts[slot] = token.text;
                side.status[slot] = STRING_VALUE;
                return;
        }
    }
}
/** Opens a CSV source and reads its header; the rows are read later by `readRows`, continuing the same stream. */
async function openCsv(source, options, sideName, signal) {
    const delimiter = options.delimiter.charCodeAt(0);
    const parser = new CsvParser(delimiter, sideName, source);
    const stream = await source.openStream(signal);
    const iterator = stream[Symbol.asyncIterator]();
    let pending;
    let done = false;
    while (parser.columns === undefined) {
        const next = await iterator.next();
        const final = next.done === true;
        const chunk = final ? Buffer.alloc(0) : toBuffer(next.value);
        const buf = pending?.length ? Buffer.concat([pending, chunk]) : chunk;
        const consumed = parser.parse(buf, final);
        pending = consumed < buf.length ? buf.subarray(consumed) : undefined;
        if (final) {
            done = true;
            break;
        }
    }
    if (parser.columns === undefined) {
        throw dataError(sideName, source, undefined, 'the file is empty: a CSV file needs a header row');
    }
    const columns = parser.columns;
    return {
        source,
        columns,
        schemaKinds: undefined,
        async readRows(side, slots) {
            parser.bind(side, slots);
            let leftover = pending;
            if (!done) {
                for (;;) {
                    const next = await iterator.next();
                    if (next.done)
                        break;
                    const chunk = toBuffer(next.value);
                    const buf = leftover?.length ? Buffer.concat([leftover, chunk]) : chunk;
                    const consumed = parser.parse(buf, false);
                    leftover = consumed < buf.length ? buf.subarray(consumed) : undefined;
                }
            }
            if (leftover?.length)
                parser.parse(leftover, true);
        },
        async close() {
            await iterator.return?.();
        },
    };
}
function toBuffer(chunk) {
    return Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

;// CONCATENATED MODULE: ./src/check-drift-gate/readers/jsonl-reader.ts
/**
 * JSON Lines: one JSON object per line. The columns are the keys of the first object; a later line may lack a key
 * (a missing value) or add keys (ignored). Values keep their JSON types: numbers are numbers (an integral number is
 * an integer, so `1.0` reads as the integer 1, as JSON has no other way to tell), `true`/`false` booleans, strings
 * strings (a string is never read as a number), `null` missing; a nested object or array is an error naming the
 * line and column, since it is no feature.
 */




const jsonl_reader_LF = 0x0a;
async function openJsonLines(source, sideName, signal) {
    const lines = readLines(await source.openStream(signal));
    const iterator = lines[Symbol.asyncIterator]();
    let first;
    for (;;) {
        const next = await iterator.next();
        if (next.done)
            break;
        const { text, line } = next.value;
        if (text.trim() === '')
            continue;
        first = { record: parseRecord(text.replace(/^\uFEFF/, ''), line, source, sideName), line };
        break;
    }
    if (first === undefined) {
        throw dataError(sideName, source, undefined, 'the file is empty: JSON Lines needs one JSON object per line');
    }
    const columns = Object.keys(first.record);
    const firstRecord = first;
    return {
        source,
        columns,
        schemaKinds: undefined,
        async readRows(side, slots) {
            // Feature name per slot, and the column each slot reads.
            const keys = [];
            slots.forEach((slot, column) => {
                if (slot >= 0)
                    keys[slot] = columns[column];
            });
            stage(side, keys, firstRecord.record, firstRecord.line, source, sideName);
            for (;;) {
                const next = await iterator.next();
                if (next.done)
                    break;
                const { text, line } = next.value;
                if (text.trim() === '')
                    continue;
                stage(side, keys, parseRecord(text, line, source, sideName), line, source, sideName);
            }
        },
        async close() {
            await iterator.return?.();
        },
    };
}
function parseRecord(text, line, source, sideName) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw dataError(sideName, source, line, `not valid JSON (${(0,errors/* describeError */.Uc)(error).message})`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw dataError(sideName, source, line, 'each line must be a JSON object of column names to values');
    }
    return value;
}
function stage(side, keys, record, line, source, sideName) {
    const { values, texts, status, modes } = side;
    for (let slot = 0; slot < keys.length; slot++) {
        const key = keys[slot];
        const value = record[key];
        if (value === undefined || value === null) {
            status[slot] = MISSING;
            continue;
        }
        if (typeof value === 'number') {
            if (!Number.isFinite(value)) {
                status[slot] = MISSING;
                continue;
            }
            const kind = Number.isInteger(value) ? INTEGER_VALUE : FLOAT_VALUE;
            if (modes[slot] === NUMERIC_MODE)
                values[slot] = value;
            else
                texts[slot] = (0,feature_types/* numberLabel */.Cv)(value);
            status[slot] = kind;
            continue;
        }
        if (typeof value === 'object') {
            throw dataError(sideName, source, line, `column '${key}' holds a nested ${Array.isArray(value) ? 'array' : 'object'}, which is no feature; exclude the column (exclude-features)`);
        }
        const isBoolean = typeof value === 'boolean';
        const label = isBoolean ? (0,feature_types/* booleanLabel */.tZ)(value) : String(value);
        if (modes[slot] === NUMERIC_MODE && !side.acceptText(slot)) {
            throw dataError(sideName, source, line, notANumber(key, showValue(label), side.reasons[slot] ?? 'numerical'));
        }
        texts[slot] = label;
        status[slot] = isBoolean ? BOOLEAN_VALUE : STRING_VALUE;
    }
    side.commitRow();
}
/** Splits a byte stream into UTF-8 lines with their 1-based numbers. */
async function* readLines(stream) {
    let pending;
    let line = 0;
    for await (const chunk of stream) {
        const buf = pending?.length
            ? Buffer.concat([pending, chunk])
            : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
        let start = 0;
        for (;;) {
            const at = buf.indexOf(jsonl_reader_LF, start);
            if (at === -1)
                break;
            line++;
            const end = at > start && buf[at - 1] === 0x0d ? at - 1 : at;
            yield { text: buf.toString('utf8', start, end), line };
            start = at + 1;
        }
        pending = start < buf.length ? buf.subarray(start) : undefined;
    }
    if (pending?.length) {
        line++;
        const end = pending[pending.length - 1] === 0x0d ? pending.length - 1 : pending.length;
        yield { text: pending.toString('utf8', 0, end), line };
    }
}

;// CONCATENATED MODULE: ./src/check-drift-gate/readers/parquet-reader.ts
/**
 * Parquet through `hyparquet` (pure JavaScript, no native code, MIT, actively maintained, reads every encoding and
 * nested type the format defines; `hyparquet-compressors` adds the GZIP, ZSTD, BROTLI and LZ4 codecs, snappy is
 * built in). Both are imported only when a Parquet file is read, so other runs never load them.
 *
 * The file is read by byte ranges (local file or blob), one row group of the compared columns at a time, so memory
 * is bounded by the file's row-group size, not its total size. Column kinds come from the schema: FLOAT, DOUBLE,
 * DECIMAL and FLOAT16 are float; INT32/INT64 integer (unless they carry a DATE, TIME or TIMESTAMP type, which are
 * temporal, as is INT96); BOOLEAN boolean; byte arrays string. Nested columns (lists, maps, structs) are no features.
 */




const TEMPORAL_CONVERTED = new Set([
    'DATE',
    'TIME_MILLIS',
    'TIME_MICROS',
    'TIMESTAMP_MILLIS',
    'TIMESTAMP_MICROS',
    'INTERVAL',
]);
/** The column kind a Parquet schema element declares; 'nested' for columns that are no feature. */
function parquetColumnKind(element) {
    if ((element.num_children ?? 0) > 0 || element.repetition_type === 'REPEATED')
        return 'nested';
    const logical = element.logical_type?.type;
    const converted = element.converted_type;
    if (logical === 'DECIMAL' || converted === 'DECIMAL' || logical === 'FLOAT16')
        return 'float';
    if (logical === 'DATE' || logical === 'TIME' || logical === 'TIMESTAMP')
        return 'temporal';
    if (converted !== undefined && TEMPORAL_CONVERTED.has(converted))
        return 'temporal';
    switch (element.type) {
        case 'BOOLEAN':
            return 'boolean';
        case 'INT32':
        case 'INT64':
            return 'integer';
        case 'INT96':
            return 'temporal';
        case 'FLOAT':
        case 'DOUBLE':
            return 'float';
        default:
            return 'string';
    }
}
async function openParquet(source, sideName, signal) {
    const [{ parquetMetadataAsync, parquetSchema, parquetScan }, { compressors }] = await Promise.all([
        __webpack_require__.e(/* import() */ 407).then(__webpack_require__.bind(__webpack_require__, 7407)),
        __webpack_require__.e(/* import() */ 138).then(__webpack_require__.bind(__webpack_require__, 138)),
    ]);
    const file = await source.openRandomAccess(signal);
    let metadata;
    try {
        metadata = await parquetMetadataAsync(file);
    }
    catch (error) {
        throw dataError(sideName, source, undefined, `not a readable Parquet file (${(0,errors/* describeError */.Uc)(error).message})`);
    }
    const children = parquetSchema(metadata).children;
    const columns = children.map((child) => child.element.name);
    const kinds = children.map((child) => parquetColumnKind(child.element));
    return {
        source,
        columns,
        schemaKinds: kinds.map((kind) => (kind === 'nested' ? undefined : kind)),
        async readRows(side, slots) {
            const selected = [];
            slots.forEach((slot, index) => {
                if (slot < 0)
                    return;
                const kind = kinds[index];
                if (kind === 'nested') {
                    throw dataError(sideName, source, undefined, `column '${columns[index]}' is a nested Parquet column (list, map or struct), which is no feature; exclude it (exclude-features)`);
                }
                selected.push({ column: columns[index], slot, kind });
            });
            if (selected.length === 0)
                return;
            const scan = await parquetScan({
                file,
                metadata,
                columns: selected.map((entry) => entry.column),
                compressors,
            });
            for (const range of scan.ranges) {
                signal?.throwIfAborted();
                const data = await Promise.all(selected.map((entry) => scan.readColumn({ column: entry.column, ...range })));
                const rows = range.rowEnd - range.rowStart;
                for (let row = 0; row < rows; row++) {
                    for (let i = 0; i < selected.length; i++) {
                        const { slot, kind, column } = selected[i];
                        const value = data[i][row];
                        if (!stageValue(side, slot, kind, value)) {
                            const shown = showValue(String(value));
                            const reason = side.reasons[slot] ?? 'numerical';
                            throw dataError(sideName, source, undefined, `row ${range.rowStart + row + 1}, ${notANumber(column, shown, reason)}`);
                        }
                    }
                    side.commitRow();
                }
            }
        },
        async close() { },
    };
}
/** Stages one cell; false when a numerical feature gets a value that is not a number. */
function stageValue(side, slot, kind, value) {
    if (value === null || value === undefined) {
        side.status[slot] = MISSING;
        return true;
    }
    let number;
    if (typeof value === 'number')
        number = value;
    else if (typeof value === 'bigint')
        number = Number(value);
    if (number !== undefined) {
        if (!Number.isFinite(number)) {
            side.status[slot] = MISSING;
            return true;
        }
        const status = kind === 'integer' ? INTEGER_VALUE : FLOAT_VALUE;
        if (side.modes[slot] === NUMERIC_MODE)
            side.values[slot] = number;
        else
            side.texts[slot] = (0,feature_types/* numberLabel */.Cv)(number);
        side.status[slot] = status;
        return true;
    }
    let label;
    let status = STRING_VALUE;
    if (typeof value === 'boolean') {
        label = (0,feature_types/* booleanLabel */.tZ)(value);
        status = BOOLEAN_VALUE;
    }
    else if (value instanceof Date)
        label = Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
    else if (value instanceof Uint8Array)
        label = Buffer.from(value).toString('hex');
    else if (typeof value === 'string')
        label = value;
    else
        label = JSON.stringify(value, (_key, inner) => typeof inner === 'bigint' ? String(inner) : inner);
    if (side.modes[slot] === NUMERIC_MODE && !side.acceptText(slot))
        return false;
    side.texts[slot] = label;
    side.status[slot] = status;
    return true;
}

;// CONCATENATED MODULE: ./src/check-drift-gate/side-reading.ts
/**
 * Reading one side (reference or current): every file of the side, in order, in one pass each, into the side's
 * feature columns. Every file must hold the compared features; a side without rows, or whose rows are all dropped
 * for a missing value, is refused, since a gate on no data would prove nothing.
 */





async function openTable(source, side, options) {
    switch (source.format) {
        case 'csv':
            return openCsv(source, { delimiter: options.csvDelimiter }, side, options.signal);
        case 'jsonl':
            return openJsonLines(source, side, options.signal);
        case 'parquet':
            return openParquet(source, side, options.signal);
    }
}
async function readSide(reading) {
    const { side, sources, features, signal } = reading;
    const columns = new SideColumns(features, reading.rules, {
        exactLimit: reading.exactLimit,
        dropIncompleteRows: reading.preset.dropIncompleteRows,
        ...(reading.sketchCapacity ? { sketchCapacity: reading.sketchCapacity } : {}),
    }, reading.reasons);
    const wanted = new Map(features.map((feature, slot) => [feature, slot]));
    for (let i = 0; i < sources.length; i++) {
        signal?.throwIfAborted();
        const table = i === 0 ? reading.first : await openTable(sources[i], side, reading);
        const slots = new Int32Array(table.columns.length).fill(-1);
        table.columns.forEach((column, index) => {
            const slot = wanted.get(column);
            if (slot !== undefined)
                slots[index] = slot;
        });
        const present = new Set(table.columns);
        const missing = features.filter((feature) => !present.has(feature));
        if (missing.length > 0) {
            await table.close();
            throw new errors/* ConfigurationError */.j1(`${table.source.label} has no column ${missing.map((name) => `'${name}'`).join(', ')}, which the other ${side} files have; every ${side} file needs the compared features.`, { input: side, location: { file: table.source.label } });
        }
        const before = columns.rows;
        const started = Date.now();
        columns.beginTable();
        await table.readRows(columns, slots, signal);
        reading.logger.info(`${side}: read ${columns.rows - before} rows from ${table.source.label} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
    if (columns.rows === 0) {
        throw new errors/* ConfigurationError */.j1(`The ${side} data has no rows (${sources.map((source) => source.label).join(', ')} ${sources.length === 1 ? 'holds' : 'hold'} a header at most); a drift gate on empty data would prove nothing.`, { input: side, location: { file: sources[0].label } });
    }
    const finished = columns.finish();
    if (columns.droppedRows === columns.rows) {
        const worst = finished
            .map((column, slot) => ({ name: features[slot], share: column.missing / columns.rows }))
            .filter((entry) => entry.share > 0)
            .sort((a, b) => b.share - a.share)
            .slice(0, 5)
            .map((entry) => `'${entry.name}' ${(entry.share * 100).toFixed(1)} %`);
        throw new errors/* ConfigurationError */.j1(`Every ${side} row has a missing value in a compared feature, and preset ${reading.preset.name} drops such rows, as Azure ML does (missing most: ${worst.join(', ')}); exclude those features (exclude-features), or use preset evidently, which drops missing values per feature.`, { input: side });
    }
    return {
        columns: finished,
        summary: {
            files: sources.map((source) => source.label),
            rows: columns.rows,
            droppedRows: columns.droppedRows,
        },
    };
}

;// CONCATENATED MODULE: ./src/check-drift-gate/gate.ts
/**
 * The drift gate's computation: opens both sides, chooses the features (feature-selection.ts), reads the reference
 * once, inferring types as Azure ML does, then the current data once, with the types fixed (side-reading.ts),
 * compares each feature under the preset and the user's overrides (feature-comparison.ts), and decides dataset drift
 * by the share of drifted features. No I/O beyond the data sources it is given, no `@actions/core`: it logs through
 * the Logger it is passed.
 */







/** Distinct values of a reference column read as numbers, when countable. */
function distinctOf(column) {
    if (column.values !== undefined)
        return column.values.distinct();
    return column.valueCounts?.size;
}
function decideType(column, schemaKind, override) {
    if (override !== undefined) {
        return {
            type: override,
            kind: schemaKind,
            source: 'feature-types',
            reason: `declared ${override} in feature-types`,
        };
    }
    if (column.count === 0)
        return { skip: 'every reference value is missing, so its type cannot be told' };
    if (column.kind === 'categorical') {
        const kind = schemaKind ?? column.valueKind;
        return {
            type: 'categorical',
            kind,
            source: 'inferred',
            reason: (0,feature_types/* describeDecision */.K5)(kind, undefined, 'categorical'),
        };
    }
    const kind = schemaKind ?? column.valueKind;
    const distinct = kind === 'integer' ? distinctOf(column) : undefined;
    const ratio = distinct === undefined ? undefined : distinct / column.count;
    const type = (0,feature_types/* inferFeatureType */.pd)(kind, ratio);
    return {
        type,
        kind,
        source: 'inferred',
        ...(ratio === undefined ? {} : { distinctRatio: ratio }),
        reason: (0,feature_types/* describeDecision */.K5)(kind, ratio, type),
    };
}
async function runGate(config, input) {
    const { logger, signal } = input;
    if (input.reference.length === 0)
        throw new errors/* ConfigurationError */.j1("Input 'reference' names no data.", { input: 'reference' });
    if (input.current.length === 0)
        throw new errors/* ConfigurationError */.j1("Input 'current' names no data.", { input: 'current' });
    const tables = { csvDelimiter: config.csvDelimiter, signal };
    const firstReference = await openTable(input.reference[0], 'reference', tables);
    const firstCurrent = await openTable(input.current[0], 'current', tables);
    const { features, schemaKinds } = selectFeatures(config, firstReference, firstCurrent, logger);
    const featureSet = new Set(features);
    const available = `compared features: ${features.join(', ')}`;
    (0,metric_plan/* checkFeatureKeys */.Nd)(featureSet, [
        { input: 'feature-types', key: '', names: config.featureTypes.keys() },
        { input: 'metrics', key: 'features', names: config.metrics.features.keys() },
        { input: 'thresholds', key: 'features', names: config.thresholds.features.keys() },
    ], available);
    const reading = {
        ...tables,
        features,
        preset: config.preset,
        exactLimit: config.exactLimit,
        ...(config.sketchCapacity ? { sketchCapacity: config.sketchCapacity } : {}),
        logger,
    };
    // Reference: types inferred unless declared; Parquet's non-numeric columns are categorical from the start.
    const reference = await readSide({
        ...reading,
        side: 'reference',
        sources: input.reference,
        first: firstReference,
        rules: features.map((feature) => {
            const declared = config.featureTypes.get(feature);
            if (declared)
                return declared;
            const kind = schemaKinds.get(feature);
            return kind === undefined || kind === 'float' || kind === 'integer' ? 'infer' : 'categorical';
        }),
        reasons: features.map(() => 'declared numerical in feature-types'),
    });
    const skipped = [];
    const decisions = features.map((feature, slot) => {
        const decision = decideType(reference.columns[slot], schemaKinds.get(feature), config.featureTypes.get(feature));
        if ('skip' in decision) {
            skipped.push({ name: feature, reason: decision.skip });
            return undefined;
        }
        return decision;
    });
    // Current: each feature's type is fixed; skipped features are not read.
    const current = await readSide({
        ...reading,
        side: 'current',
        sources: input.current,
        first: firstCurrent,
        rules: decisions.map((decision) => decision?.type ?? 'categorical'),
        reasons: decisions.map((decision) => decision?.source === 'feature-types'
            ? 'declared numerical in feature-types'
            : `inferred from the reference: ${decision?.reason}`),
    });
    const results = [];
    features.forEach((name, slot) => {
        const decision = decisions[slot];
        if (decision === undefined)
            return;
        const compared = compareFeature({
            name,
            decision,
            reference: { column: reference.columns[slot], rows: reference.summary.rows },
            current: { column: current.columns[slot], rows: current.summary.rows },
        }, config, logger);
        if ('skip' in compared)
            skipped.push({ name, reason: compared.skip });
        else
            results.push(compared);
    });
    for (const { name, reason } of skipped)
        logger.warning(`Feature '${name}' is not compared: ${reason}.`);
    if (results.length === 0) {
        throw new errors/* ConfigurationError */.j1(`No feature could be compared: ${skipped.map(({ name, reason }) => `'${name}' (${reason})`).join('; ')}.`, { input: 'features' });
    }
    const driftedFeatures = results.filter((feature) => feature.drifted).map((feature) => feature.name);
    const driftShare = driftedFeatures.length / results.length;
    return {
        preset: config.preset.name,
        sides: { reference: reference.summary, current: current.summary },
        features: results,
        skipped,
        drifted: driftShare >= config.driftShare,
        driftShare,
        driftShareThreshold: config.driftShare,
        driftedFeatures,
        exactLimit: config.exactLimit,
    };
}
/** runGate as the step runs it: in its own log group, its verdict and time logged, a timeout told as such. */
async function measureDrift(setup, measurement) {
    const { logger, signal, clock } = measurement;
    const started = clock();
    let result;
    try {
        result = await logger.group('Computing drift', () => runGate(setup.config, { reference: setup.reference, current: setup.current, logger, signal }));
    }
    catch (error) {
        if (signal.aborted) {
            throw new errors/* TimeoutError */.MU(`The drift gate did not finish within the timeout (${(0,polling/* formatDuration */.a3)(measurement.timeout)}); raise 'timeout' or read less data.`);
        }
        throw error;
    }
    logger.info(`${result.driftedFeatures.length} of ${result.features.length} features drifted (share ${result.driftShare.toFixed(3)}): ${result.drifted ? 'dataset drift' : 'no dataset drift'} (${(0,polling/* formatDuration */.a3)(clock() - started)})`);
    return result;
}


/***/ }),

/***/ 4369:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Nd: () => (/* binding */ checkFeatureKeys),
  Bm: () => (/* binding */ parseMetrics),
  S: () => (/* binding */ parseThresholds),
  OE: () => (/* binding */ planFeature)
});

// EXTERNAL MODULE: ./src/shared/documents.ts + 1 modules
var documents = __webpack_require__(5658);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(8382);
;// CONCATENATED MODULE: ./src/shared/values.ts
/**
 * Small facts about parsed YAML/JSON values, worded for messages. JSON files speak of arrays and objects, YAML files
 * of lists and mappings: each reader names them the way its users write them.
 */
/** A plain object (a mapping): not null, not an array. */
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** `null`, `an array` / `a list`, `an object` / `a mapping`, or `a <typeof>`. */
function typeName(value, words = 'json') {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return words === 'json' ? 'an array' : 'a list';
    if (isRecord(value))
        return words === 'json' ? 'an object' : 'a mapping';
    return `a ${typeof value}`;
}
/**
 * `'text'`, with every character a reader could not see or tell apart escaped (`'pl_score\u200b'`): controls, format
 * characters such as zero-width spaces and direction marks, and separators other than the plain space. A name that
 * differs from another only by such a character is then visibly different in a message.
 */
function quoteVisible(text) {
    const escaped = text.replace(/[\p{C}\p{Z}]/gu, (char) => {
        if (char === ' ')
            return char;
        const code = char.codePointAt(0);
        return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`;
    });
    return `'${escaped}'`;
}
/** True when the text holds a character quoteVisible escapes. */
function hasInvisible(text) {
    return /[^\P{C}]|[^\P{Z} ]/u.test(text);
}

// EXTERNAL MODULE: ./src/check-drift-gate/presets.ts
var presets = __webpack_require__(4458);
;// CONCATENATED MODULE: ./src/check-drift-gate/metric-plan.ts
/**
 * The `metrics` and `thresholds` inputs, validated up front (every error names the input and the key), and the plan
 * they give each feature once its type is known.
 *
 * metrics:                              # what to compute, overriding the preset's choice
 *   numerical: [wasserstein, ks]        # every numerical feature: a name, a list, or `auto` (the preset's choice)
 *   categorical: chi-squared
 *   features:                           # one feature, over its type's list
 *     income_k:
 *       - metric: psi                   # a name, or an object with options
 *         binning: quantiles            # azureml | evidently | quantiles (bins: 10)
 *         smoothing: none               # laplace | fill | none
 *
 * thresholds:                           # when a value is drift, overriding the preset's thresholds
 *   psi: 0.2                            # a metric, for every feature
 *   numerical: { wasserstein: 0.15 }    # a metric, for one type
 *   features:
 *     age: { ks: 0.01 }                 # a metric, for one feature
 *
 * Precedence: a feature's entry, then its type's, then the metric's, then the preset. A feature drifts when any of
 * its metrics breaches its threshold.
 */




function fail(input, path, message) {
    const where = path.length ? ` (${(0,documents/* formatPath */.jV)(path)})` : '';
    return new errors/* ConfigurationError */.j1(`Input '${input}'${where}: ${message}`, { input });
}
const METRIC_LIST = presets/* METRIC_NAMES */.Uw.join(', ');
function parseMetricName(value, input, path) {
    const name = typeof value === 'string' ? (0,presets/* metricNamed */.SB)(value.trim()) : undefined;
    if (name === undefined) {
        throw fail(input, path, `unknown metric ${JSON.stringify(value)}; use one of ${METRIC_LIST}`);
    }
    return name;
}
const OPTION_VALUES = {
    binning: ['azureml', 'evidently', 'quantiles'],
    smoothing: ['laplace', 'fill', 'none'],
    method: ['auto', 'exact', 'asymp'],
    test: ['goodness-of-fit', 'contingency'],
};
function parseRequest(value, input, path, type) {
    let request;
    if (typeof value === 'string')
        request = { metric: parseMetricName(value, input, path) };
    else if (isRecord(value)) {
        const metric = parseMetricName(value.metric, input, [...path, 'metric']);
        const info = presets/* METRICS */.Cb[metric];
        const options = { metric };
        for (const [key, option] of Object.entries(value)) {
            if (key === 'metric')
                continue;
            const at = [...path, key];
            if (!info.options.includes(key)) {
                throw fail(input, at, `${metric} takes no option '${key}'${info.options.length ? `; its options are ${info.options.join(', ')}` : ''}`);
            }
            options[key] = parseOption(key, option, input, at);
        }
        if (options.bins !== undefined && options.binning !== 'quantiles') {
            throw fail(input, [...path, 'bins'], "bins applies to 'binning: quantiles' only");
        }
        request = options;
    }
    else {
        throw fail(input, path, `a metric is a name (${METRIC_LIST}) or a mapping with 'metric' and its options`);
    }
    if (type !== undefined && !presets/* METRICS */.Cb[request.metric].types.includes(type)) {
        throw fail(input, path, `${request.metric} applies to ${presets/* METRICS */.Cb[request.metric].types.join(' and ')} features, not ${type} ones`);
    }
    return request;
}
function parseOption(key, value, input, path) {
    switch (key) {
        case 'binning':
        case 'smoothing':
        case 'method':
        case 'test': {
            const allowed = OPTION_VALUES[key];
            if (typeof value !== 'string' || !allowed.includes(value)) {
                throw fail(input, path, `must be one of ${allowed.join(', ')}; got ${JSON.stringify(value)}`);
            }
            return value;
        }
        case 'bins':
            if (typeof value !== 'number' || !Number.isInteger(value) || value < 2 || value > 1000) {
                throw fail(input, path, `must be a whole number from 2 to 1000; got ${JSON.stringify(value)}`);
            }
            return value;
        case 'base':
            if (value === 2 || value === '2')
                return 2;
            if (value === 'e')
                return 'e';
            throw fail(input, path, `must be 2 (bits, Azure ML) or e (natural log, Evidently); got ${JSON.stringify(value)}`);
        case 'ddof':
            if (value === 0 || value === 1)
                return value;
            throw fail(input, path, `must be 0 (np.std, Evidently) or 1 (sample std, Azure ML); got ${JSON.stringify(value)}`);
        default:
            throw fail(input, path, `unknown option '${key}'`);
    }
}
function parseList(value, input, path, type) {
    if (value === 'auto')
        return 'auto';
    const items = Array.isArray(value) ? value : [value];
    if (items.length === 0)
        throw fail(input, path, 'name at least one metric, or auto');
    const requests = items.map((item, index) => parseRequest(item, input, Array.isArray(value) ? [...path, index] : path, type));
    const seen = new Set();
    requests.forEach((request, index) => {
        if (seen.has(request.metric)) {
            throw fail(input, Array.isArray(value) ? [...path, index] : path, `${request.metric} is listed twice`);
        }
        seen.add(request.metric);
    });
    return requests;
}
function parseMetrics(value, input = 'metrics') {
    const config = { numerical: 'auto', categorical: 'auto', features: new Map() };
    if (value === undefined || value === null)
        return config;
    if (!isRecord(value)) {
        throw fail(input, [], "must be a mapping with 'numerical', 'categorical' and/or 'features'");
    }
    for (const [key, entry] of Object.entries(value)) {
        if (key === 'numerical' || key === 'categorical')
            config[key] = parseList(entry, input, [key], key);
        else if (key === 'features') {
            if (!isRecord(entry))
                throw fail(input, [key], 'must map feature names to metrics');
            for (const [feature, list] of Object.entries(entry)) {
                config.features.set(feature, parseList(list, input, [key, feature], undefined));
            }
        }
        else {
            throw fail(input, [key], "unknown key; use 'numerical', 'categorical' or 'features' (a feature's metrics go under features)");
        }
    }
    return config;
}
function parseThresholdTable(value, input, path, type) {
    if (!isRecord(value))
        throw fail(input, path, 'must map metric names to thresholds, such as {psi: 0.2}');
    const table = {};
    for (const [key, threshold] of Object.entries(value)) {
        const at = [...path, key];
        const metric = parseMetricName(key, input, at);
        if (type !== undefined && !presets/* METRICS */.Cb[metric].types.includes(type)) {
            throw fail(input, at, `${metric} applies to ${presets/* METRICS */.Cb[metric].types.join(' and ')} features, not ${type} ones`);
        }
        table[metric] = parseThreshold(metric, threshold, input, at);
    }
    return table;
}
function parseThreshold(metric, value, input, path) {
    const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
    if (typeof number !== 'number' || !Number.isFinite(number)) {
        throw fail(input, path, `must be a number; got ${JSON.stringify(value)}`);
    }
    if (presets/* METRICS */.Cb[metric].measures === 'p-value' && !(number > 0 && number < 1)) {
        throw fail(input, path, `${metric} is a p-value: its threshold is a significance level between 0 and 1 (such as 0.05); got ${number}`);
    }
    if (presets/* METRICS */.Cb[metric].measures === 'distance' && !(number >= 0)) {
        throw fail(input, path, `${metric} is a distance: its threshold must be 0 or more; got ${number}`);
    }
    return number;
}
function parseThresholds(value, input = 'thresholds') {
    const config = {
        metrics: {},
        numerical: {},
        categorical: {},
        features: new Map(),
    };
    if (value === undefined || value === null)
        return config;
    if (!isRecord(value)) {
        throw fail(input, [], "must be a mapping of metrics, 'numerical', 'categorical' and/or 'features' to thresholds");
    }
    for (const [key, entry] of Object.entries(value)) {
        if (key === 'numerical' || key === 'categorical')
            config[key] = parseThresholdTable(entry, input, [key], key);
        else if (key === 'features') {
            if (!isRecord(entry))
                throw fail(input, [key], 'must map feature names to {metric: threshold}');
            for (const [feature, table] of Object.entries(entry)) {
                config.features.set(feature, parseThresholdTable(table, input, [key, feature], undefined));
            }
        }
        else {
            const metric = (0,presets/* metricNamed */.SB)(key);
            if (metric === undefined) {
                throw fail(input, [key], `unknown key; use a metric (${METRIC_LIST}), 'numerical', 'categorical' or 'features'`);
            }
            config.metrics[metric] = parseThreshold(metric, entry, input, [key]);
        }
    }
    return config;
}
/** Feature names the configuration mentions that are not compared: each is an error naming the input and key. */
function checkFeatureKeys(features, entries, available) {
    for (const { input, key, names } of entries) {
        for (const name of names) {
            if (!features.has(name)) {
                throw fail(input, key ? [key, name] : [name], `'${name}' is not a compared feature (${available})`);
            }
        }
    }
}
/** The metrics a feature is gated on. */
function planFeature(feature, profile, preset, metrics, thresholds) {
    const own = metrics.features.get(feature);
    const list = own ?? metrics[profile.type];
    let requests;
    if (list === 'auto') {
        const choice = preset.defaultMetric(profile);
        requests = [{ request: { metric: choice.metric }, reason: choice.reason }];
    }
    else {
        requests = list.map((request) => ({
            request,
            reason: own ? `metrics.features.${feature}` : `metrics.${profile.type}`,
        }));
    }
    return requests.map(({ request, reason }) => {
        if (!presets/* METRICS */.Cb[request.metric].types.includes(profile.type)) {
            throw new errors/* ConfigurationError */.j1(`Input 'metrics' (features.${feature}): ${request.metric} applies to ${presets/* METRICS */.Cb[request.metric].types.join(' and ')} features, and '${feature}' is ${profile.type}`, { input: 'metrics' });
        }
        const spec = { ...preset.defaults(request.metric), ...request };
        const byFeature = thresholds.features.get(feature)?.[request.metric];
        const byType = thresholds[profile.type][request.metric];
        const byMetric = thresholds.metrics[request.metric];
        const [threshold, thresholdSource] = byFeature !== undefined
            ? [byFeature, 'feature']
            : byType !== undefined
                ? [byType, 'type']
                : byMetric !== undefined
                    ? [byMetric, 'metric']
                    : [preset.defaultThreshold(request.metric), 'preset'];
        return { spec, threshold, thresholdSource, comparison: preset.comparison(request.metric), reason };
    });
}


/***/ })

};
