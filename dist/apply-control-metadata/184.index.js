export const id = 184;
export const ids = [184];
export const modules = {

/***/ 31184:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  prepare: () => (/* binding */ prepare)
});

// EXTERNAL MODULE: ./src/shared/control-table/database.ts
var database = __webpack_require__(3773);
// EXTERNAL MODULE: ./src/shared/control-table/model.ts
var model = __webpack_require__(79999);
// EXTERNAL MODULE: ./src/shared/control-table/table-layout.ts
var table_layout = __webpack_require__(99005);
// EXTERNAL MODULE: ./src/shared/control-table/table-schema.ts
var table_schema = __webpack_require__(61700);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(58382);
// EXTERNAL MODULE: ./src/shared/files.ts
var shared_files = __webpack_require__(38590);
// EXTERNAL MODULE: ./src/shared/problems.ts
var shared_problems = __webpack_require__(34325);
// EXTERNAL MODULE: ./src/shared/receipts/encoding.ts
var encoding = __webpack_require__(95198);
// EXTERNAL MODULE: ./src/shared/receipts/schemas.ts
var schemas = __webpack_require__(2143);
;// CONCATENATED MODULE: ./src/shared/receipts/chain.ts
/**
 * A receipt carries the receipts it was built on (`upstream`: the receipt and its digest). Before a consumer relies on
 * anything inside, the chain must be the one the actions wrote: every upstream digest is the digest of the receipt
 * next to it (a receipt edited by hand after it was written no longer matches), and every receipt of the chain is
 * of the same environment and subscription. This catches an altered chain; whether its claims still hold is for the
 * live checks (aml-verification.ts, adf-verification.ts).
 */



function upstreamOf(receipt) {
    return 'upstream' in receipt ? receipt.upstream : undefined;
}
/** Throws a ConfigurationError on `input` naming the first link that does not hold. */
function checkReceiptChain(receipt, input) {
    const producer = schemas/* RECEIPT_PRODUCERS */.xn[receipt.kind];
    let current = receipt;
    for (let link = upstreamOf(current); link; current = link.receipt, link = upstreamOf(current)) {
        const inner = link.receipt;
        const innerProducer = schemas/* RECEIPT_PRODUCERS */.xn[inner.kind];
        const refuse = (reason) => new errors/* ConfigurationError */.j1(`Input '${input}': the receipt of ${innerProducer} inside the receipt of ${schemas/* RECEIPT_PRODUCERS */.xn[current.kind]} ${reason}. Pass the 'receipt' output of ${producer} unchanged; if it was, run the release flow again from ${innerProducer}.`, { input });
        if ((0,encoding/* receiptDigest */.fw)(inner) !== link.digest) {
            throw refuse('does not match its digest: it was changed after it was written');
        }
        if (inner.environment !== receipt.environment) {
            throw refuse(`is for environment '${inner.environment}', not '${receipt.environment}'`);
        }
        if (inner.subscription !== undefined && inner.subscription !== receipt.subscription) {
            throw refuse(`is for subscription '${inner.subscription}', not '${receipt.subscription}'`);
        }
    }
}

// EXTERNAL MODULE: ./src/shared/receipts/consistency.ts
var consistency = __webpack_require__(47979);
// EXTERNAL MODULE: ./src/shared/receipts/receipt-input.ts
var receipt_input = __webpack_require__(42406);
;// CONCATENATED MODULE: ./src/shared/receipts/parse.ts
/**
 * Reading a receipt an action requires: the input field that takes it (it knows the receipt's kind), and the parse
 * that checks it is a receipt of that kind, of this version, environment and subscription, that every receipt inside
 * it is of the same environment and subscription with its digest intact (chain.ts), and that it agrees with itself
 * (consistency.ts: names and versions match the ids they come from). Nothing here talks to
 * Azure: an action that writes then checks the receipt's claims against live state (aml-verification.ts,
 * adf-verification.ts) before its first write.
 */






function parseReceiptInput(field, raw, scope) {
    if (raw === undefined && !field.required)
        return undefined;
    return parseReceipt(raw, { ...scope, kind: field.receiptKind, input: field.name });
}
/**
 * Parses and checks a receipt. Every refusal names the input and the action that must run first. Actions read their
 * receipt inputs through parseReceiptInput; this is the parse itself, for anything that holds a receipt's text.
 */
function parseReceipt(raw, expect) {
    const producer = receipt_input/* RECEIPT_PRODUCERS */.xn[expect.kind];
    const refuse = (reason) => new errors/* ConfigurationError */.j1(`Input '${expect.input}' ${reason}: ${(0,receipt_input/* runFirst */.gx)(expect.kind)}.`, {
        input: expect.input,
    });
    if (raw === undefined || raw.trim() === '')
        throw refuse(`is empty; it needs the receipt of ${producer}`);
    let value;
    try {
        value = JSON.parse(raw);
    }
    catch {
        throw refuse(`is not a receipt (not JSON); it needs the receipt of ${producer}`);
    }
    const record = (value && typeof value === 'object' ? value : {});
    if (typeof record.kind === 'string' && record.kind !== expect.kind && record.kind in receipt_input/* RECEIPT_PRODUCERS */.xn) {
        const other = receipt_input/* RECEIPT_PRODUCERS */.xn[record.kind];
        throw refuse(`holds the receipt of ${other}, not of ${producer}`);
    }
    if (record.kind !== expect.kind)
        throw refuse(`is not a receipt of ${producer}`);
    if (typeof record.v === 'number' && record.v > schemas/* RECEIPT_VERSION */.y4) {
        throw new errors/* ConfigurationError */.j1(`Input '${expect.input}' holds a version ${record.v} receipt, written by a newer ${producer}; use a release of this action that reads it.`, { input: expect.input });
    }
    const parsed = schemas/* RECEIPT_SCHEMAS */.g5[expect.kind].safeParse(value);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const at = issue.path.length ? issue.path.join('.') : 'the receipt';
        throw refuse(`is not a valid receipt of ${producer} (${at}: ${issue.message}); it may have been edited or truncated`);
    }
    const receipt = parsed.data;
    if (receipt.environment !== expect.environment) {
        throw new errors/* ConfigurationError */.j1(`Input '${expect.input}' is the receipt of ${producer} for environment '${receipt.environment}', but this step works on '${expect.environment}': run ${producer} for '${expect.environment}' first and pass that receipt.`, { input: expect.input });
    }
    if (expect.subscription !== undefined && receipt.subscription !== expect.subscription) {
        throw new errors/* ConfigurationError */.j1(`Input '${expect.input}' is the receipt of ${producer} in subscription '${receipt.subscription}', but this step works in '${expect.subscription}': pass the receipt of the same environment's deployment.`, { input: expect.input });
    }
    // The receipts inside are held to the same environment and subscription as this one, hence as this step.
    checkReceiptChain(receipt, expect.input);
    const inconsistencies = (0,consistency/* receiptInconsistencies */.O)(receipt);
    if (inconsistencies.length > 0) {
        throw new errors/* ConfigurationError */.j1(`Input '${expect.input}' holds a receipt of ${producer} that disagrees with itself, so it was edited after it was written: ${inconsistencies.join('; ')}. Pass the 'receipt' output of ${producer} unchanged; if it was, run ${producer} again.`, { input: expect.input });
    }
    return receipt;
}

// EXTERNAL MODULE: ./src/apply-control-metadata/definition.ts
var definition = __webpack_require__(62605);
// EXTERNAL MODULE: ./src/apply-control-metadata/migrations.ts + 1 modules
var apply_control_metadata_migrations = __webpack_require__(83721);
// EXTERNAL MODULE: ./src/apply-control-metadata/problems.ts
var apply_control_metadata_problems = __webpack_require__(32056);
// EXTERNAL MODULE: ./src/shared/suggest.ts
var suggest = __webpack_require__(60427);
// EXTERNAL MODULE: ./src/shared/values.ts
var values = __webpack_require__(79799);
;// CONCATENATED MODULE: ./src/apply-control-metadata/receipt-check.ts
/**
 * The rows against what this release deployed, before any Azure call: a row may only name a pipeline the adf receipt
 * lists (the orchestrator would otherwise run something no release deployed or verified), and names the batch
 * endpoint that scores it.
 *
 * Pipelines: Data Factory names are case-insensitive, so a row naming `Score` for the deployed `score` is kept and
 * stored as the receipt spells it, with a notice; an unknown one is refused with the closest deployed name.
 *
 * Endpoints: one factory serves many use cases, each scored by its own model's endpoint. A row naming the endpoint of
 * one of the aml receipts (the adf receipt's own, and those of the `aml-receipts` input) is held against that receipt,
 * which is verified live (verify.ts): no deployment, or the receipt's, is covered by it. Every other route (another
 * endpoint, or another deployment of a receipt's endpoint) is left for the live check (endpoint-routes.ts), which
 * looks the endpoints up in the receipts' workspaces with one list per workspace, and the deployments with one list
 * per endpoint that rows pin a deployment on. Rows carry no workspace: an endpoint is found in the workspaces of the
 * receipts given (batch endpoint names are unique within a region, so a name finds one endpoint); to route rows to
 * another workspace, pass an aml receipt of that workspace.
 */


