// The fault matrix for apply-control-metadata (test/audit/fault-matrix.ts).
import { fiveHundreds, latency, matrix, RESET, resets, storm, UNAVAILABLE } from './fault-matrix.js';

// apply-control-metadata writes to the database, not to Azure: its Azure requests are the reads that verify the
// receipts and the rows' endpoints, before the transaction. There is no LRO and nothing to restore.
const APPLY_READ = '/(factories|workspaces)/';
matrix('faultsmeta', 'apply-control-metadata', [
  { name: '429 storm on the verification reads', faults: [storm(APPLY_READ, 'GET')], fails: false },
  {
    name: '503 beyond retries on the verification reads',
    faults: [fiveHundreds(APPLY_READ, 'GET')],
    fails: true,
    message: UNAVAILABLE,
  },
  {
    name: 'connection resets on the verification reads',
    faults: [resets(APPLY_READ, 'GET')],
    fails: true,
    message: RESET,
  },
  { name: 'latency on the verification reads', faults: [latency(APPLY_READ, 'GET')], fails: false },
]);
