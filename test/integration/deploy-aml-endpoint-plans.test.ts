// deploy-aml-endpoint, bundled, against the sandbox: what it refuses or only plans, with no write — dry runs (signed
// in with a client secret), the promotion rule, and spec files that are wrong (annotated with file and line,
// before any Azure call).
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from '@jest/globals';
import { parseReceipt } from '../../src/shared/receipts/parse.js';
import { useSandboxFixture } from '../harness/sandbox.js';
import { changeModel, editFile, expectSucceeded, failureOf, release } from './aml-release.js';

const f = useSandboxFixture();

describe('dry-run', () => {
  it('plans a first deploy without a write, signed in with a client secret that it never shows', async () => {
    const r = await release(f, 'plan', { auth: 'client-secret' });
    const run = await r.deploy({ 'dry-run': 'true' });
    expectSucceeded(run.run);
    expect({ writes: run.writes, deletes: run.deletes, actions: run.actions }).toEqual({
      writes: 0,
      deletes: 0,
      actions: 0,
    });
    expect(run.run.masked).toContain(f.sandbox.clientSecret);
    const { outputs } = run.run;
    expect(outputs).toMatchObject({
      changed: 'true',
      'model-version': '1',
      'deployment-name': 'credit-default-blue',
    });
    expect(outputs.receipt).toBeUndefined();
    expect(run.run.annotations).toContainEqual(
      expect.objectContaining({
        level: 'warning',
        message: expect.stringMatching(/nothing serves on this endpoint yet/),
      }),
    );
    const plan = JSON.parse(await readFile(outputs.plan!, 'utf8'));
    expect(plan).toMatchObject({
      v: 1,
      dryRun: true,
      environment: 'plan',
      endpoint: 'credit-default-plan',
      changed: true,
    });
    expect(plan.steps.map((s: { action: string }) => s.action)).toEqual([
      'register',
      'create',
      'create',
      'switch',
    ]);
    expect(run.run.summary).toContain('Dry run: nothing was changed');
    await expect(
      r.client.batchEndpoints.get(r.env.resourceGroup, r.env.workspace, 'credit-default-plan'),
    ).rejects.toMatchObject({ statusCode: 404 });
  });

  it('plans a change to a live deployment with a field-level diff, and hands on the receipt of live state', async () => {
    const r = await release(f, 'plan-update');
    expectSucceeded((await r.deploy()).run);
    await editFile(r.workspace, 'ml/deployment.yml', (text) =>
      text
        .replace('mini_batch_size: 5', 'mini_batch_size: 7')
        .replace('logging_level: info', 'logging_level: debug'),
    );
    const run = await r.deploy({ 'dry-run': 'true' });
    expectSucceeded(run.run);
    expect({ writes: run.writes, deletes: run.deletes, actions: run.actions }).toEqual({
      writes: 0,
      deletes: 0,
      actions: 0,
    });
    const plan = JSON.parse(await readFile(run.run.outputs.plan!, 'utf8'));
    const deployment = plan.steps.find((s: { resource: string }) => s.resource === 'deployment');
    expect(deployment).toMatchObject({
      action: 'update',
      changes: [
        { field: 'properties.miniBatchSize', before: 5, after: 7 },
        { field: 'properties.loggingLevel', before: 'Info', after: 'Debug' },
      ],
    });
    expect(plan.steps.filter((s: { action: string }) => s.action !== 'no-op')).toHaveLength(1);
    expect(run.run.summary).toContain('properties.miniBatchSize: 5 → 7');
    const receipt = parseReceipt(run.run.outputs.receipt, {
      kind: 'aml',
      input: 'aml-receipt',
      environment: 'plan-update',
    });
    expect(receipt.deployment.name).toBe('credit-default-blue');
    expect(receipt.model).toMatchObject({ name: 'credit-default', version: '1' });
  });
});

