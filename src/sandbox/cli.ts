/**
 * `npm run sandbox`: starts the sandbox, provisions the example environments, prints what to export to point the
 * actions (or the Azure CLI's SDKs) at it, and serves until interrupted. `--state-file <path>` keeps state across
 * runs; `--port <n>` fixes the port; `--validate` checks traffic against the REST specs; `--synapse` gives each
 * environment a Synapse workspace too.
 */
import { parseArgs } from 'node:util';
import { startSandbox } from './index.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    'state-file': { type: 'string' },
    'state-dir': { type: 'string' },
    validate: { type: 'boolean', default: false },
    environments: { type: 'string', default: 'dev,staging,prod' },
    synapse: { type: 'boolean', default: false },
  },
});

const started = performance.now();
const sandbox = await startSandbox({
  port: values.port ? Number(values.port) : 0,
  stateFile: values['state-file'],
  stateDir: values['state-dir'],
  validate: values.validate,
});
const serving = performance.now() - started;

const environments = [];
for (const name of values.environments.split(',').filter(Boolean)) {
  environments.push(await sandbox.provision({ name, database: false, synapse: values.synapse }));
}

const shellQuote = (value: string) => `'${value.replace(/'/g, `'\\''`)}'`;
console.log(`Sandbox serving at ${sandbox.baseUrl} (started in ${(serving / 1000).toFixed(2)} s)\n`);
console.log('# For processes that run the actions (or any Azure SDK) against the sandbox:');
for (const [key, value] of Object.entries(sandbox.env)) console.log(`export ${key}=${shellQuote(value)}`);
console.log(
  `export AZURE_CLIENT_SECRET=${shellQuote(sandbox.clientSecret)}  # the deployer's secret, new every start`,
);
console.log('\n# Action inputs (with: ...) that point an action at the sandbox:');
for (const [key, value] of Object.entries(sandbox.inputs)) console.log(`#   ${key}: ${value}`);
console.log('\n# Environments:');
for (const env of environments) {
  console.log(
    `#   ${env.name}: subscription-id ${env.subscriptionId}, resource-group ${env.resourceGroup}, workspace ${env.workspace}, factory ${env.factory}`,
  );
  if (env.synapse) {
    console.log(
      `#     synapse workspace ${env.synapse.name}, development endpoint ${env.synapse.devEndpoint}`,
    );
  }
}
console.log(
  '\nControl API: GET /_sandbox/requests, /_sandbox/counters; POST /_sandbox/faults; POST /_sandbox/reset. Ctrl-C stops.',
);

const stop = async () => {
  await sandbox.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
