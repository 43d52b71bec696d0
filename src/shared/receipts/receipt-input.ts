/**
 * The receipt kinds, the action that produces each, and the input field that takes one. Kept apart from the receipt
 * schemas (schemas.ts, zod) and their parse (parse.ts): every action declares its receipt inputs at start-up, and
 * only a step that was given a receipt loads what checks it.
 */
import { type InputField, string } from '../inputs.js';

export const RECEIPT_PRODUCERS = {
  aml: 'deploy-aml-endpoint',
  adf: 'deploy-adf-pipelines',
  metadata: 'apply-control-metadata',
  integration: 'run-integration-score',
  drift: 'check-drift-gate',
} as const;

export type ReceiptKind = keyof typeof RECEIPT_PRODUCERS;

/** An action input that takes the `receipt` output of the action producing `receiptKind`. */
export type ReceiptField<K extends ReceiptKind, P extends 'required' | 'optional'> = InputField<string, P> & {
  readonly receiptKind: K;
};

export function runFirst(kind: ReceiptKind): string {
  return `run ${RECEIPT_PRODUCERS[kind]} first in this job and pass its 'receipt' output to this input unchanged`;
}

/**
 * The input `name` takes the receipt of `kind`. Required unless told: when it is missing, the error says which
 * action must run first.
 */
export function receiptInput<K extends ReceiptKind>(name: string, kind: K): ReceiptField<K, 'required'>;
export function receiptInput<K extends ReceiptKind>(
  name: string,
  kind: K,
  presence: 'optional',
): ReceiptField<K, 'optional'>;
export function receiptInput<K extends ReceiptKind>(
  name: string,
  kind: K,
  presence: 'required' | 'optional' = 'required',
): ReceiptField<K, 'required' | 'optional'> {
  const field = presence === 'required' ? string(name).isRequired(runFirst(kind)) : string(name);
  return Object.assign(field, { receiptKind: kind });
}
