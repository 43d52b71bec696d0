/**
 * The GitHub side of the sandbox: repositories, the job credentials GitHub hands out, and the REST API that
 * actions call back (`GITHUB_API_URL`). A repository_dispatch accepted by the API is passed to the listeners (the
 * workflow executor starts the workflows that listen for it), after the 204 has gone out, as GitHub queues it.
 */
import type { Router } from '../core/http.js';
import { type JobCredentials, type JobGrant, JobTokens } from './job-tokens.js';
import { GITHUB_API_PREFIX, type RepositoryDispatch, registerGitHubApi } from './rest-api.js';

export type DispatchListener = (dispatch: RepositoryDispatch) => void;

export interface GitHubEmulation {
  /** GITHUB_API_URL for jobs. */
  readonly apiUrl: string;
  addRepository(fullName: string): void;
  /** Credentials for one job (revoke them when the job ends). */
  issueJobCredentials(grant: JobGrant): JobCredentials;
  revokeJobCredentials(credentials: JobCredentials): void;
  /** The OIDC subject of a job's ID-token request token (undefined for tokens this emulation did not issue). */
  idTokenSubject(requestToken: string): string | undefined;
  /** Registers a listener for accepted repository_dispatch events; returns its removal. */
  onDispatch(listener: DispatchListener): () => void;
  /** Every dispatch accepted so far. */
  readonly dispatches: readonly RepositoryDispatch[];
}

export function registerGitHub(router: Router, baseUrl: string): GitHubEmulation {
  const tokens = new JobTokens();
  const repositories = new Set<string>();
  const listeners = new Set<DispatchListener>();
  const dispatches: RepositoryDispatch[] = [];
  registerGitHubApi(router, {
    tokens,
    repositories: () => [...repositories],
    onDispatch(dispatch) {
      dispatches.push(dispatch);
      // After the response: GitHub answers 204 and creates the run later.
      setImmediate(() => {
        for (const listener of listeners) listener(dispatch);
      });
    },
  });
  return {
    apiUrl: `${baseUrl}${GITHUB_API_PREFIX}`,
    addRepository: (fullName) => void repositories.add(fullName),
    issueJobCredentials: (grant) => tokens.issue(grant),
    revokeJobCredentials: (credentials) => tokens.revoke(credentials),
    idTokenSubject: (requestToken) => tokens.subjectOf(requestToken),
    onDispatch(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    dispatches,
  };
}

export type { JobCredentials, JobGrant, RepositoryDispatch };
