export const id = 315;
export const ids = [315];
export const modules = {

/***/ 9315:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  connectAction: () => (/* binding */ connectAction)
});

// UNUSED EXPORTS: connectToAzure

// EXTERNAL MODULE: ./src/shared/azure/deadline-policy.ts
var deadline_policy = __webpack_require__(22212);
;// CONCATENATED MODULE: ./src/shared/azure/clients.ts
/**
 * Management clients for the chosen cloud, built on first use: each SDK is imported only by the action that asks for
 * it, and at most once. `resourceManager` is the same pipeline without an SDK: for JSON requests
 * (management-requests.ts) it serves as well as an SDK client does, without loading an SDK's megabyte of operations
 * and models.
 */

/** The options every management client gets; exported so a test can hold them against the cloud. */
function managementClientOptions(options) {
    const { cloud, userAgent, caCertificates, retry } = options;
    return {
        // `endpoint` is what moves the base URL (`$host` does not); the scope must be the cloud's ARM audience, since
        // the SDK would otherwise ask for `<endpoint>/.default`.
        endpoint: cloud.armEndpoint,
        credentialScopes: cloud.armScope,
        userAgentOptions: { userAgentPrefix: `${userAgent.action}/${userAgent.version}` },
        ...(retry?.maxRetries === undefined ? {} : { retryOptions: { maxRetries: retry.maxRetries } }),
        ...(caCertificates ? { tlsOptions: { ca: [...caCertificates] } } : {}),
    };
}
/** How many 429 answers in a row one request waits out before the SDK's retry policy sees one. */
const THROTTLED_RETRIES = 30;
/** Retry-After in ms (seconds or an HTTP date); 1 s when absent or unreadable. */
function retryAfterMs(value) {
    if (value === undefined)
        return 1000;
    const seconds = Number(value);
    if (Number.isFinite(seconds) && value.trim() !== '')
        return Math.max(0, seconds * 1000);
    const date = Date.parse(value);
    return Number.isFinite(date) ? Math.max(0, date - Date.now()) : 1000;
}
/**
 * ARM answers a drained token bucket (writes 200 + 10/s per principal and region) with 429 and Retry-After. For a
 * deploy writing hundreds of resources with bounded parallelism that is backpressure, not failure, so a 429 is
 * waited out here, as long as Retry-After asks and up to THROTTLED_RETRIES times, inside the SDK's retry policy,
 * whose few retries stay for real failures (5xx, network). Only 429: a 503 is the service's, not the throttle's.
 */
