export const id = 89;
export const ids = [89];
export const modules = {

/***/ 5337:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ic: () => (/* binding */ schemaProblems),
/* harmony export */   kp: () => (/* binding */ closest),
/* harmony export */   ox: () => (/* binding */ pointerToPath)
/* harmony export */ });
/* harmony import */ var _data_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9177);

/** An ajv `instancePath` (JSON Pointer) as data path segments; numeric segments become indexes. */
function pointerToPath(pointer) {
    if (!pointer)
        return [];
    return pointer
        .split('/')
        .slice(1)
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}
/** One problem per distinct error, described in the user's words. */
function schemaProblems(errors) {
    const seen = new Set();
    const out = [];
    for (const e of errors ?? []) {
        // `anyOf` repeats its branches' errors; the summary below says it once.
        if (e.schemaPath.includes('/anyOf/'))
            continue;
        const path = pointerToPath(e.instancePath);
        const where = (0,_data_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPath */ .jV)(path);
        let message;
        let at = path;
        switch (e.keyword) {
            case 'additionalProperties': {
                const key = String(e.params.additionalProperty);
                at = [...path, key];
                message = `${where}: unknown key "${key}"`;
                break;
            }
            case 'required':
                message = `${where}: missing required key "${String(e.params.missingProperty)}"`;
                break;
            case 'enum':
                message = `${where}: expected one of ${e.params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
                break;
            case 'const':
                message = `${where}: expected ${JSON.stringify(e.params.allowedValue)}`;
                break;
            case 'type':
                message = `${where}: expected ${String(e.params.type)}`;
                break;
            case 'anyOf':
                message = `${where}: expected at least one threshold (max, min or max_ratio_vs_control)`;
                break;
            default:
                message = `${where}: ${e.message ?? 'invalid'}`;
        }
        const key = `${(0,_data_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPath */ .jV)(at)}|${message}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        out.push({ path: at, message });
    }
    return out;
}
/**
 * The known key nearest to a typo: a case-insensitive match, else the closest by edit distance
 * when it is close enough to be a typo (at most 2 edits, or a third of the word's length).
 */
function closest(word, options) {
    const limit = Math.max(2, Math.floor(word.length / 3));
    const lower = word.toLowerCase();
    let best;
    let bestD = limit + 1;
    for (const o of options) {
        // The lengths alone bound the distance from below: most of 100,000 names are never compared.
        if (Math.abs(o.length - word.length) >= bestD)
            continue;
        const d = distance(lower, o.toLowerCase(), bestD - 1);
        if (d < bestD)
            [best, bestD] = [o, d];
    }
    return best;
}
/** Levenshtein distance, or `max + 1` as soon as it is known to exceed `max`. */
function distance(a, b, max) {
    if (a === b)
        return 0;
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let prev = row[0];
        row[0] = i;
        let rowMin = row[0];
        for (let j = 1; j <= b.length; j++) {
            const tmp = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
            prev = tmp;
            if (row[j] < rowMin)
                rowMin = row[j];
        }
        if (rowMin > max)
            return max + 1;
    }
    return row[b.length];
}


/***/ }),

/***/ 5395:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ byCodeUnit)
/* harmony export */ });
/**
 * Code-unit order for names, paths and messages: the same on every machine, unlike localeCompare
 * (which follows the runner's locale, and whose first call loads ICU's collator at start-up).
 */
const byCodeUnit = (a, b) => (a < b ? -1 : a > b ? 1 : 0);


/***/ }),

/***/ 8516:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ fieldsKey),
/* harmony export */   t: () => (/* binding */ textKey)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Map and Set keys for text read from a report. V8 hashes a string longer than 16,383 characters
 * by its length alone, so a Map keyed by many such strings of one length (a forged report's
 * model names or messages) keeps them in one bucket and compares whole strings on every lookup:
 * quadratic. Long text is keyed by its SHA-256 (of the UTF-16 code units, so no two strings
 * share a key) instead.
 */

/** Longest text used as its own key; V8 hashes up to 16,383 characters. */
const LONG = 1024;
/** A short key that is equal for two texts exactly when the texts are equal. */
function textKey(text) {
    if (text.length <= LONG)
        return `=${text}`;
    return `#${text.length}:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text, 'utf16le').digest('base64')}`;
}
/** One key for several fields (`JSON.stringify` keeps them apart), short however long they are. */
function fieldsKey(fields) {
    return textKey(JSON.stringify(fields));
}


/***/ }),

