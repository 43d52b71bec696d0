/**
 * `npm run workflow -- <file> --event <event> [--input name=value] [--approve] [--ref <branch>] [--fork]
 * [--event-type <type> --payload <json>]`: starts the sandbox, provisions dev, staging and prod, and runs the
 * workflow through the local executor on the event, then every workflow a repository_dispatch of the run starts.
 * `--event workflow_call` runs a reusable workflow on its own with the `--input` values, as a calling job would
 * (e.g. deploy-environment.yml with `--input environment=dev`).
 * Reusable workflows `./.github/workflows/<file>` are read next to the calling file (the examples live in
 * workflows-examples/). Protected environments are approved automatically with a line saying so; `--approve` asks
 * on the terminal instead. Exit code 0 when every run succeeded.
 */
import { resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { describeError } from '#shared/errors.js';
import { startSandbox } from '../index.js';
import { REPO_ROOT } from '../local-runner.js';
import { EVENT_NAMES, type EventName, type WorkflowEvent } from './events.js';
import type { Approver } from './run-model.js';
import { sandboxExecutor } from './sandbox-executor.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    event: { type: 'string', default: 'push' },
    input: { type: 'string', multiple: true, default: [] },
    approve: { type: 'boolean', default: false },
    fork: { type: 'boolean', default: false },
    ref: { type: 'string' },
    'event-type': { type: 'string' },
    payload: { type: 'string' },
    environments: { type: 'string', default: 'dev,staging,prod' },
  },
});

function usage(message: string): never {
  console.error(
    `${message}\nusage: npm run workflow -- <workflow file> --event ${EVENT_NAMES.join('|')}|workflow_call [--input name=value ...] [--approve] [--ref <branch>] [--fork] [--event-type <type> --payload <json>]`,
  );
  process.exit(2);
}

const inputs: Record<string, string> = Object.fromEntries(
  values.input.map((pair) => {
    const at = pair.indexOf('=');
    if (at < 1) usage(`--input takes name=value, not '${pair}'`);
    return [pair.slice(0, at), pair.slice(at + 1)];
  }),
);

function event(): WorkflowEvent {
  const name = values.event as EventName;
  if (!EVENT_NAMES.includes(name)) usage(`unknown event '${values.event}'`);
  switch (name) {
    case 'push':
      return { name, ...(values.ref ? { ref: values.ref } : {}) };
    case 'workflow_dispatch':
      return { name, inputs, ...(values.ref ? { ref: values.ref } : {}) };
    case 'pull_request':
      return { name, fork: values.fork, ...(values.ref ? { head: values.ref } : {}) };
    case 'schedule':
      return { name };
    case 'repository_dispatch':
      if (!values['event-type']) usage('repository_dispatch needs --event-type');
      return {
        name,
        eventType: values['event-type'],
        clientPayload: values.payload ? (JSON.parse(values.payload) as Record<string, unknown>) : {},
      };
  }
}

const askOnTerminal: Approver = async ({ environment, job, reviewers }) => {
  const terminal = createInterface({ input: process.stdin, output: process.stdout });
  try {
    const answer = await terminal.question(
      `${job}: deploy to ${environment}? (required reviewers: ${reviewers.join(', ')}) [y/N] `,
    );
    return /^y(es)?$/i.test(answer.trim());
  } finally {
    terminal.close();
  }
};

async function main(): Promise<number> {
  const [file] = positionals;
  if (!file) usage('name a workflow file');
  const workflowEvent = values.event === 'workflow_call' ? undefined : event();
  const sandbox = await startSandbox({ stateDir: resolve(REPO_ROOT, '.sandbox') });
  try {
    const environments = [];
    for (const name of values.environments.split(',').filter(Boolean))
      environments.push(await sandbox.provision({ name }));
    const executor = sandboxExecutor(sandbox, {
      environments,
      ...(values.approve ? { approve: askOnTerminal } : {}),
    });
    const first = workflowEvent
      ? await executor.run(resolve(file), workflowEvent)
      : await executor.call(resolve(file), inputs);
    const dispatched = await executor.settle();
    executor.close();
    console.log(`summaries under ${resolve(REPO_ROOT, '.sandbox', 'summaries')}`);
    return [first, ...dispatched].every((run) => run.result === 'success') ? 0 : 1;
  } catch (error) {
    console.error(describeError(error).message);
    return 1;
  } finally {
    await sandbox.stop();
  }
}

process.exitCode = await main();
