/**
 * Small facts about parsed YAML/JSON values, worded for messages. JSON files speak of arrays and objects, YAML files
 * of lists and mappings: each reader names them the way its users write them.
 */

/** A plain object (a mapping): not null, not an array. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `null`, `an array` / `a list`, `an object` / `a mapping`, or `a <typeof>`. */
export function typeName(value: unknown, words: 'json' | 'yaml' = 'json'): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return words === 'json' ? 'an array' : 'a list';
  if (isRecord(value)) return words === 'json' ? 'an object' : 'a mapping';
  return `a ${typeof value}`;
}
