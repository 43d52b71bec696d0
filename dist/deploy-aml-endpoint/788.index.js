export const id = 788;
export const ids = [788];
export const modules = {

/***/ 8067:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GI: () => (/* binding */ resolveDefault),
/* harmony export */   l1: () => (/* binding */ defaultRequest)
/* harmony export */ });
/* unused harmony export targetName */
/* harmony import */ var _resource_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8275);
/* harmony import */ var _specs_origin_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7563);


function targetOf(written, declared) {
    const same = (a) => a !== undefined && a.toLowerCase() === written.toLowerCase();
    const byFile = declared.findIndex((d) => same(d.fileName));
    if (byFile >= 0)
        return { kind: 'declared', index: byFile };
    const byName = declared.findIndex((d) => same(d.literalName));
    if (byName >= 0)
        return { kind: 'declared', index: byName };
    return { kind: 'named', name: written };
}
function defaultRequest(setDefault, endpoint, declared) {
    const fileOrigin = { kind: 'file', reader: endpoint.reader, at: ['defaults', 'deployment_name'] };
    const file = endpoint.defaultDeployment === undefined
        ? undefined
        : {
            target: targetOf(endpoint.defaultDeployment, declared),
            written: endpoint.defaultDeployment,
            location: endpoint.reader.document.locate(['defaults', 'deployment_name']),
        };
    if (setDefault !== undefined) {
        const origin = { kind: 'input', input: 'set-default' };
        let target;
        if (setDefault === 'false') {
            target = { kind: 'keep' };
        }
        else if (setDefault === 'true') {
            if (declared.length !== 1) {
                throw (0,_specs_origin_js__WEBPACK_IMPORTED_MODULE_1__/* .originError */ .T)(origin, `'true' makes the run's deployment the default, but this run deploys ${declared.length} (${declared.map((d) => d.fileName).join(', ')}): name the one to make the default.`);
            }
            target = { kind: 'declared', index: 0 };
        }
        else {
            const problem = (0,_resource_names_js__WEBPACK_IMPORTED_MODULE_0__/* .nameProblem */ .rH)(setDefault, 'deployment');
            if (problem) {
                throw (0,_specs_origin_js__WEBPACK_IMPORTED_MODULE_1__/* .originError */ .T)(origin, `'${setDefault}' is neither true, false nor a deployment name: ${problem}.`);
            }
            target = targetOf(setDefault, declared);
        }
        return { target, origin, source: 'input', overridden: file };
    }
    if (file)
        return { target: file.target, origin: fileOrigin, source: 'file', overridden: undefined };
    if (declared.length === 1) {
        return {
            target: { kind: 'declared', index: 0 },
            origin: { kind: 'input', input: 'deployment-file' },
            source: 'only-deployment',
            overridden: undefined,
        };
    }
    throw endpoint.reader.error([], `this run deploys ${declared.length} deployments (${declared.map((d) => d.fileName).join(', ')}) to endpoint '${endpoint.name}' and names no default: set defaults.deployment_name in this file (or the input set-default).`);
}
/** The name a target stands for, given the run's deployment names and the endpoint's live default. */
function targetName(target, names, liveDefault) {
    if (target.kind === 'declared')
        return names[target.index];
    if (target.kind === 'named')
        return target.name;
    return liveDefault;
}
/**
 * The endpoint's default after the release (undefined: none), with the override warning when `set-default` leads to
 * another default than the endpoint file names.
 */
function resolveDefault(request, names, liveDefault, logger) {
    const chosen = targetName(request.target, names, liveDefault);
    const overridden = request.overridden;
    if (overridden) {
        const fileChoice = targetName(overridden.target, names, liveDefault);
        if (fileChoice?.toLowerCase() !== chosen?.toLowerCase()) {
            const outcome = request.target.kind === 'keep'
                ? `set-default is false, so the default stays ${chosen ? `'${chosen}'` : '(none)'}`
                : `set-default makes '${chosen}' the default`;
            logger.warning(`defaults.deployment_name '${overridden.written}' is not applied: ${outcome} (the input set-default overrides the endpoint file).`, { location: overridden.location });
        }
    }
    return chosen;
}


