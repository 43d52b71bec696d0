/**
 * The names Data Factory accepts: the path-parameter patterns of the Data Factory 2018-06-01 REST spec
 * (datafactory.json). Pipelines, datasets, linked services, data flows, triggers and global parameters
 * `^[A-Za-z0-9_][^<>*#.%&:\\+?/]*$` (1-260); integration runtimes and factories `^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$`
 * (3-63); credentials, managed virtual networks and managed private endpoints
 * `^([_A-Za-z0-9]|([_A-Za-z0-9][-_A-Za-z0-9]{0,125}[_A-Za-z0-9]))$` (1-127).
 */

export interface NameRule {
  readonly pattern: RegExp;
  readonly min: number;
  readonly max: number;
  readonly describe: string;
}

/** Pipelines, datasets, linked services, data flows, triggers and global parameters. */
export const CHILD: NameRule = {
  pattern: /^[A-Za-z0-9_][^<>*#.%&:\\+?/]*$/,
  min: 1,
  max: 260,
  describe: "1-260 characters, starting with a letter, digit or '_', without any of < > * # . % & : \\ + ? /",
};
export const NAME_RULES: Readonly<
  Record<'child' | 'integrationRuntime' | 'shortChild' | 'factory', NameRule>
> = {
  child: CHILD,
  integrationRuntime: {
    pattern: /^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/,
    min: 3,
    max: 63,
    describe: '3-63 letters, digits and single hyphens, starting and ending with a letter or digit',
  },
  factory: {
    pattern: /^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/,
    min: 3,
    max: 63,
    describe: '3-63 letters, digits and single hyphens, starting and ending with a letter or digit',
  },
  shortChild: {
    pattern: /^([_A-Za-z0-9]|([_A-Za-z0-9][-_A-Za-z0-9]{0,125}[_A-Za-z0-9]))$/,
    min: 1,
    max: 127,
    describe: "1-127 letters, digits, '_' and '-', not starting or ending with '-'",
  },
};
