/**
 * Typed, strict action inputs. Each action declares its inputs once as a table of fields; `parseInputs` reads every
 * field in declaration order and stops at the first problem with a ConfigurationError naming the input and what it
 * accepts. The same table is held against `action.yml` by the contract tests (names, defaults, required flags).
 */

import type { ParseTarget } from './documents.js';
import { ConfigurationError } from './errors.js';
import { resolveWorkspacePath } from './files.js';

export interface InputSource {
  /** The raw value as the runner passes it (`INPUT_<NAME>`), trimmed; undefined when empty or absent. */
  read(name: string): string | undefined;
  /** Registers a secret with the runner's log masker before anything can print it. */
  mask(secret: string): void;
  /** `GITHUB_WORKSPACE`: file inputs resolve inside it and may not escape it. */
  readonly workspace: string;
  /** The YAML/JSON parser for structured inputs (documents.ts's `parseStructuredText`); `readInputs` supplies it. */
  readonly parseStructured?: (text: string, target: ParseTarget) => unknown;
}

/** Reads inputs the way the runner provides them: `INPUT_` + the name upper-cased, spaces as underscores. */
export function environmentInputSource(
  env: NodeJS.ProcessEnv,
  mask: (secret: string) => void,
  workspace = env.GITHUB_WORKSPACE ?? process.cwd(),
): InputSource {
  return {
    read(name) {
      const value = env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`]?.trim();
      return value ? value : undefined;
    },
    mask,
    workspace,
  };
}

type Presence = 'required' | 'optional' | 'defaulted';

export type FieldKind =
  | 'string'
  | 'boolean'
  | 'integer'
  | 'number'
  | 'choice'
  | 'duration'
  | 'size'
  | 'list'
  | 'structured'
  | 'path'
  | 'paths';

/** What a parser needs to know about the field it parses, for its error messages. */
export interface FieldInfo {
  readonly name: string;
  shown(raw: string): string;
}

export class InputField<T, P extends Presence = 'optional'> implements FieldInfo {
  constructor(
    readonly name: string,
    readonly kind: FieldKind,
    private readonly parseRaw: (raw: string, source: InputSource, field: FieldInfo) => T,
    readonly presence: P,
    /** The default exactly as `action.yml` writes it; parsed like a supplied value. */
    readonly defaultValue: string | undefined = undefined,
    readonly secret = false,
    /** Said after "Input required and not supplied: <name>", e.g. which action produces the value. */
    readonly missingHint: string | undefined = undefined,
  ) {}

  get required(): boolean {
    return this.presence === 'required';
  }

  /** The input must be supplied (no default in `action.yml`). */
  isRequired(hint?: string): InputField<T, 'required'> {
    return new InputField<T, 'required'>(
      this.name,
      this.kind,
      this.parseRaw,
      'required',
      undefined,
      this.secret,
      hint,
    );
  }

  /** The default, as written in `action.yml`. */
  withDefault(value: string): InputField<T, 'defaulted'> {
    return new InputField<T, 'defaulted'>(
      this.name,
      this.kind,
      this.parseRaw,
      'defaulted',
      value,
      this.secret,
    );
  }

  /** The value is masked in logs as soon as it is read, and never echoed in an error. */
  isSecret(): InputField<T, P> {
    return new InputField<T, P>(
      this.name,
      this.kind,
      this.parseRaw,
      this.presence,
      this.defaultValue,
      true,
      this.missingHint,
    );
  }

  parse(source: InputSource): P extends 'optional' ? T | undefined : T {
    // A default such as `${{ github.token }}` is evaluated by the runner; without the runner there is no value.
    const fallback = this.defaultValue?.startsWith('${{') ? undefined : this.defaultValue;
    const raw = source.read(this.name) ?? fallback;
    if (raw === undefined) {
      if (this.presence !== 'required') return undefined as never;
      const hint = this.missingHint ? ` (${this.missingHint})` : '';
      throw new ConfigurationError(`Input required and not supplied: ${this.name}${hint}`, {
        input: this.name,
      });
    }
    if (this.secret) source.mask(raw);
    return this.parseRaw(raw, source, this) as never;
  }

  /** How to show a rejected value: quoted, or withheld for secrets. */
  shown(raw: string): string {
    return this.secret ? 'the supplied value' : `'${raw}'`;
  }
}

// biome-ignore lint/suspicious/noExplicitAny: a table may hold fields of any value type
export type InputTable = Readonly<Record<string, InputField<any, Presence>>>;

export type ParsedInputs<S extends InputTable> = {
  readonly [K in keyof S]: S[K] extends InputField<infer T, infer P>
    ? P extends 'optional'
      ? T | undefined
      : T
    : never;
};

export function parseInputs<S extends InputTable>(table: S, source: InputSource): ParsedInputs<S> {
  const parsed: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(table)) parsed[key] = field.parse(source);
  return Object.freeze(parsed) as ParsedInputs<S>;
}

/**
 * `parseInputs`, with the YAML/JSON parser loaded first when a structured input has a value. yaml and jsonc-parser
 * were most of what every action loaded before reading its first input, and most steps give no structured input.
 */
export async function readInputs<S extends InputTable>(
  table: S,
  source: InputSource,
): Promise<ParsedInputs<S>> {
  const needsParser = Object.values(table).some(
    (field) => field.kind === 'structured' && source.read(field.name) !== undefined,
  );
  if (!needsParser || source.parseStructured) return parseInputs(table, source);
  const { parseStructuredText } = await import('./documents.js');
  return parseInputs(table, { ...source, parseStructured: parseStructuredText });
}

function invalid(field: FieldInfo, raw: string, accepted: string): ConfigurationError {
  return new ConfigurationError(`Input '${field.name}' must be ${accepted}; got ${field.shown(raw)}.`, {
    input: field.name,
  });
}

export interface StringRules {
  readonly pattern?: RegExp;
  /** Says in words what the pattern accepts, for the error message. */
  readonly describe?: string;
  readonly maxLength?: number;
}

export function string(name: string, rules: StringRules = {}): InputField<string> {
  return new InputField(
    name,
    'string',
    (raw, _source, field) => {
      if (
        (rules.maxLength !== undefined && raw.length > rules.maxLength) ||
        (rules.pattern && !rules.pattern.test(raw))
      ) {
        throw invalid(field, raw, rules.describe ?? `a string matching ${rules.pattern}`);
      }
      return raw;
    },
    'optional',
  );
}

const TRUE_SPELLINGS = ['true', 'True', 'TRUE'];
const FALSE_SPELLINGS = ['false', 'False', 'FALSE'];

/** YAML 1.2 core-schema booleans only, as `@actions/core` accepts them: `yes` is an error, not `false`. */
export function boolean(name: string): InputField<boolean> {
  return new InputField(
    name,
    'boolean',
    (raw, _source, field) => {
      if (TRUE_SPELLINGS.includes(raw)) return true;
      if (FALSE_SPELLINGS.includes(raw)) return false;
      throw invalid(field, raw, 'true or false');
    },
    'optional',
  );
}

export function integer(name: string, bounds: { min?: number; max?: number } = {}): InputField<number> {
  return new InputField(
    name,
    'integer',
    (raw, _source, field) => {
      const value = /^[+-]?\d+$/.test(raw) ? Number(raw) : Number.NaN;
      if (!Number.isSafeInteger(value) || !within(value, bounds)) {
        throw invalid(field, raw, `a whole number${describeBounds(bounds)}`);
      }
      return value;
    },
    'optional',
  );
}

export function number(name: string, bounds: { min?: number; max?: number } = {}): InputField<number> {
  return new InputField(
    name,
    'number',
    (raw, _source, field) => {
      const value = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(raw) ? Number(raw) : Number.NaN;
      if (!Number.isFinite(value) || !within(value, bounds)) {
        throw invalid(field, raw, `a number${describeBounds(bounds)}`);
      }
      return value;
    },
    'optional',
  );
}

function within(value: number, { min, max }: { min?: number; max?: number }): boolean {
  return (min === undefined || value >= min) && (max === undefined || value <= max);
}

function describeBounds({ min, max }: { min?: number; max?: number }): string {
  if (min !== undefined && max !== undefined) return ` from ${min} to ${max}`;
  if (min !== undefined) return ` of at least ${min}`;
  if (max !== undefined) return ` of at most ${max}`;
  return '';
}

export function choice<const V extends readonly string[]>(name: string, values: V): InputField<V[number]> {
  return new InputField(
    name,
    'choice',
    (raw, _source, field) => {
      if ((values as readonly string[]).includes(raw)) return raw as V[number];
      throw invalid(field, raw, `one of ${values.join(', ')}`);
    },
    'optional',
  );
}

const DURATION_UNITS_MS: Record<string, number> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** `90s`, `20m`, `1h30m`, `500ms`: parsed to milliseconds. A bare number is refused: its unit would be a guess. */
export function parseDuration(text: string): number | undefined {
  if (!/^(\d+(\.\d+)?(ms|s|m|h|d))+$/.test(text)) return undefined;
  let total = 0;
  for (const [, amount, unit] of text.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h|d)/g)) {
    total += Number(amount) * DURATION_UNITS_MS[unit as string]!;
  }
  return Math.round(total);
}

export function duration(name: string, bounds: { minMs?: number; maxMs?: number } = {}): InputField<number> {
  return new InputField(
    name,
    'duration',
    (raw, _source, field) => {
      const ms = parseDuration(raw);
      const inBounds =
        ms !== undefined &&
        (bounds.minMs === undefined || ms >= bounds.minMs) &&
        (bounds.maxMs === undefined || ms <= bounds.maxMs);
      if (!inBounds) throw invalid(field, raw, 'a duration such as 30s, 20m or 1h30m (units ms, s, m, h, d)');
      return ms!;
    },
    'optional',
  );
}

function listItems(raw: string): string[] {
  const lines = raw.includes('\n') ? raw.split(/\r?\n/) : raw.split(',');
  return lines.map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('#'));
}

const SIZE_UNITS: Record<string, number> = {
  b: 1,
  kb: 1e3,
  mb: 1e6,
  gb: 1e9,
  tb: 1e12,
  kib: 2 ** 10,
  mib: 2 ** 20,
  gib: 2 ** 30,
  tib: 2 ** 40,
};

/** `512MiB`, `1.5 GiB`, `800MB`: parsed to bytes (MB = 10^6, MiB = 2^20). A bare number is refused, as for durations. */
export function parseByteSize(text: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)\s*([kmgt]i?b|b)$/i.exec(text);
  if (!match) return undefined;
  return Math.round(Number(match[1]) * SIZE_UNITS[match[2]!.toLowerCase()]!);
}

export function byteSize(name: string, bounds: { min?: number; max?: number } = {}): InputField<number> {
  return new InputField(
    name,
    'size',
    (raw, _source, field) => {
      const bytes = parseByteSize(raw);
      if (bytes === undefined || !within(bytes, bounds)) {
        const range =
          bounds.min !== undefined || bounds.max !== undefined
            ? ` from ${formatByteSize(bounds.min ?? 0)}${bounds.max !== undefined ? ` to ${formatByteSize(bounds.max)}` : ''}`
            : '';
        throw invalid(
          field,
          raw,
          `a size such as 512MiB or 2GiB (units B, KB, MB, GB, KiB, MiB, GiB)${range}`,
        );
      }
      return bytes;
    },
    'optional',
  );
}

/** Bytes as people read them: binary units, up to three significant digits. */
export function formatByteSize(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${Number(value.toPrecision(3))} ${units[unit]}`;
}

/** One item per line (or comma-separated on one line); blank lines and `#` comments are dropped. */
export function list(name: string): InputField<readonly string[]> {
  return new InputField(name, 'list', listItems, 'optional');
}

/**
 * One item per line, never split on commas: for items that hold commas themselves, such as compact JSON receipts
 * (`${{ needs.a.outputs.receipt }}` on one line, the next on the next). Blank lines are dropped.
 */
export function lines(name: string): InputField<readonly string[]> {
  return new InputField(
    name,
    'list',
    (raw) =>
      raw
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== ''),
    'optional',
  );
}

/** A YAML or JSON value written inline in the workflow; syntax errors give the line and column within the input. */
export function structured(name: string): InputField<unknown> {
  return new InputField(
    name,
    'structured',
    (raw, source, field) => {
      if (!source.parseStructured) {
        throw new Error(
          `Input '${field.name}' is structured: read the inputs with readInputs, which loads its parser`,
        );
      }
      return source.parseStructured(raw, { label: `input '${field.name}'`, input: field.name });
    },
    'optional',
  );
}

/**
 * Files inside the workspace, one per line (or comma-separated on one line), returned as absolute paths in the order
 * given; each is checked as `path` checks one. No globs: the order of the files is the user's.
 */
export function paths(name: string): InputField<readonly string[]> {
  return new InputField(
    name,
    'paths',
    (raw, source, field) => {
      const items = listItems(raw);
      if (items.length === 0) throw invalid(field, raw, 'one or more paths, one per line');
      return items.map((item) => resolveWorkspacePath(source.workspace, item, field.name));
    },
    'optional',
  );
}

/** A file or folder inside the workspace, returned as an absolute path. */
export function path(name: string): InputField<string> {
  return new InputField(
    name,
    'path',
    (raw, source, field) => resolveWorkspacePath(source.workspace, raw, field.name),
    'optional',
  );
}
