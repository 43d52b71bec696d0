/**
 * The release flow's proof that a deployed endpoint scores: which of the sample's two deployments the sandbox can
 * run (the MLflow model needs a Python with scikit-learn; the custom scoring script only the standard library),
 * and one scoring job on examples/aml/sample-input.csv through `POST {scoringUri}`, invoked and polled as a
 * consumer does it (an `https://ml.azure.com` token, the datastore URIs of the REST form).
 */
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { request } from 'node:https';
import { join } from 'node:path';
import type { EnvironmentInfo } from './environments.js';
import type { Sandbox } from './index.js';
import { canImport, PYTHON_VARIABLE, pythonCommand } from './scoring/python-interpreter.js';

export interface SampleDeployment {
  /** The deployment file deploy-aml-endpoint gets. */
  readonly file: string;
  readonly kind: 'MLflow model' | 'custom scoring script';
  /** Whether a scoring job can run at all (false: no python3). */
  readonly scores: boolean;
  /** One line for people: what was chosen and why. */
  readonly reason: string;
}

/** Checks once which sample deployment the sandbox's Python can score (a short interpreter start). */
export function chooseSampleDeployment(): SampleDeployment {
  const python = pythonCommand();
  const mlflow = canImport(python, ['sklearn', 'pandas', 'numpy']);
  if (mlflow.ok) {
    return {
      file: 'examples/aml/deployment.yml',
      kind: 'MLflow model',
      scores: true,
      reason: `MLflow model (examples/aml/deployment.yml), scored with ${python}, which has scikit-learn.`,
    };
  }
  const started = canImport(python, []);
  return {
    file: 'examples/aml/custom/deployment.yml',
    kind: 'custom scoring script',
    scores: started.ok,
    reason:
      `custom scoring script (examples/aml/custom/deployment.yml): ${mlflow.reason}` +
      `${started.ok ? '' : '; without python3 nothing is scored'}. For the MLflow model: apt-get install python3-sklearn python3-pandas, or set ${PYTHON_VARIABLE} to a Python with scikit-learn.`,
  };
}

interface JobView {
  readonly name: string;
  readonly properties: {
    readonly status: string;
    readonly error?: { readonly code: string; readonly message: string };
    readonly properties: Readonly<Record<string, string>>;
  };
}

function call(
  sandbox: Sandbox,
  method: string,
  url: string,
  token: string,
  body?: unknown,
): Promise<JobView> {
  const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method,
        ca: sandbox.caCert,
        headers: {
          authorization: `Bearer ${token}`,
          ...(payload
            ? { 'content-type': 'application/json', 'content-length': String(payload.length) }
            : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          if ((res.statusCode ?? 500) >= 300)
            reject(new Error(`${method} ${url}: ${res.statusCode} ${text}`));
          else resolve(JSON.parse(text) as JobView);
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

export interface SampleScoringResult {
  readonly job: string;
  readonly status: string;
  readonly deployment: string;
  readonly rows: number;
  readonly error?: string;
}

/** Scores the sample input with the endpoint's default deployment; answers the finished job. */
export async function scoreSampleInput(
  sandbox: Sandbox,
  environment: EnvironmentInfo,
  scoringUri: string,
  root: string,
): Promise<SampleScoringResult> {
  const { BlobServiceClient, StorageSharedKeyCredential } = await import('@azure/storage-blob');
  const { ClientSecretCredential } = await import('@azure/identity');
  const storage = sandbox.storage;
  if (!storage) throw new Error('The sandbox runs without storage: nothing can be scored.');
  const run = randomUUID();
  const input = await readFile(join(root, 'examples', 'aml', 'sample-input.csv'));
  await new BlobServiceClient(
    storage.blobEndpoint,
    new StorageSharedKeyCredential(storage.accountName, storage.accountKey),
    {
      tlsOptions: { ca: sandbox.caCert },
    } as ConstructorParameters<typeof BlobServiceClient>[2],
  )
    .getContainerClient(environment.workspaceInfo.container)
    .getBlockBlobClient(`samples/${run}/input/sample-input.csv`)
    .upload(input, input.length);
  const credential = new ClientSecretCredential(sandbox.tenantId, sandbox.clientId, sandbox.clientSecret, {
    authorityHost: sandbox.baseUrl,
    disableInstanceDiscovery: true,
    tlsOptions: { ca: sandbox.caCert },
  } as ConstructorParameters<typeof ClientSecretCredential>[3]);
  const token = (await credential.getToken('https://ml.azure.com/.default')).token;
  const datastore = (path: string) => `azureml://datastores/workspaceblobstore/paths/samples/${run}/${path}`;
  let job = await call(sandbox, 'POST', scoringUri, token, {
    properties: {
      InputData: { applications: { JobInputType: 'UriFolder', Uri: datastore('input/') } },
      OutputData: { scores: { JobOutputType: 'UriFile', Uri: datastore('scores/predictions.csv') } },
    },
  });
  while (!['Completed', 'Failed', 'Canceled'].includes(job.properties.status)) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    job = await call(sandbox, 'GET', `${scoringUri}/${job.name}`, token);
  }
  const { status, error, properties } = job.properties;
  return {
    job: job.name,
    status,
    deployment: properties['azureml.deploymentname'] ?? '',
    rows: Number(properties['sandbox.rowsScored'] ?? 0),
    ...(error ? { error: `${error.code}: ${error.message}` } : {}),
  };
}
