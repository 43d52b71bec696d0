// Types for scripts/sync-versions.mjs, so TypeScript tests import it with type checking.

export function syncVersions(root: string, actions?: readonly string[]): string[];
