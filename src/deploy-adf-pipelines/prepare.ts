/**
 * The first phase of a deployment: everything that can be checked without Azure, before connecting. The source is
 * read (the git-integration folder, or the publish ARM template and its parameters), the overrides file applied, the
 * include/exclude filters applied and the selected artifacts validated. Every problem is reported at once, each as
 * one annotation at its file and line (the others logged, the first as the step's error); warnings and notices of
 * the reading are annotations too.
 *
 * The values of the ARM template's secure parameters are masked as soon as they are read. A secure parameter left
 * empty that still gives an artifact its value once the overrides are applied is refused: deploying it would write
 * an empty secret (an empty connection string) without a word.
 */
import { isDeepStrictEqual } from 'node:util';
import { type AdfArtifact, artifactKey, describeArtifact } from '#shared/adf/artifacts.js';
import { ConfigurationError } from '#shared/errors.js';
import { workspaceRelative } from '#shared/files.js';
import { formatPath } from '#shared/json-documents.js';
import { type Logger, notice } from '#shared/logger.js';
import { annotateProblems, type Problem } from '#shared/problems.js';
import type { AmlReceipt } from '#shared/receipts/schemas.js';
import type { SecretMasker } from '#shared/secrets.js';
import type { SecretField } from './diff.js';
import { type ArtifactFilter, applyFilter, parseFilter } from './filters.js';
import { applyOverrides } from './overrides.js';
import { loadOverrides } from './overrides-file.js';
import { throwIfProblems } from './problems.js';
import { readArmTemplate } from './sources/arm-template.js';
import { mayHoldArtifacts, readGitFolder } from './sources/git-folder.js';
import type { SecureValue, SourceRead } from './sources/source-read.js';
import { targetProblems } from './target-kinds.js';
import { validateArtifacts } from './validation.js';

/** The inputs this phase reads; file paths are absolute, inside the workspace. */
export interface SourceInputs {
  /** The git-integration folder, or the publish ARM template (a `.json` file). */
  readonly source: string;
  readonly armTemplateParameters?: string | undefined;
  readonly overridesFile?: string | undefined;
  readonly include?: readonly string[] | undefined;
  readonly exclude?: readonly string[] | undefined;
  /** What the source is deployed to (default factory): what that target cannot hold is refused (target-kinds.ts). */
  readonly target?: 'factory' | 'synapse';
}

export interface PrepareContext {
  /** Files are shown relative to the workspace. */
  readonly workspace: string;
  /** What the overrides' `${{ receipt.<path> }}` templates read (it is verified against live state later). */
  readonly amlReceipt: AmlReceipt;
  /** What the overrides' `${{ env.NAME }}` templates read. */
  readonly env: NodeJS.ProcessEnv;
  readonly logger: Logger;
  /** Masks each value the overrides read from an environment variable, before anything can print it. */
  readonly masker: Pick<SecretMasker, 'mask'>;
}

export interface PreparedSource {
  /** What this deployment deploys: the source after overrides, within the filters. */
  readonly selected: readonly AdfArtifact[];
  /** What the filters leave out: a selected artifact may reference one only if it exists in the factory. */
  readonly excluded: readonly AdfArtifact[];
  readonly filter: ArtifactFilter;
  /** Secret values the artifacts carry (secure template parameters, overrides from the environment). */
  readonly secrets: readonly string[];
  /** The fields those secrets set, whatever their value now: a plan never shows either side of them. */
  readonly secretFields: readonly SecretField[];
}

