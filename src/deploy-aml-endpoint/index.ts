// The runner's entry point: no logic here, so nothing but the runner ever executes an action at import.
import { run } from './main.js';

await run();
