// The fault matrix, one suite per writing action (fault-matrix-*.audit.ts, so they run side by side): each action x a 429 storm, 5xx beyond the SDK's retries, connection resets, latency, a
// failed long-running operation and a fault while restoring, injected by the sandbox into the requests the action
// makes while it has a change to apply. Each cell holds when the run either succeeds or fails with one clear error
// (no stack trace) that says what it had applied; when a rerun without the fault succeeds; and when the run after
// that writes nothing (it converged). Every run is secret-scanned.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DataFactoryManagementClient } from '@azure/arm-datafactory';
import { beforeAll, describe, expect } from '@jest/globals';
import type { FaultSpec } from '../../src/sandbox/core/faults.js';
import { SAMPLE_FACTORY_FINDINGS, useSandboxFixture } from '../harness/sandbox.js';
import { changeModel } from '../integration/aml-release.js';
import { probe } from './kit.js';
import { type AuditedAction, type AuditRun, type Stage, stage } from './stage.js';

const f = useSandboxFixture({ ignoreFindings: SAMPLE_FACTORY_FINDINGS });
let s: Stage;
let variant = 100;

interface Cell {
  readonly name: string;
  /** Faults on the requests of the run under test; `failNextDeployment` makes a rollout's LRO end Failed. */
  readonly faults: readonly FaultSpec[];
  readonly failNextDeployment?: boolean;
  /** Inputs of the faulted run (and its reruns). */
  readonly inputs?: Record<string, string>;
  /** Done before the faulted run (e.g. start a trigger the deploy must stop and restore). */
  readonly before?: () => Promise<void>;
  /** Whether the faulted run must fail (else it may wait the fault out and succeed). */
  readonly fails: boolean;
  /** What a failure must say. */
  readonly message?: RegExp;
}

/** Makes the next run of `action` have something to write. */
async function change(action: AuditedAction): Promise<void> {
  const workspace = s.aml.workspace;
  variant++;
  if (action === 'deploy-aml-endpoint') await changeModel(workspace, variant);
  if (action === 'deploy-adf-pipelines') {
    const path = join(workspace, 'adf', 'pipeline', 'pl_score_use_case.json');
    const document = JSON.parse(await readFile(path, 'utf8'));
    document.properties.description = `audit change ${variant}`;
    await writeFile(path, JSON.stringify(document, null, 2));
  }
  if (action === 'apply-control-metadata') {
    const path = join(workspace, 'metadata', 'use-cases.yml');
    const text = await readFile(path, 'utf8');
    await writeFile(path, text.replace(/threshold: [0-9.]+/, `threshold: 0.${variant}`));
  }
}

/** One action's matrix, on a stage of its own (`name`: a short word, it names the stage's Azure resources). */
export function matrix(name: string, action: AuditedAction, cells: readonly Cell[]): void {
  beforeAll(async () => {
    s = await stage(f, name);
    if (action === 'apply-control-metadata') {
      // The control table exists and holds the sample rows, so later applies have something to change.
      const first = await s.run('apply-control-metadata', 'first apply', {});
      expect(first.run.exitCode).toBe(0);
    }
  }, 180_000);

  describe(action, () => {
    for (const cell of cells) {
      probe(
        'fault-matrix',
        `${action} x ${cell.name}`,
        async () => {
          await change(action);
          await cell.before?.();
          for (const fault of cell.faults) f.sandbox.control.addFault(fault);
          if (cell.failNextDeployment) {
            await f.request('POST', '/_sandbox/ml/fail-next-deployment', { body: {} });
          }
          let faulted: AuditRun;
          try {
            faulted = await s.run(action, `${cell.name} (faulted)`, cell.inputs ?? {});
          } finally {
            f.sandbox.control.clearFaults();
          }
          const { run } = faulted;
          const errors = run.annotations.filter((a) => a.level === 'error').map((a) => a.message);
          expect(run.stdout + run.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
          // A fault the SDK waits out (throttling, latency) leaves a successful run; one beyond its retries fails the
          // run with one error that names what failed (and so was not left unreported).
          expect({ exit: run.exitCode, errors }).toEqual(
            cell.fails
              ? { exit: 1, errors: [expect.stringMatching(cell.message ?? /./)] }
              : { exit: 0, errors: [] },
          );
          // Nothing is left half-applied without a way back: a rerun completes, and the next one has nothing to do.
          const rerun = await s.run(action, `${cell.name} (rerun)`, cell.inputs ?? {});
          expect({
            exit: rerun.run.exitCode,
            log: rerun.run.exitCode ? rerun.run.log.slice(-2000) : '',
          }).toEqual({
            exit: 0,
            log: '',
          });
          const settled = await s.run(action, `${cell.name} (converged)`, cell.inputs ?? {});
          expect(settled.run.exitCode).toBe(0);
          expect(settled.writes).toBe(0);
          if (action === 'apply-control-metadata') {
            expect(settled.run.outputs).toMatchObject({ inserted: '0', updated: '0', deleted: '0' });
          }
        },
        120_000,
      );
    }
  });
}

export const storm = (path: string, method = '*'): FaultSpec => ({
  method,
  path,
  status: 429,
  retryAfterSeconds: 1,
  count: 4,
});
export const fiveHundreds = (path: string, method = '*'): FaultSpec => ({
  method,
  path,
  status: 503,
  count: 50,
});
export const resets = (path: string, method = '*'): FaultSpec => ({ method, path, reset: true, count: 50 });
export const latency = (path: string, method = '*'): FaultSpec => ({
  method,
  path,
  latencyMs: 1500,
  count: 3,
});

/** What the step must say for each fault it could not get past (the sandbox's 503 body, or the socket's error). */
export const UNAVAILABLE = /503|ServiceUnavailable|unavailable/i;
export const RESET = /ECONNRESET|socket hang up|reset/i;

/** Starts the sample's trigger, so a deploy with trigger-mode all stops it and must restore it. */
export async function startTrigger(): Promise<void> {
  const client = new DataFactoryManagementClient(f.credential, s.aml.env.subscriptionId, f.clientOptions);
  const trigger = await client.triggers.get(s.aml.env.resourceGroup, s.aml.env.factory, 'tr_daily_scoring');
  if (trigger.properties.runtimeState !== 'Started') {
    await client.triggers.beginStartAndWait(s.aml.env.resourceGroup, s.aml.env.factory, 'tr_daily_scoring', {
      updateIntervalInMs: 10,
    });
  }
}