async function armThrottlingPolicy() {
    const { retryPolicy } = await Promise.all(/* import() */[__webpack_require__.e(725), __webpack_require__.e(820)]).then(__webpack_require__.bind(__webpack_require__, 2820));
    return retryPolicy([
        {
            name: 'armThrottling',
            retry: ({ response }) => response?.status === 429
                ? { retryAfterInMs: retryAfterMs(response.headers.get('retry-after') ?? undefined) }
                : { skipStrategy: true },
        },
    ], { maxRetries: THROTTLED_RETRIES });
}
function createClientFactory(options) {
    const throttling = options.retry?.maxRetries === 0 ? undefined : armThrottlingPolicy();
    const clientOptions = async () => {
        const policies = [
            ...(options.deadline
                ? [{ policy: (0,deadline_policy/* deadlinePolicy */.bI)(options.deadline), position: 'perCall' }]
                : []),
            ...(throttling ? [{ policy: await throttling, position: 'perRetry' }] : []),
        ];
        return {
            ...managementClientOptions(options),
            ...(policies.length ? { additionalPolicies: policies } : {}),
        };
    };
    let dataFactory;
    let machineLearning;
    let resourceManager;
    const synapse = new Map();
    return {
        async resourceManager(apiVersion) {
            resourceManager ??= Promise.all([
                Promise.all(/* import() */[__webpack_require__.e(725), __webpack_require__.e(820), __webpack_require__.e(738)]).then(__webpack_require__.bind(__webpack_require__, 95738)),
                Promise.all(/* import() */[__webpack_require__.e(725), __webpack_require__.e(820)]).then(__webpack_require__.bind(__webpack_require__, 2820)),
                clientOptions(),
            ]).then(([core, rest, settings]) => {
                // As the ARM SDKs build theirs: JSON bodies, and the bearer policy answering a claims challenge (CAE).
                const client = new core.ServiceClient({
                    ...settings,
                    requestContentType: 'application/json; charset=utf-8',
                });
                client.pipeline.addPolicy(rest.bearerTokenAuthenticationPolicy({
                    credential: options.credential,
                    scopes: options.cloud.armScope,
                    challengeCallbacks: { authorizeRequestOnChallenge: core.authorizeRequestOnClaimChallenge },
                }));
                return client;
            });
            const client = await resourceManager;
            return {
                apiVersion,
                subscriptionId: options.subscriptionId,
                sendOperationRequest: (args, spec) => client.sendOperationRequest(args, spec),
            };
        },
        synapse(devEndpoint) {
            let client = synapse.get(devEndpoint);
            if (!client) {
                client = __webpack_require__.e(/* import() */ 964).then(__webpack_require__.bind(__webpack_require__, 83964)).then(({ createSynapseDevClient }) => createSynapseDevClient({
                    endpoint: devEndpoint,
                    credential: options.credential,
                    scope: options.cloud.synapseDevScope,
                    userAgentPrefix: `${options.userAgent.action}/${options.userAgent.version}`,
                    ...(options.caCertificates ? { caCertificates: options.caCertificates } : {}),
                    ...(options.deadline ? { deadline: options.deadline } : {}),
                }));
                synapse.set(devEndpoint, client);
            }
            return client;
        },
        dataFactory() {
            dataFactory ??= Promise.all([Promise.all(/* import() */[__webpack_require__.e(725), __webpack_require__.e(160), __webpack_require__.e(754), __webpack_require__.e(650)]).then(__webpack_require__.bind(__webpack_require__, 12650)), clientOptions()]).then(([{ DataFactoryManagementClient }, settings]) => new DataFactoryManagementClient(options.credential, options.subscriptionId, settings));
            return dataFactory;
        },
        machineLearning() {
            machineLearning ??= Promise.all([Promise.all(/* import() */[__webpack_require__.e(725), __webpack_require__.e(160), __webpack_require__.e(754), __webpack_require__.e(789)]).then(__webpack_require__.bind(__webpack_require__, 34789)), clientOptions()]).then(([{ AzureMachineLearningWorkspaces }, settings]) => new AzureMachineLearningWorkspaces(options.credential, options.subscriptionId, settings));
            return machineLearning;
        },
    };
}

// EXTERNAL MODULE: ./src/shared/azure/azure-inputs.ts + 1 modules
var azure_inputs = __webpack_require__(7214);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(41692);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(58382);
;// CONCATENATED MODULE: ./src/shared/azure/clouds.ts
/**
 * The endpoints and token audiences of each Azure cloud, and the extra CA certificates a private cloud needs.
 *
 * Sources (checked when this was written):
 * - ARM endpoints, authority hosts and ARM audiences: ARM's own metadata
 *   (`https://management.azure.com/metadata/endpoints?api-version=2019-05-01`, as embedded in azure-sdk-for-go
 *   `sdk/azcore/cloud/cloud.go`). Each cloud accepts two audiences, the legacy `management.core.*` one and the resource
 *   manager endpoint itself; we use the latter, which is also what the `@azure/arm-*` clients ask for by default
 *   (`${endpoint}/.default`) and what Microsoft's sovereign-cloud sample for the Python SDK passes as
 *   `credential_scopes` (MicrosoftDocs/python-sdk-docs-examples `sovereign_domain/sovereign_cloud.py`).
 * - Azure ML data-plane audiences: azure-sdk-for-python `azure/ai/ml/_azure_environments.py` (`aml_resource_id`:
 *   `https://ml.azure.com`, `https://ml.azure.us`, `https://ml.azure.cn`).
 * - Storage: `https://storage.azure.com` is the audience "for any Azure Storage account" (Azure Storage .NET docs,
 *   `BlobAudience.PublicAudience`/`DataLakeAudience.DefaultAudience`) and the default scope of `@azure/storage-blob`.
 * - Synapse development endpoints and their audiences: azure-cli's cloud definitions (`synapse_analytics_resource_id`,
 *   `synapse_analytics_endpoint_suffix`: `dev.azuresynapse.net`, `dev.azuresynapse.usgovcloudapi.net`,
 *   `dev.azuresynapse.azure.cn`), the audience being `https://` + the suffix.
 * - Authority hosts MSAL knows without instance discovery: `@azure/msal-common` `authority/AuthorityMetadata`.
 */




