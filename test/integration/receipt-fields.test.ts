// Every field of every receipt a consumer reads, edited one at a time, against the consumer's own gate (the parse
// with its environment and subscription, then the live checks it runs before any write) on the sandbox with the real
// SDK clients. Each field is either refused or provably harmless, and the table says why; a field a receipt gains
// without a row here fails the test. A nested receipt is edited with its digest recomputed (what an attacker who
// knows the format does); the digest alone is edited separately.

import { DataFactoryManagementClient } from '@azure/arm-datafactory';
import { AzureMachineLearningWorkspaces } from '@azure/arm-machinelearning';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { readLiveFactory } from '../../src/shared/adf/live-state.js';
import { contentHash } from '../../src/shared/adf/normalise.js';
import { ConfigurationError } from '../../src/shared/errors.js';
import { verifyAdfReceipt } from '../../src/shared/receipts/adf-verification.js';
import { verifyAmlReceipt } from '../../src/shared/receipts/aml-verification.js';
import { encodeReceipt, receiptDigest, upstream } from '../../src/shared/receipts/encoding.js';
import { parseReceipt } from '../../src/shared/receipts/parse.js';
import type {
  AdfReceipt,
  AmlReceipt,
  MetadataReceipt,
  Receipt,
  ReceiptKind,
} from '../../src/shared/receipts/schemas.js';
import { substituteTemplates } from '../../src/shared/templates.js';
import { isRecord } from '../../src/shared/values.js';
import { useSandboxFixture } from '../harness/sandbox.js';

const f = useSandboxFixture({ storage: false });
const lro = { updateIntervalInMs: 50 };
const ENDPOINT = 'credit-be';
const PIPELINE = 'pl_score';
const quiet = { info: () => undefined, debug: () => undefined };

let subscription: string;
let ml: AzureMachineLearningWorkspaces;
let df: DataFactoryManagementClient;
let aml: AmlReceipt;
let adf: AdfReceipt;
let metadata: MetadataReceipt;

beforeAll(async () => {
  const env = await f.sandbox.provision({ name: 'fields', database: false });
  subscription = env.subscriptionId;
  const { resourceGroup: rg, workspace: ws } = env;
  ml = new AzureMachineLearningWorkspaces(f.credential, subscription, f.clientOptions);
  df = new DataFactoryManagementClient(f.credential, subscription, f.clientOptions);
  const modelId = (version: string) => `${env.workspaceInfo.id}/models/credit-default/versions/${version}`;
  // Two versions: the edit of the reported defect names one that exists.
  for (const version of ['1', '2']) {
    await ml.modelVersions.createOrUpdate(rg, ws, 'credit-default', version, {
      properties: {
        modelUri: `azureml://datastores/workspaceblobstore/paths/models/credit-default/${version}/`,
      },
    });
  }
  const endpoint = { location: env.location, properties: { authMode: 'AADToken' as const } };
  await ml.batchEndpoints.beginCreateOrUpdateAndWait(rg, ws, ENDPOINT, endpoint, lro);
  await ml.batchDeployments.beginCreateOrUpdateAndWait(
    rg,
    ws,
    ENDPOINT,
    'blue',
    {
      location: env.location,
      properties: {
        model: { referenceType: 'Id', assetId: modelId('1') },
        compute: env.workspaceInfo.computeIds['cpu-cluster']!,
      },
    },
    lro,
  );
  const live = await ml.batchEndpoints.beginCreateOrUpdateAndWait(
    rg,
    ws,
    ENDPOINT,
    { ...endpoint, properties: { ...endpoint.properties, defaults: { deploymentName: 'blue' } } },
    lro,
  );
  const blue = await ml.batchDeployments.get(rg, ws, ENDPOINT, 'blue');
  const run = { repo: 'contoso/credit', sha: 'abc', runId: '1', runAttempt: '1' };
  aml = {
    v: 1,
    kind: 'aml',
    environment: 'dev',
    subscription,
    resourceGroup: rg,
    workspace: ws,
    endpoint: { name: ENDPOINT, id: live.id!, scoringUri: live.properties.scoringUri! },
    deployment: { name: 'blue', id: blue.id! },
    model: { id: modelId('1'), name: 'credit-default', version: '1' },
    run,
    time: '2026-01-01T00:00:00.000Z',
  };
  await df.pipelines.createOrUpdate(rg, env.factory, PIPELINE, {
    activities: [{ name: 'wait', type: 'Wait', waitTimeInSeconds: 1 } as never],
  });
  const factory = await readLiveFactory(df, rg, env.factory, ['pipeline']);
  const pipeline = factory.resources.find((r) => r.name === PIPELINE)!;
  adf = {
    v: 1,
    kind: 'adf',
    environment: 'dev',
    subscription,
    resourceGroup: rg,
    factory: { name: env.factory, id: env.factoryId },
    pipelines: [
      { name: PIPELINE, hash: contentHash('pipeline', pipeline.properties).replace(/^sha256:/, '') },
    ],
    upstream: upstream(aml),
    run,
    time: '2026-01-01T00:01:00.000Z',
  };
  metadata = {
    v: 1,
    kind: 'metadata',
    environment: 'dev',
    subscription,
    resourceGroup: rg,
    store: {
      engine: 'postgresql',
      server: 'localhost',
      database: 'control',
      table: 'etl.ScoringControl',
      // A table the user brought, adopted through a table-schema: the field pipeline mode holds its input against.
      tableSchema: { file: 'metadata/control-table.yml', digest: 'c'.repeat(64) },
    },
    rows: { count: 2, hash: 'b'.repeat(64) },
    upstream: upstream(adf),
    run,
    time: '2026-01-01T00:02:00.000Z',
  };
});

