/**
 * Every kind of bad source the action must refuse before any write, each located by file and line. All problems of
 * a source are reported together, in one AdfValidationError.
 */
import { describe, expect, it } from '@jest/globals';
import { AdfValidationError, type Problem } from '../../../src/deploy-adf-pipelines/problems.js';
import { parseArmTemplate } from '../../../src/deploy-adf-pipelines/sources/arm-template.js';
import { readGitFolder } from '../../../src/deploy-adf-pipelines/sources/git-folder.js';
import { MAX_REQUEST_BYTES, validateArtifacts } from '../../../src/deploy-adf-pipelines/validation.js';
import { json, lineOf, writeTree } from './helpers.js';

const pipeline = (name: string, activities: unknown[] = []) => json({ name, properties: { activities } });
const executePipeline = (target: string) => ({
  name: `Run_${target}`,
  type: 'ExecutePipeline',
  typeProperties: { pipeline: { referenceName: target, type: 'PipelineReference' } },
});
const keyVault = json({
  name: 'ls_kv',
  properties: { type: 'AzureKeyVault', typeProperties: { baseUrl: 'https://kv.vault.azure.net/' } },
});

async function gitProblems(files: Record<string, string>): Promise<Problem[]> {
  const tree = await writeTree(files);
  try {
    const read = await readGitFolder(tree.dir, 'adf');
    validateArtifacts(read.artifacts, read.problems, { unread: read.unread ?? [] });
    return [];
  } catch (error) {
    if (error instanceof AdfValidationError) return [...error.problems];
    throw error;
  } finally {
    await tree.cleanup();
  }
}

function armProblems(template: string, parameters?: string): Problem[] {
  const read = parseArmTemplate({
    template: { text: template, file: 'arm/ARMTemplateForFactory.json' },
    parameters: parameters === undefined ? undefined : { text: parameters, file: 'arm/parameters.json' },
  });
  try {
    validateArtifacts(read.artifacts, read.problems, { unread: read.unread ?? [] });
    return [];
  } catch (error) {
    if (error instanceof AdfValidationError) return [...error.problems];
    throw error;
  }
}

interface Case {
  readonly title: string;
  readonly files: Record<string, string>;
  /** The file and the text on the line the problem must point at. */
  readonly file: string;
  readonly marker: string;
  readonly message: RegExp;
}

const cycleFiles = {
  'pipeline/A.json': pipeline('A', [executePipeline('B')]),
  'pipeline/B.json': pipeline('B', [
    { name: 'Loop', type: 'ForEach', typeProperties: { items: '@x', activities: [executePipeline('C')] } },
  ]),
  'pipeline/C.json': pipeline('C', [executePipeline('A')]),
};

