export const id = 293;
export const ids = [293,325];
export const modules = {

/***/ 34293:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readGitFolder: () => (/* binding */ readGitFolder)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _shared_documents_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(47583);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(58382);
/* harmony import */ var _shared_problems_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(34325);
/* harmony import */ var _shared_values_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(79799);
/**
 * Reads the ADF git-integration folder (the collaboration branch): one `{ name, properties }` JSON file per
 * resource in a folder per kind, global parameters inside `factory/<factory>.json`, managed private endpoints below
 * `managedVirtualNetwork/<network>/managedPrivateEndpoint/`. Every file is parsed strictly as JSON, and every problem
 * (syntax, shape, a file named differently from its `name`) is collected with its file and line.
 */






const FOLDER_KINDS = {
    integrationruntime: 'integrationRuntime',
    linkedservice: 'linkedService',
    credential: 'credential',
    dataset: 'dataset',
    dataflow: 'dataflow',
    pipeline: 'pipeline',
    trigger: 'trigger',
};
/** Files at the root that belong to ADF's git integration but are not resources. */
const IGNORED_ROOT_FILES = new Set(['publish_config.json', 'arm-template-parameters-definition.json']);
async function entries(dir) {
    const found = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { withFileTypes: true });
    return found
        .map((entry) => ({ name: entry.name, isDirectory: entry.isDirectory() }))
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
async function jsonFiles(dir) {
    return (await entries(dir))
        .filter((entry) => !entry.isDirectory && /\.json$/i.test(entry.name))
        .map((e) => e.name);
}
/**
 * @param root absolute path of the folder
 * @param shownAs how to show `root` in messages (workspace-relative, forward slashes)
 */
async function readGitFolder(root, shownAs) {
    const isFolder = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(root).then((found) => found.isDirectory(), () => false);
    if (!isFolder) {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_3__.ConfigurationError(`Input 'source' names '${shownAs}', which is not a folder: point it at the root of the ADF git-integration folder (the one holding pipeline/, dataset/, ...) or at ARMTemplateForFactory.json.`, { input: 'source' });
    }
    const artifacts = [];
    const notes = [];
    const problems = [];
    const shown = (...parts) => [shownAs === '.' ? '' : shownAs, ...parts].filter(Boolean).join('/');
    const load = async (absolute, file) => {
        try {
            const text = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(absolute, 'utf8')).replace(/^\uFEFF/, '');
            return (0,_shared_documents_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDocumentText */ .gk)(text, file, { json: true });
        }
        catch (error) {
            problems.push(...(0,_shared_problems_js__WEBPACK_IMPORTED_MODULE_4__.problemsFromError)(error, file));
            return undefined;
        }
    };
    /** Checks the `{ name, properties }` shape and that the file is named after the resource. */
    const resource = (document, fileName) => {
        const value = document.value;
        const at = (path, message) => {
            problems.push({ message, location: document.locate(path) });
            return undefined;
        };
        if (!(0,_shared_values_js__WEBPACK_IMPORTED_MODULE_5__/* .isRecord */ .u4)(value))
            return at([], 'expected a JSON object { "name": ..., "properties": { ... } }');
        if (typeof value.name !== 'string' || value.name === '')
            return at(['name'], '"name" must be a non-empty string');
        if (!(0,_shared_values_js__WEBPACK_IMPORTED_MODULE_5__/* .isRecord */ .u4)(value.properties))
            return at(['properties'], '"properties" must be an object');
        const expected = fileName.replace(/\.json$/i, '');
        if (expected !== value.name) {
            at(['name'], `the file is named '${fileName}' but the resource is named '${value.name}'; ADF names each file after its resource (rename the file to '${value.name}.json')`);
        }
        return { name: value.name, properties: value.properties };
    };
    for (const entry of await entries(root)) {
        const { name: folder } = entry;
        if (!entry.isDirectory) {
            if (!IGNORED_ROOT_FILES.has(folder.toLowerCase()) && /\.json$/i.test(folder)) {
                notes.push(`${shown(folder)}: ignored (not inside an ADF resource folder).`);
            }
            continue;
        }
        const lower = folder.toLowerCase();
        const kind = FOLDER_KINDS[lower];
        if (kind) {
            for (const fileName of await jsonFiles((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, folder))) {
                const file = shown(folder, fileName);
                const document = await load((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, folder, fileName), file);
                const body = document && resource(document, fileName);
                if (document && body) {
                    artifacts.push({
                        kind,
                        ...body,
                        source: {
                            file,
                            locate: (path) => document.locate(['properties', ...path]),
                            nameAt: document.locate(['name']),
                        },
                    });
                }
            }
        }
        else if (lower === 'factory') {
            for (const fileName of await jsonFiles((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, folder))) {
                const file = shown(folder, fileName);
                const document = await load((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, folder, fileName), file);
                const body = document && resource(document, fileName);
                if (!document || !body)
                    continue;
                const globals = body.properties.globalParameters;
                if (globals === undefined)
                    continue;
                if (!(0,_shared_values_js__WEBPACK_IMPORTED_MODULE_5__/* .isRecord */ .u4)(globals)) {
                    problems.push({
                        message: '"properties.globalParameters" must be an object',
                        location: document.locate(['properties', 'globalParameters']),
                    });
                    continue;
                }
                artifacts.push({
                    kind: 'globalParameters',
                    name: 'default',
                    properties: globals,
                    source: {
                        file,
                        locate: (path) => document.locate(['properties', 'globalParameters', ...path]),
                        nameAt: document.locate(['properties', 'globalParameters']),
                    },
                });
            }
        }
        else if (lower === 'managedvirtualnetwork') {
            await readManagedVirtualNetworks((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, folder), folder);
        }
        else {
            notes.push(`${shown(folder)}/: ignored (not an ADF resource folder).`);
        }
    }
    return { artifacts, notes, problems };
    async function readManagedVirtualNetworks(dir, folder) {
        for (const fileName of await jsonFiles(dir)) {
            const file = shown(folder, fileName);
            const document = await load((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, fileName), file);
            const body = document && resource(document, fileName);
            if (document && body) {
                artifacts.push({
                    kind: 'managedVirtualNetwork',
                    ...body,
                    source: {
                        file,
                        locate: (path) => document.locate(['properties', ...path]),
                        nameAt: document.locate(['name']),
                    },
                });
            }
        }
        for (const network of (await entries(dir)).filter((e) => e.isDirectory)) {
            const endpoints = (await entries((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, network.name))).find((e) => e.isDirectory && e.name.toLowerCase() === 'managedprivateendpoint');
            if (!endpoints)
                continue;
            const endpointDir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, network.name, endpoints.name);
            for (const fileName of await jsonFiles(endpointDir)) {
                const file = shown(folder, network.name, endpoints.name, fileName);
                const document = await load((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(endpointDir, fileName), file);
                const body = document && resource(document, fileName);
                if (document && body) {
                    artifacts.push({
                        kind: 'managedPrivateEndpoint',
                        name: `${network.name}/${body.name}`,
                        properties: body.properties,
                        source: {
                            file,
                            locate: (path) => document.locate(['properties', ...path]),
                            nameAt: document.locate(['name']),
                        },
                    });
                }
            }
        }
    }
}


