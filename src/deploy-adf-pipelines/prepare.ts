/**
 * The first phase of a deployment: everything that can be checked without Azure, before connecting. The source is
 * read (the git-integration folder, or the publish ARM template and its parameters), the overrides file applied, the
 * include/exclude filters applied and the selected artifacts validated. Every problem is reported at once, each as
 * one annotation at its file and line (the others logged, the first as the step's error).
 */
import { type AdfArtifact, artifactKey } from '#shared/adf/artifacts.js';
import { ConfigurationError } from '#shared/errors.js';
import { workspaceRelative } from '#shared/files.js';
import type { Logger } from '#shared/logger.js';
import { annotateProblems } from '#shared/problems.js';
import type { AmlReceipt } from '#shared/receipts/schemas.js';
import type { SecretMasker } from '#shared/secrets.js';
import { type ArtifactFilter, applyFilter, parseFilter } from './filters.js';
import { applyOverrides } from './overrides.js';
import { loadOverrides } from './overrides-file.js';
import { readArmTemplate } from './sources/arm-template.js';
import { readGitFolder, type SourceRead } from './sources/git-folder.js';
import { validateArtifacts } from './validation.js';

/** The inputs this phase reads; file paths are absolute, inside the workspace. */
export interface SourceInputs {
  /** The git-integration folder, or the publish ARM template (a `.json` file). */
  readonly source: string;
  readonly armTemplateParameters?: string | undefined;
  readonly overridesFile?: string | undefined;
  readonly include?: readonly string[] | undefined;
  readonly exclude?: readonly string[] | undefined;
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
}

export async function prepareSource(inputs: SourceInputs, context: PrepareContext): Promise<PreparedSource> {
  const { logger } = context;
  const shown = (absolute: string) => workspaceRelative(context.workspace, absolute);
  const annotated = <T>(check: () => T | Promise<T>) => annotateProblems(logger, check);

  const source = await readSource(inputs, shown);
  for (const note of source.notes) logger.info(note);
  // Problems found while reading make the artifacts unreliable for overrides: report them first.
  if (source.problems.length > 0) await annotated(() => validateArtifacts(source.artifacts, source.problems));

  let artifacts = source.artifacts;
  const overridesFile = inputs.overridesFile;
  if (overridesFile) {
    const result = await annotated(async () =>
      applyOverrides(artifacts, await loadOverrides(overridesFile, shown(overridesFile)), {
        receipt: context.amlReceipt,
        env: context.env,
      }),
    );
    for (const secret of result.secrets) context.masker.mask(secret);
    for (const line of result.applied) logger.info(`Override: ${line}`);
    artifacts = result.artifacts;
  }

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
    }),
  );
  return { selected, excluded, filter };
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
