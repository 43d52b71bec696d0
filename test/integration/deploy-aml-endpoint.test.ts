// deploy-aml-endpoint, bundled and run as the runner runs it, against the sandbox: a first deploy from nothing
// (and a job scored through the new endpoint), a rerun that writes nothing, a rollout of new model versions that
// never leaves the endpoint without a serving default, a failed rollout, and throttling and 5xx during the rollout.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { mlState } from '../../src/sandbox/arm/machinelearning/store.js';
import { parseReceipt } from '../../src/shared/receipts/parse.js';
import { useSandboxFixture } from '../harness/sandbox.js';
import {
  changeModel,
  type DeployRun,
  defaultOf,
  editFile,
  expectScored,
  expectSucceeded,
  failureOf,
  type Release,
  release,
  score,
  scoringPython,
  useScoringPython,
} from './aml-release.js';

const f = useSandboxFixture();
beforeAll(useScoringPython);
afterEach(() => f.sandbox.control.clearFaults());

const MODEL_RUN = 'https://github.com/example/release/actions/runs/1000/attempts/1';

describe('a first deploy, and a rerun', () => {
  let r: Release;
  let first: DeployRun;

  it('creates the endpoint and deployment from nothing, registers the model and makes the deployment the default', async () => {
    r = await release(f, 'dev');
    first = await r.deploy();
    expectSucceeded(first.run);
    const { outputs } = first.run;
    const { resourceGroup: rg, workspace: ws } = r.env;

    const endpoint = await r.client.batchEndpoints.get(rg, ws, 'credit-default-dev');
    expect(endpoint.properties).toMatchObject({
      authMode: 'AADToken',
      provisioningState: 'Succeeded',
      defaults: { deploymentName: 'credit-default-blue' },
      description: 'Scores credit applications for their probability of default.',
    });
    expect(endpoint.tags).toEqual({ 'use-case': 'credit-default', owner: 'risk-analytics' });
    const deployment = await r.client.batchDeployments.get(
      rg,
      ws,
      'credit-default-dev',
      'credit-default-blue',
    );
    expect(deployment.properties).toMatchObject({
      provisioningState: 'Succeeded',
      model: { referenceType: 'Id', assetId: `${r.env.workspaceInfo.id}/models/credit-default/versions/1` },
      compute: r.env.workspaceInfo.computeIds['cpu-cluster'],
      miniBatchSize: 5,
      maxConcurrencyPerInstance: 2,
      retrySettings: { maxRetries: 3, timeout: 'PT300S' },
      outputAction: 'AppendRow',
      loggingLevel: 'Info',
      resources: { instanceCount: 1 },
    });
    expect(deployment.tags).toMatchObject({
      'mlops.managed-by': 'deploy-aml-endpoint',
      'mlops.model': 'credit-default:1',
    });

    // The model version: registered from the folder, uploaded content-addressed, tagged with the deploying run.
    const model = await r.client.modelVersions.get(rg, ws, 'credit-default', '1');
    expect(model.properties.modelUri).toMatch(
      /^azureml:\/\/subscriptions\/.+\/datastores\/workspaceblobstore\/paths\/LocalUpload\/[0-9a-f]{64}\/model\/$/,
    );
    expect(model.properties.tags).toMatchObject({
      'mlops.content-sha256': expect.stringMatching(/^[0-9a-f]{64}$/),
      'mlops.deployed.repository': 'example/release',
      'mlops.deployed.commit': '0123456789abcdef0123456789abcdef01234567',
      'mlops.deployed.run': MODEL_RUN,
    });

    expect(outputs).toMatchObject({
      'endpoint-name': 'credit-default-dev',
      'deployment-name': 'credit-default-blue',
      'scoring-uri': endpoint.properties.scoringUri,
      'model-name': 'credit-default',
      'model-version': '1',
      'model-id': `${r.env.workspaceInfo.id}/models/credit-default/versions/1`,
      changed: 'true',
    });
    const receipt = parseReceipt(outputs.receipt, {
      kind: 'aml',
      input: 'aml-receipt',
      environment: 'dev',
      subscription: r.env.subscriptionId,
    });
    expect(receipt).toMatchObject({
      resourceGroup: rg,
      workspace: ws,
      endpoint: { name: 'credit-default-dev', id: endpoint.id, scoringUri: endpoint.properties.scoringUri },
      deployment: { name: 'credit-default-blue', id: deployment.id },
      model: { name: 'credit-default', version: '1', id: outputs['model-id'] },
      run: { repo: 'example/release', sha: '0123456789abcdef0123456789abcdef01234567', url: MODEL_RUN },
    });
    const plan = JSON.parse(await readFile(outputs.plan!, 'utf8'));
    expect(plan.steps.map((s: { resource: string; action: string }) => `${s.resource}:${s.action}`)).toEqual([
      'model:register',
      'endpoint:create',
      'deployment:create',
      'default deployment:switch',
    ]);
    // The storage key from listSecrets was masked before use (and never shown: see release().deploy).
    expect(first.run.masked).toContain(f.sandbox.storage!.accountKey);
    expect(first.run.summary).toContain(
      'Deployed: every change above was applied to endpoint credit-default-dev',
    );
  });

  it('scores a job through the new endpoint with the registered MLflow model', async () => {
    const { job, predictions } = await score(f, r, first.run.outputs['scoring-uri']!, 'first');
    expect(job.properties.properties['azureml.deploymentname']).toBe('credit-default-blue');
    expectScored(job);
    if (scoringPython().python === undefined) return;
    // examples/aml/README.md: one line per application, "<row>,<predicted class>,<file>"; A-1003 (row 2) and
    // A-1005 (row 4) are predicted to default.
    expect(predictions!.trim().split('\n')).toEqual(
      [0, 0, 1, 0, 1, 0, 1, 0].map((label, row) => `${row},${label},applications.csv`),
    );
  });

  it('reruns with the same inputs without a single write, and gives the same outputs', async () => {
    const again = await r.deploy();
    expectSucceeded(again.run);
    expect({ writes: again.writes, deletes: again.deletes, actions: again.actions }).toEqual({
      writes: 0,
      deletes: 0,
      actions: 0,
    });
    const { receipt: firstReceipt, changed: _c1, ...firstOutputs } = first.run.outputs;
    const { receipt: againReceipt, changed, ...againOutputs } = again.run.outputs;
    expect(againOutputs).toEqual(firstOutputs);
    expect(changed).toBe('false');
    const strip = (text: string) => ({ ...JSON.parse(text), time: undefined });
    expect(strip(againReceipt!)).toEqual(strip(firstReceipt!));
    expect(again.run.summary).toContain('nothing was written');
  });
});

