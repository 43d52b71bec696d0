// The release request: the spec files and the inputs, checked together before any Azure call — names that must
// agree, local content inside the workspace and hashed, the model input over the file's, the model of model-file,
// inline environments named as az ml names them, several deployment files.
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
    deploymentFiles: [join(workspace, 'ml/deployment.yml')],
    modelFile: undefined,
    model: undefined,
    endpointName: undefined,
    deploymentName: undefined,
    setDefault: undefined,
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
    const [deployment] = request.deployments;
    expect(deployment!.name.value).toBe('blue');
    expect(deployment!.model).toMatchObject({
      kind: 'local',
      name: 'credit-default',
      modelType: 'custom_model',
      content: { kind: 'folder', shown: 'ml/model', name: 'model', files: [{ path: 'model.json' }] },
    });
    expect(deployment!.code).toMatchObject({ kind: 'folder', folder: { shown: 'ml/src' } });
    expect(request.defaultDeployment).toMatchObject({
      target: { kind: 'declared', index: 0 },
      source: 'only-deployment',
    });
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
    expect(request.deployments[0]!.model).toMatchObject({
      kind: 'local',
      name: 'credit-default',
      origin: { kind: 'input', input: 'model' },
    });
    const reference = await loadReleaseRequest(
      inputs({ model: 'azureml:credit-default@latest' }),
      workspace,
      new RecordingLogger(),
    );
    expect(reference.deployments[0]!.model).toMatchObject({
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
    expect(request.deployments[0]!.name).toEqual({
      value: 'per-model-version',
      origin: { kind: 'input', input: 'deployment-name' },
    });
  });
});

const MODEL_SPEC = `$schema: https://azuremlschemas.azureedge.net/latest/model.schema.json
name: credit-default
version: 7
type: mlflow_model
path: mlflow
description: Trained on 2024-06 data.
tags:
  framework: scikit-learn
properties:
  training-run: run-123
flavors:
  python_function:
    loader_module: mlflow.sklearn
`;

describe('the model of model-file', () => {
  it('is read as az ml model create reads it: version, type, path relative to the file, tags and properties', async () => {
    await write('ml/model.yml', MODEL_SPEC);
    await write('ml/mlflow/MLmodel', 'flavors: {}\n');
    await write('ml/mlflow/model.pkl', 'pickle');
    const request = await loadReleaseRequest(
      inputs({ modelFile: join(workspace, 'ml/model.yml') }),
      workspace,
      new RecordingLogger(),
    );
    expect(request.modelFile).toMatchObject({
      kind: 'local',
      name: 'credit-default',
      version: '7',
      modelType: 'mlflow_model',
      description: 'Trained on 2024-06 data.',
      tags: { framework: 'scikit-learn' },
      properties: { 'training-run': 'run-123' },
      flavors: { python_function: { loader_module: 'mlflow.sklearn' } },
      content: { kind: 'folder', shown: 'ml/mlflow', files: [{ path: 'MLmodel' }, { path: 'model.pkl' }] },
      versionOrigin: { kind: 'file', at: ['version'] },
    });
  });

  it('takes a single file as the model, as az ml does', async () => {
    await write('ml/model.yml', MODEL_SPEC.replace('path: mlflow', 'path: weights.bin'));
    await write('ml/weights.bin', 'bytes');
    const request = await loadReleaseRequest(
      inputs({ modelFile: join(workspace, 'ml/model.yml') }),
      workspace,
      new RecordingLogger(),
    );
    expect(request.modelFile?.content).toMatchObject({ kind: 'file', name: 'weights.bin' });
  });

  it.each([
    [
      'a missing name',
      MODEL_SPEC.replace('name: credit-default\n', ''),
      /line 1: 'name' is required in a model/,
    ],
    [
      'a storage URI as its path',
      MODEL_SPEC.replace('path: mlflow', 'path: azureml://datastores/blob/paths/m'),
      /line 5 \(path\): .* is a storage URI/,
    ],
    [
      'an unknown type',
      MODEL_SPEC.replace('mlflow_model', 'onnx_model'),
      /line 4 \(type\): must be one of custom_model, mlflow_model, triton_model/,
    ],
    [
      'stage, which the API version does not have',
      `${MODEL_SPEC}stage: Production\n`,
      /\(stage\): 'stage' is not a field of model versions/,
    ],
    [
      'a typo, with a suggestion',
      MODEL_SPEC.replace('tags:', 'tag:'),
      /unknown key 'tag'; did you mean 'tags'\?/,
    ],
  ])('refuses %s, at its line', async (_what, text, message) => {
    await write('ml/model.yml', text);
    await write('ml/mlflow/MLmodel', 'flavors: {}\n');
    const error = await refusal(
      loadReleaseRequest(
        inputs({ modelFile: join(workspace, 'ml/model.yml') }),
        workspace,
        new RecordingLogger(),
      ),
    );
    expect(error.location?.file).toBe('ml/model.yml');
    expect(error.message).toMatch(message);
  });
});

