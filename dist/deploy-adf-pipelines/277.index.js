export const id = 277;
export const ids = [277];
export const modules = {

/***/ 7277:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AdfValidationError: () => (/* binding */ AdfValidationError),
/* harmony export */   formatProblem: () => (/* binding */ formatProblem),
/* harmony export */   problemFromError: () => (/* binding */ problemFromError),
/* harmony export */   throwIfProblems: () => (/* binding */ throwIfProblems)
/* harmony export */ });
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8382);
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
    if (error instanceof _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__.ConfigurationError) {
        const location = error.location ?? { file };
        const prefix = `${location.file} line ${location.line}, column ${location.column}: `;
        const message = error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
        return { message, location };
    }
    throw error;
}


/***/ })

};
