// What the deploy-aml-endpoint integration tests share: a repository checkout with the sample AML specs, a way to
// run the bundled action against one sandbox environment and count the Azure writes it made, and a scoring job
// through the endpoint it deployed (the data plane, as a consumer calls it).
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AzureMachineLearningWorkspaces } from '@azure/arm-machinelearning';
import { expect } from '@jest/globals';
import type { EnvironmentInfo } from '../../src/sandbox/index.js';
import { type FoundPython, findPython, SKLEARN_MODULES } from '../harness/python.js';
import { type ActionRun, findSecrets, REPO_ROOT, runAction } from '../harness/run-action.js';
import type { SandboxFixture } from '../harness/sandbox.js';

export const SAMPLE = join(REPO_ROOT, 'examples', 'aml');
/** The `az ml` files of test/fixtures/aml (see its README): a model spec and three deployment forms. */
export const AZ_ML_FILES = join(REPO_ROOT, 'test', 'fixtures', 'aml');

/**
 * A fresh checkout with the AML files under `ml/`: the sample's `endpoint.yml`, `deployment.yml` and `model/` from
 * examples/aml, or (`azMlFiles`) everything in test/fixtures/aml.
 */
export async function checkout(azMlFiles = false): Promise<string> {
  const workspace = await mkdtemp(join(tmpdir(), 'aml-release-'));
  await mkdir(join(workspace, 'ml'));
  if (azMlFiles) {
    await cp(AZ_ML_FILES, join(workspace, 'ml'), { recursive: true });
    return workspace;
  }
  for (const file of ['endpoint.yml', 'deployment.yml', 'model', 'sample-input.csv']) {
    await cp(join(SAMPLE, file), join(workspace, 'ml', file), { recursive: true });
  }
  return workspace;
}

/**
 * Writes a variant of the sample model, as saving it again does: its MLmodel gets another `model_uuid` (one per
 * `variant`), so the folder's content digest changes.
 */
export async function changeModel(workspace: string, variant: number): Promise<void> {
  const path = join(workspace, 'ml', 'model', 'MLmodel');
  const uuid = createHash('sha256').update(String(variant)).digest('hex').slice(0, 32);
  await writeFile(path, (await readFile(path, 'utf8')).replace(/^model_uuid: .*$/m, `model_uuid: ${uuid}`));
}

/**
 * The Python the scoring jobs of these tests run with: one that has what the sample MLflow model needs. Found on first
 * use (importing scikit-learn takes a second or two), so the files that import this module for its other helpers do
 * not pay for it.
 */
export function scoringPython(): FoundPython {
  return findPython(SKLEARN_MODULES);
}

/** Points the sandbox's scoring at `scoringPython` (read as each job starts), or says why jobs cannot score. */
export function useScoringPython(): void {
  const found = scoringPython();
  if (found.python !== undefined) process.env.SANDBOX_PYTHON = found.python;
  else console.warn(`Scoring jobs here fail rather than score: ${found.reason}.`);
}

/**
 * A scoring job ran: Completed where the sandbox has a Python with scikit-learn; elsewhere it failed for that
 * reason alone (no interpreter, or a missing package), never for anything else.
 */
export function expectScored(job: JobView): void {
  if (scoringPython().python !== undefined) {
    expect(job.properties.error).toBeUndefined();
    expect(job.properties.status).toBe('Completed');
    return;
  }
  expect(job.properties.status).toBe('Failed');
  expect(job.properties.error?.message).toMatch(/needs python3|ModuleNotFoundError/);
}

export async function editFile(
  workspace: string,
  file: string,
  edit: (text: string) => string,
): Promise<void> {
  const path = join(workspace, file);
  await writeFile(path, edit(await readFile(path, 'utf8')));
}

export interface Release {
  readonly env: EnvironmentInfo;
  readonly client: AzureMachineLearningWorkspaces;
  readonly workspace: string;
  /** Where runs keep their plan file (RUNNER_TEMP survives the run). */
  readonly runnerTemp: string;
  inputs(extra?: Record<string, string>): Record<string, string>;
  deploy(extra?: Record<string, string>): Promise<DeployRun>;
}

export interface DeployRun {
  readonly run: ActionRun;
  readonly writes: number;
  readonly deletes: number;
  readonly actions: number;
  /** Every Azure request of the run (the sandbox request log). */
  readonly requests: ReturnType<SandboxFixture['sandbox']['control']['requests']>;
}

