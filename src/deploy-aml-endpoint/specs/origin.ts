/**
 * Where a value of the release came from — an action input or a place in a spec file — so that a problem found
 * later (a model version that does not exist, a compute that is missing) is still reported at that place, with the
 * file and line when it was a file.
 */

import type { DocumentReader } from '#shared/document-reader.js';
import type { DocumentPath } from '#shared/documents.js';
import { ConfigurationError } from '#shared/errors.js';

export type Origin =
  | { readonly kind: 'input'; readonly input: string }
  | { readonly kind: 'file'; readonly reader: DocumentReader; readonly at: DocumentPath };

export function originError(origin: Origin, message: string): ConfigurationError {
  if (origin.kind === 'file') return origin.reader.error(origin.at, message);
  return new ConfigurationError(`Input '${origin.input}': ${message}`, { input: origin.input });
}

export function describeOrigin(origin: Origin): string {
  return origin.kind === 'file' ? origin.reader.file : `input '${origin.input}'`;
}
