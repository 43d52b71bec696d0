export const id = 218;
export const ids = [218];
export const modules = {

/***/ 50218:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  applyAndReport: () => (/* binding */ applyAndReport)
});

// UNUSED EXPORTS: stampOf

// EXTERNAL MODULE: ./src/shared/control-table/database.ts
var database = __webpack_require__(3773);
// EXTERNAL MODULE: ./src/shared/control-table/table-schema.ts
var table_schema = __webpack_require__(61700);
// EXTERNAL MODULE: ./src/shared/receipts/encoding.ts
var encoding = __webpack_require__(95198);
// EXTERNAL MODULE: ./src/shared/receipts/schemas.ts
var schemas = __webpack_require__(2143);
;// CONCATENATED MODULE: ./src/shared/receipts/builders.ts
/**
 * One builder per receipt an action emits: each takes the facts the action gathered and gives the receipt, checked
 * against its schema. A receipt that would not parse downstream is this project's bug, so it fails here, naming the
 * field, instead of in the next action.
 */


function common(facts) {
    return {
        v: schemas/* RECEIPT_VERSION */.y4,
        environment: facts.environment,
        subscription: facts.subscriptionId,
        resourceGroup: facts.resourceGroup,
        run: facts.run,
        time: new Date(facts.time).toISOString(),
    };
}
function checked(kind, receipt) {
    const parsed = schemas/* RECEIPT_SCHEMAS */.g5[kind].safeParse(receipt);
    if (parsed.success)
        return parsed.data;
    const issue = parsed.error.issues[0];
    throw new Error(`The ${kind} receipt this step built is not valid (${issue.path.join('.') || 'the receipt'}: ${issue.message}).`);
}
/** deploy-aml-endpoint: the endpoint, its default deployment and the model version it serves. */
function buildAmlReceipt(facts) {
    return checked('aml', {
        ...common(facts),
        kind: 'aml',
        workspace: facts.workspace,
        endpoint: { ...facts.endpoint },
        deployment: { ...facts.deployment },
        model: { ...facts.model },
    });
}
/** deploy-adf-pipelines: the factory and its pipelines' content hashes, upstream the aml receipt. */
function buildAdfReceipt(facts) {
    return checked('adf', {
        ...common(facts),
        kind: 'adf',
        factory: { ...facts.factory },
        ...(facts.target ? { target: facts.target } : {}),
        pipelines: facts.pipelines.map((pipeline) => ({ ...pipeline })),
        ...(facts.planned ? { planned: true } : {}),
        upstream: upstream(facts.amlReceipt),
    });
}
/** apply-control-metadata: the store and table, the rows' count and hash, upstream the adf receipt. */
function buildMetadataReceipt(facts) {
    return checked('metadata', {
        ...common(facts),
        kind: 'metadata',
        store: { ...facts.store },
        rows: { ...facts.rows },
        upstream: (0,encoding/* upstream */.a4)(facts.adfReceipt),
    });
}
/** run-integration-score: the scoring run, the model version and its content digest, the verdict; upstream metadata. */
function buildIntegrationReceipt(facts) {
    return checked('integration', {
        ...common(facts),
        kind: 'integration',
        workspace: facts.workspace,
        mode: facts.mode,
        job: { ...facts.job },
        rowsScored: facts.rowsScored,
        validated: facts.validated,
        model: { ...facts.model },
        ...(facts.expectationsDigest ? { expectationsDigest: facts.expectationsDigest } : {}),
        upstream: upstream(facts.metadataReceipt),
    });
}
/** check-drift-gate: the verdict, the drifted features, the model and the report's digest. */
function buildDriftReceipt(facts) {
    const aml = facts.amlReceipt;
    return checked('drift', {
        v: RECEIPT_VERSION,
        kind: 'drift',
        environment: facts.environment,
        ...(aml ? { subscription: aml.subscription, resourceGroup: aml.resourceGroup } : {}),
        run: facts.run,
        time: new Date(facts.time).toISOString(),
        drifted: facts.drifted,
        driftShare: facts.driftShare,
        driftedFeatures: [...facts.driftedFeatures],
        ...(facts.model ? { model: { ...facts.model } } : {}),
        reportDigest: facts.reportDigest,
    });
}

;// CONCATENATED MODULE: ./src/shared/receipts/run-info.ts
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

// EXTERNAL MODULE: ./src/shared/control-table/model.ts
var model = __webpack_require__(79999);
// EXTERNAL MODULE: ./src/shared/control-table/store.ts
var control_table_store = __webpack_require__(27139);
// EXTERNAL MODULE: ./src/shared/control-table/stores/builtin-migrations.ts
var builtin_migrations = __webpack_require__(24034);
// EXTERNAL MODULE: ./src/shared/control-table/table-layout.ts
var table_layout = __webpack_require__(99005);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(58382);
// EXTERNAL MODULE: ./src/shared/problems.ts
var shared_problems = __webpack_require__(34325);
;// CONCATENATED MODULE: ./src/apply-control-metadata/adopted-table.ts
/**
 * A table the action did not create, held against what the step needs before anything is written, the same way in a
 * dry run and in an apply:
 *
 * - without `table-schema` (the action's own table), a table that exists though the action's migration never ran is
 *   refused: the action would otherwise try to create it ("relation already exists") after a dry run that planned
 *   inserts into it;
 * - with `table-schema`, the table is adopted: it must exist, every mapped column must be there with a type that
 *   fits its field (and the declared type, when the schema file gives one), and every column the mapping leaves out
 *   must be nullable or have a default, or every insert would fail. Each problem is listed at its mapping line.
 */




