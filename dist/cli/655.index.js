export const id = 655;
export const ids = [655];
export const modules = {

/***/ 4031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MZ: () => (/* binding */ codeCell),
/* harmony export */   OF: () => (/* binding */ fenced),
/* harmony export */   X1: () => (/* binding */ escapeText),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   kq: () => (/* binding */ escapeCell)
/* harmony export */ });
/* unused harmony export neutralise */
/**
 * Escaping of user-supplied text in the comment: metric names, contract text, PR body, ledger.
 * HTML is neutralised, `@mentions` are broken so the bot never pings anyone, and table cells
 * cannot break out of their row.
 */
const HTML = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
/**
 * Bidirectional overrides and isolates, and zero-width characters: from file content they can
 * reorder or hide text in the comment (Trojan Source, CVE-2021-42574). Shown as `<U+202E>`-style
 * text instead, everywhere text is escaped (code spans and fences included).
 */
const INVISIBLE = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
/** Make bidi controls and zero-width characters visible (`⟨U+202E⟩`). */
function neutralise(text) {
    return text.replace(INVISIBLE, (c) => `⟨U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}⟩`);
}
/**
 * Escape text for inline markdown: HTML entities, mentions, and markdown control characters that
 * could inject links or images. A `code span` (a pair of single backticks on one line, as the
 * messages of mlgate's own checks write names) stays a code span, through `code()`, instead of
 * showing as \`escaped\` backticks.
 */
function escapeText(text) {
    const s = neutralise(String(text));
    let out = '';
    let last = 0;
    for (const m of s.matchAll(/`([^`\r\n]+)`/g)) {
        out += plain(s.slice(last, m.index)) + code(m[1]);
        last = m.index + m[0].length;
    }
    return out + plain(s.slice(last));
}
function plain(text) {
    return text
        .replace(/[&<>"]/g, (c) => HTML[c])
        .replace(/@(?=[A-Za-z0-9_-])/g, '@\u200b')
        .replace(/([\\`*_[\]!#~])/g, '\\$1')
        .replace(/\r?\n|\r/g, ' ');
}
/** Escape text for a table cell: as inline text, plus `|`. */
function escapeCell(text) {
    return escapeText(text).replace(/\|/g, '\\|');
}
/** Inline code that cannot be broken out of (backticks in the text lengthen the fence). */
function code(text) {
    const s = neutralise(String(text))
        .replace(/\r?\n|\r/g, ' ')
        .replace(/@(?=[A-Za-z0-9_-])/g, '@\u200b');
    const longest = longestRun(s, 0);
    const fence = '`'.repeat(longest + 1);
    const pad = s.startsWith('`') || s.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${s}${pad}${fence}`;
}
/** Inline code for a table cell: `|` must be escaped even inside backticks on GitHub. */
function codeCell(text) {
    return code(text).replace(/\|/g, '\\|');
}
/** A fenced block whose fence is longer than any backtick run inside, with mentions broken. */
function fenced(text, lang = '') {
    const s = neutralise(String(text)).replace(/@(?=[A-Za-z0-9_-])/g, '@\u200b');
    const longest = longestRun(s, 2);
    const fence = '`'.repeat(longest + 1);
    return `${fence}${lang}\n${s.replace(/\n$/, '')}\n${fence}`;
}
/**
 * Longest run of backticks (at least `min`), in a loop: spreading every run into `Math.max`
 * overflows the stack on a hostile text with a few hundred thousand runs.
 */