// --- The consumers' gates: exactly what each runs before its first write. ---------------------------------------

const scope = () => ({ environment: 'dev', subscription });

/** deploy-adf-pipelines (`aml-receipt`): parse, then verifyAmlReceipt. */
async function deployAdfGate(raw: string): Promise<void> {
  const receipt = parseReceipt(raw, { kind: 'aml', input: 'aml-receipt', ...scope() });
  await verifyAmlReceipt(receipt, ml, quiet);
}

/** apply-control-metadata (`adf-receipt`, not a dry run): parse, the aml receipt inside and the adf receipt live. */
async function applyMetadataGate(raw: string): Promise<void> {
  const receipt = parseReceipt(raw, { kind: 'adf', input: 'adf-receipt', ...scope() });
  await verifyAmlReceipt(receipt.upstream.receipt, ml, quiet, { input: 'adf-receipt' });
  await verifyAdfReceipt(receipt, df, quiet);
}

/** run-integration-score, endpoint mode (`metadata-receipt`): parse with its chain, the aml receipt inside live. */
async function integrationGate(raw: string): Promise<void> {
  const receipt = parseReceipt(raw, { kind: 'metadata', input: 'metadata-receipt', ...scope() });
  await verifyAmlReceipt(receipt.upstream.receipt.upstream.receipt, ml, quiet, { input: 'metadata-receipt' });
}

// --- Editing one field. -----------------------------------------------------------------------------------------

type Path = (string | number)[];

function leafPaths(value: unknown, prefix: Path = []): Path[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => leafPaths(item, [...prefix, index]));
  if (isRecord(value))
    return Object.entries(value).flatMap(([key, item]) => leafPaths(item, [...prefix, key]));
  return [prefix];
}

const text = (path: Path) => path.join('.');

/** Another value of the same shape, one the schema still accepts where it can. */
function editedValue(path: Path, value: unknown): unknown {
  const last = String(path.at(-1));
  if (typeof value === 'number') return value + 1;
  if (typeof value === 'boolean') return !value;
  const current = String(value);
  if (last === 'environment') return 'prod';
  if (last === 'subscription') return '00000000-0000-0000-0000-0000000000ff';
  if (last === 'kind') return current === 'aml' ? 'adf' : 'aml';
  if (last === 'version' && /^\d+$/.test(current)) return String(Number(current) + 1);
  if (/^[0-9a-f]{64}$/.test(current)) return `${current[0] === 'a' ? 'b' : 'a'}${current.slice(1)}`;
  if (/^\d{4}-\d{2}-\d{2}T/.test(current)) return '2030-06-01T00:00:00.000Z';
  if (last === 'engine') return current === 'postgresql' ? 'sqlserver' : 'postgresql';
  return `${current}x`;
}