describe('rolling out new model versions with deployment-name: per-model-version', () => {
  let r: Release;
  const endpoint = 'credit-default-rollout';
  const inputs = { 'deployment-name': 'per-model-version', 'keep-deployments': '2' };

  it('deploys version 1 as credit-default-v1', async () => {
    r = await release(f, 'rollout', { endpoint });
    const run = await r.deploy(inputs);
    expectSucceeded(run.run);
    expect(run.run.outputs['deployment-name']).toBe('credit-default-v1');
    expect(await defaultOf(r, endpoint)).toBe('credit-default-v1');
  });

  it('creates credit-default-v2 while v1 keeps serving, and switches the default only after v2 Succeeded', async () => {
    await changeModel(r.workspace, -1.5);
    const { resourceGroup: rg, workspace: ws } = r.env;
    // Watch the endpoint while the action runs: what is the default, and is v2 there yet?
    const seen: { default: string | undefined; v2: string }[] = [];
    let scoredDuringRollout: Promise<Awaited<ReturnType<typeof score>>> | undefined;
    let running = true;
    const watcher = (async () => {
      while (running) {
        const [live, v2] = await Promise.all([
          r.client.batchEndpoints.get(rg, ws, endpoint),
          r.client.batchDeployments.get(rg, ws, endpoint, 'credit-default-v2').then(
            (d) => d.properties.provisioningState ?? 'Succeeded',
            () => 'absent',
          ),
        ]);
        seen.push({ default: live.properties.defaults?.deploymentName ?? undefined, v2 });
        if (v2 === 'Creating' && !scoredDuringRollout) {
          scoredDuringRollout = score(f, r, live.properties.scoringUri!, 'during-rollout');
        }
        await new Promise((resolve) => setTimeout(resolve, 40));
      }
    })();
    const run = await r.deploy(inputs);
    running = false;
    await watcher;
    expectSucceeded(run.run);
    expect(run.run.outputs).toMatchObject({ 'deployment-name': 'credit-default-v2', 'model-version': '2' });

    // While v2 was being created, v1 served — and a job sent then ran on v1.
    expect(seen).toContainEqual({ default: 'credit-default-v1', v2: 'Creating' });
    expect(seen.filter((s) => s.default === 'credit-default-v2').every((s) => s.v2 === 'Succeeded')).toBe(
      true,
    );
    const during = await scoredDuringRollout!;
    expectScored(during.job);
    expect(during.job.properties.properties['azureml.deploymentname']).toBe('credit-default-v1');

    // From the request log: v2 created by PUT (nothing deleted), the endpoint re-PUT only after v2's rollout ended.
    const put = (path: RegExp) => run.requests.filter((q) => q.method === 'PUT' && path.test(q.path));
    const v2Put = put(/\/deployments\/credit-default-v2$/);
    const switchPut = put(new RegExp(`/batchEndpoints/${endpoint}$`));
    expect(v2Put).toHaveLength(1);
    expect(switchPut).toHaveLength(1);
    expect(run.requests.filter((q) => q.method === 'DELETE')).toEqual([]);
    const v2Operation = Object.values(mlState(f.sandbox.context).operations).find(
      (o) =>
        o.target.type === 'deployment' && o.target.key.endsWith('/credit-default-v2') && o.kind === 'create',
    )!;
    expect(Date.parse(switchPut[0]!.time)).toBeGreaterThanOrEqual(
      v2Operation.startedAt + v2Operation.durationMs,
    );
    // The action's own reads of v2 (the watcher above reads too): its last look came before the switch.
    const v2Reads = run.requests.filter(
      (q) =>
        q.userAgent?.startsWith('deploy-aml-endpoint/') &&
        q.method === 'GET' &&
        /\/deployments\/credit-default-v2$/.test(q.path) &&
        q.status === 200,
    );
    expect(v2Reads.at(-1)!.seq).toBeLessThan(switchPut[0]!.seq);
    expect(v2Put[0]!.seq).toBeLessThan(switchPut[0]!.seq);
    expect(await defaultOf(r, endpoint)).toBe('credit-default-v2');
  });

  it('keeps keep-deployments deployments: version 3 makes v1 go, never the default', async () => {
    await changeModel(r.workspace, -1.2);
    const run = await r.deploy(inputs);
    expectSucceeded(run.run);
    expect(run.deletes).toBe(1);
    const names = [];
    for await (const d of r.client.batchDeployments.list(r.env.resourceGroup, r.env.workspace, endpoint)) {
      names.push(d.name);
    }
    expect(names.sort()).toEqual(['credit-default-v2', 'credit-default-v3']);
    expect(await defaultOf(r, endpoint)).toBe('credit-default-v3');
    const plan = JSON.parse(await readFile(run.run.outputs.plan!, 'utf8'));
    expect(plan.steps.at(-1)).toMatchObject({
      resource: 'old deployment',
      name: 'credit-default-v1',
      action: 'delete',
    });
  });

  it('a rollout that ends Failed fails the step with the service message; the previous default keeps serving', async () => {
    const message = 'Insufficient quota for STANDARD_DS3_V2 in westeurope (failure injected by the test).';
    await f.request('POST', '/_sandbox/ml/fail-next-deployment', {
      body: { deployment: 'credit-default-v4', code: 'QuotaExceeded', message },
    });
    await changeModel(r.workspace, -1.1);
    const failed = await r.deploy(inputs);
    const error = failureOf(failed.run);
    expect(error.message).toContain(
      "batch deployment 'credit-default-v4' of endpoint 'credit-default-rollout'",
    );
    expect(error.message).toContain('provisioning state Failed');
    expect(error.message).toContain('QuotaExceeded');
    expect(error.message).toContain(message);
    // What was applied, and what serves: in the error and in the summary, which never says it deployed.
    expect(error.message).toMatch(
      /Applied before the failure: model credit-default:4 registered; batch deployment 'credit-default-v4' created but ended Failed \('credit-default-v4' not the default\)\. The previous default 'credit-default-v3' keeps serving\.$/,
    );
    expect(failed.run.summary).toContain('Rollout failed');
    expect(failed.run.summary).toContain('The previous default &#39;credit-default-v3&#39; keeps serving.');
    expect(failed.run.summary).not.toContain('Deployed');
    expect(await defaultOf(r, endpoint)).toBe('credit-default-v3');
    const { job } = await score(
      f,
      r,
      (await r.client.batchEndpoints.get(r.env.resourceGroup, r.env.workspace, endpoint)).properties
        .scoringUri!,
      'after-failure',
    );
    expectScored(job);
    expect(job.properties.properties['azureml.deploymentname']).toBe('credit-default-v3');

    // A rerun converges: the Failed deployment is applied again in place, then becomes the default.
    const rerun = await r.deploy(inputs);
    expectSucceeded(rerun.run);
    expect(
      rerun.requests.filter((q) => q.method === 'PUT' && q.path.endsWith('/deployments/credit-default-v4')),
    ).toHaveLength(1);
    expect(await defaultOf(r, endpoint)).toBe('credit-default-v4');
  });
});

