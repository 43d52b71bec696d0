// The driver of bench/adf.mjs (run with tsx: it starts the sandbox in-process). See bench/adf.mjs for what it measures.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DataFactoryManagementClient } from '@azure/arm-datafactory';
import { ClientSecretCredential } from '@azure/identity';
import { startSandbox } from '../src/sandbox/index.js';
import { runAction } from '../src/sandbox/local-runner.js';

const LINKED_SERVICES = 20;
const DATASETS = 80;
const LEAF_PIPELINES = 120;
const PARENT_PIPELINES = 60;
const TRIGGERS = 20;
const LATENCY_MS = Number(process.env.LATENCY_MS ?? 50);
/** Unset: the action's default. */
const CONCURRENCY = process.env.CONCURRENCY;
const GOAL = 8;
/** The no-op redeploy's goal, in milliseconds. */
const NOOP_GOAL_MS = 1000;

/** The action's own phase breakdown: its log's `Time: ...` line (main.ts), or a note that it printed none. */
const phases = (log: string) => log.match(/^Time: .*$/m)?.[0] ?? '(no phase line in the log)';

type Json = Record<string, unknown>;
interface Resource {
  readonly folder: 'linkedService' | 'dataset' | 'pipeline' | 'trigger';
  readonly name: string;
  readonly properties: Json;
}

const pad = (n: number) => String(n).padStart(3, '0');

