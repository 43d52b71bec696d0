// An inline environment's name and version as az ml gives them. The expected values were computed outside this
// project with Python: PyYAML's yaml.dump(conda, sort_keys=True) for the conda text, hashlib.sha256 for the hashes, and
// azure-ai-ml's construction (str.join of the hashes) written out by hand.
import { describe, expect, it } from '@jest/globals';
import {
  ANONYMOUS_ENVIRONMENT_NAME,
  anonymousEnvironmentBody,
  anonymousEnvironmentVersion,
  condaFileText,
} from '../../../src/deploy-aml-endpoint/anonymous-environment.js';

const IMAGE = 'mcr.microsoft.com/azureml/openmpi4.1.0-ubuntu22.04:latest';
const CONDA = {
  name: 'batch-env',
  channels: ['conda-forge'],
  dependencies: ['python=3.10', 'pip', { pip: ['pandas==2.1.4', 'scikit-learn==1.3.2'] }],
};
const none = { tags: {}, properties: {} };

describe('condaFileText', () => {
  it('writes the conda specification as PyYAML does: block style, sorted keys, sequences not indented', () => {
    expect(condaFileText(CONDA)).toBe(
      'channels:\n- conda-forge\ndependencies:\n- python=3.10\n- pip\n- pip:\n  - pandas==2.1.4\n  - scikit-learn==1.3.2\nname: batch-env\n',
    );
  });

  it('quotes what YAML 1.1 would read as another type, as PyYAML does', () => {
    expect(condaFileText({ dependencies: ['3.8', 'yes', 'on', 'null', 'a: b', '@x'] })).toBe(
      "dependencies:\n- '3.8'\n- 'yes'\n- 'on'\n- 'null'\n- 'a: b'\n- '@x'\n",
    );
  });
});

describe('anonymousEnvironmentVersion', () => {
  it('hashes an image alone, and an image with its conda file, as azure-ai-ml does', () => {
    expect(anonymousEnvironmentVersion({ image: IMAGE, ...none })).toBe(
      '2071223cb1efca116cf371a107b6bfc1980973cc0487579a5a14e5fffb8cbafc',
    );
    expect(anonymousEnvironmentVersion({ image: IMAGE, conda: CONDA, ...none })).toBe(
      '851c86d898d1be74ff69e6b025bff0fcdf72a782829f0a986103fbf49aa95915',
    );
  });

  it('hashes a build context by its content and its Dockerfile path', () => {
    const digest = '0'.repeat(64);
    expect(anonymousEnvironmentVersion({ build: { digest }, ...none })).toBe(
      '632500b1742987815bf1e7ebc49d1da6ed2dd9659623bef3f9b96bf5e75ab702',
    );
    expect(
      anonymousEnvironmentVersion({ build: { digest, dockerfilePath: 'docker/Dockerfile' }, ...none }),
    ).toBe('fddd143e5240c2f3d7eb258ee70ba948ef8ac6a069a0e79fc011198778f1f4bd');
  });

  it('does not change with what is not part of the definition (tags, description, key order)', () => {
    const reordered = { dependencies: CONDA.dependencies, name: CONDA.name, channels: CONDA.channels };
    expect(
      anonymousEnvironmentVersion({
        image: IMAGE,
        conda: reordered,
        description: 'scoring',
        tags: { team: 'risk' },
        properties: {},
      }),
    ).toBe(anonymousEnvironmentVersion({ image: IMAGE, conda: CONDA, ...none }));
    expect(
      anonymousEnvironmentVersion({ image: IMAGE, conda: { ...CONDA, name: 'other' }, ...none }),
    ).not.toBe(anonymousEnvironmentVersion({ image: IMAGE, conda: CONDA, ...none }));
  });
});

describe('anonymousEnvironmentBody', () => {
  it('is an anonymous version with the image and the conda text, or the uploaded build context', () => {
    expect(ANONYMOUS_ENVIRONMENT_NAME).toBe('CliV2AnonymousEnvironment');
    expect(anonymousEnvironmentBody({ image: IMAGE, conda: CONDA, osType: 'Linux', ...none })).toEqual({
      properties: { isAnonymous: true, image: IMAGE, condaFile: condaFileText(CONDA), osType: 'Linux' },
    });
    const uri = 'https://acct.blob.core.windows.net/azureml/LocalUpload/abc/docker/';
    expect(
      anonymousEnvironmentBody(
        { build: { digest: 'abc', dockerfilePath: 'Dockerfile' }, tags: { a: '1' }, properties: {} },
        uri,
      ),
    ).toEqual({
      properties: {
        isAnonymous: true,
        build: { contextUri: uri, dockerfilePath: 'Dockerfile' },
        tags: { a: '1' },
      },
    });
  });
});