/***/ }),

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


/***/ }),

/***/ 79799:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   go: () => (/* binding */ typeName),
/* harmony export */   u4: () => (/* binding */ isRecord)
/* harmony export */ });
/* unused harmony exports quoteVisible, hasInvisible */
/**
 * Small facts about parsed YAML/JSON values, worded for messages. JSON files speak of arrays and objects, YAML files
 * of lists and mappings: each reader names them the way its users write them.
 */
/** A plain object (a mapping): not null, not an array. */
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** `null`, `an array` / `a list`, `an object` / `a mapping`, or `a <typeof>`. */
function typeName(value, words = 'json') {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return words === 'json' ? 'an array' : 'a list';
    if (isRecord(value))
        return words === 'json' ? 'an object' : 'a mapping';
    return `a ${typeof value}`;
}
/**
 * `'text'`, with every character a reader could not see or tell apart escaped (`'pl_score\u200b'`): controls, format
 * characters such as zero-width spaces and direction marks, and separators other than the plain space. A name that
 * differs from another only by such a character is then visibly different in a message.
 */
function quoteVisible(text) {
    const escaped = text.replace(/[\p{C}\p{Z}]/gu, (char) => {
        if (char === ' ')
            return char;
        const code = char.codePointAt(0);
        return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`;
    });
    return `'${escaped}'`;
}
/** True when the text holds a character quoteVisible escapes. */
function hasInvisible(text) {
    return /[^\P{C}]|[^\P{Z} ]/u.test(text);
}


/***/ })

};
