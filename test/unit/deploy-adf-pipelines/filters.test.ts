import { describe, expect, it } from '@jest/globals';
import { buildGraph, danglingProblems } from '../../../src/deploy-adf-pipelines/dependency-graph.js';
import {
  applyFilter,
  excludedReferenceCheck,
  parseFilter,
} from '../../../src/deploy-adf-pipelines/filters.js';
import { artifactKey } from '../../../src/shared/adf/artifacts.js';
import { ConfigurationError } from '../../../src/shared/errors.js';
import { artifact, label } from './helpers.js';

const artifacts = [
  artifact('pipeline', 'pl_score', {}),
  artifact('pipeline', 'pl_Legacy_copy', {}),
  artifact('dataset', 'ds_legacy', {}),
  artifact('trigger', 'tr_daily', {
    pipelines: [{ pipelineReference: { referenceName: 'pl_score', type: 'PipelineReference' } }],
  }),
];

describe('include/exclude filters', () => {
  it.each([
    {
      include: [],
      exclude: [],
      selected: ['pipeline:pl_score', 'pipeline:pl_Legacy_copy', 'dataset:ds_legacy', 'trigger:tr_daily'],
    },
    { include: ['pipeline.*'], exclude: [], selected: ['pipeline:pl_score', 'pipeline:pl_Legacy_copy'] },
    { include: [], exclude: ['*.*legacy*'], selected: ['pipeline:pl_score', 'trigger:tr_daily'] },
    { include: ['PIPELINE.PL_*'], exclude: ['pipeline.pl_legacy*'], selected: ['pipeline:pl_score'] },
    { include: ['trigger.tr_daily'], exclude: [], selected: ['trigger:tr_daily'] },
  ])('include $include exclude $exclude', ({ include, exclude, selected }) => {
    const result = applyFilter(parseFilter(include, exclude), artifacts);
    expect(result.selected.map(label)).toEqual(selected);
    expect(result.excluded).toHaveLength(artifacts.length - selected.length);
  });

  it('reports include patterns that match nothing', () => {
    expect(applyFilter(parseFilter(['pipeline.nope*']), artifacts).unusedIncludes).toEqual([
      'pipeline.nope*',
    ]);
  });

  it.each(['pipeline', '.x', 'pipeline.', 'pipelines.x'])(
    'rejects the pattern %s, naming the input',
    (text) => {
      expect(() => parseFilter([], [text])).toThrow(ConfigurationError);
      expect(() => parseFilter([], [text])).toThrow(/Input 'exclude'/);
    },
  );

  it('resolves references into excluded artifacts only when they exist live', () => {
    const { selected, excluded } = applyFilter(parseFilter(['trigger.*']), artifacts);
    const live = buildGraph(selected, { existsOutside: excludedReferenceCheck(excluded, () => true) });
    expect(live.dangling).toEqual([]);
    const absent = buildGraph(selected, { existsOutside: excludedReferenceCheck(excluded, () => false) });
    expect(absent.dangling.map((e) => label(e.to))).toEqual(['pipeline:pl_score']);
    const keys = new Set(excluded.map((a) => artifactKey(a.kind, a.name)));
    expect(danglingProblems(absent, keys)[0]!.message).toMatch(
      /trigger 'tr_daily' references pipeline 'pl_score', which the include\/exclude filters leave out and which does not exist in the factory/,
    );
  });
});
