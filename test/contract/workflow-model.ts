/**
 * A static checker for the consumer workflows in `workflows-examples/`: it holds every use of our actions and of a
 * local reusable workflow against their declared interfaces, and every `steps.*`, `needs.*`, `inputs.*` and `jobs.*`
 * reference against what the workflow declares. Pure: it takes parsed YAML and returns problems, so a test can feed
 * it a broken workflow and see it fail. The JSON-schema shape of a workflow is `@action-validator/core`'s job, not
 * this module's.
 */

export interface InputSpec {
  readonly required: boolean;
  readonly hasDefault: boolean;
  /** A reusable workflow input's `type` (string, boolean, number); actions have none. */
  readonly type?: string;
}

/** What a caller may pass and read: an action's `action.yml`, or a reusable workflow's `on.workflow_call`. */
export interface Interface {
  readonly inputs: ReadonlyMap<string, InputSpec>;
  readonly outputs: ReadonlySet<string>;
}

export interface ReusableWorkflowInterface extends Interface {
  readonly secrets: ReadonlyMap<string, { readonly required: boolean }>;
}

export interface CheckOptions {
  /** Our actions by name (`deploy-aml-endpoint`, ...). */
  readonly actions: ReadonlyMap<string, Interface>;
  /** The workflows a `uses: ./.github/workflows/<file>` job may call, parsed, by file name. */
  readonly workflows: ReadonlyMap<string, unknown>;
  /** The repository that hosts our actions (`owner/name`): an unknown action name under it is a problem. */
  readonly actionsRepository?: string;
  /** Which action produces each receipt kind, so a `<kind>-receipt` input can be held to its producer. */
  readonly receiptProducers?: Readonly<Record<string, string>>;
}

export interface Problem {
  /** Where in the workflow, as a dotted path (`jobs.deploy.steps[2].with.aml-receipt`). */
  readonly where: string;
  readonly message: string;
}

export type UsesTarget =
  | { readonly kind: 'action'; readonly name: string; readonly repository?: string; readonly ref?: string }
  | { readonly kind: 'local-workflow'; readonly file: string }
  | { readonly kind: 'other' };

type Mapping = Readonly<Record<string, unknown>>;

const isMapping = (value: unknown): value is Mapping =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const mappingAt = (value: unknown, ...keys: string[]): Mapping | undefined => {
  let current: unknown = value;
  for (const key of keys) current = isMapping(current) ? current[key] : undefined;
  return isMapping(current) ? current : undefined;
};

const asList = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : value === undefined ? [] : [value];

/** `owner/repo/actions/<name>@ref` or `./actions/<name>` is one of our actions; `./.github/workflows/X` a local workflow. */
export function parseUses(uses: string): UsesTarget {
  const local = /^\.\/actions\/([\w.-]+)\/?$/.exec(uses);
  if (local) return { kind: 'action', name: local[1]! };
  const remote = /^([\w.-]+\/[\w.-]+)\/actions\/([\w.-]+)@(.+)$/.exec(uses);
  if (remote) return { kind: 'action', repository: remote[1]!, name: remote[2]!, ref: remote[3]! };
  const workflow = /^\.\/\.github\/workflows\/([\w.-]+\.ya?ml)$/.exec(uses);
  if (workflow) return { kind: 'local-workflow', file: workflow[1]! };
  return { kind: 'other' };
}

/** The interface of an action from its parsed `action.yml`. */
export function actionInterface(actionYml: unknown): Interface {
  const inputs = new Map<string, InputSpec>();
  for (const [name, spec] of Object.entries(mappingAt(actionYml, 'inputs') ?? {})) {
    const required = isMapping(spec) && (spec.required === true || spec.required === 'true');
    inputs.set(name, { required, hasDefault: isMapping(spec) && spec.default !== undefined });
  }
  return { inputs, outputs: new Set(Object.keys(mappingAt(actionYml, 'outputs') ?? {})) };
}

