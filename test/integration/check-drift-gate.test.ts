// check-drift-gate run as the runner runs it (the bundle, INPUT_*, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY) against the
// sandbox: metrics to its Application Insights ingestion endpoint (with faults), blob inputs with a SAS from its
// Azurite, a repository_dispatch to a local stand-in for the GitHub API, and every secret kept out of the output.
import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { expectRelativelyClose, loadDriftVectors, type NumericalCase } from '../fixtures/drift-vectors.js';
import { type ActionRun, findSecrets, runAction } from '../harness/run-action.js';
import { useSandboxFixture } from '../harness/sandbox.js';

/** A deterministic table: `income` drifts in the current data, `age` does not, `segment` is categorical. */
function csv(rows: number, seed: number, shift: number): string {
  let state = seed;
  const random = () => {
    state = (state * 48271) % 2147483647;
    return state / 2147483647;
  };
  const lines = ['id,age,income,segment'];
  for (let i = 0; i < rows; i++) {
    const age = (25 + random() * 40).toFixed(1);
    const income = (40 + random() * 30 + shift * 25).toFixed(2);
    lines.push(`${i},${age},${income},${['retail', 'sme', 'corporate'][Math.floor(random() * 3)]}`);
  }
  return `${lines.join('\n')}\n`;
}

const f = useSandboxFixture({ storage: false });
let workspace: string;
let runnerTemp: string;

beforeAll(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'drift-ws-'));
  runnerTemp = await mkdtemp(join(tmpdir(), 'drift-temp-'));
  await mkdir(join(workspace, 'data'), { recursive: true });
  await writeFile(join(workspace, 'data', 'reference.csv'), csv(400, 11, 0));
  await writeFile(join(workspace, 'data', 'current.csv'), csv(300, 23, 1));
  await writeFile(join(workspace, 'data', 'stable.csv'), csv(300, 29, 0));
});

afterAll(async () => {
  await rm(workspace, { recursive: true, force: true });
  await rm(runnerTemp, { recursive: true, force: true });
});

const BASE = { environment: 'dev', reference: 'data/reference.csv', 'exclude-features': 'id' };

function drift(inputs: Record<string, string>, env: Record<string, string> = {}): Promise<ActionRun> {
  return runAction('check-drift-gate', {
    inputs: { ...BASE, ...inputs },
    workspace,
    env: { ...f.sandbox.env, RUNNER_TEMP: runnerTemp, ...env },
  });
}

function errorsOf(run: ActionRun): string[] {
  return run.annotations.filter((a) => a.level === 'error').map((a) => a.message);
}

// biome-ignore lint/suspicious/noExplicitAny: the report file is JSON read back for assertions
async function report(run: ActionRun): Promise<Record<string, any>> {
  return JSON.parse(await readFile(run.outputs.report!, 'utf8'));
}

