/**
 * Which database, and how to sign in to it, from the inputs: checked before any Azure or database call
 * (`resolveDatabaseAccess`, pure), then opened as a store (`openStore`). Secrets — the password, the connection
 * string's secrets, the Entra token — are masked before use and never put in the environment, a message or an
 * output; the receipt names only the engine, server, database and table.
 *
 * - `connection-string`: a postgresql:// URL or an ADO.NET string (SQL Server); server/database/db-auth are then
 *   not used, and giving them too is an error (two sources of truth for one connection).
 * - `db-auth: password`: db-user and db-password.
 * - `db-auth: entra`: a token for the engine's Entra scope from the step's Azure sign-in (PostgreSQL also needs
 *   db-user, the role of the Entra principal).
 */
import type { TokenCredential } from '@azure/core-auth';
import type { Cloud } from '#shared/azure/clouds.js';
import { ConfigurationError, describeError } from '#shared/errors.js';
import type { SecretMasker } from '#shared/secrets.js';
import type { Engine, TableName } from './model.js';
import type { ControlStore, StoreOptions } from './store.js';

export interface DatabaseInputs {
  readonly engine: Engine;
  readonly server?: string;
  readonly port?: number;
  readonly database?: string;
  readonly dbAuth: 'entra' | 'password';
  readonly dbUser?: string;
  readonly dbPassword?: string;
  readonly connectionString?: string;
}

export type DatabaseAccess =
  | { readonly kind: 'connection-string'; readonly engine: Engine; readonly connectionString: string }
  | {
      readonly kind: 'password' | 'entra';
      readonly engine: Engine;
      readonly server: string;
      readonly port?: number;
      readonly database: string;
      readonly user?: string;
      readonly password?: string;
    };

export function resolveDatabaseAccess(inputs: DatabaseInputs): DatabaseAccess {
  const { engine } = inputs;
  if (inputs.connectionString) {
    const extra = (
      [
        ['server', inputs.server],
        ['port', inputs.port],
        ['database', inputs.database],
        ['db-user', inputs.dbUser],
        ['db-password', inputs.dbPassword],
      ] as const
    ).filter(([, value]) => value !== undefined && value !== '');
    if (extra.length > 0) {
      throw new ConfigurationError(
        `Input 'connection-string' is given together with ${extra.map(([name]) => `'${name}'`).join(', ')}; give either a connection string or server, database and db-auth, not both.`,
        { input: 'connection-string' },
      );
    }
    return { kind: 'connection-string', engine, connectionString: inputs.connectionString };
  }
  for (const [input, value] of [
    ['server', inputs.server],
    ['database', inputs.database],
  ] as const) {
    if (!value) {
      throw new ConfigurationError(
        `Input '${input}' is required unless connection-string is given (the database ${input === 'server' ? 'server host name' : 'name'}).`,
        { input },
      );
    }
  }
  const target = { engine, server: inputs.server!, database: inputs.database!, port: inputs.port };
  if (inputs.dbAuth === 'password') {
    if (!inputs.dbUser) {
      throw new ConfigurationError("Input 'db-user' is required with db-auth: password.", {
        input: 'db-user',
      });
    }
    if (!inputs.dbPassword) {
      throw new ConfigurationError(
        "Input 'db-password' is required with db-auth: password; pass it from a GitHub secret.",
        { input: 'db-password' },
      );
    }
    return { kind: 'password', ...target, user: inputs.dbUser, password: inputs.dbPassword };
  }
  if (inputs.dbPassword) {
    throw new ConfigurationError(
      "Input 'db-password' is set, but db-auth is entra (a token from the Azure sign-in); set db-auth: password to use it, or remove it.",
      { input: 'db-password' },
    );
  }
  if (engine === 'postgresql' && !inputs.dbUser) {
    throw new ConfigurationError(
      "Input 'db-user' is required with db-auth: entra on postgresql: the database role of the Microsoft Entra principal (the managed identity's or application's name).",
      { input: 'db-user' },
    );
  }
  return { kind: 'entra', ...target, ...(inputs.dbUser ? { user: inputs.dbUser } : {}) };
}

export interface OpenStoreDependencies {
  readonly credential: () => Promise<{ credential: TokenCredential; cloud: Cloud }>;
  readonly masker: SecretMasker;
  readonly caCertificates?: readonly string[];
}

/** Where the receipt says the rows went: never a credential. */
export interface StoreLocation {
  readonly server: string;
  readonly database: string;
}

async function entraToken(access: DatabaseAccess, deps: OpenStoreDependencies): Promise<string | undefined> {
  if (access.kind !== 'entra') return undefined;
  const { credential, cloud } = await deps.credential();
  const scope = access.engine === 'sqlserver' ? cloud.sqlDatabaseScope : cloud.postgresqlScope;
  const token = await credential.getToken(scope);
  if (!token) throw new Error(`No Microsoft Entra token was issued for ${scope}.`);
  deps.masker.mask(token.token);
  return token.token;
}

