// Placeholder: the Application Insights ingestion endpoint is being written (see the sandbox issue).

import type { SandboxContext } from '../context.js';
import type { Router } from '../core/http.js';

export interface AppInsightsResource {
  readonly name: string;
  readonly instrumentationKey: string;
  readonly connectionString: string;
}

export interface AppInsightsService {
  /** A connection string for the default resource, pointing at this sandbox's ingestion endpoint. */
  connectionString(baseUrl: string): string;
  createResource(name: string): AppInsightsResource;
}

export function registerAppInsights(_router: Router, context: SandboxContext): AppInsightsService {
  const make = (name: string): AppInsightsResource => {
    const instrumentationKey = '00000000-0000-4000-8000-0000000a1000';
    return {
      name,
      instrumentationKey,
      connectionString: `InstrumentationKey=${instrumentationKey};IngestionEndpoint=${context.baseUrl}/`,
    };
  };
  return { connectionString: () => make('default').connectionString, createResource: make };
}
