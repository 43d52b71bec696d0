// Runs benchmarks: `npm run bench -- <name>` runs bench/<name>.mjs; no name runs every bench in this folder.
// Each bench runs in its own node process, so one bench's loaded modules and heap cannot skew the next.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const available = readdirSync(here)
  .filter((file) => file.endsWith('.mjs') && file !== 'run.mjs')
  .map((file) => file.slice(0, -'.mjs'.length))
  .sort();

const requested = process.argv.slice(2);
const unknown = requested.filter((name) => !available.includes(name));
if (unknown.length) {
  console.error(`unknown bench ${unknown.join(', ')}; available: ${available.join(', ')}`);
  process.exit(2);
}

let failed = false;
for (const name of requested.length ? requested : available) {
  console.log(`\n== bench ${name}`);
  const { status } = spawnSync(process.execPath, [join(here, `${name}.mjs`)], { stdio: 'inherit' });
  failed ||= status !== 0;
}
// A bench exits non-zero only when it could not measure (figures over a goal are reported, not failed).
process.exitCode = failed ? 1 : 0;
