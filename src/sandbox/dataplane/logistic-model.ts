/**
 * The sandbox's model format, `sandbox-logistic/v1` (documented in examples/aml/README.md): a logistic regression
 * over named numeric columns, stored as `model.json` in the registered model's folder.
 *
 *   z = intercept + Σ coefficients[f] · x'(f),  x'(f) = (x(f) − scaling[f].mean) / scaling[f].std  (or x(f))
 *   probability = 1 / (1 + e^(−z));  label = probability ≥ threshold ? 1 : 0
 */

export const MODEL_FORMAT = 'sandbox-logistic/v1';
export const MODEL_FILE = 'model.json';

export interface LogisticModel {
  readonly features: readonly string[];
  readonly coefficients: readonly number[];
  readonly intercept: number;
  readonly scaling: readonly { readonly mean: number; readonly std: number }[];
  readonly probabilityColumn: string;
  readonly label?: { readonly column: string; readonly threshold: number };
}

export class ModelFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ModelFormatError';
  }
}

const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Validates a parsed `model.json`; every problem is reported at once, naming the field. */
export function parseModel(document: unknown): LogisticModel {
  const problems: string[] = [];
  if (!isObject(document)) throw new ModelFormatError(`${MODEL_FILE} must hold a JSON object.`);
  if (document.format !== MODEL_FORMAT) {
    problems.push(`"format" must be "${MODEL_FORMAT}" (found ${JSON.stringify(document.format)}).`);
  }
  const features = Array.isArray(document.features) ? document.features : [];
  if (!features.length || !features.every((f) => typeof f === 'string' && f.trim() !== '')) {
    problems.push('"features" must be a non-empty array of column names.');
  } else if (new Set(features).size !== features.length) {
    problems.push('"features" must not repeat a column.');
  }
  const coefficients = isObject(document.coefficients) ? document.coefficients : {};
  if (!isObject(document.coefficients)) problems.push('"coefficients" must map every feature to a number.');
  for (const feature of features as string[]) {
    if (!finite(coefficients[feature])) problems.push(`"coefficients.${feature}" must be a finite number.`);
  }
  for (const name of Object.keys(coefficients)) {
    if (!(features as string[]).includes(name))
      problems.push(`"coefficients.${name}" is not one of the features.`);
  }
  if (!finite(document.intercept)) problems.push('"intercept" must be a finite number.');
  const scaling = document.scaling === undefined ? {} : document.scaling;
  if (!isObject(scaling)) problems.push('"scaling", when present, must map features to {mean, std}.');
  const scalingOf = (feature: string) => {
    const entry = isObject(scaling) ? scaling[feature] : undefined;
    if (entry === undefined) return { mean: 0, std: 1 };
    if (!isObject(entry) || !finite(entry.mean) || !finite(entry.std) || entry.std <= 0) {
      problems.push(`"scaling.${feature}" must be {"mean": number, "std": number > 0}.`);
      return { mean: 0, std: 1 };
    }
    return { mean: entry.mean, std: entry.std };
  };
  const outputs = isObject(document.outputs) ? document.outputs : {};
  const probabilityColumn = outputs.probability === undefined ? 'probability' : outputs.probability;
  if (typeof probabilityColumn !== 'string' || !probabilityColumn) {
    problems.push('"outputs.probability" must be the name of the probability column.');
  }
  let label: LogisticModel['label'];
  if (outputs.label !== undefined) {
    const spec = outputs.label;
    if (!isObject(spec) || typeof spec.column !== 'string' || !spec.column || !finite(spec.threshold)) {
      problems.push('"outputs.label" must be {"column": name, "threshold": number}.');
    } else if (spec.threshold <= 0 || spec.threshold >= 1) {
      problems.push('"outputs.label.threshold" must be between 0 and 1.');
    } else {
      label = { column: spec.column, threshold: spec.threshold };
    }
  }
  if (label && label.column === probabilityColumn)
    problems.push('The label and probability columns must differ.');
  const names = features as string[];
  const scales = names.map(scalingOf);
  if (problems.length) throw new ModelFormatError(problems.join(' '));
  return {
    features: names,
    coefficients: names.map((f) => coefficients[f] as number),
    intercept: document.intercept as number,
    scaling: scales,
    probabilityColumn: probabilityColumn as string,
    ...(label ? { label } : {}),
  };
}

/** The logistic function, evaluated without overflow for large |z|. */
export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/** Scores one row; `values` are the model's features in `model.features` order. */
export function predict(
  model: LogisticModel,
  values: readonly number[],
): { probability: number; label?: number } {
  let z = model.intercept;
  for (let i = 0; i < model.features.length; i++) {
    const { mean, std } = model.scaling[i]!;
    z += model.coefficients[i]! * ((values[i]! - mean) / std);
  }
  const probability = sigmoid(z);
  return model.label ? { probability, label: probability >= model.label.threshold ? 1 : 0 } : { probability };
}

/** The columns a scored row gains, in output order. */
export function outputColumns(model: LogisticModel): string[] {
  return model.label ? [model.probabilityColumn, model.label.column] : [model.probabilityColumn];
}