const PUBLIC_ML_SCOPE = 'https://ml.azure.com/.default';
const STORAGE_SCOPE = 'https://storage.azure.com/.default';
const PUBLIC_SQL_SCOPE = 'https://database.windows.net/.default';
const PUBLIC_POSTGRESQL_SCOPE = 'https://ossrdbms-aad.database.windows.net/.default';
const PUBLIC_SYNAPSE_SUFFIX = 'dev.azuresynapse.net';
const WELL_KNOWN = {
    AzureCloud: {
        armEndpoint: 'https://management.azure.com',
        armAudience: 'https://management.azure.com',
        authorityHost: 'https://login.microsoftonline.com',
        mlDataPlaneScope: PUBLIC_ML_SCOPE,
        storageScope: STORAGE_SCOPE,
        sqlDatabaseScope: PUBLIC_SQL_SCOPE,
        postgresqlScope: PUBLIC_POSTGRESQL_SCOPE,
        synapseDevScope: `https://${PUBLIC_SYNAPSE_SUFFIX}/.default`,
        synapseDevSuffix: PUBLIC_SYNAPSE_SUFFIX,
    },
    AzureUSGovernment: {
        armEndpoint: 'https://management.usgovcloudapi.net',
        armAudience: 'https://management.usgovcloudapi.net',
        authorityHost: 'https://login.microsoftonline.us',
        mlDataPlaneScope: 'https://ml.azure.us/.default',
        storageScope: STORAGE_SCOPE,
        sqlDatabaseScope: 'https://database.usgovcloudapi.net/.default',
        postgresqlScope: 'https://ossrdbms-aad.database.usgovcloudapi.net/.default',
        synapseDevScope: 'https://dev.azuresynapse.usgovcloudapi.net/.default',
        synapseDevSuffix: 'dev.azuresynapse.usgovcloudapi.net',
    },
    AzureChinaCloud: {
        armEndpoint: 'https://management.chinacloudapi.cn',
        armAudience: 'https://management.chinacloudapi.cn',
        authorityHost: 'https://login.chinacloudapi.cn',
        mlDataPlaneScope: 'https://ml.azure.cn/.default',
        storageScope: STORAGE_SCOPE,
        sqlDatabaseScope: 'https://database.chinacloudapi.cn/.default',
        postgresqlScope: 'https://ossrdbms-aad.database.chinacloudapi.cn/.default',
        synapseDevScope: 'https://dev.azuresynapse.azure.cn/.default',
        synapseDevSuffix: 'dev.azuresynapse.azure.cn',
    },
};
/** Hosts in MSAL's built-in instance metadata (public cloud aliases and the national clouds). */
const MICROSOFT_AUTHORITY_HOSTS = new Set([
    'login.microsoftonline.com',
    'login.windows.net',
    'login.microsoft.com',
    'sts.windows.net',
    'login.microsoftonline.us',
    'login.usgovcloudapi.net',
    'login-us.microsoftonline.com',
    'login.chinacloudapi.cn',
    'login.partner.microsoftonline.cn',
    'login.microsoftonline.de',
]);
function isMicrosoftAuthority(authorityHost) {
    try {
        return MICROSOFT_AUTHORITY_HOSTS.has(new URL(authorityHost).hostname.toLowerCase());
    }
    catch {
        return false;
    }
}
function scopeFor(audience) {
    return `${audience}/.default`;
}
/**
 * Resolves the cloud settings into endpoints and scopes. Custom clouds need `arm-endpoint` and `authority-host`
 * (both HTTPS); their ARM audience defaults to the ARM endpoint, and their ML and storage scopes are the public ones
 * unless `overrides` says otherwise (Azure Stack Hub has no Azure ML; the sandbox accepts the public scopes).
 */