/***/ }),

/***/ 8275:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  jc: () => (/* binding */ ASSET_NAME),
  mg: () => (/* binding */ ASSET_VERSION),
  Fl: () => (/* binding */ isTemplate),
  rH: () => (/* reexport */ nameProblem),
  pi: () => (/* binding */ renderDeploymentName),
  MS: () => (/* binding */ templateProblem)
});

// UNUSED EXPORTS: PER_MODEL_VERSION, PER_MODEL_VERSION_TEMPLATE

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/shared/azure/ml-names.ts
/**
 * Azure ML batch endpoint and deployment names: 3 to 32 characters, `^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$` —
 * azure-ai-ml's `validate_endpoint_or_deployment_name`, which mirrors the service (the REST spec's path pattern is
 * looser). Endpoint names also become a DNS label (`{endpoint}.{region}.inference.ml.azure.com`) and must be unique
 * in the region.
 */
const ENDPOINT_NAME = /^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$/;
/** Why a name is refused (the service's wording), or undefined when it is valid. */
function nameProblem(name, kind) {
    const what = kind === 'endpoint' ? 'an endpoint' : 'a deployment';
    if (name.length < 3 || name.length > 32) {
        return `the name for ${what} must be at least 3 and at most 32 characters long (got ${name.length})`;
    }
    if (!ENDPOINT_NAME.test(name)) {
        return `the name for ${what} must start with a letter, end with a letter or digit, and contain only letters, digits and '-'`;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/deploy-aml-endpoint/resource-names.ts
/**
 * The names Azure ML accepts, and deployment names made from the model (`deployment-name: per-model-version` or a
 * template with `{model-name}` and `{model-version}`).
 *
 * Endpoint and deployment names: src/shared/azure/ml-names.ts (apply-control-metadata checks rows with them too).
 * Asset names (models, code): `^[a-zA-Z0-9][a-zA-Z0-9\-_]{0,254}$`, the path pattern of ModelVersions_CreateOrUpdate
 * in the 2022-10-01 spec (mfe.json).
 */



const ASSET_NAME = /^[a-zA-Z0-9][a-zA-Z0-9\-_]{0,254}$/;
/** Versions are free text in the spec; these characters would break `azureml:<name>:<version>` and the ARM path. */
const ASSET_VERSION = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const PER_MODEL_VERSION = 'per-model-version';
const PER_MODEL_VERSION_TEMPLATE = '{model-name}-v{model-version}';
const PLACEHOLDER = /\{([^{}]*)\}/g;
const KNOWN_PLACEHOLDERS = ['model-name', 'model-version'];
/** Checks a template's placeholders without a model: an unknown one is the user's typo. */
function templateProblem(template) {
    if (template === PER_MODEL_VERSION)
        return undefined;
    for (const [, name] of template.matchAll(PLACEHOLDER)) {
        if (!KNOWN_PLACEHOLDERS.includes(name)) {
            return `'{${name}}' is not a placeholder; use {model-name} and {model-version}`;
        }
    }
    if (/[{}]/.test(template.replace(PLACEHOLDER, '')))
        return 'it has an unmatched { or }';
    return undefined;
}
function isTemplate(name) {
    return name === PER_MODEL_VERSION || /\{[^{}]*\}/.test(name);
}
/** A model name or version as a name fragment: lower case, runs of other characters as one '-'. */
function fragment(value) {
    return value
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '');
}
/**
 * The deployment name for a model. Placeholders are replaced by sanitised fragments; a name that would be too long
 * keeps its start and ends with 8 hex characters of a hash of the full name, so two versions never collide by
 * truncation. The result still has to pass `nameProblem` (a template such as `1-{model-version}` cannot).
 */
function renderDeploymentName(template, model) {
    const pattern = template === PER_MODEL_VERSION ? PER_MODEL_VERSION_TEMPLATE : template;
    const values = {
        'model-name': fragment(model.name),
        'model-version': fragment(model.version),
    };
    const full = pattern
        .replace(PLACEHOLDER, (_match, name) => values[name] ?? '')
        .replace(/-{2,}/g, '-')
        .replace(/^-+|-+$/g, '');
    if (full.length <= 32)
        return full;
    const hash = (0,external_node_crypto_.createHash)('sha256').update(full).digest('hex').slice(0, 8);
    return `${full.slice(0, 23).replace(/-+$/, '')}-${hash}`;
}


/***/ }),

