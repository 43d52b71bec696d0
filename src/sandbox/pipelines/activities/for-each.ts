/**
 * ForEach: the body once per item of `items` (an array), each iteration in a scope of its own with the item as
 * `item()`. In parallel by default, with at most `batchCount` iterations at a time (default 20, at most 50, as the
 * spec and ADF's docs say) — a real bound: a pool of that many workers takes the items in order; `isSequential`
 * runs one at a time. A failed iteration does not stop the others; the ForEach fails at the end if any failed.
 * Its output is empty, as in ADF.
 */
import type { ActivityExecutor } from '../runtime/activity-executor.js';
import { ActivityFailure, innerActivityFailed } from '../runtime/activity-failure.js';
import { refuseNestedLoops, runBody } from './container-bodies.js';

const DEFAULT_BATCH_COUNT = 20;
const MAX_BATCH_COUNT = 50;

export const forEachActivity: ActivityExecutor = {
  kind: 'control',
  input: (context) => {
    const settings = context.definition.typeProperties ?? {};
    return {
      items: context.evaluate(settings.items),
      ...(settings.isSequential !== undefined ? { isSequential: settings.isSequential } : {}),
      ...(settings.batchCount !== undefined ? { batchCount: settings.batchCount } : {}),
    };
  },
  async run(context, input) {
    const { items } = input;
    const name = context.definition.name;
    if (!Array.isArray(items)) {
      throw new ActivityFailure(
        'BadRequest',
        `The items of ForEach '${name}' must be an array; got ${items === null ? 'null' : typeof items}.`,
      );
    }
    refuseNestedLoops(context, context.definition.typeProperties?.activities);
    const batchCount = input.batchCount ?? DEFAULT_BATCH_COUNT;
    if (
      typeof batchCount !== 'number' ||
      !Number.isInteger(batchCount) ||
      batchCount < 1 ||
      batchCount > MAX_BATCH_COUNT
    ) {
      throw new ActivityFailure(
        'BadRequest',
        `The batchCount of ForEach '${name}' must be a whole number from 1 to ${MAX_BATCH_COUNT}; got ${JSON.stringify(batchCount)}.`,
      );
    }
    const workers = input.isSequential === true ? 1 : Math.min(batchCount, Math.max(1, items.length));
    let next = 0;
    let failed = false;
    const worker = async () => {
      while (next < items.length && !context.signal.aborted) {
        const index = next++;
        const scope = context.scope.child({ value: items[index] });
        const outcome = await runBody(
          context,
          context.definition.typeProperties?.activities,
          scope,
          `(item ${index + 1})`,
        );
        failed ||= outcome.status === 'Failed';
      }
    };
    await Promise.all(Array.from({ length: workers }, worker));
    if (failed) throw innerActivityFailed();
    return {};
  },
};