function resolveCloud(settings, overrides = {}) {
    if (settings.name !== 'Custom') {
        for (const [input, value] of [
            ['arm-endpoint', settings.armEndpoint],
            ['authority-host', settings.authorityHost],
            ['arm-audience', settings.armAudience],
        ]) {
            if (value !== undefined) {
                throw new errors/* ConfigurationError */.j1(`${input} applies only to cloud: Custom, not ${settings.name}; remove it`, {
                    input,
                });
            }
        }
        const known = WELL_KNOWN[settings.name];
        return {
            name: settings.name,
            ...known,
            armScope: scopeFor(known.armAudience),
            isPublicAuthority: true,
        };
    }
    const armEndpoint = httpsUrl('arm-endpoint', settings.armEndpoint, 'the Azure Resource Manager endpoint');
    const authorityHost = httpsUrl('authority-host', settings.authorityHost, 'the Microsoft Entra authority host');
    const armAudience = settings.armAudience === undefined ? armEndpoint : audience(settings.armAudience);
    return {
        name: 'Custom',
        armEndpoint,
        armAudience,
        armScope: scopeFor(armAudience),
        authorityHost,
        mlDataPlaneScope: overrides.mlDataPlaneScope ?? PUBLIC_ML_SCOPE,
        storageScope: overrides.storageScope ?? STORAGE_SCOPE,
        sqlDatabaseScope: overrides.sqlDatabaseScope ?? PUBLIC_SQL_SCOPE,
        postgresqlScope: overrides.postgresqlScope ?? PUBLIC_POSTGRESQL_SCOPE,
        synapseDevScope: overrides.synapseDevScope ?? `https://${PUBLIC_SYNAPSE_SUFFIX}/.default`,
        // A custom cloud's workspaces name their endpoint in ARM (connectivityEndpoints.dev), which is what is used.
        synapseDevSuffix: PUBLIC_SYNAPSE_SUFFIX,
        isPublicAuthority: isMicrosoftAuthority(authorityHost),
    };
}
function httpsUrl(input, value, what) {
    if (value === undefined || value.trim() === '') {
        throw new errors/* ConfigurationError */.j1(`${input} is required when cloud is Custom: give ${what} (https://...)`, {
            input,
        });
    }
    let url;
    try {
        url = new URL(value.trim());
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`${input} '${value}' is not a URL: give ${what} as https://host[:port]`, {
            input,
        });
    }
    // Bearer tokens must never travel in clear text, and the SDK's bearer policy refuses http anyway.
    if (url.protocol !== 'https:') {
        throw new errors/* ConfigurationError */.j1(`${input} '${value}' must use https`, { input });
    }
    if (url.search || url.hash || url.username || url.password) {
        throw new errors/* ConfigurationError */.j1(`${input} '${value}' must not carry a query, fragment or credentials`, {
            input,
        });
    }
    return url.href.replace(/\/+$/, '');
}
function audience(value) {
    const trimmed = value.trim().replace(/\/+$/, '');
    if (trimmed.endsWith('/.default')) {
        throw new errors/* ConfigurationError */.j1(`arm-audience '${value}' is a scope; give the audience without '/.default'`, {
            input: 'arm-audience',
        });
    }
    if (!URL.canParse(trimmed) || /\s/.test(trimmed)) {
        throw new errors/* ConfigurationError */.j1(`arm-audience '${value}' is not an absolute URI (e.g. https://management.example.com or api://<app id>)`, { input: 'arm-audience' });
    }
    return trimmed;
}
const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;
/**
 * Reads a PEM bundle of extra CA certificates. The answer is Node's bundled roots plus the file's certificates,
 * because a TLS `ca` option replaces the default trust store: public hosts (the real authority, storage) must keep
 * working next to a private one. `NODE_EXTRA_CA_CERTS` is not included (Node ignores it once `ca` is given), so a
 * runner that relies on it should put those certificates in the file too.
 */
async function loadCaCertificates(path) {
    if (path === undefined)
        return undefined;
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        const reason = fieldOf(error, 'code') === 'ENOENT' ? 'the file does not exist' : String(fieldOf(error, 'message'));
        throw new errors/* ConfigurationError */.j1(`ca-certificate '${path}' cannot be read: ${reason}`, {
            input: 'ca-certificate',
            cause: error,
        });
    }
    const certificates = text.match(PEM_CERTIFICATE) ?? [];
    if (certificates.length === 0) {
        throw new errors/* ConfigurationError */.j1(`ca-certificate '${path}' holds no PEM certificate (expected -----BEGIN CERTIFICATE----- blocks)`, { input: 'ca-certificate', location: { file: path } });
    }
    certificates.forEach((pem, index) => {
        try {
            new external_node_crypto_.X509Certificate(pem);
        }
        catch (error) {
            throw new errors/* ConfigurationError */.j1(`ca-certificate '${path}': certificate ${index + 1} is not valid PEM: ${String(fieldOf(error, 'message'))}`, { input: 'ca-certificate', location: { file: path }, cause: error });
        }
    });
    return [...external_node_tls_.rootCertificates, ...certificates];
}
/**
 * Reads a field of a Node error directly: errors made by Node's core fail `instanceof Error` in another realm
 * (jest's VM modules), which `describeError` relies on.
 */
