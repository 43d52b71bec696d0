/**
 * SetVariable and AppendVariable. Variables are the pipeline's (declared in its `variables`, shared by every scope
 * of the run, ForEach iterations included) and keep their declared type: ADF refuses a value of another type with
 * "The variable 'x' of type 'String' cannot be initialized or updated with value of type 'Array'". SetVariable's
 * output is `{name, value}`.
 *
 * `setSystemVariable: true` with `variableName: pipelineReturnValue` sets the run's return value instead: a list
 * of `{key, value: {type, content}}` (types String, Int, Float, Boolean, Array, Object, Expression, Null), which an
 * ExecutePipeline activity that waited on the run shows as `output.pipelineReturnValue` ({key: value}).
 */
import type { Json } from '../../arm/datafactory/store.js';
import type { ActivityContext, ActivityExecutor } from '../runtime/activity-executor.js';
import { ActivityFailure } from '../runtime/activity-failure.js';

const RETURN_VALUE = 'pipelineReturnValue';

function typeOf(value: unknown): string {
  if (value === null || value === undefined) return 'Null';
  if (Array.isArray(value)) return 'Array';
  if (typeof value === 'boolean') return 'Boolean';
  if (typeof value === 'number') return Number.isInteger(value) ? 'Integer' : 'Float';
  if (typeof value === 'string') return 'String';
  return 'Object';
}

/** Whether a value fits a variable of the declared type (String, Bool/Boolean, Array, Integer). */
function fits(type: string, value: unknown): boolean {
  switch (type.toLowerCase()) {
    case 'string':
      return typeof value === 'string';
    case 'bool':
    case 'boolean':
      return typeof value === 'boolean';
    case 'array':
      return Array.isArray(value);
    case 'integer':
    case 'int':
      return typeof value === 'number' && Number.isInteger(value);
    default:
      return true;
  }
}

function declared(context: ActivityContext, name: unknown): { name: string; type: string } {
  const found = typeof name === 'string' ? context.execution.variable(name) : undefined;
  if (!found) {
    throw new ActivityFailure(
      'BadRequest',
      `The variable '${String(name)}' is not declared in pipeline '${context.execution.run.pipelineName}'.`,
    );
  }
  return found;
}

function checkType(variable: { name: string; type: string }, value: unknown): void {
  if (!fits(variable.type, value)) {
    throw new ActivityFailure(
      'InvalidVariableType',
      `The variable '${variable.name}' of type '${variable.type}' cannot be initialized or updated with value of type '${typeOf(value)}'. The variable '${variable.name}' only supports values of types '${variable.type}'.`,
    );
  }
}

/** `{type, content}` entries as values: typed contents unwrapped, arrays of typed entries too. */
function returnValue(entries: unknown): Record<string, unknown> {
  if (!Array.isArray(entries)) {
    throw new ActivityFailure(
      'BadRequest',
      `${RETURN_VALUE} must be a list of {key, value: {type, content}}.`,
    );
  }
  const unwrap = (typed: unknown): unknown => {
    if (!typed || typeof typed !== 'object' || Array.isArray(typed)) return typed;
    const { type, content } = typed as { type?: unknown; content?: unknown };
    if (typeof type !== 'string') return typed;
    if (type.toLowerCase() === 'null') return null;
    if (type.toLowerCase() === 'array' && Array.isArray(content)) return content.map(unwrap);
    return content ?? null;
  };
  const result: Record<string, unknown> = {};
  for (const entry of entries as Array<{ key?: unknown; value?: unknown }>) {
    if (typeof entry?.key !== 'string') {
      throw new ActivityFailure('BadRequest', `Every entry of ${RETURN_VALUE} needs a key.`);
    }
    result[entry.key] = unwrap(entry.value);
  }
  return result;
}

export const setVariableActivity: ActivityExecutor = {
  kind: 'control',
  async run(context, input) {
    if (input.setSystemVariable === true) {
      if (input.variableName !== RETURN_VALUE) {
        throw new ActivityFailure(
          'BadRequest',
          `The only system variable that can be set is ${RETURN_VALUE}, not '${String(input.variableName)}'.`,
        );
      }
      context.execution.run.returnValue = returnValue(input.value);
      return { name: RETURN_VALUE, value: input.value } as Json;
    }
    const variable = declared(context, input.variableName);
    const value = input.value ?? null;
    checkType(variable, value);
    context.execution.variables.set(variable.name, value);
    return { name: variable.name, value };
  },
};

export const appendVariableActivity: ActivityExecutor = {
  kind: 'control',
  async run(context, input) {
    const variable = declared(context, input.variableName);
    if (variable.type.toLowerCase() !== 'array') {
      throw new ActivityFailure(
        'InvalidVariableType',
        `The variable '${variable.name}' of type '${variable.type}' cannot be appended to: AppendVariable needs an Array variable.`,
      );
    }
    const current = context.execution.variables.get(variable.name);
    context.execution.variables.set(variable.name, [...(Array.isArray(current) ? current : []), input.value]);
    return {};
  },
};
