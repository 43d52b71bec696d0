// run-integration-score, bundled and run as the runner runs it, against the sandbox, in endpoint mode: the sample
// release (deploy-aml-endpoint, deploy-adf-pipelines and apply-control-metadata, their receipts chained) in
// staging, then the sample input scored through the endpoint by the MLflow model, validated against
// examples/integration (schema, rows, allowed values, the golden file), the model version stamped and the
// integration receipt written. An expectation that fails lists its figures; a job that fails says why and where its
// logs are; every bad input is refused before anything is written; a dry run plans.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AzureMachineLearningWorkspaces } from '@azure/arm-machinelearning';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { contentDigest } from '../../src/shared/folder-digest.js';
import { encodeReceipt, receiptDigest, upstream } from '../../src/shared/receipts/encoding.js';
import { parseReceipt } from '../../src/shared/receipts/parse.js';
import type { MetadataReceipt } from '../../src/shared/receipts/schemas.js';
import { describeWithPython } from '../harness/python.js';
import { SAMPLE_FACTORY_FINDINGS, useSandboxFixture } from '../harness/sandbox.js';
import { expectSucceeded, failureOf, scoringPython, useScoringPython } from './aml-release.js';
import {
  fullRelease,
  integrationReceiptOf,
  type ScoringRelease,
  scoreRelease,
} from './integration-release.js';

const f = useSandboxFixture({ ignoreFindings: SAMPLE_FACTORY_FINDINGS });
const ENVIRONMENT = 'staging';
const RUN_URL = (runId: string) => `https://github.com/example/release/actions/runs/${runId}/attempts/1`;

let r: ScoringRelease;
let client: AzureMachineLearningWorkspaces;
let metadata: MetadataReceipt;

beforeAll(async () => {
  useScoringPython();
  r = await fullRelease(f, ENVIRONMENT);
  client = new AzureMachineLearningWorkspaces(f.credential, r.aml.env.subscriptionId, f.clientOptions);
  metadata = parseReceipt(r.metadataReceipt, { kind: 'metadata', input: 'x', environment: ENVIRONMENT });
}, 240_000);

const modelTags = async () =>
  (
    await client.modelVersions.get(
      r.aml.env.resourceGroup,
      r.aml.env.workspace,
      r.amlReceipt.model.name,
      r.amlReceipt.model.version,
    )
  ).properties.tags ?? {};

