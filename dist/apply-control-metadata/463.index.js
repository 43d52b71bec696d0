export const id = 463;
export const ids = [463];
export const modules = {

/***/ 83721:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  yO: () => (/* binding */ BUILT_IN_PREFIX),
  $I: () => (/* binding */ checkMigrationHistory),
  Y$: () => (/* binding */ loadMigrations),
  rf: () => (/* binding */ parseVariables),
  sT: () => (/* binding */ tableVariables),
  M5: () => (/* binding */ withTableVariables)
});

// UNUSED EXPORTS: compareIds

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(58382);
// EXTERNAL MODULE: ./src/shared/files.ts
var shared_files = __webpack_require__(38590);
;// CONCATENATED MODULE: ./src/apply-control-metadata/sqlcmd.ts
/**
 * SQLCMD-style migration scripts, split into the batches the action sends to the server.
 *
 * `GO` is not SQL: it is a separator that sqlcmd, SSMS and Azure Data Studio act on in the client and never send to
 * the server, so a script written for those tools has to be split here the same way. The rules:
 *
 * - A batch ends at a line whose whole content is `GO` (any case, surrounding whitespace allowed), optionally with a
 *   repeat count (`GO 3` sends the batch three times) and a trailing `-- comment`. A script without `GO` is one batch;
 *   a batch of only whitespace and comments is dropped.
 * - A `GO` line inside a block comment (which nest in both T-SQL and PostgreSQL) or inside a string or quoted name
 *   does not end the batch. That is why this is a small scanner that carries comment and string state
 *   from line to line rather than a regular expression: `'...'` with `''` escapes and `"..."` in both dialects;
 *   `[...]` with `]]` escapes (and `N'...'`) in T-SQL; `$$...$$`, `$tag$...$tag$` and `E'...'` (backslash escapes) in
 *   PostgreSQL. Boundaries come from the script as written: a variable's value cannot open a string or comment that
 *   would hide a `GO`.
 * - `:setvar NAME value` or `:setvar NAME "value with spaces"` (`""` is a quote inside the quotes) defines a variable
 *   for the lines after it. The line is blanked in its batch, so line numbers the server reports within a batch still
 *   count lines of the file. As in sqlcmd, where `:setvar` takes precedence over `sqlcmd -v`, a `:setvar` in the
 *   script overrides the action's `variables` input, which plays the role of `-v`. Unlike sqlcmd, `:setvar NAME`
 *   without a value (sqlcmd's way to delete a variable) is refused.
 * - `$(NAME)` is replaced by the variable's value everywhere, inside strings and comments too, exactly as sqlcmd does;
 *   names (letters, digits, `_`, `-`) match case-insensitively, and a value is inserted as is, never expanded again.
 *   An undefined variable is an error rather than an empty string, so a missing per-environment value cannot
 *   silently change what runs.
 * - Every other sqlcmd command (`:r`, `:connect`, `:on error`, `:out`, `:exit`, `!!`, ...) is refused: the action
 *   connects, includes files and stops on errors itself.
 */

