/**
 * The stores the pipeline runtime reads and writes on a factory's behalf: the sandbox's blob storage and the
 * environments' control databases. One of each per sandbox, closed with it.
 */
import type { StorageInfo } from '../../context.js';
import { BlobStorage } from './blob-storage.js';
import { DatabaseConnections } from './database-connections.js';

export interface DataServices {
  readonly blobs: BlobStorage;
  readonly databases: DatabaseConnections;
  close(): Promise<void>;
}

export function createDataServices(storage: () => StorageInfo): DataServices {
  const databases = new DatabaseConnections();
  const blobs = new BlobStorage(storage);
  return {
    blobs,
    databases,
    close: () => {
      blobs.close();
      return databases.close();
    },
  };
}
