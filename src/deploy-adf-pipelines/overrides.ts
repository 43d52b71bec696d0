/**
 * Applying the environment overrides (overrides-file.ts reads them) to the artifacts of the source.
 *
 * Templates in the values are substituted first; values read from environment variables are returned as `secrets`
 * so the caller can mask them in the log.
 *
 * Setting a value at a JSON path: missing intermediate objects are created; array elements never are (an index past
 * the end is an error), and a path through a value that is not an object or array is an error.
 *
 * Nothing may match nothing: a linked service or trigger the factory does not have, or a pattern matching no resource,
 * is an error. Global parameters are the exception: a new one is added, its type inferred from the value (String,
 * Int, Float, Bool, Array, Object); an existing one keeps its type, and the value must fit it (numbers and booleans
 * given as strings, as environment variables are, are converted).
 *
 * `applyOverrides` is pure: it returns new artifacts and leaves its arguments untouched. Every problem is collected
 * first and reported together as one OverridesError.
 */

import { type AdfArtifact, describeArtifact } from '#shared/adf/artifacts.js';
import { formatLocation, type SourceLocation } from '#shared/errors.js';
import { formatPath } from '#shared/json-documents.js';
import type { Problem } from '#shared/problems.js';
import { type PathSegment, substituteTemplates, type TemplateContext } from '#shared/templates.js';
import { isRecord, typeName } from '#shared/values.js';
import type { SecretField } from './diff.js';
import { type Overrides, OverridesError, type Selector } from './overrides-file.js';

/** The aml receipt and the environment the `${{ ... }}` templates read. */
export type OverrideContext = TemplateContext;

export interface OverrideResult {
  readonly artifacts: readonly AdfArtifact[];
  /** Values substituted from environment variables (non-empty, unique): mask them. */
  readonly secrets: readonly string[];
  /** One line per change made: `linkedService 'ls_sql' typeProperties.connectionString (dev.yml line 4)`. */
  readonly applied: readonly string[];
  /** The fields set from environment variables: secret, whatever their value (diff.ts hides both sides). */
  readonly secretFields: readonly SecretField[];
}

const TRIGGER_STATES = ['Started', 'Stopped'] as const;

/** Sets `value` at `path` below `root` (mutating `root`, which is the caller's copy); a message when it cannot. */
export function setAtPath(
  root: Record<string, unknown>,
  path: readonly PathSegment[],
  value: unknown,
): string | undefined {
  let current: unknown = root;
  for (let index = 0; index < path.length; index++) {
    const segment = path[index]!;
    const last = index === path.length - 1;
    const parentText = index === 0 ? 'the properties' : `'${formatPath(path.slice(0, index))}'`;
    const hereText = formatPath(path.slice(0, index + 1));
    let next: unknown;
    if (typeof segment === 'number') {
      if (!Array.isArray(current)) return `${parentText} is ${typeName(current)}, not an array`;
      if (segment >= current.length) {
        return `${parentText} has ${current.length} element(s), so there is no [${segment}] (an override never adds array elements)`;
      }
      if (last) {
        current[segment] = value;
        return undefined;
      }
      next = current[segment];
      if (next === null || next === undefined) {
        if (typeof path[index + 1] === 'number')
          return `'${hereText}' does not exist, and an override never creates arrays`;
        next = {};
        current[segment] = next;
      }
    } else {
      if (!isRecord(current)) return `${parentText} is ${typeName(current)}, not an object`;
      if (last) {
        current[segment] = value;
        return undefined;
      }
      next = Object.hasOwn(current, segment) ? current[segment] : undefined;
      if (next === null || next === undefined) {
        if (typeof path[index + 1] === 'number')
          return `'${hereText}' does not exist, and an override never creates arrays`;
        next = {};
        current[segment] = next;
      }
    }
    current = next;
  }
  return undefined;
}

const GLOBAL_TYPES = ['String', 'Int', 'Float', 'Bool', 'Array', 'Object'] as const;
type GlobalType = (typeof GLOBAL_TYPES)[number];

export function inferGlobalParameterType(value: unknown): GlobalType {
  if (typeof value === 'boolean') return 'Bool';
  if (typeof value === 'number') return Number.isInteger(value) ? 'Int' : 'Float';
  if (Array.isArray(value)) return 'Array';
  if (isRecord(value)) return 'Object';
  return 'String';
}

/** The value made to fit an existing parameter's type, or a message. */
function fitGlobalType(type: string, value: unknown): { value: unknown } | string {
  const canonical = GLOBAL_TYPES.find((known) => known.toLowerCase() === type.toLowerCase());
  const refuse = () => `the global parameter is of type ${type}, and ${JSON.stringify(value)} is not`;
  switch (canonical) {
    case 'String':
      return typeof value === 'string' ? { value } : refuse();
    case 'Int': {
      const number = typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;
      return typeof number === 'number' && Number.isInteger(number) ? { value: number } : refuse();
    }
    case 'Float': {
      const number =
        typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))
          ? Number(value)
          : value;
      return typeof number === 'number' ? { value: number } : refuse();
    }
    case 'Bool': {
      const bool = value === 'true' ? true : value === 'false' ? false : value;
      return typeof bool === 'boolean' ? { value: bool } : refuse();
    }
    case 'Array':
      return Array.isArray(value) ? { value } : refuse();
    case 'Object':
      return isRecord(value) ? { value } : refuse();
    default:
      return { value };
  }
}

/**
 * Applies the overrides to the artifacts: returns new artifacts (changed ones copied, the rest as they were), the
 * values read from environment variables, and what was changed. Throws one OverridesError with every problem.
 */
