/**
 * CSV as the scoring job reads and writes it: RFC 4180 (quoted fields, doubled quotes, CRLF or LF, a UTF-8 BOM
 * tolerated), parsed incrementally from a byte stream so a file is never held whole.
 */
import { StringDecoder } from 'node:string_decoder';

export interface CsvRecord {
  readonly fields: string[];
  /** 1-based line where the record starts, for error messages. */
  readonly line: number;
}

export class CsvSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
    this.name = 'CsvSyntaxError';
  }
}

/** Records of a CSV stream, one array of fields each; blank lines are skipped. */
export async function* readCsv(stream: AsyncIterable<Buffer | string>): AsyncGenerator<CsvRecord> {
  const decoder = new StringDecoder('utf8');
  let field = '';
  let fields: string[] = [];
  let quoted = false;
  /** A quote inside a quoted field: either the end of the field or the first of a doubled quote. */
  let quotePending = false;
  let fieldWasQuoted = false;
  let line = 1;
  let recordLine = 1;
  let first = true;
  let pendingCr = false;

  const endRecord = (): CsvRecord | undefined => {
    fields.push(field);
    const record = fields;
    field = '';
    fields = [];
    fieldWasQuoted = false;
    const blank = record.length === 1 && record[0] === '';
    const start = recordLine;
    recordLine = line;
    return blank ? undefined : { fields: record, line: start };
  };

  const consume = function* (text: string): Generator<CsvRecord> {
    for (let i = 0; i < text.length; i++) {
      const ch = text[i]!;
      if (first) {
        first = false;
        if (ch === '\uFEFF') continue;
      }
      if (pendingCr) {
        pendingCr = false;
        if (ch === '\n') continue;
      }
      if (quotePending) {
        quotePending = false;
        if (ch === '"') {
          field += '"';
          continue;
        }
        quoted = false;
      }
      if (quoted) {
        if (ch === '"') quotePending = true;
        else {
          if (ch === '\n') line++;
          field += ch;
        }
        continue;
      }
      if (ch === '"') {
        if (field !== '' || fieldWasQuoted)
          throw new CsvSyntaxError(`Unexpected quote in an unquoted field.`, line);
        quoted = true;
        fieldWasQuoted = true;
        continue;
      }
      if (ch === ',') {
        fields.push(field);
        field = '';
        fieldWasQuoted = false;
        continue;
      }
      if (ch === '\r' || ch === '\n') {
        if (ch === '\r') pendingCr = true;
        line++;
        const record = endRecord();
        if (record) yield record;
        continue;
      }
      if (fieldWasQuoted) throw new CsvSyntaxError(`Text after a closing quote.`, line);
      field += ch;
    }
  };

  for await (const chunk of stream) {
    yield* consume(typeof chunk === 'string' ? chunk : decoder.write(chunk));
  }
  yield* consume(decoder.end());
  if (quotePending) {
    quotePending = false;
    quoted = false;
  }
  if (quoted) throw new CsvSyntaxError('The file ends inside a quoted field.', recordLine);
  const last = endRecord();
  if (last) yield last;
}

/** One CSV line (with `\n`), quoting fields that need it. */
export function csvLine(fields: readonly string[]): string {
  return `${fields.map((f) => (/[",\r\n]/.test(f) || /^\s|\s$/.test(f) ? `"${f.replace(/"/g, '""')}"` : f)).join(',')}\n`;
}
