// Spec validation with oav's live validator: it catches wrong requests and responses with the operation, code and
// JSON path; passes correct traffic, including the spec's own examples and what oav misreads (known false
// positives, filtered by precise rules); reports requests the specs do not define; and, wired into a sandbox,
// finds nothing wrong in real SDK traffic while still recording a deliberately broken request.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataFactoryManagementClient, type PipelineResource } from '@azure/arm-datafactory';
import { AzureMachineLearningWorkspaces } from '@azure/arm-machinelearning';
import { beforeAll, describe, expect, it } from '@jest/globals';
import type { SandboxRequest, SandboxResponse } from '../../src/sandbox/core/http.js';
import { KNOWN_FALSE_POSITIVES } from '../../src/sandbox/validation/false-positives.js';
import {
  createSpecValidator,
  defaultSpecsDir,
  formatIssue,
  type OavSpecValidator,
} from '../../src/sandbox/validation/spec-validator.js';
import { type SandboxFixture, useSandboxFixture } from '../harness/sandbox.js';

const SUBSCRIPTION = '7f7b4e7b-ef89-416b-8a00-81914783c803';
const FACTORY = `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg-scoring-dev/providers/Microsoft.DataFactory/factories/adf-scoring-dev`;
const WORKSPACE = `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg-scoring-dev/providers/Microsoft.MachineLearningServices/workspaces/mlw-scoring-dev`;
const DF_VERSION = 'api-version=2018-06-01';
const ML_VERSION = 'api-version=2022-10-01';

const specs = defaultSpecsDir();
const example = (path: string) =>
  JSON.parse(readFileSync(join(specs, 'specification', path), 'utf8')) as {
    parameters: Record<string, unknown>;
    responses: Record<string, { body?: unknown }>;
  };
const dfExample = (name: string) =>
  example(`datafactory/resource-manager/Microsoft.DataFactory/stable/2018-06-01/examples/${name}.json`);
const mlExample = (name: string) =>
  example(
    `machinelearningservices/resource-manager/Microsoft.MachineLearningServices/stable/2022-10-01/examples/${name}.json`,
  );

function request(method: string, pathAndQuery: string, body?: unknown): SandboxRequest {
  const url = new URL(pathAndQuery, 'https://127.0.0.1:8443');
  const rawBody = body === undefined ? Buffer.alloc(0) : Buffer.from(JSON.stringify(body));
  return {
    method,
    url,
    path: url.pathname,
    query: url.searchParams,
    headers:
      body === undefined
        ? {}
        : { 'content-type': 'application/json', 'content-length': String(rawBody.length) },
    rawBody,
    body,
    requestId: randomUUID(),
    principal: undefined,
    params: {},
  };
}

const ok = (body?: unknown, status = 200): SandboxResponse => ({ status, body });

let validator: OavSpecValidator;

beforeAll(async () => {
  validator = await createSpecValidator();
}, 60_000);