describeWithPython(
  describe,
  scoringPython(),
  'scoring through the endpoint',
)('endpoint mode on the sample', () => {
  it('scores the sample input, validates it, stamps the model version and writes the integration receipt', async () => {
    const { run, jobsStarted } = await scoreRelease(f, r, {}, { runId: '2001' });
    expectSucceeded(run);
    expect(jobsStarted).toBe(1);
    expect(run.outputs).toMatchObject({
      status: 'Completed',
      validated: 'true',
      'rows-scored': '8',
      'job-id': expect.stringMatching(/^batchjob-/),
      'output-uri': expect.stringMatching(
        /^azureml:\/\/datastores\/workspaceblobstore\/paths\/run-integration-score\/staging\/2001-1-[0-9a-f]{8}\/$/,
      ),
    });
    // The input was uploaded under its content digest, the output downloaded.
    expect(run.log).toMatch(
      /Uploaded 1 file\(s\), \d+ bytes, to azureml-blobstore-[^/]+\/LocalUpload\/[0-9a-f]{64}\//,
    );
    expect(run.log).toContain(`Downloaded the output (1 file(s)) to ${run.outputs['output-path']}`);

    // The stamp: the run's URL and the content digest, the digest of the model's own files.
    const modelFiles = await readFile(join(r.workspace, 'ml', 'model', 'MLmodel'));
    expect(modelFiles.length).toBeGreaterThan(0);
    const tags = await modelTags();
    const digest = tags['mlops.content-sha256']!;
    expect(tags).toMatchObject({
      'mlops.validated.staging': RUN_URL('2001'),
      'mlops.validated.staging.content-sha256': digest,
    });

    const receipt = integrationReceiptOf(run, ENVIRONMENT);
    expect(receipt).toMatchObject({
      kind: 'integration',
      environment: ENVIRONMENT,
      subscription: r.aml.env.subscriptionId,
      resourceGroup: r.aml.env.resourceGroup,
      workspace: r.aml.env.workspace,
      mode: 'endpoint',
      job: {
        id: run.outputs['job-id'],
        status: 'Completed',
        resourceId: `${r.aml.env.workspaceInfo.id}/jobs/${run.outputs['job-id']}`,
      },
      rowsScored: 8,
      validated: true,
      model: { ...r.amlReceipt.model, contentDigest: digest },
      run: { runId: '2001', url: RUN_URL('2001') },
    });
    expect(receipt.upstream.digest).toBe(receiptDigest(metadata));
    expect(encodeReceipt(receipt.upstream.receipt)).toBe(r.metadataReceipt);
    // The expectations' digest: the expectations file and its golden file.
    const sha = async (name: string) =>
      (await import('node:crypto'))
        .createHash('sha256')
        .update(await readFile(join(r.workspace, 'integration', name)))
        .digest('hex');
    expect(receipt.expectationsDigest).toBe(
      contentDigest([
        { path: 'expectations.yml', sha256: await sha('expectations.yml') },
        { path: 'golden.csv', sha256: await sha('golden.csv') },
      ]),
    );

    // The report and the summary hold every check.
    const report = JSON.parse(await readFile(run.outputs.report!, 'utf8'));
    expect(
      report.checks.map((check: { check: string; passed: boolean }) => [check.check, check.passed]),
    ).toEqual([
      ['rows', true],
      ['schema', true],
      ['columns.row.range', true],
      ['columns.prediction.allowed', true],
      ['columns.prediction.max_null_share', true],
      ['golden', true],
      ['max_duration', true],
    ]);
    expect(run.summary).toContain('Integration scoring (staging): validated');
    expect(run.summary).toContain('8 rows matched, every value within tolerance');
  });

  it('lists every failed expectation with its figures and first rows, annotated at its line, and stamps nothing', async () => {
    const golden = (await readFile(join(r.workspace, 'integration', 'golden.csv'), 'utf8')).replace(
      'sample-input.csv,2,1',
      'sample-input.csv,2,0',
    );
    await writeFile(join(r.workspace, 'integration', 'golden-wrong.csv'), golden);
    await writeFile(
      join(r.workspace, 'integration', 'expectations-wrong.yml'),
      (await readFile(join(r.workspace, 'integration', 'expectations.yml'), 'utf8'))
        .replace('file: golden.csv', 'file: golden-wrong.csv')
        .replace('rows: input', 'rows: 9'),
    );
    const before = await modelTags();
    const { run } = await scoreRelease(
      f,
      r,
      { expectations: 'integration/expectations-wrong.yml' },
      { runId: '2002' },
    );
    expect(run.exitCode).toBe(1);
    const errors = run.annotations.filter((a) => a.level === 'error');
    expect(errors.map((a) => [a.properties.file, a.properties.line, a.message.split(':')[0]])).toEqual([
      ['integration/expectations-wrong.yml', '14', 'integration/expectations-wrong.yml line 14'],
      ['integration/expectations-wrong.yml', '22', 'integration/expectations-wrong.yml line 22'],
      [undefined, undefined, 'run-integration-score'],
    ]);
    expect(errors[0]!.message).toBe(
      'integration/expectations-wrong.yml line 14: Row count: expected 9 rows; observed 8 rows',
    );
    expect(errors[1]!.message).toMatch(
      /^integration\/expectations-wrong\.yml line 22: Golden file integration\/golden-wrong\.csv: expected the 8 rows of integration\/golden-wrong\.csv, joined on file, row; prediction exactly; observed 8 rows matched; 1 value of 'prediction' differs, largest difference 1; first: predictions\.csv line 3 \(file=sample-input\.csv, row=2\) prediction: expected 0, observed 1$/,
    );
    expect(errors[2]!.message).toMatch(
      /^run-integration-score: The output of batch job 'batchjob-[^']+' did not meet 2 of 7 expectations: Row count \(expected 9 rows; observed 8 rows\); Golden file/,
    );
    expect(run.outputs).toMatchObject({ status: 'Completed', validated: 'false', 'rows-scored': '8' });
    expect(integrationReceiptOf(run, ENVIRONMENT)).toMatchObject({ validated: false });
    const report = JSON.parse(await readFile(run.outputs.report!, 'utf8'));
    expect(report.checks.find((check: { check: string }) => check.check === 'golden').rows).toEqual([
      {
        file: 'predictions.csv',
        line: 3,
        key: { file: 'sample-input.csv', row: '2' },
        column: 'prediction',
        expected: '0',
        observed: '1',
        difference: 1,
      },
    ]);
    expect(run.summary).toContain('not validated (2 of 7 expectations not met)');
    expect(run.summary).toContain('First rows that did not meet them');
    // No stamp from this run.
    expect(await modelTags()).toEqual(before);
  });

  it('reports a failed job with its error and where its logs are', async () => {
    await writeFile(join(r.workspace, 'ml', 'wrong-columns.csv'), 'application_id,age\nA-1,30\n');
    const { run } = await scoreRelease(f, r, { input: 'ml/wrong-columns.csv' }, { runId: '2003' });
    const { message } = failureOf(run);
    expect(message).toMatch(
      /^run-integration-score: Batch job 'batchjob-[^']+' ended Failed: MiniBatchesFailed: Every mini-batch failed \(1 of 1\); nothing was scored\. See logs\/job_error\.txt\.\. Its logs: azureml:\/\/datastores\/workspaceblobstore\/paths\/azureml\/[^/]+\/logs\/$/,
    );
    expect(run.outputs).toMatchObject({ status: 'Failed', validated: 'false' });
    expect(run.outputs.receipt).toBeUndefined();
  });
});

