import { describe, expect, it } from '@jest/globals';
import type { ResolvedModel } from '../../../src/deploy-aml-endpoint/model-resolution.js';
import { requireValidation } from '../../../src/deploy-aml-endpoint/validation-stamp.js';

const model = (overrides: Partial<ResolvedModel>): ResolvedModel => ({
  name: 'credit',
  version: '3',
  assetId:
    '/subscriptions/s/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/w/models/credit/versions/3',
  source: 'workspace',
  digest: undefined,
  live: { properties: { tags: {} } },
  registration: undefined,
  origin: { kind: 'input', input: 'model' },
  ...overrides,
});

describe('requireValidation', () => {
  it('answers the stamp (the validating run) when the version carries it', () => {
    const stamped = model({ live: { properties: { tags: { 'mlops.validated.staging': 'https://run/1' } } } });
    expect(requireValidation(stamped, 'staging')).toBe('https://run/1');
  });

  it('refuses an unstamped version, saying what to run', () => {
    expect(() => requireValidation(model({}), 'staging')).toThrow(
      "model credit:3 has not passed integration scoring in 'staging' (it has no tag mlops.validated.staging): run run-integration-score for this version in staging first, then deploy it here. With one workspace per environment, pass staging's integration receipt as validation-receipt.",
    );
    const otherEnvironment = model({
      live: { properties: { tags: { 'mlops.validated.dev': 'https://run/1' } } },
    });
    expect(() => requireValidation(otherEnvironment, 'staging')).toThrow(/no tag mlops\.validated\.staging/);
  });

  it('refuses a version still to be registered', () => {
    expect(() => requireValidation(model({ live: undefined }), 'staging')).toThrow(/is not registered yet/);
  });
});
