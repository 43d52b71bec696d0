// Pipeline mode's control table layout: the table-schema input held against what the metadata receipt records.
import { describe, expect, it } from '@jest/globals';
import { controlTableLayout } from '../../../src/run-integration-score/pipeline/control-table-layout.js';
import { BUILTIN_LAYOUT } from '../../../src/shared/control-table/table-layout.js';
import { parseTableSchema, tableSchemaDigest } from '../../../src/shared/control-table/table-schema.js';
import { parseDocumentText } from '../../../src/shared/documents.js';
import { ConfigurationError } from '../../../src/shared/errors.js';
import type { MetadataReceipt } from '../../../src/shared/receipts/schemas.js';
import { metadataReceipt } from '../../fixtures/receipts.js';

const SCHEMA = `table: etl.ScoringControl
columns:
  id: UseCaseId
  pipeline: PipelineName
  endpoint: EndpointName
  parameters: Settings
  environment: Environment
`;
const parse = (text: string, file = 'own/control-table.yml') =>
  parseTableSchema(parseDocumentText(text, file), { environment: 'dev', defaultSchema: 'public' });
const TABLE = { schema: 'etl', table: 'ScoringControl' };

/** The receipt apply-control-metadata writes after adopting etl.ScoringControl with SCHEMA. */
function adopted(): MetadataReceipt {
  const base = metadataReceipt();
  return metadataReceipt({
    store: {
      ...base.store,
      table: 'etl.ScoringControl',
      tableSchema: { file: 'own/control-table.yml', digest: tableSchemaDigest(parse(SCHEMA).layout) },
    },
  });
}

function refusal(run: () => unknown): ConfigurationError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).input).toBe('table-schema');
    return error as ConfigurationError;
  }
  throw new Error('expected a refusal');
}

describe('controlTableLayout', () => {
  it("the action's own table without table-schema: the built-in layout", () => {
    const receipt = metadataReceipt();
    expect(controlTableLayout(receipt, { schema: 'mlops', table: 'control_use_cases' }, undefined)).toBe(
      BUILTIN_LAYOUT,
    );
  });

  it('the adopted table with the same mapping, even from a file moved or written otherwise: its layout', () => {
    const moved = parse(
      `# moved and reordered
columns:
  environment: Environment
  parameters: Settings
  endpoint: EndpointName
  pipeline: PipelineName
  id: UseCaseId
`,
      'config/table.yml',
    );
    const layout = controlTableLayout(adopted(), TABLE, moved);
    expect(layout.adopted).toBe(true);
    expect(layout.columns.find((c) => c.field === 'pipeline')?.name).toBe('PipelineName');
  });

  it('refuses an adopted table without table-schema, naming the file the receipt records', () => {
    expect(refusal(() => controlTableLayout(adopted(), TABLE, undefined)).message).toBe(
      `Input 'table-schema' is not given, but the metadata receipt says apply-control-metadata adopted the control table etl.ScoringControl through the table-schema own/control-table.yml (mapping ${adopted().store.tableSchema!.digest.slice(0, 12)}): its columns have that file's names. Give the same file in 'table-schema'.`,
    );
  });

  it('refuses a table-schema whose mapping differs from the one the table was adopted with', () => {
    const other = parse(SCHEMA.replace('PipelineName', 'TopLevelPipelineName'));
    const error = refusal(() => controlTableLayout(adopted(), TABLE, other));
    expect(error.message).toMatch(
      /^Input 'table-schema': the mapping of own\/control-table\.yml \([0-9a-f]{12}\) is not the one apply-control-metadata adopted the control table etl\.ScoringControl with \(own\/control-table\.yml, mapping [0-9a-f]{12}\): give the table-schema file apply-control-metadata was given, or run apply-control-metadata again with this one\.$/,
    );
    expect(error.location).toEqual({ file: 'own/control-table.yml' });
  });

  it("refuses a table-schema when the receipt's table is the action's own", () => {
    expect(refusal(() => controlTableLayout(metadataReceipt(), TABLE, parse(SCHEMA))).message).toBe(
      "Input 'table-schema' gives own/control-table.yml, but the metadata receipt says apply-control-metadata wrote its own control table mlops.control_use_cases, with no table-schema: remove 'table-schema', or run apply-control-metadata with this table-schema first.",
    );
  });

  it('refuses a table-schema of the same mapping that names another table', () => {
    const elsewhere = parse(SCHEMA.replace('etl.ScoringControl', 'etl.OtherControl'));
    expect(refusal(() => controlTableLayout(adopted(), TABLE, elsewhere)).message).toBe(
      "Input 'table-schema': own/control-table.yml describes the table etl.OtherControl, but the metadata receipt's control table is etl.ScoringControl; give the table-schema of etl.ScoringControl.",
    );
  });
});
