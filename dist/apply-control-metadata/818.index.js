export const id = 818;
export const ids = [818];
export const modules = {

/***/ 49818:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  countLine: () => (/* binding */ countLine),
  describeColumnChange: () => (/* binding */ describeColumnChange),
  planDocument: () => (/* binding */ planDocument),
  planLines: () => (/* binding */ planLines),
  renderPlanSummary: () => (/* binding */ renderPlanSummary),
  writePlanFile: () => (/* binding */ writePlanFile)
});

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
/**
 * What an apply shows and hands on: the plan as log lines, as a job summary (+ insert, ~ update with its column
 * changes, - disable / delete, = unchanged counted, kept orphans named) and as a JSON document under RUNNER_TEMP
 * (output `plan`). Long plans are cut in the log and the summary (the file always holds every row). The metadata
 * receipt is built in src/shared/receipts.
 */


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


/***/ })

};
