/**
 * Filter: the `items` for which `condition` (evaluated with each as `item()`) is true. Its output is ADF's:
 * `{ItemsCount, FilteredItemsCount, Value}`.
 */
import type { ActivityExecutor } from '../runtime/activity-executor.js';
import { ActivityFailure } from '../runtime/activity-failure.js';

export const filterActivity: ActivityExecutor = {
  kind: 'control',
  input: (context) => ({ items: context.evaluate(context.definition.typeProperties?.items) }),
  async run(context, input) {
    const items = input.items;
    if (!Array.isArray(items)) {
      throw new ActivityFailure(
        'BadRequest',
        `The Filter's items must be an array; got ${typeOfValue(items)}.`,
      );
    }
    const condition = context.definition.typeProperties?.condition;
    const kept = items.filter((item) => {
      const verdict = context.evaluate(condition, { item: { value: item } });
      if (typeof verdict !== 'boolean') {
        throw new ActivityFailure(
          'BadRequest',
          `The Filter's condition must give a boolean; got ${typeOfValue(verdict)}.`,
        );
      }
      return verdict;
    });
    return { ItemsCount: items.length, FilteredItemsCount: kept.length, Value: kept };
  },
};

function typeOfValue(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  return Array.isArray(value) ? 'an array' : `a value of type ${typeof value}`;
}
