export const id = 480;
export const ids = [480];
export const modules = {

/***/ 10807:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dq: () => (/* binding */ MAX_FIELDS),
/* harmony export */   WN: () => (/* binding */ scanFile),
/* harmony export */   pm: () => (/* binding */ CsvRowScanner)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/**
 * CSV rows straight from bytes (RFC 4180: fields quoted with `"`, `""` for a quote inside, quoted fields may hold
 * delimiters and line breaks; LF or CRLF line ends; a UTF-8 byte order mark is skipped; blank lines are skipped, as
 * pandas skips them). A row is handed over as field boundaries into the chunk that holds it, never as strings: the
 * checks read only the fields they need, and most of them as numbers parsed from the bytes (field-values.ts). That
 * is what lets a million-row output be checked against a million-row golden file faster than pandas with a fraction
 * of its memory (bench/integration.mjs); `csv-parse` hands over every field as a string and streams at a third of
 * the speed (TOOLCHAIN.md).
 *
 * A line without a quote is split by the delimiter alone (the line end is found with the native `indexOf`); only a
 * line that holds a quote goes through the full grammar. A chunk that ends inside a row keeps that row's bytes for
 * the next chunk, so memory is one chunk plus one row. `scanFile` reads a file into one reused buffer: no garbage
 * per chunk, which at a million rows is what keeps the resident memory down.
 */

/** Fields a row may have; a longer row is malformed (`overflow`). */
const MAX_FIELDS = 1024;
const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
class CsvRowScanner {
    onRow;
    maxFields;
    pending;
    line = 1;
    first = true;
    row;
    delimiter;
    constructor(delimiter, onRow, maxFields = MAX_FIELDS) {
        this.onRow = onRow;
        this.maxFields = maxFields;
        if (Buffer.byteLength(delimiter) !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r') {
            throw new TypeError(`A CSV delimiter is one ASCII character other than a quote or a line end`);
        }
        this.delimiter = delimiter.charCodeAt(0);
        this.row = {
            buf: Buffer.alloc(0),
            starts: new Int32Array(maxFields),
            ends: new Int32Array(maxFields),
            escaped: new Uint8Array(maxFields),
            count: 0,
            line: 1,
            overflow: false,
        };
    }
    write(chunk) {
        let buf = this.pending ? Buffer.concat([this.pending, chunk]) : chunk;
        if (this.first && buf.length > 0) {
            if (buf.length < 3 && buf[0] === 0xef) {
                this.pending = buf;
                return;
            }
            this.first = false;
            if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf)
                buf = buf.subarray(3);
        }
        const consumed = this.scan(buf, buf.length, false);
        this.pending = consumed < buf.length ? buf.subarray(consumed) : undefined;
    }
    /** The last row, even without a line end. */
    end() {
        const buf = this.pending;
        this.pending = undefined;
        if (buf && buf.length > 0) {
            if (this.first && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
                this.scan(buf.subarray(3), buf.length - 3, true);
            }
            else
                this.scan(buf, buf.length, true);
        }
    }
    /**
     * Parses every complete row of `buf[start..end)` (every row, with `final`); answers where the unconsumed bytes
     * start. For callers that manage their own buffer (scanFile); `write` and `end` are the streaming form.
     */
    scanRange(buf, start, end, final) {
        if (this.first && end > start) {
            if (end - start < 3 && !final && buf[start] === 0xef)
                return start;
            this.first = false;
            if (buf[start] === 0xef && buf[start + 1] === 0xbb && buf[start + 2] === 0xbf)
                start += 3;
        }
        return this.scan(buf, end, final, start);
    }
    /** Parses every complete row of `buf[from..length)`; answers how many bytes were consumed. */
    scan(buf, length, final, from = 0) {
        const row = this.row;
        row.buf = buf;
        let p = from;
        let nextQuote = buf.indexOf(QUOTE, p);
        if (nextQuote < 0 || nextQuote > length)
            nextQuote = length;
        while (p < length) {
            let lineFeed = buf.indexOf(LF, p);
            if (lineFeed >= length)
                lineFeed = -1;
            if (lineFeed < 0) {
                if (!final)
                    return p;
                lineFeed = length;
            }
            if (nextQuote < p) {
                nextQuote = buf.indexOf(QUOTE, p);
                if (nextQuote < 0 || nextQuote > length)
                    nextQuote = length;
            }
            if (nextQuote < lineFeed) {
                const end = this.quotedRow(buf, p, length, final);
                if (end < 0)
                    return p;
                p = end;
                continue;
            }
            const contentEnd = lineFeed > p && buf[lineFeed - 1] === CR ? lineFeed - 1 : lineFeed;
            row.line = this.line;
            this.line++;
            if (contentEnd > p) {
                this.splitPlain(buf, p, contentEnd);
                this.onRow(row);
            }
            p = lineFeed + 1;
        }
        return length;
    }
    /** A line without quotes: fields between delimiters. */
    splitPlain(buf, start, end) {
        const row = this.row;
        const { starts, ends, escaped } = row;
        const delimiter = this.delimiter;
        const max = this.maxFields;
        let count = 0;
        let fieldStart = start;
        for (let q = start; q < end; q++) {
            if (buf[q] === delimiter) {
                if (count < max) {
                    starts[count] = fieldStart;
                    ends[count] = q;
                    escaped[count] = 0;
                }
                count++;
                fieldStart = q + 1;
            }
        }
        if (count < max) {
            starts[count] = fieldStart;
            ends[count] = end;
            escaped[count] = 0;
        }
        count++;
        row.overflow = count > max;
        row.count = Math.min(count, max);
    }
    /**
     * A row with quotes, by the full grammar; answers where the next row starts, or -1 when the bytes end inside it
     * (and this is not the last chunk).
     */
    quotedRow(buf, start, length, final) {
        const row = this.row;
        const { starts, ends, escaped } = row;
        const delimiter = this.delimiter;
        let lines = 0;
        let count = 0;
        let p = start;
        let blank = true;
        for (;;) {
            let fieldStart;
            let fieldEnd;
            let doubled = 0;
            if (p < length && buf[p] === QUOTE) {
                blank = false;
                p++;
                fieldStart = p;
                for (;;) {
                    if (p >= length) {
                        if (!final)
                            return -1;
                        fieldEnd = p;
                        break;
                    }
                    const c = buf[p];
                    if (c === QUOTE) {
                        if (p + 1 < length && buf[p + 1] === QUOTE) {
                            doubled = 1;
                            p += 2;
                            continue;
                        }
                        if (p + 1 >= length && !final)
                            return -1;
                        fieldEnd = p;
                        p++;
                        break;
                    }
                    if (c === LF)
                        lines++;
                    p++;
                }
                // Characters after the closing quote up to the delimiter belong to the field, as pandas reads them.
                while (p < length && buf[p] !== delimiter && buf[p] !== LF && buf[p] !== CR) {
                    p++;
                    fieldEnd = p;
                }
            }
            else {
                fieldStart = p;
                while (p < length && buf[p] !== delimiter && buf[p] !== LF && buf[p] !== CR)
                    p++;
                fieldEnd = p;
                if (fieldEnd > fieldStart)
                    blank = false;
            }
            if (count < this.maxFields) {
                starts[count] = fieldStart;
                ends[count] = fieldEnd;
                escaped[count] = doubled;
            }
            count++;
            if (p >= length) {
                if (!final)
                    return -1;
                break;
            }
            const c = buf[p];
            if (c === delimiter) {
                blank = false;
                p++;
                continue;
            }
            if (c === CR) {
                if (p + 1 >= length && !final)
                    return -1;
                p++;
                if (p < length && buf[p] === LF)
                    p++;
            }
            else
                p++;
            break;
        }
        row.line = this.line;
        this.line += lines + 1;
        row.overflow = count > this.maxFields;
        row.count = Math.min(count, this.maxFields);
        if (!blank)
            this.onRow(row);
        return p;
    }
}
/** Streams a file through the scanner with one reused buffer (grown only for a row longer than it). */
async function scanFile(path, scanner, chunkSize = 1 << 20) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(path, 'r');
    try {
        let buf = Buffer.allocUnsafe(chunkSize);
        let kept = 0;
        for (;;) {
            if (kept === buf.length) {
                const grown = Buffer.allocUnsafe(buf.length * 2);
                buf.copy(grown, 0, 0, kept);
                buf = grown;
            }
            const { bytesRead } = await handle.read(buf, kept, buf.length - kept, null);
            const filled = kept + bytesRead;
            if (bytesRead === 0) {
                scanner.scanRange(buf, 0, filled, true);
                return;
            }
            const consumed = scanner.scanRange(buf, 0, filled, false);
            buf.copyWithin(0, consumed, filled);
            kept = filled - consumed;
        }
    }
    finally {
        await handle.close();
    }
}