describe('a model spec given where a model path is expected', () => {
  it('is refused as the model input and as a deployment model path, pointing to model-file', async () => {
    await write('ml/model.yml', MODEL_SPEC);
    const asInput = await refusal(
      loadReleaseRequest(inputs({ model: 'ml/model.yml' }), workspace, new RecordingLogger()),
    );
    expect(asInput.input).toBe('model');
    expect(asInput.message).toMatch(
      /^Input 'model': ml\/model\.yml is an az ml model spec \(what az ml model create -f reads\), not the model's files: pass it as the input model-file/,
    );
    await write('ml/deployment.yml', DEPLOYMENT.replace('path: model', 'path: model.yml'));
    const inFile = await refusal(loadReleaseRequest(inputs(), workspace, new RecordingLogger()));
    expect(inFile.message).toMatch(
      /^ml\/deployment\.yml line 5 \(model\.path\): ml\/model\.yml is an az ml model spec/,
    );
  });

  it('is recognised without $schema by its keys, while another YAML file is a model like any file', async () => {
    await write('ml/model.yml', 'name: credit\npath: mlflow\nversion: 2\n');
    expect(
      (await refusal(loadReleaseRequest(inputs({ model: 'ml/model.yml' }), workspace, new RecordingLogger())))
        .message,
    ).toMatch(/is an az ml model spec/);
    await write('ml/weights.yaml', 'layers: [3, 4]\nname: net\n');
    const request = await loadReleaseRequest(
      inputs({ model: 'ml/weights.yaml' }),
      workspace,
      new RecordingLogger(),
    );
    expect(request.deployments[0]!.model).toMatchObject({ kind: 'local', content: { kind: 'file' } });
  });
});

