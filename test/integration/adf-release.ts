// What the deploy-adf-pipelines bundle tests share: an environment whose aml endpoint was deployed by
// deploy-aml-endpoint (its receipt handed on), a checkout holding factory sources from test/fixtures/adf, a run of the
// bundled action that counts the Azure writes it made, and the factory's state as the service holds it.
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataFactoryManagementClient } from '@azure/arm-datafactory';
import { expect } from '@jest/globals';
import { ARTIFACT_KINDS } from '../../src/shared/adf/artifacts.js';
import { readLiveFactory } from '../../src/shared/adf/live-state.js';
import { parseReceipt } from '../../src/shared/receipts/parse.js';
import type { AmlReceipt } from '../../src/shared/receipts/schemas.js';
import { type ActionRun, findSecrets, REPO_ROOT, runAction } from '../harness/run-action.js';
import type { SandboxFixture } from '../harness/sandbox.js';
import { expectSucceeded, type Release, release } from './aml-release.js';

export const ADF_FIXTURES = join(REPO_ROOT, 'test', 'fixtures', 'adf');

export interface AdfRun {
  readonly run: ActionRun;
  readonly writes: number;
  readonly deletes: number;
  readonly requests: ReturnType<SandboxFixture['sandbox']['control']['requests']>;
}

export interface Stage {
  readonly aml: Release;
  readonly receipt: AmlReceipt;
  readonly encoded: string;
  readonly workspace: string;
  readonly client: DataFactoryManagementClient;
  deploy(extra?: Record<string, string>, env?: Record<string, string>): Promise<AdfRun>;
  /** The same deploy from another checkout (its own sources). */
  deployIn(workspace: string, extra?: Record<string, string>, env?: Record<string, string>): Promise<AdfRun>;
}

export interface StageOptions {
  /** Folders of test/fixtures/adf copied into the checkout, by their name there (default: git to adf, arm to arm). */
  readonly sources?: Readonly<Record<string, string>>;
  /** Values no captured output may contain (the sandbox's client secret always). */
  readonly secrets?: readonly string[];
  /** Provision a Synapse workspace with the environment. */
  readonly synapse?: boolean;
  /** Other folders copied into the checkout: absolute path -> name there. */
  readonly copies?: Readonly<Record<string, string>>;
}

/** An environment with a deployed aml endpoint (its receipt) and a checkout holding the factory sources. */
export async function stage(f: SandboxFixture, name: string, options: StageOptions = {}): Promise<Stage> {
  const aml = await release(f, name, { synapse: options.synapse ?? false });
  const seeded = await aml.deploy();
  expectSucceeded(seeded.run);
  const encoded = seeded.run.outputs.receipt!;
  const receipt = parseReceipt(encoded, { kind: 'aml', input: 'receipt', environment: name });
  const workspace = await mkdtemp(join(tmpdir(), 'adf-release-'));
  for (const [from, to] of Object.entries(options.sources ?? { git: 'adf', arm: 'arm' })) {
    await cp(join(ADF_FIXTURES, from), join(workspace, to), { recursive: true });
  }
  for (const [from, to] of Object.entries(options.copies ?? {})) {
    await cp(from, join(workspace, to), { recursive: true });
  }
  const client = new DataFactoryManagementClient(f.credential, aml.env.subscriptionId, f.clientOptions);
  const deployIn: Stage['deployIn'] = async (checkout, extra = {}, env = {}) => {
    const before = f.sandbox.control.counters();
    const run = await runAction('deploy-adf-pipelines', {
      inputs: {
        ...f.sandbox.inputs,
        auth: 'oidc',
        environment: name,
        'subscription-id': aml.env.subscriptionId,
        'resource-group': aml.env.resourceGroup,
        'factory-name': aml.env.factory,
        'aml-receipt': encoded,
        source: 'adf',
        ...extra,
      },
      env: { ...f.sandbox.env, RUNNER_TEMP: aml.runnerTemp, ...env },
      workspace: checkout,
    });
    const after = f.sandbox.control.counters();
    expect(findSecrets(run, [f.sandbox.clientSecret, ...(options.secrets ?? [])])).toEqual([]);
    return {
      run,
      writes: after.writes - before.writes,
      deletes: after.deletes - before.deletes,
      requests: f.sandbox.control.requests(before.lastSeq),
    };
  };
  return {
    aml,
    receipt,
    encoded,
    workspace,
    client,
    deployIn,
    deploy: (extra = {}, env = {}) => deployIn(workspace, extra, env),
  };
}

/** The factory's resources as the service holds them, normalised (names and properties per kind). */
export async function factoryState(s: Stage) {
  const live = await readLiveFactory(
    s.client,
    s.aml.env.resourceGroup,
    s.aml.env.factory,
    ARTIFACT_KINDS.filter((kind) => kind !== 'factory'),
  );
  return live.resources.map((r) => ({
    kind: r.kind,
    name: r.name,
    properties: r.properties,
    runtimeState: r.runtimeState,
  }));
}

/**
 * The requests of a run other than its sign-in's (the runner's ID token, the authority's discovery and token): what
 * it asked of Resource Manager. The sign-in runs while a source holding resource files is read, so a problem in those
 * files is refused with these empty, the sign-in's requests aside.
 */
export const resourceManagerRequests = (run: AdfRun) =>
  run.requests.filter((r) => r.route !== '/_runner/idtoken' && !r.route.startsWith('/:tenant/'));

/** The requests of a run that went to the stage's factory (its child resources). */
export const factoryRequests = (s: Stage, run: AdfRun) =>
  run.requests.filter((r) => r.path.toLowerCase().includes(`/factories/${s.aml.env.factory.toLowerCase()}/`));
