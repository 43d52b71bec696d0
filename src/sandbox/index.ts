/**
 * The embedded local Azure (DESIGN.md §6): one HTTPS server on 127.0.0.1 hosting an Entra-compatible authority,
 * the runner's OIDC provider, the ARM emulator (resource groups, Data Factory, Machine Learning, Synapse
 * workspaces), Synapse workspaces' development endpoints, the batch endpoint data plane (scoring with the local
 * Python), Application Insights ingestion and the control API; Azurite for blobs; PGlite or a PostgreSQL server for
 * the control database. The real SDK clients talk to it unchanged, as to a custom cloud.
 */

import { randomBytes } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { registerDataFactory } from './arm/datafactory/index.js';
import { registerMachineLearning } from './arm/machinelearning/index.js';
import { registerResourceGroups } from './arm/resource-groups.js';
import { DEFAULT_TIMING, type SandboxContext, type SandboxTiming, type StorageInfo } from './context.js';
import { registerControl } from './control/api.js';
import { SandboxClock } from './core/clock.js';
import { FaultInjector, type FaultSpec } from './core/faults.js';
import { Router } from './core/http.js';
import { type Counters, type RequestEntry, RequestLog } from './core/request-log.js';
import { createPipeline, listen, type SpecValidator, type ValidationFinding } from './core/server.js';
import { SandboxState } from './core/state.js';
import { ARM_LIMITS, type ThrottleLimits, Throttler } from './core/throttling.js';
import { loadOrCreateCertificates } from './core/tls.js';
import { type EnvironmentInfo, type EnvironmentSpec, provisionEnvironment } from './environments.js';
import { type GitHubEmulation, registerGitHub } from './github/emulation.js';
import {
  createAuthenticator,
  DEPLOYER_CLIENT_ID,
  MANAGED_IDENTITY_CLIENT_ID,
  managedIdentityToken,
  newSecret,
  registerIdentity,
  SANDBOX_TENANT_ID,
} from './identity/entra.js';
import { cachedManagedIdentityTokens } from './identity/managed-identity-cache.js';
import { TokenIssuer } from './identity/tokens.js';
import { WebClient } from './pipelines/activities/web-client.js';
import { createDataServices } from './pipelines/data/data-services.js';
import { ExpressionEvaluator } from './pipelines/expressions/index.js';
import { PipelineRuntime } from './pipelines/runtime/pipeline-runtime.js';
import { TriggerScheduler } from './pipelines/triggers/trigger-scheduler.js';
import { type AppInsightsService, registerAppInsights } from './services/app-insights.js';
import { type AzuriteHandle, startAzurite } from './services/azurite.js';
import { type ControlDatabase, openControlDatabase } from './services/control-database.js';
import { registerSynapse } from './synapse/index.js';

/** The resource manager audience of the sandbox cloud: not its URL, as in Azure (tokens name the audience). */
export const SANDBOX_ARM_AUDIENCE = 'https://management.sandbox.local';

/** The GitHub repository the sandbox's runs belong to (GITHUB_REPOSITORY of the local runner). */
export const SANDBOX_REPOSITORY = 'example/release';

export interface SandboxOptions {
  /** Port for the HTTPS server; 0 (default) picks a free one. */
  readonly port?: number;
  /** Where certificates, the database's data directory and summaries live (default `.sandbox`). */
  readonly stateDir?: string;
  /** Load state from this file at start and save it at stop. */
  readonly stateFile?: string;
  /** Validate ARM and Synapse data-plane traffic against the REST specs in `specsDir` (tests turn this on). */
  readonly validate?: boolean;
  /** The folder holding `specification/...` (default `vendor/azure-rest-api-specs` in the repo). */
  readonly specsDir?: string;
  readonly timing?: Partial<SandboxTiming>;
  /**
   * The Python interpreter batch jobs score with. Default: SANDBOX_PYTHON, read as each job starts, else
   * `python3` on PATH. The model's packages (numpy, pandas, scikit-learn ...) must be that interpreter's.
   */
  readonly python?: string;
  /** Use this PostgreSQL server for control databases instead of the embedded PGlite. */
  readonly databaseUrl?: string;
  /** Start Azurite (default true). */
  readonly storage?: boolean;
  /** The wall clock the sandbox clock starts from and runs against (default Date.now); tokens keep to it. */
  readonly clock?: () => number;
  /** Sandbox milliseconds per real millisecond (default 1, real time); see core/clock.ts. */
  readonly clockRate?: number;
  readonly location?: string;
}

