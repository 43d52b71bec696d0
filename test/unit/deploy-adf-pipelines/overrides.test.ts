import { join } from 'node:path';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { applyOverrides, type OverrideContext } from '../../../src/deploy-adf-pipelines/overrides.js';
import { OverridesError, parseOverrides } from '../../../src/deploy-adf-pipelines/overrides-file.js';
import { readGitFolder } from '../../../src/deploy-adf-pipelines/sources/git-folder.js';
import type { AdfArtifact } from '../../../src/shared/adf/artifacts.js';
import { parseDocumentText } from '../../../src/shared/documents.js';
import type { AmlReceipt } from '../../../src/shared/receipts/schemas.js';
import { artifact, FIXTURES, lineOf } from './helpers.js';

const FILE = 'overrides/dev.yml';
const WS =
  '/subscriptions/s1/resourceGroups/rg-dev/providers/Microsoft.MachineLearningServices/workspaces/mlw';

const receipt: AmlReceipt = {
  v: 1,
  kind: 'aml',
  environment: 'dev',
  subscription: 's1',
  resourceGroup: 'rg-dev',
  workspace: 'mlw',
  endpoint: {
    name: 'credit-be',
    id: `${WS}/batchEndpoints/credit-be`,
    scoringUri: 'https://credit-be.westeurope.inference.ml.azure.com/jobs',
  },
  deployment: { name: 'blue', id: `${WS}/batchEndpoints/credit-be/deployments/blue` },
  model: { id: `${WS}/models/credit-default/versions/7`, name: 'credit-default', version: '7' },
  run: { repo: 'contoso/credit', sha: 'abc', runId: '42', runAttempt: '1' },
  time: '2026-01-01T00:00:00.000Z',
};

const context: OverrideContext = {
  receipt,
  env: {
    DEPLOY_ENVIRONMENT: 'staging',
    SQL_CONNECTION: 'Server=tcp:sql;Password=hunter2',
    MAX: '8',
    EMPTY: '',
  },
};

let factory: readonly AdfArtifact[];
beforeAll(async () => {
  const read = await readGitFolder(join(FIXTURES, 'git'), 'adf');
  expect(read.problems).toEqual([]);
  factory = read.artifacts;
});

const overridesOf = (text: string) => parseOverrides(parseDocumentText(text, FILE));
const apply = (text: string, ctx: OverrideContext = context) =>
  applyOverrides(factory, overridesOf(text), ctx);
// biome-ignore lint/suspicious/noExplicitAny: artifact JSON read back for assertions
type Json = Record<string, any>;
const find = (artifacts: readonly AdfArtifact[], kind: AdfArtifact['kind'], name: string) => {
  const found = artifacts.find((a) => a.kind === kind && a.name === name);
  if (!found) throw new Error(`no ${kind} ${name}`);
  return found.properties as Json;
};