describe('the gate', () => {
  it('on drift with on-drift: fail, sets every output and then fails naming the drifted features', async () => {
    const run = await drift({ current: 'data/current.csv', 'on-drift': 'fail', 'drift-share': '0.3' });
    expect(run.exitCode).toBe(1);
    expect(errorsOf(run)).toEqual([
      expect.stringMatching(
        /^check-drift-gate: Dataset drift in dev: 1 of 3 features drifted \(income\), share 0\.333 ≥ 0\.3/,
      ),
    ]);
    expect(run.outputs).toMatchObject({
      drifted: 'true',
      'drifted-features': '["income"]',
      'metrics-sent': '0',
    });
    expect(Number(run.outputs['drift-share'])).toBeCloseTo(1 / 3, 12);
    const receipt = JSON.parse(run.outputs.receipt!);
    expect(receipt).toMatchObject({
      v: 1,
      kind: 'drift',
      environment: 'dev',
      drifted: true,
      driftedFeatures: ['income'],
    });
    expect(receipt.reportDigest).toMatch(/^[0-9a-f]{64}$/);
    expect(run.summary).toContain('Drift gate (dev): dataset drift');
    expect(run.summary).not.toContain('data:image');
    expect(run.summary).toMatch(/\n```mermaid\nxychart-beta\n[^`]*x-axis \["age", "income"\]/);
    expect(run.outputs.pictures).toMatch(/check-drift-gate\/drift-pictures-dev-\d+T\d+Z$/);
    expect(await readdir(run.outputs.pictures!)).toEqual(['1-age.svg', '2-income.svg', '3-segment.svg']);
  }, 60_000);

  it('reports drift as a warning with on-drift: warn; the report file holds every value', async () => {
    const run = await drift({ current: 'data/current.csv', 'on-drift': 'warn', 'drift-share': '0.3' });
    expect(run.exitCode).toBe(0);
    expect(run.annotations).toContainEqual(
      expect.objectContaining({
        level: 'warning',
        message: expect.stringMatching(/^Dataset drift in dev: 1 of 3 features drifted/),
      }),
    );
    const written = await report(run);
    expect(written.verdict).toMatchObject({ drifted: true, driftedFeatures: ['income'], onDrift: 'warn' });
    expect(
      written.features.map((feature: { name: string; type: string }) => [feature.name, feature.type]),
    ).toEqual([
      ['age', 'numerical'],
      ['income', 'numerical'],
      ['segment', 'categorical'],
    ]);
  }, 60_000);

  it('reproduces the reference vectors through the bundle (normal-shift-1000, azureml conventions)', async () => {
    const vectors = await loadDriftVectors();
    const vector = vectors.cases.find((c): c is NumericalCase => c.name === 'normal-shift-1000')!;
    await writeFile(
      join(workspace, 'data', 'vector-ref.csv'),
      `x\n${vector.reference.map(String).join('\n')}\n`,
    );
    await writeFile(
      join(workspace, 'data', 'vector-cur.csv'),
      `x\n${vector.current.map(String).join('\n')}\n`,
    );
    const run = await drift({
      reference: 'data/vector-ref.csv',
      current: 'data/vector-cur.csv',
      'exclude-features': '',
      'on-drift': 'warn',
      metrics: 'numerical: [wasserstein, ks, jensen-shannon, psi]',
    });
    expect(run.exitCode).toBe(0);
    const metrics = Object.fromEntries(
      (await report(run)).features[0].metrics.map((m: { metric: string }) => [m.metric, m]),
    ) as Record<string, { value: number; details: Record<string, number> }>;
    const e = vector.expected;
    expectRelativelyClose(metrics.wasserstein!.value, e.wasserstein_normed_ddof1);
    expectRelativelyClose(metrics.wasserstein!.details.distance!, e.wasserstein);
    expectRelativelyClose(metrics.ks!.value, e.ks_pvalue_auto);
    expectRelativelyClose(metrics.ks!.details.statistic!, e.ks_statistic);
    expectRelativelyClose(metrics['jensen-shannon']!.value, e.azureml_bins.js_base2);
    expectRelativelyClose(metrics.psi!.value, e.azureml_bins.psi_laplace);
  }, 60_000);

  it('names the input and key of a bad metrics input, and the file and line of a bad value', async () => {
    const bad = await drift({
      current: 'data/current.csv',
      metrics: 'features: {income: [{metric: psi, binz: 3}]}',
    });
    expect(errorsOf(bad)).toEqual([
      "check-drift-gate: Input 'metrics' (features.income[0].binz): psi takes no option 'binz'; its options are binning, bins, smoothing",
    ]);
    await writeFile(
      join(workspace, 'data', 'broken.csv'),
      'id,age,income,segment\n1,30,55.5,sme\n2,forty,60,sme\n',
    );
    const broken = await drift({ current: 'data/broken.csv' });
    expect(broken.exitCode).toBe(1);
    const [annotation] = broken.annotations.filter((a) => a.level === 'error');
    expect(annotation!.message).toMatch(
      /^check-drift-gate: data\/broken\.csv line 3: column 'age': "forty" is not a number/,
    );
    expect(annotation!.properties).toMatchObject({ file: 'data/broken.csv', line: '3' });
  }, 60_000);
});

