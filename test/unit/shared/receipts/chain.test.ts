import { describe, expect, it } from '@jest/globals';
import { checkReceiptChain } from '../../../../src/shared/receipts/chain.js';
import { upstream } from '../../../../src/shared/receipts/encoding.js';
import { adfReceipt, amlReceipt, metadataReceipt } from '../../../fixtures/receipts.js';

describe('checkReceiptChain', () => {
  it('accepts the chain as the actions write it', () => {
    expect(() => checkReceiptChain(metadataReceipt(), 'metadata-receipt')).not.toThrow();
  });

  it('refuses a receipt inside that was edited after its digest was taken', () => {
    const receipt = metadataReceipt();
    receipt.upstream.receipt.upstream.receipt.model.version = '9';
    expect(() => checkReceiptChain(receipt, 'metadata-receipt')).toThrow(
      "Input 'metadata-receipt': the receipt of deploy-adf-pipelines inside the receipt of apply-control-metadata does not match its digest: it was changed after it was written.",
    );
  });

  it('refuses a chain that mixes environments or subscriptions, even with digests recomputed', () => {
    const prodAml = amlReceipt({ environment: 'prod' });
    const receipt = metadataReceipt({ upstream: upstream(adfReceipt({ upstream: upstream(prodAml) })) });
    expect(() => checkReceiptChain(receipt, 'metadata-receipt')).toThrow(
      "the receipt of deploy-aml-endpoint inside the receipt of deploy-adf-pipelines is for environment 'prod', not 'dev'",
    );
    const other = amlReceipt({ subscription: '00000000-0000-0000-0000-000000000002' });
    const mixed = metadataReceipt({ upstream: upstream(adfReceipt({ upstream: upstream(other) })) });
    expect(() => checkReceiptChain(mixed, 'metadata-receipt')).toThrow(
      "is for subscription '00000000-0000-0000-0000-000000000002', not '00000000-0000-0000-0000-000000000001'",
    );
  });
});
