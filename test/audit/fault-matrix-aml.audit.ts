// The fault matrix for deploy-aml-endpoint (test/audit/fault-matrix.ts).
import { fiveHundreds, latency, matrix, RESET, resets, storm, UNAVAILABLE } from './fault-matrix.js';

const AML_WRITE = '/batchEndpoints/[^/]+/deployments/';
matrix('faultsaml', 'deploy-aml-endpoint', [
  { name: '429 storm on the deployment', faults: [storm(AML_WRITE, 'PUT')], fails: false },
  {
    name: '503 beyond retries on the deployment',
    faults: [fiveHundreds(AML_WRITE, 'PUT')],
    fails: true,
    message: UNAVAILABLE,
  },
  {
    name: 'connection resets on the deployment',
    faults: [resets(AML_WRITE, 'PUT')],
    fails: true,
    message: RESET,
  },
  { name: 'latency on every read', faults: [latency('/workspaces/', 'GET')], fails: false },
  {
    name: 'failed rollout (LRO ends Failed)',
    faults: [],
    failNextDeployment: true,
    fails: true,
    message: /provisioning state Failed|DeploymentFailed/,
  },
  {
    name: 'fault while switching the default (green beside blue)',
    faults: [fiveHundreds('/batchEndpoints/[^/]+\\?', 'PUT')],
    inputs: { 'deployment-name': 'green', 'set-default': 'true' },
    fails: true,
    message: /default|endpoint/i,
  },
]);
