export const id = 363;
export const ids = [363];
export const modules = {

/***/ 4363:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ApplyError: () => (/* binding */ ApplyError),
  applyPlan: () => (/* binding */ applyPlan)
});

// EXTERNAL MODULE: ./src/shared/adf/artifacts.ts
var artifacts = __webpack_require__(9632);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(8382);
// EXTERNAL MODULE: ./src/deploy-adf-pipelines/dependency-graph.ts + 1 modules
var dependency_graph = __webpack_require__(4276);
;// CONCATENATED MODULE: ./src/deploy-adf-pipelines/resource-writes.ts
function managedEndpointName(name) {
    const slash = name.indexOf('/');
    return [name.slice(0, slash), name.slice(slash + 1)];
}
/** The SDK's body types are its models; the ADF JSON of the source is what they serialise to. */
function body(value) {
    return value;
}
async function putArtifact(client, rg, factory, artifact) {
    const { name, properties } = artifact;
    const wrapped = { properties };
    switch (artifact.kind) {
        case 'integrationRuntime':
            return void (await client.integrationRuntimes.createOrUpdate(rg, factory, name, body(wrapped)));
        case 'credential':
            return void (await client.credentialOperations.createOrUpdate(rg, factory, name, body(wrapped)));
        case 'managedVirtualNetwork':
            return void (await client.managedVirtualNetworks.createOrUpdate(rg, factory, name, body(wrapped)));
        case 'managedPrivateEndpoint': {
            const [vnet, endpoint] = managedEndpointName(name);
            return void (await client.managedPrivateEndpoints.createOrUpdate(rg, factory, vnet, endpoint, body(wrapped)));
        }
        case 'linkedService':
            return void (await client.linkedServices.createOrUpdate(rg, factory, name, body(wrapped)));
        case 'dataset':
            return void (await client.datasets.createOrUpdate(rg, factory, name, body(wrapped)));
        case 'dataflow':
            return void (await client.dataFlows.createOrUpdate(rg, factory, name, body(wrapped)));
        case 'pipeline':
            // PipelineResource is flattened in the SDK: its properties sit at the top of the model.
            return void (await client.pipelines.createOrUpdate(rg, factory, name, body({ ...properties })));
        case 'trigger': {
            // runtimeState is read-only; start/stop manage it.
            const { runtimeState: _, ...rest } = properties;
            return void (await client.triggers.createOrUpdate(rg, factory, name, body({ properties: rest })));
        }
        case 'globalParameters':
            return void (await client.globalParameters.createOrUpdate(rg, factory, name, body(wrapped)));
        case 'factory':
            throw new Error('the factory resource itself is not deployed by applyPlan');
    }
}
async function deleteResource(client, rg, factory, kind, name) {
    switch (kind) {
        case 'integrationRuntime':
            return client.integrationRuntimes.delete(rg, factory, name);
        case 'credential':
            return client.credentialOperations.delete(rg, factory, name);
        case 'managedVirtualNetwork':
            throw new Error('ADF has no operation to delete a managed virtual network'); // filtered out before
        case 'managedPrivateEndpoint': {
            const [vnet, endpoint] = managedEndpointName(name);
            return client.managedPrivateEndpoints.delete(rg, factory, vnet, endpoint);
        }
        case 'linkedService':
            return client.linkedServices.delete(rg, factory, name);
        case 'dataset':
            return client.datasets.delete(rg, factory, name);
        case 'dataflow':
            return client.dataFlows.delete(rg, factory, name);
        case 'pipeline':
            return client.pipelines.delete(rg, factory, name);
        case 'trigger':
            return client.triggers.delete(rg, factory, name);
        case 'globalParameters':
            return client.globalParameters.delete(rg, factory, name);
        case 'factory':
            throw new Error('applyPlan never deletes the factory');
    }
}

