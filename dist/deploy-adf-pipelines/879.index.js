export const id = 879;
export const ids = [879];
export const modules = {

/***/ 64879:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runInfoFromEnvironment: () => (/* binding */ runInfoFromEnvironment)
/* harmony export */ });
/** The run that produced a receipt, from the runner's environment. */
function runInfoFromEnvironment(env) {
    const repo = env.GITHUB_REPOSITORY ?? '';
    const runId = env.GITHUB_RUN_ID ?? '';
    const runAttempt = env.GITHUB_RUN_ATTEMPT ?? '1';
    const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
    const info = { repo, sha: env.GITHUB_SHA ?? '', runId, runAttempt };
    if (repo && runId)
        info.url = `${server}/${repo}/actions/runs/${runId}/attempts/${runAttempt}`;
    return info;
}


/***/ })

};