/***/ }),

/***/ 2480:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkLiveRelease: () => (/* binding */ checkLiveRelease)
});

// EXTERNAL MODULE: ./src/shared/azure/asset-tags.ts
var asset_tags = __webpack_require__(33443);
// EXTERNAL MODULE: ./src/shared/azure/datastores.ts
var datastores = __webpack_require__(89255);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(58382);
// EXTERNAL MODULE: ./src/shared/folder-digest.ts
var folder_digest = __webpack_require__(31562);
// EXTERNAL MODULE: ./src/shared/azure/datastore-uris.ts
var datastore_uris = __webpack_require__(42630);
;// CONCATENATED MODULE: ./src/shared/azure/model-content.ts
/**
 * The content digest of a registered model version, computed from its files where Azure keeps them (its `modelUri`,
 * a datastore path), the same way a local folder's is computed (folder-digest.ts: SHA-256 per file, then
 * `contentDigest` over the paths relative to the model's folder). So a folder registered by deploy-aml-endpoint, a
 * version registered by hand and a copy in another workspace have the same digest when they hold the same bytes,
 * whatever their tags say. Every file is read once, streamed through SHA-256, a few at a time; nothing is written.
 */





const CONCURRENT_READS = 4;
/** SHA-256 of one blob, streamed. */
async function sha256OfBlob(container, name) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    const response = await container.getBlobClient(name).download();
    const body = response.readableStreamBody;
    if (!body)
        throw new Error(`Blob '${name}' has no body`);
    for await (const chunk of body)
        hash.update(chunk);
    return hash.digest('hex');
}
/** The blobs under a folder prefix, or the one blob a file path names. */
async function modelBlobs(container, path) {
    const folder = path.endsWith('/') ? path : `${path}/`;
    const blobs = [];
    for await (const blob of container.listBlobsFlat({ prefix: folder }))
        blobs.push(blob);
    if (blobs.length > 0 || path.endsWith('/'))
        return { prefix: folder, blobs };
    const single = [];
    for await (const blob of container.listBlobsFlat({ prefix: path })) {
        if (blob.name === path)
            single.push(blob);
    }
    return { prefix: path.slice(0, path.lastIndexOf('/') + 1), blobs: single };
}
async function modelContentDigest(model, access) {
    const label = `model ${model.name}:${model.version}`;
    const location = model.modelUri ? (0,datastore_uris/* parseDatastoreUri */.x)(model.modelUri) : undefined;
    const other = location?.workspace && location.workspace.name.toLowerCase() !== access.workspace.toLowerCase();
    if (!location || other) {
        throw new errors/* ConfigurationError */.j1(`The content digest of ${label} cannot be computed: its files are at '${model.modelUri ?? '(no modelUri)'}', which is not a datastore path of workspace '${access.workspace}'. Register the model from a datastore of the workspace (deploy-aml-endpoint does so for a local folder).`);
    }
    const datastore = await (0,datastores/* readDatastore */._5)(access, location.datastore);
    if (!datastore) {
        throw new errors/* ConfigurationError */.j1(`The content digest of ${label} cannot be computed: its datastore '${location.datastore}' does not exist in workspace '${access.workspace}'.`);
    }
    const container = await (0,datastores/* openDatastoreContainer */.Dr)(datastore, access);
    try {
        const { prefix, blobs } = await modelBlobs(container, location.path);
        if (blobs.length === 0) {
            throw new errors/* ConfigurationError */.j1(`The content digest of ${label} cannot be computed: there are no files at '${model.modelUri}'.`);
        }
        const files = new Array(blobs.length);
        let next = 0;
        const worker = async () => {
            for (let i = next++; i < blobs.length; i = next++) {
                const blob = blobs[i];
                files[i] = { path: blob.name.slice(prefix.length), sha256: await sha256OfBlob(container, blob.name) };
            }
        };
        await Promise.all(Array.from({ length: Math.min(CONCURRENT_READS, blobs.length) }, worker));
        const bytes = blobs.reduce((sum, blob) => sum + (blob.properties.contentLength ?? 0), 0);
        return { digest: (0,folder_digest/* contentDigest */.eZ)(files), files: files.length, bytes };
    }
    catch (error) {
        if (error instanceof errors/* ConfigurationError */.j1)
            throw error;
        throw (0,errors/* withContext */.eQ)(`Could not read the files of ${label} at '${model.modelUri}'`, error);
    }
}

