/**
 * One environment for the audit suites: an aml endpoint deployed by the bundled deploy-aml-endpoint (its receipt), the
 * sample factory deployed by deploy-adf-pipelines (its receipt) and an empty control database with a password; a
 * checkout holding the examples, which each probe copies before changing it. Runs go through the secret scan.
 */
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from '@jest/globals';
import { type ActionRun, REPO_ROOT, runAction } from '../harness/run-action.js';
import type { SandboxFixture } from '../harness/sandbox.js';
import { expectSucceeded, type Release, release } from '../integration/aml-release.js';
import { scanRun } from './kit.js';

/** Carried in the database URL: it must never be seen. */
export const DB_PASSWORD = 'Pw-0f-the-audit-db!x7';

export interface Stage {
  readonly aml: Release;
  readonly databaseUrl: string;
  /** A copy of the staged checkout for one probe to change. */
  fork(): Promise<string>;
  /** Runs an action in `workspace` with the stage's inputs for it under `extra`; scanned for secrets. */
  run(
    action: AuditedAction,
    label: string,
    extra: Record<string, string>,
    workspace?: string,
  ): Promise<AuditRun>;
}

export type AuditedAction =
  | 'deploy-aml-endpoint'
  | 'deploy-adf-pipelines'
  | 'apply-control-metadata'
  | 'check-drift-gate';

export interface AuditRun {
  readonly run: ActionRun;
  readonly writes: number;
}

export async function stage(f: SandboxFixture, name: string): Promise<Stage> {
  const aml = await release(f, name);
  const seeded = await aml.deploy();
  expectSucceeded(seeded.run);
  let amlReceipt = seeded.run.outputs.receipt!;
  const base = aml.workspace;
  await cp(join(REPO_ROOT, 'examples', 'adf'), join(base, 'adf'), { recursive: true });
  await cp(join(REPO_ROOT, 'examples', 'control-metadata'), join(base, 'metadata'), { recursive: true });

  const { connectionString } = await (await f.sandbox.database()).createDatabase(`control_${name}`);
  const url = new URL(connectionString);
  url.password = encodeURIComponent(DB_PASSWORD);
  const databaseUrl = url.toString();

  const secrets = () => [
    f.sandbox.clientSecret,
    DB_PASSWORD,
    ...(f.sandbox.storage ? [f.sandbox.storage.accountKey] : []),
  ];
  let adfReceipt = '';
  const inputsFor = (action: AuditedAction): Record<string, string> => {
    const azure = {
      ...f.sandbox.inputs,
      auth: 'oidc',
      environment: name,
      'subscription-id': aml.env.subscriptionId,
      'resource-group': aml.env.resourceGroup,
    };
    switch (action) {
      case 'deploy-aml-endpoint':
        return aml.inputs();
      case 'deploy-adf-pipelines':
        return {
          ...azure,
          'factory-name': aml.env.factory,
          'aml-receipt': amlReceipt,
          source: 'adf',
          'overrides-file': 'adf/overrides/dev.yml',
        };
      case 'apply-control-metadata':
        return {
          ...azure,
          'adf-receipt': adfReceipt,
          engine: 'postgresql',
          'connection-string': databaseUrl,
          rows: 'metadata/use-cases.yml\nmetadata/use-cases.csv',
          'overrides-file': 'metadata/overrides/dev.yml',
          migrations: 'metadata/migrations/postgresql/*.sql',
          variables: 'environment: dev',
        };
      case 'check-drift-gate':
        return {
          environment: name,
          reference: 'ml/sample-input.csv',
          current: 'ml/sample-input.csv',
          'dry-run': 'true',
        };
    }
  };
  let runs = 0;
  const run: Stage['run'] = async (action, label, extra, workspace = base) => {
    const before = f.sandbox.control.counters();
    const result = await runAction(action, {
      inputs: { ...inputsFor(action), ...extra },
      env: { ...f.sandbox.env, RUNNER_TEMP: aml.runnerTemp, GITHUB_SHA: 'a1b2c3d', GITHUB_ACTOR: 'octocat' },
      workspace,
    });
    const writes = f.sandbox.control.counters().writes - before.writes;
    await scanRun(`${action} #${++runs}: ${label}`, result, secrets());
    // The next action in the chain verifies the latest receipt against live state, as a workflow hands it on.
    const handedOn =
      result.exitCode === 0 && extra['dry-run'] !== 'true' ? result.outputs.receipt : undefined;
    if (handedOn && action === 'deploy-aml-endpoint') amlReceipt = handedOn;
    if (handedOn && action === 'deploy-adf-pipelines') adfReceipt = handedOn;
    return { run: result, writes };
  };

  const adf = await run('deploy-adf-pipelines', 'stage the factory', {});
  expectSucceeded(adf.run);
  expect(adfReceipt).toBeTruthy();
  return {
    aml,
    databaseUrl,
    run,
    async fork() {
      const copy = await mkdtemp(join(tmpdir(), 'audit-ws-'));
      await cp(base, copy, { recursive: true });
      return copy;
    },
  };
}