export interface Sandbox {
  readonly baseUrl: string;
  readonly armAudience: string;
  readonly tenantId: string;
  readonly clientId: string;
  /** The deployer application's secret (a fresh one each start; tests scan output for it). */
  readonly clientSecret: string;
  readonly managedIdentityClientId: string;
  readonly caPath: string;
  readonly caCert: string;
  readonly storage: StorageInfo | undefined;
  readonly appInsightsConnectionString: string;
  /** The ingestion endpoint's resources and the telemetry it accepted. */
  readonly appInsights: AppInsightsService;
  /** GitHub's side: repositories, job credentials, the REST API (`github.apiUrl` is a job's GITHUB_API_URL). */
  readonly github: GitHubEmulation;
  /** For child processes running the actions: CA trust, the runner's ID-token endpoint, the identity endpoint. */
  readonly env: Readonly<Record<string, string>>;
  /** Action inputs that point an action at this sandbox (cloud, endpoints, tenant and client ids). */
  readonly inputs: Readonly<Record<string, string>>;
  readonly control: SandboxControl;
  readonly context: SandboxContext;
  /** The sandbox clock: tests accelerate or advance it (also `/_sandbox/clock`). */
  readonly clock: SandboxClock;
  /** The pipeline runtime behind createRun (tests may await a run's completion). */
  readonly pipelines: PipelineRuntime;
  provision(spec: EnvironmentSpec): Promise<EnvironmentInfo>;
  database(): Promise<ControlDatabase>;
  stop(): Promise<void>;
}

export interface SandboxControl {
  addFault(spec: FaultSpec): void;
  clearFaults(): void;
  requests(since?: number): RequestEntry[];
  counters(): Counters & { lastSeq: number };
  resetCounters(): void;
  findings(): ValidationFinding[];
  clearFindings(): void;
  setThrottleLimits(limits: Partial<ThrottleLimits>): void;
  snapshot(): Record<string, unknown>;
  restore(snapshot: Record<string, unknown>): void;
}