describe('inputs that cannot fool the gate', () => {
  it('refuses a Latin-1 file read as UTF-8 naming file, line and offset, and reads it with encoding: latin1', async () => {
    const latin = csv(300, 23, 0).replace(/sme/g, 'société');
    await writeFile(join(workspace, 'data', 'latin1.csv'), Buffer.from(latin, 'latin1'));
    await writeFile(
      join(workspace, 'data', 'latin1-ref.csv'),
      Buffer.from(csv(400, 11, 0).replace(/sme/g, 'société'), 'latin1'),
    );
    const strict = await drift({ current: 'data/latin1.csv' });
    expect(strict.exitCode).toBe(1);
    const [annotation] = strict.annotations.filter((a) => a.level === 'error');
    expect(annotation!.message).toMatch(
      /^check-drift-gate: data\/latin1\.csv line \d+: byte 0xE9 at byte offset \d+ is not valid UTF-8; if the file is Latin-1/,
    );
    expect(annotation!.properties).toMatchObject({ file: 'data/latin1.csv' });
    const read = await drift({
      reference: 'data/latin1-ref.csv',
      current: 'data/latin1.csv',
      encoding: 'latin1',
      'on-drift': 'warn',
    });
    expect(read.exitCode).toBe(0);
    const segment = (await report(read)).features.find((f: { name: string }) => f.name === 'segment');
    expect(segment.histogram.labels).toContain('société');
  }, 60_000);

  it('fails on a renamed column with the report and summary written; warns with on-schema-change: warn', async () => {
    await writeFile(join(workspace, 'data', 'renamed.csv'), csv(300, 29, 0).replace('income', 'income_k'));
    const failed = await drift({ current: 'data/renamed.csv' });
    expect(failed.exitCode).toBe(1);
    expect(errorsOf(failed)).toEqual([
      expect.stringMatching(
        /^check-drift-gate: Schema change in dev: column 'income' is in the reference data only .*column 'income_k' is in the current data only/,
      ),
    ]);
    expect(failed.outputs.report).toBeDefined();
    expect(failed.summary).toContain('Schema change');
    const warned = await drift({ current: 'data/renamed.csv', 'on-schema-change': 'warn' });
    expect(warned.exitCode).toBe(0);
    expect((await report(warned)).schemaChanges).toEqual([
      { column: 'income', side: 'reference' },
      { column: 'income_k', side: 'current' },
    ]);
  }, 60_000);

  it('calls a one-row current set insufficient data, not drift', async () => {
    await writeFile(join(workspace, 'data', 'one-row.csv'), 'id,age,income,segment\n1,99.5,999.99,new\n');
    const run = await drift({ current: 'data/one-row.csv', 'on-drift': 'fail' });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.drifted).toBe('false');
    expect(run.annotations).toContainEqual(
      expect.objectContaining({
        level: 'warning',
        message:
          'No feature has enough data to measure drift in dev (min-sample-size 100): insufficient data, not drift.',
      }),
    );
    expect(run.summary).toContain('Drift gate (dev): insufficient data');
  }, 60_000);
});

