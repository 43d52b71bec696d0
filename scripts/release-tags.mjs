// Which release tags to create (DESIGN.md §8), run by .github/workflows/release.yml after release-please: per
// action, its version from .release-please-manifest.json (the one source of truth, which check-versions holds
// definition.ts and the changelog to) gives the exact tag `<name>/vX.Y.Z` and the moving major tag `<name>/vN`.
//  - The exact tag is created only for a version that has none yet (release-please creates it with the GitHub
//    release when the release PR merges; this creates it when it is missing), never for a version lower than the
//    newest released one.
//  - An existing exact tag is never moved: if dist/<name>/ at HEAD differs from the tag's, the plan fails (a
//    changed bundle needs a new version), and nothing is tagged.
//  - The major tag moves to the newest exact version of its major line (a patch released on an older line does
//    not move the newer line's tag).
// `node scripts/release-tags.mjs` prints the plan; `--apply` creates and moves the tags locally; `--push [remote]`
// also pushes them to the remote (origin by default; major tags with --force, exact tags never forced);
// `--notes-dir <dir>` writes, for each exact tag created, `<dir>/<name>.md` with the version's changelog section
// and `<dir>/<name>.tag` with the tag, for the workflow to publish the GitHub release.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ACTIONS } from './actions.mjs';

export const MANIFEST = '.release-please-manifest.json';
const SEMVER = /^(\d+)\.(\d+)\.(\d+)$/;

const compare = (a, b) => {
  const [x, y] = [a, b].map((v) => v.split('.').map(Number));
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
};

/** git in `cwd`, output trimmed; undefined when the command fails and `quiet` is set. */
function gitIn(cwd) {
  return (args, { quiet = false } = {}) => {
    try {
      return execFileSync('git', args, {
        cwd,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      }).trimEnd();
    } catch (error) {
      if (quiet) return undefined;
      throw error;
    }
  };
}

/** The manifest's version of each action (`actions/<name>` keys). */
export function manifestVersions(root, actions = ACTIONS) {
  const manifest = JSON.parse(readFileSync(join(root, MANIFEST), 'utf8'));
  return Object.fromEntries(actions.map((name) => [name, manifest[`actions/${name}`]]));
}

/**
 * The plan for the repository at `root` (HEAD): `{ create: [{ tag, target }], move: [{ tag, target, from }],
 * problems: [string] }`; targets are commit ids. A plan with problems must not be applied.
 */
export function planTags(root, actions = ACTIONS) {
  const git = gitIn(root);
  const head = git(['rev-parse', 'HEAD']);
  const tags = new Set(git(['tag', '--list']).split('\n').filter(Boolean));
  const commitOf = (ref) => git(['rev-parse', `${ref}^{commit}`]);
  // The tree id of dist/<name>/ at a commit: equal ids mean byte-identical bundles.
  const distTree = (ref, name) => git(['rev-parse', `${ref}:dist/${name}`], { quiet: true }) ?? 'none';
  const versions = manifestVersions(root, actions);
  const plan = { create: [], move: [], problems: [] };

  for (const name of actions) {
    const version = versions[name];
    if (!version || !SEMVER.test(version)) {
      plan.problems.push(
        `${name}: ${MANIFEST} needs "actions/${name}": "X.Y.Z" (found ${version ?? 'none'})`,
      );
      continue;
    }
    const released = [...tags]
      .map((tag) => tag.match(new RegExp(`^${name}/v(\\d+\\.\\d+\\.\\d+)$`))?.[1])
      .filter(Boolean)
      .sort(compare);
    const exact = `${name}/v${version}`;
    let target;
    if (tags.has(exact)) {
      target = commitOf(exact);
      if (distTree(exact, name) !== distTree('HEAD', name)) {
        plan.problems.push(
          `${name}: dist/${name}/ differs from the release ${exact}; a released version is never retagged: bump the version (and its changelog)`,
        );
        continue;
      }
    } else {
      const newest = released.at(-1);
      if (newest && compare(version, newest) < 0) {
        plan.problems.push(`${name}: version ${version} is lower than the released ${name}/v${newest}`);
        continue;
      }
      target = head;
      plan.create.push({ tag: exact, target });
    }
    const major = version.match(SEMVER)[1];
    const sameLine = [...released, version].filter((v) => v.startsWith(`${major}.`)).sort(compare);
    if (sameLine.at(-1) !== version) continue; // an older patch: the major tag stays on the newer one
    const majorTag = `${name}/v${major}`;
    const from = tags.has(majorTag) ? commitOf(majorTag) : undefined;
    if (from !== target) plan.move.push({ tag: majorTag, target, ...(from ? { from } : {}) });
  }
  return plan;
}

/** The `## <version>` section of actions/<name>/CHANGELOG.md (its body), the notes of the version's release. */
export function changelogSection(root, name, version) {
  const text = readFileSync(join(root, 'actions', name, 'CHANGELOG.md'), 'utf8');
  const sections = text.split(/^## +/m).slice(1);
  const section = sections.find((part) => part.split(/\s/)[0]?.replace(/^\[(.*)\]$/, '$1') === version);
  return section ? section.slice(section.indexOf('\n') + 1).trim() : '';
}

/** Creates the exact tags and moves the major tags in `root`; pushes them to `remote` when given. */
export function applyPlan(root, plan, remote) {
  if (plan.problems.length) throw new Error(`release-tags: not applied:\n  ${plan.problems.join('\n  ')}`);
  const git = gitIn(root);
  for (const { tag, target } of plan.create) git(['tag', tag, target]);
  for (const { tag, target } of plan.move) git(['tag', '--force', tag, target]);
  if (remote) {
    if (plan.create.length) git(['push', remote, ...plan.create.map(({ tag }) => `refs/tags/${tag}`)]);
    if (plan.move.length) git(['push', '--force', remote, ...plan.move.map(({ tag }) => `refs/tags/${tag}`)]);
  }
}

function main() {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const args = process.argv.slice(2);
  const plan = planTags(root);
  for (const { tag, target } of plan.create) console.log(`create ${tag} -> ${target.slice(0, 12)}`);
  for (const { tag, target, from } of plan.move)
    console.log(`move   ${tag} -> ${target.slice(0, 12)}${from ? ` (was ${from.slice(0, 12)})` : ' (new)'}`);
  for (const problem of plan.problems) console.error(`problem: ${problem}`);
  if (plan.problems.length) {
    process.exitCode = 1;
    return;
  }
  if (!plan.create.length && !plan.move.length) console.log('release-tags: every tag is where it belongs');
  if (args.includes('--apply') || args.includes('--push')) {
    const at = args.indexOf('--push');
    const remote = at >= 0 ? (args[at + 1] ?? 'origin') : undefined;
    applyPlan(root, plan, remote);
    const notesAt = args.indexOf('--notes-dir');
    if (notesAt >= 0) {
      const dir = args[notesAt + 1];
      mkdirSync(dir, { recursive: true });
      for (const { tag } of plan.create) {
        const [name, version] = tag.split('/v');
        writeFileSync(join(dir, `${name}.md`), `${changelogSection(root, name, version)}\n`);
        writeFileSync(join(dir, `${name}.tag`), tag);
      }
    }
    console.log(remote ? `release-tags: applied and pushed to ${remote}` : 'release-tags: applied locally');
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
