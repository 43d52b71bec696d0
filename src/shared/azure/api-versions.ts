/**
 * The Resource Manager api-versions of the JSON requests sent without an SDK (`ClientFactory.resourceManager`): the
 * ones `@azure/arm-datafactory` and `@azure/arm-machinelearning` send, so a read without the SDK asks for exactly
 * what the SDK's own operation would (a unit test holds them to the SDKs').
 */
export const DATA_FACTORY_API_VERSION = '2018-06-01';
export const MACHINE_LEARNING_API_VERSION = '2022-10-01';
