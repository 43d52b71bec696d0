export const id = 719;
export const ids = [719];
export const modules = {

/***/ 89719:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   connectionStringSecrets: () => (/* binding */ connectionStringSecrets),
/* harmony export */   sqlServerConfig: () => (/* binding */ sqlServerConfig)
/* harmony export */ });
/* harmony import */ var _tediousjs_connection_string__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93199);
/* harmony import */ var _tediousjs_connection_string__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_tediousjs_connection_string__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var mssql__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(66271);
/* harmony import */ var mssql__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(mssql__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58382);
/**
 * How the SQL Server store connects: an ADO.NET connection string (`connection-string`), or server/port/database with
 * a SQL login or a Microsoft Entra access token (for `https://database.windows.net/.default`, which the caller gets
 * from the step's Azure sign-in). Connections are encrypted and verify the server's certificate unless a connection
 * string says otherwise (`Encrypt=false`, `TrustServerCertificate=true`, for a local container).
 *
 * A connection string is read by mssql's own parser (`ConnectionPool.parseConnectionString`), and its secrets are
 * found with the parser mssql uses underneath (`@tediousjs/connection-string`), so what is masked is exactly what the
 * driver will send, however the value is quoted (`Password='a;b''c'`, `Pwd={x}}y}`).
 */



const CONNECTION_STRING_INPUT = 'connection-string';
const DEFAULT_PORT = 1433;
/** Encrypt and verify: what Azure SQL Database requires and what a server should be held to. */
const SECURE = { encrypt: true, trustServerCertificate: false };
function tokenAuthentication(token) {
    return { type: 'azure-active-directory-access-token', options: { token } };
}
function sqlServerConfig(options) {
    if (options.connectionString)
        return fromConnectionString(options.connectionString, options);
    if (!options.server)
        throw new Error('sqlServerConfig: a server or a connection string is required.');
    const target = {
        server: options.server,
        port: options.port ?? DEFAULT_PORT,
        ...(options.database ? { database: options.database } : {}),
        options: { ...SECURE },
    };
    if (options.auth === 'entra') {
        if (!options.token)
            throw new Error('sqlServerConfig: auth entra needs a Microsoft Entra access token.');
        return { ...target, authentication: tokenAuthentication(options.token) };
    }
    if (!options.user || !options.password) {
        throw new Error('sqlServerConfig: auth password needs a user and a password.');
    }
    return { ...target, user: options.user, password: options.password };
}
function fromConnectionString(connectionString, options) {
    let parsed;
    try {
        parsed = mssql__WEBPACK_IMPORTED_MODULE_1___default().ConnectionPool.parseConnectionString(connectionString);
    }
    catch (error) {
        // The parser's messages name a key or a feature ("Named Pipes"), never a value; the string is not repeated.
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input '${CONNECTION_STRING_INPUT}' is not a SQL Server connection string mssql can use: ${(0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeError */ .Uc)(error).message}`, { input: CONNECTION_STRING_INPUT, cause: error });
    }
    if (!parsed.server) {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input '${CONNECTION_STRING_INPUT}' names no server: give an ADO.NET connection string such as Server=tcp:<server>.database.windows.net,1433;Database=<database>;...`, { input: CONNECTION_STRING_INPUT });
    }
    const config = {
        ...parsed,
        port: parsed.port ?? DEFAULT_PORT,
        options: { ...SECURE, ...parsed.options },
    };
    if (options.auth === 'entra' && options.token) {
        const { user: _user, password: _password, ...rest } = config;
        return { ...rest, authentication: tokenAuthentication(options.token) };
    }
    return config;
}
/** Keys whose values are credentials, lower-case with spaces removed (`Client Secret` -> `clientsecret`). */
const SECRET_KEY = /password|pwd|secret|token|accountkey|signature/;
/**
 * The credential values in an ADO.NET connection string (Password/Pwd, Client Secret, MSI Secret, Token, AccessToken,
 * ...), as the driver reads them and as they may be written quoted inside the string, for the action to mask.
 */
function connectionStringSecrets(connectionString) {
    let entries;
    try {
        entries = [...(0,_tediousjs_connection_string__WEBPACK_IMPORTED_MODULE_0__.parse)(connectionString)];
    }
    catch {
        return [];
    }
    const found = new Set();
    for (const [key, value] of entries) {
        if (!value || !SECRET_KEY.test(key.toLowerCase().replaceAll(' ', '')))
            continue;
        found.add(value);
        // The spellings a quoted value has inside the string: 'it''s', "say ""x""", {a}}b}.
        found.add(value.replaceAll("'", "''"));
        found.add(value.replaceAll('"', '""'));
        found.add(value.replaceAll('}', '}}'));
    }
    return [...found];
}


/***/ })

};
