/**
 * Domain modules log through this interface, never through `@actions/core`, so tests can record what they say and
 * library code has no side effects on the runner protocol.
 */
import type { SourceLocation } from './errors.js';

export interface AnnotationProperties {
  readonly title?: string;
  readonly location?: SourceLocation;
}

export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string, properties?: AnnotationProperties): void;
  error(message: string, properties?: AnnotationProperties): void;
  /** A notice annotation (something done on the user's behalf worth knowing); loggers without one log it as info. */
  notice?(message: string, properties?: AnnotationProperties): void;
  /** Runs `fn` inside a collapsible group of the job log. */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
}

/** `logger.notice`, or an info line where the logger has no notices. */
export function notice(logger: Logger, message: string, properties?: AnnotationProperties): void {
  if (logger.notice) logger.notice(message, properties);
  else logger.info(message);
}

/** The subset of `@actions/core` the logger needs, passed in so this module does not import it. */
export interface ActionsCoreLogging {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string, properties?: ActionsAnnotation): void;
  error(message: string, properties?: ActionsAnnotation): void;
  notice?(message: string, properties?: ActionsAnnotation): void;
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
}

export interface ActionsAnnotation {
  title?: string;
  file?: string;
  startLine?: number;
  startColumn?: number;
}

export function toActionsAnnotation(
  properties: AnnotationProperties | undefined,
): ActionsAnnotation | undefined {
  if (!properties) return undefined;
  const annotation: ActionsAnnotation = {};
  if (properties.title) annotation.title = properties.title;
  if (properties.location) {
    annotation.file = properties.location.file;
    if (properties.location.line !== undefined) annotation.startLine = properties.location.line;
    if (properties.location.column !== undefined) annotation.startColumn = properties.location.column;
  }
  return annotation;
}

/**
 * The runner reads every stdout line that starts, after blanks, with `::` as a workflow command (`::set-output`,
 * `::add-mask::`, `::stop-commands::`). `core.info` writes its text as it is, and log lines carry data (a spec's
 * description, a diff of a global parameter), so a zero-width space goes before such a line: shown the same, read as
 * text. Annotations, debug lines and group names are escaped by `@actions/core` itself.
 */
export function neutraliseCommands(message: string): string {
  return message.replace(/^([ \t]*)::/gm, '$1\u200b::');
}

export function createActionsLogger(core: ActionsCoreLogging): Logger {
  return {
    debug: (message) => core.debug(message),
    info: (message) => core.info(neutraliseCommands(message)),
    warning: (message, properties) => core.warning(message, toActionsAnnotation(properties)),
    error: (message, properties) => core.error(message, toActionsAnnotation(properties)),
    notice: (message, properties) =>
      core.notice ? core.notice(message, toActionsAnnotation(properties)) : core.info(message),
    group: (name, fn) => core.group(name, fn),
  };
}

export type LogLevel = 'debug' | 'info' | 'notice' | 'warning' | 'error';

export interface LogEntry {
  readonly level: LogLevel;
  readonly message: string;
  readonly properties?: AnnotationProperties;
  /** The groups the entry was written in, outermost first. */
  readonly groups: readonly string[];
}

/** A logger for tests: keeps every entry, with the groups it was written in. */
export class RecordingLogger implements Logger {
  readonly entries: LogEntry[] = [];
  private readonly openGroups: string[] = [];

  debug(message: string): void {
    this.record('debug', message);
  }
  info(message: string): void {
    this.record('info', message);
  }
  warning(message: string, properties?: AnnotationProperties): void {
    this.record('warning', message, properties);
  }
  error(message: string, properties?: AnnotationProperties): void {
    this.record('error', message, properties);
  }
  notice(message: string, properties?: AnnotationProperties): void {
    this.record('notice', message, properties);
  }
  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    this.openGroups.push(name);
    try {
      return await fn();
    } finally {
      this.openGroups.pop();
    }
  }

  messages(level?: LogLevel): string[] {
    return this.entries.filter((entry) => !level || entry.level === level).map((entry) => entry.message);
  }

  private record(level: LogLevel, message: string, properties?: AnnotationProperties): void {
    this.entries.push({
      level,
      message,
      groups: [...this.openGroups],
      ...(properties ? { properties } : {}),
    });
  }
}

/** A logger that drops everything. */
export const silentLogger: Logger = {
  debug: () => {},
  info: () => {},
  warning: () => {},
  error: () => {},
  notice: () => {},
  group: (_name, fn) => fn(),
};