;// CONCATENATED MODULE: ./src/deploy-adf-pipelines/apply.ts
/**
 * Applies a plan to the factory: creates and updates in dependency order (at most `concurrency` writes in flight,
 * each as soon as what it references is written), then, when asked, deletes in reverse dependency order.
 *
 * Triggers. ADF refuses to update or delete a started trigger, and a trigger left stopped by a failed deploy
 * silently stops production schedules (Azure/data-factory-deploy-action#13). So, before any write, the started
 * triggers the deploy must touch are stopped, and in `finally` — whatever failed — each is restored:
 *
 * - trigger-mode `changed` stops the started triggers that are updated or deleted (the service requires it) and
 *   the started triggers whose source asks for `Stopped`. Triggers of pipelines being updated keep running: the
 *   service allows it, a run reads its pipeline when it starts, and a schedule trigger does not backfill the
 *   occurrences it misses while stopped, so stopping more than needed loses scheduled runs on every deploy.
 * - trigger-mode `all` stops every started trigger.
 * - Restoring: a trigger whose desired state (source after overrides) is `Stopped` stays stopped; a deleted one is
 *   gone; every other stopped trigger is started again (its previous state). A trigger this deploy created is started
 *   only if its source says `Started`; an existing trigger an operator stopped is left as it is.
 *
 * Each write goes through its kind's SDK operation group (resource-writes.ts).
 *
 * On a failure no new write is dispatched, the writes in flight are awaited, triggers are restored, and the error
 * says what was applied, what failed (with Azure's code) and what was not attempted. Running again converges: the
 * next plan, read from live state, holds only what is still different.
 */




