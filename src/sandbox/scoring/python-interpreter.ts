/**
 * Which Python the sandbox scores with: `SANDBOX_PYTHON` when set, else `python3` on PATH. The packages a model
 * needs (numpy, pandas, scikit-learn ...) are that interpreter's; the sandbox installs nothing and never falls back
 * to another interpreter, so what scores is what the user pointed at.
 */
import { spawnSync } from 'node:child_process';

export const PYTHON_VARIABLE = 'SANDBOX_PYTHON';

/** The interpreter a job starts now: an explicit choice (sandbox option), else the environment's, else python3. */
export function pythonCommand(explicit?: string): string {
  return explicit ?? (process.env[PYTHON_VARIABLE]?.trim() || 'python3');
}

export type ImportProbe = { readonly ok: true } | { readonly ok: false; readonly reason: string };

/** Whether `python` starts and imports every module named (one short process; for checks, not per job). */
export function canImport(python: string, modules: readonly string[]): ImportProbe {
  const result = spawnSync(python, ['-c', modules.map((m) => `import ${m}`).join('; ') || 'pass'], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (result.error) {
    const code = (result.error as NodeJS.ErrnoException).code;
    return { ok: false, reason: `'${python}' could not be started (${code ?? result.error.message})` };
  }
  if (result.status !== 0) {
    const last = result.stderr.trim().split('\n').at(-1) ?? `exit code ${result.status}`;
    return { ok: false, reason: `'${python}' cannot import ${modules.join(', ')} (${last})` };
  }
  return { ok: true };
}