describe('throttling and server errors during the rollout', () => {
  it('deploys anyway: 429 with Retry-After and 503s on the operation are retried', async () => {
    const r = await release(f, 'faults');
    const deployment = '/deployments/credit-default-blue\\?';
    f.sandbox.control.addFault({
      method: 'GET',
      path: deployment,
      status: 429,
      retryAfterSeconds: 1,
      count: 1,
    });
    f.sandbox.control.addFault({ method: 'GET', path: deployment, status: 503, count: 2 });
    f.sandbox.control.addFault({ method: 'GET', path: 'mfeOperationsStatus', status: 503, count: 1 });
    const run = await r.deploy();
    expectSucceeded(run.run);
    const faulted = run.requests.filter((q) => q.fault);
    expect(faulted.map((q) => q.status).sort()).toEqual([429, 503, 503, 503]);
    expect(await defaultOf(r, 'credit-default-faults')).toBe('credit-default-blue');
  });
});

describe('scoring code and a registered environment', () => {
  it('registers the code folder as a code asset, resolves the environment, and reruns without a write', async () => {
    const r = await release(f, 'code');
    const { resourceGroup: rg, workspace: ws } = r.env;
    await r.client.environmentVersions.createOrUpdate(rg, ws, 'credit-env', '4', {
      properties: { image: 'mcr.microsoft.com/azureml/openmpi4.1.0-ubuntu22.04:latest' },
    });
    await mkdir(join(r.workspace, 'ml', 'code'));
    await writeFile(
      join(r.workspace, 'ml', 'code', 'score.py'),
      'def init():\n    pass\n\ndef run(batch):\n    return batch\n',
    );
    await editFile(r.workspace, 'ml/deployment.yml', (text) =>
      text.replace(
        'compute: azureml:cpu-cluster',
        'code_configuration:\n  code: code\n  scoring_script: score.py\nenvironment: azureml:credit-env@latest\ncompute: azureml:cpu-cluster',
      ),
    );
    const run = await r.deploy();
    expectSucceeded(run.run);
    const deployment = await r.client.batchDeployments.get(
      rg,
      ws,
      'credit-default-code',
      'credit-default-blue',
    );
    expect(deployment.properties.environmentId).toBe(
      `${r.env.workspaceInfo.id}/environments/credit-env/versions/4`,
    );
    const codeId = deployment.properties.codeConfiguration?.codeId ?? '';
    expect(codeId).toMatch(new RegExp(`^${r.env.workspaceInfo.id}/codes/code-[0-9a-f]{64}/versions/1$`));
    expect(deployment.properties.codeConfiguration?.scoringScript).toBe('score.py');
    const code = await r.client.codeVersions.get(rg, ws, codeId.split('/').at(-3)!, '1');
    expect(code.properties).toMatchObject({
      isAnonymous: true,
      codeUri: expect.stringMatching(/\/LocalUpload\/[0-9a-f]{64}\/code$/),
    });

    const again = await r.deploy();
    expectSucceeded(again.run);
    expect(again.writes + again.actions + again.deletes).toBe(0);

    // An environment version that does not exist fails at its line, before any write.
    await editFile(r.workspace, 'ml/deployment.yml', (text) =>
      text.replace('azureml:credit-env@latest', 'azureml:credit-env:9'),
    );
    const missing = await r.deploy();
    expect(failureOf(missing.run)).toMatchObject({
      message: expect.stringMatching(
        /ml\/deployment\.yml line 22 \(environment\): environment credit-env:9 does not exist/,
      ),
      properties: { file: 'ml/deployment.yml', line: '22' },
    });
    expect(missing.writes + missing.actions + missing.deletes).toBe(0);
  });
});
