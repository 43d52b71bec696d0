// Sending drift metrics to an Application Insights ingestion endpoint: connection strings, envelope shape, gzip
// batches, and retries (429/5xx with backoff or Retry-After; 206 resends only the retriable items).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from '@jest/globals';
import {
  buildEnvelopes,
  type MetricEnvelope,
  parseConnectionString,
  sendEnvelopes,
} from '../../../src/check-drift-gate/app-insights.js';
import { RecordingLogger } from '../../../src/shared/logger.js';
import { column, csvSource, gate } from './gate-fixtures.js';

const IKEY = '0b9a6c8e-1d2f-4a3b-9c8d-7e6f5a4b3c2d';

describe('connection strings', () => {
  it('read the key and the ingestion endpoint, case-insensitively', () => {
    expect(
      parseConnectionString(
        `instrumentationkey=${IKEY};IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/;LiveEndpoint=https://x/`,
      ),
    ).toEqual({
      instrumentationKey: IKEY,
      ingestionEndpoint: 'https://westeurope-5.in.applicationinsights.azure.com',
    });
  });

  it('build the endpoint from EndpointSuffix, or fall back to the global one', () => {
    expect(
      parseConnectionString(`InstrumentationKey=${IKEY};EndpointSuffix=ai.contoso.com;Location=westus2`)
        .ingestionEndpoint,
    ).toBe('https://westus2.dc.ai.contoso.com');
    expect(parseConnectionString(`InstrumentationKey=${IKEY}`).ingestionEndpoint).toBe(
      'https://dc.services.visualstudio.com',
    );
  });

  it('refuse text without an instrumentation key, never echoing it', () => {
    expect(() => parseConnectionString('Endpoint=sb://secret-value')).toThrow(
      /^Input 'app-insights-connection-string' is not an Application Insights connection string/,
    );
    expect(() => parseConnectionString('Endpoint=sb://secret-value')).not.toThrow(/secret-value/);
  });
});

interface Received {
  readonly headers: IncomingMessage['headers'];
  readonly url: string;
  readonly items: MetricEnvelope[];
}

let server: ReturnType<typeof createServer> | undefined;
afterEach(async () => {
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  server = undefined;
});

async function ingestion(
  answer: (
    received: Received,
    index: number,
  ) => { status: number; body?: unknown; headers?: Record<string, string> },
) {
  const received: Received[] = [];
  server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const text = gunzipSync(Buffer.concat(chunks)).toString('utf8');
      const entry = {
        headers: request.headers,
        url: request.url ?? '',
        items: text.split('\n').map((line) => JSON.parse(line) as MetricEnvelope),
      };
      received.push(entry);
      const { status, body, headers } = answer(entry, received.length - 1);
      response.writeHead(status, { 'content-type': 'application/json', ...headers });
      response.end(body === undefined ? '' : JSON.stringify(body));
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return { endpoint: `http://127.0.0.1:${(server!.address() as AddressInfo).port}/`, received };
}

function envelopes(count: number): MetricEnvelope[] {
  return Array.from({ length: count }, (_, i) => ({
    name: `Microsoft.ApplicationInsights.${IKEY.replace(/-/g, '')}.Metric`,
    time: '2026-11-27T00:00:00.000Z',
    iKey: IKEY,
    ver: 1,
    sampleRate: 100,
    tags: {},
    data: {
      baseType: 'MetricData',
      baseData: { ver: 2, metrics: [{ name: `m${i}`, value: i, count: 1 }], properties: {} },
    },
  }));
}

function options(endpoint: string, delays: number[]) {
  return {
    endpoint,
    logger: new RecordingLogger(),
    userAgent: 'check-drift-gate/test',
    sleep: async (ms: number) => {
      delays.push(ms);
    },
    random: () => 0.5,
  };
}

