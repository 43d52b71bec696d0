/**
 * Every action's job summary, built once from plain strings and once from hostile ones (names, column headers,
 * messages with pipes, backticks, blank lines, `<`, `</details>`, `#`, javascript: links), rendered with commonmark.js
 * (the CommonMark reference implementation, whose HTML-block rules GitHub's cmark-gfm shares). The two renders must
 * have the same structure: the same Markdown blocks and the same HTML tags in the same order. A hostile string that
 * ends an HTML block, opens a tag or starts a heading changes the structure and fails the test.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { HtmlRenderer, type Node, Parser } from 'commonmark';
import type { ApplyOutcome } from '../../../src/apply-control-metadata/apply.js';
import { planRows } from '../../../src/apply-control-metadata/plan.js';
import { reportPlan } from '../../../src/apply-control-metadata/report.js';
import { writeDriftSummary } from '../../../src/check-drift-gate/summary.js';
import { diffArtifacts } from '../../../src/deploy-adf-pipelines/diff.js';
import { planDocument, renderPlanSummary } from '../../../src/deploy-adf-pipelines/report.js';
import type { ReleasePlan } from '../../../src/deploy-aml-endpoint/release-plan.js';
import { renderFailure, renderServing, renderSummary } from '../../../src/deploy-aml-endpoint/summary.js';
import { SummaryBuilder } from '../../../src/shared/summary.js';
import { row } from '../../fixtures/control-rows.js';
import { csvSource, gate } from '../check-drift-gate/gate-fixtures.js';
import { artifact } from '../deploy-adf-pipelines/helpers.js';

const HOSTILE = [
  'a | b',
  '`tick` ``` fence',
  'one\n\n# Injected heading\n\ntwo',
  '<script>alert(1)</script>',
  '</details></table></td>',
  '# heading',
  '[x](javascript:alert(1))',
  '\n\n<img src=x onerror=alert(1)>\n\n',
  '---\n\n* item',
  '\r\n\r\n> quote',
];

/** The skeleton of a render: block types, and for HTML the tag names in order (`<br>` is how a cell breaks lines). */
function structure(markdown: string): string[] {
  const shape: string[] = [];
  const walker = new Parser().parse(markdown).walker();
  for (let step = walker.next(); step; step = walker.next()) {
    if (!step.entering) continue;
    const node: Node = step.node;
    if (node.type === 'text' || node.type === 'softbreak') continue;
    if (node.type === 'html_block' || node.type === 'html_inline') {
      const tags = [...(node.literal ?? '').matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)/g)]
        .map((match) => match[0].toLowerCase())
        .filter((tag) => tag !== '<br');
      shape.push(`${node.type}:${tags.join('')}`);
    } else if (node.type === 'code_block') {
      shape.push(`code_block:${node.info ?? ''}`);
    } else {
      shape.push(node.type);
    }
  }
  return shape;
}

/** Renders with `make(text)` for a plain word and for each hostile string; every render has the plain structure. */
async function expectSameStructure(make: (text: string) => Promise<string> | string): Promise<void> {
  const plain = structure(await make('plain'));
  for (const hostile of HOSTILE) {
    const text = await make(hostile);
    expect({ hostile, shape: structure(text) }).toEqual({ hostile, shape: plain });
    // What a reader's browser gets: fenced blocks show their text, HTML blocks pass through as written.
    const rendered = new HtmlRenderer().render(new Parser().parse(text));
    expect(rendered).not.toMatch(/<(script|img src=x|h1)/);
    expect(rendered).not.toContain('href="javascript');
  }
}

let runnerTemp: string;
beforeAll(async () => {
  runnerTemp = await mkdtemp(join(tmpdir(), 'hostile-summary-'));
});
afterAll(async () => {
  await rm(runnerTemp, { recursive: true, force: true });
});

function amlPlan(text: string): ReleasePlan {
  const deployment = { name: `blue${text}`, model: { name: `model${text}`, version: '3' } };
  return {
    endpointName: `ep${text}`,
    deployments: [deployment],
    steps: [
      {
        resource: 'deployment',
        name: `blue${text}`,
        action: 'update',
        reason: `because ${text}`,
        changes: [{ field: `settings.${text}`, before: text, after: `${text}!` }],
      },
    ],
    changed: true,
    validations: [
      {
        model: `model${text}:3`,
        run: `https://github.com/o/r/actions/runs/1?${text}`,
        checks: [`receipt of ${text}`],
      },
    ],
  } as unknown as ReleasePlan;
}