describe('applyOverrides on the fixture factory', () => {
  it.each<{ case: string; yaml: string; check: (artifacts: readonly AdfArtifact[]) => void }>([
    {
      case: 'global parameters: receipt and env substitution keep the type; a new one infers it',
      yaml: [
        'globalParameters:',
        '  scoringUri: ${{ receipt.endpoint.scoringUri }}',
        '  environment: ${{ env.DEPLOY_ENVIRONMENT }}',
        '  maxParallelUseCases: ${{ env.MAX }}',
        '  modelVersion: "${{ receipt.model.name }}:${{ receipt.model.version }}"',
        '  retries: 3',
        '  ratio: 0.5',
        '  enabled: true',
        '  regions: [westeurope, northeurope]',
        '  limits: { rows: 10 }',
      ].join('\n'),
      check: (artifacts) => {
        expect(find(artifacts, 'globalParameters', 'default')).toEqual({
          scoringUri: { type: 'String', value: receipt.endpoint.scoringUri },
          environment: { type: 'String', value: 'staging' },
          maxParallelUseCases: { type: 'Int', value: 8 },
          modelVersion: { type: 'String', value: 'credit-default:7' },
          retries: { type: 'Int', value: 3 },
          ratio: { type: 'Float', value: 0.5 },
          enabled: { type: 'Bool', value: true },
          regions: { type: 'Array', value: ['westeurope', 'northeurope'] },
          limits: { type: 'Object', value: { rows: 10 } },
        });
      },
    },
    {
      case: 'linked services: a JSON path below properties, names case-insensitive',
      yaml: [
        'linkedServices:',
        '  LS_ADLS_SCORING:',
        '    typeProperties.url: https://stscoringstaging.dfs.core.windows.net/',
        '  ls_sql_control:',
        '    typeProperties.connectionString: ${{ env.SQL_CONNECTION }}',
        '    typeProperties.newSection.timeout: 30',
      ].join('\n'),
      check: (artifacts) => {
        expect(find(artifacts, 'linkedService', 'ls_adls_scoring').typeProperties.url).toBe(
          'https://stscoringstaging.dfs.core.windows.net/',
        );
        const sql = find(artifacts, 'linkedService', 'ls_sql_control').typeProperties;
        expect(sql.connectionString).toBe('Server=tcp:sql;Password=hunter2');
        expect(sql.newSection).toEqual({ timeout: 30 });
      },
    },
    {
      case: 'triggers: parameters go to every pipeline it starts; runtimeState; other paths',
      yaml: [
        'triggers:',
        '  tr_daily_scoring:',
        '    parameters.runDate: "@trigger().startTime"',
        '    parameters.environment: ${{ env.DEPLOY_ENVIRONMENT }}',
        '    runtimeState: Stopped',
        '    typeProperties.recurrence.interval: 2',
      ].join('\n'),
      check: (artifacts) => {
        const trigger = find(artifacts, 'trigger', 'tr_daily_scoring');
        expect(trigger.pipelines[0].parameters).toEqual({
          runDate: '@trigger().startTime',
          environment: 'staging',
        });
        expect(trigger.runtimeState).toBe('Stopped');
        expect(trigger.typeProperties.recurrence.interval).toBe(2);
      },
    },
    {
      case: 'properties: by pattern and JSON path with indexes, a whole-receipt object',
      yaml: [
        'properties:',
        '  - resource: pipeline.pl_score_*',
        '    path: activities[0].typeProperties.url',
        '    value: ${{ receipt.endpoint.scoringUri }}',
        '  - resource: "*.ls_*"',
        '    path: annotations',
        '    value: [managed-by-release]',
        '  - resource: pipeline.pl_score_use_case',
        '    path: \'activities[0].typeProperties["x.run"]\'',
        '    value: ${{ receipt.endpoint }}',
      ].join('\n'),
      check: (artifacts) => {
        const score = find(artifacts, 'pipeline', 'pl_score_use_case');
        expect(score.activities[0].typeProperties.url).toBe(receipt.endpoint.scoringUri);
        expect(score.activities[0].typeProperties['x.run']).toEqual(receipt.endpoint);
        for (const name of ['ls_adls_scoring', 'ls_keyvault', 'ls_sql_control', 'ls_fileshare_onprem']) {
          expect(find(artifacts, 'linkedService', name).annotations).toEqual(['managed-by-release']);
        }
      },
    },
    {
      case: 'an empty file changes nothing',
      yaml: '# nothing for this environment\n',
      check: (artifacts) => expect(artifacts).toEqual(factory),
    },
  ])('$case', ({ yaml, check }) => {
    const before = structuredClone(factory.map((a) => a.properties));
    const result = apply(yaml);
    check(result.artifacts);
    // Pure: the input artifacts are untouched.
    expect(factory.map((a) => a.properties)).toEqual(before);
  });

  it('returns the values read from environment variables, for masking, and what it changed', () => {
    const result = apply(
      [
        'globalParameters:',
        '  environment: ${{ env.DEPLOY_ENVIRONMENT }}',
        '  blank: "x${{ env.EMPTY }}"',
        'linkedServices:',
        '  ls_sql_control:',
        '    typeProperties.connectionString: ${{ env.SQL_CONNECTION }}',
        '  ls_keyvault:',
        '    typeProperties.other: ${{ env.SQL_CONNECTION }}',
      ].join('\n'),
    );
    expect(result.secrets).toEqual(['staging', 'Server=tcp:sql;Password=hunter2']);
    expect(result.applied).toEqual([
      `global parameter 'environment' (${FILE} line 2)`,
      `global parameter 'blank' (added) (${FILE} line 3)`,
      `linkedService 'ls_sql_control' typeProperties.connectionString (${FILE} line 6)`,
      `linkedService 'ls_keyvault' typeProperties.other (${FILE} line 8)`,
    ]);
  });

  it('adds global parameters to a factory that has none', () => {
    const bare = [artifact('pipeline', 'pl', { activities: [] })];
    const result = applyOverrides(bare, overridesOf('globalParameters:\n  x: 1\n'), context);
    expect(result.artifacts.map((a) => [a.kind, a.name, a.properties])).toEqual([
      ['pipeline', 'pl', { activities: [] }],
      ['globalParameters', 'default', { x: { type: 'Int', value: 1 } }],
    ]);
    expect(bare).toHaveLength(1);
  });
});

