/**
 * The names Data Factory accepts, per kind, and what is wrong with a name it refuses.
 *
 * From the path-parameter patterns of the Data Factory 2018-06-01 REST spec (datafactory.json): pipelines, datasets,
 * linked services, data flows, triggers, change data captures and global parameters
 * `^[A-Za-z0-9_][^<>*#.%&:\\+?/]*$` (1-260); integration runtimes and factories `^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$`
 * (3-63); credentials, managed virtual networks and managed private endpoints
 * `^([_A-Za-z0-9]|([_A-Za-z0-9][-_A-Za-z0-9]{0,125}[_A-Za-z0-9]))$` (1-127).
 *
 * From "Azure Data Factory - naming rules" (learn.microsoft.com/azure/data-factory/naming-rules), which the spec's
 * patterns do not say: dashes are not allowed in the names of linked services, data flows and datasets; every name is
 * case-insensitive (two resources of one kind whose names differ only in case are the same resource).
 */

export interface NameRule {
  readonly pattern: RegExp;
  readonly min: number;
  readonly max: number;
  /** The rule as a user reads it, for messages. */
  readonly describe: string;
  /** The first offending character and why, when the rule is about characters (not length). */
  readonly offending: (name: string) => { readonly index: number; readonly why: string } | undefined;
}

const CHILD_FORBIDDEN = '<>*#.%&:\\+?/';

function childOffending(name: string, noDash: boolean) {
  if (name !== '' && !/^[A-Za-z0-9_]$/.test(name[0]!)) {
    return { index: 0, why: "a name must start with a letter, a digit or '_'" };
  }
  for (let index = 0; index < name.length; index++) {
    const char = name[index]!;
    if (CHILD_FORBIDDEN.includes(char)) return { index, why: 'this character is not allowed in a name' };
    if (noDash && char === '-') return { index, why: 'ADF does not allow dashes in this kind of name' };
  }
  return undefined;
}

/** Letters, digits and single dashes, starting and ending with a letter or digit (factories, runtimes). */
function dashedOffending(name: string) {
  for (let index = 0; index < name.length; index++) {
    const char = name[index]!;
    if (/[A-Za-z0-9]/.test(char)) continue;
    if (char !== '-') return { index, why: 'only letters, digits and dashes are allowed' };
    if (index === 0 || index === name.length - 1) {
      return { index, why: 'a name must start and end with a letter or a digit' };
    }
    if (name[index + 1] === '-') return { index, why: 'two dashes in a row are not allowed' };
  }
  return undefined;
}

function shortChildOffending(name: string) {
  for (let index = 0; index < name.length; index++) {
    const char = name[index]!;
    if (/[A-Za-z0-9_]/.test(char)) continue;
    if (char !== '-') return { index, why: "only letters, digits, '_' and '-' are allowed" };
    if (index === 0 || index === name.length - 1) {
      return { index, why: "a name must not start or end with '-'" };
    }
  }
  return undefined;
}

/** Pipelines, triggers, change data captures and global parameters. */
export const CHILD: NameRule = {
  pattern: /^[A-Za-z0-9_][^<>*#.%&:\\+?/]*$/,
  min: 1,
  max: 260,
  describe: "1-260 characters, starting with a letter, digit or '_', without any of < > * # . % & : \\ + ? /",
  offending: (name) => childOffending(name, false),
};

const DASHED = {
  pattern: /^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/,
  min: 3,
  max: 63,
  describe: '3-63 letters, digits and single hyphens, starting and ending with a letter or digit',
  offending: dashedOffending,
} as const;

export const NAME_RULES: Readonly<
  Record<'child' | 'childNoDash' | 'integrationRuntime' | 'shortChild' | 'factory', NameRule>
> = {
  child: CHILD,
  /** Linked services, datasets and data flows. */
  childNoDash: {
    pattern: /^[A-Za-z0-9_][^<>*#.%&:\\+?/-]*$/,
    min: 1,
    max: 260,
    describe:
      "1-260 characters, starting with a letter, digit or '_', without a dash or any of < > * # . % & : \\ + ? /",
    offending: (name) => childOffending(name, true),
  },
  integrationRuntime: DASHED,
  factory: DASHED,
  shortChild: {
    pattern: /^([_A-Za-z0-9]|([_A-Za-z0-9][-_A-Za-z0-9]{0,125}[_A-Za-z0-9]))$/,
    min: 1,
    max: 127,
    describe: "1-127 letters, digits, '_' and '-', not starting or ending with '-'",
    offending: shortChildOffending,
  },
};

/**
 * What is wrong with `name` under `rule`, naming the offending character and its position, or undefined when the
 * name is valid: `'-' (character 3) is not allowed: ADF does not allow dashes in this kind of name (rule: ...)`.
 */
export function nameProblem(name: string, rule: NameRule): string | undefined {
  if (name.length >= rule.min && name.length <= rule.max && rule.pattern.test(name)) return undefined;
  const found = rule.offending(name);
  if (found) {
    const char = JSON.stringify(name[found.index]).slice(1, -1);
    return `'${char}' (character ${found.index + 1}) is not allowed: ${found.why} (the rule: ${rule.describe})`;
  }
  return `it has ${name.length} character(s) (the rule: ${rule.describe})`;
}
