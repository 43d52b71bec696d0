// The prepare phase, without Azure: the source read in either form, the overrides applied (what they read from the
// environment masked first), the filters applied, and every problem annotated at its file and line.
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { type PrepareContext, prepareSource } from '../../../src/deploy-adf-pipelines/prepare.js';
import { ConfigurationError } from '../../../src/shared/errors.js';
import { RecordingLogger } from '../../../src/shared/logger.js';
import { amlReceipt } from '../../fixtures/receipts.js';
import { FIXTURES, json, label, SAMPLE_FACTORY } from './helpers.js';

let workspace: string;
let logger: RecordingLogger;
let masked: string[];

beforeEach(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'adf-prepare-'));
  await cp(join(FIXTURES, 'git'), join(workspace, 'adf'), { recursive: true });
  await cp(join(FIXTURES, 'arm'), join(workspace, 'arm'), { recursive: true });
  logger = new RecordingLogger();
  masked = [];
});
afterEach(async () => {
  await rm(workspace, { recursive: true, force: true });
});

function context(env: NodeJS.ProcessEnv = {}): PrepareContext {
  return { workspace, amlReceipt: amlReceipt(), env, logger, masker: { mask: (s) => masked.push(s!) } };
}

describe('prepareSource', () => {
  it('reads the git folder and the ARM template (a .json source) alike', async () => {
    const git = await prepareSource({ source: join(workspace, 'adf') }, context());
    const arm = await prepareSource(
      {
        source: join(workspace, 'arm', 'ARMTemplateForFactory.json'),
        armTemplateParameters: join(workspace, 'arm', 'ARMTemplateParametersForFactory.json'),
      },
      context(),
    );
    expect(git.selected.map(label).sort()).toEqual(SAMPLE_FACTORY);
    expect(arm.selected.map(label).sort()).toEqual(SAMPLE_FACTORY);
    expect(git.excluded).toEqual([]);
    // Files are shown relative to the workspace.
    expect(arm.selected[0]!.source.file).toBe('arm/ARMTemplateForFactory.json');
  });

  it('applies the overrides, masking what they read from the environment before logging', async () => {
    await writeFile(
      join(workspace, 'dev.yml'),
      [
        'globalParameters:',
        '  scoringUri: ${{ receipt.endpoint.scoringUri }}',
        'linkedServices:',
        '  ls_sql_control:',
        '    typeProperties.connectionString.secretName: ${{ env.SQL_SECRET_NAME }}',
        '',
      ].join('\n'),
    );
    const prepared = await prepareSource(
      { source: join(workspace, 'adf'), overridesFile: join(workspace, 'dev.yml') },
      context({ SQL_SECRET_NAME: 'sql-control-dev' }),
    );
    const find = (name: string) => prepared.selected.find((a) => a.name === name)!.properties;
    expect(find('default').scoringUri).toEqual({ type: 'String', value: amlReceipt().endpoint.scoringUri });
    expect(find('ls_sql_control')).toMatchObject({
      typeProperties: { connectionString: { secretName: 'sql-control-dev' } },
    });
    expect(masked).toEqual(['sql-control-dev']);
    expect(logger.messages('info')).toEqual([
      "Override: global parameter 'scoringUri' (dev.yml line 2)",
      "Override: linkedService 'ls_sql_control' typeProperties.connectionString.secretName (dev.yml line 5)",
    ]);
  });

  it('leaves out what the filters exclude; a reference into it waits for the factory to be read', async () => {
    const prepared = await prepareSource(
      {
        source: join(workspace, 'adf'),
        include: ['pipeline.*', 'trigger.*'],
        exclude: ['pipeline.pl_copy*'],
      },
      context(),
    );
    expect(prepared.selected.map(label)).toEqual([
      'pipeline:pl_orchestrate_scoring',
      'pipeline:pl_score_use_case',
      'pipeline:pl_stage_onprem_features',
      'trigger:tr_daily_scoring',
    ]);
    // pl_score_use_case runs pl_copy_scores_to_sql, which is excluded: not refused here.
    expect(prepared.excluded.map(label)).toContain('pipeline:pl_copy_scores_to_sql');
    expect(prepared.filter.exclude.map((p) => p.text)).toEqual(['pipeline.pl_copy*']);
  });

  it('refuses an include pattern that matches nothing', async () => {
    const prepared = prepareSource(
      { source: join(workspace, 'adf'), include: ['pipeline.pl_score*', 'pipeline.nope*'] },
      context(),
    );
    await expect(prepared).rejects.toBeInstanceOf(ConfigurationError);
    await expect(prepared).rejects.toMatchObject({
      input: 'include',
      message: "Input 'include': 'pipeline.nope*' matches nothing in the source; check the kind and name.",
    });
  });

  it('reports the problems of the source before reading the overrides, each at its file and line', async () => {
    await writeFile(join(workspace, 'adf', 'pipeline', 'pl_new.json'), '{ "name": ');
    await writeFile(
      join(workspace, 'adf', 'dataset', 'ds-new.json'),
      json({ name: 'ds-new', properties: { type: 'DelimitedText' } }),
    );
    const prepared = prepareSource(
      { source: join(workspace, 'adf'), overridesFile: join(workspace, 'missing.yml') },
      context(),
    );
    // The first problem is the step's error, the other one an annotation of its own.
    await expect(prepared).rejects.toMatchObject({
      message: expect.stringMatching(/^adf\/dataset\/ds-new.json line 2.*\(and 1 more, annotated above\)$/),
      location: { file: 'adf/dataset/ds-new.json' },
    });
    const annotated = logger.entries.filter((e) => e.level === 'error');
    expect(annotated.map((e) => e.properties?.location?.file)).toEqual(['adf/pipeline/pl_new.json']);
  });

  it('warns of a file named differently from its resource, and deploys the resource by its name', async () => {
    await writeFile(
      join(workspace, 'adf', 'pipeline', 'Scoring.json'),
      json({ name: 'pl_renamed', properties: { activities: [] } }),
    );
    const prepared = await prepareSource({ source: join(workspace, 'adf') }, context());
    expect(prepared.selected.some((a) => a.kind === 'pipeline' && a.name === 'pl_renamed')).toBe(true);
    const warnings = logger.entries.filter((e) => e.level === 'warning');
    expect(warnings).toEqual([
      expect.objectContaining({
        message:
          "the file is named 'Scoring.json' but the resource is named 'pl_renamed': it is deployed as 'pl_renamed' (its \"name\" wins; ADF Studio names each file after its resource)",
        properties: { location: { file: 'adf/pipeline/Scoring.json', line: 2, column: 3 } },
      }),
    ]);
    // Never a suggestion to rename the file (the name may not be a legal file name).
    expect(warnings[0]!.message).not.toMatch(/rename the file/i);
  });

  it('reads a UTF-8 file with a byte order mark, with a notice; refuses UTF-16, naming it', async () => {
    const file = join(workspace, 'adf', 'pipeline', 'pl_bom.json');
    const text = json({ name: 'pl_bom', properties: { activities: [] } });
    await writeFile(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]));
    const prepared = await prepareSource({ source: join(workspace, 'adf') }, context());
    expect(prepared.selected.some((a) => a.name === 'pl_bom')).toBe(true);
    expect(logger.entries.filter((e) => e.level === 'notice')).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/^the file starts with a UTF-8 byte order mark/),
        properties: { location: { file: 'adf/pipeline/pl_bom.json' } },
      }),
    ]);

    await writeFile(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    await expect(prepareSource({ source: join(workspace, 'adf') }, context())).rejects.toMatchObject({
      message: expect.stringMatching(
        /^adf\/pipeline\/pl_bom.json: the file is encoded as UTF-16 \(little-endian\); save it as UTF-8/,
      ),
      location: { file: 'adf/pipeline/pl_bom.json' },
    });
    await writeFile(file, Buffer.from(text, 'utf16le'));
    await expect(prepareSource({ source: join(workspace, 'adf') }, context())).rejects.toThrow(
      /the file is encoded as UTF-16 \(little-endian, without a byte order mark\)/,
    );
  });

  it('logs what it ignores in the folder', async () => {
    await writeFile(join(workspace, 'adf', 'notes.json'), '{}');
    await prepareSource({ source: join(workspace, 'adf') }, context());
    expect(logger.messages('info')).toEqual(['adf/notes.json: ignored (not inside an ADF resource folder).']);
  });
});

