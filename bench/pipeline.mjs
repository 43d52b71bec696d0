// The sample orchestrator over 200 control rows on the sandbox's accelerated clock: the sample factory, model and
// metadata deployed by the bundled actions (as npm start deploys them, in a `staging` environment), 200 enabled daily
// use cases applied to the control table, the sample input staged for each, then pl_orchestrate_scoring run through
// the Data Factory client: Lookup -> ForEach (batchCount 20) -> 200 x (Web POST to the batch endpoint, Until the job
// is terminal, Copy of the predictions into the sink table). Prints the real wall time of the run, the activity runs
// it made, the sandbox time it spanned, the fixed costs kept out of the wall time (process start-up, sandbox start,
// the Data Factory client's sign-in), where the time went (activity runs and their summed durations per type), the
// CPU time of the run (the sandbox process's, the machine's, and the machine's split between the sandbox's thread,
// its other threads, Azurite and the rest) and of the whole bench, and the rows scored and copied against the input and in the sink.
// The sample's Until loop polls the batch job every pollIntervalSeconds: the bench sets it to 60 (POLL_SECONDS)
// through staging's overrides file, as a user tunes a factory per environment (the sample's default is 15).
// Goal: under 15 s of real time. The driver is TypeScript (it uses the sandbox directly), run with tsx.
// Figures here (Dec 2026, 2 cores, quiet), pollIntervalSeconds 60, after the batch jobs' and the pipeline runtime's
// storage calls went through plain Blob REST requests (services/blob-requests.ts), Copy's statements were prepared
// once per connection, a model version's listing was kept per runner and a job's steps overlapped: custom scoring
// script 7.5-9.5 s real, MLflow model 8.3-9.0 s real (goal met with at least 40 % to spare), the sandbox process 6.1 to
// 8.0 s of CPU during the run, the whole machine 12 to 16.5 s (Azurite and the Python workers are the rest); 2,060 to
// 2,130 activity runs; every run 1,600 rows scored, copied and in the sink. With `--slower` (three busy loops beside
// it; a single thread measured 1.6-2.0x slower, and the bench's several busy processes get less than half of the
// machine): MLflow 13.2, 14.7 and 18.7 s, custom scoring script 18.1 to 23.1 s: the goal does not hold there.
// The run is bound by the sandbox process's one thread (about 30 ms of CPU per use case: eleven activity runs, two or
// three HTTPS calls to itself, six or seven storage requests, two statements, the job's files and worker sockets) and,
// beside it, by the machine's other CPU (Azurite's answers, Python). Each slower job also costs a second 0.6 s poll.
// One `--slower` run of eight lost one use case (1,592 rows scored; the cause was not captured); storage requests that
// meet a dropped connection are now sent again. Earlier: 11.7-12.3 s real and 11.6-12.3 s of sandbox CPU, and before
// that 62.6 s under load.
// Where the CPU goes (the `cpu (split)` line, Dec 2026, quiet, 8.7-10.2 s runs): the sandbox's thread 4.2-5.4 s, its
// process's other threads 3.4-4.0 s (V8's compiler threads, TurboFan, are most of it; then libuv's pool doing the
// jobs' file system calls), Azurite 4.2-5.6 s, the rest 3.4-4.0 s (Python, the kernel's loopback and file system
// work). On a machine twice as slow, 15-19 s of CPU takes 15-19 s on its two half-speed cores, whatever the split
// (the sandbox's thread alone would take 8-11 s): the goal needs less CPU in all, not more threads. Measured so, each
// thread of the bench held to half a core and all of them to one (Linux cgroup quotas): 18.4 and 20.7 s; with the jobs'
// files on tmpfs (scoring/scratch-folder.ts; about 0.5 s less of the thread pool's CPU), 17.7 and 20.9 s. There the
// sandbox's thread (5.8-6.7 s of CPU) and Azurite's process (5.5-6.6 s) each need most of a half-speed core: both are on the
// run's critical path, and Azurite's share (nine Blob requests per use case, each dispatched by trying its URI
// templates in turn and answered after scans of its in-memory blob store) can only shrink with fewer requests or
// another storage emulator. Tried and left out: the batch jobs in a worker thread of their own took about 1 s off
// the sandbox's thread but added about 3 s in all (a second V8 isolate compiles the same code again, and the jobs'
// code runs less optimised there), so every run was slower. This machine's single-thread speed also varies up to
// 2x from one minute to the next (a fixed Python loop measured 0.27 and 0.54 s): compare runs taken together.
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