/** The action's own table exists, but its migration never ran: refused before any write. */
function notCreatedByAction(table) {
    return new errors/* ConfigurationError */.j1(`The control table ${table} exists, but apply-control-metadata did not create it (its migration 'apply-control-metadata/0001-control-table' is not recorded in the table's _migrations table). Nothing was changed. To use this table, describe its columns in a table-schema file (input 'table-schema') so the action adopts it; or choose another table (input 'table').`, { input: 'table' });
}
/** The adopted table's problems against the layout; throws them together, or returns the catalog's spellings. */
function checkAdoptedTable(layout, table, live) {
    const file = layout.file ?? table_schema/* TABLE_SCHEMA_INPUT */.YT;
    if (!live || live.length === 0) {
        throw new errors/* ConfigurationError */.j1(`${file}: the control table ${table} does not exist. A table-schema adopts an existing table and never creates it: create it first (in a migration, input 'migrations', or by hand), or check the table name.`, { input: table_schema/* TABLE_SCHEMA_INPUT */.YT, location: { file } });
    }
    const byName = new Map(live.map((column) => [column.name.toLowerCase(), column]));
    const problems = [];
    const spelled = new Map();
    for (const mapped of layout.columns) {
        const location = mapped.location ?? { file };
        const column = byName.get(mapped.name.toLowerCase());
        if (!column) {
            problems.push({
                message: `the column '${mapped.name}' (for ${mapped.field}) is missing from ${table}; it has ${live.map((c) => c.name).join(', ')}`,
                location,
            });
            continue;
        }
        spelled.set(mapped.name.toLowerCase(), column.name);
        const liveType = (0,table_layout/* parseColumnType */.GF)(column.length === null
            ? column.type
            : `${column.type}(${column.length === -1 ? 'max' : column.length})`);
        const shown = liveType ? (0,table_layout/* formatColumnType */.Mt)(liveType) : column.type;
        if (!liveType || !(0,table_layout/* acceptedTypes */.l0)(mapped.field).has(liveType.base)) {
            problems.push({
                message: `the column '${column.name}' is ${shown}, which cannot hold ${mapped.field} (it takes ${[...(0,table_layout/* acceptedTypes */.l0)(mapped.field)].join(', ')})`,
                location,
            });
        }
        else if (mapped.type &&
            (mapped.type.base !== liveType.base ||
                (mapped.type.length !== undefined && mapped.type.length !== liveType.length))) {
            problems.push({
                message: `the column '${column.name}' is ${shown} in the table, not ${(0,table_layout/* formatColumnType */.Mt)(mapped.type)} as the schema file says`,
                location,
            });
        }
    }
    const mappedNames = new Set(layout.columns.map((column) => column.name.toLowerCase()));
    for (const column of live) {
        if (mappedNames.has(column.name.toLowerCase()) || column.nullable || column.defaulted)
            continue;
        problems.push({
            message: `the column '${column.name}' of ${table} is NOT NULL without a default and not in the mapping, so no row could be inserted; map it, or give it a default`,
            location: { file },
        });
    }
    if (problems.length > 0) {
        throw new shared_problems/* ProblemsError */.FQ(`${problems.length === 1 ? '1 problem' : `${problems.length} problems`} adopting ${table} (nothing was changed)`, problems, table_schema/* TABLE_SCHEMA_INPUT */.YT);
    }
    return spelled;
}

// EXTERNAL MODULE: ./src/apply-control-metadata/migrations.ts + 1 modules
var migrations = __webpack_require__(83721);
// EXTERNAL MODULE: ./src/shared/canonical-json.ts
var canonical_json = __webpack_require__(42586);
;// CONCATENATED MODULE: ./src/apply-control-metadata/plan.ts
/**
 * The row plan: the rows of the files against the rows of the table, read under the lock in the same transaction,
 * so the plan is exactly what the write does. Columns are compared by value (canonical JSON), not by the stored
 * hash, so a row edited by hand in the table is put back too.
 *
 * Rows in the table but not in the files ("orphans") follow `prune`: `none` keeps them as they are, `disable` sets
 * `enabled` to false (an orphan already disabled is kept), `delete` removes them.
 */