describe('bad input, refused before anything is written or started', () => {
  const refused = async (inputs: Record<string, string>, expected: RegExp | string) => {
    const { run, writes, jobsStarted } = await scoreRelease(f, r, inputs);
    expect(failureOf(run).message).toMatch(expected);
    expect([writes, jobsStarted]).toEqual([0, 0]);
    expect(run.outputs).toEqual({});
  };

  /** The metadata receipt with its aml receipt changed, the digests recomputed or not. */
  const withAml = (
    change: (aml: MetadataReceipt['upstream']['receipt']['upstream']['receipt']) => void,
    rechain: boolean,
  ) => {
    const forged = structuredClone(metadata);
    change(forged.upstream.receipt.upstream.receipt);
    if (rechain) {
      forged.upstream.receipt.upstream = upstream(forged.upstream.receipt.upstream.receipt);
      forged.upstream = upstream(forged.upstream.receipt);
    }
    return encodeReceipt(forged);
  };

  it('a missing metadata receipt names the action to run first', async () => {
    await refused(
      { 'metadata-receipt': '' },
      "run-integration-score: Input required and not supplied: metadata-receipt (run apply-control-metadata first in this job and pass its 'receipt' output to this input unchanged)",
    );
  });

  it("another environment's receipt", async () => {
    const dev = encodeReceipt({ ...metadata, environment: 'dev' });
    await refused(
      { 'metadata-receipt': dev },
      /is the receipt of apply-control-metadata for environment 'dev', but this step works on 'staging'/,
    );
  });

  it('a receipt edited after it was written (the digest of the aml receipt inside no longer matches)', async () => {
    await refused(
      { 'metadata-receipt': withAml((aml) => Object.assign(aml.model, { version: '7' }), false) },
      "run-integration-score: Input 'metadata-receipt': the receipt of deploy-adf-pipelines inside the receipt of apply-control-metadata does not match its digest: it was changed after it was written. Pass the 'receipt' output of apply-control-metadata unchanged; if it was, run the release flow again from deploy-adf-pipelines.",
    );
  });

  it('a forged receipt whose digests were recomputed: its claims do not hold live', async () => {
    await refused(
      {
        'metadata-receipt': withAml(
          (aml) => Object.assign(aml.model, { version: '7', id: aml.model.id.replace(/\/1$/, '/7') }),
          true,
        ),
      },
      /^run-integration-score: Input 'metadata-receipt': the receipt of deploy-aml-endpoint for 'staging' does not match the live state of workspace '[^']+' \(resource group '[^']+'\): batch deployment '[^']+' serves model credit-default:1 \([^)]+\), not the receipt's credit-default:7/,
    );
  });

  it('an invalid expectations file, every problem at its line', async () => {
    await writeFile(
      join(r.workspace, 'integration', 'broken.yml'),
      'output:\n  layout: append_row\n  columns: [row, prediction]\ncolumns:\n  predicton: {min: 0}\nrows: lots\n',
    );
    const { run, writes, jobsStarted } = await scoreRelease(f, r, { expectations: 'integration/broken.yml' });
    expect(run.exitCode).toBe(1);
    expect(
      run.annotations.filter((a) => a.level === 'error').map((a) => [a.properties.line, a.message]),
    ).toEqual([
      [
        '6',
        "must be 'input' (as many rows as the input has), a number, or {min, max}; not the string 'lots'.",
      ],
      [
        '5',
        "run-integration-score: integration/broken.yml line 5, column 3: column 'predicton' is not a column of the output; did you mean 'prediction'? The output's columns (output.columns) are: row, prediction. (and 1 more, annotated above)",
      ],
    ]);
    expect([writes, jobsStarted]).toEqual([0, 0]);
  });

  it('an input file that does not exist', async () => {
    await refused(
      { input: 'ml/missing.csv' },
      "run-integration-score: Input 'input' names 'ml/missing.csv', which does not exist in the workspace; check the path relative to the repository checkout.",
    );
  });

  it('a datastore input that does not exist', async () => {
    await refused(
      { input: 'azureml://datastores/workspaceblobstore/paths/nowhere/input.csv' },
      "run-integration-score: Input 'input' is 'azureml://datastores/workspaceblobstore/paths/nowhere/input.csv', which does not exist (for a folder, end the URI with /).",
    );
  });

  it('an endpoint-mode input in pipeline mode', async () => {
    await refused(
      { mode: 'pipeline' },
      "run-integration-score: Input 'input' is for endpoint mode, but mode is pipeline: the use case's pipeline reads its own input. Remove it, or set mode: endpoint.",
    );
  });
});

