import { describe, expect, it } from '@jest/globals';
import { encodeReceipt, receiptDigest, upstream } from '../../../../src/shared/receipts/encoding.js';
import { amlReceipt } from '../../../fixtures/receipts.js';

describe('encoding', () => {
  it('is canonical: key order does not change the encoding or the digest', () => {
    const a = amlReceipt();
    const reordered = Object.fromEntries(Object.entries(a).reverse()) as typeof a;
    expect(encodeReceipt(reordered)).toBe(encodeReceipt(a));
    expect(receiptDigest(reordered)).toBe(receiptDigest(a));
    expect(receiptDigest(a)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('a changed field changes the digest', () => {
    expect(receiptDigest(amlReceipt({ workspace: 'other' }))).not.toBe(receiptDigest(amlReceipt()));
  });

  it('names an upstream receipt by its digest', () => {
    const aml = amlReceipt();
    expect(upstream(aml)).toEqual({ digest: receiptDigest(aml), receipt: aml });
  });
});
