/**
 * The state a workflow run shares between its jobs (and the jobs of the workflows it calls): the host executor's
 * services, the delivered event, the run's numbers and its cancellation; and the results jobs hand on.
 */
import type { SecretMasker } from '#shared/secrets.js';
import type { GitHubEmulation } from '../github/emulation.js';
import type { Permissions } from '../github/job-tokens.js';
import type { RepositorySettings } from '../github/settings.js';
import type { ConcurrencyGroups } from './concurrency.js';
import type { DeliveredEvent } from './events.js';
import type { WorkflowFile } from './workflow-file.js';

export type Result = 'success' | 'failure' | 'cancelled' | 'skipped';

export interface JobOutcome {
  readonly result: Result;
  readonly outputs: Readonly<Record<string, string>>;
}

/** Asks for the approval of a job that deploys to a protected environment. */
export type Approver = (request: {
  readonly environment: string;
  readonly job: string;
  readonly reviewers: readonly string[];
}) => Promise<boolean>;

/** What every run of one executor shares. */
export interface ExecutorServices {
  /** The working tree: GITHUB_WORKSPACE, where this repository's actions are found. */
  readonly workingTree: string;
  /** owner/name of the repository the workflows belong to (`github.repository`). */
  readonly repository: string;
  readonly sha: string;
  /** `uses: <owner>/<repo>/actions/<name>@<ref>` of these repositories run the working tree's actions. */
  readonly actionsRepositories: readonly string[];
  readonly settings: RepositorySettings;
  readonly github: GitHubEmulation;
  /** The runner machine's own environment (CA trust, a managed identity), given to every step. */
  readonly runnerEnv: Readonly<Record<string, string>>;
  /** ACTIONS_ID_TOKEN_REQUEST_URL, given to jobs with `id-token: write`. */
  readonly idTokenUrl: string;
  readonly summariesDir: string;
  readonly artifactsDir: string;
  readonly approve: Approver;
  /** Whether approvals are asked (true) or given automatically (false), for the line that says which. */
  readonly asksApproval: boolean;
  readonly masker: SecretMasker;
  readonly groups: ConcurrencyGroups;
  /** One line for a person; secrets are redacted before it is printed. */
  line(text: string): void;
  /** Loads a workflow file once (and checks what it uses is supported). */
  load(path: string): Promise<WorkflowFile>;
}

export interface RunState {
  readonly services: ExecutorServices;
  readonly event: DeliveredEvent;
  readonly runId: number;
  readonly runNumber: number;
  /** The top-level workflow: its name and file (`github.workflow`, `github.workflow_ref`). */
  readonly workflow: WorkflowFile;
  /** The event payload file (GITHUB_EVENT_PATH). */
  readonly eventPath: string;
  readonly signal: AbortSignal;
  cancel(): void;
}

/** One workflow being run: the top-level one, or a reusable one called by a job. */
export interface WorkflowScope {
  readonly file: WorkflowFile;
  readonly inputs: Readonly<Record<string, unknown>>;
  /** The `secrets` context before a job's environment adds its own. */
  readonly secrets: Readonly<Record<string, string>>;
  /** A calling job's permissions: the called jobs keep or lower them. */
  readonly permissionsCap: Permissions | undefined;
  /** `<calling job> / ` for the jobs of a called workflow. */
  readonly labelPrefix: string;
  /** The job id path for summaries and `github.job` (`dev.deploy` for a called job). */
  readonly idPrefix: string;
}

export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}
