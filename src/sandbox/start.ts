/**
 * `npm start`: the example workflows run through the local workflow executor against the embedded sandbox
 * (workflows/example-flow.ts): release.yml on a push to main, then the drift monitor and the retraining it dispatches.
 * `npm start -- --target synapse`: the sample's pipelines deployed to Synapse workspaces instead (synapse-flow.ts).
 */

/** `--target synapse` (or `--target=synapse`); the example workflows otherwise. */
function chosenTarget(argv: readonly string[]): 'factory' | 'synapse' {
  const at = argv.indexOf('--target');
  const value =
    at >= 0 ? argv[at + 1] : argv.find((a) => a.startsWith('--target='))?.slice('--target='.length);
  if (value === undefined || value === 'factory') return 'factory';
  if (value === 'synapse') return 'synapse';
  throw new Error(`--target ${value}: expected factory or synapse`);
}

process.exitCode =
  chosenTarget(process.argv) === 'synapse'
    ? await (await import('./synapse-flow.js')).runSynapseFlow()
    : await (await import('./workflows/example-flow.js')).runExampleFlow();
