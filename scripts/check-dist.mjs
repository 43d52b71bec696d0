// Fails when dist/ in the working tree differs from the committed dist/ (git HEAD). Run it after `npm run bundle`:
// bundles are reproducible, so any difference means the committed dist/ was not rebuilt from the committed source
// (and the runner executes dist/, not src/). It rebuilds nothing itself.
import { execFileSync } from 'node:child_process';
import { appendFileSync } from 'node:fs';

const git = (...args) => execFileSync('git', args, { encoding: 'utf8' }).trimEnd();

// --untracked-files=all lists each new file (a new chunk, a newly bundled action), not just its folder.
const status = git('status', '--porcelain', '--untracked-files=all', '--', 'dist/');
if (status === '') {
  console.log('check-dist: dist/ matches the committed bundles');
  process.exit(0);
}

let hasHead = true;
try {
  git('rev-parse', '--verify', '--quiet', 'HEAD');
} catch {
  hasHead = false;
}
// Against HEAD rather than the index, so staged but uncommitted bundles count too. Untracked files have no stat.
const stat = hasHead ? git('diff', '--stat', 'HEAD', '--', 'dist/') : '';

console.error('check-dist: dist/ differs from the committed bundles. Run `npm run bundle` and commit dist/.');
console.error(status);
if (stat) console.error(stat);
if (!hasHead) console.error('(no commit yet: nothing of dist/ is committed)');

if (process.env.GITHUB_STEP_SUMMARY) {
  const fence = '```';
  appendFileSync(
    process.env.GITHUB_STEP_SUMMARY,
    [
      '### dist/ is not what the source builds',
      '',
      'Run `npm run bundle` and commit `dist/`. Files that differ:',
      '',
      fence,
      status,
      fence,
      ...(stat ? ['', fence, stat, fence] : []),
      '',
    ].join('\n'),
  );
}
process.exit(1);
