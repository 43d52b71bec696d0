/**
 * A run's parameter values: what the caller gave (createRun's body, an ExecutePipeline's parameters, a trigger's
 * parameters), else the declared `defaultValue`, converted to the declared type the way ADF's parameter types read
 * (`Int`, `Float`, `Bool`, `String`, `SecureString`, `Array`, `Object`; a number or boolean may come as its text, an
 * array or object as JSON). Default values are taken as written: ADF does not evaluate expressions in them.
 * Parameters the pipeline does not declare are passed through, as the service keeps them on the run.
 */
import type { Json, StoredFactory } from '../../arm/datafactory/store.js';

export type Resolved = { readonly values: Record<string, unknown> } | { readonly error: string };

interface Declared {
  readonly type?: string;
  readonly defaultValue?: unknown;
}

export function resolveParameters(declared: unknown, given: Json): Resolved {
  const declarations = (declared && typeof declared === 'object' ? declared : {}) as Record<string, Declared>;
  const values: Record<string, unknown> = {};
  const givenKeys = new Map(Object.keys(given).map((key) => [key.toLowerCase(), key]));
  for (const [name, declaration] of Object.entries(declarations)) {
    const key = givenKeys.get(name.toLowerCase());
    givenKeys.delete(name.toLowerCase());
    const raw = key !== undefined ? given[key] : declaration?.defaultValue;
    if (raw === undefined) {
      return { error: `The pipeline parameter '${name}' has no default value and none was given.` };
    }
    const converted = convert(raw, String(declaration?.type ?? 'String'));
    if (converted === INVALID) {
      return {
        error: `The value ${JSON.stringify(raw)} does not fit the pipeline parameter '${name}' of type '${declaration?.type}'.`,
      };
    }
    values[name] = converted;
  }
  for (const key of givenKeys.values()) values[key] = given[key];
  return { values };
}

const INVALID = Symbol('invalid');

function convert(value: unknown, type: string): unknown {
  if (value === null) return null;
  switch (type.toLowerCase()) {
    case 'int': {
      const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
      return typeof number === 'number' && Number.isInteger(number) ? number : INVALID;
    }
    case 'float': {
      const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
      return typeof number === 'number' && Number.isFinite(number) ? number : INVALID;
    }
    case 'bool': {
      if (typeof value === 'boolean') return value;
      if (typeof value === 'string' && /^(true|false)$/i.test(value)) return value.toLowerCase() === 'true';
      return INVALID;
    }
    case 'array':
      return Array.isArray(value) ? value : fromJson(value, (parsed) => Array.isArray(parsed));
    case 'object':
      return typeof value === 'object' && !Array.isArray(value)
        ? value
        : fromJson(
            value,
            (parsed) => typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed),
          );
    default:
      // String and SecureString: ADF passes other JSON values through as they are.
      return value;
  }
}

function fromJson(value: unknown, fits: (parsed: unknown) => boolean): unknown {
  if (typeof value !== 'string') return INVALID;
  try {
    const parsed: unknown = JSON.parse(value);
    return fits(parsed) ? parsed : INVALID;
  } catch {
    return INVALID;
  }
}

/** Parameter values as the service shows them on a run: strings, with arrays and objects as JSON. */
export function parameterStrings(values: Readonly<Record<string, unknown>>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(values).map(([key, value]) => [
      key,
      typeof value === 'string' ? value : JSON.stringify(value ?? null),
    ]),
  );
}

/**
 * The factory's global parameters as `pipeline().globalParameters` gives them, name to value: those of the
 * factory's properties (the older form) and those of its `globalParameters/default` resource (the API's own
 * resource, what deploy-adf-pipelines writes), the latter winning.
 */
export function globalParameterValues(factory: StoredFactory): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  const add = (declared: unknown) => {
    for (const [name, parameter] of Object.entries((declared ?? {}) as Record<string, { value?: unknown }>)) {
      values[name] = parameter?.value;
    }
  };
  add(factory.properties.globalParameters);
  add(factory.resources.globalParameters?.default?.properties);
  return values;
}