/***/ 6933:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  J: () => (/* binding */ VALIDATION_RECEIPT),
  R: () => (/* binding */ validationRequest)
});

// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(8382);
// EXTERNAL MODULE: ./src/shared/receipts/encoding.ts + 1 modules
var encoding = __webpack_require__(3790);
// EXTERNAL MODULE: ./src/shared/receipts/schemas.ts
var schemas = __webpack_require__(2143);
;// CONCATENATED MODULE: ./src/shared/receipts/chain.ts
/**
 * A receipt carries the receipts it was built on (`upstream`: the receipt and its digest). Before a consumer relies on
 * anything inside, the chain must be the one the actions wrote: every upstream digest is the digest of the receipt
 * next to it (a receipt edited by hand after it was written no longer matches), and every receipt of the chain is
 * of the same environment and subscription. This catches an altered chain; whether its claims still hold is for the
 * live checks (aml-verification.ts, adf-verification.ts).
 */



function upstreamOf(receipt) {
    return 'upstream' in receipt ? receipt.upstream : undefined;
}
/** Throws a ConfigurationError on `input` naming the first link that does not hold. */
function checkReceiptChain(receipt, input) {
    const producer = schemas/* RECEIPT_PRODUCERS */.xn[receipt.kind];
    let current = receipt;
    for (let link = upstreamOf(current); link; current = link.receipt, link = upstreamOf(current)) {
        const inner = link.receipt;
        const innerProducer = schemas/* RECEIPT_PRODUCERS */.xn[inner.kind];
        const refuse = (reason) => new errors/* ConfigurationError */.j1(`Input '${input}': the receipt of ${innerProducer} inside the receipt of ${schemas/* RECEIPT_PRODUCERS */.xn[current.kind]} ${reason}. Pass the 'receipt' output of ${producer} unchanged; if it was, run the release flow again from ${innerProducer}.`, { input });
        if ((0,encoding/* receiptDigest */.fw)(inner) !== link.digest) {
            throw refuse('does not match its digest: it was changed after it was written');
        }
        if (inner.environment !== receipt.environment) {
            throw refuse(`is for environment '${inner.environment}', not '${receipt.environment}'`);
        }
        if (inner.subscription !== undefined && inner.subscription !== receipt.subscription) {
            throw refuse(`is for subscription '${inner.subscription}', not '${receipt.subscription}'`);
        }
    }
}

