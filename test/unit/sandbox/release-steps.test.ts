// The release flow's aml step wires promotion as release.yml's prod job does: prod requires staging's validation,
// with staging's integration receipt and workspace; the other environments deploy without it.
import { describe, expect, it } from '@jest/globals';
import type { EnvironmentInfo } from '../../../src/sandbox/environments.js';
import type { Sandbox } from '../../../src/sandbox/index.js';
import { RELEASE_STEPS, type StepContext } from '../../../src/sandbox/release-steps.js';
import type { SampleDeployment } from '../../../src/sandbox/sample-deployment.js';

const aml = RELEASE_STEPS.find((step) => step.id === 'aml')!;
const info = (name: string) =>
  ({
    name,
    subscriptionId: `sub-${name}`,
    resourceGroup: `rg-${name}`,
    workspace: `mlw-${name}`,
  }) as EnvironmentInfo;
const context = (name: string, earlier: StepContext['earlier']): StepContext => ({
  environment: info(name),
  sandbox: {} as Sandbox,
  outputs: {},
  workspace: '/repo',
  sample: { file: 'examples/aml/deployment.yml' } as SampleDeployment,
  earlier,
});
const staging = {
  environment: info('staging'),
  outputs: { integration: { receipt: '{"kind":"integration"}' } },
};

describe("the release flow's aml step", () => {
  it("requires staging's validation in prod, with staging's receipt and workspace", () => {
    expect(aml.inputs(context('prod', { staging }))).toMatchObject({
      'require-validation': 'staging',
      'validation-receipt': '{"kind":"integration"}',
      'validation-subscription-id': 'sub-staging',
      'validation-resource-group': 'rg-staging',
      'validation-workspace-name': 'mlw-staging',
    });
  });

  it('still requires it in prod when staging has no receipt, so prod refuses', () => {
    expect(aml.inputs(context('prod', {}))).toMatchObject({
      'require-validation': 'staging',
      'validation-receipt': '',
    });
  });

  it('deploys dev and staging without it', () => {
    for (const name of ['dev', 'staging']) {
      expect(Object.keys(aml.inputs(context(name, {})))).not.toContain('require-validation');
    }
  });
});
