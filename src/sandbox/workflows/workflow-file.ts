/**
 * One workflow file, parsed and converted by GitHub's own parser (`@actions/workflow-parser`, the code behind the
 * Actions language service): schema errors come back with their line and column, `if:` conditions already carry
 * the implicit `success() &&`, step ids are generated as the runner generates them. The converted model leaves out
 * what the executor still needs (a step's `with`, `shell`, `working-directory`, `timeout-minutes`; a job's
 * `permissions`, `timeout-minutes`, `continue-on-error`), so the raw mapping of every job and step is kept beside it.
 */
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import {
  convertWorkflowTemplate,
  isBasicExpression,
  isMapping,
  isSequence,
  isString,
  NoOperationTraceWriter,
  parseWorkflow,
} from '@actions/workflow-parser';
import type {
  Job,
  ReusableWorkflowJob,
  Step,
  WorkflowJob,
  WorkflowTemplate,
} from '@actions/workflow-parser/model/workflow-template';
import type { MappingToken, TemplateToken } from '@actions/workflow-parser/templates/tokens/index';
import { ConfigurationError, formatLocation } from '#shared/errors.js';

export interface WorkflowFile {
  /** Absolute path. */
  readonly path: string;
  /** The path as messages show it (relative to the working tree). */
  readonly display: string;
  readonly name: string;
  readonly template: WorkflowTemplate;
  readonly jobs: readonly WorkflowJob[];
  /** The raw mapping of each job, by job id. */
  readonly jobMappings: ReadonlyMap<string, MappingToken>;
  /** The raw mappings of each job's steps, in order (the converted steps are in the same order). */
  readonly stepMappings: ReadonlyMap<string, readonly MappingToken[]>;
  /** The raw root mapping (for top-level keys the model leaves out: `permissions`, `run-name`). */
  readonly root: MappingToken;
}

/** `file line N, column M` of a token, for messages. */
export function locate(file: WorkflowFile, token: TemplateToken | undefined): string {
  return formatLocation({
    file: file.display,
    line: token?.range?.start.line,
    column: token?.range?.start.column,
  });
}

/** A ConfigurationError at a token of a workflow file: the user's workflow is what must change. */
export function workflowError(file: WorkflowFile, token: TemplateToken | undefined, detail: string): Error {
  const location = {
    file: file.display,
    line: token?.range?.start.line,
    column: token?.range?.start.column,
  };
  return ConfigurationError.at(formatLocation(location), detail, { location });
}

/** The value of `key` in a raw mapping. */
export function entry(mapping: MappingToken | undefined, key: string): TemplateToken | undefined {
  if (!mapping) return undefined;
  for (const pair of mapping) if (isString(pair.key) && pair.key.value === key) return pair.value;
  return undefined;
}

export function isReusableJob(job: WorkflowJob): job is ReusableWorkflowJob {
  return job.type === 'reusableWorkflowJob';
}

export type { Job, ReusableWorkflowJob, Step, WorkflowJob };

export async function loadWorkflow(path: string, workingTree: string): Promise<WorkflowFile> {
  const display = relative(workingTree, path) || path;
  const content = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new ConfigurationError(
      `${display}: cannot read the workflow file (${error.code ?? error.message}).`,
      { location: { file: display } },
    );
  });
  const parsed = parseWorkflow({ name: display, content }, new NoOperationTraceWriter());
  const firstError = () => {
    const [error] = parsed.context.errors.getErrors();
    if (!error) return undefined;
    const location = {
      file: display,
      line: error.range?.start.line,
      column: error.range?.start.column,
    };
    return ConfigurationError.at(formatLocation(location), error.rawMessage, { location });
  };
  const parseError = firstError();
  if (parseError || !parsed.value)
    throw parseError ?? new ConfigurationError(`${display}: the file is empty.`);
  // Reusable workflows are loaded by the executor itself (fetch depth 0), so their errors name their own file.
  const template = await convertWorkflowTemplate(parsed.context, parsed.value);
  const conversionError = firstError();
  if (conversionError) throw conversionError;

  const root = parsed.value.assertMapping('workflow root');
  const jobMappings = new Map<string, MappingToken>();
  const stepMappings = new Map<string, MappingToken[]>();
  const jobsToken = entry(root, 'jobs');
  if (jobsToken && isMapping(jobsToken)) {
    for (const pair of jobsToken) {
      if (!isString(pair.key) || !isMapping(pair.value)) continue;
      jobMappings.set(pair.key.value, pair.value);
      const steps = entry(pair.value, 'steps');
      const mappings: MappingToken[] = [];
      if (steps && isSequence(steps)) for (const step of steps) if (isMapping(step)) mappings.push(step);
      stepMappings.set(pair.key.value, mappings);
    }
  }
  const nameToken = entry(root, 'name');
  return {
    path,
    display,
    name: nameToken && isString(nameToken) ? nameToken.value : display,
    template,
    jobs: template.jobs ?? [],
    jobMappings,
    stepMappings,
    root,
  };
}

/** Why a job or step was skipped, for its line: its own `if:` as written, or the implicit success(). */
export function skipReason(mapping: MappingToken | undefined, implicit: string): string {
  const written = entry(mapping, 'if');
  if (!written) return `skipped: ${implicit}`;
  const shown = isString(written)
    ? written.value
    : isBasicExpression(written)
      ? written.expression
      : String(written);
  return `skipped (if: ${shown})`;
}
