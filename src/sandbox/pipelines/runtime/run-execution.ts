/**
 * One pipeline run while it executes: its record in the sandbox state (the run and its activity runs, which the
 * Data Factory routes read), the pipeline definition as it was when the run started, what its expressions see
 * (`pipeline()`, variables), and the signal that cancels it. The services are what the sandbox lends the runtime:
 * the clock, expression evaluation, storage and database access, the Web activity's HTTP client, and tokens for
 * the managed identity of the factory or Synapse workspace the run is in.
 */

import type { Json } from '../../arm/datafactory/store.js';
import type { SandboxContext } from '../../context.js';
import type { WebClient } from '../activities/web-client.js';
import type { DataServices } from '../data/data-services.js';
import type { ExpressionEvaluator, ExpressionScope, PipelineContext } from '../expressions/index.js';
import type { ActivityScope } from './activity-scope.js';
import { findHost, type HostRef, type RunHost } from './run-host.js';
import type { StoredRun } from './run-records.js';

export interface RuntimeServices {
  readonly context: SandboxContext;
  readonly evaluator: ExpressionEvaluator;
  readonly data: DataServices;
  readonly web: WebClient;
  /** An access token for `resource` issued by the sandbox authority to the managed identity `principalId`. */
  managedIdentityToken(principalId: string, resource: string): Promise<string>;
}

/** Starts the runs of ExecutePipeline activities (the runtime does it, so children are runs like any other). */
export interface ChildRunLauncher {
  startChild(
    parent: RunExecution,
    pipeline: string,
    parameters: Readonly<Record<string, unknown>>,
    invoker: { readonly activityRunId: string; readonly activityName: string },
  ): { readonly runId: string; readonly completion: Promise<StoredRun> };
}

export interface VariableDeclaration {
  readonly type: string;
}

export class RunExecution {
  readonly variables = new Map<string, unknown>();
  readonly variableTypes = new Map<string, string>();
  readonly controller = new AbortController();

  constructor(
    readonly services: RuntimeServices,
    readonly launcher: ChildRunLauncher,
    /** The factory or Synapse workspace the run is in (run-host.ts). */
    readonly hostRef: HostRef,
    readonly run: StoredRun,
    /** The pipeline's `properties` when the run started (later edits do not change a running run, as in ADF). */
    readonly definition: Json,
    readonly pipelineContext: PipelineContext,
  ) {
    const declared = (definition.variables ?? {}) as Record<
      string,
      { type?: string; defaultValue?: unknown }
    >;
    for (const [name, variable] of Object.entries(declared)) {
      this.variableTypes.set(name, String(variable?.type ?? 'String'));
      this.variables.set(name, variable?.defaultValue ?? defaultFor(String(variable?.type ?? 'String')));
    }
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get clock(): SandboxContext['time'] {
    return this.services.context.time;
  }

  /** The host as the state holds it now (undefined once it was deleted or the state was reset). */
  host(): RunHost | undefined {
    return findHost(this.services.context, this.hostRef);
  }

  /** False once the run's record left the state (a reset or restore): the execution then stops. */
  alive(): boolean {
    return this.host()?.runs[this.run.runId] === this.run;
  }

  touch(): void {
    this.run.lastUpdated = this.services.context.clock();
  }

  expressionScope(scope: ActivityScope, extra: Partial<ExpressionScope> = {}): ExpressionScope {
    return {
      pipeline: this.pipelineContext,
      clock: this.services.context.clock,
      variables: this.variables,
      activity: (name) => scope.lookup(name),
      ...(scope.item ? { item: scope.item } : {}),
      ...extra,
    };
  }

  /** The variable's declared name (variables match case-insensitively) and type, or undefined. */
  variable(name: string): { name: string; type: string } | undefined {
    for (const [declared, type] of this.variableTypes) {
      if (declared.toLowerCase() === name.toLowerCase()) return { name: declared, type };
    }
    return undefined;
  }
}

function defaultFor(type: string): unknown {
  switch (type.toLowerCase()) {
    case 'array':
      return [];
    case 'bool':
    case 'boolean':
      return false;
    case 'string':
      return '';
    default:
      return null;
  }
}
