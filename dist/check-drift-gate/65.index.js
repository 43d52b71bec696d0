export const id = 65;
export const ids = [65];
export const modules = {

/***/ 9980:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BB: () => (/* binding */ CURRENT_COLOUR),
/* harmony export */   DJ: () => (/* binding */ histogramPicture),
/* harmony export */   KM: () => (/* binding */ sparkline),
/* harmony export */   Pj: () => (/* binding */ histogramSvg),
/* harmony export */   hz: () => (/* binding */ REFERENCE_COLOUR),
/* harmony export */   r$: () => (/* binding */ svgDataUri)
/* harmony export */ });
/* unused harmony export escapeXml */
/* harmony import */ var _statistics_binning_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1727);
/* harmony import */ var _statistics_categorical_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6600);
/* harmony import */ var _statistics_sorted_sample_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1390);



const PICTURE_BINS = 20;
const PICTURE_CATEGORIES = 12;
function histogramPicture(feature) {
    if (feature.type === 'numerical') {
        const { reference, current } = feature;
        const min = Math.min((0,_statistics_sorted_sample_js__WEBPACK_IMPORTED_MODULE_1__/* .minimumOf */ .o)(reference.sample), (0,_statistics_sorted_sample_js__WEBPACK_IMPORTED_MODULE_1__/* .minimumOf */ .o)(current.sample));
        const max = Math.max((0,_statistics_sorted_sample_js__WEBPACK_IMPORTED_MODULE_1__/* .maximumOf */ .c3)(reference.sample), (0,_statistics_sorted_sample_js__WEBPACK_IMPORTED_MODULE_1__/* .maximumOf */ .c3)(current.sample));
        const bins = Math.min(PICTURE_BINS, (0,_statistics_binning_js__WEBPACK_IMPORTED_MODULE_0__/* .azureMlBinCount */ .ZG)(reference.sample.length, current.sample.length));
        const { edges } = (0,_statistics_binning_js__WEBPACK_IMPORTED_MODULE_0__/* .azureMlBinEdges */ .OC)(min, max, bins);
        edges[edges.length - 1] = Math.max(edges[edges.length - 1], max);
        const labels = edges
            .slice(0, -1)
            .map((edge, i) => `${shortNumber(edge)} – ${shortNumber(edges[i + 1])}`);
        return {
            labels,
            reference: (0,_statistics_binning_js__WEBPACK_IMPORTED_MODULE_0__/* .proportionsOf */ .N)((0,_statistics_binning_js__WEBPACK_IMPORTED_MODULE_0__/* .histogramCounts */ .bB)(reference.sample, edges), reference.sample.length),
            current: (0,_statistics_binning_js__WEBPACK_IMPORTED_MODULE_0__/* .proportionsOf */ .N)((0,_statistics_binning_js__WEBPACK_IMPORTED_MODULE_0__/* .histogramCounts */ .bB)(current.sample, edges), current.sample.length),
        };
    }
    const aligned = (0,_statistics_categorical_js__WEBPACK_IMPORTED_MODULE_2__/* .alignCategoryCounts */ .g)(feature.reference, feature.current);
    const refShares = (0,_statistics_binning_js__WEBPACK_IMPORTED_MODULE_0__/* .proportionsOf */ .N)(aligned.referenceCounts, Math.max(feature.referenceCount, 1));
    const curShares = (0,_statistics_binning_js__WEBPACK_IMPORTED_MODULE_0__/* .proportionsOf */ .N)(aligned.currentCounts, Math.max(feature.currentCount, 1));
    const order = aligned.categories
        .map((_, i) => i)
        .sort((a, b) => Math.max(refShares[b], curShares[b]) - Math.max(refShares[a], curShares[a]));
    const top = order.slice(0, PICTURE_CATEGORIES).sort((a, b) => a - b);
    return {
        labels: top.map((i) => aligned.categories[i]),
        reference: top.map((i) => refShares[i]),
        current: top.map((i) => curShares[i]),
        ...(order.length > PICTURE_CATEGORIES
            ? { note: `the ${PICTURE_CATEGORIES} largest of ${order.length} categories` }
            : {}),
    };
}
function shortNumber(value) {
    if (value === 0)
        return '0';
    const magnitude = Math.abs(value);
    if (magnitude >= 1e5 || magnitude < 1e-3)
        return value.toExponential(2);
    return Number(value.toPrecision(4)).toString();
}
const WIDTH = 360;
const HEIGHT = 120;
const PLOT_TOP = 18;
const PLOT_BOTTOM = 96;
const LEFT = 8;
const RIGHT = 8;
const REFERENCE_COLOUR = '#1f77b4';
const CURRENT_COLOUR = '#ff7f0e';
function escapeXml(text) {
    return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
function round(value) {
    return Number(value.toFixed(1)).toString();
}
/** A small SVG: two overlaid bar series, a legend, the first and last bin labels. */
function histogramSvg(title, picture) {
    const bins = picture.labels.length;
    const peak = Math.max(1e-12, ...picture.reference, ...picture.current);
    const slot = (WIDTH - LEFT - RIGHT) / Math.max(bins, 1);
    const height = PLOT_BOTTOM - PLOT_TOP;
    const bars = (values, colour, inset) => values
        .map((value, i) => {
        const h = (value / peak) * height;
        return `<rect x="${round(LEFT + i * slot + inset)}" y="${round(PLOT_BOTTOM - h)}" width="${round(Math.max(slot - 2 * inset, 1))}" height="${round(h)}" fill="${colour}" fill-opacity="0.55"/>`;
    })
        .join('');
    const first = picture.labels[0] ?? '';
    const last = picture.labels[bins - 1] ?? '';
    return [
        `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="sans-serif" font-size="10">`,
        `<rect width="${WIDTH}" height="${HEIGHT}" fill="#fff"/>`,
        `<text x="${LEFT}" y="11" font-weight="bold">${escapeXml(title)}</text>`,
        `<rect x="${WIDTH - 150}" y="4" width="8" height="8" fill="${REFERENCE_COLOUR}" fill-opacity="0.55"/><text x="${WIDTH - 139}" y="11">reference</text>`,
        `<rect x="${WIDTH - 80}" y="4" width="8" height="8" fill="${CURRENT_COLOUR}" fill-opacity="0.55"/><text x="${WIDTH - 69}" y="11">current</text>`,
        bars(picture.reference, REFERENCE_COLOUR, 0),
        bars(picture.current, CURRENT_COLOUR, slot * 0.2),
        `<line x1="${LEFT}" y1="${PLOT_BOTTOM}" x2="${WIDTH - RIGHT}" y2="${PLOT_BOTTOM}" stroke="#555"/>`,
        `<text x="${LEFT}" y="${PLOT_BOTTOM + 12}">${escapeXml(first)}</text>`,
        `<text x="${WIDTH - RIGHT}" y="${PLOT_BOTTOM + 12}" text-anchor="end">${escapeXml(last)}</text>`,
        '</svg>',
    ].join('');
}
function svgDataUri(svg) {
    return `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`;
}
const BLOCKS = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
/** The same shape as text bars, one character per bin, for renderers without images. */
function sparkline(values, peak) {
    return values
        .map((value) => value <= 0 ? ' ' : BLOCKS[Math.min(BLOCKS.length - 1, Math.floor((value / peak) * BLOCKS.length))])
        .join('');
}


/***/ }),