;// CONCATENATED MODULE: ./src/shared/receipts/consistency.ts
const same = (a, b) => a.toLowerCase() === b.toLowerCase();
/** `name` and `version` of a model asset id (workspace ARM id or registry URI); undefined for anything else. */
function modelOfAssetId(assetId) {
    const match = /\/models\/([^/]+)\/versions\/([^/]+)$/i.exec(assetId);
    return match ? { name: match[1], version: match[2] } : undefined;
}
/** The segments of an ARM resource id: subscription, resource group, and the resource's own name path. */
function armSegments(id) {
    const match = /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/providers\/[^/]+\/(.+)$/i.exec(id);
    if (!match)
        return undefined;
    // After the provider namespace: type/name pairs (`workspaces/ws/batchEndpoints/be`).
    const pairs = match[3].split('/');
    if (pairs.length % 2 !== 0)
        return undefined;
    return {
        subscription: match[1],
        resourceGroup: match[2],
        names: pairs.filter((_, index) => index % 2 === 1),
    };
}
function amlDifferences(receipt, at) {
    const differences = [];
    const endpoint = armSegments(receipt.endpoint.id);
    const expectedEndpoint = [receipt.workspace, receipt.endpoint.name];
    if (!endpoint ||
        !same(endpoint.subscription, receipt.subscription) ||
        !same(endpoint.resourceGroup, receipt.resourceGroup) ||
        endpoint.names.length !== 2 ||
        !endpoint.names.every((name, index) => same(name, expectedEndpoint[index]))) {
        differences.push(`${at}endpoint.id '${receipt.endpoint.id}' is not the id of batch endpoint '${receipt.endpoint.name}' in workspace '${receipt.workspace}' (resource group '${receipt.resourceGroup}', subscription '${receipt.subscription}')`);
    }
    if (!same(receipt.deployment.id, `${receipt.endpoint.id}/deployments/${receipt.deployment.name}`)) {
        differences.push(`${at}deployment.id '${receipt.deployment.id}' is not the id of deployment '${receipt.deployment.name}' of that endpoint`);
    }
    const model = modelOfAssetId(receipt.model.id);
    if (!model) {
        differences.push(`${at}model.id '${receipt.model.id}' is not the id of a model version`);
    }
    else if (!same(model.name, receipt.model.name) || model.version !== receipt.model.version) {
        differences.push(`${at}model ${receipt.model.name}:${receipt.model.version} is not the model its id names (${model.name}:${model.version})`);
    }
    return differences;
}
function adfDifferences(receipt, at) {
    const factory = armSegments(receipt.factory.id);
    if (factory &&
        same(factory.subscription, receipt.subscription) &&
        same(factory.resourceGroup, receipt.resourceGroup) &&
        factory.names.length === 1 &&
        same(factory.names[0], receipt.factory.name)) {
        return [];
    }
    return [
        `${at}factory.id '${receipt.factory.id}' is not the id of factory '${receipt.factory.name}' (resource group '${receipt.resourceGroup}', subscription '${receipt.subscription}')`,
    ];
}
/**
 * Every place where the receipt, or a receipt inside it, disagrees with itself; each names the field, prefixed with
 * the path of the receipt inside (`upstream.receipt.`).
 */
function receiptInconsistencies(receipt, at = '') {
    const own = receipt.kind === 'aml'
        ? amlDifferences(receipt, at)
        : receipt.kind === 'adf'
            ? adfDifferences(receipt, at)
            : [];
    const inner = 'upstream' in receipt ? receipt.upstream.receipt : undefined;
    return inner ? [...own, ...receiptInconsistencies(inner, `${at}upstream.receipt.`)] : own;
}

// EXTERNAL MODULE: ./src/shared/receipts/receipt-input.ts
var receipt_input = __webpack_require__(2406);
;// CONCATENATED MODULE: ./src/shared/receipts/parse.ts
/**
 * Reading a receipt an action requires: the input field that takes it (it knows the receipt's kind), and the parse
 * that checks it is a receipt of that kind, of this version, environment and subscription, that every receipt inside
 * it is of the same environment and subscription with its digest intact (chain.ts), and that it agrees with itself
 * (consistency.ts: names and versions match the ids they come from). Nothing here talks to
 * Azure: an action that writes then checks the receipt's claims against live state (aml-verification.ts,
 * adf-verification.ts) before its first write.
 */






function parseReceiptInput(field, raw, scope) {
    if (raw === undefined && !field.required)
        return undefined;
    return parseReceipt(raw, { ...scope, kind: field.receiptKind, input: field.name });
}
/**
 * Parses and checks a receipt. Every refusal names the input and the action that must run first. Actions read their
 * receipt inputs through parseReceiptInput; this is the parse itself, for anything that holds a receipt's text.
 */
