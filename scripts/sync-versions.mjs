// Writes each action's version from .release-please-manifest.json into src/<name>/definition.ts. release-please
// bumps the manifest and the changelog in an action's release PR but cannot edit files outside the action's
// package folder (actions/<name>/), so the release workflow runs this on the release PR's branch, then rebuilds
// the bundles (the version is in each bundle's user agent) and commits both. check-versions holds the three equal.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ACTIONS } from './actions.mjs';
import { manifestVersions } from './release-tags.mjs';

const VERSION_FIELD = /^(\s*version:\s*)(['"])[^'"]*\2/m;

/** Updates the definitions under `root`; returns the actions whose version changed. */
export function syncVersions(root, actions = ACTIONS) {
  const versions = manifestVersions(root, actions);
  const changed = [];
  for (const name of actions) {
    const path = join(root, 'src', name, 'definition.ts');
    if (!versions[name]) throw new Error(`.release-please-manifest.json has no version for actions/${name}`);
    const source = readFileSync(path, 'utf8');
    if (!VERSION_FIELD.test(source)) throw new Error(`${path} has no version: '...' field`);
    const updated = source.replace(VERSION_FIELD, `$1$2${versions[name]}$2`);
    if (updated !== source) {
      writeFileSync(path, updated);
      changed.push(name);
    }
  }
  return changed;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const changed = syncVersions(fileURLToPath(new URL('..', import.meta.url)));
  console.log(
    changed.length ? `sync-versions: updated ${changed.join(', ')}` : 'sync-versions: nothing to update',
  );
}
