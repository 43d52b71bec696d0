// Pipeline runs of a Synapse workspace on its development endpoint, as a client of the REST API sends them (the
// Azure core pipeline, a token for https://dev.azuresynapse.net): createRun (202), the run, the workspace's run
// query, the activity-run query under the run's pipeline, cancel with and without isRecursive, recovery runs, and
// the answers for what does not exist. The runs execute on the sandbox's one pipeline runtime with the workspace as
// their host: `pipeline().DataFactory` is the workspace's name, no global parameters, and a Web activity's MSI token
// is the workspace identity's. Every request and response is validated against the vendored Synapse specs (the
// fixture fails a test on any finding).
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type SandboxFixture, useSandboxFixture } from '../harness/sandbox.js';
import { SYNAPSE_API, type SynapseClient, synapseClient } from '../harness/synapse-client.js';

type Json = Record<string, unknown>;
type Environment = Awaited<ReturnType<SandboxFixture['sandbox']['provision']>>;

const api = (path: string) => `${path}${path.includes('?') ? '&' : '?'}${SYNAPSE_API}`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const upon = (activity: string) => ({ activity, dependencyConditions: ['Succeeded'] });

const f = useSandboxFixture({
  storage: false,
  clockRate: 60,
  timing: { synapseOperationMs: 0, pollRetryAfterSeconds: 0 },
});
let env: Environment;
let client: SynapseClient;

/** A plain HTTP server that records the Authorization header of what it is sent. */
let server: Server;
let base: string;
const authorizations: Array<string | undefined> = [];

