// Tests run the bundled actions through the same local runner `npm start` uses.
export * from '../../src/sandbox/local-runner.js';
