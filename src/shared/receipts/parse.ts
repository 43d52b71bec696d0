/**
 * Reading a receipt an action requires: the input field that takes it (it knows the receipt's kind), and the parse
 * that checks it is a receipt of that kind, of this version, environment and subscription, that every receipt inside
 * it is of the same environment and subscription with its digest intact (chain.ts), and that it agrees with itself
 * (consistency.ts: names and versions match the ids they come from). Nothing here talks to
 * Azure: an action that writes then checks the receipt's claims against live state (aml-verification.ts,
 * adf-verification.ts) before its first write.
 */
import { ConfigurationError } from '../errors.js';
import { checkReceiptChain } from './chain.js';
import { receiptInconsistencies } from './consistency.js';
import { RECEIPT_PRODUCERS, type ReceiptField, type ReceiptKind, runFirst } from './receipt-input.js';
import { RECEIPT_SCHEMAS, RECEIPT_VERSION, type ReceiptOf } from './schemas.js';

export { type ReceiptField, receiptInput } from './receipt-input.js';

/** Where a receipt must come from for this step. */
export interface ReceiptScope {
  /** The environment this step works on: a receipt from another environment is refused. */
  readonly environment: string;
  /** The subscription this step works on, when it has one. */
  readonly subscription?: string;
}

export interface ReceiptExpectation<K extends ReceiptKind> extends ReceiptScope {
  readonly kind: K;
  /** The input the receipt came from, named in every error. */
  readonly input: string;
}

/**
 * Parses the receipt given to a receipt input (`raw`: the parsed input's value): the field names the input and the
 * kind. An optional input left empty gives undefined.
 */
export function parseReceiptInput<K extends ReceiptKind>(
  field: ReceiptField<K, 'required'>,
  raw: string,
  scope: ReceiptScope,
): ReceiptOf<K>;
export function parseReceiptInput<K extends ReceiptKind>(
  field: ReceiptField<K, 'optional'>,
  raw: string | undefined,
  scope: ReceiptScope,
): ReceiptOf<K> | undefined;
export function parseReceiptInput<K extends ReceiptKind>(
  field: ReceiptField<K, 'required' | 'optional'>,
  raw: string | undefined,
  scope: ReceiptScope,
): ReceiptOf<K> | undefined {
  if (raw === undefined && !field.required) return undefined;
  return parseReceipt(raw, { ...scope, kind: field.receiptKind, input: field.name });
}

/**
 * Parses and checks a receipt. Every refusal names the input and the action that must run first. Actions read their
 * receipt inputs through parseReceiptInput; this is the parse itself, for anything that holds a receipt's text.
 */
export function parseReceipt<K extends ReceiptKind>(
  raw: string | undefined,
  expect: ReceiptExpectation<K>,
): ReceiptOf<K> {
  const producer = RECEIPT_PRODUCERS[expect.kind];
  const refuse = (reason: string) =>
    new ConfigurationError(`Input '${expect.input}' ${reason}: ${runFirst(expect.kind)}.`, {
      input: expect.input,
    });
  if (raw === undefined || raw.trim() === '') throw refuse(`is empty; it needs the receipt of ${producer}`);
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw refuse(`is not a receipt (not JSON); it needs the receipt of ${producer}`);
  }
  const record = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  if (typeof record.kind === 'string' && record.kind !== expect.kind && record.kind in RECEIPT_PRODUCERS) {
    const other = RECEIPT_PRODUCERS[record.kind as ReceiptKind];
    throw refuse(`holds the receipt of ${other}, not of ${producer}`);
  }
  if (record.kind !== expect.kind) throw refuse(`is not a receipt of ${producer}`);
  if (typeof record.v === 'number' && record.v > RECEIPT_VERSION) {
    throw new ConfigurationError(
      `Input '${expect.input}' holds a version ${record.v} receipt, written by a newer ${producer}; use a release of this action that reads it.`,
      { input: expect.input },
    );
  }
  const parsed = RECEIPT_SCHEMAS[expect.kind].safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const at = issue.path.length ? issue.path.join('.') : 'the receipt';
    throw refuse(
      `is not a valid receipt of ${producer} (${at}: ${issue.message}); it may have been edited or truncated`,
    );
  }
  const receipt = parsed.data as ReceiptOf<K>;
  if (receipt.environment !== expect.environment) {
    throw new ConfigurationError(
      `Input '${expect.input}' is the receipt of ${producer} for environment '${receipt.environment}', but this step works on '${expect.environment}': run ${producer} for '${expect.environment}' first and pass that receipt.`,
      { input: expect.input },
    );
  }
  if (expect.subscription !== undefined && receipt.subscription !== expect.subscription) {
    throw new ConfigurationError(
      `Input '${expect.input}' is the receipt of ${producer} in subscription '${receipt.subscription}', but this step works in '${expect.subscription}': pass the receipt of the same environment's deployment.`,
      { input: expect.input },
    );
  }
  // The receipts inside are held to the same environment and subscription as this one, hence as this step.
  checkReceiptChain(receipt, expect.input);
  const inconsistencies = receiptInconsistencies(receipt);
  if (inconsistencies.length > 0) {
    throw new ConfigurationError(
      `Input '${expect.input}' holds a receipt of ${producer} that disagrees with itself, so it was edited after it was written: ${inconsistencies.join('; ')}. Pass the 'receipt' output of ${producer} unchanged; if it was, run ${producer} again.`,
      { input: expect.input },
    );
  }
  return receipt;
}