/** The interface of a reusable workflow (its `on.workflow_call`), or undefined when it is not one. */
export function reusableWorkflowInterface(workflow: unknown): ReusableWorkflowInterface | undefined {
  const on = isMapping(workflow) ? workflow.on : undefined;
  const called = isMapping(on) ? on.workflow_call : asList(on).includes('workflow_call') ? {} : undefined;
  if (called === undefined) return undefined;
  const inputs = new Map<string, InputSpec>();
  for (const [name, spec] of Object.entries(mappingAt(called, 'inputs') ?? {})) {
    inputs.set(name, {
      required: isMapping(spec) && spec.required === true,
      hasDefault: isMapping(spec) && spec.default !== undefined,
      ...(isMapping(spec) && typeof spec.type === 'string' ? { type: spec.type } : {}),
    });
  }
  const secrets = new Map<string, { required: boolean }>();
  for (const [name, spec] of Object.entries(mappingAt(called, 'secrets') ?? {})) {
    secrets.set(name, { required: isMapping(spec) && spec.required === true });
  }
  return { inputs, outputs: new Set(Object.keys(mappingAt(called, 'outputs') ?? {})), secrets };
}

export interface Reference {
  readonly context: 'steps' | 'needs' | 'inputs' | 'jobs';
  readonly name: string;
  /** `outputs`, `outcome`, `result`, ...: what follows the name. */
  readonly property?: string;
  /** The output name, for `<context>.<name>.outputs.<output>`. */
  readonly output?: string;
}

/** The expressions in a value: each `${{ ... }}`, or the whole value for an `if:` written without one. */
export function expressionsIn(value: string, isCondition: boolean): string[] {
  const embedded = [...value.matchAll(/\$\{\{([\s\S]*?)\}\}/g)].map((match) => match[1]!);
  return embedded.length === 0 && isCondition ? [value] : embedded;
}

/** The context references of one expression, ignoring string literals and members such as `github.event.inputs`. */
export function referencesIn(expression: string): Reference[] {
  const code = expression.replace(/'(?:[^']|'')*'/g, "''");
  const pattern =
    /(?<![\w.\-\]])(steps|needs|inputs|jobs)\.([A-Za-z_][\w-]*)(?:\.([A-Za-z_][\w-]*)(?:\.([A-Za-z_][\w-]*))?)?/g;
  return [...code.matchAll(pattern)].map((match) => ({
    context: match[1] as Reference['context'],
    name: match[2]!,
    ...(match[3] === undefined ? {} : { property: match[3] }),
    ...(match[4] === undefined ? {} : { output: match[4] }),
  }));
}

interface Located {
  readonly where: string;
  readonly references: readonly Reference[];
}

/** Every reference in a YAML subtree, with the path of the value that holds it. */
function referencesUnder(value: unknown, where: string): Located[] {
  const found: Located[] = [];
  const visit = (node: unknown, path: string, key: string | undefined): void => {
    if (typeof node === 'string') {
      const references = expressionsIn(node, key === 'if').flatMap(referencesIn);
      if (references.length > 0) found.push({ where: path, references });
    } else if (Array.isArray(node)) {
      for (const [index, item] of node.entries()) visit(item, `${path}[${index}]`, undefined);
    } else if (isMapping(node)) {
      for (const [childKey, child] of Object.entries(node)) visit(child, `${path}.${childKey}`, childKey);
    }
  };
  visit(value, where, where.split('.').at(-1));
  return found;
}

const ACCESS = ['none', 'read', 'write'];

/** The access a `permissions:` value (a mapping, `read-all` or `write-all`) grants to one scope. */
function accessTo(permissions: unknown, scope: string): string {
  if (permissions === 'write-all') return 'write';
  if (permissions === 'read-all') return 'read';
  const level = isMapping(permissions) ? permissions[scope] : undefined;
  return typeof level === 'string' ? level : 'none';
}

interface StepInfo {
  readonly id: string | undefined;
  readonly index: number;
  readonly uses: UsesTarget;
}

class WorkflowChecker {
  readonly problems: Problem[] = [];
  private readonly jobs: Mapping;
  private readonly declaredInputs: ReadonlySet<string>;
  private readonly hasInputs: boolean;

  constructor(
    private readonly workflow: Mapping,
    private readonly options: CheckOptions,
  ) {
    this.jobs = mappingAt(workflow, 'jobs') ?? {};
    const on = workflow.on;
    const sources = [mappingAt(on, 'workflow_call', 'inputs'), mappingAt(on, 'workflow_dispatch', 'inputs')];
    this.hasInputs = sources.some((inputs) => inputs !== undefined);
    this.declaredInputs = new Set(sources.flatMap((inputs) => Object.keys(inputs ?? {})));
  }

  private report(where: string, message: string): void {
    this.problems.push({ where, message });
  }

