// The plan compares what the specs want with what Azure has, on the fields the specs manage, after Azure's own
// defaults: a live resource that matches is a no-op (so a rerun writes nothing); what Azure cannot change in place
// is a conflict.
import type { BatchDeployment, BatchEndpoint } from '@azure/arm-machinelearning';
import { describe, expect, it } from '@jest/globals';
import {
  desiredDeployment,
  desiredEndpoint,
  MANAGED_BY,
  MANAGED_BY_TAG,
} from '../../../src/deploy-aml-endpoint/desired-state.js';
import {
  diffDeployment,
  diffEndpoint,
  durationSeconds,
  planCleanup,
  planDefault,
  writesAnything,
} from '../../../src/deploy-aml-endpoint/plan-steps.js';
import { parseDeploymentSpec } from '../../../src/deploy-aml-endpoint/specs/deployment-spec.js';
import { parseEndpointSpec } from '../../../src/deploy-aml-endpoint/specs/endpoint-spec.js';
import { parseDocumentText } from '../../../src/shared/documents.js';

const WS = '/subscriptions/0000/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/mlw';
const REFS = {
  modelId: `${WS}/models/credit/versions/3`,
  modelName: 'credit',
  modelVersion: '3',
  computeId: `${WS}/computes/cpu-cluster`,
  codeId: undefined,
  environmentId: undefined,
};

function deploymentSpec(extra = '') {
  return parseDeploymentSpec(
    parseDocumentText(
      `name: blue\nendpoint_name: credit\nmodel: azureml:credit:3\ncompute: azureml:cpu-cluster\nmini_batch_size: 20\n${extra}`,
      'deployment.yml',
    ),
  );
}

/** What a GET answers after a PUT of `desired`: the service's defaults filled in, ids in its own casing. */
function asServiceReturns(desired: BatchDeployment): BatchDeployment {
  return {
    ...desired,
    name: 'blue',
    properties: {
      miniBatchSize: 10,
      maxConcurrencyPerInstance: 1,
      errorThreshold: -1,
      outputFileName: 'predictions.csv',
      outputAction: 'AppendRow',
      loggingLevel: 'Info',
      retrySettings: { maxRetries: 3, timeout: 'PT30S' },
      resources: { instanceCount: 1 },
      ...desired.properties,
      compute: desired.properties.compute?.toUpperCase(),
      provisioningState: 'Succeeded',
    },
  };
}

describe('diffDeployment', () => {
  it('is a no-op when Azure has the spec plus its defaults', () => {
    const desired = desiredDeployment(deploymentSpec(), REFS, 'westeurope');
    expect(diffDeployment(desired, asServiceReturns(desired))).toEqual({
      action: 'no-op',
      changes: [],
      conflicts: [],
    });
  });

  it("creates what does not exist, showing what the spec sets (not Azure's defaults)", () => {
    const diff = diffDeployment(desiredDeployment(deploymentSpec(), REFS, 'westeurope'), undefined);
    expect(diff.action).toBe('create');
    expect(diff.changes.map((change) => change.field)).toEqual([
      'tags',
      'properties.model.assetId',
      'properties.compute',
      'properties.miniBatchSize',
    ]);
    expect(diff.changes.find((change) => change.field === 'properties.miniBatchSize')).toEqual({
      field: 'properties.miniBatchSize',
      after: 20,
    });
  });

  it('lists the fields that differ, defaults shown as Azure has them', () => {
    const live = asServiceReturns(desiredDeployment(deploymentSpec(), REFS, 'westeurope'));
    const desired = desiredDeployment(
      deploymentSpec('logging_level: debug\nretry_settings:\n  timeout: 60\n'),
      { ...REFS, modelId: `${WS}/models/credit/versions/4`, modelVersion: '4' },
      'westeurope',
    );
    const diff = diffDeployment(desired, live);
    expect(diff.action).toBe('update');
    expect(diff.changes).toEqual([
      {
        field: 'tags',
        before: { [MANAGED_BY_TAG]: MANAGED_BY, 'mlops.model': 'credit:3' },
        after: { [MANAGED_BY_TAG]: MANAGED_BY, 'mlops.model': 'credit:4' },
      },
      { field: 'properties.model.assetId', before: REFS.modelId, after: `${WS}/models/credit/versions/4` },
      { field: 'properties.retrySettings.timeout', before: 'PT30S', after: 'PT60S' },
      { field: 'properties.loggingLevel', before: 'Info', after: 'Debug' },
    ]);
  });

  it('removes what the spec no longer sets, and re-applies a Failed deployment', () => {
    const desired = desiredDeployment(deploymentSpec(), REFS, 'westeurope');
    const live = asServiceReturns(desired);
    live.properties.environmentVariables = { DEBUG: '1' };
    expect(diffDeployment(desired, live).changes).toEqual([
      { field: 'properties.environmentVariables', before: { DEBUG: '1' } },
    ]);
    const failed = asServiceReturns(desired);
    (failed.properties as { provisioningState: string }).provisioningState = 'Failed';
    expect(diffDeployment(desired, failed)).toMatchObject({
      action: 'update',
      reason: 'its provisioning state is Failed; the spec is applied again',
    });
  });

  it('adds properties, but refuses to alter one Azure already has', () => {
    const desired = desiredDeployment(deploymentSpec('properties:\n  owner: risk\n'), REFS, 'westeurope');
    const live = asServiceReturns(desiredDeployment(deploymentSpec(), REFS, 'westeurope'));
    expect(diffDeployment(desired, live).changes).toEqual([
      { field: 'properties.properties.owner', after: 'risk' },
    ]);
    live.properties.properties = { owner: 'finance' };
    expect(diffDeployment(desired, live).conflicts).toEqual([
      expect.objectContaining({ field: 'properties.properties.owner', at: ['properties', 'owner'] }),
    ]);
  });
});