describe('the validator', () => {
  it('is built once per process and shared', async () => {
    expect(await createSpecValidator()).toBe(validator);
    expect(await createSpecValidator({ specsDir: specs })).toBe(validator);
  });

  it('finds the specs vendored in the repository, or where SANDBOX_SPECS_DIR says', async () => {
    expect(defaultSpecsDir()).toBe(join(import.meta.dirname, '..', '..', 'vendor', 'azure-rest-api-specs'));
    process.env.SANDBOX_SPECS_DIR = '/nowhere/specs';
    expect(defaultSpecsDir()).toBe('/nowhere/specs');
    await expect(createSpecValidator()).rejects.toThrow(/REST specs are not at \/nowhere\/specs/);
  });

  it('catches a Pipelines_Get response whose activity has no name', async () => {
    const body = structuredClone(dfExample('Pipelines_Get').responses['200']!.body) as PipelineResource;
    delete (body.properties.activities![0] as { name?: string }).name;
    const issues = await validator.checkResponse(
      request('GET', `${FACTORY}/pipelines/examplePipeline?${DF_VERSION}`),
      ok(body),
    );
    expect(issues).toEqual([
      expect.objectContaining({
        operationId: 'Pipelines_Get',
        phase: 'response',
        status: 200,
        code: 'OBJECT_MISSING_REQUIRED_PROPERTY',
        path: '/properties/activities/0/name',
        message: 'Missing required property: name',
      }),
    ]);
    expect(formatIssue(issues[0]!)).toBe(
      'Pipelines_Get response (200): OBJECT_MISSING_REQUIRED_PROPERTY at /properties/activities/0/name: ' +
        'Missing required property: name [Pipeline.json#/definitions/Activity]',
    );
  });

  it('catches a batch endpoint request with an unknown property, and a response the spec does not define', async () => {
    const body = structuredClone(mlExample('BatchEndpoint/createOrUpdate').parameters.body) as {
      properties: Record<string, unknown>;
    };
    body.properties.scoringTimeout = 'PT1M';
    const put = request('PUT', `${WORKSPACE}/batchEndpoints/credit-be?${ML_VERSION}`, body);
    expect(await validator.validateRequest(put)).toEqual([
      'BatchEndpoints_CreateOrUpdate request: OBJECT_ADDITIONAL_PROPERTIES at /properties/scoringTimeout: ' +
        'Additional properties not allowed: scoringTimeout [mfe.json#/definitions/BatchEndpoint]',
    ]);
    const wrongType = await validator.checkResponse(
      put,
      ok({ ...(mlExample('BatchEndpoint/get').responses['200']!.body as object), tags: 'x' }),
    );
    expect(wrongType.map((issue) => [issue.code, issue.path])).toEqual([['INVALID_TYPE', '/tags']]);
  });

  it('passes correct traffic: the spec examples and realistic Data Factory bodies', async () => {
    const create = dfExample('Pipelines_Create');
    const put = request(
      'PUT',
      `${FACTORY}/pipelines/examplePipeline?${DF_VERSION}`,
      create.parameters.pipeline,
    );
    expect(await validator.validateRequest(put)).toEqual([]);
    expect(await validator.validateResponse(put, ok(create.responses['200']!.body))).toEqual([]);

    const get = request('GET', `${FACTORY}/pipelines/examplePipeline?${DF_VERSION}`);
    expect(await validator.validateRequest(get)).toEqual([]);
    expect(
      await validator.validateResponse(get, ok(dfExample('Pipelines_Get').responses['200']!.body)),
    ).toEqual([]);

    const createRun = request('POST', `${FACTORY}/pipelines/examplePipeline/createRun?${DF_VERSION}`, {
      OutputBlobNameList: ['out.csv'],
      JobId: 'job-1',
      Threshold: 0.5,
    });
    expect(await validator.validateRequest(createRun)).toEqual([]);
    expect(await validator.validateResponse(createRun, ok({ runId: randomUUID() }))).toEqual([]);

    const run = request('GET', `${FACTORY}/pipelineruns/2f7fdb90-5df1-4b8e-ac2f-064cfa58202b?${DF_VERSION}`);
    expect(
      await validator.validateResponse(run, ok(dfExample('PipelineRuns_Get').responses['200']!.body)),
    ).toEqual([]);

    const trigger = {
      properties: {
        type: 'ScheduleTrigger',
        pipelines: [
          {
            pipelineReference: { referenceName: 'examplePipeline', type: 'PipelineReference' },
            parameters: { OutputBlobNameList: ['nightly.csv'] },
          },
        ],
        typeProperties: {
          recurrence: { frequency: 'Day', interval: 1, startTime: '2024-01-01T03:00:00Z', timeZone: 'UTC' },
        },
      },
    };
    const putTrigger = request('PUT', `${FACTORY}/triggers/nightly?${DF_VERSION}`, trigger);
    expect(await validator.validateRequest(putTrigger)).toEqual([]);
    expect(
      await validator.validateResponse(
        putTrigger,
        ok({
          id: `${FACTORY}/triggers/nightly`,
          name: 'nightly',
          type: 'Microsoft.DataFactory/factories/triggers',
          etag: 'e',
          properties: { ...trigger.properties, runtimeState: 'Stopped' },
        }),
      ),
    ).toEqual([]);

    const start = request('POST', `${FACTORY}/triggers/nightly/start?${DF_VERSION}`);
    expect(await validator.validateResponse(start, ok())).toEqual([]);

    const notFound = { error: { code: 'ResourceNotFound', message: 'not found' } };
    expect(await validator.validateResponse(get, ok(notFound, 404))).toEqual([]);
  });

  it('passes the batch endpoint examples', async () => {
    const create = mlExample('BatchEndpoint/createOrUpdate');
    const put = request('PUT', `${WORKSPACE}/batchEndpoints/credit-be?${ML_VERSION}`, create.parameters.body);
    expect(await validator.validateRequest(put)).toEqual([]);
    expect(await validator.validateResponse(put, ok(create.responses['200']!.body))).toEqual([]);
    const get = request('GET', `${WORKSPACE}/batchEndpoints/credit-be?${ML_VERSION}`);
    expect(
      await validator.validateResponse(get, ok(mlExample('BatchEndpoint/get').responses['200']!.body)),
    ).toEqual([]);
  });

  it('drops a known false positive only where its rule applies', async () => {
    // Parameter arguments are any JSON value (dropped); `concurrency` must still be an integer (kept).
    const body = structuredClone(dfExample('Pipelines_Create').parameters.pipeline) as {
      properties: Record<string, unknown>;
    };
    body.properties.concurrency = 'two';
    const issues = await validator.checkRequest(request('PUT', `${FACTORY}/pipelines/p?${DF_VERSION}`, body));
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['INVALID_TYPE', '/properties/concurrency'],
    ]);
    // Each rule names one schema node, one code and the operations it applies to.
    for (const rule of KNOWN_FALSE_POSITIVES) {
      expect(rule.why.length).toBeGreaterThan(40);
      expect(rule.operationIds.length).toBeGreaterThan(0);
      expect(rule.schema.every((node) => node.pointer.startsWith('#/definitions/'))).toBe(true);
    }
  });

  it('reports a 202 on Triggers_Start: the spec and the service answer 200', async () => {
    const start = request('POST', `${FACTORY}/triggers/nightly/start?${DF_VERSION}`);
    expect((await validator.checkResponse(start, ok(undefined, 202))).map((issue) => issue.code)).toEqual([
      'INVALID_RESPONSE_CODE',
    ]);
  });

  it('reports requests the specs do not define, and leaves other providers alone', async () => {
    const wrongVersion = await validator.validateRequest(
      request('GET', `${FACTORY}/pipelines/p?api-version=2017-09-01-preview`),
    );
    expect(wrongVersion).toEqual([
      expect.stringMatching(
        /^unknownOperationId request: OPERATION_NOT_FOUND_IN_CACHE_WITH_API: .*2017-09-01-preview/,
      ),
    ]);
    const unknownPath = await validator.validateRequest(
      request('GET', `${FACTORY}/notebooks/n?${DF_VERSION}`),
    );
    expect(unknownPath).toEqual([expect.stringMatching(/OPERATION_NOT_FOUND_IN_CACHE/)]);
    // ...once: the response of an unknown operation adds nothing.
    expect(
      await validator.validateResponse(request('GET', `${FACTORY}/notebooks/n?${DF_VERSION}`), ok({})),
    ).toEqual([]);
    const resourceGroup = request(
      'GET',
      `/subscriptions/${SUBSCRIPTION}/resourcegroups/rg?api-version=2021-04-01`,
    );
    expect(await validator.validateRequest(resourceGroup)).toEqual([]);
    expect(await validator.validateResponse(resourceGroup, ok({ anything: true }))).toEqual([]);
  });
});

