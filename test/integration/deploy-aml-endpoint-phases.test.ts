// deploy-aml-endpoint's phases called as main.ts calls them, in-process against the sandbox with the real clients
// (signed in through src/shared/azure as the action does): a dry run plans from nothing with no write and has no
// receipt to hand on; a plan and an apply roll the sample out and give the receipt of what Azure then serves; a
// rerun plans no change and its dry run hands on that same receipt.
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { applyPlan } from '../../src/deploy-aml-endpoint/apply.js';
import { definition } from '../../src/deploy-aml-endpoint/definition.js';
import { dryRunReceipt, planAndReport, type ReleaseDeps } from '../../src/deploy-aml-endpoint/plan.js';
import { type PreparedRelease, prepareRelease } from '../../src/deploy-aml-endpoint/prepare.js';
import type { EnvironmentInfo } from '../../src/sandbox/index.js';
import { type AzureConnection, connectToAzure } from '../../src/shared/azure/connection.js';
import { RecordingLogger } from '../../src/shared/logger.js';
import { parseReceipt } from '../../src/shared/receipts/parse.js';
import { SummaryBuilder } from '../../src/shared/summary.js';
import { useSandboxFixture } from '../harness/sandbox.js';
import { checkout } from './aml-release.js';

const f = useSandboxFixture();
const ENDPOINT = 'credit-default-phases';
const RUNNER = { GITHUB_REPOSITORY: 'contoso/credit', GITHUB_SHA: 'abc123', GITHUB_RUN_ID: '7' };

let env: EnvironmentInfo;
let azure: AzureConnection;
let workspace: string;
let runnerTemp: string;

beforeAll(async () => {
  env = await f.sandbox.provision({ name: 'phases', database: false });
  workspace = await checkout();
  runnerTemp = await mkdtemp(join(tmpdir(), 'aml-phases-runner-temp-'));
  azure = await connectToAzure({
    access: { ...access(), auth: 'client-secret', clientSecret: f.sandbox.clientSecret },
    subscriptionId: env.subscriptionId,
    action: definition,
    env: {},
    logger: new RecordingLogger(),
    requestIdToken: () => Promise.reject(new Error('no OIDC in this test')),
  });
});

function access() {
  return {
    tenantId: f.sandbox.tenantId,
    clientId: f.sandbox.clientId,
    clientSecret: undefined,
    cloud: 'Custom' as const,
    armEndpoint: f.sandbox.baseUrl,
    authorityHost: f.sandbox.baseUrl,
    armAudience: f.sandbox.armAudience,
    caCertificate: f.sandbox.caPath,
  };
}

function settings(dryRun: boolean) {
  return {
    environment: 'phases',
    dryRun,
    keepDeployments: 2,
    validation: undefined,
  };
}

/** A step's parts as main.ts wires them: a fresh logger and summary, the workspace's client, a clock. */
async function phase(prepared: PreparedRelease) {
  const logger = new RecordingLogger();
  const summary = new SummaryBuilder();
  const deps: ReleaseDeps = {
    scope: {
      client: await azure.clients.machineLearning(),
      subscriptionId: env.subscriptionId,
      resourceGroup: env.resourceGroup,
      workspace: env.workspace,
    },
    cloud: azure.cloud,
    run: prepared.run,
    logger,
    clock: Date.now,
    wait: { deadline: Date.now() + 120_000, logger, pollDelayMs: 100 },
    summary,
  };
  const plan = (dryRun: boolean) =>
    planAndReport(prepared.request, settings(dryRun), {
      ...deps,
      env: { RUNNER_TEMP: runnerTemp },
      redact: (text) => text,
    });
  return { logger, summary, deps, plan };
}

