/**
 * The environment overrides file (input `overrides-file`, one YAML file per environment): what differs between the
 * factory in git and the factory of this environment. Parsed with the location of every value, so each problem names
 * the file and line; what the entries do to the artifacts is overrides.ts.
 *
 * ```yaml
 * globalParameters:                     # set {type, value}; a parameter the factory lacks is added
 *   scoringUri: ${{ receipt.endpoint.scoringUri }}
 *   environment: ${{ env.DEPLOY_ENVIRONMENT }}
 *   maxParallelUseCases: 8
 * linkedServices:                       # linked service name -> { JSON path below `properties`: value }
 *   ls_sql_control:
 *     typeProperties.connectionString: "..."
 * triggers:                             # trigger name -> settings
 *   tr_daily_scoring:
 *     parameters.runDate: "..."         # a parameter passed to every pipeline the trigger starts
 *     runtimeState: Stopped             # the state the trigger is left in after the deploy: Started or Stopped
 *     typeProperties.recurrence.interval: 2   # any other key: a JSON path below the trigger's `properties`
 * properties:                           # any property, by resource pattern (`<kind>.<name>`, `*` wildcards)
 *   - resource: pipeline.pl_score_*
 *     path: activities[0].typeProperties.url
 *     value: ${{ receipt.endpoint.scoringUri }}
 * ```
 *
 * Values are any YAML, with `${{ receipt.<path> }}` and `${{ env.NAME }}` templates inside strings (see
 * src/shared/templates.ts), substituted when the overrides are applied.
 *
 * JSON paths: dotted keys and `[n]` indexes (`activities[0].typeProperties.url`), `["a.b"]` for a key with dots.
 *
 * Every problem of the file's shape is collected first and reported together as one OverridesError.
 */

import { type AdfArtifact, type ArtifactKind, artifactKey } from '#shared/adf/artifacts.js';
import { ConfigurationError, type SourceLocation } from '#shared/errors.js';
import { type DocumentPath, formatPath, type LoadedDocument } from '#shared/json-documents.js';
import { countProblems, type Problem, ProblemsError } from '#shared/problems.js';
import { type PathSegment, parseJsonPath } from '#shared/templates.js';
import { isRecord, typeName } from '#shared/values.js';
import { type ArtifactPattern, matches, parsePattern } from './filters.js';

export const OVERRIDES_INPUT = 'overrides-file';

/** Which resources an override applies to. */
export interface Selector {
  /** How the user wrote it, for messages: `linkedServices.ls_sql` or `pipeline.pl_score_*`. */
  readonly text: string;
  readonly test: (artifact: AdfArtifact) => boolean;
  /** For exact names: what is missing, for the "matches nothing" message. */
  readonly missing: string;
}

export type OverrideEntry =
  | {
      readonly type: 'globalParameter';
      readonly name: string;
      readonly value: unknown;
      readonly location: SourceLocation;
    }
  | {
      readonly type: 'property';
      readonly selector: Selector;
      readonly path: readonly PathSegment[];
      readonly value: unknown;
      readonly location: SourceLocation;
    }
  | {
      readonly type: 'triggerParameter';
      readonly selector: Selector;
      readonly parameter: string;
      readonly value: unknown;
      readonly location: SourceLocation;
    }
  | {
      readonly type: 'triggerState';
      readonly selector: Selector;
      readonly value: unknown;
      readonly location: SourceLocation;
    };

export interface Overrides {
  readonly file: string;
  readonly entries: readonly OverrideEntry[];
}

/** Every problem of an overrides file, each with its file and line. */
export class OverridesError extends ProblemsError {
  override readonly name = 'OverridesError';

  constructor(file: string, problems: readonly Problem[]) {
    super(`The overrides file ${file} has ${countProblems(problems)}`, problems, OVERRIDES_INPUT);
  }
}

const SECTIONS = ['globalParameters', 'linkedServices', 'triggers', 'properties'] as const;

function exactSelector(kind: ArtifactKind, name: string, section: string, noun: string): Selector {
  const key = artifactKey(kind, name);
  return {
    text: `${section}.${name}`,
    test: (artifact) => artifactKey(artifact.kind, artifact.name) === key,
    missing: `the factory has no ${noun} named '${name}'`,
  };
}

function patternSelector(pattern: ArtifactPattern): Selector {
  return {
    text: pattern.text,
    test: (artifact) => matches(pattern, artifact),
    missing: `the pattern '${pattern.text}' matches no resource of the factory`,
  };
}

/**
 * Reads the overrides file; file errors and every problem of its shape carry the file and line. The reader (with the
 * YAML parser) loads only when a step gives an overrides file.
 */
