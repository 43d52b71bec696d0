// The driver of bench/pipeline.mjs (run with tsx). See bench/pipeline.mjs for what it measures.
import { readdirSync, readFileSync } from 'node:fs';
import { appendFile, cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { startSandbox } from '../src/sandbox/index.js';
import { REPO_ROOT, runAction } from '../src/sandbox/local-runner.js';
import { RELEASE_STEPS } from '../src/sandbox/release-steps.js';
import { chooseSampleDeployment } from '../src/sandbox/sample-deployment.js';
import { runSampleOrchestrator, stageSampleInputs } from '../src/sandbox/sample-scoring.js';

const USE_CASES = Number(process.env.USE_CASES ?? 200);
const CLOCK_RATE = Number(process.env.CLOCK_RATE ?? 100);
/** The sample's Until poll interval (its pollIntervalSeconds global parameter), set through staging's overrides. */
const POLL_SECONDS = Number(process.env.POLL_SECONDS ?? 60);
const GOAL_MS = 15_000;

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/**
 * The machine's busy and total CPU time in ms so far, summed over its cores (/proc/stat; Linux only, else undefined):
 * during the run it counts every process of the bench (the sandbox, Azurite, the Python zygote and the workers it
 * forks, which no wait() counts) and whatever else runs, so it is read beside the load average.
 */
function machineCpuMs(): { busy: number; total: number } | undefined {
  try {
    const ticks = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0]!.split(/\s+/).slice(1).map(Number);
    // user nice system idle iowait irq softirq steal (guest time is already in user): idle and iowait are not busy.
    const total = ticks.slice(0, 8).reduce((a, b) => a + b, 0);
    const idle = ticks[3]! + ticks[4]!;
    return { busy: ((total - idle) * 1000) / 100, total: (total * 1000) / 100 };
  } catch {
    return undefined;
  }
}

/** utime + stime in ms from a /proc stat line (fields 14 and 15 of proc(5), in clock ticks of 1/100 s). */
const statCpuMs = (stat: string) => {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
};

/**
 * Where the CPU goes, from /proc (Linux only, else undefined): this process's own thread (the sandbox's event loop
 * and the runtime's: what one core must carry, the run's serial bound), its other threads (V8's compiler and garbage
 * collector threads, libuv's file system pool), and Azurite's process (blob storage, a child of the sandbox).
 */
function cpuSplitMs(): { main: number; threads: number; azurite: number } | undefined {
  try {
    let main = 0;
    let threads = 0;
    for (const task of readdirSync('/proc/self/task')) {
      const ms = statCpuMs(readFileSync(`/proc/self/task/${task}/stat`, 'utf8'));
      if (Number(task) === process.pid) main = ms;
      else threads += ms;
    }
    let azurite = 0;
    for (const pid of readdirSync('/proc')) {
      if (!/^\d+$/.test(pid)) continue;
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        if (ppid !== process.pid || !readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('azurite'))
          continue;
        azurite += statCpuMs(stat);
      } catch {}
    }
    return { main, threads, azurite };
  } catch {
    return undefined;
  }
}

/**
 * With CPU_PROFILE=<file>, a V8 CPU profile of this process (the sandbox and the runtime) during the run only, the
 * setup and the checks after the run left out: open it in Chrome's DevTools or VS Code to see where the sandbox spends its CPU.
 */
async function startProfiler(): Promise<(() => Promise<void>) | undefined> {
  const file = process.env.CPU_PROFILE;
  if (!file) return undefined;
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  return async () => {
    const { profile } = await session.post('Profiler.stop');
    await writeFile(file, JSON.stringify(profile));
    session.disconnect();
    console.log(`  cpu profile of the run written to ${file}`);
  };
}

