/**
 * Everything that can be checked before any write, without Azure: naming rules, duplicates, references, cycles,
 * plaintext secrets in linked services and sizes. All problems are collected and thrown as one AdfValidationError,
 * each with its file, line and column.
 * Naming rules: src/shared/adf/names.ts (each finding names the rule and the offending character).
 *
 * Sizes are Azure's documented Data Factory limits ("Azure subscription and service limits", Data Factory: bytes per
 * object): 200 KB for a pipeline, 100 KB for a dataset or a linked service; every other kind is bounded by ARM's
 * 4 MB request body. The size is that of the body sent (compact JSON, UTF-8), so a file indented for reading is not
 * held against its whitespace.
 */
import {
  type AdfArtifact,
  artifactKey,
  compareArtifacts,
  describeArtifact,
  KINDS,
} from '#shared/adf/artifacts.js';
import { CHILD, NAME_RULES, type NameRule, nameProblem } from '#shared/adf/names.js';
import { formatLocation } from '#shared/errors.js';
import { sortProblems } from '#shared/problems.js';
import { buildGraph, danglingProblems, findCycles, type GraphOptions } from './dependency-graph.js';
import { type Problem, throwIfProblems } from './problems.js';
import type { ReferenceEdge } from './references.js';
import type { UnreadResource } from './sources/source-read.js';

/** ARM's limit on one request body. */
export const MAX_REQUEST_BYTES = 4 * 1024 * 1024;

/** Azure's per-object limits where Data Factory's are lower than ARM's (see the module comment). */
export const OBJECT_LIMITS: Readonly<Partial<Record<AdfArtifact['kind'], number>>> = {
  pipeline: 200 * 1024,
  dataset: 100 * 1024,
  linkedService: 100 * 1024,
};

function nameProblems(artifact: AdfArtifact): Problem[] {
  const problems: Problem[] = [];
  const check = (name: string, rule: NameRule, what: string) => {
    const problem = nameProblem(name, rule);
    if (problem) {
      problems.push({
        message: `${what} '${name}' is not a valid name: ${problem}`,
        location: artifact.source.nameAt,
      });
    }
  };
  const ruleName = KINDS[artifact.kind].nameRule;
  if (artifact.kind === 'managedPrivateEndpoint') {
    for (const part of artifact.name.split('/')) check(part, NAME_RULES.shortChild, 'managedPrivateEndpoint');
  } else if (ruleName !== 'none') {
    check(artifact.name, NAME_RULES[ruleName], artifact.kind);
  }
  if (artifact.kind === 'globalParameters') {
    for (const name of Object.keys(artifact.properties)) {
      const problem = nameProblem(name, CHILD);
      if (problem) {
        problems.push({
          message: `global parameter '${name}' is not a valid name: ${problem}`,
          location: artifact.source.locate([name]),
        });
      }
    }
  }
  return problems;
}

function duplicateProblems(artifacts: readonly AdfArtifact[]): Problem[] {
  const seen = new Map<string, AdfArtifact>();
  const problems: Problem[] = [];
  for (const artifact of artifacts) {
    const key = artifactKey(artifact.kind, artifact.name);
    const first = seen.get(key);
    if (!first) {
      seen.set(key, artifact);
      continue;
    }
    const where = first.source.nameAt;
    problems.push({
      message: `duplicate ${describeArtifact(artifact)}: also defined in ${formatLocation(where, { column: false })} as '${first.name}' (ADF names are case-insensitive)`,
      location: artifact.source.nameAt,
    });
  }
  return problems;
}

/** Connection-string keys whose value is a secret when written inline. */
const INLINE_SECRET =
  /(?:^|;)\s*(password|pwd|accountkey|sharedaccesskey|sharedaccesssignature|clientsecret)\s*=\s*([^;\s][^;]*)/i;

/**
 * Plaintext secrets in linked services: a `SecureString` with a value, or a connection string with a password or
 * key inline. Key Vault references (`AzureKeyVaultSecret`) and expressions are fine. A `SecureString` is still
 * accepted by the service, but its value then lives in the repository.
 */