describe('job summaries built from hostile strings keep their structure', () => {
  it('deploy-aml-endpoint: plan, serving and failure', async () => {
    await expectSameStructure((text) => {
      const summary = new SummaryBuilder();
      renderSummary(summary, {
        environment: `env${text}`,
        workspace: `ws${text}`,
        dryRun: false,
        plan: amlPlan(text),
        planPath: `/tmp/${text}/plan.json`,
      });
      renderServing(summary, {
        endpoint: `ep${text}`,
        changed: true,
        scoringUri: `https://x/${text}`,
        defaultDeployment: `blue${text}`,
        deployments: [
          { name: `blue${text}`, model: `m${text}` },
          { name: `green${text}`, model: `m${text}` },
        ],
        model: `m${text}`,
        deleted: [`old${text}`],
      });
      renderFailure(summary, {
        error: `Azure said ${text}`,
        applied: `applied ${text}`,
        serving: `serves ${text}`,
      });
      return summary.toString();
    });
  });

  it('deploy-adf-pipelines: the plan', async () => {
    await expectSameStructure((text) => {
      const desired = [
        artifact('pipeline', `pl_${text}`, { activities: [], description: text }),
        artifact('pipeline', 'pl_same', { activities: [], description: text }),
      ];
      const live = [
        {
          kind: 'pipeline' as const,
          name: 'pl_same',
          properties: { activities: [], description: `old ${text}` },
        },
        { kind: 'pipeline' as const, name: `gone ${text}`, properties: { activities: [] } },
      ];
      const entries = diffArtifacts(desired, live);
      const dependencies = {
        edges: [],
        deployOrder: [entries.map((entry) => `${entry.kind}:${entry.name}`)],
        deleteOrder: [],
      };
      const document = planDocument(
        { entries, triggers: [], dependencies },
        {
          environment: `env ${text}`,
          factory: `adf ${text}`,
          dryRun: true,
          deleteOrphans: false,
        },
      );
      const summary = new SummaryBuilder();
      renderPlanSummary(summary, document, `/tmp/${text}/plan.json`);
      return summary.toString();
    });
  });

  it('apply-control-metadata: the plan', async () => {
    await expectSameStructure(async (text) => {
      const stored = (id: string) => ({
        ...row(id),
        content_hash: 'x',
        applied_at: 'then',
        applied_by: 'someone',
        source_commit: null,
      });
      const plan = planRows([row(`uc-${text}`), row('uc-same', { schedule: text })], [stored('uc-same')], {
        prune: 'disable',
        caseInsensitiveIds: true,
      });
      const outcome = {
        dryRun: true,
        plan,
        migrations: [`0001-${text}.sql`],
        counts: {},
        rowsHash: 'h',
        roundTrips: 4,
      } as unknown as ApplyOutcome;
      const summary = new SummaryBuilder();
      await reportPlan(
        outcome,
        { environment: 'dev', engine: 'postgresql', table: `public.${text}`, prune: 'disable' },
        { logger: { info: () => undefined }, summary, env: { RUNNER_TEMP: runnerTemp }, redact: (t) => t },
      );
      return summary.toString();
    });
  });

  it('check-drift-gate: verdict, feature table, pictures and notes', async () => {
    await expectSameStructure(async (text) => {
      const numeric = `income ${text}`;
      const category = `segment ${text}`;
      const reference = Array.from({ length: 60 }, (_, i) => ({
        [numeric]: i % 10,
        [category]: i % 2 ? `a ${text}` : 'b',
      }));
      const current = Array.from({ length: 60 }, (_, i) => ({
        [numeric]: 50 + (i % 10),
        [category]: i % 3 ? `c ${text}` : 'b',
      }));
      const result = await gate(
        csvSource(`ref ${text}.csv`, [numeric, category], reference),
        csvSource(`cur ${text}.csv`, [numeric, category], current),
      );
      expect(result.drifted).toBe(true);
      const summary = new SummaryBuilder();
      writeDriftSummary(summary, result, {
        environment: `env ${text}`,
        model: `model ${text}`,
        onDrift: 'fail',
        onSchemaChange: 'fail',
        dryRun: true,
        reportPath: `/tmp/${text}/report.json`,
        picturesPath: `/tmp/${text}/pictures`,
        outcomes: [`sent ${text}`],
      });
      return summary.toString();
    });
  });
});
