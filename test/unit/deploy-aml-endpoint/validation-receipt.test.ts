import { describe, expect, it } from '@jest/globals';
import {
  type ValidationInputs,
  validationRequest,
} from '../../../src/deploy-aml-endpoint/validation-receipt.js';
import { encodeReceipt, upstream } from '../../../src/shared/receipts/encoding.js';
import { amlReceipt, integrationReceipt, metadataReceipt, SUBSCRIPTION } from '../../fixtures/receipts.js';

const RUN = { repo: 'example/release', sha: 'abc123', runId: '1001', runAttempt: '1' };
const receipt = encodeReceipt(integrationReceipt());
const staging = {
  validationSubscriptionId: SUBSCRIPTION,
  validationResourceGroup: 'rg-staging',
  validationWorkspaceName: 'mlw-staging',
};

const request = (inputs: ValidationInputs) => () => validationRequest(inputs, RUN);

describe('validationRequest', () => {
  it('is undefined without require-validation, and refuses the inputs that only make sense with it', () => {
    expect(validationRequest({}, RUN)).toBeUndefined();
    expect(request({ validationReceipt: receipt })).toThrow(
      "Input 'validation-receipt' is only read with 'require-validation'",
    );
    expect(request(staging)).toThrow(
      "Input 'validation-subscription-id' is only read with 'require-validation'",
    );
  });

  it('without a receipt, asks for the stamp in this workspace', () => {
    expect(validationRequest({ requireValidation: 'staging' }, RUN)).toEqual({
      environment: 'staging',
      receipt: undefined,
      workspace: undefined,
    });
  });

  it("takes staging's integration receipt (its subscription is staging's) and the workspace it names", () => {
    const checked = validationRequest(
      { requireValidation: 'staging', validationReceipt: receipt, ...staging },
      RUN,
    );
    expect(checked?.receipt?.model.contentDigest).toBe('c'.repeat(64));
    expect(checked?.workspace).toEqual({
      subscriptionId: SUBSCRIPTION,
      resourceGroup: 'rg-staging',
      workspace: 'mlw-staging',
    });
  });

  it.each([
    [
      'a receipt of another environment',
      encodeReceipt(
        integrationReceipt(
          {},
          { environment: 'dev', subscription: SUBSCRIPTION, resourceGroup: 'rg-dev', workspace: 'mlw-dev' },
        ),
      ),
      "Input 'validation-receipt' is the integration receipt of environment 'dev', but require-validation asks for 'staging'",
    ],
    [
      'a receipt that did not validate',
      encodeReceipt(integrationReceipt({ validated: false, job: { id: 'job-1', status: 'Completed' } })),
      "Input 'validation-receipt' says model credit:3 did not pass integration scoring in 'staging' (job job-1, Completed)",
    ],
    [
      'the receipt of another action',
      encodeReceipt(metadataReceipt({ environment: 'staging' })),
      "Input 'validation-receipt' holds the receipt of apply-control-metadata, not of run-integration-score",
    ],
    [
      'a receipt edited after it was written',
      // The metadata receipt inside it, whose digest the integration receipt holds.
      encodeReceipt(integrationReceipt()).replace('b'.repeat(64), 'd'.repeat(64)),
      'does not match its digest',
    ],
    [
      'a chain with a link of another environment',
      encodeReceipt(
        integrationReceipt({
          upstream: upstream(metadataReceipt({ environment: 'staging', upstream: upstream(adfOf('dev')) })),
        }),
      ),
      "is for environment 'dev', not 'staging'",
    ],
    [
      'a receipt of another repository',
      encodeReceipt(integrationReceipt({ run: { ...RUN, repo: 'someone/else' } })),
      "was written by a run of repository 'someone/else', not of 'example/release'",
    ],
    ['text that is not a receipt', 'validated: true', 'is not a receipt (not JSON)'],
  ])('refuses %s before any Azure call', (_, raw, message) => {
    expect(request({ requireValidation: 'staging', validationReceipt: raw })).toThrow(message);
  });

  it('refuses staging workspace inputs that are incomplete, without a receipt, or name another workspace', () => {
    expect(
      request({ requireValidation: 'staging', validationReceipt: receipt, validationResourceGroup: 'rg' }),
    ).toThrow(
      "Input 'validation-subscription-id' is missing: give validation-subscription-id, validation-resource-group, validation-workspace-name together",
    );
    expect(request({ requireValidation: 'staging', ...staging })).toThrow(
      "Input 'validation-receipt' is missing",
    );
    expect(
      request({
        requireValidation: 'staging',
        validationReceipt: receipt,
        ...staging,
        validationSubscriptionId: '00000000-0000-0000-0000-000000000009',
      }),
    ).toThrow(
      "Input 'validation-subscription-id' names subscription '00000000-0000-0000-0000-000000000009', but the validation receipt was written in subscription '00000000-0000-0000-0000-000000000001'",
    );
    expect(
      request({
        requireValidation: 'staging',
        validationReceipt: receipt,
        ...staging,
        validationWorkspaceName: 'mlw-x',
      }),
    ).toThrow("Input 'validation-workspace-name' names workspace 'mlw-x'");
  });
});

function adfOf(environment: string) {
  return {
    ...metadataReceipt().upstream.receipt,
    environment,
    upstream: upstream(amlReceipt({ environment })),
  };
}