export function applyOverrides(
  artifacts: readonly AdfArtifact[],
  overrides: Overrides,
  context: OverrideContext,
): OverrideResult {
  const problems: Problem[] = [];
  const secrets = new Set<string>();
  const applied: string[] = [];
  const secretFields: SecretField[] = [];
  const copies = new Map<number, Record<string, unknown>>();
  let addedGlobals: AdfArtifact | undefined;
  const where = (location: SourceLocation) => formatLocation(location, { column: false });

  const writable = (index: number): Record<string, unknown> => {
    let copy = copies.get(index);
    if (!copy) {
      copy = structuredClone(artifacts[index]!.properties);
      copies.set(index, copy);
    }
    return copy;
  };
  const targets = (selector: Selector): number[] =>
    artifacts.flatMap((artifact, index) => (selector.test(artifact) ? [index] : []));

  for (const entry of overrides.entries) {
    const fail = (message: string) => problems.push({ message, location: entry.location });
    const resolved = substituteTemplates(entry.value, context);
    if (typeof resolved === 'string') {
      fail(resolved);
      continue;
    }
    for (const secret of resolved.secrets) secrets.add(secret);
    const { value } = resolved;
    const secretAt = (artifact: AdfArtifact, path: string) => {
      if (resolved.fromEnvironment) secretFields.push({ kind: artifact.kind, name: artifact.name, path });
    };

    if (entry.type === 'globalParameter') {
      const index = artifacts.findIndex((artifact) => artifact.kind === 'globalParameters');
      if (index < 0 && !addedGlobals) addedGlobals = newGlobalParameters(overrides.file, entry.location);
      const globals = index >= 0 ? writable(index) : addedGlobals!.properties;
      const existingName = Object.keys(globals).find(
        (name) => name.toLowerCase() === entry.name.toLowerCase(),
      );
      const existing = existingName === undefined ? undefined : globals[existingName];
      const type = isRecord(existing) && typeof existing.type === 'string' ? existing.type : undefined;
      if (type === undefined) {
        globals[existingName ?? entry.name] = { type: inferGlobalParameterType(value), value };
      } else {
        const fitted = fitGlobalType(type, value);
        if (typeof fitted === 'string') {
          fail(`globalParameters.${entry.name}: ${fitted}`);
          continue;
        }
        globals[existingName!] = { ...(existing as Record<string, unknown>), type, value: fitted.value };
      }
      secretAt(index >= 0 ? artifacts[index]! : addedGlobals!, existingName ?? entry.name);
      applied.push(
        `global parameter '${existingName ?? entry.name}'${existingName === undefined ? ' (added)' : ''} (${where(entry.location)})`,
      );
      continue;
    }

    const indexes = targets(entry.selector);
    if (indexes.length === 0) {
      fail(`${entry.selector.text}: ${entry.selector.missing}`);
      continue;
    }
    for (const index of indexes) {
      const artifact = artifacts[index]!;
      const properties = writable(index);
      const about = describeArtifact(artifact);
      if (entry.type === 'property') {
        const message = setAtPath(properties, entry.path, value);
        if (message) fail(`${about}, ${formatPath(entry.path)}: ${message}`);
        else {
          applied.push(`${about} ${formatPath(entry.path)} (${where(entry.location)})`);
          secretAt(artifact, formatPath(entry.path));
        }
      } else if (entry.type === 'triggerState') {
        if (!(TRIGGER_STATES as readonly unknown[]).includes(value)) {
          fail(
            `${about}, runtimeState: must be ${TRIGGER_STATES.join(' or ')}, not ${JSON.stringify(value)}`,
          );
        } else {
          properties.runtimeState = value;
          applied.push(`${about} runtimeState ${String(value)} (${where(entry.location)})`);
        }
      } else {
        const references = pipelineReferences(properties);
        if (references.length === 0) {
          fail(
            `${about}, parameters.${entry.parameter}: the trigger starts no pipeline to pass the parameter to`,
          );
          continue;
        }
        for (const reference of references) {
          const message = setAtPath(reference.body, ['parameters', entry.parameter], value);
          if (message) fail(`${about}, ${reference.path}.parameters.${entry.parameter}: ${message}`);
          else secretAt(artifact, `${reference.path}.parameters.${entry.parameter}`);
        }
        applied.push(`${about} parameters.${entry.parameter} (${where(entry.location)})`);
      }
    }
  }
  if (problems.length > 0) throw new OverridesError(overrides.file, problems);

  const result = artifacts.map((artifact, index) => {
    const copy = copies.get(index);
    return copy ? { ...artifact, properties: copy } : artifact;
  });
  if (addedGlobals) result.push(addedGlobals);
  return { artifacts: result, secrets: [...secrets], applied, secretFields };
}

/** The pipeline references of a trigger: `pipelines[n]` (schedule, event) or `pipeline` (tumbling window). */
function pipelineReferences(
  properties: Record<string, unknown>,
): { path: string; body: Record<string, unknown> }[] {
  const found: { path: string; body: Record<string, unknown> }[] = [];
  if (Array.isArray(properties.pipelines)) {
    properties.pipelines.forEach((body, index) => {
      if (isRecord(body)) found.push({ path: `pipelines[${index}]`, body });
    });
  }
  if (isRecord(properties.pipeline)) found.push({ path: 'pipeline', body: properties.pipeline });
  return found;
}

/** A factory whose source has no global parameters gets them from the overrides file. */
function newGlobalParameters(file: string, location: SourceLocation): AdfArtifact {
  return {
    kind: 'globalParameters',
    name: 'default',
    properties: {},
    source: { file, locate: () => location, nameAt: location },
  };
}