// EXTERNAL MODULE: ./src/shared/receipts/consistency.ts
var consistency = __webpack_require__(47979);
// EXTERNAL MODULE: ./src/shared/receipts/schemas.ts
var schemas = __webpack_require__(2143);
;// CONCATENATED MODULE: ./src/shared/receipts/aml-verification.ts



const sameId = (a, b) => a.toLowerCase() === b.toLowerCase();
/** `name:version` of a model asset id (workspace ARM id or registry URI), or the id itself. */
function modelLabel(assetId) {
    const model = (0,consistency/* modelOfAssetId */.U)(assetId);
    return model ? `${model.name}:${model.version}` : assetId;
}
async function readOrUndefined(what, read) {
    try {
        return await read();
    }
    catch (error) {
        if ((0,errors/* isNotFound */.c4)(error))
            return undefined;
        throw (0,errors/* withContext */.eQ)(`Reading ${what} to verify the aml receipt`, error);
    }
}
/**
 * Resolves when live state matches the receipt; otherwise throws a ConfigurationError (input `aml-receipt`) that
 * names every difference. Azure failures other than 404 are rethrown with context (they are not the user's to fix).
 */
async function verifyAmlReceipt(receipt, client, logger, options = {}) {
    const input = options.input ?? 'aml-receipt';
    const producer = schemas/* RECEIPT_PRODUCERS */.xn.aml;
    const { resourceGroup: rg, workspace: ws } = receipt;
    const endpointName = receipt.endpoint.name;
    const deploymentName = receipt.deployment.name;
    const remedy = `Run ${producer} for '${receipt.environment}' again in this job and pass its receipt.`;
    const refuse = (differences) => new errors/* ConfigurationError */.j1(`Input '${input}': the receipt of ${producer} for '${receipt.environment}' does not match the live state of workspace '${ws}' (resource group '${rg}'): ${differences.join('; ')}. ${remedy}`, { input });
    if (client.subscriptionId !== undefined && !sameId(client.subscriptionId, receipt.subscription)) {
        throw refuse([
            `the receipt is for subscription '${receipt.subscription}', but this step works in '${client.subscriptionId}'`,
        ]);
    }
    logger.debug(`Verifying the aml receipt: GET batch endpoint '${endpointName}' and its deployment '${deploymentName}'`);
    const deploymentRead = readOrUndefined(`batch deployment '${endpointName}/${deploymentName}'`, () => client.batchDeployments.get(rg, ws, endpointName, deploymentName));
    // Awaited below, or not at all when the endpoint is refused: its failure then has nothing to add.
    deploymentRead.catch(() => undefined);
    const endpoint = await readOrUndefined(`batch endpoint '${endpointName}'`, () => client.batchEndpoints.get(rg, ws, endpointName));
    if (!endpoint)
        throw refuse([`batch endpoint '${endpointName}' does not exist`]);
    const differences = [];
    const state = endpoint.properties.provisioningState;
    if (state !== 'Succeeded') {
        differences.push(`batch endpoint '${endpointName}' is in provisioning state '${state ?? 'unknown'}', not 'Succeeded'`);
    }
    if (!endpoint.id || !sameId(endpoint.id, receipt.endpoint.id)) {
        differences.push(`batch endpoint '${endpointName}' has id '${endpoint.id ?? '(none)'}', not the receipt's '${receipt.endpoint.id}'`);
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
    const deployment = await deploymentRead;
    if (!deployment) {
        differences.push(`batch deployment '${deploymentName}' of endpoint '${endpointName}' does not exist`);
    }
    else {
        if (!deployment.id || !sameId(deployment.id, receipt.deployment.id)) {
            differences.push(`batch deployment '${deploymentName}' has id '${deployment.id ?? '(none)'}', not the receipt's '${receipt.deployment.id}'`);
        }
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
        else {
            // The id matched (ARM ids are case-insensitive); the name and version a consumer writes must be the served
            // model's exactly, as deploy-aml-endpoint copies them from this id.
            const served = (0,consistency/* modelOfAssetId */.U)(assetId);
            if (!served || served.name !== receipt.model.name || served.version !== receipt.model.version) {
                differences.push(`batch deployment '${deploymentName}' serves model ${modelLabel(assetId)}, not the receipt's ${expected}`);
            }
        }
    }
    if (differences.length > 0)
        throw refuse(differences);
    logger.info(`Verified the aml receipt: batch endpoint '${endpointName}' is Succeeded and its default deployment '${deploymentName}' serves ${receipt.model.name}:${receipt.model.version}.`);
}

// EXTERNAL MODULE: ./src/run-integration-score/scoring-input.ts
var scoring_input = __webpack_require__(21661);
;// CONCATENATED MODULE: ./src/run-integration-score/live-checks.ts






const RECEIPT_INPUT = 'metadata-receipt';
async function readModel(scope, aml) {
    const { name, version, id } = aml.model;
    if (/^azureml:\/\/registries\//i.test(id)) {
        throw new errors/* ConfigurationError */.j1(`Input '${RECEIPT_INPUT}': the deployment serves model ${name}:${version} from a registry (${id}); this version of run-integration-score validates and stamps workspace models only. Deploy the version registered in workspace '${scope.workspace}' to run integration scoring here.`, { input: RECEIPT_INPUT });
    }
    try {
        return await scope.client.modelVersions.get(scope.resourceGroup, scope.workspace, name, version);
    }
    catch (error) {
        if ((0,errors/* isNotFound */.c4)(error)) {
            throw new errors/* ConfigurationError */.j1(`Input '${RECEIPT_INPUT}': model ${name}:${version}, which the receipt says the deployment serves, does not exist in workspace '${scope.workspace}'; it was deleted after deploy-aml-endpoint ran. Run deploy-aml-endpoint for '${aml.environment}' again and pass the new receipts.`, { input: RECEIPT_INPUT });
        }
        throw (0,errors/* withContext */.eQ)(`Could not read model ${name}:${version}`, error);
    }
}
async function checkContent(model, live, access) {
    const content = await modelContentDigest({ ...model, modelUri: live.properties.modelUri }, access);
    const tagged = live.properties.tags?.[asset_tags/* CONTENT_DIGEST_TAG */.gt];
    if (tagged && tagged !== content.digest) {
        throw new Error(`Model ${model.name}:${model.version} is tagged ${asset_tags/* CONTENT_DIGEST_TAG */.gt}=${tagged}, but its files digest to ${content.digest}: its files in the datastore were changed after it was registered. Register the model again as a new version.`);
    }
    return content;
}
/** The datastore input exists (a file, or a folder holding files); answers its data rows when asked. */
async function checkDatastoreInput(input, access, countRows, logger) {
    const { location } = input;
    const refuse = (reason) => new errors/* ConfigurationError */.j1(`Input 'input' is '${input.uri}', ${reason}`, { input: 'input' });
    if (location.workspace && location.workspace.name.toLowerCase() !== access.workspace.toLowerCase()) {
        throw refuse(`a datastore of workspace '${location.workspace.name}', not of '${access.workspace}'.`);
    }
    const datastore = await (0,datastores/* readDatastore */._5)(access, location.datastore);
    if (!datastore)
        throw refuse(`but workspace '${access.workspace}' has no datastore '${location.datastore}'.`);
    const container = await (0,datastores/* openDatastoreContainer */.Dr)(datastore, access);
    const names = [];
    try {
        if (input.type === 'UriFolder') {
            for await (const blob of container.listBlobsFlat({ prefix: location.path }))
                names.push(blob.name);
        }
        else if (await container.getBlobClient(location.path).exists())
            names.push(location.path);
    }
    catch (error) {
        throw (0,errors/* withContext */.eQ)(`Could not read '${input.uri}'`, error);
    }
    if (names.length === 0) {
        throw refuse(input.type === 'UriFolder'
            ? 'an empty or missing folder: there is nothing to score.'
            : 'which does not exist (for a folder, end the URI with /).');
    }
    logger.info(`Input ${input.uri}: ${names.length} file(s) in datastore '${datastore.name}'`);
    if (!countRows)
        return undefined;
    let rows = 0;
    for (const name of names) {
        const counter = (0,scoring_input/* rowCounter */.t2)();
        const body = (await container.getBlobClient(name).download()).readableStreamBody;
        for await (const chunk of body ?? [])
            counter.scanner.write(chunk);
        counter.scanner.end();
        rows += counter.rows();
    }
    return rows;
}
async function checkLiveRelease(prepared, deps) {
    const { azure, logger } = deps;
    const aml = prepared.amlReceipt;
    return logger.group('Verify the release', async () => {
        const client = await azure.clients.machineLearning();
        const scope = {
            client,
            subscriptionId: aml.subscription,
            resourceGroup: aml.resourceGroup,
            workspace: aml.workspace,
        };
        await verifyAmlReceipt(aml, client, logger, { input: RECEIPT_INPUT });
        const live = await readModel(scope, aml);
        const access = {
            client,
            resourceGroup: scope.resourceGroup,
            workspace: scope.workspace,
            cloud: azure.cloud,
            credential: azure.credential,
            caCertificates: azure.caCertificates,
            mask: deps.mask,
        };
        const model = { name: aml.model.name, version: aml.model.version };
        const content = await checkContent(model, live, access);
        logger.info(`Model ${model.name}:${model.version}: ${content.files} file(s), ${content.bytes} bytes, content ${content.digest}`);
        const datastore = await (0,datastores/* readDefaultDatastore */.zE)({ ...scope, cloud: azure.cloud });
        const container = await (0,datastores/* openDatastoreContainer */.Dr)(datastore, access);
        const countRows = prepared.expectations?.rows?.kind === 'input';
        const inputRows = prepared.input?.kind === 'datastore'
            ? await checkDatastoreInput(prepared.input, access, countRows, logger)
            : prepared.inputRows;
        return {
            scope,
            model: { ...model, id: aml.model.id, live, content },
            datastore,
            container,
            access,
            inputRows,
        };
    });
}


/***/ }),

