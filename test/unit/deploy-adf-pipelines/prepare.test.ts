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
      join(workspace, 'adf', 'dataset', 'ds_new.json'),
      json({ name: 'ds_other', properties: { type: 'DelimitedText' } }),
    );
    const prepared = prepareSource(
      { source: join(workspace, 'adf'), overridesFile: join(workspace, 'missing.yml') },
      context(),
    );
    // The first problem is the step's error, the other one an annotation of its own.
    await expect(prepared).rejects.toMatchObject({
      message: expect.stringMatching(/^adf\/dataset\/ds_new.json line 2.*\(and 1 more, annotated above\)$/),
      location: { file: 'adf/dataset/ds_new.json' },
    });
    const annotated = logger.entries.filter((e) => e.level === 'error');
    expect(annotated.map((e) => e.properties?.location?.file)).toEqual(['adf/pipeline/pl_new.json']);
  });

  it('logs what it ignores in the folder', async () => {
    await writeFile(join(workspace, 'adf', 'notes.json'), '{}');
    await prepareSource({ source: join(workspace, 'adf') }, context());
    expect(logger.messages('info')).toEqual(['adf/notes.json: ignored (not inside an ADF resource folder).']);
  });
});
