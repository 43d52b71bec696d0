// The az ml CLI v2 specs as teams have them: both deployment forms read to the same settings, and every mistake is
// refused with the file, the line and the field — before anything talks to Azure.
import { describe, expect, it } from '@jest/globals';
import { parseDeploymentSpec } from '../../../src/deploy-aml-endpoint/specs/deployment-spec.js';
import { parseEndpointSpec } from '../../../src/deploy-aml-endpoint/specs/endpoint-spec.js';
import { parseDocumentText } from '../../../src/shared/documents.js';
import { ConfigurationError } from '../../../src/shared/errors.js';

const LEGACY = `$schema: https://azuremlschemas.azureedge.net/latest/batchDeployment.schema.json
name: blue
endpoint_name: credit
description: Credit scoring
tags:
  team: risk
model: azureml:credit-default:3
compute: azureml:cpu-cluster
resources:
  instance_count: 2
mini_batch_size: 10
max_concurrency_per_instance: 4
output_action: append_row
output_file_name: scores.csv
retry_settings:
  max_retries: 2
  timeout: 60
error_threshold: 5
logging_level: warning
environment_variables:
  LOG_LEVEL: debug
  WORKERS: 4
`;

const MODEL_FORM = `$schema: https://azuremlschemas.azureedge.net/latest/modelBatchDeployment.schema.json
name: blue
endpoint_name: credit
description: Credit scoring
tags:
  team: risk
type: model
model: azureml:credit-default:3
compute: cpu-cluster
settings:
  instance_count: 2
  mini_batch_size: 10
  max_concurrency_per_instance: 4
  output_action: APPEND_ROW
  output_file_name: scores.csv
  retry_settings:
    max_retries: 2
    timeout: 60
  error_threshold: 5
  logging_level: Warning
  environment_variables:
    LOG_LEVEL: debug
    WORKERS: "4"
`;

const ENDPOINT = `$schema: https://azuremlschemas.azureedge.net/latest/batchEndpoint.schema.json
name: credit
description: Scores credit applications.
auth_mode: aad_token
tags:
  team: risk
`;

const deployment = (text: string) => parseDeploymentSpec(parseDocumentText(text, 'ml/deployment.yml'));
const endpoint = (text: string) => parseEndpointSpec(parseDocumentText(text, 'ml/endpoint.yml'));

function refusal(parse: () => unknown): ConfigurationError {
  try {
    parse();
  } catch (error) {
    if (error instanceof ConfigurationError) return error;
    throw error;
  }
  throw new Error('expected the spec to be refused');
}

