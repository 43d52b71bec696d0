export const id = 869;
export const ids = [869];
export const modules = {

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

/***/ 2202:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $h: () => (/* binding */ applyFilter),
/* harmony export */   EY: () => (/* binding */ parsePattern),
/* harmony export */   aN: () => (/* binding */ parseFilter),
/* harmony export */   cK: () => (/* binding */ matches),
/* harmony export */   oP: () => (/* binding */ excludedReferenceCheck),
/* harmony export */   sp: () => (/* binding */ isSelected)
/* harmony export */ });
/* harmony import */ var _shared_adf_artifacts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9632);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8382);
/**
 * The `include` and `exclude` inputs: patterns `<kind>.<name>` with `*` wildcards, case-insensitive
 * (`pipeline.Score*`, `*.Legacy*`, `trigger.*`). An artifact is deployed when it matches some include pattern (or
 * there are none) and no exclude pattern. A reference from a deployed artifact to a filtered-out one is not an error
 * if the target exists live; `excludedReferenceCheck` gives the hook the graph uses for that.
 */


function wildcard(text) {
    const body = text
        .split('*')
        .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*');
    return new RegExp(`^${body}$`, 'i');
}
/** Parses one pattern; `input` names the action input in errors. */
function parsePattern(text, input) {
    const dot = text.indexOf('.');
    const kind = dot < 0 ? '' : text.slice(0, dot);
    const name = dot < 0 ? '' : text.slice(dot + 1);
    if (kind === '' || name === '') {
        throw _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1.at(`Input '${input}'`, `'${text}' is not a pattern of the form <kind>.<name> (for example pipeline.Score* or *.Legacy*).`, { input });
    }
    const kindPattern = wildcard(kind);
    if (!_shared_adf_artifacts_js__WEBPACK_IMPORTED_MODULE_0__/* .ARTIFACT_KINDS */ .hz.some((known) => kindPattern.test(known))) {
        throw _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1.at(`Input '${input}'`, `'${text}' names no known kind; the kinds are ${_shared_adf_artifacts_js__WEBPACK_IMPORTED_MODULE_0__/* .ARTIFACT_KINDS */ .hz.join(', ')}.`, { input });
    }
    return { text, kind: kindPattern, name: wildcard(name) };
}
function matches(pattern, artifact) {
    return pattern.kind.test(artifact.kind) && pattern.name.test(artifact.name);
}
function parseFilter(include = [], exclude = []) {
    return {
        include: include.map((text) => parsePattern(text, 'include')),
        exclude: exclude.map((text) => parsePattern(text, 'exclude')),
    };
}
function isSelected(filter, artifact) {
    const included = filter.include.length === 0 || filter.include.some((p) => matches(p, artifact));
    return included && !filter.exclude.some((p) => matches(p, artifact));
}
function applyFilter(filter, artifacts) {
    const selected = [];
    const excluded = [];
    for (const artifact of artifacts)
        (isSelected(filter, artifact) ? selected : excluded).push(artifact);
    const unusedIncludes = filter.include
        .filter((pattern) => !artifacts.some((artifact) => matches(pattern, artifact)))
        .map((pattern) => pattern.text);
    return { selected, excluded, unusedIncludes };
}
/**
 * The `existsOutside` hook for buildGraph/validateArtifacts when deploying a filtered subset: a reference to an
 * artifact that is in the source but filtered out counts as resolved when `existsLive` says the resource exists in
 * the factory (phase 2 answers from the live listing). A reference to something absent from the source entirely
 * stays dangling.
 */
function excludedReferenceCheck(excluded, existsLive) {
    const keys = new Set(excluded.map((artifact) => (0,_shared_adf_artifacts_js__WEBPACK_IMPORTED_MODULE_0__/* .artifactKey */ .Wf)(artifact.kind, artifact.name)));
    return (edge) => keys.has((0,_shared_adf_artifacts_js__WEBPACK_IMPORTED_MODULE_0__/* .artifactKey */ .Wf)(edge.to.kind, edge.to.name)) && existsLive(edge.to.kind, edge.to.name);
}