class ApplyError extends Error {
    result;
    name = 'ApplyError';
    constructor(message, result, options) {
        super(message, options);
        this.result = result;
    }
}
/** Resources rebuilt from live state have no file; references are all the delete order needs. */
const LIVE_SOURCE = {
    file: '(factory)',
    locate: () => ({ file: '(factory)' }),
    nameAt: { file: '(factory)' },
};
function desiredRuntimeState(artifact) {
    const state = artifact?.properties.runtimeState;
    return typeof state === 'string' ? state : undefined;
}
/** Lower-case names of the started triggers this deploy must stop (see the module comment). */
function triggersToStop(plan, writes, deletes, mode) {
    const started = [...plan.live.triggerStates].filter(([, state]) => state === 'Started').map(([n]) => n);
    if (mode === 'all')
        return started.sort();
    const desiredTriggers = new Map(plan.desired.filter((a) => a.kind === 'trigger').map((a) => [a.name.toLowerCase(), a]));
    const touched = new Set();
    for (const entry of [...writes, ...deletes]) {
        if (entry.kind === 'trigger')
            touched.add(entry.name.toLowerCase());
    }
    for (const [name, artifact] of desiredTriggers) {
        if (desiredRuntimeState(artifact) === 'Stopped')
            touched.add(name);
    }
    return started.filter((name) => touched.has(name)).sort();
}
function listNames(results) {
    return results.map((r) => `${r.kind} '${r.name}'`).join(', ');
}
function summariseFailure(factory, result, failures) {
    const applied = result.resources.filter((r) => r.status === 'applied');
    const byAction = (action) => applied.filter((r) => r.action === action);
    const part = (label, items) => `${items.length} ${label}${items.length ? ` (${listNames(items)})` : ''}`;
    const notAttempted = result.resources.filter((r) => r.status === 'not-attempted');
    const triggers = result.triggers
        .filter((t) => t.before !== 'absent')
        .map((t) => `${t.name} ${t.before} -> ${t.after}${t.error ? ` (${t.error})` : ''}`);
    return [
        `Deploying data factory '${factory}' failed: ${failures.join('; ')}.`,
        `Applied before the failure: ${part('created', byAction('create'))}, ${part('updated', byAction('update'))}, ${part('deleted', byAction('delete'))}.`,
        `Not attempted: ${notAttempted.length}${notAttempted.length ? ` (${listNames(notAttempted)})` : ''}.`,
        ...(triggers.length ? [`Triggers: ${triggers.join(', ')}.`] : []),
        'Running the deployment again applies what is still different.',
    ].join(' ');
}
async function applyPlan(plan, options) {
    const { client, rg, factory, logger } = options;
    const concurrency = Math.max(1, Math.floor(options.concurrency));
    const pollOptions = { updateIntervalInMs: options.updateIntervalInMs ?? 1000 };
    // ADF has no operation to delete a managed virtual network: such an orphan is reported as skipped.
    const deletable = (e) => e.action === 'delete' && e.kind !== 'managedVirtualNetwork';
    const deletes = options.deleteOrphans ? plan.entries.filter(deletable) : [];
    if (options.deleteOrphans) {
        for (const entry of plan.entries) {
            if (entry.action === 'delete' && !deletable(entry)) {
                logger.warning(`${(0,artifacts/* describeArtifact */.Qw)(entry)} is not in the source, but ADF cannot delete it; left in place`);
            }
        }
    }
    if (deletes.length > options.maxDeletions) {
        throw new errors/* ConfigurationError */.j1(`The plan deletes ${deletes.length} resources from data factory '${factory}' (${deletes
            .map(artifacts/* describeArtifact */.Qw)
            .join(', ')}), more than max-deletions (${options.maxDeletions}); nothing was changed. ` +
            'Check the source and filters, or raise max-deletions.', { input: 'max-deletions' });
    }
    const writes = plan.entries.filter((e) => e.action === 'create' || e.action === 'update');
    const status = new Map();
    for (const entry of plan.entries) {
        const initial = entry.action === 'unchanged'
            ? 'unchanged'
            : entry.action === 'delete' && !(options.deleteOrphans && deletable(entry))
                ? 'skipped'
                : 'not-attempted';
        status.set((0,artifacts/* artifactKey */.Wf)(entry.kind, entry.name), { entry, status: initial });
    }
    const writeKeys = new Set(writes.map((e) => (0,artifacts/* artifactKey */.Wf)(e.kind, e.name)));
    // References to artifacts that are not written (unchanged, or outside the filters) exist already: only the
    // writes order each other.
    const writeGraph = (0,dependency_graph/* buildGraph */.ZG)(plan.desired.filter((a) => writeKeys.has((0,artifacts/* artifactKey */.Wf)(a.kind, a.name))));
    const deleteKeys = new Set(deletes.map((e) => (0,artifacts/* artifactKey */.Wf)(e.kind, e.name)));
    const liveToDelete = plan.live.resources
        .filter((r) => deleteKeys.has((0,artifacts/* artifactKey */.Wf)(r.kind, r.name)))
        .map((r) => ({ kind: r.kind, name: r.name, properties: r.properties, source: LIVE_SOURCE }));
    const deleteGraph = (0,dependency_graph/* buildGraph */.ZG)(liveToDelete);
    const desiredByKey = new Map(plan.desired.map((a) => [(0,artifacts/* artifactKey */.Wf)(a.kind, a.name), a]));
    const triggerNames = new Map();
    for (const r of plan.live.resources)
        if (r.kind === 'trigger')
            triggerNames.set(r.name.toLowerCase(), r.name);
    for (const a of plan.desired)
        if (a.kind === 'trigger')
            triggerNames.set(a.name.toLowerCase(), a.name);
    const toStop = triggersToStop(plan, writes, deletes, options.triggerMode);
    const triggerResults = new Map();
    const failures = [];
    let firstError;
    const fail = (what, error) => {
        failures.push(`${what}: ${(0,errors/* formatErrorDetails */.aH)((0,errors/* describeError */.Uc)(error))}`);
        firstError ??= error;
    };
    const failed = () => failures.length > 0;
    const setTrigger = async (lower, to, before) => {
        const name = triggerNames.get(lower) ?? lower;
        try {
            if (to === 'Stopped')
                await client.triggers.beginStopAndWait(rg, factory, name, pollOptions);
            else
                await client.triggers.beginStartAndWait(rg, factory, name, pollOptions);
            logger.info(`${to === 'Stopped' ? 'Stopped' : 'Started'} trigger '${name}'`);
            triggerResults.set(lower, { name, before, after: to });
            return true;
        }
        catch (error) {
            const text = (0,errors/* formatErrorDetails */.aH)((0,errors/* describeError */.Uc)(error));
            triggerResults.set(lower, {
                name,
                before,
                after: to === 'Stopped' ? 'Started' : 'Stopped',
                error: text,
            });
            fail(`${to === 'Stopped' ? 'stopping' : 'starting'} trigger '${name}'`, error);
            return false;
        }
    };
    const stopped = [];
    try {
        for (const lower of toStop) {
            if (!(await setTrigger(lower, 'Stopped', 'Started')))
                break;
            stopped.push(lower);
        }
        if (!failed()) {
            await (0,dependency_graph/* runInDependencyOrder */.KG)(writeGraph, 'deploy', concurrency, failed, async (artifact) => {
                const record = status.get((0,artifacts/* artifactKey */.Wf)(artifact.kind, artifact.name));
                try {
                    await putArtifact(client, rg, factory, artifact);
                    record.status = 'applied';
                    logger.info(`${record.entry.action === 'create' ? 'Created' : 'Updated'} ${(0,artifacts/* describeArtifact */.Qw)(artifact)}`);
                    return true;
                }
                catch (error) {
                    record.status = 'failed';
                    record.error = (0,errors/* formatErrorDetails */.aH)((0,errors/* describeError */.Uc)(error));
                    fail(`${record.entry.action} of ${(0,artifacts/* describeArtifact */.Qw)(artifact)}`, error);
                    return false;
                }
            });
        }
        if (!failed()) {
            await (0,dependency_graph/* runInDependencyOrder */.KG)(deleteGraph, 'delete', concurrency, failed, async (artifact) => {
                const record = status.get((0,artifacts/* artifactKey */.Wf)(artifact.kind, artifact.name));
                try {
                    await deleteResource(client, rg, factory, artifact.kind, artifact.name);
                    record.status = 'applied';
                    logger.info(`Deleted ${(0,artifacts/* describeArtifact */.Qw)(artifact)}`);
                    return true;
                }
                catch (error) {
                    record.status = 'failed';
                    record.error = (0,errors/* formatErrorDetails */.aH)((0,errors/* describeError */.Uc)(error));
                    fail(`delete of ${(0,artifacts/* describeArtifact */.Qw)(artifact)}`, error);
                    return false;
                }
            });
        }
    }
    catch (error) {
        // Not expected (failures are recorded per write); still, triggers are restored below.
        fail('deployment', error);
    }
    finally {
        for (const lower of stopped) {
            const record = status.get((0,artifacts/* artifactKey */.Wf)('trigger', lower));
            if (record?.entry.action === 'delete' && record.status === 'applied') {
                triggerResults.set(lower, {
                    name: triggerNames.get(lower) ?? lower,
                    before: 'Started',
                    after: 'absent',
                });
                continue;
            }
            if (desiredRuntimeState(desiredByKey.get((0,artifacts/* artifactKey */.Wf)('trigger', lower))) === 'Stopped') {
                logger.info(`Trigger '${triggerNames.get(lower) ?? lower}' stays stopped, as its source asks`);
                continue;
            }
            await setTrigger(lower, 'Started', 'Started');
        }
        for (const entry of writes) {
            if (entry.kind !== 'trigger' || entry.action !== 'create')
                continue;
            const key = (0,artifacts/* artifactKey */.Wf)('trigger', entry.name);
            if (status.get(key)?.status !== 'applied')
                continue;
            if (desiredRuntimeState(desiredByKey.get(key)) === 'Started') {
                await setTrigger(entry.name.toLowerCase(), 'Started', 'absent');
            }
        }
    }
    const resources = [...status.values()].map(({ entry, status: s, error }) => ({
        kind: entry.kind,
        name: entry.name,
        action: entry.action,
        status: s,
        ...(error === undefined ? {} : { error }),
    }));
    const count = (action) => resources.filter((r) => r.action === action && r.status === 'applied').length;
    const result = {
        created: count('create'),
        updated: count('update'),
        deleted: count('delete'),
        unchanged: resources.filter((r) => r.status === 'unchanged').length,
        resources,
        triggers: [...triggerResults.values()],
    };
    if (failed())
        throw new ApplyError(summariseFailure(factory, result, failures), result, { cause: firstError });
    return result;
}