/***/ 21661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OT: () => (/* binding */ readScoringInput),
/* harmony export */   t2: () => (/* binding */ rowCounter),
/* harmony export */   uF: () => (/* binding */ countLocalRows)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _shared_azure_datastore_uris_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(42630);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58382);
/* harmony import */ var _shared_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38590);
/* harmony import */ var _shared_folder_digest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(31562);
/* harmony import */ var _expectations_csv_rows_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(10807);
/**
 * The `input` of endpoint mode, read before anything runs:
 *   - a file or folder of the workspace: hashed (folder-digest.ts) and, at run time, uploaded to the workspace's
 *     default datastore under `LocalUpload/<digest>/<name>/` (the layout azure-ai-ml and deploy-aml-endpoint use: an
 *     unchanged input is not uploaded again); a missing path is refused here;
 *   - `azureml://datastores/<datastore>/paths/<path>` (or the long form with the workspace): passed as it is; its
 *     existence is checked with the datastore before the job starts (live-checks.ts);
 *   - `https://...`: a blob or ADLS URL passed as it is (the job's identity must be able to read it).
 * A path or URI ending in `/` is a folder (JobInputType UriFolder), anything else a file (UriFile). Other schemes
 * (`http://`, `wasbs://`, data assets `azureml:<name>:<version>`) are refused: model deployments of batch
 * endpoints read data from datastores and storage URLs.
 *
 * The input's rows (for the `rows: input` expectation) are its CSV data rows — every file, its header not counted,
 * blank lines skipped — as the MLflow batch driver reads them with pandas.
 */






