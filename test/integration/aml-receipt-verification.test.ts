// verifyAmlReceipt against the sandbox with the real ML client: a receipt that matches live state passes, each kind
// of mismatch is refused with a message naming the difference and the remedy, and verification never writes.
import { AzureMachineLearningWorkspaces } from '@azure/arm-machinelearning';
import { beforeAll, describe, expect, it } from '@jest/globals';
import type { EnvironmentInfo } from '../../src/sandbox/index.js';
import { ConfigurationError } from '../../src/shared/errors.js';
import { verifyAmlReceipt } from '../../src/shared/receipts/aml-verification.js';
import type { AmlReceipt } from '../../src/shared/receipts/schemas.js';
import { useSandboxFixture } from '../harness/sandbox.js';

const f = useSandboxFixture();
const lro = { updateIntervalInMs: 100 };
const endpointName = 'credit-be';

let env: EnvironmentInfo;
let client: AzureMachineLearningWorkspaces;
let receipt: AmlReceipt;
const messages: string[] = [];
const logger = { info: (m: string) => messages.push(m), debug: () => undefined };

const modelId = (version: string) => `${env.workspaceInfo.id}/models/credit-default/versions/${version}`;

beforeAll(async () => {
  env = await f.sandbox.provision({ name: 'verify', database: false });
  client = new AzureMachineLearningWorkspaces(f.credential, env.subscriptionId, f.clientOptions);
  const { resourceGroup: rg, workspace: ws } = env;
  for (const version of ['1', '2']) {
    await client.modelVersions.createOrUpdate(rg, ws, 'credit-default', version, {
      properties: {
        modelUri: `azureml://datastores/workspaceblobstore/paths/models/credit-default/${version}/`,
      },
    });
  }
  const endpoint = { location: env.location, properties: { authMode: 'AADToken' as const } };
  await client.batchEndpoints.beginCreateOrUpdateAndWait(rg, ws, endpointName, endpoint, lro);
  for (const [name, version] of [
    ['blue', '1'],
    ['green', '2'],
  ] as const) {
    await client.batchDeployments.beginCreateOrUpdateAndWait(
      rg,
      ws,
      endpointName,
      name,
      {
        location: env.location,
        properties: {
          model: { referenceType: 'Id', assetId: modelId(version) },
          compute: env.workspaceInfo.computeIds['cpu-cluster']!,
        },
      },
      lro,
    );
  }
  const live = await client.batchEndpoints.beginCreateOrUpdateAndWait(
    rg,
    ws,
    endpointName,
    { ...endpoint, properties: { ...endpoint.properties, defaults: { deploymentName: 'blue' } } },
    lro,
  );
  const blue = await client.batchDeployments.get(rg, ws, endpointName, 'blue');
  receipt = {
    v: 1,
    kind: 'aml',
    environment: 'dev',
    subscription: env.subscriptionId,
    resourceGroup: rg,
    workspace: ws,
    endpoint: { name: endpointName, id: live.id!, scoringUri: live.properties.scoringUri! },
    deployment: { name: 'blue', id: blue.id! },
    model: { id: modelId('1'), name: 'credit-default', version: '1' },
    run: { repo: 'contoso/credit', sha: 'abc', runId: '1', runAttempt: '1' },
    time: '2026-01-01T00:00:00.000Z',
  };
});

/** Runs the verification and returns its error (or undefined), checking it made reads only. */
async function verify(claim: AmlReceipt, verifier = client): Promise<ConfigurationError | undefined> {
  const before = f.sandbox.control.counters();
  let failure: unknown;
  try {
    await verifyAmlReceipt(claim, verifier, logger);
  } catch (error) {
    failure = error;
  }
  const after = f.sandbox.control.counters();
  expect(after.writes - before.writes).toBe(0);
  expect(after.deletes - before.deletes).toBe(0);
  expect(after.actions - before.actions).toBe(0);
  expect(after.reads - before.reads).toBeGreaterThan(0);
  if (failure === undefined) return undefined;
  expect(failure).toBeInstanceOf(ConfigurationError);
  const error = failure as ConfigurationError;
  expect(error.input).toBe('aml-receipt');
  expect(error.message).toContain(
    "Run deploy-aml-endpoint for 'dev' again in this job and pass its receipt.",
  );
  return error;
}