/***/ }),

/***/ 7277:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W8: () => (/* binding */ throwIfProblems)
/* harmony export */ });
/* unused harmony export AdfValidationError */
/* harmony import */ var _shared_problems_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4325);
/**
 * Validation collects every problem before failing, so one run shows the user all they must fix. The single error
 * thrown carries each problem with its location, so the entry point can annotate every one of them.
 */


class AdfValidationError extends _shared_problems_js__WEBPACK_IMPORTED_MODULE_0__/* .ProblemsError */ .FQ {
    name = 'AdfValidationError';
    constructor(problems) {
        super(`The Data Factory source has ${(0,_shared_problems_js__WEBPACK_IMPORTED_MODULE_0__/* .countProblems */ ._k)(problems)}`, problems);
    }
}
/** Throws one AdfValidationError listing all problems, if there are any. */
function throwIfProblems(problems) {
    if (problems.length > 0)
        throw new AdfValidationError(problems);
}


/***/ }),

/***/ 7705:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  yf: () => (/* binding */ validateArtifacts)
});

// UNUSED EXPORTS: MAX_REQUEST_BYTES, OBJECT_LIMITS, findProblems, requestBody

// EXTERNAL MODULE: ./src/shared/adf/artifacts.ts
var adf_artifacts = __webpack_require__(9632);
;// CONCATENATED MODULE: ./src/shared/adf/names.ts
/**
 * The names Data Factory accepts, per kind, and what is wrong with a name it refuses.
 *
 * From the path-parameter patterns of the Data Factory 2018-06-01 REST spec (datafactory.json): pipelines, datasets,
 * linked services, data flows, triggers, change data captures and global parameters
 * `^[A-Za-z0-9_][^<>*#.%&:\\+?/]*$` (1-260); integration runtimes and factories `^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$`
 * (3-63); credentials, managed virtual networks and managed private endpoints
 * `^([_A-Za-z0-9]|([_A-Za-z0-9][-_A-Za-z0-9]{0,125}[_A-Za-z0-9]))$` (1-127).
 *
 * From "Azure Data Factory - naming rules" (learn.microsoft.com/azure/data-factory/naming-rules), which the spec's
 * patterns do not say: dashes are not allowed in the names of linked services, data flows and datasets; every name is
 * case-insensitive (two resources of one kind whose names differ only in case are the same resource).
 */
