export const id = 317;
export const ids = [317];
export const modules = {

/***/ 21317:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   requestRunnerIdToken: () => (/* binding */ requestRunnerIdToken)
/* harmony export */ });
/**
 * The runner's OIDC ID token, requested as `@actions/core`'s `getIDToken` requests it (GET
 * `ACTIONS_ID_TOKEN_REQUEST_URL` with `&audience=`, bearer `ACTIONS_ID_TOKEN_REQUEST_TOKEN`, the token in `value`),
 * but sent through `@azure/core-rest-pipeline`: an OIDC sign-in loads that pipeline anyway (`@azure/identity` is
 * built on it), and it brings what `@actions/http-client` would (the runner's proxy settings, retries on throttling,
 * 5xx and dropped connections), without loading that client and undici at sign-in (measured: about 0.2 s of a
 * no-op deploy). The caller masks the token before anything can print it.
 */
async function requestRunnerIdToken(env, audience, setSecret) {
    const url = env.ACTIONS_ID_TOKEN_REQUEST_URL;
    if (!url)
        throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable');
    const requestToken = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    if (!requestToken)
        throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable');
    const { createDefaultHttpClient, createHttpHeaders, createPipelineFromOptions, createPipelineRequest } = await Promise.all(/* import() */[__webpack_require__.e(725), __webpack_require__.e(820)]).then(__webpack_require__.bind(__webpack_require__, 2820));
    const pipeline = createPipelineFromOptions({
        userAgentOptions: { userAgentPrefix: 'actions/oidc-client' },
    });
    const request = createPipelineRequest({
        url: audience ? `${url}&audience=${encodeURIComponent(audience)}` : url,
        method: 'GET',
        // The runner names its own endpoint (http on some self-hosted set-ups); @actions/core sends there as given.
        allowInsecureConnection: true,
        headers: createHttpHeaders({ accept: 'application/json', authorization: `Bearer ${requestToken}` }),
    });
    const response = await pipeline.sendRequest(createDefaultHttpClient(), request);
    if (response.status !== 200) {
        throw new Error(`Failed to get ID Token: the runner answered ${response.status}`);
    }
    let token;
    try {
        token = JSON.parse(response.bodyAsText ?? '').value;
    }
    catch {
        token = undefined;
    }
    if (typeof token !== 'string' || !token)
        throw new Error('Response json body do not have ID Token field');
    setSecret(token);
    return token;
}


/***/ })

};
