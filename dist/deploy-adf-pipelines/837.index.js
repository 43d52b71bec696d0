export const id = 837;
export const ids = [837,722];
export const modules = {

/***/ 837:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ApplyError: () => (/* binding */ ApplyError),
/* harmony export */   applyPlan: () => (/* binding */ applyPlan)
/* harmony export */ });
/* harmony import */ var _shared_adf_artifacts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9632);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8382);
/* harmony import */ var _deletion_limits_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7244);
/* harmony import */ var _dependency_graph_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2774);
/* harmony import */ var _deploy_target_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4722);
/**
 * Applies a plan to the factory: creates and updates in dependency order (at most `concurrency` writes in flight,
 * each as soon as what it references is written), then, when asked, deletes in reverse dependency order.
 *
 * Triggers (what happens to each is planned in trigger-plan.ts): before any write, the triggers to stop (their source
 * says Stopped, they are deleted) and to restart (started triggers that are updated, or every started one with
 * trigger-mode `all`) are stopped; in `finally`, whatever failed, each trigger stopped for a restart is started again,
 * and, when every write succeeded, the triggers to start (new ones whose source says Started, and existing ones the
 * factory has Stopped while their source says Started) are started. A failed deployment starts nothing that was not
 * running before it; its rerun does.
 *
 * Starting a trigger is retried with backoff (a 503 storm outlasts the SDK's own three retries): `startAttempts`
 * tries, waiting `startBackoffMs` doubled after each. A trigger still stopped after them fails the step, which names
 * each one: a production schedule is never silently left off, and the next run starts it.
 *
 * Each write goes through its kind's REST request (resource-writes.ts).
 *
 * On a failure no new write is dispatched, the writes in flight are awaited, triggers are restored, and the error
 * says what was applied, what failed (with Azure's code), what was not attempted and which triggers stay stopped.
 * Running again converges: the next plan, read from live state, holds only what is still different.
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
function listNames(results) {
    return results.map((r) => `${r.kind} '${r.name}'`).join(', ');
}
function summariseFailure(target, result, failures) {
    const applied = result.resources.filter((r) => r.status === 'applied');
    const byAction = (action) => applied.filter((r) => r.action === action);
    const part = (label, items) => `${items.length} ${label}${items.length ? ` (${listNames(items)})` : ''}`;
    const notAttempted = result.resources.filter((r) => r.status === 'not-attempted');
    const triggers = result.triggers
        .filter((t) => t.before !== 'absent')
        .map((t) => `${t.name} ${t.before} -> ${t.after}${t.error ? ` (${t.error})` : ''}`);
    const leftStopped = result.triggers
        .filter((t) => t.error && t.after === 'Stopped')
        .map((t) => `'${t.name}'`);
    return [
        `Deploying ${target} failed: ${failures.join('; ')}.`,
        `Applied before the failure: ${part('created', byAction('create'))}, ${part('updated', byAction('update'))}, ${part('deleted', byAction('delete'))}.`,
        `Not attempted: ${notAttempted.length}${notAttempted.length ? ` (${listNames(notAttempted)})` : ''}.`,
        ...(triggers.length ? [`Triggers: ${triggers.join(', ')}.`] : []),
        ...(leftStopped.length
            ? [
                `Left stopped although their source says Started: ${leftStopped.join(', ')}; their schedules do not run until they are started.`,
            ]
            : []),
        'Running the deployment again applies what is still different and starts the triggers left stopped.',
    ].join(' ');
}
async function applyPlan(plan, options) {
    const { client, rg, factory, logger } = options;
    const concurrency = Math.max(1, Math.floor(options.concurrency));
    const pollOptions = { updateIntervalInMs: options.updateIntervalInMs ?? 1000 };
    const target = options.target ?? (0,_deploy_target_js__WEBPACK_IMPORTED_MODULE_4__.factoryTarget)(client, rg, factory, pollOptions);
    // ADF has no operation to delete a managed virtual network: such an orphan is reported as skipped.
    const deletable = (e) => e.action === 'delete' && e.kind !== 'managedVirtualNetwork';
    const deletes = options.deleteOrphans ? plan.entries.filter(deletable) : [];
    if (options.deleteOrphans) {
        for (const entry of plan.entries) {
            if (entry.action === 'delete' && !deletable(entry)) {
                logger.warning(`${(0,_shared_adf_artifacts_js__WEBPACK_IMPORTED_MODULE_0__/* .describeArtifact */ .Qw)(entry)} is not in the source, but ADF cannot delete it; left in place`);
            }
        }
    }
    const refusal = (0,_deletion_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .deletionRefusal */ .j)(deletes, plan.live.resources.length, options, target.label);
    if (refusal)
        throw refusal;
    const writes = plan.entries.filter((e) => e.action === 'create' || e.action === 'update');
    const status = new Map();
    for (const entry of plan.entries) {
        const initial = entry.action === 'unchanged'
            ? 'unchanged'
            : entry.action === 'delete' && !(options.deleteOrphans && deletable(entry))
                ? 'skipped'
                : 'not-attempted';
        status.set((0,_shared_adf_artifacts_js__WEBPACK_IMPORTED_MODULE_0__/* .artifactKey */ .Wf)(entry.kind, entry.name), { entry, status: initial });
    }
    const writeKeys = new Set(writes.map((e) => (0,_shared_adf_artifacts_js__WEBPACK_IMPORTED_MODULE_0__/* .artifactKey */ .Wf)(e.kind, e.name)));
    // References to artifacts that are not written (unchanged, or outside the filters) exist already: only the
    // writes order each other.
    const writeGraph = (0,_dependency_graph_js__WEBPACK_IMPORTED_MODULE_3__/* .buildGraph */ .ZG)(plan.desired.filter((a) => writeKeys.has((0,_shared_adf_artifacts_js__WEBPACK_IMPORTED_MODULE_0__/* .artifactKey */ .Wf)(a.kind, a.name))));
    const deleteKeys = new Set(deletes.map((e) => (0,_shared_adf_artifacts_js__WEBPACK_IMPORTED_MODULE_0__/* .artifactKey */ .Wf)(e.kind, e.name)));
    const liveToDelete = plan.live.resources
        .filter((r) => deleteKeys.has((0,_shared_adf_artifacts_js__WEBPACK_IMPORTED_MODULE_0__/* .artifactKey */ .Wf)(r.kind, r.name)))
        .map((r) => ({ kind: r.kind, name: r.name, properties: r.properties, source: LIVE_SOURCE }));
    const deleteGraph = (0,_dependency_graph_js__WEBPACK_IMPORTED_MODULE_3__/* .buildGraph */ .ZG)(liveToDelete);
    const triggerResults = new Map();
    const failures = [];
    let firstError;
    const fail = (what, error) => {
        failures.push(`${what}: ${(0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .formatErrorDetails */ .aH)((0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(error))}`);
        firstError ??= error;
    };
    const failed = () => failures.length > 0;
    const sleep = options.sleep ?? ((ms) => new Promise((done) => setTimeout(done, ms)));
    const stopTrigger = async (step) => {
        const lower = step.name.toLowerCase();
        try {
            await target.stopTrigger(step.name);
            logger.info(`Stopped trigger '${step.name}': ${step.reason}`);
            triggerResults.set(lower, { name: step.name, before: 'Started', after: 'Stopped' });
            return true;
        }
        catch (error) {
            const text = (0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .formatErrorDetails */ .aH)((0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(error));
            triggerResults.set(lower, { name: step.name, before: 'Started', after: 'Started', error: text });
            fail(`stopping trigger '${step.name}'`, error);
            return false;
        }
    };
    /** Starts a trigger, retrying what may pass (5xx, 429, the network) with backoff; a 4xx is final. */
    const startTrigger = async (step, before) => {
        const lower = step.name.toLowerCase();
        const attempts = Math.max(1, Math.floor(options.startAttempts ?? 4));
        let wait = options.startBackoffMs ?? 2000;
        for (let attempt = 1;; attempt++) {
            try {
                await target.startTrigger(step.name);
                logger.info(`Started trigger '${step.name}'${attempt > 1 ? ` (attempt ${attempt} of ${attempts})` : ''}`);
                triggerResults.set(lower, { name: step.name, before, after: 'Started' });
                return;
            }
            catch (error) {
                const details = (0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(error);
                const text = (0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .formatErrorDetails */ .aH)(details);
                const final = details.statusCode !== undefined && details.statusCode < 500 && details.statusCode !== 429;
                if (final || attempt >= attempts) {
                    triggerResults.set(lower, { name: step.name, before, after: 'Stopped', error: text });
                    fail(`starting trigger '${step.name}' (${attempt} attempt${attempt === 1 ? '' : 's'})`, error);
                    return;
                }
                logger.warning(`Starting trigger '${step.name}' failed (attempt ${attempt} of ${attempts}): ${text}; trying again in ${wait / 1000} s`);
                await sleep(wait);
                wait *= 2;
            }
        }
    };
    const toStop = plan.triggers.filter((step) => step.action === 'stop' || step.action === 'restart');
    const stopped = new Set();
    let deploymentFailed = false;
    try {
        for (const step of toStop) {
            if (!(await stopTrigger(step)))
                break;
            stopped.add(step.name.toLowerCase());
        }
        if (!failed()) {
            await (0,_dependency_graph_js__WEBPACK_IMPORTED_MODULE_3__/* .runInDependencyOrder */ .KG)(writeGraph, 'deploy', concurrency, failed, async (artifact) => {
                const record = status.get((0,_shared_adf_artifacts_js__WEBPACK_IMPORTED_MODULE_0__/* .artifactKey */ .Wf)(artifact.kind, artifact.name));
                try {
                    await target.put(artifact);
                    record.status = 'applied';
                    logger.info(`${record.entry.action === 'create' ? 'Created' : 'Updated'} ${(0,_shared_adf_artifacts_js__WEBPACK_IMPORTED_MODULE_0__/* .describeArtifact */ .Qw)(artifact)}`);
                    return true;
                }
                catch (error) {
                    record.status = 'failed';
                    record.error = (0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .formatErrorDetails */ .aH)((0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(error));
                    fail(`${record.entry.action} of ${(0,_shared_adf_artifacts_js__WEBPACK_IMPORTED_MODULE_0__/* .describeArtifact */ .Qw)(artifact)}`, error);
                    return false;
                }
            });
        }
        if (!failed()) {
            await (0,_dependency_graph_js__WEBPACK_IMPORTED_MODULE_3__/* .runInDependencyOrder */ .KG)(deleteGraph, 'delete', concurrency, failed, async (artifact) => {
                const record = status.get((0,_shared_adf_artifacts_js__WEBPACK_IMPORTED_MODULE_0__/* .artifactKey */ .Wf)(artifact.kind, artifact.name));
                try {
                    await target.remove(artifact.kind, artifact.name);
                    record.status = 'applied';
                    logger.info(`Deleted ${(0,_shared_adf_artifacts_js__WEBPACK_IMPORTED_MODULE_0__/* .describeArtifact */ .Qw)(artifact)}`);
                    return true;
                }
                catch (error) {
                    record.status = 'failed';
                    record.error = (0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .formatErrorDetails */ .aH)((0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(error));
                    fail(`delete of ${(0,_shared_adf_artifacts_js__WEBPACK_IMPORTED_MODULE_0__/* .describeArtifact */ .Qw)(artifact)}`, error);
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
        deploymentFailed = failed();
        for (const step of toStop) {
            const lower = step.name.toLowerCase();
            if (!stopped.has(lower))
                continue;
            const record = status.get((0,_shared_adf_artifacts_js__WEBPACK_IMPORTED_MODULE_0__/* .artifactKey */ .Wf)('trigger', lower));
            if (record?.entry.action === 'delete') {
                if (record.status === 'applied') {
                    triggerResults.set(lower, { name: step.name, before: 'Started', after: 'absent' });
                }
                else {
                    // Not deleted after all: it runs again, as before the deployment.
                    await startTrigger(step, 'Started');
                }
            }
            else if (step.action === 'restart') {
                await startTrigger(step, 'Started');
            }
        }
        // Starting what did not run before waits for a deployment that succeeded; a rerun starts it otherwise.
        for (const step of plan.triggers) {
            if (deploymentFailed || step.action !== 'start')
                continue;
            if (step.created && status.get((0,_shared_adf_artifacts_js__WEBPACK_IMPORTED_MODULE_0__/* .artifactKey */ .Wf)('trigger', step.name))?.status !== 'applied')
                continue;
            await startTrigger(step, step.created ? 'absent' : 'Stopped');
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
        throw new ApplyError(summariseFailure(target.label, result, failures), result, { cause: firstError });
    return result;
}


/***/ }),

/***/ 7244:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ deletionRefusal)
/* harmony export */ });
/* harmony import */ var _shared_adf_artifacts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9632);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8382);
/**
 * How much a deployment may delete. A source that is missing most of the factory (an empty folder, the ARM output
 * folder given instead of the template, a filter too narrow) plans to delete most of the factory; with
 * delete-orphans on, that is the one mistake that destroys a production factory (Azure/Azure-DataFactory#752). So
 * two limits, both checked before any write, and by a dry run too (a pull request's plan fails where the apply
 * would):
 *
 * - `max-deletions`: the most resources one deployment deletes;
 * - `max-deletion-percent`: the largest share of the factory's resources (those within the include/exclude filters;
 *   global parameters are never deleted) one deployment deletes. Deleting more takes raising it, up to 100.
 */


/**
 * The refusal of a plan deleting `deletes` out of `inScope` live resources, or undefined when within the limits.
 */
function deletionRefusal(deletes, inScope, limits, 
/** How messages name the target: `data factory 'adf-dev'`. */
target) {
    if (deletes.length === 0)
        return undefined;
    const listed = deletes.length <= 20 ? ` (${deletes.map(_shared_adf_artifacts_js__WEBPACK_IMPORTED_MODULE_0__/* .describeArtifact */ .Qw).join(', ')})` : '';
    if (deletes.length > limits.maxDeletions) {
        return new _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`The plan deletes ${deletes.length} resources from ${target}${listed}, more than max-deletions (${limits.maxDeletions}); nothing was changed. ` +
            'Check the source and filters, or raise max-deletions.', { input: 'max-deletions' });
    }
    const percent = limits.maxDeletionPercent;
    if (percent !== undefined && deletes.length * 100 > percent * inScope) {
        const share = Math.round((deletes.length * 100) / Math.max(1, inScope));
        return new _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`The plan deletes ${deletes.length} of the ${inScope} resources of ${target} (${share}%)${listed}, more than max-deletion-percent (${percent}%); nothing was changed. ` +
            "A source missing most of the factory looks like this (an empty or wrong folder, a filter too narrow): check input 'source' and the filters. " +
            'To delete that much on purpose, raise max-deletion-percent (100 allows deleting everything).', { input: 'max-deletion-percent' });
    }
    return undefined;
}


/***/ }),

/***/ 2774:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ZG: () => (/* binding */ buildGraph),
  R6: () => (/* binding */ danglingProblems),
  p4: () => (/* binding */ findCycles),
  KG: () => (/* binding */ runInDependencyOrder)
});

// UNUSED EXPORTS: referenceHolder

// EXTERNAL MODULE: ./src/shared/adf/artifacts.ts
var adf_artifacts = __webpack_require__(9632);
;// CONCATENATED MODULE: ./src/shared/suggest.ts
/**
 * "Did you mean": the closest known name to one a user wrote, for messages about unknown keys and columns.
 */
/** Levenshtein distance, one row at a time. */
function distance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let previous = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const current = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
            previous = current;
        }
    }
    return row[b.length];
}
const normalise = (name) => name.toLowerCase().replace(/[-\s]/g, '_');
/**
 * The known name closest to `key` (case, `-`, `_` and spaces alike on both sides; a prefix of four or more characters
 * counts as close), or undefined when none is close enough to suggest. Answers the known name as it is written.
 */
function suggest(key, known) {
    const normalised = normalise(key);
    let best;
    for (const written of known) {
        const name = normalise(written);
        // A key written short or long (`deployment` for `deployment_name`) counts as close.
        const prefix = normalised.length >= 4 && (name.startsWith(normalised) || normalised.startsWith(name));
        const score = name === normalised ? 0 : prefix ? 1 : distance(normalised, name);
        if (score <= Math.max(2, Math.floor(name.length / 4)) && (!best || score < best.score)) {
            best = { name: written, score };
        }
    }
    return best?.name;
}

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
/**
 * The references found in each artifact, kept for as long as the artifact is: validation, the plan's graph and the
 * write order each build a graph of the same artifacts (an override copies an artifact before it changes it, so an
 * artifact's properties never change under it).
 */
const referencesOf = new WeakMap();
/** Every reference in one artifact, in document order (duplicates kept: each has its own path). */
function findReferences(artifact) {
    const known = referencesOf.get(artifact);
    if (known)
        return known;
    const edges = [];
    // One path, grown and shrunk as the walk goes; an edge takes a copy of it.
    const path = [];
    const visit = (node) => {
        if (Array.isArray(node)) {
            for (let index = 0; index < node.length; index++) {
                path.push(index);
                visit(node[index]);
                path.pop();
            }
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
                path: [...path],
                referenceType: type,
            });
        }
        for (const key of Object.keys(node)) {
            path.push(key);
            visit(node[key]);
            path.pop();
        }
    };
    visit(artifact.properties);
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
    referencesOf.set(artifact, edges);
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
/** What holds each kind of named element, as a message names it (`activity 'Copy'`, `source 'Input'`). */
const ELEMENT_OF = [
    [/activities$/i, 'activity'],
    [/^sources$/, 'source'],
    [/^sinks$/, 'sink'],
    [/^transformations$/, 'transformation'],
];
/**
 * The named elements a reference sits in, outermost first: `activity 'Score' (inside 'For each use case')` for a
 * reference in an activity nested in a ForEach, `source 'Input'` in a data flow; undefined at the artifact's top.
 */
function referenceHolder(properties, path) {
    const named = [];
    let current = properties;
    let key;
    for (const segment of path) {
        if (current === null || typeof current !== 'object')
            break;
        const next = current[segment];
        if (Array.isArray(current) && typeof segment === 'number' && key !== undefined) {
            const what = ELEMENT_OF.find(([pattern]) => pattern.test(key))?.[1];
            const name = next?.name;
            if (what && typeof name === 'string')
                named.push({ what, name });
        }
        if (typeof segment === 'string')
            key = segment;
        current = next;
    }
    const inner = named.at(-1);
    if (!inner)
        return undefined;
    const outer = named.slice(0, -1).map((n) => `'${n.name}'`);
    return `${inner.what} '${inner.name}'${outer.length ? ` (inside ${outer.join(' > ')})` : ''}`;
}
/**
 * @param excluded keys of artifacts in the source that the include/exclude filters leave out: a reference to one
 * of them is dangling only because it does not exist live either, and the message says so.
 */
function danglingProblems(graph, excluded = new Set()) {
    const known = new Map();
    for (const artifact of graph.artifacts.values()) {
        const names = known.get(artifact.kind) ?? new Map();
        names.set(artifact.name.toLowerCase(), artifact.name);
        known.set(artifact.kind, names);
    }
    return graph.dangling.map((edge) => {
        const artifact = graph.artifacts.get((0,adf_artifacts/* artifactKey */.Wf)(edge.from.kind, edge.from.name));
        const filtered = excluded.has((0,adf_artifacts/* artifactKey */.Wf)(edge.to.kind, edge.to.name));
        const missing = filtered
            ? 'which the include/exclude filters leave out and which does not exist in the factory'
            : 'which does not exist in the source';
        const names = known.get(edge.to.kind);
        const guess = filtered || !names ? undefined : suggest(edge.to.name, [...names.keys()]);
        const holder = referenceHolder(artifact.properties, edge.path);
        return {
            message: `${(0,adf_artifacts/* describeArtifact */.Qw)(edge.from)}${holder ? `, ${holder},` : ''} references ${(0,adf_artifacts/* describeArtifact */.Qw)(edge.to)}, ${missing} (${edge.referenceType})${guess ? `; did you mean '${names.get(guess)}'?` : ''}`,
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

/***/ 4722:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   factoryTarget: () => (/* binding */ factoryTarget),
/* harmony export */   triggersOnDemand: () => (/* binding */ triggersOnDemand)
/* harmony export */ });
/* harmony import */ var _resource_writes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7614);

function factoryTarget(client, rg, factory, pollOptions) {
    return {
        label: `data factory '${factory}'`,
        put: (artifact) => (0,_resource_writes_js__WEBPACK_IMPORTED_MODULE_0__/* .putArtifact */ .qg)(client, rg, factory, artifact),
        remove: (kind, name) => (0,_resource_writes_js__WEBPACK_IMPORTED_MODULE_0__/* .deleteResource */ .o8)(client, rg, factory, kind, name),
        startTrigger: async (name) => {
            await client.triggers.beginStartAndWait(rg, factory, name, pollOptions);
        },
        stopTrigger: async (name) => {
            await client.triggers.beginStopAndWait(rg, factory, name, pollOptions);
        },
    };
}
/**
 * The Data Factory SDK's trigger start and stop, the SDK built by `load` on the first of them: its megabyte of code
 * serves only these long-running operations (every read and write is a JSON request), so a deployment that starts
 * and stops no trigger (a no-op redeploy, for one) never loads it.
 */
function triggersOnDemand(load) {
    return {
        beginStartAndWait: async (...args) => (await load()).triggers.beginStartAndWait(...args),
        beginStopAndWait: async (...args) => (await load()).triggers.beginStopAndWait(...args),
    };
}


/***/ })

};
