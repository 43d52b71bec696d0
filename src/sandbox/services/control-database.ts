// Placeholder: the control database (PGlite, or a PostgreSQL URL) is being wired in (see the sandbox issue).

export interface ControlDatabase {
  readonly kind: 'pglite' | 'postgresql';
  /** Creates (or reuses) a database for one environment and says how a client reaches it. */
  createDatabase(name: string): Promise<{ readonly connectionString: string }>;
  close(): Promise<void>;
}

export async function openControlDatabase(_options: {
  url?: string;
  dataDir: string;
}): Promise<ControlDatabase> {
  throw new Error('The control database is not available in this version of the sandbox.');
}
