/**
 * AmlCompute clusters (`{W}/computes/{compute}`), read-only: provisioned with their workspace (workspaces.ts), read
 * through ARM as mfe.json describes them, idle (no nodes) and always `Succeeded`.
 */
import type { SandboxContext } from '../../context.js';
import { iso } from './resource-metadata.js';
import { resourceIdentity, resourcePath } from './resource-path.js';
import { findRecord, type ResourceKind } from './resource-routes.js';
import { type ComputeRecord, mlState, type WorkspaceRecord, workspaceChildKey } from './store.js';

const PATH = resourcePath('computes/:compute');

function computeView(workspace: WorkspaceRecord, compute: ComputeRecord) {
  const created = iso(compute.createdAt);
  return {
    ...resourceIdentity(workspace, PATH, [compute.name]),
    location: workspace.location,
    properties: {
      computeType: 'AmlCompute',
      computeLocation: workspace.location,
      provisioningState: 'Succeeded',
      createdOn: created,
      modifiedOn: created,
      isAttachedCompute: false,
      disableLocalAuth: true,
      properties: {
        osType: 'Linux',
        vmSize: compute.vmSize,
        vmPriority: 'Dedicated',
        isolatedNetwork: false,
        scaleSettings: {
          maxNodeCount: compute.maxNodeCount,
          minNodeCount: 0,
          nodeIdleTimeBeforeScaleDown: 'PT2M',
        },
        remoteLoginPortPublicAccess: 'Disabled',
        allocationState: 'Steady',
        allocationStateTransitionTime: created,
        currentNodeCount: 0,
        targetNodeCount: 0,
        nodeStateCounts: {
          idleNodeCount: 0,
          runningNodeCount: 0,
          preparingNodeCount: 0,
          unusableNodeCount: 0,
          leavingNodeCount: 0,
          preemptedNodeCount: 0,
        },
        enableNodePublicIp: true,
      },
    },
  };
}

export const computes: ResourceKind<ComputeRecord> = {
  path: PATH,
  records: (context) => mlState(context).computes,
  key: workspaceChildKey,
  view: (_context, workspace, compute) => computeView(workspace, compute),
  list: (all) => all,
};

export function findCompute(
  context: SandboxContext,
  workspace: WorkspaceRecord,
  name: string,
): ComputeRecord | undefined {
  return findRecord(context, computes, workspace, [name]);
}