function parseReceipt(raw, expect) {
    const producer = receipt_input/* RECEIPT_PRODUCERS */.xn[expect.kind];
    const refuse = (reason) => new errors/* ConfigurationError */.j1(`Input '${expect.input}' ${reason}: ${(0,receipt_input/* runFirst */.gx)(expect.kind)}.`, {
        input: expect.input,
    });
    if (raw === undefined || raw.trim() === '')
        throw refuse(`is empty; it needs the receipt of ${producer}`);
    let value;
    try {
        value = JSON.parse(raw);
    }
    catch {
        throw refuse(`is not a receipt (not JSON); it needs the receipt of ${producer}`);
    }
    const record = (value && typeof value === 'object' ? value : {});
    if (typeof record.kind === 'string' && record.kind !== expect.kind && record.kind in receipt_input/* RECEIPT_PRODUCERS */.xn) {
        const other = receipt_input/* RECEIPT_PRODUCERS */.xn[record.kind];
        throw refuse(`holds the receipt of ${other}, not of ${producer}`);
    }
    if (record.kind !== expect.kind)
        throw refuse(`is not a receipt of ${producer}`);
    if (typeof record.v === 'number' && record.v > schemas/* RECEIPT_VERSION */.y4) {
        throw new errors/* ConfigurationError */.j1(`Input '${expect.input}' holds a version ${record.v} receipt, written by a newer ${producer}; use a release of this action that reads it.`, { input: expect.input });
    }
    const parsed = schemas/* RECEIPT_SCHEMAS */.g5[expect.kind].safeParse(value);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const at = issue.path.length ? issue.path.join('.') : 'the receipt';
        throw refuse(`is not a valid receipt of ${producer} (${at}: ${issue.message}); it may have been edited or truncated`);
    }
    const receipt = parsed.data;
    if (receipt.environment !== expect.environment) {
        throw new errors/* ConfigurationError */.j1(`Input '${expect.input}' is the receipt of ${producer} for environment '${receipt.environment}', but this step works on '${expect.environment}': run ${producer} for '${expect.environment}' first and pass that receipt.`, { input: expect.input });
    }
    if (expect.subscription !== undefined && receipt.subscription !== expect.subscription) {
        throw new errors/* ConfigurationError */.j1(`Input '${expect.input}' is the receipt of ${producer} in subscription '${receipt.subscription}', but this step works in '${expect.subscription}': pass the receipt of the same environment's deployment.`, { input: expect.input });
    }
    // The receipts inside are held to the same environment and subscription as this one, hence as this step.
    checkReceiptChain(receipt, expect.input);
    const inconsistencies = receiptInconsistencies(receipt);
    if (inconsistencies.length > 0) {
        throw new errors/* ConfigurationError */.j1(`Input '${expect.input}' holds a receipt of ${producer} that disagrees with itself, so it was edited after it was written: ${inconsistencies.join('; ')}. Pass the 'receipt' output of ${producer} unchanged; if it was, run ${producer} again.`, { input: expect.input });
    }
    return receipt;
}

;// CONCATENATED MODULE: ./src/deploy-aml-endpoint/validation-receipt.ts
/**
 * Promotion across workspaces (DESIGN.md §2.2): with one workspace per environment, prod cannot read the stamp
 * run-integration-score wrote on staging's model version, so staging's integration receipt (`validation-receipt`,
 * handed from the staging job to the prod job) carries the evidence. Here it is checked without Azure, before any
 * call: it is an integration receipt of the environment `require-validation` names (not this step's: its
 * environment, and with it its subscription, are staging's), its chain of receipts is the one the actions wrote
 * (every upstream digest matches and every link is of that same environment and subscription), it comes from this
 * repository, and its run validated. Whether the model about to be deployed holds the bytes it validated is checked
 * in the plan (promotion-check.ts).
 *
 * The optional `validation-*` inputs name the validating environment's workspace: given, they must name the
 * workspace the receipt was written in (so the receipt's subscription is checked against what the workflow says
 * staging's is), and the stamp is also checked live there.
 */