function longestRun(s, min) {
    let longest = min;
    for (const m of s.matchAll(/`+/g))
        if (m[0].length > longest)
            longest = m[0].length;
    return longest;
}


/***/ }),

/***/ 9334:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $M: () => (/* binding */ LEVEL_ICON),
/* harmony export */   QQ: () => (/* binding */ findingList),
/* harmony export */   mC: () => (/* binding */ findingLine)
/* harmony export */ });
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4031);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6867);


const LEVEL_ICON = {
    error: '❌',
    warning: '⚠️',
    notice: 'ℹ️',
};
/** A finding as one markdown list item: icon, location, message. */
function findingLine(f) {
    const where = f.file ? ` ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(`${f.file}${f.line ? `:${f.line}` : ''}`)}` : '';
    const icon = f.status === 'waived' ? '🟡' : LEVEL_ICON[f.level];
    const waived = f.waiver
        ? ` _(waived by ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)(`@${f.waiver.by}: ${f.waiver.reason}`)})_`
        : '';
    return `- ${icon}${where} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)(f.file ? (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .messageAfterFile */ .aS)(f) : f.message)}${waived}`;
}
/** Findings in the given order as a list of at most `maxRows` items, saying how many were left out. */
function findingList(findings, maxRows) {
    if (findings.length === 0)
        return null;
    const shown = findings.slice(0, maxRows);
    const lines = shown.map(findingLine);
    if (findings.length > shown.length)
        lines.push(`- … and ${findings.length - shown.length} more in the job summary`);
    return lines.join('\n');
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
/** Stable order for findings: errors first, then by file, line and message. */
function sortFindings(findings) {
    return [...findings].sort((a, b) => RANK[b.level] - RANK[a.level] ||
        (a.file ?? '').localeCompare(b.file ?? '') ||
        (a.line ?? 0) - (b.line ?? 0) ||
        a.message.localeCompare(b.message));
}


/***/ }),

/***/ 7994:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ clip),
/* harmony export */   MT: () => (/* binding */ verdictLine),
/* harmony export */   hY: () => (/* binding */ renderAttention),
/* harmony export */   l: () => (/* binding */ gateWhere),
/* harmony export */   sd: () => (/* binding */ modelSummaryLine)
/* harmony export */ });
/* unused harmony exports blocks, remedy, headlineMetric */
/* harmony import */ var _checks_gates_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3041);
/* harmony import */ var _numbers_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5616);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4031);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9334);
/**
 * The top of the comment, what a reviewer reads in ten seconds: the verdict, what blocks (each item
 * with its one fact and what to do), and one line per model. Everything else goes in a fold below.
 */




const plural = (n, w) => `${n} ${w}${n === 1 ? '' : 's'}`;
/** `## ✅ mlgate: ready to promote` and the counts line below it (SPEC §8: first lines). */
function verdictLine(report) {
    const { errors, warnings } = report.counts;
    const gates = report.models.flatMap((m) => m.gates);
    const passedGates = gates.filter((g) => g.status === 'pass').length;
    const skipped = gates.filter((g) => g.status === 'skip').length;
    const models = report.models.length > 1 ? `${report.models.length} models · ` : '';
    const waived = report.counts.waived ? ` · ${report.counts.waived} waived` : '';
    const tail = `${models}${passedGates}/${gates.length} gates passed${skipped ? ` (${skipped} skipped)` : ''} · ${plural(errors, 'error')} · ${plural(warnings, 'warning')}${waived}`;
    if (!report.passed)
        return `## ❌ mlgate: promotion blocked\n${tail}${blockedBy(report)}`;
    if (errors > 0 || warnings > 0)
        return `## ⚠️ mlgate: passed with findings\n${tail}`;
    return `## ✅ mlgate: ready to promote\n${tail}`;
}
const BLOCKER_NOUN = {
    gate: ['failing gate', 'failing gates'],
    checklist: ['checklist item', 'checklist items'],
    config: ['config problem', 'config problems'],
};
/** Whether a finding blocks the merge under the report's `fail-on`. */
function blocks(report, f) {
    return (f.status !== 'waived' &&
        (f.level === 'error' || (report.failOn === 'warning' && f.level === 'warning')));
}
/**
 * ` · blocked by 1 failing gate, 2 ledger findings`: what to fix, so a reviewer need not scroll to
 * learn why the merge is blocked — above all when only warnings block (`fail-on: warning`).
 */
