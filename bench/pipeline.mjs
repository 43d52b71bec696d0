// The sample orchestrator over 200 control rows on the sandbox's accelerated clock: the sample factory, model and
// metadata deployed by the bundled actions (as npm start deploys them, in a `staging` environment), 200 enabled daily
// use cases applied to the control table, the sample input staged for each, then pl_orchestrate_scoring run through
// the Data Factory client: Lookup -> ForEach (batchCount 20) -> 200 x (Web POST to the batch endpoint, Until the job
// is terminal, Copy of the predictions into the sink table). Prints the real wall time of the run, the activity runs
// it made, the sandbox time it spanned, the fixed costs kept out of the wall time (process start-up, sandbox start,
// the Data Factory client's sign-in), where the time went (activity runs and their summed durations per type), the
// CPU time of the run and of the whole bench, and the rows scored and copied against the input and in the sink.
// The sample's Until loop polls the batch job every pollIntervalSeconds: the bench sets it to 60 (POLL_SECONDS)
// through staging's overrides file, as a user tunes a factory per environment (the sample's default is 15).
// Goal: under 15 s of real time. The driver is TypeScript (it uses the sandbox directly), run with tsx.
// Figures here (Dec 2026, 2 cores shared with other work whose load swings the results by half): pollIntervalSeconds
// 60, load average 5 to 8 at the start: 36.8 s and 64.1 s real (goal not met), 3,811 and 4,864 activity runs; the
// sandbox process used 20.7 s and 24.5 s of CPU (user + sys) during the run, the whole bench 42.6 s and 48.0 s
// (setup included, forked scoring workers not counted). The same bench at the sample's 15 s, load average 6: 58.7 s,
// 8,872 activity runs, 29.3 s of CPU in the sandbox process. Before the asset cache, single-put writes and shared
// TLS trust it took 106 s (11,185 activity runs, 15 s polling, load average 14). Every run: 1,600 rows scored,
// copied and in the sink. Where the time goes: each use case's batch job takes seconds of real time with twenty
// scoring at once (Python workers forked and scored, model copied, logs uploaded to Azurite), and the sandbox
// process spends about 0.1 s of CPU per use case on the activity runs, HTTPS calls and database writes around it.
//   npm run bench -- pipeline            (USE_CASES=200 CLOCK_RATE=100 POLL_SECONDS=60 to try others)
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const { status } = spawnSync(join(root, 'node_modules', '.bin', 'tsx'), [join(here, 'pipeline-driver.ts')], {
  stdio: 'inherit',
  cwd: root,
});
process.exitCode = status ?? 1;

// CPU time of what the bench ran (the driver, the sandbox in it, Azurite, the Python zygote, the actions), from the
// kernel's count of this process's waited-for descendants: Linux only, left out elsewhere. The scoring workers the
// zygote forks are reaped without being waited for (SIGCHLD ignored), so their CPU is not in it.
try {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  // cutime and cstime are fields 16 and 17 of stat(5), in clock ticks (100 a second on Linux).
  const [user, system] = [fields[13], fields[14]].map((ticks) => Number(ticks) / 100);
  console.log(
    `  cpu (whole bench with setup, forked scoring workers not counted) user ${user.toFixed(1)} s, sys ${system.toFixed(1)} s`,
  );
} catch {}