const INPUT = 'input';
const typeOf = (text) => (text.endsWith('/') ? 'UriFolder' : 'UriFile');
function refuse(message) {
    return new _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input 'input' ${message}`, { input: INPUT });
}
async function readScoringInput(text, workspace) {
    if (/^azureml:\/\//i.test(text)) {
        const location = (0,_shared_azure_datastore_uris_js__WEBPACK_IMPORTED_MODULE_5__/* .parseDatastoreUri */ .x)(text);
        if (!location) {
            throw refuse(`is '${text}', which is not a datastore path; use azureml://datastores/<datastore>/paths/<path> (a trailing / for a folder).`);
        }
        if (!location.path || location.path === '/') {
            throw refuse(`is '${text}', which names no path inside datastore '${location.datastore}'.`);
        }
        return { kind: 'datastore', uri: text, location, type: typeOf(text) };
    }
    if (/^https:\/\//i.test(text)) {
        try {
            new URL(text);
        }
        catch {
            throw refuse(`is '${text}', which is not a valid URL.`);
        }
        return { kind: 'url', uri: text, type: typeOf(new URL(text).pathname) };
    }
    if (/^[a-z][a-z0-9+.-]*:/i.test(text) && !/^[a-z]:[\\/]/i.test(text)) {
        throw refuse(`is '${text}'; batch endpoints read a workspace file or folder (uploaded by this step), an azureml://datastores/<datastore>/paths/<path> URI or an https:// storage URL.`);
    }
    const absolute = (0,_shared_files_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveWorkspacePath */ .XI)(workspace, text, INPUT);
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(absolute);
    }
    catch {
        throw refuse(`names '${text}', which does not exist in the workspace; check the path relative to the repository checkout.`);
    }
    const content = await (0,_shared_folder_digest_js__WEBPACK_IMPORTED_MODULE_3__/* .digestFolder */ .lo)(absolute, text);
    const isFolder = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(absolute)).isDirectory();
    return { kind: 'local', content, type: isFolder ? 'UriFolder' : 'UriFile' };
}
/** A CSV scanner that counts data rows (the header of each file not counted). */
function rowCounter() {
    let rows = 0;
    const scanner = new _expectations_csv_rows_js__WEBPACK_IMPORTED_MODULE_4__/* .CsvRowScanner */ .pm(',', () => {
        rows++;
    });
    return { scanner, rows: () => Math.max(0, rows - 1) };
}
/** The data rows of the local input's files. */
async function countLocalRows(content) {
    let total = 0;
    for (const file of content.files) {
        const counter = rowCounter();
        await (0,_expectations_csv_rows_js__WEBPACK_IMPORTED_MODULE_4__/* .scanFile */ .WN)(file.absolute, counter.scanner);
        total += counter.rows();
    }
    return total;
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


/***/ }),

/***/ 42630:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ datastoreUri),
/* harmony export */   x: () => (/* binding */ parseDatastoreUri)
/* harmony export */ });
/**
 * Azure ML datastore URIs, the two forms azure-ai-ml writes and the batch endpoints read:
 *   azureml://datastores/<datastore>/paths/<path>
 *   azureml://subscriptions/<s>/resourcegroups/<g>/workspaces/<w>/datastores/<datastore>/paths/<path>
 * (the long form may also spell `providers/Microsoft.MachineLearningServices/workspaces`). Path segments are
 * percent-decoded; a path ending in `/` is a folder.
 */
const SHORT = /^azureml:\/\/datastores\/([^/]+)\/paths\/(.*)$/i;
const LONG = /^azureml:\/\/subscriptions\/([^/]+)\/resourcegroups\/([^/]+)\/(?:providers\/Microsoft\.MachineLearningServices\/)?workspaces\/([^/]+)\/datastores\/([^/]+)\/paths\/(.*)$/i;
const decodePath = (path) => path
    .replace(/^\/+/, '')
    .split('/')
    .map((segment) => {
    try {
        return decodeURIComponent(segment);
    }
    catch {
        return segment;
    }
})
    .join('/');
