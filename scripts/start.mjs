// `npm start`: runs the release flow against the embedded sandbox. The sandbox is not part of this version yet;
// say so plainly rather than pretend.
console.error(
  'npm start: the embedded sandbox (the local Azure the release flow runs against) is not available in this version yet.\n' +
    'Meanwhile `npm test` runs the unit, contract and integration tests; see README.md.',
);
process.exitCode = 1;
