// Types for scripts/lint-workflows.mjs, so TypeScript tests import it with type checking.

export interface Finding {
  file: string;
  line: number;
  column: number;
  kind: string;
  message: string;
}

export const WORKFLOW_DIRS: string[];
export const IGNORED: { file: string; kind: string; message: RegExp; why: string }[];
export function lintWorkflow(text: string, file: string): Promise<Finding[]>;
export function workflowFiles(root?: string): string[];