/***/ }),

/***/ 4276:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ZG: () => (/* binding */ buildGraph),
  R6: () => (/* binding */ danglingProblems),
  p4: () => (/* binding */ findCycles),
  KG: () => (/* binding */ runInDependencyOrder)
});

// EXTERNAL MODULE: ./src/shared/adf/artifacts.ts
var adf_artifacts = __webpack_require__(9632);
;// CONCATENATED MODULE: ./src/deploy-adf-pipelines/references.ts
/**
 * What an artifact references, found the way the service resolves references: every object anywhere in the JSON
 * with a string `referenceName` and a `type` naming a reference kind (`LinkedServiceReference`, `DatasetReference`,
 * `DataFlowReference`, `PipelineReference`, `IntegrationRuntimeReference`, `CredentialReference`,
 * `TriggerReference`, `ManagedVirtualNetworkReference`). Walking the whole body covers activities nested in ForEach,
 * Until, IfCondition and Switch, Execute Pipeline's `pipeline`, `linkedServiceName`, `connectVia`, Key Vault
 * secrets' `store` (type `LinkedServiceReference`), data flow sources and sinks, trigger
 * `pipelines[].pipelineReference` and tumbling-window trigger `dependsOn`. A name inside a string or expression is
 * not a reference; the built-in `AutoResolveIntegrationRuntime` is not a resource. Each edge keeps its JSON path
 * (relative to `properties`) so a finding can point at the file and line. A managed private endpoint also depends
 * on its managed virtual network (its parent).
 */

