import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { diffArtifacts } from '../../../src/deploy-adf-pipelines/diff.js';
import {
  describeFieldChange,
  pipelineHashes,
  planDocument,
  planLines,
  renderPlanSummary,
  writePlanFile,
} from '../../../src/deploy-adf-pipelines/report.js';
import type { TriggerStep } from '../../../src/deploy-adf-pipelines/trigger-plan.js';
import { contentHash } from '../../../src/shared/adf/normalise.js';
import { SummaryBuilder } from '../../../src/shared/summary.js';
import { artifact } from './helpers.js';

const desired = [
  artifact('pipeline', 'pl_b', { activities: [], description: 'new' }),
  artifact('pipeline', 'pl_a', { activities: [] }),
  artifact('dataset', 'ds_new', { type: 'Json' }),
];
const live = [
  { kind: 'pipeline' as const, name: 'pl_b', properties: { activities: [], description: 'old' } },
  { kind: 'pipeline' as const, name: 'pl_a', properties: { activities: [] } },
  { kind: 'pipeline' as const, name: 'pl_gone', properties: { activities: [] } },
];
const facts = { environment: 'dev', factory: 'adf-dev', dryRun: true, deleteOrphans: false };
const NO_DEPENDENCIES = { edges: [], deployOrder: [], deleteOrder: [] };
const parts = (triggers: TriggerStep[] = []) => ({
  entries: diffArtifacts(desired, live),
  triggers,
  dependencies: NO_DEPENDENCIES,
});

describe('the plan report', () => {
  it('lists creates, updates with their field changes and deletes, and counts the unchanged', () => {
    const document = planDocument(parts(), facts);
    expect(document.counts).toEqual({ create: 1, update: 1, delete: 1, unchanged: 1 });
    expect(planLines(document)).toEqual([
      '+ dataset ds_new',
      '~ pipeline pl_b',
      '    ~ description: "old" → "new"',
      '- pipeline pl_gone (not in the source; kept: delete-orphans is false)',
      'Plan: 1 to create, 1 to update, 1 orphaned (kept), 1 unchanged.',
    ]);
    expect(planLines({ ...document, deleteOrphans: true }).at(-1)).toBe(
      'Plan: 1 to create, 1 to update, 1 to delete, 1 unchanged.',
    );
  });

  it('lists the triggers to start and stop, and counts them', () => {
    const document = planDocument(
      parts([
        {
          name: 'tr_daily',
          action: 'start',
          reason: 'its source says Started, but the factory has it Stopped',
        },
        { name: 'tr_old', action: 'stop', reason: 'its source says Stopped, but the factory has it Started' },
      ]),
      facts,
    );
    expect(planLines(document).slice(-3)).toEqual([
      '> start trigger tr_daily (its source says Started, but the factory has it Stopped)',
      '> stop trigger tr_old (its source says Stopped, but the factory has it Started)',
      'Plan: 1 to create, 1 to update, 1 orphaned (kept), 1 unchanged; triggers: 1 to start, 1 to stop.',
    ]);
    const summary = new SummaryBuilder();
    renderPlanSummary(summary, document, '/tmp/plan.json');
    expect(summary.toString()).toContain('> start trigger tr_daily (its source says Started');
  });

  it('describes added and removed fields', () => {
    expect(describeFieldChange({ path: 'parameters.x', change: 'added', after: 1 })).toBe(
      '+ parameters.x: 1',
    );
    expect(describeFieldChange({ path: 'annotations[0]', change: 'removed', before: 'a' })).toBe(
      '- annotations[0]: "a"',
    );
  });

  it('renders the summary and writes the plan file under RUNNER_TEMP, redacted', async () => {
    const document = planDocument(parts(), facts);
    const summary = new SummaryBuilder();
    renderPlanSummary(summary, document, '/tmp/plan.json');
    const text = summary.toString();
    expect(text).toContain('adf-dev (dev) — dry run');
    expect(text).toContain('~ pipeline pl_b');
    expect(text).toContain('= 1 unchanged');
    const temp = await mkdtemp(join(tmpdir(), 'adf-plan-'));
    const path = await writePlanFile(document, { RUNNER_TEMP: temp }, (t) => t.replace('old', '***'));
    expect(path).toBe(join(temp, 'deploy-adf-pipelines', 'plan-dev-adf-dev.json'));
    const written = JSON.parse(await readFile(path, 'utf8')) as typeof document;
    expect(written.counts).toEqual(document.counts);
    expect(JSON.stringify(written)).not.toContain('"old"');
  });
});

describe('the pipelines the adf receipt lists', () => {
  it('are the desired pipelines with their content hashes, sorted by name (a deleted one is not listed)', () => {
    expect(pipelineHashes(diffArtifacts(desired, live))).toEqual([
      { name: 'pl_a', hash: contentHash('pipeline', { activities: [] }).slice('sha256:'.length) },
      {
        name: 'pl_b',
        hash: contentHash('pipeline', { activities: [], description: 'new' }).slice('sha256:'.length),
      },
    ]);
  });
});
