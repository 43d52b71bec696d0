// What store.ts says when an apply cannot go on: the lock wait and a failure inside the transaction.
import { describe, expect, it } from '@jest/globals';
import { LockTimeoutError, rolledBack } from '../../../src/shared/control-table/store.js';
import { ConfigurationError } from '../../../src/shared/errors.js';

describe('LockTimeoutError', () => {
  it('names the table and the lock-timeout input', () => {
    expect(new LockTimeoutError('"mlops"."control_use_cases"', 60_000).message).toBe(
      `Another apply-control-metadata run holds the lock on the control table "mlops"."control_use_cases"; gave up after 60000 ms (input 'lock-timeout'). Nothing was changed: run again once it finishes, or raise lock-timeout.`,
    );
  });
});

describe('rolledBack', () => {
  const table = '"mlops"."control_use_cases"';
  it.each([
    [
      'a PostgreSQL check violation',
      Object.assign(new Error('new row violates check constraint "c"'), { code: '23514' }),
    ],
    [
      "SQL Server's error 547 inside the store's context",
      new Error('Writing the rows of [mlops].[control_use_cases] failed: conflicted (SQL Server error 547)', {
        cause: Object.assign(new Error('The INSERT statement conflicted with the CHECK constraint'), {
          number: 547,
        }),
      }),
    ],
  ])('says a constraint refused the change and the transaction was rolled back: %s', (_case, error) => {
    const wrapped = rolledBack(error, table) as Error;
    expect(wrapped.message).toMatch(
      /^A constraint of "mlops"\."control_use_cases" refused the change: .* The transaction was rolled back: the control table, its migrations and its audit table are as they were\.$/,
    );
    expect(wrapped.cause).toBe(error);
  });

  it('says any other failure was rolled back, and keeps the lock timeout and configuration errors as they are', () => {
    expect((rolledBack(new Error('connection reset'), table) as Error).message).toBe(
      'connection reset. The transaction was rolled back: the control table, its migrations and its audit table are as they were.',
    );
    const lock = new LockTimeoutError(table, 5);
    expect(rolledBack(lock, table)).toBe(lock);
    const configuration = new ConfigurationError('a migration changed');
    expect(rolledBack(configuration, table)).toBe(configuration);
  });
});