export async function prepareSource(inputs: SourceInputs, context: PrepareContext): Promise<PreparedSource> {
  const { logger } = context;
  const shown = (absolute: string) => workspaceRelative(context.workspace, absolute);
  const annotated = <T>(check: () => T | Promise<T>) => annotateProblems(logger, check);

  const source = await readSource(inputs, shown);
  // Secrets first: nothing below may print one.
  const secrets = new Set(source.secrets ?? []);
  for (const secret of secrets) context.masker.mask(secret);
  for (const note of source.notes) logger.info(note);
  for (const { message, location } of source.notices ?? []) notice(logger, message, { location });
  for (const { message, location } of source.warnings ?? []) logger.warning(message, { location });
  const unread = source.unread ?? [];
  // Problems found while reading make the artifacts unreliable for overrides: report them first.
  if (source.problems.length > 0) {
    await annotated(() => validateArtifacts(source.artifacts, source.problems, { unread }));
  }

  await annotated(() => throwIfProblems(targetProblems(source.artifacts, inputs.target ?? 'factory')));

  let artifacts = source.artifacts;
  const secretFields: SecretField[] = (source.secureValues ?? []).map((use) => ({
    kind: use.kind,
    name: use.name,
    path: formatPath(use.path),
  }));
  const overridesFile = inputs.overridesFile;
  if (overridesFile) {
    const result = await annotated(async () =>
      applyOverrides(artifacts, await loadOverrides(overridesFile, shown(overridesFile)), {
        receipt: context.amlReceipt,
        env: context.env,
      }),
    );
    for (const secret of result.secrets) {
      context.masker.mask(secret);
      secrets.add(secret);
    }
    for (const line of result.applied) logger.info(`Override: ${line}`);
    secretFields.push(...result.secretFields);
    artifacts = result.artifacts;
  }

  const overridden = artifacts;
  // An overrides file can add what the target cannot hold (a globalParameters section for a Synapse workspace).
  if (overridesFile)
    await annotated(() => throwIfProblems(targetProblems(overridden, inputs.target ?? 'factory')));
  await annotated(() => throwIfProblems(emptySecretProblems(source.secureValues ?? [], overridden, inputs)));

  const filter = parseFilter(inputs.include, inputs.exclude);
  const { selected, excluded, unusedIncludes } = applyFilter(filter, artifacts);
  if (unusedIncludes.length > 0) {
    throw new ConfigurationError(
      `Input 'include': ${unusedIncludes.map((p) => `'${p}'`).join(', ')} matches nothing in the source; check the kind and name.`,
      { input: 'include' },
    );
  }
  // A reference to a filtered-out artifact is checked against the factory once its state is read (plan.ts).
  const excludedKeys = new Set(excluded.map((a) => artifactKey(a.kind, a.name)));
  await annotated(() =>
    validateArtifacts(selected, [], {
      excluded: excludedKeys,
      existsOutside: (edge) => excludedKeys.has(artifactKey(edge.to.kind, edge.to.name)),
      suppliedSecrets: [...secrets],
    }),
  );
  return { selected, excluded, filter, secrets: [...secrets], secretFields };
}

/** The value at `path` of `root`, or undefined. */
function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let current = root;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

/**
 * An empty secure parameter whose value still reaches an artifact after the overrides: the string it gives is
 * unchanged (an override replacing it changes it).
 */
function emptySecretProblems(
  secureValues: readonly SecureValue[],
  artifacts: readonly AdfArtifact[],
  inputs: SourceInputs,
): Problem[] {
  const byKey = new Map(artifacts.map((a) => [artifactKey(a.kind, a.name), a]));
  const problems: Problem[] = [];
  const reported = new Set<string>();
  for (const use of secureValues) {
    if (!use.empty) continue;
    const artifact = byKey.get(artifactKey(use.kind, use.name));
    if (!artifact || !isDeepStrictEqual(valueAt(artifact.properties, use.path), use.evaluated)) continue;
    const key = `${use.parameter}/${artifactKey(use.kind, use.name)}/${formatPath(use.path)}`;
    if (reported.has(key)) continue;
    reported.add(key);
    const ways = [
      inputs.armTemplateParameters
        ? 'Give it a value in an environment parameters file (input arm-template-parameters)'
        : 'Give it a value in a parameters file (input arm-template-parameters)',
      `set ${formatPath(use.path)} of ${describeArtifact(use)} in the overrides file from a secret (\${{ env.NAME }})`,
    ];
    problems.push({
      message: `the secure parameter '${use.parameter}' is empty, and it gives ${describeArtifact(use)} its ${formatPath(use.path)}: an empty secret would be deployed. ${ways.join(', or ')}.`,
      location: use.location,
    });
  }
  return problems;
}

/**
 * Whether the source is known, before any file of it is read, to hold resource files: a folder with a resource folder
 * holding JSON files (git-folder.ts). main.ts signs in while such a source is read. A folder without one, and a publish
 * template (which holds Data Factory resources or not only once it is read), are refused by `prepareSource` before
 * any call when they hold no artifact.
 */
export async function holdsResourceFiles(inputs: Pick<SourceInputs, 'source'>): Promise<boolean> {
  return !/\.json$/i.test(inputs.source) && (await mayHoldArtifacts(inputs.source));
}

/** A `.json` source is the publish ARM template; anything else, the git-integration folder. */
function readSource(inputs: SourceInputs, shown: (absolute: string) => string): Promise<SourceRead> {
  if (!/\.json$/i.test(inputs.source)) return readGitFolder(inputs.source, shown(inputs.source));
  const parameters = inputs.armTemplateParameters;
  return readArmTemplate({
    template: { absolute: inputs.source, shownAs: shown(inputs.source) },
    parameters: parameters ? { absolute: parameters, shownAs: shown(parameters) } : undefined,
  });
}