/***/ 3278:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mergeReports: () => (/* binding */ mergeReports)
/* harmony export */ });
/* harmony import */ var _checks_checklist_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7773);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7242);
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8516);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6867);
/**
 * Fan-in (SPEC §11): N matrix jobs' reports → one report, one verdict. Pure.
 *
 * Models travel with their report verbatim (each model's section, ledger included, is evaluated in
 * the job that checked it). PR-level parts are not taken from any one job: findings that every job
 * reports alike (config, policy, base resolution) are kept once, and the review checklist is
 * evaluated once here, over all models, from the inputs each job recorded (`checklist.basis`).
 * Fails closed: a malformed report, two reports for one model, reports for different commits, or a
 * model in force that no report covers is an error finding naming the report file.
 */




const problem = (message) => ({ level: 'error', check: 'merge', message });
const list = (xs) => xs.map((x) => `"${x}"`).join(', ');
/** Findings every job reports alike are one fact: keep each finding as often as the report that has it most. */
function unionFindings(groups) {
    const best = new Map();
    for (const group of groups) {
        const counts = new Map();
        for (const f of group) {
            const key = (0,_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .fieldsKey */ .R)([
                f.level,
                f.check,
                f.model,
                f.file,
                f.line,
                f.rule,
                f.target,
                f.status,
                f.message,
            ]);
            const c = counts.get(key);
            if (c)
                c.count++;
            else
                counts.set(key, { finding: f, count: 1 });
        }
        for (const [key, c] of counts) {
            const b = best.get(key);
            if (!b || b.count < c.count)
                best.set(key, c);
        }
    }
    return [...best.values()].flatMap(({ finding, count }) => Array(count).fill(finding));
}
/** The files whose value of `pick` differs, as `a.json: x; b.json: y`, or null when all agree. */
function disagreement(reports, pick) {
    const values = new Set(reports.map((r) => (0,_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .textKey */ .t)(pick(r.report))));
    if (values.size <= 1)
        return null;
    return reports.map((r) => `${r.file}: ${pick(r.report)}`).join('; ');
}
/** Merge the matrix jobs' reports into one. Never throws: every problem is a `merge` finding. */
function mergeReports(inputs, opts) {
    const problems = [];
    const ok = [];
    for (const input of inputs) {
        if ('error' in input)
            problems.push(problem(`${input.file}: ${input.error}`));
        else
            ok.push(input);
    }
    if (inputs.length === 0)
        problems.push(problem('no report to merge: expected the report JSON of each matrix job'));
    const sha = (s) => (s ? s.slice(0, 7) : 'none');
    const heads = disagreement(ok, (r) => sha(r.pr.head));
    if (heads)
        problems.push(problem(`the reports are for different head commits (${heads}); re-run the matrix on one commit`));
    const bases = disagreement(ok, (r) => sha(r.pr.base));
    if (bases)
        problems.push(problem(`the reports compare with different base commits (${bases})`));
    const prs = disagreement(ok, (r) => String(r.pr.number ?? 'none'));
    if (prs)
        problems.push(problem(`the reports are for different pull requests (${prs})`));
    // Which models must be present: the input, else the models in force the reports agree on.
    const scoped = ok.filter((r) => r.report.scope);
    let expected = opts.expected && opts.expected.length > 0 ? [...opts.expected] : null;
    if (!expected && scoped.length > 0) {
        const inForce = disagreement(scoped, (r) => (r.scope?.models ?? []).join(', '));
        if (inForce)
            problems.push(problem(`the reports disagree on the models in force (${inForce})`));
        expected = scoped[0].report.scope.models;
    }
    // Keyed by textKey: model names come from artifacts and can be long (see keys.ts).
    const byName = new Map();
    for (const { file, report } of ok) {
        for (const m of report.models) {
            const first = byName.get((0,_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .textKey */ .t)(m.name));
            if (first !== undefined) {
                problems.push(problem(`model "${m.name}" is in two reports: ${first.file} and ${file}; each model must be checked by exactly one matrix job`));
                continue;
            }
            byName.set((0,_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .textKey */ .t)(m.name), { model: m, file });
        }
    }
    const order = expected ?? [...byName.values()].map((o) => o.model.name);
    const ordered = new Set(order.map(_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .textKey */ .t));
    const missing = order.filter((n) => !byName.has((0,_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .textKey */ .t)(n)));
    if (missing.length > 0)
        problems.push(problem(`no report covers model${missing.length === 1 ? '' : 's'} ${list(missing)} (reports read: ${ok.map((r) => r.file).join(', ') || 'none'}); did its matrix job fail before uploading its report?`));
    const extra = [...byName].filter(([key]) => !ordered.has(key)).map(([, o]) => o.model.name);
    if (expected && extra.length > 0)
        problems.push(problem(`the reports cover model${extra.length === 1 ? '' : 's'} ${list(extra)} that ${extra.length === 1 ? 'is' : 'are'} not expected (expected: ${list(expected)})`));
    const models = [...order, ...extra].flatMap((n) => byName.get((0,_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .textKey */ .t)(n))?.model ?? []);
    // PR-level: the checklist once, over every model; the jobs' own checklist verdicts are dropped.
    const perJob = ok.map((r) => r.report.findings.filter((f) => f.check !== 'checklist' && f.check !== 'comment'));
    const basis = ok.map((r) => r.report.checklist?.basis).find((b) => !!b);
    let checklist;
    if (basis) {
        const names = new Set(models.map((m) => (0,_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .textKey */ .t)(m.name)));
        const evidence = new Map();
        for (const r of ok)
            for (const e of r.report.checklist?.basis?.evidence ?? []) {
                const key = (0,_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .textKey */ .t)(e.model);
                if (names.has(key) && !evidence.has(key))
                    evidence.set(key, e);
            }
        const merged = (0,_checks_checklist_js__WEBPACK_IMPORTED_MODULE_0__/* .checklistFromBasis */ .Bv)({
            ...basis,
            evidence: models.flatMap((m) => evidence.get((0,_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .textKey */ .t)(m.name)) ?? []),
        });
        checklist = merged.section;
        perJob.push(merged.findings);
    }
    const policy = new Map();
    for (const r of ok)
        for (const c of r.report.policyChanges)
            policy.set((0,_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .fieldsKey */ .R)([c]), c);
    const findings = (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .sortFindings */ .Tc)([...unionFindings(perJob), ...problems]);
    const first = ok[0]?.report;
    const runUrl = opts.runUrl ?? first?.run?.url;
    return {
        version: 1,
        ...(0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .verdict */ .WJ)(findings, opts.failOn),
        failOn: opts.failOn,
        pr: first?.pr ?? { number: null, base: null, head: null },
        config: first?.config ?? { file: '.mlgate.yml', source: 'base' },
        policyChanges: [...policy.values()],
        scope: { models: order },
        models,
        ...(checklist ? { checklist } : {}),
        ...(first?.waivers ? { waivers: first.waivers } : {}),
        findings,
        merged: {
            reports: inputs.map((i) => ({
                file: i.file,
                models: 'report' in i ? i.report.models.map((m) => m.name) : [],
            })),
        },
        tool: { name: 'mlgate', version: _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .VERSION */ .xv },
        ...(runUrl ? { run: { url: runUrl } } : {}),
    };
}