describe('a dry run', () => {
  it('plans the upload, the job and the stamp, and writes nothing', async () => {
    const { run, writes, jobsStarted } = await scoreRelease(f, r, { 'dry-run': 'true' });
    expectSucceeded(run);
    expect([writes, jobsStarted]).toEqual([0, 0]);
    const plan = JSON.parse(await readFile(run.outputs.report!, 'utf8'));
    expect(plan).toMatchObject({
      dryRun: true,
      endpoint: { name: r.amlReceipt.endpoint.name, deployment: r.amlReceipt.deployment.name },
      model: { name: 'credit-default', version: r.amlReceipt.model.version },
      input: {
        uri: expect.stringMatching(
          /^azureml:\/\/datastores\/workspaceblobstore\/paths\/LocalUpload\/[0-9a-f]{64}\/sample-input\.csv$/,
        ),
        upload: { files: 1, from: 'ml/sample-input.csv' },
      },
      stamp: { tags: { 'mlops.validated.staging': expect.any(String) } },
    });
    expect(run.summary).toContain('plan (dry run)');
    expect(run.outputs).toMatchObject({ validated: 'false' });
  });
});

describe('the model version the receipt names', () => {
  it('is refused when it no longer exists in the workspace (run last: it deletes the version)', async () => {
    const { name, version } = r.amlReceipt.model;
    await client.modelVersions.delete(r.aml.env.resourceGroup, r.aml.env.workspace, name, version);
    await refused_(
      {},
      `run-integration-score: Input 'metadata-receipt': model ${name}:${version}, which the receipt says the deployment serves, does not exist in workspace '${r.aml.env.workspace}'; it was deleted after deploy-aml-endpoint ran. Run deploy-aml-endpoint for 'staging' again and pass the new receipts.`,
    );
  });
});

async function refused_(inputs: Record<string, string>, expected: string) {
  const { run, writes, jobsStarted } = await scoreRelease(f, r, inputs);
  expect(failureOf(run).message).toBe(expected);
  expect([writes, jobsStarted]).toEqual([0, 0]);
}