describe('Application Insights', () => {
  it('receives one metric per feature and metric, plus the verdicts, with the dimensions; the key stays masked', async () => {
    const resource = f.sandbox.appInsights.createResource(`appi-drift-${randomUUID().slice(0, 8)}`);
    const run = await drift({
      current: 'data/current.csv',
      'on-drift': 'warn',
      'app-insights-connection-string': resource.connectionString,
      'model-name': 'credit-default',
      'model-version': '7',
    });
    expect(run.exitCode).toBe(0);
    const envelopes = f.sandbox.appInsights.envelopes(resource.instrumentationKey);
    expect(run.outputs['metrics-sent']).toBe(String(envelopes.length));
    expect(envelopes).toHaveLength(3 + 3 + 2); // a metric and a verdict per feature, two dataset metrics
    const written = await report(run);
    for (const feature of written.features) {
      const metric = feature.metrics[0];
      const envelope = envelopes.find(
        (e) =>
          (e.data.baseData.properties as Record<string, string>).feature === feature.name &&
          (e.data.baseData.metrics as { name: string }[])[0]!.name !== 'drift_feature_drifted',
      )!;
      expect(envelope).toMatchObject({
        name: `Microsoft.ApplicationInsights.${resource.instrumentationKey.replace(/-/g, '')}.Metric`,
        iKey: resource.instrumentationKey,
        data: {
          baseType: 'MetricData',
          baseData: {
            ver: 2,
            metrics: [
              {
                name:
                  feature.type === 'numerical'
                    ? 'drift_normalized_wasserstein_distance'
                    : 'drift_jensen_shannon_distance',
                value: metric.value,
                count: 1,
              },
            ],
            properties: {
              model: 'credit-default',
              version: '7',
              environment: 'dev',
              feature: feature.name,
              runUrl: 'https://github.com/example/release/actions/runs/1000/attempts/1',
              drifted: String(metric.drifted),
            },
          },
        },
      });
    }
    const share = envelopes.find(
      (e) => (e.data.baseData.metrics as { name: string }[])[0]!.name === 'drift_dataset_drifted_share',
    )!;
    expect((share.data.baseData.metrics as { value: number }[])[0]!.value).toBeCloseTo(1 / 3, 12);
    expect(run.masked).toContain(resource.connectionString);
    expect(findSecrets(run, [resource.connectionString, resource.instrumentationKey])).toEqual([]);
  }, 60_000);

  it('retries a failing endpoint (honouring Retry-After) until it accepts', async () => {
    const resource = f.sandbox.appInsights.createResource(`appi-retry-${randomUUID().slice(0, 8)}`);
    f.sandbox.control.addFault({ path: 'v2\\.1/track', status: 503, count: 2, retryAfterSeconds: 1 });
    try {
      const run = await drift({
        current: 'data/stable.csv',
        'app-insights-connection-string': resource.connectionString,
      });
      expect(run.exitCode).toBe(0);
      expect(run.log).toMatch(/Application Insights: 503.*attempt 2 of 5 in 1\.0 s/);
      expect(run.log).toMatch(/attempt 3 of 5/);
      expect(run.outputs['metrics-sent']).toBe(
        String(f.sandbox.appInsights.envelopes(resource.instrumentationKey).length),
      );
      expect(Number(run.outputs['metrics-sent'])).toBeGreaterThan(0);
      expect(run.durationMs).toBeGreaterThan(2000);
    } finally {
      f.sandbox.control.clearFaults();
    }
  }, 60_000);

  it('reports an endpoint that keeps failing without failing a passing gate, unless fail-on-metrics-error', async () => {
    const resource = f.sandbox.appInsights.createResource(`appi-down-${randomUUID().slice(0, 8)}`);
    f.sandbox.control.addFault({ path: 'v2\\.1/track', status: 503, retryAfterSeconds: 0 });
    try {
      const passing = await drift({
        current: 'data/stable.csv',
        'app-insights-connection-string': resource.connectionString,
      });
      expect(passing.exitCode).toBe(0);
      expect(passing.outputs).toMatchObject({ drifted: 'false', 'metrics-sent': '0' });
      expect(passing.annotations).toContainEqual(
        expect.objectContaining({
          level: 'warning',
          message: expect.stringMatching(
            /^Application Insights did not accept 8 of 8 metric values: 8 items still failing after 5 attempts/,
          ),
        }),
      );
      expect(passing.summary).toContain('Application Insights did not accept 8 of 8 metric values');
      const strict = await drift({
        current: 'data/stable.csv',
        'app-insights-connection-string': resource.connectionString,
        'fail-on-metrics-error': 'true',
      });
      expect(strict.exitCode).toBe(1);
      expect(errorsOf(strict)[0]).toMatch(
        /^check-drift-gate: Application Insights did not accept 8 of 8 metric values.*\(fail-on-metrics-error is true\)$/,
      );
      expect(strict.outputs.drifted).toBe('false');
      expect(findSecrets(strict, [resource.instrumentationKey])).toEqual([]);
    } finally {
      f.sandbox.control.clearFaults();
    }
    expect(f.sandbox.appInsights.envelopes(resource.instrumentationKey)).toEqual([]);
  }, 60_000);
});

