/**
 * One builder per receipt an action emits: each takes the facts the action gathered and gives the receipt, checked
 * against its schema. A receipt that would not parse downstream is this project's bug, so it fails here, naming the
 * field, instead of in the next action.
 */
import { upstream } from './encoding.js';
import {
  type AdfReceipt,
  type AmlReceipt,
  type DriftReceipt,
  type IntegrationReceipt,
  type MetadataReceipt,
  RECEIPT_SCHEMAS,
  RECEIPT_VERSION,
  type ReceiptKind,
  type ReceiptOf,
  type RunInfo,
} from './schemas.js';

/** What every receipt says: where, by which run, when. */
export interface ReceiptFacts {
  readonly environment: string;
  readonly subscriptionId: string;
  readonly resourceGroup: string;
  readonly run: RunInfo;
  /** When the receipt was written, in epoch milliseconds. */
  readonly time: number;
}

function common(facts: ReceiptFacts) {
  return {
    v: RECEIPT_VERSION,
    environment: facts.environment,
    subscription: facts.subscriptionId,
    resourceGroup: facts.resourceGroup,
    run: facts.run,
    time: new Date(facts.time).toISOString(),
  } as const;
}

function checked<K extends ReceiptKind>(kind: K, receipt: ReceiptOf<K>): ReceiptOf<K> {
  const parsed = RECEIPT_SCHEMAS[kind].safeParse(receipt);
  if (parsed.success) return parsed.data as ReceiptOf<K>;
  const issue = parsed.error.issues[0]!;
  throw new Error(
    `The ${kind} receipt this step built is not valid (${issue.path.join('.') || 'the receipt'}: ${issue.message}).`,
  );
}

export interface AmlReceiptFacts extends ReceiptFacts {
  readonly workspace: string;
  readonly endpoint: { readonly name: string; readonly id: string; readonly scoringUri: string };
  readonly deployment: { readonly name: string; readonly id: string };
  readonly model: { readonly id: string; readonly name: string; readonly version: string };
}

/** deploy-aml-endpoint: the endpoint, its default deployment and the model version it serves. */
export function buildAmlReceipt(facts: AmlReceiptFacts): AmlReceipt {
  return checked('aml', {
    ...common(facts),
    kind: 'aml',
    workspace: facts.workspace,
    endpoint: { ...facts.endpoint },
    deployment: { ...facts.deployment },
    model: { ...facts.model },
  });
}

export interface AdfReceiptFacts extends ReceiptFacts {
  readonly factory: { readonly name: string; readonly id: string };
  readonly pipelines: readonly { readonly name: string; readonly hash: string }[];
  /** The aml receipt this deployment was wired to (deploy-adf-pipelines verifies it against live state first). */
  readonly amlReceipt: AmlReceipt;
  /** A dry run's receipt: the pipelines it would deploy. */
  readonly planned?: boolean;
  /** Deployed to a Synapse workspace (`factory` names it). */
  readonly target?: 'synapse';
}

/** deploy-adf-pipelines: the factory and its pipelines' content hashes, upstream the aml receipt. */
export function buildAdfReceipt(facts: AdfReceiptFacts): AdfReceipt {
  return checked('adf', {
    ...common(facts),
    kind: 'adf',
    factory: { ...facts.factory },
    ...(facts.target ? { target: facts.target } : {}),
    pipelines: facts.pipelines.map((pipeline) => ({ ...pipeline })),
    ...(facts.planned ? { planned: true as const } : {}),
    upstream: upstream(facts.amlReceipt),
  });
}

export interface MetadataReceiptFacts extends ReceiptFacts {
  readonly store: MetadataReceipt['store'];
  readonly rows: { readonly count: number; readonly hash: string };
  readonly adfReceipt: AdfReceipt;
}

/** apply-control-metadata: the store and table, the rows' count and hash, upstream the adf receipt. */
export function buildMetadataReceipt(facts: MetadataReceiptFacts): MetadataReceipt {
  return checked('metadata', {
    ...common(facts),
    kind: 'metadata',
    store: { ...facts.store },
    rows: { ...facts.rows },
    upstream: upstream(facts.adfReceipt),
  });
}

export interface IntegrationReceiptFacts extends ReceiptFacts {
  readonly workspace: string;
  readonly mode: IntegrationReceipt['mode'];
  readonly job: IntegrationReceipt['job'];
  readonly rowsScored: number;
  readonly validated: boolean;
  readonly model: IntegrationReceipt['model'];
  readonly expectationsDigest?: string;
  readonly metadataReceipt: MetadataReceipt;
}

/** run-integration-score: the scoring run, the model version and its content digest, the verdict; upstream metadata. */
export function buildIntegrationReceipt(facts: IntegrationReceiptFacts): IntegrationReceipt {
  return checked('integration', {
    ...common(facts),
    kind: 'integration',
    workspace: facts.workspace,
    mode: facts.mode,
    job: { ...facts.job },
    rowsScored: facts.rowsScored,
    validated: facts.validated,
    model: { ...facts.model },
    ...(facts.expectationsDigest ? { expectationsDigest: facts.expectationsDigest } : {}),
    upstream: upstream(facts.metadataReceipt),
  });
}

/**
 * The drift gate also runs on a schedule with no deployment in the job: its Azure coordinates come from the aml
 * receipt when it was given one.
 */
export interface DriftReceiptFacts extends Omit<ReceiptFacts, 'subscriptionId' | 'resourceGroup'> {
  readonly amlReceipt?: AmlReceipt;
  readonly drifted: boolean;
  readonly driftShare: number;
  readonly driftedFeatures: readonly string[];
  readonly model?: { readonly name: string; readonly version: string };
  /** The digest of the drift report the receipt stands for. */
  readonly reportDigest: string;
}

/** check-drift-gate: the verdict, the drifted features, the model and the report's digest. */
export function buildDriftReceipt(facts: DriftReceiptFacts): DriftReceipt {
  const aml = facts.amlReceipt;
  return checked('drift', {
    v: RECEIPT_VERSION,
    kind: 'drift',
    environment: facts.environment,
    ...(aml ? { subscription: aml.subscription, resourceGroup: aml.resourceGroup } : {}),
    run: facts.run,
    time: new Date(facts.time).toISOString(),
    drifted: facts.drifted,
    driftShare: facts.driftShare,
    driftedFeatures: [...facts.driftedFeatures],
    ...(facts.model ? { model: { ...facts.model } } : {}),
    reportDigest: facts.reportDigest,
  });
}
