export const id = 997;
export const ids = [997];
export const modules = {

/***/ 33997:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  applyAndReport: () => (/* binding */ applyAndReport)
});

// UNUSED EXPORTS: stampOf

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/shared/canonical-json.ts
var canonical_json = __webpack_require__(42586);
;// CONCATENATED MODULE: ./src/shared/receipts/encoding.ts
/**
 * A receipt's one encoding (canonical JSON: the `receipt` output) and its digest, by which the next receipt names it
 * as its `upstream`.
 */


function encodeReceipt(receipt) {
    return (0,canonical_json/* canonicalJson */.d)(receipt);
}
function receiptDigest(receipt) {
    return (0,external_node_crypto_.createHash)('sha256').update(encodeReceipt(receipt)).digest('hex');
}
/** Wraps a receipt as the `upstream` of the next one. */
function encoding_upstream(receipt) {
    return { digest: receiptDigest(receipt), receipt };
}

// EXTERNAL MODULE: ./src/shared/receipts/schemas.ts + 19 modules
var schemas = __webpack_require__(96254);
;// CONCATENATED MODULE: ./src/shared/receipts/builders.ts
/**
 * One builder per receipt an action emits: each takes the facts the action gathered and gives the receipt, checked
 * against its schema. A receipt that would not parse downstream is this project's bug, so it fails here, naming the
 * field, instead of in the next action. (run-integration-score emits no receipt yet, so the integration receipt has
 * no builder.)
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
        upstream: encoding_upstream(facts.adfReceipt),
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

// EXTERNAL MODULE: ./src/apply-control-metadata/migrations.ts + 1 modules
var migrations = __webpack_require__(83721);
// EXTERNAL MODULE: ./src/apply-control-metadata/model.ts
var model = __webpack_require__(50103);
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
    const applied = await store.begin({ lockTimeoutMs: request.lockTimeoutMs, readOnly: request.dryRun });
    try {
        const { pending } = (0,migrations/* checkMigrationHistory */.$I)([...builtins, ...request.migrations], applied);
        const tableExists = !pending.some((m) => m.id === builtins[0].id);
        if (!request.dryRun) {
            for (const migration of pending) {
                logger.info(`Running migration '${migration.id}' (${migration.file})`);
                await store.runMigration(migration, request.stamp);
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
        throw error;
    }
}

// EXTERNAL MODULE: ./src/apply-control-metadata/database.ts
var database = __webpack_require__(57941);
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
;// CONCATENATED MODULE: ./src/apply-control-metadata/report.ts


/** Rows shown in the log and the summary before "... and N more". */
const SHOWN = 50;
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
const show = (value) => JSON.stringify(value);
function describeColumnChange(change) {
    return `~ ${change.column}: ${show(change.from)} → ${show(change.to)}`;
}
function entryLines(entry) {
    const note = entry.action === 'keep'
        ? ' (not in the files; kept as it is)'
        : entry.action === 'disable' || entry.action === 'delete'
            ? ' (not in the files)'
            : '';
    const lines = [`${SIGN[entry.action]} ${entry.action} ${entry.id}${note}`];
    if (entry.action === 'update')
        lines.push(...entry.changes.map((c) => `    ${describeColumnChange(c)}`));
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

;// CONCATENATED MODULE: ./src/apply-control-metadata/apply-and-report.ts






/** Who wrote, as the rows and the audit row keep it: the actor and the run (at most 256 characters), and the commit. */
function stampOf(env, run) {
    const actor = env.GITHUB_ACTOR || 'unknown';
    return {
        appliedBy: `${actor}${run.repo ? ` (${run.repo} run ${run.runId})` : ''}`.slice(0, 256),
        sourceCommit: run.sha || null,
    };
}
async function applyAndReport(request, open = database/* openStore */.C) {
    const { prepared, inputs, azure, logger, masker, env } = request;
    const run = runInfoFromEnvironment(env);
    const table = `${prepared.table.schema}.${prepared.table.table}`;
    const { store, location } = await open(prepared.access, prepared.table, {
        credential: async () => ({ credential: azure.credential, cloud: azure.cloud }),
        masker,
        ...(azure.caCertificates ? { caCertificates: azure.caCertificates } : {}),
    });
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
            });
        }
        finally {
            await store.close();
        }
    });
    logger.debug(`${outcome.roundTrips} round trips to the database after connecting`);
    const planPath = await reportPlan(outcome, { environment: inputs.environment, engine: inputs.engine, table, prune: inputs.prune }, { logger, summary: request.summary, env, redact: (text) => masker.redact(text) });
    if (inputs.dryRun) {
        logger.info('Dry run: nothing was written.');
        return { counts: outcome.counts, planPath, receipt: undefined };
    }
    const receipt = buildMetadataReceipt({
        environment: inputs.environment,
        subscriptionId: inputs.subscriptionId,
        resourceGroup: inputs.resourceGroup,
        store: { engine: inputs.engine, server: location.server, database: location.database, table },
        rows: { count: prepared.rows.length, hash: outcome.rowsHash },
        adfReceipt: prepared.adfReceipt,
        run,
        time: request.clock(),
    });
    return { counts: outcome.counts, planPath, receipt: encodeReceipt(receipt) };
}


/***/ })

};