describe('diffEndpoint', () => {
  const spec = parseEndpointSpec(
    parseDocumentText('name: credit\ndescription: Scores\ntags: {a: b}\n', 'endpoint.yml'),
  );
  const desired = desiredEndpoint(spec, 'westeurope');
  const live: BatchEndpoint = {
    name: 'credit',
    location: 'West Europe',
    tags: { a: 'b' },
    properties: {
      authMode: 'AADToken',
      description: 'Scores',
      properties: { BatchEndpointCreationApiVersion: '2022-10-01' },
      defaults: { deploymentName: 'blue' },
      provisioningState: 'Succeeded',
      scoringUri: 'https://credit.westeurope.inference.ml.azure.com/jobs',
    },
  };

  it('is a no-op against the same endpoint (server-added properties and the default ignored)', () => {
    expect(diffEndpoint(desired, live, false)).toEqual({ action: 'no-op', changes: [], conflicts: [] });
  });

  it('updates tags and description', () => {
    const changed = desiredEndpoint(
      parseEndpointSpec(parseDocumentText('name: credit\ntags: {a: c}\n', 'endpoint.yml')),
      'westeurope',
    );
    expect(diffEndpoint(changed, live, false).changes).toEqual([
      { field: 'tags', before: { a: 'b' }, after: { a: 'c' } },
      { field: 'properties.description', before: 'Scores' },
    ]);
  });

  it('refuses what cannot change in place: location and auth mode', () => {
    const elsewhere = diffEndpoint({ ...desired, location: 'northeurope' }, live, true);
    expect(elsewhere.conflicts).toEqual([
      expect.objectContaining({
        field: 'location',
        at: ['location'],
        message: expect.stringMatching(/never changes region/),
      }),
    ]);
    const keyAuth = diffEndpoint(
      desired,
      { ...live, properties: { ...live.properties, authMode: 'Key' } },
      false,
    );
    expect(keyAuth.conflicts).toEqual([
      expect.objectContaining({ field: 'properties.authMode', at: ['auth_mode'] }),
    ]);
  });
});

describe('the default switch and the cleanup', () => {
  it('switches only to the deployed deployment, and only when asked', () => {
    expect(planDefault('credit', 'v1', 'v2', false)).toMatchObject({
      action: 'switch',
      changes: [{ field: 'properties.defaults.deploymentName', before: 'v1', after: 'v2' }],
    });
    expect(planDefault('credit', undefined, 'v2', false)).toMatchObject({
      action: 'switch',
      changes: [{ field: 'properties.defaults.deploymentName', after: 'v2' }],
    });
    expect(planDefault('credit', 'V2', 'v2', false).action).toBe('no-op');
    expect(planDefault('credit', 'v1', 'v1', true)).toMatchObject({
      action: 'keep',
      reason: 'set-default is false; the default stays v1',
    });
  });

  const deployment = (name: string, day: number, managed = true, state = 'Succeeded'): BatchDeployment => ({
    name,
    location: 'westeurope',
    tags: managed ? { [MANAGED_BY_TAG]: MANAGED_BY } : {},
    systemData: { createdAt: new Date(Date.UTC(2026, 0, day)) },
    properties: { provisioningState: state } as BatchDeployment['properties'],
  });

  it('keeps keep-deployments deployments, newest first; deletes only its own; never the protected', () => {
    const live = [
      deployment('v1', 1),
      deployment('manual', 2, false),
      deployment('v2', 3),
      deployment('v3', 4),
    ];
    const steps = planCleanup(live, ['v4'], 2);
    expect(steps.map((s) => [s.name, s.action])).toEqual([
      ['v2', 'delete'],
      ['manual', 'keep'],
      ['v1', 'delete'],
    ]);
    expect(planCleanup(live, ['v3'], 2).map((s) => s.name)).toEqual(['manual', 'v1']);
    expect(planCleanup([deployment('v1', 1, true, 'Deleting')], ['v2'], 1)).toEqual([]);
    expect(planCleanup(live, ['v4'], 10)).toEqual([]);
    // The run's deployments and the default are kept even beyond keep-deployments.
    expect(planCleanup(live, ['v1', 'v2', 'v3'], 1).map((s) => [s.name, s.action])).toEqual([
      ['manual', 'keep'],
    ]);
  });

  it('writes anything only with an action other than no-op and keep', () => {
    expect(writesAnything([planDefault('c', 'v1', 'v1', false), planDefault('c', 'v1', 'v1', true)])).toBe(
      false,
    );
    expect(writesAnything([planDefault('c', 'v1', 'v2', false)])).toBe(true);
  });
});

describe('durationSeconds', () => {
  it.each([
    ['PT30S', 30],
    ['PT5M', 300],
    ['PT1H0M30S', 3630],
    ['P1DT1S', 86401],
    ['PT0.5S', 0.5],
    ['30', undefined],
    ['PT', undefined],
  ])('%s is %s s', (text, seconds) => {
    expect(durationSeconds(text)).toBe(seconds);
  });
});