const gitCases: Case[] = [
  {
    title: 'invalid JSON (trailing comma)',
    files: { 'pipeline/P.json': '{\n  "name": "P",\n  "properties": { "activities": [], },\n}\n' },
    file: 'adf/pipeline/P.json',
    marker: '"activities": [], }',
    message: /invalid JSON/,
  },
  {
    title: 'JSON with a comment',
    files: { 'dataset/D.json': '{\n  // note\n  "name": "D", "properties": {}\n}\n' },
    file: 'adf/dataset/D.json',
    marker: '// note',
    message: /invalid JSON/,
  },
  {
    title: 'dangling dataset reference inside an IfCondition',
    files: {
      'pipeline/P.json': pipeline('P', [
        {
          name: 'If',
          type: 'IfCondition',
          typeProperties: {
            expression: { value: '@true', type: 'Expression' },
            ifFalseActivities: [
              {
                name: 'L',
                type: 'Lookup',
                typeProperties: { dataset: { referenceName: 'ds_missing', type: 'DatasetReference' } },
              },
            ],
          },
        },
      ]),
    },
    file: 'adf/pipeline/P.json',
    marker: '"referenceName": "ds_missing"',
    message:
      /^pipeline 'P', activity 'L' \(inside 'If'\), references dataset 'ds_missing', which does not exist in the source \(DatasetReference\)$/,
  },
  {
    title: 'dangling Key Vault store',
    files: {
      'linkedService/ls_sql.json': json({
        name: 'ls_sql',
        properties: {
          type: 'AzureSqlDatabase',
          typeProperties: {
            connectionString: {
              type: 'AzureKeyVaultSecret',
              store: { referenceName: 'ls_kv_missing', type: 'LinkedServiceReference' },
              secretName: 's',
            },
          },
        },
      }),
    },
    file: 'adf/linkedService/ls_sql.json',
    marker: '"referenceName": "ls_kv_missing"',
    message: /linkedService 'ls_kv_missing'/,
  },
  {
    title: 'cycle through Execute Pipeline (nested in ForEach)',
    files: cycleFiles,
    file: 'adf/pipeline/C.json',
    marker: '"referenceName": "A"',
    message: /dependency cycle: pipeline 'A' -> pipeline 'B' -> pipeline 'C' -> pipeline 'A'/,
  },
  {
    title: 'forbidden character in a pipeline name',
    files: { 'pipeline/bad.name.json': pipeline('bad.name') },
    file: 'adf/pipeline/bad.name.json',
    marker: '"name"',
    message: /pipeline 'bad.name' is not a valid name/,
  },
  {
    title: 'integration runtime name with an underscore',
    files: {
      'integrationRuntime/ir_onprem.json': json({ name: 'ir_onprem', properties: { type: 'SelfHosted' } }),
    },
    file: 'adf/integrationRuntime/ir_onprem.json',
    marker: '"name"',
    message: /integrationRuntime 'ir_onprem' is not a valid name: '_' \(character 3\).*3-63 letters, digits/,
  },
  {
    title: 'duplicate name differing only in case',
    files: { 'pipeline/Score.json': pipeline('Score'), 'pipeline/score.json': pipeline('score') },
    file: 'adf/pipeline/score.json',
    marker: '"name"',
    message: /duplicate pipeline 'score': also defined in adf\/pipeline\/Score.json line 2 as 'Score'/,
  },
  {
    title: 'plaintext password in a connection string',
    files: {
      'linkedService/ls_sql.json': json({
        name: 'ls_sql',
        properties: {
          type: 'AzureSqlDatabase',
          typeProperties: {
            connectionString: 'Server=tcp:s.database.windows.net;Database=d;User ID=u;Password=hunter2;',
          },
        },
      }),
    },
    file: 'adf/linkedService/ls_sql.json',
    marker: '"connectionString"',
    message: /'Password=' written in plain text/,
  },
  {
    title: 'SecureString value in a linked service',
    files: {
      'linkedService/ls_kv.json': keyVault,
      'linkedService/ls_blob.json': json({
        name: 'ls_blob',
        properties: {
          type: 'AzureBlobStorage',
          typeProperties: {
            sasUri: { type: 'SecureString', value: 'https://a.blob.core.windows.net/?sig=abc' },
          },
        },
      }),
    },
    file: 'adf/linkedService/ls_blob.json',
    marker: '"sasUri"',
    message: /SecureString value in the source/,
  },
  {
    title: 'a resource without properties',
    files: { 'trigger/T.json': json({ name: 'T' }) },
    file: 'adf/trigger/T.json',
    marker: '{',
    message: /"properties" must be an object/,
  },
  {
    title: 'managed private endpoint without its managed virtual network',
    files: {
      'managedVirtualNetwork/default/managedPrivateEndpoint/mpe_sql.json': json({
        name: 'mpe_sql',
        properties: { privateLinkResourceId: '/subscriptions/s/x', groupId: 'sqlServer' },
      }),
    },
    file: 'adf/managedVirtualNetwork/default/managedPrivateEndpoint/mpe_sql.json',
    marker: '"properties"',
    message: /managedPrivateEndpoint 'default\/mpe_sql' references managedVirtualNetwork 'default'/,
  },
];

