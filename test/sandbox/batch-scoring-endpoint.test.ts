// The batch endpoint data plane through HTTP: invocation with an ML token, what is refused at once, the job
// resource on both planes, cancellation — and a CSV in blob storage (Azurite) scored end to end and checked
// against the logistic formula.
import { readFileSync } from 'node:fs';
import { AzureMachineLearningWorkspaces } from '@azure/arm-machinelearning';
import { beforeAll, describe, expect, it } from '@jest/globals';
import type { EnvironmentInfo } from '../../src/sandbox/index.js';
import { useSandboxFixture } from '../harness/sandbox.js';

const f = useSandboxFixture();
const sampleModel = readFileSync(new URL('../../examples/aml/model/model.json', import.meta.url), 'utf8');
const sampleInput = readFileSync(new URL('../../examples/aml/sample-input.csv', import.meta.url), 'utf8');

let env: EnvironmentInfo;
let client: AzureMachineLearningWorkspaces;
let scoringUri: string;
const endpoint = 'credit-be';
const lro = { updateIntervalInMs: 100 };

interface JobBody {
  id: string;
  name: string;
  properties: {
    status: string;
    error?: { code: string; message: string };
    properties: Record<string, string>;
    outputData: Record<string, { uri: string }>;
  };
}

beforeAll(async () => {
  env = await f.sandbox.provision({ name: 'scoring', database: false });
  client = new AzureMachineLearningWorkspaces(f.credential, env.subscriptionId, f.clientOptions);
  const { resourceGroup: rg, workspace: ws } = env;
  await client.modelVersions.createOrUpdate(rg, ws, 'credit-default', '1', {
    properties: { modelUri: 'azureml://datastores/workspaceblobstore/paths/models/credit-default/1/' },
  });
  const created = await client.batchEndpoints.beginCreateOrUpdateAndWait(
    rg,
    ws,
    endpoint,
    { location: env.location, properties: { authMode: 'AADToken' } },
    lro,
  );
  scoringUri = created.properties.scoringUri!;
  for (const [name, errorThreshold] of [
    ['blue', -1],
    ['strict', 0],
  ] as const) {
    await client.batchDeployments.beginCreateOrUpdateAndWait(
      rg,
      ws,
      endpoint,
      name,
      {
        location: env.location,
        properties: {
          model: { referenceType: 'Id', assetId: `${env.workspaceInfo.id}/models/credit-default/versions/1` },
          compute: env.workspaceInfo.computeIds['cpu-cluster']!,
          errorThreshold,
        },
      },
      lro,
    );
  }
  await client.batchEndpoints.beginCreateOrUpdateAndWait(
    rg,
    ws,
    endpoint,
    { location: env.location, properties: { authMode: 'AADToken', defaults: { deploymentName: 'blue' } } },
    lro,
  );
});

const mlToken = () => f.token('https://ml.azure.com/.default');
const pathOf = (uri: string) => uri.slice(f.sandbox.baseUrl.length);

function invocation(input: string, type = 'UriFolder', output?: { uri: string; type?: string }) {
  return {
    properties: {
      InputData: { credit_input: { JobInputType: type, Uri: input } },
      ...(output
        ? { OutputData: { score: { JobOutputType: output.type ?? 'UriFile', Uri: output.uri } } }
        : {}),
    },
  };
}

async function invoke(body: unknown, headers: Record<string, string> = {}) {
  return f.request('POST', pathOf(scoringUri), { token: await mlToken(), body, headers });
}

/** Polls the data plane until the job is terminal; returns every status seen and the final body. */
async function waitForJob(name: string): Promise<{ statuses: string[]; job: JobBody }> {
  const statuses: string[] = [];
  const token = await mlToken();
  for (let i = 0; i < 400; i++) {
    const response = await f.request('GET', `${pathOf(scoringUri)}/${name}`, { token });
    expect(response.status).toBe(200);
    const job = response.body as JobBody;
    if (statuses[statuses.length - 1] !== job.properties.status) statuses.push(job.properties.status);
    if (['Completed', 'Failed', 'Canceled'].includes(job.properties.status)) return { statuses, job };
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`job ${name} did not finish`);
}