/** The datastore and path of a datastore URI, or undefined when `uri` is not one. */
function parseDatastoreUri(uri) {
    const short = SHORT.exec(uri);
    if (short)
        return { datastore: short[1], path: decodePath(short[2]) };
    const long = LONG.exec(uri);
    if (!long)
        return undefined;
    const [, subscriptionId, resourceGroup, name, datastore, path] = long;
    return {
        datastore: datastore,
        path: decodePath(path),
        workspace: { subscriptionId: subscriptionId, resourceGroup: resourceGroup, name: name },
    };
}
/** The short form, each path segment percent-encoded. */
function datastoreUri(datastore, path) {
    const encoded = path
        .split('/')
        .map((segment) => encodeURIComponent(segment))
        .join('/');
    return `azureml://datastores/${datastore}/paths/${encoded}`;
}


/***/ }),

/***/ 89255:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dr: () => (/* binding */ openDatastoreContainer),
/* harmony export */   _5: () => (/* binding */ readDatastore),
/* harmony export */   zE: () => (/* binding */ readDefaultDatastore)
/* harmony export */ });
/* unused harmony exports SANDBOX_BLOB_ENDPOINT_PROPERTY, blobAccountUrl */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58382);

const SANDBOX_BLOB_ENDPOINT_PROPERTY = 'sandbox.blobEndpoint';
/** The blob service URL of a datastore's account (see the module comment for the custom-cloud case). */
function blobAccountUrl(properties, cloud) {
    const pathStyle = properties.properties?.[SANDBOX_BLOB_ENDPOINT_PROPERTY];
    if (cloud.name === 'Custom' && pathStyle)
        return pathStyle.replace(/\/+$/, '');
    return `${properties.protocol ?? 'https'}://${properties.accountName}.blob.${properties.endpoint ?? 'core.windows.net'}`;
}
/** The workspace's default datastore (read-only: a GET of the list filtered to the default). */
async function readDefaultDatastore(scope) {
    const { client, resourceGroup, workspace } = scope;
    let found;
    try {
        for await (const datastore of client.datastores.list(resourceGroup, workspace, { isDefault: true })) {
            found = datastore;
            break;
        }
    }
    catch (error) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .withContext */ .eQ)(`Could not read the default datastore of workspace '${workspace}'`, error);
    }
    if (!found?.name) {
        throw new Error(`Workspace '${workspace}' has no default datastore to upload to.`);
    }
    const properties = found.properties;
    if (properties.datastoreType !== 'AzureBlob') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`The default datastore '${found.name}' of workspace '${workspace}' is ${properties.datastoreType}; local files are uploaded to a blob datastore only. Make a blob datastore the default, or upload the files yourself and pass their azureml:// URI (for a model: register it and pass azureml:<name>:<version>).`);
    }
    return datastoreInfo(found.name, properties, scope.cloud);
}
/** A datastore of the workspace by name (one GET); undefined when there is none of that name. */
async function readDatastore(scope, name) {
    const { client, resourceGroup, workspace } = scope;
    let found;
    try {
        found = await client.datastores.get(resourceGroup, workspace, name);
    }
    catch (error) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isNotFound */ .c4)(error))
            return undefined;
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .withContext */ .eQ)(`Could not read datastore '${name}' of workspace '${workspace}'`, error);
    }
    const properties = found.properties;
    if (properties.datastoreType !== 'AzureBlob') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Datastore '${name}' of workspace '${workspace}' is ${properties.datastoreType}; only blob datastores are read here.`);
    }
    return datastoreInfo(found.name ?? name, properties, scope.cloud);
}
function datastoreInfo(name, properties, cloud) {
    return {
        name,
        accountName: String(properties.accountName),
        containerName: String(properties.containerName),
        accountUrl: blobAccountUrl(properties, cloud),
        credentialsType: properties.credentials?.credentialsType ?? 'None',
    };
}
/** A client for the datastore's container, signed in as the datastore's credentials say (see the module comment). */
async function openDatastoreContainer(datastore, options) {
    const { BlobServiceClient, StorageSharedKeyCredential, AnonymousCredential } = await Promise.all(/* import() */[__webpack_require__.e(725), __webpack_require__.e(820), __webpack_require__.e(738), __webpack_require__.e(658)]).then(__webpack_require__.bind(__webpack_require__, 95658));
    const clientOptions = options.caCertificates
        ? { tlsOptions: { ca: [...options.caCertificates] } }
        : undefined;
    const type = datastore.credentialsType;
    if (type === 'AccountKey' || type === 'Sas') {
        const secret = await listSecret(datastore, options);
        options.mask(secret);
        const service = type === 'AccountKey'
            ? new BlobServiceClient(datastore.accountUrl, new StorageSharedKeyCredential(datastore.accountName, secret), clientOptions)
            : new BlobServiceClient(`${datastore.accountUrl}?${secret.replace(/^\?/, '')}`, new AnonymousCredential(), clientOptions);
        return service.getContainerClient(datastore.containerName);
    }
    if (type === 'None') {
        const service = new BlobServiceClient(datastore.accountUrl, options.credential, clientOptions);
        return service.getContainerClient(datastore.containerName);
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Datastore '${datastore.name}' uses ${type} credentials; account key, SAS and identity-based (None) blob datastores are supported.`);
}
async function listSecret(datastore, options) {
    let secrets;
    try {
        secrets = await options.client.datastores.listSecrets(options.resourceGroup, options.workspace, datastore.name);
    }
    catch (error) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .withContext */ .eQ)(`Could not list the secrets of datastore '${datastore.name}'`, error);
    }
    const secret = secrets.key ?? secrets.sasToken;
    if (!secret)
        throw new Error(`Datastore '${datastore.name}' returned no ${datastore.credentialsType} secret.`);
    return secret;
}


/***/ }),