describe('a validating sandbox', () => {
  const f = useSandboxFixture({ storage: false });
  let env: Awaited<ReturnType<SandboxFixture['sandbox']['provision']>>;

  beforeAll(async () => {
    env = await f.sandbox.provision({ name: 'specs', database: false });
  });

  it('finds nothing wrong in Data Factory SDK traffic', async () => {
    const client = new DataFactoryManagementClient(f.credential, env.subscriptionId, f.clientOptions);
    const { resourceGroup: rg, factory } = env;
    await client.factories.get(rg, factory);
    await client.linkedServices.createOrUpdate(rg, factory, 'exampleLinkedService', {
      properties: {
        type: 'AzureBlobStorage',
        connectionString: {
          type: 'SecureString',
          value: 'DefaultEndpointsProtocol=https;AccountName=st;AccountKey=a2V5',
        },
      },
    });
    await client.datasets.createOrUpdate(rg, factory, 'exampleDataset', {
      properties: {
        type: 'DelimitedText',
        linkedServiceName: { referenceName: 'exampleLinkedService', type: 'LinkedServiceReference' },
        parameters: { MyFolderPath: { type: 'String' }, MyFileName: { type: 'String' } },
        location: {
          type: 'AzureBlobStorageLocation',
          container: 'data',
          folderPath: { value: '@dataset().MyFolderPath', type: 'Expression' },
          fileName: { value: '@dataset().MyFileName', type: 'Expression' },
        },
        columnDelimiter: ',',
        firstRowAsHeader: true,
      },
    });
    const pipeline = dfExample('Pipelines_Create').parameters.pipeline as PipelineResource;
    await client.pipelines.createOrUpdate(rg, factory, 'examplePipeline', pipeline);
    await client.pipelines.get(rg, factory, 'examplePipeline');
    for await (const _ of client.pipelines.listByFactory(rg, factory)) {
      // paging through the list validates each page
    }
    const { runId } = await client.pipelines.createRun(rg, factory, 'examplePipeline', {
      parameters: { OutputBlobNameList: ['scored.csv'], JobId: 'job-1' },
    });
    await client.pipelineRuns.get(rg, factory, runId);
    await client.triggers.createOrUpdate(rg, factory, 'nightly', {
      properties: {
        type: 'ScheduleTrigger',
        pipelines: [
          {
            pipelineReference: { referenceName: 'examplePipeline', type: 'PipelineReference' },
            parameters: { OutputBlobNameList: ['nightly.csv'], JobId: 'nightly' },
          },
        ],
        recurrence: {
          frequency: 'Day',
          interval: 1,
          startTime: new Date('2024-01-01T03:00:00Z'),
          timeZone: 'UTC',
        },
      } as never,
    });
    await client.triggers.beginStartAndWait(rg, factory, 'nightly', { updateIntervalInMs: 100 });
    await client.triggers.get(rg, factory, 'nightly');
    await client.triggers.beginStopAndWait(rg, factory, 'nightly', { updateIntervalInMs: 100 });
    expect(f.sandbox.control.counters().writes).toBeGreaterThan(0);
    f.expectNoFindings();
  });

  it('finds nothing wrong in Machine Learning SDK traffic', async () => {
    const client = new AzureMachineLearningWorkspaces(f.credential, env.subscriptionId, f.clientOptions);
    const { resourceGroup: rg, workspace } = env;
    await client.workspaces.get(rg, workspace);
    const endpoint = await client.batchEndpoints.beginCreateOrUpdateAndWait(
      rg,
      workspace,
      'credit-be',
      {
        location: env.location,
        tags: { team: 'risk' },
        properties: { authMode: 'AADToken', description: 'credit scoring' },
      },
      { updateIntervalInMs: 100 },
    );
    expect(endpoint.properties.provisioningState).toBe('Succeeded');
    await client.batchEndpoints.get(rg, workspace, 'credit-be');
    for await (const _ of client.batchEndpoints.list(rg, workspace)) {
      // each page is validated
    }
    f.expectNoFindings();
  });

  it('records a finding for a request that breaks the contract', async () => {
    const token = await f.token(`${f.sandbox.armAudience}/.default`);
    const body = structuredClone(dfExample('Pipelines_Create').parameters.pipeline) as {
      properties: { activities: { name?: string }[] };
    };
    delete body.properties.activities[0]!.name;
    await f.request(
      'PUT',
      `/subscriptions/${env.subscriptionId}/resourceGroups/${env.resourceGroup}/providers/Microsoft.DataFactory/factories/${env.factory}/pipelines/broken?${DF_VERSION}`,
      { token, body },
    );
    const findings = f.sandbox.control.findings();
    f.sandbox.control.clearFindings();
    expect(findings).toContainEqual(
      expect.objectContaining({
        method: 'PUT',
        phase: 'request',
        messages: [
          expect.stringMatching(
            /^Pipelines_CreateOrUpdate request: OBJECT_MISSING_REQUIRED_PROPERTY at \/properties\/activities\/0\/name/,
          ),
        ],
      }),
    );
  });
});
