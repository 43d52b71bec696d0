/**
 * How the PostgreSQL store connects: a connection URL (`connection-string`), or server/port/database with a password
 * or a Microsoft Entra token (Azure Database for PostgreSQL takes the token as the password of the Entra principal's
 * role, named by db-user). Server connections verify TLS (except over a Unix-domain socket, a server given as a
 * path, as libpq does); a URL says for itself (`sslmode=...`).
 */
import type { ClientConfig } from 'pg';
import { ConfigurationError } from '#shared/errors.js';

export interface PostgresConnectionOptions {
  readonly connectionString?: string;
  readonly server?: string;
  readonly port?: number;
  readonly database?: string;
  readonly user?: string;
  /** The password, or the Entra token. */
  readonly password?: string;
  /** Trust store for TLS (the `ca-certificate` file and Node's roots). */
  readonly caCertificates?: readonly string[];
}

/** The password of a `postgresql://user:password@host/db` URL (to mask), or undefined. */
export function urlPassword(connectionString: string): string | undefined {
  try {
    const url = new URL(connectionString);
    if (url.password) return decodeURIComponent(url.password);
    return url.searchParams.get('password') ?? undefined;
  } catch {
    return undefined;
  }
}

export function postgresConfig(options: PostgresConnectionOptions): ClientConfig {
  const common = { application_name: 'apply-control-metadata', connectionTimeoutMillis: 30_000 };
  if (options.connectionString) {
    if (!/^postgres(ql)?:\/\//i.test(options.connectionString)) {
      throw new ConfigurationError(
        "Input 'connection-string': for engine postgresql, give a postgresql:// URL (postgresql://user@host:5432/database?sslmode=require).",
        { input: 'connection-string' },
      );
    }
    return { ...common, connectionString: options.connectionString };
  }
  return {
    ...common,
    host: options.server,
    port: options.port ?? 5432,
    database: options.database,
    user: options.user,
    password: options.password,
    // A Unix-domain socket (a server given as a path) is local: like libpq, no TLS there.
    ssl: options.server?.startsWith('/')
      ? false
      : {
          rejectUnauthorized: true,
          ...(options.caCertificates ? { ca: [...options.caCertificates] } : {}),
        },
  };
}