const BUILT_IN_INTEGRATION_RUNTIMES = new Set(['autoresolveintegrationruntime']);
function isBuiltIn(kind, name) {
    return kind === 'integrationRuntime' && BUILT_IN_INTEGRATION_RUNTIMES.has(name.toLowerCase());
}
/** Every reference in one artifact, in document order (duplicates kept: each has its own path). */
function findReferences(artifact) {
    const edges = [];
    const visit = (node, path) => {
        if (Array.isArray(node)) {
            node.forEach((item, index) => {
                visit(item, [...path, index]);
            });
            return;
        }
        if (node === null || typeof node !== 'object')
            return;
        const { referenceName, type } = node;
        const kind = typeof type === 'string' ? adf_artifacts/* KIND_BY_REFERENCE_TYPE */.M7.get(type) : undefined;
        if (kind && typeof referenceName === 'string' && !isBuiltIn(kind, referenceName)) {
            edges.push({
                from: { kind: artifact.kind, name: artifact.name },
                to: { kind, name: referenceName },
                path,
                referenceType: type,
            });
        }
        for (const [key, value] of Object.entries(node))
            visit(value, [...path, key]);
    };
    visit(artifact.properties, []);
    // A managed private endpoint lives inside its managed virtual network (named `<network>/<endpoint>`).
    const slash = artifact.name.indexOf('/');
    if (artifact.kind === 'managedPrivateEndpoint' && slash > 0) {
        edges.push({
            from: { kind: artifact.kind, name: artifact.name },
            to: { kind: 'managedVirtualNetwork', name: artifact.name.slice(0, slash) },
            path: [],
            referenceType: 'parent',
        });
    }
    return edges;
}

;// CONCATENATED MODULE: ./src/deploy-adf-pipelines/dependency-graph.ts
/**
 * The dependency graph of a factory, built from the references in the artifacts (never from names or dependsOn):
 * dangling references, cycles with their path, and a bounded-concurrency schedule: for deploys every artifact after
 * everything it references, for deletes the reverse. Names are compared case-insensitively, as ADF does.
 */


function buildGraph(artifacts, options = {}) {
    const byKey = new Map();
    for (const artifact of [...artifacts].sort(adf_artifacts/* compareArtifacts */.Tu)) {
        const key = (0,adf_artifacts/* artifactKey */.Wf)(artifact.kind, artifact.name);
        if (!byKey.has(key))
            byKey.set(key, artifact);
    }
    const edges = new Map();
    const dangling = [];
    for (const [key, artifact] of byKey) {
        const own = [];
        for (const edge of findReferences(artifact)) {
            if (byKey.has((0,adf_artifacts/* artifactKey */.Wf)(edge.to.kind, edge.to.name)))
                own.push(edge);
            else if (!options.existsOutside?.(edge))
                dangling.push(edge);
        }
        edges.set(key, own);
    }
    return { artifacts: byKey, edges, dangling };
}
/**
 * @param excluded keys of artifacts in the source that the include/exclude filters leave out: a reference to one
 * of them is dangling only because it does not exist live either, and the message says so.
 */
