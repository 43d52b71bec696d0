/**
 * Application Insights ingestion ("breeze"), enough for the SDKs and the OpenTelemetry exporter: `POST /v2/track`
 * and `POST /v2.1/track` take envelopes as a JSON array or newline-delimited JSON, plain or gzip, and answer
 * `{itemsReceived, itemsAccepted, errors: [{index, statusCode, message}]}` — 200 when all are accepted, 206 when
 * some are, 400 when none are (the real service answers an all-unknown-key batch with 400 and one
 * `Invalid instrumentation key` error per item: dmolokanov/appinsights-rs#221, ApplicationInsights-PHP#70).
 * Ingestion authenticates by instrumentation key, not by token. Accepted envelopes are kept in the sandbox state
 * and read back through `envelopes()` or `GET /_sandbox/appinsights/envelopes?ikey=` (DELETE clears them);
 * retries are exercised with the control API's generic fault injection.
 */
import { randomUUID } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { describeError } from '#shared/errors.js';
import type { SandboxContext } from '../context.js';
import { json, type Router, type SandboxRequest, type SandboxResponse } from '../core/http.js';

export interface AppInsightsResource {
  readonly name: string;
  readonly instrumentationKey: string;
  readonly connectionString: string;
}

/** One telemetry item as sent (`data.baseType` is e.g. `MetricData`, `EventData`, `MessageData`). */
export interface TelemetryEnvelope {
  readonly name: string;
  readonly time: string;
  readonly iKey: string;
  readonly tags?: Record<string, string>;
  readonly data: { readonly baseType: string; readonly baseData: Record<string, unknown> };
  readonly [field: string]: unknown;
}

export interface IngestionError {
  readonly index: number;
  readonly statusCode: number;
  readonly message: string;
}

export interface IngestionResponse {
  readonly itemsReceived: number;
  readonly itemsAccepted: number;
  readonly errors: IngestionError[];
}

export interface AppInsightsService {
  /** A connection string for the default resource, pointing at this sandbox's ingestion endpoint. */
  connectionString(baseUrl: string): string;
  /** Creates (or returns, by name) a resource with a fresh instrumentation key. */
  createResource(name: string): AppInsightsResource;
  /** Accepted envelopes in arrival order, all or for one instrumentation key. */
  envelopes(ikey?: string): TelemetryEnvelope[];
  clearEnvelopes(ikey?: string): void;
}

interface Slice {
  /** By normalised instrumentation key. */
  resources: Record<string, AppInsightsResource>;
  envelopes: TelemetryEnvelope[];
}

/** Oldest envelopes are dropped beyond this, so a long-running sandbox does not grow without bound. */
const MAX_ENVELOPES = 50_000;

/** Keys compare case-insensitively, with or without dashes, as the service accepts both forms. */
const normaliseKey = (key: string) => key.replace(/-/g, '').toLowerCase();

export function registerAppInsights(router: Router, context: SandboxContext): AppInsightsService {
  const slice = () => context.state.slice<Slice>('appInsights', () => ({ resources: {}, envelopes: [] }));
  const connectionString = (instrumentationKey: string, baseUrl: string) =>
    `InstrumentationKey=${instrumentationKey};IngestionEndpoint=${baseUrl}/;LiveEndpoint=${baseUrl}/`;
  const make = (name: string): AppInsightsResource => {
    const instrumentationKey = randomUUID();
    return {
      name,
      instrumentationKey,
      connectionString: connectionString(instrumentationKey, context.baseUrl),
    };
  };
  // The default resource lives outside the state, so its connection string survives a reset or restore.
  const defaultResource = make('default');
  const known = (ikey: string) => {
    const key = normaliseKey(ikey);
    return key === normaliseKey(defaultResource.instrumentationKey) || key in slice().resources;
  };

  const track = (request: SandboxRequest): SandboxResponse => {
    const parsed = parseItems(request);
    if ('error' in parsed) return json(400, { itemsReceived: 0, itemsAccepted: 0, errors: [parsed.error] });
    const errors: IngestionError[] = [];
    const accepted: TelemetryEnvelope[] = [];
    parsed.items.forEach((item, index) => {
      const problem = 'parseError' in item ? item.parseError : envelopeProblem(item.value);
      if (problem) {
        errors.push({ index, statusCode: 400, message: problem });
        return;
      }
      const envelope = (item as { value: TelemetryEnvelope }).value;
      if (!known(envelope.iKey)) {
        errors.push({ index, statusCode: 400, message: 'Invalid instrumentation key' });
        return;
      }
      accepted.push(envelope);
    });
    const stored = slice().envelopes;
    stored.push(...accepted);
    if (stored.length > MAX_ENVELOPES) stored.splice(0, stored.length - MAX_ENVELOPES);
    const body: IngestionResponse = {
      itemsReceived: parsed.items.length,
      itemsAccepted: accepted.length,
      errors,
    };
    const status = errors.length === 0 ? 200 : accepted.length > 0 ? 206 : 400;
    return json(status, body);
  };
  const ingestion = { auth: 'none' } as const;
  router.post('/v2/track', ingestion, track);
  router.post('/v2.1/track', ingestion, track);

  const service: AppInsightsService = {
    connectionString: (baseUrl) => connectionString(defaultResource.instrumentationKey, baseUrl),
    createResource(name) {
      const resources = slice().resources;
      const existing = Object.values(resources).find((resource) => resource.name === name);
      if (existing) return existing;
      const resource = make(name);
      resources[normaliseKey(resource.instrumentationKey)] = resource;
      return resource;
    },
    envelopes(ikey) {
      const all = slice().envelopes;
      if (ikey === undefined) return [...all];
      const key = normaliseKey(ikey);
      return all.filter((envelope) => normaliseKey(envelope.iKey) === key);
    },
    clearEnvelopes(ikey) {
      const current = slice();
      if (ikey === undefined) current.envelopes = [];
      else {
        const key = normaliseKey(ikey);
        current.envelopes = current.envelopes.filter((envelope) => normaliseKey(envelope.iKey) !== key);
      }
    },
  };

  const control = { auth: 'none' } as const;
  router.get('/_sandbox/appinsights/envelopes', control, ({ query }) =>
    json(200, { value: service.envelopes(query.get('ikey') ?? undefined) }),
  );
  router.delete('/_sandbox/appinsights/envelopes', control, ({ query }) => {
    service.clearEnvelopes(query.get('ikey') ?? undefined);
    return { status: 204 };
  });
  return service;
}