/***/ 31562:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vq: () => (/* binding */ sha256OfFile),
/* harmony export */   eZ: () => (/* binding */ contentDigest),
/* harmony export */   lo: () => (/* binding */ digestFolder)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(58382);
/**
 * A folder (or single file) as content: every file with its SHA-256, and one digest over the relative paths and file
 * digests (`contentDigest`). The digest is the one identity of "the same bytes" across the actions: it names a local
 * upload (`LocalUpload/<digest>/...`, as azure-ai-ml names uploads by a content hash), it is a model version's
 * content digest (tag `mlops.content-sha256`, the same whether the files are read from a local folder or from the
 * model's datastore, see azure/model-content.ts), and it is what a receipt says its inputs were. `.git` folders are
 * left out of a local folder; symbolic links are refused, because what they point to is not part of the
 * repository's content.
 */





/**
 * The digest of a set of files: SHA-256 over `<path>\0<sha256>\n` per file, in the code-unit order of the paths
 * (the order a blob listing gives), so a local folder and its copy in a datastore have the same digest.
 */
function contentDigest(files) {
    const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    for (const file of sorted)
        digest.update(`${file.path}\0${file.sha256}\n`);
    return digest.digest('hex');
}
function sha256OfFile(path) {
    return new Promise((resolve, reject) => {
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path)
            .on('data', (chunk) => hash.update(chunk))
            .on('error', reject)
            .on('end', () => resolve(hash.digest('hex')));
    });
}
async function listFiles(root, shown) {
    const found = [];
    const visit = async (dir) => {
        const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(dir, { withFileTypes: true });
        for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
            const path = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, entry.name);
            if (entry.isSymbolicLink()) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${shown}: '${(0,node_path__WEBPACK_IMPORTED_MODULE_3__.relative)(root, path).split(node_path__WEBPACK_IMPORTED_MODULE_3__.sep).join('/')}' is a symbolic link; upload real files only.`);
            }
            if (entry.isDirectory()) {
                if (entry.name !== '.git')
                    await visit(path);
            }
            else if (entry.isFile()) {
                found.push(path);
            }
        }
    };
    await visit(root);
    return found;
}
async function digestFolder(absolute, shown) {
    let stats;
    try {
        stats = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(absolute);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${shown}: no such folder or file in the workspace.`);
    }
    if (stats.isSymbolicLink())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${shown} is a symbolic link; name the folder itself.`);
    const isFile = stats.isFile();
    const paths = isFile ? [absolute] : await listFiles(absolute, shown);
    if (paths.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${shown} is an empty folder: it holds no file.`);
    const files = [];
    for (const path of paths) {
        const size = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(path)).size;
        files.push({
            path: isFile ? (0,node_path__WEBPACK_IMPORTED_MODULE_3__.basename)(path) : (0,node_path__WEBPACK_IMPORTED_MODULE_3__.relative)(absolute, path).split(node_path__WEBPACK_IMPORTED_MODULE_3__.sep).join('/'),
            absolute: path,
            size,
            sha256: await sha256OfFile(path),
        });
    }
    return {
        kind: isFile ? 'file' : 'folder',
        absolute,
        shown,
        name: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.basename)(absolute),
        files,
        bytes: files.reduce((sum, file) => sum + file.size, 0),
        digest: contentDigest(files),
    };
}


/***/ }),

/***/ 47979:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ receiptInconsistencies),
/* harmony export */   U: () => (/* binding */ modelOfAssetId)
/* harmony export */ });
const same = (a, b) => a.toLowerCase() === b.toLowerCase();
/** `name` and `version` of a model asset id (workspace ARM id or registry URI); undefined for anything else. */
function modelOfAssetId(assetId) {
    const match = /\/models\/([^/]+)\/versions\/([^/]+)$/i.exec(assetId);
    return match ? { name: match[1], version: match[2] } : undefined;
}
/** The segments of an ARM resource id: subscription, resource group, and the resource's own name path. */
function armSegments(id) {
    const match = /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/providers\/[^/]+\/(.+)$/i.exec(id);
    if (!match)
        return undefined;
    // After the provider namespace: type/name pairs (`workspaces/ws/batchEndpoints/be`).
    const pairs = match[3].split('/');
    if (pairs.length % 2 !== 0)
        return undefined;
    return {
        subscription: match[1],
        resourceGroup: match[2],
        names: pairs.filter((_, index) => index % 2 === 1),
    };
}
function amlDifferences(receipt, at) {
    const differences = [];
    const endpoint = armSegments(receipt.endpoint.id);
    const expectedEndpoint = [receipt.workspace, receipt.endpoint.name];
    if (!endpoint ||
        !same(endpoint.subscription, receipt.subscription) ||
        !same(endpoint.resourceGroup, receipt.resourceGroup) ||
        endpoint.names.length !== 2 ||
        !endpoint.names.every((name, index) => same(name, expectedEndpoint[index]))) {
        differences.push(`${at}endpoint.id '${receipt.endpoint.id}' is not the id of batch endpoint '${receipt.endpoint.name}' in workspace '${receipt.workspace}' (resource group '${receipt.resourceGroup}', subscription '${receipt.subscription}')`);
    }
    if (!same(receipt.deployment.id, `${receipt.endpoint.id}/deployments/${receipt.deployment.name}`)) {
        differences.push(`${at}deployment.id '${receipt.deployment.id}' is not the id of deployment '${receipt.deployment.name}' of that endpoint`);
    }
    const model = modelOfAssetId(receipt.model.id);
    if (!model) {
        differences.push(`${at}model.id '${receipt.model.id}' is not the id of a model version`);
    }
    else if (!same(model.name, receipt.model.name) || model.version !== receipt.model.version) {
        differences.push(`${at}model ${receipt.model.name}:${receipt.model.version} is not the model its id names (${model.name}:${model.version})`);
    }
    return differences;
}
function adfDifferences(receipt, at) {
    const factory = armSegments(receipt.factory.id);
    if (factory &&
        same(factory.subscription, receipt.subscription) &&
        same(factory.resourceGroup, receipt.resourceGroup) &&
        factory.names.length === 1 &&
        same(factory.names[0], receipt.factory.name)) {
        return [];
    }
    return [
        `${at}factory.id '${receipt.factory.id}' is not the id of factory '${receipt.factory.name}' (resource group '${receipt.resourceGroup}', subscription '${receipt.subscription}')`,
    ];
}
/**
 * Every place where the receipt, or a receipt inside it, disagrees with itself; each names the field, prefixed with
 * the path of the receipt inside (`upstream.receipt.`).
 */
