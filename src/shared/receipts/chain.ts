/**
 * A receipt carries the receipts it was built on (`upstream`: the receipt and its digest). Before a consumer relies on
 * anything inside, the chain must be the one the actions wrote: every upstream digest is the digest of the receipt
 * next to it (a receipt edited by hand after it was written no longer matches), and every receipt of the chain is
 * of the same environment and subscription. This catches an altered chain; whether its claims still hold is for the
 * live checks (aml-verification.ts, adf-verification.ts).
 */
import { ConfigurationError } from '../errors.js';
import { receiptDigest } from './encoding.js';
import { RECEIPT_PRODUCERS, type Receipt } from './schemas.js';

function upstreamOf(receipt: Receipt): { digest: string; receipt: Receipt } | undefined {
  return 'upstream' in receipt ? (receipt.upstream as { digest: string; receipt: Receipt }) : undefined;
}

/** Throws a ConfigurationError on `input` naming the first link that does not hold. */
export function checkReceiptChain(receipt: Receipt, input: string): void {
  const producer = RECEIPT_PRODUCERS[receipt.kind];
  let current = receipt;
  for (let link = upstreamOf(current); link; current = link.receipt, link = upstreamOf(current)) {
    const inner = link.receipt;
    const innerProducer = RECEIPT_PRODUCERS[inner.kind];
    const refuse = (reason: string) =>
      new ConfigurationError(
        `Input '${input}': the receipt of ${innerProducer} inside the receipt of ${RECEIPT_PRODUCERS[current.kind]} ${reason}. Pass the 'receipt' output of ${producer} unchanged; if it was, run the release flow again from ${innerProducer}.`,
        { input },
      );
    if (receiptDigest(inner) !== link.digest) {
      throw refuse('does not match its digest: it was changed after it was written');
    }
    if (inner.environment !== receipt.environment) {
      throw refuse(`is for environment '${inner.environment}', not '${receipt.environment}'`);
    }
    if (inner.subscription !== undefined && inner.subscription !== receipt.subscription) {
      throw refuse(`is for subscription '${inner.subscription}', not '${receipt.subscription}'`);
    }
  }
}