export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const stateDir = resolve(options.stateDir ?? '.sandbox');
  await mkdir(stateDir, { recursive: true });
  const clock = options.clock ?? Date.now;
  const time = new SandboxClock(clock, { rate: options.clockRate ?? 1 });
  const certificates = await loadOrCreateCertificates(join(stateDir, 'tls'));

  const router = new Router();
  const faults = new FaultInjector();
  const log = new RequestLog();
  const throttler = new Throttler(ARM_LIMITS, clock);
  const findings: ValidationFinding[] = [];
  const state = new SandboxState();
  if (options.stateFile) await state.load(options.stateFile);

  let validator: SpecValidator | undefined;
  let authenticate: Parameters<typeof createPipeline>[0]['authenticate'] = async () => ({
    error: { status: 503, body: { error: { code: 'Starting', message: 'The sandbox is starting.' } } },
  });
  const pipeline = createPipeline({
    router,
    faults,
    log,
    throttler,
    findings,
    validator: () => validator,
    authenticate: (header, auth) => authenticate(header, auth),
  });
  const { server, port } = await listen(pipeline, certificates, options.port ?? 0);
  const baseUrl = `https://127.0.0.1:${port}`;

  const [entra, storageTokens, runner, azurite] = await Promise.all([
    TokenIssuer.create(`${baseUrl}/${SANDBOX_TENANT_ID}/v2.0`, clock),
    TokenIssuer.create(`https://sts.windows.net/${SANDBOX_TENANT_ID}/`, clock),
    TokenIssuer.create(`${baseUrl}/_runner`, clock),
    options.storage === false
      ? Promise.resolve(undefined)
      : startAzurite({
          cert: certificates.cert,
          key: certificates.key,
          ca: certificates.caCert,
          stateDir,
          oauth: true,
        }),
  ]);

  const clientSecret = newSecret();
  const runnerRequestToken = randomBytes(24).toString('base64url');
  const identityHeader = randomBytes(16).toString('hex');
  const identity = {
    baseUrl,
    armAudience: SANDBOX_ARM_AUDIENCE,
    entra,
    storage: storageTokens,
    runner,
    runnerRequestToken,
    identityHeader,
    tokenLifetimeSeconds: 3600,
    runnerSubject: (requestToken: string) =>
      requestToken === runnerRequestToken
        ? `repo:${SANDBOX_REPOSITORY}:ref:refs/heads/main`
        : github.idTokenSubject(requestToken),
    applications: [
      {
        clientId: DEPLOYER_CLIENT_ID,
        objectId: DEPLOYER_CLIENT_ID,
        displayName: 'sandbox-deployer',
        secret: clientSecret,
        federatedSubjects: ['repo:*'],
      },
      {
        clientId: MANAGED_IDENTITY_CLIENT_ID,
        objectId: MANAGED_IDENTITY_CLIENT_ID,
        displayName: 'sandbox-managed-identity',
        federatedSubjects: [],
      },
    ],
  };
  const github = registerGitHub(router, baseUrl);
  github.addRepository(SANDBOX_REPOSITORY);
  registerIdentity(router, identity);
  authenticate = createAuthenticator(identity);

  const context: SandboxContext = {
    baseUrl,
    state,
    clock: () => time.now(),
    time,
    timing: { ...DEFAULT_TIMING, ...options.timing },
    location: options.location ?? 'westeurope',
    storage() {
      if (!azurite) throw new Error('The sandbox was started without storage.');
      return azurite.info;
    },
  };
  const data = createDataServices(() => context.storage());
  const pipelines = new PipelineRuntime({
    context,
    evaluator: new ExpressionEvaluator(),
    data,
    web: new WebClient([certificates.caCert]),
    managedIdentityToken: cachedManagedIdentityTokens(
      (principalId, resource) => managedIdentityToken(identity, principalId, resource),
      identity.tokenLifetimeSeconds,
      clock,
    ),
  });
  const triggers = new TriggerScheduler(context, pipelines);
  registerResourceGroups(router, context);
  registerDataFactory(router, context, { runtime: pipelines, triggers });
  registerSynapse(router, context, pipelines);
  const machineLearning = registerMachineLearning(router, context, {
    ...(options.python ? { python: options.python } : {}),
  });
  const appInsights = registerAppInsights(router, context);

  let database: Promise<ControlDatabase> | undefined;
  const openDatabase = () => {
    database ??= openControlDatabase({ url: options.databaseUrl, dataDir: join(stateDir, 'pglite') });
    return database;
  };
  const provision = (spec: EnvironmentSpec) =>
    provisionEnvironment(context, spec, { openDatabase, appInsights });
  registerControl(router, {
    faults,
    log,
    findings,
    state,
    throttler,
    clock: time,
    provision: (spec) => provision(spec as EnvironmentSpec),
  });

  if (options.validate) {
    const { createSpecValidator } = await import('./validation/spec-validator.js');
    validator = await createSpecValidator({ specsDir: options.specsDir });
  }

  const env: Record<string, string> = {
    NODE_EXTRA_CA_CERTS: certificates.caPath,
    ACTIONS_ID_TOKEN_REQUEST_URL: `${baseUrl}/_runner/idtoken?api-version=2.0`,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: runnerRequestToken,
    IDENTITY_ENDPOINT: `${baseUrl}/_identity/token`,
    IDENTITY_HEADER: identityHeader,
  };
  const inputs = {
    cloud: 'Custom',
    'arm-endpoint': baseUrl,
    'authority-host': baseUrl,
    'arm-audience': SANDBOX_ARM_AUDIENCE,
    'tenant-id': SANDBOX_TENANT_ID,
    'client-id': DEPLOYER_CLIENT_ID,
  };

  return {
    baseUrl,
    armAudience: SANDBOX_ARM_AUDIENCE,
    tenantId: SANDBOX_TENANT_ID,
    clientId: DEPLOYER_CLIENT_ID,
    clientSecret,
    managedIdentityClientId: MANAGED_IDENTITY_CLIENT_ID,
    caPath: certificates.caPath,
    caCert: certificates.caCert,
    storage: azurite?.info,
    appInsightsConnectionString: appInsights.connectionString(baseUrl),
    appInsights,
    github,
    env,
    inputs,
    context,
    clock: time,
    pipelines,
    control: {
      addFault: (spec) => void faults.add(spec),
      clearFaults: () => faults.clear(),
      requests: (since) => log.since(since),
      counters: () => ({ ...log.counters, lastSeq: log.lastSeq }),
      resetCounters: () => log.clear(),
      findings: () => [...findings],
      clearFindings: () => {
        findings.length = 0;
      },
      setThrottleLimits: (limits) => throttler.setLimits({ ...ARM_LIMITS, ...limits }),
      snapshot: () => state.snapshot(),
      restore: (snapshot) => state.restore(snapshot),
    },
    provision,
    database: openDatabase,
    async stop() {
      triggers.stop();
      pipelines.stop();
      time.dispose();
      if (options.stateFile) await state.save(options.stateFile);
      // Jobs in flight are cancelled before the storage their logs go to stops.
      await machineLearning.stop();
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      await data.close();
      await Promise.all([azurite?.stop(), database ? database.then((db) => db.close()) : undefined]);
    },
  };
}

export type { AzuriteHandle, ControlDatabase, EnvironmentInfo, EnvironmentSpec };