/**
 * The receipt with the field at `path` edited; every digest on the way down recomputed (so only the edit itself,
 * not a broken digest, is what the consumer sees), unless the edit is of a digest.
 */
function edit<R extends Receipt>(receipt: R, path: Path, value?: unknown): R {
  const copy = structuredClone(receipt) as Record<string, unknown>;
  let parent: Record<string | number, unknown> = copy;
  for (const segment of path.slice(0, -1)) parent = parent[segment] as Record<string | number, unknown>;
  const key = path.at(-1)!;
  parent[key] = value === undefined ? editedValue(path, parent[key]) : value;
  const rehash = (node: Record<string, unknown>, depth: number): void => {
    const link = node.upstream as { digest: string; receipt: Record<string, unknown> } | undefined;
    if (!link) return;
    rehash(link.receipt, depth + 2);
    const editsDigest =
      path.length === depth + 2 && path[depth] === 'upstream' && path[depth + 1] === 'digest';
    if (!editsDigest) link.digest = receiptDigest(link.receipt as unknown as Receipt);
  };
  rehash(copy, 0);
  return copy as R;
}

async function outcome(gate: (raw: string) => Promise<void>, receipt: Receipt): Promise<Error | undefined> {
  try {
    await gate(encodeReceipt(receipt));
    return undefined;
  } catch (error) {
    return error as Error;
  }
}

// --- The table. -------------------------------------------------------------------------------------------------

/** A field accepted when edited, and why that is harmless: `check` proves the reason on the edited receipt. */
interface Harmless {
  readonly why: string;
  readonly check?: (edited: Receipt, path: Path) => void;
}

type Expectation = RegExp | Harmless;

/** `${{ receipt.<field> }}` (deploy-adf-pipelines' overrides, apply-control-metadata's row overrides) refuses it. */
const notTemplatable =
  (aml: (edited: Receipt) => AmlReceipt, skip: number): Harmless['check'] =>
  (edited, path) => {
    const field = text(path.slice(skip));
    const result = substituteTemplates(`\${{ receipt.${field} }}`, { receipt: aml(edited), env: {} });
    expect(result).toEqual(expect.stringContaining('is not verified against Azure'));
  };

const PROVENANCE =
  'provenance (who wrote the receipt, when): no live check can confirm it, and no consumer writes it anywhere but into its own receipt, as the upstream it names';

