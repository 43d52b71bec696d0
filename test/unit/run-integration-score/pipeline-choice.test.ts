// Pipeline mode's checks before its run: the use case's row (present, enabled; the closest id suggested) and the
// run's parameters held against what the deployed pipeline declares.
import type { PipelineResource } from '@azure/arm-datafactory';
import { describe, expect, it } from '@jest/globals';
import { runParameters } from '../../../src/run-integration-score/pipeline/pipeline-parameters.js';
import { findUseCase } from '../../../src/run-integration-score/pipeline/use-case-row.js';
import type { StoredRow } from '../../../src/shared/control-table/model.js';
import { ConfigurationError } from '../../../src/shared/errors.js';
import { RecordingLogger } from '../../../src/shared/logger.js';
import { row } from '../../fixtures/control-rows.js';

const stored = (id: string, enabled = true): StoredRow => ({
  ...row(id, { enabled }),
  content_hash: '0'.repeat(64),
  applied_at: '2026-01-01T00:00:00Z',
  applied_by: 'test',
  source_commit: null,
});

const ROWS = [
  stored('credit-default-retail'),
  stored('credit-default-sme'),
  stored('credit-default-agri', false),
];
const TABLE = 'mlops.control_use_cases';

describe('findUseCase', () => {
  it('answers the enabled row', () => {
    expect(findUseCase(ROWS, 'credit-default-sme', TABLE).id).toBe('credit-default-sme');
  });

  it('refuses an unknown id with the closest one', () => {
    expect(() => findUseCase(ROWS, 'credit-default-smee', TABLE)).toThrow(
      new ConfigurationError(
        "Input 'use-case': 'credit-default-smee' is not a use case of the control table mlops.control_use_cases; did you mean 'credit-default-sme'?",
      ),
    );
  });

  it('lists the ids when none is close', () => {
    expect(() => findUseCase(ROWS.slice(0, 1), 'fraud', TABLE)).toThrow(
      "(it holds 'credit-default-retail').",
    );
  });

  it('refuses a disabled use case', () => {
    expect(() => findUseCase(ROWS, 'credit-default-agri', TABLE)).toThrow(
      "Input 'use-case': 'credit-default-agri' is disabled in the control table mlops.control_use_cases (enabled: false)",
    );
  });
});

const PIPELINE: PipelineResource = {
  name: 'pl_score_use_case',
  activities: [],
  parameters: {
    useCase: { type: 'String' },
    threshold: { type: 'Float', defaultValue: 0.5 },
    segment: { type: 'String', defaultValue: 'all' },
  },
};

describe('runParameters', () => {
  it('takes the row, then the input over it; leaves out and says the row keys the pipeline does not declare', () => {
    const logger = new RecordingLogger();
    const parameters = runParameters(
      PIPELINE,
      { segment: 'retail', threshold: 0.35, currency: 'EUR' },
      { threshold: 0.4, useCase: 'credit-default-retail' },
      logger,
    );
    expect(parameters.values).toEqual({
      segment: 'retail',
      threshold: 0.4,
      useCase: 'credit-default-retail',
    });
    expect(parameters.sources).toEqual({ segment: 'row', threshold: 'input', useCase: 'input' });
    expect(logger.messages('info')).toEqual([
      "The use case row's parameters 'currency' are not parameters of pipeline 'pl_score_use_case': not passed.",
    ]);
  });

  it('refuses an input parameter the pipeline does not declare, with the closest name', () => {
    expect(() => runParameters(PIPELINE, {}, { useCase: 'x', treshold: 1 }, new RecordingLogger())).toThrow(
      "Input 'parameters': pipeline 'pl_score_use_case' does not declare a parameter 'treshold'; did you mean 'threshold'?",
    );
  });

  it('refuses a run that leaves a parameter without default unset', () => {
    expect(() => runParameters(PIPELINE, { segment: 'retail' }, undefined, new RecordingLogger())).toThrow(
      "Pipeline 'pl_score_use_case' requires 'useCase', which neither the use case row's parameters nor input 'parameters' give; add it to input 'parameters'.",
    );
  });
});
