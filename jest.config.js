import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The project's shared reference data lives beside the repository (`../shared`, or `$SHARED_DIR`): Azure's REST
 * specs (the sandbox validates its traffic against them) and the drift reference vectors computed with scipy. CI
 * always has it and must run every test; a checkout without it skips the two suites that need it and says so.
 */
const shared = process.env.SHARED_DIR ?? resolve(import.meta.dirname, '..', 'shared');
const hasShared = existsSync(join(shared, 'specs')) && existsSync(join(shared, 'vectors'));
if (!hasShared) {
  if (process.env.CI === 'true')
    throw new Error(`The shared reference data is missing at ${shared}; CI runs every test.`);
  console.warn(
    `Skipping the spec-validation and drift-vector suites: no shared reference data at ${shared}.`,
  );
}

/** Jest in ESM mode; TypeScript compiled by SWC (type-checking is `npm run build`). */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: {
    '^(\\.{1,2}/.*)\\.js$': '$1',
    // src/shared is imported as #shared/... (package.json "imports"), so no import climbs out of its folder.
    '^#shared/(.*)\\.js$': '<rootDir>/src/shared/$1',
  },
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'es6' } },
    ],
  },
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: hasShared
    ? []
    : ['/test/unit/drift/reference-vectors', '/test/unit/drift/gate-vectors', '/test/sandbox/validation'],
  setupFilesAfterEnv: ['<rootDir>/test/setup/environment.ts'],
  testTimeout: 30000,
};
