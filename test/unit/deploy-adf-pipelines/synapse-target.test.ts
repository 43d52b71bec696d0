// The Synapse target's pure parts: which target inputs go together, what a Synapse workspace (or a data factory)
// refuses to hold, and the Synapse sources read into the same artifacts as ADF's (the example's git folder and its
// publish template TemplateForWorkspace.json).

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { parseArmTemplate } from '../../../src/deploy-adf-pipelines/sources/arm-template.js';
import { readGitFolder } from '../../../src/deploy-adf-pipelines/sources/git-folder.js';
import { checkTargetInputs } from '../../../src/deploy-adf-pipelines/target-inputs.js';
import { targetProblems } from '../../../src/deploy-adf-pipelines/target-kinds.js';
import { kindOfArmType } from '../../../src/shared/adf/artifacts.js';
import { normaliseProperties } from '../../../src/shared/adf/normalise.js';
import { isWorkspaceDefault } from '../../../src/shared/synapse/live-state.js';
import { artifact, json, label, writeTree } from './helpers.js';

const EXAMPLE = join(import.meta.dirname, '..', '..', '..', 'examples', 'synapse');

describe('checkTargetInputs', () => {
  it.each([
    [{ target: 'factory', factoryName: 'adf-dev' }, undefined],
    [{ target: 'synapse', synapseWorkspace: 'syn-dev' }, undefined],
    [{ target: 'factory' }, 'factory-name'],
    [{ target: 'factory', factoryName: 'adf-dev', synapseWorkspace: 'syn-dev' }, 'synapse-workspace'],
    [{ target: 'synapse' }, 'synapse-workspace'],
    [{ target: 'synapse', synapseWorkspace: 'syn-dev', factoryName: 'adf-dev' }, 'factory-name'],
  ] as const)('%j -> refusal on %s', (inputs, input) => {
    if (input === undefined) expect(() => checkTargetInputs(inputs)).not.toThrow();
    else expect(() => checkTargetInputs(inputs)).toThrow(expect.objectContaining({ input }));
  });
});

describe('targetProblems', () => {
  it('refuses global parameters and expressions reading them for a Synapse workspace, at their place', () => {
    const globals = artifact('globalParameters', 'default', { scoringUri: { type: 'String', value: 'x' } });
    const pipeline = artifact('pipeline', 'pl', {
      activities: [
        { name: 'a', typeProperties: { url: { value: '@pipeline().globalParameters.scoringUri' } } },
      ],
    });
    const paths: unknown[] = [];
    const located = {
      ...pipeline,
      source: {
        ...pipeline.source,
        locate: (path: readonly (string | number)[]) => {
          paths.push(path);
          return { file: 'pipeline/pl.json', line: 7 };
        },
      },
    };
    const problems = targetProblems(
      [globals, located, artifact('pipeline', 'ok', { activities: [] })],
      'synapse',
    );
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^global parameters: a Synapse workspace has none/),
      expect.stringMatching(/pipeline 'pl' reads a global parameter/),
    ]);
    expect(paths).toEqual([['activities', 0, 'typeProperties', 'url', 'value']]);
    expect(problems[1]!.location).toEqual({ file: 'pipeline/pl.json', line: 7 });
    // The same artifacts are fine for a data factory.
    expect(targetProblems([globals, located], 'factory')).toEqual([]);
  });

  it('refuses what each target cannot hold', () => {
    const notebook = artifact('notebook', 'nb', { cells: [] });
    const cdc = artifact('changeDataCapture', 'cdc', {});
    expect(targetProblems([notebook], 'factory').map((p) => p.message)).toEqual([
      expect.stringMatching(/notebook 'nb' is a Synapse artifact.*target: synapse/),
    ]);
    expect(targetProblems([notebook], 'synapse')).toEqual([]);
    expect(targetProblems([cdc], 'synapse').map((p) => p.message)).toEqual([
      expect.stringMatching(/does not deploy changeDataCapture artifacts to a Synapse workspace/),
    ]);
  });
});

describe('Synapse sources', () => {
  it('reads notebook/, sqlscript/ and sparkJobDefinition/ folders', async () => {
    const tree = await writeTree({
      'notebook/nb_score.json': json({ name: 'nb_score', properties: { cells: [], nbformat: 4 } }),
      'sqlscript/sq_check.json': json({ name: 'sq_check', properties: { content: { query: 'SELECT 1' } } }),
      'sparkJobDefinition/sj_train.json': json({ name: 'sj_train', properties: { jobProperties: {} } }),
      'template-parameters-definition.json': json({}),
    });
    try {
      const read = await readGitFolder(tree.dir, 'synapse');
      expect(read.problems).toEqual([]);
      expect(read.notes).toEqual([]);
      expect(read.artifacts.map(label).sort()).toEqual([
        'notebook:nb_score',
        'sparkJobDefinition:sj_train',
        'sqlScript:sq_check',
      ]);
    } finally {
      await tree.cleanup();
    }
  });

  it('knows the publish template types of a Synapse workspace', () => {
    expect(kindOfArmType('Microsoft.Synapse/workspaces/pipelines')).toBe('pipeline');
    expect(kindOfArmType('Microsoft.Synapse/workspaces/linkedServices')).toBe('linkedService');
    expect(kindOfArmType('Microsoft.Synapse/workspaces/notebooks')).toBe('notebook');
    expect(kindOfArmType('Microsoft.Synapse/workspaces/sqlscripts')).toBe('sqlScript');
    expect(kindOfArmType('Microsoft.Synapse/workspaces/sparkJobDefinitions')).toBe('sparkJobDefinition');
  });

  it('the example template holds the same artifacts as the example git folder', async () => {
    const folder = await readGitFolder(EXAMPLE, 'examples/synapse');
    const templateFile = join(EXAMPLE, 'publish', 'TemplateForWorkspace.json');
    const parametersFile = join(EXAMPLE, 'publish', 'TemplateParametersForWorkspace.json');
    const template = parseArmTemplate({
      template: { text: await readFile(templateFile, 'utf8'), file: 'TemplateForWorkspace.json' },
      parameters: {
        text: await readFile(parametersFile, 'utf8'),
        file: 'TemplateParametersForWorkspace.json',
      },
    });
    expect(template.problems).toEqual([]);
    const comparable = (artifacts: typeof folder.artifacts) =>
      artifacts
        .map((a) => ({ key: label(a), properties: normaliseProperties(a.kind, a.properties) }))
        .sort((a, b) => a.key.localeCompare(b.key));
    expect(comparable(template.artifacts)).toEqual(comparable(folder.artifacts));
    expect(targetProblems(folder.artifacts, 'synapse')).toEqual([]);
  });

  it('leaves the artifacts a workspace makes itself out', () => {
    expect(isWorkspaceDefault('syn-dev', 'linkedService', 'syn-dev-WorkspaceDefaultStorage')).toBe(true);
    expect(isWorkspaceDefault('syn-dev', 'linkedService', 'syn-dev-WorkspaceDefaultSqlServer')).toBe(true);
    expect(isWorkspaceDefault('syn-dev', 'credential', 'WorkspaceSystemIdentity')).toBe(true);
    expect(isWorkspaceDefault('syn-dev', 'integrationRuntime', 'AutoResolveIntegrationRuntime')).toBe(true);
    expect(isWorkspaceDefault('syn-dev', 'linkedService', 'other-WorkspaceDefaultStorage')).toBe(false);
    expect(isWorkspaceDefault('syn-dev', 'pipeline', 'AutoResolveIntegrationRuntime')).toBe(false);
  });
});
