/**
 * The mssql session of the SQL Server store, where it can be exercised without a server: a connection that fails
 * says where it went and never what it signed in with. (Against a server: test/integration/control-store.)
 */
import { describe, expect, it } from '@jest/globals';
import { sqlServerConfig } from '../../../../src/shared/control-table/stores/sqlserver-connection.js';
import { openSqlServerSession } from '../../../../src/shared/control-table/stores/sqlserver-session.js';

describe('openSqlServerSession', () => {
  it('says which server it could not reach, never the password', async () => {
    const config = sqlServerConfig({
      server: '127.0.0.1',
      port: 1, // nothing listens there
      database: 'control',
      auth: 'password',
      user: 'deployer',
      password: 'hunter22-secret',
    });
    const failure = openSqlServerSession({ ...config, connectionTimeout: 5_000 });
    await expect(failure).rejects.toThrow(
      /^Could not connect to SQL Server 127\.0\.0\.1 \(database control\): /,
    );
    await expect(failure).rejects.not.toThrow(/hunter22/);
  });
});
