/**
 * The SQL Server store against a real SQL Server or Azure SQL Database, opt-in: skipped unless MSSQL_TEST_URL holds an
 * ADO.NET connection string to a database the login may create schemas and tables in. SQL Server cannot run in the
 * default test environment, so this is how the T-SQL is exercised for real. To run it locally:
 *
 *   docker run -d --name mssql -e ACCEPT_EULA=Y -e 'MSSQL_SA_PASSWORD=Str0ng!Passw0rd' -p 1433:1433 \
 *     mcr.microsoft.com/mssql/server:2022-latest
 *   docker exec mssql /opt/mssql-tools18/bin/sqlcmd -C -S localhost -U sa -P 'Str0ng!Passw0rd' \
 *     -Q 'CREATE DATABASE control'
 *   MSSQL_TEST_URL='Server=localhost,1433;Database=control;User Id=sa;Password=Str0ng!Passw0rd;TrustServerCertificate=true' \
 *     npm test -- test/integration/control-store/sqlserver
 *
 * Against Azure SQL Database, use the portal's ADO.NET string with a SQL login. Each case works in its own schema
 * (`t_<random>`); the schemas this run created are dropped at the end.
 */
import { afterAll, describe } from '@jest/globals';
import mssql from 'mssql';
import { assertTableName, type TableName } from '../../../src/shared/control-table/model.js';
import {
  quoteSqlServer,
  SqlServerStore,
  sqlServerLockResource,
} from '../../../src/shared/control-table/stores/sqlserver.js';
import { sqlServerConfig } from '../../../src/shared/control-table/stores/sqlserver-connection.js';
import { openSqlServerSession } from '../../../src/shared/control-table/stores/sqlserver-session.js';
import { describeControlStore, type StoreUnderTest } from './behaviour.js';

const url = process.env.MSSQL_TEST_URL;

(url ? describe : describe.skip)('SQL Server (skipped unless MSSQL_TEST_URL names one)', () => {
  const config = () => sqlServerConfig({ auth: 'password', connectionString: url! });
  const schemas = new Set<string>();

  /** A plain pool for the suite's own checks, outside any store. */
  const withPool = async <T>(work: (pool: mssql.ConnectionPool) => Promise<T>): Promise<T> => {
    const pool = new mssql.ConnectionPool(config());
    await pool.connect();
    try {
      return await work(pool);
    } finally {
      await pool.close();
    }
  };

  afterAll(async () => {
    if (schemas.size === 0) return;
    await withPool(async (pool) => {
      for (const schema of schemas) {
        // Views first (a user migration may add one), then tables, then the schema.
        await pool
          .request()
          .input('schema', mssql.NVarChar(128), schema)
          .query(
            `DECLARE @drop nvarchar(max) = N'';
SELECT @drop += N'DROP VIEW ' + QUOTENAME(@schema) + N'.' + QUOTENAME(name) + N'; ' FROM sys.views WHERE schema_id = SCHEMA_ID(@schema);
SELECT @drop += N'DROP TABLE ' + QUOTENAME(@schema) + N'.' + QUOTENAME(name) + N'; ' FROM sys.tables WHERE schema_id = SCHEMA_ID(@schema);
IF SCHEMA_ID(@schema) IS NOT NULL SET @drop += N'DROP SCHEMA ' + QUOTENAME(@schema) + N';';
EXEC sys.sp_executesql @drop;`,
          );
      }
    });
  });

  const subject = (): StoreUnderTest => ({
    engine: 'sqlserver',
    addColumnScript: 'ALTER TABLE [$(schema)].control_use_cases ADD note nvarchar(100)',
    checkConstraintScript: `ALTER TABLE [$(schema)].control_use_cases ADD CONSTRAINT not_forbidden CHECK (schedule <> 'forbidden')`,
    async open(table: TableName, options) {
      assertTableName(table); // before connecting, as the store's constructor would
      schemas.add(table.schema);
      const session = await openSqlServerSession(config());
      return new SqlServerStore(session, table, options);
    },
    async exec(sql) {
      await withPool(async (pool) => {
        for (const batch of sql.split(/^GO$/m)) await pool.request().batch(batch);
      });
    },
    userTableScript: `CREATE SCHEMA [$(schema)];
GO
CREATE TABLE [$(schema)].[$(table_name)] (
  [Id] int IDENTITY(1,1) NOT NULL PRIMARY KEY,
  [UseCaseId] nvarchar(128) NOT NULL,
  [Environment] nvarchar(16) NOT NULL,
  [TopLevelPipelineName] varchar(max) NOT NULL,
  [EndpointName] nvarchar(32) NOT NULL,
  [DeploymentName] nvarchar(32) NULL,
  [SourceObjectSettings] nvarchar(max) NULL,
  [SinkObjectSettings] nvarchar(max) NULL,
  [TriggerName] nvarchar(max) NULL,
  [CopyEnabled] bit NULL,
  [CopyActivitySettings] nvarchar(max) NULL,
  [TaskId] int NULL DEFAULT 0,
  UNIQUE ([Environment], [UseCaseId])
)`,
    async auditRows(table) {
      return withPool(async (pool) => {
        const result = await pool
          .request()
          .query(`SELECT COUNT(*) AS n FROM ${quoteSqlServer(table.schema, `${table.table}_applies`)}`);
        return Number(result.recordset[0].n);
      });
    },
    async holdLock(table) {
      const pool = new mssql.ConnectionPool({ ...config(), pool: { max: 1, min: 0 } });
      await pool.connect();
      const transaction = new mssql.Transaction(pool);
      await transaction.begin();
      const result = await new mssql.Request(transaction)
        .input('resource', mssql.NVarChar(255), sqlServerLockResource(table))
        .query(
          `DECLARE @result int;
EXEC @result = sp_getapplock @Resource = @resource, @LockMode = 'Exclusive', @LockOwner = 'Transaction', @LockTimeout = 10000;
SELECT @result AS result;`,
        );
      if (Number(result.recordset[0].result) < 0) throw new Error('holdLock: could not take the applock');
      return {
        async release() {
          await transaction.commit();
          await pool.close();
        },
      };
    },
  });

  describeControlStore('SQL Server', subject, { lockWaits: true });
});
