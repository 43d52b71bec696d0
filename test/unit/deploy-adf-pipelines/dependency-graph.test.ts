import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import {
  buildGraph,
  type DependencyGraph,
  findCycles,
  runInDependencyOrder,
  type ScheduleDirection,
} from '../../../src/deploy-adf-pipelines/dependency-graph.js';
import { findReferences } from '../../../src/deploy-adf-pipelines/references.js';
import { readGitFolder } from '../../../src/deploy-adf-pipelines/sources/git-folder.js';
import { type AdfArtifact, artifactKey } from '../../../src/shared/adf/artifacts.js';
import { artifact, FIXTURES, label } from './helpers.js';

const run = (target: string) => ({
  type: 'ExecutePipeline',
  typeProperties: { pipeline: { referenceName: target, type: 'PipelineReference' } },
});

describe('references', () => {
  it('are found once per artifact: each graph of the same artifacts reuses them; a copy is walked afresh', () => {
    const pipeline = artifact('pipeline', 'P', { activities: [run('Child')] });
    const first = findReferences(pipeline);
    expect(first.map((edge) => edge.path)).toEqual([['activities', 0, 'typeProperties', 'pipeline']]);
    expect(findReferences(pipeline)).toBe(first);
    const copy = artifact('pipeline', 'P', { activities: [run('Other')] });
    expect(findReferences(copy).map((edge) => edge.to.name)).toEqual(['Other']);
  });

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

/** Each artifact's work takes `ticks[label]` (default 1) microtask turns; events record starts and ends in order. */
async function schedule(
  graph: DependencyGraph,
  direction: ScheduleDirection,
  limit: number,
  options: { ticks?: Record<string, number>; fails?: string[]; stopAfter?: number } = {},
) {
  const events: string[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  let done = 0;
  await runInDependencyOrder(
    graph,
    direction,
    limit,
    () => options.stopAfter !== undefined && done >= options.stopAfter,
    async (a: AdfArtifact) => {
      events.push(`start ${label(a)}`);
      maxInFlight = Math.max(maxInFlight, ++inFlight);
      for (let i = 0; i < (options.ticks?.[label(a)] ?? 1); i++) await Promise.resolve();
      inFlight--;
      done++;
      events.push(`end ${label(a)}`);
      return !options.fails?.includes(label(a));
    },
  );
  return {
    events,
    maxInFlight,
    started: events.filter((e) => e.startsWith('start ')).map((e) => e.slice(6)),
  };
}

/** Every edge is respected: for deploys the referenced artifact ends before the referencing one starts. */
function expectOrdered(graph: DependencyGraph, direction: ScheduleDirection, events: readonly string[]) {
  for (const [from, edges] of graph.edges) {
    for (const edge of edges) {
      const source = label(graph.artifacts.get(from)!);
      const target = label(graph.artifacts.get(artifactKey(edge.to.kind, edge.to.name))!);
      const [first, then] = direction === 'deploy' ? [target, source] : [source, target];
      if (first === then) continue;
      expect(events.indexOf(`end ${first}`)).toBeLessThan(events.indexOf(`start ${then}`));
    }
  }
}

describe('dependency-ordered schedule', () => {
  it('writes the sample factory after what each artifact references, and deletes it in reverse', async () => {
    const read = await readGitFolder(join(FIXTURES, 'git'), 'adf');
    const graph = buildGraph(read.artifacts);
    for (const direction of ['deploy', 'delete'] as const) {
      for (const limit of [1, 3, 16]) {
        const { events, maxInFlight, started } = await schedule(graph, direction, limit);
        expect(started).toHaveLength(graph.artifacts.size);
        expect(maxInFlight).toBeLessThanOrEqual(limit);
        expectOrdered(graph, direction, events);
      }
    }
    // One at a time, the order is a topological order that starts with what references nothing.
    const { started } = await schedule(graph, 'deploy', 1);
    expect(started.slice(0, 4)).toEqual([
      'integrationRuntime:shir-onprem',
      'linkedService:ls_adls_scoring',
      'linkedService:ls_keyvault',
      'globalParameters:default',
    ]);
    expect(started.at(-1)).toBe('trigger:tr_daily_scoring');
  });

  it('starts an artifact as soon as its own references are written, not when a whole layer is', async () => {
    const graph = buildGraph([
      artifact('linkedService', 'Slow', {}),
      artifact('pipeline', 'C', {}),
      artifact('pipeline', 'B', { a: [run('C')] }),
    ]);
    const { events } = await schedule(graph, 'deploy', 4, { ticks: { 'linkedService:Slow': 50 } });
    expect(events.indexOf('start pipeline:B')).toBeLessThan(events.indexOf('end linkedService:Slow'));
  });

  it.each([
    {
      title: 'a chain',
      artifacts: [
        artifact('pipeline', 'C', {}),
        artifact('pipeline', 'B', { a: [run('C')] }),
        artifact('pipeline', 'A', { a: [run('B')] }),
      ],
      order: ['pipeline:C', 'pipeline:B', 'pipeline:A'],
    },
    {
      title: 'references resolved case-insensitively',
      artifacts: [artifact('pipeline', 'Parent', { a: [run('CHILD')] }), artifact('pipeline', 'Child', {})],
      order: ['pipeline:Child', 'pipeline:Parent'],
    },
    {
      title: 'a diamond',
      artifacts: [
        artifact('pipeline', 'A', { a: [run('B'), run('C')] }),
        artifact('pipeline', 'B', { a: [run('D')] }),
        artifact('pipeline', 'C', { a: [run('D')] }),
        artifact('pipeline', 'D', {}),
      ],
      order: ['pipeline:D', 'pipeline:B', 'pipeline:C', 'pipeline:A'],
      deleteOrder: ['pipeline:A', 'pipeline:B', 'pipeline:C', 'pipeline:D'],
    },
  ] as { title: string; artifacts: AdfArtifact[]; order: string[]; deleteOrder?: string[] }[])(
    '$title',
    async ({ artifacts, order, deleteOrder }) => {
      const graph = buildGraph(artifacts);
      expect(graph.dangling).toEqual([]);
      expect((await schedule(graph, 'deploy', 1)).started).toEqual(order);
      expect((await schedule(graph, 'delete', 1)).started).toEqual(deleteOrder ?? [...order].reverse());
      const wide = await schedule(graph, 'deploy', 8);
      expectOrdered(graph, 'deploy', wide.events);
    },
  );

  it('never starts what depends on a failure, and lets the writes in flight finish', async () => {
    const graph = buildGraph([
      artifact('pipeline', 'C', {}),
      artifact('pipeline', 'B', { a: [run('C')] }),
      artifact('pipeline', 'X', {}),
      artifact('pipeline', 'Y', {}),
    ]);
    const { events, started } = await schedule(graph, 'deploy', 2, {
      fails: ['pipeline:C'],
      ticks: { 'pipeline:X': 5 },
    });
    expect(started).toEqual(['pipeline:C', 'pipeline:X']);
    expect(events).toContain('end pipeline:X');
  });

  it('dispatches nothing more once stopped', async () => {
    const graph = buildGraph([
      artifact('pipeline', 'A', {}),
      artifact('pipeline', 'B', {}),
      artifact('pipeline', 'C', {}),
    ]);
    expect((await schedule(graph, 'deploy', 1, { stopAfter: 1 })).started).toEqual(['pipeline:A']);
  });

  it('rethrows what the work throws once nothing is in flight', async () => {
    const graph = buildGraph([artifact('pipeline', 'A', {}), artifact('pipeline', 'B', {})]);
    let settled = 0;
    await expect(
      runInDependencyOrder(
        graph,
        'deploy',
        2,
        () => false,
        async (a) => {
          await Promise.resolve();
          settled++;
          if (a.name === 'A') throw new Error('boom');
          await Promise.resolve();
          return true;
        },
      ),
    ).rejects.toThrow('boom');
    expect(settled).toBe(2);
  });

  it('refuses to schedule a cycle, and findCycles names it', async () => {
    const graph = buildGraph([
      artifact('pipeline', 'A', { a: [run('B')] }),
      artifact('pipeline', 'B', { a: [run('a')] }),
    ]);
    expect(findCycles(graph).map((c) => c.path.join(' -> '))).toEqual([
      "pipeline 'A' -> pipeline 'B' -> pipeline 'A'",
    ]);
    await expect(
      runInDependencyOrder(
        graph,
        'deploy',
        4,
        () => false,
        async () => true,
      ),
    ).rejects.toThrow(/cycle/);
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
