import { describe, expect, it } from '@jest/globals';
import { parseModelReference } from '../../../src/deploy-aml-endpoint/model-reference.js';
import {
  parseCodeReference,
  parseComputeReference,
  parseEnvironmentReference,
} from '../../../src/deploy-aml-endpoint/workspace-references.js';

const WS =
  '/subscriptions/0000/resourceGroups/rg-dev/providers/Microsoft.MachineLearningServices/workspaces/mlw-dev';

describe('parseModelReference', () => {
  it.each([
    ['azureml:credit-default:3', { kind: 'workspace', name: 'credit-default', version: '3' }],
    ['azureml:credit_default:2024.06.1', { kind: 'workspace', name: 'credit_default', version: '2024.06.1' }],
    ['azureml:credit-default@latest', { kind: 'latest', name: 'credit-default' }],
    [
      `azureml:${WS}/models/credit-default/versions/7`,
      { kind: 'arm-id', id: `${WS}/models/credit-default/versions/7`, name: 'credit-default', version: '7' },
    ],
    [
      `${WS}/models/m/versions/1`,
      { kind: 'arm-id', id: `${WS}/models/m/versions/1`, name: 'm', version: '1' },
    ],
    ['models/credit', { kind: 'path', path: 'models/credit' }],
    ['./model', { kind: 'path', path: './model' }],
    ['  azureml:m:1  ', { kind: 'workspace', name: 'm', version: '1' }],
  ])('%s', (text, expected) => {
    expect(parseModelReference(text)).toEqual(expected);
  });

  it.each([
    [
      'azureml:credit-default',
      /names no version: use azureml:credit-default:<version>, or azureml:credit-default@latest/,
    ],
    ['azureml:credit-default@newest', /is not a model reference/],
    ['azureml://registries/r/models/m/labels/latest', /is a model in registry 'r'/],
    [
      'azureml://registries/shared-models/models/credit-default/versions/4',
      /is a model in registry 'shared-models', which this action does not deploy from.*Register the model in this workspace/,
    ],
    ['https://acct.blob.core.windows.net/models/m', /is a storage URI; register the model from it first/],
    ['azureml://datastores/workspaceblobstore/paths/models/m', /is a storage URI/],
  ])('refuses %s', (text, reason) => {
    const parsed = parseModelReference(text);
    expect(parsed.kind).toBe('invalid');
    expect((parsed as { reason: string }).reason).toMatch(reason);
  });
});

describe('workspace references', () => {
  it.each([
    ['azureml:cpu-cluster', 'cpu-cluster'],
    ['cpu-cluster', 'cpu-cluster'],
    [`${WS}/computes/gpu`, 'gpu'],
    [`azureml:${WS}/computes/gpu`, 'gpu'],
  ])('compute %s is %s', (text, name) => {
    expect(parseComputeReference(text)).toEqual({ kind: 'compute', name });
  });

  it('refuses a compute that is no name', () => {
    expect(parseComputeReference('azureml://computes/x').kind).toBe('invalid');
  });

  it.each([
    ['azureml:sklearn-env:3', { kind: 'version', name: 'sklearn-env', version: '3' }],
    ['azureml:sklearn-env@latest', { kind: 'latest', name: 'sklearn-env' }],
    [
      `azureml:${WS}/environments/e/versions/2`,
      {
        kind: 'id',
        id: `${WS}/environments/e/versions/2`,
        scope: { subscriptionId: '0000', resourceGroup: 'rg-dev', workspace: 'mlw-dev' },
        name: 'e',
        version: '2',
      },
    ],
    [
      'azureml://registries/azureml/environments/sklearn-1.5/versions/10',
      { kind: 'invalid', reason: expect.stringMatching(/is an environment in registry 'azureml'/) },
    ],
    ['docker.io/python:3.11', { kind: 'invalid' }],
  ])('environment %s', (text, expected) => {
    expect(parseEnvironmentReference(text)).toMatchObject(expected);
  });

  it.each([
    ['./src', { kind: 'path', path: './src' }],
    ['azureml:score-code:2', { kind: 'version', name: 'score-code', version: '2' }],
    [`${WS}/codes/c/versions/1`, { kind: 'id', id: `${WS}/codes/c/versions/1`, name: 'c', version: '1' }],
    [
      'azureml://registries/r/codes/c/versions/1',
      { kind: 'invalid', reason: expect.stringMatching(/is code in registry 'r'/) },
    ],
    ['azureml:score-code', { kind: 'invalid' }],
    ['https://example.com/code.zip', { kind: 'invalid' }],
  ])('code %s', (text, expected) => {
    expect(parseCodeReference(text)).toMatchObject(expected);
  });
});
