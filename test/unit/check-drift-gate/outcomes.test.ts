// The gate's last phase: the report file, the summary and the drift receipt, all from one result, and the receipt
// stands for the report by its digest.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { HtmlRenderer, Parser } from 'commonmark';
import type { GateResult } from '../../../src/check-drift-gate/gate.js';
import { publishOutcomes } from '../../../src/check-drift-gate/outcomes.js';
import type { PreparedGate } from '../../../src/check-drift-gate/prepare.js';
import { reportDigest } from '../../../src/check-drift-gate/report.js';
import { RecordingLogger } from '../../../src/shared/logger.js';
import { parseReceipt } from '../../../src/shared/receipts/parse.js';
import { createSecretMasker } from '../../../src/shared/secrets.js';
import { SummaryBuilder } from '../../../src/shared/summary.js';
import { amlReceipt, SUBSCRIPTION } from '../../fixtures/receipts.js';
import { column, csvSource, gate, gateConfig } from './gate-fixtures.js';

const TIME = Date.parse('2026-11-27T10:00:00Z');
let result: GateResult;
let runnerTemp: string;

beforeAll(async () => {
  runnerTemp = await mkdtemp(join(tmpdir(), 'drift-outcomes-'));
  const values = (shift: number) => Array.from({ length: 200 }, (_, i) => (i % 40) + shift + 0.5);
  result = await gate(
    csvSource('ref.csv', ['score'], column('score', values(0))),
    csvSource('cur.csv', ['score'], column('score', values(30))),
  );
});

afterAll(async () => {
  await rm(runnerTemp, { recursive: true, force: true });
});

function prepared(overrides: Partial<PreparedGate> = {}): PreparedGate {
  return {
    config: gateConfig(),
    reference: [],
    current: [],
    amlReceipt: amlReceipt(),
    modelName: 'credit',
    modelVersion: '3',
    appInsights: undefined,
    dispatch: { repository: 'org/models', eventType: 'model-drift', token: 'ghs_token' },
    ...overrides,
  };
}

async function publish(gateResult: GateResult, gatePrepared: PreparedGate) {
  const summary = new SummaryBuilder();
  const outcome = await publishOutcomes(gateResult, gatePrepared, {
    inputs: { environment: 'dev', onDrift: 'dispatch', dryRun: true, onSchemaChange: 'fail' },
    action: { name: 'check-drift-gate', version: '0.0.0-test' },
    env: { RUNNER_TEMP: runnerTemp, GITHUB_REPOSITORY: 'org/models', GITHUB_RUN_ID: '77', GITHUB_SHA: 'abc' },
    logger: new RecordingLogger(),
    masker: createSecretMasker(() => {}),
    summary,
    clock: () => TIME,
    signal: new AbortController().signal,
  });
  return { outcome, summary: summary.toString() };
}

describe('publishOutcomes', () => {
  it('writes the report, and a drift receipt that names it by digest, the model and the Azure coordinates', async () => {
    const { outcome } = await publish(result, prepared());
    expect(outcome.reportPath).toBe(
      join(runnerTemp, 'check-drift-gate', 'drift-report-dev-20261127T100000000Z.json'),
    );
    const report = JSON.parse(await readFile(outcome.reportPath, 'utf8')) as Record<string, unknown>;
    expect(report).toMatchObject({ environment: 'dev', model: { name: 'credit', version: '3' } });
    const receipt = parseReceipt(outcome.receipt, {
      kind: 'drift',
      input: 'drift-receipt',
      environment: 'dev',
    });
    expect(receipt).toMatchObject({
      kind: 'drift',
      subscription: SUBSCRIPTION,
      resourceGroup: 'rg-dev',
      time: '2026-11-27T10:00:00.000Z',
      drifted: true,
      driftedFeatures: ['score'],
      model: { name: 'credit', version: '3' },
      run: { repo: 'org/models', runId: '77', sha: 'abc' },
      reportDigest: reportDigest(report),
    });
    expect(outcome.metricsSent).toBe(0);
    expect(outcome.metricsFailure).toBeUndefined();
  });

  it('tells in the summary what was sent and dispatched, here nothing: no connection string, a dry run', async () => {
    const { summary } = await publish(result, prepared());
    expect(summary).toContain('Drift gate (dev): dataset drift');
    expect(summary).toContain('No metrics sent: app-insights-connection-string is not set.');
    expect(summary).toContain('Dry run: the model-drift event to org/models was not sent.');
    expect(summary).toContain('credit:3');
  });

  it('without a model or an aml receipt, the receipt has neither', async () => {
    const { outcome } = await publish(
      result,
      prepared({ amlReceipt: undefined, modelName: undefined, modelVersion: undefined, dispatch: undefined }),
    );
    const receipt = parseReceipt(outcome.receipt, {
      kind: 'drift',
      input: 'drift-receipt',
      environment: 'dev',
    });
    expect(receipt).not.toHaveProperty('model');
    expect(receipt).not.toHaveProperty('subscription');
  });

  it('draws a Mermaid chart of each metric against its threshold, writes the SVGs as files, embeds no data URI', async () => {
    const { outcome, summary } = await publish(result, prepared());
    expect(summary).not.toContain('data:image');
    expect(summary).toContain('\n```mermaid\nxychart-beta\n');
    expect(summary).toMatch(
      / {2}x-axis \["score"\]\n {2}y-axis "wasserstein" 0 --> [0-9.]+\n {2}bar \[[0-9.]+\]\n {2}line \[0\.1\]/,
    );
    // The text fallback stays: the distributions as bars of characters.
    expect(summary).toMatch(/<code>ref [▁▂▃▄▅▆▇█ ]+<\/code>/);
    expect(outcome.picturesPath).toBe(
      join(runnerTemp, 'check-drift-gate', 'drift-pictures-dev-20261127T100000000Z'),
    );
    expect(await readdir(outcome.picturesPath)).toEqual(['1-score.svg']);
    const svg = await readFile(join(outcome.picturesPath, '1-score.svg'), 'utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  });

  it('escapes a hostile column name everywhere in the summary: table, chart, lists', async () => {
    const name = 'score\n\n# Injected | `x` "q" %%{init: {}}%% #quot;';
    const values = (shift: number) => Array.from({ length: 200 }, (_, i) => (i % 40) + shift + 0.5);
    const hostile = await gate(
      csvSource('ref.csv', [name], column(name, values(0))),
      csvSource('cur.csv', [name], column(name, values(30))),
    );
    const { summary } = await publish(hostile, prepared());
    const rendered = new HtmlRenderer().render(new Parser().parse(summary));
    expect(rendered).not.toMatch(/<h1>/);
    const chart = /```mermaid\n([\s\S]*?)\n```/.exec(summary)![1]!;
    const axis = chart.split('\n').find((line) => line.startsWith('  x-axis'))!;
    // One quoted label: no quote, %, #-entity, backtick or line break of the name survives into the chart's syntax.
    // Cut at 40 characters before escaping, so no entity is cut in half.
    expect(axis).toBe('  x-axis ["score #35; Injected | #96;x#96; #quot;q#quot; #37;#37;{init: {}}…"]');
    expect(summary).toContain(
      '<td><code>score<br><br># Injected &#124; &#96;x&#96; &#34;q&#34; %%{init: {}}%% #quot;</code></td>',
    );
  });
});