/***/ }),

/***/ 6867:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G9: () => (/* binding */ TURN_ON),
/* harmony export */   Tc: () => (/* binding */ sortFindings),
/* harmony export */   WJ: () => (/* binding */ verdict),
/* harmony export */   aS: () => (/* binding */ messageAfterFile)
/* harmony export */ });
/* unused harmony export addFindings */
/* harmony import */ var _order_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5395);

/** How to turn each on, in one line (text and comment). */
const TURN_ON = {
    manifest: 'add `manifest: <path of model.yaml>` to the model to check what the artifact is, how it is served and watched (`mlgate init` writes a template)',
    ledger: 'add `ledger: <path of LEDGER.md>` to the model to keep one entry per iteration, with the measured metric movement suggested (`mlgate init` writes a template)',
};
const RANK = { error: 2, warning: 1, notice: 0 };
/** Counts and the verdict: `passed` is false exactly when a finding at or above `failOn` exists. */
function verdict(findings, failOn) {
    const counts = { errors: 0, warnings: 0, notices: 0, waived: 0 };
    for (const f of findings) {
        if (f.status === 'waived')
            counts.waived++;
        else if (f.level === 'error')
            counts.errors++;
        else if (f.level === 'warning')
            counts.warnings++;
        else
            counts.notices++;
    }
    const floor = failOn === 'never' ? Infinity : RANK[failOn === 'warning' ? 'warning' : 'error'];
    const passed = !findings.some((f) => f.status !== 'waived' && RANK[f.level] >= floor);
    return { passed, counts };
}
/**
 * A finding's message for a line that already shows its file: many messages start with the file
 * (`data/x.yaml: not found at commit 1a2b3c4`) so they read well alone, in annotations and the JSON.
 */
function messageAfterFile(f) {
    return f.file && f.message.startsWith(`${f.file}: `)
        ? f.message.slice(f.file.length + 2)
        : f.message;
}
const byRank = (a, b) => RANK[b.level] - RANK[a.level] ||
    (0,_order_js__WEBPACK_IMPORTED_MODULE_0__/* .byCodeUnit */ .X)(a.file ?? '', b.file ?? '') ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (0,_order_js__WEBPACK_IMPORTED_MODULE_0__/* .byCodeUnit */ .X)(a.message, b.message);
