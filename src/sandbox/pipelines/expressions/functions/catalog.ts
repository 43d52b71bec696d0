/**
 * Every function ADF's expression reference lists, by family, looked up regardless of case as ADF does
 * (`utcnow()` is `utcNow()`). A name outside the catalog is "not defined or not valid", as in ADF, even where Logic
 * Apps has it (`formatNumber`, `slice`, `setProperty`...): ADF's language does not.
 */
import { COLLECTION_FUNCTIONS } from './collection-functions.js';
import { CONVERSION_FUNCTIONS } from './conversion-functions.js';
import { DATE_FUNCTIONS } from './date-functions.js';
import type { FunctionDefinition } from './definitions.js';
import { ENCODING_FUNCTIONS } from './encoding-functions.js';
import { LOGICAL_FUNCTIONS } from './logical-functions.js';
import { MATH_FUNCTIONS } from './math-functions.js';
import { STRING_FUNCTIONS } from './string-functions.js';
import { SYSTEM_FUNCTIONS } from './system-functions.js';

const ALL: readonly FunctionDefinition[] = [
  ...STRING_FUNCTIONS,
  ...COLLECTION_FUNCTIONS,
  ...LOGICAL_FUNCTIONS,
  ...CONVERSION_FUNCTIONS,
  ...ENCODING_FUNCTIONS,
  ...MATH_FUNCTIONS,
  ...DATE_FUNCTIONS,
  ...SYSTEM_FUNCTIONS,
];

const BY_NAME = new Map(ALL.map((definition) => [definition.name.toLowerCase(), definition]));

export function findFunction(name: string): FunctionDefinition | undefined {
  return BY_NAME.get(name.toLowerCase());
}

/** The names of every function the evaluator knows, as ADF spells them. */
export const FUNCTION_NAMES: readonly string[] = ALL.map((definition) => definition.name).sort();
