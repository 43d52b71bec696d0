import { createServer, type Server } from 'node:net';
import { describe, expect, it } from '@jest/globals';
import {
  type DatabaseInputs,
  openStore,
  resolveDatabaseAccess,
  tlsRefusal,
} from '../../../src/shared/control-table/database.js';
import {
  postgresConfig,
  urlPassword,
} from '../../../src/shared/control-table/stores/postgresql-connection.js';
import { ConfigurationError } from '../../../src/shared/errors.js';

const base: DatabaseInputs = { engine: 'sqlserver', dbAuth: 'entra' };

describe('resolveDatabaseAccess', () => {
  it.each([
    [
      { server: 'sql.example', database: 'control' },
      { kind: 'entra', server: 'sql.example', database: 'control' },
    ],
    [
      {
        server: 'sql.example',
        database: 'control',
        dbAuth: 'password',
        dbUser: 'deployer',
        dbPassword: 'pw-123',
      },
      { kind: 'password', user: 'deployer', password: 'pw-123' },
    ],
    [
      {
        engine: 'postgresql',
        server: 'pg.example',
        port: 6432,
        database: 'control',
        dbUser: 'mlops-deployer',
      },
      { kind: 'entra', engine: 'postgresql', port: 6432, user: 'mlops-deployer' },
    ],
    [{ connectionString: 'Server=sql.example;Database=control' }, { kind: 'connection-string' }],
  ] as const)('%j', (inputs, expected) => {
    expect(resolveDatabaseAccess({ ...base, ...inputs } as DatabaseInputs)).toMatchObject(expected);
  });

  it.each([
    [{ database: 'control' }, "Input 'server' is required unless connection-string is given", 'server'],
    [{ server: 'sql.example' }, "Input 'database' is required unless connection-string is given", 'database'],
    [
      { connectionString: 'Server=a;Database=b', server: 'sql.example', dbPassword: 'x' },
      "Input 'connection-string' is given together with 'server', 'db-password'",
      'connection-string',
    ],
    [
      { server: 's', database: 'd', dbAuth: 'password', dbPassword: 'x' },
      "Input 'db-user' is required with db-auth: password",
      'db-user',
    ],
    [
      { server: 's', database: 'd', dbAuth: 'password', dbUser: 'u' },
      "Input 'db-password' is required with db-auth: password",
      'db-password',
    ],
    [
      { server: 's', database: 'd', dbPassword: 'x' },
      "Input 'db-password' is set, but db-auth is entra",
      'db-password',
    ],
    [
      { engine: 'postgresql', server: 's', database: 'd' },
      "Input 'db-user' is required with db-auth: entra on postgresql",
      'db-user',
    ],
  ] as const)('refuses %j naming the input', (inputs, message, input) => {
    expect(() => resolveDatabaseAccess({ ...base, ...inputs } as DatabaseInputs)).toThrow(
      expect.objectContaining({
        name: 'ConfigurationError',
        input,
        message: expect.stringContaining(message),
      }),
    );
  });
});

describe('PostgreSQL connection', () => {
  it('verifies TLS for a server and keeps a URL as given', () => {
    expect(
      postgresConfig({ server: 'pg.example', database: 'control', user: 'u', password: 't' }),
    ).toMatchObject({
      host: 'pg.example',
      port: 5432,
      ssl: { rejectUnauthorized: true },
    });
    expect(postgresConfig({ server: '/var/run/postgresql', database: 'control' })).toMatchObject({
      ssl: false,
    });
    const url = 'postgresql://u@pg.example/control?sslmode=require';
    expect(postgresConfig({ connectionString: url })).toMatchObject({ connectionString: url });
    expect(() => postgresConfig({ connectionString: 'Server=sql;Database=x' })).toThrow(
      /postgresql:\/\/ URL/,
    );
  });

  it('finds the password of a URL, to mask it', () => {
    expect(urlPassword('postgresql://u:p%40ss@h/db')).toBe('p@ss');
    expect(urlPassword('postgresql://u@h/db?password=secret')).toBe('secret');
    expect(urlPassword('postgresql://u@h/db')).toBeUndefined();
  });
});

describe('openStore', () => {
  it('masks the secrets of a SQL Server connection string as the driver reads them, before connecting', async () => {
    const masked: string[] = [];
    const attempt = openStore(
      {
        kind: 'connection-string',
        engine: 'sqlserver',
        // Nothing listens on port 1: the connection fails, after the secrets were masked.
        connectionString:
          "Server=127.0.0.1,1;Database=control;User Id=deployer;Password='p;w''d';Connect Timeout=2",
      },
      { schema: 'mlops', table: 'control_use_cases' },
      {
        credential: async () => {
          throw new Error('no Entra token for a connection string');
        },
        masker: { mask: (secret) => void (secret && masked.push(secret)), redact: (text) => text },
      },
    );
    await expect(attempt).rejects.toThrow(/Could not connect to SQL Server 127\.0\.0\.1/);
    expect(masked).toContain("p;w'd");
  });

  it('says how to connect without TLS when a PostgreSQL server does not accept it', async () => {
    // A PostgreSQL server without TLS answers the client's SSLRequest (8 bytes) with 'N', as this one does.
    const server: Server = createServer((socket) => {
      socket.once('data', () => socket.end('N'));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    try {
      const attempt = openStore(
        {
          kind: 'password',
          engine: 'postgresql',
          server: '127.0.0.1',
          port,
          database: 'control',
          user: 'deployer',
          password: 'pw',
        },
        { schema: 'mlops', table: 'control_use_cases' },
        {
          credential: async () => {
            throw new Error('no Entra token with db-auth password');
          },
          masker: { mask: () => undefined, redact: (text) => text },
        },
      );
      await expect(attempt).rejects.toThrow(ConfigurationError);
      await expect(attempt).rejects.toThrow(
        /the server does not accept TLS connections.*\(The server does not support SSL connections\); to connect without TLS .*connection-string: postgresql:\/\/.*\?sslmode=disable/,
      );
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('tlsRefusal', () => {
  const access = { kind: 'password', engine: 'sqlserver', server: 's', database: 'd' } as const;
  it('names the connection-string settings for an untrusted SQL Server certificate', () => {
    const refusal = tlsRefusal(
      'sqlserver',
      access,
      new Error('self-signed certificate in certificate chain'),
    );
    expect(refusal?.message).toMatch(/could not be verified .*TrustServerCertificate=true.*Encrypt=false/);
    expect(refusal?.input).toBe('server');
  });
  it('leaves any other failure alone', () => {
    expect(tlsRefusal('postgresql', access, new Error('password authentication failed'))).toBeUndefined();
  });
});
