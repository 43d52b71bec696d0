/**
 * The Web activity (type `WebActivity`), as ADF's "Web activity" page and the spec's WebActivityTypeProperties
 * describe it:
 * - `method` GET, POST, PUT, DELETE (and PATCH, HEAD, OPTIONS, which newer factories allow); `url`; `headers`;
 *   `body` (a string, or JSON sent as JSON; required for POST and PUT);
 * - `authentication`: none; `MSI` with a `resource` — a token for that resource from the sandbox authority, issued
 *   to the system-assigned managed identity of the factory (or Synapse workspace) (its principal id), as ADF gets one from Entra; `Basic`
 *   (`username`, `password` as a SecureString). Other types fail the activity, naming the type;
 * - `httpRequestTimeout` (a TimeSpan from 1 to 10 minutes, default 1 minute) bounds each HTTP exchange on the
 *   sandbox clock;
 * - a `202 Accepted` with a `Location` header is followed (GET, same authentication) every `Retry-After` seconds
 *   (10 when absent) until another status, unless `turnOffAsync`;
 * - the response must be at most 4 MB: a bigger one fails with ADF's code 2001 ("The length of execution output is
 *   over limit (around 4MB currently)"). A JSON object becomes the output itself, anything else `{Response: ...}`,
 *   plus `ADFWebActivityResponseHeaders` and the integration runtime fields;
 * - a status of 400 or more fails the activity with code 2108 and the response body as the message (what ADF shows:
 *   liprec/vsts-publish-adf#67), or "Error calling the endpoint '<url>'" when there is no body or no response.
 * The recorded input shows SecureString values masked.
 */
import type { Json } from '../../arm/datafactory/store.js';
import { linkedAbort } from '../../core/linked-abort.js';
import type { ActivityContext, ActivityExecutor } from '../runtime/activity-executor.js';
import { ActivityFailure } from '../runtime/activity-failure.js';
import { formatTimespan, parseTimespan } from '../runtime/activity-policy.js';
import { integrationRuntimeFields } from './execution-output.js';
import type { WebResponse } from './web-client.js';

const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS'];
export const MAX_RESPONSE_BYTES = 4 * 1024 * 1024;
const DEFAULT_HTTP_TIMEOUT_MS = 60_000;
const MIN_HTTP_TIMEOUT_MS = 60_000;
const MAX_HTTP_TIMEOUT_MS = 600_000;
const DEFAULT_POLL_SECONDS = 10;
const MASK = '**********';

const OUTPUT_TOO_LARGE = () =>
  new ActivityFailure('2001', 'The length of execution output is over limit (around 4MB currently).');

/** A copy of the settings with every SecureString value masked (what the activity run shows as input). */
export function maskSecureStrings(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(maskSecureStrings);
  if (!value || typeof value !== 'object') return value;
  const object = value as Json;
  if (String(object.type).toLowerCase() === 'securestring' && 'value' in object)
    return { ...object, value: MASK };
  return Object.fromEntries(Object.entries(object).map(([key, item]) => [key, maskSecureStrings(item)]));
}

function text(value: unknown, what: string): string {
  if (typeof value !== 'string' || !value)
    throw new ActivityFailure('BadRequest', `The Web activity needs ${what}.`);
  return value;
}

function secret(value: unknown): string {
  if (typeof value === 'string') return value;
  const wrapped = value as { type?: unknown; value?: unknown } | undefined;
  if (String(wrapped?.type).toLowerCase() === 'securestring' && typeof wrapped?.value === 'string') {
    return wrapped.value;
  }
  throw new ActivityFailure(
    'BadRequest',
    'The Web activity can only use a password given as a string or SecureString here (Key Vault references are not resolved by the sandbox).',
  );
}

async function authorization(
  context: ActivityContext,
  authentication: Json | undefined,
): Promise<string | undefined> {
  const type = String(authentication?.type ?? 'None');
  switch (type.toLowerCase()) {
    case 'none':
      return undefined;
    case 'msi': {
      const resource = text(authentication?.resource, 'authentication.resource for MSI authentication');
      const principalId = context.execution.host()?.principalId;
      if (principalId === undefined) {
        throw new ActivityFailure(
          'BadRequest',
          `The ${context.execution.hostRef.type === 'workspace' ? 'Synapse workspace' : 'factory'} '${context.execution.hostRef.name}' has no system-assigned managed identity to authenticate with.`,
        );
      }
      const token = await context.execution.services.managedIdentityToken(principalId, resource);
      return `Bearer ${token}`;
    }
    case 'basic': {
      const username = text(authentication?.username, 'authentication.username for Basic authentication');
      const password = secret(authentication?.password);
      return `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
    }
    default:
      throw new ActivityFailure(
        'BadRequest',
        `The sandbox's Web activity supports no authentication, MSI and Basic; '${type}' is not supported.`,
      );
  }
}

function httpTimeout(value: unknown): number {
  if (value === undefined || value === null) return DEFAULT_HTTP_TIMEOUT_MS;
  const ms = typeof value === 'string' ? parseTimespan(value) : undefined;
  if (ms === undefined || ms < MIN_HTTP_TIMEOUT_MS || ms > MAX_HTTP_TIMEOUT_MS) {
    throw new ActivityFailure(
      'BadRequest',
      `httpRequestTimeout must be a timespan from 00:01:00 to 00:10:00; got ${JSON.stringify(value)}.`,
    );
  }
  return ms;
}