  check(): void {
    for (const [key, value] of Object.entries(this.workflow)) {
      if (key !== 'on' && key !== 'jobs') this.checkReferences(referencesUnder(value, key), {});
    }
    this.checkCallOutputs();
    for (const [jobId, job] of Object.entries(this.jobs)) {
      if (isMapping(job)) this.checkJob(jobId, job);
    }
  }

  /** `on.workflow_call.outputs.<x>.value` may read `jobs.<job>.outputs.<y>`, and only outputs that job declares. */
  private checkCallOutputs(): void {
    const outputs = mappingAt(this.workflow.on, 'workflow_call', 'outputs') ?? {};
    for (const [name, spec] of Object.entries(outputs)) {
      const where = `on.workflow_call.outputs.${name}`;
      const located = referencesUnder(isMapping(spec) ? spec.value : undefined, `${where}.value`);
      for (const { where: at, references } of located) {
        for (const reference of references) {
          if (reference.context !== 'jobs') {
            this.report(
              at,
              `'${reference.context}.${reference.name}' is not available in workflow_call outputs`,
            );
            continue;
          }
          const job = mappingAt(this.jobs, reference.name);
          if (job === undefined) this.report(at, `no job '${reference.name}' in this workflow`);
          else if (reference.property === 'outputs' && reference.output !== undefined) {
            this.checkJobOutput(at, reference.name, job, reference.output, 'jobs');
          }
        }
      }
      if (isMapping(spec) && spec.value === undefined) this.report(where, `output '${name}' has no value`);
    }
  }

  private checkJob(jobId: string, job: Mapping): void {
    const at = `jobs.${jobId}`;
    const needs = asList(job.needs).filter((need): need is string => typeof need === 'string');
    for (const need of needs) {
      if (!(need in this.jobs))
        this.report(`${at}.needs`, `needs '${need}', which is not a job of this workflow`);
    }
    const steps = asList(job.steps).map((step, index) => this.stepInfo(step, index));
    const seen = new Set<string>();
    for (const step of steps) {
      if (step.id === undefined) continue;
      if (seen.has(step.id)) this.report(`${at}.steps[${step.index}].id`, `duplicate step id '${step.id}'`);
      seen.add(step.id);
    }

    for (const [key, value] of Object.entries(job)) {
      if (key === 'steps') continue;
      // Job outputs and the environment URL are evaluated after the steps, so they may read any step.
      const stepsVisible = key === 'outputs' || key === 'environment' ? steps : undefined;
      this.checkReferences(referencesUnder(value, `${at}.${key}`), { needs, steps: stepsVisible });
    }
    asList(job.steps).forEach((step, index) => {
      this.checkReferences(referencesUnder(step, `${at}.steps[${index}]`), {
        needs,
        steps: steps.slice(0, index),
      });
    });

    if (typeof job.uses === 'string') this.checkWorkflowCall(at, job);
    asList(job.steps).forEach((step, index) => {
      if (isMapping(step)) this.checkActionStep(`${at}.steps[${index}]`, step, steps.slice(0, index));
    });
    this.checkOneEnvironment(at, asList(job.steps));
  }

  private stepInfo(step: unknown, index: number): StepInfo {
    const id = isMapping(step) && typeof step.id === 'string' ? step.id : undefined;
    const uses =
      isMapping(step) && typeof step.uses === 'string' ? parseUses(step.uses) : { kind: 'other' as const };
    return { id, index, uses };
  }

  /** The interface of one of our actions, reporting a misspelt action or a ref that is not `<name>/vN` or a SHA. */
  private ourAction(where: string, target: UsesTarget): Interface | undefined {
    if (target.kind !== 'action') return undefined;
    const ours = target.repository === undefined || target.repository === this.options.actionsRepository;
    const action = this.options.actions.get(target.name);
    if (action === undefined) {
      if (ours) this.report(`${where}.uses`, `no action '${target.name}' in this repository`);
      return undefined;
    }
    if (target.ref !== undefined && ours) {
      const tag = new RegExp(`^${target.name}/v\\d+(\\.\\d+){0,2}$`);
      if (!tag.test(target.ref) && !/^[0-9a-f]{40}$/.test(target.ref)) {
        this.report(
          `${where}.uses`,
          `ref '${target.ref}' is neither a '${target.name}/vN' tag nor a commit SHA`,
        );
      }
    }
    return action;
  }

