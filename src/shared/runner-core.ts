/**
 * The runner's side of `@actions/core` that every step uses (log lines, annotations, groups, masks, outputs, the job
 * summary, the exit code), written to the runner's documented workflow-command protocol with the same escaping and
 * the same output-file format as `@actions/core` 3. Why not the package itself at start-up: its entry statically
 * imports its OIDC client, and with it `@actions/http-client` and undici, whose loading is most of a bundle's fixed
 * start-up cost (measured: about 60-90 ms of CPU per step, against a 100 ms budget for the drift gate). The one call
 * that needs HTTP, `getIDToken`, goes through the Azure core pipeline an OIDC sign-in loads anyway (runner-id-token.ts).
 * test/unit/shared/runner-core.test.ts holds this module's output to `@actions/core`'s, call by call.
 */
import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync } from 'node:fs';
import { access, appendFile, constants } from 'node:fs/promises';
import { EOL } from 'node:os';
import type { ActionsCore } from './action.js';
import type { ActionsAnnotation } from './logger.js';

type CommandValue = string | number | boolean | object | null | undefined;

/** `@actions/core`'s `toCommandValue`: strings as they are, anything else as JSON, nothing as ''. */
function toCommandValue(value: CommandValue): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

const escapeData = (value: CommandValue) =>
  toCommandValue(value).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

const escapeProperty = (value: CommandValue) => escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** `::command key=value,...::message`, properties without a value left out, as the runner parses it. */
export function formatCommand(
  command: string,
  properties: Readonly<Record<string, CommandValue>>,
  message: CommandValue,
): string {
  const pairs = Object.entries(properties)
    .filter(([, value]) => value)
    .map(([key, value]) => `${key}=${escapeProperty(value)}`);
  return `::${command}${pairs.length ? ` ${pairs.join(',')}` : ''}::${escapeData(message)}`;
}

/** An annotation's properties under the names the runner reads (`line`, `col`), in `@actions/core`'s order. */
function annotationProperties(annotation: ActionsAnnotation | undefined): Record<string, CommandValue> {
  if (!annotation || Object.keys(annotation).length === 0) return {};
  return {
    title: annotation.title,
    file: annotation.file,
    line: annotation.startLine,
    col: annotation.startColumn,
  };
}

export interface RunnerCoreOptions {
  readonly env?: NodeJS.ProcessEnv;
  readonly write?: (text: string) => void;
  /** The runner's OIDC ID token; by default requested as `@actions/core` requests it (runner-id-token.ts). */
  readonly getIDToken?: (audience?: string) => Promise<string>;
}

/** An `ActionsCore` on the runner's protocol; `env` and `write` default to the process's own. */
export function createRunnerCore(options: RunnerCoreOptions = {}): ActionsCore {
  const env = options.env ?? process.env;
  const write = options.write ?? ((text: string) => process.stdout.write(text));
  const issue = (command: string, properties: Record<string, CommandValue>, message: CommandValue) =>
    write(`${formatCommand(command, properties, message)}${EOL}`);
  const annotate = (command: string) => (message: string, annotation?: ActionsAnnotation) =>
    issue(command, annotationProperties(annotation), message);
  const error = annotate('error');

  const setSecret = (secret: string) => issue('add-mask', {}, secret);
  const getIDToken =
    options.getIDToken ??
    ((audience?: string) =>
      import('./runner-id-token.js').then(({ requestRunnerIdToken }) =>
        requestRunnerIdToken(env, audience, setSecret),
      ));

  return {
    debug: (message) => issue('debug', {}, message),
    info: (message) => write(`${message}${EOL}`),
    warning: annotate('warning'),
    error,
    notice: annotate('notice'),
    async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
      issue('group', {}, name);
      try {
        return await fn();
      } finally {
        issue('endgroup', {}, '');
      }
    },
    setSecret,
    setOutput(name, value) {
      const file = env.GITHUB_OUTPUT;
      if (!file) {
        write(EOL);
        issue('set-output', { name }, toCommandValue(value as CommandValue));
        return;
      }
      // A fresh delimiter per value, which neither the name nor the value may contain (a value cannot end early).
      const delimiter = `ghadelimiter_${randomUUID()}`;
      const text = toCommandValue(value as CommandValue);
      if (name.includes(delimiter) || text.includes(delimiter)) {
        throw new Error(`Unexpected input: output '${name}' contains the delimiter "${delimiter}"`);
      }
      if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`);
      appendFileSync(file, `${name}<<${delimiter}${EOL}${text}${EOL}${delimiter}${EOL}`, 'utf8');
    },
    setFailed(message) {
      process.exitCode = 1;
      error(message);
    },
    getIDToken,
    summary: {
      addRaw(text, addEOL = false) {
        const content = addEOL ? `${text}${EOL}` : text;
        return {
          async write() {
            const file = env.GITHUB_STEP_SUMMARY;
            if (!file) {
              throw new Error(
                'Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.',
              );
            }
            try {
              await access(file, constants.R_OK | constants.W_OK);
            } catch {
              throw new Error(
                `Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`,
              );
            }
            await appendFile(file, content, 'utf8');
          },
        };
      },
    },
  };
}