function fieldOf(error, name) {
    return typeof error === 'object' && error !== null ? error[name] : error;
}

;// CONCATENATED MODULE: ./src/shared/azure/credential.ts

/** The audience Entra expects on a federated credential's assertion. */
const RUNNER_TOKEN_AUDIENCE = 'api://AzureADTokenExchange';
/**
 * How long a runner ID token is reused as the client assertion. Entra accepts GitHub's tokens for five minutes
 * (AADSTS700024 reports show `valid from 17:04:47 ... expiry 17:09:47`), so four leaves a minute of margin.
 */
const ID_TOKEN_MAX_AGE_MS = 4 * 60 * 1000;
/** Refresh this long before a token's own `exp`, should the runner ever issue shorter-lived tokens. */
const EXPIRY_MARGIN_MS = 60 * 1000;
/** What `auth: auto` resolves to, from the settings and the environment alone. */
function chooseAuthMode(auth, env) {
    if (auth.mode !== 'auto')
        return { mode: auth.mode, reason: `auth is ${auth.mode}` };
    if (auth.clientSecret)
        return { mode: 'client-secret', reason: 'a client-secret is given' };
    const hasIdentity = Boolean(auth.clientId && auth.tenantId);
    const hasRunnerToken = Boolean(env.ACTIONS_ID_TOKEN_REQUEST_URL);
    if (hasIdentity && hasRunnerToken) {
        return {
            mode: 'oidc',
            reason: 'client-id and tenant-id are given and the runner offers an OIDC ID token',
        };
    }
    const missedOidc = hasIdentity
        ? ' (client-id and tenant-id are given, but the job has no `permissions: id-token: write`, so OIDC is unavailable)'
        : '';
    if (env.IDENTITY_ENDPOINT || env.MSI_ENDPOINT) {
        return { mode: 'managed-identity', reason: `a managed identity endpoint is present${missedOidc}` };
    }
    return {
        mode: 'azure-cli',
        reason: `no secret, OIDC token or managed identity endpoint was found${missedOidc}`,
    };
}
/** Builds the credential for the chosen mode; validation errors name the input at fault. */
async function createCredential(auth, cloud, deps) {
    const choice = chooseAuthMode(auth, deps.env);
    const message = `Azure authentication: ${choice.mode} (${choice.reason}); authority ${cloud.authorityHost}`;
    // What `auto` picked is worth seeing in every log; an explicit mode only when debugging.
    if (auth.mode === 'auto')
        deps.logger.info(message);
    else
        deps.logger.debug(message);
    const tls = deps.caCertificates ? { tlsOptions: { ca: [...deps.caCertificates] } } : {};
    const base = { authorityHost: cloud.authorityHost, ...tls };
    // Needed for any authority MSAL does not know (see Cloud.isPublicAuthority).
    const authority = { ...base, ...(cloud.isPublicAuthority ? {} : { disableInstanceDiscovery: true }) };
    switch (choice.mode) {
        case 'oidc': {
            const { tenantId, clientId } = requireIdentity(auth, 'oidc');
            requireRunnerToken(deps.env);
            const assertion = createRunnerAssertion(deps.requestIdToken, deps.clock ?? Date.now, deps.logger);
            const { ClientAssertionCredential } = await Promise.all(/* import() */[__webpack_require__.e(725), __webpack_require__.e(820), __webpack_require__.e(653), __webpack_require__.e(738), __webpack_require__.e(989)]).then(__webpack_require__.bind(__webpack_require__, 23989));
            return new ClientAssertionCredential(tenantId, clientId, assertion, authority);
        }
        case 'client-secret': {
            const { tenantId, clientId } = requireIdentity(auth, 'client-secret');
            if (!auth.clientSecret) {
                throw new errors/* ConfigurationError */.j1('auth: client-secret needs client-secret (keep it in a GitHub secret)', {
                    input: 'client-secret',
                });
            }
            const { ClientSecretCredential } = await Promise.all(/* import() */[__webpack_require__.e(725), __webpack_require__.e(820), __webpack_require__.e(653), __webpack_require__.e(738), __webpack_require__.e(989)]).then(__webpack_require__.bind(__webpack_require__, 23989));
            return new ClientSecretCredential(tenantId, clientId, auth.clientSecret, authority);
        }
        case 'managed-identity': {
            const { ManagedIdentityCredential } = await Promise.all(/* import() */[__webpack_require__.e(725), __webpack_require__.e(820), __webpack_require__.e(653), __webpack_require__.e(738), __webpack_require__.e(989)]).then(__webpack_require__.bind(__webpack_require__, 23989));
            // A client id selects a user-assigned identity; without one the system-assigned identity is used.
            return new ManagedIdentityCredential({
                ...base,
                ...(auth.clientId ? { clientId: auth.clientId } : {}),
            });
        }
        case 'azure-cli': {
            const { AzureCliCredential } = await Promise.all(/* import() */[__webpack_require__.e(725), __webpack_require__.e(820), __webpack_require__.e(653), __webpack_require__.e(738), __webpack_require__.e(989)]).then(__webpack_require__.bind(__webpack_require__, 23989));
            // The CLI talks to whatever cloud `az cloud set` chose; the authority options do not apply to it.
            return new AzureCliCredential(auth.tenantId ? { tenantId: auth.tenantId } : {});
        }
    }
}
function requireIdentity(auth, mode) {
    if (!auth.tenantId) {
        throw new errors/* ConfigurationError */.j1(`auth: ${mode} needs tenant-id (the Microsoft Entra tenant id)`, {
            input: 'tenant-id',
        });
    }
    if (!auth.clientId) {
        throw new errors/* ConfigurationError */.j1(`auth: ${mode} needs client-id (the application or managed identity client id)`, {
            input: 'client-id',
        });
    }
    return { tenantId: auth.tenantId, clientId: auth.clientId };
}
function requireRunnerToken(env) {
    const missing = ['ACTIONS_ID_TOKEN_REQUEST_URL', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN'].find((name) => !env[name]);
    if (missing) {
        throw new errors/* ConfigurationError */.j1(`auth: oidc needs the runner's OIDC ID token, but ${missing} is not set: give the job ` +
            '`permissions: id-token: write` (pull requests from forks never get one; use another auth there)', { input: 'auth' });
    }
}
/**
 * The client-assertion callback for OIDC. `ClientAssertionCredential` calls it twice on every `getToken`, even on a
 * token cache hit, so the runner's ID token is reused until it gets old; a fresh one is fetched whenever MSAL needs a
 * new access token after that, which is what keeps long jobs signed in (no one-time login that lapses).
 */
function createRunnerAssertion(requestIdToken, clock, logger, maxAgeMs = ID_TOKEN_MAX_AGE_MS) {
    let cached;
    let pending;
    const fetchToken = async () => {
        const requestedAt = clock();
        let token;
        try {
            token = await requestIdToken(RUNNER_TOKEN_AUDIENCE);
        }
        catch (error) {
            throw (0,errors/* withContext */.eQ)("Could not get the runner's OIDC ID token", error);
        }
        const expiresAt = jwtExpiry(token);
        const staleAt = Math.min(requestedAt + maxAgeMs, expiresAt === undefined ? Infinity : expiresAt - EXPIRY_MARGIN_MS);
        cached = { token, staleAt };
        logger.debug('Fetched a fresh runner OIDC ID token for the Azure client assertion');
        return token;
    };
    return () => {
        if (cached && clock() < cached.staleAt)
            return Promise.resolve(cached.token);
        // Concurrent callers share one request; a failure is not cached.
        pending ??= fetchToken().finally(() => {
            pending = undefined;
        });
        return pending;
    };
}
/** The `exp` claim of a JWT in ms, if it has one; the token is not verified (Entra does that). */
function jwtExpiry(token) {
    const payload = token.split('.')[1];
    if (!payload)
        return undefined;
    try {
        const exp = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')).exp;
        return typeof exp === 'number' ? exp * 1000 : undefined;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/shared/azure/sign-in.ts



async function signInToAzure(options) {
    const { auth, cloud: cloudSettings } = (0,azure_inputs/* resolveAzureAccess */.kl)(options.access);
    const cloud = resolveCloud(cloudSettings);
    const caCertificates = await loadCaCertificates(cloudSettings.caCertificatePath);
    const credential = await createCredential(auth, cloud, {
        env: options.env,
        requestIdToken: options.requestIdToken,
        logger: options.logger,
        ...(options.clock ? { clock: options.clock } : {}),
        ...(caCertificates ? { caCertificates } : {}),
    });
    return { cloud, credential, caCertificates };
}
/** `signInToAzure` with everything taken from the action's context (the runner's OIDC token through its core). */
function signInAction(context) {
    return signInToAzure({
        access: context.inputs,
        env: context.env,
        logger: context.logger,
        requestIdToken: (audience) => context.core.getIDToken(audience),
        clock: context.clock,
    });
}

;// CONCATENATED MODULE: ./src/shared/azure/connection.ts


async function connectToAzure(options) {
    const { cloud, credential, caCertificates } = await signInToAzure(options);
    const clients = createClientFactory({
        credential,
        cloud,
        subscriptionId: options.subscriptionId,
        userAgent: { action: options.action.name, version: options.action.version },
        ...(caCertificates ? { caCertificates } : {}),
        ...(options.deadline ? { deadline: options.deadline } : {}),
    });
    return { cloud, credential, clients, caCertificates };
}
/** `connectToAzure` with everything taken from the action's context (the runner's OIDC token through its core). */
function connectAction(context) {
    return connectToAzure({
        access: context.inputs,
        subscriptionId: context.inputs.subscriptionId,
        action: context.action,
        env: context.env,
        logger: context.logger,
        requestIdToken: (audience) => context.core.getIDToken(audience),
        clock: context.clock,
        ...(context.deadline ? { deadline: context.deadline } : {}),
    });
}


/***/ }),

/***/ 22212:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bI: () => (/* binding */ deadlinePolicy)
/* harmony export */ });
/* unused harmony exports describeRequest, requestTimeoutError */
/* harmony import */ var _deadline_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(18013);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58382);