describe('on-drift: dispatch', () => {
  interface Captured {
    readonly method: string;
    readonly url: string;
    readonly headers: IncomingMessage['headers'];
    // biome-ignore lint/suspicious/noExplicitAny: a JSON body read back for assertions
    readonly body: Record<string, any>;
  }
  let api: ReturnType<typeof createServer>;
  let apiUrl: string;
  const captured: Captured[] = [];
  let status = 204;

  beforeAll(async () => {
    api = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        captured.push({
          method: request.method ?? '',
          url: request.url ?? '',
          headers: request.headers,
          body: JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}'),
        });
        response.writeHead(status, { 'content-type': 'application/json' });
        response.end(
          status === 204 ? '' : JSON.stringify({ message: 'Resource not accessible by integration' }),
        );
      });
    });
    await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
    apiUrl = `http://127.0.0.1:${(api.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => api.close(resolve));
  });

  const token = 'ghs_0123456789abcdefNOTAREALTOKEN0123456789';

  it('sends repository_dispatch to GITHUB_API_URL with the model, environment, drifted features and summary', async () => {
    captured.length = 0;
    status = 204;
    const run = await drift(
      {
        current: 'data/current.csv',
        'on-drift': 'dispatch',
        'drift-share': '0.3',
        'model-name': 'credit-default',
        'model-version': '7',
      },
      { GITHUB_API_URL: apiUrl, GITHUB_TOKEN: token },
    );
    expect(run.exitCode).toBe(0);
    expect(captured).toHaveLength(1);
    const [request] = captured;
    expect([request!.method, request!.url]).toEqual(['POST', '/repos/example/release/dispatches']);
    expect(request!.headers.authorization).toBe(`token ${token}`);
    expect(request!.body.event_type).toBe('model-drift');
    const payload = request!.body.client_payload;
    expect(Object.keys(payload).length).toBeLessThanOrEqual(10);
    expect(payload).toMatchObject({
      model: 'credit-default',
      model_version: '7',
      environment: 'dev',
      drifted_features: ['income'],
      summary: expect.stringMatching(/^1 of 3 features drifted/),
      run_url: 'https://github.com/example/release/actions/runs/1000/attempts/1',
      report_digest: JSON.parse(run.outputs.receipt!).reportDigest,
    });
    expect(payload.metrics.income[0]).toMatchObject({ metric: 'wasserstein', threshold: 0.1 });
    expect(run.summary).toContain(
      'Sent the repository_dispatch event &#39;model-drift&#39; to example/release.',
    );
    expect(findSecrets(run, [token])).toEqual([]);
  }, 60_000);

  it('sends nothing without drift, and explains a token that may not dispatch', async () => {
    captured.length = 0;
    const calm = await drift(
      { current: 'data/stable.csv', 'on-drift': 'dispatch' },
      { GITHUB_API_URL: apiUrl, GITHUB_TOKEN: token },
    );
    expect([calm.exitCode, captured.length]).toEqual([0, 0]);
    status = 403;
    const refused = await drift(
      { current: 'data/current.csv', 'on-drift': 'dispatch', 'drift-share': '0.3' },
      { GITHUB_API_URL: apiUrl, GITHUB_TOKEN: token },
    );
    expect(refused.exitCode).toBe(1);
    expect(errorsOf(refused)[0]).toMatch(
      /^check-drift-gate: Cannot send the repository_dispatch event to example\/release \(403\): the token needs to write that repository's contents; give the job `permissions: contents: write`/,
    );
    expect(findSecrets(refused, [token])).toEqual([]);
  }, 60_000);
});

describe('blob inputs', () => {
  const storageFixture = useSandboxFixture({ storage: true });

  it('reads blobs by SAS URL, and a glob of blobs with a container SAS; the signature never shows', async () => {
    const { BlobServiceClient, StorageSharedKeyCredential, ContainerSASPermissions } = await import(
      '@azure/storage-blob'
    );
    const storage = storageFixture.sandbox.storage!;
    const key = new StorageSharedKeyCredential(storage.accountName, storage.accountKey);
    const service = new BlobServiceClient(storage.blobEndpoint, key, {
      tlsOptions: { ca: storageFixture.sandbox.caCert },
    } as ConstructorParameters<typeof BlobServiceClient>[2]);
    const container = service.getContainerClient(`drift-${randomUUID().slice(0, 8)}`);
    await container.create();
    const upload = (name: string, text: string) =>
      container.getBlockBlobClient(name).upload(text, Buffer.byteLength(text));
    await upload('training/reference.csv', csv(400, 11, 0));
    await upload('inference/2026-11-01.csv', csv(150, 23, 1));
    await upload('inference/2026-11-02.csv', csv(150, 31, 1));
    await upload('inference/notes.txt', 'not data');
    const expiresOn = new Date(Date.now() + 3600_000);
    const referenceUrl = await container
      .getBlobClient('training/reference.csv')
      .generateSasUrl({ permissions: ContainerSASPermissions.parse('r'), expiresOn });
    const containerSas = await container.generateSasUrl({
      permissions: ContainerSASPermissions.parse('rl'),
      expiresOn,
    });
    const [containerUrl, query] = containerSas.split('?') as [string, string];
    const signatures = [referenceUrl, containerSas].map((url) => new URL(url).searchParams.get('sig')!);

    const run = await runAction('check-drift-gate', {
      inputs: {
        environment: 'dev',
        reference: referenceUrl,
        current: `${containerUrl}/inference/2026-11-*.csv?${query}`,
        'exclude-features': 'id',
        'on-drift': 'warn',
        'drift-share': '0.3',
      },
      workspace,
      env: { ...storageFixture.sandbox.env, RUNNER_TEMP: runnerTemp },
    });
    expect(errorsOf(run)).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.outputs['drifted-features']).toBe('["income"]');
    expect(run.log).toMatch(
      /current: read 150 rows from https:\/\/127\.0\.0\.1:\d+\/devstoreaccount1\/drift-[0-9a-f]+\/inference\/2026-11-02\.csv/,
    );
    const written = await report(run);
    expect(written.data.current.files).toHaveLength(2);
    expect(written.data.current.rows).toBe(300);
    for (const sig of signatures) expect(run.masked).toContain(sig);
    expect(findSecrets(run, signatures)).toEqual([]);
    expect(JSON.stringify(written)).not.toContain(signatures[0]);
  }, 90_000);

  it('reads blobs without a SAS, with a storage token from the credential chain (OIDC)', async () => {
    const { BlobServiceClient, StorageSharedKeyCredential } = await import('@azure/storage-blob');
    const storage = storageFixture.sandbox.storage!;
    const service = new BlobServiceClient(
      storage.blobEndpoint,
      new StorageSharedKeyCredential(storage.accountName, storage.accountKey),
      { tlsOptions: { ca: storageFixture.sandbox.caCert } } as ConstructorParameters<
        typeof BlobServiceClient
      >[2],
    );
    const container = service.getContainerClient(`drift-token-${randomUUID().slice(0, 8)}`);
    await container.create();
    const upload = (name: string, text: string) =>
      container.getBlockBlobClient(name).upload(text, Buffer.byteLength(text));
    await upload('training/reference.csv', csv(400, 11, 0));
    await upload('inference/current.csv', csv(300, 23, 1));

    const run = await runAction('check-drift-gate', {
      inputs: {
        ...storageFixture.sandbox.inputs,
        auth: 'oidc',
        environment: 'dev',
        reference: `${container.url}/training/reference.csv`,
        current: `${container.url}/inference/*.csv`,
        'exclude-features': 'id',
        'on-drift': 'warn',
        'drift-share': '0.3',
      },
      workspace,
      env: { ...storageFixture.sandbox.env, RUNNER_TEMP: runnerTemp },
    });
    expect(errorsOf(run)).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.outputs['drifted-features']).toBe('["income"]');
    expect((await report(run)).data.current.rows).toBe(300);
  }, 90_000);
});
