// Placeholder: the Data Factory 2018-06-01 emulator is being written (see the sandbox issue).

import type { SandboxContext } from '../../context.js';
import type { Router } from '../../core/http.js';

export interface FactorySpec {
  readonly subscriptionId: string;
  readonly resourceGroup: string;
  readonly name: string;
  readonly location?: string;
}

export function registerDataFactory(_router: Router, _context: SandboxContext): void {}

export function provisionFactory(_context: SandboxContext, spec: FactorySpec): { id: string } {
  return {
    id: `/subscriptions/${spec.subscriptionId}/resourceGroups/${spec.resourceGroup}/providers/Microsoft.DataFactory/factories/${spec.name}`,
  };
}