function danglingProblems(graph, excluded = new Set()) {
    return graph.dangling.map((edge) => {
        const artifact = graph.artifacts.get((0,adf_artifacts/* artifactKey */.Wf)(edge.from.kind, edge.from.name));
        const missing = excluded.has((0,adf_artifacts/* artifactKey */.Wf)(edge.to.kind, edge.to.name))
            ? 'which the include/exclude filters leave out and which does not exist in the factory'
            : 'which does not exist in the source';
        return {
            message: `${(0,adf_artifacts/* describeArtifact */.Qw)(edge.from)} references ${(0,adf_artifacts/* describeArtifact */.Qw)(edge.to)}, ${missing} (${edge.referenceType})`,
            location: artifact.source.locate([...edge.path, 'referenceName']),
        };
    });
}
/** Every cycle found by a depth-first search, each as its path `A -> B -> C -> A`, reported once. */
function findCycles(graph) {
    const state = new Map();
    const stack = [];
    const cycles = [];
    const label = (key) => {
        const artifact = graph.artifacts.get(key);
        return `${artifact.kind} '${artifact.name}'`;
    };
    const visit = (key) => {
        state.set(key, 'visiting');
        for (const edge of graph.edges.get(key) ?? []) {
            const target = (0,adf_artifacts/* artifactKey */.Wf)(edge.to.kind, edge.to.name);
            if (state.get(target) === 'visiting') {
                const start = stack.findIndex((frame) => frame.key === target);
                const members = [...stack.slice(start).map((frame) => frame.key), key];
                const path = [...members.map(label), label(target)];
                const from = graph.artifacts.get(key);
                cycles.push({
                    path,
                    problem: {
                        message: `dependency cycle: ${path.join(' -> ')}; ADF cannot create these resources in any order`,
                        location: from.source.locate([...edge.path, 'referenceName']),
                    },
                });
            }
            else if (!state.has(target)) {
                stack.push({ key, edge });
                visit(target);
                stack.pop();
            }
        }
        state.set(key, 'done');
    };
    for (const key of graph.artifacts.keys())
        if (!state.has(key))
            visit(key);
    return cycles;
}
/**
 * Runs `work` over every artifact of `graph` with at most `limit` in flight, in dependency order without layer
 * barriers: for `deploy` an artifact starts as soon as every artifact it references has succeeded; for `delete`, as
 * soon as every artifact referencing it has been deleted. (Layers would make a whole layer wait for its slowest
 * write.) Once `stopped()` is true, or an artifact fails (`work` resolves false), nothing new is dispatched and the
 * work in flight is awaited; what depends on a failure never starts. Throws if the graph has a cycle (validate
 * first), or with the first error `work` throws, once nothing is in flight.
 */
async function runInDependencyOrder(graph, direction, limit, stopped, work) {
    const waitingOn = new Map();
    const unblocks = new Map();
    for (const key of graph.artifacts.keys()) {
        waitingOn.set(key, new Set());
        unblocks.set(key, []);
    }
    for (const [from, edges] of graph.edges) {
        for (const edge of edges) {
            const to = (0,adf_artifacts/* artifactKey */.Wf)(edge.to.kind, edge.to.name);
            if (to === from)
                continue;
            const [first, then] = direction === 'deploy' ? [to, from] : [from, to];
            if (waitingOn.get(then).has(first))
                continue;
            waitingOn.get(then).add(first);
            unblocks.get(first).push(then);
        }
    }
    // Ready artifacts in compareArtifacts order (the order of graph.artifacts), then as they are released.
    const ready = [...waitingOn].filter(([, on]) => on.size === 0).map(([key]) => key);
    const pending = new Set(graph.artifacts.keys());
    let running = 0;
    let failedOne = false;
    let thrown;
    await new Promise((resolve) => {
        const pump = () => {
            while (running < limit && ready.length > 0 && !failedOne && !thrown && !stopped()) {
                const key = ready.shift();
                pending.delete(key);
                running++;
                work(graph.artifacts.get(key)).then((ok) => finish(key, ok), (error) => {
                    thrown ??= { error };
                    finish(key, false);
                });
            }
            if (running === 0)
                resolve();
        };
        const finish = (key, ok) => {
            running--;
            if (!ok)
                failedOne = true;
            else {
                for (const next of unblocks.get(key)) {
                    const on = waitingOn.get(next);
                    on.delete(key);
                    if (on.size === 0)
                        ready.push(next);
                }
            }
            pump();
        };
        pump();
    });
    if (thrown)
        throw thrown.error;
    if (!failedOne && !stopped() && pending.size > 0) {
        throw new Error('runInDependencyOrder: the dependency graph has a cycle; run findCycles first');
    }
}


/***/ }),

