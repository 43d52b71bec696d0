// The fault matrix for deploy-adf-pipelines (test/audit/fault-matrix.ts).
import {
  fiveHundreds,
  latency,
  matrix,
  RESET,
  resets,
  startTrigger,
  storm,
  UNAVAILABLE,
} from './fault-matrix.js';

const ADF_WRITE = '/factories/[^/]+/pipelines/';
matrix('faultsadf', 'deploy-adf-pipelines', [
  { name: '429 storm on the pipeline writes', faults: [storm(ADF_WRITE, 'PUT')], fails: false },
  {
    name: '503 beyond retries on the pipeline writes',
    faults: [fiveHundreds(ADF_WRITE, 'PUT')],
    fails: true,
    message: UNAVAILABLE,
  },
  {
    name: 'connection resets on the pipeline writes',
    faults: [resets(ADF_WRITE, 'PUT')],
    fails: true,
    message: RESET,
  },
  { name: 'latency on every read', faults: [latency('/factories/', 'GET')], fails: false },
  {
    name: 'failed trigger stop (the LRO before the writes)',
    faults: [fiveHundreds('/triggers/[^/]+/stop', 'POST')],
    inputs: { 'trigger-mode': 'all' },
    before: startTrigger,
    fails: true,
    message: /trigger/i,
  },
  {
    name: 'fault while restoring the stopped trigger',
    faults: [fiveHundreds('/triggers/[^/]+/start', 'POST')],
    inputs: { 'trigger-mode': 'all' },
    before: startTrigger,
    fails: true,
    message: /trigger/i,
  },
]);
