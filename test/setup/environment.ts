// Every test starts from the same process environment and leaves it as it found it, so an INPUT_* or
// GITHUB_* variable set by one test cannot leak into another.
import { afterEach, beforeEach } from '@jest/globals';

let snapshot: NodeJS.ProcessEnv = {};

beforeEach(() => {
  snapshot = { ...process.env };
});

afterEach(() => {
  for (const key of Object.keys(process.env)) {
    if (!(key in snapshot)) delete process.env[key];
  }
  Object.assign(process.env, snapshot);
});
