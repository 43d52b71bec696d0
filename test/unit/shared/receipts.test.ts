import { describe, expect, it } from '@jest/globals';
import { ConfigurationError } from '../../../src/shared/errors.js';
import {
  canonicalJson,
  encodeReceipt,
  parseReceipt,
  receiptDigest,
  runInfoFromEnvironment,
} from '../../../src/shared/receipts.js';
import { adfReceipt, amlReceipt, SUBSCRIPTION } from '../../fixtures/receipts.js';

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

describe('encoding', () => {
  it('is canonical: key order does not change the encoding or the digest', () => {
    const a = amlReceipt();
    const reordered = Object.fromEntries(Object.entries(a).reverse()) as typeof a;
    expect(encodeReceipt(reordered)).toBe(encodeReceipt(a));
    expect(receiptDigest(reordered)).toBe(receiptDigest(a));
    expect(receiptDigest(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(canonicalJson({ b: 1, a: [{ d: 1, c: 2 }] })).toBe('{"a":[{"c":2,"d":1}],"b":1}');
  });

  it('round-trips through parse', () => {
    const receipt = adfReceipt();
    expect(
      parseReceipt(encodeReceipt(receipt), { kind: 'adf', input: 'adf-receipt', environment: 'dev' }),
    ).toEqual(receipt);
  });

  it('a changed field changes the digest', () => {
    expect(receiptDigest(amlReceipt({ workspace: 'other' }))).not.toBe(receiptDigest(amlReceipt()));
  });
});

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

  it('an upstream receipt that was tampered with is refused', () => {
    const receipt = adfReceipt();
    const tampered = { ...receipt, upstream: { ...receipt.upstream, digest: 'nothex' } };
    expect(
      refusal(JSON.stringify(tampered), { kind: 'adf', input: 'adf-receipt', environment: 'dev' }),
    ).toMatch(/upstream\.digest/);
  });
});

describe('runInfoFromEnvironment', () => {
  it('names the run and links to its attempt', () => {
    expect(
      runInfoFromEnvironment({
        GITHUB_REPOSITORY: 'o/r',
        GITHUB_SHA: 'abc',
        GITHUB_RUN_ID: '7',
        GITHUB_RUN_ATTEMPT: '2',
        GITHUB_SERVER_URL: 'https://ghe.example',
      }),
    ).toEqual({
      repo: 'o/r',
      sha: 'abc',
      runId: '7',
      runAttempt: '2',
      url: 'https://ghe.example/o/r/actions/runs/7/attempts/2',
    });
    expect(runInfoFromEnvironment({}).url).toBeUndefined();
  });
});
