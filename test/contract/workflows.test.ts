// The consumer workflows in workflows-examples/ are what teams copy: each must be valid workflow syntax and use
// our actions exactly as their action.yml declares them (inputs, required inputs, outputs, receipt wiring).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ValidationError, validateWorkflow } from '@action-validator/core';
import { describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';
import { RECEIPT_PRODUCERS } from '../../src/shared/receipts/schemas.js';
import {
  actionInterface,
  type CheckOptions,
  checkWorkflow,
  type Problem,
  parseUses,
  referencesIn,
} from './workflow-model.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const EXAMPLES = join(ROOT, 'workflows-examples');
const ACTIONS_REPOSITORY = 'your-org/aml-adf-release-actions';

const actionNames = readdirSync(join(ROOT, 'actions'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
const actions = new Map(
  actionNames.map((name) => [
    name,
    actionInterface(parse(readFileSync(join(ROOT, 'actions', name, 'action.yml'), 'utf8'))),
  ]),
);
const files = readdirSync(EXAMPLES)
  .filter((file) => /\.ya?ml$/.test(file))
  .sort();
const sources = new Map(files.map((file) => [file, readFileSync(join(EXAMPLES, file), 'utf8')]));
const workflows = new Map<string, unknown>(files.map((file) => [file, parse(sources.get(file)!)]));

const options: CheckOptions = {
  actions,
  workflows,
  actionsRepository: ACTIONS_REPOSITORY,
  receiptProducers: RECEIPT_PRODUCERS,
};

/** The validator nests the errors of each oneOf branch; flatten them into readable lines. */
function describeErrors(errors: readonly ValidationError[]): string[] {
  return errors.flatMap((error) => {
    const at = 'path' in error ? error.path : `line ${error.location?.line ?? '?'}`;
    const nested =
      'states' in error ? (error.states ?? []).flatMap((state) => describeErrors(state.errors)) : [];
    return [
      `${at}: ${error.title}${error.detail ? ` (${error.detail})` : ''}`,
      ...nested.map((line) => `  ${line}`),
    ];
  });
}

// biome-ignore lint/suspicious/noExplicitAny: parsed YAML, read and edited freely by the tests below
type Yaml = Record<string, any>;

/** A GitHub expression, `${{ body }}`, written without a string that looks like a template to the linter. */
const expr = (body: string): string => `\${{ ${body} }}`;

/** A deep copy of one example, changed by `edit`, checked against the real actions and the other examples. */
function checkEdited(file: string, edit: (workflow: Yaml) => void): Problem[] {
  const workflow = structuredClone(workflows.get(file)) as Yaml;
  edit(workflow);
  return checkWorkflow(workflow, { ...options, workflows: new Map([...workflows, [file, workflow]]) });
}

function stepOf(workflow: Yaml, job: string, id: string): Yaml {
  const step = (workflow.jobs[job].steps as Yaml[]).find((candidate) => candidate.id === id);
  if (step === undefined) throw new Error(`no step '${id}' in job '${job}'`);
  return step;
}

describe('workflows-examples', () => {
  it('holds the release flow: reusable deploy, release, PR plan, drift monitor and its listener', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'deploy-environment.yml',
        'release.yml',
        'pr-plan.yml',
        'drift-monitor.yml',
        'retrain-on-drift.yml',
      ]),
    );
  });

  it('uses every one of our actions somewhere', () => {
    const used = new Set(
      [...sources.values()].flatMap((source) =>
        [...source.matchAll(/uses:\s*(\S+)/g)]
          .map((match) => parseUses(match[1]!))
          .flatMap((target) => (target.kind === 'action' ? [target.name] : [])),
      ),
    );
    expect([...used].sort()).toEqual(actionNames);
  });
});

