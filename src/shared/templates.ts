/**
 * `${{ ... }}` templates in the values of an overrides file, shared by every action that reads one.
 *
 * Inside strings, `${{ receipt.<path> }}` is a field of the aml receipt (`endpoint.scoringUri`, `endpoint.name`,
 * `deployment.name`, `model.version`, `workspace`, ...; not `run` or `time`, which no live check can confirm) and
 * `${{ env.NAME }}` an environment variable. A string that
 * is exactly one `${{ ... }}` takes the field's own value (an object stays an object); inside a longer string the
 * value must be a scalar. An unknown receipt field or a missing variable is an error. Values read from environment
 * variables are returned as `secrets` so the caller can mask them in the log.
 *
 * Paths are JSON paths: dotted keys and `[n]` indexes (`activities[0].typeProperties.url`), `["a.b"]` for a key
 * with dots.
 */
import type { AmlReceipt } from './receipts/schemas.js';
import { isRecord, typeName } from './values.js';

export type PathSegment = string | number;

export interface TemplateContext {
  /**
   * The aml receipt, parsed (the overrides are applied before any Azure call, so it is verified against live state
   * only after): `${{ receipt.<path> }}`.
   */
  readonly receipt?: AmlReceipt;
  /** The environment: `${{ env.NAME }}`. */
  readonly env: Readonly<Record<string, string | undefined>>;
}

export interface Substitution {
  readonly value: unknown;
  /** Values substituted from environment variables (non-empty): mask them. */
  readonly secrets: readonly string[];
  /**
   * Whether any part of the value came from an environment variable, even an empty one: the field it sets holds a
   * secret, so a plan shows that it changed and neither its old nor its new value.
   */
  readonly fromEnvironment: boolean;
}

