export const id = 595;
export const ids = [595];
export const modules = {

/***/ 44595:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  integrationReceipt: () => (/* binding */ integrationReceipt),
  runLabel: () => (/* binding */ runLabel),
  stampModel: () => (/* binding */ stampModel),
  stampTags: () => (/* binding */ stampTags)
});

// EXTERNAL MODULE: ./src/shared/azure/asset-tags.ts
var asset_tags = __webpack_require__(33443);
// EXTERNAL MODULE: ./src/shared/receipts/encoding.ts
var encoding = __webpack_require__(95198);
// EXTERNAL MODULE: ./src/shared/receipts/schemas.ts
var schemas = __webpack_require__(2143);
;// CONCATENATED MODULE: ./src/shared/receipts/builders.ts
/**
 * One builder per receipt an action emits: each takes the facts the action gathered and gives the receipt, checked
 * against its schema. A receipt that would not parse downstream is this project's bug, so it fails here, naming the
 * field, instead of in the next action.
 */


function common(facts) {
    return {
        v: schemas/* RECEIPT_VERSION */.y4,
        environment: facts.environment,
        subscription: facts.subscriptionId,
        resourceGroup: facts.resourceGroup,
        run: facts.run,
        time: new Date(facts.time).toISOString(),
    };
}
function checked(kind, receipt) {
    const parsed = schemas/* RECEIPT_SCHEMAS */.g5[kind].safeParse(receipt);
    if (parsed.success)
        return parsed.data;
    const issue = parsed.error.issues[0];
    throw new Error(`The ${kind} receipt this step built is not valid (${issue.path.join('.') || 'the receipt'}: ${issue.message}).`);
}
/** deploy-aml-endpoint: the endpoint, its default deployment and the model version it serves. */
function buildAmlReceipt(facts) {
    return checked('aml', {
        ...common(facts),
        kind: 'aml',
        workspace: facts.workspace,
        endpoint: { ...facts.endpoint },
        deployment: { ...facts.deployment },
        model: { ...facts.model },
    });
}
/** deploy-adf-pipelines: the factory and its pipelines' content hashes, upstream the aml receipt. */
function buildAdfReceipt(facts) {
    return checked('adf', {
        ...common(facts),
        kind: 'adf',
        factory: { ...facts.factory },
        ...(facts.target ? { target: facts.target } : {}),
        pipelines: facts.pipelines.map((pipeline) => ({ ...pipeline })),
        ...(facts.planned ? { planned: true } : {}),
        upstream: upstream(facts.amlReceipt),
    });
}
/** apply-control-metadata: the store and table, the rows' count and hash, upstream the adf receipt. */
function buildMetadataReceipt(facts) {
    return checked('metadata', {
        ...common(facts),
        kind: 'metadata',
        store: { ...facts.store },
        rows: { ...facts.rows },
        upstream: upstream(facts.adfReceipt),
    });
}
/** run-integration-score: the scoring run, the model version and its content digest, the verdict; upstream metadata. */
function buildIntegrationReceipt(facts) {
    return checked('integration', {
        ...common(facts),
        kind: 'integration',
        workspace: facts.workspace,
        mode: facts.mode,
        job: { ...facts.job },
        rowsScored: facts.rowsScored,
        validated: facts.validated,
        model: { ...facts.model },
        ...(facts.expectationsDigest ? { expectationsDigest: facts.expectationsDigest } : {}),
        upstream: (0,encoding/* upstream */.a4)(facts.metadataReceipt),
    });
}
/** check-drift-gate: the verdict, the drifted features, the model and the report's digest. */
function buildDriftReceipt(facts) {
    const aml = facts.amlReceipt;
    return checked('drift', {
        v: RECEIPT_VERSION,
        kind: 'drift',
        environment: facts.environment,
        ...(aml ? { subscription: aml.subscription, resourceGroup: aml.resourceGroup } : {}),
        run: facts.run,
        time: new Date(facts.time).toISOString(),
        drifted: facts.drifted,
        driftShare: facts.driftShare,
        driftedFeatures: [...facts.driftedFeatures],
        ...(facts.model ? { model: { ...facts.model } } : {}),
        reportDigest: facts.reportDigest,
    });
}

;// CONCATENATED MODULE: ./src/run-integration-score/evidence.ts
/**
 * The promotion evidence of a validated run (DESIGN.md §2.2): the stamp on the model version in this environment's
 * workspace, and the integration receipt the next environment's deploy-aml-endpoint can take.
 *
 * The stamp: `mlops.validated.<environment>` = the URL of the run (the repository and commit when the runner names
 * no run), `mlops.validated.<environment>.content-sha256` = the content digest the run scored, and
 * `mlops.content-sha256` when the version does not carry it yet (a version registered by other means than
 * deploy-aml-endpoint). Written by a PUT of the version with its other fields unchanged (asset-tags.ts), only after
 * every expectation was met.
 */