/***/ 4458:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cb: () => (/* binding */ METRICS),
/* harmony export */   SB: () => (/* binding */ metricNamed),
/* harmony export */   Uw: () => (/* binding */ METRIC_NAMES),
/* harmony export */   aM: () => (/* binding */ breaches),
/* harmony export */   fG: () => (/* binding */ PRESETS)
/* harmony export */ });
/* unused harmony exports PRESET_NAMES, METRIC_ALIASES, AZUREML, EVIDENTLY */
const METRIC_NAMES = ['jensen-shannon', 'psi', 'wasserstein', 'ks', 'chi-squared', 'z-test'];
const PRESET_NAMES = (/* unused pure expression or super */ null && (['azureml', 'evidently']));
const METRICS = {
    'jensen-shannon': {
        measures: 'distance',
        types: ['numerical', 'categorical'],
        azureName: 'jensen_shannon_distance',
        title: 'Jensen–Shannon distance',
        options: ['binning', 'bins', 'base'],
    },
    psi: {
        measures: 'distance',
        types: ['numerical', 'categorical'],
        azureName: 'population_stability_index',
        title: 'population stability index',
        options: ['binning', 'bins', 'smoothing'],
    },
    wasserstein: {
        measures: 'distance',
        types: ['numerical'],
        azureName: 'normalized_wasserstein_distance',
        title: 'normalised Wasserstein distance',
        options: ['ddof'],
    },
    ks: {
        measures: 'p-value',
        types: ['numerical'],
        azureName: 'two_sample_kolmogorov_smirnov_test',
        title: 'two-sample Kolmogorov–Smirnov p-value',
        options: ['method'],
    },
    'chi-squared': {
        measures: 'p-value',
        types: ['numerical', 'categorical'],
        azureName: 'pearsons_chi_squared_test',
        title: "Pearson's chi-squared p-value",
        options: ['test'],
    },
    'z-test': {
        measures: 'p-value',
        types: ['numerical', 'categorical'],
        azureName: 'z_test',
        title: 'two-proportion z-test p-value',
        options: [],
    },
};
/** Other spellings accepted in `metrics` and `thresholds`: Azure ML's and Evidently's names. */
const METRIC_ALIASES = {
    jensen_shannon_distance: 'jensen-shannon',
    jensenshannon: 'jensen-shannon',
    js: 'jensen-shannon',
    population_stability_index: 'psi',
    normalized_wasserstein_distance: 'wasserstein',
    wasserstein_distance: 'wasserstein',
    two_sample_kolmogorov_smirnov_test: 'ks',
    'kolmogorov-smirnov': 'ks',
    pearsons_chi_squared_test: 'chi-squared',
    chisquare: 'chi-squared',
    chi2: 'chi-squared',
    z: 'z-test',
};
function metricNamed(name) {
    return METRIC_NAMES.includes(name) ? name : METRIC_ALIASES[name];
}
const AZUREML_THRESHOLDS = {
    wasserstein: 0.1,
    'jensen-shannon': 0.1,
    psi: 0.1,
    ks: 0.05,
    'chi-squared': 0.05,
    'z-test': 0.05,
};
const AZUREML = {
    name: 'azureml',
    dropIncompleteRows: true,
    defaults(metric) {
        switch (metric) {
            case 'jensen-shannon':
                return { metric, binning: 'azureml', base: 2 };
            case 'psi':
                return { metric, binning: 'azureml', smoothing: 'laplace' };
            case 'wasserstein':
                return { metric, ddof: 1 };
            case 'ks':
                return { metric, method: 'auto' };
            case 'chi-squared':
                return { metric, test: 'goodness-of-fit' };
            case 'z-test':
                return { metric };
        }
    },
    defaultThreshold: (metric) => AZUREML_THRESHOLDS[metric],
    comparison: (metric) => (METRICS[metric].measures === 'p-value' ? '<' : '>'),
    defaultMetric: ({ type }) => type === 'numerical'
        ? { metric: 'wasserstein', reason: 'Azure ML default for numerical features' }
        : { metric: 'jensen-shannon', reason: 'Azure ML default for categorical features' },
};
const EVIDENTLY_THRESHOLDS = {
    wasserstein: 0.1,
    'jensen-shannon': 0.1,
    psi: 0.1,
    ks: 0.05,
    'chi-squared': 0.05,
    'z-test': 0.05,
};
const EVIDENTLY = {
    name: 'evidently',
    dropIncompleteRows: false,
    defaults(metric) {
        switch (metric) {
            case 'jensen-shannon':
                return { metric, binning: 'evidently', base: 'e' };
            case 'psi':
                return { metric, binning: 'evidently', smoothing: 'fill' };
            case 'wasserstein':
                return { metric, ddof: 0 };
            case 'ks':
                return { metric, method: 'auto' };
            case 'chi-squared':
                return { metric, test: 'goodness-of-fit' };
            case 'z-test':
                return { metric };
        }
    },
    defaultThreshold: (metric) => EVIDENTLY_THRESHOLDS[metric],
    comparison: (metric) => (metric === 'ks' ? '<=' : METRICS[metric].measures === 'p-value' ? '<' : '>='),
    // evidently/calculations/stattests/registry.py `_get_default_stattest`.
    defaultMetric({ type, referenceSize, distinctUnion }) {
        const sizes = `reference of ${referenceSize} values, ${distinctUnion > 20 ? 'more than 20' : distinctUnion} distinct values in both`;
        if (referenceSize <= 1000) {
            if (type === 'numerical' && distinctUnion > 5) {
                return {
                    metric: 'ks',
                    reason: `Evidently: numerical, reference ≤ 1000 values, more than 5 distinct (${sizes})`,
                };
            }
            return distinctUnion > 2
                ? {
                    metric: 'chi-squared',
                    reason: `Evidently: reference ≤ 1000 values, ${type === 'numerical' ? 'at most 5' : 'more than 2'} distinct (${sizes})`,
                }
                : { metric: 'z-test', reason: `Evidently: reference ≤ 1000 values, at most 2 distinct (${sizes})` };
        }
        if (type === 'numerical' && distinctUnion > 5) {
            return {
                metric: 'wasserstein',
                reason: `Evidently: numerical, reference > 1000 values, more than 5 distinct (${sizes})`,
            };
        }
        return {
            metric: 'jensen-shannon',
            reason: `Evidently: reference > 1000 values, ${type === 'numerical' ? 'at most 5 distinct' : 'categorical'} (${sizes})`,
        };
    },
};
const PRESETS = { azureml: AZUREML, evidently: EVIDENTLY };
/** True when `value` breaches `threshold` under the comparison. */
function breaches(value, threshold, comparison) {
    switch (comparison) {
        case '>':
            return value > threshold;
        case '>=':
            return value >= threshold;
        case '<':
            return value < threshold;
        case '<=':
            return value <= threshold;
    }
}