function blockedBy(report) {
    const blocking = report.findings.filter((f) => blocks(report, f));
    const byCheck = new Map();
    for (const f of blocking)
        byCheck.set(f.check, (byCheck.get(f.check) ?? 0) + 1);
    const parts = [...byCheck]
        .sort(([a], [b]) => (a === 'gate' ? -1 : b === 'gate' ? 1 : a.localeCompare(b)))
        .map(([check, n]) => {
        const [one, many] = BLOCKER_NOUN[check] ?? [
            `${check} finding`,
            `${check} findings`,
        ];
        return `${n} ${n === 1 ? one : many}`;
    });
    const onWarnings = report.failOn === 'warning' && blocking.some((f) => f.level === 'warning')
        ? ' (`fail-on: warning`: warnings block too)'
        : '';
    // Failed gates alone are listed right below the verdict; saying it twice is noise.
    if (parts.length === 0 || (byCheck.size === 1 && byCheck.has('gate') && !onWarnings))
        return '';
    return ` · blocked by ${parts.join(', ')}${onWarnings}`;
}
/** Longest user-supplied text printed in one place; longer text is cut with an ellipsis. */
const CLIP = 300;
function clip(text) {
    return text.length > CLIP ? `${text.slice(0, CLIP - 1)}…` : text;
}
/**
 * What it takes for a failing gate to pass, from the row's own numbers: `needs +0.07 to reach
 * 0.82`. A gate that could not be evaluated (missing metric or reference) says how to proceed.
 */
function remedy(g) {
    const v = g.value;
    const t = g.threshold;
    const r = g.reference;
    if (v === null || t === null)
        return 'provide the value, or set `required: false` on the gate to skip it';
    const to = (target) => {
        const d = target - v;
        return `needs ${d >= 0 ? '+' : '−'}${(0,_numbers_js__WEBPACK_IMPORTED_MODULE_3__/* .fmt */ .Sc)(Math.abs(d))} to reach ${(0,_numbers_js__WEBPACK_IMPORTED_MODULE_3__/* .fmt */ .Sc)(target)}`;
    };
    switch (g.thresholdKind) {
        case 'min':
        case 'max':
            return to(t);
        case 'max_drop':
        case 'max_drop_pct': {
            if (r === null)
                break;
            const allowed = g.thresholdKind === 'max_drop' ? t : (t / 100) * Math.abs(r);
            return to(v < r ? r - allowed : r + allowed);
        }
        case 'min_gain':
        case 'min_gain_pct':
            if (r === null)
                break;
            return `needs a gain of at least ${(0,_numbers_js__WEBPACK_IMPORTED_MODULE_3__/* .fmt */ .Sc)(t)}${g.thresholdKind === 'min_gain_pct' ? '%' : ''} over ${(0,_numbers_js__WEBPACK_IMPORTED_MODULE_3__/* .fmt */ .Sc)(r)}`;
    }
    return 'see the gates table';
}
/**
 * Where a failing gate's value came from and which gate (config line) asked: `{ value:
 * 'm.json:2', gate: '.mlgate.yml:9' }`. A gate with no value has no value location; its message
 * names the file and revision it looked in.
 */
