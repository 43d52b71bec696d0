export const id = 358;
export const ids = [358];
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

/***/ 4369:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Nd: () => (/* binding */ checkFeatureKeys),
  Bm: () => (/* binding */ parseMetrics),
  S: () => (/* binding */ parseThresholds),
  OE: () => (/* binding */ planFeature)
});

// EXTERNAL MODULE: ./src/shared/documents.ts + 3 modules
var documents = __webpack_require__(8493);
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

/***/ 9786:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $$: () => (/* binding */ Utf16Error),
/* harmony export */   I$: () => (/* binding */ lineBreaksBefore),
/* harmony export */   N5: () => (/* binding */ textEncoding),
/* harmony export */   VH: () => (/* binding */ utf16ToUtf8),
/* harmony export */   bf: () => (/* binding */ Utf8Checker),
/* harmony export */   pc: () => (/* binding */ fieldDecoder)
/* harmony export */ });
/* unused harmony exports isUtf8Stream, EncodingProblem, firstInvalidUtf8 */
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/**
 * The text encodings CSV and JSON Lines are read in, strictly. The byte-level readers parse numbers from ASCII bytes
 * and decode only text fields, so:
 *
 * - UTF-8 (the default) is checked a chunk at a time with Node's `isUtf8` (simdutf: far faster than the parser, so
 *   the numeric hot path keeps its speed), before any byte of the chunk is parsed. An invalid byte is an error naming
 *   the file, the line and the byte's offset, instead of a U+FFFD that would create a category the data never had.
 * - Windows-1252 (`latin1` and `windows-1252`: the WHATWG Encoding Standard, which browsers and Node's TextDecoder
 *   follow, reads the label latin1 as Windows-1252) is ASCII-compatible: the readers parse it as they parse UTF-8 and
 *   decode text fields with a TextDecoder. Every byte is a character in it, so it has no invalid byte.
 * - UTF-16 has two bytes per character: the stream is decoded (TextDecoder, fatal) and re-encoded as UTF-8 before the
 *   readers see it; an unpaired surrogate is an error naming its byte offset. `utf-16` goes by the byte order mark
 *   (little-endian without one, as Windows writes it); `utf-16le` and `utf-16be` force the order.
 */


function textEncoding(input) {
    return input === 'latin1' ? 'windows-1252' : input;
}
const utf8 = (buf, start, end) => buf.toString('utf8', start, end);
/** How the readers decode a field once the stream is UTF-8 or Windows-1252 (UTF-16 is re-encoded as UTF-8 first). */
function fieldDecoder(encoding) {
    if (encoding !== 'windows-1252')
        return utf8;
    const decoder = new node_util__WEBPACK_IMPORTED_MODULE_1__.TextDecoder('windows-1252');
    return (buf, start, end) => {
        for (let i = start; i < end; i++)
            if (buf[i] >= 0x80)
                return decoder.decode(buf.subarray(start, end));
        return buf.toString('latin1', start, end);
    };
}
/** Bytes the readers parse as text with `fieldDecoder`, and whether a UTF-8 byte order mark may start them. */
function isUtf8Stream(encoding) {
    return encoding === 'utf-8' || encoding.startsWith('utf-16');
}
/** An encoding error: where, and what to do. */
class EncodingProblem {
    offset;
    message;
    constructor(
    /** Byte offset in the (decompressed) file. */
    offset, message) {
        this.offset = offset;
        this.message = message;
    }
}
const UTF16_HINT = 'the file starts with a UTF-16 byte order mark: set encoding: utf-16';
const LATIN_HINT = 'if the file is Latin-1 or Windows-1252 (as older Excel and many databases write it), set encoding: windows-1252';
/** Length of the UTF-8 sequence a lead byte starts (0 for a byte that cannot start one). */
function sequenceLength(byte) {
    if (byte < 0x80)
        return 1;
    if (byte >= 0xc2 && byte <= 0xdf)
        return 2;
    if (byte >= 0xe0 && byte <= 0xef)
        return 3;
    if (byte >= 0xf0 && byte <= 0xf4)
        return 4;
    return 0;
}
/** Index of the first byte at which `bytes` stops being valid UTF-8 (RFC 3629: no overlongs, surrogates, > U+10FFFF). */
function firstInvalidUtf8(bytes) {
    let i = 0;
    while (i < bytes.length) {
        const lead = bytes[i];
        const length = sequenceLength(lead);
        if (length === 0)
            return i;
        if (length === 1) {
            i++;
            continue;
        }
        if (i + length > bytes.length)
            return i;
        const second = bytes[i + 1];
        let low = 0x80;
        let high = 0xbf;
        if (lead === 0xe0)
            low = 0xa0;
        else if (lead === 0xed)
            high = 0x9f;
        else if (lead === 0xf0)
            low = 0x90;
        else if (lead === 0xf4)
            high = 0x8f;
        if (second < low || second > high)
            return i;
        for (let k = 2; k < length; k++)
            if ((bytes[i + k] & 0xc0) !== 0x80)
                return i;
        i += length;
    }
    return -1;
}
/**
 * Checks a UTF-8 stream chunk by chunk. A character split across two chunks is checked with the next one: `check`
 * validates each chunk up to its last complete character.
 */