const CHILD_FORBIDDEN = '<>*#.%&:\\+?/';
function childOffending(name, noDash) {
    if (name !== '' && !/^[A-Za-z0-9_]$/.test(name[0])) {
        return { index: 0, why: "a name must start with a letter, a digit or '_'" };
    }
    for (let index = 0; index < name.length; index++) {
        const char = name[index];
        if (CHILD_FORBIDDEN.includes(char))
            return { index, why: 'this character is not allowed in a name' };
        if (noDash && char === '-')
            return { index, why: 'ADF does not allow dashes in this kind of name' };
    }
    return undefined;
}
/** Letters, digits and single dashes, starting and ending with a letter or digit (factories, runtimes). */
function dashedOffending(name) {
    for (let index = 0; index < name.length; index++) {
        const char = name[index];
        if (/[A-Za-z0-9]/.test(char))
            continue;
        if (char !== '-')
            return { index, why: 'only letters, digits and dashes are allowed' };
        if (index === 0 || index === name.length - 1) {
            return { index, why: 'a name must start and end with a letter or a digit' };
        }
        if (name[index + 1] === '-')
            return { index, why: 'two dashes in a row are not allowed' };
    }
    return undefined;
}
function shortChildOffending(name) {
    for (let index = 0; index < name.length; index++) {
        const char = name[index];
        if (/[A-Za-z0-9_]/.test(char))
            continue;
        if (char !== '-')
            return { index, why: "only letters, digits, '_' and '-' are allowed" };
        if (index === 0 || index === name.length - 1) {
            return { index, why: "a name must not start or end with '-'" };
        }
    }
    return undefined;
}
/** Pipelines, triggers, change data captures and global parameters. */
const CHILD = {
    pattern: /^[A-Za-z0-9_][^<>*#.%&:\\+?/]*$/,
    min: 1,
    max: 260,
    describe: "1-260 characters, starting with a letter, digit or '_', without any of < > * # . % & : \\ + ? /",
    offending: (name) => childOffending(name, false),
};
const DASHED = {
    pattern: /^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/,
    min: 3,
    max: 63,
    describe: '3-63 letters, digits and single hyphens, starting and ending with a letter or digit',
    offending: dashedOffending,
};
const NAME_RULES = {
    child: CHILD,
    /** Linked services, datasets and data flows. */
    childNoDash: {
        pattern: /^[A-Za-z0-9_][^<>*#.%&:\\+?/-]*$/,
        min: 1,
        max: 260,
        describe: "1-260 characters, starting with a letter, digit or '_', without a dash or any of < > * # . % & : \\ + ? /",
        offending: (name) => childOffending(name, true),
    },
    integrationRuntime: DASHED,
    factory: DASHED,
    shortChild: {
        pattern: /^([_A-Za-z0-9]|([_A-Za-z0-9][-_A-Za-z0-9]{0,125}[_A-Za-z0-9]))$/,
        min: 1,
        max: 127,
        describe: "1-127 letters, digits, '_' and '-', not starting or ending with '-'",
        offending: shortChildOffending,
    },
};
/**
 * What is wrong with `name` under `rule`, naming the offending character and its position, or undefined when the
 * name is valid: `'-' (character 3) is not allowed: ADF does not allow dashes in this kind of name (rule: ...)`.
 */
function nameProblem(name, rule) {
    if (name.length >= rule.min && name.length <= rule.max && rule.pattern.test(name))
        return undefined;
    const found = rule.offending(name);
    if (found) {
        const char = JSON.stringify(name[found.index]).slice(1, -1);
        return `'${char}' (character ${found.index + 1}) is not allowed: ${found.why} (the rule: ${rule.describe})`;
    }
    return `it has ${name.length} character(s) (the rule: ${rule.describe})`;
}

// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(8382);
// EXTERNAL MODULE: ./src/shared/problems.ts
var problems = __webpack_require__(4325);
// EXTERNAL MODULE: ./src/deploy-adf-pipelines/dependency-graph.ts + 2 modules
var dependency_graph = __webpack_require__(2774);
// EXTERNAL MODULE: ./src/deploy-adf-pipelines/problems.ts
var deploy_adf_pipelines_problems = __webpack_require__(7277);
;// CONCATENATED MODULE: ./src/deploy-adf-pipelines/validation.ts
/**
 * Everything that can be checked before any write, without Azure: naming rules, duplicates, references, cycles,
 * plaintext secrets in linked services and sizes. All problems are collected and thrown as one AdfValidationError,
 * each with its file, line and column.
 * Naming rules: src/shared/adf/names.ts (each finding names the rule and the offending character).
 *
 * Sizes are Azure's documented Data Factory limits ("Azure subscription and service limits", Data Factory: bytes per
 * object): 200 KB for a pipeline, 100 KB for a dataset or a linked service; every other kind is bounded by ARM's
 * 4 MB request body. The size is that of the body sent (compact JSON, UTF-8), so a file indented for reading is not
 * held against its whitespace.
 */






/** ARM's limit on one request body. */
const MAX_REQUEST_BYTES = 4 * 1024 * 1024;
/** Azure's per-object limits where Data Factory's are lower than ARM's (see the module comment). */
const OBJECT_LIMITS = {
    pipeline: 200 * 1024,
    dataset: 100 * 1024,
    linkedService: 100 * 1024,
};
function nameProblems(artifact) {
    const problems = [];
    const check = (name, rule, what) => {
        const problem = nameProblem(name, rule);
        if (problem) {
            problems.push({
                message: `${what} '${name}' is not a valid name: ${problem}`,
                location: artifact.source.nameAt,
            });
        }
    };
    const ruleName = adf_artifacts/* KINDS */.GW[artifact.kind].nameRule;
    if (artifact.kind === 'managedPrivateEndpoint') {
        for (const part of artifact.name.split('/'))
            check(part, NAME_RULES.shortChild, 'managedPrivateEndpoint');
    }
    else if (ruleName !== 'none') {
        check(artifact.name, NAME_RULES[ruleName], artifact.kind);
    }
    if (artifact.kind === 'globalParameters') {
        for (const name of Object.keys(artifact.properties)) {
            const problem = nameProblem(name, CHILD);
            if (problem) {
                problems.push({
                    message: `global parameter '${name}' is not a valid name: ${problem}`,
                    location: artifact.source.locate([name]),
                });
            }
        }
    }
    return problems;
}
function duplicateProblems(artifacts) {
    const seen = new Map();
    const problems = [];
    for (const artifact of artifacts) {
        const key = (0,adf_artifacts/* artifactKey */.Wf)(artifact.kind, artifact.name);
        const first = seen.get(key);
        if (!first) {
            seen.set(key, artifact);
            continue;
        }
        const where = first.source.nameAt;
        problems.push({
            message: `duplicate ${(0,adf_artifacts/* describeArtifact */.Qw)(artifact)}: also defined in ${(0,errors/* formatLocation */.j$)(where, { column: false })} as '${first.name}' (ADF names are case-insensitive)`,
            location: artifact.source.nameAt,
        });
    }
    return problems;
}
/** Connection-string keys whose value is a secret when written inline. */
const INLINE_SECRET = /(?:^|;)\s*(password|pwd|accountkey|sharedaccesskey|sharedaccesssignature|clientsecret)\s*=\s*([^;\s][^;]*)/i;
/**
 * Plaintext secrets in linked services: a `SecureString` with a value, or a connection string with a password or
 * key inline. Key Vault references (`AzureKeyVaultSecret`) and expressions are fine. A `SecureString` is still
 * accepted by the service, but its value then lives in the repository.
 */
function secretProblems(artifact, supplied) {
    if (artifact.kind !== 'linkedService' && artifact.kind !== 'credential')
        return [];
    // A value a secure template parameter or an override from the environment supplies is a secret given at deploy
    // time, not one written in the repository.
    const fromSecret = (text) => supplied.some((secret) => text.includes(secret));
    const problems = [];
    const visit = (node, path) => {
        if (Array.isArray(node)) {
            node.forEach((item, index) => {
                visit(item, [...path, index]);
            });
            return;
        }
        if (typeof node === 'string') {
            const match = INLINE_SECRET.exec(node);
            // `Password=@{linkedService().pw}` or a whole-string expression takes the value at run time: not plaintext.
            if (match && !node.trimStart().startsWith('@') && !match[2].startsWith('@') && !fromSecret(node)) {
                problems.push({
                    message: `${(0,adf_artifacts/* describeArtifact */.Qw)(artifact)} has a connection string with '${match[1]}=' written in plain text; store the secret in Key Vault and reference it (AzureKeyVaultSecret), or use a managed identity`,
                    location: artifact.source.locate(path),
                });
            }
            return;
        }
        if (node === null || typeof node !== 'object')
            return;
        const record = node;
        if (record.type === 'SecureString' &&
            typeof record.value === 'string' &&
            record.value !== '' &&
            !fromSecret(record.value)) {
            problems.push({
                message: `${(0,adf_artifacts/* describeArtifact */.Qw)(artifact)} has a SecureString value in the source; store the secret in Key Vault and reference it (AzureKeyVaultSecret), or set it from the overrides file`,
                location: artifact.source.locate(path),
            });
            return;
        }
        for (const [key, value] of Object.entries(record))
            visit(value, [...path, key]);
    };
    visit(artifact.properties, []);
    return problems;
}
/** The body ADF receives for an artifact (what the size limit applies to). */
function requestBody(artifact) {
    return artifact.kind === 'globalParameters'
        ? { properties: artifact.properties }
        : { name: artifact.name, properties: artifact.properties };
}
function sizeText(bytes) {
    return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
function sizeProblems(artifact) {
    const bytes = Buffer.byteLength(JSON.stringify(requestBody(artifact)), 'utf8');
    const objectLimit = OBJECT_LIMITS[artifact.kind];
    const limit = objectLimit ?? MAX_REQUEST_BYTES;
    if (bytes <= limit)
        return [];
    const what = objectLimit === undefined
        ? 'the 4 MB limit on one request body'
        : `Data Factory's ${sizeText(objectLimit)} limit for a ${artifact.kind}`;
    const advice = artifact.kind === 'pipeline'
        ? 'move activities into child pipelines run by Execute Pipeline'
        : artifact.kind === 'dataset'
            ? 'shorten its schema (the source or sink can map columns instead)'
            : 'move large values into parameters or Key Vault';
    return [
        {
            message: `${(0,adf_artifacts/* describeArtifact */.Qw)(artifact)} is ${sizeText(bytes)}, over ${what}; ${advice}`,
            location: artifact.source.locate([]),
        },
    ];
}
/** All problems, sorted by file and line so the report reads in order. */
function findProblems(artifacts, options = {}) {
    const sorted = [...artifacts].sort(adf_artifacts/* compareArtifacts */.Tu);
    const unread = options.unread ?? [];
    const isUnread = (edge) => unread.some((u) => u.kind === edge.to.kind &&
        (u.name === undefined || u.name.toLowerCase() === edge.to.name.toLowerCase()));
    const graph = (0,dependency_graph/* buildGraph */.ZG)(sorted, {
        existsOutside: (edge) => isUnread(edge) || (options.existsOutside?.(edge) ?? false),
    });
    const supplied = options.suppliedSecrets ?? [];
    const problems = [
        ...sorted.flatMap(nameProblems),
        ...duplicateProblems(sorted),
        ...(0,dependency_graph/* danglingProblems */.R6)(graph, options.excluded),
        ...(0,dependency_graph/* findCycles */.p4)(graph).map((cycle) => cycle.problem),
        ...sorted.flatMap((artifact) => secretProblems(artifact, supplied)),
        ...sorted.flatMap(sizeProblems),
    ];
    return problems.sort((a, b) => (a.location.file < b.location.file ? -1 : a.location.file > b.location.file ? 1 : 0) ||
        (a.location.line ?? 0) - (b.location.line ?? 0) ||
        (a.location.column ?? 0) - (b.location.column ?? 0));
}
/**
 * Validates the artifacts together with the problems found while reading them; throws one AdfValidationError
 * listing all of them.
 */
function validateArtifacts(artifacts, readProblems = [], options = {}) {
    (0,deploy_adf_pipelines_problems/* throwIfProblems */.W8)((0,problems/* sortProblems */.dS)([...readProblems, ...findProblems(artifacts, options)]));
}


/***/ }),

/***/ 4325:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $9: () => (/* binding */ annotateProblems),
/* harmony export */   FQ: () => (/* binding */ ProblemsError),
/* harmony export */   XN: () => (/* binding */ problemsFromError),
/* harmony export */   _k: () => (/* binding */ countProblems),
/* harmony export */   dS: () => (/* binding */ sortProblems)
/* harmony export */ });
/* unused harmony export formatProblem */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8382);
/**
 * A problem found while validating a user's files: what is wrong and where. Validators collect every problem before
 * failing, so one run shows the user all they must fix, and throw them together as one ProblemsError; the entry
 * point (`annotateProblems`) annotates each at its file and line.
 */