describe('verifyAmlReceipt', () => {
  it('passes a receipt that matches live state, with reads only', async () => {
    messages.length = 0;
    expect(await verify(receipt)).toBeUndefined();
    expect(messages.join('\n')).toMatch(/default deployment 'blue' serves credit-default:1/);
  });

  it('compares model ARM ids case-insensitively', async () => {
    const upper = { ...receipt, model: { ...receipt.model, id: receipt.model.id.toUpperCase() } };
    expect(await verify(upper)).toBeUndefined();
  });

  it.each<{ case: string; change: (r: AmlReceipt) => AmlReceipt; message: RegExp }>([
    {
      case: 'the endpoint is missing',
      change: (r) => ({ ...r, endpoint: { ...r.endpoint, name: 'credit-gone' } }),
      message: /batch endpoint 'credit-gone' does not exist/,
    },
    {
      case: 'the default deployment is another',
      change: (r) => ({
        ...r,
        deployment: { name: 'green', id: r.deployment.id.replace(/blue$/, 'green') },
        model: { id: modelId('2'), name: 'credit-default', version: '2' },
      }),
      message: /the default deployment of batch endpoint 'credit-be' is 'blue', not the receipt's 'green'/,
    },
    {
      case: 'the deployment serves another model version',
      change: (r) => ({ ...r, model: { id: modelId('2'), name: 'credit-default', version: '2' } }),
      message:
        /batch deployment 'blue' serves model credit-default:1 \(.*\/versions\/1\), not the receipt's credit-default:2/,
    },
    {
      case: 'the scoring URI differs',
      change: (r) => ({
        ...r,
        endpoint: { ...r.endpoint, scoringUri: 'https://elsewhere.example.com/jobs' },
      }),
      message: /has scoring URI '.*', not the receipt's 'https:\/\/elsewhere\.example\.com\/jobs'/,
    },
    {
      case: 'the deployment is missing',
      change: (r) => ({ ...r, deployment: { ...r.deployment, name: 'gone' } }),
      message:
        /default deployment .* is 'blue', not the receipt's 'gone'.*batch deployment 'gone' of endpoint 'credit-be' does not exist/,
    },
  ])('refuses the receipt when $case', async ({ change, message }) => {
    const error = await verify(change(receipt));
    expect(error?.message).toMatch(message);
    expect(error?.message).toMatch(/^Input 'aml-receipt': the receipt of deploy-aml-endpoint for 'dev'/);
  });

  it('refuses an endpoint that is not Succeeded', async () => {
    const { resourceGroup: rg, workspace: ws } = env;
    const name = 'credit-busy';
    const poller = await client.batchEndpoints.beginCreateOrUpdate(
      rg,
      ws,
      name,
      { location: env.location, properties: { authMode: 'AADToken' } },
      lro,
    );
    const error = await verify({ ...receipt, endpoint: { ...receipt.endpoint, name } });
    expect(error?.message).toMatch(
      /batch endpoint 'credit-busy' is in provisioning state '(?!Succeeded)\w+', not 'Succeeded'/,
    );
    await poller.pollUntilDone();
  });

  it('refuses a receipt from another subscription', async () => {
    const other = new AzureMachineLearningWorkspaces(
      f.credential,
      '00000000-0000-0000-0000-000000000000',
      f.clientOptions,
    );
    const before = f.sandbox.control.counters();
    await expect(verifyAmlReceipt(receipt, other, logger)).rejects.toThrow(
      /the receipt is for subscription '.*', but this step works in '00000000-0000-0000-0000-000000000000'/,
    );
    expect(f.sandbox.control.counters().reads).toBe(before.reads);
  });
});
