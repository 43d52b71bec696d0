/**
 * The executor wired to a running sandbox: the sandbox's GitHub emulation (job tokens, GITHUB_API_URL, dispatches),
 * its runner OIDC endpoint, its CA trusted by every step (as a self-hosted runner's machine would trust it), the
 * example workflows' settings for its environments, and workflows-examples/ as the folder whose workflows listen
 * for repository_dispatch events. `your-org/aml-adf-release-actions`, the placeholder the examples use, and the
 * sandbox's own repository name map to the working tree's actions.
 */
import { join } from 'node:path';
import type { EnvironmentInfo } from '../environments.js';
import type { RepositorySettings } from '../github/settings.js';
import { SANDBOX_REPOSITORY, type Sandbox } from '../index.js';
import { REPO_ROOT } from '../local-runner.js';
import type { SampleDeployment } from '../sample-deployment.js';
import { type ExecutorOptions, WorkflowExecutor } from './executor.js';
import { sandboxSettings } from './sandbox-settings.js';

export const EXAMPLES_REPOSITORY = 'your-org/aml-adf-release-actions';
export const WORKFLOWS_DIR = join(REPO_ROOT, 'workflows-examples');

export interface SandboxExecutorOptions extends Partial<Pick<ExecutorOptions, 'approve' | 'print' | 'sha'>> {
  readonly environments: readonly EnvironmentInfo[];
  /** `.sandbox` by default: summaries and artifacts go under it. */
  readonly stateDir?: string;
  /** Settings instead of the examples' (tests of executor semantics). */
  readonly settings?: RepositorySettings;
  /** The sample deployment the sandbox's Python can score; checked when omitted. */
  readonly sample?: SampleDeployment;
}

export function sandboxExecutor(sandbox: Sandbox, options: SandboxExecutorOptions): WorkflowExecutor {
  const stateDir = options.stateDir ?? join(REPO_ROOT, '.sandbox');
  // The OIDC variables are the job's to have (only with id-token: write), never the machine's.
  const {
    ACTIONS_ID_TOKEN_REQUEST_URL: idTokenUrl = '',
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: _,
    ...runnerEnv
  } = sandbox.env;
  return new WorkflowExecutor({
    workingTree: REPO_ROOT,
    repository: SANDBOX_REPOSITORY,
    actionsRepositories: [EXAMPLES_REPOSITORY, SANDBOX_REPOSITORY],
    settings: options.settings ?? sandboxSettings(sandbox, options.environments, options.sample),
    github: sandbox.github,
    runnerEnv,
    idTokenUrl,
    summariesDir: join(stateDir, 'summaries'),
    artifactsDir: join(stateDir, 'artifacts'),
    workflowsDir: WORKFLOWS_DIR,
    ...(options.approve ? { approve: options.approve } : {}),
    ...(options.print ? { print: options.print } : {}),
    ...(options.sha ? { sha: options.sha } : {}),
  });
}
