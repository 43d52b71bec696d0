/**
 * What a `uses:` names, and how the local executor runs it. This repository's actions (`<owner>/<repo>/actions/
 * <name>@<ref>` for a configured actions repository, or `./actions/<name>`) run from the working tree: the
 * `actions/<name>/action.yml` there and the bundle it points at, whatever the ref (the working tree is the code
 * under test). `actions/checkout` and `actions/upload-artifact` have local equivalents that say what they do. A
 * reusable workflow `./.github/workflows/<file>` is read next to the calling workflow (the examples live in
 * workflows-examples/, not .github/workflows/). Everything else is refused.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

export type StepTarget =
  | { readonly kind: 'action'; readonly name: string; readonly ref: string }
  | { readonly kind: 'checkout' }
  | { readonly kind: 'upload-artifact' };

/** The step target of a `uses:`, or the reason it cannot run locally. */
export function resolveStepUses(
  uses: string,
  options: { readonly workingTree: string; readonly actionsRepositories: readonly string[] },
): StepTarget | { readonly unsupported: string } {
  const ours = (name: string, ref: string): StepTarget | { unsupported: string } =>
    existsSync(join(options.workingTree, 'actions', name, 'action.yml'))
      ? { kind: 'action', name, ref }
      : { unsupported: `the working tree has no actions/${name}/action.yml` };
  const local = /^\.\/actions\/([\w.-]+)\/?$/.exec(uses);
  if (local) return ours(local[1]!, 'working tree');
  if (uses.startsWith('docker://')) return { unsupported: 'container actions (docker://) need Docker' };
  if (uses.startsWith('./'))
    return { unsupported: 'local actions other than ./actions/<name> of this repository' };
  const remote = /^([\w.-]+)\/([\w.-]+)(?:\/(.*))?@(.+)$/.exec(uses);
  if (!remote) return { unsupported: `'${uses}' is not <owner>/<repo>[/<path>]@<ref>` };
  const [, owner, repo, path, ref] = remote as unknown as [
    string,
    string,
    string,
    string | undefined,
    string,
  ];
  const repository = `${owner}/${repo}`.toLowerCase();
  if (options.actionsRepositories.some((name) => name.toLowerCase() === repository)) {
    const action = /^actions\/([\w.-]+)$/.exec(path ?? '');
    if (action) return ours(action[1]!, ref);
    return { unsupported: `${owner}/${repo} has actions only under actions/<name>` };
  }
  if (repository === 'actions/checkout' && !path) return { kind: 'checkout' };
  if (repository === 'actions/upload-artifact' && !path) return { kind: 'upload-artifact' };
  return {
    unsupported: `the action ${owner}/${repo}${path ? `/${path}` : ''} (the local executor runs this repository's actions, actions/checkout and actions/upload-artifact)`,
  };
}

/** The file a reusable workflow reference names, or the reason it cannot be run. */
export function resolveWorkflowUses(
  uses: string,
  callerPath: string,
): { path: string } | { unsupported: string } {
  const local = /^\.\/\.github\/workflows\/([^/]+\.ya?ml)$/.exec(uses);
  if (local) return { path: join(dirname(callerPath), local[1]!) };
  return {
    unsupported: `reusable workflow '${uses}': only ./.github/workflows/<file> of this repository is supported`,
  };
}
