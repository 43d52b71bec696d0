/**
 * Typed reading of a user's YAML document (`az ml` specs, run-integration-score's expectations) with the file, line
 * and field of every refusal. Each reader states the keys it knows (for `az ml` specs, the CLI's own schemas), so a
 * typo is caught with a suggestion instead of being dropped.
 */
import type { DocumentPath, LoadedDocument } from './documents.js';
import type { ConfigurationError } from './errors.js';
import { suggest } from './suggest.js';

export type Mapping = Readonly<Record<string, unknown>>;

export function typeName(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the string '${value}'`;
  return `${typeof value} ${String(value)}`;
}

export class DocumentReader {
  constructor(
    readonly document: LoadedDocument,
    /** What the file describes, for messages: "batch deployment". */
    readonly what: string,
  ) {}

  get file(): string {
    return this.document.file;
  }

  error(path: DocumentPath, message: string): ConfigurationError {
    return this.document.errorAt(path, message);
  }

  value(path: DocumentPath): unknown {
    let current: unknown = this.document.value;
    for (const segment of path) {
      if (current === null || typeof current !== 'object') return undefined;
      current = (current as Record<string | number, unknown>)[segment];
    }
    return current;
  }

  has(path: DocumentPath): boolean {
    const value = this.value(path);
    return value !== undefined && value !== null;
  }

  /** The mapping at `path` (the document root for `[]`); undefined when absent and not required. */
  mapping(path: DocumentPath, required = false): Mapping | undefined {
    const value = this.value(path);
    if (value === undefined || value === null) {
      if (required) throw this.missing(path);
      return undefined;
    }
    if (typeof value !== 'object' || Array.isArray(value)) {
      throw this.error(path, `must be a mapping of keys to values, not ${typeName(value)}.`);
    }
    return value as Mapping;
  }

  /**
   * Refuses keys that are not in `known`. `misplaced` explains keys that exist elsewhere (`'mini_batch_size' belongs
   * under 'settings:'`), `unsupported` keys the CLI knows but this action does not deploy.
   */
  checkKeys(
    path: DocumentPath,
    known: readonly string[],
    options: {
      readonly misplaced?: Readonly<Record<string, string>>;
      readonly unsupported?: Readonly<Record<string, string>>;
    } = {},
  ): void {
    const mapping = this.mapping(path);
    if (!mapping) return;
    for (const key of Object.keys(mapping)) {
      if (known.includes(key)) continue;
      const at = [...path, key];
      const misplaced = options.misplaced?.[key];
      if (misplaced) throw this.error(at, misplaced);
      const unsupported = options.unsupported?.[key];
      if (unsupported) throw this.error(at, unsupported);
      const close = suggest(key, known);
      const where = path.length ? `'${path.join('.')}'` : `a ${this.what}`;
      throw this.error(
        at,
        `unknown key '${key}'${close ? `; did you mean '${close}'?` : '.'} The keys of ${where} are: ${known.join(', ')}.`,
      );
    }
  }

  missing(path: DocumentPath): ConfigurationError {
    const parent = path.slice(0, -1);
    const key = String(path.at(-1));
    return this.error(
      parent,
      `'${key}' is required in ${parent.length ? `'${parent.join('.')}'` : `a ${this.what}`} but is missing.`,
    );
  }

  string(
    path: DocumentPath,
    options: { required?: boolean; pattern?: RegExp; describe?: string } = {},
  ): string | undefined {
    const value = this.value(path);
    if (value === undefined || value === null) {
      if (options.required) throw this.missing(path);
      return undefined;
    }
    if (typeof value !== 'string' || value.trim() === '') {
      throw this.error(path, `must be ${options.describe ?? 'a non-empty string'}, not ${typeName(value)}.`);
    }
    if (options.pattern && !options.pattern.test(value)) {
      throw this.error(
        path,
        `'${value}' is not valid: it must be ${options.describe ?? `like ${options.pattern}`}.`,
      );
    }
    return value;
  }

  /** An integer; integer strings are accepted as the CLI accepts them (`"10"`), fractions and words are not. */
  integer(path: DocumentPath, bounds: { min?: number; max?: number } = {}): number | undefined {
    const value = this.value(path);
    if (value === undefined || value === null) return undefined;
    const parsed =
      typeof value === 'number' && Number.isInteger(value)
        ? value
        : typeof value === 'string' && /^\s*-?\d+\s*$/.test(value)
          ? Number(value)
          : undefined;
    const { min, max } = bounds;
    const range =
      min !== undefined && max !== undefined
        ? ` from ${min} to ${max}`
        : min !== undefined
          ? ` of at least ${min}`
          : max !== undefined
            ? ` of at most ${max}`
            : '';
    if (
      parsed === undefined ||
      !Number.isSafeInteger(parsed) ||
      (min !== undefined && parsed < min) ||
      (max !== undefined && parsed > max)
    ) {
      throw this.error(path, `must be a whole number${range}, not ${typeName(value)}.`);
    }
    return parsed;
  }

  /** A finite number (a YAML number: `0.5`, `1e-6`); strings are refused, they would hide a typo such as `0,5`. */
  number(path: DocumentPath, bounds: { min?: number; max?: number } = {}): number | undefined {
    const value = this.value(path);
    if (value === undefined || value === null) return undefined;
    const { min, max } = bounds;
    if (
      typeof value !== 'number' ||
      !Number.isFinite(value) ||
      (min !== undefined && value < min) ||
      (max !== undefined && value > max)
    ) {
      const range =
        min !== undefined && max !== undefined
          ? ` from ${min} to ${max}`
          : min !== undefined
            ? ` of at least ${min}`
            : max !== undefined
              ? ` of at most ${max}`
              : '';
      throw this.error(path, `must be a number${range}, not ${typeName(value)}.`);
    }
    return value;
  }

  /** One of `values`, case-insensitively (the CLI's StringTransformedEnum); answers the canonical spelling. */
  choice<const V extends string>(path: DocumentPath, values: readonly V[]): V | undefined {
    const value = this.value(path);
    if (value === undefined || value === null) return undefined;
    const found = values.find((candidate) => candidate.toLowerCase() === String(value).toLowerCase());
    if (typeof value !== 'string' || !found) {
      throw this.error(path, `must be one of ${values.join(', ')}, not ${typeName(value)}.`);
    }
    return found;
  }

  /** A mapping of names to scalar values, read as strings (tags, properties, environment variables). */
  stringMap(path: DocumentPath): Record<string, string> {
    const mapping = this.mapping(path);
    if (!mapping) return {};
    const out: Record<string, string> = {};
    for (const [key, value] of Object.entries(mapping)) {
      if (value === null || value === undefined) continue;
      if (typeof value === 'object') {
        throw this.error([...path, key], `must be a text, number or boolean value, not ${typeName(value)}.`);
      }
      out[key] = String(value);
    }
    return out;
  }
}
