// The release request: the two spec files and the inputs, checked together before any Azure call — names that must
// agree, local folders inside the workspace and hashed by content, the model input over the file's.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from '@jest/globals';
import { loadReleaseRequest, type RequestInputs } from '../../../src/deploy-aml-endpoint/release-request.js';
import { ConfigurationError } from '../../../src/shared/errors.js';
import { digestFolder } from '../../../src/shared/folder-digest.js';
import { RecordingLogger } from '../../../src/shared/logger.js';

let workspace: string;

const ENDPOINT = 'name: credit\nauth_mode: aad_token\n';
const DEPLOYMENT = `name: blue
endpoint_name: credit
model:
  name: credit-default
  path: model
code_configuration:
  code: src
  scoring_script: score.py
compute: azureml:cpu-cluster
`;

async function write(path: string, text: string): Promise<void> {
  await mkdir(join(workspace, path, '..'), { recursive: true });
  await writeFile(join(workspace, path), text);
}

function inputs(extra: Partial<RequestInputs> = {}): RequestInputs {
  return {
    endpointFile: join(workspace, 'ml/endpoint.yml'),
    deploymentFile: join(workspace, 'ml/deployment.yml'),
    model: undefined,
    endpointName: undefined,
    deploymentName: undefined,
    ...extra,
  };
}

async function refusal(promise: Promise<unknown>): Promise<ConfigurationError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ConfigurationError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

beforeEach(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'aml-request-'));
  await write('ml/endpoint.yml', ENDPOINT);
  await write('ml/deployment.yml', DEPLOYMENT);
  await write('ml/model/model.json', '{"format":"sandbox-logistic/v1"}');
  await write('ml/src/score.py', 'def run(batch): return batch\n');
});

describe('loadReleaseRequest', () => {
  it('reads both specs; folders relative to the spec file, hashed by content', async () => {
    const logger = new RecordingLogger();
    const request = await loadReleaseRequest(inputs(), workspace, logger);
    expect(request.endpointName).toBe('credit');
    expect(request.deploymentName.value).toBe('blue');
    expect(request.model).toMatchObject({
      kind: 'folder',
      name: 'credit-default',
      modelType: 'custom_model',
      folder: { shown: 'ml/model', name: 'model', files: [{ path: 'model.json' }] },
    });
    expect(request.code).toMatchObject({ kind: 'folder', folder: { shown: 'ml/src' } });
  });

  it('refuses files that name different endpoints, unless endpoint-name names it for both', async () => {
    await write('ml/endpoint.yml', 'name: credit-two\n');
    const error = await refusal(loadReleaseRequest(inputs(), workspace, new RecordingLogger()));
    expect(error.message).toMatch(
      /^ml\/deployment\.yml line 2 \(endpoint_name\): 'credit' is not the endpoint of ml\/endpoint\.yml \('credit-two'\)/,
    );
    const request = await loadReleaseRequest(
      inputs({ endpointName: 'credit-dev' }),
      workspace,
      new RecordingLogger(),
    );
    expect(request.endpointName).toBe('credit-dev');
  });

  it('takes the model input over the file, naming a local folder after the file’s model', async () => {
    await write('models/v2/model.json', '{"format":"sandbox-logistic/v1","intercept":1}');
    const request = await loadReleaseRequest(
      inputs({ model: 'models/v2' }),
      workspace,
      new RecordingLogger(),
    );
    expect(request.model).toMatchObject({
      kind: 'folder',
      name: 'credit-default',
      origin: { kind: 'input', input: 'model' },
    });
    const reference = await loadReleaseRequest(
      inputs({ model: 'azureml:credit-default@latest' }),
      workspace,
      new RecordingLogger(),
    );
    expect(reference.model).toMatchObject({
      kind: 'reference',
      reference: { kind: 'latest', name: 'credit-default' },
    });
  });

  it('refuses a folder model input when no model name is known', async () => {
    await write(
      'ml/deployment.yml',
      DEPLOYMENT.replace(/model:\n {2}name: credit-default\n {2}path: model\n/, ''),
    );
    const error = await refusal(
      loadReleaseRequest(inputs({ model: 'ml/model' }), workspace, new RecordingLogger()),
    );
    expect(error.input).toBe('model');
    expect(error.message).toMatch(/^Input 'model': a local folder needs a model name/);
  });

  it('refuses folders outside the workspace, a missing folder, and a scoring script that is not there', async () => {
    await write('ml/deployment.yml', DEPLOYMENT.replace('path: model', 'path: ../../outside'));
    expect((await refusal(loadReleaseRequest(inputs(), workspace, new RecordingLogger()))).message).toMatch(
      /^ml\/deployment\.yml line 5 \(model\.path\): '\.\.\/\.\.\/outside' is outside the workspace/,
    );
    await write('ml/deployment.yml', DEPLOYMENT.replace('path: model', 'path: missing'));
    expect((await refusal(loadReleaseRequest(inputs(), workspace, new RecordingLogger()))).message).toMatch(
      /^ml\/deployment\.yml line 5 \(model\.path\): ml\/missing: no such folder or file/,
    );
    await write('ml/deployment.yml', DEPLOYMENT.replace('score.py', 'batch_score.py'));
    const error = await refusal(loadReleaseRequest(inputs(), workspace, new RecordingLogger()));
    expect(error.message).toBe(
      "ml/deployment.yml line 8 (code_configuration.scoring_script): 'batch_score.py' is not a file in ml/src.",
    );
    expect(error.location).toEqual({ file: 'ml/deployment.yml', line: 8, column: 3 });
  });

  it('checks a deployment-name input: a name Azure accepts or a template with known placeholders', async () => {
    expect(
      (
        await refusal(
          loadReleaseRequest(inputs({ deploymentName: 'blue_1' }), workspace, new RecordingLogger()),
        )
      ).message,
    ).toMatch(/^Input 'deployment-name': 'blue_1' is not a valid deployment name/);
    expect(
      (
        await refusal(
          loadReleaseRequest(inputs({ deploymentName: 'b-{version}' }), workspace, new RecordingLogger()),
        )
      ).message,
    ).toMatch(/'\{version\}' is not a placeholder/);
    const request = await loadReleaseRequest(
      inputs({ deploymentName: 'per-model-version' }),
      workspace,
      new RecordingLogger(),
    );
    expect(request.deploymentName).toEqual({
      value: 'per-model-version',
      origin: { kind: 'input', input: 'deployment-name' },
    });
  });
});

describe('digestFolder', () => {
  it('is the same for the same content, changes with any byte, and leaves .git out', async () => {
    const folder = join(workspace, 'ml/model');
    const first = await digestFolder(folder, 'ml/model');
    await write('ml/model/.git/HEAD', 'ref: refs/heads/main\n');
    expect((await digestFolder(folder, 'ml/model')).digest).toBe(first.digest);
    await write('ml/model/model.json', '{"format":"sandbox-logistic/v1" }');
    expect((await digestFolder(folder, 'ml/model')).digest).not.toBe(first.digest);
    await write('ml/model/extra/notes.txt', 'x');
    expect((await digestFolder(folder, 'ml/model')).files.map((f) => f.path)).toEqual([
      'extra/notes.txt',
      'model.json',
    ]);
  });

  it('refuses an empty folder', async () => {
    await mkdir(join(workspace, 'empty'));
    await expect(digestFolder(join(workspace, 'empty'), 'empty')).rejects.toThrow(/empty folder/);
  });
});