export async function openStore(
  access: DatabaseAccess,
  table: TableName,
  deps: OpenStoreDependencies,
  options: StoreOptions = {},
): Promise<{ store: ControlStore; location: StoreLocation }> {
  const token = await entraToken(access, deps);
  if (access.engine === 'postgresql') {
    const [{ default: pg }, { postgresConfig, urlPassword }, { PostgresStore }] = await Promise.all([
      import('pg'),
      import('./stores/postgresql-connection.js'),
      import('./stores/postgresql.js'),
    ]);
    const config =
      access.kind === 'connection-string'
        ? postgresConfig({ connectionString: access.connectionString })
        : postgresConfig({
            server: access.server,
            port: access.port,
            database: access.database,
            user: access.user,
            password: access.kind === 'entra' ? token : access.password,
            caCertificates: deps.caCertificates,
          });
    if (access.kind === 'connection-string') deps.masker.mask(urlPassword(access.connectionString));
    const client = new pg.Client(config);
    const store = new PostgresStore(client, table, options);
    try {
      await client.connect();
    } catch (error) {
      throw tlsRefusal('postgresql', access, error) ?? error;
    }
    return { store, location: postgresLocation(access) };
  }
  const [{ sqlServerConfig, connectionStringSecrets }, { openSqlServerSession }, { SqlServerStore }] =
    await Promise.all([
      import('./stores/sqlserver-connection.js'),
      import('./stores/sqlserver-session.js'),
      import('./stores/sqlserver.js'),
    ]);
  const config =
    access.kind === 'connection-string'
      ? sqlServerConfig({ auth: 'password', connectionString: access.connectionString })
      : sqlServerConfig({
          server: access.server,
          port: access.port,
          database: access.database,
          auth: access.kind,
          user: access.user,
          password: access.password,
          token,
        });
  if (access.kind === 'connection-string') {
    // The input is masked whole; its secrets also as the driver reads them (ADO.NET quoting undone).
    for (const secret of connectionStringSecrets(access.connectionString)) deps.masker.mask(secret);
  }
  let session: Awaited<ReturnType<typeof openSqlServerSession>>;
  try {
    session = await openSqlServerSession(config);
  } catch (error) {
    throw tlsRefusal('sqlserver', access, error) ?? error;
  }
  return {
    store: new SqlServerStore(session, table, options),
    location: { server: String(config.server ?? ''), database: String(config.database ?? '') },
  };
}

function postgresLocation(access: DatabaseAccess): StoreLocation {
  if (access.kind !== 'connection-string') return { server: access.server, database: access.database };
  const url = new URL(access.connectionString);
  const server = url.hostname || url.searchParams.get('host') || 'localhost';
  const database =
    decodeURIComponent(url.pathname.replace(/^\//, '')) || url.searchParams.get('dbname') || '';
  return { server, database };
}

/**
 * A connection refused over TLS, as a ConfigurationError that says how to connect: server connections are encrypted
 * and verified, so a server without TLS (PostgreSQL: "The server does not support SSL connections") or with a
 * certificate the runner does not trust needs the user to say so, in a connection string. Undefined for any other
 * failure, which is rethrown as it is.
 */
export function tlsRefusal(
  engine: Engine,
  access: DatabaseAccess,
  error: unknown,
): ConfigurationError | undefined {
  const { message } = describeError(error);
  const noTls = /does not support SSL/i.test(message);
  const untrusted = /certificate|self[- ]signed|SSL|TLS/i.test(message);
  if (!noTls && !untrusted) return undefined;
  const input = access.kind === 'connection-string' ? 'connection-string' : 'server';
  const how =
    engine === 'postgresql'
      ? noTls
        ? 'to connect without TLS (a local or private server only), give connection-string: postgresql://<user>@<host>:<port>/<database>?sslmode=disable'
        : "give the server's CA certificate in ca-certificate, or (a local server only) connection-string: postgresql://<user>@<host>:<port>/<database>?sslmode=no-verify"
      : 'give connection-string: Server=<host>,<port>;Database=<database>;...;TrustServerCertificate=true for a certificate the runner does not trust (a local container), or Encrypt=false for a server without TLS (a local one only)';
  const what = noTls
    ? 'the server does not accept TLS connections, and connections to a server are encrypted unless a connection string says otherwise'
    : "the server's TLS certificate could not be verified";
  return new ConfigurationError(`Could not connect to the database: ${what} (${message}); ${how}.`, {
    input,
    cause: error,
  });
}
