/**
 * Drift metrics as Application Insights custom metrics, sent the way Microsoft's SDKs send them: envelopes of
 * `baseType: MetricData` POSTed to `<IngestionEndpoint>v2.1/track` as newline-delimited JSON
 * (`application/x-json-stream`), gzip-compressed, at most 250 per request.
 *
 * Contract, as read in the SDK and exporter code: the `applicationinsights` Node SDK 2.9
 * (`out/Library/EnvelopeFactory.js`: envelope `name` "Microsoft.ApplicationInsights.<ikey without dashes>.Metric",
 * `iKey`, `time`, `tags`, `ver` 1, `sampleRate` 100 for metrics, `data: {baseType: "MetricData", baseData: {ver: 2,
 * metrics: [{name, value, count, kind}], properties}}`; `out/Library/Sender.js`: newline-joined gzip body, and on a
 * retriable answer only the items whose own `statusCode` is 429, 500 or 503 are sent again;
 * `out/Library/Config.js`: the endpoint is the connection string's `IngestionEndpoint` + `/v2.1/track`;
 * `ConnectionStringParser.js`: keys are case-insensitive, `EndpointSuffix`/`Location` build the endpoint, the default
 * is https://dc.services.visualstudio.com) and `@azure/monitor-opentelemetry-exporter`
 * (`src/utils/breezeUtils.ts` `isRetriable`: 206, 408, 429, 439, 500, 503).
 *
 * Retries: a request answered 408, 429, 439, 500, 502, 503 or 504, or failing on the network, is retried with
 * exponential backoff (1 s, 2 s, 4 s, … with jitter), waiting exactly as long as a `Retry-After` (or
 * `retry-after-ms`) asks when the server sends one; a 206 resends only the items it reports with a retriable status.
 * Everything else is reported, never retried. Nothing here can fail the step: the caller decides.
 */
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { HttpClient } from '@actions/http-client';
import { retryAfterFromHeaders } from '#shared/azure/polling.js';
import { ConfigurationError, describeError } from '#shared/errors.js';
import type { Logger } from '#shared/logger.js';
import type { GateResult } from './gate.js';
import { METRICS } from './presets.js';

export const DEFAULT_INGESTION_ENDPOINT = 'https://dc.services.visualstudio.com';
export const MAX_BATCH = 250;

