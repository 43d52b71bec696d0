import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { lintWorkflow, workflowFiles } from '../../../scripts/lint-workflows.mjs';
import { REPO_ROOT } from '../../../src/sandbox/local-runner.js';

/** A GitHub expression, `${{ body }}`, written without a string that looks like a template to the linter. */
const expr = (body: string): string => `\${{ ${body} }}`;

describe('lint-workflows (actionlint)', () => {
  it('finds nothing in the example workflows and the repository’s own', async () => {
    const files = workflowFiles();
    expect(files.map((file) => relative(REPO_ROOT, file))).toEqual(
      expect.arrayContaining(['workflows-examples/release.yml', '.github/workflows/ci.yml']),
    );
    for (const file of files) expect(await lintWorkflow(readFileSync(file, 'utf8'), file)).toEqual([]);
  }, 30_000);

  it('reports what actionlint finds, with line and column, and knows the vars context', async () => {
    const workflow = [
      'on: push',
      'jobs:',
      '  build:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      `      - run: echo "${expr('vars.REGION')}"`,
      `      - run: echo "${expr('github.no_such_property')}"`,
      '      - uses: actions/checkout@v2',
      '  deploy:',
      '    needs: biuld',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - run: echo deploy',
    ].join('\n');
    const findings = await lintWorkflow(workflow, 'broken.yml');
    expect(findings.map(({ line, kind }) => [line, kind])).toEqual([
      [7, 'expression'],
      [8, 'action'],
      [9, 'job-needs'], // actionlint places it at the job
    ]);
    expect(findings[0]).toMatchObject({ file: 'broken.yml', column: 24 }); // at no_such_property
    expect(findings[2]!.message).toContain('biuld');
  }, 30_000);
});
