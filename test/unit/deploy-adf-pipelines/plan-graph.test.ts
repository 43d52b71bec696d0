import { describe, expect, it } from '@jest/globals';
import { diffArtifacts } from '../../../src/deploy-adf-pipelines/diff.js';
import {
  MERMAID_NODE_LIMIT,
  mermaidChart,
  mermaidLabel,
  planDependencies,
} from '../../../src/deploy-adf-pipelines/plan-graph.js';
import { artifact } from './helpers.js';

const ls = artifact('linkedService', 'ls_kv', { type: 'AzureKeyVault' });
const ds = artifact('dataset', 'ds_in', {
  type: 'Json',
  linkedServiceName: { referenceName: 'ls_kv', type: 'LinkedServiceReference' },
});
const pipeline = (name: string, datasets: string[], pipelines: string[] = []) =>
  artifact('pipeline', name, {
    activities: [
      ...datasets.map((d) => ({
        name: `Read ${d}`,
        type: 'Lookup',
        typeProperties: { dataset: { referenceName: d, type: 'DatasetReference' } },
      })),
      ...pipelines.map((p) => ({
        name: `Run ${p}`,
        type: 'ExecutePipeline',
        typeProperties: { pipeline: { referenceName: p, type: 'PipelineReference' } },
      })),
    ],
  });

describe('the dependencies the plan lists', () => {
  it('lists every edge once, and the writes in waves of what waits for what', () => {
    const desired = [ls, ds, pipeline('pl_leaf', ['ds_in', 'ds_in']), pipeline('pl_parent', [], ['pl_leaf'])];
    const entries = diffArtifacts(desired, []);
    const { edges, deployOrder, deleteOrder } = planDependencies(desired, entries, []);
    expect(edges).toEqual([
      { from: 'dataset:ds_in', to: 'linkedService:ls_kv', reference: 'LinkedServiceReference' },
      { from: 'pipeline:pl_leaf', to: 'dataset:ds_in', reference: 'DatasetReference' },
      { from: 'pipeline:pl_parent', to: 'pipeline:pl_leaf', reference: 'PipelineReference' },
    ]);
    expect(deployOrder).toEqual([
      ['linkedService:ls_kv'],
      ['dataset:ds_in'],
      ['pipeline:pl_leaf'],
      ['pipeline:pl_parent'],
    ]);
    expect(deleteOrder).toEqual([]);
  });

  it('orders only what is written: an unchanged dependency does not make a wave', () => {
    const desired = [ls, ds, pipeline('pl_leaf', ['ds_in'])];
    const live = [ls, ds].map(({ kind, name, properties }) => ({ kind, name, properties }));
    const { deployOrder } = planDependencies(desired, diffArtifacts(desired, live), []);
    expect(deployOrder).toEqual([['pipeline:pl_leaf']]);
  });

  it('orders deletes the other way round', () => {
    const gone = [pipeline('pl_old', ['ds_old']), artifact('dataset', 'ds_old', { type: 'Json' })];
    const live = gone.map(({ kind, name, properties }) => ({ kind, name, properties }));
    const { deleteOrder } = planDependencies([], diffArtifacts([], live), live);
    expect(deleteOrder).toEqual([['pipeline:pl_old'], ['dataset:ds_old']]);
  });
});

describe("the summary's flowchart", () => {
  it('draws what changes and what it depends on, styled by action', () => {
    const desired = [ls, ds, pipeline('pl_leaf', ['ds_in'])];
    const live = [ls, ds].map(({ kind, name, properties }) => ({ kind, name, properties }));
    const entries = diffArtifacts(desired, live);
    const chart = mermaidChart(entries, planDependencies(desired, entries, []), { deleteOrphans: false });
    expect(chart?.text.split('\n').slice(0, 4)).toEqual([
      'flowchart LR',
      '  n1["+ pipeline:pl_leaf"]:::create',
      '  n2["= dataset:ds_in"]:::unchanged',
      '  n1 --> n2',
    ]);
    expect(chart).toMatchObject({ nodes: 2, omitted: 0 });
  });

  it('draws nothing when nothing changes', () => {
    const live = [ls].map(({ kind, name, properties }) => ({ kind, name, properties }));
    const entries = diffArtifacts([ls], live);
    expect(mermaidChart(entries, planDependencies([ls], entries, []), { deleteOrphans: false })).toBe(
      undefined,
    );
  });

  it('is bounded for large factories, saying how many it left out', () => {
    const many = Array.from({ length: MERMAID_NODE_LIMIT + 25 }, (_, i) => pipeline(`pl_${i}`, []));
    const entries = diffArtifacts(many, []);
    const chart = mermaidChart(entries, planDependencies(many, entries, []), { deleteOrphans: false })!;
    expect(chart).toMatchObject({ nodes: MERMAID_NODE_LIMIT, omitted: 25 });
    expect(chart.text.split('\n').filter((line) => /^ {2}n\d+\[/.test(line))).toHaveLength(
      MERMAID_NODE_LIMIT,
    );
  });

  it('escapes what Mermaid and markdown would read in a label', () => {
    expect(mermaidLabel('pipeline:a"b<c>#d&`e')).toBe('"pipeline:a#34;b#60;c#62;#35;d#38;#96;e"');
  });
});