export interface ConnectionString {
  readonly instrumentationKey: string;
  /** Without a trailing slash. */
  readonly ingestionEndpoint: string;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function parseConnectionString(
  text: string,
  input = 'app-insights-connection-string',
): ConnectionString {
  const fields: Record<string, string> = {};
  for (const part of text.split(';')) {
    const at = part.indexOf('=');
    if (at <= 0) continue;
    fields[part.slice(0, at).trim().toLowerCase()] = part.slice(at + 1).trim();
  }
  const instrumentationKey = fields.instrumentationkey;
  if (!instrumentationKey || !GUID.test(instrumentationKey)) {
    throw new ConfigurationError(
      `Input '${input}' is not an Application Insights connection string: it needs InstrumentationKey=<guid>;IngestionEndpoint=https://<region>.in.applicationinsights.azure.com/ (copy it from the resource's Overview page).`,
      { input },
    );
  }
  let endpoint = fields.ingestionendpoint;
  if (!endpoint && fields.endpointsuffix) {
    endpoint = `https://${fields.location ? `${fields.location}.` : ''}dc.${fields.endpointsuffix}`;
  }
  endpoint = (endpoint || DEFAULT_INGESTION_ENDPOINT).replace(/\/+$/, '');
  if (!/^https?:\/\/[^\s/]+/i.test(endpoint)) {
    throw new ConfigurationError(`Input '${input}': its IngestionEndpoint is not a URL.`, { input });
  }
  return { instrumentationKey, ingestionEndpoint: endpoint };
}

export interface MetricEnvelope {
  readonly name: string;
  readonly time: string;
  readonly iKey: string;
  readonly ver: 1;
  readonly sampleRate: 100;
  readonly tags: Readonly<Record<string, string>>;
  readonly data: {
    readonly baseType: 'MetricData';
    readonly baseData: {
      readonly ver: 2;
      readonly metrics: readonly { name: string; value: number; count: 1 }[];
      readonly properties: Readonly<Record<string, string>>;
    };
  };
}

/** The dimensions every metric carries (customDimensions in Application Insights). */
export interface MetricDimensions {
  readonly model: string;
  readonly version: string;
  readonly environment: string;
  readonly runUrl: string;
  readonly preset: string;
  /** The workflow run id, as the operation id that groups one run's metrics. */
  readonly runId?: string;
}

/** Metric names: `drift_<Azure ML's metric name>` per feature, and the dataset verdict. */
export const DATASET_SHARE_METRIC = 'drift_dataset_drifted_share';
export const DATASET_DRIFTED_METRIC = 'drift_dataset_drifted';
export const FEATURE_DRIFTED_METRIC = 'drift_feature_drifted';

export function metricName(metric: keyof typeof METRICS): string {
  return `drift_${METRICS[metric].azureName}`;
}

/** One envelope per feature and metric (finite values only), one per feature verdict, two for the dataset. */
export function buildEnvelopes(
  result: GateResult,
  dimensions: MetricDimensions,
  instrumentationKey: string,
  time: Date,
): MetricEnvelope[] {
  const stamp = time.toISOString();
  const name = `Microsoft.ApplicationInsights.${instrumentationKey.replace(/-/g, '')}.Metric`;
  const common = {
    model: dimensions.model,
    version: dimensions.version,
    environment: dimensions.environment,
    runUrl: dimensions.runUrl,
    preset: dimensions.preset,
  };
  const envelope = (metric: string, value: number, properties: Record<string, string>): MetricEnvelope => ({
    name,
    time: stamp,
    iKey: instrumentationKey,
    ver: 1,
    sampleRate: 100,
    tags: {
      'ai.cloud.role': 'check-drift-gate',
      ...(dimensions.runId ? { 'ai.operation.id': dimensions.runId } : {}),
    },
    data: {
      baseType: 'MetricData',
      baseData: {
        ver: 2,
        metrics: [{ name: metric, value, count: 1 }],
        properties: { ...common, ...properties },
      },
    },
  });
  const envelopes: MetricEnvelope[] = [];
  for (const feature of result.features) {
    for (const metric of feature.metrics) {
      // Application Insights stores doubles: an infinite or undefined value cannot be sent (the report keeps it).
      if (!Number.isFinite(metric.value)) continue;
      envelopes.push(
        envelope(metricName(metric.metric), metric.value, {
          feature: feature.name,
          featureType: feature.type,
          metric: metric.metric,
          threshold: String(metric.threshold),
          drifted: String(metric.drifted),
        }),
      );
    }
    envelopes.push(
      envelope(FEATURE_DRIFTED_METRIC, feature.drifted ? 1 : 0, {
        feature: feature.name,
        featureType: feature.type,
      }),
    );
  }
  envelopes.push(
    envelope(DATASET_SHARE_METRIC, result.driftShare, {
      feature: '',
      threshold: String(result.driftShareThreshold),
    }),
  );
  envelopes.push(
    envelope(DATASET_DRIFTED_METRIC, result.drifted ? 1 : 0, {
      feature: '',
      driftedFeatures: result.driftedFeatures.join(','),
    }),
  );
  return envelopes;
}

export interface SendOptions {
  readonly endpoint: string;
  readonly logger: Logger;
  readonly userAgent: string;
  /** Attempts per batch, the first included (default 5). */
  readonly maxAttempts?: number;
  /** First backoff delay in ms (default 1000), doubled each retry. */
  readonly initialDelayMs?: number;
  /** Longest wait between attempts, Retry-After included (default 60 s). */
  readonly maxDelayMs?: number;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly random?: () => number;
  readonly clock?: () => number;
  readonly signal?: AbortSignal;
}

export interface SendOutcome {
  readonly sent: number;
  readonly accepted: number;
  /** Items refused for good (a non-retriable item error) or still failing after the last attempt. */
  readonly failed: number;
  readonly requests: number;
  readonly retries: number;
  /** What went wrong, for the log and summary (no secrets: the endpoint is never part of it). */
  readonly errors: readonly string[];
}

const RETRIABLE_STATUS = new Set([408, 429, 439, 500, 502, 503, 504]);
const RETRIABLE_ITEM_STATUS = new Set([408, 429, 439, 500, 503]);

interface TrackResponse {
  itemsReceived?: number;
  itemsAccepted?: number;
  errors?: { index: number; statusCode: number; message?: string }[];
}

export async function sendEnvelopes(
  envelopes: readonly MetricEnvelope[],
  options: SendOptions,
): Promise<SendOutcome> {
  const url = `${options.endpoint.replace(/\/+$/, '')}/v2.1/track`;
  const client = new HttpClient(options.userAgent, [], {
    allowRetries: false,
    socketTimeout: 30_000,
    keepAlive: true,
  });
  const maxAttempts = options.maxAttempts ?? 5;
  const initialDelayMs = options.initialDelayMs ?? 1000;
  const maxDelayMs = options.maxDelayMs ?? 60_000;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const random = options.random ?? Math.random;
  const clock = options.clock ?? Date.now;
  let accepted = 0;
  let failed = 0;
  let requests = 0;
  let retries = 0;
  const errors: string[] = [];
  try {
    for (let start = 0; start < envelopes.length; start += MAX_BATCH) {
      let pending = envelopes.slice(start, start + MAX_BATCH);
      for (let attempt = 1; pending.length > 0; attempt++) {
        options.signal?.throwIfAborted();
        const body = gzipSync(Buffer.from(pending.map((item) => JSON.stringify(item)).join('\n')));
        let status: number;
        let text = '';
        let retryAfterMs: number | undefined;
        requests++;
        try {
          const response = await client.request('POST', url, Readable.from([body]), {
            'content-type': 'application/x-json-stream',
            'content-encoding': 'gzip',
            'content-length': String(body.length),
            accept: 'application/json',
          });
          status = response.message.statusCode ?? 0;
          text = await response.readBody();
          retryAfterMs = retryAfterFromHeaders((name) => headerOf(response.message.headers[name]), clock());
        } catch (error) {
          status = 0;
          text = describeError(error).message;
        }
        let retry: typeof pending = [];
        let problem: string | undefined;
        if (status === 200) {
          accepted += pending.length;
          pending = [];
          break;
        }
        const parsed = parseTrackResponse(text);
        if (status === 206 && parsed) {
          const itemErrors = parsed.errors ?? [];
          accepted += parsed.itemsAccepted ?? pending.length - itemErrors.length;
          for (const item of itemErrors) {
            const envelope = pending[item.index];
            if (envelope === undefined) continue;
            if (RETRIABLE_ITEM_STATUS.has(item.statusCode)) retry.push(envelope);
            else {
              failed++;
              errors.push(`item refused (${item.statusCode}): ${item.message ?? 'no reason given'}`);
            }
          }
          if (retry.length > 0) problem = `206: ${retry.length} of ${pending.length} items to send again`;
        } else if (status === 0 || RETRIABLE_STATUS.has(status)) {
          retry = pending;
          problem = status === 0 ? `network error: ${text}` : `${status}${summarise(parsed, text)}`;
        } else {
          failed += pending.length;
          errors.push(
            `the ingestion endpoint refused ${pending.length} items: ${status}${summarise(parsed, text)}`,
          );
          pending = [];
          break;
        }
        if (retry.length === 0) break;
        if (attempt >= maxAttempts) {
          failed += retry.length;
          errors.push(`${retry.length} items still failing after ${attempt} attempts (last: ${problem})`);
          break;
        }
        const backoff = Math.min(maxDelayMs, initialDelayMs * 2 ** (attempt - 1));
        const delay =
          retryAfterMs !== undefined
            ? Math.min(maxDelayMs, retryAfterMs)
            : backoff / 2 + (random() * backoff) / 2;
        options.logger.info(
          `Application Insights: ${problem}; attempt ${attempt + 1} of ${maxAttempts} in ${(delay / 1000).toFixed(1)} s`,
        );
        retries++;
        await sleep(delay);
        pending = retry;
      }
    }
  } finally {
    client.dispose();
  }
  return { sent: envelopes.length, accepted, failed, requests, retries, errors };
}

function headerOf(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function parseTrackResponse(text: string): TrackResponse | undefined {
  try {
    const value = JSON.parse(text) as unknown;
    return typeof value === 'object' && value !== null ? (value as TrackResponse) : undefined;
  } catch {
    return undefined;
  }
}

function summarise(parsed: TrackResponse | undefined, text: string): string {
  const first = parsed?.errors?.[0]?.message;
  if (first) return ` (${first})`;
  const trimmed = text.trim().slice(0, 200);
  return trimmed ? ` (${trimmed})` : '';
}
