/**
 * Receipts: the ordering contract between the actions (DESIGN.md §2.1). Each action emits one as its `receipt`
 * output; the next action requires it, parses it here, and then verifies its claims against live Azure state.
 * A receipt is compact canonical JSON, versioned (`v: 1`), and carries the receipt it was built on (`upstream`) so
 * every later step can see the whole chain and its digests.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { ConfigurationError } from './errors.js';
import { type InputField, string } from './inputs.js';

export const RECEIPT_VERSION = 1;

export const RECEIPT_PRODUCERS = {
  aml: 'deploy-aml-endpoint',
  adf: 'deploy-adf-pipelines',
  metadata: 'apply-control-metadata',
  integration: 'run-integration-score',
  drift: 'check-drift-gate',
} as const;

export type ReceiptKind = keyof typeof RECEIPT_PRODUCERS;

const name = z.string().min(1);
const runSchema = z.object({
  repo: z.string(),
  sha: z.string(),
  runId: z.string(),
  runAttempt: z.string(),
  url: z.string().optional(),
});

const base = {
  v: z.literal(RECEIPT_VERSION),
  environment: name,
  subscription: name,
  resourceGroup: name,
  run: runSchema,
  time: z.iso.datetime({ offset: true }),
};

const modelSchema = z.object({ id: name, name, version: name });

export const amlReceiptSchema = z.object({
  ...base,
  kind: z.literal('aml'),
  workspace: name,
  endpoint: z.object({ name, id: name, scoringUri: z.url() }),
  deployment: z.object({ name, id: name }),
  model: modelSchema,
});

const upstreamOf = <S extends z.ZodType>(receipt: S) =>
  z.object({ digest: z.string().regex(/^[0-9a-f]{64}$/), receipt });

export const adfReceiptSchema = z.object({
  ...base,
  kind: z.literal('adf'),
  factory: z.object({ name, id: name }),
  pipelines: z.array(z.object({ name, hash: z.string().regex(/^[0-9a-f]{64}$/) })),
  /**
   * Set by a dry run: the pipelines are those the deploy would make, not what the factory holds. A dry run downstream
   * plans with it; a real apply refuses it.
   */
  planned: z.literal(true).optional(),
  upstream: upstreamOf(amlReceiptSchema),
});

export const metadataReceiptSchema = z.object({
  ...base,
  kind: z.literal('metadata'),
  store: z.object({
    engine: z.enum(['sqlserver', 'postgresql']),
    server: z.string(),
    database: name,
    table: name,
  }),
  rows: z.object({ count: z.number().int().nonnegative(), hash: z.string().regex(/^[0-9a-f]{64}$/) }),
  upstream: upstreamOf(adfReceiptSchema),
});

export const integrationReceiptSchema = z.object({
  ...base,
  kind: z.literal('integration'),
  mode: z.enum(['pipeline', 'endpoint']),
  jobId: name,
  rowsScored: z.number().int().nonnegative(),
  validated: z.boolean(),
  model: modelSchema,
  upstream: upstreamOf(metadataReceiptSchema),
});

/** The drift gate also runs on a schedule with no deployment in the job: Azure coordinates are optional there. */
export const driftReceiptSchema = z.object({
  ...base,
  subscription: z.string().optional(),
  resourceGroup: z.string().optional(),
  kind: z.literal('drift'),
  drifted: z.boolean(),
  driftShare: z.number().min(0).max(1),
  driftedFeatures: z.array(z.string()),
  model: z.object({ name: z.string(), version: z.string() }).optional(),
  reportDigest: z.string().regex(/^[0-9a-f]{64}$/),
});

const SCHEMAS = {
  aml: amlReceiptSchema,
  adf: adfReceiptSchema,
  metadata: metadataReceiptSchema,
  integration: integrationReceiptSchema,
  drift: driftReceiptSchema,
} as const;

export type AmlReceipt = z.infer<typeof amlReceiptSchema>;
export type AdfReceipt = z.infer<typeof adfReceiptSchema>;
export type MetadataReceipt = z.infer<typeof metadataReceiptSchema>;
export type IntegrationReceipt = z.infer<typeof integrationReceiptSchema>;
export type DriftReceipt = z.infer<typeof driftReceiptSchema>;
export type ReceiptOf<K extends ReceiptKind> = z.infer<(typeof SCHEMAS)[K]>;
export type Receipt = ReceiptOf<ReceiptKind>;
export type RunInfo = z.infer<typeof runSchema>;

/** JSON with object keys sorted at every level: one receipt has exactly one encoding, hence one digest. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (inner && typeof inner === 'object' && !Array.isArray(inner)) {
      return Object.fromEntries(
        Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
      );
    }
    return inner;
  });
}

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

/** The run that produced a receipt, from the runner's environment. */
export function runInfoFromEnvironment(env: NodeJS.ProcessEnv): RunInfo {
  const repo = env.GITHUB_REPOSITORY ?? '';
  const runId = env.GITHUB_RUN_ID ?? '';
  const runAttempt = env.GITHUB_RUN_ATTEMPT ?? '1';
  const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
  const info: RunInfo = { repo, sha: env.GITHUB_SHA ?? '', runId, runAttempt };
  if (repo && runId) info.url = `${server}/${repo}/actions/runs/${runId}/attempts/${runAttempt}`;
  return info;
}

export interface ReceiptExpectation<K extends ReceiptKind> {
  readonly kind: K;
  /** The input the receipt came from, named in every error. */
  readonly input: string;
  /** The environment this step works on: a receipt from another environment is refused. */
  readonly environment: string;
  /** The subscription this step works on, when it has one. */
  readonly subscription?: string;
}

function runFirst(kind: ReceiptKind): string {
  return `run ${RECEIPT_PRODUCERS[kind]} first in this job and pass its 'receipt' output to this input unchanged`;
}

/** A required receipt input; when it is missing, the error says which action must run first. */
export function receiptInput(name: string, kind: ReceiptKind): InputField<string, 'required'> {
  return string(name).isRequired(runFirst(kind));
}

/**
 * Parses and checks a receipt input. Every refusal names the input and the action that must run first; nothing here
 * talks to Azure (the caller verifies the claims against live state before its first write).
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
  const parsed = SCHEMAS[expect.kind].safeParse(value);
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
  return receipt;
}
