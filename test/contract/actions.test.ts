// Each action's input table and output list (src/<name>/definition.ts) are held against its action.yml, both ways:
// a name, required flag or default that differs is a contract break the runner would not report.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { ACTIONS } from '../../scripts/actions.mjs';
import { renderInputsTable, renderOutputsTable, replaceBetweenMarkers } from '../../scripts/docs-tables.mjs';
import { ACTION_NAMES, DEFINITIONS } from '../fixtures/actions.js';
import { type ActionYml, REPO_ROOT, readActionYml } from '../harness/run-action.js';

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.ts')).map((e) => join(e.parentPath, e.name));
}

describe.each(DEFINITIONS.map((definition) => [definition.name, definition] as const))(
  '%s',
  (name, definition) => {
    let yml: ActionYml;
    const load = async () => {
      yml ??= await readActionYml(name);
      return yml;
    };
    const fields = Object.values(definition.inputs);

    it('declares exactly the inputs the code reads', async () => {
      const declared = Object.keys((await load()).inputs ?? {}).sort();
      expect(fields.map((field) => field.name).sort()).toEqual(declared);
    });

    it('agrees with action.yml on every required flag and default', async () => {
      const inputs = (await load()).inputs ?? {};
      for (const field of fields) {
        const spec = inputs[field.name]!;
        expect({ input: field.name, required: spec.required === true, default: spec.default }).toEqual({
          input: field.name,
          required: field.required,
          default: field.defaultValue,
        });
      }
    });

    it('gives every boolean a default, as getBooleanInput needs', () => {
      for (const field of fields.filter((f) => f.kind === 'boolean'))
        expect([field.name, field.defaultValue]).toEqual([field.name, expect.any(String)]);
    });

    it('takes each receipt through a receipt field of the kind its name says (<kind>-receipt)', () => {
      // The workflow contract (workflows.test.ts) holds a `<kind>-receipt` input to the kind's producer by its name.
      // The one exception is named for its role: validation-receipt is the promotion evidence, the integration
      // receipt of another environment (another job), never a step of the same job.
      for (const field of fields) {
        const named =
          field.name === 'validation-receipt' ? 'integration' : /^(.+)-receipt$/.exec(field.name)?.[1];
        const kind = (field as { receiptKind?: string }).receiptKind;
        expect([field.name, kind]).toEqual([field.name, named]);
      }
    });

    it('declares exactly the outputs the code sets', async () => {
      expect(Object.keys((await load()).outputs ?? {}).sort()).toEqual([...definition.outputs].sort());
    });

    it('describes every input and output', async () => {
      const { inputs = {}, outputs = {} } = await load();
      for (const [key, spec] of [...Object.entries(inputs), ...Object.entries(outputs)]) {
        expect([key, (spec.description ?? '').length > 20]).toEqual([key, true]);
      }
    });

    it('runs its bundle on node24', async () => {
      expect((await load()).runs).toEqual({ using: 'node24', main: `../../dist/${name}/index.js` });
    });
  },
);

describe('across actions', () => {
  it('the script list of actions matches the definitions', () => {
    expect(ACTIONS).toEqual(ACTION_NAMES);
  });

  it('an input shared by several actions (one field in src/shared) is described the same everywhere', async () => {
    const seen = new Map<unknown, { action: string; description: string | undefined }>();
    let shared = 0;
    for (const definition of DEFINITIONS) {
      const inputs = (await readActionYml(definition.name)).inputs ?? {};
      for (const field of Object.values(definition.inputs)) {
        const description = inputs[field.name]?.description;
        const first = seen.get(field);
        if (!first) seen.set(field, { action: definition.name, description });
        else {
          shared++;
          expect({ input: field.name, action: definition.name, description }).toEqual({
            input: field.name,
            action: definition.name,
            description: first.description,
          });
        }
      }
    }
    expect(shared).toBeGreaterThan(40);
  });

  it('only the shared layers read inputs, fail the step, or touch the process', async () => {
    const rules: [RegExp, string[]][] = [
      [/\bgetInput\(|\bgetBooleanInput\(|INPUT_/, ['src/shared/inputs.ts']],
      // action.ts calls it; runner-core.ts is the runner protocol that implements it.
      [/\bsetFailed\(/, ['src/shared/action.ts', 'src/shared/runner-core.ts']],
      [/process\.exit\(/, []],
      [/\bexportVariable\(/, []],
      [/process\.on\(/, []],
    ];
    const offenders: string[] = [];
    // The code that runs inside an action; the sandbox plays the runner and the cloud, so it is not held to this.
    const actionCode = (await sourceFiles(join(REPO_ROOT, 'src'))).filter(
      (file) => !file.includes(`${join('src', 'sandbox')}`),
    );
    for (const file of actionCode) {
      const path = relative(REPO_ROOT, file);
      const text = await readFile(file, 'utf8');
      for (const [pattern, allowed] of rules) {
        if (pattern.test(text) && !allowed.includes(path)) offenders.push(`${path}: ${pattern}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('entry files hold no logic', async () => {
    for (const name of ACTION_NAMES) {
      const text = await readFile(join(REPO_ROOT, 'src', name, 'index.ts'), 'utf8');
      const code = text.split('\n').filter((line) => line.trim() && !line.trim().startsWith('//'));
      expect(code).toEqual(["import { run } from './main.js';", 'await run();']);
    }
  });
});

describe('READMEs', () => {
  it.each(ACTION_NAMES)(
    '%s: the input and output tables are generated from the current action.yml',
    async (name) => {
      const readme = await readFile(join(REPO_ROOT, 'actions', name, 'README.md'), 'utf8');
      const yml = await readActionYml(name);
      const regenerated = replaceBetweenMarkers(
        replaceBetweenMarkers(readme, 'inputs', renderInputsTable(yml)) ?? '',
        'outputs',
        renderOutputsTable(yml),
      );
      expect(regenerated).toBe(readme);
    },
  );
});
