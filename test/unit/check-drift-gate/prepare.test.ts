// The gate's first phase: every input is checked before any data is read or Azure is signed in to, and Azure is
// signed in to once, only for blob URLs without a SAS.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { definition } from '../../../src/check-drift-gate/definition.js';
import { type PreparedGate, prepareGate } from '../../../src/check-drift-gate/prepare.js';
import { ConfigurationError } from '../../../src/shared/errors.js';
import { environmentInputSource, readInputs } from '../../../src/shared/inputs.js';
import { encodeReceipt } from '../../../src/shared/receipts/encoding.js';
import { createSecretMasker } from '../../../src/shared/secrets.js';
import { amlReceipt } from '../../fixtures/receipts.js';

const IKEY = '0b9a6c8e-1d2f-4a3b-9c8d-7e6f5a4b3c2d';
const BLOB = 'https://account.blob.core.windows.net/drift';
let workspace: string;

beforeAll(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'drift-prepare-'));
  await mkdir(join(workspace, 'data'));
  await writeFile(join(workspace, 'data', 'reference.csv'), 'age\n31\n');
  await writeFile(join(workspace, 'data', 'current.csv'), 'age\n35\n');
});

afterAll(async () => {
  await rm(workspace, { recursive: true, force: true });
});

interface Prepared {
  readonly gate: PreparedGate;
  readonly signIns: number;
  readonly redact: (text: string) => string;
}

/** Sign-ins of the last prepare, whether it returned or threw. */
let signIns = 0;

async function prepare(values: Record<string, string>, env: NodeJS.ProcessEnv = {}): Promise<Prepared> {
  const inputEnv = Object.fromEntries(
    Object.entries({ environment: 'dev', ...values }).map(([name, value]) => [
      `INPUT_${name.toUpperCase()}`,
      value,
    ]),
  );
  const masker = createSecretMasker(() => {});
  const inputs = await readInputs(
    definition.inputs,
    environmentInputSource(inputEnv, (secret) => masker.mask(secret), workspace),
  );
  signIns = 0;
  const gate = await prepareGate(inputs, {
    workspace,
    env,
    masker,
    signal: new AbortController().signal,
    signIn: async () => {
      signIns++;
      return { credential: { getToken: async () => null } };
    },
  });
  return { gate, signIns, redact: (text) => masker.redact(text) };
}

async function refusal(values: Record<string, string>, env: NodeJS.ProcessEnv = {}) {
  const error = await prepare(values, env).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(ConfigurationError);
  expect(signIns).toBe(0);
  return error as ConfigurationError;
}

describe('prepareGate', () => {
  it('resolves local files without signing in to Azure', async () => {
    const { gate, signIns } = await prepare({ reference: 'data/reference.csv', current: 'data/*.csv' });
    expect(gate.reference.map((source) => source.label)).toEqual(['data/reference.csv']);
    expect(gate.current.map((source) => source.label)).toEqual(['data/current.csv', 'data/reference.csv']);
    expect(signIns).toBe(0);
    expect(gate.dispatch).toBeUndefined();
    expect(gate.appInsights).toBeUndefined();
  });

  it('signs in once for every blob URL without a SAS, and never for one with a SAS', async () => {
    const tokens = await prepare({
      reference: `${BLOB}/training/reference.csv`,
      current: `${BLOB}/inference/a.csv\n${BLOB}/inference/b.csv`,
    });
    expect(tokens.signIns).toBe(1);
    expect(tokens.gate.current).toHaveLength(2);

    const sas = await prepare({
      reference: 'data/reference.csv',
      current: `${BLOB}/inference/a.csv?sv=2025-01-05&sp=r&sig=c2lnbmF0dXJl`,
    });
    expect(sas.signIns).toBe(0);
    expect(sas.redact('sig=c2lnbmF0dXJl')).not.toContain('c2lnbmF0dXJl');
  });

  it('checks the inputs before any source is resolved or Azure signed in to', async () => {
    // Blob URLs without a SAS: resolving them would sign in.
    const blobs = { reference: `${BLOB}/reference.csv`, current: `${BLOB}/current.csv` };
    expect((await refusal({ ...blobs, 'csv-delimiter': 'é' })).input).toBe('csv-delimiter');
    expect((await refusal({ ...blobs, metrics: '[nonsense]' })).input).toBe('metrics');
    expect((await refusal({ ...blobs, 'app-insights-connection-string': 'Key=1' })).input).toBe(
      'app-insights-connection-string',
    );
    expect((await refusal({ ...blobs, 'on-drift': 'dispatch' })).input).toBe('dispatch-repository');
    expect((await refusal({ ...blobs, 'aml-receipt': '{"v":1}' })).input).toBe('aml-receipt');
    // A missing file is found only once the inputs are good.
    expect((await refusal({ reference: 'data/missing.csv', current: 'data/current.csv' })).input).toBe(
      'reference',
    );
  });

  it('names the dispatch target from dispatch-repository or the job repository', async () => {
    const files = { reference: 'data/reference.csv', current: 'data/current.csv', 'on-drift': 'dispatch' };
    const own = await prepare({ ...files, 'github-token': 'ghs_token' }, { GITHUB_REPOSITORY: 'org/models' });
    expect(own.gate.dispatch).toEqual({
      repository: 'org/models',
      eventType: 'model-drift',
      token: 'ghs_token',
    });
    const other = await prepare(
      { ...files, 'github-token': 'ghs_token', 'dispatch-repository': 'org/retrain' },
      { GITHUB_REPOSITORY: 'org/models' },
    );
    expect(other.gate.dispatch?.repository).toBe('org/retrain');
  });

  it('takes the model from model-name and model-version, else from the aml receipt; masks the key', async () => {
    const files = { reference: 'data/reference.csv', current: 'data/current.csv' };
    const receipt = encodeReceipt(amlReceipt());
    const fromReceipt = await prepare({ ...files, 'aml-receipt': receipt });
    expect(fromReceipt.gate).toMatchObject({ modelName: 'credit', modelVersion: '3' });
    expect(fromReceipt.gate.amlReceipt?.endpoint.name).toBe('credit');
    const named = await prepare({ ...files, 'aml-receipt': receipt, 'model-name': 'fraud' });
    expect(named.gate).toMatchObject({ modelName: 'fraud', modelVersion: '3' });
    const none = await prepare(files);
    expect(none.gate).toMatchObject({ modelName: undefined, modelVersion: undefined });

    const insights = await prepare({
      ...files,
      'app-insights-connection-string': `InstrumentationKey=${IKEY};IngestionEndpoint=https://ingest.example/`,
    });
    expect(insights.gate.appInsights).toEqual({
      instrumentationKey: IKEY,
      ingestionEndpoint: 'https://ingest.example',
    });
    expect(insights.redact(`key ${IKEY}`)).not.toContain(IKEY);
  });
});
