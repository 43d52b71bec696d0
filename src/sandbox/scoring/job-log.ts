/**
 * The batch driver's own log of a job, kept as Azure ML's parallel run keeps it beside the user logs:
 * `logs/job_progress.txt` (what the driver did, filtered by the deployment's `loggingLevel`: Debug shows each
 * mini-batch, Info the job's steps and failures, Warning only failures), `logs/job_error.txt` (every failure with
 * its Python traceback, whatever the level) and `logs/job_result.txt` (the outcome in a few lines).
 */

export type LoggingLevel = 'Debug' | 'Info' | 'Warning';

const RANK = { Debug: 0, Info: 1, Warning: 2, Error: 3 } as const;

export class JobLog {
  private readonly progress: string[] = [];
  private readonly errors: string[] = [];

  constructor(
    private readonly level: LoggingLevel,
    private readonly clock: () => number = Date.now,
  ) {}

  debug(message: string): void {
    this.write('Debug', message);
  }

  info(message: string): void {
    this.write('Info', message);
  }

  warning(message: string): void {
    this.write('Warning', message);
  }

  /** A failure: in the progress log, and with its details (a traceback) in the error log. */
  error(message: string, details?: string): void {
    this.write('Error', message);
    this.errors.push(`${this.stamp()} ${message}\n${details ? `${details.trimEnd()}\n` : ''}`);
  }

  /**
   * The three files (the error log only when something failed), by name, with their text. `finishing` are Info
   * messages of a step still under way, written as done: the files are rendered again without them if it fails.
   */
  files(
    result: readonly string[],
    finishing: readonly string[] = [],
  ): { readonly name: string; readonly text: string }[] {
    const pending = finishing.flatMap((message) => this.line('Info', message) ?? []);
    return [
      { name: 'job_progress.txt', text: [...this.progress, ...pending].join('') },
      { name: 'job_result.txt', text: result.map((line) => `${line}\n`).join('') },
      ...(this.errors.length ? [{ name: 'job_error.txt', text: this.errors.join('\n') }] : []),
    ];
  }

  private write(level: keyof typeof RANK, message: string): void {
    const line = this.line(level, message);
    if (line) this.progress.push(line);
  }

  private line(level: keyof typeof RANK, message: string): string | undefined {
    if (RANK[level] < RANK[this.level]) return undefined;
    return `${this.stamp()} ${level.toUpperCase().padEnd(7)} ${message}\n`;
  }

  private stamp(): string {
    return new Date(this.clock()).toISOString();
  }
}