describe('overrides errors name the file and line', () => {
  it.each<{ case: string; yaml: string; line: string; message: RegExp; env?: OverrideContext['env'] }>([
    {
      case: 'a missing environment variable',
      yaml: 'globalParameters:\n  environment: x\n  token: ${{ env.NOT_SET }}\n',
      line: 'token',
      message: /the environment variable 'NOT_SET' is not set/,
    },
    {
      case: 'an unknown receipt field',
      yaml: 'globalParameters:\n  scoringUri: ${{ receipt.endpoint.scoringUrl }}\n',
      line: 'scoringUri',
      message: /the aml receipt has no field 'endpoint.scoringUrl'; its fields are .*endpoint\.scoringUri/,
    },
    {
      case: 'an unknown expression scope',
      yaml: 'globalParameters:\n  a: ${{ secrets.X }}\n',
      line: 'a:',
      message: /neither \$\{\{ receipt.<field> \}\} nor \$\{\{ env.<NAME> \}\}/,
    },
    {
      case: 'an unclosed expression',
      yaml: 'globalParameters:\n  a: "x ${{ env.MAX "\n',
      line: 'a:',
      message: /has a '\$\{\{' that is not closed/,
    },
    {
      case: 'an object inside a longer string',
      yaml: 'globalParameters:\n  a: "run ${{ receipt.endpoint }}"\n',
      line: 'a:',
      message: /is an object, which cannot be part of a longer string/,
    },
    {
      case: 'a value that does not fit the existing global parameter type',
      yaml: 'globalParameters:\n  maxParallelUseCases: many\n',
      line: 'maxParallelUseCases',
      message: /globalParameters.maxParallelUseCases: the global parameter is of type Int, and "many" is not/,
    },
    {
      case: 'an unknown linked service',
      yaml: 'linkedServices:\n  ls_nope:\n    typeProperties.url: x\n',
      line: 'typeProperties.url',
      message: /linkedServices.ls_nope: the factory has no linked service named 'ls_nope'/,
    },
    {
      case: 'an unknown trigger',
      yaml: 'triggers:\n  tr_weekly:\n    runtimeState: Stopped\n',
      line: 'runtimeState',
      message: /triggers.tr_weekly: the factory has no trigger named 'tr_weekly'/,
    },
    {
      case: 'an invalid trigger state',
      yaml: 'triggers:\n  tr_daily_scoring:\n    runtimeState: Paused\n',
      line: 'runtimeState',
      message: /trigger 'tr_daily_scoring', runtimeState: must be Started or Stopped, not "Paused"/,
    },
    {
      case: 'a pattern matching no resource',
      yaml: 'properties:\n  - resource: pipeline.legacy_*\n    path: description\n    value: x\n',
      line: 'value: x',
      message: /the pattern 'pipeline.legacy_\*' matches no resource of the factory/,
    },
    {
      case: 'an index past the end of an array',
      yaml: 'properties:\n  - resource: pipeline.pl_score_use_case\n    path: activities[9].name\n    value: x\n',
      line: 'value: x',
      message:
        /pipeline 'pl_score_use_case', activities\[9\].name: 'activities' has 2 element\(s\), so there is no \[9\]/,
    },
    {
      case: 'a path through a scalar',
      yaml: 'linkedServices:\n  ls_adls_scoring:\n    typeProperties.url.host: x\n',
      line: 'typeProperties.url.host',
      message: /'typeProperties.url' is a string, not an object/,
    },
    {
      case: 'a path that would create an array',
      yaml: 'linkedServices:\n  ls_adls_scoring:\n    typeProperties.list[0]: x\n',
      line: 'typeProperties.list',
      message: /'typeProperties.list' does not exist, and an override never creates arrays/,
    },
    {
      case: 'a trigger parameter for a trigger without pipelines',
      yaml: 'properties:\n  - resource: trigger.tr_daily_scoring\n    path: pipelines\n    value: []\ntriggers:\n  tr_daily_scoring:\n    parameters.runDate: x\n',
      line: 'parameters.runDate',
      message: /passes no parameter|starts no pipeline/,
    },
  ])('$case', ({ yaml, line, message }) => {
    const overrides = overridesOf(yaml);
    let error: unknown;
    try {
      applyOverrides(factory, overrides, context);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(OverridesError);
    const problems = (error as OverridesError).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(message);
    expect(problems[0]!.location).toMatchObject({ file: FILE, line: lineOf(yaml, line) });
    expect((error as OverridesError).input).toBe('overrides-file');
    expect((error as OverridesError).message).toContain(`${FILE} line ${lineOf(yaml, line)}`);
  });

  it('reports every problem at once', () => {
    const yaml = [
      'globalParameters:',
      '  a: ${{ env.NOPE }}',
      'linkedServices:',
      '  ls_nope:',
      '    x: 1',
      'triggers:',
      '  tr_daily_scoring:',
      '    runtimeState: Off',
    ].join('\n');
    expect(() => apply(yaml)).toThrow(
      new RegExp(
        [
          `The overrides file ${FILE} has 3 problems:`,
          `- ${FILE} line 2, column 3: the environment variable 'NOPE' is not set`,
          `- ${FILE} line 5, column 5: linkedServices.ls_nope: the factory has no linked service named 'ls_nope'`,
          `- ${FILE} line 8, column 5: trigger 'tr_daily_scoring', runtimeState: must be Started or Stopped`,
        ]
          .join('\n')
          .replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
      ),
    );
  });

  it('needs a receipt for receipt fields', () => {
    expect(() => apply('globalParameters:\n  a: ${{ receipt.workspace }}\n', { env: {} })).toThrow(
      /needs the aml receipt, and there is none/,
    );
  });
});
