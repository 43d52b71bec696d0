export const id = 757;
export const ids = [757,632,662];
export const modules = {

/***/ 65662:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   diffArtifacts: () => (/* binding */ diffArtifacts),
/* harmony export */   fieldChanges: () => (/* binding */ fieldChanges),
/* harmony export */   summarisePlan: () => (/* binding */ summarisePlan)
/* harmony export */ });
/* harmony import */ var _shared_adf_artifacts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(29632);
/* harmony import */ var _shared_adf_normalise_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2021);
/* harmony import */ var _shared_values_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(79799);
/**
 * Desired (source) against live (GET/list) per artifact: create, update, unchanged or delete, with the fields that
 * differ. Both sides are normalised first (normalise.ts), so server-added fields and masked secrets are not changes.
 */



function joinPath(base, segment) {
    if (typeof segment === 'number')
        return `${base}[${segment}]`;
    return base ? `${base}.${segment}` : segment;
}
/** Field-level differences between two normalised values (objects by key, arrays by index). */
function fieldChanges(before, after, path = '') {
    if ((0,_shared_values_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(before) && (0,_shared_values_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u4)(after)) {
        const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
        return keys.flatMap((key) => {
            const at = joinPath(path, key);
            if (!(key in before))
                return [{ path: at, change: 'added', after: after[key] }];
            if (!(key in after))
                return [{ path: at, change: 'removed', before: before[key] }];
            return fieldChanges(before[key], after[key], at);
        });
    }
    if (Array.isArray(before) && Array.isArray(after)) {
        const changes = [];
        for (let i = 0; i < Math.max(before.length, after.length); i++) {
            const at = joinPath(path, i);
            if (i >= before.length)
                changes.push({ path: at, change: 'added', after: after[i] });
            else if (i >= after.length)
                changes.push({ path: at, change: 'removed', before: before[i] });
            else
                changes.push(...fieldChanges(before[i], after[i], at));
        }
        return changes;
    }
    if (JSON.stringify(before) === JSON.stringify(after))
        return [];
    return [{ path: path || '(properties)', change: 'changed', before, after }];
}
function diffArtifacts(desired, live, options = {}) {
    const liveByKey = new Map(live.map((resource) => [(0,_shared_adf_artifacts_js__WEBPACK_IMPORTED_MODULE_0__.artifactKey)(resource.kind, resource.name), resource]));
    const desiredKeys = new Set();
    const entries = [];
    for (const artifact of desired) {
        const key = (0,_shared_adf_artifacts_js__WEBPACK_IMPORTED_MODULE_0__.artifactKey)(artifact.kind, artifact.name);
        desiredKeys.add(key);
        const hash = (0,_shared_adf_normalise_js__WEBPACK_IMPORTED_MODULE_1__/* .contentHash */ .Ae)(artifact.kind, artifact.properties);
        const current = liveByKey.get(key);
        const base = { kind: artifact.kind, name: artifact.name, hash };
        if (!current) {
            entries.push({ ...base, action: 'create', changes: [] });
            continue;
        }
        const changes = fieldChanges((0,_shared_adf_normalise_js__WEBPACK_IMPORTED_MODULE_1__/* .normaliseProperties */ ._c)(current.kind, current.properties), (0,_shared_adf_normalise_js__WEBPACK_IMPORTED_MODULE_1__/* .normaliseProperties */ ._c)(artifact.kind, artifact.properties));
        if (changes.length > 0) {
            entries.push({ ...base, action: 'update', changes });
        }
        else if ((options.secrets ?? 'rewrite') === 'rewrite' && (0,_shared_adf_normalise_js__WEBPACK_IMPORTED_MODULE_1__/* .hasSecretValues */ .fH)(artifact.properties)) {
            entries.push({
                ...base,
                action: 'update',
                changes: [],
                reason: 'sets secret values, which ADF returns masked and so cannot be compared',
            });
        }
        else {
            entries.push({ ...base, action: 'unchanged', changes: [] });
        }
    }
    for (const resource of live) {
        const key = (0,_shared_adf_artifacts_js__WEBPACK_IMPORTED_MODULE_0__.artifactKey)(resource.kind, resource.name);
        if (desiredKeys.has(key) || resource.kind === 'globalParameters')
            continue;
        if (options.inScope && !options.inScope(resource.kind, resource.name))
            continue;
        entries.push({ kind: resource.kind, name: resource.name, action: 'delete', changes: [] });
    }
    return entries.sort(_shared_adf_artifacts_js__WEBPACK_IMPORTED_MODULE_0__.compareArtifacts);
}
/** Counts per action, for outputs and the summary line. */
function summarisePlan(entries) {
    const counts = { create: 0, update: 0, unchanged: 0, delete: 0 };
    for (const entry of entries)
        counts[entry.action]++;
    return counts;
}


/***/ }),

