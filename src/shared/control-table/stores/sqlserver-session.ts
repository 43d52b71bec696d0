/**
 * The mssql session the SQL Server store runs on: ONE connection (a pool of exactly one) holding at most ONE
 * transaction, every request on that connection inside it. The store (sqlserver.ts) only sees the small interface
 * below, so its statements can be tested against a recording session without a server.
 *
 * XACT_ABORT is ON for the whole session: tedious sets it at login (`abortTransactionOnError`), with no extra round
 * trip, so any error rolls the transaction back on the server and a broken connection or a cancelled request cannot
 * leave it open. (`SET` inside a parameterised batch would not do: sp_executesql restores SET options on return.)
 */
import mssql from 'mssql';
import { describeError, withContext } from '#shared/errors.js';

/** A row of a result set, by column name. */
export type SqlServerRow = Record<string, unknown>;

export interface SqlServerResult {
  /** One per result set the batch returned, in order (a SELECT that did not run returns none). */
  readonly recordsets: readonly (readonly SqlServerRow[])[];
}

/** The part of `mssql.Request` the store uses. */
export interface SqlServerRequest {
  input(name: string, type: mssql.ISqlType, value: unknown): SqlServerRequest;
  /** Runs `text` through sp_executesql with the inputs as parameters. */
  query(text: string): Promise<SqlServerResult>;
  /** Runs `text` as a plain SQL batch (no parameters), as sqlcmd sends a GO batch. */
  batch(text: string): Promise<SqlServerResult>;
}

/**
 * One connection and at most one transaction on it. Every request runs on that connection, inside the open
 * transaction, with XACT_ABORT ON.
 */
export interface SqlServerSession {
  begin(): Promise<void>;
  commit(): Promise<void>;
  rollback(): Promise<void>;
  /** A request in the open transaction. */
  request(): SqlServerRequest;
  close(): Promise<void>;
}

/**
 * Connects with a pool of exactly one connection and runs every request in a `mssql.Transaction` on it. Requests
 * have no client-side timeout by default (`requestTimeout: 0`, unless the config sets one): the lock wait is bounded
 * by the server (`@LockTimeout`), migrations may legitimately run long, and the action's `timeout` bounds the step.
 */
export async function openSqlServerSession(config: mssql.config): Promise<SqlServerSession> {
  const pool = new mssql.ConnectionPool({
    ...config,
    requestTimeout: config.requestTimeout ?? 0,
    // A socket check instead of mssql's default `SELECT 1` before lending the connection: one round trip less.
    validateConnection: 'socket',
    options: { appName: 'apply-control-metadata', ...config.options, abortTransactionOnError: true },
    pool: { max: 1, min: 0 },
  });
  // A failure reaches the store through the request that meets it; unheard, the pool's 'error' event would be
  // thrown at the process instead.
  pool.on('error', () => undefined);
  try {
    await pool.connect();
  } catch (error) {
    throw withContext(
      `Could not connect to SQL Server ${config.server}${config.database ? ` (database ${config.database})` : ''}`,
      error,
    );
  }
  return new MssqlSession(pool);
}

class MssqlSession implements SqlServerSession {
  #transaction: mssql.Transaction | undefined;

  constructor(private readonly pool: mssql.ConnectionPool) {}

  async begin(): Promise<void> {
    const transaction = new mssql.Transaction(this.pool);
    await transaction.begin(mssql.ISOLATION_LEVEL.READ_COMMITTED);
    this.#transaction = transaction;
  }

  async commit(): Promise<void> {
    const transaction = this.#take();
    if (!transaction) throw new Error('No SQL Server transaction is open to commit.');
    await transaction.commit();
  }

  async rollback(): Promise<void> {
    try {
      await this.#take()?.rollback();
    } catch (error) {
      // XACT_ABORT already rolled it back on the server: mssql says "Transaction has been aborted".
      if (describeError(error).code !== 'EABORT') throw error;
    }
  }

  request(): SqlServerRequest {
    if (!this.#transaction) throw new Error('No SQL Server transaction is open: call begin first.');
    const request = new mssql.Request(this.#transaction);
    const adapter: SqlServerRequest = {
      input(name, type, value) {
        request.input(name, type, value);
        return adapter;
      },
      async query(text) {
        return { recordsets: (await request.query(text)).recordsets as unknown as SqlServerRow[][] };
      },
      async batch(text) {
        return { recordsets: (await request.batch(text)).recordsets as unknown as SqlServerRow[][] };
      },
    };
    return adapter;
  }

  async close(): Promise<void> {
    this.#transaction = undefined;
    await this.pool.close();
  }

  #take(): mssql.Transaction | undefined {
    const transaction = this.#transaction;
    this.#transaction = undefined;
    return transaction;
  }
}
