/**
 * `npm start`: the example workflows run through the local workflow executor against the embedded sandbox
 * (workflows/example-flow.ts): release.yml on a push to main, then the drift monitor and the retraining it dispatches.
 */
import { runExampleFlow } from './workflows/example-flow.js';

process.exitCode = await runExampleFlow();
