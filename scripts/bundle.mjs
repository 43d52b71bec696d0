// Bundles each action with ncc into dist/<name>/ (index.js plus any chunks and licenses). Output is byte-for-byte
// reproducible: CI rebuilds and fails on any difference. Usage: npm run bundle [-- <action> ...]
import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { ACTIONS } from './actions.mjs';

const selected = process.argv.slice(2).length ? process.argv.slice(2) : ACTIONS;
for (const name of selected) {
  if (!ACTIONS.includes(name)) {
    console.error(`unknown action '${name}'; expected one of ${ACTIONS.join(', ')}`);
    process.exit(2);
  }
}

function ncc(name) {
  return new Promise((resolve, reject) => {
    const args = [
      'node_modules/@vercel/ncc/dist/ncc/cli.js',
      'build',
      `src/${name}/index.ts`,
      '-o',
      `dist/${name}`,
      '--minify',
      '--license',
      'licenses.txt',
      '--quiet',
      '--no-source-map-register',
      '--transpile-only',
    ];
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`ncc failed for ${name} (exit ${code})`)),
    );
  });
}

// Two at a time: the machines this runs on have two cores.
const queue = [...selected];
async function worker() {
  for (let name = queue.shift(); name; name = queue.shift()) {
    const started = Date.now();
    await rm(`dist/${name}`, { recursive: true, force: true });
    await ncc(name);
    console.log(`bundled ${name} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
}
await Promise.all([worker(), worker()]);
