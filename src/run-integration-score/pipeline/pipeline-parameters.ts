/**
 * The parameters of the run: the use case row's `parameters` object, then the `parameters` input over it, held
 * against the parameters the deployed pipeline declares (read once, before the run):
 *
 * - a key of the `parameters` input the pipeline does not declare is refused (with the closest declared name):
 *   Data Factory would start the run and the value would reach nothing;
 * - a key of the row the pipeline does not declare is left out and said: the row is written for the use case's
 *   orchestrator, and the pipeline run here (the `pipeline` input may name another) takes only what it declares;
 * - a declared parameter without a default that neither gives is refused: the run would fail at its first use.
 *
 * Values go as they are (createRun's body is the parameters object); a string value of a non-string parameter is
 * converted by Data Factory as a trigger's would be.
 */
import { ConfigurationError } from '#shared/errors.js';
import type { Logger } from '#shared/logger.js';
import { suggest } from '#shared/suggest.js';
import type { PipelineDefinition } from './run-service.js';

export interface RunParameters {
  readonly values: Readonly<Record<string, unknown>>;
  /** Where each value came from, for the log and the report. */
  readonly sources: Readonly<Record<string, 'row' | 'input'>>;
}

export function runParameters(
  pipeline: PipelineDefinition,
  row: Readonly<Record<string, unknown>>,
  input: Readonly<Record<string, unknown>> | undefined,
  logger: Logger,
): RunParameters {
  const declared = pipeline.parameters ?? {};
  const names = Object.keys(declared);
  const name = pipeline.name ?? 'the pipeline';
  for (const key of Object.keys(input ?? {})) {
    if (key in declared) continue;
    const close = suggest(key, names);
    throw new ConfigurationError(
      `Input 'parameters': pipeline '${name}' does not declare a parameter '${key}'${close ? `; did you mean '${close}'?` : names.length ? ` (it declares ${names.map((n) => `'${n}'`).join(', ')}).` : ' (it declares none).'}`,
      { input: 'parameters' },
    );
  }
  const values: Record<string, unknown> = {};
  const sources: Record<string, 'row' | 'input'> = {};
  const leftOut: string[] = [];
  for (const [key, value] of Object.entries(row)) {
    if (key in declared) {
      values[key] = value;
      sources[key] = 'row';
    } else leftOut.push(key);
  }
  if (leftOut.length > 0) {
    logger.info(
      `The use case row's parameters ${leftOut.map((key) => `'${key}'`).join(', ')} are not parameters of pipeline '${name}': not passed.`,
    );
  }
  for (const [key, value] of Object.entries(input ?? {})) {
    values[key] = value;
    sources[key] = 'input';
  }
  const missing = names.filter((key) => !(key in values) && declared[key]?.defaultValue === undefined);
  if (missing.length > 0) {
    throw new ConfigurationError(
      `Pipeline '${name}' requires ${missing.map((key) => `'${key}'`).join(', ')}, which neither the use case row's parameters nor input 'parameters' give; add ${missing.length === 1 ? 'it' : 'them'} to input 'parameters'.`,
      { input: 'parameters' },
    );
  }
  return { values, sources };
}
