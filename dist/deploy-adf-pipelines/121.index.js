export const id = 121;
export const ids = [121];
export const modules = {

/***/ 9121:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AdfValidationError: () => (/* binding */ AdfValidationError),
  formatProblem: () => (/* reexport */ formatProblem),
  problemFromError: () => (/* binding */ problemFromError),
  throwIfProblems: () => (/* binding */ throwIfProblems)
});

// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(8382);
;// CONCATENATED MODULE: ./src/shared/problems.ts
/** `pipeline/Score.json line 12, column 7: message`. */
function formatProblem(problem) {
    const { file, line, column } = problem.location;
    const where = line === undefined ? file : `${file} line ${line}${column === undefined ? '' : `, column ${column}`}`;
    return `${where}: ${problem.message}`;
}

;// CONCATENATED MODULE: ./src/deploy-adf-pipelines/problems.ts
/**
 * Validation collects every problem before failing, so one run shows the user all they must fix. The single error
 * thrown carries each problem with its location, so the entry point can annotate every one of them.
 */



class AdfValidationError extends errors.ConfigurationError {
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
    if (error instanceof errors.ConfigurationError) {
        const location = error.location ?? { file };
        const prefix = `${location.file} line ${location.line}, column ${location.column}: `;
        const message = error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
        return { message, location };
    }
    throw error;
}


/***/ })

};
