export const id = 282;
export const ids = [282];
export const modules = {

/***/ 5282:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RowsError: () => (/* binding */ RowsError),
  formatRowProblem: () => (/* binding */ formatRowProblem),
  sortProblems: () => (/* binding */ sortProblems)
});

// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(58382);
;// CONCATENATED MODULE: ./src/shared/problems.ts
/** `pipeline/Score.json line 12, column 7: message`. */
function formatProblem(problem) {
    const { file, line, column } = problem.location;
    const where = line === undefined ? file : `${file} line ${line}${column === undefined ? '' : `, column ${column}`}`;
    return `${where}: ${problem.message}`;
}

;// CONCATENATED MODULE: ./src/apply-control-metadata/problems.ts
/**
 * Problems with the rows, the overrides file or the rows against the receipt. Every problem is collected before
 * failing, so one run shows the user all they must fix; the single error carries each with its location, so the
 * entry point can annotate every one (the others as annotations, the first as the step's error).
 */


/** `rows/churn.yml line 12, column 7: message`. */
function formatRowProblem(problem) {
    return formatProblem(problem);
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
class RowsError extends errors.ConfigurationError {
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


/***/ })

};