/** 300 resources in five dependency layers: linked services, datasets, pipelines, pipelines calling them, triggers. */
function factory(): Resource[] {
  const out: Resource[] = [];
  for (let i = 0; i < LINKED_SERVICES; i++)
    out.push({
      folder: 'linkedService',
      name: `ls_${pad(i)}`,
      properties: { type: 'AzureBlobFS', typeProperties: { url: `https://bench${i}.dfs.core.windows.net/` } },
    });
  for (let i = 0; i < DATASETS; i++)
    out.push({
      folder: 'dataset',
      name: `ds_${pad(i)}`,
      properties: {
        type: 'Json',
        linkedServiceName: {
          referenceName: `ls_${pad(i % LINKED_SERVICES)}`,
          type: 'LinkedServiceReference',
        },
        typeProperties: {
          location: { type: 'AzureBlobFSLocation', fileSystem: 'bench', fileName: `f${i}.json` },
        },
      },
    });
  for (let i = 0; i < LEAF_PIPELINES; i++)
    out.push({
      folder: 'pipeline',
      name: `pl_leaf_${pad(i)}`,
      properties: {
        activities: [
          {
            name: 'Read',
            type: 'Lookup',
            dependsOn: [],
            typeProperties: {
              source: { type: 'JsonSource' },
              dataset: { referenceName: `ds_${pad(i % DATASETS)}`, type: 'DatasetReference' },
            },
          },
        ],
      },
    });
  for (let i = 0; i < PARENT_PIPELINES; i++)
    out.push({
      folder: 'pipeline',
      name: `pl_parent_${pad(i)}`,
      properties: {
        activities: [0, 1].map((k) => ({
          name: `Run${k}`,
          type: 'ExecutePipeline',
          dependsOn: [],
          typeProperties: {
            pipeline: {
              referenceName: `pl_leaf_${pad((2 * i + k) % LEAF_PIPELINES)}`,
              type: 'PipelineReference',
            },
            waitOnCompletion: true,
          },
        })),
      },
    });
  for (let i = 0; i < TRIGGERS; i++)
    out.push({
      folder: 'trigger',
      name: `tr_${pad(i)}`,
      properties: {
        type: 'ScheduleTrigger',
        runtimeState: 'Stopped',
        pipelines: [
          { pipelineReference: { referenceName: `pl_parent_${pad(i * 3)}`, type: 'PipelineReference' } },
        ],
        typeProperties: {
          recurrence: { frequency: 'Day', interval: 1, startTime: '2026-01-01T02:00:00Z', timeZone: 'UTC' },
        },
      },
    });
  return out;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function main(): Promise<number> {
  const root = resolve(import.meta.dirname, '..');
  const resources = factory();
  const workspace = await mkdtemp(join(tmpdir(), 'bench-adf-'));
  for (const r of resources) {
    await mkdir(join(workspace, 'adf', r.folder), { recursive: true });
    await writeFile(
      join(workspace, 'adf', r.folder, `${r.name}.json`),
      JSON.stringify({ name: r.name, properties: r.properties }, null, 2),
    );
  }
  const sandbox = await startSandbox({ stateDir: join(root, '.sandbox', 'bench-adf') });
  try {
    // 600 writes in a few seconds would meet ARM's write throttling (burst 200, 10/s); the bench measures the
    // deployment, not the throttle, so both sides get the same raised limits.
    if (process.env.ARM_THROTTLING === 'real') {
      console.log("ARM write throttling as ARM's (burst 200, 10/s)");
    } else {
      sandbox.control.setThrottleLimits({ writes: { burst: 100_000, perSecond: 100_000 } });
      console.log('ARM write throttling raised for the bench (burst and rate 100000/s) on both sides');
    }
    const parallel = await sandbox.provision({ name: 'bench' });
    const sequential = await sandbox.provision({ name: 'benchseq' });

    const aml = await runAction('deploy-aml-endpoint', {
      inputs: {
        ...sandbox.inputs,
        environment: parallel.name,
        auth: 'oidc',
        'subscription-id': parallel.subscriptionId,
        'resource-group': parallel.resourceGroup,
        'workspace-name': parallel.workspace,
        'endpoint-file': 'examples/aml/endpoint.yml',
        'deployment-file': 'examples/aml/deployment.yml',
        'endpoint-name': 'credit-default-bench',
      },
      env: sandbox.env,
      workspace: root,
    });
    if (aml.exitCode !== 0 || !aml.outputs.receipt) {
      console.error(`seeding the aml receipt failed:\n${aml.log}`);
      return 1;
    }

    sandbox.control.addFault({ method: 'PUT', path: 'factories/', latencyMs: LATENCY_MS });
    console.log(
      `factory: ${resources.length} resources (${LINKED_SERVICES} linked services, ${DATASETS} datasets, ${LEAF_PIPELINES + PARENT_PIPELINES} pipelines in 2 layers, ${TRIGGERS} triggers); ${LATENCY_MS} ms added to every ARM PUT`,
    );

    const deploy = async () => {
      const before = sandbox.control.counters();
      const run = await runAction('deploy-adf-pipelines', {
        inputs: {
          ...sandbox.inputs,
          environment: parallel.name,
          auth: 'oidc',
          'subscription-id': parallel.subscriptionId,
          'resource-group': parallel.resourceGroup,
          'factory-name': parallel.factory,
          'aml-receipt': aml.outputs.receipt!,
          source: 'adf',
          ...(CONCURRENCY ? { concurrency: CONCURRENCY } : {}),
        },
        env: sandbox.env,
        workspace,
      });
      const writes = sandbox.control.counters().writes - before.writes;
      if (run.exitCode !== 0) throw new Error(`deploy-adf-pipelines failed:\n${run.log}`);
      return { run, writes };
    };

    const action = await deploy();
    console.log(
      `action (bundle, concurrency ${CONCURRENCY ?? 'default'}): ${seconds(action.run.durationMs)}, ${action.writes} writes (${action.run.outputs.created} created)`,
    );
    console.log(`  phases: ${phases(action.run.log)}`);

    const credential = new ClientSecretCredential(sandbox.tenantId, sandbox.clientId, sandbox.clientSecret, {
      authorityHost: sandbox.baseUrl,
      disableInstanceDiscovery: true,
      tlsOptions: { ca: sandbox.caCert },
    } as ConstructorParameters<typeof ClientSecretCredential>[3]);
    const client = new DataFactoryManagementClient(credential, sequential.subscriptionId, {
      endpoint: sandbox.baseUrl,
      credentialScopes: `${sandbox.armAudience}/.default`,
      tlsOptions: { ca: sandbox.caCert },
    } as ConstructorParameters<typeof DataFactoryManagementClient>[2]);
    await credential.getToken(`${sandbox.armAudience}/.default`);
    const rg = sequential.resourceGroup;
    const name = sequential.factory;
    const before = sandbox.control.counters();
    const started = performance.now();
    // In dependency order (the factory() order is already layered), one PUT at a time.
    for (const r of resources) {
      // biome-ignore lint/suspicious/noExplicitAny: the generated JSON is the REST body, not the SDK's typed model
      const properties = r.properties as any;
      if (r.folder === 'linkedService')
        await client.linkedServices.createOrUpdate(rg, name, r.name, { properties });
      else if (r.folder === 'dataset') await client.datasets.createOrUpdate(rg, name, r.name, { properties });
      else if (r.folder === 'pipeline') await client.pipelines.createOrUpdate(rg, name, r.name, properties);
      else await client.triggers.createOrUpdate(rg, name, r.name, { properties });
    }
    const sequentialMs = performance.now() - started;
    const sequentialWrites = sandbox.control.counters().writes - before.writes;
    console.log(`one at a time (SDK, in order):   ${seconds(sequentialMs)}, ${sequentialWrites} writes`);
    const ratio = sequentialMs / action.run.durationMs;
    console.log(
      `ratio: ${ratio.toFixed(1)}x faster (goal >= ${GOAL}x: ${ratio >= GOAL ? 'met' : 'NOT met'}); the action's time includes its process start-up, reads and planning`,
    );

    const noop = await deploy();
    console.log(
      `no-op redeploy (action):          ${seconds(noop.run.durationMs)}, ${noop.writes} writes (${noop.run.outputs.unchanged} unchanged); goal < ${seconds(NOOP_GOAL_MS)}: ${noop.run.durationMs < NOOP_GOAL_MS ? 'met' : 'NOT met'}`,
    );
    console.log(`  phases: ${phases(noop.run.log)}`);
    return noop.writes === 0 ? 0 : 1;
  } finally {
    await sandbox.stop();
    await rm(workspace, { recursive: true, force: true });
  }
}

process.exitCode = await main();