function secretProblems(artifact: AdfArtifact, supplied: readonly string[]): Problem[] {
  if (artifact.kind !== 'linkedService' && artifact.kind !== 'credential') return [];
  // A value a secure template parameter or an override from the environment supplies is a secret given at deploy
  // time, not one written in the repository.
  const fromSecret = (text: string) => supplied.some((secret) => text.includes(secret));
  const problems: Problem[] = [];
  const visit = (node: unknown, path: (string | number)[]): void => {
    if (Array.isArray(node)) {
      node.forEach((item, index) => {
        visit(item, [...path, index]);
      });
      return;
    }
    if (typeof node === 'string') {
      const match = INLINE_SECRET.exec(node);
      // `Password=@{linkedService().pw}` or a whole-string expression takes the value at run time: not plaintext.
      if (match && !node.trimStart().startsWith('@') && !match[2]!.startsWith('@') && !fromSecret(node)) {
        problems.push({
          message: `${describeArtifact(artifact)} has a connection string with '${match[1]}=' written in plain text; store the secret in Key Vault and reference it (AzureKeyVaultSecret), or use a managed identity`,
          location: artifact.source.locate(path),
        });
      }
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if (
      record.type === 'SecureString' &&
      typeof record.value === 'string' &&
      record.value !== '' &&
      !fromSecret(record.value)
    ) {
      problems.push({
        message: `${describeArtifact(artifact)} has a SecureString value in the source; store the secret in Key Vault and reference it (AzureKeyVaultSecret), or set it from the overrides file`,
        location: artifact.source.locate(path),
      });
      return;
    }
    for (const [key, value] of Object.entries(record)) visit(value, [...path, key]);
  };
  visit(artifact.properties, []);
  return problems;
}

/** The body ADF receives for an artifact (what the size limit applies to). */
export function requestBody(artifact: Pick<AdfArtifact, 'kind' | 'name' | 'properties'>): unknown {
  return artifact.kind === 'globalParameters'
    ? { properties: artifact.properties }
    : { name: artifact.name, properties: artifact.properties };
}

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

function sizeProblems(artifact: AdfArtifact): Problem[] {
  const bytes = Buffer.byteLength(JSON.stringify(requestBody(artifact)), 'utf8');
  const objectLimit = OBJECT_LIMITS[artifact.kind];
  const limit = objectLimit ?? MAX_REQUEST_BYTES;
  if (bytes <= limit) return [];
  const what =
    objectLimit === undefined
      ? 'the 4 MB limit on one request body'
      : `Data Factory's ${sizeText(objectLimit)} limit for a ${artifact.kind}`;
  const advice =
    artifact.kind === 'pipeline'
      ? 'move activities into child pipelines run by Execute Pipeline'
      : artifact.kind === 'dataset'
        ? 'shorten its schema (the source or sink can map columns instead)'
        : 'move large values into parameters or Key Vault';
  return [
    {
      message: `${describeArtifact(artifact)} is ${sizeText(bytes)}, over ${what}; ${advice}`,
      location: artifact.source.locate([]),
    },
  ];
}

export interface ValidationOptions extends GraphOptions {
  /** Keys (artifactKey) of artifacts the filters leave out, so a reference to one is reported as such. */
  readonly excluded?: ReadonlySet<string>;
  /** Resources of the source that could not be read: their problem is reported, a reference to one is not. */
  readonly unread?: readonly UnreadResource[];
  /** Secret values supplied at deploy time: a value holding one is not refused as written in plain text. */
  readonly suppliedSecrets?: readonly string[];
}

/** All problems, sorted by file and line so the report reads in order. */
export function findProblems(artifacts: readonly AdfArtifact[], options: ValidationOptions = {}): Problem[] {
  const sorted = [...artifacts].sort(compareArtifacts);
  const unread = options.unread ?? [];
  const isUnread = (edge: ReferenceEdge) =>
    unread.some(
      (u) =>
        u.kind === edge.to.kind &&
        (u.name === undefined || u.name.toLowerCase() === edge.to.name.toLowerCase()),
    );
  const graph = buildGraph(sorted, {
    existsOutside: (edge) => isUnread(edge) || (options.existsOutside?.(edge) ?? false),
  });
  const supplied = options.suppliedSecrets ?? [];
  const problems = [
    ...sorted.flatMap(nameProblems),
    ...duplicateProblems(sorted),
    ...danglingProblems(graph, options.excluded),
    ...findCycles(graph).map((cycle) => cycle.problem),
    ...sorted.flatMap((artifact) => secretProblems(artifact, supplied)),
    ...sorted.flatMap(sizeProblems),
  ];
  return problems.sort(
    (a, b) =>
      (a.location.file < b.location.file ? -1 : a.location.file > b.location.file ? 1 : 0) ||
      (a.location.line ?? 0) - (b.location.line ?? 0) ||
      (a.location.column ?? 0) - (b.location.column ?? 0),
  );
}

/**
 * Validates the artifacts together with the problems found while reading them; throws one AdfValidationError
 * listing all of them.
 */
export function validateArtifacts(
  artifacts: readonly AdfArtifact[],
  readProblems: readonly Problem[] = [],
  options: ValidationOptions = {},
): void {
  throwIfProblems(sortProblems([...readProblems, ...findProblems(artifacts, options)]));
}