describe('sending', () => {
  it('posts gzip newline-delimited JSON to v2.1/track in batches of 250', async () => {
    const { endpoint, received } = await ingestion(({ items }) => ({
      status: 200,
      body: { itemsReceived: items.length, itemsAccepted: items.length, errors: [] },
    }));
    const outcome = await sendEnvelopes(envelopes(600), options(endpoint, []));
    expect(outcome).toMatchObject({ sent: 600, accepted: 600, failed: 0, requests: 3, retries: 0 });
    expect(received.map((r) => r.items.length)).toEqual([250, 250, 100]);
    expect(received[0]!.url).toBe('/v2.1/track');
    expect(received[0]!.headers['content-encoding']).toBe('gzip');
    expect(received[0]!.headers['content-type']).toBe('application/x-json-stream');
  });

  it('on 206 resends only the items refused with a retriable status', async () => {
    const { endpoint, received } = await ingestion(({ items }, index) =>
      index === 0
        ? {
            status: 206,
            body: {
              itemsReceived: 4,
              itemsAccepted: 2,
              errors: [
                { index: 1, statusCode: 500, message: 'Internal' },
                { index: 2, statusCode: 400, message: 'Field name is required' },
              ],
            },
          }
        : { status: 200, body: { itemsReceived: items.length, itemsAccepted: items.length, errors: [] } },
    );
    const outcome = await sendEnvelopes(envelopes(4), options(endpoint, []));
    expect(received[1]!.items.map((item) => item.data.baseData.metrics[0]!.name)).toEqual(['m1']);
    expect(outcome).toMatchObject({ accepted: 3, failed: 1, requests: 2, retries: 1 });
    expect(outcome.errors).toEqual(['item refused (400): Field name is required']);
  });

  it('waits as long as Retry-After asks on 429, and backs off exponentially on 503', async () => {
    const delays: number[] = [];
    const { endpoint } = await ingestion((_, index) =>
      index === 0
        ? { status: 429, headers: { 'retry-after': '7' }, body: {} }
        : index < 3
          ? { status: 503, body: { error: { code: 'ServiceUnavailable' } } }
          : { status: 200, body: { itemsReceived: 1, itemsAccepted: 1, errors: [] } },
    );
    const outcome = await sendEnvelopes(envelopes(1), options(endpoint, delays));
    expect(delays).toEqual([7000, 1500, 3000]); // Retry-After, then 2 s and 4 s with jitter 0.5 (half + half·0.5)
    expect(outcome).toMatchObject({ accepted: 1, failed: 0, requests: 4, retries: 3 });
  });

  it('gives up after the last attempt and reports; a 400 is never retried', async () => {
    const failing = await ingestion(() => ({ status: 503, body: { error: { message: 'down' } } }));
    const outcome = await sendEnvelopes(envelopes(2), { ...options(failing.endpoint, []), maxAttempts: 3 });
    expect(outcome).toMatchObject({ accepted: 0, failed: 2, requests: 3 });
    expect(outcome.errors[0]).toMatch(/^2 items still failing after 3 attempts \(last: 503/);
    await new Promise((resolve) => server!.close(resolve));
    const refusing = await ingestion(() => ({
      status: 400,
      body: {
        itemsReceived: 1,
        itemsAccepted: 0,
        errors: [{ index: 0, statusCode: 400, message: 'Invalid instrumentation key' }],
      },
    }));
    const refused = await sendEnvelopes(envelopes(1), options(refusing.endpoint, []));
    expect(refused).toMatchObject({ accepted: 0, failed: 1, requests: 1, retries: 0 });
    expect(refused.errors[0]).toMatch(/400 \(Invalid instrumentation key\)/);
  });
});

describe('envelopes', () => {
  it('carry one value per feature and metric, the verdicts, and the dimensions', async () => {
    const result = await gate(
      csvSource(
        'r.csv',
        ['x'],
        column(
          'x',
          Array.from({ length: 100 }, (_, i) => i + 0.5),
        ),
      ),
      csvSource(
        'c.csv',
        ['x'],
        column(
          'x',
          Array.from({ length: 100 }, (_, i) => i + 30.5),
        ),
      ),
      { metrics: { numerical: ['wasserstein', 'ks'] } },
    );
    const built = buildEnvelopes(
      result,
      {
        model: 'credit',
        version: '3',
        environment: 'dev',
        runUrl: 'https://github.com/o/r/actions/runs/1',
        preset: 'azureml',
        runId: '1',
      },
      IKEY,
      new Date('2026-11-27T00:00:00Z'),
    );
    expect(built.map((e) => [e.data.baseData.metrics[0]!.name, e.data.baseData.properties.feature])).toEqual([
      ['drift_normalized_wasserstein_distance', 'x'],
      ['drift_two_sample_kolmogorov_smirnov_test', 'x'],
      ['drift_feature_drifted', 'x'],
      ['drift_dataset_drifted_share', ''],
      ['drift_dataset_drifted', ''],
    ]);
    expect(built[0]).toMatchObject({
      name: 'Microsoft.ApplicationInsights.0b9a6c8e1d2f4a3b9c8d7e6f5a4b3c2d.Metric',
      iKey: IKEY,
      time: '2026-11-27T00:00:00.000Z',
      data: {
        baseType: 'MetricData',
        baseData: {
          ver: 2,
          properties: {
            model: 'credit',
            version: '3',
            environment: 'dev',
            feature: 'x',
            runUrl: 'https://github.com/o/r/actions/runs/1',
            metric: 'wasserstein',
            threshold: '0.1',
            drifted: 'true',
          },
        },
      },
    });
  });
});
