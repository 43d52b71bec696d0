import { describe, expect, it } from '@jest/globals';
import {
  type ColumnReaders,
  hashedRowAssignments,
  hashedRowDeclarations,
  ROW_COLUMN_LIST,
  rowFromRecord,
  STORED_COLUMN_LIST,
} from '../../../../src/shared/control-table/stores/row-columns.js';

describe('the row’s columns in SQL', () => {
  it('lists the row’s columns, and the stored ones after them, in table order', () => {
    expect(ROW_COLUMN_LIST).toBe(
      'id, pipeline, endpoint, deployment, input_location, output_location, sink_table, schedule, enabled, parameters',
    );
    expect(STORED_COLUMN_LIST).toBe(
      `${ROW_COLUMN_LIST}, content_hash, applied_at, applied_by, source_commit`,
    );
  });

  it('declares a hashed row’s columns with the engine’s type for each kind', () => {
    expect(hashedRowDeclarations((column, kind) => `${column}:${kind}`)).toEqual([
      'id:text',
      'pipeline:text',
      'endpoint:text',
      'deployment:nullable-text',
      'input_location:text',
      'output_location:text',
      'sink_table:nullable-text',
      'schedule:nullable-text',
      'enabled:boolean',
      'parameters:json-object',
      'content_hash:text',
    ]);
  });

  it('assigns every column but the id, and the content hash, from the source', () => {
    expect(hashedRowAssignments('r')).toBe(
      'pipeline = r.pipeline, endpoint = r.endpoint, deployment = r.deployment, input_location = r.input_location, output_location = r.output_location, sink_table = r.sink_table, schedule = r.schedule, enabled = r.enabled, parameters = r.parameters, content_hash = r.content_hash',
    );
  });

  it('reads each column of a result row by its kind, and nothing else', () => {
    const readers: ColumnReaders = {
      text: (value) => `text:${String(value)}`,
      'nullable-text': (value) => (value === null ? null : `nullable:${String(value)}`),
      boolean: (value) => value === 1,
      'json-object': (value) => ({ parsed: value }),
    };
    const record = {
      id: 'a',
      pipeline: 'p',
      endpoint: 'e',
      deployment: null,
      input_location: 'i',
      output_location: 'o',
      sink_table: 's',
      schedule: null,
      enabled: 1,
      parameters: '{}',
      content_hash: 'h',
      applied_by: 'x',
    };
    expect(rowFromRecord(record, readers)).toEqual({
      id: 'text:a',
      pipeline: 'text:p',
      endpoint: 'text:e',
      deployment: null,
      input_location: 'text:i',
      output_location: 'text:o',
      sink_table: 'nullable:s',
      schedule: null,
      enabled: true,
      parameters: { parsed: '{}' },
    });
  });
});
