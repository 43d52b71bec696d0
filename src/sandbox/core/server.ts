/**
 * The sandbox's HTTPS server and the pipeline every request goes through, in the order Azure's front door applies
 * it: request id, injected faults, routing, authentication (401 with ARM's body), ARM throttling (429 with
 * `Retry-After`), spec validation of the request, the handler, spec validation of the response, and the log.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { describeError } from '#shared/errors.js';
import type { FaultInjector } from './faults.js';
import {
  armError,
  type OperationKind,
  operationKind,
  type RouteAuth,
  type Router,
  type SandboxRequest,
  type SandboxResponse,
  type TokenClaims,
} from './http.js';
import type { RequestLog } from './request-log.js';
import type { Throttler } from './throttling.js';

/** Checks a bearer token for a route; answers the 401 itself when the token does not fit. */
export type Authenticator = (
  authorization: string | undefined,
  auth: Exclude<RouteAuth, 'none'>,
) => Promise<{ claims: TokenClaims } | { error: SandboxResponse }>;

/** Validates traffic against the REST specs; findings are recorded, and in strict mode fail the request. */
export interface SpecValidator {
  validateRequest(request: SandboxRequest): Promise<string[]>;
  validateResponse(request: SandboxRequest, response: SandboxResponse): Promise<string[]>;
}

export interface ValidationFinding {
  readonly seq: number;
  readonly method: string;
  readonly path: string;
  readonly phase: 'request' | 'response';
  readonly messages: string[];
}

export interface PipelineParts {
  readonly router: Router;
  readonly faults: FaultInjector;
  readonly log: RequestLog;
  readonly throttler: Throttler;
  readonly authenticate: Authenticator;
  readonly validator: () => SpecValidator | undefined;
  readonly findings: ValidationFinding[];
}

const MAX_BODY_BYTES = 8 * 1024 * 1024;

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('request body too large'));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function parseJson(raw: Buffer, contentType: string | undefined): unknown {
  if (raw.length === 0) return undefined;
  if (contentType && !/json/i.test(contentType)) return undefined;
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch {
    return undefined;
  }
}

