// apply-control-metadata's engine on 10,000 use-case rows: a first apply (the table created by migration, every row
// inserted), a no-op rerun (no row written) and a rerun with 1% of the rows changed, on embedded PGlite (over the
// wire protocol, as the sandbox serves it) and on a PostgreSQL server (PG_TEST_URL, or the local socket when one
// answers). Prints the round trips after connecting and the wall time of each apply. Goals: round trips independent
// of the row count (at most 6), the first apply of 10,000 rows under 2 s on the server. The rows are spread over 11
// batch endpoints: the live check of their endpoints (ARM calls to the sandbox, not database round trips) is printed
// apart, and must not grow with the rows either (at most 2: one endpoint list, one deployment list). The driver is TypeScript
// (it uses the store and apply modules directly), run with tsx.
//   npm run bench -- metadata            (ROWS=10000 to try others)
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const { status } = spawnSync(join(root, 'node_modules', '.bin', 'tsx'), [join(here, 'metadata-driver.ts')], {
  stdio: 'inherit',
  cwd: root,
});
process.exitCode = status ?? 1;
