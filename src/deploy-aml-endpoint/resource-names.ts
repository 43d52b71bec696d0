/**
 * The names Azure ML accepts, and deployment names made from the model (`deployment-name: per-model-version` or a
 * template with `{model-name}` and `{model-version}`).
 *
 * Endpoint and deployment names: src/shared/azure/ml-names.ts (apply-control-metadata checks rows with them too).
 * Asset names (models, code): `^[a-zA-Z0-9][a-zA-Z0-9\-_]{0,254}$`, the path pattern of ModelVersions_CreateOrUpdate
 * in the 2022-10-01 spec (mfe.json).
 */
import { createHash } from 'node:crypto';
import { nameProblem } from '#shared/azure/ml-names.js';

export { nameProblem };

export const ASSET_NAME = /^[a-zA-Z0-9][a-zA-Z0-9\-_]{0,254}$/;
/** Versions are free text in the spec; these characters would break `azureml:<name>:<version>` and the ARM path. */
export const ASSET_VERSION = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

export const PER_MODEL_VERSION = 'per-model-version';
export const PER_MODEL_VERSION_TEMPLATE = '{model-name}-v{model-version}';

const PLACEHOLDER = /\{([^{}]*)\}/g;
const KNOWN_PLACEHOLDERS = ['model-name', 'model-version'];

/** Checks a template's placeholders without a model: an unknown one is the user's typo. */
export function templateProblem(template: string): string | undefined {
  if (template === PER_MODEL_VERSION) return undefined;
  for (const [, name] of template.matchAll(PLACEHOLDER)) {
    if (!KNOWN_PLACEHOLDERS.includes(name!)) {
      return `'{${name}}' is not a placeholder; use {model-name} and {model-version}`;
    }
  }
  if (/[{}]/.test(template.replace(PLACEHOLDER, ''))) return 'it has an unmatched { or }';
  return undefined;
}

export function isTemplate(name: string): boolean {
  return name === PER_MODEL_VERSION || /\{[^{}]*\}/.test(name);
}

/** A model name or version as a name fragment: lower case, runs of other characters as one '-'. */
function fragment(value: string): string {
  return value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The deployment name for a model. Placeholders are replaced by sanitised fragments; a name that would be too long
 * keeps its start and ends with 8 hex characters of a hash of the full name, so two versions never collide by
 * truncation. The result still has to pass `nameProblem` (a template such as `1-{model-version}` cannot).
 */
export function renderDeploymentName(template: string, model: { name: string; version: string }): string {
  const pattern = template === PER_MODEL_VERSION ? PER_MODEL_VERSION_TEMPLATE : template;
  const values: Record<string, string> = {
    'model-name': fragment(model.name),
    'model-version': fragment(model.version),
  };
  const full = pattern
    .replace(PLACEHOLDER, (_match, name: string) => values[name] ?? '')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '');
  if (full.length <= 32) return full;
  const hash = createHash('sha256').update(full).digest('hex').slice(0, 8);
  return `${full.slice(0, 23).replace(/-+$/, '')}-${hash}`;
}
