// Regenerates the inputs and outputs tables of actions/<name>/README.md from actions/<name>/action.yml, so the
// docs cannot drift from the metadata the runner reads. A missing README gets a skeleton to write the prose into.
// Usage: npm run docs            rewrite stale tables, create missing READMEs
//        node scripts/docs.mjs --check   change nothing; exit 1 listing stale READMEs (CI)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';
import { ACTIONS } from './actions.mjs';
import { isRequired, renderInputsTable, renderOutputsTable, replaceBetweenMarkers } from './docs-tables.mjs';

const check = process.argv.includes('--check');

/** A first README: the usage example lists only required inputs, since that is the least a caller must write. */
function skeleton(name, action) {
  const required = Object.entries(action.inputs ?? {}).filter(([, input]) => isRequired(input));
  const withBlock = required.length
    ? ['    with:', ...required.map(([input]) => `      ${input}: <${input}>`)]
    : [];
  return [
    `# ${name}`,
    '',
    String(action.description ?? '').trim(),
    '',
    '## Usage',
    '',
    '```yaml',
    'steps:',
    `  - uses: <owner>/<repo>/actions/${name}@${name}/v1`,
    ...withBlock,
    '```',
    '',
    '## Inputs',
    '',
    '<!-- inputs:start -->',
    '<!-- inputs:end -->',
    '',
    '## Outputs',
    '',
    '<!-- outputs:start -->',
    '<!-- outputs:end -->',
    '',
    '## Permissions',
    '',
    "See the action's documentation for the Azure role assignments it needs.",
    '',
  ].join('\n');
}

const problems = [];
for (const name of ACTIONS) {
  const readmePath = `actions/${name}/README.md`;
  const action = parse(readFileSync(`actions/${name}/action.yml`, 'utf8'));
  const exists = existsSync(readmePath);
  if (!exists && check) {
    problems.push(`${readmePath}: missing (run npm run docs)`);
    continue;
  }
  const before = exists ? readFileSync(readmePath, 'utf8') : skeleton(name, action);
  const withInputs = replaceBetweenMarkers(before, 'inputs', renderInputsTable(action));
  const after = withInputs && replaceBetweenMarkers(withInputs, 'outputs', renderOutputsTable(action));
  if (after === null) {
    // Never guess where a table belongs in hand-written prose: say which markers to add.
    problems.push(
      `${readmePath}: needs one <!-- inputs:start/end --> and one <!-- outputs:start/end --> marker pair`,
    );
    continue;
  }
  if (exists && after === before) continue;
  if (check) {
    problems.push(`${readmePath}: tables are stale (run npm run docs)`);
    continue;
  }
  writeFileSync(readmePath, after);
  console.log(`${exists ? 'updated' : 'created'} ${readmePath}`);
}

if (problems.length) {
  console.error(problems.join('\n'));
  process.exitCode = 1;
} else if (check) {
  console.log(`docs: all ${ACTIONS.length} READMEs match their action.yml`);
}