const LISTED_PIPELINES = 10;
const sameName = (a, b) => a.toLowerCase() === b.toLowerCase();
/** The aml receipts the rows may route to: the adf receipt's upstream first, then the others, once each. */
function routeReceipts(adf, others) {
    const receipts = [];
    for (const receipt of [adf.upstream.receipt, ...others]) {
        if (!receipts.some((known) => sameName(known.endpoint.id, receipt.endpoint.id)))
            receipts.push(receipt);
    }
    return receipts;
}
function workspaceOf(receipt) {
    return { resourceGroup: receipt.resourceGroup, workspace: receipt.workspace };
}
/** Every mismatch with the receipts and every route to check live; the rows respelled as the receipts spell names. */
function routeRows(rows, adf, receipts) {
    const problems = [];
    const notices = [];
    const routes = [];
    const deployed = new Map(adf.pipelines.map((pipeline) => [pipeline.name.toLowerCase(), pipeline.name]));
    const names = adf.pipelines.map((pipeline) => pipeline.name);
    const listed = names.length === 0
        ? 'it lists no pipeline'
        : `it lists ${names.slice(0, LISTED_PIPELINES).join(', ')}${names.length > LISTED_PIPELINES ? ` and ${names.length - LISTED_PIPELINES} more` : ''}`;
    const routed = rows.map((sourced) => {
        const { row } = sourced;
        const changes = {};
        const respell = (column, spelled, what) => {
            const written = row[column];
            if (written === null || written === spelled)
                return;
            changes[column] = spelled;
            notices.push(`row '${row.id}': ${column} '${written}' is stored as '${spelled}', as ${what} spells it`);
        };
        const pipeline = deployed.get(row.pipeline.toLowerCase());
        if (pipeline === undefined) {
            const close = (0,suggest/* suggest */.Z)(row.pipeline, names);
            const invisible = (0,values/* hasInvisible */.wy)(row.pipeline)
                ? ' (it contains invisible characters, shown escaped)'
                : '';
            problems.push({
                message: `row '${row.id}': the pipeline ${(0,values/* quoteVisible */.Lc)(row.pipeline)}${invisible} is not in the adf receipt of factory '${adf.factory.name}' (${listed}); ${close ? `did you mean '${close}'? ` : ''}deploy it with deploy-adf-pipelines or fix the row`,
                location: sourced.locate('pipeline'),
            });
        }
        else {
            respell('pipeline', pipeline, 'the adf receipt');
        }
        const receipt = receipts.find((candidate) => sameName(candidate.endpoint.name, row.endpoint));
        if (receipt) {
            respell('endpoint', receipt.endpoint.name, 'the aml receipt');
            if (row.deployment !== null && sameName(row.deployment, receipt.deployment.name)) {
                respell('deployment', receipt.deployment.name, 'the aml receipt');
            }
            else if (row.deployment !== null) {
                routes.push({ row: sourced, receipt });
            }
        }
        else {
            routes.push({ row: sourced });
        }
        if (Object.keys(changes).length === 0)
            return sourced;
        return { ...sourced, row: { ...row, ...changes } };
    });
    const workspaces = [];
    for (const receipt of receipts) {
        const workspace = workspaceOf(receipt);
        const known = workspaces.some((w) => sameName(w.resourceGroup, workspace.resourceGroup) && sameName(w.workspace, workspace.workspace));
        if (!known)
            workspaces.push(workspace);
    }
    // The live routes keep the respelled rows, so their messages name what will be stored.
    const byId = new Map(routed.map((sourced) => [sourced.row.id, sourced]));
    return {
        rows: routed,
        notices,
        problems,
        live: {
            routes: routes.map((route) => ({ ...route, row: byId.get(route.row.row.id) ?? route.row })),
            workspaces,
        },
    };
}

// EXTERNAL MODULE: ./src/shared/documents.ts + 3 modules
var documents = __webpack_require__(8493);
;// CONCATENATED MODULE: ./src/shared/templates.ts

