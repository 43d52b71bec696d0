/**
 * Findings oav 4.0.3's live validator reports on traffic Azure itself sends or accepts, with the reason for each.
 * A rule matches one schema node (file + JSON pointer, where oav says the error comes from), one error code, the
 * operations whose payloads contain that node, and the payload paths where it occurs; nothing else is dropped.
 * Every rule was reproduced with a payload the SDK types allow (most also with the spec's own examples).
 *
 * Almost all come from one convention of the Data Factory spec: `{"type": "object"}` there means "any JSON value"
 * (a literal or an `Expression` object). AutoRest generates `any` for it — e.g. `DatasetReference.parameters` is
 * `{[name: string]: any}` and `Activity` has `[property: string]: any` ("The value of an unknown property can be of
 * 'any' type") in @azure/arm-datafactory — but oav reads it as JSON Schema `object` and reports
 * `INVALID_TYPE: Expected type object but found type string|integer|boolean|array`. It does so
 * (1) for values of maps declared `additionalProperties: {type: object}` (parameter values, headers), and
 * (2) for properties that a polymorphic subtype declares (Copy's `inputs` array, a source's `sqlReaderQuery`
 * string, a trigger's `pipelines` array): oav checks them against the base type's
 * `additionalProperties: {type: object}` as well as the subtype's own schema.
 *
 * The Synapse artifacts spec (data-plane 2020-12-01) keeps the same convention, so the same rules apply to it.
 *
 * A few rules are not oav's mistakes but the spec's: answers the service is recorded giving that its spec does
 * not describe (Synapse's bare error bodies, a pipeline's `lastPublishTime`). Each names the recording.
 *
 * Not filtered, on purpose: `INVALID_RESPONSE_CODE` for 202/204 on `Triggers_Start`/`Triggers_Stop`. The spec
 * defines only 200 for these long-running actions, and the service answers 200 (the emulator does too), so a 202
 * there is drift from Azure's contract, not a false positive.
 */
import type { SpecIssue } from './spec-validator.js';

export interface KnownFalsePositive {
  /** Why the finding is wrong (shown nowhere; it is the rule's justification). */
  readonly why: string;
  readonly operationIds: readonly string[];
  readonly code: string;
  /** Spec file (path suffix) and JSON pointer of the schema node oav blames. */
  readonly schema: readonly { readonly file: string; readonly pointer: string }[];
  /** Where in the payload (JSON pointer) the value sits. */
  readonly path: RegExp;
}

const PIPELINE_OPS = ['Pipelines_CreateOrUpdate', 'Pipelines_Get', 'Pipelines_ListByFactory'];
const TRIGGER_OPS = [
  'Triggers_CreateOrUpdate',
  'Triggers_Get',
  'Triggers_ListByFactory',
  'Triggers_QueryByFactory',
];
const DATASET_OPS = ['Datasets_CreateOrUpdate', 'Datasets_Get', 'Datasets_ListByFactory'];
const LINKED_SERVICE_OPS = [
  'LinkedServices_CreateOrUpdate',
  'LinkedServices_Get',
  'LinkedServices_ListByFactory',
];
const DATA_FLOW_OPS = ['DataFlows_CreateOrUpdate', 'DataFlows_Get', 'DataFlows_ListByFactory'];

const DF = 'datafactory/resource-manager/Microsoft.DataFactory/stable/2018-06-01';
const node = (file: string, definition: string, folder = DF) => ({
  file: `${folder}/${file}`,
  pointer: `#/definitions/${definition}/additionalProperties`,
});

/** The Synapse development endpoint's artifacts spec and its operations, by artifact kind. */
const SYN = 'synapse/data-plane/Microsoft.Synapse/stable/2020-12-01';
const synapseNode = (file: string, definition: string) => node(file, definition, SYN);
const synapseOps = (kind: string, plural = `${kind}s`) => [
  `${kind}_CreateOrUpdate${kind}`,
  `${kind}_Get${kind}`,
  `${kind}_Get${plural}ByWorkspace`,
];
const SYNAPSE_PIPELINE_OPS = synapseOps('Pipeline');
const SYNAPSE_TRIGGER_OPS = synapseOps('Trigger');
const SYNAPSE_DATASET_OPS = synapseOps('Dataset');
const SYNAPSE_LINKED_SERVICE_OPS = synapseOps('LinkedService');
const SYNAPSE_DATA_FLOW_OPS = synapseOps('DataFlow');