/***/ 91757:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  describeFieldChange: () => (/* binding */ describeFieldChange),
  pipelineHashes: () => (/* binding */ pipelineHashes),
  planDocument: () => (/* binding */ planDocument),
  planLines: () => (/* binding */ planLines),
  renderPlanSummary: () => (/* binding */ renderPlanSummary),
  writePlanFile: () => (/* binding */ writePlanFile)
});

// EXTERNAL MODULE: ./src/shared/adf/normalise.ts
var normalise = __webpack_require__(2021);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/shared/output-files.ts
/**
 * Files an action names in its outputs (plans, reports): JSON under `$RUNNER_TEMP/<action>/`, so a later step of
 * the job can read or attach them, and passed through the secret redactor first, like every other output.
 */



/** Writes the document as indented JSON and answers the file's path. */
async function writeOutputFile(file) {
    const folder = (0,external_node_path_.join)(file.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), file.action);
    await (0,promises_.mkdir)(folder, { recursive: true });
    const path = (0,external_node_path_.join)(folder, `${file.name}.json`);
    await (0,promises_.writeFile)(path, `${file.redact(JSON.stringify(file.document, null, 2))}\n`);
    return path;
}

// EXTERNAL MODULE: ./src/shared/summary.ts
var shared_summary = __webpack_require__(26929);
// EXTERNAL MODULE: ./src/deploy-adf-pipelines/diff.ts
var diff = __webpack_require__(65662);
;// CONCATENATED MODULE: ./src/deploy-adf-pipelines/report.ts
/**
 * What a deployment shows and hands on: the plan as log lines, as a Terraform-style job summary (+ create, ~ update
 * with its field changes, - delete, = unchanged counted) and as a JSON document under RUNNER_TEMP (output `plan`),
 * and the pipelines' content hashes that the adf receipt (src/shared/receipts) lists.
 */