const VALIDATION_RECEIPT = 'validation-receipt';
const WORKSPACE_INPUTS = [
    'validation-subscription-id',
    'validation-resource-group',
    'validation-workspace-name',
];
function refuse(input, message) {
    return new errors/* ConfigurationError */.j1(`Input '${input}' ${message}`, { input });
}
/** The checked validation request, or undefined without `require-validation`. */
function validationRequest(inputs, run) {
    const environment = inputs.requireValidation;
    const named = [
        inputs.validationSubscriptionId,
        inputs.validationResourceGroup,
        inputs.validationWorkspaceName,
    ];
    if (!environment) {
        const given = [VALIDATION_RECEIPT, ...WORKSPACE_INPUTS].find((_, index) => [inputs.validationReceipt, ...named][index] !== undefined);
        if (given) {
            throw refuse(given, "is only read with 'require-validation': set require-validation to the environment that validates (such as staging), or leave it out.");
        }
        return undefined;
    }
    const givenNames = named.filter((value) => value !== undefined).length;
    if (givenNames !== 0 && givenNames !== named.length) {
        const missing = WORKSPACE_INPUTS.filter((_, index) => named[index] === undefined);
        throw refuse(missing[0], `is missing: give ${WORKSPACE_INPUTS.join(', ')} together (they name ${environment}'s workspace, where the validation stamp is then read live), or none of them.`);
    }
    if (inputs.validationReceipt === undefined) {
        if (givenNames) {
            throw refuse(VALIDATION_RECEIPT, `is missing: ${WORKSPACE_INPUTS.join(', ')} name ${environment}'s workspace, and the receipt says which model version there was validated. Pass the 'receipt' output of run-integration-score in ${environment}.`);
        }
        return { environment, receipt: undefined, workspace: undefined };
    }
    const receipt = parseValidationReceipt(inputs.validationReceipt, environment, run);
    const workspace = givenNames === named.length
        ? {
            subscriptionId: inputs.validationSubscriptionId,
            resourceGroup: inputs.validationResourceGroup,
            workspace: inputs.validationWorkspaceName,
        }
        : undefined;
    if (workspace)
        checkReceiptWorkspace(receipt, workspace);
    return { environment, receipt, workspace };
}
function parseValidationReceipt(raw, environment, run) {
    const runIt = `run run-integration-score in ${environment} and pass its 'receipt' output unchanged`;
    let claimed;
    try {
        claimed = JSON.parse(raw);
    }
    catch {
        throw refuse(VALIDATION_RECEIPT, `is not a receipt (not JSON): ${runIt}.`);
    }
    const other = claimed?.environment;
    if (claimed?.kind === 'integration' &&
        typeof other === 'string' &&
        other !== environment) {
        throw refuse(VALIDATION_RECEIPT, `is the integration receipt of environment '${other}', but require-validation asks for '${environment}': ${runIt}.`);
    }
    const receipt = parseReceipt(raw, { kind: 'integration', input: VALIDATION_RECEIPT, environment });
    checkReceiptChain(receipt, VALIDATION_RECEIPT);
    if (run.repo && receipt.run.repo && receipt.run.repo.toLowerCase() !== run.repo.toLowerCase()) {
        throw refuse(VALIDATION_RECEIPT, `was written by a run of repository '${receipt.run.repo}', not of '${run.repo}': promote with the receipt of this repository's ${environment} job.`);
    }
    if (!receipt.validated) {
        const { model, job } = receipt;
        throw refuse(VALIDATION_RECEIPT, `says model ${model.name}:${model.version} did not pass integration scoring in '${environment}' (job ${job.id}, ${job.status}${job.url ? `, ${job.url}` : ''}): fix what its report lists and run run-integration-score in ${environment} again; only a run that validated lets a model through.`);
    }
    return receipt;
}
function checkReceiptWorkspace(receipt, named) {
    const written = {
        subscriptionId: receipt.subscription,
        resourceGroup: receipt.resourceGroup,
        workspace: receipt.workspace,
    };
    const differs = [
        ['validation-subscription-id', 'subscriptionId', 'subscription'],
        ['validation-resource-group', 'resourceGroup', 'resource group'],
        ['validation-workspace-name', 'workspace', 'workspace'],
    ].find(([, key]) => written[key].toLowerCase() !== named[key].toLowerCase());
    if (differs) {
        const [input, key, what] = differs;
        throw refuse(input, `names ${what} '${named[key]}', but the validation receipt was written in ${what} '${written[key]}' (workspace ${receipt.workspace}): pass the receipt of the workspace these inputs name, or fix them.`);
    }
}


