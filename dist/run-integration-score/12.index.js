export const id = 12;
export const ids = [12];
export const modules = {

/***/ 34012:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   postgresConfig: () => (/* binding */ postgresConfig),
/* harmony export */   urlPassword: () => (/* binding */ urlPassword)
/* harmony export */ });
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58382);

/** The password of a `postgresql://user:password@host/db` URL (to mask), or undefined. */
function urlPassword(connectionString) {
    try {
        const url = new URL(connectionString);
        if (url.password)
            return decodeURIComponent(url.password);
        return url.searchParams.get('password') ?? undefined;
    }
    catch {
        return undefined;
    }
}
function postgresConfig(options) {
    const common = { application_name: 'apply-control-metadata', connectionTimeoutMillis: 30_000 };
    if (options.connectionString) {
        if (!/^postgres(ql)?:\/\//i.test(options.connectionString)) {
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1("Input 'connection-string': for engine postgresql, give a postgresql:// URL (postgresql://user@host:5432/database?sslmode=require).", { input: 'connection-string' });
        }
        return { ...common, connectionString: options.connectionString };
    }
    return {
        ...common,
        host: options.server,
        port: options.port ?? 5432,
        database: options.database,
        user: options.user,
        password: options.password,
        // A Unix-domain socket (a server given as a path) is local: like libpq, no TLS there.
        ssl: options.server?.startsWith('/')
            ? false
            : {
                rejectUnauthorized: true,
                ...(options.caCertificates ? { ca: [...options.caCertificates] } : {}),
            },
    };
}


/***/ })

};
