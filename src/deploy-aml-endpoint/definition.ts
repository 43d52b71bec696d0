/** The contract of deploy-aml-endpoint: its inputs and outputs, held against action.yml by the contract tests. */
import {
  azureAccessInputs,
  azureScopeInputs,
  dryRunInput,
  releaseInputs,
} from '#shared/azure/azure-inputs.js';
import { integer, path, paths, string } from '#shared/inputs.js';
import { receiptInput } from '#shared/receipts/receipt-input.js';

/** azure-ai-ml's endpoint/deployment name rule (see resource-names.ts): 3-32 characters. */
const AML_NAME = /^[A-Za-z](?=[A-Za-z0-9-]{2,31}$)[A-Za-z0-9-]*[A-Za-z0-9]$/;

export const definition = {
  name: 'deploy-aml-endpoint',
  version: '0.3.0',
  inputs: {
    ...releaseInputs,
    ...dryRunInput,
    ...azureScopeInputs,
    ...azureAccessInputs,
    workspaceName: string('workspace-name', {
      pattern: /^[A-Za-z0-9][A-Za-z0-9_-]{2,32}$/,
      describe: 'an Azure ML workspace name (3-33 letters, digits, "_" or "-")',
    }).isRequired(),
    endpointFile: path('endpoint-file').isRequired(),
    deploymentFiles: paths('deployment-file').isRequired(),
    modelFile: path('model-file'),
    model: string('model', {
      pattern: /^(azureml:[^:@\s]+(:[^:@\s]+|@latest)|azureml:\/\/\S+|[^:\s][^\s]*)$/,
      describe: 'azureml:<name>:<version>, azureml:<name>@latest, or a local file or folder',
    }),
    endpointName: string('endpoint-name', {
      pattern: AML_NAME,
      describe:
        'an endpoint name: 3-32 letters, digits and "-", starting with a letter and ending with a letter or digit',
    }),
    deploymentName: string('deployment-name', {
      pattern: /^[A-Za-z{][A-Za-z0-9{}-]{0,99}$/,
      describe:
        'a deployment name, a template using {model-name} and {model-version} (such as blue-{model-version}), or per-model-version',
    }),
    setDefault: string('set-default', {
      pattern: /^(true|false|[A-Za-z][A-Za-z0-9-]{0,31})$/,
      describe: 'true, false, or the name of the deployment to make the default',
    }),
    keepDeployments: integer('keep-deployments', { min: 1, max: 20 }).withDefault('2'),
    requireValidation: string('require-validation', {
      pattern: /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/,
      describe: 'the environment whose validation stamp is required, such as staging',
    }),
    validationReceipt: receiptInput('validation-receipt', 'integration', 'optional'),
    validationSubscriptionId: string('validation-subscription-id', {
      pattern: /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/,
      describe: "the subscription id of the validating environment's workspace, a GUID",
    }),
    validationResourceGroup: string('validation-resource-group', {
      pattern: /^[-\w.()\p{L}\p{N}]{0,89}[-\w()\p{L}\p{N}]$/u,
      describe: "the resource group of the validating environment's workspace",
    }),
    validationWorkspaceName: string('validation-workspace-name', {
      pattern: /^[A-Za-z0-9][A-Za-z0-9_-]{2,32}$/,
      describe: 'the Azure ML workspace of the validating environment (3-33 letters, digits, "_" or "-")',
    }),
  },
  outputs: [
    'endpoint-name',
    'deployment-name',
    'scoring-uri',
    'model-id',
    'model-name',
    'model-version',
    'changed',
    'plan',
    'receipt',
  ],
} as const;
