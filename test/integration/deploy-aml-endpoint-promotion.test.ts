// Promotion across workspaces, bundled against the sandbox: staging and prod are two environments with their own
// subscription and workspace. Staging deploys the sample and its version is stamped as run-integration-score stamps
// it; its integration receipt is the evidence prod's deploy-aml-endpoint takes (validation-receipt). Prod refuses,
// before any write, a model whose content staging did not validate — a receipt for other content, of another
// environment, that did not validate, or none — and deploys the validated content, from its local folder or as a
// registered version whose files are read and hashed (a version's content tag does not count); naming staging's
// workspace also checks the stamp live there, and a read refused for lack of access fails the step.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import {
  CONTENT_DIGEST_TAG,
  retaggedVersion,
  validatedContentTag,
  validationTag,
} from '../../src/shared/azure/asset-tags.js';
import { digestFolder } from '../../src/shared/folder-digest.js';
import { encodeReceipt } from '../../src/shared/receipts/encoding.js';
import type { IntegrationReceipt } from '../../src/shared/receipts/schemas.js';
import { integrationReceipt } from '../fixtures/receipts.js';
import { useSandboxFixture } from '../harness/sandbox.js';
import { changeModel, type DeployRun, expectSucceeded, failureOf, release } from './aml-release.js';

const f = useSandboxFixture();
const RUN_URL = 'https://github.com/example/release/actions/runs/1000/attempts/1';

/**
 * Nothing written: no ARM write or delete, and no request but reads in the sandbox's request log — GETs, the
 * sign-in's token requests, and the datastore's listSecrets (a POST that reads) where a registered version's files
 * were read to hash them.
 */
function expectNoWrite(run: DeployRun, readsFiles = false): void {
  expect({ writes: run.writes, deletes: run.deletes }).toEqual({ writes: 0, deletes: 0 });
  const notReads = run.requests.filter(
    (r) =>
      r.method !== 'GET' && !r.path.includes('/oauth2/') && !(readsFiles && /\/listSecrets\b/.test(r.path)),
  );
  expect(notReads.map((r) => `${r.method} ${r.path}`)).toEqual([]);
  if (!readsFiles) expect(run.actions).toBe(0);
}

