/**
 * The Python the scoring tests run with, found the way CI provides it: SANDBOX_PYTHON when set, else `python3` on
 * PATH, else Debian's /usr/bin/python3 — the first that imports what the test needs. Tests that find none are
 * skipped with the reason printed (as the PostgreSQL-backed tests are without PG_TEST_URL).
 */
import { canImport } from '../../src/sandbox/scoring/python-interpreter.js';

export type FoundPython =
  | { readonly python: string }
  | { readonly python?: undefined; readonly reason: string };

const found = new Map<string, FoundPython>();

/** The first candidate interpreter that imports every module in `modules` (none: any working python3). */
export function findPython(modules: readonly string[] = []): FoundPython {
  const key = modules.join(',');
  const cached = found.get(key);
  if (cached) return cached;
  const candidates = [process.env.SANDBOX_PYTHON?.trim(), 'python3', '/usr/bin/python3'].filter(
    (candidate): candidate is string => Boolean(candidate),
  );
  const reasons: string[] = [];
  let result: FoundPython | undefined;
  for (const python of new Set(candidates)) {
    const probe = canImport(python, modules);
    if (probe.ok) {
      result = { python };
      break;
    }
    reasons.push(probe.reason);
  }
  result ??= {
    reason: `no Python found that can import ${modules.join(', ') || 'anything'}: ${reasons.join('; ')}`,
  };
  found.set(key, result);
  return result;
}

/** Python with what the sample MLflow model needs. */
export const SKLEARN_MODULES = ['sklearn', 'pandas', 'numpy'] as const;

/** `describe` when the Python is there, `describe.skip` (with the reason printed once) when it is not. */
export function describeWithPython<D extends (name: string, body: () => void) => void>(
  describe: D & { skip: D },
  found: FoundPython,
  what: string,
): D {
  if (found.python !== undefined) return describe;
  console.warn(`Skipping ${what}: ${found.reason}. Set SANDBOX_PYTHON to a Python that has it.`);
  return describe.skip;
}