type Item = { value: unknown } | { parseError: string };

/**
 * The body's items: a JSON array, or one JSON document per line (what the exporters send). A line that is not
 * JSON is that item's error; a body that cannot be read at all fails the request.
 */
function parseItems(request: SandboxRequest): { items: Item[] } | { error: IngestionError } {
  let raw = request.rawBody;
  const encoding = String(request.headers['content-encoding'] ?? '')
    .trim()
    .toLowerCase();
  if (encoding === 'gzip' || encoding === 'x-gzip') {
    try {
      raw = gunzipSync(raw);
    } catch {
      return { error: { index: 0, statusCode: 400, message: 'The request body is not valid gzip.' } };
    }
  } else if (encoding !== '' && encoding !== 'identity') {
    return {
      error: { index: 0, statusCode: 400, message: `Unsupported Content-Encoding '${encoding}'.` },
    };
  }
  const text = raw.toString('utf8').trim();
  if (text === '') return { error: { index: 0, statusCode: 400, message: 'The request body is empty.' } };
  if (text.startsWith('[')) {
    try {
      const items = JSON.parse(text) as unknown;
      if (Array.isArray(items)) return { items: items.map((value) => ({ value })) };
    } catch {
      // a body that starts like an array but is not one: read it line by line below
    }
  }
  return {
    items: text
      .split(/\r?\n/)
      .filter((line) => line.trim() !== '')
      .map((line): Item => {
        try {
          return { value: JSON.parse(line) as unknown };
        } catch (error) {
          return { parseError: `The item is not valid JSON: ${describeError(error).message}` };
        }
      }),
  };
}

/**
 * Why an envelope cannot be ingested, in the service's wording for schema errors ("Field 'x' on type 'Envelope'
 * is required but missing or empty. Expected: string, Actual: undefined"); undefined when it is fine.
 */
function envelopeProblem(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return `The item is not an object. Expected: Envelope, Actual: ${Array.isArray(value) ? 'array' : typeof value}`;
  }
  const envelope = value as Record<string, unknown>;
  const missing = (field: string, type: string, expected: string, actual: unknown) =>
    `Field '${field}' on type '${type}' is required but missing or empty. Expected: ${expected}, Actual: ${actual === null ? 'null' : typeof actual}`;
  for (const field of ['name', 'time', 'iKey']) {
    const fieldValue = envelope[field];
    if (typeof fieldValue !== 'string' || fieldValue.trim() === '') {
      return missing(field, 'Envelope', 'string', fieldValue);
    }
  }
  if (Number.isNaN(Date.parse(envelope.time as string))) {
    return `Field 'time' on type 'Envelope' is not a valid date: '${envelope.time}'.`;
  }
  const data = envelope.data;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return missing('data', 'Envelope', 'Data', data);
  }
  const { baseType, baseData } = data as Record<string, unknown>;
  if (typeof baseType !== 'string' || baseType === '') return missing('baseType', 'Data', 'string', baseType);
  if (typeof baseData !== 'object' || baseData === null)
    return missing('baseData', 'Data', baseType, baseData);
  return undefined;
}