describe('require-validation: staging with a validation receipt', () => {
  it('refuses, before any write, content staging did not validate, and deploys what it did', async () => {
    const staging = await release(f, 'promo-staging');
    expectSucceeded((await staging.deploy()).run);
    const prod = await release(f, 'promo-prod');
    expect(prod.env.subscriptionId).not.toBe(staging.env.subscriptionId);
    const { digest } = await digestFolder(join(staging.workspace, 'ml', 'model'), 'ml/model');
    const scope = {
      environment: 'staging',
      subscription: staging.env.subscriptionId,
      resourceGroup: staging.env.resourceGroup,
      workspace: staging.env.workspace,
    };
    const model = { id: 'azureml:credit-default:1', name: 'credit-default', version: '1' };
    const receipt = (overrides: Partial<IntegrationReceipt> = {}, where = scope) =>
      encodeReceipt(integrationReceipt({ model: { ...model, contentDigest: digest }, ...overrides }, where));
    const deploy = (validationReceipt: string | undefined, extra: Record<string, string> = {}) =>
      prod.deploy({
        'require-validation': 'staging',
        ...(validationReceipt === undefined ? {} : { 'validation-receipt': validationReceipt }),
        ...extra,
      });

    // No receipt: prod's workspace has no version of this content, so nothing can show staging validated it.
    const missing = await deploy(undefined);
    expect(failureOf(missing.run).message).toMatch(
      /model credit-default:1 is not registered yet, so it cannot have passed integration scoring in 'staging'.*pass staging's integration receipt as validation-receipt/,
    );
    expectNoWrite(missing);

    // A receipt of another environment (dev's integration run).
    const dev = await deploy(receipt({}, { ...scope, environment: 'dev' }));
    expect(failureOf(dev.run).message).toMatch(
      /Input 'validation-receipt' is the integration receipt of environment 'dev', but require-validation asks for 'staging'/,
    );
    expectNoWrite(dev);

    // A receipt of a run whose expectations failed.
    const failed = await deploy(receipt({ validated: false }));
    expect(failureOf(failed.run).message).toMatch(
      /Input 'validation-receipt' says model credit-default:1 did not pass integration scoring in 'staging'/,
    );
    expectNoWrite(failed);

    // A receipt for other content: staging validated the sample; prod's folder holds a retrained model.
    const mlmodel = join(prod.workspace, 'ml', 'model', 'MLmodel');
    const sample = await readFile(mlmodel, 'utf8');
    await changeModel(prod.workspace, 7);
    const other = await deploy(receipt());
    expect(failureOf(other.run).message).toContain(
      `Input 'validation-receipt': model credit-default:1 holds other content than staging validated: its content digest, computed from the files of ml/model (`,
    );
    expect(failureOf(other.run).message).toContain(
      `the receipt validated credit-default:1 with content ${digest.slice(0, 12)}`,
    );
    expectNoWrite(other);

    // The validated content: deployed, and the summary says which checks were made.
    await writeFile(mlmodel, sample);
    expect((await digestFolder(join(prod.workspace, 'ml', 'model'), 'ml/model')).digest).toBe(digest);
    const accepted = await deploy(receipt());
    expectSucceeded(accepted.run);
    expect(accepted.writes).toBeGreaterThan(0);
    expect(accepted.run.outputs['model-version']).toBe('1');
    expect(accepted.run.summary).toContain(RUN_URL);
    expect(accepted.run.summary).toContain(
      `content digest ${digest.slice(0, 12)}, computed from the files of ml/model`,
    );
    expect(accepted.run.log).toMatch(
      /Validation of credit-default:1: validation-receipt is staging's integration receipt/,
    );

    // The registered version in prod: its files are read and hashed (its tags are not trusted). Naming staging's
    // workspace also reads the stamp there: refused while staging's version carries none, accepted once it does.
    const workspaceInputs = {
      model: 'azureml:credit-default:1',
      'validation-subscription-id': staging.env.subscriptionId,
      'validation-resource-group': staging.env.resourceGroup,
      'validation-workspace-name': staging.env.workspace,
    };
    // Prod's identity may not read staging's workspace: the check the inputs ask for cannot be made, so refused.
    f.sandbox.control.addFault({
      method: 'GET',
      path: `/subscriptions/${staging.env.subscriptionId}/.*/models/credit-default/versions/1\\?`,
      status: 403,
      code: 'AuthorizationFailed',
      message: 'The client does not have authorization to perform action models/versions/read.',
      count: 1,
    });
    const denied = await deploy(receipt(), workspaceInputs);
    expect(failureOf(denied.run).message).toMatch(
      /Input 'validation-workspace-name': this step's identity may not read model credit-default:1 in workspace '[^']+' .*\(403\), so the validation stamp cannot be checked live there/,
    );
    expectNoWrite(denied, true);

    const unstamped = await deploy(receipt(), workspaceInputs);
    expect(failureOf(unstamped.run).message).toMatch(
      /Input 'validation-receipt': model credit-default:1 in workspace '[^']+' \(resource group [^,]+, subscription [^)]+\) has no tag mlops\.validated\.staging/,
    );
    expectNoWrite(unstamped, true);

    const { resourceGroup, workspace } = staging.env;
    const live = await staging.client.modelVersions.get(resourceGroup, workspace, 'credit-default', '1');
    await staging.client.modelVersions.createOrUpdate(
      resourceGroup,
      workspace,
      'credit-default',
      '1',
      retaggedVersion(live, {
        [validationTag('staging')]: RUN_URL,
        [validatedContentTag('staging')]: digest,
      }),
    );
    // A version whose tag claims the validated content but whose files differ: the files decide.
    await changeModel(prod.workspace, 8);
    expectSucceeded((await prod.deploy({ 'keep-deployments': '3' })).run);
    const v2 = await prod.client.modelVersions.get(
      prod.env.resourceGroup,
      prod.env.workspace,
      'credit-default',
      '2',
    );
    await prod.client.modelVersions.createOrUpdate(
      prod.env.resourceGroup,
      prod.env.workspace,
      'credit-default',
      '2',
      retaggedVersion(v2, { [CONTENT_DIGEST_TAG]: digest }),
    );
    const tagged = await deploy(receipt(), { model: 'azureml:credit-default:2' });
    const refusal = failureOf(tagged.run).message;
    expect(refusal).toMatch(
      /model credit-default:2 holds other content than staging validated: its content digest, computed from the version's \d+ file\(s\) at azureml:\/\/\S+ in this workspace, is [0-9a-f]{12}, but/,
    );
    expect(refusal).not.toContain(`is ${digest.slice(0, 12)}, but`);
    expectNoWrite(tagged, true);

    const stamped = await deploy(receipt(), workspaceInputs);
    expectSucceeded(stamped.run);
    expect(stamped.run.summary).toContain(
      `stamp mlops.validated.staging read live on credit-default:1 in workspace &#39;${workspace}&#39;`,
    );
    expect(stamped.run.summary).toMatch(/computed from the version&#39;s \d+ file\(s\) at azureml:\/\//);
  });
});
