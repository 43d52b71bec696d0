/**
 * The one wrapper every action's `run()` goes through (the last-resort catch, as in codeql-action's runWrapper):
 * it masks secrets, parses the action's input table, hands the body a context, writes outputs and the job summary
 * through the secret redactor, and turns any failure into one line for `setFailed`, with a file annotation when the
 * user's file is at fault. Nothing else in the project calls `setFailed`.
 */
import { type RunDeadline, startDeadline } from './deadline.js';
import { ConfigurationError, describeError, formatErrorDetails, VerdictError } from './errors.js';
import { environmentInputSource, type InputTable, type ParsedInputs, readInputs } from './inputs.js';
import { type ActionsCoreLogging, createActionsLogger, type Logger, toActionsAnnotation } from './logger.js';
import { createSecretMasker, type SecretMasker } from './secrets.js';
import { SummaryBuilder } from './summary.js';

/** The parts of `@actions/core` an action uses; `main.ts` passes runner-core.ts's, tests may pass their own. */
export interface ActionsCore extends ActionsCoreLogging {
  setSecret(secret: string): void;
  setOutput(name: string, value: unknown): void;
  setFailed(message: string): void;
  getIDToken(audience?: string): Promise<string>;
  summary: { addRaw(text: string, addEOL?: boolean): { write(): Promise<unknown> } };
}

export interface ActionDefinition<S extends InputTable, O extends string> {
  /** The action's folder name, e.g. `deploy-aml-endpoint`: prefixes every failure message. */
  readonly name: string;
  readonly version: string;
  readonly inputs: S;
  readonly outputs: readonly O[];
}

export interface RuntimeDependencies {
  readonly core: ActionsCore;
  readonly env: NodeJS.ProcessEnv;
  readonly clock?: () => number;
}

export interface ActionContext<S extends InputTable, O extends string> {
  readonly action: { readonly name: string; readonly version: string };
  readonly inputs: ParsedInputs<S>;
  readonly logger: Logger;
  readonly masker: SecretMasker;
  readonly env: NodeJS.ProcessEnv;
  readonly workspace: string;
  readonly core: ActionsCore;
  readonly clock: () => number;
  readonly summary: SummaryBuilder;
  /** The run's deadline, when the action has a `timeout` input: started once its inputs are parsed. */
  readonly deadline: RunDeadline | undefined;
  /** Sets a declared output; objects are written as compact JSON; secrets are redacted. */
  setOutput(name: O, value: string | number | boolean | object): void;
}

/** The user's mistake and the step's verdict are told as they are; anything else keeps its Azure code and status. */
function formatFailure(error: unknown): string {
  if (error instanceof ConfigurationError || error instanceof VerdictError) return error.message;
  return formatErrorDetails(describeError(error));
}

export async function runAction<S extends InputTable, O extends string>(
  definition: ActionDefinition<S, O>,
  deps: RuntimeDependencies,
  body: (context: ActionContext<S, O>) => Promise<void>,
): Promise<void> {
  const { core, env } = deps;
  const masker = createSecretMasker((secret) => core.setSecret(secret));
  const logger = createActionsLogger(core);
  const summary = new SummaryBuilder();
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const declared = new Set<string>(definition.outputs);
  let deadline: RunDeadline | undefined;
  try {
    const inputs = await readInputs(
      definition.inputs,
      environmentInputSource(env, (s) => masker.mask(s), workspace),
    );
    const { timeout } = inputs as { timeout?: unknown };
    deadline = typeof timeout === 'number' ? startDeadline(timeout) : undefined;
    await body({
      action: { name: definition.name, version: definition.version },
      inputs,
      logger,
      masker,
      env,
      workspace,
      core,
      clock: deps.clock ?? Date.now,
      summary,
      deadline,
      setOutput(name, value) {
        if (!declared.has(name)) throw new Error(`Output '${name}' is not declared by ${definition.name}`);
        const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
        core.setOutput(name, masker.redact(text));
      },
    });
  } catch (error) {
    const message = masker.redact(`${definition.name}: ${formatFailure(error).split('\n')[0]}`);
    if (error instanceof Error && error.stack) core.debug(masker.redact(error.stack));
    if (error instanceof ConfigurationError && error.location) {
      // The annotation carries the file and line; setFailed then only sets the exit code with the same line.
      core.error(
        message,
        toActionsAnnotation({ location: error.location, title: `${definition.name}: configuration error` }),
      );
      process.exitCode = 1;
    } else {
      core.setFailed(message);
    }
  } finally {
    deadline?.dispose();
    const text = summary.toString();
    if (text.trim() && env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(masker.redact(text)).write();
  }
}