async function prepare(): Promise<PreparedRelease> {
  return prepareRelease(
    {
      ...access(),
      auth: 'oidc',
      endpointFile: join(workspace, 'ml/endpoint.yml'),
      deploymentFiles: [join(workspace, 'ml/deployment.yml')],
      modelFile: undefined,
      model: undefined,
      endpointName: ENDPOINT,
      deploymentName: undefined,
      setDefault: undefined,
    },
    { env: RUNNER, workspace, logger: new RecordingLogger() },
  );
}

const withoutTime = (receipt: string) => ({ ...JSON.parse(receipt), time: undefined });

let applied: string;

describe('the phases, one release after another', () => {
  it('a dry run plans from nothing without a write, reports the plan, and has no receipt to hand on', async () => {
    const prepared = await prepare();
    const step = await phase(prepared);
    const before = f.sandbox.control.counters();

    const { plan, planPath } = await step.plan(true);
    const receipt = dryRunReceipt(plan, settings(true), step.deps);

    expect(f.sandbox.control.counters().writes).toBe(before.writes);
    expect(plan.changed).toBe(true);
    expect(plan.steps.map((s) => s.action)).toEqual(['register', 'create', 'create', 'switch']);
    expect(planPath).toBe(join(runnerTemp, 'deploy-aml-endpoint', `plan-phases-${ENDPOINT}.json`));
    expect(JSON.parse(await readFile(planPath, 'utf8'))).toMatchObject({
      dryRun: true,
      steps: JSON.parse(JSON.stringify(plan.steps)),
    });
    expect(step.summary.toString()).toContain('Dry run: nothing was changed');
    expect(step.logger.entries).toContainEqual(
      expect.objectContaining({ message: expect.stringMatching(/^register +model credit-default:1 /) }),
    );
    expect(receipt).toBeUndefined();
    expect(step.logger.messages('warning')).toEqual([
      'Dry run: nothing serves on this endpoint yet, so there is no receipt to hand on.',
    ]);
  });

  it('a plan then an apply roll it out and give the receipt of what Azure serves', async () => {
    const prepared = await prepare();
    const step = await phase(prepared);
    const { plan } = await step.plan(false);
    const result = await applyPlan(plan, settings(false), {
      ...step.deps,
      credential: azure.credential,
      caCertificates: azure.caCertificates,
      mask: () => undefined,
    });

    const live = await step.deps.scope.client.batchEndpoints.get(env.resourceGroup, env.workspace, ENDPOINT);
    expect(result.scoringUri).toBe(live.properties.scoringUri);
    const receipt = parseReceipt(result.receipt, {
      kind: 'aml',
      input: 'aml-receipt',
      environment: 'phases',
    });
    expect(receipt).toMatchObject({
      workspace: env.workspace,
      endpoint: { name: ENDPOINT, id: live.id, scoringUri: live.properties.scoringUri },
      deployment: { name: live.properties.defaults?.deploymentName },
      model: { name: 'credit-default', version: '1' },
      run: { repo: 'contoso/credit', sha: 'abc123', runId: '7' },
    });
    const summary = step.summary.toString();
    expect(summary.indexOf('Plan: the changes below')).toBeLessThan(
      summary.indexOf('Deployed: every change'),
    );
    expect(summary.indexOf('Deployed: every change')).toBeLessThan(summary.indexOf('Serving now'));
    expect(step.logger.entries).toContainEqual(
      expect.objectContaining({
        message: 'Registered model credit-default:1 from ml/model',
        groups: ['Register model credit-default:1'],
      }),
    );
    applied = result.receipt!;
  });

  it('a rerun plans no change, and its dry run hands on the receipt of the release before it', async () => {
    const prepared = await prepare();
    const step = await phase(prepared);
    const before = f.sandbox.control.counters();

    const { plan } = await step.plan(true);
    const receipt = dryRunReceipt(plan, settings(true), step.deps);

    expect(f.sandbox.control.counters().writes).toBe(before.writes);
    expect(plan.changed).toBe(false);
    expect(withoutTime(receipt!)).toEqual(withoutTime(applied));
    expect(step.logger.messages('warning')).toEqual([]);
  });
});
