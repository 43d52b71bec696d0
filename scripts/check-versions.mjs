// DESIGN.md §8: each action is versioned on its own. The version's one source of truth is release-please's
// manifest (.release-please-manifest.json, key `actions/<name>`), which the release workflow tags from; checks
//  - release-please-config.json has one package per action (component <name>, tags `<name>/vX.Y.Z`: component in
//    the tag, `v`, `/` as separator) and separate release PRs,
//  - src/<name>/definition.ts has a `version: 'X.Y.Z'` equal to the manifest's (scripts/sync-versions.mjs writes it),
//  - actions/<name>/CHANGELOG.md starts (first `## ` heading) with that version,
//  - if the tag `<name>/vX.Y.Z` of that version already exists, dist/<name>/ is still what was released under it:
//    shared code reaches an action only through its bundle, so a changed bundle needs a new version.
// Run it after check-dist, so the working tree's dist/ is the committed one. CI must fetch tags (fetch-depth: 0).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { ACTIONS } from './actions.mjs';

const SEMVER = /^\d+\.\d+\.\d+$/;
const git = (...args) => execFileSync('git', args, { encoding: 'utf8' }).trimEnd();

/** Reads the version with a regex: importing the TypeScript would need a compiler, and the field is a literal. */
function definitionVersion(name) {
  const source = readFileSync(`src/${name}/definition.ts`, 'utf8');
  return source.match(/^\s*version:\s*['"]([^'"]+)['"]/m)?.[1];
}

/** The first `## ` heading's first word (so `## 0.2.0 - 2025-01-31` reads as 0.2.0), brackets dropped. */
function changelogVersion(path) {
  const heading = readFileSync(path, 'utf8').match(/^## +(\S+)/m)?.[1];
  return heading?.replace(/^\[(.*)\]$/, '$1');
}

/** True when dist/<name>/ in the working tree differs from the tag's, untracked files included. */
function distDiffersFrom(tag, name) {
  const dir = `dist/${name}/`;
  let differs = false;
  try {
    git('diff', '--quiet', tag, '--', dir);
  } catch {
    differs = true; // exit 1: differences
  }
  return differs || git('ls-files', '--others', '--exclude-standard', '--', dir) !== '';
}

const compare = (a, b) => {
  const [x, y] = [a, b].map((v) => v.split('.').map(Number));
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
};

const problems = [];

const readJson = (path) => {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    problems.push(`${path}: cannot be read as JSON (${error.message})`);
    return {};
  }
};
const manifest = readJson('.release-please-manifest.json');
const config = readJson('release-please-config.json');
const expected = {
  'include-component-in-tag': true,
  'include-v-in-tag': true,
  'tag-separator': '/',
  'separate-pull-requests': true,
};
for (const [key, value] of Object.entries(expected)) {
  if (config[key] !== value)
    problems.push(
      `release-please-config.json: "${key}" must be ${JSON.stringify(value)} (tags <name>/vX.Y.Z, one release PR per action)`,
    );
}
const packages = Object.keys(config.packages ?? {}).sort();
const wanted = ACTIONS.map((name) => `actions/${name}`).sort();
if (JSON.stringify(packages) !== JSON.stringify(wanted))
  problems.push(
    `release-please-config.json: packages must be exactly ${wanted.join(', ')} (found ${packages.join(', ') || 'none'})`,
  );
if (JSON.stringify(Object.keys(manifest).sort()) !== JSON.stringify(wanted))
  problems.push(`.release-please-manifest.json: must hold exactly ${wanted.join(', ')}`);

const allTags = git('tag', '--list').split('\n').filter(Boolean);
if (allTags.length === 0)
  console.log('check-versions: no release tags yet, so no bundle is compared with a release');

for (const name of ACTIONS) {
  const version = definitionVersion(name);
  if (!version || !SEMVER.test(version)) {
    problems.push(
      `${name}: src/${name}/definition.ts needs a \`version: 'X.Y.Z'\` (found ${version ?? 'none'})`,
    );
    continue;
  }
  if (config.packages?.[`actions/${name}`]?.component !== name)
    problems.push(
      `${name}: release-please-config.json's package actions/${name} needs "component": "${name}"`,
    );
  if (manifest[`actions/${name}`] !== version) {
    problems.push(
      `${name}: definition.ts says ${version} but .release-please-manifest.json says ${manifest[`actions/${name}`] ?? 'nothing'}; the manifest is the source of truth: set both to the release's version (node scripts/sync-versions.mjs writes definition.ts from the manifest)`,
    );
  }
  const changelog = `actions/${name}/CHANGELOG.md`;
  const logged = existsSync(changelog) ? changelogVersion(changelog) : undefined;
  if (logged !== version) {
    problems.push(
      `${name}: definition.ts says ${version} but ${changelog} ${logged ? `starts with ## ${logged}` : 'has no ## <version> heading'}; add a "## ${version}" entry`,
    );
  }

  // Only exact release tags: the moving <name>/vN tags point at one of them anyway.
  const released = allTags
    .map((tag) => tag.match(new RegExp(`^${name}/v(\\d+\\.\\d+\\.\\d+)$`))?.[1])
    .filter(Boolean)
    .sort(compare);
  const latest = released.at(-1);
  if (latest && compare(version, latest) < 0) {
    problems.push(`${name}: version ${version} is lower than the released ${name}/v${latest}`);
  }
  if (released.includes(version) && distDiffersFrom(`${name}/v${version}`, name)) {
    problems.push(
      `${name}: dist/${name}/ changed without a version bump: it differs from the release tag ${name}/v${version}; bump the version in src/${name}/definition.ts and add a changelog entry`,
    );
  }
  if (!problems.some((problem) => problem.startsWith(`${name}:`))) {
    const against = released.includes(version) ? `, dist matches ${name}/v${version}` : ', not released yet';
    console.log(`${name} ${version}: changelog matches${against}`);
  }
}

if (problems.length) {
  console.error(`check-versions failed:\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
  process.exitCode = 1;
}
