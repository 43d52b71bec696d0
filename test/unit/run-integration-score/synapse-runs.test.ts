// The Synapse run service of pipeline mode against a recording development-endpoint client: the paths and bodies
// of the run operations as the artifacts spec names them, the run's times parsed, and Synapse Studio's monitoring
// URL on the host the workspace's ARM resource names (another cloud's Studio stays that cloud's).
import { describe, expect, it } from '@jest/globals';
import { synapseRunService } from '../../../src/run-integration-score/pipeline/synapse-runs.js';
import type { SynapseDevClient, SynapseResponse } from '../../../src/shared/synapse/dev-client.js';

const WORKSPACE_ID = '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Synapse/workspaces/syn-a';

function recorder(answers: Record<string, SynapseResponse>) {
  const sent: Array<{ method: string; path: string; body: unknown }> = [];
  const client: SynapseDevClient = {
    endpoint: 'https://syn-a.dev.azuresynapse.net',
    async send(method, path, body) {
      sent.push({ method, path, body });
      return answers[`${method} ${path.split('?')[0]}`] ?? { status: 200, body: {} };
    },
    runOperation: async () => undefined,
  };
  return { client, sent };
}

describe('synapseRunService', () => {
  it('creates, reads, cancels (recursively) and queries runs on the development endpoint', async () => {
    const { client, sent } = recorder({
      'POST /pipelines/pl_a/createRun': { status: 202, body: { runId: 'r-1' } },
      'GET /pipelineruns/r-1': {
        status: 200,
        body: {
          runId: 'r-1',
          status: 'Succeeded',
          runStart: '2026-01-01T00:00:00Z',
          runEnd: '2026-01-01T00:01:00Z',
        },
        header: (name) => (name === 'retry-after' ? '3' : undefined),
      },
      'POST /pipelines/pl_a/pipelineruns/r-1/queryActivityruns': {
        status: 200,
        body: { value: [{ activityName: 'A' }], continuationToken: 'next' },
      },
    });
    const service = synapseRunService(client, {
      name: 'syn-a',
      id: WORKSPACE_ID,
      devEndpoint: client.endpoint,
    });
    expect(await service.createRun('pl_a', { day: '2026-01-01' })).toBe('r-1');
    const headers: Array<string | null | undefined> = [];
    const run = await service.getRun('r-1', (get) => headers.push(get('retry-after')));
    expect(run).toEqual({
      runId: 'r-1',
      status: 'Succeeded',
      runStart: new Date('2026-01-01T00:00:00Z'),
      runEnd: new Date('2026-01-01T00:01:00Z'),
    });
    expect(headers).toEqual(['3']);
    await service.cancelRun('r-1');
    const window = { lastUpdatedAfter: new Date(0), lastUpdatedBefore: new Date(1000) };
    expect(await service.queryActivityRuns({ runId: 'r-1', pipeline: 'pl_a' }, window, 'tok')).toEqual({
      value: [{ activityName: 'A' }],
      continuationToken: 'next',
    });
    expect(sent).toEqual([
      { method: 'POST', path: '/pipelines/pl_a/createRun', body: { day: '2026-01-01' } },
      { method: 'GET', path: '/pipelineruns/r-1', body: undefined },
      { method: 'POST', path: '/pipelineruns/r-1/cancel?isRecursive=true', body: undefined },
      {
        method: 'POST',
        path: '/pipelines/pl_a/pipelineruns/r-1/queryActivityruns',
        body: {
          lastUpdatedAfter: '1970-01-01T00:00:00.000Z',
          lastUpdatedBefore: '1970-01-01T00:00:01.000Z',
          continuationToken: 'tok',
        },
      },
    ]);
  });

  it('refuses a createRun answer without a run id', async () => {
    const { client } = recorder({ 'POST /pipelines/pl_a/createRun': { status: 202, body: {} } });
    const service = synapseRunService(client, {
      name: 'syn-a',
      id: WORKSPACE_ID,
      devEndpoint: client.endpoint,
    });
    await expect(service.createRun('pl_a', {})).rejects.toThrow(/no run id/);
  });

  it.each([
    [undefined, 'https://web.azuresynapse.net'],
    ['https://web.azuresynapse.azure.cn?workspace=x', 'https://web.azuresynapse.azure.cn'],
  ])('links the run in Synapse Studio (web endpoint %s)', (web, studio) => {
    const { client } = recorder({});
    const service = synapseRunService(client, {
      name: 'syn-a',
      id: WORKSPACE_ID,
      devEndpoint: client.endpoint,
      ...(web ? { web } : {}),
    });
    expect(service.runUrl('r 1')).toBe(
      `${studio}/monitoring/pipelineruns/r%201?workspace=${encodeURIComponent(WORKSPACE_ID)}`,
    );
    expect(service.label).toBe("Synapse workspace 'syn-a'");
  });
});
