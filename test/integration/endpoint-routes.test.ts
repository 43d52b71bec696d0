// The live check of the rows' endpoints (endpoint-routes.ts) against the sandbox with the real ML client: rows routed
// to endpoints no receipt names are looked up with one list per workspace and one deployment list per endpoint with
// a pinned deployment, whatever the number of rows; only what is truly missing is refused, each at its row.
import { AzureMachineLearningWorkspaces } from '@azure/arm-machinelearning';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { checkRoutesLive } from '../../src/apply-control-metadata/endpoint-routes.js';
import { RowsError } from '../../src/apply-control-metadata/problems.js';
import { routeReceipts, routeRows } from '../../src/apply-control-metadata/receipt-check.js';
import type { EnvironmentInfo } from '../../src/sandbox/index.js';
import type { ControlRow, SourcedRow } from '../../src/shared/control-table/model.js';
import { upstream } from '../../src/shared/receipts/encoding.js';
import { adfReceipt, amlReceipt } from '../fixtures/receipts.js';
import { useSandboxFixture } from '../harness/sandbox.js';
import { createEndpoints } from './ml-endpoints.js';

const f = useSandboxFixture();
let env: EnvironmentInfo;
let client: AzureMachineLearningWorkspaces;
const logger = { info: () => undefined, debug: () => undefined };

beforeAll(async () => {
  env = await f.sandbox.provision({ name: 'routes', database: false });
  client = new AzureMachineLearningWorkspaces(f.credential, env.subscriptionId, f.clientOptions);
  await createEndpoints(client, env, [
    { name: 'churn-be', deployments: ['churn-blue', 'churn-green'], defaultDeployment: 'churn-blue' },
    { name: 'fraud-be', deployments: ['fraud-v1'], defaultDeployment: 'fraud-v1' },
    { name: 'nodefault-be', deployments: ['nd-v1'] },
  ]);
}, 120_000);

function sourced(id: string, endpoint: string, deployment: string | null, line: number): SourcedRow {
  const row: ControlRow = {
    id,
    pipeline: 'score',
    endpoint,
    deployment,
    input_location: 'in',
    output_location: 'out',
    sink_table: null,
    schedule: null,
    enabled: true,
    parameters: {},
  };
  return {
    row,
    location: { file: 'rows.yml', line },
    locate: (column) => ({ file: 'rows.yml', line: line + (column === 'deployment' ? 2 : 1) }),
  };
}

/** The routing of rows against an adf receipt whose aml receipt is for this environment's workspace. */
function routing(rows: SourcedRow[]) {
  const adf = adfReceipt({
    upstream: upstream(amlReceipt({ resourceGroup: env.resourceGroup, workspace: env.workspace })),
  });
  return routeRows(rows, adf, routeReceipts(adf, [])).live;
}

async function check(rows: SourcedRow[]) {
  const before = f.sandbox.control.counters();
  const result = await checkRoutesLive(routing(rows), client, logger).then(
    (counts) => ({ counts, error: undefined }),
    (error: unknown) => ({ counts: undefined, error }),
  );
  const requests = f.sandbox.control
    .requests(before.lastSeq)
    .filter((r) => r.path.startsWith('/subscriptions/'));
  expect(requests.every((r) => r.method === 'GET')).toBe(true);
  return { ...result, requests };
}

describe('checkRoutesLive', () => {
  it('checks 300 rows over three endpoints with one endpoint list and one deployment list per pinned endpoint', async () => {
    const rows = Array.from({ length: 300 }, (_, i) => {
      const [endpoint, deployment] = [
        ['churn-be', null],
        ['churn-be', 'churn-green'],
        ['fraud-be', 'fraud-v1'],
        ['FRAUD-BE', null],
      ][i % 4] as [string, string | null];
      return sourced(`uc-${i}`, endpoint, deployment, i * 10 + 1);
    });
    const { counts, error, requests } = await check(rows);
    expect(error).toBeUndefined();
    expect(counts).toEqual({ endpointLists: 1, deploymentLists: 2 });
    expect(requests.map((r) => r.path.split('/').slice(-2).join('/')).sort()).toEqual([
      `churn-be/deployments`,
      `fraud-be/deployments`,
      `${env.workspace}/batchEndpoints`,
    ]);
  });

  it('makes no call when every row is covered by a receipt', async () => {
    const { counts, requests } = await check([
      sourced('a', 'credit', null, 1),
      sourced('b', 'credit', 'credit-v3', 11),
    ]);
    expect(counts).toEqual({ endpointLists: 0, deploymentLists: 0 });
    expect(requests).toEqual([]);
  });

  it('refuses only what is missing, each at its row', async () => {
    const { error } = await check([
      sourced('ok', 'churn-be', 'churn-blue', 1),
      sourced('no-endpoint', 'churn-bee', null, 11),
      sourced('no-deployment', 'fraud-be', 'fraud-v9', 21),
      sourced('no-default', 'nodefault-be', null, 31),
      sourced('pinned-on-nodefault', 'nodefault-be', 'nd-v1', 41),
    ]);
    expect(error).toBeInstanceOf(RowsError);
    expect((error as RowsError).problems).toEqual([
      {
        message: `row 'no-endpoint': the batch endpoint 'churn-bee' exists in none of the workspaces of the aml receipts ('${env.workspace}'); did you mean 'churn-be'?; deploy it with deploy-aml-endpoint, or pass an aml receipt of its workspace in aml-receipts`,
        location: { file: 'rows.yml', line: 12 },
      },
      {
        message: `row 'no-deployment': the batch endpoint 'fraud-be' has no deployment 'fraud-v9' (it has fraud-v1); deploy it, or leave deployment empty for the endpoint's default`,
        location: { file: 'rows.yml', line: 23 },
      },
      {
        message: `row 'no-default': the batch endpoint 'nodefault-be' has no default deployment, so a job without one would fail; pin a deployment in the row or set the endpoint's default`,
        location: { file: 'rows.yml', line: 32 },
      },
    ]);
  });
});
