import { describe, expect, it } from '@jest/globals';
import { DriftDetectedError, describeVerdict } from '../../../src/check-drift-gate/verdict.js';
import { VerdictError } from '../../../src/shared/errors.js';

const result = {
  features: [{}, {}, {}, {}, {}] as never[],
  driftedFeatures: ['age', 'income'],
  driftShare: 0.4,
  driftShareThreshold: 0.3,
};

describe('the drift verdict', () => {
  it('says how many features drifted, which, and the share against its threshold', () => {
    expect(describeVerdict(result)).toBe('2 of 5 features drifted (age, income), share 0.400 ≥ 0.3');
  });

  it('fails the step as a verdict that carries its facts', () => {
    const error = new DriftDetectedError('staging', result, '/tmp/drift-report-staging.json');
    expect(error).toBeInstanceOf(VerdictError);
    expect(error.message).toBe(
      'Dataset drift in staging: 2 of 5 features drifted (age, income), share 0.400 ≥ 0.3; see the job summary and /tmp/drift-report-staging.json.',
    );
    expect(error).toMatchObject({
      name: 'DriftDetectedError',
      environment: 'staging',
      driftedFeatures: ['age', 'income'],
      driftShare: 0.4,
      reportPath: '/tmp/drift-report-staging.json',
    });
  });
});
