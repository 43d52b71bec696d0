/**
 * Reading loosely typed request bodies the way the service's deserializer does: string dictionaries (tags,
 * property bags) keep their entries as strings and drop nulls; optional strings stay absent when null.
 */
export function stringMap(value: unknown): Record<string, string> {
  if (!value || typeof value !== 'object') return {};
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== null && v !== undefined)
      .map(([k, v]) => [k, String(v)]),
  );
}

export const optionalString = (value: unknown): string | undefined =>
  value === null || value === undefined ? undefined : String(value);
