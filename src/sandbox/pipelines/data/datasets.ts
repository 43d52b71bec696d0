/**
 * Datasets and linked services as an activity uses them: a `DatasetReference` resolved to the factory's dataset,
 * its parameters (the reference's values, else the declared defaults) given to `dataset()` while its properties
 * are evaluated, and its linked service resolved the same way with `linkedService()`. What each kind of store is
 * in the sandbox:
 * - blob storage (linked services AzureBlobStorage and AzureBlobFS, any account name): the sandbox's one storage
 *   account (blob-locations.ts);
 * - PostgreSQL (AzurePostgreSql, PostgreSql, PostgreSqlV2): the control database of the factory's environment,
 *   whatever server the linked service names — the sandbox has exactly one database per environment, and resolves
 *   no Key Vault references;
 * - SQL Server and Azure SQL: refused, naming the linked service (the sandbox has no SQL Server engine; the sample
 *   factory's README says how its control database follows the engine).
 */
import type { Json, StoredResource } from '../../arm/datafactory/store.js';
import type { ActivityContext } from '../runtime/activity-executor.js';
import { ActivityFailure } from '../runtime/activity-failure.js';

export interface ResolvedLinkedService {
  readonly name: string;
  readonly type: string;
  readonly typeProperties: Json;
}

export interface ResolvedDataset {
  readonly name: string;
  readonly type: string;
  readonly typeProperties: Json;
  readonly linkedService: ResolvedLinkedService;
}

export type StoreKind = 'blob' | 'postgresql';

const BLOB_SERVICES = ['azureblobstorage', 'azureblobfs'];
const POSTGRES_SERVICES = ['azurepostgresql', 'postgresql', 'postgresqlv2'];
const SQL_SERVER_SERVICES = ['azuresqldatabase', 'sqlserver', 'azuresqlmi', 'azuresqldw'];

function parametersOf(declared: unknown, given: unknown): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [name, parameter] of Object.entries(
    (declared ?? {}) as Record<string, { defaultValue?: unknown }>,
  )) {
    values[name] = parameter?.defaultValue ?? null;
  }
  return { ...values, ...((given ?? {}) as Record<string, unknown>) };
}

function find(context: ActivityContext, kind: 'datasets' | 'linkedservices', name: string): StoredResource {
  const host = context.execution.host();
  const resource = host?.artifact(kind, name);
  if (!resource) {
    const what = kind === 'datasets' ? 'dataset' : 'linked service';
    const where = host?.ref.type === 'workspace' ? 'workspace' : 'factory';
    throw new ActivityFailure('BadRequest', `The ${what} '${name}' does not exist in the ${where}.`);
  }
  return resource;
}

/** The dataset a reference names, with its properties and its linked service's evaluated. */
export function resolveDataset(context: ActivityContext, reference: unknown): ResolvedDataset {
  const ref = reference as { referenceName?: unknown; parameters?: unknown } | undefined;
  if (typeof ref?.referenceName !== 'string') {
    throw new ActivityFailure('BadRequest', `Activity '${context.definition.name}' names no dataset.`);
  }
  const dataset = find(context, 'datasets', ref.referenceName);
  const datasetScope = { dataset: parametersOf(dataset.properties.parameters, ref.parameters) };
  const properties = context.evaluate(
    {
      typeProperties: dataset.properties.typeProperties ?? {},
      linkedServiceName: dataset.properties.linkedServiceName,
    },
    datasetScope,
  ) as { typeProperties: Json; linkedServiceName?: { referenceName?: unknown; parameters?: unknown } };
  const linkedName = properties.linkedServiceName?.referenceName;
  if (typeof linkedName !== 'string') {
    throw new ActivityFailure('BadRequest', `The dataset '${dataset.name}' names no linked service.`);
  }
  const linked = find(context, 'linkedservices', linkedName);
  const typeProperties = context.evaluate(linked.properties.typeProperties ?? {}, {
    linkedService: parametersOf(linked.properties.parameters, properties.linkedServiceName?.parameters),
  }) as Json;
  return {
    name: dataset.name,
    type: String(dataset.properties.type),
    typeProperties: properties.typeProperties,
    linkedService: { name: linked.name, type: String(linked.properties.type), typeProperties },
  };
}

/** Which kind of store the dataset is in, or why the sandbox cannot reach it. */
export function storeKind(dataset: ResolvedDataset): StoreKind {
  const type = dataset.linkedService.type.toLowerCase();
  if (BLOB_SERVICES.includes(type)) return 'blob';
  if (POSTGRES_SERVICES.includes(type)) return 'postgresql';
  if (SQL_SERVER_SERVICES.includes(type)) {
    throw new ActivityFailure(
      'BadRequest',
      `The linked service '${dataset.linkedService.name}' is of type ${dataset.linkedService.type}: the sandbox's control database is PostgreSQL, so it cannot run SQL Server queries. Use an AzurePostgreSql linked service (see examples/adf/README.md).`,
    );
  }
  throw new ActivityFailure(
    'BadRequest',
    `The sandbox cannot reach the linked service '${dataset.linkedService.name}' of type ${dataset.linkedService.type}: it reads and writes blob storage (AzureBlobStorage, AzureBlobFS) and PostgreSQL (AzurePostgreSql).`,
  );
}

/** The connection string of the factory's environment's control database. */
export function controlDatabase(context: ActivityContext, dataset: ResolvedDataset): string {
  const connection = context.execution.host()?.controlDatabase;
  if (!connection) {
    const where = context.execution.hostRef.type === 'workspace' ? 'Synapse workspace' : 'factory';
    throw new ActivityFailure(
      'BadRequest',
      `The linked service '${dataset.linkedService.name}' is a PostgreSQL database, but the ${where} '${context.execution.hostRef.name}' has no control database in the sandbox (provision its environment with a database).`,
    );
  }
  return connection;
}

/** The schema and table of a PostgreSQL table dataset (`schema` + `table`, or the older `tableName`). */
export function tableOf(dataset: ResolvedDataset): { schema: string; table: string } {
  const { schema, table, tableName } = dataset.typeProperties;
  if (typeof table === 'string' && table) {
    return { schema: typeof schema === 'string' && schema ? schema : 'public', table };
  }
  if (typeof tableName === 'string' && tableName) {
    const parts = tableName.split('.').map((part) => part.replace(/^"|"$/g, ''));
    return parts.length === 2
      ? { schema: parts[0]!, table: parts[1]! }
      : { schema: 'public', table: parts[0]! };
  }
  throw new ActivityFailure('BadRequest', `The dataset '${dataset.name}' names no table.`);
}