/** What a sqlcmd variable name may hold. */
const VARIABLE_NAME = /^[A-Za-z0-9_-]+$/;
/** Strips a UTF-8 byte-order mark and turns CRLF and CR into LF: the text that checksums and scanning see. */
function normaliseScript(text) {
    return (text.startsWith('\uFEFF') ? text.slice(1) : text).replace(/\r\n?/g, '\n');
}
function parseSqlcmdScript(text, options) {
    const { file, dialect } = options;
    const fail = (line, what) => errors/* ConfigurationError */.j1.at((0,errors/* formatLocation */.j$)({ file, line }), what, {
        input: 'migrations',
        location: { file, line },
    });
    const variables = new Map(Object.entries(options.variables).map(([name, value]) => [name.toLowerCase(), value]));
    const batches = [];
    let state = CODE;
    let batch = new BatchBuilder(1);
    normaliseScript(text)
        .split('\n')
        .forEach((line, index) => {
        const lineNumber = index + 1;
        // GO and sqlcmd commands count only where SQL could start a statement, not inside a comment or string.
        if (state.kind === 'code') {
            const go = GO_LINE.exec(line);
            if (go) {
                const count = go[1] === undefined ? 1 : Number(go[1]);
                if (!Number.isSafeInteger(count) || count < 1 || count > MAX_GO_COUNT) {
                    throw fail(lineNumber, `GO's repeat count must be a whole number from 1 to ${MAX_GO_COUNT}.`);
                }
                batches.push(...batch.build(count));
                batch = new BatchBuilder(lineNumber + 1);
                return;
            }
            const command = COMMAND_LINE.exec(line);
            if (command) {
                const setvar = parseCommand(command[1], command[2], (what) => fail(lineNumber, what));
                variables.set(setvar.name.toLowerCase(), setvar.value);
                batch.add('', false);
                return;
            }
        }
        const scanned = scanLine(line, lineNumber, state, dialect);
        state = scanned.state;
        batch.add(substitute(line, variables, (what) => fail(lineNumber, what)), scanned.code);
    });
    if (state.kind !== 'code') {
        throw fail(state.line, `the ${state.what} opened on this line is not closed by the end of the file; close it (a GO inside it does not end a batch).`);
    }
    batches.push(...batch.build(1));
    return batches;
}
/** sqlcmd itself accepts up to 2^31 - 1; more than this is a typo, and each repeat is held in memory. */
const MAX_GO_COUNT = 10_000;
const GO_LINE = /^\s*go(?:\s+(\d+))?\s*(?:--.*)?$/i;
/** `:name ...` (a letter after the colon, so PostgreSQL's `::type` casts are not commands) or `!! ...`. */
const COMMAND_LINE = /^\s*(:[A-Za-z]+|!!)(.*)$/;
const UNSUPPORTED_HINTS = {
    ':r': 'list the included file in the `migrations` input instead',
    ':connect': "the action connects with its own inputs (server, database, db-auth) and can't switch servers",
    ':on': 'the action always stops at the first batch that fails',
    ':exit': 'end the script instead; the action stops at the first batch that fails',
    ':quit': 'end the script instead; the action stops at the first batch that fails',
    '!!': 'migrations run SQL only, not operating-system commands',
};
/** Accepts `:setvar` (returning the variable it defines); refuses every other command. */
function parseCommand(command, rest, fail) {
    const name = command.toLowerCase();
    if (name !== ':setvar') {
        const hint = UNSUPPORTED_HINTS[name] ?? 'only GO, :setvar and $(NAME) variables are supported';
        throw fail(`the sqlcmd command '${command}' is not supported; ${hint}.`);
    }
    const match = /^\s+(\S+)\s*(.*)$/.exec(rest);
    if (!match)
        throw fail(':setvar needs a name and a value: `:setvar NAME value`.');
    const [, variable, written] = match;
    if (!VARIABLE_NAME.test(variable)) {
        throw fail(`':setvar ${variable}' names no valid variable; names are letters, digits, '_' and '-'.`);
    }
    if (written === '') {
        throw fail(`':setvar ${variable}' has no value; write \`:setvar ${variable} value\` (use "" for an empty one).`);
    }
    if (written.startsWith('"')) {
        const quoted = /^"((?:[^"]|"")*)"\s*$/.exec(written);
        if (!quoted)
            throw fail(`the value of ':setvar ${variable}' must end with a closing '"' (write "" for a quote).`);
        return { name: variable, value: quoted[1].replaceAll('""', '"') };
    }
    if (/\s/.test(written)) {
        throw fail(`the value of ':setvar ${variable}' has spaces; put it in double quotes.`);
    }
    return { name: variable, value: written };
}
/** One pass over the line, so a value containing `$(X)` is inserted as is. */
function substitute(line, variables, fail) {
    return line.replace(/\$\(([A-Za-z0-9_-]+)\)/g, (_match, name) => {
        const value = variables.get(name.toLowerCase());
        if (value === undefined) {
            throw fail(`the variable '${name}' is not defined; add it to the \`variables\` input or a \`:setvar ${name} value\` line before this line.`);
        }
        return value;
    });
}
/** Collects a batch's lines; `code` says whether any of them holds more than whitespace and comments. */
class BatchBuilder {
    firstLine;
    lines = [];
    code = false;
    constructor(firstLine) {
        this.firstLine = firstLine;
    }
    add(line, code) {
        this.lines.push(line);
        this.code ||= code;
    }
    /** The batch `count` times, or nothing when it holds no code; leading blank lines are left out. */
    build(count) {
        if (!this.code)
            return [];
        const skipped = this.lines.findIndex((line) => line.trim() !== '');
        const sql = this.lines.slice(skipped).join('\n').trimEnd();
        return Array.from({ length: count }, () => ({ sql, line: this.firstLine + skipped }));
    }
}
const CODE = { kind: 'code' };
function scanLine(text, lineNumber, start, dialect) {
    let state = start;
    let code = false;
    let i = 0;
    while (i < text.length) {
        if (state.kind === 'comment') {
            if (text.startsWith('/*', i)) {
                state = { ...state, depth: state.depth + 1 };
                i += 2;
            }
            else if (text.startsWith('*/', i)) {
                state = state.depth === 1 ? CODE : { ...state, depth: state.depth - 1 };
                i += 2;
            }
            else {
                i += 1;
            }
        }
        else if (state.kind === 'quoted') {
            const { close } = state;
            if (state.backslash && text[i] === '\\') {
                i += 2;
            }
            else if (!text.startsWith(close, i)) {
                i += 1;
            }
            else if (state.doubled && text.startsWith(close, i + close.length)) {
                i += 2 * close.length;
            }
            else {
                state = CODE;
                i += close.length;
            }
        }
        else {
            if (text.startsWith('--', i))
                break;
            if (text.startsWith('/*', i)) {
                state = { kind: 'comment', depth: 1, line: lineNumber, what: 'block comment' };
                i += 2;
                continue;
            }
            if (/\S/.test(text[i]))
                code = true;
            const opened = openQuote(text, i, lineNumber, dialect);
            if (opened) {
                state = opened;
                i += opened.close.startsWith('$') ? opened.close.length : 1;
            }
            else {
                i += 1;
            }
        }
    }
    return { state, code };
}
/** A character that may continue an identifier: a `$` or `E` right after one does not start a token. */
const IDENTIFIER_CHARACTER = /[\p{L}\p{N}_$]/u;
const DOLLAR_TAG = /\$(?:[\p{L}_][\p{L}\p{N}_]*)?\$/uy;
function openQuote(text, i, line, dialect) {
    const character = text[i];
    const follows = (offset) => i - offset >= 0 && IDENTIFIER_CHARACTER.test(text[i - offset]);
    if (character === "'") {
        // PostgreSQL E'...' strings take backslash escapes; a T-SQL N'...' is scanned like '...'.
        const escaped = dialect === 'postgresql' && /[eE]/.test(text[i - 1] ?? '') && !follows(2);
        return { kind: 'quoted', close: "'", doubled: true, backslash: escaped, line, what: 'string' };
    }
    if (character === '"') {
        return { kind: 'quoted', close: '"', doubled: true, backslash: false, line, what: 'quoted name' };
    }
    if (character === '[' && dialect === 'sqlserver') {
        return { kind: 'quoted', close: ']', doubled: true, backslash: false, line, what: 'bracketed name' };
    }
    if (character === '$' && dialect === 'postgresql' && !follows(1)) {
        DOLLAR_TAG.lastIndex = i;
        const tag = DOLLAR_TAG.exec(text)?.[0];
        if (tag)
            return {
                kind: 'quoted',
                close: tag,
                doubled: false,
                backslash: false,
                line,
                what: 'dollar-quoted body',
            };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/apply-control-metadata/migrations.ts
/**
 * The user's migration scripts: read from the `migrations` input, and held against the history the database keeps.
 *
 * A migration's id is its file name, so the folder it sits in can move without the script running again. Scripts
 * run in plain code-point order of their ids (not natural or locale order: `10-x.sql` sorts before `9-x.sql`), so
 * prefix them with a zero-padded number (`0001-create-views.sql`). Each runs once: its checksum, taken over the text
 * as written (byte-order mark and line endings normalised, before `$(variables)` are substituted, so per-environment
 * values and a checkout's line-ending settings are not changes), must match the one recorded when it ran.
 */






/** Built-in migrations' ids start with this; they are ordered among themselves, apart from the user's scripts. */
const BUILT_IN_PREFIX = 'apply-control-metadata/';
/**
 * The `variables` input (already parsed YAML or JSON): a mapping of sqlcmd variable names to scalars, as strings.
 * Names follow sqlcmd's rules and are case-insensitive, so `env` and `ENV` together are refused.
 */
function parseVariables(value) {
    if (value === undefined || value === null)
        return {};
    if (typeof value !== 'object' || Array.isArray(value)) {
        throw new errors/* ConfigurationError */.j1("Input 'variables' must be a mapping of sqlcmd variable names to values, such as `{ Environment: prod }`.", { input: 'variables' });
    }
    const seen = new Map();
    const entries = Object.entries(value).map(([name, raw]) => {
        const bad = (what) => new errors/* ConfigurationError */.j1(`Input 'variables': '${name}' ${what}`, { input: 'variables' });
        if (!VARIABLE_NAME.test(name))
            throw bad("is not a variable name; use letters, digits, '_' and '-'.");
        const other = seen.get(name.toLowerCase());
        if (other !== undefined) {
            throw bad(`and '${other}' are the same variable (names are case-insensitive); keep one.`);
        }
        seen.set(name.toLowerCase(), name);
        if (typeof raw === 'string' || typeof raw === 'boolean')
            return [name, String(raw)];
        if (typeof raw === 'number' && Number.isFinite(raw))
            return [name, String(raw)];
        throw bad(`must be a string, number or boolean; got ${describe(raw)}.`);
    });
    return Object.fromEntries(entries);
}
/**
 * The variables every migration script has before the `variables` input's (which override them, as `-v` overrides
 * sqlcmd's own): the control table as `$(table)`, schema-qualified and quoted for the engine
 * (`"mlops"."control_use_cases"`, `[mlops].[control_use_cases]`), and its parts unquoted as `$(schema)` and
 * `$(table_name)`, for string literals and names built from it (an index `$(table_name)_schedule`). A script written
 * with them follows the `table` input instead of naming the table again.
 */
function tableVariables(table, engine) {
    const quote = (part) => (engine === 'sqlserver' ? `[${part}]` : `"${part}"`);
    return {
        table: `${quote(table.schema)}.${quote(table.table)}`,
        schema: table.schema,
        table_name: table.table,
    };
}
/** The input's variables over the built-in ones; names are case-insensitive, so `TABLE` replaces `table`. */
function withTableVariables(builtIn, input) {
    const given = new Set(Object.keys(input).map((name) => name.toLowerCase()));
    return {
        ...Object.fromEntries(Object.entries(builtIn).filter(([name]) => !given.has(name.toLowerCase()))),
        ...input,
    };
}
function describe(value) {
    if (value === null)
        return 'no value (write "" for an empty string)';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'number')
        return String(value);
    return typeof value === 'object' ? 'a mapping' : typeof value;
}
/**
 * Reads, checksums and splits the user's scripts; returned in run order (by id). The input is optional: without
 * patterns there is no script to run (a pattern given that matches nothing is still refused).
 */
async function loadMigrations(options) {
    const { workspace, engine, variables } = options;
    if (options.patterns.length === 0)
        return [];
    const files = (await (0,shared_files/* globWorkspace */.Q1)(workspace, options.patterns, 'migrations')).map((absolute) => ({
        absolute,
        file: (0,shared_files/* workspaceRelative */.Uc)(workspace, absolute),
        id: (0,external_node_path_.basename)(absolute),
    }));
    refuseDuplicateIds(files);
    const migrations = await Promise.all(files.map(async ({ absolute, file, id }) => {
        const text = normaliseScript(decode(await (0,promises_.readFile)(absolute), file));
        return {
            id,
            file,
            checksum: (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex'),
            batches: parseSqlcmdScript(text, { file, dialect: engine, variables }),
        };
    }));
    return migrations.sort((a, b) => compareIds(a.id, b.id));
}
/** Code-point order (UTF-16 comparison differs above U+FFFF), the order a `C` collation sorts the history in. */
function compareIds(a, b) {
    return Buffer.compare(Buffer.from(a), Buffer.from(b));
}
function refuseDuplicateIds(files) {
    const byId = new Map();
    for (const entry of files)
        byId.set(entry.id, [...(byId.get(entry.id) ?? []), entry]);
    const clashes = [...byId.values()].filter((group) => group.length > 1);
    if (clashes.length === 0)
        return;
    const described = clashes.map((group) => `${group.map(({ file }) => `'${file}'`).join(' and ')} are both migration '${group[0].id}'`);
    throw new errors/* ConfigurationError */.j1(`Input 'migrations': ${described.join('; ')}. A migration's id is its file name; rename all but one.`, { input: 'migrations', location: { file: clashes[0][0].file } });
}
/** UTF-8, strictly: a script saved as UTF-16 or in a legacy code page would otherwise run with mangled text. */
function decode(bytes, file) {
    const fail = (what) => new errors/* ConfigurationError */.j1(`${file}: ${what}; save the script as UTF-8.`, {
        input: 'migrations',
        location: { file },
    });
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
        throw fail('the file is UTF-16');
    }
    try {
        return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    }
    catch {
        throw fail('the file is not valid UTF-8');
    }
}
/**
 * Holds the migrations against the database's history. `known` is in run order: built-ins first, then the user's
 * scripts by id. Every problem is collected and reported in one error, so one run shows all there is to fix. Applied
 * ids no longer among the files are ignored: a script may be deleted once it has run everywhere.
 */
function checkMigrationHistory(known, applied) {
    const history = new Map(applied.map((migration) => [migration.id, migration]));
    const problems = [];
    for (const migration of known) {
        const ran = history.get(migration.id);
        if (ran && ran.checksum !== migration.checksum) {
            problems.push({
                file: migration.file,
                text: `${migration.file}: migration '${migration.id}' changed since it ran at ${ran.applied_at} ` +
                    `(checksum ${ran.checksum.slice(0, 12)} then, ${migration.checksum.slice(0, 12)} now). ` +
                    'A migration runs once: restore it and put the change in a new script.',
            });
        }
    }
    const builtIns = known.filter(({ id }) => id.startsWith(BUILT_IN_PREFIX));
    const userScripts = known.filter(({ id }) => !id.startsWith(BUILT_IN_PREFIX));
    for (const group of [builtIns, userScripts]) {
        const lastApplied = group.findLast(({ id }) => history.has(id));
        if (!lastApplied)
            continue;
        for (const migration of group.slice(0, group.indexOf(lastApplied))) {
            if (history.has(migration.id))
                continue;
            problems.push({
                file: migration.file,
                text: `${migration.file}: migration '${migration.id}' has not run, but sorts before '${lastApplied.id}', ` +
                    `which already ran; rename it so it sorts after '${lastApplied.id}'.`,
            });
        }
    }
    if (problems.length > 0) {
        const message = problems.length === 1
            ? problems[0].text
            : `${problems.length} problems with the migration history:\n${problems.map(({ text }) => `- ${text}`).join('\n')}`;
        throw new errors/* ConfigurationError */.j1(message, { input: 'migrations', location: { file: problems[0].file } });
    }
    return {
        pending: known.filter(({ id }) => !history.has(id)),
        alreadyApplied: known.filter(({ id }) => history.has(id)),
    };
}


/***/ }),