describe('batch deployment specs', () => {
  it('reads the legacy root-level form and the type: model + settings form to the same deployment', () => {
    const legacy = deployment(LEGACY);
    const model = deployment(MODEL_FORM);
    expect(legacy.form).toBe('root');
    expect(model.form).toBe('settings');
    const expected = {
      miniBatchSize: 10,
      maxConcurrencyPerInstance: 4,
      errorThreshold: 5,
      retrySettings: { maxRetries: 2, timeoutSeconds: 60 },
      outputAction: 'AppendRow',
      outputFileName: 'scores.csv',
      loggingLevel: 'Warning',
      instanceCount: 2,
    };
    expect(legacy.settings).toEqual(expected);
    expect(model.settings).toEqual(expected);
    for (const spec of [legacy, model]) {
      expect(spec).toMatchObject({
        name: 'blue',
        endpointName: 'credit',
        description: 'Credit scoring',
        tags: { team: 'risk' },
        compute: { name: 'cpu-cluster' },
        environmentVariables: { LOG_LEVEL: 'debug', WORKERS: '4' },
        model: { kind: 'reference', reference: { kind: 'workspace', name: 'credit-default', version: '3' } },
      });
    }
  });

  it('reads an inline local model, scoring code and a registered environment', () => {
    const spec = deployment(`name: blue
endpoint_name: credit
model:
  name: credit-default
  path: ../model
  type: mlflow_model
  tags: {stage: candidate}
code_configuration:
  code: ../src
  scoring_script: batch/score.py
environment: azureml:sklearn-env@latest
compute: /subscriptions/s/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/w/computes/gpu
`);
    expect(spec.model).toMatchObject({
      kind: 'local',
      spec: {
        path: '../model',
        name: 'credit-default',
        modelType: 'mlflow_model',
        tags: { stage: 'candidate' },
      },
    });
    expect(spec.code).toMatchObject({
      reference: { kind: 'path', path: '../src' },
      scoringScript: 'batch/score.py',
    });
    expect(spec.environment).toMatchObject({
      kind: 'reference',
      reference: { kind: 'latest', name: 'sklearn-env' },
    });
    expect(spec.compute.name).toBe('gpu');
  });

  // [what, spec, message (after "ml/deployment.yml line N (field): "), line, field]
  it.each([
    [
      'an unknown key, with a suggestion',
      LEGACY.replace('mini_batch_size: 10', 'mini_batchsize: 10'),
      /unknown key 'mini_batchsize'; did you mean 'mini_batch_size'\?/,
      11,
      'mini_batchsize',
    ],
    [
      'a word where a number belongs',
      LEGACY.replace('mini_batch_size: 10', 'mini_batch_size: ten'),
      /must be a whole number of at least 1, not the string 'ten'/,
      11,
      'mini_batch_size',
    ],
    [
      'a fraction where a whole number belongs',
      LEGACY.replace('max_concurrency_per_instance: 4', 'max_concurrency_per_instance: 2.5'),
      /must be a whole number of at least 1, not number 2.5/,
      12,
      'max_concurrency_per_instance',
    ],
    [
      'a missing compute',
      LEGACY.replace('compute: azureml:cpu-cluster\n', ''),
      /'compute' is required in a batch deployment but is missing/,
      1,
      undefined,
    ],
    [
      'a deployment name Azure refuses',
      LEGACY.replace('name: blue', 'name: Blue_1'),
      /'Blue_1' is not a valid deployment name: .*only letters, digits and '-'/,
      2,
      'name',
    ],
    [
      'a deployment name that is too long',
      LEGACY.replace('name: blue', `name: ${'b'.repeat(33)}`),
      /at least 3 and at most 32 characters long \(got 33\)/,
      2,
      'name',
    ],
    [
      'an endpoint_name Azure refuses',
      LEGACY.replace('endpoint_name: credit', 'endpoint_name: 9credit'),
      /'9credit' is not a valid endpoint name/,
      3,
      'endpoint_name',
    ],
    [
      'an unknown output_action',
      LEGACY.replace('output_action: append_row', 'output_action: append'),
      /must be one of append_row, summary_only, not the string 'append'/,
      13,
      'output_action',
    ],
    [
      'a negative retry timeout',
      LEGACY.replace('timeout: 60', 'timeout: -5'),
      /must be a whole number of at least 1/,
      17,
      'retry_settings.timeout',
    ],
    [
      'an error_threshold below -1',
      LEGACY.replace('error_threshold: 5', 'error_threshold: -2'),
      /must be a whole number of at least -1/,
      18,
      'error_threshold',
    ],
    [
      'settings: without type: model',
      LEGACY.replace('logging_level: warning', 'settings:\n  logging_level: warning'),
      /'settings:' needs 'type: model'/,
      19,
      'settings',
    ],
    [
      'a root-level setting with type: model',
      MODEL_FORM.replace('compute: cpu-cluster', 'compute: cpu-cluster\nmini_batch_size: 3'),
      /'mini_batch_size' belongs under 'settings:' when 'type: model' is set/,
      10,
      'mini_batch_size',
    ],
    [
      'a pipeline component deployment',
      MODEL_FORM.replace('type: model', 'type: pipeline'),
      /pipeline component deployments are not deployed by this action/,
      7,
      'type',
    ],
    [
      'a model without a version',
      LEGACY.replace('azureml:credit-default:3', 'azureml:credit-default'),
      /names no version: use azureml:credit-default:<version>, or azureml:credit-default@latest/,
      7,
      'model',
    ],
    [
      'an inline environment with neither image nor build',
      LEGACY.replace('compute:', 'environment:\n  description: empty\ncompute:'),
      /an inline environment needs an image \(with an optional conda_file\) or a build context/,
      8,
      'environment',
    ],
    [
      'a registry model',
      LEGACY.replace(
        'azureml:credit-default:3',
        'azureml://registries/shared/models/credit-default/versions/3',
      ),
      /is a model in registry 'shared', which this action does not deploy from: it cannot check a registry reference before it writes/,
      7,
      'model',
    ],
    [
      'a local model without a name',
      LEGACY.replace('model: azureml:credit-default:3', 'model: ./model'),
      /a local model needs a name to be registered under: write it as model: \{name: <name>, path: \.\/model\}/,
      7,
      'model',
    ],
    [
      'tags that are a list',
      LEGACY.replace('tags:\n  team: risk', 'tags: [risk]'),
      /must be a mapping of keys to values, not a list/,
      5,
      'tags',
    ],
    [
      'a resources key batch deployments do not have',
      LEGACY.replace('  instance_count: 2', '  instance_count: 2\n  shm_size: 2g'),
      /'resources.shm_size' is not a setting of batch deployments/,
      11,
      'resources.shm_size',
    ],
    [
      'code without a scoring script',
      LEGACY.replace('compute:', 'code_configuration:\n  code: ./src\ncompute:'),
      /'scoring_script' is required in 'code_configuration' but is missing/,
      8,
      'code_configuration',
    ],
    [
      'an output file name with summary_only',
      LEGACY.replace('output_action: append_row', 'output_action: summary_only'),
      /is only used with output_action: append_row/,
      14,
      'output_file_name',
    ],
    [
      'settings that disagree',
      `${MODEL_FORM}resources:\n  instance_count: 3\n`,
      /is 2 here but resources.instance_count is 3/,
      11,
      'settings.instance_count',
    ],
    [
      'a model name a registration would refuse',
      LEGACY.replace('model: azureml:credit-default:3', 'model:\n  name: credit default\n  path: ./model'),
      /'credit default' is not valid: it must be a model name/,
      8,
      'model.name',
    ],
    [
      'YAML that does not parse',
      LEGACY.replace('mini_batch_size: 10', 'mini_batch_size: [10'),
      /invalid YAML/,
      12,
      undefined,
    ],
  ])('refuses %s', (_what, text, message, line, field) => {
    const error = refusal(() => deployment(text));
    expect(error.location).toMatchObject({ file: 'ml/deployment.yml', line });
    expect(error.message).toMatch(new RegExp(`^ml/deployment\\.yml line ${line}`));
    if (field) expect(error.message).toContain(`(${field}): `);
    expect(error.message).toMatch(message);
  });
});