/***/ }),

/***/ 1562:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eZ: () => (/* binding */ contentDigest),
/* harmony export */   lo: () => (/* binding */ digestFolder)
/* harmony export */ });
/* unused harmony export sha256OfFile */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8382);
/**
 * A folder (or single file) as content: every file with its SHA-256, and one digest over the relative paths and file
 * digests (`contentDigest`). The digest is the one identity of "the same bytes" across the actions: it names a local
 * upload (`LocalUpload/<digest>/...`, as azure-ai-ml names uploads by a content hash), it is a model version's
 * content digest (tag `mlops.content-sha256`, the same whether the files are read from a local folder or from the
 * model's datastore, see azure/model-content.ts), and it is what a receipt says its inputs were. `.git` folders are
 * left out of a local folder; symbolic links are refused, because what they point to is not part of the
 * repository's content.
 */





/**
 * The digest of a set of files: SHA-256 over `<path>\0<sha256>\n` per file, in the code-unit order of the paths
 * (the order a blob listing gives), so a local folder and its copy in a datastore have the same digest.
 */
function contentDigest(files) {
    const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    for (const file of sorted)
        digest.update(`${file.path}\0${file.sha256}\n`);
    return digest.digest('hex');
}
function sha256OfFile(path) {
    return new Promise((resolve, reject) => {
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path)
            .on('data', (chunk) => hash.update(chunk))
            .on('error', reject)
            .on('end', () => resolve(hash.digest('hex')));
    });
}
async function listFiles(root, shown) {
    const found = [];
    const visit = async (dir) => {
        const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(dir, { withFileTypes: true });
        for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
            const path = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, entry.name);
            if (entry.isSymbolicLink()) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${shown}: '${(0,node_path__WEBPACK_IMPORTED_MODULE_3__.relative)(root, path).split(node_path__WEBPACK_IMPORTED_MODULE_3__.sep).join('/')}' is a symbolic link; upload real files only.`);
            }
            if (entry.isDirectory()) {
                if (entry.name !== '.git')
                    await visit(path);
            }
            else if (entry.isFile()) {
                found.push(path);
            }
        }
    };
    await visit(root);
    return found;
}
async function digestFolder(absolute, shown) {
    let stats;
    try {
        stats = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(absolute);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${shown}: no such folder or file in the workspace.`);
    }
    if (stats.isSymbolicLink())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${shown} is a symbolic link; name the folder itself.`);
    const isFile = stats.isFile();
    const paths = isFile ? [absolute] : await listFiles(absolute, shown);
    if (paths.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${shown} is an empty folder: it holds no file.`);
    const files = [];
    for (const path of paths) {
        const size = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(path)).size;
        files.push({
            path: isFile ? (0,node_path__WEBPACK_IMPORTED_MODULE_3__.basename)(path) : (0,node_path__WEBPACK_IMPORTED_MODULE_3__.relative)(absolute, path).split(node_path__WEBPACK_IMPORTED_MODULE_3__.sep).join('/'),
            absolute: path,
            size,
            sha256: await sha256OfFile(path),
        });
    }
    return {
        kind: isFile ? 'file' : 'folder',
        absolute,
        shown,
        name: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.basename)(absolute),
        files,
        bytes: files.reduce((sum, file) => sum + file.size, 0),
        digest: contentDigest(files),
    };
}


/***/ }),

/***/ 427:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ suggest)
/* harmony export */ });
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


/***/ })

};