function columnChanges(from, to) {
    const changes = [];
    for (const column of model/* ROW_COLUMNS */.pX) {
        if (column === 'id')
            continue;
        if ((0,canonical_json/* canonicalJson */.d)(from[column]) !== (0,canonical_json/* canonicalJson */.d)(to[column])) {
            changes.push({ column, from: from[column], to: to[column] });
        }
    }
    return changes;
}
function planRows(desired, live, options) {
    const keyOf = (id) => (options.caseInsensitiveIds ? id.toLowerCase() : id);
    const liveById = new Map(live.map((row) => [keyOf(row.id), row]));
    const entries = [];
    const inserts = [];
    const updates = [];
    const disables = [];
    const deletes = [];
    for (const row of [...desired].sort((a, b) => compareIds(a.id, b.id))) {
        const current = liveById.get(keyOf(row.id));
        liveById.delete(keyOf(row.id));
        if (!current) {
            inserts.push(row);
            entries.push({ id: row.id, action: 'insert', changes: [] });
            continue;
        }
        const changes = columnChanges(current, row);
        if (changes.length === 0) {
            entries.push({ id: row.id, action: 'unchanged', changes });
        }
        else {
            // The table keeps its own spelling of the id (for a case-insensitive match).
            updates.push({ ...row, id: current.id });
            entries.push({ id: current.id, action: 'update', changes });
        }
    }
    for (const orphan of [...liveById.values()].sort((a, b) => compareIds(a.id, b.id))) {
        if (options.prune === 'delete') {
            deletes.push(orphan.id);
            entries.push({ id: orphan.id, action: 'delete', changes: [] });
        }
        else if (options.prune === 'disable' && orphan.enabled) {
            disables.push({ id: orphan.id, content_hash: (0,model/* contentHash */.Ae)({ ...orphan, enabled: false }) });
            entries.push({
                id: orphan.id,
                action: 'disable',
                changes: [{ column: 'enabled', from: true, to: false }],
            });
        }
        else {
            entries.push({ id: orphan.id, action: 'keep', changes: [] });
        }
    }
    const counts = {
        insert: 0,
        update: 0,
        unchanged: 0,
        disable: 0,
        delete: 0,
        keep: 0,
    };
    for (const entry of entries)
        counts[entry.action]++;
    return {
        entries,
        counts,
        changes: { inserts: inserts.map(model/* withHash */.F), updates: updates.map(model/* withHash */.F), disables, deletes },
    };
}
/** Code-point order: the same in every locale and on every runner. */
function compareIds(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** True when the plan writes no row. */
function writesNoRow(plan) {
    const { inserts, updates, disables, deletes } = plan.changes;
    return inserts.length + updates.length + disables.length + deletes.length === 0;
}

;// CONCATENATED MODULE: ./src/apply-control-metadata/apply.ts
/**
 * One apply, the same for every engine: in one transaction, under the table's application lock, run the pending
 * migrations (built-in, then the user's), read the table, plan, write the changes and the audit row, commit. An
 * apply that changes nothing (no migration ran, no row differs) writes nothing, not even its audit row. Any
 * failure rolls the whole transaction back, migrations included: the table is as it was. A dry run reads in a
 * read-only transaction, takes no lock, creates nothing and rolls back.
 *
 * The store's counts are checked against the plan before committing: the plan was read under the lock, so a
 * difference means someone changed the table without it, and nothing is committed.
 */






/** What the audit row keeps of the plan: counts, migrations and every row that changed. */
function auditPlan(plan, migrations) {
    return {
        counts: plan.counts,
        migrations,
        rows: plan.entries
            .filter((entry) => entry.action !== 'unchanged' && entry.action !== 'keep')
            .map((entry) => ({ id: entry.id, action: entry.action, columns: entry.changes.map((c) => c.column) })),
    };
}
async function applyControlMetadata(request) {
    const { store, logger } = request;
    const startTrips = store.roundTrips;
    const builtins = store.builtinMigrations();
    const hash = (0,model/* rowsHash */.Oq)(request.rows);
    const begun = await store.begin({ lockTimeoutMs: request.lockTimeoutMs, readOnly: request.dryRun });
    try {
        const { pending } = (0,migrations/* checkMigrationHistory */.$I)([...builtins, ...request.migrations], begun.applied);
        const adopted = request.layout?.adopted ?? false;
        const createsTable = !adopted && pending.some((m) => m.id === builtin_migrations/* CONTROL_TABLE_MIGRATION */.s);
        // The action's own table, there already though its migration never ran: the dry run and the apply both refuse.
        if (createsTable && begun.columns)
            throw notCreatedByAction(store.displayName);
        // A table the user brought is checked before anything is written, unless their migrations (which may make or
        // change it) are still to run: then after them, on its columns as they left it.
        const userPending = pending.some((m) => !m.id.startsWith(migrations/* BUILT_IN_PREFIX */.yO));
        let tableExists = !createsTable;
        if (adopted && !userPending)
            checkAdoptedTable(request.layout, store.displayName, begun.columns);
        if (!request.dryRun) {
            for (const migration of pending) {
                logger.info(`Running migration '${migration.id}' (${migration.file})`);
                await store.runMigration(migration, request.stamp);
            }
        }
        if (adopted && userPending) {
            const columns = request.dryRun ? begun.columns : await store.describeTable();
            if (request.dryRun && !columns) {
                logger.info(`The table ${store.displayName} does not exist yet; the pending migrations may create it, so its columns are checked by the apply.`);
                tableExists = false;
            }
            else {
                checkAdoptedTable(request.layout, store.displayName, columns);
            }
        }
        const live = request.dryRun && !tableExists ? [] : await store.readRows();
        const plan = planRows(request.rows, live, {
            prune: request.prune,
            caseInsensitiveIds: store.engine === 'sqlserver',
        });
        const ran = pending.map((m) => m.id);
        const planned = {
            inserted: plan.counts.insert,
            updated: plan.counts.update,
            disabled: plan.counts.disable,
            deleted: plan.counts.delete,
            unchanged: plan.counts.unchanged,
        };
        if (request.dryRun) {
            await store.rollback();
            return {
                dryRun: true,
                plan,
                migrations: ran,
                counts: planned,
                rowsHash: hash,
                roundTrips: store.roundTrips - startTrips,
            };
        }
        if (ran.length === 0 && writesNoRow(plan)) {
            // Nothing to change: no row and no audit row is written, so a rerun leaves the database exactly as it was.
            await store.commit();
            return {
                dryRun: false,
                plan,
                migrations: ran,
                counts: { inserted: 0, updated: 0, disabled: 0, deleted: 0, unchanged: planned.unchanged },
                rowsHash: hash,
                roundTrips: store.roundTrips - startTrips,
            };
        }
        const written = await store.writeRows(plan.changes, request.stamp, {
            environment: request.environment,
            runUrl: request.runUrl,
            counts: planned,
            rowsHash: hash,
            plan: auditPlan(plan, ran),
        });
        const differences = ['inserted', 'updated', 'disabled', 'deleted'].filter((key) => written[key] !== planned[key]);
        if (differences.length > 0) {
            throw new Error(`The control table ${store.displayName} changed outside this apply while it ran (${differences
                .map((key) => `${key}: planned ${planned[key]}, written ${written[key]}`)
                .join('; ')}); nothing was committed. Run again.`);
        }
        await request.beforeCommit?.();
        await store.commit();
        return {
            dryRun: false,
            plan,
            migrations: ran,
            counts: { ...written, unchanged: planned.unchanged },
            rowsHash: hash,
            roundTrips: store.roundTrips - startTrips,
        };
    }
    catch (error) {
        await store.rollback();
        throw (0,control_table_store/* rolledBack */.EN)(error, store.displayName);
    }
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/shared/output-files.ts
/**
 * Files an action names in its outputs (plans, reports): JSON under `$RUNNER_TEMP/<action>/`, so a later step of
 * the job can read or attach them, and passed through the secret redactor first, like every other output.
 */



/** Writes the document as indented JSON and answers the file's path. */
async function writeOutputFile(file) {
    const folder = (0,external_node_path_.join)(file.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), file.action);
    await (0,promises_.mkdir)(folder, { recursive: true });
    const path = (0,external_node_path_.join)(folder, `${file.name}.json`);
    await (0,promises_.writeFile)(path, `${file.redact(JSON.stringify(file.document, null, 2))}\n`);
    return path;
}

// EXTERNAL MODULE: ./src/shared/summary.ts
var shared_summary = __webpack_require__(26929);
// EXTERNAL MODULE: ./src/shared/values.ts
var values = __webpack_require__(79799);
;// CONCATENATED MODULE: ./src/apply-control-metadata/report.ts
/**
 * What an apply shows: the plan as log lines, as a job summary (+ insert, ~ update with its column changes,
 * - disable / delete, = unchanged counted, kept orphans named) and as a JSON document under RUNNER_TEMP (output
 * `plan`). Long plans are cut in the log and the summary (the file always holds every row).
 *
 * The log and the summary are bounded whatever the rows hold: at most SHOWN rows, MAX_CHANGE_LINES changes per row,
 * a JSON object column diffed key by key, and every value longer than MAX_SHOWN_VALUE shortened to its start and its
 * length. GitHub caps a step summary at 1 MiB; this one stays far below it (50 rows x 21 lines of at most a few
 * hundred characters). The plan file holds the whole plan, every old and new value in full.
 */




const SECRET_SIGN = { added: '+', removed: '-', changed: '~' };
/** Rows shown in the log and the summary before "... and N more". */
const SHOWN = 50;
/** Change lines shown for one updated row. */
const MAX_CHANGE_LINES = 20;
/** A value longer than this (as JSON) is shown by its start and its length. */
const MAX_SHOWN_VALUE = 120;
const SHOWN_VALUE_START = 60;
function planDocument(outcome, facts) {
    return {
        ...facts,
        dryRun: outcome.dryRun,
        migrations: outcome.migrations,
        counts: outcome.plan.counts,
        rows: outcome.plan.entries.filter((entry) => entry.action !== 'unchanged'),
    };
}
async function writePlanFile(document, env, redact) {
    const name = `plan-${document.environment}-${document.table.replace(/[^A-Za-z0-9_.-]/g, '_')}`;
    return writeOutputFile({ env, action: 'apply-control-metadata', name, document, redact });
}
const SIGN = {
    insert: '+',
    update: '~',
    unchanged: '=',
    disable: '-',
    delete: '-',
    keep: '!',
};
/**
 * A value as the log and the summary show it: its JSON, or for a long one its start and its length
 * (`"abc…" (102400 characters)`), so one large parameter cannot fill the log or the summary. The plan file keeps
 * the value whole.
 */
function shortValue(value) {
    const text = JSON.stringify(value) ?? 'undefined';
    if (text.length <= MAX_SHOWN_VALUE)
        return text;
    return `${text.slice(0, SHOWN_VALUE_START)}… (${text.length} characters)`;
}
/**
 * The lines of one changed column: a JSON object column (`parameters`) key by key (`~ parameters.threshold: 0.35 →
 * 0.4`, `+ parameters.currency: "EUR"`, `- parameters.note`), any other as its old and new value; at most
 * MAX_CHANGE_LINES lines for one row.
 */
function columnChangeLines(change) {
    const { column, from, to } = change;
    const secret = change.secret ?? [];
    const secretLine = (part) => `${SECRET_SIGN[part.change]} ${column}${part.key === undefined ? '' : `.${part.key}`}: (a secret value, ${part.change}; not shown)`;
    const whole = secret.find((part) => part.key === undefined);
    if (whole)
        return [secretLine(whole)];
    if (!(0,values/* isRecord */.u4)(from) || !(0,values/* isRecord */.u4)(to))
        return [`~ ${column}: ${shortValue(from)} → ${shortValue(to)}`];
    const lines = [];
    const hidden = new Map(secret.map((part) => [part.key, part]));
    for (const key of [...new Set([...Object.keys(from), ...Object.keys(to)])].sort()) {
        const part = hidden.get(key);
        if (part) {
            lines.push(secretLine(part));
            continue;
        }
        const [before, after] = [from[key], to[key]];
        if (!(key in to))
            lines.push(`- ${column}.${key} (was ${shortValue(before)})`);
        else if (!(key in from))
            lines.push(`+ ${column}.${key}: ${shortValue(after)}`);
        else if ((0,canonical_json/* canonicalJson */.d)(before) !== (0,canonical_json/* canonicalJson */.d)(after)) {
            lines.push(`~ ${column}.${key}: ${shortValue(before)} → ${shortValue(after)}`);
        }
    }
    return lines;
}
function entryLines(entry) {
    const note = entry.action === 'keep'
        ? ' (not in the files; kept as it is)'
        : entry.action === 'disable' || entry.action === 'delete'
            ? ' (not in the files)'
            : '';
    const lines = [`${SIGN[entry.action]} ${entry.action} ${entry.id}${note}`];
    if (entry.action === 'update') {
        const changes = entry.changes.flatMap(columnChangeLines);
        lines.push(...changes.slice(0, MAX_CHANGE_LINES).map((line) => `    ${line}`));
        if (changes.length > MAX_CHANGE_LINES) {
            lines.push(`    ... and ${changes.length - MAX_CHANGE_LINES} more changes (in the plan file)`);
        }
    }
    return lines;
}
function countLine(document) {
    const { insert, update, unchanged, disable, delete: remove, keep } = document.counts;
    const verb = document.dryRun ? 'to ' : '';
    const parts = [
        `${insert} ${verb}insert`,
        `${update} ${verb}update`,
        `${unchanged} unchanged`,
        ...(disable ? [`${disable} ${verb}disable`] : []),
        ...(remove ? [`${remove} ${verb}delete`] : []),
        ...(keep ? [`${keep} not in the files, kept (prune: ${document.prune})`] : []),
    ];
    const migrations = document.migrations.length
        ? ` Migrations ${document.dryRun ? 'to run' : 'run'}: ${document.migrations.join(', ')}.`
        : '';
    return `Plan for ${document.table}: ${parts.join(', ')}.${migrations}`;
}
function shownLines(document) {
    const lines = document.rows.slice(0, SHOWN).flatMap(entryLines);
    const more = document.rows.length - SHOWN;
    if (more > 0)
        lines.push(`... and ${more} more rows (every row is in the plan file)`);
    return lines;
}
/** The plan as log lines: the rows that change (at most 50), then the counts. */
function planLines(document) {
    return [...shownLines(document), countLine(document)];
}
function renderPlanSummary(summary, document, planPath) {
    summary.heading(`apply-control-metadata: ${document.table} (${document.environment})${document.dryRun ? ' — dry run' : ''}`);
    summary.paragraph(countLine(document));
    if (document.rows.length > 0)
        summary.details('Rows', shownLines(document).join('\n'), 'diff');
    summary.paragraph((0,shared_summary/* code */.aY)(planPath));
}
/** Shows the plan of an apply in the log and the summary and writes the plan file; returns the file's path. */
async function reportPlan(outcome, facts, report) {
    const document = planDocument(outcome, facts);
    for (const line of planLines(document))
        report.logger.info(line);
    const planPath = await writePlanFile(document, report.env, report.redact);
    renderPlanSummary(report.summary, document, planPath);
    return planPath;
}

;// CONCATENATED MODULE: ./src/apply-control-metadata/secret-changes.ts
/**
 * The plan's changes with every secret hidden on both sides. A field the overrides set from an environment variable
 * (`${{ env.X }}`, a secret in the workflow) holds a secret whatever its value: when it is rotated or emptied, the
 * table still holds the old secret, and a plan that showed `old → new` would print it in the log, the job summary
 * and the plan file. So such a change says which field changed and how (`changed`, `added`, `removed`), never a
 * value, and its old and new values go to the masker first (the runner's `setSecret`), so nothing printed later can
 * carry them either.
 *
 * What is secret is known from this run's overrides file: a field whose override no longer reads a secret is an
 * ordinary field again, and its change is shown.
 */


/** What the plan shows, and the plan file holds, in place of a secret value. */
const HIDDEN_VALUE = '***';
/** The strings to mask; numbers and booleans are left alone (masking `true` would blank it all over the log). */
function stringsOf(value, found = []) {
    if (typeof value === 'string')
        found.push(value);
    else if (Array.isArray(value))
        for (const item of value)
            stringsOf(item, found);
    else if ((0,values/* isRecord */.u4)(value))
        for (const item of Object.values(value))
            stringsOf(item, found);
    return found;
}
function changeKind(inFrom, inTo) {
    return !inFrom ? 'added' : !inTo ? 'removed' : 'changed';
}
function hideColumn(change, keys, mask) {
    const { from, to } = change;
    if (keys === 'all' || !(0,values/* isRecord */.u4)(from) || !(0,values/* isRecord */.u4)(to)) {
        for (const text of [...stringsOf(from), ...stringsOf(to)])
            mask(text);
        const hidden = (value) => (value === null || value === undefined ? value : HIDDEN_VALUE);
        return {
            column: change.column,
            from: hidden(from),
            to: hidden(to),
            secret: [{ change: changeKind(from !== null, to !== null) }],
        };
    }
    const hiddenFrom = { ...from };
    const hiddenTo = { ...to };
    const secret = [];
    for (const key of keys) {
        const inFrom = key in from;
        const inTo = key in to;
        if (!inFrom && !inTo)
            continue;
        for (const text of [...stringsOf(from[key]), ...stringsOf(to[key])])
            mask(text);
        if ((0,canonical_json/* canonicalJson */.d)(from[key]) !== (0,canonical_json/* canonicalJson */.d)(to[key]))
            secret.push({ key, change: changeKind(inFrom, inTo) });
        if (inFrom)
            hiddenFrom[key] = HIDDEN_VALUE;
        if (inTo)
            hiddenTo[key] = HIDDEN_VALUE;
    }
    return { column: change.column, from: hiddenFrom, to: hiddenTo, ...(secret.length ? { secret } : {}) };
}
/**
 * The entries with the secret fields' values replaced by HIDDEN_VALUE and each secret change listed in `secret`;
 * every value hidden is passed to `mask` first. Row ids compare case-insensitively (as the overrides file's do).
 */
function hideSecretChanges(entries, fields, mask) {
    if (fields.length === 0)
        return [...entries];
    return entries.map((entry) => {
        if (entry.changes.length === 0)
            return entry;
        const ofRow = fields.filter((field) => field.id === undefined || field.id.toLowerCase() === entry.id.toLowerCase());
        if (ofRow.length === 0)
            return entry;
        const changes = entry.changes.map((change) => {
            const here = ofRow.filter((field) => field.column === change.column);
            if (here.length === 0)
                return change;
            const whole = here.some((field) => field.key === undefined);
            return hideColumn(change, whole ? 'all' : new Set(here.map((field) => field.key)), mask);
        });
        return { ...entry, changes };
    });
}

;// CONCATENATED MODULE: ./src/apply-control-metadata/apply-and-report.ts








/** Who wrote, as the rows and the audit row keep it: the actor and the run (at most 256 characters), and the commit. */
function stampOf(env, run) {
    const actor = env.GITHUB_ACTOR || 'unknown';
    return {
        appliedBy: `${actor}${run.repo ? ` (${run.repo} run ${run.runId})` : ''}`.slice(0, 256),
        sourceCommit: run.sha || null,
    };
}
async function applyAndReport(request, open = database/* openStore */.Ch) {
    const { prepared, inputs, azure, logger, masker, env } = request;
    const run = runInfoFromEnvironment(env);
    const table = `${prepared.table.schema}.${prepared.table.table}`;
    const { store, location } = await open(prepared.access, prepared.table, {
        credential: async () => ({ credential: azure.credential, cloud: azure.cloud }),
        masker,
        ...(azure.caCertificates ? { caCertificates: azure.caCertificates } : {}),
    }, { layout: prepared.layout, environment: inputs.environment });
    const outcome = await logger.group(inputs.dryRun ? 'Plan (dry run)' : 'Apply', async () => {
        try {
            return await applyControlMetadata({
                store,
                rows: prepared.rows,
                migrations: prepared.migrations,
                prune: inputs.prune,
                dryRun: inputs.dryRun,
                lockTimeoutMs: inputs.lockTimeout,
                stamp: stampOf(env, run),
                environment: inputs.environment,
                runUrl: run.url ?? null,
                logger,
                layout: prepared.layout,
            });
        }
        finally {
            await store.close();
        }
    });
    logger.debug(`${outcome.roundTrips} round trips to the database after connecting`);
    // The table's old values of secret fields are masked before the plan prints anything.
    const entries = hideSecretChanges(outcome.plan.entries, prepared.secretFields, (value) => masker.mask(value));
    const planPath = await reportPlan({ ...outcome, plan: { ...outcome.plan, entries } }, { environment: inputs.environment, engine: inputs.engine, table, prune: inputs.prune }, { logger, summary: request.summary, env, redact: (text) => masker.redact(text) });
    if (inputs.dryRun) {
        logger.info('Dry run: nothing was written.');
        return { counts: outcome.counts, planPath, receipt: undefined };
    }
    const receipt = buildMetadataReceipt({
        environment: inputs.environment,
        subscriptionId: inputs.subscriptionId,
        resourceGroup: inputs.resourceGroup,
        store: {
            engine: inputs.engine,
            server: location.server,
            database: location.database,
            table,
            // The readers after this step must read the table with the mapping it was written with.
            ...(prepared.layout.adopted
                ? {
                    tableSchema: {
                        file: prepared.layout.file ?? table_schema/* TABLE_SCHEMA_INPUT */.YT,
                        digest: (0,table_schema/* tableSchemaDigest */.yO)(prepared.layout),
                    },
                }
                : {}),
        },
        rows: { count: prepared.rows.length, hash: outcome.rowsHash },
        adfReceipt: prepared.adfReceipt,
        run,
        time: request.clock(),
    });
    return { counts: outcome.counts, planPath, receipt: (0,encoding/* encodeReceipt */.vX)(receipt) };
}


/***/ }),

