export const id = 655;
export const ids = [655];
export const modules = {

/***/ 6867:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tc: () => (/* binding */ sortFindings),
/* harmony export */   WJ: () => (/* binding */ verdict),
/* harmony export */   aS: () => (/* binding */ messageAfterFile)
/* harmony export */ });
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
/** Stable order for findings: errors first, then by file, line and message. */
function sortFindings(findings) {
    return [...findings].sort((a, b) => RANK[b.level] - RANK[a.level] ||
        (a.file ?? '').localeCompare(b.file ?? '') ||
        (a.line ?? 0) - (b.line ?? 0) ||
        a.message.localeCompare(b.message));
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
    if (abs >= 1)
        return String(Number(n.toFixed(3)));
    if (abs >= 0.0001)
        return String(Number(n.toPrecision(4)));
    return n.toExponential(2);
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
/**
 * Format numbers that are read together so that any two that differ print differently. Each
 * number keeps its compact form unless it collides with a different number's, in which case the
 * colliding ones get the fewest significant digits (up to 12) that separate them.
 */
function fmtAll(ns) {
    const out = ns.map(fmt);
    const finite = (n) => typeof n === 'number' && Number.isFinite(n);
    for (let i = 0; i < ns.length; i++) {
        for (let j = i + 1; j < ns.length; j++) {
            const a = ns[i];
            const b = ns[j];
            if (!finite(a) || !finite(b) || same(a, b) || out[i] !== out[j])
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


/***/ }),

/***/ 5655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderText: () => (/* binding */ renderText)
/* harmony export */ });
/* harmony import */ var _numbers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5616);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6867);
/** Plain-text rendering for terminals (`mlgate check --format text`). */


const MARK = { pass: 'PASS', fail: 'FAIL', warn: 'WARN', skip: 'SKIP', waived: 'WAIV' };
function show(v, ci, text) {
    if (v === null || v === undefined)
        return '-';
    if (typeof v !== 'number')
        return String(v);
    return ci ? `${text ?? (0,_numbers_js__WEBPACK_IMPORTED_MODULE_1__/* .fmt */ .Sc)(v)} [${(0,_numbers_js__WEBPACK_IMPORTED_MODULE_1__/* .fmt */ .Sc)(ci[0])}, ${(0,_numbers_js__WEBPACK_IMPORTED_MODULE_1__/* .fmt */ .Sc)(ci[1])}]` : (text ?? (0,_numbers_js__WEBPACK_IMPORTED_MODULE_1__/* .fmt */ .Sc)(v));
}
/** The report as plain text: verdict, policy changes, then per model its gates and metric diff. */
function renderText(report) {
    const out = [];
    const { errors, warnings } = report.counts;
    out.push(`mlgate: ${report.passed ? 'PASSED' : 'FAILED'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'})`);
    const head = report.pr.head ? report.pr.head.slice(0, 7) : (report.pr.headLabel ?? null);
    const base = report.pr.base ? report.pr.base.slice(0, 7) : null;
    if (head || base)
        out.push(`compared: ${base ?? '(no base)'} -> ${head ?? '(head)'}`);
    out.push(`gates from: ${report.config.source === 'base' ? 'base branch' : 'this PR'}`);
    if (report.config.note)
        out.push(`note: ${report.config.note}`);
    if (report.policyChanges.length > 0) {
        out.push('', 'policy changes (effective after merge):');
        for (const c of report.policyChanges) {
            out.push(`  ${c.flagged ? '!' : ' '} ${c.model} ${c.metric}: ${c.kind} (${c.before ?? '-'} -> ${c.after ?? '-'})`);
        }
    }
    for (const model of report.models) {
        out.push('', `model ${model.name}${model.state === 'new' ? ' (new)' : ''}`);
        for (const note of model.notes)
            out.push(`  note: ${note}`);
        for (const g of model.gates)
            out.push(`  ${MARK[g.status]}  ${g.name ? `${g.name}: ` : ''}${g.message}`);
        if (model.metrics.length > 0) {
            const production = model.diffBase?.kind === 'production' ? model.diffBase.file : null;
            out.push(production
                ? `  metric diff (production ${production} -> head; the values vs production gates compare with):`
                : '  metric diff (base -> head):');
            const withPath = (model.metricsFiles?.length ?? 0) > 1;
            for (const r of model.metrics) {
                const change = r.change === null ? '' : ` (${r.change > 0 ? '+' : ''}${(0,_numbers_js__WEBPACK_IMPORTED_MODULE_1__/* .fmt */ .Sc)(r.change)})`;
                const baseline = r.baseline === undefined || r.baseline === null ? '' : `; baseline ${show(r.baseline)}`;
                const [b, h] = typeof r.base === 'number' && typeof r.head === 'number'
                    ? (0,_numbers_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtPair */ .oP)(r.base, r.head)
                    : [undefined, undefined];
                out.push(`    ${withPath && r.path ? `${r.path}:` : ''}${r.metric}: ${show(r.base, r.baseCi, b)} -> ${show(r.head, r.headCi, h)}${change}${baseline}`);
            }
        }
    }
    for (const model of report.models) {
        const l = model.ledger;
        // As in the comment: when metrics moved and the ledger has no new entry, the entry to paste.
        if (l && l.added.length === 0 && l.metricsChanged && l.suggested) {
            out.push('', `suggested ledger entry for ${model.name} (append to ${l.file}):`);
            out.push(...l.suggested
                .trimEnd()
                .split('\n')
                .map((line) => `  ${line}`));
        }
    }
    if (report.checklist) {
        const c = report.checklist.counts;
        out.push('', `checklist: ${c.evidence} by evidence, ${c.attested} attested, ${c.waived} waived, ${c.missing} missing`);
        const mark = { evidence: 'OK  ', attested: 'ATT ', waived: 'N/A ', missing: 'MISS' };
        for (const item of report.checklist.items) {
            out.push(`  ${mark[item.status]} ${item.id}${item.required ? ' (required)' : ''}: ${item.detail}`);
        }
    }
    // Gate failures and checklist items are printed above as rows: never print a row twice.
    const shown = new Set();
    const rest = report.findings.filter((f) => {
        if (f.check === 'gate' || (f.check === 'checklist' && report.checklist))
            return false;
        const key = `${f.level} ${f.file ?? ''}:${f.line ?? ''} ${f.message}`;
        if (shown.has(key))
            return false;
        shown.add(key);
        return true;
    });
    if (rest.length > 0) {
        out.push('', 'findings:');
        for (const f of rest)
            out.push(`  ${f.level}: ${f.file ? `${f.file}${f.line ? `:${f.line}` : ''}: ` : ''}${(0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .messageAfterFile */ .aS)(f)}`);
    }
    return out.join('\n') + '\n';
}


/***/ })

};
