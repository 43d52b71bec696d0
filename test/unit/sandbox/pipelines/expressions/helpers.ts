import { ExpressionError } from '../../../../../src/sandbox/pipelines/expressions/errors.js';
import type {
  ExpressionScope,
  PipelineContext,
} from '../../../../../src/sandbox/pipelines/expressions/scope.js';

export const PIPELINE: PipelineContext = {
  DataFactory: 'contoso-adf',
  Pipeline: 'Adfv2QuickStartPipeline',
  RunId: '7d5c4b3a-2f1e-4d0c-9b8a-7f6e5d4c3b2a',
  TriggerType: 'Manual',
  TriggerId: 'manual',
  TriggerName: 'Manual',
  TriggerTime: '2017-06-01T22:20:00.4061448Z',
  GroupId: 'f1e2d3c4-b5a6-4978-8a9b-0c1d2e3f4a5b',
  parameters: { myNumber: 42, myString: 'foo' },
};

/** A scope with the pipeline above, a clock stopped at 2018-04-15T13:00:00Z and the overrides given. */
export function scopeWith(overrides: Partial<ExpressionScope> = {}): ExpressionScope {
  return {
    pipeline: PIPELINE,
    clock: () => Date.parse('2018-04-15T13:00:00Z'),
    newGuid: () => 'c2ecc88d-88c8-4096-912c-d6f2e2b138ce',
    random: () => 0.5,
    ...overrides,
  };
}

/** The ExpressionError the call throws. */
export function expressionError(run: () => unknown): ExpressionError {
  try {
    run();
  } catch (error) {
    if (error instanceof ExpressionError) return error;
    throw error;
  }
  throw new Error('expected an ExpressionError');
}