/** The operations of the development endpoint the sandbox serves whose errors the spec puts in CloudError. */
const SYNAPSE_ENDPOINT_OPS = [
  ...SYNAPSE_PIPELINE_OPS,
  'Pipeline_DeletePipeline',
  ...SYNAPSE_DATASET_OPS,
  'Dataset_DeleteDataset',
  ...SYNAPSE_LINKED_SERVICE_OPS,
  'LinkedService_DeleteLinkedService',
  ...SYNAPSE_DATA_FLOW_OPS,
  'DataFlow_DeleteDataFlow',
  ...SYNAPSE_TRIGGER_OPS,
  'Trigger_DeleteTrigger',
  'Trigger_StartTrigger',
  'Trigger_StopTrigger',
  'Trigger_SubscribeTriggerToEvents',
  'Trigger_UnsubscribeTriggerFromEvents',
  'Trigger_GetEventSubscriptionStatus',
  ...synapseOps('Notebook'),
  'Notebook_DeleteNotebook',
  ...synapseOps('SqlScript'),
  'SqlScript_DeleteSqlScript',
  ...synapseOps('SparkJobDefinition'),
  'SparkJobDefinition_DeleteSparkJobDefinition',
  'Credential_CreateOrUpdate',
  'Credential_Get',
  'Credential_ListByWorkspace',
  'Credential_Delete',
];