/** `activities[0].typeProperties.url`, `a["b.c"]` -> segments; a message on malformed text. */
export function parseJsonPath(text: string): PathSegment[] | string {
  const segments: PathSegment[] = [];
  let at = 0;
  const bad = (why: string) => `'${text}' is not a JSON path: ${why}`;
  if (text.trim() === '') return bad('it is empty');
  while (at < text.length) {
    const char = text[at]!;
    if (char === '[') {
      const close = text.indexOf(']', at);
      if (close < 0) return bad(`'[' at position ${at + 1} is not closed`);
      const inner = text.slice(at + 1, close);
      const quoted = /^(["'])(.*)\1$/.exec(inner);
      if (quoted) segments.push(quoted[2]!);
      else if (/^\d+$/.test(inner)) segments.push(Number(inner));
      else return bad(`'[${inner}]' is neither an index [n] nor a quoted key ["key"]`);
      at = close + 1;
    } else if (char === '.') {
      if (at === 0 || at === text.length - 1 || text[at + 1] === '.' || text[at + 1] === '[') {
        return bad(`misplaced '.' at position ${at + 1}`);
      }
      at += 1;
    } else {
      if (at > 0 && text[at - 1] !== '.') return bad(`expected '.' or '[' at position ${at + 1}`);
      let end = at;
      while (end < text.length && text[end] !== '.' && text[end] !== '[') end += 1;
      const key = text.slice(at, end);
      if (key.includes(']')) return bad(`unexpected ']' in '${key}'`);
      segments.push(key);
      at = end;
    }
  }
  return segments;
}

const EXPRESSION = /\$\{\{\s*(.*?)\s*\}\}/g;

/** Whether a string holds a `${{ ... }}` template (closed or not). */
export function hasTemplate(value: string): boolean {
  return value.includes('${{');
}

/** Every leaf path of the receipt (`endpoint.scoringUri`), for "its fields are" messages. */
function leafPaths(value: unknown, prefix = ''): string[] {
  if (isRecord(value)) {
    return Object.entries(value).flatMap(([key, inner]) =>
      leafPaths(inner, prefix ? `${prefix}.${key}` : key),
    );
  }
  return prefix ? [prefix] : [];
}

/**
 * The receipt's fields no live check can confirm: the run that wrote it and when. Every other field is verified
 * against Azure before the first write, or is derived from one that is (receipts/aml-verification.ts).
 */
const UNVERIFIED_FIELDS: ReadonlySet<string> = new Set(['run', 'time']);

function usableFields(receipt: AmlReceipt): string {
  return leafPaths(receipt)
    .filter((path) => !UNVERIFIED_FIELDS.has(path.split('.')[0]!))
    .join(', ');
}

/** Resolves `${{ ... }}` in every string of `value` (keys are left alone); a message when one cannot be resolved. */
export function substituteTemplates(value: unknown, context: TemplateContext): Substitution | string {
  const secrets: string[] = [];
  let fromEnvironment = false;
  const resolveOne = (expression: string): { value: unknown } | string => {
    const dot = expression.indexOf('.');
    const scope = dot < 0 ? expression : expression.slice(0, dot);
    const rest = dot < 0 ? '' : expression.slice(dot + 1);
    if (scope === 'env') {
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(rest)) {
        return `'\${{ ${expression} }}' does not name an environment variable (write \${{ env.NAME }})`;
      }
      const found = context.env[rest];
      if (found === undefined) return `the environment variable '${rest}' is not set`;
      fromEnvironment = true;
      if (found !== '') secrets.push(found);
      return { value: found };
    }
    if (scope === 'receipt') {
      if (!context.receipt) return `'\${{ ${expression} }}' needs the aml receipt, and there is none`;
      const path = parseJsonPath(rest);
      let current: unknown = context.receipt;
      if (typeof path !== 'string') {
        for (const segment of path) {
          current =
            typeof segment === 'number'
              ? Array.isArray(current)
                ? current[segment]
                : undefined
              : isRecord(current) && Object.hasOwn(current, segment)
                ? current[segment]
                : undefined;
        }
      }
      if (typeof path === 'string' || current === undefined) {
        return `the aml receipt has no field '${rest}'; its fields are ${usableFields(context.receipt)}`;
      }
      if (typeof path[0] === 'string' && UNVERIFIED_FIELDS.has(path[0])) {
        return `'\${{ ${expression} }}' is not verified against Azure (it says who wrote the receipt and when), so it cannot be written anywhere; use one of ${usableFields(context.receipt)}`;
      }
      return { value: current };
    }
    return `'\${{ ${expression} }}' is neither \${{ receipt.<field> }} nor \${{ env.<NAME> }}`;
  };

  const walk = (inner: unknown): { value: unknown } | string => {
    if (typeof inner === 'string') {
      const whole = /^\$\{\{\s*(.*?)\s*\}\}$/.exec(inner);
      if (whole && !whole[1]!.includes('}}')) return resolveOne(whole[1]!);
      let failure: string | undefined;
      const replaced = inner.replace(EXPRESSION, (_match, expression: string) => {
        const resolved = resolveOne(expression);
        if (typeof resolved === 'string') {
          failure ??= resolved;
          return '';
        }
        if (isRecord(resolved.value) || Array.isArray(resolved.value)) {
          failure ??= `'\${{ ${expression} }}' is ${typeName(resolved.value)}, which cannot be part of a longer string`;
          return '';
        }
        return String(resolved.value);
      });
      if (failure) return failure;
      if (replaced.includes('${{')) return `'${inner}' has a '\${{' that is not closed by '}}'`;
      return { value: replaced };
    }
    if (Array.isArray(inner)) {
      const out: unknown[] = [];
      for (const item of inner) {
        const resolved = walk(item);
        if (typeof resolved === 'string') return resolved;
        out.push(resolved.value);
      }
      return { value: out };
    }
    if (isRecord(inner)) {
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(inner)) {
        const resolved = walk(item);
        if (typeof resolved === 'string') return resolved;
        out[key] = resolved.value;
      }
      return { value: out };
    }
    return { value: inner };
  };
  const result = walk(value);
  return typeof result === 'string' ? result : { value: result.value, secrets, fromEnvironment };
}
