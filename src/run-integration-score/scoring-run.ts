/**
 * What a scoring run hands to the validation, whatever ran it: the job (an endpoint job; a pipeline run in pipeline
 * mode), how long it took as the step saw it, and the output, downloaded. The mode is the only difference between
 * endpoint and pipeline mode that the validation, the stamp and the receipt see.
 */
import { VerdictError } from '#shared/errors.js';
import type { Mode } from './definition.js';

export interface ScoringJob {
  /** The endpoint job's name, or the pipeline run id. */
  readonly id: string;
  readonly status: string;
  /** The job's ARM id, when it has one. */
  readonly resourceId?: string;
  /** Where a person sees it (Azure ML studio), when Azure names it. */
  readonly url?: string;
  /** Where its logs are, when known (a datastore folder, or the studio). */
  readonly logs?: string;
}

export interface ScoringOutcome {
  readonly mode: Mode;
  readonly job: ScoringJob;
  /** From the request that started the job to the first look that saw it finished. */
  readonly durationMs: number;
  /** The output in Azure (a datastore folder). */
  readonly outputUri: string;
  /** The local folder the output was downloaded to, and its files. */
  readonly outputPath: string;
  readonly files: readonly string[];
  /**
   * Pipeline mode: each batch job the run started, validated on its own (each scores one use case's input). Absent
   * in endpoint mode, where the one job is the whole output.
   */
  readonly parts?: readonly ScoringPart[];
}

export interface ScoringPart {
  readonly jobName: string;
  readonly outputUri: string;
  readonly files: readonly string[];
  /** The job's input rows, counted when the expectations compare with them. */
  readonly inputRows: number | undefined;
}

/** The job ran and did not complete: the release does not score. Told as it is, with the job's own error. */
export class JobFailedError extends VerdictError {
  override readonly name = 'JobFailedError';
  constructor(
    message: string,
    readonly job: ScoringJob,
  ) {
    super(message);
  }
}

/** The runner cancelled the step (SIGINT, SIGTERM) while it ran. */
export class StepCancelledError extends Error {
  override readonly name = 'StepCancelledError';
  constructor(
    readonly signal: string,
    message = `The runner cancelled the step (${signal})`,
  ) {
    super(message);
  }
}