function receiptInconsistencies(receipt, at = '') {
    const own = receipt.kind === 'aml'
        ? amlDifferences(receipt, at)
        : receipt.kind === 'adf'
            ? adfDifferences(receipt, at)
            : [];
    const inner = 'upstream' in receipt ? receipt.upstream.receipt : undefined;
    return inner ? [...own, ...receiptInconsistencies(inner, `${at}upstream.receipt.`)] : own;
}


/***/ }),

/***/ 2143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g5: () => (/* binding */ RECEIPT_SCHEMAS),
/* harmony export */   xn: () => (/* reexport safe */ _receipt_input_js__WEBPACK_IMPORTED_MODULE_0__.xn),
/* harmony export */   y4: () => (/* binding */ RECEIPT_VERSION)
/* harmony export */ });
/* unused harmony exports amlReceiptSchema, adfReceiptSchema, metadataReceiptSchema, integrationReceiptSchema, driftReceiptSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92857);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(64377);
/* harmony import */ var _receipt_input_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(42406);
/**
 * Receipts: the ordering contract between the actions (DESIGN.md §2.1). Each action emits one as its `receipt`
 * output (builders.ts) and the next action requires it (parse.ts); an action that writes to Azure or the control
 * database checks its claims against live state first (aml-verification.ts, adf-verification.ts). A receipt is
 * compact canonical JSON (encoding.ts), versioned (`v: 1`), and carries the receipt it was built on (`upstream`) so
 * every later step can see the whole chain and its digests.
 *
 * This file holds the schema of each kind of receipt (the kinds and their producers: receipt-input.ts).
 */

const RECEIPT_VERSION = 1;

const name = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1);
const runSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    repo: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    sha: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    runId: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    runAttempt: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    url: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
});
const base = {
    v: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(RECEIPT_VERSION),
    environment: name,
    subscription: name,
    resourceGroup: name,
    run: runSchema,
    time: zod__WEBPACK_IMPORTED_MODULE_2__/* .datetime */ .w$({ offset: true }),
};
const modelSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ id: name, name, version: name });
const amlReceiptSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    ...base,
    kind: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('aml'),
    workspace: name,
    endpoint: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ name, id: name, scoringUri: zod__WEBPACK_IMPORTED_MODULE_1__/* .url */ .OZ5() }),
    deployment: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ name, id: name }),
    model: modelSchema,
});
const upstreamOf = (receipt) => zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ digest: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/), receipt });
const adfReceiptSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    ...base,
    kind: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('adf'),
    /** The data factory, or (target `synapse`) the Synapse workspace: its name and ARM id. */
    factory: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ name, id: name }),
    /** Set when the pipelines were deployed to a Synapse workspace (its artifacts' endpoint), not a data factory. */
    target: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('synapse').optional(),
    pipelines: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ name, hash: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/) })),
    /**
     * Set by a dry run: the pipelines are those the deploy would make, not what the factory holds. A dry run downstream
     * plans with it; a real apply refuses it.
     */
    planned: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(true).optional(),
    upstream: upstreamOf(amlReceiptSchema),
});
const metadataReceiptSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    ...base,
    kind: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('metadata'),
    store: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        engine: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['sqlserver', 'postgresql']),
        server: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        database: name,
        table: name,
        /**
         * Set when the table was the user's, adopted through a table-schema file: the file as the step named it, and the
         * digest of its parsed mapping (table-schema.ts `tableSchemaDigest`). Absent: the action's own table, with its
         * own column names (receipts written before this field existed are such receipts).
         */
        tableSchema: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ file: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), digest: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/) }).optional(),
    }),
    rows: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ count: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(), hash: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/) }),
    upstream: upstreamOf(adfReceiptSchema),
});
const sha256 = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/);
/**
 * The evidence a model version passed integration scoring: the scoring run (an endpoint job or a pipeline run), the
 * model version and its content digest (folder-digest.ts, computed from the version's files), the expectations it
 * was held to (their digest: the expectations file and the files it names), the verdict, and upstream the metadata
 * receipt of the release it scored.
 */
const integrationReceiptSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    ...base,
    kind: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('integration'),
    workspace: name,
    mode: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['pipeline', 'endpoint']),
    job: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        /** The endpoint job's name, or the pipeline run id. */
        id: name,
        status: name,
        /** The job's ARM id, when it has one. */
        resourceId: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
        /** Where a person sees the run (Azure ML studio), when Azure names it. */
        url: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    }),
    rowsScored: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
    validated: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
    model: modelSchema.extend({ contentDigest: sha256 }),
    expectationsDigest: sha256.optional(),
    upstream: upstreamOf(metadataReceiptSchema),
});
/** The drift gate also runs on a schedule with no deployment in the job: Azure coordinates are optional there. */
const driftReceiptSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    ...base,
    subscription: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    resourceGroup: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    kind: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('drift'),
    drifted: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
    driftShare: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(0).max(1),
    driftedFeatures: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
    model: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), version: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() }).optional(),
    reportDigest: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/),
});
const RECEIPT_SCHEMAS = {
    aml: amlReceiptSchema,
    adf: adfReceiptSchema,
    metadata: metadataReceiptSchema,
    integration: integrationReceiptSchema,
    drift: driftReceiptSchema,
};


/***/ })

};