describe('bad git-folder sources', () => {
  it.each(gitCases)('$title', async ({ files, file, marker, message }) => {
    const problems = await gitProblems(files);
    const problem = problems.find((p) => message.test(p.message));
    expect(problem).toBeDefined();
    const text = files[file.replace(/^adf\//, '')]!;
    expect(problem!.location.file).toBe(file);
    expect(problem!.location.line).toBe(lineOf(text, marker));
  });

  it('reports every problem at once, in one error whose annotation is the first', async () => {
    const tree = await writeTree({
      ...cycleFiles,
      'pipeline/bad.name.json': pipeline('bad.name'),
      'pipeline/Broken.json': '{ "name": ',
    });
    try {
      const read = await readGitFolder(tree.dir, 'adf');
      let error: unknown;
      try {
        validateArtifacts(read.artifacts, read.problems, { unread: read.unread ?? [] });
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(AdfValidationError);
      const validation = error as AdfValidationError;
      expect(validation.problems).toHaveLength(3);
      expect(validation.location).toEqual(validation.problems[0]!.location);
      expect(validation.message).toMatch(
        /The Data Factory source has 3 problems:\n- adf\/pipeline\/Broken.json line 1/,
      );
    } finally {
      await tree.cleanup();
    }
  });

  it('does not treat names inside expressions or strings as references', async () => {
    const problems = await gitProblems({
      'pipeline/P.json': pipeline('P', [
        {
          name: 'Set',
          type: 'SetVariable',
          typeProperties: { value: "@concat('pl_missing', 'DatasetReference')", referenceName: 'not_typed' },
        },
      ]),
    });
    expect(problems).toEqual([]);
  });

  it('accepts a password taken from a linked-service parameter', async () => {
    const problems = await gitProblems({
      'linkedService/ls_sql.json': json({
        name: 'ls_sql',
        properties: {
          type: 'SqlServer',
          parameters: { pw: { type: 'String' } },
          typeProperties: {
            connectionString: 'Server=s;Database=d;User ID=u;Password=@{linkedService().pw};',
          },
        },
      }),
    });
    expect(problems).toEqual([]);
  });

  it('refuses a source that is not a folder, naming the input', async () => {
    await expect(readGitFolder('/nonexistent/adf', 'adf')).rejects.toThrow(
      /Input 'source' names 'adf', which is not a folder/,
    );
  });

  it('refuses an empty folder, naming what was expected', async () => {
    const tree = await writeTree({
      'README.md': '# notes\n',
      'factory/adf-dev.json': json({ name: 'adf-dev', properties: {} }),
    });
    try {
      await expect(readGitFolder(tree.dir, 'adf')).rejects.toMatchObject({
        input: 'source',
        message: expect.stringMatching(
          /^Input 'source': 'adf' holds no Data Factory artifacts\. Expected the ADF git-integration folder: sub-folders such as pipeline\/, dataset\/.*Nothing was read from Azure or changed\.$/,
        ),
      });
    } finally {
      await tree.cleanup();
    }
  });

  it('refuses the ARM output folder given as the source, naming the template to give instead', async () => {
    const tree = await writeTree({
      'ARMTemplateForFactory.json': json({ resources: [] }),
      'ARMTemplateParametersForFactory.json': json({ parameters: {} }),
      'linkedTemplates/ArmTemplate_0.json': json({ resources: [] }),
    });
    try {
      await expect(readGitFolder(tree.dir, 'adf_publish/adf-dev')).rejects.toThrow(
        "It holds the publish ARM template: set source to 'adf_publish/adf-dev/ARMTemplateForFactory.json' and arm-template-parameters to 'adf_publish/adf-dev/ARMTemplateParametersForFactory.json'.",
      );
    } finally {
      await tree.cleanup();
    }
  });

  it('accepts AutoResolveIntegrationRuntime and Key Vault secrets', async () => {
    const problems = await gitProblems({
      'linkedService/ls_kv.json': keyVault,
      'linkedService/ls_sql.json': json({
        name: 'ls_sql',
        properties: {
          type: 'AzureSqlDatabase',
          connectVia: { referenceName: 'AutoResolveIntegrationRuntime', type: 'IntegrationRuntimeReference' },
          typeProperties: {
            connectionString:
              'Server=tcp:s.database.windows.net;Database=d;Authentication=Active Directory Managed Identity;',
            password: {
              type: 'AzureKeyVaultSecret',
              store: { referenceName: 'ls_kv', type: 'LinkedServiceReference' },
              secretName: 's',
            },
          },
        },
      }),
    });
    expect(problems).toEqual([]);
  });
});

const armTemplate = (resources: unknown[], parameters: Record<string, unknown> = {}) =>
  json({
    $schema: 'http://schema.management.azure.com/schemas/2015-01-01/deploymentTemplate.json#',
    parameters: { factoryName: { type: 'string' }, ...parameters },
    variables: { factoryId: "[concat('Microsoft.DataFactory/factories/', parameters('factoryName'))]" },
    resources,
  });
const armResource = (name: string, properties: unknown, extra: Record<string, unknown> = {}) => ({
  name: `[concat(parameters('factoryName'), '/${name}')]`,
  type: 'Microsoft.DataFactory/factories/pipelines',
  apiVersion: '2018-06-01',
  properties,
  ...extra,
});
const factoryParameters = json({ parameters: { factoryName: { value: 'adf-dev' } } });

describe('bad ARM template sources', () => {
  it.each([
    {
      title: 'unknown template function',
      template: armTemplate([
        armResource('P', { description: '[uniqueString(resourceGroup().id)]', activities: [] }),
      ]),
      parameters: factoryParameters,
      file: 'arm/ARMTemplateForFactory.json',
      marker: 'uniqueString',
      message: /template function 'uniqueString' is answered only by an ARM deployment/,
    },
    {
      title: 'unresolvable template parameter (no value, no default)',
      template: armTemplate([armResource('P', { activities: [] })]),
      parameters: undefined,
      file: 'arm/ARMTemplateForFactory.json',
      marker: "'/P')]",
      message: /parameter 'factoryName' has no value/,
    },
    {
      title: 'parameter used in properties but not declared',
      template: armTemplate([armResource('P', { description: "[parameters('nope')]", activities: [] })]),
      parameters: factoryParameters,
      file: 'arm/ARMTemplateForFactory.json',
      marker: "parameters('nope')",
      message: /declares no parameter 'nope'/,
    },
    {
      title: 'parameters file value for an undeclared parameter',
      template: armTemplate([armResource('P', { activities: [] })]),
      parameters: json({ parameters: { factoryName: { value: 'adf-dev' }, extra: { value: 1 } } }),
      file: 'arm/parameters.json',
      marker: '"extra"',
      message: /parameter 'extra' is not declared/,
    },
    {
      title: 'dependsOn naming a resource missing from the template',
      template: armTemplate([
        armResource(
          'P',
          { activities: [] },
          { dependsOn: ["[concat(variables('factoryId'), '/pipelines/Gone')]"] },
        ),
      ]),
      parameters: factoryParameters,
      file: 'arm/ARMTemplateForFactory.json',
      marker: '/pipelines/Gone',
      message: /dependsOn '.*\/pipelines\/Gone' names a resource that is not in the template/,
    },
    {
      title: 'dangling reference in a template resource',
      template: armTemplate([armResource('P', { activities: [executePipeline('Missing')] })]),
      parameters: factoryParameters,
      file: 'arm/ARMTemplateForFactory.json',
      marker: '"referenceName": "Missing"',
      message: /references pipeline 'Missing'/,
    },
    {
      title: 'invalid JSON in the parameters file',
      template: armTemplate([]),
      parameters: '{\n  "parameters": {\n    "factoryName": { "value": "x" }\n    "other": 1\n  }\n}\n',
      file: 'arm/parameters.json',
      marker: '"other"',
      message: /invalid JSON/,
    },
    {
      title: 'linked templates (nested deployments)',
      template: armTemplate([
        {
          name: 'ArmTemplate_0',
          type: 'Microsoft.Resources/deployments',
          apiVersion: '2018-02-01',
          properties: { mode: 'incremental' },
        },
      ]),
      parameters: factoryParameters,
      file: 'arm/ARMTemplateForFactory.json',
      marker: 'Microsoft.Resources/deployments',
      message: /nested or linked deployments \('ArmTemplate_0'\) are not read/,
    },
    {
      title: 'a name that does not fit its type',
      template: armTemplate([armResource('a/b', { activities: [] })]),
      parameters: factoryParameters,
      file: 'arm/ARMTemplateForFactory.json',
      marker: "'/a/b')]",
      message: /does not fit the type/,
    },
    {
      title: 'a Key Vault reference in the parameters file',
      template: armTemplate([armResource('P', { activities: [] })], { secret: { type: 'securestring' } }),
      parameters: json({
        parameters: {
          factoryName: { value: 'adf-dev' },
          secret: { reference: { keyVault: { id: '/subscriptions/s/vaults/kv' }, secretName: 's' } },
        },
      }),
      file: 'arm/parameters.json',
      marker: '"secret"',
      message: /parameter 'secret' is a Key Vault reference, which only ARM deployments resolve/,
    },
    {
      title: 'a template without a resources array',
      template: json({ parameters: {}, resources: {} }),
      parameters: undefined,
      file: 'arm/ARMTemplateForFactory.json',
      marker: '{',
      message: /not an ARM template: expected an object with a "resources" array/,
    },
    {
      title: 'a parameters file without parameters',
      template: armTemplate([armResource('P', { activities: [] })]),
      parameters: json({ factoryName: { value: 'adf-dev' } }),
      file: 'arm/parameters.json',
      marker: '{',
      message: /not an ARM parameters file/,
    },
    {
      title: 'a dependsOn entry that is not a string',
      template: armTemplate([armResource('P', { activities: [] }, { dependsOn: [42] })]),
      parameters: factoryParameters,
      file: 'arm/ARMTemplateForFactory.json',
      marker: '42',
      message: /a dependsOn entry must evaluate to a string/,
    },
  ])('$title', ({ template, parameters, file, marker, message }) => {
    const problems = armProblems(template, parameters);
    const problem = problems.find((p) => message.test(p.message));
    expect(problem).toBeDefined();
    expect(problem!.location.file).toBe(file);
    expect(problem!.location.line).toBe(
      lineOf(file === 'arm/parameters.json' ? parameters! : template, marker),
    );
  });
});

describe("sizes: Data Factory's per-object limits", () => {
  const padded = (bytes: number) => [{ name: 'W', type: 'Wait', description: 'x'.repeat(bytes) }];

  it('refuses a 300 KB pipeline (200 KB limit), pointing at the resource', async () => {
    const problems = await gitProblems({ 'pipeline/Big.json': pipeline('Big', padded(300 * 1024)) });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(
      /pipeline 'Big' is 301 KB, over Data Factory's 200 KB limit for a pipeline; move activities into child pipelines/,
    );
    expect(problems[0]!.location).toMatchObject({ file: 'adf/pipeline/Big.json', line: 3 });
  });

  it("measures the body sent, not the file's indentation", async () => {
    const activities = Array.from({ length: 2000 }, (_, i) => ({
      name: `Wait${i}`,
      type: 'Wait',
      typeProperties: { waitTimeInSeconds: 1 },
    }));
    const text = JSON.stringify({ name: 'Wide', properties: { activities } }, null, 8);
    expect(text.length).toBeGreaterThan(300 * 1024);
    expect(JSON.stringify({ name: 'Wide', properties: { activities } }).length).toBeLessThan(200 * 1024);
    expect(await gitProblems({ 'pipeline/Wide.json': text })).toEqual([]);
  });

  it('refuses a dataset and a linked service over 100 KB', async () => {
    const schema = Array.from({ length: 2500 }, (_, i) => ({
      name: `column_with_a_long_name_${i}`,
      type: 'String',
    }));
    const problems = await gitProblems({
      'linkedService/ls_kv.json': json({
        name: 'ls_kv',
        properties: {
          type: 'AzureKeyVault',
          description: 'x'.repeat(101 * 1024),
          typeProperties: { baseUrl: 'https://kv/' },
        },
      }),
      'dataset/ds_wide.json': json({
        name: 'ds_wide',
        properties: {
          type: 'Json',
          linkedServiceName: { referenceName: 'ls_kv', type: 'LinkedServiceReference' },
          schema,
        },
      }),
    });
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^dataset 'ds_wide' is \d+ KB, over Data Factory's 100 KB limit for a dataset/),
      expect.stringMatching(
        /^linkedService 'ls_kv' is 102 KB, over Data Factory's 100 KB limit for a linkedService/,
      ),
    ]);
  });

  it('refuses a body over 4 MB for the other kinds', async () => {
    const big = 'x'.repeat(MAX_REQUEST_BYTES);
    const problems = await gitProblems({
      'dataflow/df_big.json': json({
        name: 'df_big',
        properties: { type: 'MappingDataFlow', description: big },
      }),
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(
      /dataflow 'df_big' is 4\.0 MB, over the 4 MB limit on one request body/,
    );
  });
});

describe('names: the rule and the offending character', () => {
  it.each([
    [
      'dataset',
      'ds-scores',
      /dataset 'ds-scores' is not a valid name: '-' \(character 3\) is not allowed: ADF does not allow dashes/,
    ],
    ['linkedService', 'ls-sql', /linkedService 'ls-sql' is not a valid name: '-' \(character 3\)/],
    ['dataflow', 'df-prepare', /dataflow 'df-prepare' is not a valid name: '-' \(character 3\)/],
    [
      'integrationRuntime',
      'ir_onprem',
      /integrationRuntime 'ir_onprem' is not a valid name: '_' \(character 3\) is not allowed: only letters, digits and dashes/,
    ],
    ['integrationRuntime', 'ir--x', /'-' \(character 3\) is not allowed: two dashes in a row/],
    ['pipeline', 'pl.score', /pipeline 'pl.score' is not a valid name: '\.' \(character 3\) is not allowed/],
  ])('%s %s', async (kind, name, message) => {
    const body =
      kind === 'integrationRuntime'
        ? { type: 'SelfHosted' }
        : kind === 'pipeline'
          ? { activities: [] }
          : kind === 'dataflow'
            ? { type: 'MappingDataFlow' }
            : kind === 'dataset'
              ? {
                  type: 'Json',
                  linkedServiceName: { referenceName: 'ls_kv', type: 'LinkedServiceReference' },
                }
              : { type: 'AzureKeyVault', typeProperties: { baseUrl: 'https://kv/' } };
    const problems = await gitProblems({
      'linkedService/ls_kv.json': keyVault,
      [`${kind}/${name}.json`]: json({ name, properties: body }),
    });
    expect(problems.map((p) => p.message)).toEqual([expect.stringMatching(message)]);
  });

  it('allows dashes where ADF does: pipelines, triggers and integration runtimes', async () => {
    expect(
      await gitProblems({
        'pipeline/pl-score.json': pipeline('pl-score'),
        'integrationRuntime/ir-onprem.json': json({ name: 'ir-onprem', properties: { type: 'SelfHosted' } }),
      }),
    ).toEqual([]);
  });
});

describe('one finding per real problem', () => {
  it('a template resource whose name cannot be evaluated: its own problem, not the references to it', () => {
    const template = armTemplate([
      armResource(
        'Child',
        { activities: [] },
        { name: "[concat(parameters('factoryName'), '/', reverse('dlihC'))]" },
      ),
      armResource(
        'Parent',
        { activities: [executePipeline('Child')] },
        { dependsOn: ["[concat(variables('factoryId'), '/pipelines/Child')]"] },
      ),
    ]);
    const problems = armProblems(template, factoryParameters);
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/unsupported template function 'reverse'/),
    ]);
    expect(problems[0]!.location.line).toBe(lineOf(template, "reverse('dlihC')"));
  });

  it('a parameter without a value, used by two resources: reported once, at its first use', () => {
    const template = armTemplate(
      [
        armResource('A', { description: "[parameters('owner')]", activities: [] }),
        armResource('B', { description: "[parameters('owner')]", activities: [] }),
      ],
      { owner: { type: 'string' } },
    );
    const problems = armProblems(template, factoryParameters);
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/parameter 'owner' has no value: give it one in the parameters file/),
    ]);
  });

  it('a git file that is not JSON: its own problem, not the references to the resource it holds', async () => {
    const problems = await gitProblems({
      'pipeline/Child.json': '{ "name": "Child", "properties": { "activities": [,] } }',
      'pipeline/Parent.json': pipeline('Parent', [executePipeline('Child')]),
    });
    expect(problems.map((p) => p.location.file)).toEqual(['adf/pipeline/Child.json']);
  });
});