/***/ }),

/***/ 4748:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sp: () => (/* binding */ formatBound),
/* harmony export */   wh: () => (/* binding */ QuantileSketch)
/* harmony export */ });
/* unused harmony export DEFAULT_SKETCH_CAPACITY */
/**
 * A mergeable quantile sketch with a deterministic, per-run error bound: the compactor hierarchy of Manku,
 * Rajagopalan and Lindsay (1998), the deterministic ancestor of KLL. It is used for a numerical feature once it holds
 * more than `exact-limit` values, so memory stays bounded by the sketch size, not the data size.
 *
 * Level h holds up to `capacity` values, each standing for 2^h original values. A full level is sorted and compacted:
 * every other value (starting at offset 0 or 1, alternating per level) moves up one level with twice the weight, the
 * rest is dropped. For any x, one compaction at level h changes the estimated count of values ≤ x by at most 2^h (by
 * exactly 0 or ±2^h). The sketch adds up these 2^h as it compacts, so `rankErrorBound()` is a proven bound for this
 * very run, not a probabilistic one: |estimated rank(x) − true rank(x)| ≤ bound for every x. Worst case it grows as
 * n·H/capacity with H = log2(n/capacity) levels (0.27 % of n at n = 10^7 with the default capacity of 4096), and
 * the alternating offsets make the actual error much smaller.
 *
 * Why not a package: `tdigest` (npm) gives no error bound and is unmaintained; `@datadog/sketches-js` (DDSketch) bounds
 * the *relative value* error, which is useless for features far from zero with a small spread (years, prices
 * around 1000: one bucket would swallow the whole distribution) and does not bound the CDF error that KS,
 * Wasserstein and bin proportions depend on. A KLL sketch bounds the rank error only with a probability. This
 * compactor bounds the rank error deterministically, which is what the report states.
 */
