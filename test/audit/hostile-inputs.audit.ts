// The hostile-input table, per action: path traversal, symlinks out of the workspace, bombs (JSON nested thousands
// deep, YAML alias expansion), oversized files, injection into identifiers and values, and workflow-command injection
// (`::set-output`, `::add-mask::`, `::stop-commands`) in data. Each probe holds when the bundled action refuses with
// one clear error naming the input or file, before any write, with no stack trace and no command smuggled into the
// log; probes of values the action may accept (dry runs) hold when nothing is injected. Every run is secret-scanned.
import { appendFile, mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect } from '@jest/globals';
import { SAMPLE_FACTORY_FINDINGS, useSandboxFixture } from '../harness/sandbox.js';
import { expectNoInjectedCommands, expectRefused, probe } from './kit.js';
import { type AuditedAction, type Stage, stage } from './stage.js';

const f = useSandboxFixture({ ignoreFindings: SAMPLE_FACTORY_FINDINGS });
let s: Stage;
beforeAll(async () => {
  s = await stage(f, 'audit');
}, 180_000);

const INJECT = '\n::set-output name=receipt::pwned\n::add-mask::INJECT\n::stop-commands::pwned\n';
const deepJson = (n = 5000) => `${'['.repeat(n)}${']'.repeat(n)}`;
const aliasBomb = [
  'a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x", "x"]',
  ...'bcdefghi'.split('').map((c, i) => `${c}: &${c} [${Array(10).fill(`*${'abcdefghi'[i]}`).join(', ')}]`),
].join('\n');
/** Bigger than any spec or row file: 24 MB of one YAML comment line and a key. */
const oversized = () => `# ${'x'.repeat(24 * 1024 * 1024)}\nname: big\n`;

interface Case {
  readonly name: string;
  /** Changes the probe's own copy of the checkout before the run. */
  readonly setup?: (workspace: string) => Promise<void>;
  readonly inputs?: Record<string, string>;
  /** The refusal's message; `accepted` for a value the action may take (a dry run), checked for injection only. */
  readonly refused: RegExp | 'accepted';
}

async function replace(workspace: string, file: string, text: string): Promise<void> {
  await rm(join(workspace, file), { force: true });
  await writeFile(join(workspace, file), text);
}

async function linkOut(workspace: string, file: string, target = '/etc/hostname'): Promise<void> {
  await rm(join(workspace, file), { force: true, recursive: true });
  await symlink(target, join(workspace, file));
}

