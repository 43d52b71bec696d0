/**
 * The part of GitHub's REST API the workflows use, served by the sandbox under `/_github` (the job's
 * `GITHUB_API_URL`, as GitHub Enterprise Server serves it under `/api/v3`): `POST /repos/{owner}/{repo}/dispatches`,
 * which check-drift-gate calls through `@actions/github` (Octokit) to start the retraining workflow.
 *
 * Checked as GitHub checks it ("Create a repository dispatch event", REST API 2022-11-28): a token in
 * `Authorization: Bearer|token <token>` (none: 401 "Requires authentication"; unknown or expired: 401 "Bad
 * credentials"); a repository the token cannot see answers 404 "Not Found" (a GITHUB_TOKEN sees only its own
 * repository); a job token without `contents: write` gets 403 "Resource not accessible by integration";
 * `event_type` is required, a string of at most 100 characters; `client_payload` an object of at most 10 top-level
 * properties; 422 "Invalid request." with the reason otherwise; 204 without a body on success. The 10-property
 * message is the one GitHub answers (quoted from real failures); the other reasons follow GitHub's JSON-schema
 * wording. Error bodies carry `message`, `documentation_url` and `status`, as GitHub's do.
 */
import { json, type Router, type SandboxRequest, type SandboxResponse } from '../core/http.js';
import type { JobTokens } from './job-tokens.js';

export const GITHUB_API_PREFIX = '/_github';

const DISPATCH_DOCS = 'https://docs.github.com/rest/repos/repos#create-a-repository-dispatch-event';
const MAX_EVENT_TYPE = 100;
const MAX_PAYLOAD_PROPERTIES = 10;

export interface RepositoryDispatch {
  readonly repository: string;
  readonly eventType: string;
  readonly clientPayload: Readonly<Record<string, unknown>>;
  /** The repository the sending job ran in. */
  readonly sender: string;
}

export interface GitHubApiOptions {
  readonly tokens: JobTokens;
  /** The repositories that exist (owner/name, compared without case). */
  readonly repositories: () => readonly string[];
  readonly onDispatch: (dispatch: RepositoryDispatch) => void;
}

function githubError(
  status: number,
  message: string,
  docs = 'https://docs.github.com/rest',
): SandboxResponse {
  return json(status, { message, documentation_url: docs, status: String(status) });
}

function invalid(reason: string): SandboxResponse {
  return githubError(422, `Invalid request.\n\n${reason}`, DISPATCH_DOCS);
}

function bearer(request: SandboxRequest): string | undefined {
  const header = request.headers.authorization;
  if (!header) return undefined;
  const match = /^(?:bearer|token)\s+(\S+)\s*$/i.exec(header);
  return match ? match[1] : '';
}

/** The 422 reason for a body GitHub would refuse, or undefined for a valid one. */
export function dispatchBodyProblem(body: unknown): string | undefined {
  if (body === null || typeof body !== 'object' || Array.isArray(body))
    return 'The request body must be an object.';
  const { event_type: eventType, client_payload: payload } = body as Record<string, unknown>;
  if (eventType === undefined) return '"event_type" wasn\'t supplied.';
  if (typeof eventType !== 'string')
    return `For 'properties/event_type', ${JSON.stringify(eventType)} is not a string.`;
  if (eventType.length === 0) return `For 'properties/event_type', "" is too short (minimum is 1 character).`;
  if (eventType.length > MAX_EVENT_TYPE)
    return `For 'properties/event_type', ${JSON.stringify(eventType)} is too long (maximum is ${MAX_EVENT_TYPE} characters).`;
  if (payload !== undefined) {
    if (payload === null || typeof payload !== 'object' || Array.isArray(payload))
      return `For 'properties/client_payload', ${JSON.stringify(payload)} is not an object.`;
    const count = Object.keys(payload).length;
    if (count > MAX_PAYLOAD_PROPERTIES)
      return `No more than ${MAX_PAYLOAD_PROPERTIES} properties are allowed; ${count} were supplied.`;
  }
  return undefined;
}

export function registerGitHubApi(router: Router, options: GitHubApiOptions): void {
  router.post(`${GITHUB_API_PREFIX}/repos/:owner/:repo/dispatches`, { auth: 'none' }, (request) => {
    const token = bearer(request);
    if (token === undefined) return githubError(401, 'Requires authentication', DISPATCH_DOCS);
    const grant = token ? options.tokens.grantOf(token) : undefined;
    if (!grant) return githubError(401, 'Bad credentials');
    const repository = `${request.params.owner}/${request.params.repo}`;
    const exists = options.repositories().some((name) => name.toLowerCase() === repository.toLowerCase());
    if (!exists || grant.repository.toLowerCase() !== repository.toLowerCase())
      return githubError(404, 'Not Found', DISPATCH_DOCS);
    if (grant.permissions.contents !== 'write')
      return githubError(403, 'Resource not accessible by integration', DISPATCH_DOCS);
    if (request.rawBody.length > 0 && request.body === undefined)
      return githubError(400, 'Problems parsing JSON', DISPATCH_DOCS);
    const problem = dispatchBodyProblem(request.body);
    if (problem) return invalid(problem);
    const body = request.body as { event_type: string; client_payload?: Record<string, unknown> };
    options.onDispatch({
      repository,
      eventType: body.event_type,
      clientPayload: body.client_payload ?? {},
      sender: grant.repository,
    });
    return { status: 204 };
  });
}
