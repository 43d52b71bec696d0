// "Did you mean": the nearest known name, for keys of a spec file and for names of things in Azure.
import { describe, expect, it } from '@jest/globals';
import { suggest } from '../../../src/shared/suggest.js';

describe('suggest', () => {
  it('finds the nearest key, a key written short, and nothing when none is near', () => {
    expect(suggest('mini_batchsize', ['mini_batch_size', 'max_retries'])).toBe('mini_batch_size');
    expect(suggest('deployment', ['deployment_name'])).toBe('deployment_name');
    expect(suggest('colour', ['mini_batch_size', 'max_retries'])).toBeUndefined();
  });

  it('treats case, "-", "_" and spaces alike on both sides, and answers the name as written', () => {
    expect(suggest('loan-aproval', ['credit-default', 'loan-approval'])).toBe('loan-approval');
    expect(suggest('Loan_Approval', ['loan-approval'])).toBe('loan-approval');
    expect(suggest('risk score', ['Risk-Score', 'region'])).toBe('Risk-Score');
  });
});
