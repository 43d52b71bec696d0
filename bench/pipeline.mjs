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
// Figures here (Dec 2026, 2 cores shared with other work whose load swings the results by half or more),
// pollIntervalSeconds 60, load average at the start: 11.3 s real at 3.7 (goal met), 17.4 s when other tests started
// during the run, 20.5 s at 3.4 rising to 5.4, 21.6 s at 6.8 and 22.2 s at 5.1 (not met); one change earlier 12.0 s,
// 13.3 s and 15.0 s at 3.3, 1.2 and 2.1, 20.6 s at 6.0. 2,150 to 2,720 activity runs (1.2 to 2.2 Until passes per use
// case); the sandbox process used 9.2 to 14.4 s of CPU (user + sys) during the run, the whole bench 25 to 37 s (setup
// included, forked scoring workers not counted). Every run: 1,600 rows scored, copied and in the sink. Before this
// round (same bench, load 5.9 to 8.3): 62.6 s and 63.3 s, 4,858 and 5,005 activity runs, 35.7 and 42.6 s of CPU in the
// sandbox process.
// What changed: an MLflow model's scoring workers stay warm between jobs of the same model (no fork and model load per
// job) and read the model where the asset cache holds it; managed identity tokens are cached per identity and resource,
// and a verified token is not verified again (an RSA sign and verify per Web call were a tenth of the sandbox's CPU); a
// job's logs go to storage from memory, its result is recorded before its local files are removed, its input is
// downloaded while its worker gets ready; a one-statement copy to a table sends no BEGIN and COMMIT around its INSERT
// and reads the table's columns while the source is opened. What remains per use case: one or two Until passes of 0.6 s
// (the first wave forks the workers and starts the Python runtime, about a second), the copy (0.15 to 0.5 s), and the
// sandbox process's 45 to 75 ms of CPU on the activity runs, HTTPS calls (to itself and to Azurite: nine storage calls
// per use case through @azure/storage-blob) and database writes around them, which a loaded machine stretches: under
// load the sandbox process is what the run waits for. CPU_PROFILE=<file> writes a V8 profile of the sandbox process
// during the run.
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
