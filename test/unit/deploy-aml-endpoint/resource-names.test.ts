import { describe, expect, it } from '@jest/globals';
import {
  isTemplate,
  nameProblem,
  renderDeploymentName,
  templateProblem,
} from '../../../src/deploy-aml-endpoint/resource-names.js';

describe('nameProblem (azure-ai-ml validate_endpoint_or_deployment_name)', () => {
  it.each(['credit', 'credit-default-v12', 'A1b', 'x'.repeat(32)])('accepts %s', (name) => {
    expect(nameProblem(name, 'deployment')).toBeUndefined();
  });
  it.each([
    ['ab', /at least 3 and at most 32 characters long \(got 2\)/],
    ['x'.repeat(33), /\(got 33\)/],
    ['1credit', /must start with a letter/],
    ['credit_default', /only letters, digits and '-'/],
    ['credit-', /end with a letter or digit/],
  ])('refuses %s', (name, reason) => {
    expect(nameProblem(name, 'endpoint')).toMatch(reason);
  });
});

describe('deployment name templates', () => {
  it.each([
    ['per-model-version', { name: 'credit-default', version: '3' }, 'credit-default-v3'],
    ['blue-{model-version}', { name: 'credit-default', version: '12' }, 'blue-12'],
    [
      '{model-name}-{model-version}',
      { name: 'Credit_Default', version: '2024.06.1' },
      'credit-default-2024-06-1',
    ],
    ['{model-name}', { name: 'credit--model__x', version: '1' }, 'credit-model-x'],
  ])('%s for %j is %s', (template, model, expected) => {
    const name = renderDeploymentName(template, model);
    expect(name).toBe(expected);
    expect(nameProblem(name, 'deployment')).toBeUndefined();
  });

  it('keeps long names under 32 characters, distinct per version', () => {
    const model = { name: 'a-very-long-credit-default-probability-model', version: '1' };
    const one = renderDeploymentName('per-model-version', model);
    const two = renderDeploymentName('per-model-version', { ...model, version: '2' });
    expect(one).toMatch(/^a-very-long-credit-defa-[0-9a-f]{8}$/);
    expect(one.length).toBeLessThanOrEqual(32);
    expect(two).not.toBe(one);
    expect(nameProblem(one, 'deployment')).toBeUndefined();
  });

  it('recognises templates and refuses unknown placeholders', () => {
    expect(isTemplate('blue')).toBe(false);
    expect(isTemplate('per-model-version')).toBe(true);
    expect(isTemplate('blue-{model-version}')).toBe(true);
    expect(templateProblem('blue-{model-version}')).toBeUndefined();
    expect(templateProblem('blue-{version}')).toMatch(/'\{version\}' is not a placeholder/);
    expect(templateProblem('blue-{model-version')).toMatch(/unmatched/);
  });
});
