// The run's deadline on requests: cut off once it passes, except the cancellations run in its cleanup window.
import {
  createEmptyPipeline,
  createHttpHeaders,
  createPipelineRequest,
  type HttpMethods,
} from '@azure/core-rest-pipeline';
import { describe, expect, it } from '@jest/globals';
import { cutByDeadline } from '../../../src/run-integration-score/deadline-cleanup.js';
import { deadlinePolicy } from '../../../src/shared/azure/deadline-policy.js';
import { startDeadline } from '../../../src/shared/deadline.js';
import { TimeoutError } from '../../../src/shared/errors.js';

/** Sends one request through the policy to a client that answers 200 at once. */
function send(policy: ReturnType<typeof deadlinePolicy>, method: HttpMethods = 'GET') {
  const pipeline = createEmptyPipeline();
  pipeline.addPolicy(policy);
  const request = createPipelineRequest({
    url: 'https://management.example/subscriptions/s/providers/Microsoft.DataFactory/factories/f/pipelineruns/r',
    method,
  });
  return pipeline.sendRequest(
    {
      sendRequest: async (req) => ({ request: req, status: 200, headers: createHttpHeaders() }),
    },
    request,
  );
}

const passed = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('the run deadline', () => {
  it('lets requests through before it passes', async () => {
    const deadline = startDeadline(5_000);
    try {
      await expect(send(deadlinePolicy(deadline))).resolves.toMatchObject({ status: 200 });
    } finally {
      deadline.dispose();
    }
  });

  it('cuts requests off once it passed, naming the request and the timeout input', async () => {
    const deadline = startDeadline(5);
    await passed();
    const error = await send(deadlinePolicy(deadline)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as Error).message).toMatch(
      /^Timed out after 5 ms \(input 'timeout'\) waiting for Azure to answer GET …\/Microsoft\.DataFactory\/factories\/f\/pipelineruns\/r/,
    );
    expect(cutByDeadline(new Error('Could not read pipeline run', { cause: error }))).toBe(true);
  });

  it('lets a cancellation through after it passed, inside afterDeadline only', async () => {
    const deadline = startDeadline(5);
    await passed();
    const policy = deadlinePolicy(deadline);
    await expect(deadline.afterDeadline(() => send(policy, 'POST'))).resolves.toMatchObject({ status: 200 });
    await expect(send(policy)).rejects.toBeInstanceOf(TimeoutError);
  });
});