/**
 * The settings as evaluated for the activity run's input, secrets unmasked, kept for `run`: evaluated once, so the
 * request is what the recorded input shows (a `guid()` or `utcNow()` in it gives one value, not two).
 */
const evaluatedSettings = new WeakMap<ActivityContext, Json>();

function settingsOf(context: ActivityContext): Json {
  let settings = evaluatedSettings.get(context);
  if (!settings) {
    settings = context.evaluate(context.definition.typeProperties ?? {}) as Json;
    evaluatedSettings.set(context, settings);
  }
  return settings;
}

export const webActivity: ActivityExecutor = {
  kind: 'execution',
  input: (context) => maskSecureStrings(settingsOf(context)) as Json,
  async run(context, input) {
    const started = context.execution.services.context.clock();
    // The input is masked for the activity run; the request needs the secrets themselves.
    const settings = settingsOf(context);
    const method = String(settings.method ?? '').toUpperCase();
    if (!METHODS.includes(method)) {
      throw new ActivityFailure(
        'BadRequest',
        `The Web activity's method must be one of ${METHODS.join(', ')}; got '${String(settings.method)}'.`,
      );
    }
    let url: URL;
    try {
      url = new URL(text(settings.url, 'a url'));
    } catch (error) {
      if (error instanceof ActivityFailure) throw error;
      throw new ActivityFailure(
        'BadRequest',
        `The Web activity's url '${String(settings.url)}' is not a valid URL.`,
      );
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      throw new ActivityFailure(
        'BadRequest',
        `The Web activity's url must be http or https; got '${url.protocol}'.`,
      );
    }
    const body =
      settings.body === undefined || settings.body === null
        ? undefined
        : typeof settings.body === 'string'
          ? settings.body
          : JSON.stringify(settings.body);
    if (body === undefined && (method === 'POST' || method === 'PUT')) {
      throw new ActivityFailure('BadRequest', `The Web activity needs a body for ${method}.`);
    }
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries((settings.headers ?? {}) as Json)) {
      headers[name.toLowerCase()] = typeof value === 'string' ? value : JSON.stringify(value);
    }
    if (body !== undefined) headers['content-type'] ??= isJson(body) ? 'application/json' : 'text/plain';
    const auth = await authorization(context, settings.authentication as Json | undefined);
    if (auth) headers.authorization = auth;
    const timeoutMs = httpTimeout(settings.httpRequestTimeout);

    let response = await exchange(context, {
      method,
      url,
      headers,
      body,
      timeoutMs,
      insecure: settings.disableCertValidation === true,
    });
    // ADF's asynchronous pattern: a 202 with a Location is followed until the work is done.
    while (response.status === 202 && response.headers.location && settings.turnOffAsync !== true) {
      const retryAfter = Number(response.headers['retry-after']);
      const seconds = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : DEFAULT_POLL_SECONDS;
      await context.execution.clock.sleep(seconds * 1000, context.signal);
      const location = new URL(response.headers.location, url);
      const pollHeaders: Record<string, string> = auth ? { authorization: auth } : {};
      response = await exchange(context, {
        method: 'GET',
        url: location,
        headers: pollHeaders,
        timeoutMs,
        insecure: settings.disableCertValidation === true,
      });
    }
    if (response.tooLarge) throw OUTPUT_TOO_LARGE();
    const content = response.body.toString('utf8');
    const parsed = parseJson(content);
    const output: Json = {
      ...(isRecord(parsed) ? parsed : { Response: parsed ?? content }),
      ADFWebActivityResponseHeaders: response.headers,
      ...integrationRuntimeFields(context, started),
    };
    if (response.status >= 400) {
      throw new ActivityFailure(
        '2108',
        content.trim() ||
          `Error calling the endpoint '${url.href}'. Response status code: '${response.status} ${response.statusText}'.`,
        'UserError',
        output,
      );
    }
    void input;
    return output;
  },
};

async function exchange(
  context: ActivityContext,
  request: {
    method: string;
    url: URL;
    headers: Record<string, string>;
    body?: string;
    timeoutMs: number;
    insecure: boolean;
  },
): Promise<WebResponse> {
  const call = linkedAbort(context.signal);
  let timedOut = false;
  const stop = context.execution.clock.after(request.timeoutMs, () => {
    timedOut = true;
    call.controller.abort(new Error('timeout'));
  });
  try {
    return await context.execution.services.web.request({
      ...request,
      signal: call.signal,
      maxBytes: MAX_RESPONSE_BYTES,
    });
  } catch (error) {
    if (context.signal.aborted) throw error;
    const reason = timedOut
      ? `no response within httpRequestTimeout ${formatTimespan(request.timeoutMs)}`
      : (error as Error).message;
    throw new ActivityFailure('2108', `Error calling the endpoint '${request.url.href}': ${reason}.`);
  } finally {
    call.release();
    stop();
  }
}

function isJson(text: string): boolean {
  return parseJson(text) !== undefined;
}

function parseJson(text: string): unknown {
  if (!text.trim()) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
