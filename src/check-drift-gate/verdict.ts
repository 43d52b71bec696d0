/**
 * The gate's verdict in words, and the failure it becomes with `on-drift: fail`: a DriftDetectedError is the gate's
 * answer, not a crash, so the step fails with its message alone (src/shared/action.ts).
 */
import { VerdictError } from '#shared/errors.js';
import type { GateResult } from './gate.js';

type Verdict = Pick<GateResult, 'features' | 'driftedFeatures' | 'driftShare' | 'driftShareThreshold'>;

/** `2 of 5 features drifted (age, income), share 0.400 ≥ 0.3`. */
export function describeVerdict(result: Verdict): string {
  return `${result.driftedFeatures.length} of ${result.features.length} features drifted (${result.driftedFeatures.join(', ')}), share ${result.driftShare.toFixed(3)} ≥ ${result.driftShareThreshold}`;
}

export class DriftDetectedError extends VerdictError {
  override readonly name = 'DriftDetectedError';
  readonly driftedFeatures: readonly string[];
  readonly driftShare: number;

  constructor(
    readonly environment: string,
    result: Verdict,
    /** The drift report the message points to. */
    readonly reportPath: string,
  ) {
    super(
      `Dataset drift in ${environment}: ${describeVerdict(result)}; see the job summary and ${reportPath}.`,
    );
    this.driftedFeatures = [...result.driftedFeatures];
    this.driftShare = result.driftShare;
  }
}
