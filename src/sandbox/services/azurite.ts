// Placeholder: Azurite (in memory, HTTPS) is being wired in (see the sandbox issue).
import type { StorageInfo } from '../context.js';

export interface AzuriteHandle {
  readonly info: StorageInfo;
  stop(): Promise<void>;
}

export async function startAzurite(_options: {
  cert: string;
  key: string;
  stateDir: string;
}): Promise<AzuriteHandle | undefined> {
  return undefined;
}
