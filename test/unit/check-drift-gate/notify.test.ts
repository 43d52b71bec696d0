// What the gate tells others: metrics to Application Insights (reported, never thrown) and the retraining dispatch
// (only on dataset drift with a target, never in a dry run).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import type { MetricEnvelope } from '../../../src/check-drift-gate/app-insights.js';
import type { GateResult } from '../../../src/check-drift-gate/gate.js';
import {
  dispatchRetraining,
  type MetricsDelivery,
  sendMetrics,
} from '../../../src/check-drift-gate/notify.js';
import { RecordingLogger } from '../../../src/shared/logger.js';
import { column, csvSource, gate } from './gate-fixtures.js';

const IKEY = '0b9a6c8e-1d2f-4a3b-9c8d-7e6f5a4b3c2d';
const DIMENSIONS = {
  model: 'credit',
  version: '3',
  environment: 'dev',
  runUrl: 'https://github.com/org/repo/actions/runs/1/attempts/1',
  preset: 'azureml',
};
let drifted: GateResult;
let server: Server | undefined;

beforeAll(async () => {
  const values = (shift: number) => Array.from({ length: 200 }, (_, i) => (i % 40) + shift);
  drifted = await gate(
    csvSource(
      'ref.csv',
      ['score'],
      column(
        'score',
        values(0).map((v) => v + 0.5),
      ),
    ),
    csvSource(
      'cur.csv',
      ['score'],
      column(
        'score',
        values(30).map((v) => v + 0.5),
      ),
    ),
  );
});

afterEach(async () => {
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  server = undefined;
});

/** An ingestion endpoint answering every request with `status`; returns its URL and what it received. */
async function ingestion(status: number) {
  const received: MetricEnvelope[] = [];
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const items = gunzipSync(Buffer.concat(chunks)).toString('utf8').split('\n');
      received.push(...items.map((line) => JSON.parse(line) as MetricEnvelope));
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(
        JSON.stringify(status === 200 ? {} : { errors: [{ message: 'Invalid instrumentation key' }] }),
      );
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return { endpoint: `http://127.0.0.1:${(server!.address() as AddressInfo).port}`, received };
}

function delivery(overrides: Partial<MetricsDelivery> = {}): MetricsDelivery {
  return {
    connection: undefined,
    dryRun: false,
    dimensions: DIMENSIONS,
    userAgent: 'check-drift-gate/test',
    logger: new RecordingLogger(),
    clock: () => Date.parse('2026-11-27T10:00:00Z'),
    ...overrides,
  };
}

describe('sendMetrics', () => {
  it('sends nothing without a connection string, or in a dry run, and says so', async () => {
    expect(await sendMetrics(drifted, delivery())).toEqual({
      lines: ['No metrics sent: app-insights-connection-string is not set.'],
      accepted: 0,
      failure: undefined,
    });
    const connection = { instrumentationKey: IKEY, ingestionEndpoint: 'http://127.0.0.1:9' };
    expect(await sendMetrics(drifted, delivery({ connection, dryRun: true }))).toEqual({
      lines: ['No metrics sent: dry run.'],
      accepted: 0,
      failure: undefined,
    });
  });

  it('reports what Application Insights accepted; every value carries the dimensions', async () => {
    const { endpoint, received } = await ingestion(200);
    const logger = new RecordingLogger();
    const outcome = await sendMetrics(
      drifted,
      delivery({ connection: { instrumentationKey: IKEY, ingestionEndpoint: endpoint }, logger }),
    );
    expect(received.length).toBeGreaterThan(0);
    expect(outcome).toEqual({
      lines: [
        `Application Insights accepted ${received.length} of ${received.length} metric values (1 requests, 0 retries).`,
      ],
      accepted: received.length,
      failure: undefined,
    });
    expect(received[0]!.time).toBe('2026-11-27T10:00:00.000Z');
    expect(received[0]!.data.baseData.properties).toMatchObject({ model: 'credit', environment: 'dev' });
    expect(logger.messages('warning')).toEqual([]);
  });

  it('turns a refusal, or an error while sending, into a failure line and a warning, never a throw', async () => {
    const { endpoint } = await ingestion(400);
    const logger = new RecordingLogger();
    const connection = { instrumentationKey: IKEY, ingestionEndpoint: endpoint };
    const refused = await sendMetrics(drifted, delivery({ connection, logger }));
    expect(refused.accepted).toBe(0);
    expect(refused.failure).toMatch(
      /^Application Insights did not accept (\d+) of \1 metric values: the ingestion endpoint refused \1 items: 400 \(Invalid instrumentation key\)$/,
    );
    expect(refused.lines).toEqual([
      expect.stringMatching(/^Application Insights accepted 0 of/),
      refused.failure,
    ]);
    expect(logger.messages('warning')).toEqual([refused.failure]);

    const timedOut = AbortSignal.abort(new Error('the step timed out'));
    const aborted = await sendMetrics(drifted, delivery({ connection, signal: timedOut }));
    expect(aborted.failure).toMatch(
      /^Application Insights did not accept (\d+) of \1 metric values: the step timed out$/,
    );
  });
});

describe('dispatchRetraining', () => {
  const target = { repository: 'org/models', eventType: 'model-drift', token: 'ghs_token' };
  const context = { model: 'credit', modelVersion: '3', environment: 'dev', runUrl: '', reportDigest: 'd' };

  it('sends nothing without dataset drift or without a target, and only says so in a dry run', async () => {
    const logger = new RecordingLogger();
    const calm = { ...drifted, drifted: false };
    expect(await dispatchRetraining(calm, { target, dryRun: false, context, logger })).toEqual([]);
    expect(await dispatchRetraining(drifted, { target: undefined, dryRun: false, context, logger })).toEqual(
      [],
    );
    expect(await dispatchRetraining(drifted, { target, dryRun: true, context, logger })).toEqual([
      'Dry run: the model-drift event to org/models was not sent.',
    ]);
    expect(logger.entries).toEqual([]);
  });
});
