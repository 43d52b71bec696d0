// Types for scripts/release-tags.mjs, so TypeScript tests import it with type checking.

export interface TagPlan {
  create: { tag: string; target: string }[];
  move: { tag: string; target: string; from?: string }[];
  problems: string[];
}

export const MANIFEST: string;
export function manifestVersions(
  root: string,
  actions?: readonly string[],
): Record<string, string | undefined>;
export function planTags(root: string, actions?: readonly string[]): TagPlan;
export function applyPlan(root: string, plan: TagPlan, remote?: string): void;
export function changelogSection(root: string, name: string, version: string): string;
