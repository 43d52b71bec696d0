import { describe, expect, it } from '@jest/globals';
import {
  connectionStringSecrets,
  sqlServerConfig,
} from '../../../../src/shared/control-table/stores/sqlserver-connection.js';
import { ConfigurationError } from '../../../../src/shared/errors.js';

describe('sqlServerConfig from parts', () => {
  it('signs in with a Microsoft Entra access token, encrypted and verified, on port 1433', () => {
    expect(
      sqlServerConfig({
        server: 'sql-mlops-prod.database.windows.net',
        database: 'control',
        auth: 'entra',
        token: 'eyJ0eXAi.token',
      }),
    ).toEqual({
      server: 'sql-mlops-prod.database.windows.net',
      port: 1433,
      database: 'control',
      options: { encrypt: true, trustServerCertificate: false },
      authentication: { type: 'azure-active-directory-access-token', options: { token: 'eyJ0eXAi.token' } },
    });
  });

  it('signs in with a SQL login on the given port', () => {
    expect(
      sqlServerConfig({
        server: 'sql.internal',
        port: 14330,
        database: 'control',
        auth: 'password',
        user: 'deployer',
        password: 's3cret;x',
      }),
    ).toEqual({
      server: 'sql.internal',
      port: 14330,
      database: 'control',
      options: { encrypt: true, trustServerCertificate: false },
      user: 'deployer',
      password: 's3cret;x',
    });
  });

  it.each([
    [{ auth: 'entra' as const, database: 'd' }, 'a server or a connection string is required'],
    [{ auth: 'entra' as const, server: 's' }, 'needs a Microsoft Entra access token'],
    [{ auth: 'password' as const, server: 's', user: 'u' }, 'needs a user and a password'],
  ])('refuses incomplete parts %p', (options, message) => {
    expect(() => sqlServerConfig(options)).toThrow(message);
  });
});

describe('sqlServerConfig from a connection string', () => {
  it('reads an Azure portal ADO.NET string with mssql’s parser', () => {
    expect(
      sqlServerConfig({
        auth: 'password',
        connectionString:
          "Server=tcp:sql-mlops.database.windows.net,1433;Initial Catalog=control;Persist Security Info=False;User ID=deployer;Password='a;b''c';MultipleActiveResultSets=False;Encrypt=True;TrustServerCertificate=False;Connection Timeout=30;",
      }),
    ).toEqual({
      server: 'sql-mlops.database.windows.net',
      port: 1433,
      database: 'control',
      user: 'deployer',
      password: "a;b'c",
      connectionTimeout: 30_000,
      options: { encrypt: true, trustServerCertificate: false },
      pool: {},
    });
  });

  it('encrypts and verifies unless the string says otherwise', () => {
    const local = sqlServerConfig({
      auth: 'password',
      connectionString:
        'Server=localhost,14333;Database=control;User Id=sa;Password=Passw0rd!;TrustServerCertificate=true',
    });
    expect(local).toMatchObject({
      server: 'localhost',
      port: 14333,
      database: 'control',
      options: { encrypt: true, trustServerCertificate: true },
    });
    const plain = sqlServerConfig({
      auth: 'password',
      connectionString: 'Server=db;Database=control;Uid=u;Pwd=p;Encrypt=false',
    });
    expect(plain.options).toEqual({ encrypt: false, trustServerCertificate: false });
    expect(plain.port).toBe(1433);
  });

  it('uses the Entra token instead of any login the string names, with auth entra', () => {
    const config = sqlServerConfig({
      auth: 'entra',
      token: 'tok',
      connectionString: 'Server=db;Database=control;User Id=u;Password=p',
    });
    expect(config).not.toHaveProperty('user');
    expect(config).not.toHaveProperty('password');
    expect(config.authentication).toEqual({
      type: 'azure-active-directory-access-token',
      options: { token: 'tok' },
    });
  });

  it.each([
    ['no server', 'Database=control;User Id=u;Password=hunter22', 'names no server'],
    ['named pipes', 'Server=np:\\\\.\\pipe\\sql\\query;Password=hunter22', 'Named Pipes is not supported'],
  ])(
    'refuses a string with %s as a configuration error that does not repeat it',
    (_, connectionString, message) => {
      let thrown: unknown;
      try {
        sqlServerConfig({ auth: 'password', connectionString });
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(ConfigurationError);
      expect((thrown as ConfigurationError).input).toBe('connection-string');
      expect((thrown as Error).message).toContain(message);
      expect((thrown as Error).message).not.toContain('hunter22');
    },
  );
});

describe('connectionStringSecrets', () => {
  it.each([
    ['Password', 'Server=s;User Id=u;Password=hunter22;Database=d', ['hunter22']],
    ['Pwd', 'Server=s;Uid=u;Pwd=hunter22', ['hunter22']],
    ['any case and spacing', 'server=s; PASSWORD = hunter22 ;', ['hunter22']],
    [
      'Client Secret and MSI Secret',
      'Server=s;Client Secret=cs-123;MSI Secret=msi-456',
      ['cs-123', 'msi-456'],
    ],
    [
      'Token and AccessToken',
      'Server=s;Token=tok-1;AccessToken=tok-2;Access Token=tok-3',
      ['tok-1', 'tok-2', 'tok-3'],
    ],
    ['none', 'Server=s;Database=d;Authentication=Active Directory Default', []],
  ])('finds %s', (_, connectionString, expected) => {
    expect(connectionStringSecrets(connectionString)).toEqual(expected);
  });

  it('returns quoted values as the driver reads them and as they are written in the string', () => {
    expect(connectionStringSecrets("Server=s;Password='a;b''c'")).toEqual(["a;b'c", "a;b''c"]);
    expect(connectionStringSecrets('Server=s;Password="say ""hi"""')).toEqual(['say "hi"', 'say ""hi""']);
    expect(connectionStringSecrets('Server=s;Password={x;y}}z}')).toEqual(['x;y}z', 'x;y}}z']);
  });

  it('returns nothing for text that is not a connection string', () => {
    expect(connectionStringSecrets('')).toEqual([]);
    expect(connectionStringSecrets('just words')).toEqual([]);
  });
});
