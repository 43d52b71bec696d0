/**
 * Lists of a development endpoint answer `{value, nextLink}`, `nextLink` absolute (the spec's `x-ms-pageable`), as
 * Data Factory's do; tokens are the same opaque offsets (arm/datafactory/paging.ts). The page size is 50 unless a
 * test lowers it through `PUT /_sandbox/synapse/page-size`.
 */

import { decodeToken, encodeToken, pageOf } from '../arm/datafactory/paging.js';
import type { SandboxContext } from '../context.js';
import type { SandboxRequest } from '../core/http.js';
import { synapse } from './store.js';

const SKIP_TOKEN = '$skipToken';

export function listPage<T>(
  context: SandboxContext,
  request: SandboxRequest,
  items: readonly T[],
): { value: T[]; nextLink?: string } | undefined {
  const offset = decodeToken(request.query.get(SKIP_TOKEN));
  if (offset === undefined) return undefined;
  const page = pageOf(items, offset, synapse(context).pageSize);
  if (page.next === undefined) return { value: page.items };
  const next = new URL(`${context.baseUrl}${request.path}`);
  next.searchParams.set('api-version', request.query.get('api-version')!);
  next.searchParams.set(SKIP_TOKEN, encodeToken(page.next));
  return { value: page.items, nextLink: next.toString() };
}