  private checkActionStep(where: string, step: Mapping, earlier: readonly StepInfo[]): void {
    const target = typeof step.uses === 'string' ? parseUses(step.uses) : undefined;
    const action = target && this.ourAction(where, target);
    if (action === undefined || target?.kind !== 'action') return;
    const name = target.name;
    const given = mappingAt(step, 'with') ?? {};
    this.checkWith(where, name, action, given);
    for (const [input, value] of Object.entries(given)) {
      const kind = /^(.+)-receipt$/.exec(input)?.[1];
      const producer = kind === undefined ? undefined : this.options.receiptProducers?.[kind];
      if (producer === undefined || typeof value !== 'string') continue;
      for (const reference of expressionsIn(value, false).flatMap(referencesIn)) {
        if (reference.context !== 'steps' || reference.output !== 'receipt') continue;
        const source = earlier.find((step) => step.id === reference.name)?.uses;
        if (source?.kind === 'action' && source.name !== producer) {
          this.report(
            `${where}.with.${input}`,
            `${input} of ${name} must be the receipt of ${producer}, not of ${source.name} (step '${reference.name}')`,
          );
        }
      }
    }
  }

  private checkWith(where: string, callee: string, contract: Interface, given: Mapping): void {
    for (const key of Object.keys(given)) {
      if (!contract.inputs.has(key)) this.report(`${where}.with.${key}`, `${callee} has no input '${key}'`);
    }
    for (const [input, spec] of contract.inputs) {
      if (spec.required && !spec.hasDefault && !(input in given)) {
        this.report(`${where}.with`, `${callee} requires input '${input}', which is not passed`);
      }
    }
  }

  /** A job that calls a local reusable workflow: its with: and secrets: against the callee's workflow_call. */
  private checkWorkflowCall(where: string, job: Mapping): void {
    const target = parseUses(job.uses as string);
    if (target.kind !== 'local-workflow') return;
    const callee = this.calleeInterface(`${where}.uses`, target.file);
    if (callee === undefined) return;
    const given = mappingAt(job, 'with') ?? {};
    this.checkWith(where, target.file, callee, given);
    for (const [input, value] of Object.entries(given)) {
      const type = callee.inputs.get(input)?.type;
      const literal = !(typeof value === 'string' && value.includes('${{'));
      if (literal && (type === 'boolean' || type === 'number') && typeof value !== type) {
        this.report(
          `${where}.with.${input}`,
          `${target.file} input '${input}' is a ${type}; got ${JSON.stringify(value)}`,
        );
      }
    }
    this.checkCallPermissions(where, job, target.file);
    if (job.secrets === 'inherit') return;
    const secrets = mappingAt(job, 'secrets') ?? {};
    for (const name of Object.keys(secrets)) {
      if (!callee.secrets.has(name))
        this.report(`${where}.secrets.${name}`, `${target.file} has no secret '${name}'`);
    }
    for (const [name, spec] of callee.secrets) {
      if (spec.required && !(name in secrets)) {
        this.report(
          `${where}.secrets`,
          `${target.file} requires secret '${name}'; pass it or use secrets: inherit`,
        );
      }
    }
  }

  /**
   * A called workflow can only keep or lower its caller's token permissions; asking for more (typically
   * `id-token: write` for OIDC) fails the whole run at start. Checked when the caller sets permissions at all.
   */
  private checkCallPermissions(where: string, job: Mapping, file: string): void {
    const granted = job.permissions ?? this.workflow.permissions;
    const callee = this.options.workflows.get(file);
    if (granted === undefined || !isMapping(callee)) return;
    const requested = [
      callee.permissions,
      ...Object.values(mappingAt(callee, 'jobs') ?? {}).map((calleeJob) =>
        isMapping(calleeJob) ? calleeJob.permissions : undefined,
      ),
    ];
    for (const permissions of requested) {
      for (const [scope, level] of Object.entries(isMapping(permissions) ? permissions : {})) {
        if (ACCESS.indexOf(String(level)) > ACCESS.indexOf(accessTo(granted, scope))) {
          this.report(
            `${where}.permissions`,
            `${file} asks for '${scope}: ${String(level)}', which this job does not grant`,
          );
        }
      }
    }
  }

  private calleeInterface(where: string, file: string): ReusableWorkflowInterface | undefined {
    const workflow = this.options.workflows.get(file);
    if (workflow === undefined) {
      this.report(where, `no workflow '${file}' next to this one`);
      return undefined;
    }
    const callee = reusableWorkflowInterface(workflow);
    if (callee === undefined) this.report(where, `${file} is not a reusable workflow (no on.workflow_call)`);
    return callee;
  }