describe('require-validation', () => {
  it('refuses a version without the validation stamp before any write, and deploys one that has it', async () => {
    const r = await release(f, 'prod');
    expectSucceeded((await r.deploy()).run);
    const { resourceGroup: rg, workspace: ws } = r.env;

    // An unregistered folder cannot have been validated: refused before the upload or any other write.
    await changeModel(r.workspace, -1.7);
    const unregistered = await r.deploy({ 'require-validation': 'staging' });
    expect(failureOf(unregistered.run).message).toMatch(
      /model credit-default:2 is not registered yet, so it cannot have passed integration scoring in 'staging' \(no tag mlops\.validated\.staging\)/,
    );
    expect(unregistered.writes + unregistered.actions + unregistered.deletes).toBe(0);

    // A registered version without the stamp: refused, saying what to run.
    const unstamped = await r.deploy({ 'require-validation': 'staging', model: 'azureml:credit-default:1' });
    const error = failureOf(unstamped.run);
    expect(error.message).toBe(
      "deploy-aml-endpoint: model credit-default:1 has not passed integration scoring in 'staging' (it has no tag mlops.validated.staging): run run-integration-score for this version in staging first, then deploy it here. With one workspace per environment, pass staging's integration receipt as validation-receipt.",
    );
    expect(unstamped.writes + unstamped.actions + unstamped.deletes).toBe(0);

    // Stamped (as run-integration-score stamps it): deployed.
    const version = await r.client.modelVersions.get(rg, ws, 'credit-default', '1');
    const runUrl = 'https://github.com/example/release/actions/runs/999/attempts/1';
    await r.client.modelVersions.createOrUpdate(rg, ws, 'credit-default', '1', {
      properties: {
        ...version.properties,
        tags: { ...version.properties.tags, 'mlops.validated.staging': runUrl },
      },
    });
    const stamped = await r.deploy({
      'require-validation': 'staging',
      model: 'azureml:credit-default@latest',
    });
    expectSucceeded(stamped.run);
    expect(stamped.run.outputs['model-version']).toBe('1');
    expect(stamped.run.summary).toContain(runUrl);
  });
});

describe('what Azure cannot change in place', () => {
  it('refuses it at the line that asks for it, before any write', async () => {
    const r = await release(f, 'immutable');
    await editFile(r.workspace, 'ml/endpoint.yml', (text) => `${text}properties:\n  cost-center: '4711'\n`);
    expectSucceeded((await r.deploy()).run);
    await editFile(r.workspace, 'ml/endpoint.yml', (text) =>
      text
        .replace("'4711'", "'4712'")
        .replace('auth_mode: aad_token', 'auth_mode: aad_token\nlocation: northeurope'),
    );
    const moved = await r.deploy();
    expect(failureOf(moved.run)).toMatchObject({
      message: expect.stringMatching(
        /ml\/endpoint\.yml line 7 \(location\): batch endpoint 'credit-default-immutable' exists in westeurope and cannot move to northeurope/,
      ),
      properties: { file: 'ml/endpoint.yml', line: '7' },
    });
    await editFile(r.workspace, 'ml/endpoint.yml', (text) => text.replace('location: northeurope\n', ''));
    const altered = await r.deploy();
    expect(failureOf(altered.run).message).toMatch(
      /ml\/endpoint\.yml line 11 \(properties\.cost-center\): property 'cost-center' is '4711' in Azure and cannot be changed to '4712'/,
    );
    expect(moved.writes + moved.actions + altered.writes + altered.actions).toBe(0);
  });
});

describe('spec files that are wrong fail at their line, before any Azure call', () => {
  it.each([
    [
      'an unknown key',
      'bad-key',
      'ml/deployment.yml',
      (text: string) => text.replace('  mini_batch_size: 5', '  mini_batchsize: 5'),
      /ml\/deployment\.yml line 23 \(settings\.mini_batchsize\): unknown key 'mini_batchsize'; did you mean 'mini_batch_size'\?/,
      '23',
    ],
    [
      'a missing compute',
      'bad-compute',
      'ml/deployment.yml',
      (text: string) => text.replace('compute: azureml:cpu-cluster\n', ''),
      /ml\/deployment\.yml line 1: 'compute' is required in a batch deployment but is missing\./,
      '1',
    ],
    [
      'an endpoint name Azure refuses',
      'bad-name',
      'ml/endpoint.yml',
      (text: string) => text.replace('name: credit-default\n', 'name: credit_default\n'),
      /ml\/endpoint\.yml line 4 \(name\): 'credit_default' is not a valid endpoint name/,
      '4',
    ],
  ])('%s', async (_label, environment, file, edit, message, line) => {
    const r = await release(f, environment);
    await editFile(r.workspace, file, edit);
    const before = f.sandbox.control.counters();
    const run = await r.deploy();
    const error = failureOf(run.run);
    expect(error.message).toMatch(message);
    expect(error.properties).toMatchObject({ file, line });
    // Not one Azure request, not even a read.
    const after = f.sandbox.control.counters();
    expect(after.reads + after.writes + after.actions + after.deletes).toBe(
      before.reads + before.writes + before.actions + before.deletes,
    );
  });
});
