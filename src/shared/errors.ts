/**
 * The two-class error model: a ConfigurationError is the user's to fix (their inputs or files), everything else is
 * ours or Azure's. Azure failures keep their error code, HTTP status and request id so a support ticket can cite them.
 */

import { types } from 'node:util';

export interface SourceLocation {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
}

/**
 * `<file>`, `<file> line N` or `<file> line N, column M`: a place in a user's file as every message writes it.
 * `column: false` leaves the column out, for messages that point at a line (the annotation keeps the column).
 */
export function formatLocation(
  location: SourceLocation,
  options: { readonly column?: boolean } = {},
): string {
  const { file, line, column } = location;
  if (line === undefined) return file;
  return column === undefined || options.column === false
    ? `${file} line ${line}`
    : `${file} line ${line}, column ${column}`;
}

export interface ConfigurationErrorOptions {
  /** The action input at fault, if any. */
  readonly input?: string;
  /** Where in a user's file the problem is; reported as an annotation. */
  readonly location?: SourceLocation;
  readonly cause?: unknown;
  /** What is wrong without where it is (see ConfigurationError.detail); the message itself when not given. */
  readonly detail?: string;
}

export class ConfigurationError extends Error {
  override readonly name: string = 'ConfigurationError';
  readonly input: string | undefined;
  readonly location: SourceLocation | undefined;
  /**
   * The message without its `<file> line N: ` or `Input 'x': ` prefix: what a consumer reads to report the problem
   * elsewhere (as one Problem among others, or at another place), so nothing takes the message apart again.
   */
  readonly detail: string;

  constructor(message: string, options: ConfigurationErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.input = options.input;
    this.location = options.location;
    this.detail = options.detail ?? message;
  }

  /** `<where>: <detail>`, with the detail kept apart: `where` is a formatted location or `Input 'name'`. */
  static at(
    where: string,
    detail: string,
    options: Omit<ConfigurationErrorOptions, 'detail'> = {},
  ): ConfigurationError {
    return new ConfigurationError(`${where}: ${detail}`, { ...options, detail });
  }
}

/** Raised by entry points whose behaviour is not part of this version yet: scaffolding, never a feature. */
export class NotAvailableError extends ConfigurationError {
  override readonly name = 'NotAvailableError';
}

/**
 * The step did its work and its answer is no (dataset drift, for one): a verdict, not a crash. The step fails with
 * the message alone, as for a ConfigurationError, never with an error code in front.
 */
export class VerdictError extends Error {
  override readonly name: string = 'VerdictError';
}

/** A deadline passed while waiting on long-running work. */
export class TimeoutError extends Error {
  override readonly name = 'TimeoutError';
}

/** What we know about any thrown value, normalised once. */
export interface ErrorDetails {
  readonly message: string;
  /** Azure's error code (`ResourceNotFound`, `Conflict`, ...) or a Node error code (`ECONNRESET`). */
  readonly code?: string;
  readonly statusCode?: number;
  readonly requestId?: string;
}

type Headers = { get?(name: string): string | undefined } | Record<string, unknown>;

function header(headers: Headers | undefined, name: string): string | undefined {
  if (!headers) return undefined;
  if (typeof (headers as { get?: unknown }).get === 'function') {
    return (headers as { get(name: string): string | undefined }).get(name) ?? undefined;
  }
  const value = (headers as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : undefined;
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
}

/** The ARM error body `{ error: { code, message } }`, if the value carries one (RestError.details, or a parsed body). */
function armError(value: unknown): { code?: string; message?: string } | undefined {
  const record = asRecord(value);
  const inner = asRecord(record?.error) ?? asRecord(asRecord(record?.odataError)?.error);
  if (!inner) return undefined;
  return {
    code: typeof inner.code === 'string' ? inner.code : undefined,
    message: typeof inner.message === 'string' ? inner.message : undefined,
  };
}

/**
 * Normalises anything thrown: Error, Azure RestError (duck-typed, so this module loads no SDK), ARM error bodies,
 * strings and other values.
 */
export function describeError(error: unknown): ErrorDetails {
  // isNativeError also recognises errors from another realm (Node's own errors inside jest's VM modules).
  if (error instanceof Error || types.isNativeError(error)) {
    const record = error as unknown as Record<string, unknown>;
    const response = asRecord(record.response);
    const request = asRecord(record.request);
    const fromBody = armError(record.details) ?? armError(response?.parsedBody);
    const requestId =
      header(response?.headers as Headers | undefined, 'x-ms-request-id') ??
      (typeof request?.requestId === 'string' ? request.requestId : undefined);
    const code = typeof record.code === 'string' ? record.code : fromBody?.code;
    const statusCode = typeof record.statusCode === 'number' ? record.statusCode : undefined;
    return dropUndefined({
      message: error.message || fromBody?.message || error.name,
      code,
      statusCode,
      requestId,
    });
  }
  const body = armError(error);
  if (body) return dropUndefined({ message: body.message ?? 'Unknown Azure error', code: body.code });
  if (typeof error === 'string') return { message: error };
  try {
    return { message: JSON.stringify(error) ?? String(error) };
  } catch {
    return { message: String(error) };
  }
}

/** ARM's codes for "not there", for an error that carries no HTTP status (an ARM error body on its own). */
const NOT_FOUND_CODES: ReadonlySet<string> = new Set(['ResourceNotFound', 'NotFound']);

/**
 * Azure answered "not there": a 404 when the error has an HTTP status (the status decides: it is what the read got),
 * else one of ARM's not-found codes, for an error that is an ARM body alone.
 */
export function isNotFound(error: unknown): boolean {
  const { statusCode, code } = describeError(error);
  if (statusCode !== undefined) return statusCode === 404;
  return code !== undefined && NOT_FOUND_CODES.has(code);
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** `<message>` plus the Azure code, status and request id when known: `Conflict (409, request id abc): message`. */
export function formatErrorDetails(details: ErrorDetails): string {
  const facts = [
    details.statusCode === undefined ? undefined : String(details.statusCode),
    details.requestId === undefined ? undefined : `request id ${details.requestId}`,
  ].filter((fact) => fact !== undefined);
  const prefix = details.code ? `${details.code}${facts.length ? ` (${facts.join(', ')})` : ''}: ` : '';
  const suffix = !details.code && facts.length ? ` (${facts.join(', ')})` : '';
  return `${prefix}${details.message}${suffix}`;
}

/**
 * Adds what we were doing to an error while keeping its class: a ConfigurationError stays one (it is still the
 * user's to fix), anything else becomes an Error whose message carries the Azure code and request id.
 */
export function withContext(context: string, error: unknown): Error {
  const text = `${context}: ${formatErrorDetails(describeError(error))}`;
  if (error instanceof ConfigurationError) {
    return new ConfigurationError(text, {
      input: error.input,
      location: error.location,
      cause: error,
      detail: `${context}: ${error.detail}`,
    });
  }
  const wrapped = new Error(text, { cause: error });
  return wrapped;
}
