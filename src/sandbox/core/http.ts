/**
 * The sandbox's request model and router. Every emulated service (ARM providers, the identity endpoints, the batch
 * data plane, Application Insights ingestion, the control API) registers routes here; the server runs the shared
 * pipeline (request ids, faults, auth, throttling, spec validation, logging) around them.
 */
import type { IncomingHttpHeaders } from 'node:http';

/**
 * Who may call a route: ARM needs a management token, the batch data plane an `https://ml.azure.com` token, the
 * Synapse workspace development endpoint an `https://dev.azuresynapse.net` token.
 */
export type RouteAuth = 'arm' | 'ml-data' | 'synapse-dev' | 'storage' | 'none';

/** How ARM's throttling counts a request. */
export type OperationKind = 'read' | 'write' | 'delete' | 'action';

export interface TokenClaims {
  readonly aud: string;
  readonly iss: string;
  readonly sub: string;
  readonly tid?: string;
  readonly appid?: string;
  readonly oid?: string;
  readonly exp: number;
  readonly [claim: string]: unknown;
}

export interface SandboxRequest {
  readonly method: string;
  readonly url: URL;
  /** The path without the query, as sent (ARM matching is case-insensitive; handlers get params as sent). */
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: IncomingHttpHeaders;
  readonly rawBody: Buffer;
  /** The JSON body, parsed when the content is JSON; `undefined` when there is none. */
  readonly body: unknown;
  readonly requestId: string;
  /** The validated bearer token's claims on authenticated routes. */
  readonly principal: TokenClaims | undefined;
  /** Route parameters (`:name` segments), decoded. */
  readonly params: Readonly<Record<string, string>>;
}

export interface SandboxResponse {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  /** Serialised as JSON unless it is a Buffer or a string (sent as is). */
  readonly body?: unknown;
}

export type Handler = (request: SandboxRequest) => SandboxResponse | Promise<SandboxResponse>;

export interface RouteOptions {
  readonly auth: RouteAuth;
  /** Defaults from the method: GET/HEAD read, DELETE delete, PUT/PATCH write, POST action (counted as a write). */
  readonly kind?: OperationKind;
  /** Validate this route's requests and responses against the REST specs (ARM routes of the emulated providers). */
  readonly validate?: boolean;
}

interface Route {
  readonly method: string;
  readonly pattern: string;
  readonly regex: RegExp;
  readonly names: string[];
  readonly handler: Handler;
  readonly options: RouteOptions;
}

export interface RouteMatch {
  readonly handler: Handler;
  readonly params: Record<string, string>;
  readonly options: RouteOptions;
  readonly pattern: string;
}

function compile(pattern: string): { regex: RegExp; names: string[] } {
  const names: string[] = [];
  const source = pattern
    .split('/')
    .map((segment) => {
      if (segment.startsWith(':')) {
        names.push(segment.slice(1));
        return '([^/]+)';
      }
      return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('/');
  // ARM paths are case-insensitive; a trailing slash is tolerated as ARM tolerates it.
  return { regex: new RegExp(`^${source}/?$`, 'i'), names };
}

/** A path's number of segments, a trailing slash not counted (the routes tolerate one). */
function segmentCount(path: string): number {
  let count = 0;
  for (let i = 0; i < path.length; i++) if (path.charCodeAt(i) === 0x2f) count++;
  return path.length > 1 && path.endsWith('/') ? count - 1 : count;
}

export class Router {
  /**
   * The routes in the order they were added, grouped by their number of path segments: a parameter matches exactly
   * one segment, so only routes with as many segments as the path can match it, and a request tries those alone
   * rather than every route's expression.
   */
  private readonly bySegments = new Map<number, Route[]>();

  add(method: string, pattern: string, options: RouteOptions, handler: Handler): this {
    const segments = segmentCount(pattern);
    let routes = this.bySegments.get(segments);
    if (!routes) {
      routes = [];
      this.bySegments.set(segments, routes);
    }
    routes.push({ method: method.toUpperCase(), pattern, ...compile(pattern), handler, options });
    return this;
  }

  get(pattern: string, options: RouteOptions, handler: Handler): this {
    return this.add('GET', pattern, options, handler);
  }
  put(pattern: string, options: RouteOptions, handler: Handler): this {
    return this.add('PUT', pattern, options, handler);
  }
  post(pattern: string, options: RouteOptions, handler: Handler): this {
    return this.add('POST', pattern, options, handler);
  }
  patch(pattern: string, options: RouteOptions, handler: Handler): this {
    return this.add('PATCH', pattern, options, handler);
  }
  delete(pattern: string, options: RouteOptions, handler: Handler): this {
    return this.add('DELETE', pattern, options, handler);
  }

  /** The route for a request, or `allowed` methods when the path exists under other methods (for a 405). */
  match(method: string, path: string): RouteMatch | { allowed: string[] } | undefined {
    const allowed: string[] = [];
    for (const route of this.bySegments.get(segmentCount(path)) ?? []) {
      const found = route.regex.exec(path);
      if (!found) continue;
      if (route.method !== method.toUpperCase()) {
        allowed.push(route.method);
        continue;
      }
      const params: Record<string, string> = {};
      route.names.forEach((name, index) => {
        params[name] = decodeURIComponent(found[index + 1]!);
      });
      return { handler: route.handler, params, options: route.options, pattern: route.pattern };
    }
    return allowed.length ? { allowed } : undefined;
  }
}

export function operationKind(method: string, options: RouteOptions): OperationKind {
  if (options.kind) return options.kind;
  switch (method.toUpperCase()) {
    case 'GET':
    case 'HEAD':
      return 'read';
    case 'DELETE':
      return 'delete';
    case 'POST':
      return 'action';
    default:
      return 'write';
  }
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): SandboxResponse {
  return { status, body, headers };
}

/** ARM's error shape: `{ error: { code, message, target?, details? } }`. */
export function armError(
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
): SandboxResponse {
  return { status, body: { error: { code, message } }, headers };
}

/** The standard ARM "not found" messages, by what is missing. */
export const notFound = {
  resourceGroup: (name: string) =>
    armError(404, 'ResourceGroupNotFound', `Resource group '${name}' could not be found.`),
  resource: (type: string, name: string, resourceGroup: string) =>
    armError(
      404,
      'ResourceNotFound',
      `The Resource '${type}/${name}' under resource group '${resourceGroup}' was not found.`,
    ),
};
