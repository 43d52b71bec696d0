// What the run-integration-score bundle tests share: a release of the sample (deploy-aml-endpoint, then either the
// real deploy-adf-pipelines and apply-control-metadata steps, or — where only the endpoint matters — the receipts
// those steps would write around the real aml receipt), and a way to run the bundled action against it that
// counts what it wrote.
import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from '@jest/globals';
import { encodeReceipt, upstream } from '../../src/shared/receipts/encoding.js';
import { parseReceipt } from '../../src/shared/receipts/parse.js';
import type { AmlReceipt, IntegrationReceipt, MetadataReceipt } from '../../src/shared/receipts/schemas.js';
import { adfReceipt, metadataReceipt } from '../fixtures/receipts.js';
import { type ActionRun, findSecrets, REPO_ROOT, type RunOptions, runAction } from '../harness/run-action.js';
import type { SandboxFixture } from '../harness/sandbox.js';
import { expectSucceeded, type Release, release } from './aml-release.js';

export interface ScoringRelease {
  readonly aml: Release;
  readonly amlReceipt: AmlReceipt;
  /** The encoded metadata receipt the steps hand run-integration-score. */
  readonly metadataReceipt: string;
  readonly workspace: string;
}

/** deploy-aml-endpoint for real; the adf and metadata receipts as their actions write them around its receipt. */
export async function endpointRelease(f: SandboxFixture, environment: string): Promise<ScoringRelease> {
  const aml = await release(f, environment);
  const deployed = await aml.deploy();
  expectSucceeded(deployed.run);
  const amlReceipt = parseReceipt(deployed.run.outputs.receipt, {
    kind: 'aml',
    input: 'receipt',
    environment,
  });
  const scope = {
    environment,
    subscription: aml.env.subscriptionId,
    resourceGroup: aml.env.resourceGroup,
  };
  const adf = adfReceipt({ ...scope, upstream: upstream(amlReceipt) });
  const metadata = metadataReceipt({ ...scope, upstream: upstream(adf) });
  await cp(join(REPO_ROOT, 'examples', 'integration'), join(aml.workspace, 'integration'), {
    recursive: true,
  });
  return { aml, amlReceipt, metadataReceipt: encodeReceipt(metadata), workspace: aml.workspace };
}

/** The whole release flow before integration scoring: the three actions, their receipts chained. */
export async function fullRelease(f: SandboxFixture, environment: string): Promise<ScoringRelease> {
  const aml = await release(f, environment);
  const deployed = await aml.deploy();
  expectSucceeded(deployed.run);
  const { workspace } = aml;
  await cp(join(REPO_ROOT, 'examples', 'adf'), join(workspace, 'adf'), { recursive: true });
  await cp(join(REPO_ROOT, 'examples', 'control-metadata'), join(workspace, 'metadata'), { recursive: true });
  await cp(join(REPO_ROOT, 'examples', 'integration'), join(workspace, 'integration'), { recursive: true });
  const common = {
    ...f.sandbox.inputs,
    auth: 'oidc',
    environment,
    'subscription-id': aml.env.subscriptionId,
    'resource-group': aml.env.resourceGroup,
  };
  const env = { ...f.sandbox.env, RUNNER_TEMP: aml.runnerTemp };
  const adf = await runAction('deploy-adf-pipelines', {
    inputs: {
      ...common,
      'factory-name': aml.env.factory,
      'aml-receipt': deployed.run.outputs.receipt!,
      source: 'adf',
      'overrides-file': `adf/overrides/${environment}.yml`,
    },
    env,
    workspace,
  });
  expectSucceeded(adf);
  const { connectionString } = await (await f.sandbox.database()).createDatabase(`control_${environment}`);
  const metadata = await runAction('apply-control-metadata', {
    inputs: {
      ...common,
      'adf-receipt': adf.outputs.receipt!,
      engine: 'postgresql',
      'connection-string': connectionString,
      rows: 'metadata/use-cases.yml\nmetadata/use-cases.csv',
      'overrides-file': `metadata/overrides/${environment}.yml`,
      migrations: 'metadata/migrations/postgresql/*.sql',
      variables: `environment: ${environment}`,
    },
    env,
    workspace,
  });
  expectSucceeded(metadata);
  return {
    aml,
    amlReceipt: parseReceipt(deployed.run.outputs.receipt, { kind: 'aml', input: 'receipt', environment }),
    metadataReceipt: metadata.outputs.receipt!,
    workspace,
  };
}

export interface ScoringRun {
  readonly run: ActionRun;
  readonly writes: number;
  /** Batch jobs started (data-plane POSTs to the scoring URI). */
  readonly jobsStarted: number;
  readonly requests: ReturnType<SandboxFixture['sandbox']['control']['requests']>;
}

/** run-integration-score in endpoint mode on the sample input and expectations, unless told otherwise. */
export async function scoreRelease(
  f: SandboxFixture,
  r: ScoringRelease,
  inputs: Record<string, string> = {},
  options: Pick<RunOptions, 'interrupt'> & { readonly runId?: string } = {},
): Promise<ScoringRun> {
  const before = f.sandbox.control.counters();
  const run = await runAction('run-integration-score', {
    inputs: {
      ...f.sandbox.inputs,
      auth: 'oidc',
      environment: r.amlReceipt.environment,
      'subscription-id': r.aml.env.subscriptionId,
      'resource-group': r.aml.env.resourceGroup,
      'metadata-receipt': r.metadataReceipt,
      mode: 'endpoint',
      input: 'ml/sample-input.csv',
      expectations: 'integration/expectations.yml',
      ...inputs,
    },
    env: {
      ...f.sandbox.env,
      RUNNER_TEMP: r.aml.runnerTemp,
      ...(options.runId ? { GITHUB_RUN_ID: options.runId } : {}),
    },
    workspace: r.workspace,
    ...(options.interrupt ? { interrupt: options.interrupt } : {}),
  });
  const after = f.sandbox.control.counters();
  const requests = f.sandbox.control.requests(before.lastSeq);
  expect(findSecrets(run, [f.sandbox.clientSecret, f.sandbox.storage!.accountKey])).toEqual([]);
  return {
    run,
    writes: after.writes - before.writes,
    jobsStarted: requests.filter((q) => q.method === 'POST' && q.route.startsWith('/_ml/')).length,
    requests,
  };
}

export function integrationReceiptOf(run: ActionRun, environment: string): IntegrationReceipt {
  return parseReceipt(run.outputs.receipt, { kind: 'integration', input: 'receipt', environment });
}

export type { MetadataReceipt };
