// What the action's phases load before they run: the packages reached through static imports (value imports only;
// `import type` is erased and a dynamic `import()` loads on its own path). Every module loaded is CPU spent by every
// run, the no-op redeploy included, so a parser or SDK a phase does not need must stay behind a dynamic import.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import ts from 'typescript';

const ROOT = resolve(import.meta.dirname, '../../..');

/** The module file an import specifier names: `#shared/x.js` and relative `.js` specifiers are TypeScript sources. */
function resolveSpecifier(from: string, specifier: string): string | undefined {
  const source = (path: string) => path.replace(/\.js$/, '.ts');
  if (specifier.startsWith('#shared/')) return source(join(ROOT, 'src/shared', specifier.slice(8)));
  if (specifier.startsWith('.')) return source(resolve(dirname(from), specifier));
  return undefined;
}

/** The value imports and re-exports of one module, as written. */
function staticImports(file: string): string[] {
  const sourceFile = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const specifiers: string[] = [];
  for (const statement of sourceFile.statements) {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      const bindings = clause?.namedBindings;
      const onlyTypes =
        clause?.isTypeOnly ||
        (clause &&
          !clause.name &&
          bindings &&
          ts.isNamedImports(bindings) &&
          bindings.elements.length > 0 &&
          bindings.elements.every((element) => element.isTypeOnly));
      if (!onlyTypes) specifiers.push((statement.moduleSpecifier as ts.StringLiteral).text);
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && !statement.isTypeOnly) {
      specifiers.push((statement.moduleSpecifier as ts.StringLiteral).text);
    }
  }
  return specifiers;
}

/** The npm packages (and node: modules) a module loads with everything it imports statically. */
function packagesLoadedBy(entry: string): Set<string> {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const pending = [join(ROOT, entry)];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const specifier of staticImports(file)) {
      const local = resolveSpecifier(file, specifier);
      if (local) pending.push(local);
      else
        packages.add(
          specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!,
        );
    }
  }
  return packages;
}

describe('deploy-adf-pipelines module loading', () => {
  it('the document reader with YAML loads the yaml package (the check below can fail)', () => {
    expect(packagesLoadedBy('src/shared/documents.ts')).toContain('yaml');
  });

  it('reading the source (a git folder or a template of JSON files) loads no YAML parser', () => {
    // An overrides file may be YAML: its reader loads when a step gives one.
    const loaded = packagesLoadedBy('src/deploy-adf-pipelines/prepare.ts');
    expect(loaded).toContain('jsonc-parser');
    expect(loaded).not.toContain('yaml');
  });

  it('planning loads no YAML parser', () => {
    expect(packagesLoadedBy('src/deploy-adf-pipelines/plan.ts')).not.toContain('yaml');
  });
});
