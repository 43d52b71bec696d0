// Placeholder: the Machine Learning Services emulator is being written (see the sandbox issue).

import type { SandboxContext } from '../../context.js';
import type { Router } from '../../core/http.js';

export interface WorkspaceSpec {
  readonly subscriptionId: string;
  readonly resourceGroup: string;
  readonly name: string;
  readonly location?: string;
  /** Compute clusters to create in the workspace (names). */
  readonly computes: readonly string[];
}

export interface WorkspaceInfo {
  readonly id: string;
  readonly computeIds: Readonly<Record<string, string>>;
  /** The default blob datastore's name (`workspaceblobstore`). */
  readonly datastore: string;
  /** The blob container behind the default datastore. */
  readonly container: string;
}

export function registerMachineLearning(_router: Router, _context: SandboxContext): void {}

export async function provisionWorkspace(
  _context: SandboxContext,
  spec: WorkspaceSpec,
): Promise<WorkspaceInfo> {
  const id = `/subscriptions/${spec.subscriptionId}/resourceGroups/${spec.resourceGroup}/providers/Microsoft.MachineLearningServices/workspaces/${spec.name}`;
  return { id, computeIds: {}, datastore: 'workspaceblobstore', container: 'azureml-blobstore' };
}
