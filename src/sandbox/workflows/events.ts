/**
 * The events the local executor can start a workflow with, the payload GitHub would deliver for each (the parts
 * workflows read: refs, the pull request's head and base, the dispatch's client_payload, the schedule), and whether
 * a workflow listens for an event (`on:` with its branch and type filters).
 */

import type { EventsConfig } from '@actions/workflow-parser/model/workflow-template';
import picomatch from 'picomatch';

export type WorkflowEvent =
  | { readonly name: 'push'; readonly ref?: string }
  | {
      readonly name: 'pull_request';
      readonly number?: number;
      /** The pull request's branch. */
      readonly head?: string;
      /** The branch it targets. */
      readonly base?: string;
      /** Opened from a fork: its head repository is another one (forks get no secrets or OIDC on GitHub). */
      readonly fork?: boolean;
    }
  | {
      readonly name: 'workflow_dispatch';
      readonly ref?: string;
      readonly inputs?: Readonly<Record<string, string>>;
    }
  | { readonly name: 'schedule'; readonly cron?: string }
  | {
      readonly name: 'repository_dispatch';
      readonly eventType: string;
      readonly clientPayload?: Readonly<Record<string, unknown>>;
    };

export type EventName = WorkflowEvent['name'];

export const EVENT_NAMES: readonly EventName[] = [
  'push',
  'pull_request',
  'workflow_dispatch',
  'schedule',
  'repository_dispatch',
];

export const DEFAULT_BRANCH = 'main';

export interface DeliveredEvent {
  readonly name: EventName;
  /** GITHUB_REF */
  readonly ref: string;
  /** GITHUB_HEAD_REF / GITHUB_BASE_REF (pull requests only). */
  readonly headRef: string;
  readonly baseRef: string;
  /** `github.event` */
  readonly payload: Readonly<Record<string, unknown>>;
}

export function deliver(event: WorkflowEvent, repository: string, sha: string): DeliveredEvent {
  const [owner = '', name = ''] = repository.split('/');
  const repo = {
    name,
    full_name: repository,
    owner: { login: owner },
    default_branch: DEFAULT_BRANCH,
    fork: false,
  };
  const branchRef = (ref: string | undefined) =>
    ref === undefined ? `refs/heads/${DEFAULT_BRANCH}` : ref.startsWith('refs/') ? ref : `refs/heads/${ref}`;
  switch (event.name) {
    case 'push': {
      const ref = branchRef(event.ref);
      return {
        name: 'push',
        ref,
        headRef: '',
        baseRef: '',
        payload: { ref, before: '0'.repeat(40), after: sha, repository: repo, head_commit: { id: sha } },
      };
    }
    case 'pull_request': {
      const number = event.number ?? 1;
      const head = event.head ?? 'feature';
      const base = event.base ?? DEFAULT_BRANCH;
      const headRepository = event.fork
        ? { ...repo, full_name: `contributor/${name}`, owner: { login: 'contributor' }, fork: true }
        : repo;
      return {
        name: 'pull_request',
        ref: `refs/pull/${number}/merge`,
        headRef: head,
        baseRef: base,
        payload: {
          action: 'opened',
          number,
          pull_request: {
            number,
            head: { ref: head, sha, repo: headRepository },
            base: { ref: base, repo },
          },
          repository: repo,
        },
      };
    }
    case 'workflow_dispatch': {
      const ref = branchRef(event.ref);
      return {
        name: 'workflow_dispatch',
        ref,
        headRef: '',
        baseRef: '',
        payload: { ref, inputs: { ...event.inputs }, repository: repo },
      };
    }
    case 'schedule':
      return {
        name: 'schedule',
        ref: branchRef(undefined),
        headRef: '',
        baseRef: '',
        payload: { schedule: event.cron ?? '', repository: repo },
      };
    case 'repository_dispatch':
      // Dispatch events run the workflow as it is on the default branch.
      return {
        name: 'repository_dispatch',
        ref: branchRef(undefined),
        headRef: '',
        baseRef: '',
        payload: {
          action: event.eventType,
          branch: DEFAULT_BRANCH,
          client_payload: { ...event.clientPayload },
          repository: repo,
        },
      };
  }
}

function matchesFilter(value: string, include?: readonly string[], exclude?: readonly string[]): boolean {
  // GitHub's filter patterns are globs where `*` stops at `/` and `**` does not, with `!` negating a pattern.
  if (include) {
    let matched = false;
    for (const pattern of include) {
      if (pattern.startsWith('!')) {
        if (picomatch.isMatch(value, pattern.slice(1))) matched = false;
      } else if (picomatch.isMatch(value, pattern)) matched = true;
    }
    return matched;
  }
  if (exclude) return !exclude.some((pattern) => picomatch.isMatch(value, pattern));
  return true;
}

/** Why the workflow does not run on the event, or undefined when it does. */
export function whyNotTriggered(events: EventsConfig, event: DeliveredEvent): string | undefined {
  const listened = Object.keys(events);
  const config = events[event.name] as
    | {
        branches?: string[];
        'branches-ignore'?: string[];
        types?: string[];
        paths?: string[];
        'paths-ignore'?: string[];
      }
    | undefined;
  if (config === undefined)
    return `it does not run on ${event.name} (on: ${listened.length ? listened.join(', ') : 'nothing'})`;
  if (event.name === 'push' || event.name === 'pull_request') {
    const branch = event.name === 'push' ? event.ref.replace(/^refs\/heads\//, '') : event.baseRef;
    if (!matchesFilter(branch, config.branches, config['branches-ignore']))
      return `its ${event.name} branch filters exclude '${branch}'`;
    if (config.paths || config['paths-ignore'])
      return `its ${event.name} has path filters, which the local executor cannot evaluate without a diff`;
  }
  if (event.name === 'pull_request' && config.types && !config.types.includes('opened'))
    return `its pull_request types (${config.types.join(', ')}) exclude 'opened'`;
  if (event.name === 'repository_dispatch' && config.types) {
    const type = String(event.payload.action);
    if (!config.types.includes(type))
      return `it listens for repository_dispatch types ${config.types.join(', ')}, not '${type}'`;
  }
  return undefined;
}
