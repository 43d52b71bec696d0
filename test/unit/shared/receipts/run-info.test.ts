import { describe, expect, it } from '@jest/globals';
import { runInfoFromEnvironment } from '../../../../src/shared/receipts/run-info.js';

describe('runInfoFromEnvironment', () => {
  it('names the run and links to its attempt', () => {
    expect(
      runInfoFromEnvironment({
        GITHUB_REPOSITORY: 'o/r',
        GITHUB_SHA: 'abc',
        GITHUB_RUN_ID: '7',
        GITHUB_RUN_ATTEMPT: '2',
        GITHUB_SERVER_URL: 'https://ghe.example',
      }),
    ).toEqual({
      repo: 'o/r',
      sha: 'abc',
      runId: '7',
      runAttempt: '2',
      url: 'https://ghe.example/o/r/actions/runs/7/attempts/2',
    });
    expect(runInfoFromEnvironment({}).url).toBeUndefined();
  });
});