describe('inline environments', () => {
  const withEnvironment = (environment: string) =>
    DEPLOYMENT.replace('compute:', `environment:\n${environment}compute:`);

  it('reads image and conda file, names the environment as az ml does, and warns that its name is not used', async () => {
    await write(
      'ml/deployment.yml',
      withEnvironment(
        '  name: scoring-env\n  image: mcr.microsoft.com/azureml/base:latest\n  conda_file: env/conda.yml\n',
      ),
    );
    await write('ml/env/conda.yml', 'name: env\ndependencies:\n  - python=3.10\n');
    const logger = new RecordingLogger();
    const request = await loadReleaseRequest(inputs(), workspace, logger);
    expect(request.deployments[0]!.environment).toMatchObject({
      kind: 'anonymous',
      name: 'CliV2AnonymousEnvironment',
      version: expect.stringMatching(/^[0-9a-f]{64}$/),
      definition: {
        image: 'mcr.microsoft.com/azureml/base:latest',
        conda: { name: 'env', dependencies: ['python=3.10'] },
      },
    });
    expect(logger.messages('warning')).toEqual([
      expect.stringMatching(
        /^environment\.name 'scoring-env' is not used: an inline environment is registered as an anonymous version of CliV2AnonymousEnvironment/,
      ),
    ]);
  });

  it('hashes a build context, which must hold its Dockerfile', async () => {
    await write('ml/deployment.yml', withEnvironment('  build:\n    path: docker\n'));
    await write('ml/docker/Dockerfile', 'FROM python:3.11\n');
    const request = await loadReleaseRequest(inputs(), workspace, new RecordingLogger());
    expect(request.deployments[0]!.environment).toMatchObject({
      kind: 'anonymous',
      build: { kind: 'folder', shown: 'ml/docker' },
    });
    await write(
      'ml/deployment.yml',
      withEnvironment('  build:\n    path: docker\n    dockerfile_path: prod/Dockerfile\n'),
    );
    expect((await refusal(loadReleaseRequest(inputs(), workspace, new RecordingLogger()))).message).toMatch(
      /line 12 \(environment\.build\.dockerfile_path\): ml\/docker has no prod\/Dockerfile/,
    );
  });

  it.each([
    ['image and build together', '  image: python:3.11\n  build:\n    path: docker\n', /not both/],
    ['neither image nor build', '  conda_file: env/conda.yml\n', /needs an image .* or a build context/],
    [
      'an inference config',
      '  image: python:3.11\n  inference_config: {}\n',
      /configures the custom containers of online deployments/,
    ],
    ['a registry environment', null, /is an environment in registry 'azureml'.*has no registry operations/],
  ])('refuses %s', async (_what, environment, message) => {
    await write(
      'ml/deployment.yml',
      environment === null
        ? DEPLOYMENT.replace(
            'compute:',
            'environment: azureml://registries/azureml/environments/sklearn-1.5/versions/3\ncompute:',
          )
        : withEnvironment(environment),
    );
    await write('ml/docker/Dockerfile', 'FROM python:3.11\n');
    expect((await refusal(loadReleaseRequest(inputs(), workspace, new RecordingLogger()))).message).toMatch(
      message,
    );
  });
});

describe('several deployment files', () => {
  beforeEach(async () => {
    await write('ml/green.yml', DEPLOYMENT.replace('name: blue', 'name: green'));
  });
  const both = (extra: Partial<RequestInputs> = {}) =>
    inputs({
      deploymentFiles: [join(workspace, 'ml/deployment.yml'), join(workspace, 'ml/green.yml')],
      ...extra,
    });

  it('reads each, in order, and needs the default named', async () => {
    const refused = await refusal(loadReleaseRequest(both(), workspace, new RecordingLogger()));
    expect(refused.message).toMatch(
      /^ml\/endpoint\.yml line 1: this run deploys 2 deployments \(blue, green\) to endpoint 'credit' and names no default/,
    );
    await write('ml/endpoint.yml', `${ENDPOINT}defaults:\n  deployment_name: green\n`);
    const request = await loadReleaseRequest(both(), workspace, new RecordingLogger());
    expect(request.deployments.map((d) => d.name.value)).toEqual(['blue', 'green']);
    expect(request.defaultDeployment).toMatchObject({
      target: { kind: 'declared', index: 1 },
      source: 'file',
    });
  });

  it('refuses the inputs that stand for one deployment, and two files of one deployment', async () => {
    for (const extra of [{ model: 'azureml:credit-default:1' }, { deploymentName: 'per-model-version' }]) {
      const error = await refusal(loadReleaseRequest(both(extra), workspace, new RecordingLogger()));
      expect(error.message).toMatch(
        /stands for the deployment file's own, but deployment-file names 2 files/,
      );
    }
    await write('ml/green.yml', DEPLOYMENT);
    expect((await refusal(loadReleaseRequest(both(), workspace, new RecordingLogger()))).message).toMatch(
      /^ml\/green\.yml line 1 \(name\): 'blue' is also the deployment of ml\/deployment\.yml/,
    );
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