export const KNOWN_FALSE_POSITIVES: readonly KnownFalsePositive[] = [
  {
    why:
      'Parameter arguments (ParameterValueSpecification: "An object mapping parameter names to argument values") are ' +
      'any JSON value; the SDK types them `{[name: string]: any}` and the service takes strings, numbers, arrays. ' +
      "The spec example Pipelines_Get.json itself passes string arguments (and Synapse's Pipelines_Create.json).",
    operationIds: [
      ...PIPELINE_OPS,
      ...TRIGGER_OPS,
      ...DATASET_OPS,
      ...LINKED_SERVICE_OPS,
      ...DATA_FLOW_OPS,
      ...SYNAPSE_PIPELINE_OPS,
      ...SYNAPSE_TRIGGER_OPS,
      ...SYNAPSE_DATASET_OPS,
      ...SYNAPSE_LINKED_SERVICE_OPS,
      ...SYNAPSE_DATA_FLOW_OPS,
    ],
    code: 'INVALID_TYPE',
    schema: [
      node('datafactory.json', 'ParameterValueSpecification'),
      synapseNode('artifacts.json', 'ParameterValueSpecification'),
    ],
    path: /\/parameters\/[^/]+$/,
  },
  {
    why:
      'The createRun body is a ParameterValueSpecification too: `{"<parameter>": <any value>}` (the SDK sends ' +
      '`options.parameters`, typed `{[name: string]: any}`).',
    operationIds: ['Pipelines_CreateRun', 'Pipeline_CreatePipelineRun'],
    code: 'INVALID_TYPE',
    schema: [
      node('datafactory.json', 'ParameterValueSpecification'),
      synapseNode('artifacts.json', 'ParameterValueSpecification'),
    ],
    path: /^\/[^/]+$/,
  },
  {
    why:
      "Properties an activity subtype declares (Copy's `inputs`/`outputs` arrays) are checked against the base " +
      "Activity's `additionalProperties: {type: object}`; Pipelines_Get.json's own Copy activity is flagged (and " +
      "Synapse's Pipelines_Create.json's).",
    operationIds: [...PIPELINE_OPS, ...SYNAPSE_PIPELINE_OPS],
    code: 'INVALID_TYPE',
    schema: [
      node('entityTypes/Pipeline.json', 'Activity'),
      synapseNode('entityTypes/Pipeline.json', 'Activity'),
    ],
    path: /\/[A-Za-z]*[aA]ctivities\/\d+\/[^/]+$/,
  },
  {
    why:
      "Properties of copy sources, sinks and their store/format/compression settings subtypes (a source's " +
      "`sqlReaderQuery`, `recursive: true`, `blockSizeInMB: 8`) are checked against the polymorphic base's " +
      '`additionalProperties: {type: object}`; the SDK types them `any`.',
    operationIds: PIPELINE_OPS,
    code: 'INVALID_TYPE',
    schema: [
      node('entityTypes/Pipeline.json', 'CopySource'),
      node('entityTypes/Pipeline.json', 'CopySink'),
      node('entityTypes/Pipeline.json', 'StoreReadSettings'),
      node('entityTypes/Pipeline.json', 'StoreWriteSettings'),
      node('entityTypes/Pipeline.json', 'FormatReadSettings'),
      node('entityTypes/Pipeline.json', 'FormatWriteSettings'),
      node('entityTypes/Pipeline.json', 'CompressionReadSettings'),
    ],
    path: /\/(source|sink|storeSettings|formatSettings|compressionProperties)\/[^/]+$/,
  },
  {
    why:
      "WebActivity `headers` values are strings (`{'content-type': 'application/json'}`); the spec declares the map's " +
      'values `{type: object}`, i.e. any.',
    operationIds: PIPELINE_OPS,
    code: 'INVALID_TYPE',
    schema: [
      {
        file: `${DF}/entityTypes/Pipeline.json`,
        pointer: '#/definitions/WebActivityTypeProperties/properties/headers/additionalProperties',
      },
    ],
    path: /\/typeProperties\/headers\/[^/]+$/,
  },
  {
    why:
      "A trigger subtype's own properties (ScheduleTrigger's `pipelines` array) are checked against the base " +
      "Trigger's `additionalProperties: {type: object}` (Synapse's Triggers_Create.json is flagged too).",
    operationIds: [...TRIGGER_OPS, ...SYNAPSE_TRIGGER_OPS],
    code: 'INVALID_TYPE',
    schema: [node('entityTypes/Trigger.json', 'Trigger'), synapseNode('entityTypes/Trigger.json', 'Trigger')],
    path: /^(\/value\/\d+)?\/properties\/[^/]+$/,
  },
  {
    why:
      "An integration runtime subtype's own properties (the managed runtime's read-only `state` string, which the " +
      "service returns) are checked against the base IntegrationRuntime's `additionalProperties: {type: object}`.",
    operationIds: [
      'IntegrationRuntimes_CreateOrUpdate',
      'IntegrationRuntimes_Get',
      'IntegrationRuntimes_ListByFactory',
      'IntegrationRuntimes_Update',
    ],
    code: 'INVALID_TYPE',
    schema: [node('entityTypes/IntegrationRuntime.json', 'IntegrationRuntime')],
    path: /^(\/value\/\d+)?\/properties\/[^/]+$/,
  },
  {
    why:
      "A dataset's location/format/compression subtype properties (`container`, `fileSystem`, `columnDelimiter`) are " +
      "checked against the polymorphic base's `additionalProperties: {type: object}`, in both specs.",
    operationIds: [...DATASET_OPS, ...SYNAPSE_DATASET_OPS],
    code: 'INVALID_TYPE',
    schema: [
      node('entityTypes/Dataset.json', 'DatasetLocation'),
      node('entityTypes/Dataset.json', 'DatasetStorageFormat'),
      node('entityTypes/Dataset.json', 'DatasetCompression'),
      synapseNode('entityTypes/Dataset.json', 'DatasetLocation'),
      synapseNode('entityTypes/Dataset.json', 'DatasetStorageFormat'),
      synapseNode('entityTypes/Dataset.json', 'DatasetCompression'),
    ],
    path: /\/typeProperties\/(location|format|compression)\/[^/]+$/,
  },
  {
    why:
      'The service returns `annotations: []` on pipeline runs (the spec example PipelineRuns_Get.json shows it); ' +
      'PipelineRun does not declare it and allows extra properties of any type.',
    operationIds: ['PipelineRuns_Get', 'PipelineRuns_QueryByFactory'],
    code: 'INVALID_TYPE',
    schema: [node('datafactory.json', 'PipelineRun')],
    path: /^(\/value\/\d+)?\/annotations$/,
  },
  {
    why:
      "A Spark job definition's `pyFiles` list (sent by Synapse Studio, and by the spec's own example " +
      'SparkJobDefinitions_Create.json) is not declared by SparkJobProperties, so oav checks it against its ' +
      '`additionalProperties: {type: object}`, i.e. any.',
    operationIds: synapseOps('SparkJobDefinition'),
    code: 'INVALID_TYPE',
    schema: [synapseNode('entityTypes/SparkJobDefinition.json', 'SparkJobProperties')],
    path: /^(\/value\/\d+)?\/properties\/jobProperties\/[^/]+$/,
  },
  {
    why:
      "The Synapse artifacts front end answers errors as a bare `{code, message}`, not in the spec's CloudError " +
      "envelope `{error: {...}}`: recorded in azure-cli's synapse tests (test_pipeline.yaml: 404 " +
      '`{"code":"PipelineNotFound","message":"The Pipeline pipeline was not found in (...)"}`, likewise ' +
      'TriggerNotFound and LinkedServiceNotFound) and logged by the Synapse deployment task ' +
      '(`{"code":"ResourceNotUpdatable",...}`, MicrosoftDocs/azure-docs#71026).',
    operationIds: SYNAPSE_ENDPOINT_OPS,
    code: 'OBJECT_ADDITIONAL_PROPERTIES',
    schema: [{ file: 'synapse/common/v1/types.json', pointer: '#/definitions/CloudError' }],
    path: /^\/(code|message|target)$/,
  },
  {
    why: 'The same bare error bodies lack the envelope the spec requires (see the rule above).',
    operationIds: SYNAPSE_ENDPOINT_OPS,
    code: 'OBJECT_MISSING_REQUIRED_PROPERTY',
    schema: [{ file: 'synapse/common/v1/types.json', pointer: '#/definitions/CloudError' }],
    path: /^\/error$/,
  },
  {
    why:
      "The service adds `lastPublishTime` to a pipeline's properties on every publish (recorded in azure-cli's " +
      'synapse test_pipeline.yaml: `"lastPublishTime":"2021-09-14T07:15:19Z"` in GET and list answers); the ' +
      "spec's Pipeline does not declare it.",
    operationIds: ['Pipeline_GetPipeline', 'Pipeline_GetPipelinesByWorkspace'],
    code: 'OBJECT_ADDITIONAL_PROPERTIES',
    schema: [{ file: `${SYN}/entityTypes/Pipeline.json`, pointer: '#/definitions/Pipeline' }],
    path: /^(\/value\/\d+)?\/properties\/lastPublishTime$/,
  },
  {
    why:
      'A workspace\'s `extraProperties` is a map of any values (`{"WorkspaceType":"Normal","IsScopeEnabled":false}` ' +
      "in azure-cli's recorded workspace answers); the spec declares its values `{type: object}`, i.e. any.",
    operationIds: ['Workspace_Get'],
    code: 'INVALID_TYPE',
    schema: [
      {
        file: 'synapse/resource-manager/Microsoft.Synapse/preview/2019-06-01-preview/workspace.json',
        pointer: '#/definitions/WorkspaceProperties/properties/extraProperties/additionalProperties',
      },
    ],
    path: /^\/properties\/extraProperties\/[^/]+$/,
  },
  {
    why:
      '`secrets` of AccountKeyDatastoreCredentials is `x-ms-secret` (write-only): the service never returns it, and ' +
      "the spec's own example Datastore/get.json (2022-10-01) answers `credentials: {credentialsType: 'AccountKey'}` " +
      'without it. The key is read with Datastores_ListSecrets.',
    operationIds: ['Datastores_Get', 'Datastores_List'],
    code: 'OBJECT_MISSING_REQUIRED_PROPERTY',
    schema: [
      {
        file: 'machinelearningservices/resource-manager/Microsoft.MachineLearningServices/stable/2022-10-01/mfe.json',
        pointer: '#/definitions/AccountKeyDatastoreCredentials',
      },
    ],
    path: /^(\/value\/\d+)?\/properties\/credentials(\/secrets)?$/,
  },
];

export function isKnownFalsePositive(issue: SpecIssue): boolean {
  return KNOWN_FALSE_POSITIVES.some(
    (rule) =>
      rule.code === issue.code &&
      rule.operationIds.includes(issue.operationId) &&
      issue.schema !== undefined &&
      rule.schema.some(
        (schema) => issue.schema!.file.endsWith(schema.file) && issue.schema!.pointer === schema.pointer,
      ) &&
      issue.path !== undefined &&
      rule.path.test(issue.path),
  );
}
