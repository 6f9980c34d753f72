export const id = 994;
export const ids = [994];
export const modules = {

/***/ 4031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ clip),
/* harmony export */   MZ: () => (/* binding */ codeCell),
/* harmony export */   OF: () => (/* binding */ fenced),
/* harmony export */   X1: () => (/* binding */ escapeText),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   kq: () => (/* binding */ escapeCell)
/* harmony export */ });
/* unused harmony exports CLIP, neutralise */
/**
 * Escaping of user-supplied text in the comment: metric names, contract text, PR body, ledger.
 * HTML is neutralised, `@mentions` are broken so the bot never pings anyone, and table cells
 * cannot break out of their row.
 */
/** Longest user-supplied text printed in one place; longer text is cut with an ellipsis. */
const CLIP = 300;
/** `text` cut to `max` characters with an ellipsis (bounds what one row or line can cost). */
function clip(text, max = CLIP) {
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
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
/**
 * Inline text. Besides HTML, mentions and markdown syntax, the places where GitHub would turn bare
 * text into a link (its autolink extension: `scheme://…`, `www.…`) get their `:` or `.` escaped,
 * so a URL a PR wrote shows as text and the bot's comment carries no link a reviewer might take
 * for mlgate's own. E-mail addresses are already broken by the mention guard.
 */
function plain(text) {
    return text
        .replace(/[&<>"]/g, (c) => HTML[c])
        .replace(/@(?=[A-Za-z0-9_-])/g, '@\u200b')
        .replace(/([\\`*_[\]!#~])/g, '\\$1')
        .replace(/:(?=\/\/)/g, '\\:')
        .replace(/(?<![A-Za-z0-9])(www)\./gi, '$1\\.')
        .replace(/\r?\n|\r/g, ' ');
}
/**
 * Escape text for raw HTML, such as a `<summary>` on a `<details>` line: GitHub reads no markdown
 * inside an HTML block, so a markdown backslash would show; HTML entities, mentions, newlines and
 * invisible characters are handled as in `escapeText`.
 */
function escapeHtml(text) {
    return neutralise(String(text))
        .replace(/[&<>"]/g, (c) => HTML[c])
        .replace(/@(?=[A-Za-z0-9_-])/g, '@\u200b')
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
/**
 * Longest finding message printed (mlgate's own messages are far shorter): a list of 200 findings
 * then costs at most a few hundred kilobytes, whatever a forged report holds.
 */
const MESSAGE_CHARS = 2000;
/** A finding as one markdown list item: icon, location, message. */
function findingLine(f) {
    const where = f.file ? ` ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(`${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$Q)(f.file)}${f.line ? `:${f.line}` : ''}`)}` : '';
    const icon = f.status === 'waived' ? '🟡' : (LEVEL_ICON[f.level] ?? (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)(f.level));
    const waived = f.waiver
        ? ` _(waived by ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)((0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$Q)(`@${f.waiver.by}: ${f.waiver.reason}`))})_`
        : '';
    const message = (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$Q)(f.file ? (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .messageAfterFile */ .aS)(f) : f.message, MESSAGE_CHARS);
    return `- ${icon}${where} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)(message)}${waived}`;
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

/***/ 2066:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ reportLookup)
/* harmony export */ });
/* unused harmony export statusOf */
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8516);

/** A model's status from its own findings. */
function statusOf(model, own) {
    if (model.gates.some((g) => g.status === 'fail') || own.some((f) => f.level === 'error'))
        return 'fail';
    if (model.gates.some((g) => g.status === 'warn') || own.some((f) => f.level === 'warning'))
        return 'warn';
    return 'pass';
}
const GATE_AT = ' (gate at ';
/**
 * The gate message a gate finding carries: the pipeline writes `<gate message> (gate at
 * .mlgate.yml:12)` when it knows the metric's line, else the gate message alone.
 */
function gateMessageOf(message) {
    const at = message.lastIndexOf(GATE_AT);
    return at >= 0 && message.endsWith(')') ? message.slice(0, at) : null;
}
/** Build the lookups for `report`: one pass over the findings; gate pairing per model on demand. */
function reportLookup(report) {
    const byModel = new Map();
    const keyOf = new Map();
    for (const f of report.findings) {
        if (f.model === undefined)
            continue;
        const key = (0,_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .textKey */ .t)(f.model);
        keyOf.set(f, key);
        const list = byModel.get(key);
        if (list)
            list.push(f);
        else
            byModel.set(key, [f]);
    }
    // By the model object: a Map keyed by the names themselves is what keys.ts avoids.
    const nameKeys = new Map();
    const keyOfName = (model) => {
        let key = nameKeys.get(model);
        if (key === undefined)
            nameKeys.set(model, (key = (0,_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .textKey */ .t)(model.name)));
        return key;
    };
    const findingsOf = (model) => byModel.get(keyOfName(model)) ?? [];
    const statuses = new Map();
    const pairing = new Map();
    const pairs = (model) => {
        let p = pairing.get(model);
        if (p)
            return p;
        // Gates failing with the same words pair with their findings in order of the findings' lines.
        const gateFindings = findingsOf(model)
            .filter((f) => f.check === 'gate')
            .sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
        const byMessage = new Map();
        const add = (message, f) => {
            const key = (0,_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .textKey */ .t)(message);
            const list = byMessage.get(key);
            if (list)
                list.push(f);
            else
                byMessage.set(key, [f]);
        };
        for (const f of gateFindings) {
            add(f.message, f);
            const gateMessage = gateMessageOf(f.message);
            if (gateMessage !== null)
                add(gateMessage, f);
        }
        const rank = new Map();
        const seen = new Map();
        for (const g of model.gates) {
            const key = `${g.status}${(0,_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .textKey */ .t)(g.message)}`;
            const n = seen.get(key) ?? 0;
            rank.set(g, n);
            seen.set(key, n + 1);
        }
        pairing.set(model, (p = { byMessage, rank }));
        return p;
    };
    return {
        findingsOf,
        nameKey: keyOfName,
        modelKey: (f) => keyOf.get(f),
        status(model) {
            let s = statuses.get(model);
            if (s === undefined)
                statuses.set(model, (s = statusOf(model, findingsOf(model))));
            return s;
        },
        gateFinding(model, gate) {
            const p = pairs(model);
            return p.byMessage.get((0,_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .textKey */ .t)(gate.message))?.[p.rank.get(gate) ?? 0];
        },
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

/***/ 7994:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MT: () => (/* binding */ verdictLine),
/* harmony export */   hY: () => (/* binding */ renderAttention),
/* harmony export */   l: () => (/* binding */ gateWhere),
/* harmony export */   sd: () => (/* binding */ modelSummaryLine)
/* harmony export */ });
/* unused harmony exports blocks, remedy, headlineMetric */
/* harmony import */ var _checks_gates_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3041);
/* harmony import */ var _numbers_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5616);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4031);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9334);
/* harmony import */ var _lookup_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2066);
/* harmony import */ var _order_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5395);
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
        .sort(([a], [b]) => (a === 'gate' ? -1 : b === 'gate' ? 1 : (0,_order_js__WEBPACK_IMPORTED_MODULE_4__/* .byCodeUnit */ .X)(a, b)))
        .map(([check, n]) => {
        const [one, many] = BLOCKER_NOUN[check] ?? [
            `${check} finding`,
            `${check} findings`,
        ];
        return `${n} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(n === 1 ? one : many)}`;
    });
    const onWarnings = report.failOn === 'warning' && blocking.some((f) => f.level === 'warning')
        ? ' (`fail-on: warning`: warnings block too)'
        : '';
    // Failed gates alone are listed right below the verdict; saying it twice is noise.
    if (parts.length === 0 || (byCheck.size === 1 && byCheck.has('gate') && !onWarnings))
        return '';
    return ` · blocked by ${parts.join(', ')}${onWarnings}`;
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
        return `needs ${d >= 0 ? '+' : '−'}${(0,_numbers_js__WEBPACK_IMPORTED_MODULE_5__/* .fmt */ .Sc)(Math.abs(d))} to reach ${(0,_numbers_js__WEBPACK_IMPORTED_MODULE_5__/* .fmt */ .Sc)(target)}`;
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
            return `needs a gain of at least ${(0,_numbers_js__WEBPACK_IMPORTED_MODULE_5__/* .fmt */ .Sc)(t)}${g.thresholdKind === 'min_gain_pct' ? '%' : ''} over ${(0,_numbers_js__WEBPACK_IMPORTED_MODULE_5__/* .fmt */ .Sc)(r)}`;
    }
    return 'see the gates table';
}
/**
 * Where a failing gate's value came from and which gate (config line) asked: `{ value:
 * 'm.json:2', gate: '.mlgate.yml:9' }`. A gate with no value has no value location; its message
 * names the file and revision it looked in.
 */
function gateWhere(report, model, g, lookup) {
    const configFile = report.config.file;
    if (g.configLine !== undefined) {
        return {
            ...(g.path && g.value !== null ? { value: `${g.path}${g.line ? `:${g.line}` : ''}` } : {}),
            gate: `${configFile}:${g.configLine}`,
        };
    }
    // A report without gate lines: the gate's finding carries its file:line; gates failing with
    // the same words pair in order (through the lookup, built once per rendering, when there is one).
    const f = lookup ? lookup.gateFinding(model, g) : pairedFinding(report, model, g);
    if (!f?.file)
        return {};
    const at = `${f.file}${f.line ? `:${f.line}` : ''}`;
    if (f.file === configFile)
        return { gate: at };
    const gate = /\(gate at ([^)]+)\)$/.exec(f.message)?.[1];
    return { value: at, ...(gate ? { gate } : {}) };
}
/** The gate finding paired with `g` by rank among the gates that failed with the same words. */
function pairedFinding(report, model, g) {
    const rank = model.gates
        .filter((o) => o.status === g.status && o.message === g.message)
        .indexOf(g);
    return report.findings
        .filter((x) => x.check === 'gate' && x.model === model.name && (0,_checks_gates_js__WEBPACK_IMPORTED_MODULE_0__/* .isGateMessage */ .vz)(x.message, g.message))
        .sort((a, b) => (a.line ?? 0) - (b.line ?? 0))[rank];
}
function gateItem(report, lookup, model, g) {
    const multi = report.models.length > 1;
    // Two gates on one metric can fail with the same words ("auc is missing"): name the reference.
    const vs = g.vs && !g.message.includes(g.vs) ? `vs ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(g.vs)}: ` : '';
    const at = gateWhere(report, model, g, lookup);
    const where = `${at.value ? ` · ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)((0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$Q)(at.value))}` : ''}${at.gate ? ` · gate ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)((0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$Q)(at.gate))}` : ''}`;
    const who = multi ? `**${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(model.name)}**: ` : '';
    const name = g.name ? `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)((0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$Q)(g.name))}: ` : '';
    return `- ${g.status === 'fail' ? '❌' : '⚠️'} ${who}${name}${vs}${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)((0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$Q)(g.message))}${where} → ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(remedy(g))}`;
}
/**
 * What blocks, then what warns, before anything else: failing gates (each with its value,
 * threshold, reference, file:line and what it takes to pass), then other blocking findings, then
 * warnings. Null when there is nothing to say.
 */
function renderAttention(report, maxRows, lookup = (0,_lookup_js__WEBPACK_IMPORTED_MODULE_3__/* .reportLookup */ .X)(report)) {
    const parts = [];
    const gates = (status) => report.models.flatMap((m) => m.gates.filter((g) => g.status === status).map((g) => ({ m, g })));
    // Cap before rendering: a report can hold thousands of failing gates.
    const capped = (items, line, noun) => items.length > maxRows
        ? [...items.slice(0, maxRows).map(line), `- … and ${items.length - maxRows} more ${noun}`]
        : items.map(line);
    const failing = gates('fail');
    if (failing.length > 0) {
        const lines = capped(failing, ({ m, g }) => gateItem(report, lookup, m, g), 'failing gates');
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
        ...gates('warn').map(({ m, g }) => () => gateItem(report, lookup, m, g)),
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
    const show = (v) => typeof v === 'number' ? (0,_numbers_js__WEBPACK_IMPORTED_MODULE_5__/* .fmt */ .Sc)(v) : v === null ? '-' : (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(String(v));
    if (row.base === null || row.base === undefined)
        return `${name} ${show(row.head)}`;
    if (row.change === null && row.base === row.head)
        return `${name} ${show(row.head)} (unchanged)`;
    const change = row.change === null
        ? ''
        : ` (${row.change > 0 ? '+' : row.change < 0 ? '−' : '±'}${(0,_numbers_js__WEBPACK_IMPORTED_MODULE_5__/* .fmt */ .Sc)(Math.abs(row.change))})`;
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
 * The line under the verdict of a one-model comment (several models get the models table): the
 * model's status, its headline metric's movement, and one mark per configured section (contract,
 * rollout, manifest, ledger). No gate count: the verdict line right above gives it. `own` are the
 * model's findings.
 */
function modelSummaryLine(model, own) {
    const has = (s) => model.gates.some((g) => g.status === s);
    const icon = has('fail') ? '❌' : has('warn') ? '⚠️' : '✅';
    const parts = [`${icon} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(model.name)}${model.state === 'new' ? ' (new)' : ''}`];
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


/***/ })

};