/***/ 42586:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ canonicalJson)
/* harmony export */ });
/**
 * JSON with object keys sorted at every level: one value has exactly one encoding, hence one digest. Receipts, the
 * drift report's digest and the control rows' hash are all taken over it.
 */
function canonicalJson(value) {
    return JSON.stringify(value, (_key, inner) => {
        if (inner && typeof inner === 'object' && !Array.isArray(inner)) {
            return Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
        }
        return inner;
    });
}


/***/ }),

/***/ 3773:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ch: () => (/* binding */ openStore),
/* harmony export */   kb: () => (/* binding */ resolveDatabaseAccess)
/* harmony export */ });
/* unused harmony export tlsRefusal */
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58382);

function resolveDatabaseAccess(inputs) {
    const { engine } = inputs;
    if (inputs.connectionString) {
        const extra = [
            ['server', inputs.server],
            ['port', inputs.port],
            ['database', inputs.database],
            ['db-user', inputs.dbUser],
            ['db-password', inputs.dbPassword],
        ].filter(([, value]) => value !== undefined && value !== '');
        if (extra.length > 0) {
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input 'connection-string' is given together with ${extra.map(([name]) => `'${name}'`).join(', ')}; give either a connection string or server, database and db-auth, not both.`, { input: 'connection-string' });
        }
        return { kind: 'connection-string', engine, connectionString: inputs.connectionString };
    }
    for (const [input, value] of [
        ['server', inputs.server],
        ['database', inputs.database],
    ]) {
        if (!value) {
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input '${input}' is required unless connection-string is given (the database ${input === 'server' ? 'server host name' : 'name'}).`, { input });
        }
    }
    const target = { engine, server: inputs.server, database: inputs.database, port: inputs.port };
    if (inputs.dbAuth === 'password') {
        if (!inputs.dbUser) {
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1("Input 'db-user' is required with db-auth: password.", {
                input: 'db-user',
            });
        }
        if (!inputs.dbPassword) {
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1("Input 'db-password' is required with db-auth: password; pass it from a GitHub secret.", { input: 'db-password' });
        }
        return { kind: 'password', ...target, user: inputs.dbUser, password: inputs.dbPassword };
    }
    if (inputs.dbPassword) {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1("Input 'db-password' is set, but db-auth is entra (a token from the Azure sign-in); set db-auth: password to use it, or remove it.", { input: 'db-password' });
    }
    if (engine === 'postgresql' && !inputs.dbUser) {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1("Input 'db-user' is required with db-auth: entra on postgresql: the database role of the Microsoft Entra principal (the managed identity's or application's name).", { input: 'db-user' });
    }
    return { kind: 'entra', ...target, ...(inputs.dbUser ? { user: inputs.dbUser } : {}) };
}
async function entraToken(access, deps) {
    if (access.kind !== 'entra')
        return undefined;
    const { credential, cloud } = await deps.credential();
    const scope = access.engine === 'sqlserver' ? cloud.sqlDatabaseScope : cloud.postgresqlScope;
    const token = await credential.getToken(scope);
    if (!token)
        throw new Error(`No Microsoft Entra token was issued for ${scope}.`);
    deps.masker.mask(token.token);
    return token.token;
}
async function openStore(access, table, deps, options = {}) {
    const token = await entraToken(access, deps);
    if (access.engine === 'postgresql') {
        const [{ default: pg }, { postgresConfig, urlPassword }, { PostgresStore }] = await Promise.all([
            __webpack_require__.e(/* import() */ 849).then(__webpack_require__.bind(__webpack_require__, 83849)),
            __webpack_require__.e(/* import() */ 12).then(__webpack_require__.bind(__webpack_require__, 34012)),
            __webpack_require__.e(/* import() */ 671).then(__webpack_require__.bind(__webpack_require__, 45671)),
        ]);
        const config = access.kind === 'connection-string'
            ? postgresConfig({ connectionString: access.connectionString })
            : postgresConfig({
                server: access.server,
                port: access.port,
                database: access.database,
                user: access.user,
                password: access.kind === 'entra' ? token : access.password,
                caCertificates: deps.caCertificates,
            });
        if (access.kind === 'connection-string')
            deps.masker.mask(urlPassword(access.connectionString));
        const client = new pg.Client(config);
        const store = new PostgresStore(client, table, options);
        try {
            await client.connect();
        }
        catch (error) {
            throw tlsRefusal('postgresql', access, error) ?? error;
        }
        return { store, location: postgresLocation(access) };
    }
    const [{ sqlServerConfig, connectionStringSecrets }, { openSqlServerSession }, { SqlServerStore }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(725), __webpack_require__.e(160), __webpack_require__.e(653), __webpack_require__.e(271), __webpack_require__.e(719)]).then(__webpack_require__.bind(__webpack_require__, 89719)),
        Promise.all(/* import() */[__webpack_require__.e(725), __webpack_require__.e(160), __webpack_require__.e(653), __webpack_require__.e(271), __webpack_require__.e(263)]).then(__webpack_require__.bind(__webpack_require__, 46263)),
        Promise.all(/* import() */[__webpack_require__.e(725), __webpack_require__.e(160), __webpack_require__.e(653), __webpack_require__.e(271), __webpack_require__.e(82)]).then(__webpack_require__.bind(__webpack_require__, 63082)),
    ]);
    const config = access.kind === 'connection-string'
        ? sqlServerConfig({ auth: 'password', connectionString: access.connectionString })
        : sqlServerConfig({
            server: access.server,
            port: access.port,
            database: access.database,
            auth: access.kind,
            user: access.user,
            password: access.password,
            token,
        });
    if (access.kind === 'connection-string') {
        // The input is masked whole; its secrets also as the driver reads them (ADO.NET quoting undone).
        for (const secret of connectionStringSecrets(access.connectionString))
            deps.masker.mask(secret);
    }
    let session;
    try {
        session = await openSqlServerSession(config);
    }
    catch (error) {
        throw tlsRefusal('sqlserver', access, error) ?? error;
    }
    return {
        store: new SqlServerStore(session, table, options),
        location: { server: String(config.server ?? ''), database: String(config.database ?? '') },
    };
}
function postgresLocation(access) {
    if (access.kind !== 'connection-string')
        return { server: access.server, database: access.database };
    const url = new URL(access.connectionString);
    const server = url.hostname || url.searchParams.get('host') || 'localhost';
    const database = decodeURIComponent(url.pathname.replace(/^\//, '')) || url.searchParams.get('dbname') || '';
    return { server, database };
}
/**
 * A connection refused over TLS, as a ConfigurationError that says how to connect: server connections are encrypted
 * and verified, so a server without TLS (PostgreSQL: "The server does not support SSL connections") or with a
 * certificate the runner does not trust needs the user to say so, in a connection string. Undefined for any other
 * failure, which is rethrown as it is.
 */
function tlsRefusal(engine, access, error) {
    const { message } = (0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(error);
    const noTls = /does not support SSL/i.test(message);
    const untrusted = /certificate|self[- ]signed|SSL|TLS/i.test(message);
    if (!noTls && !untrusted)
        return undefined;
    const input = access.kind === 'connection-string' ? 'connection-string' : 'server';
    const how = engine === 'postgresql'
        ? noTls
            ? 'to connect without TLS (a local or private server only), give connection-string: postgresql://<user>@<host>:<port>/<database>?sslmode=disable'
            : "give the server's CA certificate in ca-certificate, or (a local server only) connection-string: postgresql://<user>@<host>:<port>/<database>?sslmode=no-verify"
        : 'give connection-string: Server=<host>,<port>;Database=<database>;...;TrustServerCertificate=true for a certificate the runner does not trust (a local container), or Encrypt=false for a server without TLS (a local one only)';
    const what = noTls
        ? 'the server does not accept TLS connections, and connections to a server are encrypted unless a connection string says otherwise'
        : "the server's TLS certificate could not be verified";
    return new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Could not connect to the database: ${what} (${message}); ${how}.`, {
        input,
        cause: error,
    });
}


/***/ }),

/***/ 79999:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ae: () => (/* binding */ contentHash),
/* harmony export */   F: () => (/* binding */ withHash),
/* harmony export */   HC: () => (/* binding */ parseTableName),
/* harmony export */   KS: () => (/* binding */ REQUIRED_COLUMNS),
/* harmony export */   Oq: () => (/* binding */ rowsHash),
/* harmony export */   Sn: () => (/* binding */ ROW_COLUMN_KINDS),
/* harmony export */   Ys: () => (/* binding */ NULLABLE_TEXT_COLUMNS),
/* harmony export */   it: () => (/* binding */ assertTableName),
/* harmony export */   pX: () => (/* binding */ ROW_COLUMNS)
/* harmony export */ });
/* unused harmony export rowContent */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _shared_canonical_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42586);
/**
 * The control table's row model, shared by the row readers, the plan and both stores.
 *
 * One row per use case. Keys are the table's column names (snake_case), as users write them in YAML, JSON and CSV:
 *
 * | column            | meaning                                                                 |
 * | ----------------- | ----------------------------------------------------------------------- |
 * | `id`              | the use case's id (primary key)                                         |
 * | `pipeline`        | the ADF pipeline that runs it (must be in the adf receipt)              |
 * | `endpoint`        | the batch endpoint that scores it (must be the aml receipt's endpoint)  |
 * | `deployment`      | a deployment to pin, or null for the endpoint's default                 |
 * | `input_location`  | where the pipeline reads the features (a URL or a path)                 |
 * | `output_location` | where the predictions are written                                       |
 * | `sink_table`      | the SQL table the predictions are copied into, or null                  |
 * | `schedule`        | free text the orchestrator filters on (e.g. `daily`), or null           |
 * | `enabled`         | whether the orchestrator runs it                                        |
 * | `parameters`      | a JSON object handed to the pipeline                                    |
 *
 * The store adds `content_hash` (of the columns above), `applied_at`, `applied_by` and `source_commit`.
 */


/**
 * The columns of a row, in table order, and what each holds: the one definition the row type, the readers, the
 * validation and both stores' SQL derive from. (The built-in migration that created the table is history and keeps
 * its own DDL: stores/builtin-migrations.ts, held against this list by its test.)
 */
const ROW_COLUMN_KINDS = {
    id: 'text',
    pipeline: 'text',
    endpoint: 'text',
    deployment: 'nullable-text',
    input_location: 'text',
    output_location: 'text',
    sink_table: 'nullable-text',
    schedule: 'nullable-text',
    enabled: 'boolean',
    parameters: 'json-object',
};
/** The columns of a ControlRow, in table order. */
const ROW_COLUMNS = Object.keys(ROW_COLUMN_KINDS);
/** The columns every row must give (text, not null, no default), in table order. */
const REQUIRED_COLUMNS = ROW_COLUMNS.filter((column) => ROW_COLUMN_KINDS[column] === 'text');
/** The text columns a row may leave out or set to null, in table order. */
const NULLABLE_TEXT_COLUMNS = ROW_COLUMNS.filter((column) => ROW_COLUMN_KINDS[column] === 'nullable-text');
/** The row's columns only (a StoredRow's extras dropped), in table order. */
function rowContent(row) {
    return Object.fromEntries(ROW_COLUMNS.map((column) => [column, row[column]]));
}
/** sha256 of the canonical JSON of the row's columns: equal rows hash equally whatever their key order. */
function contentHash(row) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update((0,_shared_canonical_json_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalJson */ .d)(rowContent(row)))
        .digest('hex');
}
function withHash(row) {
    return { ...rowContent(row), content_hash: contentHash(row) };
}
/** sha256 over the sorted rows' hashes: the `rows.hash` of the metadata receipt. */
function rowsHash(rows) {
    const hashes = rows.map((row) => `${row.id}:${contentHash(row)}`).sort();
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(hashes.join('\n')).digest('hex');
}
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]{0,127}$/;
/** Parses `schema.table` (or `table`, in `defaultSchema`); undefined when either part breaks the rule. */
function parseTableName(text, defaultSchema) {
    const parts = text.split('.');
    if (parts.length > 2)
        return undefined;
    const [schema, table] = parts.length === 2 ? parts : [defaultSchema, parts[0]];
    if (!schema || !table || !IDENTIFIER.test(schema) || !IDENTIFIER.test(table))
        return undefined;
    return { schema, table };
}
/** Stores check again what the input already did: the table name is the only text they build into SQL. */
function assertTableName(name) {
    if (!IDENTIFIER.test(name.schema) || !IDENTIFIER.test(name.table)) {
        throw new Error(`Refusing the table name ${JSON.stringify(`${name.schema}.${name.table}`)}: schema and table must be letters, digits and "_", not starting with a digit.`);
    }
}


/***/ }),

/***/ 99005:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GF: () => (/* binding */ parseColumnType),
/* harmony export */   Mt: () => (/* binding */ formatColumnType),
/* harmony export */   NK: () => (/* binding */ BOOKKEEPING_FIELDS),
/* harmony export */   Nj: () => (/* binding */ emptyValue),
/* harmony export */   Xq: () => (/* binding */ mappedRowFields),
/* harmony export */   b5: () => (/* binding */ layoutColumn),
/* harmony export */   l0: () => (/* binding */ acceptedTypes),
/* harmony export */   ro: () => (/* binding */ BUILTIN_LAYOUT)
/* harmony export */ });
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79999);

/** The bookkeeping the action's own table keeps beside the row's fields. */
const BOOKKEEPING_FIELDS = ['content_hash', 'applied_at', 'applied_by', 'source_commit'];
/** The action's own table: every field a column of its name. */
const BUILTIN_LAYOUT = {
    adopted: false,
    columns: [..._model_js__WEBPACK_IMPORTED_MODULE_0__/* .ROW_COLUMNS */ .pX, ...BOOKKEEPING_FIELDS].map((field) => ({ field, name: field })),
};
function layoutColumn(layout, field) {
    return layout.columns.find((column) => column.field === field);
}
/** The row fields the table has a column for, in field order. */
function mappedRowFields(layout) {
    return _model_js__WEBPACK_IMPORTED_MODULE_0__/* .ROW_COLUMNS */ .pX.filter((field) => layoutColumn(layout, field));
}
/** A field's value in a table without a column for it. */
function emptyValue(field) {
    switch (_model_js__WEBPACK_IMPORTED_MODULE_0__/* .ROW_COLUMN_KINDS */ .Sn[field]) {
        case 'text':
            return '';
        case 'nullable-text':
            return null;
        case 'boolean':
            return true;
        default:
            return {};
    }
}
/** Type names as each engine's catalog may spell them, folded to one. */
const SYNONYMS = {
    'character varying': 'varchar',
    character: 'char',
    int: 'integer',
    int4: 'integer',
    int2: 'smallint',
    int8: 'bigint',
    bool: 'boolean',
    'timestamp with time zone': 'timestamptz',
    'timestamp without time zone': 'timestamp',
};
/** Parses `nvarchar(128)`, `varchar(max)`, `character varying(32)`, `bit`; undefined when it is no type name. */
function parseColumnType(text) {
    const match = /^\s*([A-Za-z][A-Za-z0-9 ]*?)\s*(?:\(\s*(\d+|max)\s*\))?\s*$/i.exec(text);
    if (!match)
        return undefined;
    const name = match[1].toLowerCase().replace(/\s+/g, ' ');
    const base = SYNONYMS[name] ?? name;
    const length = match[2] === undefined ? undefined : match[2].toLowerCase() === 'max' ? -1 : Number(match[2]);
    return length === undefined ? { base } : { base, length };
}
function formatColumnType(type) {
    return type.length === undefined ? type.base : `${type.base}(${type.length === -1 ? 'max' : type.length})`;
}
const TEXT_TYPES = new Set(['varchar', 'nvarchar', 'char', 'nchar', 'text', 'ntext', 'citext']);
const FAMILIES = {
    text: TEXT_TYPES,
    boolean: new Set(['boolean', 'bit', 'tinyint', 'smallint', 'integer']),
    json: new Set(['json', 'jsonb', ...TEXT_TYPES]),
    time: new Set(['timestamptz', 'timestamp', 'datetimeoffset', 'datetime2', 'datetime']),
};
/** Which types a field's column may have. */
function acceptedTypes(field) {
    if (field === 'applied_at')
        return FAMILIES.time;
    if (field === 'environment' || BOOKKEEPING_FIELDS.includes(field))
        return FAMILIES.text;
    const kind = _model_js__WEBPACK_IMPORTED_MODULE_0__/* .ROW_COLUMN_KINDS */ .Sn[field];
    return kind === 'boolean' ? FAMILIES.boolean : kind === 'json-object' ? FAMILIES.json : FAMILIES.text;
}


/***/ }),

/***/ 61700:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YT: () => (/* binding */ TABLE_SCHEMA_INPUT),
/* harmony export */   yE: () => (/* binding */ loadTableSchema),
/* harmony export */   yO: () => (/* binding */ tableSchemaDigest)
/* harmony export */ });
/* unused harmony export parseTableSchema */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _shared_canonical_json_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(42586);
/* harmony import */ var _shared_documents_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8493);
/* harmony import */ var _shared_problems_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(34325);
/* harmony import */ var _shared_suggest_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(60427);
/* harmony import */ var _shared_values_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(79799);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(79999);
/* harmony import */ var _table_layout_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(99005);
/**
 * The `table-schema` file: the user's own control table, for the action to adopt instead of creating its own.
 *
 * ```yaml
 * version: 1                   # optional: the only version of this format
 * table: etl.ScoringControl    # optional: the table (else the `table` input; both given, they must agree)
 * columns:                     # field: column name, or { name, type }
 *   id: { name: UseCaseId, type: nvarchar(128) }
 *   pipeline: PipelineName
 *   endpoint: EndpointName
 *   environment: Environment   # optional: scopes the rows to the step's environment
 * ```
 *
 * Fields: the row's (model.ts: `id`, `pipeline` and `endpoint` are required, the others optional), `environment`
 * (the column holding the environment a row is for: the step reads, writes and prunes only its own), and the
 * bookkeeping `content_hash`, `applied_at`, `applied_by`, `source_commit` (written when mapped). A `type` is checked
 * against the table's column, and a length in it bounds the values before anything is written. Top-level keys such
 * files often carry besides: `version` (1), `table`, and `environment` (the environment the file is for: another
 * one is refused). Every problem is reported at once, at its line.
 *
 * The mapping's digest (`tableSchemaDigest`) goes into the metadata receipt, so the steps that read the table after
 * apply-control-metadata (run-integration-score's pipeline mode) can require the same mapping it wrote with.
 */








/** The input that names a table-schema file, in both actions that read the control table. */
const TABLE_SCHEMA_INPUT = 'table-schema';
const FIELDS = [..._model_js__WEBPACK_IMPORTED_MODULE_3__/* .ROW_COLUMNS */ .pX, 'environment', ..._table_layout_js__WEBPACK_IMPORTED_MODULE_4__/* .BOOKKEEPING_FIELDS */ .NK];
const KEYS = ['version', 'table', 'environment', 'columns'];
/** A column name the stores quote: letters, digits, `_`, `$`, `#`, `@`, up to 128. */
const COLUMN_NAME = /^[A-Za-z_][A-Za-z0-9_$#@]{0,127}$/;
/** The fields a control table cannot do without: the row's key, what runs it and what scores it. */
const REQUIRED_FIELDS = ['id', 'pipeline', 'endpoint'];
async function loadTableSchema(absolute, shownAs, context) {
    return parseTableSchema(await (0,_shared_documents_js__WEBPACK_IMPORTED_MODULE_1__/* .loadDocument */ .Az)(absolute, shownAs, TABLE_SCHEMA_INPUT), context);
}
function parseTableSchema(document, context) {
    const problems = [];
    const problem = (path, message) => problems.push({ message, location: document.locate(path) });
    const root = document.value;
    if (!(0,_shared_values_js__WEBPACK_IMPORTED_MODULE_5__/* .isRecord */ .u4)(root)) {
        problem([], `the file must be a mapping with 'columns'; it is ${(0,_shared_values_js__WEBPACK_IMPORTED_MODULE_5__/* .typeName */ .go)(root, 'yaml')}`);
        throw new _shared_problems_js__WEBPACK_IMPORTED_MODULE_2__/* .ProblemsError */ .FQ(`1 problem in the table schema ${document.file}`, problems, TABLE_SCHEMA_INPUT);
    }
    for (const key of Object.keys(root)) {
        if (KEYS.includes(key))
            continue;
        const close = (0,_shared_suggest_js__WEBPACK_IMPORTED_MODULE_6__/* .suggest */ .Z)(key, KEYS);
        problem([key], `unknown key '${key}'${close ? `; did you mean '${close}'?` : '.'} The keys are ${KEYS.join(', ')}.`);
    }
    if (root.version !== undefined && root.version !== 1) {
        problem(['version'], `version ${JSON.stringify(root.version)}: this action reads version 1 (or leave version out)`);
    }
    if (root.environment !== undefined && root.environment !== context.environment) {
        problem(['environment'], `the file is for environment ${JSON.stringify(root.environment)}, but this step works on '${context.environment}'; give this environment's file, or leave environment out of a file that serves every environment`);
    }
    let table;
    if (root.table !== undefined) {
        table = typeof root.table === 'string' ? (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .parseTableName */ .HC)(root.table, context.defaultSchema) : undefined;
        if (!table) {
            problem(['table'], `table ${JSON.stringify(root.table)} is not a table name: write schema.table, each part letters, digits and '_'`);
        }
    }
    const columns = [];
    if (!(0,_shared_values_js__WEBPACK_IMPORTED_MODULE_5__/* .isRecord */ .u4)(root.columns)) {
        problem('columns' in root ? ['columns'] : [], `'columns' must map each field to its column (id: UseCaseId, ...); ${'columns' in root ? `it is ${(0,_shared_values_js__WEBPACK_IMPORTED_MODULE_5__/* .typeName */ .go)(root.columns, 'yaml')}` : 'the file has none'}`);
    }
    else {
        const seen = new Map();
        for (const [field, value] of Object.entries(root.columns)) {
            const at = ['columns', field];
            if (!FIELDS.includes(field)) {
                const close = (0,_shared_suggest_js__WEBPACK_IMPORTED_MODULE_6__/* .suggest */ .Z)(field, FIELDS);
                problem(at, `unknown field '${field}'${close ? `; did you mean '${close}'?` : '.'} The fields are ${FIELDS.join(', ')}.`);
                continue;
            }
            const spec = typeof value === 'string' ? { name: value } : value;
            if (!(0,_shared_values_js__WEBPACK_IMPORTED_MODULE_5__/* .isRecord */ .u4)(spec) || typeof spec.name !== 'string') {
                problem(at, `'${field}' must be a column name, or a mapping with name (and type); it is ${(0,_shared_values_js__WEBPACK_IMPORTED_MODULE_5__/* .typeName */ .go)(value, 'yaml')}`);
                continue;
            }
            for (const key of Object.keys(spec)) {
                if (key !== 'name' && key !== 'type')
                    problem([...at, key], `unknown key '${key}'; a column has name and type`);
            }
            if (!COLUMN_NAME.test(spec.name)) {
                problem(at, `'${spec.name}' is not a column name this action writes: letters, digits, '_', '$', '#', '@', starting with a letter or '_'`);
                continue;
            }
            const other = seen.get(spec.name.toLowerCase());
            if (other) {
                problem(at, `'${field}' and '${other}' are both mapped to the column '${spec.name}'`);
                continue;
            }
            seen.set(spec.name.toLowerCase(), field);
            let type;
            if (spec.type !== undefined) {
                type = typeof spec.type === 'string' ? (0,_table_layout_js__WEBPACK_IMPORTED_MODULE_4__/* .parseColumnType */ .GF)(spec.type) : undefined;
                if (!type) {
                    problem([...at, 'type'], `type ${JSON.stringify(spec.type)} is not a SQL type name such as nvarchar(128), varchar(max), bit or jsonb`);
                    continue;
                }
            }
            columns.push({
                field: field,
                name: spec.name,
                ...(type ? { type } : {}),
                location: document.locate(at),
            });
        }
        for (const field of REQUIRED_FIELDS) {
            if (!columns.some((column) => column.field === field)) {
                problem(['columns'], `'columns' maps no column for '${field}', which every control table needs`);
            }
        }
    }
    if (problems.length > 0) {
        const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
        throw new _shared_problems_js__WEBPACK_IMPORTED_MODULE_2__/* .ProblemsError */ .FQ(`${count} in the table schema ${document.file}`, problems, TABLE_SCHEMA_INPUT);
    }
    return { layout: { adopted: true, columns, file: document.file }, ...(table ? { table } : {}) };
}
/**
 * The digest of a table-schema's mapping as parsed: each field's column name and declared type, in field order. Two
 * files that map the same columns have the same digest whatever their key order, comments or file name; a renamed
 * column, a field mapped or unmapped, or another declared type changes it. The table is not part of it: the metadata
 * receipt names the table itself.
 */
function tableSchemaDigest(layout) {
    const mapping = FIELDS.flatMap((field) => {
        const column = layout.columns.find((candidate) => candidate.field === field);
        if (!column)
            return [];
        return [{ field, name: column.name, ...(column.type ? { type: (0,_table_layout_js__WEBPACK_IMPORTED_MODULE_4__/* .formatColumnType */ .Mt)(column.type) } : {}) }];
    });
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update((0,_shared_canonical_json_js__WEBPACK_IMPORTED_MODULE_7__/* .canonicalJson */ .d)(mapping)).digest('hex');
}


/***/ }),

/***/ 34325:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $9: () => (/* binding */ annotateProblems),
/* harmony export */   FQ: () => (/* binding */ ProblemsError),
/* harmony export */   XN: () => (/* binding */ problemsFromError),
/* harmony export */   _k: () => (/* binding */ countProblems),
/* harmony export */   dS: () => (/* binding */ sortProblems)
/* harmony export */ });
/* unused harmony export formatProblem */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58382);
/**
 * A problem found while validating a user's files: what is wrong and where. Validators collect every problem before
 * failing, so one run shows the user all they must fix, and throw them together as one ProblemsError; the entry
 * point (`annotateProblems`) annotates each at its file and line.
 */

