import { describe, expect, it } from '@jest/globals';
import {
  buildAdfReceipt,
  buildAmlReceipt,
  buildDriftReceipt,
  buildIntegrationReceipt,
  buildMetadataReceipt,
} from '../../../../src/shared/receipts/builders.js';
import { encodeReceipt, receiptDigest } from '../../../../src/shared/receipts/encoding.js';
import { parseReceipt } from '../../../../src/shared/receipts/parse.js';
import type { ReceiptKind } from '../../../../src/shared/receipts/schemas.js';
import { adfReceipt, amlReceipt, metadataReceipt, SUBSCRIPTION } from '../../../fixtures/receipts.js';

const RUN = { repo: 'example/release', sha: 'abc123', runId: '1000', runAttempt: '1' };
const TIME = Date.parse('2026-01-02T03:04:05Z');
const common = {
  environment: 'dev',
  subscriptionId: SUBSCRIPTION,
  resourceGroup: 'rg-dev',
  run: RUN,
  time: TIME,
};

/** What the next action reads: the receipt as the output carries it, parsed. */
function handedOn<K extends ReceiptKind>(kind: K, receipt: unknown) {
  return parseReceipt(encodeReceipt(receipt as never), {
    kind,
    input: `${kind}-receipt`,
    environment: 'dev',
  });
}

describe('each builder gives a receipt the next action reads back unchanged', () => {
  it('aml', () => {
    const { endpoint, deployment, model } = amlReceipt();
    const receipt = buildAmlReceipt({ ...common, workspace: 'mlw-dev', endpoint, deployment, model });
    expect(receipt).toMatchObject({
      v: 1,
      kind: 'aml',
      subscription: SUBSCRIPTION,
      time: '2026-01-02T03:04:05.000Z',
    });
    expect(handedOn('aml', receipt)).toEqual(receipt);
  });

  it('adf, upstream the aml receipt by its digest; planned only when planned', () => {
    const aml = amlReceipt();
    const facts = {
      ...common,
      factory: {
        name: 'adf-dev',
        id: `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg-dev/providers/Microsoft.DataFactory/factories/adf-dev`,
      },
      pipelines: [{ name: 'pl_a', hash: 'c'.repeat(64) }],
      amlReceipt: aml,
    };
    const receipt = buildAdfReceipt(facts);
    expect(receipt.upstream).toEqual({ digest: receiptDigest(aml), receipt: aml });
    expect('planned' in receipt).toBe(false);
    expect(handedOn('adf', receipt)).toEqual(receipt);
    expect(buildAdfReceipt({ ...facts, planned: true }).planned).toBe(true);
  });

  it('metadata, upstream the adf receipt', () => {
    const adf = adfReceipt();
    const { store, rows } = metadataReceipt();
    const receipt = buildMetadataReceipt({ ...common, store, rows, adfReceipt: adf });
    expect(receipt.upstream).toEqual({ digest: receiptDigest(adf), receipt: adf });
    expect(handedOn('metadata', receipt)).toEqual(receipt);
    expect(receipt.store).not.toHaveProperty('tableSchema');
  });

  it('metadata of an adopted table: the table-schema and its digest, inside an integration receipt whose chain verifies', () => {
    const { rows } = metadataReceipt();
    const store = {
      ...metadataReceipt().store,
      table: 'etl.ScoringControl',
      tableSchema: { file: 'own/control-table.yml', digest: 'd'.repeat(64) },
    };
    const metadata = buildMetadataReceipt({ ...common, store, rows, adfReceipt: adfReceipt() });
    expect(handedOn('metadata', metadata).store.tableSchema).toEqual(store.tableSchema);
    const integration = buildIntegrationReceipt({
      ...common,
      workspace: 'mlw-dev',
      mode: 'pipeline',
      job: { id: 'run-1', status: 'Succeeded' },
      rowsScored: 8,
      validated: true,
      model: { ...amlReceipt().model, contentDigest: 'e'.repeat(64) },
      metadataReceipt: metadata,
    });
    expect(handedOn('integration', integration).upstream.receipt.store.tableSchema).toEqual(
      store.tableSchema,
    );
    // The record is covered by the digest the integration receipt names: edited, the chain no longer verifies.
    const edited = structuredClone(integration);
    edited.upstream.receipt.store.tableSchema!.digest = 'a'.repeat(64);
    expect(() => handedOn('integration', edited)).toThrow('does not match its digest');
    expect(() =>
      buildMetadataReceipt({
        ...common,
        store: { ...store, tableSchema: { file: 'x.yml', digest: 'short' } },
        rows,
        adfReceipt: adfReceipt(),
      }),
    ).toThrow('The metadata receipt this step built is not valid (store.tableSchema.digest: ');
  });

  it('integration, upstream the metadata receipt, with the model content digest and the expectations digest', () => {
    const metadata = metadataReceipt();
    const facts = {
      ...common,
      workspace: 'mlw-dev',
      mode: 'endpoint' as const,
      job: { id: 'batchjob-1', status: 'Completed', resourceId: '/subscriptions/x/jobs/batchjob-1' },
      rowsScored: 8,
      validated: true,
      model: { ...amlReceipt().model, contentDigest: 'e'.repeat(64) },
      expectationsDigest: 'f'.repeat(64),
      metadataReceipt: metadata,
    };
    const receipt = buildIntegrationReceipt(facts);
    expect(receipt).toMatchObject({ kind: 'integration', mode: 'endpoint', validated: true, rowsScored: 8 });
    expect(receipt.upstream).toEqual({ digest: receiptDigest(metadata), receipt: metadata });
    expect(handedOn('integration', receipt)).toEqual(receipt);
    const { expectationsDigest: _, ...withoutExpectations } = facts;
    expect(buildIntegrationReceipt(withoutExpectations)).not.toHaveProperty('expectationsDigest');
    expect(() =>
      buildIntegrationReceipt({ ...facts, model: { ...facts.model, contentDigest: 'short' } }),
    ).toThrow('The integration receipt this step built is not valid (model.contentDigest: ');
  });

  it('drift, with the Azure coordinates of the aml receipt when there is one', () => {
    const facts = {
      environment: 'dev',
      run: RUN,
      time: TIME,
      drifted: true,
      driftShare: 0.5,
      driftedFeatures: ['age'],
      reportDigest: 'd'.repeat(64),
    };
    const scheduled = buildDriftReceipt(facts);
    expect(scheduled).not.toHaveProperty('subscription');
    expect(scheduled).not.toHaveProperty('model');
    expect(handedOn('drift', scheduled)).toEqual(scheduled);

    const released = buildDriftReceipt({
      ...facts,
      amlReceipt: amlReceipt(),
      model: { name: 'credit', version: '3' },
    });
    expect(released).toMatchObject({
      subscription: SUBSCRIPTION,
      resourceGroup: 'rg-dev',
      model: { version: '3' },
    });
    expect(handedOn('drift', released)).toEqual(released);
  });
});

