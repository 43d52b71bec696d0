import { describe, expect, it } from '@jest/globals';
import type { GateResult } from '../../../src/check-drift-gate/gate.js';
import {
  concludeGate,
  DriftDetectedError,
  describeVerdict,
  SchemaChangeError,
} from '../../../src/check-drift-gate/verdict.js';
import { VerdictError } from '../../../src/shared/errors.js';
import { RecordingLogger } from '../../../src/shared/logger.js';

const result = {
  features: [{}, {}, {}, {}, {}] as never[],
  driftedFeatures: ['age', 'income'],
  driftShare: 0.4,
  driftShareThreshold: 0.3,
  schemaChanges: [],
  insufficientData: false,
};

describe('the drift verdict', () => {
  it('says how many features drifted, which, and the share against its threshold', () => {
    expect(describeVerdict(result)).toBe('2 of 5 features drifted (age, income), share 0.400 ≥ 0.3');
  });

  it('fails the step as a verdict that carries its facts', () => {
    const error = new DriftDetectedError('staging', result, '/tmp/drift-report-staging.json');
    expect(error).toBeInstanceOf(VerdictError);
    expect(error.message).toBe(
      'Dataset drift in staging: 2 of 5 features drifted (age, income), share 0.400 ≥ 0.3; see the job summary and /tmp/drift-report-staging.json.',
    );
    expect(error).toMatchObject({
      name: 'DriftDetectedError',
      environment: 'staging',
      driftedFeatures: ['age', 'income'],
      driftShare: 0.4,
      reportPath: '/tmp/drift-report-staging.json',
    });
  });
});

describe('concludeGate', () => {
  const drifted = { ...result, drifted: true } as unknown as GateResult;
  const calm = { ...result, drifted: false, driftedFeatures: [], driftShare: 0 } as unknown as GateResult;
  const conclusion = {
    environment: 'prod',
    onDrift: 'fail' as const,
    onSchemaChange: 'fail' as const,
    reportPath: '/tmp/report.json',
    metricsFailure: undefined,
    failOnMetricsError: false,
  };

  it('fails the step on dataset drift with on-drift: fail', () => {
    const logger = new RecordingLogger();
    expect(() => concludeGate(drifted, conclusion, logger)).toThrow(DriftDetectedError);
    expect(logger.entries).toEqual([]);
  });

  it('warns on dataset drift otherwise, and says nothing without it', () => {
    for (const onDrift of ['warn', 'dispatch'] as const) {
      const logger = new RecordingLogger();
      concludeGate(drifted, { ...conclusion, onDrift }, logger);
      expect(logger.entries).toEqual([
        {
          level: 'warning',
          message: 'Dataset drift in prod: 2 of 5 features drifted (age, income), share 0.400 ≥ 0.3.',
          groups: [],
          properties: { title: 'Model drift' },
        },
      ]);
    }
    const logger = new RecordingLogger();
    concludeGate(calm, conclusion, logger);
    expect(logger.entries).toEqual([]);
  });

  it('fails on metrics Application Insights refused only with fail-on-metrics-error', () => {
    const refused = {
      ...conclusion,
      metricsFailure: 'Application Insights did not accept 4 of 4 metric values',
    };
    expect(() => concludeGate(calm, refused, new RecordingLogger())).not.toThrow();
    expect(() => concludeGate(calm, { ...refused, failOnMetricsError: true }, new RecordingLogger())).toThrow(
      'Application Insights did not accept 4 of 4 metric values (fail-on-metrics-error is true)',
    );
  });

  const renamed = {
    ...calm,
    schemaChanges: [
      { column: 'income', side: 'reference' },
      { column: 'income_k', side: 'current' },
    ],
  } as unknown as GateResult;

  it('fails on a schema change with on-schema-change: fail, naming each column and side', () => {
    const error = (() => {
      try {
        concludeGate(renamed, conclusion, new RecordingLogger());
      } catch (thrown) {
        return thrown;
      }
    })();
    expect(error).toBeInstanceOf(SchemaChangeError);
    expect((error as Error).message).toBe(
      "Schema change in prod: column 'income' is in the reference data only (renamed or lost in the current data?); column 'income_k' is in the current data only (new or renamed?). Fix the data, exclude the columns (exclude-features), or set on-schema-change: warn; see /tmp/report.json.",
    );
    expect(() =>
      concludeGate(renamed, { ...conclusion, onSchemaChange: 'warn' }, new RecordingLogger()),
    ).not.toThrow();
  });

  it('warns when no feature had enough data, and does not fail on it', () => {
    const logger = new RecordingLogger();
    concludeGate({ ...calm, insufficientData: true, minSampleSize: 100 } as GateResult, conclusion, logger);
    expect(logger.messages('warning')).toEqual([
      'No feature has enough data to measure drift in prod (min-sample-size 100): insufficient data, not drift.',
    ]);
  });
});