/** `activities[0].typeProperties.url`, `a["b.c"]` -> segments; a message on malformed text. */
function parseJsonPath(text) {
    const segments = [];
    let at = 0;
    const bad = (why) => `'${text}' is not a JSON path: ${why}`;
    if (text.trim() === '')
        return bad('it is empty');
    while (at < text.length) {
        const char = text[at];
        if (char === '[') {
            const close = text.indexOf(']', at);
            if (close < 0)
                return bad(`'[' at position ${at + 1} is not closed`);
            const inner = text.slice(at + 1, close);
            const quoted = /^(["'])(.*)\1$/.exec(inner);
            if (quoted)
                segments.push(quoted[2]);
            else if (/^\d+$/.test(inner))
                segments.push(Number(inner));
            else
                return bad(`'[${inner}]' is neither an index [n] nor a quoted key ["key"]`);
            at = close + 1;
        }
        else if (char === '.') {
            if (at === 0 || at === text.length - 1 || text[at + 1] === '.' || text[at + 1] === '[') {
                return bad(`misplaced '.' at position ${at + 1}`);
            }
            at += 1;
        }
        else {
            if (at > 0 && text[at - 1] !== '.')
                return bad(`expected '.' or '[' at position ${at + 1}`);
            let end = at;
            while (end < text.length && text[end] !== '.' && text[end] !== '[')
                end += 1;
            const key = text.slice(at, end);
            if (key.includes(']'))
                return bad(`unexpected ']' in '${key}'`);
            segments.push(key);
            at = end;
        }
    }
    return segments;
}
const EXPRESSION = /\$\{\{\s*(.*?)\s*\}\}/g;
/** Whether a string holds a `${{ ... }}` template (closed or not). */
function hasTemplate(value) {
    return value.includes('${{');
}
/** Every leaf path of the receipt (`endpoint.scoringUri`), for "its fields are" messages. */
function leafPaths(value, prefix = '') {
    if ((0,values/* isRecord */.u4)(value)) {
        return Object.entries(value).flatMap(([key, inner]) => leafPaths(inner, prefix ? `${prefix}.${key}` : key));
    }
    return prefix ? [prefix] : [];
}
/**
 * The receipt's fields no live check can confirm: the run that wrote it and when. Every other field is verified
 * against Azure before the first write, or is derived from one that is (receipts/aml-verification.ts).
 */
const UNVERIFIED_FIELDS = new Set(['run', 'time']);
function usableFields(receipt) {
    return leafPaths(receipt)
        .filter((path) => !UNVERIFIED_FIELDS.has(path.split('.')[0]))
        .join(', ');
}
/** Resolves `${{ ... }}` in every string of `value` (keys are left alone); a message when one cannot be resolved. */
function substituteTemplates(value, context) {
    const secrets = [];
    let fromEnvironment = false;
    const resolveOne = (expression) => {
        const dot = expression.indexOf('.');
        const scope = dot < 0 ? expression : expression.slice(0, dot);
        const rest = dot < 0 ? '' : expression.slice(dot + 1);
        if (scope === 'env') {
            if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(rest)) {
                return `'\${{ ${expression} }}' does not name an environment variable (write \${{ env.NAME }})`;
            }
            const found = context.env[rest];
            if (found === undefined)
                return `the environment variable '${rest}' is not set`;
            fromEnvironment = true;
            if (found !== '')
                secrets.push(found);
            return { value: found };
        }
        if (scope === 'receipt') {
            if (!context.receipt)
                return `'\${{ ${expression} }}' needs the aml receipt, and there is none`;
            const path = parseJsonPath(rest);
            let current = context.receipt;
            if (typeof path !== 'string') {
                for (const segment of path) {
                    current =
                        typeof segment === 'number'
                            ? Array.isArray(current)
                                ? current[segment]
                                : undefined
                            : (0,values/* isRecord */.u4)(current) && Object.hasOwn(current, segment)
                                ? current[segment]
                                : undefined;
                }
            }
            if (typeof path === 'string' || current === undefined) {
                return `the aml receipt has no field '${rest}'; its fields are ${usableFields(context.receipt)}`;
            }
            if (typeof path[0] === 'string' && UNVERIFIED_FIELDS.has(path[0])) {
                return `'\${{ ${expression} }}' is not verified against Azure (it says who wrote the receipt and when), so it cannot be written anywhere; use one of ${usableFields(context.receipt)}`;
            }
            return { value: current };
        }
        return `'\${{ ${expression} }}' is neither \${{ receipt.<field> }} nor \${{ env.<NAME> }}`;
    };
    const walk = (inner) => {
        if (typeof inner === 'string') {
            const whole = /^\$\{\{\s*(.*?)\s*\}\}$/.exec(inner);
            if (whole && !whole[1].includes('}}'))
                return resolveOne(whole[1]);
            let failure;
            const replaced = inner.replace(EXPRESSION, (_match, expression) => {
                const resolved = resolveOne(expression);
                if (typeof resolved === 'string') {
                    failure ??= resolved;
                    return '';
                }
                if ((0,values/* isRecord */.u4)(resolved.value) || Array.isArray(resolved.value)) {
                    failure ??= `'\${{ ${expression} }}' is ${(0,values/* typeName */.go)(resolved.value)}, which cannot be part of a longer string`;
                    return '';
                }
                return String(resolved.value);
            });
            if (failure)
                return failure;
            if (replaced.includes('${{'))
                return `'${inner}' has a '\${{' that is not closed by '}}'`;
            return { value: replaced };
        }
        if (Array.isArray(inner)) {
            const out = [];
            for (const item of inner) {
                const resolved = walk(item);
                if (typeof resolved === 'string')
                    return resolved;
                out.push(resolved.value);
            }
            return { value: out };
        }
        if ((0,values/* isRecord */.u4)(inner)) {
            const out = {};
            for (const [key, item] of Object.entries(inner)) {
                const resolved = walk(item);
                if (typeof resolved === 'string')
                    return resolved;
                out[key] = resolved.value;
            }
            return { value: out };
        }
        return { value: inner };
    };
    const result = walk(value);
    return typeof result === 'string' ? result : { value: result.value, secrets, fromEnvironment };
}

;// CONCATENATED MODULE: ./src/shared/adf/names.ts
/**
 * The names Data Factory accepts, per kind, and what is wrong with a name it refuses.
 *
 * From the path-parameter patterns of the Data Factory 2018-06-01 REST spec (datafactory.json): pipelines, datasets,
 * linked services, data flows, triggers, change data captures and global parameters
 * `^[A-Za-z0-9_][^<>*#.%&:\\+?/]*$` (1-260); integration runtimes and factories `^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$`
 * (3-63); credentials, managed virtual networks and managed private endpoints
 * `^([_A-Za-z0-9]|([_A-Za-z0-9][-_A-Za-z0-9]{0,125}[_A-Za-z0-9]))$` (1-127).
 *
 * From "Azure Data Factory - naming rules" (learn.microsoft.com/azure/data-factory/naming-rules), which the spec's
 * patterns do not say: dashes are not allowed in the names of linked services, data flows and datasets; every name is
 * case-insensitive (two resources of one kind whose names differ only in case are the same resource).
 */
const CHILD_FORBIDDEN = '<>*#.%&:\\+?/';
function childOffending(name, noDash) {
    if (name !== '' && !/^[A-Za-z0-9_]$/.test(name[0])) {
        return { index: 0, why: "a name must start with a letter, a digit or '_'" };
    }
    for (let index = 0; index < name.length; index++) {
        const char = name[index];
        if (CHILD_FORBIDDEN.includes(char))
            return { index, why: 'this character is not allowed in a name' };
        if (noDash && char === '-')
            return { index, why: 'ADF does not allow dashes in this kind of name' };
    }
    return undefined;
}
/** Letters, digits and single dashes, starting and ending with a letter or digit (factories, runtimes). */
function dashedOffending(name) {
    for (let index = 0; index < name.length; index++) {
        const char = name[index];
        if (/[A-Za-z0-9]/.test(char))
            continue;
        if (char !== '-')
            return { index, why: 'only letters, digits and dashes are allowed' };
        if (index === 0 || index === name.length - 1) {
            return { index, why: 'a name must start and end with a letter or a digit' };
        }
        if (name[index + 1] === '-')
            return { index, why: 'two dashes in a row are not allowed' };
    }
    return undefined;
}
function shortChildOffending(name) {
    for (let index = 0; index < name.length; index++) {
        const char = name[index];
        if (/[A-Za-z0-9_]/.test(char))
            continue;
        if (char !== '-')
            return { index, why: "only letters, digits, '_' and '-' are allowed" };
        if (index === 0 || index === name.length - 1) {
            return { index, why: "a name must not start or end with '-'" };
        }
    }
    return undefined;
}
/** Pipelines, triggers, change data captures and global parameters. */
const CHILD = {
    pattern: /^[A-Za-z0-9_][^<>*#.%&:\\+?/]*$/,
    min: 1,
    max: 260,
    describe: "1-260 characters, starting with a letter, digit or '_', without any of < > * # . % & : \\ + ? /",
    offending: (name) => childOffending(name, false),
};
const DASHED = {
    pattern: /^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/,
    min: 3,
    max: 63,
    describe: '3-63 letters, digits and single hyphens, starting and ending with a letter or digit',
    offending: dashedOffending,
};
const NAME_RULES = {
    child: CHILD,
    /** Linked services, datasets and data flows. */
    childNoDash: {
        pattern: /^[A-Za-z0-9_][^<>*#.%&:\\+?/-]*$/,
        min: 1,
        max: 260,
        describe: "1-260 characters, starting with a letter, digit or '_', without a dash or any of < > * # . % & : \\ + ? /",
        offending: (name) => childOffending(name, true),
    },
    integrationRuntime: DASHED,
    factory: DASHED,
    shortChild: {
        pattern: /^([_A-Za-z0-9]|([_A-Za-z0-9][-_A-Za-z0-9]{0,125}[_A-Za-z0-9]))$/,
        min: 1,
        max: 127,
        describe: "1-127 letters, digits, '_' and '-', not starting or ending with '-'",
        offending: shortChildOffending,
    },
};
/**
 * What is wrong with `name` under `rule`, naming the offending character and its position, or undefined when the
 * name is valid: `'-' (character 3) is not allowed: ADF does not allow dashes in this kind of name (rule: ...)`.
 */
function nameProblem(name, rule) {
    if (name.length >= rule.min && name.length <= rule.max && rule.pattern.test(name))
        return undefined;
    const found = rule.offending(name);
    if (found) {
        const char = JSON.stringify(name[found.index]).slice(1, -1);
        return `'${char}' (character ${found.index + 1}) is not allowed: ${found.why} (the rule: ${rule.describe})`;
    }
    return `it has ${name.length} character(s) (the rule: ${rule.describe})`;
}

;// CONCATENATED MODULE: ./src/shared/azure/ml-names.ts
/**
 * Azure ML batch endpoint and deployment names: 3 to 32 characters, `^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$` —
 * azure-ai-ml's `validate_endpoint_or_deployment_name`, which mirrors the service (the REST spec's path pattern is
 * looser). Endpoint names also become a DNS label (`{endpoint}.{region}.inference.ml.azure.com`) and must be unique
 * in the region.
 */
const ENDPOINT_NAME = /^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$/;
/** Why a name is refused (the service's wording), or undefined when it is valid. */
function ml_names_nameProblem(name, kind) {
    const what = kind === 'endpoint' ? 'an endpoint' : 'a deployment';
    if (name.length < 3 || name.length > 32) {
        return `the name for ${what} must be at least 3 and at most 32 characters long (got ${name.length})`;
    }
    if (!ENDPOINT_NAME.test(name)) {
        return `the name for ${what} must start with a letter, end with a letter or digit, and contain only letters, digits and '-'`;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/apply-control-metadata/cron.ts
/**
 * Schedules written as cron expressions. `schedule` is free text the orchestrator filters on (`daily`), but a value
 * shaped like a cron expression (five fields, or six with seconds first as Azure Functions and Quartz write them) is
 * held to cron's rules, so `0 25 * * *` fails here, at its file and line, rather than in the orchestrator at night.
 *
 * The rules: each field is `*`, `?` (day fields), a value, a range `a-b` (a <= b), any of those with a step `/n`
 * (n >= 1), or a comma-separated list of them; months may be `JAN`-`DEC` and weekdays `SUN`-`SAT` (any case); weekday
 * 0 and 7 are both Sunday. Quartz's `L`, `W` and `#` are not cron as most schedulers read it: a value using them is
 * not taken for a cron expression and stays free text.
 *
 * Written here rather than taken from a cron library: the libraries checked (croner, cron-parser) name an
 * out-of-range day or month off by one ("Invalid value for month: 12" for 13) or need a date library besides, and
 * what is needed is a precise message, not the next run time.
 */
const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const WEEKDAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];
const SECOND = { name: 'second', min: 0, max: 59 };
const FIVE_FIELDS = [
    { name: 'minute', min: 0, max: 59 },
    { name: 'hour', min: 0, max: 23 },
    { name: 'day of month', min: 1, max: 31, any: true },
    { name: 'month', min: 1, max: 12, names: MONTHS },
    { name: 'day of week', min: 0, max: 7, names: WEEKDAYS, any: true },
];
/** A token of a cron field: numbers, `*`, `?`, `,`, `-`, `/`, or three-letter month and weekday names. */
const CRON_TOKEN = /^(?:[\d*?][\d*?,/-]*|[A-Za-z]{3}(?:[-,][A-Za-z]{3})*(?:\/\d+)?)$/;
/** True when the text has the shape of a cron expression (5 or 6 fields of cron tokens, a number or `*` among them). */
function looksLikeCron(text) {
    const fields = text.trim().split(/\s+/);
    if (fields.length !== 5 && fields.length !== 6)
        return false;
    return fields.every((field) => CRON_TOKEN.test(field)) && fields.some((field) => /[\d*]/.test(field));
}
/** Why a cron expression is invalid, naming the field and the value; undefined when it is valid. */
function cronProblem(text) {
    const values = text.trim().split(/\s+/);
    const fields = values.length === 6 ? [SECOND, ...FIVE_FIELDS] : values.length === 5 ? FIVE_FIELDS : undefined;
    if (!fields) {
        return `it has ${values.length} fields; a cron expression has 5 (minute hour day month weekday) or 6 (with seconds first)`;
    }
    for (const [index, field] of fields.entries()) {
        const problem = fieldProblem(values[index], field);
        if (problem)
            return `${field.name} ${JSON.stringify(values[index])}: ${problem}`;
    }
    return undefined;
}
function fieldProblem(text, field) {
    for (const part of text.split(',')) {
        if (part === '')
            return 'an empty item in the list';
        const [range = '', step, extra] = part.split('/');
        if (extra !== undefined)
            return `'${part}' has two steps`;
        if (step !== undefined && !/^\d+$/.test(step))
            return `the step '${step}' is not a whole number`;
        if (step !== undefined && Number(step) < 1)
            return 'a step of 0 never advances; use 1 or more';
        if (range === '*' || (range === '?' && field.any))
            continue;
        if (range === '?')
            return `'?' is allowed only in the day-of-month and day-of-week fields`;
        const bounds = range.split('-');
        if (bounds.length > 2)
            return `'${range}' is not a range (write a-b)`;
        const numbers = [];
        for (const bound of bounds) {
            const value = fieldValue(bound, field);
            if (value === undefined) {
                const names = field.names ? ` or ${field.names[0]}-${field.names.at(-1)}` : '';
                return `'${bound}' is not a value of this field (${field.min}-${field.max}${names})`;
            }
            if (value < field.min || value > field.max) {
                return `${value} is out of range ${field.min}-${field.max}`;
            }
            numbers.push(value);
        }
        if (numbers.length === 2 && numbers[0] > numbers[1]) {
            return `the range '${range}' runs backwards; write the smaller value first`;
        }
    }
    return undefined;
}
function fieldValue(text, field) {
    if (/^\d+$/.test(text))
        return Number(text);
    const index = field.names?.indexOf(text.toUpperCase()) ?? -1;
    if (index < 0)
        return undefined;
    return field.names === MONTHS ? index + 1 : index;
}

;// CONCATENATED MODULE: ./src/apply-control-metadata/row-validation.ts
/**
 * Validation of the rows as written (RawRow: each value with where it was written), whatever file format they came
 * from: the columns the row model defines (model.ts), their types, the naming rules of what they name, and unique
 * ids. Every problem is collected with its location; the caller throws them together.
 *
 * Values are never converted behind the user's back: `id: 007` in YAML is the number 7, so it is refused with "quote
 * it" rather than stored as "7". Ids are unique case-insensitively, as SQL Server's default collation compares them.
 */








const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/;
const MAX_LOCATION = 2048;
const MAX_SCHEDULE = 128;
/** A value as a message names it: `null`, `a list`, `a mapping`, `the string "x"`, `the number 7`. */
function describeValue(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if ((0,values/* isRecord */.u4)(value))
        return 'a mapping';
    if (typeof value === 'string')
        return `the string ${JSON.stringify(value)}`;
    return `the ${typeof value} ${String(value)}`;
}
/** The names a row may give its fields by: the fields the table has, and their columns' names in a user's table. */
function knownNames(layout) {
    const fields = (0,table_layout/* mappedRowFields */.Xq)(layout);
    const columns = layout.adopted
        ? layout.columns.filter((c) => fields.includes(c.field)).map((c) => c.name)
        : [];
    return [...fields, ...columns.filter((name) => !fields.includes(name))];
}
/** `unknown column 'pipline'; did you mean 'pipeline'? The columns are ...`. */
function unknownColumn(name, layout = table_layout/* BUILTIN_LAYOUT */.ro) {
    const known = knownNames(layout);
    const close = (0,suggest/* suggest */.Z)(name, known);
    return `unknown column '${name}'${close ? `; did you mean '${close}'?` : '.'} The columns are ${known.join(', ')}.`;
}
/**
 * The row field a key written in a file names: the field's own name, or (in a user's table) its column's name, any
 * case. `unmapped` for a field the user's table has no column for; undefined for an unknown key.
 */
function fieldOfKey(key, layout) {
    const field = model/* ROW_COLUMNS */.pX.includes(key)
        ? key
        : layout.columns.find((c) => c.name.toLowerCase() === key.toLowerCase() && model/* ROW_COLUMNS */.pX.includes(c.field))?.field;
    if (!field)
        return undefined;
    return (0,table_layout/* layoutColumn */.b5)(layout, field) ? field : 'unmapped';
}
/** A row's fields keyed by field, whichever name they were written with; problems for unknown and doubled keys. */
function fieldsOfRow(raw, layout, fail) {
    const fields = new Map();
    const writtenAs = new Map();
    for (const [name, field] of raw.fields) {
        const known = fieldOfKey(name, layout);
        if (known === undefined) {
            fail(field.location, unknownColumn(name, layout));
        }
        else if (known === 'unmapped') {
            if (field.value !== undefined && field.value !== null) {
                fail(field.location, `the control table has no column for '${name}' (the table-schema maps none); leave it out of the row`);
            }
        }
        else if (writtenAs.has(known)) {
            fail(field.location, `'${name}' and '${writtenAs.get(known)}' are the same field (${known}); keep one`);
        }
        else {
            writtenAs.set(known, name);
            fields.set(known, field);
        }
    }
    return fields;
}
/** Where a NUL character is inside a JSON value (`parameters.a[2]`), or a reason it is not JSON at all. */
function jsonProblem(value, path) {
    if (typeof value === 'string') {
        return value.includes('\0')
            ? `'${path}' contains a NUL character, which PostgreSQL cannot store`
            : undefined;
    }
    if (typeof value === 'number') {
        return Number.isFinite(value) ? undefined : `'${path}' is ${String(value)}, which JSON cannot hold`;
    }
    if (value === null || typeof value === 'boolean')
        return undefined;
    if (Array.isArray(value)) {
        for (const [index, item] of value.entries()) {
            const found = jsonProblem(item, `${path}[${index}]`);
            if (found)
                return found;
        }
        return undefined;
    }
    if ((0,values/* isRecord */.u4)(value) && Object.getPrototypeOf(value) === Object.prototype) {
        for (const [key, item] of Object.entries(value)) {
            if (key.includes('\0'))
                return `a key of '${path}' contains a NUL character, which PostgreSQL cannot store`;
            const found = jsonProblem(item, `${path}.${key}`);
            if (found)
                return found;
        }
        return undefined;
    }
    return `'${path}' is ${describeValue(value)}, which JSON cannot hold`;
}
/** Why a valid string is wrong for its column, or undefined. */
function stringRule(column, value) {
    switch (column) {
        case 'id':
            return ID.test(value)
                ? undefined
                : `'id' ${(0,values/* quoteVisible */.Lc)(value)} is not a valid id: 1-128 letters, digits, '_', '.' and '-', starting with a letter or digit`;
        case 'pipeline':
            return value.length >= CHILD.min && value.length <= CHILD.max && CHILD.pattern.test(value)
                ? undefined
                : `'pipeline' ${(0,values/* quoteVisible */.Lc)(value)} is not a valid Data Factory pipeline name: ${CHILD.describe}`;
        case 'endpoint':
        case 'deployment': {
            const problem = ml_names_nameProblem(value, column);
            return problem ? `'${column}' ${(0,values/* quoteVisible */.Lc)(value)} is not valid: ${problem}` : undefined;
        }
        case 'sink_table':
            return (0,model/* parseTableName */.HC)(value, 'dbo')
                ? undefined
                : `'sink_table' ${JSON.stringify(value)} is not a table name: write schema.table or table, each part 1-128 letters, digits and '_', not starting with a digit`;
        case 'input_location':
        case 'output_location':
        case 'schedule': {
            const max = column === 'schedule' ? MAX_SCHEDULE : MAX_LOCATION;
            if (value.trim() === '')
                return `'${column}' is blank`;
            if (value.length > max)
                return `'${column}' is ${value.length} characters long; the most is ${max}`;
            if (column === 'schedule' && looksLikeCron(value)) {
                const problem = cronProblem(value);
                if (problem)
                    return `'schedule' ${JSON.stringify(value)} is not a valid cron expression: ${problem}`;
            }
            return undefined;
        }
        default:
            return undefined;
    }
}
/**
 * Checks every row (columns, types, naming rules, unique ids) and collects every problem. Returns the valid rows,
 * sorted by id, with the problems; the caller throws when there are any.
 */
function validateRows(rows, layout = table_layout/* BUILTIN_LAYOUT */.ro) {
    const mapped = new Set((0,table_layout/* mappedRowFields */.Xq)(layout));
    const maxLength = (column) => {
        const length = (0,table_layout/* layoutColumn */.b5)(layout, column)?.type?.length;
        return length !== undefined && length > 0 ? length : undefined;
    };
    const problems = [];
    const valid = [];
    const seen = new Map();
    for (const raw of rows) {
        const rowProblems = [];
        const idValue = raw.fields.get('id')?.value;
        const prefix = typeof idValue === 'string' && ID.test(idValue) ? `row '${idValue}': ` : '';
        const fail = (location, message) => rowProblems.push({ message: `${prefix}${message}`, location });
        const fields = fieldsOfRow(raw, layout, fail);
        const field = (column) => {
            const found = fields.get(column);
            return { value: found?.value, location: found?.location ?? raw.location };
        };
        const strings = new Map();
        for (const column of [...model/* REQUIRED_COLUMNS */.KS, ...model/* NULLABLE_TEXT_COLUMNS */.Ys]) {
            if (!mapped.has(column)) {
                strings.set(column, (0,table_layout/* emptyValue */.Nj)(column));
                continue;
            }
            const { value, location } = field(column);
            const required = model/* REQUIRED_COLUMNS */.KS.includes(column);
            if (value === undefined || (value === null && required)) {
                if (required)
                    fail(location, `missing the required column '${column}'`);
                else
                    strings.set(column, null);
                continue;
            }
            if (value === null) {
                strings.set(column, null);
                continue;
            }
            if (typeof value !== 'string') {
                const scalar = typeof value === 'number' || typeof value === 'boolean';
                fail(location, `'${column}' must be a string, not ${describeValue(value)}${scalar ? `; quote it (${column}: "...") so it is kept exactly as written` : ''}`);
                continue;
            }
            if (value.includes('\0')) {
                fail(location, `'${column}' contains a NUL character, which PostgreSQL cannot store`);
                continue;
            }
            if (value === '' && !required) {
                fail(location, `'${column}' is empty; leave it out or write null for none`);
                continue;
            }
            const limit = maxLength(column);
            const problem = limit !== undefined && value.length > limit
                ? `'${column}' is ${value.length} characters long; its column holds at most ${limit}`
                : stringRule(column, value);
            if (problem)
                fail(location, problem);
            else
                strings.set(column, value);
        }
        const enabled = field('enabled');
        if (enabled.value !== undefined && typeof enabled.value !== 'boolean') {
            fail(enabled.location, `'enabled' must be true or false, not ${describeValue(enabled.value)}`);
        }
        const parameters = field('parameters');
        if (parameters.value !== undefined) {
            if (!(0,values/* isRecord */.u4)(parameters.value)) {
                fail(parameters.location, `'parameters' must be a JSON object (a mapping of name to value), not ${describeValue(parameters.value)}`);
            }
            else {
                const problem = jsonProblem(parameters.value, 'parameters');
                if (problem)
                    fail(parameters.location, problem);
            }
        }
        const id = strings.get('id');
        if (typeof id === 'string') {
            const key = id.toLowerCase();
            const first = seen.get(key);
            const { location } = field('id');
            if (first) {
                fail(location, `duplicate id '${id}': ${(0,errors/* formatLocation */.j$)(first, { column: false })} has it already (ids are compared case-insensitively, as SQL Server does)`);
            }
            else {
                seen.set(key, location);
            }
        }
        problems.push(...rowProblems);
        if (rowProblems.length > 0)
            continue;
        const row = {
            id: strings.get('id'),
            pipeline: strings.get('pipeline'),
            endpoint: strings.get('endpoint'),
            deployment: strings.get('deployment') ?? null,
            input_location: strings.get('input_location'),
            output_location: strings.get('output_location'),
            sink_table: strings.get('sink_table') ?? null,
            schedule: strings.get('schedule') ?? null,
            enabled: enabled.value ?? true,
            parameters: parameters.value ?? {},
        };
        valid.push(sourcedRow(row, raw, fields));
    }
    valid.sort((a, b) => (a.row.id < b.row.id ? -1 : a.row.id > b.row.id ? 1 : 0));
    return { rows: valid, problems };
}
function sourcedRow(row, raw, fields) {
    return {
        row,
        location: raw.location,
        locate: (column) => fields.get(column)?.location ?? raw.location,
    };
}
/** A validated row back as written, to change some columns (overrides) and validate it again. */
function toRawRow(sourced, layout = table_layout/* BUILTIN_LAYOUT */.ro) {
    return {
        location: sourced.location,
        fields: new Map((0,table_layout/* mappedRowFields */.Xq)(layout).map((column) => [
            column,
            { value: sourced.row[column], location: sourced.locate(column) },
        ])),
    };
}

;// CONCATENATED MODULE: ./src/apply-control-metadata/row-overrides.ts
/**
 * The environment overrides file (input `overrides-file`, one YAML file per environment): what differs between the
 * rows in git and the rows of this environment.
 *
 * ```yaml
 * all:                      # applied to every row first
 *   output_location: abfss://scores@${{ env.STORAGE_ACCOUNT }}.dfs.core.windows.net/
 * rows:
 *   churn-weekly:           # by id (compared case-insensitively, as ids are)
 *     enabled: false
 *     parameters:           # merged key by key into the row's parameters (null removes a key)
 *       threshold: 0.7
 *   credit-default:
 *     endpoint: ${{ receipt.endpoint.name }}
 * ```
 *
 * A column's value replaces the row's; `parameters` is merged one top-level key at a time; `id` cannot be
 * overridden. Strings may hold `${{ receipt.<path> }}` and `${{ env.NAME }}` templates (src/shared/templates.ts);
 * `enabled: ${{ env.X }}` accepts the variable's `true` or `false`, since environment variables are text. The
 * overridden rows are validated again, so an override cannot produce a row the rows files could not hold, and each
 * overridden column of a row is located at its override line.
 *
 * `applyRowOverrides` is pure. Every problem is collected first and reported together as one RowsError; a value
 * read from an environment variable never appears in its messages.
 */









const OVERRIDES_INPUT = 'overrides-file';
const SECTIONS = ['all', 'rows'];
const EMPTY_SET = { columns: [], parameters: [] };
/** Reads the overrides file; file errors and every problem of its shape carry the file and line. */
async function loadRowOverrides(absolute, shownAs, layout = table_layout/* BUILTIN_LAYOUT */.ro) {
    return parseRowOverrides(await (0,documents/* loadDocument */.Az)(absolute, shownAs, OVERRIDES_INPUT), layout);
}
/** Checks the shape of a parsed overrides file; throws one RowsError listing every problem. */
function parseRowOverrides(document, layout = table_layout/* BUILTIN_LAYOUT */.ro) {
    const problems = [];
    const problem = (path, message) => problems.push({ message, location: document.locate(path) });
    const root = document.value;
    const result = { file: document.file, all: EMPTY_SET, rows: [] };
    if (root === null || root === undefined)
        return result;
    if (!(0,values/* isRecord */.u4)(root)) {
        problem([], `the file must be a mapping with 'all' and 'rows'; it is ${(0,values/* typeName */.go)(root, 'yaml')}`);
        throw new apply_control_metadata_problems/* RowsError */.g(problems, `the overrides file ${document.file}`, OVERRIDES_INPUT);
    }
    const readSet = (path, body) => {
        if (body === null || body === undefined)
            return EMPTY_SET;
        if (!(0,values/* isRecord */.u4)(body)) {
            problem(path, `must be a mapping of column to value; it is ${(0,values/* typeName */.go)(body, 'yaml')}`);
            return EMPTY_SET;
        }
        const columns = [];
        const parameters = [];
        for (const [key, value] of Object.entries(body)) {
            const at = [...path, key];
            const field = fieldOfKey(key, layout);
            if (field === 'id') {
                problem(at, 'the id cannot be overridden: it is what identifies the row in the table');
            }
            else if (field === 'unmapped') {
                problem(at, `the control table has no column for '${key}' (the table-schema maps none)`);
            }
            else if (field === 'parameters') {
                if (!(0,values/* isRecord */.u4)(value)) {
                    problem(at, `must be a mapping of parameter to value (merged into the row's parameters; null removes one); it is ${(0,values/* typeName */.go)(value, 'yaml')}`);
                    continue;
                }
                for (const [name, inner] of Object.entries(value)) {
                    parameters.push({ key: name, value: inner, location: document.locate([...at, name]) });
                }
            }
            else if (field) {
                columns.push({ column: field, value, location: document.locate(at) });
            }
            else {
                problem(at, unknownColumn(key, layout));
            }
        }
        return { columns, parameters };
    };
    const seen = new Map();
    for (const [section, body] of Object.entries(root)) {
        if (section === 'all') {
            result.all = readSet(['all'], body);
        }
        else if (section === 'rows') {
            if (body === null || body === undefined)
                continue;
            if (!(0,values/* isRecord */.u4)(body)) {
                problem(['rows'], `must be a mapping of row id to overrides; it is ${(0,values/* typeName */.go)(body, 'yaml')}`);
                continue;
            }
            for (const [id, settings] of Object.entries(body)) {
                const first = seen.get(id.toLowerCase());
                if (first !== undefined) {
                    problem(['rows', id], `'${id}' and '${first}' are the same row (ids are compared case-insensitively)`);
                    continue;
                }
                seen.set(id.toLowerCase(), id);
                result.rows.push({
                    id,
                    location: document.locate(['rows', id]),
                    set: readSet(['rows', id], settings),
                });
            }
        }
        else {
            const close = (0,suggest/* suggest */.Z)(section, SECTIONS);
            problem([section], `unknown section '${section}'${close ? `; did you mean '${close}'?` : '.'} The sections are ${SECTIONS.join(' and ')}.`);
        }
    }
    if (problems.length > 0)
        throw new apply_control_metadata_problems/* RowsError */.g(problems, `the overrides file ${document.file}`, OVERRIDES_INPUT);
    return result;
}
/**
 * Applies the overrides to the rows and validates the result. Returns every row (sorted by id), what was applied and
 * the values read from environment variables; throws one RowsError with every problem.
 */
function applyRowOverrides(rows, overrides, context) {
    const problems = [];
    const secrets = new Set();
    const applied = [];
    const resolveSet = (set) => {
        const resolve = (entry) => {
            const result = substituteTemplates(entry.value, context);
            if (typeof result === 'string') {
                problems.push({ message: result, location: entry.location });
                return [];
            }
            for (const secret of result.secrets)
                secrets.add(secret);
            return [{ ...entry, resolved: result.value, fromEnvironment: result.fromEnvironment }];
        };
        return {
            columns: set.columns.flatMap((entry) => {
                const [resolved] = resolve(entry);
                if (!resolved)
                    return [];
                // Environment variables are text: `enabled: ${{ env.X }}` takes its `true` or `false`.
                const text = resolved.resolved;
                const fromText = entry.column === 'enabled' &&
                    typeof entry.value === 'string' &&
                    hasTemplate(entry.value) &&
                    typeof text === 'string' &&
                    /^(true|false)$/i.test(text);
                return [fromText ? { ...resolved, resolved: String(text).toLowerCase() === 'true' } : resolved];
            }),
            parameters: set.parameters.flatMap(resolve),
        };
    };
    const all = resolveSet(overrides.all);
    const byId = new Map(rows.map((row, index) => [row.row.id.toLowerCase(), index]));
    const perRow = new Map();
    for (const entry of overrides.rows) {
        const index = byId.get(entry.id.toLowerCase());
        if (index === undefined) {
            const close = (0,suggest/* suggest */.Z)(entry.id, rows.map((row) => row.row.id));
            problems.push({
                message: `no row has the id '${entry.id}'${close ? `; did you mean '${close}'?` : ''}`,
                location: entry.location,
            });
            continue;
        }
        perRow.set(index, { id: entry.id, set: resolveSet(entry.set) });
    }
    const describeSet = (set, who) => {
        for (const { column, location } of set.columns)
            applied.push(`${who}: ${column} (${(0,errors/* formatLocation */.j$)(location, { column: false })})`);
        for (const { key, resolved, location } of set.parameters) {
            applied.push(`${who}: parameters.${key}${resolved === null ? ' removed' : ''} (${(0,errors/* formatLocation */.j$)(location, { column: false })})`);
        }
    };
    describeSet(all, 'every row');
    for (const { id, set } of perRow.values())
        describeSet(set, `row '${id}'`);
    const secretFields = [];
    const secretSet = (set, id) => {
        for (const { column, fromEnvironment } of set.columns) {
            if (fromEnvironment)
                secretFields.push({ ...(id === undefined ? {} : { id }), column });
        }
        for (const { key, fromEnvironment } of set.parameters) {
            if (fromEnvironment)
                secretFields.push({ ...(id === undefined ? {} : { id }), column: 'parameters', key });
        }
    };
    secretSet(all, undefined);
    for (const [index, { set }] of perRow)
        secretSet(set, rows[index].row.id);
    const overridden = rows.map((row, index) => {
        const raw = toRawRow(row, context.layout);
        const fields = new Map(raw.fields);
        for (const set of [all, perRow.get(index)?.set]) {
            if (!set)
                continue;
            for (const { column, resolved, location } of set.columns)
                fields.set(column, { value: resolved, location });
            if (set.parameters.length === 0)
                continue;
            const current = fields.get('parameters')?.value;
            const merged = (0,values/* isRecord */.u4)(current) ? { ...current } : {};
            for (const { key, resolved } of set.parameters) {
                if (resolved === null)
                    delete merged[key];
                else
                    merged[key] = resolved;
            }
            fields.set('parameters', { value: merged, location: set.parameters.at(-1).location });
        }
        return { location: raw.location, fields };
    });
    const validated = validateRows(overridden, context.layout);
    problems.push(...validated.problems);
    if (problems.length > 0) {
        const masked = [...secrets].sort((a, b) => b.length - a.length);
        const redact = (message) => masked.reduce((text, secret) => text.split(secret).join('***'), message);
        throw new apply_control_metadata_problems/* RowsError */.g((0,shared_problems/* sortProblems */.dS)(problems).map((problem) => ({ ...problem, message: redact(problem.message) })), `the overrides file ${overrides.file}`, OVERRIDES_INPUT);
    }
    return { rows: validated.rows, applied, secrets: [...secrets], secretFields };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/csv-parse/lib/sync.js + 8 modules
var sync = __webpack_require__(40712);
;// CONCATENATED MODULE: ./src/apply-control-metadata/row-csv.ts
/**
 * Rows from a CSV file (`.csv`, RFC 4180, UTF-8): a header row of column names, then one record per row. An empty
 * cell is absent (the column's default); a boolean column (`enabled`) is `true` or `false` (any case) or `1` or `0`; a JSON column
 * (`parameters`) is JSON text. Each value keeps the line and column it starts at; row-validation.ts checks them.
 */







/** Reads one CSV file of rows; a file that is not UTF-8 or not CSV is one problem. */
async function readRowCsv(absolute, file, layout = table_layout/* BUILTIN_LAYOUT */.ro) {
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(await (0,promises_.readFile)(absolute));
    }
    catch (error) {
        const { code, message } = (0,errors/* describeError */.Uc)(error);
        const reason = code === 'ERR_ENCODING_INVALID_ENCODED_DATA'
            ? 'the file is not UTF-8; save it as UTF-8 (in Excel: "CSV UTF-8")'
            : `cannot read the file (${code ?? message})`;
        return { rows: [], problems: [{ message: reason, location: { file } }] };
    }
    const problems = [];
    return { rows: rowsOfCsv(text, file, problems, layout), problems };
}
/**
 * The line and column where each field of a record starts. csv-parse reports the line a record ends on; counting
 * back over its raw text (which includes any blank lines skipped before it) gives where each field starts.
 */
function fieldPositions(raw, endLine) {
    const body = raw.endsWith('\n') ? raw.slice(0, -1) : raw;
    let line = endLine - (body.match(/\n/g)?.length ?? 0);
    let index = 0;
    while (body[index] === '\n') {
        index += 1;
        line += 1;
    }
    let column = 1;
    let quoted = false;
    const positions = [{ line, column }];
    for (; index < body.length; index++) {
        const char = body[index];
        if (char === '\n') {
            line += 1;
            column = 1;
            continue;
        }
        column += 1;
        if (char === '"')
            quoted = !quoted;
        else if (char === ',' && !quoted)
            positions.push({ line, column });
    }
    return positions;
}
function rowsOfCsv(text, file, problems, layout) {
    const fieldNames = (0,table_layout/* mappedRowFields */.Xq)(layout);
    let records;
    try {
        // One line ending throughout, so csv-parse's line count and ours agree; quoted values keep their newlines as \n.
        const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
        records = (0,sync/* parse */.q)(normalised, {
            info: true,
            raw: true,
            skip_empty_lines: true,
            record_delimiter: '\n',
        });
    }
    catch (error) {
        if (!(error instanceof sync/* CsvError */.J))
            throw error;
        const line = typeof error.lines === 'number' ? error.lines : undefined;
        problems.push({ message: `invalid CSV: ${csvErrorReason(error)}`, location: { file, line } });
        return [];
    }
    const [header, ...body] = records;
    if (!header) {
        problems.push({
            message: `the file is empty; a CSV file of rows starts with a header of column names (${fieldNames.join(',')})`,
            location: { file },
        });
        return [];
    }
    const headerAt = fieldPositions(header.raw, header.info.lines);
    const columns = [];
    let usable = true;
    for (const [index, name] of header.record.entries()) {
        const location = { file, ...headerAt[index] };
        const found = fieldOfKey(name, layout);
        const known = found === 'unmapped' ? undefined : found;
        if (name === '') {
            problems.push({ message: `column ${index + 1} of the header has no name`, location });
        }
        else if (found === 'unmapped') {
            problems.push({
                message: `the control table has no column for '${name}' (the table-schema maps none); leave it out of the header`,
                location,
            });
        }
        else if (!known) {
            problems.push({ message: unknownColumn(name, layout), location });
        }
        else if (columns.includes(known)) {
            problems.push({ message: `the header names the column '${name}' twice`, location });
            usable = false;
        }
        columns.push(known);
    }
    for (const column of model/* REQUIRED_COLUMNS */.KS.filter((field) => fieldNames.includes(field))) {
        if (!columns.includes(column)) {
            problems.push({
                message: `the header has no '${column}' column, which every row needs; the columns are ${fieldNames.join(', ')}`,
                location: { file, line: header.info.lines },
            });
            usable = false;
        }
    }
    if (!usable)
        return [];
    const rows = [];
    for (const { record, raw, info } of body) {
        const positions = fieldPositions(raw, info.lines);
        const fields = new Map();
        for (const [index, cell] of record.entries()) {
            const column = columns[index];
            if (!column)
                continue;
            const location = { file, ...positions[index] };
            fields.set(column, { value: csvValue(column, cell, location, problems), location });
        }
        rows.push({ location: { file, ...positions[0] }, fields });
    }
    return rows;
}
/**
 * What csv-parse refused, in words, from its error code and fields: its own message repeats the line, which the
 * problem's location already has. A code not named here keeps csv-parse's message as it is.
 */
function csvErrorReason(error) {
    const quoting = 'quote the whole value and write each quote inside it twice ("a""1")';
    switch (error.code) {
        case 'CSV_QUOTE_NOT_CLOSED':
            return `Quote Not Closed: a quoted value has no closing quote before the end of the file`;
        case 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH': {
            const fields = Array.isArray(error.record) ? ` has ${error.record.length} fields, but it` : '';
            return `Invalid Record Length: the record${fields} must have as many fields as the header`;
        }
        case 'INVALID_OPENING_QUOTE': {
            const field = typeof error.column === 'number' ? ` of field ${error.column + 1}` : '';
            return `Invalid Opening Quote: a quote inside the unquoted value${field}; ${quoting}`;
        }
        case 'CSV_INVALID_CLOSING_QUOTE':
        case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
            return `Invalid Closing Quote: a quoted value goes on after its closing quote; ${quoting}`;
        default:
            return error.message;
    }
}
/**
 * The spellings of a boolean cell: `true`/`false` in any case, as spreadsheets write them, and `1`/`0`, as SQL
 * Server's bit columns export. Nothing else (`yes`, `y`, `on`): a guess could turn a typo into `false`.
 */
const CSV_BOOLEANS = new Map([
    ['true', true],
    ['false', false],
    ['1', true],
    ['0', false],
]);
/** A cell as the value it stands for; `undefined` (absent) when empty or when it cannot be read (a problem). */
function csvValue(column, cell, location, problems) {
    if (cell === '')
        return undefined;
    const kind = model/* ROW_COLUMN_KINDS */.Sn[column];
    if (kind === 'boolean') {
        const value = CSV_BOOLEANS.get(cell.toLowerCase());
        if (value !== undefined)
            return value;
        problems.push({
            message: `'${column}' must be true or false (or 1 or 0), not ${JSON.stringify(cell)}`,
            location,
        });
        return undefined;
    }
    if (kind === 'json-object') {
        try {
            return (0,documents.parseStructuredText)(cell, { label: location.file, json: true });
        }
        catch (error) {
            if (!(error instanceof documents/* DocumentSyntaxError */.d$))
                throw error;
            // The error's line is within the cell; the cell starts at the location's line.
            const line = location.line === undefined ? undefined : location.line + error.line - 1;
            problems.push({
                message: `'${column}' is not valid JSON: ${error.reason} (line ${error.line}, column ${error.column} of the value)`,
                location: { file: location.file, line },
            });
            return undefined;
        }
    }
    return cell;
}

;// CONCATENATED MODULE: ./src/apply-control-metadata/row-documents.ts
/**
 * Rows from a YAML (`.yml`, `.yaml`) or strict JSON (`.json`) file: a list of row mappings, or a mapping with a
 * `use_cases` list. Each value keeps where it was written; row-validation.ts checks them.
 */






/** Reads one YAML or JSON file of rows; a file that cannot be read or parsed is one problem at its line. */
async function readRowDocument(absolute, file, input, context = {}) {
    const problems = [];
    let document;
    try {
        document = await (0,documents/* loadDocument */.Az)(absolute, file, input);
    }
    catch (error) {
        if (error instanceof documents/* DocumentSyntaxError */.d$ && /alias/i.test(error.reason)) {
            // `schedule: */5 * * * *` unquoted: YAML reads the `*` as an alias, which is never what a row means.
            const hint = `; an unquoted '*' starts a YAML alias: quote the cron expression (schedule: "*/5 * * * *")`;
            return {
                rows: [],
                problems: [{ message: `${error.detail}${hint}`, location: error.location ?? { file } }],
            };
        }
        return { rows: [], problems: (0,shared_problems/* problemsFromError */.XN)(error, file) };
    }
    const rows = rowsOfDocument(document, problems, context);
    if (rows === 'other-environment')
        return { rows: [], problems, otherEnvironment: true };
    return { rows, problems };
}
/** The keys a rows file may carry beside its rows: understood, or refused with a reason. */
const FILE_KEYS = ['use_cases', 'version', 'environment', 'table'];
/**
 * `version` (1, the only version), `table` (the table the rows are for: must be the step's) and `environment` (the
 * environment the rows are for: a file for another environment gives no rows, so one glob can match every
 * environment's file) beside `use_cases`.
 */
function checkFileKeys(root, context, problem) {
    if (root.version !== undefined && root.version !== 1) {
        problem(['version'], `version ${JSON.stringify(root.version)}: this action reads version 1 (or leave version out)`);
    }
    if (root.table !== undefined && context.table) {
        const named = typeof root.table === 'string' ? (0,model/* parseTableName */.HC)(root.table, context.defaultSchema ?? 'dbo') : undefined;
        const step = `${context.table.schema}.${context.table.table}`;
        if (!named) {
            problem(['table'], `table ${JSON.stringify(root.table)} is not a table name: write schema.table`);
        }
        else if (`${named.schema}.${named.table}`.toLowerCase() !== step.toLowerCase()) {
            problem(['table'], `the file's rows are for table '${named.schema}.${named.table}', but this step applies to '${step}' (input 'table'); fix one of them`);
        }
    }
    if (root.environment !== undefined) {
        if (typeof root.environment !== 'string' || root.environment === '') {
            problem(['environment'], `environment must be the name of an environment, not ${describeValue(root.environment)}`);
        }
        else if (context.environment !== undefined && root.environment !== context.environment) {
            return 'other-environment';
        }
    }
    return undefined;
}
function rowsOfDocument(document, problems, context) {
    const problem = (path, message) => problems.push({ message, location: document.locate(path) });
    const shape = 'a list of rows, or a mapping with a use_cases list of rows';
    const root = document.value;
    let items;
    let base;
    if (Array.isArray(root)) {
        items = root;
        base = [];
    }
    else if ((0,values/* isRecord */.u4)(root)) {
        for (const key of Object.keys(root)) {
            if (FILE_KEYS.includes(key))
                continue;
            const close = (0,suggest/* suggest */.Z)(key, FILE_KEYS);
            problem([key], `unknown key '${key}'${close ? `; did you mean '${close}'?` : '.'} The file must be ${shape} (beside it: version, environment, table).`);
        }
        if (checkFileKeys(root, context, problem) === 'other-environment')
            return 'other-environment';
        if (!Array.isArray(root.use_cases)) {
            problem('use_cases' in root ? ['use_cases'] : [], 'use_cases' in root
                ? `use_cases must be a list of rows, not ${describeValue(root.use_cases)}`
                : `the mapping has no use_cases; the file must be ${shape}`);
            return [];
        }
        items = root.use_cases;
        base = ['use_cases'];
    }
    else {
        problem([], root === null || root === undefined
            ? `the file is empty; it must be ${shape} (write [] for no rows)`
            : `the file must be ${shape}, not ${describeValue(root)}`);
        return [];
    }
    const rows = [];
    for (const [index, item] of items.entries()) {
        const at = [...base, index];
        if (!(0,values/* isRecord */.u4)(item)) {
            problem(at, `a row must be a mapping of column to value, not ${describeValue(item)}`);
            continue;
        }
        const fields = new Map();
        for (const [key, value] of Object.entries(item)) {
            fields.set(key, { value, location: document.locate([...at, key]) });
        }
        rows.push({ location: document.locate(at), fields });
    }
    return rows;
}

;// CONCATENATED MODULE: ./src/apply-control-metadata/rows.ts
/**
 * The `rows` input: the use cases the control table must hold, read from YAML, JSON and CSV files and validated
 * before anything connects to a database. Every problem of every file is collected and thrown as one RowsError,
 * each with its file and line.
 *
 * - YAML and JSON: row-documents.ts; CSV: row-csv.ts. Each reader keeps where every value was written.
 * - The rows, whatever file they came from: row-validation.ts. The columns are documented in model.ts.
 */







const ROWS_INPUT = 'rows';
/**
 * Expands the `rows` globs in the workspace, reads every file and validates every row. Returns the rows sorted by
 * id; throws one RowsError with every problem of every file.
 */
async function readRows(options) {
    const layout = options.layout ?? table_layout/* BUILTIN_LAYOUT */.ro;
    const files = await (0,shared_files/* globWorkspace */.Q1)(options.workspace, options.patterns, ROWS_INPUT);
    const problems = [];
    const raw = [];
    for (const absolute of files) {
        const file = (0,shared_files/* workspaceRelative */.Uc)(options.workspace, absolute);
        const read = await readRowFile(absolute, file, layout, options.context ?? {});
        if (read.otherEnvironment)
            options.onOtherEnvironment?.(file);
        raw.push(...read.rows);
        problems.push(...read.problems);
    }
    const checked = validateRows(raw, layout);
    problems.push(...checked.problems);
    if (problems.length > 0) {
        throw new apply_control_metadata_problems/* RowsError */.g((0,shared_problems/* sortProblems */.dS)(problems), `the rows (${options.patterns.join(', ')})`, ROWS_INPUT);
    }
    return checked.rows;
}
/** The reader for the file's kind, by its extension. */
function readRowFile(absolute, file, layout, context) {
    if (/\.(ya?ml|json)$/i.test(absolute))
        return readRowDocument(absolute, file, ROWS_INPUT, context);
    if (/\.csv$/i.test(absolute))
        return readRowCsv(absolute, file, layout);
    return Promise.resolve({
        rows: [],
        problems: [
            {
                message: `the rows input matched this file, but rows are read from .yml, .yaml, .json and .csv files only; narrow the pattern or rename the file`,
                location: { file },
            },
        ],
    });
}

;// CONCATENATED MODULE: ./src/apply-control-metadata/prepare.ts
/**
 * The first phase: everything that can be checked before any Azure or database call. First the adf receipt (for
 * this environment and subscription; a planned one only in a dry run), the table and how to reach the database;
 * then the rows with the environment's overrides, the rows against the receipts, and the user's migrations. Every
 * problem of the user's files is reported at once at its file and line: the others as annotations, the first as the
 * step's error.
 */














async function prepare(inputs, context) {
    const checked = checkTarget(inputs);
    const target = { ...checked, ...(await readTableSchema(inputs, checked.table, context)) };
    const sources = await context.logger.group('Read the rows and migrations', () => readSources(inputs, target, context));
    return { ...target, ...sources };
}
/**
 * The table-schema file, when given: the user's table, adopted. Its `table` names the table unless the `table` input
 * names another (left at its default, the input gives way).
 */
async function readTableSchema(inputs, table, { logger, workspace }) {
    if (!inputs.tableSchema)
        return { layout: table_layout/* BUILTIN_LAYOUT */.ro, table };
    const file = inputs.tableSchema;
    const schema = await (0,shared_problems/* annotateProblems */.$9)(logger, () => (0,table_schema/* loadTableSchema */.yE)(file, (0,shared_files/* workspaceRelative */.Uc)(workspace, file), {
        environment: inputs.environment,
        defaultSchema: inputs.engine === 'sqlserver' ? 'dbo' : 'public',
    }));
    let chosen = table;
    if (schema.table) {
        const same = `${schema.table.schema}.${schema.table.table}`.toLowerCase() ===
            `${table.schema}.${table.table}`.toLowerCase();
        if (!same && inputs.table !== definition/* definition */.m.inputs.table.defaultValue) {
            throw new errors/* ConfigurationError */.j1(`Input 'table' is '${inputs.table}', but the table-schema ${(0,shared_files/* workspaceRelative */.Uc)(workspace, file)} names '${schema.table.schema}.${schema.table.table}'; name the table in one place, or make them agree.`, { input: 'table' });
        }
        chosen = schema.table;
    }
    if (inputs.prune === 'disable' && !(0,table_layout/* layoutColumn */.b5)(schema.layout, 'enabled')) {
        throw new errors/* ConfigurationError */.j1(`Input 'prune' is disable, but the table-schema ${(0,shared_files/* workspaceRelative */.Uc)(workspace, file)} maps no column for 'enabled' to disable rows with; map one, or use prune none or delete.`, { input: 'prune' });
    }
    logger.info(`Adopting ${chosen.schema}.${chosen.table} as ${(0,shared_files/* workspaceRelative */.Uc)(workspace, file)} describes it (${schema.layout.columns.map((c) => `${c.field}: ${c.name}`).join(', ')}).`);
    return { layout: schema.layout, table: chosen };
}
/** The aml-receipts input: each line a receipt of deploy-aml-endpoint for this environment and subscription. */
function parseAmlReceipts(inputs) {
    const given = inputs.amlReceipts ?? [];
    return given.map((raw, index) => {
        try {
            return parseReceipt(raw, {
                kind: 'aml',
                input: 'aml-receipts',
                environment: inputs.environment,
                subscription: inputs.subscriptionId,
            });
        }
        catch (error) {
            if (!(error instanceof errors/* ConfigurationError */.j1) || given.length === 1)
                throw error;
            throw new errors/* ConfigurationError */.j1(`${error.message} (receipt ${index + 1} of ${given.length}, one per line)`, {
                input: 'aml-receipts',
                cause: error,
            });
        }
    });
}
/** The receipts the rows are held against, the table and the database access: inputs only, nothing read yet. */
function checkTarget(inputs) {
    const adfReceipt = parseReceiptInput(definition/* definition */.m.inputs.adfReceipt, inputs.adfReceipt, {
        environment: inputs.environment,
        subscription: inputs.subscriptionId,
    });
    const amlReceipts = routeReceipts(adfReceipt, parseAmlReceipts(inputs));
    if (adfReceipt.planned && !inputs.dryRun) {
        throw new errors/* ConfigurationError */.j1("Input 'adf-receipt' holds the receipt of a dry run of deploy-adf-pipelines: its pipelines are planned, not deployed. Only a dry run (dry-run: true) can plan with it; run deploy-adf-pipelines without dry-run first to apply.", { input: 'adf-receipt' });
    }
    const table = (0,model/* parseTableName */.HC)(inputs.table, inputs.engine === 'sqlserver' ? 'dbo' : 'public');
    if (!table) {
        throw new errors/* ConfigurationError */.j1(`Input 'table': '${inputs.table}' is not a table name; use letters, digits and "_" (schema.table).`, { input: 'table' });
    }
    return { adfReceipt, amlReceipts, table, access: (0,database/* resolveDatabaseAccess */.kb)(inputs) };
}
async function readSources(inputs, { adfReceipt, amlReceipts, table, layout, }, { logger, workspace, env, masker }) {
    const annotated = (check) => (0,shared_problems/* annotateProblems */.$9)(logger, check);
    let sourced = await annotated(() => readRows({
        workspace,
        patterns: inputs.rows,
        layout,
        context: {
            environment: inputs.environment,
            table,
            defaultSchema: inputs.engine === 'sqlserver' ? 'dbo' : 'public',
        },
        onOtherEnvironment: (file) => logger.info(`${file} is for another environment than '${inputs.environment}': its rows are left out.`),
    }));
    const file = inputs.overridesFile;
    let secretFields = [];
    if (file) {
        const read = sourced;
        const result = await annotated(async () => applyRowOverrides(read, await loadRowOverrides(file, (0,shared_files/* workspaceRelative */.Uc)(workspace, file), layout), {
            receipt: adfReceipt.upstream.receipt,
            env,
            layout,
        }));
        for (const secret of result.secrets)
            masker.mask(secret);
        for (const line of result.applied)
            logger.info(`Override: ${line}`);
        secretFields = result.secretFields;
        sourced = result.rows;
    }
    const routing = routeRows(sourced, adfReceipt, amlReceipts);
    if (routing.problems.length > 0) {
        await annotated(() => {
            throw new apply_control_metadata_problems/* RowsError */.g((0,shared_problems/* sortProblems */.dS)(routing.problems), 'the rows against the adf receipt', 'rows');
        });
    }
    for (const notice of routing.notices)
        logger.info(`Notice: ${notice}`);
    sourced = routing.rows;
    logger.info(`${sourced.length} rows from ${inputs.rows.join(', ')}`);
    const migrations = await (0,apply_control_metadata_migrations/* loadMigrations */.Y$)({
        workspace,
        patterns: inputs.migrations ?? [],
        engine: inputs.engine,
        variables: (0,apply_control_metadata_migrations/* withTableVariables */.M5)((0,apply_control_metadata_migrations/* tableVariables */.sT)(table, inputs.engine), (0,apply_control_metadata_migrations/* parseVariables */.rf)(inputs.variables)),
    });
    if (migrations.length > 0)
        logger.info(`Migrations: ${migrations.map((m) => m.id).join(', ')}`);
    return { rows: sourced.map((s) => s.row), migrations, liveRoutes: routing.live, secretFields };
}


/***/ }),

/***/ 32056:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ RowsError)
/* harmony export */ });
/* harmony import */ var _shared_problems_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34325);
/**
 * Problems with the rows, the overrides file or the rows against the receipt, all collected before failing (the
 * shared Problem mechanism: src/shared/problems.ts).
 */

class RowsError extends _shared_problems_js__WEBPACK_IMPORTED_MODULE_0__/* .ProblemsError */ .FQ {
    name = 'RowsError';
    /**
     * @param source what the problems are in, for the message: `the rows`, `the overrides file overrides/dev.yml`.
     * @param input the action input at fault.
     */
    constructor(problems, source, input) {
        super(`${(0,_shared_problems_js__WEBPACK_IMPORTED_MODULE_0__/* .countProblems */ ._k)(problems)} in ${source}`, problems, input);
    }
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


/***/ })

};
