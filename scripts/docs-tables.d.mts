// Types for scripts/docs-tables.mjs, so TypeScript tests import it with type checking.

/** The parts of an action.yml the tables read; everything else is ignored. */
export interface ActionYml {
  name?: string;
  description?: string;
  inputs?: Record<
    string,
    { description?: string; required?: boolean | string; default?: unknown } | null
  > | null;
  outputs?: Record<string, { description?: string; value?: string } | null> | null;
}

export function isRequired(input: { required?: boolean | string } | null | undefined): boolean;
export function escapeCell(text: unknown): string;
export function renderInputsTable(actionYml: ActionYml): string;
export function renderOutputsTable(actionYml: ActionYml): string;
export function replaceBetweenMarkers(text: string, marker: string, content: string): string | null;
