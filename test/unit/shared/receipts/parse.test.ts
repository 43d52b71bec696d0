import { describe, expect, it } from '@jest/globals';
import { ConfigurationError } from '../../../../src/shared/errors.js';
import { parseInputs } from '../../../../src/shared/inputs.js';
import { encodeReceipt } from '../../../../src/shared/receipts/encoding.js';
import { parseReceipt, parseReceiptInput, receiptInput } from '../../../../src/shared/receipts/parse.js';
import { adfReceipt, amlReceipt, integrationReceipt, SUBSCRIPTION } from '../../../fixtures/receipts.js';

const expectAml = {
  kind: 'aml',
  input: 'aml-receipt',
  environment: 'dev',
  subscription: SUBSCRIPTION,
} as const;

function refusal(
  raw: string | undefined,
  expectation: Parameters<typeof parseReceipt>[1] = expectAml,
): string {
  try {
    parseReceipt(raw, expectation);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).input).toBe(expectation.input);
    return (error as Error).message;
  }
  throw new Error('expected the receipt to be refused');
}

describe('refusals name the input and the action that must run first', () => {
  const runFirst =
    "run deploy-aml-endpoint first in this job and pass its 'receipt' output to this input unchanged.";
  it.each([
    [
      'missing',
      undefined,
      `Input 'aml-receipt' is empty; it needs the receipt of deploy-aml-endpoint: ${runFirst}`,
    ],
    ['blank', '  ', `Input 'aml-receipt' is empty; it needs the receipt of deploy-aml-endpoint: ${runFirst}`],
    [
      'garbled',
      '{"v":1,"kind":"aml"',
      `Input 'aml-receipt' is not a receipt (not JSON); it needs the receipt of deploy-aml-endpoint: ${runFirst}`,
    ],
    [
      "another action's",
      encodeReceipt(adfReceipt()),
      `Input 'aml-receipt' holds the receipt of deploy-adf-pipelines, not of deploy-aml-endpoint: ${runFirst}`,
    ],
    [
      'not a receipt',
      '{"hello": 1}',
      `Input 'aml-receipt' is not a receipt of deploy-aml-endpoint: ${runFirst}`,
    ],
  ])('%s', (_label, raw, message) => {
    expect(refusal(raw)).toBe(message);
  });

  it('a truncated receipt says which field is wrong', () => {
    const broken = { ...amlReceipt(), endpoint: { name: 'credit' } };
    expect(refusal(JSON.stringify(broken))).toMatch(
      /^Input 'aml-receipt' is not a valid receipt of deploy-aml-endpoint \(endpoint\.id: .*\)/,
    );
  });

  it('a receipt of a newer format asks for a newer action', () => {
    expect(refusal(JSON.stringify({ ...amlReceipt(), v: 2 }))).toMatch(
      /version 2 receipt, written by a newer deploy-aml-endpoint/,
    );
  });

  it('a receipt from another environment is refused, naming both', () => {
    expect(refusal(encodeReceipt(amlReceipt({ environment: 'staging' })))).toBe(
      "Input 'aml-receipt' is the receipt of deploy-aml-endpoint for environment 'staging', but this step works on 'dev': run deploy-aml-endpoint for 'dev' first and pass that receipt.",
    );
  });

  it('a receipt from another subscription is refused', () => {
    const other = amlReceipt({ subscription: '99999999-0000-0000-0000-000000000000' });
    expect(refusal(encodeReceipt(other))).toMatch(
      /in subscription '99999999-.*', but this step works in '00000000-/,
    );
  });

  it('reads a receipt back as it was written', () => {
    const receipt = adfReceipt();
    expect(
      parseReceipt(encodeReceipt(receipt), { kind: 'adf', input: 'adf-receipt', environment: 'dev' }),
    ).toEqual(receipt);
  });

  it('a metadata receipt without store.tableSchema (the built-in table, or written before it existed) still reads, and so does the chain built on it', () => {
    const integration = integrationReceipt();
    const metadata = integration.upstream.receipt;
    expect(metadata.store).not.toHaveProperty('tableSchema');
    const scope = { environment: 'staging', subscription: SUBSCRIPTION };
    const read = parseReceipt(encodeReceipt(metadata), {
      kind: 'metadata',
      input: 'metadata-receipt',
      ...scope,
    });
    expect(read).toEqual(metadata);
    expect(encodeReceipt(read)).toBe(encodeReceipt(metadata));
    expect(
      parseReceipt(encodeReceipt(integration), {
        kind: 'integration',
        input: 'validation-receipt',
        ...scope,
      }),
    ).toEqual(integration);
  });

  it('an upstream receipt that was tampered with is refused', () => {
    const receipt = adfReceipt();
    const tampered = { ...receipt, upstream: { ...receipt.upstream, digest: 'nothex' } };
    expect(
      refusal(JSON.stringify(tampered), { kind: 'adf', input: 'adf-receipt', environment: 'dev' }),
    ).toMatch(/upstream\.digest/);
  });
});

describe('receipt inputs', () => {
  const source = (values: Record<string, string>) => ({
    read: (name: string) => values[name],
    mask: () => {},
    workspace: '/tmp',
  });
  const table = {
    adfReceipt: receiptInput('adf-receipt', 'adf'),
    amlReceipt: receiptInput('aml-receipt', 'aml', 'optional'),
  };

  it('carry the kind of receipt they take', () => {
    expect(table.adfReceipt).toMatchObject({ name: 'adf-receipt', receiptKind: 'adf', required: true });
    expect(table.amlReceipt).toMatchObject({ name: 'aml-receipt', receiptKind: 'aml', required: false });
  });

  it('say which action must run first when a required one is missing', () => {
    expect(() => parseInputs(table, source({}))).toThrow(
      "Input required and not supplied: adf-receipt (run deploy-adf-pipelines first in this job and pass its 'receipt' output to this input unchanged)",
    );
  });

  it('are parsed as the receipt of their kind, refusals naming the input', () => {
    const inputs = parseInputs(table, source({ 'adf-receipt': encodeReceipt(adfReceipt()) }));
    const scope = { environment: 'dev', subscription: SUBSCRIPTION };
    expect(parseReceiptInput(table.adfReceipt, inputs.adfReceipt, scope)).toEqual(adfReceipt());
    expect(parseReceiptInput(table.amlReceipt, inputs.amlReceipt, scope)).toBeUndefined();
    // The aml field given the adf receipt: refused as another action's receipt, on the aml field's input.
    expect(() => parseReceiptInput(table.amlReceipt, inputs.adfReceipt, scope)).toThrow(
      "Input 'aml-receipt' holds the receipt of deploy-adf-pipelines, not of deploy-aml-endpoint",
    );
    expect(() =>
      parseReceiptInput(table.adfReceipt, encodeReceipt(adfReceipt()), { environment: 'prod' }),
    ).toThrow(
      "Input 'adf-receipt' is the receipt of deploy-adf-pipelines for environment 'dev', but this step works on 'prod'",
    );
  });
});
