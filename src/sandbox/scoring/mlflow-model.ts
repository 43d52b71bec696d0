/**
 * An MLflow model folder's `MLmodel` file, read into what the sandbox's worker needs to load and score it.
 *
 * Azure ML scores MLflow models in batch through their python_function flavour ("Deploy MLflow models in batch
 * deployments": pyfunc only). MLflow is not installable here, so the sandbox loads the one flavour it can load
 * faithfully without it, scikit-learn, the way `mlflow.sklearn` does: the pickled model named by the
 * python_function flavour's `model_path` (or the sklearn flavour's `pickled_model`), unpickled with the sklearn
 * flavour's `serialization_format` (pickle by default, or cloudpickle), its `code` folder on sys.path, and
 * `predict_fn` (default `predict`) called on each file's rows. Any other flavour fails the job, naming it.
 * The signature's column inputs are enforced by the worker; tensor signatures are not (columns go through as read).
 */
import { parse } from 'yaml';

export const MLMODEL_FILE = 'MLmodel';

export interface MlflowLoader {
  /** The pickled model, relative to the model folder. */
  readonly modelFile: string;
  readonly serializationFormat: string;
  readonly predictFn: string;
  /** A folder of the model's own modules, relative to the model folder (the flavour's `code`). */
  readonly codeDir?: string;
  /** The signature's named columns and their MLflow types, when it has them. */
  readonly inputs?: readonly { readonly name: string; readonly type: string }[];
}

/** The model folder cannot be scored (wrong flavour, unreadable MLmodel). */
export class ModelFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ModelFormatError';
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A path inside the model folder (no absolute paths, no climbing out). */
function inside(path: unknown, field: string): string {
  if (typeof path !== 'string' || !path.trim()) throw new ModelFormatError(`MLmodel has no ${field}.`);
  const parts = path
    .replace(/\\/g, '/')
    .split('/')
    .filter((part) => part && part !== '.');
  if (path.startsWith('/') || parts.includes('..') || !parts.length) {
    throw new ModelFormatError(`MLmodel's ${field} '${path}' must be a path inside the model folder.`);
  }
  return parts.join('/');
}

function signatureInputs(signature: unknown): MlflowLoader['inputs'] {
  if (!isRecord(signature) || typeof signature.inputs !== 'string') return undefined;
  let inputs: unknown;
  try {
    inputs = JSON.parse(signature.inputs);
  } catch {
    throw new ModelFormatError(`MLmodel's signature.inputs is not valid JSON.`);
  }
  if (!Array.isArray(inputs)) return undefined;
  const columns = inputs.filter(
    (input): input is { name: string; type: string } =>
      isRecord(input) && typeof input.name === 'string' && typeof input.type === 'string',
  );
  // A tensor signature (or unnamed columns) describes no columns to check.
  return columns.length === inputs.length && columns.every((c) => c.type !== 'tensor') ? columns : undefined;
}

/** Loaders by MLmodel text: every job of a model reads the same file, and parsing its YAML each time cost CPU. */
const loaders = new Map<string, MlflowLoader>();
const LOADERS_KEPT = 32;

/** How to load the model an MLmodel file describes; a ModelFormatError says what the sandbox cannot score. */
export function mlflowLoader(text: string): MlflowLoader {
  const known = loaders.get(text);
  if (known) return known;
  const loader = Object.freeze(parseLoader(text));
  if (loaders.size >= LOADERS_KEPT) loaders.delete(loaders.keys().next().value!);
  loaders.set(text, loader);
  return loader;
}

function parseLoader(text: string): MlflowLoader {
  let document: unknown;
  try {
    document = parse(text);
  } catch (error) {
    throw new ModelFormatError(`MLmodel is not valid YAML: ${(error as Error).message}`);
  }
  if (!isRecord(document) || !isRecord(document.flavors)) {
    throw new ModelFormatError('MLmodel has no flavors.');
  }
  const flavors = document.flavors;
  const names = Object.keys(flavors);
  const sklearn = isRecord(flavors.sklearn) ? flavors.sklearn : undefined;
  const pyfunc = isRecord(flavors.python_function) ? flavors.python_function : undefined;
  const loaderModule = pyfunc?.loader_module;
  const unsupported = (what: string) =>
    new ModelFormatError(
      `The sandbox scores MLflow models of the sklearn flavour only (python_function with loader_module mlflow.sklearn); ${what}. Flavours in MLmodel: ${names.join(', ') || 'none'}.`,
    );
  if (pyfunc && loaderModule !== 'mlflow.sklearn') {
    throw unsupported(
      `this model's python_function flavour loads with ${String(loaderModule ?? 'no loader_module')}`,
    );
  }
  if (!pyfunc && !sklearn) throw unsupported('this model has neither');
  const modelPath = pyfunc?.model_path ?? pyfunc?.data ?? sklearn?.pickled_model;
  const code = sklearn?.code ?? pyfunc?.code;
  const inputs = signatureInputs(document.signature);
  return {
    modelFile: inside(modelPath, 'model_path'),
    serializationFormat:
      typeof sklearn?.serialization_format === 'string' ? sklearn.serialization_format : 'pickle',
    predictFn: typeof pyfunc?.predict_fn === 'string' ? pyfunc.predict_fn : 'predict',
    ...(code === null || code === undefined ? {} : { codeDir: inside(code, 'code') }),
    ...(inputs ? { inputs } : {}),
  };
}
