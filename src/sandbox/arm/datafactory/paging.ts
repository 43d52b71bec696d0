/**
 * Paging as ADF does it: list operations answer `{value, nextLink}` with an absolute next-page URL (the SDK's
 * `for await` follows it unchanged, so it carries the api-version), run queries answer `{value,
 * continuationToken}` and take the token back in the next request body. Tokens are opaque offsets. The page size
 * is 50 unless a test lowers it through `PUT /_sandbox/datafactory/page-size` to see paging with few resources.
 */
import type { SandboxContext } from '../../context.js';
import type { SandboxRequest } from '../../core/http.js';
import { API_VERSION } from './errors.js';
import { dataFactory } from './store.js';

const SKIP_TOKEN = '$skipToken';

export function pageSize(context: SandboxContext): number {
  return dataFactory(context).pageSize;
}

export function setPageSize(context: SandboxContext, size: number): void {
  dataFactory(context).pageSize = size;
}

export function encodeToken(offset: number): string {
  return Buffer.from(JSON.stringify({ offset })).toString('base64url');
}

/** The offset in a token, 0 for none, undefined for a token this sandbox did not issue. */
export function decodeToken(token: string | null | undefined): number | undefined {
  if (!token) return 0;
  try {
    const { offset } = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as { offset?: unknown };
    return typeof offset === 'number' && Number.isInteger(offset) && offset >= 0 ? offset : undefined;
  } catch {
    return undefined;
  }
}

export interface Page<T> {
  readonly items: T[];
  /** The offset of the next page, when there is one. */
  readonly next?: number;
}

export function pageOf<T>(items: readonly T[], offset: number, size: number): Page<T> {
  const end = offset + size;
  return { items: items.slice(offset, end), ...(end < items.length ? { next: end } : {}) };
}

/** `{value, nextLink}` for a list request, paging from the request's `$skipToken`. */
export function listPage<T>(
  context: SandboxContext,
  request: SandboxRequest,
  items: readonly T[],
): { value: T[]; nextLink?: string } | undefined {
  const offset = decodeToken(request.query.get(SKIP_TOKEN));
  if (offset === undefined) return undefined;
  const page = pageOf(items, offset, pageSize(context));
  if (page.next === undefined) return { value: page.items };
  const next = new URL(`${context.baseUrl}${request.path}`);
  next.searchParams.set('api-version', API_VERSION);
  next.searchParams.set(SKIP_TOKEN, encodeToken(page.next));
  return { value: page.items, nextLink: next.toString() };
}