async function main(): Promise<number> {
  // performance.now() counts from the process's start: node, tsx and the sandbox's modules loaded.
  const startUpMs = performance.now();
  const workspace = await mkdtemp(join(tmpdir(), 'bench-pipeline-'));
  const starting = performance.now();
  const sandbox = await startSandbox({ stateDir: join(REPO_ROOT, '.sandbox'), clockRate: CLOCK_RATE });
  const sandboxStartMs = performance.now() - starting;
  try {
    await cp(join(REPO_ROOT, 'examples'), join(workspace, 'examples'), { recursive: true });
    // As a user tunes a factory per environment: the global parameter in the environment's overrides file.
    await appendFile(
      join(workspace, 'examples', 'adf', 'overrides', 'staging.yml'),
      `  pollIntervalSeconds: ${POLL_SECONDS}\n`,
    );
    const rows = Array.from({ length: USE_CASES }, (_, i) => {
      const id = `credit-default-${String(i).padStart(4, '0')}`;
      return {
        id,
        pipeline: 'pl_score_use_case',
        endpoint: 'credit-default',
        input_location: `features/bench/${id}/`,
        output_location: `scores/bench/${id}/`,
        sink_table: 'scores.credit_default',
        schedule: 'daily',
        parameters: { segment: `s${i % 7}` },
      };
    });
    await writeFile(
      join(workspace, 'examples', 'control-metadata', 'bench.yml'),
      stringify({ use_cases: rows }),
    );

    const setup = performance.now();
    const environment = await sandbox.provision({ name: 'staging' });
    const outputs: Record<string, Record<string, string>> = {};
    const sample = chooseSampleDeployment();
    for (const step of RELEASE_STEPS.filter((s) => ['aml', 'adf', 'metadata'].includes(s.id))) {
      const inputs = step.inputs({ environment, sandbox, outputs, workspace, sample });
      if (step.id === 'metadata') inputs.rows = 'examples/control-metadata/bench.yml';
      const run = await runAction(step.action, {
        inputs: { ...sandbox.inputs, ...inputs },
        env: sandbox.env,
        workspace,
      });
      if (run.exitCode !== 0) {
        console.error(`${step.action} failed:\n${run.log}`);
        return 1;
      }
      outputs[step.id] = { ...run.outputs };
    }
    const staged = await stageSampleInputs(sandbox, environment);
    console.log(
      `setup: sample deployed, ${staged.useCases.length} use cases applied, ${staged.rows} input rows staged (${seconds(performance.now() - setup)})`,
    );

    const load = loadavg()[0]!;
    const cpuBefore = process.cpuUsage();
    const machineBefore = machineCpuMs();
    const splitBefore = cpuSplitMs();
    let machineRun: { busy: number; total: number } | undefined;
    let splitRun: ReturnType<typeof cpuSplitMs>;
    const sandboxStart = sandbox.clock.now();
    const profiler = await startProfiler();
    let runCpu: NodeJS.CpuUsage | undefined;
    let profiled: Promise<void> | undefined;
    const pass = await runSampleOrchestrator(sandbox, environment, staged, {
      timeoutMs: 600_000,
      pollMs: 100,
      onRunEnd: () => {
        runCpu = process.cpuUsage(cpuBefore);
        machineRun = machineCpuMs();
        splitRun = cpuSplitMs();
        profiled = profiler?.();
      },
    });
    await profiled;
    const sandboxSpan = sandbox.clock.now() - sandboxStart;
    const cpu = process.cpuUsage(cpuBefore);
    console.log(
      `pl_orchestrate_scoring ${pass.status}: ${pass.useCases} use cases (ForEach batchCount 20), clock at ${CLOCK_RATE}x`,
    );
    console.log(
      `  real wall time    ${seconds(pass.durationMs)} (goal under ${seconds(GOAL_MS)}: ${pass.durationMs < GOAL_MS ? 'met' : 'NOT met'})`,
    );
    console.log(`  sandbox time      ${seconds(sandboxSpan)} (createRun to the end of the checks)`);
    console.log(
      `  fixed costs       start-up ${seconds(startUpMs)}, sandbox start ${seconds(sandboxStartMs)}, sign-in ${seconds(pass.signInMs)} (not in the wall time)`,
    );
    const during = runCpu ?? cpu;
    console.log(
      `  cpu (this process) during the run user ${seconds(during.user / 1000)}, sys ${seconds(during.system / 1000)}, ${seconds((during.user + during.system) / 1000)} in all; with the checks after it ${seconds((cpu.user + cpu.system) / 1000)} (the sandbox and the runtime; Python scoring runs in child processes, counted by bench/pipeline.mjs); load average ${load.toFixed(1)} at the start`,
    );
    if (machineBefore && machineRun) {
      console.log(
        `  cpu (machine) during the run ${seconds(machineRun.busy - machineBefore.busy)} busy of ${seconds(machineRun.total - machineBefore.total)} (all cores; every process of the bench, the Python workers included, and anything else running)`,
      );
      if (splitBefore && splitRun) {
        const main = splitRun.main - splitBefore.main;
        const threads = splitRun.threads - splitBefore.threads;
        const azurite = splitRun.azurite - splitBefore.azurite;
        const rest = machineRun.busy - machineBefore.busy - main - threads - azurite;
        console.log(
          `  cpu (split)       the sandbox's thread ${seconds(main)} (one core carries it: the run's serial part), its process's other threads ${seconds(threads)} (V8's compilers and garbage collector, libuv's file system pool), Azurite ${seconds(azurite)}, the rest ${seconds(Math.max(0, rest))} (Python, the kernel, anything else)`,
        );
      }
    }
    console.log(
      `  activity runs     ${pass.activityRuns} in ${pass.pipelineRuns} pipeline runs (pollIntervalSeconds ${POLL_SECONDS})`,
    );
    console.log(
      '  time by activity type (summed over runs that overlap; sandbox s, real s at the clock rate):',
    );
    const types = Object.entries(pass.activityTime).sort(([, a], [, b]) => b.ms - a.ms);
    for (const [type, { runs, ms }] of types) {
      console.log(
        `    ${type.padEnd(16)} ${String(runs).padStart(6)} runs  ${seconds(ms).padStart(10)} sandbox  ${seconds(ms / CLOCK_RATE).padStart(8)} real  (mean ${(ms / runs / CLOCK_RATE).toFixed(0)} ms real)`,
      );
    }
    console.log(
      `  rows              ${pass.inputRows} input, ${pass.rowsScored} scored, ${pass.rowsCopied} copied, ${pass.rowsInSink} in the sink`,
    );
    for (const problem of pass.problems) console.error(`  problem: ${problem}`);
    return pass.problems.length ? 1 : 0;
  } finally {
    await sandbox.stop();
    await rm(workspace, { recursive: true, force: true });
  }
}

process.exitCode = await main();
