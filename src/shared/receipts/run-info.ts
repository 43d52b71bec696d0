import type { RunInfo } from './schemas.js';

/** The run that produced a receipt, from the runner's environment. */
export function runInfoFromEnvironment(env: NodeJS.ProcessEnv): RunInfo {
  const repo = env.GITHUB_REPOSITORY ?? '';
  const runId = env.GITHUB_RUN_ID ?? '';
  const runAttempt = env.GITHUB_RUN_ATTEMPT ?? '1';
  const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
  const info: RunInfo = { repo, sha: env.GITHUB_SHA ?? '', runId, runAttempt };
  if (repo && runId) info.url = `${server}/${repo}/actions/runs/${runId}/attempts/${runAttempt}`;
  return info;
}