const DEFAULT_SKETCH_CAPACITY = 4096;
/** An error bound as people read it: two significant digits. */
function formatBound(bound) {
    return bound === 0 ? '0' : bound.toPrecision(2);
}
class QuantileSketch {
    capacity;
    levels = [];
    fill = [];
    nextOffset = [];
    errorBound = 0;
    n = 0;
    minimum = Number.POSITIVE_INFINITY;
    maximum = Number.NEGATIVE_INFINITY;
    constructor(capacity = DEFAULT_SKETCH_CAPACITY) {
        this.capacity = capacity;
        if (!Number.isInteger(capacity) || capacity < 8 || capacity % 2 !== 0) {
            throw new RangeError(`sketch capacity must be an even integer of at least 8, got ${capacity}`);
        }
    }
    get count() {
        return this.n;
    }
    get min() {
        return this.minimum;
    }
    get max() {
        return this.maximum;
    }
    /** Adds one finite value. */
    add(value) {
        this.n++;
        if (value < this.minimum)
            this.minimum = value;
        if (value > this.maximum)
            this.maximum = value;
        this.push(0, value);
    }
    /** Adds many finite values (a sorted batch is fine; order does not matter). */
    addAll(values) {
        for (let i = 0; i < values.length; i++)
            this.add(values[i]);
    }
    /** Merges another sketch of the same capacity into this one; the error bounds add up. */
    merge(other) {
        if (other.capacity !== this.capacity)
            throw new RangeError('only sketches of the same capacity merge');
        this.n += other.n;
        this.errorBound += other.errorBound;
        if (other.minimum < this.minimum)
            this.minimum = other.minimum;
        if (other.maximum > this.maximum)
            this.maximum = other.maximum;
        for (let level = 0; level < other.levels.length; level++) {
            const items = other.levels[level];
            const count = other.fill[level];
            for (let i = 0; i < count; i++)
                this.push(level, items[i]);
        }
    }
    push(level, value) {
        while (this.levels.length <= level) {
            this.levels.push(new Float64Array(this.capacity));
            this.fill.push(0);
            this.nextOffset.push(0);
        }
        const items = this.levels[level];
        items[this.fill[level]] = value;
        this.fill[level]++;
        if (this.fill[level] === this.capacity)
            this.compact(level);
    }
    compact(level) {
        const items = this.levels[level];
        items.sort();
        const offset = this.nextOffset[level];
        this.nextOffset[level] = 1 - offset;
        this.fill[level] = 0;
        this.errorBound += 2 ** level;
        // Values move up only after the level is emptied: pushing may compact the level above, never this one.
        const promoted = new Float64Array(this.capacity / 2);
        for (let i = offset, j = 0; i < this.capacity; i += 2, j++)
            promoted[j] = items[i];
        for (let j = 0; j < promoted.length; j++)
            this.push(level + 1, promoted[j]);
    }
    /** The retained values in ascending order, with their weights (how many original values each stands for). */
    weightedItems() {
        let total = 0;
        for (const count of this.fill)
            total += count;
        const order = new Float64Array(total);
        const levelOf = new Uint8Array(total);
        let at = 0;
        this.levels.forEach((items, level) => {
            for (let i = 0; i < this.fill[level]; i++) {
                order[at] = items[i];
                levelOf[at] = level;
                at++;
            }
        });
        const index = Array.from({ length: total }, (_, i) => i).sort((a, b) => order[a] - order[b]);
        const values = new Float64Array(total);
        const weights = new Float64Array(total);
        index.forEach((from, to) => {
            values[to] = order[from];
            weights[to] = 2 ** levelOf[from];
        });
        return { values, weights };
    }
    /**
     * `m` values at evenly spaced ranks of the estimated distribution, the first the true minimum and the last the true
     * maximum: a stand-in sample for the exact statistics. Its empirical CDF is within
     * `cdfErrorBound + 1 / (m − 1)` of the true one everywhere.
     */
    representativeSample(m) {
        if (this.n === 0)
            throw new RangeError('an empty sketch has no quantiles');
        const size = Math.max(2, Math.min(m, this.n));
        const { values, weights } = this.weightedItems();
        const out = new Float64Array(size);
        out[0] = this.minimum;
        out[size - 1] = this.maximum;
        const totalWeight = weights.reduce((sum, w) => sum + w, 0);
        let cumulative = 0;
        let item = 0;
        for (let i = 1; i < size - 1; i++) {
            // The value at rank i/(size−1) of the estimated distribution (lower quantile).
            const target = (i / (size - 1)) * totalWeight;
            while (item < values.length - 1 && cumulative + weights[item] < target) {
                cumulative += weights[item];
                item++;
            }
            const value = values[item];
            out[i] = Math.min(Math.max(value, this.minimum), this.maximum);
        }
        return out;
    }
    summary() {
        let retained = 0;
        for (const count of this.fill)
            retained += count;
        return {
            count: this.n,
            retained,
            capacity: this.capacity,
            levels: this.levels.length,
            rankErrorBound: this.errorBound,
            cdfErrorBound: this.n === 0 ? 0 : this.errorBound / this.n,
        };
    }
    /** Estimated number of values ≤ x. */
    rank(x) {
        let rank = 0;
        this.levels.forEach((items, level) => {
            let below = 0;
            for (let i = 0; i < this.fill[level]; i++)
                if (items[i] <= x)
                    below++;
            rank += below * 2 ** level;
        });
        return rank;
    }
}


/***/ }),

/***/ 1727:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cv: () => (/* binding */ distinctValueCounts),
/* harmony export */   EX: () => (/* binding */ distinctCount),
/* harmony export */   N: () => (/* binding */ proportionsOf),
/* harmony export */   OC: () => (/* binding */ azureMlBinEdges),
/* harmony export */   Uj: () => (/* binding */ EVIDENTLY_MAX_VALUES_BINNED_PER_VALUE),
/* harmony export */   ZG: () => (/* binding */ azureMlBinCount),
/* harmony export */   a1: () => (/* binding */ sturgesBinEdgesFor),
/* harmony export */   bB: () => (/* binding */ histogramCounts),
/* harmony export */   oO: () => (/* binding */ referenceQuantileBinning)
/* harmony export */ });
/* unused harmony exports lowerBound, upperBound, countByRightSearch, azureMlBinning, sturgesBinEdges, evidentlyBinning, referenceQuantileEdges */
/* harmony import */ var _sorted_sample_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1390);
/**
 * How each reference tool cuts a numerical feature into bins before JS distance and PSI, and how values are counted
 * into those bins. Counting searches the sorted samples from the previous edge's position (galloping search), so k
 * edges cost O(k·log(n/k)) reads: a few dozen for ten bins, and never more than one linear pass.
 */

/**
 * First index at or after `from` whose value fails `before(value)`, for a predicate true on a prefix of the sorted
 * sample. Galloping (exponential) search: probes from+1, from+2, from+4, … then bisects, so a scan over k
 * increasing targets costs O(k·log(n/k)) and never more than a constant times one linear pass.
 */
function gallop(sample, from, before) {
    const n = sample.length;
    if (from >= n || !before(sample[from]))
        return from;
    let low = from; // before(sample[low]) holds
    let step = 1;
    let high = from + step;
    while (high < n && before(sample[high])) {
        low = high;
        step *= 2;
        high = from + step;
    }
    if (high > n)
        high = n;
    // Invariant: before(sample[low]) and (high === n or !before(sample[high])).
    while (high - low > 1) {
        const middle = (low + high) >>> 1;
        if (before(sample[middle]))
            low = middle;
        else
            high = middle;
    }
    return high;
}
/** Index of the first value ≥ `value` at or after `from` (`np.searchsorted(side='left')`). */
function lowerBound(sample, value, from = 0) {
    return gallop(sample, from, (x) => x < value);
}
/** Index of the first value > `value` at or after `from` (`np.searchsorted(side='right')`). */
function upperBound(sample, value, from = 0) {
    return gallop(sample, from, (x) => x <= value);
}
function assertNonDecreasing(edges, what) {
    for (let i = 1; i < edges.length; i++) {
        if (!(edges[i - 1] <= edges[i]))
            throw new RangeError(`${what} must not decrease (index ${i})`);
    }
}
/**
 * Counts per bin exactly as `np.histogram(sample, edges)` with explicit edges (and Spark's `rdd.histogram(edges)`):
 * bin i is [edges[i], edges[i+1]) except the last, which is closed; a value equal to an interior edge goes to the
 * bin on its right; values below edges[0] or above the last edge are not counted at all.
 */
