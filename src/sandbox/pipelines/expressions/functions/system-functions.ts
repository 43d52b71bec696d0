/**
 * The functions that read the run rather than compute: `pipeline()`, `activity('x')`, `variables('x')`, `item()`,
 * `dataset()`, `linkedService()`, `trigger()` and `triggerBody()`, each from the scope the runtime passes (scope.ts).
 * Outside the place where one is defined (`item()` outside a ForEach, `dataset()` outside a dataset) it fails as the
 * engine does: "The template function 'item' is not expected at this location."
 */
import { isRecord } from '../values.js';
import { type CallContext, expectString, type FunctionDefinition } from './definitions.js';

const notHere = (context: CallContext): never =>
  context.fail('scope', `The template function '${context.name}' is not expected at this location.`);

function activity(args: readonly unknown[], context: CallContext): unknown {
  const name = expectString(context, args, 0);
  const record = context.scope.activity?.(name);
  if (record !== undefined) return record;
  // ADF's validation message for an activity that has not run before this one.
  return context.fail(
    'scope',
    `The output of activity '${name}' can't be referenced since it is either not an ancestor to the current activity or does not exist.`,
    0,
  );
}

function variables(args: readonly unknown[], context: CallContext): unknown {
  const name = expectString(context, args, 0);
  const scoped = context.scope.variables;
  if (scoped?.has(name)) return scoped.get(name) ?? null;
  const lower = name.toLowerCase();
  for (const [key, value] of scoped ?? []) if (key.toLowerCase() === lower) return value ?? null;
  return context.fail(
    'scope',
    `Template language expression cannot be evaluated: the template variable '${name}' cannot be found.`,
    0,
  );
}

function scoped(name: string, read: (context: CallContext) => unknown): FunctionDefinition {
  return { name, minArgs: 0, maxArgs: 0, evaluate: (_args, context) => read(context) };
}

export const SYSTEM_FUNCTIONS: readonly FunctionDefinition[] = [
  { name: 'activity', minArgs: 1, maxArgs: 1, evaluate: activity },
  scoped('dataset', (context) => context.scope.dataset ?? notHere(context)),
  scoped('item', (context) => (context.scope.item ? (context.scope.item.value ?? null) : notHere(context))),
  scoped('linkedService', (context) => context.scope.linkedService ?? notHere(context)),
  scoped('pipeline', (context) => context.scope.pipeline),
  scoped('trigger', (context) => context.scope.trigger ?? notHere(context)),
  scoped('triggerBody', (context) => {
    const outputs = context.scope.trigger?.outputs;
    return isRecord(outputs) && outputs.body !== undefined ? outputs.body : notHere(context);
  }),
  { name: 'variables', minArgs: 1, maxArgs: 1, evaluate: variables },
];