describe.each(files)('%s', (file) => {
  const source = sources.get(file)!;

  it('is valid GitHub Actions workflow syntax (@action-validator/core)', () => {
    expect(describeErrors(validateWorkflow(source).errors)).toEqual([]);
  });

  it('uses our actions and reusable workflows only as they are declared', () => {
    expect(checkWorkflow(workflows.get(file), options)).toEqual([]);
  });

  it('opens with comments that say what to change', () => {
    const header = source.slice(0, source.search(/^[^#\n]/m));
    expect(header).toMatch(/^# /);
    if (source.includes(ACTIONS_REPOSITORY)) expect(header).toContain(ACTIONS_REPOSITORY);
  });
});

describe('deploy-environment.yml', () => {
  const workflow = workflows.get('deploy-environment.yml') as Yaml;
  const job = workflow.jobs.deploy as Yaml;

  it('deploys one environment in one job, AML -> ADF -> metadata -> [integration] -> [drift gate]', () => {
    expect(Object.keys(workflow.jobs)).toEqual(['deploy']);
    const ours = (job.steps as Yaml[]).filter((step) => parseUses(String(step.uses ?? '')).kind === 'action');
    expect(
      ours.map((step) => [step.id, parseUses(step.uses).kind === 'action' && step.uses.split('@')[1]]),
    ).toEqual([
      ['aml', 'deploy-aml-endpoint/v1'],
      ['adf', 'deploy-adf-pipelines/v1'],
      ['metadata', 'apply-control-metadata/v1'],
      ['integration', 'run-integration-score/v1'],
      ['drift', 'check-drift-gate/v1'],
    ]);
    expect(stepOf(workflow, 'deploy', 'integration').if).toBe('inputs.run-integration');
    expect(stepOf(workflow, 'deploy', 'drift').if).toBe('inputs.run-drift-gate');
  });

  it('signs in with OIDC and serialises releases per environment without cancelling one', () => {
    expect(job.environment).toBe(expr('inputs.environment'));
    expect(job.permissions).toEqual({ 'id-token': 'write', contents: 'read' });
    expect(job.concurrency).toEqual({
      group: `deploy-${expr('inputs.environment')}`,
      'cancel-in-progress': false,
    });
  });

  it('declares the inputs a caller sets and hands back the receipts', () => {
    const call = workflow.on.workflow_call;
    expect(call.inputs.environment).toMatchObject({ type: 'string', required: true });
    for (const flag of ['run-integration', 'run-drift-gate', 'dry-run']) {
      expect(call.inputs[flag]).toMatchObject({ type: 'boolean', default: false });
    }
    expect(call.inputs['require-validation']).toMatchObject({ type: 'string', default: '' });
    expect(Object.keys(call.outputs)).toEqual(
      expect.arrayContaining([
        'aml-receipt',
        'adf-receipt',
        'metadata-receipt',
        'scoring-uri',
        'model-version',
      ]),
    );
  });
});

describe('release.yml', () => {
  const workflow = workflows.get('release.yml') as Yaml;

  it('promotes dev -> staging (with integration) -> prod (requiring staging validation)', () => {
    const { dev, staging, prod } = workflow.jobs;
    for (const job of [dev, staging, prod]) {
      expect(job.uses).toBe('./.github/workflows/deploy-environment.yml');
      expect(job.secrets).toBe('inherit');
    }
    expect(staging.needs).toBe('dev');
    expect(staging.with).toMatchObject({ environment: 'staging', 'run-integration': true });
    expect(prod.needs).toBe('staging');
    expect(prod.with).toMatchObject({
      environment: 'prod',
      'require-validation': 'staging',
      'validation-receipt': expr('needs.staging.outputs.integration-receipt'),
    });
  });

  it("forwards staging's integration receipt to prod's deploy-aml-endpoint", () => {
    const reusable = workflows.get('deploy-environment.yml') as Yaml;
    expect(reusable.on.workflow_call.inputs['validation-receipt']).toMatchObject({
      type: 'string',
      default: '',
    });
    expect(reusable.on.workflow_call.outputs['integration-receipt'].value).toBe(
      expr('jobs.deploy.outputs.integration-receipt'),
    );
    expect(stepOf(reusable, 'deploy', 'aml').with).toMatchObject({
      'require-validation': expr('inputs.require-validation'),
      'validation-receipt': expr('inputs.validation-receipt'),
    });
  });
});

describe('drift-monitor.yml and retrain-on-drift.yml', () => {
  it('dispatch the event type the retraining workflow listens for', () => {
    const drift = stepOf(workflows.get('drift-monitor.yml') as Yaml, 'drift', 'drift');
    expect(drift.with['on-drift']).toBe('dispatch');
    const listener = workflows.get('retrain-on-drift.yml') as Yaml;
    expect(listener.on.repository_dispatch.types).toContain(
      drift.with['dispatch-event-type'] ?? 'model-drift',
    );
    expect((workflows.get('drift-monitor.yml') as Yaml).jobs.drift.permissions).toMatchObject({
      contents: 'write',
      'id-token': 'write',
    });
  });
});

describe('the checker finds what is wrong', () => {
  const DEPLOY = 'deploy-environment.yml';
  const RELEASE = 'release.yml';

  it.each<[string, string, (workflow: Yaml) => void, Partial<Problem>]>([
    [
      'an unknown with: key',
      DEPLOY,
      (workflow) => {
        stepOf(workflow, 'deploy', 'aml').with.workspace = 'mlw-dev';
      },
      {
        where: 'jobs.deploy.steps[1].with.workspace',
        message: "deploy-aml-endpoint has no input 'workspace'",
      },
    ],
    [
      'a reference to an output the action does not declare',
      DEPLOY,
      (workflow) => {
        stepOf(workflow, 'deploy', 'adf').with['aml-receipt'] = expr('steps.aml.outputs.reciept');
      },
      {
        where: 'jobs.deploy.steps[2].with.aml-receipt',
        message: "'steps.aml.outputs.reciept': deploy-aml-endpoint has no output 'reciept'",
      },
    ],
    [
      'a missing required input',
      DEPLOY,
      (workflow) => {
        delete stepOf(workflow, 'deploy', 'aml').with['workspace-name'];
      },
      {
        where: 'jobs.deploy.steps[1].with',
        message: "deploy-aml-endpoint requires input 'workspace-name', which is not passed",
      },
    ],
    [
      'a missing receipt',
      DEPLOY,
      (workflow) => {
        delete stepOf(workflow, 'deploy', 'metadata').with['adf-receipt'];
      },
      { message: "apply-control-metadata requires input 'adf-receipt', which is not passed" },
    ],
    [
      'a step that reads a later step',
      DEPLOY,
      (workflow) => {
        stepOf(workflow, 'deploy', 'adf').with['aml-receipt'] = expr('steps.metadata.outputs.receipt');
      },
      { message: "'steps.metadata' refers to no step with id 'metadata' before this point in the job" },
    ],
    [
      'a receipt from the wrong action',
      DEPLOY,
      (workflow) => {
        stepOf(workflow, 'deploy', 'metadata').with['adf-receipt'] = expr('steps.aml.outputs.receipt');
      },
      {
        message:
          "adf-receipt of apply-control-metadata must be the receipt of deploy-adf-pipelines, not of deploy-aml-endpoint (step 'aml')",
      },
    ],
    [
      'an undeclared workflow input',
      DEPLOY,
      (workflow) => {
        stepOf(workflow, 'deploy', 'aml').with.model = expr('inputs.model-uri');
      },
      { message: "'inputs.model-uri' is not a declared workflow_call/workflow_dispatch input" },
    ],
    [
      'a job output that reads no step',
      DEPLOY,
      (workflow) => {
        workflow.jobs.deploy.outputs['scoring-uri'] = expr('steps.endpoint.outputs.scoring-uri');
      },
      { where: 'jobs.deploy.outputs.scoring-uri' },
    ],
    [
      'a workflow_call output that reads an undeclared job output',
      DEPLOY,
      (workflow) => {
        workflow.on.workflow_call.outputs['scoring-uri'].value = expr('jobs.deploy.outputs.scoring-url');
      },
      { message: "'jobs.deploy.outputs.scoring-url': job 'deploy' declares no output 'scoring-url'" },
    ],
    [
      'a misspelt action',
      DEPLOY,
      (workflow) => {
        stepOf(workflow, 'deploy', 'adf').uses =
          `${ACTIONS_REPOSITORY}/actions/deploy-adf-pipeline@deploy-adf-pipeline/v1`;
      },
      { message: "no action 'deploy-adf-pipeline' in this repository" },
    ],
    [
      "a ref that is not the action's own tag",
      DEPLOY,
      (workflow) => {
        stepOf(workflow, 'deploy', 'adf').uses = `${ACTIONS_REPOSITORY}/actions/deploy-adf-pipelines@v1`;
      },
      { message: "ref 'v1' is neither a 'deploy-adf-pipelines/vN' tag nor a commit SHA" },
    ],
    [
      'two environments in one job',
      DEPLOY,
      (workflow) => {
        stepOf(workflow, 'deploy', 'adf').with.environment = 'prod';
      },
      { where: 'jobs.deploy' },
    ],
    [
      'a with: key the reusable workflow does not declare',
      RELEASE,
      (workflow) => {
        workflow.jobs.prod.with['require-validaton'] = 'staging';
      },
      {
        where: 'jobs.prod.with.require-validaton',
        message: "deploy-environment.yml has no input 'require-validaton'",
      },
    ],
    [
      'a reusable workflow call without its required input',
      RELEASE,
      (workflow) => {
        delete workflow.jobs.staging.with.environment;
      },
      { message: "deploy-environment.yml requires input 'environment', which is not passed" },
    ],
    [
      'a string for a boolean input',
      RELEASE,
      (workflow) => {
        workflow.jobs.staging.with['run-integration'] = 'yes';
      },
      { message: `deploy-environment.yml input 'run-integration' is a boolean; got "yes"` },
    ],
    [
      'an output the reusable workflow does not declare',
      RELEASE,
      (workflow) => {
        workflow.jobs.summary.steps[0].env.PROD_SCORING_URI = expr('needs.prod.outputs.scoring-url');
      },
      {
        message:
          "'needs.prod.outputs.scoring-url': deploy-environment.yml has no workflow_call output 'scoring-url'",
      },
    ],
    [
      'a needs reference to a job not in needs',
      RELEASE,
      (workflow) => {
        workflow.jobs.summary.needs = ['staging', 'prod'];
      },
      { message: "'needs.dev': 'dev' is not listed in this job's needs" },
    ],
    [
      'a caller that does not grant the OIDC permission the callee asks for',
      RELEASE,
      (workflow) => {
        workflow.jobs.prod.permissions = { contents: 'read' };
      },
      {
        where: 'jobs.prod.permissions',
        message: "deploy-environment.yml asks for 'id-token: write', which this job does not grant",
      },
    ],
  ])('reports %s', (_name, file, edit, expected) => {
    expect(checkEdited(file, edit)).toContainEqual(expect.objectContaining(expected));
  });

  it('reports a change the JSON schema rejects (the validator can fail too)', () => {
    const broken = sources
      .get(DEPLOY)!
      .replace('    runs-on: ubuntu-latest', '    runs-on: ubuntu-latest\n    run-on: x');
    expect(validateWorkflow(broken).errors).not.toEqual([]);
  });
});

describe('parseUses', () => {
  it.each([
    [
      `${ACTIONS_REPOSITORY}/actions/check-drift-gate@check-drift-gate/v1`,
      {
        kind: 'action',
        repository: ACTIONS_REPOSITORY,
        name: 'check-drift-gate',
        ref: 'check-drift-gate/v1',
      },
    ],
    ['./actions/deploy-aml-endpoint', { kind: 'action', name: 'deploy-aml-endpoint' }],
    [
      './.github/workflows/deploy-environment.yml',
      { kind: 'local-workflow', file: 'deploy-environment.yml' },
    ],
    ['actions/checkout@v4', { kind: 'other' }],
    ['docker://alpine:3', { kind: 'other' }],
  ])('%s', (uses, expected) => {
    expect(parseUses(uses)).toEqual(expected);
  });
});

describe('referencesIn', () => {
  it.each([
    [
      'steps.aml.outputs.scoring-uri',
      [{ context: 'steps', name: 'aml', property: 'outputs', output: 'scoring-uri' }],
    ],
    [
      "inputs.dry-run && needs.staging.result == 'success'",
      [
        { context: 'inputs', name: 'dry-run' },
        { context: 'needs', name: 'staging', property: 'result' },
      ],
    ],
    ['github.event.inputs.environment', []],
    ["format('steps.{0}', 'x')", []],
  ])('%s', (expression, expected) => {
    expect(referencesIn(expression)).toEqual(expected);
  });
});