describe('batch endpoint invocation', () => {
  it('creates a job named by the last segment of its id, readable on both planes', async () => {
    const response = await invoke(
      invocation('azureml://datastores/workspaceblobstore/paths/no-such-folder/'),
    );
    expect(response.status).toBe(200);
    const job = response.body as JobBody;
    expect(job.name).toMatch(/^batchjob-[0-9a-f-]{36}$/);
    expect(job.id.split('/').pop()).toBe(job.name);
    expect(job.properties.status).toBe('NotStarted');
    expect(job.properties.outputData.score!.uri).toBe(
      `azureml://datastores/workspaceblobstore/paths/azureml/${job.name.slice('batchjob-'.length)}/score/predictions.csv`,
    );

    const { statuses, job: finished } = await waitForJob(job.name);
    expect(statuses).toEqual(['NotStarted', 'Running', 'Failed']);
    // No input folder: the job fails with a reason.
    expect(finished.properties.error).toEqual({ code: expect.any(String), message: expect.any(String) });

    const arm = await client.jobs.get(env.resourceGroup, env.workspace, job.name);
    expect(arm).toMatchObject({
      name: job.name,
      properties: {
        jobType: 'Pipeline',
        status: 'Failed',
        experimentName: endpoint,
        computeId: env.workspaceInfo.computeIds['cpu-cluster'],
        tags: { 'azureml.batchrun': 'true', 'azureml.deploymentname': 'blue' },
        properties: {
          'azureml.endpointname': endpoint,
          'sandbox.errorCode': finished.properties.error!.code,
        },
      },
    });
    const listed = [];
    for await (const item of client.jobs.list(env.resourceGroup, env.workspace)) listed.push(item.name);
    expect(listed).toContain(job.name);
  });

  it('routes to a named deployment with azureml-model-deployment', async () => {
    const response = await invoke(invocation('azureml://datastores/workspaceblobstore/paths/x/'), {
      'azureml-model-deployment': 'strict',
    });
    expect(response.status).toBe(200);
    expect((response.body as JobBody).properties.properties['azureml.deploymentname']).toBe('strict');
    await waitForJob((response.body as JobBody).name);
  });

  it.each([
    [
      'an unknown deployment',
      { 'azureml-model-deployment': 'purple' },
      invocation('azureml://datastores/workspaceblobstore/paths/x/'),
      404,
    ],
    [
      'two inputs',
      {},
      {
        properties: {
          InputData: {
            a: { JobInputType: 'UriFolder', Uri: 'azureml://datastores/workspaceblobstore/paths/a/' },
            b: { JobInputType: 'UriFolder', Uri: 'azureml://datastores/workspaceblobstore/paths/b/' },
          },
        },
      },
      400,
    ],
    ['a literal input', {}, invocation('42', 'Literal'), 400],
    ['an MLTable input', {}, invocation('azureml://datastores/workspaceblobstore/paths/t/', 'MLTable'), 400],
    ['an unknown datastore', {}, invocation('azureml://datastores/nostore/paths/x/'), 400],
    [
      'an output that is not a datastore path',
      {},
      invocation('azureml://datastores/workspaceblobstore/paths/x/', 'UriFolder', {
        uri: 'https://example.com/out.csv',
      }),
      400,
    ],
    ['no InputData', {}, { properties: {} }, 400],
  ])('refuses %s at once', async (_label, headers, body, status) => {
    const response = await invoke(body, headers as Record<string, string>);
    expect(response.status).toBe(status);
    expect(response.body).toEqual({ error: { code: 'UserError', message: expect.any(String) } });
  });

  it('answers 404 when the endpoint has no default deployment and none is named', async () => {
    const other = await client.batchEndpoints.beginCreateOrUpdateAndWait(
      env.resourceGroup,
      env.workspace,
      'nodefault-be',
      { location: env.location, properties: { authMode: 'AADToken' } },
      lro,
    );
    const response = await f.request('POST', pathOf(other.properties.scoringUri!), {
      token: await mlToken(),
      body: invocation('azureml://datastores/workspaceblobstore/paths/x/'),
    });
    expect(response.status).toBe(404);
    expect((response.body as { error: { message: string } }).error.message).toMatch(/no default deployment/);
  });

  it('requires a token for https://ml.azure.com', async () => {
    const response = await f.request('POST', pathOf(scoringUri), {
      token: await f.token(`${f.sandbox.armAudience}/.default`),
      body: invocation('azureml://datastores/workspaceblobstore/paths/x/'),
    });
    expect(response.status).toBe(401);
    expect(response.body).toMatchObject({ error: { code: 'InvalidAuthenticationTokenAudience' } });
  });

  it('cancels a job through the management plane', async () => {
    const response = await invoke(invocation('azureml://datastores/workspaceblobstore/paths/slow/'));
    const name = (response.body as JobBody).name;
    await client.jobs.beginCancelAndWait(env.resourceGroup, env.workspace, name, lro);
    expect((await client.jobs.get(env.resourceGroup, env.workspace, name)).properties.status).toBe(
      'Canceled',
    );
    // Cancelling again changes nothing.
    await client.jobs.beginCancelAndWait(env.resourceGroup, env.workspace, name, lro);
  });
});

