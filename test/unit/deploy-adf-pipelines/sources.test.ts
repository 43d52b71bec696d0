import { readFile, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { parseArmTemplate, readArmTemplate } from '../../../src/deploy-adf-pipelines/sources/arm-template.js';
import { mayHoldArtifacts, readGitFolder } from '../../../src/deploy-adf-pipelines/sources/git-folder.js';
import {
  type EvaluationContext,
  evaluateTemplateString,
} from '../../../src/deploy-adf-pipelines/sources/template-expressions.js';
import { validateArtifacts } from '../../../src/deploy-adf-pipelines/validation.js';
import { type AdfArtifact, compareArtifacts } from '../../../src/shared/adf/artifacts.js';
import { FIXTURES, json, label, lineOf, SAMPLE_FACTORY, writeTree } from './helpers.js';

const comparable = (artifacts: readonly AdfArtifact[]) =>
  [...artifacts].sort(compareArtifacts).map(({ kind, name, properties }) => ({ kind, name, properties }));

async function readBoth() {
  const git = await readGitFolder(join(FIXTURES, 'git'), 'adf');
  const arm = await readArmTemplate({
    template: {
      absolute: join(FIXTURES, 'arm', 'ARMTemplateForFactory.json'),
      shownAs: 'arm/ARMTemplateForFactory.json',
    },
    parameters: {
      absolute: join(FIXTURES, 'arm', 'ARMTemplateParametersForFactory.json'),
      shownAs: 'arm/ARMTemplateParametersForFactory.json',
    },
  });
  return { git, arm };
}

describe('the two sources of one factory', () => {
  it('give identical artifact sets', async () => {
    const { git, arm } = await readBoth();
    expect(git.problems).toEqual([]);
    expect(arm.problems).toEqual([]);
    expect(comparable(arm.artifacts)).toEqual(comparable(git.artifacts));
    expect(git.artifacts.map(label).sort()).toEqual(SAMPLE_FACTORY);
  });

  it('validate cleanly', async () => {
    const { git, arm } = await readBoth();
    expect(() => validateArtifacts(git.artifacts, git.problems)).not.toThrow();
    expect(() => validateArtifacts(arm.artifacts, arm.problems)).not.toThrow();
  });

  it('locate values in their own files', async () => {
    const { git, arm } = await readBoth();
    const find = (artifacts: readonly AdfArtifact[]) => artifacts.find((a) => a.name === 'ls_keyvault')!;
    const gitText = await readFile(join(FIXTURES, 'git', 'linkedService', 'ls_keyvault.json'), 'utf8');
    const gitLine = gitText.split('\n').findIndex((l) => l.includes('"baseUrl"'));
    expect(find(git.artifacts).source.locate(['typeProperties', 'baseUrl'])).toEqual({
      file: 'adf/linkedService/ls_keyvault.json',
      line: gitLine + 1,
      column: gitText.split('\n')[gitLine]!.indexOf('"baseUrl"') + 1,
    });
    const armText = await readFile(join(FIXTURES, 'arm', 'ARMTemplateForFactory.json'), 'utf8');
    const armLine =
      armText.split('\n').findIndex((l) => l.includes("'ls_keyvault_properties_typeProperties_baseUrl'")) + 1;
    expect(find(arm.artifacts).source.locate(['typeProperties', 'baseUrl'])).toMatchObject({
      file: 'arm/ARMTemplateForFactory.json',
      line: armLine,
    });
  });

  it('unescapes [[ literals and applies parameter defaults', async () => {
    const { arm } = await readBoth();
    const dataset = arm.artifacts.find((a) => a.name === 'ds_control_use_cases')!;
    expect(dataset.properties.description).toBe('[control] one row per scoring use case');
    const globals = arm.artifacts.find((a) => a.kind === 'globalParameters')!;
    expect(globals.properties.environment).toEqual({ type: 'String', value: 'dev' });
    expect(globals.properties.maxParallelUseCases).toEqual({ type: 'Int', value: 4 });
  });
});

describe('the git folder reader', () => {
  it('reads managed private endpoints, ignores publish_config.json and notes unknown folders', async () => {
    const tree = await writeTree({
      'publish_config.json': json({ publishBranch: 'adf_publish' }),
      'managedVirtualNetwork/default.json': json({ name: 'default', properties: {} }),
      'managedVirtualNetwork/default/managedPrivateEndpoint/mpe_sql.json': json({
        name: 'mpe_sql',
        properties: { privateLinkResourceId: '/subscriptions/s/x', groupId: 'sqlServer' },
      }),
      'notebooks/readme.json': json({}),
      'pipeline/p.json': json({ name: 'p', properties: { activities: [] } }),
    });
    try {
      const read = await readGitFolder(tree.dir, 'adf');
      expect(read.problems).toEqual([]);
      expect(read.artifacts.map(label)).toEqual([
        'managedVirtualNetwork:default',
        'managedPrivateEndpoint:default/mpe_sql',
        'pipeline:p',
      ]);
      expect(read.notes).toEqual(['adf/notebooks/: ignored (not an ADF resource folder).']);
    } finally {
      await tree.cleanup();
    }
  });

  it('refuses a file that is a symbolic link out of the folder, without reading it', async () => {
    const outside = await writeTree({ 'p.json': json({ name: 'p', properties: { activities: [] } }) });
    const tree = await writeTree({ 'pipeline/q.json': json({ name: 'q', properties: { activities: [] } }) });
    try {
      await symlink(join(outside.dir, 'p.json'), join(tree.dir, 'pipeline', 'p.json'));
      const read = await readGitFolder(tree.dir, 'adf');
      expect(read.artifacts.map(label)).toEqual(['pipeline:q']);
      expect(read.problems).toEqual([
        {
          message:
            'adf/pipeline/p.json is a symbolic link to a file outside the source folder; commit the file itself',
          location: { file: 'adf/pipeline/p.json' },
        },
      ]);
    } finally {
      await tree.cleanup();
      await outside.cleanup();
    }
  });
});

describe('ARM template names', () => {
  const template = (name: string, type = 'Microsoft.DataFactory/factories/pipelines') =>
    json({
      parameters: { factoryName: { type: 'string', defaultValue: 'f' } },
      variables: { prefix: "[concat(parameters('factoryName'), '/')]" },
      resources: [{ name, type, apiVersion: '2018-06-01', properties: { activities: [] } }],
    });
  it.each([
    ["[concat(parameters('factoryName'), '/Score')]", 'Score'],
    ["[concat(parameters('factoryName'), '/x')]", 'x'],
    [
      "[concat(variables('prefix'), 'a_much_longer_pipeline_name_than_usual')]",
      'a_much_longer_pipeline_name_than_usual',
    ],
    ["[format('{0}/{1}', parameters('factoryName'), 'Fmt')]", 'Fmt'],
    ["[concat(parameters('factoryName'), '/', last(split('scoring/pl_last', '/')))]", 'pl_last'],
    ["[concat(first(split(variables('prefix'), '/')), '/', replace('pl-dashed', '-', '_'))]", 'pl_dashed'],
    ["[format('{0}/{1}', parameters('factoryName'), toLower(substring('XPL_SUB', 1)))]", 'pl_sub'],
    [
      "[concat(parameters('factoryName'), '/', if(contains(createArray('a', 'b'), 'b'), 'Has', 'Not'))]",
      'Has',
    ],
    ['f/Literal', 'Literal'],
    [
      "[concat(toLower(parameters('FACTORYNAME')), '/', if(equals(parameters('factoryName'), 'f'), 'Yes', 'No'))]",
      'Yes',
    ],
  ])('%s -> %s', (name, expected) => {
    const read = parseArmTemplate({ template: { text: template(name), file: 't.json' } });
    expect(read.problems).toEqual([]);
    expect(read.artifacts.map((a) => a.name)).toEqual([expected]);
  });

  it('ignores resources that are not Data Factory resources, with a note', () => {
    const read = parseArmTemplate({
      template: { text: template('kv', 'Microsoft.KeyVault/vaults'), file: 't.json' },
    });
    expect(read.artifacts).toEqual([]);
    expect(read.notes[0]).toMatch(/Microsoft.KeyVault\/vaults is not a kind this action deploys/);
  });

  it('refuses a template with no Data Factory resources, pointing at its resources', () => {
    const text = json({ $schema: 'x', resources: [] });
    const read = parseArmTemplate({ template: { text, file: 't.json' } });
    expect(read.artifacts).toEqual([]);
    expect(read.problems).toEqual([
      {
        message: expect.stringMatching(
          /^the template has no Data Factory resources .*ARMTemplateForFactory\.json that ADF publishes, or the git-integration folder$/,
        ),
        location: { file: 't.json', line: lineOf(text, '"resources"'), column: 3 },
      },
    ]);
  });

  it('reads global parameters on the factory resource (the older publish mode)', () => {
    const text = json({
      parameters: { factoryName: { type: 'string', defaultValue: 'f' } },
      resources: [
        {
          name: "[parameters('factoryName')]",
          type: 'Microsoft.DataFactory/factories',
          apiVersion: '2018-06-01',
          properties: { globalParameters: { env: { type: 'String', value: "[concat('d', 'ev')]" } } },
        },
      ],
    });
    const read = parseArmTemplate({ template: { text, file: 't.json' } });
    expect(read.problems).toEqual([]);
    expect(read.artifacts).toHaveLength(1);
    const [globals] = read.artifacts;
    expect(globals).toMatchObject({
      kind: 'globalParameters',
      name: 'default',
      properties: { env: { type: 'String', value: 'dev' } },
    });
    expect(globals!.source.locate(['env']).line).toBe(lineOf(text, '"env"'));
  });
});

describe('template expressions', () => {
  const context: EvaluationContext = {
    parameter: (name) =>
      ({ factoryName: 'adf-dev', count: 3, settings: { region: 'westeurope', list: [1, 2] } })[name],
    variable: (name) => ({ factoryId: 'Microsoft.DataFactory/factories/adf-dev' })[name],
  };
  it.each<[string, unknown]>([
    ["[parameters('factoryName')]", 'adf-dev'],
    ["[concat('a', 'b', 'c')]", 'abc'],
    [
      "[concat(variables('factoryId'), '/pipelines/x')]",
      'Microsoft.DataFactory/factories/adf-dev/pipelines/x',
    ],
    ["[format('{0}-{1}', 'a', parameters('count'))]", 'a-3'],
    ["[replace('a-b-c', '-', '_')]", 'a_b_c'],
    ["[toUpper('abc')]", 'ABC'],
    ["[if(equals(parameters('count'), 3), 'three', 'other')]", 'three'],
    ["[string(parameters('count'))]", '3'],
    ["[int('42')]", 42],
    ["[bool('true')]", true],
    ['[json(\'{"a":[1]}\')]', { a: [1] }],
    ["[createObject('k', 'v')]", { k: 'v' }],
    ["[parameters('settings').region]", 'westeurope'],
    ["[parameters('settings')['list'][1]]", 2],
    ["['it''s']", "it's"],
    ['[[not an expression]', '[not an expression]'],
    ['[not closed', '[not closed'],
    ['plain', 'plain'],
    ['[concat(createArray(1), createArray(2))]', [1, 2]],
    ["[split('a/b;c', createArray('/', ';'))]", ['a', 'b', 'c']],
    ["[last('abc')]", 'c'],
    ['[first(createArray(3, 4))]', 3],
    ["[indexOf('ABCabc', 'bc')]", 1],
    ["[lastIndexOf('abcABC', 'bc')]", 4],
    ["[startsWith('Factory', 'fac')]", true],
    ['[skip(createArray(1, 2, 3), 1)]', [2, 3]],
    ["[take('abcdef', 2)]", 'ab'],
    ["[length(parameters('settings'))]", 2],
    ["[union(createObject('a', 1), createObject('b', 2))]", { a: 1, b: 2 }],
    ['[intersection(createArray(1, 2, 3), createArray(2, 3, 4))]', [2, 3]],
    ['[add(mul(2, 3), div(7, 2))]', 9],
    ["[padLeft('7', 3, '0')]", '007'],
    ["[greater(parameters('count'), 2)]", true],
    ["[contains(parameters('settings'), 'REGION')]", true],
    ["[base64ToString(base64('adf'))]", 'adf'],
    ['[range(1, 3)]', [1, 2, 3]],
    ["[parameters('settings').REGION]", 'westeurope'],
  ])('%s', (text, expected) => {
    expect(evaluateTemplateString(text, context)).toEqual(expected);
  });

  it.each([
    ["[fooBar('x')]", /unsupported template function 'fooBar' \(supported: add, and, array, /],
    ["[uniqueString('x')]", /template function 'uniqueString' is answered only by an ARM deployment/],
    [
      "[concat('a']",
      /expected ',' or '\)' in the call to 'concat', found the end of the expression at position 11/,
    ],
    ["[int('x')]", /int\(\) cannot convert/],
    ["[parameters('settings').missing]", /has no property 'missing'/],
    ["[if('yes', 1, 2)]", /if\(\) expects a boolean/],
    [
      "[substring('abc', 2, 5)]",
      /substring\(\) of a 3-character string cannot take 5 character\(s\) from index 2/,
    ],
    ['[div(1, 0)]', /div\(\) cannot divide by zero/],
    ["[split('a', 1)]", /split\(\) expects a delimiter string or an array of them/],
    ['[resourceGroup().location]', /'resourceGroup' is answered only by an ARM deployment/],
  ])('%s fails', (text, message) => {
    expect(() => evaluateTemplateString(text, context)).toThrow(message);
  });
});

// main.ts signs in while a folder's files are read only when it may hold artifacts: a folder that cannot is refused by
// readGitFolder before any call.
describe('mayHoldArtifacts', () => {
  const pipeline = JSON.stringify({ name: 'p', properties: { activities: [] } });
  it.each([
    ['an empty folder', false, {}],
    [
      'the publish output folder',
      false,
      { 'ARMTemplateForFactory.json': '{}', 'ARMTemplateParametersForFactory.json': '{}' },
    ],
    ['resource folders without JSON files', false, { 'pipeline/README.md': 'x', 'dataset/.keep': '' }],
    ['folders that are not resource folders', false, { 'linkedTemplates/a.json': '{}' }],
    ['a pipeline file', true, { 'pipeline/p.json': pipeline }],
    ['a factory file (global parameters)', true, { 'factory/adf.json': '{}' }],
    ['a folder spelled in another case', true, { 'Pipeline/p.json': pipeline }],
    [
      'a managed private endpoint, three levels down',
      true,
      { 'managedVirtualNetwork/default/managedPrivateEndpoint/pe.json': '{}' },
    ],
  ])('%s: %s', async (_case, expected, files) => {
    const tree = await writeTree(files as Record<string, string>);
    try {
      expect(await mayHoldArtifacts(tree.dir)).toBe(expected);
    } finally {
      await tree.cleanup();
    }
  });

  it('agrees with readGitFolder: a folder it rules out is refused as holding no artifacts', async () => {
    const tree = await writeTree({ 'pipeline/README.md': 'x', 'ARMTemplateForFactory.json': '{}' });
    try {
      expect(await mayHoldArtifacts(tree.dir)).toBe(false);
      await expect(readGitFolder(tree.dir, 'adf')).rejects.toThrow(/holds no Data Factory artifacts/);
    } finally {
      await tree.cleanup();
    }
  });

  it('is false for a path that is not a folder', async () => {
    expect(await mayHoldArtifacts(join(FIXTURES, 'git', 'no-such-folder'))).toBe(false);
  });
});