function histogramCounts(sample, edges) {
    if (edges.length < 2)
        throw new RangeError('a histogram needs at least two edges');
    assertNonDecreasing(edges, 'histogram edges');
    const last = edges.length - 1;
    // cumulative[i] = number of values before edges[i] in NumPy's `_search_sorted_inclusive`.
    const cumulative = new Array(edges.length);
    let position = 0;
    for (let i = 0; i < last; i++) {
        position = lowerBound(sample, edges[i], position);
        cumulative[i] = position;
    }
    cumulative[last] = upperBound(sample, edges[last], position);
    const counts = new Array(last);
    for (let i = 0; i < last; i++)
        counts[i] = cumulative[i + 1] - cumulative[i];
    return counts;
}
/**
 * Counts per bin for `np.bincount(np.searchsorted(interiorEdges, x, side='right'), minlength=k+1)`: bin j holds
 * interiorEdges[j−1] ≤ x < interiorEdges[j], the outer bins are open, and with tied edges (discrete data) every value
 * equal to the tie lands in the right-most of the tied bins, leaving the others empty.
 */
function countByRightSearch(sample, interiorEdges) {
    assertNonDecreasing(interiorEdges, 'interior edges');
    const counts = new Array(interiorEdges.length + 1);
    let previous = 0;
    for (let j = 0; j < interiorEdges.length; j++) {
        const position = lowerBound(sample, interiorEdges[j], previous);
        counts[j] = position - previous;
        previous = position;
    }
    counts[interiorEdges.length] = sample.length - previous;
    return counts;
}
// ---------------------------------------------------------------------------------------------------------------
// Azure ML model monitoring
/**
 * Azure ML's bin count (`_get_optimal_number_of_bins`): k = ceil(log2(min(n_ref, n_cur)) + 1), Sturges' rule on the
 * smaller sample.
 */
function azureMlBinCount(referenceSize, currentSize) {
    return Math.ceil(Math.log2(Math.min(referenceSize, currentSize)) + 1);
}
/**
 * Azure ML's edges (`get_dual_histogram_bin_edges`): over the combined [min, max], width = (max − min)/k,
 * edges = [min, min + 1·width, …, min + k·width]. The last edge is computed, not set to max, so rounding can leave
 * it a hair below max; counting then follows NumPy/Spark and drops such a value, as the reference does.
 */
function azureMlBinEdges(min, max, bins) {
    if (min === max) {
        const upper = min > 0 ? min * 1.01 : min === 0 ? 0.01 : min + Math.abs(min) * 0.01;
        return { edges: [min, upper], degenerate: true };
    }
    const width = (max - min) / bins;
    const edges = [min];
    for (let bin = 1; bin <= bins; bin++)
        edges.push(min + bin * width);
    return { edges, degenerate: false };
}
/** Azure ML model monitoring's numerical binning for JS distance and PSI: bin count, edges and both histograms. */
function azureMlBinning(reference, current) {
    const bins = azureMlBinCount(reference.length, current.length);
    const min = Math.min(minimumOf(reference), minimumOf(current));
    const max = Math.max(maximumOf(reference), maximumOf(current));
    const { edges, degenerate } = azureMlBinEdges(min, max, bins);
    return {
        bins: edges.length - 1,
        edges,
        referenceCounts: histogramCounts(reference, edges),
        currentCounts: histogramCounts(current, edges),
        degenerate,
    };
}
// ---------------------------------------------------------------------------------------------------------------
// Evidently (legacy stattests)
/** Evidently bins per value (not Sturges) when the reference has at most this many distinct values. */
const EVIDENTLY_MAX_VALUES_BINNED_PER_VALUE = 20;
/**
 * `np.histogram_bin_edges(np.concatenate([reference, current]), bins='sturges')`: over the combined [min, max]
 * (widened by ±0.5 when min === max), width = ptp / (log2(n_ref + n_cur) + 1), bins = ceil((max − min) / width),
 * edges from `np.linspace` (edge i = i·step + min, last edge = max exactly).
 */
function sturgesBinEdges(reference, current) {
    const dataMin = Math.min(minimumOf(reference), minimumOf(current));
    const dataMax = Math.max(maximumOf(reference), maximumOf(current));
    return sturgesBinEdgesFor(dataMin, dataMax, reference.length + current.length);
}
/** {@link sturgesBinEdges} from the combined minimum, maximum and size (for samples summarised by a sketch). */
function sturgesBinEdgesFor(dataMin, dataMax, size) {
    let first = dataMin;
    let last = dataMax;
    if (first === last) {
        first -= 0.5;
        last += 0.5;
    }
    const width = (dataMax - dataMin) / (Math.log2(size) + 1);
    const bins = width ? Math.ceil((last - first) / width) : 1;
    const step = (last - first) / bins;
    const edges = new Array(bins + 1);
    for (let i = 0; i < bins; i++)
        edges[i] = i * step + first;
    edges[bins] = last;
    for (let i = 1; i < edges.length; i++) {
        if (!(edges[i - 1] < edges[i])) {
            throw new RangeError(`too many bins (${bins}) for the data range [${first}, ${last}]`);
        }
    }
    return edges;
}
/** Distinct values of the union of two sorted samples with their counts in each, in one merge pass. */
function distinctValueCounts(reference, current) {
    const values = [];
    const referenceCounts = [];
    const currentCounts = [];
    let i = 0;
    let j = 0;
    while (i < reference.length || j < current.length) {
        const value = j >= current.length || (i < reference.length && reference[i] <= current[j])
            ? reference[i]
            : current[j];
        const nextI = upperBound(reference, value, i);
        const nextJ = upperBound(current, value, j);
        values.push(value);
        referenceCounts.push(nextI - i);
        currentCounts.push(nextJ - j);
        i = nextI;
        j = nextJ;
    }
    return { values, referenceCounts, currentCounts };
}
/** Number of distinct values in a sorted sample (pandas `nunique`). */
function distinctCount(sample) {
    let count = 1;
    for (let i = 1; i < sample.length; i++)
        if (sample[i] !== sample[i - 1])
            count++;
    return count;
}
function evidentlyBinning(reference, current) {
    if (distinctCount(reference) > EVIDENTLY_MAX_VALUES_BINNED_PER_VALUE) {
        const edges = sturgesBinEdges(reference, current);
        return {
            kind: 'sturges',
            bins: edges.length - 1,
            edges,
            referenceCounts: histogramCounts(reference, edges),
            currentCounts: histogramCounts(current, edges),
        };
    }
    const counts = distinctValueCounts(reference, current);
    return { kind: 'per-value', bins: counts.values.length, ...counts };
}
// ---------------------------------------------------------------------------------------------------------------
// Reference-quantile bins
/**
 * Interior edges at the reference's quantiles i/k for i = 1…k−1, `np.quantile(ref, np.linspace(0, 1, k+1)[1:-1])`
 * (levels computed as NumPy's linspace does, i·(1/k), and NumPy's 'linear' quantile). With k = 10: deciles.
 */