/** `GET …/factories/adf-dev/pipelines/pl_copy`: the resource path from its provider on, without the query. */
function describeRequest(method, url) {
    let path = url;
    try {
        path = new URL(url).pathname;
    }
    catch {
        // Not a URL: shown as it is.
    }
    const provider = path.search(/\/providers\//i);
    const shown = provider >= 0 ? `…${path.slice(provider + '/providers'.length)}` : path;
    return `${method} ${shown}`;
}
function requestTimeoutError(deadline, what, cause) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TimeoutError */ .MU(`Timed out after ${(0,_deadline_js__WEBPACK_IMPORTED_MODULE_0__/* .formatTimeout */ .BE)(deadline.timeoutMs)} (input 'timeout') waiting for Azure to answer ${what}; ` +
        'the step stopped there. Azure applies a request entirely or not at all: rerun once Azure answers in time, or raise timeout.', ...(cause === undefined ? [] : [{ cause }]));
}
/** A signal that aborts with either (the caller's own, the SDK's `AbortSignalLike`, need not be a DOM AbortSignal). */
function either(own, deadline) {
    const controller = new AbortController();
    const abort = () => controller.abort();
    if (own.aborted || deadline.aborted)
        abort();
    own.addEventListener('abort', abort);
    deadline.addEventListener('abort', abort, { once: true });
    return controller.signal;
}
/**
 * Placed per call (before the retry policies), so one signal covers the request, its retries, their waits and the
 * token request of the bearer policy.
 */
function deadlinePolicy(deadline) {
    return {
        name: 'runDeadline',
        async sendRequest(request, next) {
            const what = describeRequest(request.method, request.url);
            // Past the deadline only inside deadline.afterDeadline (a cancellation), under its own bound.
            const signal = deadline.requestSignal;
            if (signal.aborted)
                throw requestTimeoutError(deadline, what);
            request.abortSignal = request.abortSignal ? either(request.abortSignal, signal) : signal;
            try {
                return await next(request);
            }
            catch (error) {
                if (signal.aborted)
                    throw requestTimeoutError(deadline, what, error);
                throw error;
            }
        },
    };
}


/***/ })

};