  /** Receipts from another environment are refused at run time; within one job, catch it before. */
  private checkOneEnvironment(where: string, steps: readonly unknown[]): void {
    const environments = new Set<string>();
    for (const step of steps) {
      const target = isMapping(step) && typeof step.uses === 'string' ? parseUses(step.uses) : undefined;
      const environment = mappingAt(step, 'with')?.environment;
      if (target?.kind === 'action' && this.options.actions.has(target.name) && environment !== undefined) {
        environments.add(String(environment));
      }
    }
    if (environments.size > 1) {
      this.report(
        where,
        `our actions in one job release to different environments: ${[...environments].join(', ')}`,
      );
    }
  }

  private checkReferences(
    located: readonly Located[],
    scope: { readonly needs?: readonly string[]; readonly steps?: readonly StepInfo[] | undefined },
  ): void {
    for (const { where, references } of located) {
      for (const reference of references) {
        switch (reference.context) {
          case 'inputs':
            if (!this.hasInputs)
              this.report(where, `'inputs.${reference.name}': this workflow declares no inputs`);
            else if (!this.declaredInputs.has(reference.name)) {
              this.report(
                where,
                `'inputs.${reference.name}' is not a declared workflow_call/workflow_dispatch input`,
              );
            }
            break;
          case 'steps':
            this.checkStepReference(where, reference, scope.steps);
            break;
          case 'needs':
            this.checkNeedsReference(where, reference, scope.needs);
            break;
          case 'jobs':
            this.report(where, `'jobs.${reference.name}' is only available in on.workflow_call.outputs`);
            break;
        }
      }
    }
  }

  private checkStepReference(
    where: string,
    reference: Reference,
    visible: readonly StepInfo[] | undefined,
  ): void {
    const text = `steps.${reference.name}`;
    if (visible === undefined) {
      this.report(where, `'${text}' is not available here (only in steps, job outputs and environment)`);
      return;
    }
    const step = visible.find((candidate) => candidate.id === reference.name);
    if (step === undefined) {
      this.report(
        where,
        `'${text}' refers to no step with id '${reference.name}' before this point in the job`,
      );
      return;
    }
    if (reference.property === 'outputs' && reference.output !== undefined) {
      const action = this.options.actions.get(step.uses.kind === 'action' ? step.uses.name : '');
      if (action !== undefined && !action.outputs.has(reference.output)) {
        const name = step.uses.kind === 'action' ? step.uses.name : '';
        this.report(
          where,
          `'${text}.outputs.${reference.output}': ${name} has no output '${reference.output}'`,
        );
      }
    }
  }

  private checkNeedsReference(
    where: string,
    reference: Reference,
    needs: readonly string[] | undefined,
  ): void {
    const text = `needs.${reference.name}`;
    if (needs === undefined) {
      this.report(where, `'${text}' is not available outside a job`);
      return;
    }
    if (!needs.includes(reference.name)) {
      this.report(where, `'${text}': '${reference.name}' is not listed in this job's needs`);
      return;
    }
    const job = mappingAt(this.jobs, reference.name);
    if (job !== undefined && reference.property === 'outputs' && reference.output !== undefined) {
      this.checkJobOutput(where, reference.name, job, reference.output, 'needs');
    }
  }

  /** A job's outputs: its `outputs:` mapping, or for a call of a local reusable workflow, the callee's outputs. */
  private checkJobOutput(where: string, jobId: string, job: Mapping, output: string, context: string): void {
    const text = `${context}.${jobId}.outputs.${output}`;
    if (typeof job.uses === 'string') {
      const target = parseUses(job.uses);
      if (target.kind !== 'local-workflow') return; // a remote reusable workflow: not ours to know
      const callee = reusableWorkflowInterface(this.options.workflows.get(target.file));
      if (callee !== undefined && !callee.outputs.has(output)) {
        this.report(where, `'${text}': ${target.file} has no workflow_call output '${output}'`);
      }
      return;
    }
    const outputs = mappingAt(job, 'outputs');
    if (outputs === undefined || !(output in outputs)) {
      this.report(where, `'${text}': job '${jobId}' declares no output '${output}'`);
    }
  }
}

/** Every problem in one parsed workflow (empty when it holds together). */
export function checkWorkflow(workflow: unknown, options: CheckOptions): Problem[] {
  if (!isMapping(workflow)) return [{ where: '', message: 'a workflow must be a YAML mapping' }];
  const checker = new WorkflowChecker(workflow, options);
  checker.check();
  return checker.problems;
}