function referenceQuantileEdges(reference, bins = 10) {
    if (!Number.isInteger(bins) || bins < 1)
        throw new RangeError(`bins must be a positive integer, got ${bins}`);
    const step = 1 / bins;
    const edges = [];
    for (let i = 1; i < bins; i++)
        edges.push((0,_sorted_sample_js__WEBPACK_IMPORTED_MODULE_0__/* .quantileOf */ .Xf)(reference, i * step));
    return edges;
}
/** Reference-quantile binning: interior edges from the reference, counts by right-side search for both samples. */
function referenceQuantileBinning(reference, current, bins = 10) {
    const interiorEdges = referenceQuantileEdges(reference, bins);
    return {
        interiorEdges,
        referenceCounts: countByRightSearch(reference, interiorEdges),
        currentCounts: countByRightSearch(current, interiorEdges),
    };
}
/** Counts divided by `total` (the sample size, which can exceed Σ counts when values fell outside the edges). */
function proportionsOf(counts, total) {
    return counts.map((count) => count / total);
}


/***/ }),

/***/ 6600:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ alignCategoryCounts)
/* harmony export */ });
/* unused harmony export countCategories */
/**
 * Category counts for categorical features, aligned over the union of categories seen in either sample, which is
 * how Azure ML and Evidently compare categorical distributions (a category missing on one side counts 0 there).
 */
/** Counts occurrences of each category. */
function countCategories(values) {
    const counts = new Map();
    for (const value of values)
        counts.set(value, (counts.get(value) ?? 0) + 1);
    return counts;
}
/** Aligns two count maps over the sorted union of their categories, with 0 where a side lacks a category. */
function alignCategoryCounts(reference, current) {
    const categories = [...new Set([...reference.keys(), ...current.keys()])].sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
    const referenceCounts = categories.map((category) => reference.get(category) ?? 0);
    const currentCounts = categories.map((category) => current.get(category) ?? 0);
    const unseenInReference = categories.filter((_category, index) => referenceCounts[index] === 0 && currentCounts[index] > 0);
    return { categories, referenceCounts, currentCounts, unseenInReference };
}


/***/ }),

/***/ 723:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DN: () => (/* binding */ addTo),
/* harmony export */   ZN: () => (/* binding */ roundHalfToEven),
/* harmony export */   _e: () => (/* binding */ frexp),
/* harmony export */   dY: () => (/* binding */ compensatedSum),
/* harmony export */   e6: () => (/* binding */ totalOf),
/* harmony export */   oJ: () => (/* binding */ ldexp),
/* harmony export */   p_: () => (/* binding */ gcd)
/* harmony export */ });
/**
 * Floating-point building blocks the reference tools get from C or NumPy: exact splitting of a double into mantissa
 * and exponent, NumPy's rounding of halves, and compensated summation. Every statistic in this folder that sums many
 * terms or works with tails far below 1e-300 goes through these.
 */
const TWO_POW_960 = 2 ** 960;
const TWO_POW_MINUS_960 = 2 ** -960;
const frexpView = new DataView(new ArrayBuffer(8));
/**
 * C's `frexp`: splits a finite `x` into a mantissa in [0.5, 1) (in magnitude) and a power of two, exactly, by
 * reading the IEEE-754 exponent bits. Zero, infinities and NaN come back as themselves with exponent 0.
 */
function frexp(x) {
    if (x === 0 || !Number.isFinite(x))
        return { mantissa: x, exponent: 0 };
    let value = x;
    let offset = 0;
    if (Math.abs(value) < 2 ** -1000) {
        // Subnormal or nearly so: scale into the normal range first (exact, a power of two).
        value *= TWO_POW_960;
        offset = -960;
    }
    frexpView.setFloat64(0, value);
    const high = frexpView.getUint32(0);
    const biased = (high >>> 20) & 0x7ff;
    // Replace the exponent field by 1022, the exponent of [0.5, 1).
    frexpView.setUint32(0, (high & 0x800fffff) | (1022 << 20));
    return { mantissa: frexpView.getFloat64(0), exponent: biased - 1022 + offset };
}
/** C's `ldexp`: `x * 2 ** exponent`, scaling in steps so that no intermediate factor overflows or underflows. */
function ldexp(x, exponent) {
    let value = x;
    let e = exponent;
    while (e > 960) {
        value *= TWO_POW_960;
        e -= 960;
        if (!Number.isFinite(value))
            return value;
    }
    while (e < -960) {
        value *= TWO_POW_MINUS_960;
        e += 960;
        if (value === 0)
            return value;
    }
    return value * 2 ** e;
}
/** NumPy's `np.round` for a scalar: round half to even (Python's `round`, not JavaScript's `Math.round`). */
function roundHalfToEven(x) {
    const floor = Math.floor(x);
    const diff = x - floor;
    if (diff > 0.5)
        return floor + 1;
    if (diff < 0.5)
        return floor;
    return floor % 2 === 0 ? floor : floor + 1;
}
/** Greatest common divisor of two non-negative safe integers (Euclid). */
function gcd(a, b) {
    let x = Math.abs(a);
    let y = Math.abs(b);
    while (y !== 0) {
        const t = x % y;
        x = y;
        y = t;
    }
    return x;
}
function compensatedSum() {
    return { sum: 0, compensation: 0 };
}
function addTo(accumulator, value) {
    const t = accumulator.sum + value;
    if (!Number.isFinite(t)) {
        // An infinite or NaN total is the answer; compensation would only turn it into NaN.
        accumulator.sum = t;
        return;
    }
    if (Math.abs(accumulator.sum) >= Math.abs(value)) {
        accumulator.compensation += accumulator.sum - t + value;
    }
    else {
        accumulator.compensation += value - t + accumulator.sum;
    }
    accumulator.sum = t;
}
function totalOf(accumulator) {
    if (!Number.isFinite(accumulator.sum))
        return accumulator.sum;
    return accumulator.sum + accumulator.compensation;
}


