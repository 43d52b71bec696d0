export const id = 603;
export const ids = [603];
export const modules = {

/***/ 1603:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DriftDetectedError: () => (/* binding */ DriftDetectedError),
/* harmony export */   SchemaChangeError: () => (/* binding */ SchemaChangeError),
/* harmony export */   concludeGate: () => (/* binding */ concludeGate),
/* harmony export */   describeVerdict: () => (/* binding */ describeVerdict)
/* harmony export */ });
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8382);
/* harmony import */ var _gate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4703);
/**
 * The gate's verdict in words, and how the step ends on it: with `on-drift: fail` dataset drift fails the step as a
 * DriftDetectedError, the gate's answer, not a crash, so the step fails with its message alone
 * (src/shared/action.ts); otherwise drift is a warning. A schema change (a column on one side only) fails the step as
 * a SchemaChangeError with `on-schema-change: fail`, else warns; no feature with enough data warns. Metrics
 * Application Insights refused fail the step only with `fail-on-metrics-error`.
 */


/** `2 of 5 features drifted (age, income), share 0.400 ≥ 0.3`. */
function describeVerdict(result) {
    return `${result.driftedFeatures.length} of ${result.features.length} features drifted (${result.driftedFeatures.join(', ')}), share ${result.driftShare.toFixed(3)} ≥ ${result.driftShareThreshold}`;
}
class DriftDetectedError extends _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerdictError */ .ay {
    environment;
    reportPath;
    name = 'DriftDetectedError';
    driftedFeatures;
    driftShare;
    constructor(environment, result, 
    /** The drift report the message points to. */
    reportPath) {
        super(`Dataset drift in ${environment}: ${describeVerdict(result)}; see the job summary and ${reportPath}.`);
        this.environment = environment;
        this.reportPath = reportPath;
        this.driftedFeatures = [...result.driftedFeatures];
        this.driftShare = result.driftShare;
    }
}
class SchemaChangeError extends _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerdictError */ .ay {
    environment;
    changes;
    reportPath;
    name = 'SchemaChangeError';
    constructor(environment, changes, reportPath) {
        super(`Schema change in ${environment}: ${changes.map(_gate_js__WEBPACK_IMPORTED_MODULE_1__/* .describeSchemaChange */ .VP).join('; ')}. Fix the data, exclude the columns (exclude-features), or set on-schema-change: warn; see ${reportPath}.`);
        this.environment = environment;
        this.changes = changes;
        this.reportPath = reportPath;
    }
}
/** Ends the step on the verdict; called once the outputs are set, so a failing gate still hands them on. */
function concludeGate(result, conclusion, logger) {
    if (result.schemaChanges.length > 0 && conclusion.onSchemaChange === 'fail') {
        throw new SchemaChangeError(conclusion.environment, result.schemaChanges, conclusion.reportPath);
    }
    if (result.insufficientData) {
        logger.warning(`No feature has enough data to measure drift in ${conclusion.environment} (min-sample-size ${result.minSampleSize}): insufficient data, not drift.`, { title: 'Insufficient data' });
    }
    if (result.drifted && conclusion.onDrift === 'fail') {
        throw new DriftDetectedError(conclusion.environment, result, conclusion.reportPath);
    }
    if (result.drifted)
        logger.warning(`Dataset drift in ${conclusion.environment}: ${describeVerdict(result)}.`, {
            title: 'Model drift',
        });
    if (conclusion.metricsFailure && conclusion.failOnMetricsError) {
        throw new Error(`${conclusion.metricsFailure} (fail-on-metrics-error is true)`);
    }
}


/***/ })

};
