export const id = 357;
export const ids = [357];
export const modules = {

/***/ 97357:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   verifyAmlReceipt: () => (/* binding */ verifyAmlReceipt)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58382);
/* harmony import */ var _schemas_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96254);


const sameId = (a, b) => a.toLowerCase() === b.toLowerCase();
/** `name:version` of a model asset id (workspace ARM id or registry URI), or the id itself. */
function modelLabel(assetId) {
    const match = /\/models\/([^/]+)\/versions\/([^/]+)$/i.exec(assetId);
    return match ? `${match[1]}:${match[2]}` : assetId;
}
async function readOrUndefined(what, read) {
    try {
        return await read();
    }
    catch (error) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__.isNotFound)(error))
            return undefined;
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__.withContext)(`Reading ${what} to verify the aml receipt`, error);
    }
}
/**
 * Resolves when live state matches the receipt; otherwise throws a ConfigurationError (input `aml-receipt`) that
 * names every difference. Azure failures other than 404 are rethrown with context (they are not the user's to fix).
 */
async function verifyAmlReceipt(receipt, client, logger, options = {}) {
    const input = options.input ?? 'aml-receipt';
    const producer = _schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .RECEIPT_PRODUCERS */ .xn.aml;
    const { resourceGroup: rg, workspace: ws } = receipt;
    const endpointName = receipt.endpoint.name;
    const deploymentName = receipt.deployment.name;
    const remedy = `Run ${producer} for '${receipt.environment}' again in this job and pass its receipt.`;
    const refuse = (differences) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__.ConfigurationError(`Input '${input}': the receipt of ${producer} for '${receipt.environment}' does not match the live state of workspace '${ws}' (resource group '${rg}'): ${differences.join('; ')}. ${remedy}`, { input });
    if (client.subscriptionId !== undefined && !sameId(client.subscriptionId, receipt.subscription)) {
        throw refuse([
            `the receipt is for subscription '${receipt.subscription}', but this step works in '${client.subscriptionId}'`,
        ]);
    }
    logger.debug(`Verifying the aml receipt: GET batch endpoint '${endpointName}'`);
    const endpoint = await readOrUndefined(`batch endpoint '${endpointName}'`, () => client.batchEndpoints.get(rg, ws, endpointName));
    if (!endpoint)
        throw refuse([`batch endpoint '${endpointName}' does not exist`]);
    const differences = [];
    const state = endpoint.properties.provisioningState;
    if (state !== 'Succeeded') {
        differences.push(`batch endpoint '${endpointName}' is in provisioning state '${state ?? 'unknown'}', not 'Succeeded'`);
    }
    const liveUri = endpoint.properties.scoringUri;
    if (liveUri !== receipt.endpoint.scoringUri) {
        differences.push(`batch endpoint '${endpointName}' has scoring URI '${liveUri ?? '(none)'}', not the receipt's '${receipt.endpoint.scoringUri}'`);
    }
    const liveDefault = endpoint.properties.defaults?.deploymentName;
    if (!liveDefault) {
        differences.push(`batch endpoint '${endpointName}' has no default deployment, not the receipt's '${deploymentName}'`);
    }
    else if (liveDefault.toLowerCase() !== deploymentName.toLowerCase()) {
        differences.push(`the default deployment of batch endpoint '${endpointName}' is '${liveDefault}', not the receipt's '${deploymentName}'`);
    }
    logger.debug(`Verifying the aml receipt: GET batch deployment '${endpointName}/${deploymentName}'`);
    const deployment = await readOrUndefined(`batch deployment '${endpointName}/${deploymentName}'`, () => client.batchDeployments.get(rg, ws, endpointName, deploymentName));
    if (!deployment) {
        differences.push(`batch deployment '${deploymentName}' of endpoint '${endpointName}' does not exist`);
    }
    else {
        const deploymentState = deployment.properties.provisioningState;
        if (deploymentState !== 'Succeeded') {
            differences.push(`batch deployment '${deploymentName}' is in provisioning state '${deploymentState ?? 'unknown'}', not 'Succeeded'`);
        }
        const assetId = deployment.properties.model?.assetId;
        const expected = `${receipt.model.name}:${receipt.model.version}`;
        if (!assetId) {
            differences.push(`batch deployment '${deploymentName}' serves no model asset, not the receipt's ${expected}`);
        }
        else if (!sameId(assetId, receipt.model.id)) {
            differences.push(`batch deployment '${deploymentName}' serves model ${modelLabel(assetId)} (${assetId}), not the receipt's ${expected} (${receipt.model.id})`);
        }
    }
    if (differences.length > 0)
        throw refuse(differences);
    logger.info(`Verified the aml receipt: batch endpoint '${endpointName}' is Succeeded and its default deployment '${deploymentName}' serves ${receipt.model.name}:${receipt.model.version}.`);
}


/***/ })

};