function planDocument(entries, facts) {
    return { ...facts, counts: (0,diff.summarisePlan)(entries), entries };
}
async function writePlanFile(document, env, redact) {
    const name = `plan-${document.environment}-${document.factory}`;
    return writeOutputFile({ env, action: 'deploy-adf-pipelines', name, document, redact });
}
const SIGN = { create: '+', update: '~', delete: '-', unchanged: '=' };
function show(value) {
    return value === undefined ? '(none)' : JSON.stringify(value);
}
/** `~ activities[0].typeProperties.url: "a" → "b"`, `+ parameters.x: 1`, `- annotations[1]: "old"`. */
function describeFieldChange(change) {
    if (change.change === 'added')
        return `+ ${change.path}: ${show(change.after)}`;
    if (change.change === 'removed')
        return `- ${change.path}: ${show(change.before)}`;
    return `~ ${change.path}: ${show(change.before)} → ${show(change.after)}`;
}
function entryLine(entry, deleteOrphans) {
    const note = entry.action === 'delete' && !deleteOrphans
        ? ' (not in the source; kept: delete-orphans is false)'
        : entry.reason
            ? ` (${entry.reason})`
            : '';
    return `${SIGN[entry.action]} ${entry.kind} ${entry.name}${note}`;
}
/** The plan as log lines: every create, update (with its field changes) and delete, then the counts. */
function planLines(document) {
    const lines = [];
    for (const entry of document.entries) {
        if (entry.action === 'unchanged')
            continue;
        lines.push(entryLine(entry, document.deleteOrphans));
        for (const change of entry.changes)
            lines.push(`    ${describeFieldChange(change)}`);
    }
    lines.push(countLine(document));
    return lines;
}
function countLine(document) {
    const { create, update, delete: remove, unchanged } = document.counts;
    const deletes = document.deleteOrphans ? `${remove} to delete` : `${remove} orphaned (kept)`;
    return `Plan: ${create} to create, ${update} to update, ${deletes}, ${unchanged} unchanged.`;
}
function renderPlanSummary(summary, document, planPath) {
    summary.heading(`deploy-adf-pipelines: ${document.factory} (${document.environment})${document.dryRun ? ' — dry run' : ''}`);
    summary.paragraph(countLine(document));
    const changed = document.entries.filter((entry) => entry.action !== 'unchanged');
    if (changed.length > 0) {
        summary.details('Changes', changed
            .flatMap((entry) => [
            entryLine(entry, document.deleteOrphans),
            ...entry.changes.map((change) => `    ${describeFieldChange(change)}`),
        ])
            .join('\n'), 'diff');
    }
    if (document.counts.unchanged > 0)
        summary.paragraph(`= ${document.counts.unchanged} unchanged`);
    summary.paragraph((0,shared_summary/* code */.aY)(planPath));
}
/** `{ name, hash }` of each desired pipeline (hash: the hex SHA-256 of its normalised content), sorted by name. */
function pipelineHashes(desired) {
    return desired
        .filter((artifact) => artifact.kind === 'pipeline')
        .map((artifact) => ({
        name: artifact.name,
        hash: (0,normalise/* contentHash */.Ae)(artifact.kind, artifact.properties).replace(/^sha256:/, ''),
    }))
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}


/***/ }),

/***/ 29632:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ARTIFACT_KINDS: () => (/* binding */ ARTIFACT_KINDS),
/* harmony export */   KINDS: () => (/* binding */ KINDS),
/* harmony export */   KIND_BY_REFERENCE_TYPE: () => (/* binding */ KIND_BY_REFERENCE_TYPE),
/* harmony export */   artifactKey: () => (/* binding */ artifactKey),
/* harmony export */   compareArtifacts: () => (/* binding */ compareArtifacts),
/* harmony export */   describeArtifact: () => (/* binding */ describeArtifact),
/* harmony export */   kindOfArmType: () => (/* binding */ kindOfArmType)
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


/***/ }),

/***/ 2021:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ae: () => (/* binding */ contentHash),
/* harmony export */   _c: () => (/* binding */ normaliseProperties),
/* harmony export */   fH: () => (/* binding */ hasSecretValues)
/* harmony export */ });
/* unused harmony exports SECRET_PLACEHOLDER, canonicalJson */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(79799);
/**
 * The comparable form of a resource body, so that "what the source says" and "what GET returns" are equal when
 * nothing would change:
 *
 * - Only `properties` is compared: the envelope's `id`, `type`, `etag` (and `name`, compared case-insensitively by
 *   identity) are the service's.
 * - Read-only or server-managed fields are dropped on both sides: `lastPublishTime` (any kind); a trigger's
 *   `runtimeState` (started/stopped is managed by start/stop, not PUT; trigger-mode decides it); an integration
 *   runtime's `state`; a managed virtual network's `vNetId` and `alias`; a managed private endpoint's
 *   `provisioningState`, `connectionState`, `fqdns` and `isReserved`; a linked service's `encryptedCredential`
 *   (encrypted with the runtime's key, not comparable).
 * - Empty `annotations` (ADF returns `[]` where the source may omit it) are dropped.
 * - Secret values: ADF never returns them; GET shows `{ type: 'SecureString', value: '**********' }`. Both sides'
 *   SecureString values are replaced by SECRET_PLACEHOLDER, so a masked value never shows up as a change and a
 *   secret never reaches a plan, a hash or a log. Whether a resource carrying secrets is rewritten anyway is the
 *   diff's `secrets` option (diff.ts).
 * - Keys are sorted recursively (canonical JSON); array order is kept (it is meaningful in activities).
 */


