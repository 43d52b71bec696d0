export const id = 325;
export const ids = [325];
export const modules = {

/***/ 34325:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ProblemsError: () => (/* binding */ ProblemsError),
/* harmony export */   annotateProblems: () => (/* binding */ annotateProblems),
/* harmony export */   countProblems: () => (/* binding */ countProblems),
/* harmony export */   formatProblem: () => (/* binding */ formatProblem),
/* harmony export */   problemsFromError: () => (/* binding */ problemsFromError),
/* harmony export */   sortProblems: () => (/* binding */ sortProblems)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58382);
/**
 * A problem found while validating a user's files: what is wrong and where. Validators collect every problem before
 * failing, so one run shows the user all they must fix, and throw them together as one ProblemsError; the entry
 * point (`annotateProblems`) annotates each at its file and line.
 */

/** `pipeline/Score.json line 12, column 7: message`. */
function formatProblem(problem) {
    return `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__.formatLocation)(problem.location)}: ${problem.message}`;
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
class ProblemsError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__.ConfigurationError {
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
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__.ConfigurationError)
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
        throw _errors_js__WEBPACK_IMPORTED_MODULE_0__.ConfigurationError.at((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__.formatLocation)(first.location), `${first.message}${more}`, {
            location: first.location,
        });
    }
}


/***/ })

};