/***/ }),

/***/ 1390:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VO: () => (/* binding */ isConstant),
/* harmony export */   Xf: () => (/* binding */ quantileOf),
/* harmony export */   c3: () => (/* binding */ maximumOf),
/* harmony export */   o: () => (/* binding */ minimumOf),
/* harmony export */   yh: () => (/* binding */ standardDeviationOf)
/* harmony export */ });
/* unused harmony exports sortSample, assumeSorted, meanOf, varianceOf */
/* harmony import */ var _floating_point_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(723);
/**
 * A numeric feature's values, sorted once. Every numerical statistic here (KS, Wasserstein, quantile edges,
 * histograms) reads the sorted sample in a linear pass or by binary search, so a feature is sorted exactly once.
 */

/**
 * Copies `values` into a Float64Array and sorts it ascending.
 *
 * Nulls, NaN and ±Infinity must be dropped before (Azure ML drops rows with nulls, Evidently drops NaN and ±inf per
 * column): a non-finite value is a caller's bug here and throws a RangeError, as does an empty sample, for which no
 * statistic below is defined (scipy raises on empty input too).
 */
function sortSample(values) {
    const copy = Float64Array.from(values);
    for (let i = 0; i < copy.length; i++) {
        if (!Number.isFinite(copy[i])) {
            throw new RangeError(`sample value at index ${i} is ${copy[i]}; drop non-finite values before sorting`);
        }
    }
    if (copy.length === 0)
        throw new RangeError('a sample must hold at least one value');
    // TypedArray#sort compares numerically (-0 before +0), unlike Array#sort.
    copy.sort();
    return copy;
}
/** Checks in O(n) that `values` is non-empty, finite and ascending, and types it as a {@link SortedSample}. */
function assumeSorted(values) {
    if (values.length === 0)
        throw new RangeError('a sample must hold at least one value');
    if (!Number.isFinite(values[0]))
        throw new RangeError('sample value at index 0 is not finite');
    for (let i = 1; i < values.length; i++) {
        if (!(values[i - 1] <= values[i]) || !Number.isFinite(values[i])) {
            throw new RangeError(`sample is not sorted ascending or not finite at index ${i}`);
        }
    }
    return values;
}
function minimumOf(sample) {
    return sample[0];
}
function maximumOf(sample) {
    return sample[sample.length - 1];
}
/** True when every value is the same (min === max), which makes the standard deviation exactly 0. */
function isConstant(sample) {
    return sample[0] === sample[sample.length - 1];
}
/**
 * Arithmetic mean, shifted by the minimum and summed with compensation: mean = min + Σ(x − min) / n.
 * Agrees with `np.mean` to rounding, and returns the value itself, exactly, for a constant sample (a plain sum of
 * ten 0.1s divided by ten is not 0.1).
 */
function meanOf(sample) {
    const shift = sample[0];
    const accumulator = (0,_floating_point_js__WEBPACK_IMPORTED_MODULE_0__/* .compensatedSum */ .dY)();
    for (let i = 0; i < sample.length; i++)
        (0,_floating_point_js__WEBPACK_IMPORTED_MODULE_0__/* .addTo */ .DN)(accumulator, sample[i] - shift);
    return shift + (0,_floating_point_js__WEBPACK_IMPORTED_MODULE_0__/* .totalOf */ .e6)(accumulator) / sample.length;
}
/**
 * Variance with `ddof` delta degrees of freedom, `Σ (x − mean)² / (n − ddof)`, computed in two passes with a
 * compensated sum (NumPy's `np.var(x, ddof=ddof)`; ddof = 1 is Spark's `variance`/`stddev`, ddof = 0 is `np.std`'s
 * default). A constant sample gives exactly 0, never ~1e-33. NaN when n ≤ ddof (NumPy returns NaN with a warning).
 */
function varianceOf(sample, ddof) {
    const n = sample.length;
    if (n - ddof <= 0)
        return Number.NaN;
    if (isConstant(sample))
        return 0;
    const mean = meanOf(sample);
    const accumulator = (0,_floating_point_js__WEBPACK_IMPORTED_MODULE_0__/* .compensatedSum */ .dY)();
    for (let i = 0; i < n; i++) {
        const deviation = sample[i] - mean;
        (0,_floating_point_js__WEBPACK_IMPORTED_MODULE_0__/* .addTo */ .DN)(accumulator, deviation * deviation);
    }
    return (0,_floating_point_js__WEBPACK_IMPORTED_MODULE_0__/* .totalOf */ .e6)(accumulator) / (n - ddof);
}
/** Standard deviation `sqrt(varianceOf(sample, ddof))`: `np.std(x, ddof=ddof)`, exactly 0 for a constant sample. */
function standardDeviationOf(sample, ddof) {
    return Math.sqrt(varianceOf(sample, ddof));
}
/**
 * The q-quantile with NumPy's default method 'linear' (Hyndman & Fan type 7), as `np.quantile(x, q)`:
 * virtual index h = (n − 1)·q, result = x[⌊h⌋] + (x[⌊h⌋+1] − x[⌊h⌋])·(h − ⌊h⌋), using NumPy's `_lerp`, which
 * interpolates from the upper neighbour when the fraction is ≥ 0.5 so the result is monotone and exact at the ends.
 */
function quantileOf(sample, q) {
    if (!(q >= 0 && q <= 1))
        throw new RangeError(`quantile level must lie in [0, 1], got ${q}`);
    const n = sample.length;
    const virtualIndex = (n - 1) * q;
    if (virtualIndex >= n - 1)
        return sample[n - 1];
    const previous = Math.floor(virtualIndex);
    const gamma = virtualIndex - previous;
    const a = sample[previous];
    const b = sample[previous + 1];
    const difference = b - a;
    return gamma >= 0.5 ? b - difference * (1 - gamma) : a + difference * gamma;
}


