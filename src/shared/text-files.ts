/**
 * Reading a user's text file as UTF-8, and saying plainly when it is not. Windows editors (and PowerShell's
 * `Out-File` before PowerShell 7) write UTF-16 or a UTF-8 byte order mark; read as UTF-8, a UTF-16 file is nothing
 * but "invalid JSON at 1:1". So: a UTF-8 BOM is dropped and reported (the caller says so, as a notice); UTF-16 and
 * UTF-32, with or without a BOM, and bytes that are not UTF-8 at all are refused, naming the encoding found.
 */
import { readFile } from 'node:fs/promises';
import { ConfigurationError } from './errors.js';

export interface TextFile {
  readonly text: string;
  /** The file started with a UTF-8 byte order mark, which was dropped. */
  readonly bom: boolean;
}

/** The UTF-16/32 encoding `bytes` are in, from their byte order mark or their zero bytes, if they are. */
export function wideEncoding(bytes: Uint8Array): string | undefined {
  const [a, b, c, d] = bytes;
  if (a === 0xff && b === 0xfe)
    return c === 0 && d === 0 ? 'UTF-32 (little-endian)' : 'UTF-16 (little-endian)';
  if (a === 0xfe && b === 0xff) return 'UTF-16 (big-endian)';
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return 'UTF-32 (big-endian)';
  // Without a byte order mark: text of ASCII characters has a zero byte beside every character.
  const sample = bytes.subarray(0, Math.min(bytes.length, 200) & ~1);
  if (sample.length < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) i % 2 === 0 ? evenZeros++ : oddZeros++;
  const half = sample.length / 2;
  if (oddZeros > half * 0.6 && evenZeros === 0) return 'UTF-16 (little-endian, without a byte order mark)';
  if (evenZeros > half * 0.6 && oddZeros === 0) return 'UTF-16 (big-endian, without a byte order mark)';
  return undefined;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decodes `bytes` as UTF-8 (see the module comment); `shownAs` names the file in the refusal. */
export function decodeText(bytes: Uint8Array, shownAs: string, input?: string): TextFile {
  const refuse = (detail: string) =>
    ConfigurationError.at(shownAs, detail, { input, location: { file: shownAs } });
  const wide = wideEncoding(bytes);
  if (wide) throw refuse(`the file is encoded as ${wide}; save it as UTF-8 (without a byte order mark).`);
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    return { text: UTF8.decode(bom ? bytes.subarray(3) : bytes), bom };
  } catch {
    throw refuse('the file is not UTF-8 text (it holds bytes that UTF-8 does not allow); save it as UTF-8.');
  }
}

/** The refusal of a file that could not be read: not found, or the system's code. */
export function unreadableFile(error: unknown, shownAs: string, input?: string): ConfigurationError {
  const code = (error as { code?: string }).code;
  return ConfigurationError.at(
    shownAs,
    code === 'ENOENT' ? 'file not found.' : `cannot read the file (${code ?? String(error)}).`,
    { input, location: { file: shownAs }, cause: error },
  );
}

/** Reads and decodes a file; a file that cannot be read is a ConfigurationError naming it. */
export async function readTextFile(absolute: string, shownAs: string, input?: string): Promise<TextFile> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(absolute);
  } catch (error) {
    throw unreadableFile(error, shownAs, input);
  }
  return decodeText(bytes, shownAs, input);
}