describe('a missing reference', () => {
  it('names the artifact, the activity it is in and the reference, with what the name likely meant', async () => {
    const problems = await gitProblems({
      'linkedService/ls_kv.json': keyVault,
      'dataset/ds_scores_csv.json': json({
        name: 'ds_scores_csv',
        properties: {
          type: 'Json',
          linkedServiceName: { referenceName: 'ls_kv', type: 'LinkedServiceReference' },
        },
      }),
      'pipeline/pl_copy.json': pipeline('pl_copy', [
        {
          name: 'Each use case',
          type: 'ForEach',
          typeProperties: {
            items: '@x',
            activities: [
              {
                name: 'Read scores',
                type: 'Lookup',
                typeProperties: { dataset: { referenceName: 'ds_score_csv', type: 'DatasetReference' } },
              },
            ],
          },
        },
        executePipeline('pl_cpy'),
      ]),
      'pipeline/pl_copy_child.json': pipeline('pl_copy_child'),
    });
    expect(problems.map((p) => p.message)).toEqual([
      "pipeline 'pl_copy', activity 'Read scores' (inside 'Each use case'), references dataset 'ds_score_csv', which does not exist in the source (DatasetReference); did you mean 'ds_scores_csv'?",
      "pipeline 'pl_copy', activity 'Run_pl_cpy', references pipeline 'pl_cpy', which does not exist in the source (PipelineReference); did you mean 'pl_copy'?",
    ]);
  });
});
