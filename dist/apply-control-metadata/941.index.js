export const id = 941;
export const ids = [941];
export const modules = {

/***/ 57941:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   openStore: () => (/* binding */ openStore),
/* harmony export */   resolveDatabaseAccess: () => (/* binding */ resolveDatabaseAccess)
/* harmony export */ });
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
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__.ConfigurationError(`Input 'connection-string' is given together with ${extra.map(([name]) => `'${name}'`).join(', ')}; give either a connection string or server, database and db-auth, not both.`, { input: 'connection-string' });
        }
        return { kind: 'connection-string', engine, connectionString: inputs.connectionString };
    }
    for (const [input, value] of [
        ['server', inputs.server],
        ['database', inputs.database],
    ]) {
        if (!value) {
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__.ConfigurationError(`Input '${input}' is required unless connection-string is given (the database ${input === 'server' ? 'server host name' : 'name'}).`, { input });
        }
    }
    const target = { engine, server: inputs.server, database: inputs.database, port: inputs.port };
    if (inputs.dbAuth === 'password') {
        if (!inputs.dbUser) {
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__.ConfigurationError("Input 'db-user' is required with db-auth: password.", {
                input: 'db-user',
            });
        }
        if (!inputs.dbPassword) {
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__.ConfigurationError("Input 'db-password' is required with db-auth: password; pass it from a GitHub secret.", { input: 'db-password' });
        }
        return { kind: 'password', ...target, user: inputs.dbUser, password: inputs.dbPassword };
    }
    if (inputs.dbPassword) {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__.ConfigurationError("Input 'db-password' is set, but db-auth is entra (a token from the Azure sign-in); set db-auth: password to use it, or remove it.", { input: 'db-password' });
    }
    if (engine === 'postgresql' && !inputs.dbUser) {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__.ConfigurationError("Input 'db-user' is required with db-auth: entra on postgresql: the database role of the Microsoft Entra principal (the managed identity's or application's name).", { input: 'db-user' });
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
async function openStore(access, table, deps) {
    const token = await entraToken(access, deps);
    if (access.engine === 'postgresql') {
        const [{ default: pg }, { postgresConfig, urlPassword }, { PostgresStore }] = await Promise.all([
            __webpack_require__.e(/* import() */ 849).then(__webpack_require__.bind(__webpack_require__, 83849)),
            __webpack_require__.e(/* import() */ 436).then(__webpack_require__.bind(__webpack_require__, 22436)),
            __webpack_require__.e(/* import() */ 751).then(__webpack_require__.bind(__webpack_require__, 56751)),
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
        const store = new PostgresStore(client, table);
        await client.connect();
        return { store, location: postgresLocation(access) };
    }
    const [{ sqlServerConfig, connectionStringSecrets }, { openSqlServerSession }, { SqlServerStore }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(725), __webpack_require__.e(160), __webpack_require__.e(653), __webpack_require__.e(271), __webpack_require__.e(951)]).then(__webpack_require__.bind(__webpack_require__, 17951)),
        Promise.all(/* import() */[__webpack_require__.e(725), __webpack_require__.e(160), __webpack_require__.e(653), __webpack_require__.e(271), __webpack_require__.e(503)]).then(__webpack_require__.bind(__webpack_require__, 33503)),
        Promise.all(/* import() */[__webpack_require__.e(725), __webpack_require__.e(160), __webpack_require__.e(653), __webpack_require__.e(271), __webpack_require__.e(170)]).then(__webpack_require__.bind(__webpack_require__, 1170)),
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
    const session = await openSqlServerSession(config);
    return {
        store: new SqlServerStore(session, table),
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


/***/ })

};
