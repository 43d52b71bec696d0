// The first phase checks all it can without Azure, in order: the rules between the access inputs before any file is
// read, then the spec files; and it names the run that deploys, from the runner's environment.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from '@jest/globals';
import { prepareRelease } from '../../../src/deploy-aml-endpoint/prepare.js';
import type { AzureAccessValues } from '../../../src/shared/azure/azure-inputs.js';
import { ConfigurationError } from '../../../src/shared/errors.js';
import { RecordingLogger } from '../../../src/shared/logger.js';

const ACCESS: AzureAccessValues = {
  auth: 'oidc',
  tenantId: '11111111-1111-1111-1111-111111111111',
  clientId: '22222222-2222-2222-2222-222222222222',
  clientSecret: undefined,
  cloud: 'AzureCloud',
  armEndpoint: undefined,
  authorityHost: undefined,
  armAudience: undefined,
  caCertificate: undefined,
};

const RUNNER = {
  GITHUB_REPOSITORY: 'contoso/credit',
  GITHUB_SHA: 'abc123',
  GITHUB_RUN_ID: '42',
  GITHUB_RUN_ATTEMPT: '2',
};

let workspace: string;

function inputs(extra: Partial<AzureAccessValues> & { endpointName?: string } = {}) {
  return {
    ...ACCESS,
    endpointFile: join(workspace, 'ml/endpoint.yml'),
    deploymentFiles: [join(workspace, 'ml/deployment.yml')],
    modelFile: undefined,
    model: undefined,
    endpointName: undefined,
    deploymentName: undefined,
    setDefault: undefined,
    ...extra,
  };
}

beforeEach(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'aml-prepare-'));
  await mkdir(join(workspace, 'ml'));
  await writeFile(join(workspace, 'ml/endpoint.yml'), 'name: credit\nauth_mode: aad_token\n');
  await writeFile(
    join(workspace, 'ml/deployment.yml'),
    'name: blue\nendpoint_name: credit\nmodel: azureml:credit:3\ncompute: azureml:cpu-cluster\n',
  );
});

describe('prepareRelease', () => {
  it('reads the specs in their own log group and names the run from the runner environment', async () => {
    const logger = new RecordingLogger();
    const prepared = await prepareRelease(inputs({ endpointName: 'credit-dev' }), {
      env: RUNNER,
      workspace,
      logger,
    });

    expect(prepared.request.endpointName).toBe('credit-dev');
    expect(prepared.request.deployments).toHaveLength(1);
    expect(prepared.request.deployments[0]!.name.value).toBe('blue');
    expect(prepared.request.deployments[0]!.model).toMatchObject({ kind: 'reference' });
    expect(logger.entries).toContainEqual(
      expect.objectContaining({
        level: 'info',
        message: "Endpoint name 'credit-dev' (input endpoint-name; the files name 'credit')",
        groups: ['Read the specs'],
      }),
    );
    expect(prepared.run).toEqual({
      repo: 'contoso/credit',
      sha: 'abc123',
      runId: '42',
      runAttempt: '2',
      url: 'https://github.com/contoso/credit/actions/runs/42/attempts/2',
    });
  });

  it('refuses access inputs that cannot sign in before it reads a file', async () => {
    const missingFiles = {
      ...inputs({ tenantId: undefined }),
      endpointFile: join(workspace, 'ml/missing.yml'),
    };
    const logger = new RecordingLogger();
    const refusal = prepareRelease(missingFiles, { env: RUNNER, workspace, logger });

    await expect(refusal).rejects.toThrow(ConfigurationError);
    await expect(refusal).rejects.toThrow('Input required and not supplied: tenant-id (auth is oidc)');
    expect(logger.entries).toEqual([]);
  });

  it('refuses a spec file that is wrong, naming it, once the access inputs hold', async () => {
    await writeFile(join(workspace, 'ml/endpoint.yml'), 'name: credit\nauth_mode: key\n');
    const refusal = prepareRelease(inputs(), { env: RUNNER, workspace, logger: new RecordingLogger() });

    await expect(refusal).rejects.toThrow(ConfigurationError);
    await expect(refusal).rejects.toThrow(
      /^ml\/endpoint\.yml line 2 \(auth_mode\): batch endpoints support only aad_token/,
    );
  });
});