/** `pipeline/Score.json line 12, column 7: message`. */
function formatProblem(problem) {
    return `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .formatLocation */ .j$)(problem.location)}: ${problem.message}`;
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
class ProblemsError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1 {
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
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1)
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
        throw _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1.at((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .formatLocation */ .j$)(first.location), `${first.message}${more}`, {
            location: first.location,
        });
    }
}


/***/ }),

/***/ 95198:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a4: () => (/* binding */ upstream),
/* harmony export */   fw: () => (/* binding */ receiptDigest),
/* harmony export */   vX: () => (/* binding */ encodeReceipt)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _canonical_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42586);
/**
 * A receipt's one encoding (canonical JSON: the `receipt` output) and its digest, by which the next receipt names it
 * as its `upstream`.
 */


function encodeReceipt(receipt) {
    return (0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalJson */ .d)(receipt);
}
function receiptDigest(receipt) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(encodeReceipt(receipt)).digest('hex');
}
/** Wraps a receipt as the `upstream` of the next one. */
function upstream(receipt) {
    return { digest: receiptDigest(receipt), receipt };
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


/***/ }),

/***/ 60427:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ suggest)
/* harmony export */ });
/**
 * "Did you mean": the closest known name to one a user wrote, for messages about unknown keys and columns.
 */