function gateWhere(report, model, g) {
    const configFile = report.config.file;
    if (g.configLine !== undefined) {
        return {
            ...(g.path && g.value !== null ? { value: `${g.path}${g.line ? `:${g.line}` : ''}` } : {}),
            gate: `${configFile}:${g.configLine}`,
        };
    }
    // A report without gate lines: the gate's finding carries its file:line; gates failing with
    // the same words pair in order.
    const rank = model.gates
        .filter((o) => o.status === g.status && o.message === g.message)
        .indexOf(g);
    const f = report.findings
        .filter((x) => x.check === 'gate' && x.model === model.name && (0,_checks_gates_js__WEBPACK_IMPORTED_MODULE_0__/* .isGateMessage */ .vz)(x.message, g.message))
        .sort((a, b) => (a.line ?? 0) - (b.line ?? 0))[rank];
    if (!f?.file)
        return {};
    const at = `${f.file}${f.line ? `:${f.line}` : ''}`;
    if (f.file === configFile)
        return { gate: at };
    const gate = /\(gate at ([^)]+)\)$/.exec(f.message)?.[1];
    return { value: at, ...(gate ? { gate } : {}) };
}
function gateItem(report, model, g) {
    const multi = report.models.length > 1;
    // Two gates on one metric can fail with the same words ("auc is missing"): name the reference.
    const vs = g.vs && !g.message.includes(g.vs) ? `vs ${g.vs}: ` : '';
    const at = gateWhere(report, model, g);
    const where = `${at.value ? ` · ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(at.value)}` : ''}${at.gate ? ` · gate ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(at.gate)}` : ''}`;
    const who = multi ? `**${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(model.name)}**: ` : '';
    const name = g.name ? `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(clip(g.name))}: ` : '';
    return `- ${g.status === 'fail' ? '❌' : '⚠️'} ${who}${name}${vs}${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(clip(g.message))}${where} → ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(remedy(g))}`;
}
/**
 * What blocks, then what warns, before anything else: failing gates (each with its value,
 * threshold, reference, file:line and what it takes to pass), then other blocking findings, then
 * warnings. Null when there is nothing to say.
 */
function renderAttention(report, maxRows) {
    const parts = [];
    const gates = (status) => report.models.flatMap((m) => m.gates.filter((g) => g.status === status).map((g) => ({ m, g })));
    // Cap before rendering: a report can hold thousands of failing gates.
    const capped = (items, line, noun) => items.length > maxRows
        ? [...items.slice(0, maxRows).map(line), `- … and ${items.length - maxRows} more ${noun}`]
        : items.map(line);
    const failing = gates('fail');
    if (failing.length > 0) {
        const lines = capped(failing, ({ m, g }) => gateItem(report, m, g), 'failing gates');
        const from = report.config.source === 'base'
            ? `\n\n<sub>Fix the model or its metrics: the gates in force are the base branch's ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(report.config.file)}, and a change to them in this PR applies only after merge.</sub>`
            : '';
        parts.push(`### Failing gates\n${lines.join('\n')}${from}`);
    }
    // Gate findings are the failing/warning gates above; the rest is listed by level.
    const other = report.findings.filter((f) => f.check !== 'gate');
    const blocking = other.filter((f) => blocks(report, f));
    if (blocking.length > 0)
        parts.push(`### ${failing.length > 0 ? 'Also blocking' : 'Blocking'}\n${capped(blocking, _findings_js__WEBPACK_IMPORTED_MODULE_2__/* .findingLine */ .mC, 'findings').join('\n')}`);
    const warnings = [
        ...gates('warn').map(({ m, g }) => () => gateItem(report, m, g)),
        ...other
            .filter((f) => f.level === 'warning' && !blocks(report, f))
            .map((f) => () => (0,_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .findingLine */ .mC)(f)),
    ];
    if (warnings.length > 0)
        parts.push(`### Warnings (not blocking)\n${capped(warnings, (w) => w(), 'warnings').join('\n')}`);
    return parts.length > 0 ? parts.join('\n\n') : null;
}
/**
 * The metric a reviewer looks at first: that of the first `vs: production` gate, else of the first
 * gate on a single metric, else the first changed metric.
 */
