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

export interface ConfigurationErrorOptions {
  /** The action input at fault, if any. */
  readonly input?: string;
  /** Where in a user's file the problem is; reported as an annotation. */
  readonly location?: SourceLocation;
  readonly cause?: unknown;
}

export class ConfigurationError extends Error {
  override readonly name: string = 'ConfigurationError';
  readonly input: string | undefined;
  readonly location: SourceLocation | undefined;

  constructor(message: string, options: ConfigurationErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.input = options.input;
    this.location = options.location;
  }
}

/** Raised by entry points whose behaviour is not part of this version yet: scaffolding, never a feature. */
export class NotAvailableError extends ConfigurationError {
  override readonly name = 'NotAvailableError';
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
    return new ConfigurationError(text, { input: error.input, location: error.location, cause: error });
  }
  const wrapped = new Error(text, { cause: error });
  return wrapped;
}