export async function loadOverrides(absolutePath: string, shownAs: string): Promise<Overrides> {
  const { loadDocument } = await import('#shared/documents.js');
  return parseOverrides(await loadDocument(absolutePath, shownAs, OVERRIDES_INPUT));
}

/** Checks the shape of a parsed overrides file; throws one OverridesError listing every problem. */
export function parseOverrides(document: LoadedDocument): Overrides {
  const problems: Problem[] = [];
  const entries: OverrideEntry[] = [];
  const problem = (path: DocumentPath, message: string) =>
    problems.push({ message: `${formatPath(path)}: ${message}`, location: document.locate(path) });
  const root = document.value;
  if (root === null || root === undefined) return { file: document.file, entries };
  if (!isRecord(root)) {
    problems.push({
      message: `the file must be a mapping of ${SECTIONS.join(', ')}; it is ${typeName(root)}`,
      location: document.locate([]),
    });
    throw new OverridesError(document.file, problems);
  }

  for (const [section, body] of Object.entries(root)) {
    if (!(SECTIONS as readonly string[]).includes(section)) {
      problem([section], `unknown section; the sections are ${SECTIONS.join(', ')}`);
      continue;
    }
    if (body === null || body === undefined) continue;
    if (section === 'properties') {
      if (!Array.isArray(body)) {
        problem([section], `must be a list of { resource, path, value }; it is ${typeName(body)}`);
        continue;
      }
      for (const [index, item] of body.entries()) readPropertyItem(item, index);
      continue;
    }
    if (!isRecord(body)) {
      problem([section], `must be a mapping by name; it is ${typeName(body)}`);
      continue;
    }
    if (section === 'globalParameters') {
      for (const [name, value] of Object.entries(body)) {
        entries.push({ type: 'globalParameter', name, value, location: document.locate([section, name]) });
      }
      continue;
    }
    const kind: ArtifactKind = section === 'linkedServices' ? 'linkedService' : 'trigger';
    const noun = section === 'linkedServices' ? 'linked service' : 'trigger';
    for (const [name, settings] of Object.entries(body)) {
      if (!isRecord(settings)) {
        problem(
          [section, name],
          `must be a mapping of JSON path (below the ${noun}'s properties) to value; it is ${typeName(settings)}`,
        );
        continue;
      }
      const selector = exactSelector(kind, name, section, noun);
      for (const [pathText, value] of Object.entries(settings)) {
        const at = [section, name, pathText];
        const location = document.locate(at);
        const path = parseJsonPath(pathText);
        if (typeof path === 'string') {
          problem(at, path);
          continue;
        }
        if (kind === 'trigger' && path[0] === 'runtimeState' && path.length === 1) {
          entries.push({ type: 'triggerState', selector, value, location });
        } else if (kind === 'trigger' && path[0] === 'parameters') {
          if (path.length !== 2 || typeof path[1] !== 'string') {
            problem(at, `a trigger parameter is written parameters.<name>`);
            continue;
          }
          entries.push({ type: 'triggerParameter', selector, parameter: path[1], value, location });
        } else {
          entries.push({ type: 'property', selector, path, value, location });
        }
      }
    }
  }
  if (problems.length > 0) throw new OverridesError(document.file, problems);
  return { file: document.file, entries };

  function readPropertyItem(item: unknown, index: number): void {
    const at = ['properties', index];
    if (!isRecord(item)) {
      problem(at, `must be a mapping { resource, path, value }; it is ${typeName(item)}`);
      return;
    }
    for (const key of Object.keys(item)) {
      if (!['resource', 'path', 'value'].includes(key)) {
        problem([...at, key], 'unknown key; an entry has resource, path and value');
      }
    }
    let ok = true;
    for (const key of ['resource', 'path'] as const) {
      if (typeof item[key] !== 'string' || item[key] === '') {
        problem(item[key] === undefined ? at : [...at, key], `'${key}' must be a non-empty string`);
        ok = false;
      }
    }
    if (!('value' in item)) {
      problem(at, `'value' is missing (write 'value: null' to set null)`);
      ok = false;
    }
    if (!ok) return;
    let pattern: ArtifactPattern;
    try {
      pattern = parsePattern(item.resource as string, OVERRIDES_INPUT);
    } catch (error) {
      if (!(error instanceof ConfigurationError)) throw error;
      problem([...at, 'resource'], error.detail);
      return;
    }
    const path = parseJsonPath(item.path as string);
    if (typeof path === 'string') {
      problem([...at, 'path'], path);
      return;
    }
    entries.push({
      type: 'property',
      selector: patternSelector(pattern),
      path,
      value: item.value,
      location: document.locate([...at, 'value']),
    });
  }
}