describe('scoring end to end with blob storage', () => {
  const datastorePath = (path: string) => `azureml://datastores/workspaceblobstore/paths/${path}`;

  async function containerClient() {
    const { BlobServiceClient, StorageSharedKeyCredential } = await import('@azure/storage-blob');
    const storage = f.sandbox.storage!;
    const service = new BlobServiceClient(
      storage.blobEndpoint,
      new StorageSharedKeyCredential(storage.accountName, storage.accountKey),
      { tlsOptions: { ca: f.sandbox.caCert } } as ConstructorParameters<typeof BlobServiceClient>[2],
    );
    return service.getContainerClient(env.workspaceInfo.container);
  }

  async function upload(path: string, text: string) {
    await (await containerClient()).getBlockBlobClient(path).upload(text, Buffer.byteLength(text));
  }

  async function download(path: string): Promise<string> {
    return (await (await containerClient()).getBlobClient(path).downloadToBuffer()).toString('utf8');
  }

  function expectedProbability(row: Record<string, number>): number {
    const model = JSON.parse(sampleModel);
    let z = model.intercept as number;
    for (const feature of model.features as string[]) {
      z +=
        (model.coefficients[feature] * (row[feature]! - model.scaling[feature].mean)) /
        model.scaling[feature].std;
    }
    return 1 / (1 + Math.exp(-z));
  }

  beforeAll(async () => {
    await upload('models/credit-default/1/model.json', sampleModel);
    await upload('inputs/2024-06-01/applications.csv', sampleInput);
  });

  it('scores a CSV folder into one predictions file that matches the logistic formula', async () => {
    const response = await invoke(
      invocation(datastorePath('inputs/2024-06-01/'), 'UriFolder', {
        uri: datastorePath('outputs/run-1/scores.csv'),
      }),
    );
    expect(response.status).toBe(200);
    const { statuses, job } = await waitForJob((response.body as JobBody).name);
    expect(job.properties.error).toBeUndefined();
    expect(statuses).toEqual(['NotStarted', 'Running', 'Completed']);
    expect(job.properties.properties['sandbox.rowsScored']).toBe('8');

    const lines = (await download('outputs/run-1/scores.csv')).trim().split('\n');
    const header = lines[0]!.split(',');
    expect(header).toEqual([
      ...sampleInput.split('\n')[0]!.split(','),
      'default_probability',
      'default_prediction',
    ]);
    expect(lines).toHaveLength(9);
    for (const line of lines.slice(1)) {
      const row = Object.fromEntries(header.map((name, i) => [name, Number(line.split(',')[i])]));
      expect(row.default_probability).toBeCloseTo(expectedProbability(row), 12);
      expect(row.default_prediction).toBe(row.default_probability! >= 0.5 ? 1 : 0);
    }
  });

  it('fails a job whose output already exists, and a strict deployment on a missing column', async () => {
    const again = await invoke(
      invocation(datastorePath('inputs/2024-06-01/'), 'UriFolder', {
        uri: datastorePath('outputs/run-1/scores.csv'),
      }),
    );
    const repeated = await waitForJob((again.body as JobBody).name);
    expect(repeated.job.properties.error?.code).toBe('OutputPathAlreadyExists');

    await upload('inputs/bad/applications.csv', 'application_id,age\nX,40\n');
    const strict = await invoke(invocation(datastorePath('inputs/bad/applications.csv'), 'UriFile'), {
      'azureml-model-deployment': 'strict',
    });
    const failed = await waitForJob((strict.body as JobBody).name);
    expect(failed.statuses).toEqual(['NotStarted', 'Running', 'Failed']);
    expect(failed.job.properties.error?.message).toMatch(
      /missing column\(s\) required by the model: income_k/,
    );
  });
});
