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

/**
 * `'text'`, with every character a reader could not see or tell apart escaped (`'pl_score\u200b'`): controls, format
 * characters such as zero-width spaces and direction marks, and separators other than the plain space. A name that
 * differs from another only by such a character is then visibly different in a message.
 */
export function quoteVisible(text: string): string {
  const escaped = text.replace(/[\p{C}\p{Z}]/gu, (char) => {
    if (char === ' ') return char;
    const code = char.codePointAt(0)!;
    return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
  return `'${escaped}'`;
}

/** True when the text holds a character quoteVisible escapes. */
export function hasInvisible(text: string): boolean {
  return /[^\P{C}]|[^\P{Z} ]/u.test(text);
}