/** Stable order for findings: errors first, then by file, line and message. */
function sortFindings(findings) {
    return [...findings].sort(byRank);
}
/**
 * `findings` (already in order) with `extra` sorted in: one merge, not a new sort of the whole
 * list (a forged report can hold hundreds of thousands of findings; sorting them again for each
 * finding added after the pipeline took seconds).
 */
function addFindings(findings, extra) {
    const add = [...extra].sort(byRank);
    const out = [];
    let j = 0;
    for (const f of findings) {
        while (j < add.length && byRank(add[j], f) < 0)
            out.push(add[j++]);
        out.push(f);
    }
    while (j < add.length)
        out.push(add[j++]);
    return out;
}


/***/ }),

/***/ 5616:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sc: () => (/* binding */ fmt),
/* harmony export */   lP: () => (/* binding */ fmtAll),
/* harmony export */   oP: () => (/* binding */ fmtPair)
/* harmony export */ });
/**
 * The one precision policy for numbers mlgate prints (gate messages, gates table, metric diff,
 * suggested ledger entry, text output):
 *
 * - A number alone is compact: integers as they are, at most 4 significant digits below 1, 3
 *   decimals from 1 to 1000, 1 decimal from 1000, and an exponent below 0.0001.
 * - Numbers shown side by side (a value and its threshold, base and head, a drop and the allowed
 *   drop) get as many more significant digits as it takes for two different numbers to print
 *   differently: `0.849996 < min 0.85`, never `0.85 < min 0.85`. Equal numbers print equal, and so
 *   do numbers that agree to 12 significant digits (floating-point noise).
 *
 * Pure: checks import it to word their messages; renderers to fill their cells.
 */
/** Compact formatting of one number; `-` for none. */
function fmt(n) {
    if (n === null || n === undefined)
        return '-';
    if (Number.isNaN(n))
        return 'NaN';
    if (!Number.isFinite(n))
        return n > 0 ? '+Infinity' : '-Infinity';
    if (Number.isInteger(n))
        return String(n);
    const abs = Math.abs(n);
    if (abs >= 1000)
        return n.toFixed(1);
    // Both are plain decimals here; dropping their trailing zeros is what a round trip through
    // Number would print, at a third of the cost (a wildcard gate formats 100,000 values).
    if (abs >= 1)
        return trimZeros(n.toFixed(3));
    if (abs >= 0.0001)
        return trimZeros(n.toPrecision(4));
    return n.toExponential(2);
}
/** `0.6900` → `0.69`, `2.000` → `2`: trailing zeros after a decimal point, and a bare point. */
function trimZeros(decimal) {
    if (!decimal.includes('.'))
        return decimal;
    let end = decimal.length;
    while (decimal.charCodeAt(end - 1) === 0x30)
        end--;
    if (decimal.charCodeAt(end - 1) === 0x2e)
        end--;
    return decimal.slice(0, end);
}
/** `n` with `digits` significant digits, trailing zeros dropped (plain notation where it reads). */
function withDigits(n, digits) {
    const abs = Math.abs(n);
    if (abs !== 0 && (abs < 0.0001 || abs >= 1e15))
        return n.toExponential(digits - 1);
    return String(Number(n.toPrecision(digits)));
}
/**
 * Binary floating-point noise (0.831 − 0.826 = 0.005000000000000004) is not a difference: numbers
 * that agree to 12 significant digits are the same number for printing.
 */
const NOISE_DIGITS = 12;
const same = (a, b) => a === b || a.toPrecision(NOISE_DIGITS) === b.toPrecision(NOISE_DIGITS);
const finite = (n) => typeof n === 'number' && Number.isFinite(n);
/**
 * Format numbers that are read together so that any two that differ print differently. Each
 * number keeps its compact form unless it collides with a different number's, in which case the
 * colliding ones get the fewest significant digits (up to 12) that separate them.
 */
function fmtAll(ns) {
    const out = ns.map(fmt);
    for (let i = 0; i < ns.length; i++) {
        for (let j = i + 1; j < ns.length; j++) {
            const a = ns[i];
            const b = ns[j];
            // Cheapest test first: most pairs already print differently.
            if (out[i] !== out[j] || !finite(a) || !finite(b) || same(a, b))
                continue;
            for (let digits = 5; digits <= NOISE_DIGITS; digits++) {
                const [x, y] = [withDigits(a, digits), withDigits(b, digits)];
                if (x !== y) {
                    out[i] = x;
                    out[j] = y;
                    break;
                }
            }
        }
    }
    return out;
}
/** Two numbers read together (value and threshold, base and head): see `fmtAll`. */
function fmtPair(a, b) {
    const [x, y] = fmtAll([a, b]);
    return [x, y];
}


/***/ })

};