beforeAll(async () => {
  env = await f.sandbox.provision({ name: 'synruns', database: false, synapse: true });
  client = synapseClient(env.synapse!.devEndpoint, f.credential, { ca: f.sandbox.caCert });
  server = createServer((request: IncomingMessage, response) => {
    authorizations.push(request.headers.authorization);
    request.resume();
    request.on('end', () => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ ok: true }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const pipelines: Record<string, Json> = {
    pl_child: {
      parameters: {
        seconds: { type: 'Int', defaultValue: 600 },
        parent: { type: 'String', defaultValue: '' },
      },
      activities: [
        {
          name: 'Hold',
          type: 'Wait',
          typeProperties: { waitTimeInSeconds: '@pipeline().parameters.seconds' },
        },
      ],
    },
    pl_system: {
      parameters: { useCase: { type: 'String' } },
      variables: { host: { type: 'String' } },
      activities: [
        {
          name: 'SetHost',
          type: 'SetVariable',
          typeProperties: {
            variableName: 'host',
            value: '@{pipeline().DataFactory}/@{pipeline().parameters.useCase}',
          },
        },
        {
          name: 'CallOut',
          type: 'WebActivity',
          dependsOn: [upon('SetHost')],
          typeProperties: {
            method: 'GET',
            url: `${base}/echo`,
            authentication: { type: 'MSI', resource: 'https://ml.azure.com' },
          },
        },
      ],
    },
    pl_parent: {
      activities: [
        {
          name: 'RunChild',
          type: 'ExecutePipeline',
          typeProperties: {
            pipeline: { referenceName: 'pl_child', type: 'PipelineReference' },
            parameters: { parent: '@pipeline().RunId' },
            waitOnCompletion: true,
          },
        },
      ],
    },
    pl_fails: {
      activities: [
        { name: 'Stop', type: 'Fail', typeProperties: { message: 'no scores today', errorCode: 'E42' } },
      ],
    },
  };
  for (const [name, properties] of Object.entries(pipelines)) {
    await client.lro('PUT', api(`/pipelines/${name}`), { properties });
  }
}, 60_000);

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

async function createRun(pipeline: string, parameters: Json = {}, query = ''): Promise<string> {
  const response = await client.send('POST', api(`/pipelines/${pipeline}/createRun${query}`), parameters);
  expect(response).toMatchObject({ status: 202, body: { runId: expect.any(String) } });
  return (response.body as { runId: string }).runId;
}

async function getRun(runId: string): Promise<Json> {
  const response = await client.send('GET', api(`/pipelineruns/${runId}`));
  expect(response.status).toBe(200);
  return response.body as Json;
}

async function until(runId: string, statuses: readonly string[]): Promise<Json> {
  for (let tries = 0; tries < 300; tries++) {
    const run = await getRun(runId);
    if (statuses.includes(run.status as string)) return run;
    await sleep(50);
  }
  throw new Error(`run ${runId} never reached ${statuses.join('/')}`);
}

function window(): Json {
  const now = f.sandbox.clock.now();
  return {
    lastUpdatedAfter: new Date(now - 86_400_000).toISOString(),
    lastUpdatedBefore: new Date(now + 86_400_000).toISOString(),
  };
}

async function activityRuns(pipeline: string, runId: string): Promise<Json[]> {
  const response = await client.send(
    'POST',
    api(`/pipelines/${pipeline}/pipelineruns/${runId}/queryActivityruns`),
    window(),
  );
  expect(response.status).toBe(200);
  return (response.body as { value: Json[] }).value;
}

/** The run pl_parent's ExecutePipeline started (it passes its own run id as the child's `parent`). */
async function childOf(runId: string): Promise<string> {
  for (let tries = 0; tries < 200; tries++) {
    const response = await client.send('POST', api('/queryPipelineRuns'), {
      ...window(),
      filters: [{ operand: 'PipelineName', operator: 'Equals', values: ['pl_child'] }],
    });
    const runs = (response.body as { value: Json[] }).value;
    const child = runs.find((run) => (run.parameters as Json).parent === runId);
    if (child) return child.runId as string;
    await sleep(50);
  }
  throw new Error(`run ${runId} started no child`);
}

const claimsOf = (authorization: string) =>
  JSON.parse(Buffer.from(authorization.split(' ')[1]!.split('.')[1]!, 'base64url').toString()) as Json;

describe('a Synapse pipeline run', () => {
  it('is created (202), runs on the workspace, and shows its activity runs', async () => {
    authorizations.length = 0;
    const runId = await createRun('pl_system', { useCase: 'credit' });
    const run = await until(runId, ['Succeeded', 'Failed']);
    expect(run).toMatchObject({
      runId,
      runGroupId: runId,
      isLatest: true,
      pipelineName: 'pl_system',
      parameters: { useCase: 'credit' },
      invokedBy: { name: 'Manual', invokedByType: 'Manual' },
      status: 'Succeeded',
      message: '',
    });
    const activities = await activityRuns('pl_system', runId);
    expect(activities.map((a) => [a.activityName, a.activityType, a.status])).toEqual([
      ['SetHost', 'SetVariable', 'Succeeded'],
      ['CallOut', 'WebActivity', 'Succeeded'],
    ]);
    // pipeline().DataFactory is the workspace's name in Synapse.
    expect(activities[0]!.output).toEqual({ name: 'host', value: `${env.synapse!.name}/credit` });
    expect(activities[1]).toMatchObject({
      pipelineName: 'pl_system',
      pipelineRunId: runId,
      output: { ok: true },
    });
    // The Web activity's MSI token is the workspace's system-assigned identity's, for the resource it names.
    expect(authorizations).toHaveLength(1);
    expect(claimsOf(authorizations[0]!)).toMatchObject({
      aud: 'https://ml.azure.com',
      oid: env.synapse!.principalId,
    });
  });

  it('finds the workspace runs by query, paged with continuation tokens', async () => {
    const first = await createRun('pl_system', { useCase: 'a' });
    const second = await createRun('pl_system', { useCase: 'b' });
    await until(first, ['Succeeded']);
    await until(second, ['Succeeded']);
    await f.request('PUT', '/_sandbox/synapse/page-size', { body: { pageSize: 2 } });
    try {
      const seen: Json[] = [];
      let token: string | undefined;
      do {
        const response = await client.send('POST', api('/queryPipelineRuns'), {
          ...window(),
          filters: [{ operand: 'PipelineName', operator: 'Equals', values: ['pl_system'] }],
          orderBy: [{ orderBy: 'RunStart', order: 'ASC' }],
          ...(token ? { continuationToken: token } : {}),
        });
        expect(response.status).toBe(200);
        const page = response.body as { value: Json[]; continuationToken?: string };
        seen.push(...page.value);
        token = page.continuationToken;
      } while (token);
      expect(seen.length).toBeGreaterThanOrEqual(3);
      expect(seen.every((run) => run.pipelineName === 'pl_system')).toBe(true);
      expect(seen.map((run) => run.runId)).toEqual(expect.arrayContaining([first, second]));
    } finally {
      await f.request('PUT', '/_sandbox/synapse/page-size', { body: { pageSize: 50 } });
    }
  });

  it('fails with the failing activity named in the run and its error in the activity run', async () => {
    const runId = await createRun('pl_fails');
    const run = await until(runId, ['Succeeded', 'Failed']);
    expect(run).toMatchObject({
      status: 'Failed',
      message: 'Operation on target Stop failed: no scores today',
    });
    const [stop] = await activityRuns('pl_fails', runId);
    expect(stop).toMatchObject({
      activityName: 'Stop',
      status: 'Failed',
      error: { errorCode: 'E42', message: 'no scores today' },
    });
  });

  it('cancels recursively: the runs its ExecutePipeline activities started are cancelled too', async () => {
    const runId = await createRun('pl_parent');
    const child = await childOf(runId);
    await until(child!, ['InProgress']);
    const cancel = await client.send('POST', api(`/pipelineruns/${runId}/cancel?isRecursive=true`));
    expect(cancel.status).toBe(200);
    expect(await until(runId, ['Cancelled'])).toMatchObject({ status: 'Cancelled' });
    expect(await until(child!, ['Cancelled'])).toMatchObject({
      status: 'Cancelled',
      pipelineName: 'pl_child',
      invokedBy: { invokedByType: 'PipelineActivity' },
    });
  });

  it('cancels only the run itself without isRecursive: its child goes on', async () => {
    const runId = await createRun('pl_parent');
    const child = await childOf(runId);
    await until(child!, ['InProgress']);
    expect((await client.send('POST', api(`/pipelineruns/${runId}/cancel`))).status).toBe(200);
    await until(runId, ['Cancelled']);
    expect((await getRun(child!)).status).toBe('InProgress');
    expect((await client.send('POST', api(`/pipelineruns/${child}/cancel?isRecursive=false`))).status).toBe(
      200,
    );
    await until(child!, ['Cancelled']);
  });

  it('starts a recovery run in the group of the run it recovers, with its parameters', async () => {
    const first = await createRun('pl_child', { seconds: 1 });
    await until(first, ['Succeeded']);
    const recovery = await createRun('pl_child', {}, `?referencePipelineRunId=${first}&isRecovery=true`);
    const run = await until(recovery, ['Succeeded']);
    expect(run).toMatchObject({ runGroupId: first, parameters: { seconds: '1' }, isLatest: true });
    expect((await getRun(first)).isLatest).toBe(false);
  });

  it('answers what does not exist and what cannot run', async () => {
    expect(await client.send('POST', api('/pipelines/pl_missing/createRun'), {})).toMatchObject({
      status: 404,
      body: { error: { code: 'PipelineNotFound' } },
    });
    expect(
      await client.send('POST', api('/pipelines/pl_system/createRun'), { useCas: 'typo' }),
    ).toMatchObject({
      status: 400,
      body: { error: { code: 'BadRequest', message: expect.stringContaining("'useCase'") } },
    });
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(await client.send('GET', api(`/pipelineruns/${unknown}`))).toMatchObject({
      status: 404,
      body: { error: { code: 'PipelineRunNotFound' } },
    });
    expect(await client.send('POST', api(`/pipelineruns/${unknown}/cancel?isRecursive=true`))).toMatchObject({
      status: 400,
      body: { error: { code: 'ReferencedPipelineRunNotFound' } },
    });
    // The activity-run query names the run's pipeline: another pipeline's name does not find it.
    const runId = await createRun('pl_child', { seconds: 1 });
    await until(runId, ['Succeeded']);
    expect(
      await client.send(
        'POST',
        api(`/pipelines/pl_parent/pipelineruns/${runId}/queryActivityruns`),
        window(),
      ),
    ).toMatchObject({ status: 404, body: { error: { code: 'PipelineRunNotFound' } } });
  });
});
