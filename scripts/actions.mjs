// The five actions of this repository, in release-flow order. Scripts and tests read the list from here.
export const ACTIONS = [
  'deploy-aml-endpoint',
  'deploy-adf-pipelines',
  'apply-control-metadata',
  'run-integration-score',
  'check-drift-gate',
];
