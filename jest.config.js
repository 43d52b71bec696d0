/** Jest in ESM mode; TypeScript compiled by SWC (type-checking is `npm run build`). */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: {
    '^(\\.{1,2}/.*)\\.js$': '$1',
    // src/shared is imported as #shared/... (package.json "imports"), so no import climbs out of its folder.
    '^#shared/(.*)\\.js$': '<rootDir>/src/shared/$1',
    // @actions/workflow-parser's JSON schema, imported without an import attribute (test/setup/workflow-schema.cjs).
    '^\\.\\./workflow-v1\\.0\\.min\\.json$': '<rootDir>/test/setup/workflow-schema.cjs',
  },
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'es6' } },
    ],
  },
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  setupFilesAfterEnv: ['<rootDir>/test/setup/environment.ts'],
  // Integration tests run bundles as child processes against the sandbox, several per hook: on a loaded two-core
  // machine a hook has taken over 30 s. A hung test still fails; this bound is not a speed goal (benches are).
  testTimeout: 90000,
  // Two workers on the two-core machines the suite runs on: the integration suites spend much of their time waiting
  // on child processes, the sandbox's clock and Python, so two overlap well (jest's default would be one).
  maxWorkers: 2,
};