/** `pipeline/Score.json line 12, column 7: message`. */
function formatProblem(problem) {
    return `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .formatLocation */ .j$)(problem.location)}: ${problem.message}`;
}
/** `1 problem`, `3 problems`. */
function countProblems(problems) {
    return problems.length === 1 ? '1 problem' : `${problems.length} problems`;
}
/** By file, line and column (a stable sort: problems at one place keep their order), as a reader scans them. */
function sortProblems(problems) {
    const position = ({ location }) => [location.line ?? 0, location.column ?? 0];
    return [...problems].sort((a, b) => {
        if (a.location.file !== b.location.file)
            return a.location.file < b.location.file ? -1 : 1;
        const [lineA, columnA] = position(a);
        const [lineB, columnB] = position(b);
        return lineA - lineB || columnA - columnB;
    });
}
/** Every problem of one check: `<heading>:` then one `- <file> line <n>: <message>` per problem. */
class ProblemsError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1 {
    problems;
    constructor(heading, problems, input) {
        super(`${heading}:\n${problems.map((p) => `- ${formatProblem(p)}`).join('\n')}`, {
            input,
            location: problems[0]?.location,
        });
        this.problems = problems;
    }
}
/**
 * The problems a ConfigurationError stands for, so a reader that collects problems can carry on with the next file:
 * each of a ProblemsError's, else one at the error's location (`file` when it has none) with its detail. Anything else
 * is not the user's to fix and is rethrown.
 */