/***/ }),

/***/ 362:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B8: () => (/* binding */ retryAfterFromHeaders),
/* harmony export */   a3: () => (/* binding */ formatDuration)
/* harmony export */ });
/* unused harmony exports POLL_DEFAULTS, pollUntil, backoffDelay, abortableSleep, parseRetryAfter */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8382);
/**
 * The one poller for long-running work our code drives (LROs, endpoint jobs, pipeline runs): exponential backoff with
 * jitter, server `Retry-After` honoured, an absolute deadline, rate-limited progress logs, and a cancellation hook
 * when the deadline passes.
 */

const POLL_DEFAULTS = {
    initialDelayMs: 2000,
    maxDelayMs: 30_000,
    factor: 2,
    jitter: 'equal',
    logIntervalMs: 30_000,
};
/** Polls `check` until it reports done, and returns its value; throws `TimeoutError` when the deadline passes. */
async function pollUntil(options) {
    const clock = options.clock ?? Date.now;
    const sleep = options.sleep ?? abortableSleep;
    const random = options.random ?? Math.random;
    const logIntervalMs = options.logIntervalMs ?? POLL_DEFAULTS.logIntervalMs;
    const { describe, logger, signal } = options;
    const start = clock();
    const deadline = resolveDeadline(options, start);
    let lastStatus;
    let lastLoggedAt = -Infinity;
    for (let attempt = 0;; attempt++) {
        signal?.throwIfAborted();
        const result = await options.check();
        const now = clock();
        const elapsed = formatDuration(now - start);
        if (result.done) {
            logger.info(`${describe}: ${result.status} after ${elapsed}`);
            return result.value;
        }
        if (result.status !== lastStatus || now - lastLoggedAt >= logIntervalMs) {
            const still = result.status === lastStatus ? 'still ' : '';
            logger.info(`${describe}: ${still}${result.status} (${elapsed} elapsed)`);
            lastStatus = result.status;
            lastLoggedAt = now;
        }
        if (now >= deadline) {
            const cancellation = await cancelOnDeadline(options, describe, logger);
            throw new TimeoutError(`Timed out after ${elapsed} waiting for ${describe}; last status: ${result.status}${cancellation}`);
        }
        const backoff = backoffDelay(attempt, options, random);
        const wanted = result.retryAfterMs !== undefined && result.retryAfterMs > 0 ? result.retryAfterMs : backoff;
        // Never sleep past the deadline: the last look happens at the deadline itself.
        await sleep(Math.max(0, Math.min(wanted, deadline - now)), signal);
    }
}
function resolveDeadline(options, start) {
    const candidates = [
        options.deadline,
        options.timeoutMs === undefined ? undefined : start + options.timeoutMs,
    ];
    const defined = candidates.filter((value) => value !== undefined && !Number.isNaN(value));
    if (defined.length === 0)
        throw new TypeError(`pollUntil(${options.describe}) needs a deadline or timeoutMs`);
    return Math.min(...defined);
}
/** Runs the cancellation hook; answers what to add to the timeout message. */
async function cancelOnDeadline(options, describe, logger) {
    if (!options.onDeadline)
        return '';
    try {
        await options.onDeadline();
        return '; cancellation was requested';
    }
    catch (error) {
        logger.warning(`Could not cancel ${describe} after the deadline: ${formatErrorDetails(describeError(error))}`);
        return '; cancelling it failed (see the warning above)';
    }
}
/** Exponential backoff capped at `maxDelayMs`, with jitter so parallel pollers do not move in lock step. */
function backoffDelay(attempt, options, random = Math.random) {
    const initial = options.initialDelayMs ?? POLL_DEFAULTS.initialDelayMs;
    const max = options.maxDelayMs ?? POLL_DEFAULTS.maxDelayMs;
    const factor = options.factor ?? POLL_DEFAULTS.factor;
    const base = Math.min(max, initial * factor ** attempt);
    switch (options.jitter ?? POLL_DEFAULTS.jitter) {
        case 'full':
            return random() * base;
        case 'equal':
            return base / 2 + (random() * base) / 2;
        case 'none':
            return base;
    }
}
/** `setTimeout` as a promise that rejects with the signal's reason when aborted. */
function abortableSleep(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted) {
            reject(signal.reason);
            return;
        }
        const onAbort = () => {
            clearTimeout(timer);
            reject(signal?.reason);
        };
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}
// RFC 9110 HTTP-date forms all start with a day name (IMF-fixdate, RFC 850, asctime); checked so that Date.parse
// does not read things like "1.5" as a calendar date.
const HTTP_DATE = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s/i;
/** A `Retry-After` value (delay-seconds or HTTP-date) as ms from `now`; undefined when absent or unreadable. */
function parseRetryAfter(value, now) {
    const text = value?.trim();
    if (!text)
        return undefined;
    if (/^\d+$/.test(text))
        return Number(text) * 1000;
    if (!HTTP_DATE.test(text))
        return undefined;
    const date = Date.parse(text);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
/** The retry hint of a response, in the order the Azure SDK reads it: `retry-after-ms`, `x-ms-…`, `Retry-After`. */
function retryAfterFromHeaders(get, now) {
    for (const name of ['retry-after-ms', 'x-ms-retry-after-ms']) {
        const text = get(name)?.trim();
        if (text && /^\d+(\.\d+)?$/.test(text))
            return Number(text);
    }
    return parseRetryAfter(get('retry-after'), now);
}
/** `45s`, `2m 05s`, `1h 02m`: durations as people read them in a job log. */
function formatDuration(ms) {
    const seconds = Math.max(0, Math.round(ms / 1000));
    if (seconds < 60)
        return `${seconds}s`;
    const minutes = Math.floor(seconds / 60);
    if (minutes < 60)
        return `${minutes}m ${String(seconds % 60).padStart(2, '0')}s`;
    return `${Math.floor(minutes / 60)}h ${String(minutes % 60).padStart(2, '0')}m`;
}


/***/ })

};