function runLabel(run) {
    return run.url ?? `${run.repo}@${run.sha}`;
}
function stampTags(environment, run, model) {
    const digest = model.content.digest;
    return {
        [(0,asset_tags/* validationTag */.I_)(environment)]: runLabel(run),
        [(0,asset_tags/* validatedContentTag */.ud)(environment)]: digest,
        ...(model.live.properties.tags?.[asset_tags/* CONTENT_DIGEST_TAG */.gt] ? {} : { [asset_tags/* CONTENT_DIGEST_TAG */.gt]: digest }),
    };
}
/** Tags the model version; answers the stamp tag written. */
async function stampModel(scope, model, environment, run, logger) {
    const tags = stampTags(environment, run, model);
    const { written } = await (0,asset_tags/* tagModelVersion */.qo)(scope, model, model.live, tags, `as validated in '${environment}'`);
    const tag = `${(0,asset_tags/* validationTag */.I_)(environment)}=${runLabel(run)}`;
    logger.info(written
        ? `Stamped model ${model.name}:${model.version}: ${tag} (content ${model.content.digest.slice(0, 12)})`
        : `Model ${model.name}:${model.version} already carries ${tag}`);
    return tag;
}
function integrationReceipt(facts) {
    const { job } = facts.outcome;
    return (0,encoding/* encodeReceipt */.vX)(buildIntegrationReceipt({
        environment: facts.environment,
        subscriptionId: facts.subscriptionId,
        resourceGroup: facts.scope.resourceGroup,
        run: facts.run,
        time: facts.time,
        workspace: facts.scope.workspace,
        mode: facts.outcome.mode,
        job: {
            id: job.id,
            status: job.status,
            ...(job.resourceId ? { resourceId: job.resourceId } : {}),
            ...(job.url ? { url: job.url } : {}),
        },
        rowsScored: facts.rowsScored,
        validated: facts.validated,
        model: {
            id: facts.model.id,
            name: facts.model.name,
            version: facts.model.version,
            contentDigest: facts.model.content.digest,
        },
        ...(facts.expectationsDigest ? { expectationsDigest: facts.expectationsDigest } : {}),
        metadataReceipt: facts.metadataReceipt,
    }));
}


/***/ }),

/***/ 33443:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I_: () => (/* binding */ validationTag),
/* harmony export */   gt: () => (/* binding */ CONTENT_DIGEST_TAG),
/* harmony export */   qo: () => (/* binding */ tagModelVersion),
/* harmony export */   ud: () => (/* binding */ validatedContentTag)
/* harmony export */ });
/* unused harmony export retaggedVersion */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58382);

const CONTENT_DIGEST_TAG = 'mlops.content-sha256';
function validationTag(environment) {
    return `mlops.validated.${environment}`;
}
function validatedContentTag(environment) {
    return `${validationTag(environment)}.content-sha256`;
}
/** The PUT body that keeps everything of `live` and sets `tags` on top of its tags. */
function retaggedVersion(live, tags) {
    const properties = live.properties;
    return {
        properties: {
            ...(properties.description != null ? { description: properties.description } : {}),
            ...(properties.properties ? { properties: properties.properties } : {}),
            ...(properties.modelUri != null ? { modelUri: properties.modelUri } : {}),
            ...(properties.modelType != null ? { modelType: properties.modelType } : {}),
            ...(properties.flavors ? { flavors: properties.flavors } : {}),
            ...(properties.jobName != null ? { jobName: properties.jobName } : {}),
            ...(properties.isArchived !== undefined ? { isArchived: properties.isArchived } : {}),
            tags: { ...(properties.tags ?? {}), ...tags },
        },
    };
}
/**
 * Adds `tags` to a registered version (see the module comment). Answers the version as Azure has it after the PUT,
 * or `live` itself when it already carries every tag with that value (nothing is written).
 */
async function tagModelVersion(scope, model, live, tags, purpose) {
    const current = live.properties.tags ?? {};
    if (Object.entries(tags).every(([key, value]) => current[key] === value)) {
        return { version: live, written: false };
    }
    try {
        const version = await scope.client.modelVersions.createOrUpdate(scope.resourceGroup, scope.workspace, model.name, model.version, retaggedVersion(live, tags));
        return { version, written: true };
    }
    catch (error) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .withContext */ .eQ)(`Could not tag model ${model.name}:${model.version} ${purpose}`, error);
    }
}


/***/ }),

/***/ 95198:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a4: () => (/* binding */ upstream),
/* harmony export */   fw: () => (/* binding */ receiptDigest),
/* harmony export */   vX: () => (/* binding */ encodeReceipt)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _canonical_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42586);
/**
 * A receipt's one encoding (canonical JSON: the `receipt` output) and its digest, by which the next receipt names it
 * as its `upstream`.
 */


function encodeReceipt(receipt) {
    return (0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalJson */ .d)(receipt);
}
function receiptDigest(receipt) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(encodeReceipt(receipt)).digest('hex');
}
/** Wraps a receipt as the `upstream` of the next one. */
function upstream(receipt) {
    return { digest: receiptDigest(receipt), receipt };
}


