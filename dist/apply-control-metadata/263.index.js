export const id = 263;
export const ids = [263];
export const modules = {

/***/ 46263:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   openSqlServerSession: () => (/* binding */ openSqlServerSession)
/* harmony export */ });
/* harmony import */ var mssql__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(66271);
/* harmony import */ var mssql__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(mssql__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58382);
/**
 * The mssql session the SQL Server store runs on: ONE connection (a pool of exactly one) holding at most ONE
 * transaction, every request on that connection inside it. The store (sqlserver.ts) only sees the small interface
 * below, so its statements can be tested against a recording session without a server.
 *
 * XACT_ABORT is ON for the whole session: tedious sets it at login (`abortTransactionOnError`), with no extra round
 * trip, so any error rolls the transaction back on the server and a broken connection or a cancelled request cannot
 * leave it open. (`SET` inside a parameterised batch would not do: sp_executesql restores SET options on return.)
 */


/**
 * Connects with a pool of exactly one connection and runs every request in a `mssql.Transaction` on it. Requests
 * have no client-side timeout by default (`requestTimeout: 0`, unless the config sets one): the lock wait is bounded
 * by the server (`@LockTimeout`), migrations may legitimately run long, and the action's `timeout` bounds the step.
 */
async function openSqlServerSession(config) {
    const pool = new (mssql__WEBPACK_IMPORTED_MODULE_0___default().ConnectionPool)({
        ...config,
        requestTimeout: config.requestTimeout ?? 0,
        // A socket check instead of mssql's default `SELECT 1` before lending the connection: one round trip less.
        validateConnection: 'socket',
        options: { appName: 'apply-control-metadata', ...config.options, abortTransactionOnError: true },
        pool: { max: 1, min: 0 },
    });
    // A failure reaches the store through the request that meets it; unheard, the pool's 'error' event would be
    // thrown at the process instead.
    pool.on('error', () => undefined);
    try {
        await pool.connect();
    }
    catch (error) {
        throw (0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .withContext */ .eQ)(`Could not connect to SQL Server ${config.server}${config.database ? ` (database ${config.database})` : ''}`, error);
    }
    return new MssqlSession(pool);
}
class MssqlSession {
    pool;
    #transaction;
    constructor(pool) {
        this.pool = pool;
    }
    async begin() {
        const transaction = new (mssql__WEBPACK_IMPORTED_MODULE_0___default().Transaction)(this.pool);
        await transaction.begin((mssql__WEBPACK_IMPORTED_MODULE_0___default().ISOLATION_LEVEL).READ_COMMITTED);
        this.#transaction = transaction;
    }
    async commit() {
        const transaction = this.#take();
        if (!transaction)
            throw new Error('No SQL Server transaction is open to commit.');
        await transaction.commit();
    }
    async rollback() {
        try {
            await this.#take()?.rollback();
        }
        catch (error) {
            // XACT_ABORT already rolled it back on the server: mssql says "Transaction has been aborted".
            if ((0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(error).code !== 'EABORT')
                throw error;
        }
    }
    request() {
        if (!this.#transaction)
            throw new Error('No SQL Server transaction is open: call begin first.');
        const request = new (mssql__WEBPACK_IMPORTED_MODULE_0___default().Request)(this.#transaction);
        const adapter = {
            input(name, type, value) {
                request.input(name, type, value);
                return adapter;
            },
            async query(text) {
                return { recordsets: (await request.query(text)).recordsets };
            },
            async batch(text) {
                return { recordsets: (await request.batch(text)).recordsets };
            },
        };
        return adapter;
    }
    async close() {
        this.#transaction = undefined;
        await this.pool.close();
    }
    #take() {
        const transaction = this.#transaction;
        this.#transaction = undefined;
        return transaction;
    }
}


/***/ })

};
