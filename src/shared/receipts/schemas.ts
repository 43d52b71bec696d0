/**
 * Receipts: the ordering contract between the actions (DESIGN.md §2.1). Each action emits one as its `receipt`
 * output (builders.ts) and the next action requires it (parse.ts); an action that writes to Azure or the control
 * database checks its claims against live state first (aml-verification.ts, adf-verification.ts). A receipt is
 * compact canonical JSON (encoding.ts), versioned (`v: 1`), and carries the receipt it was built on (`upstream`) so
 * every later step can see the whole chain and its digests.
 *
 * This file holds the schema of each kind of receipt (the kinds and their producers: receipt-input.ts).
 */
import { z } from 'zod';

export const RECEIPT_VERSION = 1;

import type { ReceiptKind } from './receipt-input.js';

export { RECEIPT_PRODUCERS, type ReceiptKind } from './receipt-input.js';

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
  /** The data factory, or (target `synapse`) the Synapse workspace: its name and ARM id. */
  factory: z.object({ name, id: name }),
  /** Set when the pipelines were deployed to a Synapse workspace (its artifacts' endpoint), not a data factory. */
  target: z.literal('synapse').optional(),
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
    /**
     * Set when the table was the user's, adopted through a table-schema file: the file as the step named it, and the
     * digest of its parsed mapping (table-schema.ts `tableSchemaDigest`). Absent: the action's own table, with its
     * own column names (receipts written before this field existed are such receipts).
     */
    tableSchema: z.object({ file: z.string(), digest: z.string().regex(/^[0-9a-f]{64}$/) }).optional(),
  }),
  rows: z.object({ count: z.number().int().nonnegative(), hash: z.string().regex(/^[0-9a-f]{64}$/) }),
  upstream: upstreamOf(adfReceiptSchema),
});

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

/**
 * The evidence a model version passed integration scoring: the scoring run (an endpoint job or a pipeline run), the
 * model version and its content digest (folder-digest.ts, computed from the version's files), the expectations it
 * was held to (their digest: the expectations file and the files it names), the verdict, and upstream the metadata
 * receipt of the release it scored.
 */
export const integrationReceiptSchema = z.object({
  ...base,
  kind: z.literal('integration'),
  workspace: name,
  mode: z.enum(['pipeline', 'endpoint']),
  job: z.object({
    /** The endpoint job's name, or the pipeline run id. */
    id: name,
    status: name,
    /** The job's ARM id, when it has one. */
    resourceId: z.string().optional(),
    /** Where a person sees the run (Azure ML studio), when Azure names it. */
    url: z.string().optional(),
  }),
  rowsScored: z.number().int().nonnegative(),
  validated: z.boolean(),
  model: modelSchema.extend({ contentDigest: sha256 }),
  expectationsDigest: sha256.optional(),
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

export const RECEIPT_SCHEMAS = {
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
export type ReceiptOf<K extends ReceiptKind> = z.infer<(typeof RECEIPT_SCHEMAS)[K]>;
export type Receipt = ReceiptOf<ReceiptKind>;
export type RunInfo = z.infer<typeof runSchema>;