/***/ 27139:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EN: () => (/* binding */ rolledBack),
/* harmony export */   XB: () => (/* binding */ LockTimeoutError),
/* harmony export */   kg: () => (/* binding */ lockResource),
/* harmony export */   nU: () => (/* binding */ migrationFailure)
/* harmony export */ });
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58382);
/**
 * The one interface both engines implement (stores/postgresql.ts, stores/sqlserver.ts). apply.ts drives it the same
 * way for both, so a store only knows its SQL:
 *
 *   begin (transaction + application lock + bootstrap, returns the applied migrations)   1 round trip
 *   runMigration per pending migration (first apply and new scripts only)              1 per batch
 *   readRows                                                                           1
 *   writeRows (inserts, updates, prune and the audit row in one set-based batch)       1
 *   commit                                                                             1
 *
 * so an apply costs the same number of round trips for ten rows or ten thousand. Values always travel as
 * parameters; the only text built into SQL is the table's schema and name, validated (model.ts `parseTableName`)
 * and quoted by the store, the lock key, a number, and the column names: the row model's, or those of a table-schema
 * file, validated when the file is read (table-schema.ts) and quoted by the store (stores/row-columns.ts).
 */

/** The application lock's resource name: one lock per control table, whatever the case of its name. */
function lockResource(table) {
    return `apply-control-metadata:${table.schema}.${table.table}`.toLowerCase();
}
/** The name of the lock-wait failure, for both engines. */
class LockTimeoutError extends Error {
    name = 'LockTimeoutError';
    constructor(table, lockTimeoutMs, options) {
        super(`Another apply-control-metadata run holds the lock on the control table ${table}; gave up after ${lockTimeoutMs} ms (input 'lock-timeout'). Nothing was changed: run again once it finishes, or raise lock-timeout.`, options);
    }
}
/** A migration batch that failed: the migration, its file and the batch's line, and the engine's message. */
function migrationFailure(migration, batch, error) {
    return new Error(`Migration '${migration.id}' (${(0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .formatLocation */ .j$)({ file: migration.file, line: batch.line })}) failed: ${(0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(error).message}`, { cause: error });
}
/** PostgreSQL's SQLSTATE class 23 and SQL Server's error numbers for a constraint that refused a write. */
const CONSTRAINT_NUMBERS = new Set([515, 547, 2601, 2627, 2628, 8152]);
/** The error or the one it wraps (the SQL Server store adds context around the driver's error). */
function isConstraintFailure(error) {
    const record = (error ?? {});
    return ((typeof record.code === 'string' && /^23[0-9A-Z]{3}$/.test(record.code)) ||
        (typeof record.number === 'number' && CONSTRAINT_NUMBERS.has(record.number)) ||
        (record.cause !== undefined && record.cause !== error && isConstraintFailure(record.cause)));
}
/**
 * A failure inside the apply's transaction, after it was rolled back: the message says so, so nobody goes looking for
 * half-written rows. A constraint that refused a write (NOT NULL, CHECK, UNIQUE, FOREIGN KEY, a value too long) is
 * named as such. The lock timeout and the user's configuration errors already say what happened and are kept.
 */
