// Spec validation of Synapse traffic: the development endpoint's requests are matched under the host Azure serves
// them on and checked against the data-plane specs (not as ARM calls), the workspace's ARM requests against the
// Synapse ARM spec; the spec's own examples pass, broken bodies and undefined operations are caught, and the rules for
// what the service is recorded answering beyond its spec drop exactly those findings.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from '@jest/globals';
import type { SandboxRequest, SandboxResponse } from '../../src/sandbox/core/http.js';
import { azureDevUrl, devEndpoint } from '../../src/sandbox/synapse/endpoint.js';
import {
  createSpecValidator,
  defaultSpecsDir,
  type OavSpecValidator,
} from '../../src/sandbox/validation/spec-validator.js';
import { useSandboxFixture } from '../harness/sandbox.js';
import { SYNAPSE_API, synapseClient } from '../harness/synapse-client.js';

const SUBSCRIPTION = '7f7b4e7b-ef89-416b-8a00-81914783c803';
const ARM_WORKSPACE = `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg-scoring-dev/providers/Microsoft.Synapse/workspaces/syn-scoring-dev`;
const ENDPOINT = '/_synapse/syn-scoring-dev';

const SPECS = join(defaultSpecsDir(), 'specification/synapse');
function example(path: string) {
  return JSON.parse(readFileSync(join(SPECS, path), 'utf8')) as {
    parameters: Record<string, unknown>;
    responses: Record<string, { body?: unknown }>;
  };
}
const dataPlaneExample = (name: string) =>
  example(`data-plane/Microsoft.Synapse/stable/2020-12-01/examples/${name}.json`);

function request(method: string, pathAndQuery: string, body?: unknown): SandboxRequest {
  const url = new URL(pathAndQuery, 'https://127.0.0.1:8443');
  const rawBody = body === undefined ? Buffer.alloc(0) : Buffer.from(JSON.stringify(body));
  return {
    method,
    url,
    path: url.pathname,
    query: url.searchParams,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    rawBody,
    body,
    requestId: randomUUID(),
    principal: undefined,
    params: {},
  };
}

const answer = (status: number, body?: unknown): SandboxResponse => ({ status, body });
const pipelinePath = `${ENDPOINT}/pipelines/examplePipeline?${SYNAPSE_API}`;

let validator: OavSpecValidator;

beforeAll(async () => {
  validator = await createSpecValidator();
}, 60_000);

describe('the development endpoint', () => {
  it("is a path on the sandbox's host that the validator sees under Azure's host", () => {
    expect(devEndpoint('https://127.0.0.1:8443', 'syn-scoring-dev')).toBe(
      'https://127.0.0.1:8443/_synapse/syn-scoring-dev',
    );
    expect(azureDevUrl(new URL(`https://127.0.0.1:8443${pipelinePath}`))).toBe(
      `https://syn-scoring-dev.dev.azuresynapse.net/pipelines/examplePipeline?${SYNAPSE_API}`,
    );
    expect(azureDevUrl(new URL('https://127.0.0.1:8443/_synapse/Syn-A'))).toBe(
      'https://syn-a.dev.azuresynapse.net/',
    );
    expect(azureDevUrl(new URL(`https://127.0.0.1:8443${ARM_WORKSPACE}`))).toBeUndefined();
  });

  it("passes the spec's own examples, matched to their data-plane operations", async () => {
    const create = dataPlaneExample('Pipelines_Create');
    const put = request('PUT', pipelinePath, create.parameters.pipeline);
    expect(await validator.checkRequest(put)).toEqual([]);
    expect(await validator.checkResponse(put, answer(200, create.responses['200']!.body))).toEqual([]);
    const get = request('GET', pipelinePath);
    expect(
      await validator.checkResponse(
        get,
        answer(200, dataPlaneExample('Pipelines_Get').responses['200']!.body),
      ),
    ).toEqual([]);
    const workspace = request('GET', `${ENDPOINT}/workspace?${SYNAPSE_API}`);
    expect(
      await validator.checkResponse(
        workspace,
        answer(200, dataPlaneExample('Workspace_Get').responses['200']!.body),
      ),
    ).toEqual([]);
  });

  it('catches a pipeline whose activity has no name, naming the data-plane operation and the path', async () => {
    const body = structuredClone(dataPlaneExample('Pipelines_Create').parameters.pipeline) as {
      properties: { activities: { name?: string }[] };
    };
    delete body.properties.activities[0]!.name;
    const issues = await validator.checkRequest(request('PUT', pipelinePath, body));
    expect(issues).toEqual([
      expect.objectContaining({
        operationId: 'Pipeline_CreateOrUpdatePipeline',
        phase: 'request',
        code: 'OBJECT_MISSING_REQUIRED_PROPERTY',
        path: '/properties/activities/0/name',
      }),
    ]);
    const runs = await validator.checkResponse(
      request('GET', `${ENDPOINT}/pipelineruns/${randomUUID()}?${SYNAPSE_API}`),
      answer(200, { runId: 42 }),
    );
    expect(runs.map((issue) => [issue.operationId, issue.code, issue.path])).toEqual([
      ['PipelineRun_GetPipelineRun', 'INVALID_TYPE', '/runId'],
    ]);
  });

  it('reports what the specs do not define: Synapse has no global parameters', async () => {
    const issues = await validator.checkRequest(
      request('PUT', `${ENDPOINT}/globalParameters/default?${SYNAPSE_API}`, { properties: {} }),
    );
    expect(issues.map((issue) => issue.code)).toEqual([expect.stringMatching(/^OPERATION_NOT_FOUND/)]);
  });

  it('accepts bare error bodies and a pipeline lastPublishTime only where the service is recorded sending them', async () => {
    const notFound = { code: 'PipelineNotFound', message: 'The Pipeline p was not found in (...)' };
    expect(await validator.checkResponse(request('GET', pipelinePath), answer(404, notFound))).toEqual([]);
    // The same bare body on an operation whose spec puts errors in ErrorContract is still reported.
    const onWorkspace = await validator.checkResponse(
      request('GET', `${ENDPOINT}/workspace?${SYNAPSE_API}`),
      answer(404, notFound),
    );
    expect(onWorkspace.map((issue) => [issue.code, issue.path])).toEqual([
      ['OBJECT_ADDITIONAL_PROPERTIES', '/code'],
      ['OBJECT_ADDITIONAL_PROPERTIES', '/message'],
    ]);

    const published = structuredClone(dataPlaneExample('Pipelines_Get').responses['200']!.body) as {
      properties: Record<string, unknown>;
    };
    published.properties.lastPublishTime = '2021-09-14T07:15:19Z';
    expect(await validator.checkResponse(request('GET', pipelinePath), answer(200, published))).toEqual([]);
    // A client sending it back is told: the service owns it.
    const sent = await validator.checkRequest(
      request('PUT', pipelinePath, { properties: published.properties }),
    );
    expect(sent.map((issue) => [issue.code, issue.path])).toEqual([
      ['OBJECT_ADDITIONAL_PROPERTIES', '/properties/lastPublishTime'],
    ]);
  });
});

