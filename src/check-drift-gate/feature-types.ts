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
import { ConfigurationError } from '#shared/errors.js';

export type FeatureType = 'numerical' | 'categorical';

/** What a column holds, before the integer rule turns it into a feature type. */
export type ColumnKind = 'float' | 'integer' | 'boolean' | 'string' | 'temporal';

export const CATEGORICAL_DISTINCT_RATIO = 0.05;

/**
 * pandas' default `na_values` (`pandas._libs.parsers.STR_NA_VALUES`), which `read_csv` reads as missing; the empty
 * field is missing too. Case matters, as in pandas: `NA` is missing, `Na` is a string.
 */
export const MISSING_TOKENS: ReadonlySet<string> = new Set([
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
export const INFINITY_TOKENS: ReadonlySet<string> = new Set([
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
const TRUE_TOKENS: ReadonlySet<string> = new Set(['True', 'TRUE', 'true']);
const FALSE_TOKENS: ReadonlySet<string> = new Set(['False', 'FALSE', 'false']);

const DECIMAL = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;
const INTEGER = /^\s*[+-]?\d+\s*$/;

/** What one text value is. */
export type Token =
  | { readonly kind: 'missing' }
  | { readonly kind: 'integer' | 'float'; readonly value: number }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'string'; readonly text: string };

const MISSING: Token = { kind: 'missing' };

/**
 * Reads one text value (a CSV field) as pandas would: missing, a decimal number (integer or float), a boolean, or a
 * string. Numbers that overflow to ±Infinity and the spellings of infinity count as missing.
 */
export function readToken(text: string): Token {
  if (MISSING_TOKENS.has(text) || INFINITY_TOKENS.has(text.trim())) return MISSING;
  if (DECIMAL.test(text)) {
    const value = Number(text);
    if (!Number.isFinite(value)) return MISSING;
    return { kind: INTEGER.test(text) ? 'integer' : 'float', value };
  }
  if (TRUE_TOKENS.has(text)) return { kind: 'boolean', value: true };
  if (FALSE_TOKENS.has(text)) return { kind: 'boolean', value: false };
  return { kind: 'string', text };
}

/**
 * The category a value counts as. Numbers are labelled in their shortest form (`7`, `7.0` and `007` are the category
 * `7`; `2.50` is `2.5`), booleans as `true`/`false`, strings as written. So an integer column read as categorical,
 * a CSV column and a JSON or Parquet column of the same data give the same categories.
 */
export function numberLabel(value: number): string {
  return Object.is(value, -0) ? '0' : String(value);
}

export function booleanLabel(value: boolean): string {
  return value ? 'true' : 'false';
}

/** The feature type of a column kind; integers need their distinct ratio. */
export function inferFeatureType(kind: ColumnKind, distinctRatio: number | undefined): FeatureType {
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

/** How a feature's type was decided, for the report. */
export interface TypeDecision {
  readonly type: FeatureType;
  readonly kind: ColumnKind | undefined;
  readonly source: 'feature-types' | 'inferred';
  /** distinct / non-missing values on the reference, for integer columns. */
  readonly distinctRatio?: number;
  readonly reason: string;
}

export function describeDecision(
  kind: ColumnKind,
  distinctRatio: number | undefined,
  type: FeatureType,
): string {
  if (kind !== 'integer') return `${kind} column`;
  if (distinctRatio === undefined) return 'integer column with too many distinct values to count';
  const ratio = distinctRatio.toPrecision(3);
  return type === 'categorical'
    ? `integer column, distinct/total ${ratio} < ${CATEGORICAL_DISTINCT_RATIO}`
    : `integer column, distinct/total ${ratio} ≥ ${CATEGORICAL_DISTINCT_RATIO}`;
}

/** Parses `feature-types`: a mapping of feature name to `numerical` or `categorical`. */
export function parseFeatureTypes(value: unknown, input = 'feature-types'): ReadonlyMap<string, FeatureType> {
  const result = new Map<string, FeatureType>();
  if (value === undefined || value === null) return result;
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new ConfigurationError(
      `Input '${input}' must be a mapping of feature name to numerical or categorical, such as '{age: numerical, zip: categorical}'.`,
      { input },
    );
  }
  for (const [feature, type] of Object.entries(value as Record<string, unknown>)) {
    if (type !== 'numerical' && type !== 'categorical') {
      throw new ConfigurationError(
        `Input '${input}' (${feature}): the type must be numerical or categorical; got ${JSON.stringify(type)}.`,
        { input },
      );
    }
    result.set(feature, type);
  }
  return result;
}
