/**
 * A receipt's one encoding (canonical JSON: the `receipt` output) and its digest, by which the next receipt names it
 * as its `upstream`.
 */
import { createHash } from 'node:crypto';
import { canonicalJson } from '../canonical-json.js';
import type { Receipt } from './schemas.js';

export function encodeReceipt(receipt: Receipt): string {
  return canonicalJson(receipt);
}

export function receiptDigest(receipt: Receipt): string {
  return createHash('sha256').update(encodeReceipt(receipt)).digest('hex');
}

/** Wraps a receipt as the `upstream` of the next one. */
export function upstream<R extends Receipt>(receipt: R): { digest: string; receipt: R } {
  return { digest: receiptDigest(receipt), receipt };
}