describe('a receipt that would not parse downstream fails where it is built', () => {
  it.each([
    [
      'an aml receipt without a scoring URI',
      () => {
        const { endpoint, deployment, model } = amlReceipt();
        buildAmlReceipt({
          ...common,
          workspace: 'mlw-dev',
          endpoint: { ...endpoint, scoringUri: '' },
          deployment,
          model,
        });
      },
      /^The aml receipt this step built is not valid \(endpoint\.scoringUri: /,
    ],
    [
      'an adf receipt with a pipeline hash that is not hex',
      () =>
        buildAdfReceipt({
          ...common,
          factory: { name: 'adf-dev', id: 'x' },
          pipelines: [{ name: 'pl_a', hash: 'sha256:abc' }],
          amlReceipt: amlReceipt(),
        }),
      /^The adf receipt this step built is not valid \(pipelines\.0\.hash: /,
    ],
    [
      'a drift receipt with a share above 1',
      () =>
        buildDriftReceipt({
          environment: 'dev',
          run: RUN,
          time: TIME,
          drifted: true,
          driftShare: 1.5,
          driftedFeatures: [],
          reportDigest: 'd'.repeat(64),
        }),
      /^The drift receipt this step built is not valid \(driftShare: /,
    ],
  ])('%s', (_label, build, message) => {
    expect(build).toThrow(message);
  });
});
