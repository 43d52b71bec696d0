// Every bundled action, run as the runner runs it, validates all of its inputs before doing anything: missing,
// malformed and conflicting values fail with one line naming the input, and never with a stack trace.
import { describe, expect, it } from '@jest/globals';
import { encodeReceipt } from '../../src/shared/receipts/encoding.js';
import { adfReceipt, amlReceipt, metadataReceipt, SUBSCRIPTION } from '../fixtures/receipts.js';
import { type ActionRun, findSecrets, runAction } from '../harness/run-action.js';

const AZURE = { environment: 'dev', 'subscription-id': SUBSCRIPTION, 'resource-group': 'rg-dev' };

/** The smallest set of valid inputs for each action. */
const VALID: Record<string, Record<string, string>> = {
  'deploy-aml-endpoint': {
    ...AZURE,
    'workspace-name': 'mlw-dev',
    'endpoint-file': 'ml/endpoint.yml',
    'deployment-file': 'ml/deployment.yml',
  },
  'deploy-adf-pipelines': {
    ...AZURE,
    'aml-receipt': encodeReceipt(amlReceipt()),
    'factory-name': 'adf-dev',
    source: 'adf',
  },
  'apply-control-metadata': {
    ...AZURE,
    'adf-receipt': encodeReceipt(adfReceipt()),
    server: 'sql-dev.database.windows.net',
    database: 'control',
    rows: 'metadata/*.yml',
  },
  'run-integration-score': { ...AZURE, 'metadata-receipt': encodeReceipt(metadataReceipt()) },
  'check-drift-gate': { environment: 'dev', reference: 'data/reference.csv', current: 'data/current.csv' },
};
const ACTIONS = Object.keys(VALID);

/** Actions whose behaviour has landed: with the smallest valid inputs they go on to read what the inputs name. */
const AVAILABLE: Record<string, RegExp> = {
  'deploy-aml-endpoint': /^deploy-aml-endpoint: ml\/endpoint\.yml: file not found\.$/,
  'deploy-adf-pipelines':
    /^deploy-adf-pipelines: Input 'source' names 'adf', which is not a folder: point it at the root of the ADF git-integration folder/,
  'apply-control-metadata': /^apply-control-metadata: Input 'rows' .*metadata\/\*\.yml/,
  'check-drift-gate':
    /^check-drift-gate: Input 'reference' matches no file \(data\/reference\.csv\); check the paths relative to the repository checkout\.$/,
  // The default mode is pipeline mode: it needs the use case to run.
  'run-integration-score':
    /^run-integration-score: Input required and not supplied: use-case \(mode is pipeline: the id of the control table row whose pipeline runs\)$/,
};

/** The one error line a failed step shows. */
function failure(run: ActionRun): string {
  expect(run.exitCode).toBe(1);
  const errors = run.annotations.filter((a) => a.level === 'error');
  expect(errors).toHaveLength(1);
  expect(run.stdout + run.stderr).not.toMatch(/^\s+at /m);
  return errors[0]!.message;
}

describe.each(ACTIONS)('%s', (name) => {
  it('with no inputs, names the first missing input in one line', async () => {
    const message = failure(await runAction(name));
    expect(message).toBe(`${name}: Input required and not supplied: environment`);
    expect(message).not.toContain('\n');
  });

  it.each([
    ['dry-run', 'yes', "Input 'dry-run' must be true or false; got 'yes'."],
    [
      'timeout',
      '30',
      "Input 'timeout' must be a duration such as 30s, 20m or 1h30m (units ms, s, m, h, d); got '30'.",
    ],
    [
      'auth',
      'password',
      "Input 'auth' must be one of auto, oidc, client-secret, azure-cli, managed-identity; got 'password'.",
    ],
  ])('a bad %s names the input and the accepted values', async (input, value, expected) => {
    expect(failure(await runAction(name, { inputs: { ...VALID[name], [input]: value } }))).toBe(
      `${name}: ${expected}`,
    );
  });

  it('with valid inputs, says plainly that the behaviour is not in this version (or reads what they name)', async () => {
    expect(failure(await runAction(name, { inputs: VALID[name] }))).toMatch(
      AVAILABLE[name] ??
        new RegExp(
          `^${name}: inputs are valid, but .* is not available in version \\d+\\.\\d+\\.\\d+ of this action\\.$`,
        ),
    );
  });

  it('enforces the rules between the sign-in inputs', async () => {
    expect(failure(await runAction(name, { inputs: { ...VALID[name], auth: 'oidc' } }))).toBe(
      `${name}: Input required and not supplied: tenant-id (auth is oidc)`,
    );
    expect(
      failure(await runAction(name, { inputs: { ...VALID[name], 'arm-endpoint': 'https://arm.local' } })),
    ).toMatch(/Input 'arm-endpoint' is only used with cloud: Custom/);
  });

  it('never shows the client secret, even when it refuses the inputs', async () => {
    const secret = 'Zq8~not-a-real-secret.value';
    const run = await runAction(name, {
      inputs: { ...VALID[name], auth: 'client-secret', 'client-secret': secret, 'tenant-id': SUBSCRIPTION },
    });
    expect(failure(run)).toContain('client-id');
    expect(run.masked).toContain(secret);
    expect(findSecrets(run, [secret])).toEqual([]);
  });
});

describe('receipts', () => {
  it.each([
    ['deploy-adf-pipelines', 'aml-receipt', 'deploy-aml-endpoint'],
    ['apply-control-metadata', 'adf-receipt', 'deploy-adf-pipelines'],
    ['run-integration-score', 'metadata-receipt', 'apply-control-metadata'],
  ])('%s without its receipt names the action to run first', async (name, input, producer) => {
    const inputs = { ...VALID[name] };
    delete inputs[input];
    expect(failure(await runAction(name, { inputs }))).toBe(
      `${name}: Input required and not supplied: ${input} (run ${producer} first in this job and pass its 'receipt' output to this input unchanged)`,
    );
  });

  it('a receipt from another environment is refused before anything else happens', async () => {
    const inputs = {
      ...VALID['deploy-adf-pipelines'],
      'aml-receipt': encodeReceipt(amlReceipt({ environment: 'prod' })),
    };
    expect(failure(await runAction('deploy-adf-pipelines', { inputs }))).toMatch(
      /for environment 'prod', but this step works on 'dev': run deploy-aml-endpoint for 'dev' first/,
    );
  });

  it('a garbled receipt is refused', async () => {
    const inputs = { ...VALID['apply-control-metadata'], 'adf-receipt': '{"kind":"adf", "v": 1' };
    expect(failure(await runAction('apply-control-metadata', { inputs }))).toMatch(
      /is not a receipt \(not JSON\)/,
    );
  });
});

describe('check-drift-gate', () => {
  it('checks its own inputs before reading any data', async () => {
    const inputs = { ...VALID['check-drift-gate'], thresholds: 'ks: 5' };
    expect(failure(await runAction('check-drift-gate', { inputs }))).toBe(
      "check-drift-gate: Input 'thresholds' (ks): ks is a p-value: its threshold is a significance level between 0 and 1 (such as 0.05); got 5",
    );
  });
});

describe('file inputs', () => {
  it('a path outside the workspace is refused, naming the input', async () => {
    const inputs = { ...VALID['deploy-aml-endpoint'], 'endpoint-file': '../../etc/passwd' };
    expect(failure(await runAction('deploy-aml-endpoint', { inputs }))).toMatch(
      /^deploy-aml-endpoint: Input 'endpoint-file' names '\.\.\/\.\.\/etc\/passwd', which is outside the workspace/,
    );
  });
});