describe('the Synapse ARM spec', () => {
  it('matches the workspace and its integration runtimes at 2021-06-01', async () => {
    const get = request('GET', `${ARM_WORKSPACE}?api-version=2021-06-01`);
    const body = example('resource-manager/Microsoft.Synapse/stable/2021-06-01/examples/GetWorkspace.json')
      .responses['200']!.body;
    expect(await validator.checkResponse(get, answer(200, body))).toEqual([]);
    const runtime = request('PUT', `${ARM_WORKSPACE}/integrationRuntimes/ir-onprem?api-version=2021-06-01`, {
      properties: { type: 'SelfHosted' },
    });
    expect(await validator.checkRequest(runtime)).toEqual([]);
    const wrong = await validator.checkResponse(
      runtime,
      answer(200, { properties: { type: 'SelfHosted' }, etag: 7 }),
    );
    // oav's ARM rules apply to ARM: a resource answered without its id is reported...
    expect(wrong.map((issue) => [issue.operationId, issue.code, issue.path])).toEqual([
      ['IntegrationRuntimes_Create', 'INVALID_TYPE', '/etag'],
      ['IntegrationRuntimes_Create', 'MISSING_RESOURCE_ID', ''],
    ]);
    // ...but not to the data plane, which is no ARM call.
    const { id: _, ...withoutId } = dataPlaneExample('Pipelines_Get').responses['200']!.body as Record<
      string,
      unknown
    >;
    expect(await validator.checkResponse(request('GET', pipelinePath), answer(200, withoutId))).toEqual([]);
  });
});

describe('a validating sandbox with a Synapse workspace', () => {
  const f = useSandboxFixture({
    storage: false,
    timing: { synapseOperationMs: 0, pollRetryAfterSeconds: 0 },
  });

  it('records a finding for a development endpoint request that breaks the contract', async () => {
    const env = await f.sandbox.provision({ name: 'synspecs', database: false, synapse: true });
    const client = synapseClient(env.synapse!.devEndpoint, f.credential, { ca: f.sandbox.caCert });
    const body = structuredClone(dataPlaneExample('Pipelines_Create').parameters.pipeline) as {
      properties: { activities: { name?: string }[] };
    };
    delete body.properties.activities[0]!.name;
    expect((await client.send('PUT', `/pipelines/broken?${SYNAPSE_API}`, body)).status).toBe(202);
    const findings = f.sandbox.control.findings();
    f.sandbox.control.clearFindings();
    expect(findings).toEqual([
      expect.objectContaining({
        method: 'PUT',
        path: `/_synapse/${env.synapse!.name}/pipelines/broken`,
        phase: 'request',
        messages: [
          expect.stringMatching(
            /^Pipeline_CreateOrUpdatePipeline request: OBJECT_MISSING_REQUIRED_PROPERTY at \/properties\/activities\/0\/name/,
          ),
        ],
      }),
    ]);
    // Global parameters do not exist in Synapse: the endpoint has no such route.
    const globals = await client.send('PUT', `/globalParameters/default?${SYNAPSE_API}`, { properties: {} });
    expect(globals.status).toBe(404);
  });
});