/** The subscription a path is scoped to, for throttling buckets. */
function subscriptionOf(path: string): string {
  return /^\/subscriptions\/([^/]+)/i.exec(path)?.[1] ?? 'tenant';
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function send(res: ServerResponse, response: SandboxResponse, requestId: string): void {
  const headers: Record<string, string> = {
    'x-ms-request-id': requestId,
    'x-ms-correlation-request-id': requestId,
    ...response.headers,
  };
  let payload: Buffer | undefined;
  if (Buffer.isBuffer(response.body)) payload = response.body;
  else if (typeof response.body === 'string') payload = Buffer.from(response.body);
  else if (response.body !== undefined) {
    payload = Buffer.from(JSON.stringify(response.body));
    headers['content-type'] ??= 'application/json; charset=utf-8';
  }
  headers['content-length'] = String(payload?.length ?? 0);
  res.writeHead(response.status, headers);
  res.end(payload);
}

export function createPipeline(parts: PipelineParts) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const started = performance.now();
    const requestId = (req.headers['x-ms-client-request-id'] as string | undefined) ?? randomUUID();
    const url = new URL(req.url ?? '/', 'https://sandbox.invalid');
    const method = (req.method ?? 'GET').toUpperCase();
    const path = url.pathname;
    let kind: OperationKind = 'read';
    let route = '-';
    let faultId: string | undefined;
    const finish = (response: SandboxResponse) => {
      send(res, response, requestId);
      parts.log.record({
        time: new Date().toISOString(),
        method,
        path,
        query: url.search,
        status: response.status,
        kind,
        route,
        durationMs: Math.round(performance.now() - started),
        requestId,
        ...(faultId ? { fault: faultId } : {}),
        ...(req.headers['user-agent'] ? { userAgent: String(req.headers['user-agent']) } : {}),
      });
    };

    let rawBody: Buffer;
    try {
      rawBody = await readBody(req);
    } catch {
      finish(armError(413, 'RequestEntityTooLarge', `The request content exceeds ${MAX_BODY_BYTES} bytes.`));
      return;
    }

    const match = parts.router.match(method, path);
    if (match && 'handler' in match) {
      kind = operationKind(method, match.options);
      route = match.pattern;
    }

    const fault = parts.faults.match(method, `${path}${url.search}`);
    if (fault) {
      faultId = fault.id;
      if (fault.latencyMs) await sleep(fault.latencyMs);
      if (fault.reset) {
        req.socket.destroy();
        parts.log.record({
          time: new Date().toISOString(),
          method,
          path,
          query: url.search,
          status: 0,
          kind,
          route,
          durationMs: Math.round(performance.now() - started),
          requestId,
          fault: fault.id,
        });
        return;
      }
      if (fault.status) {
        const headers: Record<string, string> = {};
        if (fault.retryAfterSeconds !== undefined) headers['retry-after'] = String(fault.retryAfterSeconds);
        finish(
          armError(
            fault.status,
            fault.code ?? defaultCode(fault.status),
            fault.message ?? 'Injected fault.',
            headers,
          ),
        );
        return;
      }
      faultId = undefined; // latency only: the request is then served normally
    }

    if (!match) {
      finish(armError(404, 'NotFound', `No sandbox route for ${method} ${path}.`));
      return;
    }
    if (!('handler' in match)) {
      finish(
        armError(405, 'MethodNotAllowed', `The requested method ${method} is not allowed for ${path}.`, {
          allow: match.allowed.join(', '),
        }),
      );
      return;
    }

    let principal: TokenClaims | undefined;
    if (match.options.auth !== 'none') {
      const result = await parts.authenticate(req.headers.authorization, match.options.auth);
      if ('error' in result) {
        finish(result.error);
        return;
      }
      principal = result.claims;
    }

    const throttleHeaders: Record<string, string> = {};
    if (match.options.auth === 'arm') {
      const bucket = kind === 'read' ? 'reads' : kind === 'delete' ? 'deletes' : 'writes';
      const verdict = parts.throttler.take(subscriptionOf(path), kind);
      if (!verdict.allowed) {
        finish(
          armError(
            429,
            'TooManyRequests',
            `The request is being throttled as the limit has been reached for operation type - ${bucket}.`,
            {
              'retry-after': String(verdict.retryAfterSeconds),
            },
          ),
        );
        return;
      }
      throttleHeaders[`x-ms-ratelimit-remaining-subscription-${bucket}`] = String(verdict.remaining);
    }

    const request: SandboxRequest = {
      method,
      url,
      path,
      query: url.searchParams,
      headers: req.headers,
      rawBody,
      body: parseJson(rawBody, req.headers['content-type']),
      requestId,
      principal,
      params: match.params,
    };

    const validator = match.options.validate ? parts.validator() : undefined;
    const seq = parts.log.lastSeq + 1;
    if (validator) {
      const messages = await validator.validateRequest(request);
      if (messages.length) parts.findings.push({ seq, method, path, phase: 'request', messages });
    }

    let response: SandboxResponse;
    try {
      response = await match.handler(request);
    } catch (error) {
      response = armError(
        500,
        'InternalServerError',
        `The sandbox failed to handle the request: ${describeError(error).message}`,
      );
    }
    // The content type is part of what the spec validator checks, so it is set before validation.
    const jsonBody =
      response.body !== undefined && !Buffer.isBuffer(response.body) && typeof response.body !== 'string';
    response = {
      ...response,
      headers: {
        ...throttleHeaders,
        ...(jsonBody ? { 'content-type': 'application/json; charset=utf-8' } : {}),
        ...response.headers,
      },
    };

    if (validator) {
      const messages = await validator.validateResponse(request, response);
      if (messages.length) parts.findings.push({ seq, method, path, phase: 'response', messages });
    }
    finish(response);
  };
}

function defaultCode(status: number): string {
  if (status === 429) return 'TooManyRequests';
  if (status === 503) return 'ServiceUnavailable';
  if (status === 500) return 'InternalServerError';
  if (status === 409) return 'Conflict';
  return 'InjectedFault';
}

export async function listen(
  handler: (req: IncomingMessage, res: ServerResponse) => Promise<void>,
  tls: { cert: string; key: string },
  port = 0,
): Promise<{ server: Server; port: number }> {
  const server = createServer({ cert: tls.cert, key: tls.key }, (req, res) => {
    handler(req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, armError(500, 'InternalServerError', String(error)), randomUUID());
    });
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return { server, port: (server.address() as AddressInfo).port };
}