const SECRET_PLACEHOLDER = '<secret>';
const DROPPED = {
    trigger: ['runtimeState'],
    integrationRuntime: ['state'],
    managedVirtualNetwork: ['vNetId', 'alias'],
    managedPrivateEndpoint: ['provisioningState', 'connectionState', 'fqdns', 'isReserved'],
    linkedService: ['encryptedCredential'],
    credential: ['encryptedCredential'],
};
const DROPPED_EVERYWHERE = ['lastPublishTime'];
/** Sorted keys at every level, secrets replaced; `undefined` members removed. */
function canonical(value) {
    if (Array.isArray(value))
        return value.map(canonical);
    if (!(0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(value))
        return value;
    const secret = value.type === 'SecureString' && 'value' in value;
    const result = {};
    for (const key of Object.keys(value).sort()) {
        if (secret && key === 'value')
            result[key] = SECRET_PLACEHOLDER;
        else if (value[key] !== undefined)
            result[key] = canonical(value[key]);
    }
    return result;
}
/** The comparable form of a kind's `properties` (see the module comment for what is dropped and why). */
function normaliseProperties(kind, properties) {
    const dropped = new Set([...DROPPED_EVERYWHERE, ...(DROPPED[kind] ?? [])]);
    const kept = {};
    for (const [key, value] of Object.entries(properties)) {
        if (dropped.has(key))
            continue;
        // The top-level `encryptedCredential` of a linked service may also sit under typeProperties.
        if (key === 'typeProperties' && (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(value) && dropped.has('encryptedCredential')) {
            const { encryptedCredential: _, ...rest } = value;
            kept[key] = rest;
            continue;
        }
        if (key === 'annotations' && Array.isArray(value) && value.length === 0)
            continue;
        kept[key] = value;
    }
    return canonical(kept);
}
/** Canonical JSON text: sorted keys, no whitespace. */
function canonicalJson(value) {
    return JSON.stringify(canonical(value));
}
/** `sha256:<hex>` of the normalised properties: equal for equal content, free of secrets (they are placeholders). */
function contentHash(kind, properties) {
    const text = canonicalJson(normaliseProperties(kind, properties));
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex')}`;
}
/** Whether the body carries a SecureString with a real (not masked) value: ADF cannot tell us if it changed. */
function hasSecretValues(properties) {
    if (Array.isArray(properties))
        return properties.some(hasSecretValues);
    if (!(0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(properties))
        return false;
    if (properties.type === 'SecureString' &&
        typeof properties.value === 'string' &&
        !/^\*+$/.test(properties.value)) {
        return true;
    }
    return Object.values(properties).some(hasSecretValues);
}


/***/ }),

/***/ 79799:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   go: () => (/* binding */ typeName),
/* harmony export */   u4: () => (/* binding */ isRecord)
/* harmony export */ });
/* unused harmony exports quoteVisible, hasInvisible */
/**
 * Small facts about parsed YAML/JSON values, worded for messages. JSON files speak of arrays and objects, YAML files
 * of lists and mappings: each reader names them the way its users write them.
 */
/** A plain object (a mapping): not null, not an array. */
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** `null`, `an array` / `a list`, `an object` / `a mapping`, or `a <typeof>`. */
function typeName(value, words = 'json') {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return words === 'json' ? 'an array' : 'a list';
    if (isRecord(value))
        return words === 'json' ? 'an object' : 'a mapping';
    return `a ${typeof value}`;
}
/**
 * `'text'`, with every character a reader could not see or tell apart escaped (`'pl_score\u200b'`): controls, format
 * characters such as zero-width spaces and direction marks, and separators other than the plain space. A name that
 * differs from another only by such a character is then visibly different in a message.
 */
function quoteVisible(text) {
    const escaped = text.replace(/[\p{C}\p{Z}]/gu, (char) => {
        if (char === ' ')
            return char;
        const code = char.codePointAt(0);
        return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`;
    });
    return `'${escaped}'`;
}
/** True when the text holds a character quoteVisible escapes. */
function hasInvisible(text) {
    return /[^\P{C}]|[^\P{Z} ]/u.test(text);
}


/***/ })

};