describe('secure template parameters', () => {
  const secure = (parameters: string) => ({
    source: join(FIXTURES, 'arm-secure', 'ARMTemplateForFactory.json'),
    armTemplateParameters: join(FIXTURES, 'arm-secure', parameters),
  });

  it('refuses an empty one before any write, naming it and the ways to supply it', async () => {
    const refused = prepareSource(secure('ARMTemplateParametersForFactory.json'), context());
    await expect(refused).rejects.toBeInstanceOf(ConfigurationError);
    await expect(refused).rejects.toThrow(
      /ARMTemplateParametersForFactory\.json line 8, column 5: the secure parameter 'ls_sql_connectionString' is empty, and it gives linkedService 'ls_sql' its typeProperties\.connectionString: an empty secret would be deployed\. Give it a value in an environment parameters file \(input arm-template-parameters\), or set typeProperties\.connectionString of linkedService 'ls_sql' in the overrides file from a secret \(\$\{\{ env\.NAME \}\}\)\. \(and 1 more, annotated above\)/,
    );
    const other = logger.entries.filter((e) => e.level === 'error');
    expect(other.map((e) => e.message)).toEqual([
      expect.stringMatching(
        /^the secure parameter 'ls_blob_sasUri' is empty, and it gives linkedService 'ls_blob' its typeProperties\.sasUri\.value/,
      ),
    ]);
    // Located at the parameter's entry in the parameters file.
    expect(other[0]!.properties?.location?.file).toMatch(/ARMTemplateParametersForFactory\.json$/);
  });

  it('masks the values first and does not refuse a password it supplies as written in plain text', async () => {
    const prepared = await prepareSource(secure('parameters.dev.json'), context());
    const sql = prepared.selected.find((a) => a.name === 'ls_sql')!;
    const connection = (sql.properties.typeProperties as { connectionString: string }).connectionString;
    expect(connection).toMatch(/Password=Dev-Sql-Pa55word!7;/);
    expect(masked).toContain(connection);
    expect(masked).toContain(
      'https://stscoringdev.blob.core.windows.net/?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2027-01-01T00:00:00Z&sig=DevSasSignature0123456789abcdef%3D',
    );
    expect(prepared.secrets).toEqual(expect.arrayContaining([connection]));
    // Masked before anything was logged.
    expect(logger.entries.some((e) => e.message.includes('Pa55word'))).toBe(false);
  });

  it('accepts an empty one that an override from a secret replaces', async () => {
    await writeFile(
      join(workspace, 'dev.yml'),
      [
        'linkedServices:',
        '  ls_sql:',
        '    typeProperties.connectionString: ${{ env.SQL_CONNECTION }}',
        '  ls_blob:',
        '    typeProperties.sasUri.value: ${{ env.BLOB_SAS }}',
        '',
      ].join('\n'),
    );
    const env = {
      SQL_CONNECTION: 'Server=tcp:s;Password=FromVault-42;',
      BLOB_SAS: 'https://b/?sig=FromVault-43',
    };
    const prepared = await prepareSource(
      { ...secure('ARMTemplateParametersForFactory.json'), overridesFile: join(workspace, 'dev.yml') },
      context(env),
    );
    expect(prepared.selected.find((a) => a.name === 'ls_sql')!.properties.typeProperties).toEqual({
      connectionString: 'Server=tcp:s;Password=FromVault-42;',
    });
    expect(masked).toEqual(expect.arrayContaining(Object.values(env)));
  });
});

describe('prepareSource for a Synapse workspace', () => {
  it('refuses global parameters an overrides file adds, before any call', async () => {
    await cp(join(import.meta.dirname, '..', '..', '..', 'examples', 'synapse'), join(workspace, 'synapse'), {
      recursive: true,
    });
    const overrides = join(workspace, 'overrides.yml');
    await writeFile(overrides, 'globalParameters:\n  environment: dev\n');
    const synapse = { source: join(workspace, 'synapse'), target: 'synapse' as const };
    await expect(prepareSource(synapse, context())).resolves.toBeDefined();
    await expect(prepareSource({ ...synapse, overridesFile: overrides }, context())).rejects.toThrow(
      /global parameters: a Synapse workspace has none/,
    );
  });
});