export async function release(
  f: SandboxFixture,
  name: string,
  options: {
    endpoint?: string;
    auth?: 'oidc' | 'client-secret';
    azMlFiles?: boolean;
    synapse?: boolean;
  } = {},
): Promise<Release> {
  const env = await f.sandbox.provision({ name, database: false, synapse: options.synapse ?? false });
  const client = new AzureMachineLearningWorkspaces(f.credential, env.subscriptionId, f.clientOptions);
  const workspace = await checkout(options.azMlFiles);
  const runnerTemp = await mkdtemp(join(tmpdir(), 'aml-runner-temp-'));
  const endpoint = options.endpoint ?? `credit-default-${name}`;
  const auth: Record<string, string> =
    options.auth === 'client-secret'
      ? { auth: 'client-secret', 'client-secret': f.sandbox.clientSecret }
      : { auth: 'oidc' };
  const inputs = (extra: Record<string, string> = {}) => ({
    ...f.sandbox.inputs,
    ...auth,
    environment: name,
    'subscription-id': env.subscriptionId,
    'resource-group': env.resourceGroup,
    'workspace-name': env.workspace,
    'endpoint-file': 'ml/endpoint.yml',
    'deployment-file': 'ml/deployment.yml',
    'endpoint-name': endpoint,
    ...extra,
  });
  return {
    env,
    client,
    workspace,
    runnerTemp,
    inputs,
    async deploy(extra = {}) {
      const before = f.sandbox.control.counters();
      const run = await runAction('deploy-aml-endpoint', {
        inputs: inputs(extra),
        env: { ...f.sandbox.env, RUNNER_TEMP: runnerTemp },
        workspace,
      });
      const after = f.sandbox.control.counters();
      // Nothing secret anywhere a person could read it: the client secret and the storage key (listSecrets).
      expect(findSecrets(run, [f.sandbox.clientSecret, f.sandbox.storage!.accountKey])).toEqual([]);
      return {
        run,
        writes: after.writes - before.writes,
        deletes: after.deletes - before.deletes,
        actions: after.actions - before.actions,
        requests: f.sandbox.control.requests(before.lastSeq),
      };
    },
  };
}

/** The step's one error line (an annotation), after checking it failed without a stack trace. */
export function failureOf(run: ActionRun): { message: string; properties: Readonly<Record<string, string>> } {
  expect(run.exitCode).toBe(1);
  const errors = run.annotations.filter((a) => a.level === 'error');
  expect(errors).toHaveLength(1);
  expect(run.stdout + run.stderr).not.toMatch(/^\s+at /m);
  return errors[0]!;
}

export function expectSucceeded(run: ActionRun): void {
  if (run.exitCode !== 0)
    throw new Error(`the action failed:\n${run.log}\n${JSON.stringify(run.annotations)}`);
}

/** The names of an endpoint's deployments, sorted. */
export async function deploymentsOf(r: Release, endpoint: string): Promise<string[]> {
  const names: string[] = [];
  for await (const d of r.client.batchDeployments.list(r.env.resourceGroup, r.env.workspace, endpoint)) {
    names.push(d.name ?? '');
  }
  return names.sort();
}

/** The default deployment of an endpoint, as Azure has it now. */
export async function defaultOf(r: Release, endpoint: string): Promise<string | undefined> {
  const live = await r.client.batchEndpoints.get(r.env.resourceGroup, r.env.workspace, endpoint);
  return live.properties.defaults?.deploymentName ?? undefined;
}

export interface JobView {
  name: string;
  properties: { status: string; properties: Record<string, string>; error?: { message: string } };
}

/**
 * A scoring job through the endpoint, as a consumer runs one: the sample input uploaded to the workspace's blob
 * datastore, `POST {scoringUri}` with an `https://ml.azure.com` token, polled to a terminal status. Answers the
 * job and, when it completed, the predictions CSV.
 */
export async function score(
  f: SandboxFixture,
  r: Release,
  scoringUri: string,
  label: string,
): Promise<{ job: JobView; predictions?: string }> {
  const { BlobServiceClient, StorageSharedKeyCredential } = await import('@azure/storage-blob');
  const storage = f.sandbox.storage!;
  const container = new BlobServiceClient(
    storage.blobEndpoint,
    new StorageSharedKeyCredential(storage.accountName, storage.accountKey),
    { tlsOptions: { ca: f.sandbox.caCert } } as ConstructorParameters<typeof BlobServiceClient>[2],
  ).getContainerClient(r.env.workspaceInfo.container);
  const input = await readFile(join(SAMPLE, 'sample-input.csv'), 'utf8');
  await container
    .getBlockBlobClient(`inputs/${label}/applications.csv`)
    .upload(input, Buffer.byteLength(input));
  const token = await f.token('https://ml.azure.com/.default');
  const path = scoringUri.slice(f.sandbox.baseUrl.length);
  const response = await f.request('POST', path, {
    token,
    body: {
      properties: {
        InputData: {
          applications: {
            JobInputType: 'UriFolder',
            Uri: `azureml://datastores/workspaceblobstore/paths/inputs/${label}/`,
          },
        },
        OutputData: {
          scores: {
            JobOutputType: 'UriFile',
            Uri: `azureml://datastores/workspaceblobstore/paths/outputs/${label}/scores.csv`,
          },
        },
      },
    },
  });
  expect(response.status).toBe(200);
  const name = (response.body as JobView).name;
  for (let i = 0; i < 400; i++) {
    const job = (await f.request('GET', `${path}/${name}`, { token })).body as JobView;
    if (['Completed', 'Failed', 'Canceled'].includes(job.properties.status)) {
      if (job.properties.status !== 'Completed') return { job };
      const predictions = (
        await container.getBlobClient(`outputs/${label}/scores.csv`).downloadToBuffer()
      ).toString('utf8');
      return { job, predictions };
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`scoring job ${name} did not finish`);
}