/** The aml receipt's fields, wherever the aml receipt sits (`skip`: the path segments above it). */
function amlRows(at: string, skip: number, amlOf: (edited: Receipt) => AmlReceipt): [string, Expectation][] {
  const provenance = { why: PROVENANCE, check: notTemplatable(amlOf, skip) };
  const nested = at !== '';
  return [
    [`${at}v`, nested ? /is not a valid receipt/ : /holds a version 2 receipt/],
    [`${at}kind`, nested ? /is not a valid receipt/ : /holds the receipt of deploy-adf-pipelines/],
    [`${at}environment`, nested ? /is for environment 'prod', not 'dev'/ : /for environment 'prod'/],
    [
      `${at}subscription`,
      nested
        ? /is for subscription '0{8}-0{4}-0{4}-0{4}-0{10}ff'/
        : /in subscription '0{8}-0{4}-0{4}-0{4}-0{10}ff'/,
    ],
    [`${at}resourceGroup`, /endpoint\.id .* is not the id of batch endpoint/],
    [`${at}workspace`, /endpoint\.id .* is not the id of batch endpoint/],
    [`${at}endpoint.name`, /endpoint\.id .* is not the id of batch endpoint 'credit-bex'/],
    [`${at}endpoint.id`, /endpoint\.id .* is not the id of batch endpoint/],
    [`${at}endpoint.scoringUri`, /has scoring URI .*, not the receipt's/],
    [`${at}deployment.name`, /deployment\.id .* is not the id of deployment 'bluex'/],
    [`${at}deployment.id`, /deployment\.id .* is not the id of deployment 'blue'/],
    // The reported defect: another model version, the id unchanged.
    [`${at}model.version`, /model credit-default:2 is not the model its id names \(credit-default:1\)/],
    [`${at}model.name`, /model credit-defaultx:1 is not the model its id names/],
    [`${at}model.id`, /model credit-default:1 is not the model its id names \(credit-default:1x\)/],
    [`${at}run.repo`, provenance],
    [`${at}run.sha`, provenance],
    [`${at}run.runId`, provenance],
    [`${at}run.runAttempt`, provenance],
    [`${at}time`, provenance],
  ];
}

function adfRows(at: string, metadataConsumer: boolean): [string, Expectation][] {
  const nested = at !== '';
  const unusedByEndpointMode = {
    why: "not used by run-integration-score's endpoint mode (the endpoint job runs no pipeline): carried into the integration receipt's upstream only",
  };
  return [
    [`${at}v`, nested ? /is not a valid receipt/ : /holds a version 2 receipt/],
    [`${at}kind`, nested ? /is not a valid receipt/ : /holds the receipt of deploy-aml-endpoint/],
    [`${at}environment`, nested ? /is for environment 'prod', not 'dev'/ : /for environment 'prod'/],
    [
      `${at}subscription`,
      nested
        ? /is for subscription '0{8}-0{4}-0{4}-0{4}-0{10}ff'/
        : /in subscription '0{8}-0{4}-0{4}-0{4}-0{10}ff'/,
    ],
    [`${at}resourceGroup`, /factory\.id .* is not the id of factory/],
    [`${at}factory.name`, /factory\.id .* is not the id of factory/],
    [`${at}factory.id`, /factory\.id .* is not the id of factory/],
    [
      `${at}pipelines.0.name`,
      metadataConsumer ? unusedByEndpointMode : /pipeline 'pl_scorex' does not exist/,
    ],
    [
      `${at}pipelines.0.hash`,
      metadataConsumer ? unusedByEndpointMode : /pipeline 'pl_score' has changed since/,
    ],
    [`${at}upstream.digest`, /does not match its digest: it was changed after it was written/],
    [`${at}run.repo`, { why: PROVENANCE }],
    [`${at}run.sha`, { why: PROVENANCE }],
    [`${at}run.runId`, { why: PROVENANCE }],
    [`${at}run.runAttempt`, { why: PROVENANCE }],
    [`${at}time`, { why: PROVENANCE }],
  ];
}

const TABLES: Record<
  Exclude<ReceiptKind, 'integration' | 'drift'>,
  {
    consumer: string;
    receipt: () => Receipt;
    gate: (raw: string) => Promise<void>;
    rows: () => [string, Expectation][];
  }
> = {
  aml: {
    consumer: 'deploy-adf-pipelines',
    receipt: () => aml,
    gate: deployAdfGate,
    rows: () => amlRows('', 0, (edited) => edited as AmlReceipt),
  },
  adf: {
    consumer: 'apply-control-metadata',
    receipt: () => adf,
    gate: applyMetadataGate,
    rows: () => [
      ...adfRows('', false),
      ...amlRows('upstream.receipt.', 2, (edited) => (edited as AdfReceipt).upstream.receipt),
    ],
  },
  metadata: {
    consumer: 'run-integration-score',
    receipt: () => metadata,
    gate: integrationGate,
    rows: () => {
      const unused = {
        why: "not used by run-integration-score's endpoint mode: carried into the integration receipt's upstream only",
      };
      return [
        ['v', /holds a version 2 receipt/],
        ['kind', /holds the receipt of deploy-aml-endpoint/],
        ['environment', /for environment 'prod'/],
        ['subscription', /in subscription '0{8}-0{4}-0{4}-0{4}-0{10}ff'/],
        ['resourceGroup', unused],
        ['store.engine', unused],
        ['store.server', unused],
        ['store.database', unused],
        ['store.table', unused],
        ['store.tableSchema.file', unused],
        ['store.tableSchema.digest', unused],
        ['rows.count', unused],
        ['rows.hash', unused],
        ['upstream.digest', /does not match its digest: it was changed after it was written/],
        ['run.repo', { why: PROVENANCE }],
        ['run.sha', { why: PROVENANCE }],
        ['run.runId', { why: PROVENANCE }],
        ['run.runAttempt', { why: PROVENANCE }],
        ['time', { why: PROVENANCE }],
        ...adfRows('upstream.receipt.', true),
        ...amlRows(
          'upstream.receipt.upstream.receipt.',
          4,
          (edited) => (edited as MetadataReceipt).upstream.receipt.upstream.receipt,
        ),
      ];
    },
  },
};

describe.each(Object.entries(TABLES))('the %s receipt, as its consumer reads it', (_kind, table) => {
  it(`${table.consumer} accepts it unedited`, async () => {
    expect(await outcome(table.gate, table.receipt())).toBeUndefined();
  });

  it('has a row for every field', () => {
    const fields = leafPaths(table.receipt()).map(text).sort();
    expect(
      table
        .rows()
        .map(([field]) => field)
        .sort(),
    ).toEqual(fields);
  });

  it('refuses each edited field, or the edit is provably harmless', async () => {
    const seen: string[] = [];
    for (const [field, expected] of table.rows()) {
      const path = leafPaths(table.receipt()).find((candidate) => text(candidate) === field)!;
      const edited = edit(table.receipt(), path);
      const before = f.sandbox.control.counters();
      const error = await outcome(table.gate, edited);
      const after = f.sandbox.control.counters();
      // Whatever the outcome, the gate only reads.
      expect(after.writes + after.deletes + after.actions).toBe(
        before.writes + before.deletes + before.actions,
      );
      if (expected instanceof RegExp) {
        expect({ field, error: error?.message }).toEqual({ field, error: expect.stringMatching(expected) });
        expect(error).toBeInstanceOf(ConfigurationError);
      } else {
        expect({ field, error: error?.message }).toEqual({ field, error: undefined });
        expected.check?.(edited, path);
      }
      seen.push(field);
    }
    expect(seen.length).toBeGreaterThan(10);
  });
});

describe('edits the table does not make field by field', () => {
  it('a model id of other case is the same ARM id: accepted, and the name and version stay the served ones', async () => {
    const upper = edit(aml, ['model', 'id'], aml.model.id.toUpperCase());
    expect(await outcome(deployAdfGate, upper)).toBeUndefined();
  });

  it('a consistent edit to another real model version (id, name and version) is refused live', async () => {
    const other = edit(aml, ['model'], {
      id: aml.model.id.replace(/\/versions\/1$/, '/versions/2'),
      name: 'credit-default',
      version: '2',
    });
    expect((await outcome(deployAdfGate, other))?.message).toMatch(
      /batch deployment 'blue' serves model credit-default:1 .*not the receipt's credit-default:2/,
    );
  });

  it('a nested receipt edited without recomputing its digest is refused by the chain', async () => {
    const stale = structuredClone(adf);
    stale.upstream.receipt.model.version = '2';
    expect((await outcome(applyMetadataGate, stale))?.message).toMatch(/does not match its digest/);
  });

  it('an adf receipt whose nested aml receipt is of another environment is refused, digests recomputed', async () => {
    const prodAml = { ...aml, environment: 'prod' };
    const mixed: AdfReceipt = { ...adf, upstream: upstream(prodAml) };
    expect((await outcome(applyMetadataGate, mixed))?.message).toMatch(
      /the receipt of deploy-aml-endpoint inside the receipt of deploy-adf-pipelines is for environment 'prod', not 'dev'/,
    );
  });
});
