/**
 * ADF's encoding functions, listed among its conversion functions: base64, data URIs, URI components and binary.
 *
 * Text is UTF-8. A binary result is the content envelope the Logic Apps engine passes between functions
 * (`{"$content-type": "application/octet-stream", "$content": "<base64>"}`); ADF's reference prints binary results as
 * strings of bits, which is how the documentation renders bytes, not a value a pipeline can hold. `uriComponent`
 * escapes every character outside A-Z, a-z, 0-9 and `-_.~`, as .NET's `Uri.EscapeDataString`.
 */
import { type BinaryValue, binaryValue, isBinary, toText } from '../values.js';
import { type CallContext, expectString, type FunctionDefinition, typeMismatch } from './definitions.js';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

function decodeBase64(context: CallContext, text: string): Buffer {
  const compact = text.replace(/\s+/g, '');
  if (compact.length % 4 !== 0 || !BASE64.test(compact)) {
    return context.fail(
      'argument-value',
      `The function '${context.name}' was invoked with a parameter that is not valid: '${text}' is not a base64 string.`,
      0,
    );
  }
  return Buffer.from(compact, 'base64');
}

/** The bytes of a string (UTF-8) or of a binary value. */
function bytesOf(context: CallContext, value: unknown): Buffer {
  if (typeof value === 'string') return Buffer.from(value, 'utf8');
  if (isBinary(value)) return Buffer.from(value.$content, 'base64');
  return typeMismatch(context, 0, 'a string', value);
}

function escapeDataString(text: string): string {
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** Decodes `%XX` sequences that form UTF-8; any other `%` is left as it is, as `Uri.UnescapeDataString` does. */
function unescapeDataString(text: string): string {
  return text.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
}

interface DataUri {
  readonly contentType: string;
  readonly bytes: Buffer;
}

/** `data:[<media type>][;base64],<data>` (RFC 2397; the media type defaults to text/plain;charset=US-ASCII). */
function parseDataUri(context: CallContext, text: string): DataUri {
  const comma = text.indexOf(',');
  if (!/^data:/i.test(text) || comma === -1) {
    return context.fail(
      'argument-value',
      `The function '${context.name}' was invoked with a parameter that is not valid: '${text}' is not a data URI.`,
      0,
    );
  }
  const meta = text.slice(5, comma).split(';');
  const base64 = meta.at(-1)?.toLowerCase() === 'base64';
  if (base64) meta.pop();
  const data = text.slice(comma + 1);
  const bytes = base64 ? decodeBase64(context, data) : Buffer.from(unescapeDataString(data), 'utf8');
  const contentType = meta.join(';') || 'text/plain;charset=US-ASCII';
  return { contentType, bytes };
}

function dataUriToBinary(args: readonly unknown[], context: CallContext): BinaryValue {
  const { contentType, bytes } = parseDataUri(context, expectString(context, args, 0));
  return binaryValue(bytes, contentType);
}

function base64ToString(args: readonly unknown[], context: CallContext): string {
  return decodeBase64(context, expectString(context, args, 0)).toString('utf8');
}

function uriComponentToString(args: readonly unknown[], context: CallContext): string {
  return unescapeDataString(expectString(context, args, 0));
}

function encodeUriComponent(args: readonly unknown[], context: CallContext): string {
  return escapeDataString(expectString(context, args, 0));
}

export const ENCODING_FUNCTIONS: readonly FunctionDefinition[] = [
  {
    name: 'base64',
    minArgs: 1,
    maxArgs: 1,
    evaluate: ([value], context) => bytesOf(context, value).toString('base64'),
  },
  {
    name: 'base64ToBinary',
    minArgs: 1,
    maxArgs: 1,
    evaluate: (args, context) => binaryValue(decodeBase64(context, expectString(context, args, 0))),
  },
  { name: 'base64ToString', minArgs: 1, maxArgs: 1, evaluate: base64ToString },
  {
    name: 'binary',
    minArgs: 1,
    maxArgs: 1,
    evaluate: ([value], context) => {
      if (value === null || value === undefined) return typeMismatch(context, 0, 'a string', value);
      return binaryValue(Buffer.from(toText(value), 'utf8'));
    },
  },
  {
    name: 'dataUri',
    minArgs: 1,
    maxArgs: 1,
    evaluate: ([value], context) => {
      const contentType = isBinary(value) ? value['$content-type'] : 'text/plain;charset=utf-8';
      return `data:${contentType};base64,${bytesOf(context, value).toString('base64')}`;
    },
  },
  { name: 'dataUriToBinary', minArgs: 1, maxArgs: 1, evaluate: dataUriToBinary },
  {
    name: 'dataUriToString',
    minArgs: 1,
    maxArgs: 1,
    evaluate: (args, context) => parseDataUri(context, expectString(context, args, 0)).bytes.toString('utf8'),
  },
  { name: 'decodeBase64', minArgs: 1, maxArgs: 1, evaluate: base64ToString },
  { name: 'decodeDataUri', minArgs: 1, maxArgs: 1, evaluate: dataUriToBinary },
  { name: 'decodeUriComponent', minArgs: 1, maxArgs: 1, evaluate: uriComponentToString },
  { name: 'encodeUriComponent', minArgs: 1, maxArgs: 1, evaluate: encodeUriComponent },
  { name: 'uriComponent', minArgs: 1, maxArgs: 1, evaluate: encodeUriComponent },
  {
    name: 'uriComponentToBinary',
    minArgs: 1,
    maxArgs: 1,
    evaluate: (args, context) => binaryValue(Buffer.from(uriComponentToString(args, context), 'utf8')),
  },
  { name: 'uriComponentToString', minArgs: 1, maxArgs: 1, evaluate: uriComponentToString },
];
