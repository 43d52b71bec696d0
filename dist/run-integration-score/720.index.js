export const id = 720;
export const ids = [720];
export const modules = {

/***/ 46720:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   planScoring: () => (/* binding */ planScoring)
/* harmony export */ });
/* harmony import */ var _shared_azure_datastore_uris_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(42630);
/* harmony import */ var _endpoint_endpoint_scoring_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(94033);
/* harmony import */ var _evidence_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44595);
/* harmony import */ var _prepare_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9925);
/**
 * A dry run's plan: what a real run would upload, start, validate and tag — from the same checks a real run makes
 * (the receipts verified live, the model's digest computed, the input found), with nothing written.
 */




function planScoring(prepared, release, options) {
    const aml = prepared.amlReceipt;
    const { expectations } = prepared;
    const input = (0,_prepare_js__WEBPACK_IMPORTED_MODULE_2__/* .endpointInput */ .I)(prepared);
    const { model } = release;
    return {
        environment: options.environment,
        endpoint: {
            name: aml.endpoint.name,
            deployment: aml.deployment.name,
            scoringUri: aml.endpoint.scoringUri,
        },
        model: { name: model.name, version: model.version, contentDigest: model.content.digest },
        input: {
            uri: (0,_endpoint_endpoint_scoring_js__WEBPACK_IMPORTED_MODULE_0__.inputUri)(prepared, release),
            ...(input.kind === 'local'
                ? {
                    upload: {
                        files: input.content.files.length,
                        bytes: input.content.bytes,
                        from: input.content.shown,
                    },
                }
                : {}),
        },
        outputUri: (0,_shared_azure_datastore_uris_js__WEBPACK_IMPORTED_MODULE_3__/* .datastoreUri */ .G)(release.datastore.name, (0,_endpoint_endpoint_scoring_js__WEBPACK_IMPORTED_MODULE_0__.outputFolder)(prepared, options.environment)),
        expectations: expectations ? { file: expectations.file, digest: expectations.digest } : undefined,
        stamp: options.stampValidation
            ? { tags: (0,_evidence_js__WEBPACK_IMPORTED_MODULE_1__.stampTags)(options.environment, prepared.run, model) }
            : undefined,
    };
}


/***/ }),

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


/***/ })

};
