/**
 * The `github` and `runner` contexts of a job, and the default environment variables the runner gives every step
 * (GITHUB_*, RUNNER_*), from the run and the job's token. GITHUB_TOKEN is not among them, as on GitHub: a step
 * gets it only through `${{ github.token }}` or `secrets.GITHUB_TOKEN`.
 */
import { tmpdir } from 'node:os';
import type { RunState } from './run-model.js';

export const ACTOR = 'sandbox-user';

export function githubContext(run: RunState, job: string, token: string): Record<string, unknown> {
  const { services, event } = run;
  const [owner = ''] = services.repository.split('/');
  // GITHUB_REF_NAME: the branch or tag, or `<number>/merge` for a pull request.
  const refName = event.ref.replace(/^refs\/(heads|tags|pull)\//, '');
  return {
    action: '',
    actor: ACTOR,
    api_url: services.github.apiUrl,
    base_ref: event.baseRef,
    event: event.payload,
    event_name: event.name,
    event_path: run.eventPath,
    graphql_url: `${services.github.apiUrl}/graphql`,
    head_ref: event.headRef,
    job,
    ref: event.ref,
    ref_name: refName,
    ref_type: event.ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    repository: services.repository,
    repository_owner: owner,
    retention_days: '90',
    run_attempt: '1',
    run_id: String(run.runId),
    run_number: String(run.runNumber),
    server_url: 'https://github.com',
    sha: services.sha,
    token,
    triggering_actor: ACTOR,
    workflow: run.workflow.name,
    workflow_ref: `${services.repository}/${run.workflow.display}@${event.ref}`,
    workspace: services.workingTree,
  };
}

export function runnerContext(): Record<string, unknown> {
  return {
    os: 'Linux',
    arch: process.arch === 'arm64' ? 'ARM64' : 'X64',
    name: 'sandbox-runner',
    environment: 'self-hosted',
    temp: tmpdir(),
    tool_cache: tmpdir(),
    debug: '',
  };
}

/** GITHUB_* and RUNNER_* variables of a step, from the job's `github` context. */
export function defaultStepEnv(github: Record<string, unknown>): Record<string, string> {
  const value = (key: string) => String(github[key] ?? '');
  return {
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_ACTOR: value('actor'),
    GITHUB_API_URL: value('api_url'),
    GITHUB_BASE_REF: value('base_ref'),
    GITHUB_EVENT_NAME: value('event_name'),
    GITHUB_EVENT_PATH: value('event_path'),
    GITHUB_GRAPHQL_URL: value('graphql_url'),
    GITHUB_HEAD_REF: value('head_ref'),
    GITHUB_JOB: value('job'),
    GITHUB_REF: value('ref'),
    GITHUB_REF_NAME: value('ref_name'),
    GITHUB_REF_TYPE: value('ref_type'),
    GITHUB_REPOSITORY: value('repository'),
    GITHUB_REPOSITORY_OWNER: value('repository_owner'),
    GITHUB_RETENTION_DAYS: value('retention_days'),
    GITHUB_RUN_ATTEMPT: value('run_attempt'),
    GITHUB_RUN_ID: value('run_id'),
    GITHUB_RUN_NUMBER: value('run_number'),
    GITHUB_SERVER_URL: value('server_url'),
    GITHUB_SHA: value('sha'),
    GITHUB_TRIGGERING_ACTOR: value('triggering_actor'),
    GITHUB_WORKFLOW: value('workflow'),
    GITHUB_WORKFLOW_REF: value('workflow_ref'),
    GITHUB_WORKSPACE: value('workspace'),
    RUNNER_ARCH: process.arch === 'arm64' ? 'ARM64' : 'X64',
    RUNNER_NAME: 'sandbox-runner',
    RUNNER_OS: 'Linux',
    RUNNER_ENVIRONMENT: 'self-hosted',
  };
}

/** The OIDC subject GitHub puts in a job's ID tokens. */
export function oidcSubject(run: RunState, environment: string | undefined): string {
  const { repository } = run.services;
  if (environment) return `repo:${repository}:environment:${environment}`;
  if (run.event.name === 'pull_request') return `repo:${repository}:pull_request`;
  return `repo:${repository}:ref:${run.event.ref}`;
}