function problemsFromError(error, file) {
    if (error instanceof ProblemsError && error.problems.length > 0)
        return [...error.problems];
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1)
        return [{ message: error.detail, location: error.location ?? { file } }];
    throw error;
}
/**
 * Runs `check`; a ProblemsError it throws becomes one annotation per problem: the others logged as errors at their
 * file and line, the first as the step's error (a ConfigurationError that says how many more there are).
 */
async function annotateProblems(logger, check) {
    try {
        return await check();
    }
    catch (error) {
        if (!(error instanceof ProblemsError) || error.problems.length === 0)
            throw error;
        const [first, ...others] = error.problems;
        for (const problem of others)
            logger.error(problem.message, { location: problem.location });
        const more = others.length === 0 ? '' : ` (and ${others.length} more, annotated above)`;
        throw _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1.at((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .formatLocation */ .j$)(first.location), `${first.message}${more}`, {
            location: first.location,
        });
    }
}


/***/ }),

/***/ 730:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hf: () => (/* binding */ parseJsonPath),
/* harmony export */   o5: () => (/* binding */ substituteTemplates)
/* harmony export */ });
/* unused harmony export hasTemplate */
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9799);

/** `activities[0].typeProperties.url`, `a["b.c"]` -> segments; a message on malformed text. */
function parseJsonPath(text) {
    const segments = [];
    let at = 0;
    const bad = (why) => `'${text}' is not a JSON path: ${why}`;
    if (text.trim() === '')
        return bad('it is empty');
    while (at < text.length) {
        const char = text[at];
        if (char === '[') {
            const close = text.indexOf(']', at);
            if (close < 0)
                return bad(`'[' at position ${at + 1} is not closed`);
            const inner = text.slice(at + 1, close);
            const quoted = /^(["'])(.*)\1$/.exec(inner);
            if (quoted)
                segments.push(quoted[2]);
            else if (/^\d+$/.test(inner))
                segments.push(Number(inner));
            else
                return bad(`'[${inner}]' is neither an index [n] nor a quoted key ["key"]`);
            at = close + 1;
        }
        else if (char === '.') {
            if (at === 0 || at === text.length - 1 || text[at + 1] === '.' || text[at + 1] === '[') {
                return bad(`misplaced '.' at position ${at + 1}`);
            }
            at += 1;
        }
        else {
            if (at > 0 && text[at - 1] !== '.')
                return bad(`expected '.' or '[' at position ${at + 1}`);
            let end = at;
            while (end < text.length && text[end] !== '.' && text[end] !== '[')
                end += 1;
            const key = text.slice(at, end);
            if (key.includes(']'))
                return bad(`unexpected ']' in '${key}'`);
            segments.push(key);
            at = end;
        }
    }
    return segments;
}
const EXPRESSION = /\$\{\{\s*(.*?)\s*\}\}/g;
/** Whether a string holds a `${{ ... }}` template (closed or not). */
function hasTemplate(value) {
    return value.includes('${{');
}
/** Every leaf path of the receipt (`endpoint.scoringUri`), for "its fields are" messages. */
function leafPaths(value, prefix = '') {
    if ((0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(value)) {
        return Object.entries(value).flatMap(([key, inner]) => leafPaths(inner, prefix ? `${prefix}.${key}` : key));
    }
    return prefix ? [prefix] : [];
}
/**
 * The receipt's fields no live check can confirm: the run that wrote it and when. Every other field is verified
 * against Azure before the first write, or is derived from one that is (receipts/aml-verification.ts).
 */
const UNVERIFIED_FIELDS = new Set(['run', 'time']);
function usableFields(receipt) {
    return leafPaths(receipt)
        .filter((path) => !UNVERIFIED_FIELDS.has(path.split('.')[0]))
        .join(', ');
}
/** Resolves `${{ ... }}` in every string of `value` (keys are left alone); a message when one cannot be resolved. */
function substituteTemplates(value, context) {
    const secrets = [];
    let fromEnvironment = false;
    const resolveOne = (expression) => {
        const dot = expression.indexOf('.');
        const scope = dot < 0 ? expression : expression.slice(0, dot);
        const rest = dot < 0 ? '' : expression.slice(dot + 1);
        if (scope === 'env') {
            if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(rest)) {
                return `'\${{ ${expression} }}' does not name an environment variable (write \${{ env.NAME }})`;
            }
            const found = context.env[rest];
            if (found === undefined)
                return `the environment variable '${rest}' is not set`;
            fromEnvironment = true;
            if (found !== '')
                secrets.push(found);
            return { value: found };
        }
        if (scope === 'receipt') {
            if (!context.receipt)
                return `'\${{ ${expression} }}' needs the aml receipt, and there is none`;
            const path = parseJsonPath(rest);
            let current = context.receipt;
            if (typeof path !== 'string') {
                for (const segment of path) {
                    current =
                        typeof segment === 'number'
                            ? Array.isArray(current)
                                ? current[segment]
                                : undefined
                            : (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(current) && Object.hasOwn(current, segment)
                                ? current[segment]
                                : undefined;
                }
            }
            if (typeof path === 'string' || current === undefined) {
                return `the aml receipt has no field '${rest}'; its fields are ${usableFields(context.receipt)}`;
            }
            if (typeof path[0] === 'string' && UNVERIFIED_FIELDS.has(path[0])) {
                return `'\${{ ${expression} }}' is not verified against Azure (it says who wrote the receipt and when), so it cannot be written anywhere; use one of ${usableFields(context.receipt)}`;
            }
            return { value: current };
        }
        return `'\${{ ${expression} }}' is neither \${{ receipt.<field> }} nor \${{ env.<NAME> }}`;
    };
    const walk = (inner) => {
        if (typeof inner === 'string') {
            const whole = /^\$\{\{\s*(.*?)\s*\}\}$/.exec(inner);
            if (whole && !whole[1].includes('}}'))
                return resolveOne(whole[1]);
            let failure;
            const replaced = inner.replace(EXPRESSION, (_match, expression) => {
                const resolved = resolveOne(expression);
                if (typeof resolved === 'string') {
                    failure ??= resolved;
                    return '';
                }
                if ((0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(resolved.value) || Array.isArray(resolved.value)) {
                    failure ??= `'\${{ ${expression} }}' is ${(0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .typeName */ .go)(resolved.value)}, which cannot be part of a longer string`;
                    return '';
                }
                return String(resolved.value);
            });
            if (failure)
                return failure;
            if (replaced.includes('${{'))
                return `'${inner}' has a '\${{' that is not closed by '}}'`;
            return { value: replaced };
        }
        if (Array.isArray(inner)) {
            const out = [];
            for (const item of inner) {
                const resolved = walk(item);
                if (typeof resolved === 'string')
                    return resolved;
                out.push(resolved.value);
            }
            return { value: out };
        }
        if ((0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(inner)) {
            const out = {};
            for (const [key, item] of Object.entries(inner)) {
                const resolved = walk(item);
                if (typeof resolved === 'string')
                    return resolved;
                out[key] = resolved.value;
            }
            return { value: out };
        }
        return { value: inner };
    };
    const result = walk(value);
    return typeof result === 'string' ? result : { value: result.value, secrets, fromEnvironment };
}


/***/ })

};