function rolledBack(error, table) {
    if (error instanceof LockTimeoutError || error instanceof _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1)
        return error;
    const { message } = (0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(error);
    const what = isConstraintFailure(error)
        ? `A constraint of ${table} refused the change: ${message}`
        : message;
    return new Error(`${what}${/[.!?]$/.test(what) ? '' : '.'} The transaction was rolled back: the control table, its migrations and its audit table are as they were.`, { cause: error });
}


/***/ }),

/***/ 24034:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ builtinMigrations),
/* harmony export */   s: () => (/* binding */ CONTROL_TABLE_MIGRATION)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The action's own migrations, per engine: 0001 creates the control table and its audit table (`<table>_applies`).
 *
 * A migration is history: once it ran in a database it never runs there again, so its DDL is written out here as it
 * ran, not derived from the row model the statements of each apply are (stores/row-columns.ts). A column added to the
 * model needs a new migration (0002, ...) that alters the table; the test of this module holds each engine's DDL
 * against the model's columns. The checksum stands for the migration's version, not its text, so a reformatting here
 * does not make databases that ran it refuse it.
 */

const CONTROL_TABLE_MIGRATION = 'apply-control-metadata/0001-control-table';
const DDL = {
    sqlserver: ({ table, applies }) => `CREATE TABLE ${table} (
  id nvarchar(128) NOT NULL PRIMARY KEY,
  pipeline nvarchar(260) NOT NULL,
  endpoint nvarchar(32) NOT NULL,
  deployment nvarchar(32) NULL,
  input_location nvarchar(2048) NOT NULL,
  output_location nvarchar(2048) NOT NULL,
  sink_table nvarchar(261) NULL,
  schedule nvarchar(128) NULL,
  enabled bit NOT NULL DEFAULT 1,
  parameters nvarchar(max) NOT NULL DEFAULT N'{}' CHECK (ISJSON(parameters) = 1 AND LEFT(LTRIM(parameters), 1) = N'{'),
  content_hash char(64) NOT NULL,
  applied_at datetimeoffset NOT NULL DEFAULT SYSDATETIMEOFFSET(),
  applied_by nvarchar(256) NOT NULL,
  source_commit nvarchar(64) NULL
);
CREATE TABLE ${applies} (
  apply_id bigint IDENTITY PRIMARY KEY,
  applied_at datetimeoffset NOT NULL DEFAULT SYSDATETIMEOFFSET(),
  applied_by nvarchar(256) NOT NULL,
  environment nvarchar(128) NOT NULL,
  run_url nvarchar(2048) NULL,
  source_commit nvarchar(64) NULL,
  inserted int NOT NULL,
  updated int NOT NULL,
  unchanged int NOT NULL,
  disabled int NOT NULL,
  deleted int NOT NULL,
  rows_hash char(64) NOT NULL,
  [plan] nvarchar(max) NOT NULL CHECK (ISJSON([plan]) = 1)
);`,
    postgresql: ({ table, applies }) => `CREATE TABLE ${table} (
  id varchar(128) PRIMARY KEY,
  pipeline varchar(260) NOT NULL,
  endpoint varchar(32) NOT NULL,
  deployment varchar(32),
  input_location varchar(2048) NOT NULL,
  output_location varchar(2048) NOT NULL,
  sink_table varchar(261),
  schedule varchar(128),
  enabled boolean NOT NULL DEFAULT true,
  parameters jsonb NOT NULL DEFAULT '{}'::jsonb CHECK (jsonb_typeof(parameters) = 'object'),
  content_hash char(64) NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now(),
  applied_by varchar(256) NOT NULL,
  source_commit varchar(64)
);
CREATE TABLE ${applies} (
  apply_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  applied_at timestamptz NOT NULL DEFAULT now(),
  applied_by varchar(256) NOT NULL,
  environment varchar(128) NOT NULL,
  run_url varchar(2048),
  source_commit varchar(64),
  inserted integer NOT NULL,
  updated integer NOT NULL,
  unchanged integer NOT NULL,
  disabled integer NOT NULL,
  deleted integer NOT NULL,
  rows_hash char(64) NOT NULL,
  plan jsonb NOT NULL
)`,
};
const AUDIT_TABLE_MIGRATION = 'apply-control-metadata/0001-audit-table';
/** The audit table alone, for a table the user brought (table-schema): created only where it is missing. */
const AUDIT_DDL = {
    sqlserver: (names) => {
        const ddl = DDL.sqlserver(names);
        const create = ddl.slice(ddl.indexOf(`CREATE TABLE ${names.applies}`)).replace(/;\s*$/, '');
        return `IF OBJECT_ID(N'${names.applies.replaceAll("'", "''")}', N'U') IS NULL
EXEC(N'${create.replaceAll("'", "''")}');`;
    },
    postgresql: (names) => {
        const ddl = DDL.postgresql(names);
        return ddl
            .slice(ddl.indexOf(`CREATE TABLE ${names.applies}`))
            .replace(`CREATE TABLE ${names.applies}`, `CREATE TABLE IF NOT EXISTS ${names.applies}`);
    },
};
/**
 * The engine's built-in migrations, in order: for the action's own table, 0001 creates it and its audit table; for a
 * table the user brought (`adopted`), 0001 creates only the audit table beside it, never the control table.
 */
function builtinMigrations(engine, names, adopted = false) {
    if (adopted) {
        return [
            {
                id: AUDIT_TABLE_MIGRATION,
                checksum: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(`${engine}/0001-audit-table/v1`).digest('hex'),
                file: '(built-in)',
                batches: [{ line: 1, sql: AUDIT_DDL[engine](names) }],
            },
        ];
    }
    return [
        {
            id: CONTROL_TABLE_MIGRATION,
            checksum: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(`${engine}/0001-control-table/v1`).digest('hex'),
            file: '(built-in)',
            batches: [{ line: 1, sql: DDL[engine](names) }],
        },
    ];
}


/***/ })

};