function headlineMetric(model) {
    const single = model.gates.filter((g) => !g.aggregate && !g.metric.includes('*'));
    const pick = single.find((g) => g.vs === 'production') ?? single[0];
    // A gate on `path:name` reads the row of that file (rows carry the name and path apart); the
    // line names the metric as the gate does.
    const name = pick?.path && pick.metric.startsWith(`${pick.path}:`)
        ? pick.metric.slice(pick.path.length + 1)
        : pick?.metric;
    const row = pick
        ? model.metrics.find((r) => r.metric === name && (!pick.path || !r.path || r.path === pick.path))
        : undefined;
    if (row && pick)
        return { ...row, metric: pick.metric };
    if (pick)
        return { metric: pick.metric, base: null, head: pick.value, change: null };
    return model.metrics.find((r) => typeof r.head === 'number') ?? null;
}
function movement(row) {
    const name = (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(row.metric);
    const show = (v) => typeof v === 'number' ? (0,_numbers_js__WEBPACK_IMPORTED_MODULE_3__/* .fmt */ .Sc)(v) : v === null ? '-' : (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(String(v));
    if (row.base === null || row.base === undefined)
        return `${name} ${show(row.head)}`;
    if (row.change === null && row.base === row.head)
        return `${name} ${show(row.head)} (unchanged)`;
    const change = row.change === null
        ? ''
        : ` (${row.change > 0 ? '+' : row.change < 0 ? '−' : '±'}${(0,_numbers_js__WEBPACK_IMPORTED_MODULE_3__/* .fmt */ .Sc)(Math.abs(row.change))})`;
    return `${name} ${show(row.base)} → ${show(row.head)}${change}`;
}
const SECTION_MARKS = [
    ['contract', 'contract', ['contract', 'contract-change']],
    ['rollout', 'rollout', ['rollout']],
    ['manifest', 'manifest', ['manifest']],
    ['ledger', 'ledger', ['ledger']],
];
function worstIcon(findings) {
    if (findings.some((f) => f.level === 'error'))
        return _findings_js__WEBPACK_IMPORTED_MODULE_2__/* .LEVEL_ICON */ .$M.error;
    if (findings.some((f) => f.level === 'warning'))
        return _findings_js__WEBPACK_IMPORTED_MODULE_2__/* .LEVEL_ICON */ .$M.warning;
    return '✅';
}
/**
 * One line per model: status, gates passed, the headline metric's movement, and one mark per
 * configured section (contract, rollout, manifest, ledger). `findings` are the report's (any model);
 * the line is a plain markdown paragraph, so a multi-model comment can list them one under another.
 */
function modelSummaryLine(model, findings) {
    const own = findings.filter((f) => f.model === model.name);
    const count = (s) => model.gates.filter((g) => g.status === s).length;
    const [failed, warned, skipped, passed] = [
        count('fail'),
        count('warn'),
        count('skip'),
        count('pass'),
    ];
    const icon = failed > 0 ? '❌' : warned > 0 ? '⚠️' : '✅';
    const extra = [
        failed ? `${failed} failing` : '',
        warned ? plural(warned, 'warning') : '',
        skipped ? `${skipped} skipped` : '',
    ].filter(Boolean);
    const gates = model.gates.length === 0
        ? 'no gates'
        : `${passed}/${model.gates.length} gates${extra.length ? ` (${extra.join(', ')})` : ''}`;
    const parts = [`${icon} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(model.name)}${model.state === 'new' ? ' (new)' : ''}`, gates];
    const head = headlineMetric(model);
    if (head)
        parts.push(movement(head));
    for (const [key, label, checks] of SECTION_MARKS) {
        if (!model[key])
            continue;
        parts.push(`${label} ${worstIcon(own.filter((f) => checks.includes(f.check)))}`);
    }
    return parts.join(' · ');
}


/***/ }),

/***/ 5655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderText: () => (/* binding */ renderText)
/* harmony export */ });
/* harmony import */ var _numbers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5616);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6867);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7994);
/** Plain-text rendering for terminals (`mlgate check --format text`). */



