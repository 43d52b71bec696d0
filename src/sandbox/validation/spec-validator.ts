// Placeholder: validation against the REST specs with oav is being wired in (see the sandbox issue).
import type { SpecValidator } from '../core/server.js';

export async function createSpecValidator(_options: { specsDir?: string }): Promise<SpecValidator> {
  return { validateRequest: async () => [], validateResponse: async () => [] };
}
