export const id = 56;
export const ids = [56];
export const modules = {

/***/ 32056:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RowsError: () => (/* binding */ RowsError),
/* harmony export */   formatRowProblem: () => (/* binding */ formatRowProblem),
/* harmony export */   sortProblems: () => (/* binding */ sortProblems)
/* harmony export */ });
/* harmony import */ var _deploy_adf_pipelines_problems_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37277);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58382);
/**
 * Problems with the rows, the overrides file or the rows against the receipt. Every problem is collected before
 * failing, so one run shows the user all they must fix; the single error carries each with its location, so the
 * entry point can annotate every one (the others as annotations, the first as the step's error).
 */


/** `rows/churn.yml line 12, column 7: message`. */
function formatRowProblem(problem) {
    return (0,_deploy_adf_pipelines_problems_js__WEBPACK_IMPORTED_MODULE_0__/* .formatProblem */ .Vw)(problem);
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
class RowsError extends _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__.ConfigurationError {
    name = 'RowsError';
    problems;
    /**
     * @param source what the problems are in, for the message: `the rows`, `the overrides file overrides/dev.yml`.
     * @param input the action input at fault.
     */
    constructor(problems, source, input) {
        const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
        super(`${count} in ${source}:\n${problems.map((p) => `- ${formatRowProblem(p)}`).join('\n')}`, {
            input,
            location: problems[0]?.location,
        });
        this.problems = problems;
    }
}


/***/ }),

/***/ 37277:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vw: () => (/* binding */ formatProblem)
/* harmony export */ });
/* unused harmony exports AdfValidationError, throwIfProblems, problemFromError */
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58382);
/**
 * Validation collects every problem before failing, so one run shows the user all they must fix. The single error
 * thrown carries each problem with its location, so the entry point can annotate every one of them.
 */

/** `pipeline/Score.json line 12, column 7: message`. */
function formatProblem(problem) {
    const { file, line, column } = problem.location;
    const where = line === undefined ? file : `${file} line ${line}${column === undefined ? '' : `, column ${column}`}`;
    return `${where}: ${problem.message}`;
}
class AdfValidationError extends _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__.ConfigurationError {
    name = 'AdfValidationError';
    problems;
    constructor(problems) {
        const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
        super(`The Data Factory source has ${count}:\n${problems.map((p) => `- ${formatProblem(p)}`).join('\n')}`, {
            location: problems[0]?.location,
        });
        this.problems = problems;
    }
}
/** Throws one AdfValidationError listing all problems, if there are any. */
function throwIfProblems(problems) {
    if (problems.length > 0)
        throw new AdfValidationError(problems);
}
/** Turns a ConfigurationError raised while reading a file (parse error) into a Problem. */
function problemFromError(error, file) {
    if (error instanceof AdfValidationError)
        return error.problems[0] ?? { message: error.message, location: { file } };
    if (error instanceof ConfigurationError) {
        const location = error.location ?? { file };
        const prefix = `${location.file} line ${location.line}, column ${location.column}: `;
        const message = error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
        return { message, location };
    }
    throw error;
}


/***/ })

};