const MARK = { pass: 'PASS', fail: 'FAIL', warn: 'WARN', skip: 'SKIP', waived: 'WAIV' };
function show(v, ci, text) {
    if (v === null || v === undefined)
        return '-';
    if (typeof v !== 'number')
        return String(v);
    return ci ? `${text ?? (0,_numbers_js__WEBPACK_IMPORTED_MODULE_2__/* .fmt */ .Sc)(v)} [${(0,_numbers_js__WEBPACK_IMPORTED_MODULE_2__/* .fmt */ .Sc)(ci[0])}, ${(0,_numbers_js__WEBPACK_IMPORTED_MODULE_2__/* .fmt */ .Sc)(ci[1])}]` : (text ?? (0,_numbers_js__WEBPACK_IMPORTED_MODULE_2__/* .fmt */ .Sc)(v));
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
        // A failing row says where its value came from and which gate asked; a row that would read
        // like an earlier one (two gates, same words) names its gate too; an identical row is dropped.
        const rows = new Set();
        for (const g of model.gates) {
            const at = (0,_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .gateWhere */ .l)(report, model, g);
            const failing = g.status === 'fail' || g.status === 'warn' || g.status === 'waived';
            const vs = failing && g.vs && !g.message.includes(g.vs) ? `vs ${g.vs}: ` : '';
            let row = `  ${MARK[g.status]}  ${g.name ? `${g.name}: ` : ''}${vs}${g.message}`;
            if (failing && at.value)
                row += ` · ${at.value}`;
            if (at.gate && (failing || rows.has(row)))
                row += ` · gate ${at.gate}`;
            if (rows.has(row))
                continue;
            rows.add(row);
            out.push(row);
        }
        if (model.metrics.length > 0) {
            const production = model.diffBase?.kind === 'production' ? model.diffBase.file : null;
            out.push(production
                ? `  metric diff (production ${production} -> head; the values vs production gates compare with):`
                : '  metric diff (base -> head):');
            const withPath = (model.metricsFiles?.length ?? 0) > 1;
            for (const r of model.metrics) {
                const change = r.change === null ? '' : ` (${r.change > 0 ? '+' : ''}${(0,_numbers_js__WEBPACK_IMPORTED_MODULE_2__/* .fmt */ .Sc)(r.change)})`;
                const baseline = r.baseline === undefined || r.baseline === null ? '' : `; baseline ${show(r.baseline)}`;
                const [b, h] = typeof r.base === 'number' && typeof r.head === 'number'
                    ? (0,_numbers_js__WEBPACK_IMPORTED_MODULE_2__/* .fmtPair */ .oP)(r.base, r.head)
                    : [undefined, undefined];
                out.push(`    ${withPath && r.path ? `${r.path}:` : ''}${r.metric}: ${show(r.base, r.baseCi, b)} -> ${show(r.head, r.headCi, h)}${change}${baseline}`);
            }
        }
        for (const what of model.notConfigured ?? [])
            out.push(`  ${what}: not configured; ${_model_js__WEBPACK_IMPORTED_MODULE_0__/* .TURN_ON */ .G9[what]}`);
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
        const items = report.checklist.items;
        const mark = { evidence: 'OK  ', attested: 'ATT ', waived: 'N/A ', missing: 'MISS' };
        // Without a PR description nothing can be ticked: one line, and the rows that warn.
        const unread = report.checklist.source === 'none';
        if (unread) {
            const evidence = items.filter((i) => i.status === 'evidence').map((i) => i.id);
            out.push('', `checklist: ${evidence.length} of ${items.length} by evidence${evidence.length ? ` (${evidence.join(', ')})` : ''}; ${c.missing} to tick in the PR description (none read here: --pr-body FILE reads one)`);
        }
        else
            out.push('', `checklist: ${c.evidence} by evidence, ${c.attested} attested, ${c.waived} waived, ${c.missing} missing`);
        for (const item of items) {
            if (unread && !(item.required && item.status === 'missing'))
                continue;
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