/***/ }),

/***/ 2143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g5: () => (/* binding */ RECEIPT_SCHEMAS),
/* harmony export */   xn: () => (/* reexport safe */ _receipt_input_js__WEBPACK_IMPORTED_MODULE_0__.xn),
/* harmony export */   y4: () => (/* binding */ RECEIPT_VERSION)
/* harmony export */ });
/* unused harmony exports amlReceiptSchema, adfReceiptSchema, metadataReceiptSchema, integrationReceiptSchema, driftReceiptSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92857);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(64377);
/* harmony import */ var _receipt_input_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(42406);
/**
 * Receipts: the ordering contract between the actions (DESIGN.md §2.1). Each action emits one as its `receipt`
 * output (builders.ts) and the next action requires it (parse.ts); an action that writes to Azure or the control
 * database checks its claims against live state first (aml-verification.ts, adf-verification.ts). A receipt is
 * compact canonical JSON (encoding.ts), versioned (`v: 1`), and carries the receipt it was built on (`upstream`) so
 * every later step can see the whole chain and its digests.
 *
 * This file holds the schema of each kind of receipt (the kinds and their producers: receipt-input.ts).
 */

const RECEIPT_VERSION = 1;

const name = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1);
const runSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    repo: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    sha: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    runId: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    runAttempt: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    url: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
});
const base = {
    v: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(RECEIPT_VERSION),
    environment: name,
    subscription: name,
    resourceGroup: name,
    run: runSchema,
    time: zod__WEBPACK_IMPORTED_MODULE_2__/* .datetime */ .w$({ offset: true }),
};
const modelSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ id: name, name, version: name });
const amlReceiptSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    ...base,
    kind: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('aml'),
    workspace: name,
    endpoint: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ name, id: name, scoringUri: zod__WEBPACK_IMPORTED_MODULE_1__/* .url */ .OZ5() }),
    deployment: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ name, id: name }),
    model: modelSchema,
});
const upstreamOf = (receipt) => zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ digest: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/), receipt });
const adfReceiptSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    ...base,
    kind: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('adf'),
    /** The data factory, or (target `synapse`) the Synapse workspace: its name and ARM id. */
    factory: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ name, id: name }),
    /** Set when the pipelines were deployed to a Synapse workspace (its artifacts' endpoint), not a data factory. */
    target: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('synapse').optional(),
    pipelines: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ name, hash: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/) })),
    /**
     * Set by a dry run: the pipelines are those the deploy would make, not what the factory holds. A dry run downstream
     * plans with it; a real apply refuses it.
     */
    planned: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(true).optional(),
    upstream: upstreamOf(amlReceiptSchema),
});
const metadataReceiptSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    ...base,
    kind: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('metadata'),
    store: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        engine: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['sqlserver', 'postgresql']),
        server: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        database: name,
        table: name,
        /**
         * Set when the table was the user's, adopted through a table-schema file: the file as the step named it, and the
         * digest of its parsed mapping (table-schema.ts `tableSchemaDigest`). Absent: the action's own table, with its
         * own column names (receipts written before this field existed are such receipts).
         */
        tableSchema: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ file: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), digest: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/) }).optional(),
    }),
    rows: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ count: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(), hash: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/) }),
    upstream: upstreamOf(adfReceiptSchema),
});
const sha256 = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/);
/**
 * The evidence a model version passed integration scoring: the scoring run (an endpoint job or a pipeline run), the
 * model version and its content digest (folder-digest.ts, computed from the version's files), the expectations it
 * was held to (their digest: the expectations file and the files it names), the verdict, and upstream the metadata
 * receipt of the release it scored.
 */
const integrationReceiptSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    ...base,
    kind: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('integration'),
    workspace: name,
    mode: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['pipeline', 'endpoint']),
    job: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        /** The endpoint job's name, or the pipeline run id. */
        id: name,
        status: name,
        /** The job's ARM id, when it has one. */
        resourceId: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
        /** Where a person sees the run (Azure ML studio), when Azure names it. */
        url: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    }),
    rowsScored: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
    validated: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
    model: modelSchema.extend({ contentDigest: sha256 }),
    expectationsDigest: sha256.optional(),
    upstream: upstreamOf(metadataReceiptSchema),
});
/** The drift gate also runs on a schedule with no deployment in the job: Azure coordinates are optional there. */
const driftReceiptSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    ...base,
    subscription: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    resourceGroup: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    kind: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('drift'),
    drifted: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
    driftShare: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(0).max(1),
    driftedFeatures: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
    model: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), version: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() }).optional(),
    reportDigest: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/),
});
const RECEIPT_SCHEMAS = {
    aml: amlReceiptSchema,
    adf: adfReceiptSchema,
    metadata: metadataReceiptSchema,
    integration: integrationReceiptSchema,
    drift: driftReceiptSchema,
};


/***/ })

};
