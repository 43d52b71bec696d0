// Runs benchmarks: `npm run bench -- <name>` runs bench/<name>.mjs; no name runs every bench in this folder.
// Each bench runs in its own node process, so one bench's loaded modules and heap cannot skew the next.
//
// `--slower` runs the benches on a machine made about twice as slow (a speed goal must hold with margin there, and CPU
// contention is the part of "slower" that can be made here): 2 x cores - 1 busy loops run beside them, so a
// single-threaded process gets half a core (on 2 cores: 4 runnable threads share them), and a bench of several busy
// processes gets less than half the machine (pessimistic for it). The same single-threaded loop is timed alone and
// beside the busy loops (the least of three runs each), and the factor printed: what the machine gave, not what was
// asked.
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const available = readdirSync(here)
  .filter((file) => file.endsWith('.mjs') && file !== 'run.mjs')
  .map((file) => file.slice(0, -'.mjs'.length))
  .sort();

const args = process.argv.slice(2);
const slower = args.includes('--slower');
const requested = args.filter((arg) => arg !== '--slower');
const unknown = requested.filter((name) => !available.includes(name));
if (unknown.length) {
  console.error(`unknown bench ${unknown.join(', ')}; available: ${available.join(', ')} (and --slower)`);
  process.exit(2);
}

/**
 * Milliseconds a fixed single-threaded loop takes in a fresh node process (start-up left out): the least of three
 * runs, as this machine's speed varies from run to run.
 */
function loopMs() {
  return Math.min(loopOnceMs(), loopOnceMs(), loopOnceMs());
}

function loopOnceMs() {
  const script =
    'const t = process.hrtime.bigint(); let x = 0; for (let i = 0; i < 2e8; i++) x += i % 7; ' +
    'process.stdout.write(String(Number(process.hrtime.bigint() - t) / 1e6 + (x < 0 ? 1 : 0)));';
  return Number(spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' }).stdout);
}

const busy = [];
const stopBusy = () => {
  for (const child of busy.splice(0)) child.kill('SIGKILL');
};
process.on('exit', stopBusy);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

if (slower) {
  const alone = loopMs();
  for (let i = 0; i < 2 * availableParallelism() - 1; i++) {
    busy.push(spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }));
  }
  // The busy loops' node processes start (about 50 ms each) before the loop is timed beside them.
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1000);
  const contended = loopMs();
  console.log(
    `--slower: ${busy.length} busy loops beside the benches; a single-threaded loop took ${alone.toFixed(0)} ms alone and ${contended.toFixed(0)} ms beside them (${(contended / alone).toFixed(1)}x slower)`,
  );
}

let failed = false;
for (const name of requested.length ? requested : available) {
  console.log(`\n== bench ${name}${slower ? ' (--slower)' : ''}`);
  const { status } = spawnSync(process.execPath, [join(here, `${name}.mjs`)], { stdio: 'inherit' });
  failed ||= status !== 0;
}
if (slower)
  console.log(`--slower: the same loop beside the busy loops after the benches: ${loopMs().toFixed(0)} ms`);
stopBusy();
// A bench exits non-zero only when it could not measure (figures over a goal are reported, not failed).
process.exitCode = failed ? 1 : 0;