/** Levenshtein distance, one row at a time. */
function distance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let previous = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const current = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
            previous = current;
        }
    }
    return row[b.length];
}
const normalise = (name) => name.toLowerCase().replace(/[-\s]/g, '_');
/**
 * The known name closest to `key` (case, `-`, `_` and spaces alike on both sides; a prefix of four or more characters
 * counts as close), or undefined when none is close enough to suggest. Answers the known name as it is written.
 */
function suggest(key, known) {
    const normalised = normalise(key);
    let best;
    for (const written of known) {
        const name = normalise(written);
        // A key written short or long (`deployment` for `deployment_name`) counts as close.
        const prefix = normalised.length >= 4 && (name.startsWith(normalised) || normalised.startsWith(name));
        const score = name === normalised ? 0 : prefix ? 1 : distance(normalised, name);
        if (score <= Math.max(2, Math.floor(name.length / 4)) && (!best || score < best.score)) {
            best = { name: written, score };
        }
    }
    return best?.name;
}


/***/ }),

/***/ 79799:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lc: () => (/* binding */ quoteVisible),
/* harmony export */   go: () => (/* binding */ typeName),
/* harmony export */   u4: () => (/* binding */ isRecord),
/* harmony export */   wy: () => (/* binding */ hasInvisible)
/* harmony export */ });
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
