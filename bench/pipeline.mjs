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
// Figures here (Dec 2026, 2 cores, load average under 2.5 at the start), pollIntervalSeconds 60: 11.7 s and 12.3 s
// real (goal met), 2,209 activity runs (1.2 to 2.2 Until passes per use case), the sandbox process 11.6 and 12.3 s of
// CPU (user + sys) during the run, 12.7 and 13.7 s with the checks after it, the whole bench 35 to 38 s (setup
// included, forked scoring workers not counted). Every run: 1,600 rows scored, copied and in the sink. The run is
// bound by the sandbox process's CPU: on a machine twice as slow it would take about 20 s. Earlier: 62.6 s and 63.3 s
// under load, 4,858 and 5,005 activity runs, 35.7 and 42.6 s of CPU in the sandbox process.
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