class Utf8Checker {
    /** Bytes received before the current chunk. */
    received = 0;
    carry;
    /** The problem at the first invalid byte of this chunk (or of a character it completes), if any. */
    check(chunk) {
        let bytes = chunk;
        let base = this.received;
        if (this.carry !== undefined) {
            bytes = Buffer.concat([this.carry, chunk]);
            base -= this.carry.length;
            this.carry = undefined;
        }
        this.received += chunk.length;
        const split = completeLength(bytes);
        const complete = split === bytes.length ? bytes : bytes.subarray(0, split);
        if (split < bytes.length)
            this.carry = Uint8Array.prototype.slice.call(bytes, split);
        if ((0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(complete))
            return undefined;
        return this.problem(complete, base);
    }
    /** At the end of the stream: a character left incomplete is invalid. */
    finish() {
        const carry = this.carry;
        if (carry === undefined)
            return undefined;
        this.carry = undefined;
        return this.problem(carry, this.received - carry.length, true);
    }
    problem(bytes, base, truncated = false) {
        const index = truncated ? 0 : Math.max(firstInvalidUtf8(bytes), 0);
        const offset = base + index;
        const byte = bytes[index];
        const bom = offset === 0 &&
            bytes.length >= 2 &&
            ((byte === 0xff && bytes[1] === 0xfe) || (byte === 0xfe && bytes[1] === 0xff));
        const what = truncated
            ? `the file ends inside a UTF-8 character (byte 0x${hex(byte)} at byte offset ${offset})`
            : `byte 0x${hex(byte)} at byte offset ${offset} is not valid UTF-8`;
        return new EncodingProblem(offset, `${what}; ${bom ? UTF16_HINT : LATIN_HINT}`);
    }
}
function hex(byte) {
    return byte.toString(16).toUpperCase().padStart(2, '0');
}
/** Length of the prefix of `bytes` that ends on a character boundary (a trailing incomplete sequence excluded). */
function completeLength(bytes) {
    const end = bytes.length;
    let i = end - 1;
    while (i >= 0 && i >= end - 3 && (bytes[i] & 0xc0) === 0x80)
        i--;
    if (i < 0)
        return end;
    const length = sequenceLength(bytes[i]);
    return length > 1 && i + length > end ? i : end;
}
/** Line breaks (LF, CRLF or a lone CR) in bytes[0..end): for the line of an encoding problem. */
function lineBreaksBefore(bytes, end) {
    let breaks = 0;
    for (let i = 0; i < end; i++) {
        const c = bytes[i];
        if (c === 0x0a)
            breaks++;
        else if (c === 0x0d && bytes[i + 1] !== 0x0a)
            breaks++;
    }
    return breaks;
}
/** Thrown by the UTF-16 transcoder: where the invalid data starts, and the line (1-based) it is on. */
class Utf16Error extends Error {
    offset;
    line;
    constructor(offset, line, message) {
        super(message);
        this.offset = offset;
        this.line = line;
    }
}
/**
 * UTF-16 bytes to UTF-8 bytes, as a stream. Fatal decoding: an unpaired surrogate (or a file ending inside a
 * character) is a Utf16Error with its byte offset and line.
 */
async function* utf16ToUtf8(stream, encoding) {
    let decoder;
    let littleEndian = true;
    let received = 0;
    let lines = 1;
    let pending;
    for await (const raw of stream) {
        let chunk = raw;
        if (decoder === undefined) {
            if (pending !== undefined) {
                chunk = Buffer.concat([pending, chunk]);
                pending = undefined;
            }
            if (encoding === 'utf-16' && chunk.length < 2) {
                pending = chunk;
                continue;
            }
            littleEndian =
                encoding === 'utf-16le' || (encoding === 'utf-16' && !(chunk[0] === 0xfe && chunk[1] === 0xff));
            decoder = new node_util__WEBPACK_IMPORTED_MODULE_1__.TextDecoder(littleEndian ? 'utf-16le' : 'utf-16be', { fatal: true });
        }
        let text;
        try {
            text = decoder.decode(chunk, { stream: true });
        }
        catch {
            throw utf16Problem(chunk, received, lines, littleEndian);
        }
        received += chunk.length;
        for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
            lines++;
        if (text.length > 0)
            yield Buffer.from(text, 'utf8');
    }
    if (decoder === undefined) {
        if (pending !== undefined && pending.length > 0)
            throw new Utf16Error(0, 1, 'the file ends inside a UTF-16 character (byte offset 0)');
        return;
    }
    try {
        const rest = decoder.decode();
        if (rest.length > 0)
            yield Buffer.from(rest, 'utf8');
    }
    catch {
        throw new Utf16Error(received - 1, lines, `the file ends inside a UTF-16 character (byte offset ${received - 1})`);
    }
}
/** Finds the unpaired surrogate in a chunk the fatal decoder refused (a surrogate split from the previous chunk counts from 0). */
function utf16Problem(chunk, base, lines, littleEndian) {
    const unit = (i) => littleEndian ? chunk[i] | (chunk[i + 1] << 8) : (chunk[i] << 8) | chunk[i + 1];
    let line = lines;
    let i = 0;
    for (; i + 1 < chunk.length; i += 2) {
        const code = unit(i);
        if (code === 0x0a)
            line++;
        if (code >= 0xdc00 && code <= 0xdfff)
            break;
        if (code >= 0xd800 && code <= 0xdbff) {
            const next = i + 3 < chunk.length ? unit(i + 2) : -1;
            if (next === -1)
                break;
            if (next < 0xdc00 || next > 0xdfff)
                break;
            i += 2;
        }
    }
    const offset = base + Math.min(i, Math.max(chunk.length - 1, 0));
    return new Utf16Error(offset, line, `the 2 bytes at byte offset ${offset} are an unpaired UTF-16 surrogate: the file is not valid UTF-16${littleEndian ? 'LE' : 'BE'}; check the encoding input (utf-16le or utf-16be), or whether the file is UTF-16 at all`);
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