function table(action: AuditedAction, cases: readonly Case[]): void {
  describe(action, () => {
    for (const c of cases) {
      probe('hostile-input', `${action}: ${c.name}`, async () => {
        const workspace = await s.fork();
        await c.setup?.(workspace);
        const { run, writes } = await s.run(action, c.name, c.inputs ?? {}, workspace);
        expect(writes).toBe(0);
        if (c.refused === 'accepted') {
          expectNoInjectedCommands(run);
          expect(run.stdout + run.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
        } else {
          expectRefused(run, c.refused);
        }
        await rm(workspace, { recursive: true, force: true });
      });
    }
  });
}

/** Probes every action shares (the inputs parsed by src/shared). */
const shared: Case[] = [
  {
    name: 'environment with a workflow command',
    inputs: { environment: `dev${INJECT}` },
    refused: /environment/,
  },
  { name: 'environment with path traversal', inputs: { environment: '../../prod' }, refused: /environment/ },
  { name: 'timeout not a duration', inputs: { timeout: '1h; rm -rf /' }, refused: /timeout/ },
  { name: 'dry-run neither true nor false', inputs: { 'dry-run': 'yes' }, refused: /dry-run/ },
];

const azureShared: Case[] = [
  ...shared,
  {
    name: 'subscription id with a path',
    inputs: { 'subscription-id': '../../providers/x' },
    refused: /subscription-id/,
  },
  {
    name: 'resource group with a path',
    inputs: { 'resource-group': 'rg/../../other' },
    refused: /resource-group/,
  },
  {
    name: 'arm-endpoint over plain http',
    inputs: { 'arm-endpoint': 'http://169.254.169.254/' },
    refused: /arm-endpoint|https/i,
  },
  { name: 'auth mode injected', inputs: { auth: `oidc${INJECT}` }, refused: /auth/ },
];

table('deploy-aml-endpoint', [
  ...azureShared,
  {
    name: 'endpoint-file traversal',
    inputs: { 'endpoint-file': '../../../../etc/passwd' },
    refused: /endpoint-file/,
  },
  {
    name: 'endpoint-file absolute outside',
    inputs: { 'endpoint-file': '/etc/passwd' },
    refused: /endpoint-file/,
  },
  {
    name: 'endpoint-file symlink out',
    setup: (w) => linkOut(w, 'ml/endpoint.yml'),
    refused: /endpoint-file|endpoint\.yml/,
  },
  {
    name: 'deployment-file symlink out',
    setup: (w) => linkOut(w, 'ml/deployment.yml'),
    refused: /deployment-file|deployment\.yml/,
  },
  {
    name: 'model folder symlinked out',
    setup: (w) => linkOut(w, 'ml/model', '/etc'),
    refused: /model|workspace/,
  },
  {
    name: 'endpoint.yml nested 5000 deep',
    setup: (w) => replace(w, 'ml/endpoint.yml', `name: ${deepJson()}`),
    refused: /endpoint\.yml.*nested more than/,
  },
  {
    name: 'deployment.yml alias bomb',
    setup: (w) => replace(w, 'ml/deployment.yml', aliasBomb),
    refused: /deployment\.yml.*alias/,
  },
  {
    name: 'endpoint.yml oversized',
    setup: (w) => replace(w, 'ml/endpoint.yml', oversized()),
    refused: /endpoint\.yml/,
  },
  {
    name: 'endpoint name with SQL and quotes',
    inputs: { 'endpoint-name': "ep'; DROP TABLE x; --" },
    refused: /endpoint-name|endpoint name/,
  },
  {
    name: 'endpoint name with a workflow command',
    inputs: { 'endpoint-name': `ep${INJECT}` },
    refused: /endpoint-name|endpoint name/,
  },
  {
    name: 'deployment name with a path',
    inputs: { 'deployment-name': '../blue' },
    refused: /deployment-name|deployment name/,
  },
  {
    name: 'model reference with a path',
    inputs: { model: 'azureml:../../m:1', 'model-file': '' },
    refused: /model/,
  },
  {
    name: 'endpoint name in the file with a workflow command',
    setup: (w) =>
      replace(w, 'ml/endpoint.yml', `name: "ep${INJECT.replace(/\n/g, '\\n')}"\nauth_mode: aad_token\n`),
    inputs: { 'endpoint-name': '' },
    refused: /endpoint|name/,
  },
  {
    name: 'description with workflow commands (a value, dry run)',
    setup: (w) =>
      appendFile(join(w, 'ml/endpoint.yml'), `\n# x\n`).then(() =>
        editYaml(
          w,
          'ml/endpoint.yml',
          /^description: .*$/m,
          `description: "${INJECT.replace(/\n/g, '\\n')}"`,
        ),
      ),
    inputs: { 'dry-run': 'true' },
    refused: 'accepted',
  },
  {
    name: 'tag value with </details> and a javascript: link (dry run)',
    setup: (w) =>
      editYaml(w, 'ml/endpoint.yml', /owner: .*$/m, 'owner: "</details></table>[x](javascript:alert(1))"'),
    inputs: { 'dry-run': 'true' },
    refused: 'accepted',
  },
]);

async function editYaml(
  workspace: string,
  file: string,
  pattern: RegExp,
  replacement: string,
): Promise<void> {
  const path = join(workspace, file);
  const text = await readFile(path, 'utf8');
  expect(text).toMatch(pattern);
  await writeFile(path, text.replace(pattern, replacement));
}

table('deploy-adf-pipelines', [
  ...azureShared,
  { name: 'source traversal', inputs: { source: '../../..' }, refused: /source/ },
  { name: 'source absolute outside', inputs: { source: '/etc' }, refused: /source/ },
  {
    name: 'source folder symlinked out',
    setup: (w) => linkOut(w, 'adf', '/etc'),
    refused: /source|adf|workspace/,
  },
  {
    name: 'pipeline file symlinked out',
    setup: (w) => linkOut(w, 'adf/pipeline/pl_score_use_case.json'),
    refused: /pl_score_use_case\.json is a symbolic link to a file outside the source folder/,
  },
  {
    name: 'overrides-file traversal',
    inputs: { 'overrides-file': '../../../etc/passwd' },
    refused: /overrides-file/,
  },
  {
    name: 'pipeline nested 5000 deep',
    setup: (w) =>
      replace(
        w,
        'adf/pipeline/pl_score_use_case.json',
        `{"name":"pl_score_use_case","properties":${deepJson()}}`,
      ),
    refused: /pl_score_use_case\.json.*nested more than/,
  },
  {
    name: 'overrides alias bomb',
    setup: (w) => replace(w, 'adf/overrides/dev.yml', aliasBomb),
    refused: /dev\.yml.*alias/,
  },
  {
    name: 'pipeline file oversized',
    setup: (w) =>
      replace(
        w,
        'adf/pipeline/pl_score_use_case.json',
        `{"name":"pl_score_use_case","properties":{"description":"${'x'.repeat(24 * 1024 * 1024)}"}}`,
      ),
    refused: /pl_score_use_case\.json.*24\.0 MB.*over 16 MB are refused/,
  },
  {
    name: 'pipeline name with a path',
    setup: (w) =>
      editJson(w, 'adf/pipeline/pl_score_use_case.json', (d) => ({ ...d, name: '../../factories/other' })),
    refused: /'\.\.\/\.\.\/factories\/other' is not a valid name/,
  },
  {
    name: 'pipeline name with a workflow command',
    setup: (w) => editJson(w, 'adf/pipeline/pl_score_use_case.json', (d) => ({ ...d, name: `pl${INJECT}` })),
    refused: /is not a valid name/,
  },
  {
    name: 'factory name with a path',
    inputs: { 'factory-name': 'adf/../../other' },
    refused: /factory-name/,
  },
  {
    name: 'aml receipt that is not one',
    inputs: { 'aml-receipt': `{"v":1}${INJECT}` },
    refused: /aml-receipt/,
  },
  { name: 'aml receipt nested 5000 deep', inputs: { 'aml-receipt': deepJson() }, refused: /aml-receipt/ },
  {
    // The kernel limits one environment string to 128 KB: no input can be bigger.
    name: 'aml receipt of 120 KB',
    inputs: { 'aml-receipt': `{"v":1,"x":"${'x'.repeat(120 * 1024)}"}` },
    refused: /aml-receipt/,
  },
  { name: 'include pattern with traversal', inputs: { include: '../../**' }, refused: /include/ },
  { name: 'max-deletions negative', inputs: { 'max-deletions': '-1' }, refused: /max-deletions/ },
  { name: 'concurrency absurd', inputs: { concurrency: '100000000' }, refused: /concurrency/ },
  {
    name: 'global parameter value with workflow commands (dry run)',
    setup: (w) =>
      editYaml(
        w,
        'adf/overrides/dev.yml',
        /environment: dev/,
        `environment: "${INJECT.replace(/\n/g, '\\n')}"`,
      ),
    inputs: { 'dry-run': 'true' },
    refused: 'accepted',
  },
  {
    name: 'activity description with </details> and # (dry run)',
    setup: (w) =>
      editJson(w, 'adf/pipeline/pl_score_use_case.json', (d) => ({
        ...d,
        properties: {
          ...(d.properties as object),
          description: '</details>\n\n# pwned\n\n[x](javascript:alert(1)) | `x`',
        },
      })),
    inputs: { 'dry-run': 'true' },
    refused: 'accepted',
  },
]);

async function editJson(
  workspace: string,
  file: string,
  edit: (document: Record<string, unknown>) => Record<string, unknown>,
): Promise<void> {
  const path = join(workspace, file);
  await writeFile(path, JSON.stringify(edit(JSON.parse(await readFile(path, 'utf8'))), null, 2));
}

table('apply-control-metadata', [
  ...azureShared,
  { name: 'rows traversal', inputs: { rows: '../../../etc/passwd' }, refused: /rows/ },
  { name: 'rows absolute outside', inputs: { rows: '/etc/passwd' }, refused: /rows/ },
  {
    name: 'rows file symlinked out',
    setup: (w) => linkOut(w, 'metadata/use-cases.yml'),
    refused: /use-cases\.yml|rows|outside|symlink/,
  },
  { name: 'migrations glob climbing out', inputs: { migrations: '../../**/*.sql' }, refused: /migrations/ },
  {
    name: 'migration symlinked out',
    setup: (w) => linkOut(w, 'metadata/migrations/postgresql/0002-out.sql'),
    refused: /0002-out\.sql|migrations|outside|symlink/,
  },
  {
    name: 'rows nested 5000 deep',
    setup: (w) => replace(w, 'metadata/use-cases.yml', `use_cases: ${deepJson()}`),
    refused: /use-cases\.yml.*nested more than/,
  },
  {
    name: 'rows alias bomb',
    setup: (w) => replace(w, 'metadata/use-cases.yml', aliasBomb),
    refused: /use-cases\.yml.*alias/,
  },
  {
    name: 'rows file oversized',
    setup: (w) => replace(w, 'metadata/use-cases.yml', oversized()),
    refused: /use-cases\.yml/,
  },
  {
    name: 'overrides alias bomb',
    setup: (w) => replace(w, 'metadata/overrides/dev.yml', aliasBomb),
    refused: /dev\.yml.*alias/,
  },
  {
    name: 'table name with SQL',
    inputs: { table: 'x; DROP TABLE mlops.control_use_cases; --' },
    refused: /table/,
  },
  { name: 'table name with a workflow command', inputs: { table: `mlops.t${INJECT}` }, refused: /table/ },
  {
    name: 'row id with SQL and a workflow command',
    setup: (w) =>
      editYaml(
        w,
        'metadata/use-cases.yml',
        /id: credit-default-retail/,
        `id: "x'); DROP TABLE mlops.control_use_cases; --${INJECT.replace(/\n/g, '\\n')}"`,
      ),
    refused: /use-cases\.yml.*id/,
  },
  {
    name: 'variables with SQL',
    inputs: { variables: "environment: dev'; DROP TABLE x; --" },
    refused: 'accepted',
  },
  {
    name: 'variable name injected',
    inputs: { variables: `en$(v)ironment${INJECT}: dev` },
    refused: /variables/,
  },
  {
    name: 'connection string unreadable, password kept out',
    inputs: {
      'connection-string': `postgresql://u:${encodeURIComponent('Pw-0f-the-audit-db!x7')}@127.0.0.1:1/db?sslmode=bogus${INJECT}`,
    },
    refused: /connection|database|ECONNREFUSED|sslmode/i,
  },
  {
    name: 'adf receipt that is not one',
    inputs: { 'adf-receipt': `garbage${INJECT}` },
    refused: /adf-receipt/,
  },
  {
    name: 'row value with workflow commands and </details> (dry run)',
    setup: (w) =>
      editYaml(
        w,
        'metadata/use-cases.yml',
        /segment: retail/,
        `segment: "</details>\\n\\n# pwned${INJECT.replace(/\n/g, '\\n')}"`,
      ),
    inputs: { 'dry-run': 'true' },
    refused: 'accepted',
  },
]);

table('check-drift-gate', [
  ...shared,
  { name: 'reference traversal', inputs: { reference: '../../../etc/passwd' }, refused: /reference/ },
  { name: 'reference absolute outside', inputs: { reference: '/etc/passwd' }, refused: /reference/ },
  { name: 'current glob climbing out', inputs: { current: '../../**/*.csv' }, refused: /current/ },
  {
    name: 'reference symlinked out',
    setup: (w) => linkOut(w, 'ml/sample-input.csv', '/etc/passwd'),
    refused: /reference|sample-input\.csv|outside|symlink/,
  },
  {
    name: 'reference over plain http (metadata service)',
    inputs: { reference: 'http://169.254.169.254/latest/meta-data' },
    refused: /reference/,
  },
  { name: 'reference as file: URL', inputs: { reference: 'file:///etc/passwd' }, refused: /reference/ },
  { name: 'feature-types alias bomb', inputs: { 'feature-types': aliasBomb }, refused: /feature-types/ },
  { name: 'thresholds nested 5000 deep', inputs: { thresholds: deepJson() }, refused: /thresholds/ },
  { name: 'metrics nested 5000 deep', inputs: { metrics: deepJson() }, refused: /metrics/ },
  {
    name: 'JSON Lines rows nested 5000 deep',
    setup: async (w) => {
      await mkdir(join(w, 'jl'));
      await writeFile(join(w, 'jl/ref.jsonl'), `{"a":1,"b":${deepJson()}}\n`.repeat(20));
    },
    inputs: { reference: 'jl/ref.jsonl', current: 'jl/ref.jsonl' },
    refused: 'accepted',
  },
  {
    name: 'column headers with workflow commands and </details>',
    setup: (w) =>
      writeFile(join(w, 'ml/hostile.csv'), `"a${INJECT}",</details><h1>x,"# b"\n1,2,3\n2,3,4\n3,4,5\n`),
    inputs: { reference: 'ml/hostile.csv', current: 'ml/hostile.csv' },
    refused: 'accepted',
  },
  {
    name: 'dispatch repository with a path',
    inputs: { 'on-drift': 'dispatch', 'dispatch-repository': 'o/r/../../x' },
    refused: /dispatch-repository/,
  },
  { name: 'drift-share out of range', inputs: { 'drift-share': '2' }, refused: /drift-share/ },
  {
    name: 'App Insights connection string without an instrumentation key',
    inputs: {
      'app-insights-connection-string': `IngestionEndpoint=https://example.invalid/${INJECT}`,
      'dry-run': 'false',
    },
    refused: /app-insights-connection-string/,
  },
]);
