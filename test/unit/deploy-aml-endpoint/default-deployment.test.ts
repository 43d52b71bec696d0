// Which deployment is the default after a release: the endpoint file's defaults.deployment_name, overridden by
// set-default (with a warning only when the override changes the outcome), the run's one deployment otherwise.
import { describe, expect, it } from '@jest/globals';
import {
  type DeclaredDeployment,
  defaultRequest,
  resolveDefault,
} from '../../../src/deploy-aml-endpoint/default-deployment.js';
import { parseEndpointSpec } from '../../../src/deploy-aml-endpoint/specs/endpoint-spec.js';
import { parseDocumentText } from '../../../src/shared/documents.js';
import { ConfigurationError } from '../../../src/shared/errors.js';
import { RecordingLogger } from '../../../src/shared/logger.js';

const endpoint = (defaults?: string) =>
  parseEndpointSpec(
    parseDocumentText(
      `name: credit\n${defaults ? `defaults:\n  deployment_name: ${defaults}\n` : ''}`,
      'ml/endpoint.yml',
    ),
  );
const BLUE: DeclaredDeployment = { fileName: 'blue', literalName: 'blue' };
const GREEN: DeclaredDeployment = { fileName: 'green', literalName: 'green' };
/** A deployment whose name is rendered from a template (deployment-name: per-model-version). */
const TEMPLATED: DeclaredDeployment = { fileName: 'credit-blue', literalName: undefined };

function resolved(
  setDefault: string | undefined,
  file: string | undefined,
  declared: DeclaredDeployment[],
  names: string[],
  live?: string,
) {
  const logger = new RecordingLogger();
  const name = resolveDefault(defaultRequest(setDefault, endpoint(file), declared), names, live, logger);
  return { name, warnings: logger.messages('warning') };
}

describe('the default deployment', () => {
  it('is the endpoint file’s defaults.deployment_name, among the run’s deployments or already on the endpoint', () => {
    expect(resolved(undefined, 'green', [BLUE, GREEN], ['blue', 'green'])).toEqual({
      name: 'green',
      warnings: [],
    });
    expect(resolved(undefined, 'legacy', [BLUE], ['blue'], 'blue')).toEqual({ name: 'legacy', warnings: [] });
  });

  it('follows the file’s deployment when deployment-name renames it', () => {
    expect(resolved(undefined, 'credit-blue', [TEMPLATED], ['credit-default-v7'])).toEqual({
      name: 'credit-default-v7',
      warnings: [],
    });
  });

  it('is the run’s one deployment when nothing names it', () => {
    expect(resolved(undefined, undefined, [BLUE], ['blue'], 'old')).toEqual({ name: 'blue', warnings: [] });
  });

  it('is set-default’s choice, with a warning only when that is not the file’s', () => {
    expect(resolved('green', 'green', [BLUE, GREEN], ['blue', 'green'])).toEqual({
      name: 'green',
      warnings: [],
    });
    expect(resolved('true', 'blue', [BLUE], ['blue'])).toEqual({ name: 'blue', warnings: [] });
    const overridden = resolved('blue', 'green', [BLUE, GREEN], ['blue', 'green']);
    expect(overridden.name).toBe('blue');
    expect(overridden.warnings).toEqual([
      "defaults.deployment_name 'green' is not applied: set-default makes 'blue' the default (the input set-default overrides the endpoint file).",
    ]);
  });

  it('stays as it is with set-default false; the warning says so only when the file names another', () => {
    expect(resolved('false', 'blue', [BLUE, GREEN], ['blue', 'green'], 'blue')).toEqual({
      name: 'blue',
      warnings: [],
    });
    expect(resolved('false', 'green', [BLUE, GREEN], ['blue', 'green'], 'blue')).toEqual({
      name: 'blue',
      warnings: [
        "defaults.deployment_name 'green' is not applied: set-default is false, so the default stays 'blue' (the input set-default overrides the endpoint file).",
      ],
    });
    expect(resolved('false', undefined, [BLUE], ['blue'])).toEqual({ name: undefined, warnings: [] });
  });

  it('must be named when the run deploys several, and true names only one', () => {
    const error = (run: () => unknown) => {
      try {
        run();
      } catch (caught) {
        if (caught instanceof ConfigurationError) return caught;
      }
      throw new Error('expected a refusal');
    };
    expect(error(() => defaultRequest(undefined, endpoint(), [BLUE, GREEN])).message).toMatch(
      /^ml\/endpoint\.yml line 1: this run deploys 2 deployments \(blue, green\) to endpoint 'credit' and names no default/,
    );
    expect(error(() => defaultRequest('true', endpoint(), [BLUE, GREEN]))).toMatchObject({
      input: 'set-default',
      message: expect.stringMatching(/this run deploys 2 \(blue, green\): name the one to make the default/),
    });
    expect(error(() => defaultRequest('Blue_1', endpoint(), [BLUE])).message).toMatch(
      /^Input 'set-default': 'Blue_1' is neither true, false nor a deployment name/,
    );
  });
});