/***/ 9632:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GW: () => (/* binding */ KINDS),
/* harmony export */   M7: () => (/* binding */ KIND_BY_REFERENCE_TYPE),
/* harmony export */   QP: () => (/* binding */ kindOfArmType),
/* harmony export */   Qw: () => (/* binding */ describeArtifact),
/* harmony export */   Tu: () => (/* binding */ compareArtifacts),
/* harmony export */   Wf: () => (/* binding */ artifactKey),
/* harmony export */   hz: () => (/* binding */ ARTIFACT_KINDS)
/* harmony export */ });
const ARTIFACT_KINDS = [
    'factory',
    'integrationRuntime',
    'credential',
    'managedVirtualNetwork',
    'managedPrivateEndpoint',
    'linkedService',
    'dataset',
    'dataflow',
    'pipeline',
    'trigger',
    'globalParameters',
];
const KINDS = {
    factory: {
        folder: 'factory',
        armType: undefined,
        operationGroup: 'factories',
        referenceType: undefined,
        nameRule: 'factory',
    },
    integrationRuntime: {
        folder: 'integrationRuntime',
        armType: 'integrationRuntimes',
        operationGroup: 'integrationRuntimes',
        referenceType: 'IntegrationRuntimeReference',
        nameRule: 'integrationRuntime',
    },
    credential: {
        folder: 'credential',
        armType: 'credentials',
        operationGroup: 'credentialOperations',
        referenceType: 'CredentialReference',
        nameRule: 'shortChild',
    },
    managedVirtualNetwork: {
        folder: 'managedVirtualNetwork',
        armType: 'managedVirtualNetworks',
        operationGroup: 'managedVirtualNetworks',
        referenceType: 'ManagedVirtualNetworkReference',
        nameRule: 'shortChild',
    },
    managedPrivateEndpoint: {
        folder: 'managedVirtualNetwork/*/managedPrivateEndpoint',
        armType: 'managedVirtualNetworks/managedPrivateEndpoints',
        operationGroup: 'managedPrivateEndpoints',
        referenceType: undefined,
        nameRule: 'shortChild',
    },
    linkedService: {
        folder: 'linkedService',
        armType: 'linkedServices',
        operationGroup: 'linkedServices',
        referenceType: 'LinkedServiceReference',
        nameRule: 'child',
    },
    dataset: {
        folder: 'dataset',
        armType: 'datasets',
        operationGroup: 'datasets',
        referenceType: 'DatasetReference',
        nameRule: 'child',
    },
    dataflow: {
        folder: 'dataflow',
        armType: 'dataflows',
        operationGroup: 'dataFlows',
        referenceType: 'DataFlowReference',
        nameRule: 'child',
    },
    pipeline: {
        folder: 'pipeline',
        armType: 'pipelines',
        operationGroup: 'pipelines',
        referenceType: 'PipelineReference',
        nameRule: 'child',
    },
    trigger: {
        folder: 'trigger',
        armType: 'triggers',
        operationGroup: 'triggers',
        referenceType: 'TriggerReference',
        nameRule: 'child',
    },
    globalParameters: {
        folder: undefined,
        armType: 'globalparameters',
        operationGroup: 'globalParameters',
        referenceType: undefined,
        nameRule: 'none',
    },
};
/** The kind a reference `type` points at (`DatasetReference` -> `dataset`). */
const KIND_BY_REFERENCE_TYPE = new Map(ARTIFACT_KINDS.flatMap((kind) => {
    const type = KINDS[kind].referenceType;
    return type ? [[type, kind]] : [];
}));
/** The kind of an ARM resource type (`Microsoft.DataFactory/factories/pipelines`), case-insensitive. */
function kindOfArmType(type) {
    const lower = type.toLowerCase();
    if (lower === 'microsoft.datafactory/factories')
        return 'factoryResource';
    const prefix = 'microsoft.datafactory/factories/';
    if (!lower.startsWith(prefix))
        return undefined;
    const rest = lower.slice(prefix.length);
    return ARTIFACT_KINDS.find((kind) => KINDS[kind].armType?.toLowerCase() === rest);
}
/** `pipeline 'Score'`: how findings and plans name an artifact. */
function describeArtifact(artifact) {
    return `${artifact.kind} '${artifact.name}'`;
}
/** Identity for maps: ADF names are case-insensitive for uniqueness. */
function artifactKey(kind, name) {
    return `${kind}/${name.toLowerCase()}`;
}
/** Stable order for output: by kind (deploy order of kinds), then name. */
function compareArtifacts(a, b) {
    const byKind = ARTIFACT_KINDS.indexOf(a.kind) - ARTIFACT_KINDS.indexOf(b.kind);
    if (byKind !== 0)
        return byKind;
    const x = a.name.toLowerCase();
    const y = b.name.toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
}


/***/ })

};