describe('batch endpoint specs', () => {
  it('reads the documented keys; auth_mode defaults to aad_token', () => {
    const spec = endpoint(ENDPOINT);
    expect(spec).toMatchObject({
      name: 'credit',
      description: 'Scores credit applications.',
      authMode: 'AADToken',
      tags: { team: 'risk' },
      location: undefined,
    });
    expect(endpoint('name: credit\n').authMode).toBe('AADToken');
    const withIdentity = endpoint(`${ENDPOINT}identity:
  type: user_assigned
  user_assigned_identities:
    - resource_id: /subscriptions/s/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/scoring
`);
    expect(withIdentity.identity).toEqual({
      type: 'UserAssigned',
      userAssignedIdentities: [
        '/subscriptions/s/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/scoring',
      ],
    });
  });

  it.each([
    [
      'key authentication',
      ENDPOINT.replace('aad_token', 'key'),
      /batch endpoints support only aad_token .* not 'key'/,
      4,
      'auth_mode',
    ],
    [
      'online-endpoint traffic',
      `${ENDPOINT}traffic:\n  blue: 100\n`,
      /'traffic' is for online endpoints/,
      7,
      'traffic',
    ],
    [
      'an invalid name',
      ENDPOINT.replace('name: credit', 'name: cr'),
      /at least 3 and at most 32 characters/,
      2,
      'name',
    ],
    [
      'an unknown key under defaults',
      `${ENDPOINT}defaults:\n  deployment: blue\n`,
      /unknown key 'deployment'; did you mean 'deployment_name'\?/,
      8,
      'defaults.deployment',
    ],
    [
      'an unknown identity type',
      `${ENDPOINT}identity:\n  type: managed\n`,
      /must be one of none, system_assigned, user_assigned/,
      8,
      'identity.type',
    ],
    [
      'a user-assigned identity without identities',
      `${ENDPOINT}identity:\n  type: user_assigned\n`,
      /needs at least one entry in user_assigned_identities/,
      7,
      'identity',
    ],
  ])('refuses %s', (_what, text, message, line, field) => {
    const error = refusal(() => endpoint(text));
    expect(error.location).toMatchObject({ file: 'ml/endpoint.yml', line });
    expect(error.message).toContain(`ml/endpoint.yml line ${line} (${field}): `);
    expect(error.message).toMatch(message);
  });
});
