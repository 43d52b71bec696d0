import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import {
  buildGraph,
  deleteLayers,
  deployLayers,
  findCycles,
} from '../../../src/deploy-adf-pipelines/dependency-graph.js';
import { findReferences } from '../../../src/deploy-adf-pipelines/references.js';
import { readGitFolder } from '../../../src/deploy-adf-pipelines/sources/git-folder.js';
import { artifact, FIXTURES, label } from './helpers.js';

const run = (target: string) => ({
  type: 'ExecutePipeline',
  typeProperties: { pipeline: { referenceName: target, type: 'PipelineReference' } },
});

describe('references', () => {
  it('finds every reference kind with its path, nested activities included', () => {
    const edges = findReferences(
      artifact('pipeline', 'P', {
        activities: [
          {
            type: 'Switch',
            typeProperties: {
              cases: [
                {
                  value: 'a',
                  activities: [{ type: 'Until', typeProperties: { activities: [run('Child')] } }],
                },
              ],
              defaultActivities: [
                {
                  type: 'ExecuteDataFlow',
                  typeProperties: {
                    dataflow: { referenceName: 'df', type: 'DataFlowReference' },
                    integrationRuntime: { referenceName: 'ir-x', type: 'IntegrationRuntimeReference' },
                  },
                  linkedServiceName: { referenceName: 'ls', type: 'LinkedServiceReference' },
                },
              ],
            },
          },
        ],
        credential: { referenceName: 'cred', type: 'CredentialReference' },
        other: { referenceName: 'AutoResolveIntegrationRuntime', type: 'IntegrationRuntimeReference' },
        text: '@pipeline().parameters.DatasetReference',
      }),
    );
    expect(edges.map((e) => [e.to.kind, e.to.name, e.path.join('.')])).toEqual([
      [
        'pipeline',
        'Child',
        'activities.0.typeProperties.cases.0.activities.0.typeProperties.activities.0.typeProperties.pipeline',
      ],
      ['dataflow', 'df', 'activities.0.typeProperties.defaultActivities.0.typeProperties.dataflow'],
      [
        'integrationRuntime',
        'ir-x',
        'activities.0.typeProperties.defaultActivities.0.typeProperties.integrationRuntime',
      ],
      ['linkedService', 'ls', 'activities.0.typeProperties.defaultActivities.0.linkedServiceName'],
      ['credential', 'cred', 'credential'],
    ]);
  });

  it('finds trigger pipelines and tumbling-window dependencies', () => {
    const edges = findReferences(
      artifact('trigger', 'T', {
        type: 'TumblingWindowTrigger',
        pipeline: { pipelineReference: { referenceName: 'P', type: 'PipelineReference' } },
        typeProperties: {
          dependsOn: [
            {
              type: 'TumblingWindowTriggerDependencyReference',
              referenceTrigger: { referenceName: 'Upstream', type: 'TriggerReference' },
            },
          ],
        },
      }),
    );
    expect(edges.map((e) => label(e.to))).toEqual(['pipeline:P', 'trigger:Upstream']);
  });
});

describe('deploy layers', () => {
  it('orders the sample factory so everything comes after what it references', async () => {
    const read = await readGitFolder(join(FIXTURES, 'git'), 'adf');
    const layers = deployLayers(buildGraph(read.artifacts)).map((layer) => layer.map(label));
    expect(layers).toEqual([
      [
        'integrationRuntime:shir-onprem',
        'linkedService:ls_adls_scoring',
        'linkedService:ls_keyvault',
        'globalParameters:default',
      ],
      ['linkedService:ls_fileshare_onprem', 'linkedService:ls_sql_control', 'dataset:ds_scores_csv'],
      ['dataset:ds_control_use_cases', 'dataset:ds_onprem_features', 'dataset:ds_scores_sql'],
      ['pipeline:pl_copy_scores_to_sql', 'pipeline:pl_stage_onprem_features'],
      ['pipeline:pl_score_use_case'],
      ['pipeline:pl_orchestrate_scoring'],
      ['trigger:tr_daily_scoring'],
    ]);
    expect(deleteLayers(buildGraph(read.artifacts)).map((layer) => layer.map(label))).toEqual(
      [...layers].reverse(),
    );
  });

  it.each([
    {
      title: 'a chain',
      artifacts: [
        artifact('pipeline', 'C', {}),
        artifact('pipeline', 'B', { a: [run('C')] }),
        artifact('pipeline', 'A', { a: [run('B')] }),
      ],
      layers: [['pipeline:C'], ['pipeline:B'], ['pipeline:A']],
    },
    {
      title: 'references resolved case-insensitively',
      artifacts: [artifact('pipeline', 'Child', {}), artifact('pipeline', 'Parent', { a: [run('CHILD')] })],
      layers: [['pipeline:Child'], ['pipeline:Parent']],
    },
    {
      title: 'a diamond',
      artifacts: [
        artifact('pipeline', 'D', {}),
        artifact('pipeline', 'B', { a: [run('D')] }),
        artifact('pipeline', 'C', { a: [run('D')] }),
        artifact('pipeline', 'A', { a: [run('B'), run('C')] }),
      ],
      layers: [['pipeline:D'], ['pipeline:B', 'pipeline:C'], ['pipeline:A']],
    },
  ])('$title', ({ artifacts, layers }) => {
    const graph = buildGraph(artifacts);
    expect(graph.dangling).toEqual([]);
    expect(deployLayers(graph).map((layer) => layer.map(label))).toEqual(layers);
    expect(deleteLayers(graph).map((layer) => layer.map(label))).toEqual([...layers].reverse());
  });

  it('refuses to layer a cycle, and findCycles names it', () => {
    const graph = buildGraph([
      artifact('pipeline', 'A', { a: [run('B')] }),
      artifact('pipeline', 'B', { a: [run('a')] }),
    ]);
    expect(findCycles(graph).map((c) => c.path.join(' -> '))).toEqual([
      "pipeline 'A' -> pipeline 'B' -> pipeline 'A'",
    ]);
    expect(() => deployLayers(graph)).toThrow(/cycle/);
  });

  it('reports a self-reference as a cycle', () => {
    const graph = buildGraph([artifact('pipeline', 'A', { a: [run('A')] })]);
    expect(findCycles(graph).map((c) => c.path.join(' -> '))).toEqual(["pipeline 'A' -> pipeline 'A'"]);
  });

  it('treats references the existsOutside hook vouches for as resolved', () => {
    const graph = buildGraph([artifact('pipeline', 'A', { a: [run('Live')] })], {
      existsOutside: (edge) => edge.to.name === 'Live',
    });
    expect(graph.dangling).toEqual([]);
  });
});
