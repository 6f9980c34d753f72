export const id = 815;
export const ids = [815];
export const modules = {

/***/ 8364:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   vw: () => (/* binding */ gateTarget)
/* harmony export */ });
/* unused harmony exports bodyHash, applyWaivers */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _formats_waivers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7785);
/* harmony import */ var _gates_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3041);
/**
 * Waivers (SPEC §11), pure: the evaluated report, the waiver commands found on the PR (with each
 * author's authorisation already decided against the API) and the state recorded by the previous
 * run in, the report with covered findings marked `waived` out.
 *
 * A waiver covers the findings its target names *as they were when it was first applied*: their
 * fingerprints (model, rule or gate, message and the gate's raw values) are pinned in the state, so
 * a changed value or a new failure under the same target blocks again until waived again.
 */




/** How a waiver names a gate: as the comment shows it, `churn auc vs production`. */
function gateTarget(model, g) {
    return `${model} ${g.metric}${g.vs ? ` vs ${g.vs}` : ''}`;
}
/** Rules whose findings a waiver never covers (they are about waivers themselves). */
const UNWAIVABLE = /^waivers\./;
const short = (text) => createHash('sha256').update(text).digest('hex').slice(0, 16);
/** Hash of a comment body, for the state. */
function bodyHash(body) {
    return short(body);
}
/** The names a waiver may use for a finding, normalised. */
function targetsOf(f) {
    if (f.rule && UNWAIVABLE.test(f.rule))
        return [];
    const names = [];
    if (f.target)
        names.push(normaliseTarget(f.target));
    if (f.rule) {
        names.push(normaliseTarget(f.rule));
        if (f.model)
            names.push(normaliseTarget(`${f.model} ${f.rule}`));
    }
    return names;
}
function gateOf(f, gates) {
    if (f.check !== 'gate' || !f.target)
        return null;
    const list = gates.find((g) => g.model === f.model)?.gates ?? [];
    const index = list.findIndex((g) => (g.status === 'fail' || g.status === 'warn') &&
        gateTarget(f.model ?? '', g) === f.target &&
        isGateMessage(f.message, g.message));
    return index < 0 ? null : { list, index };
}
/** What a waiver pins: the finding as it is, with its gate's raw numbers. */
function fingerprint(f, gates) {
    const at = gateOf(f, gates);
    const g = at ? at.list[at.index] : null;
    return short(JSON.stringify([
        f.model ?? '',
        f.check,
        f.rule ?? '',
        f.target ?? '',
        f.file ?? '',
        f.message,
        g ? [g.metric, g.vs ?? '', g.value, g.reference, g.threshold] : null,
    ]));
}
const blocking = (f) => f.level !== 'notice' && f.status !== 'waived';
/** Trust of a source's text: why it is ignored, or null. Updates `state` for edits. */
function trust(source, input, state) {
    const prior = state[source.id];
    const edit = input.edit?.source === source.id ? input.edit : null;
    if (source.refused)
        return null;
    if (edit && edit.by.toLowerCase() !== source.author.toLowerCase()) {
        state[source.id] = 'ignored';
        return `edited by @${edit.by}, not its author; ignored`;
    }
    if (prior === 'ignored')
        return 'edited by someone other than its author; ignored';
    if (edit) {
        // The author's own edit: what it says now is what counts, pinned afresh.
        state[source.id] = { h: source.hash, p: {} };
        return null;
    }
    if (!prior && input.state === null) {
        // No record at all: mlgate's comment (which holds what each waiver covers) was deleted or
        // never written. Pinning now could cover a value nobody waived: fail closed, for good.
        state[source.id] = 'ignored';
        return 'mlgate has no record of what this waiver covered (its comment was missing or deleted); waive again';
    }
    if (prior && prior.h !== source.hash)
        return 'changed since mlgate recorded it, by an edit mlgate did not see; its author can edit it again or post a new waiver';
    if (!prior && source.edited)
        return 'edited before mlgate saw it, by an edit mlgate did not see; its author can edit it again or post a new waiver';
    if (!prior)
        state[source.id] = { h: source.hash, p: {} };
    return null;
}
function mark(source, c) {
    return {
        by: source.author,
        at: source.at,
        reason: c.reason,
        ...(c.expires ? { expires: c.expires } : {}),
        url: source.url,
    };
}
/** Apply the waivers. Never throws; every command gets an entry saying what became of it. */
function applyWaivers(input) {
    const state = structuredClone(input.state ?? {});
    const entries = [];
    const active = new Map();
    const sources = [...input.sources].sort((a, b) => byCodeUnit(a.at, b.at) || byCodeUnit(a.id, b.id));
    for (const source of sources) {
        const ignored = trust(source, input, state);
        for (const c of source.commands) {
            const base = { by: source.author, at: source.at, url: source.url };
            if (c.kind === 'invalid') {
                entries.push({
                    ...base,
                    kind: 'invalid',
                    target: c.text,
                    status: 'invalid',
                    detail: c.problem,
                });
                continue;
            }
            const entry = {
                ...base,
                kind: c.kind,
                target: c.target,
                ...(c.kind === 'waive'
                    ? { reason: c.reason, ...(c.expires ? { expires: c.expires } : {}) }
                    : {}),
                status: 'applied',
                detail: '',
            };
            entries.push(entry);
            if (source.refused || ignored) {
                entry.status = source.refused ? 'refused' : 'ignored';
                entry.detail = source.refused ?? ignored ?? '';
                continue;
            }
            const previous = active.get(c.target);
            if (previous) {
                previous.entry.status = c.kind === 'unwaive' ? 'withdrawn' : 'replaced';
                previous.entry.detail =
                    c.kind === 'unwaive'
                        ? `withdrawn by @${source.author} (${source.url})`
                        : `replaced by a later waiver from @${source.author}`;
                active.delete(c.target);
            }
            if (c.kind === 'unwaive') {
                entry.detail = previous ? 'waiver withdrawn' : 'no waiver of this target to withdraw';
                continue;
            }
            active.set(c.target, { source, command: c, entry });
        }
    }
    const findings = input.findings.map((f) => ({ ...f }));
    const gates = input.gates.map((m) => ({ model: m.model, gates: m.gates.map((g) => ({ ...g })) }));
    for (const [target, { source, command, entry }] of active) {
        if (isExpired(command.expires, input.now)) {
            entry.status = 'expired';
            entry.detail = `expired at the end of ${command.expires} (UTC)`;
            continue;
        }
        const named = findings.filter((f) => blocking(f) && targetsOf(f).includes(target));
        const record = state[source.id];
        const pins = record && record !== 'ignored' ? record.p : {};
        const prints = named.map((f) => fingerprint(f, gates));
        // Pinned on first sight, even when nothing matches: a waiver never covers a future failure.
        pins[target] ??= prints;
        if (named.length === 0) {
            entry.status = 'unmatched';
            entry.detail = `no failing gate or finding is named \`${target}\` now`;
            continue;
        }
        const covered = named.filter((_, i) => pins[target].includes(prints[i]));
        const uncovered = named.length - covered.length;
        if (covered.length === 0) {
            entry.status = 'changed';
            entry.detail = `\`${target}\` has changed since it was waived (a new value or a new failure); it blocks until waived again`;
            continue;
        }
        const waiver = mark(source, command);
        for (const f of covered) {
            const at = gateOf(f, gates);
            if (at) {
                const g = at.list[at.index];
                at.list[at.index] = {
                    ...g,
                    status: 'waived',
                    waiver: { ...waiver, was: g.status === 'warn' ? 'warn' : 'fail' },
                };
            }
            f.status = 'waived';
            f.waiver = waiver;
        }
        entry.covers = covered.length;
        entry.models = [...new Set(covered.flatMap((f) => (f.model ? [f.model] : [])))].sort();
        entry.detail =
            `covers ${covered.length} finding${covered.length === 1 ? '' : 's'}` +
                (uncovered > 0
                    ? `; ${uncovered} new or changed under the same target still block${uncovered === 1 ? 's' : ''}`
                    : '');
    }
    // Deleted comments leave the record with them.
    const kept = new Set(input.sources.map((s) => s.id));
    for (const id of Object.keys(state))
        if (!kept.has(id))
            delete state[id];
    return { findings, gates, entries, state };
}


/***/ }),

/***/ 8249:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   af: () => (/* binding */ normaliseText),
/* harmony export */   r8: () => (/* binding */ parseTaskItems)
/* harmony export */ });
/* unused harmony exports splitWaiver, visibleLines */
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7242);
/**
 * Task-list items in a pull-request body: `(body) → items`, no I/O. Only what a reader sees as a
 * checklist counts: fenced and indented code blocks, blockquotes and HTML comments are skipped,
 * except the hidden id marker (`<!-- mlgate:leakage -->`) on an item's own line.
 */

const FENCE = /^ *(`{3,}|~{3,})/;
const TASK = /^([-*+]|\d{1,9}[.)])[ \t]+\[([ xX])\](?:[ \t]+(.*))?$/;
const LIST_ITEM = /^([-*+]|\d{1,9}[.)])([ \t]+|$)/;
const ID_MARKER = /^<!--\s*mlgate:([a-z0-9][a-z0-9-]*)\s*-->$/;
const NA = /(?:^|[\s(—–:-])n\/a:/i;
/** Columns of leading whitespace (a tab advances to the next multiple of 4). */
function indentOf(line) {
    let col = 0;
    for (const ch of line) {
        if (ch === ' ')
            col++;
        else if (ch === '\t')
            col += 4 - (col % 4);
        else
            break;
    }
    return col;
}
/** Text and markers of one line once HTML comments are removed; tracks comments that span lines. */
function stripComments(line, state) {
    let rest = line;
    let text = '';
    const markers = [];
    while (rest.length > 0) {
        if (state.inComment) {
            const end = rest.indexOf('-->');
            if (end < 0)
                return { text, markers };
            rest = rest.slice(end + 3);
            state.inComment = false;
            continue;
        }
        const start = rest.indexOf('<!--');
        if (start < 0) {
            text += rest;
            break;
        }
        text += rest.slice(0, start);
        const end = rest.indexOf('-->', start + 4);
        if (end < 0) {
            state.inComment = true;
            break;
        }
        const marker = ID_MARKER.exec(rest.slice(start, end + 3));
        if (marker)
            markers.push(marker[1]);
        rest = rest.slice(end + 3);
    }
    return { text, markers };
}
/** Split an item's text into the text proper and an `N/A: reason` waiver. */
function splitWaiver(raw) {
    const m = NA.exec(raw);
    if (!m)
        return { text: raw.trim() };
    const at = m.index + m[0].length - 4;
    const text = raw
        .slice(0, at)
        .replace(/[\s(—–:-]+$/, '')
        .trim();
    let reason = raw.slice(at + 4).trim();
    if (/\(\s*$/.test(raw.slice(0, at)) && reason.endsWith(')'))
        reason = reason.slice(0, -1).trim();
    return { text, na: reason };
}
/** Normalised item text for matching: whitespace collapsed, case and a trailing period ignored. */
function normaliseText(text) {
    return text.replace(/\s+/g, ' ').trim().replace(/\.$/, '').toLowerCase();
}
/**
 * The lines of a markdown body that render as text: fenced and indented code blocks, blockquotes
 * (quoted replies) and HTML comments are skipped. Shared by the checklist and waiver commands, so a
 * quoted or fenced command never counts.
 */
function* visibleLines(body) {
    const lines = body.slice(0, _constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Limits */ .xu.prBodyChars).split(/\r\n|\r|\n/);
    const comment = { inComment: false };
    let fence = null;
    /** Content columns of the open list items, innermost last. */
    const lists = [];
    let prevBlank = true;
    let prevParagraph = false;
    for (const [i, raw] of lines.entries()) {
        if (fence) {
            const close = /^(`{3,}|~{3,})\s*$/.exec(raw.trim());
            if (close && close[1][0] === fence.char && close[1].length >= fence.len)
                fence = null;
            prevBlank = false;
            prevParagraph = false;
            continue;
        }
        const wasInComment = comment.inComment;
        const { text: line, markers } = stripComments(raw, comment);
        if (line.trim() === '') {
            // A line that held only a comment is neither blank nor text for the block structure.
            if (!wasInComment && !/<!--/.test(raw)) {
                prevBlank = true;
                prevParagraph = false;
            }
            continue;
        }
        const indent = indentOf(line);
        const body = line.trimStart();
        while (lists.length > 0 && indent < lists[lists.length - 1] && prevBlank)
            lists.pop();
        const column = lists.length > 0 ? lists[lists.length - 1] : 0;
        // An indented code block: 4+ columns past the enclosing content, not a paragraph continuation.
        if (indent - column >= 4 && !prevParagraph) {
            prevBlank = false;
            continue;
        }
        const fenceOpen = FENCE.exec(body);
        if (fenceOpen) {
            fence = { char: fenceOpen[1][0], len: fenceOpen[1].length };
            prevBlank = false;
            prevParagraph = false;
            continue;
        }
        if (body.startsWith('>')) {
            prevBlank = false;
            prevParagraph = false;
            continue;
        }
        const listItem = LIST_ITEM.exec(body);
        if (listItem) {
            while (lists.length > 0 && indent < lists[lists.length - 1])
                lists.pop();
            lists.push(indent + listItem[0].length);
        }
        else if (indent < column && prevBlank) {
            lists.length = 0;
        }
        prevBlank = false;
        prevParagraph = true;
        yield { line: i + 1, text: body, markers };
    }
}
/** Every task-list item a reader of the rendered body would see. */
function parseTaskItems(body) {
    const items = [];
    for (const { line, text: visible, markers } of visibleLines(body)) {
        const task = TASK.exec(visible.trimEnd());
        if (!task)
            continue;
        const { text, na } = splitWaiver(task[3] ?? '');
        items.push({
            checked: task[2] !== ' ',
            text: text.replace(/\s+/g, ' ').trim(),
            ...(markers.length > 0 ? { id: markers[0] } : {}),
            ...(na !== undefined ? { na } : {}),
            line,
        });
    }
    return items;
}


/***/ }),

/***/ 9241:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ew: () => (/* binding */ rollbackText),
/* harmony export */   GS: () => (/* binding */ gateLabel),
/* harmony export */   od: () => (/* binding */ planLine)
/* harmony export */ });
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4196);
/** Plain-text descriptions of a plan: the compact line `1% 1h → 10% 4h → 100%` and gate labels. */

function holdText(s) {
    if (s.hold === null)
        return '';
    if (s.hold === 'manual')
        return ' manual';
    if (s.hold === 'invalid')
        return ` ${s.holdText ?? '?'} (invalid)`;
    return ` ${(0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a)(s.hold)}`;
}
/** `1% 1h → 10% 4h → 50% 24h → 100%`; a manual promotion ends with `→ manual promotion`. */
function planLine(plan) {
    const parts = plan.stages.map((s) => `${s.traffic}%${s.label && s.traffic === 0 ? ` (${s.label})` : ''}${holdText(s)}`);
    const last = plan.stages[plan.stages.length - 1];
    if (plan.promotion === 'manual' && last && last.traffic < 100)
        parts.push('manual promotion');
    return parts.join(' → ');
}
function num(n) {
    return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(6)));
}
/** `p95_latency_ms ≤ 80`, `error_rate ≤ 2× control`, `success-rate (result[0] >= 0.95)`. */
function gateLabel(g) {
    const bits = [];
    if (g.min !== undefined)
        bits.push(`≥ ${num(g.min)}`);
    if (g.max !== undefined)
        bits.push(`≤ ${num(g.max)}`);
    if (g.maxRatio !== undefined)
        bits.push(`≤ ${num(g.maxRatio)}× control`);
    if (bits.length > 0)
        return `${g.name} ${bits.join(', ')}`;
    if (g.kind === 'manual')
        return `${g.name} (manual)`;
    if (g.kind === 'check')
        return `${g.name} (check)`;
    if (g.kind === 'analysis')
        return `${g.name} (template not found)`;
    return g.condition ? `${g.name} (${g.condition})` : g.name;
}
/** The rollback in a phrase: `to churn:2026-10-01 when "…"`. */
function rollbackText(plan) {
    const r = plan.rollback;
    const parts = [];
    parts.push(r.artifact ? `to ${r.artifact}` : 'no rollback target');
    parts.push(r.trigger ? `when ${r.trigger}` : 'no trigger');
    return parts.join(', ');
}


/***/ }),

/***/ 4196:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ parseDuration),
/* harmony export */   a: () => (/* binding */ formatDuration)
/* harmony export */ });
/**
 * Kubernetes / Go duration strings (`1h30m`, `10m`, `30s`, `1.5h`, `250ms`), as Argo Rollouts and
 * Flagger write them, plus `d` for days. Argo also accepts a bare number of seconds.
 */
const UNIT_MS = {
    ns: 1e-6,
    us: 1e-3,
    µs: 1e-3,
    ms: 1,
    s: 1000,
    m: 60_000,
    h: 3_600_000,
    d: 86_400_000,
};
const PART = /(\d+(?:\.\d+)?|\.\d+)(ns|us|µs|ms|s|m|h|d)/gy;
/**
 * Milliseconds of a duration, or null when it is not one. `bareSeconds`: a plain number (or a
 * numeric string) counts as seconds, as in Argo's `pause: {duration: 10}`.
 */
function parseDuration(value, bareSeconds = false) {
    if (typeof value === 'number') {
        return bareSeconds && Number.isFinite(value) && value >= 0 ? value * 1000 : null;
    }
    if (typeof value !== 'string')
        return null;
    const text = value.trim();
    if (text === '')
        return null;
    if (/^\d+$/.test(text))
        return bareSeconds ? Number(text) * 1000 : null;
    PART.lastIndex = 0;
    let total = 0;
    let end = 0;
    let m;
    while ((m = PART.exec(text)) !== null) {
        total += Number(m[1]) * UNIT_MS[m[2]];
        end = PART.lastIndex;
    }
    if (end !== text.length || end === 0 || !Number.isFinite(total))
        return null;
    return total;
}
/** Compact form of a duration: `1h`, `24h`, `1h30m`, `45s`, `250ms`. */
function formatDuration(ms) {
    if (ms <= 0)
        return '0s';
    if (ms < 1000)
        return `${Math.round(ms)}ms`;
    let rest = Math.round(ms / 1000);
    const h = Math.floor(rest / 3600);
    rest -= h * 3600;
    const m = Math.floor(rest / 60);
    const s = rest - m * 60;
    return `${h ? `${h}h` : ''}${m ? `${m}m` : ''}${s ? `${s}s` : ''}` || '0s';
}


/***/ }),

/***/ 7785:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* unused harmony exports normaliseTarget, isDate, parseWaiverCommands, isExpired */
/* harmony import */ var _pr_body_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8249);
/**
 * Waiver commands in a PR comment or review body: `(body) → commands`, no I/O.
 *
 *   /mlgate waive <target> reason: <text> [expires: YYYY-MM-DD]
 *   /mlgate unwaive <target>
 *
 * A command is a line of its own that a reader sees as text: quoted replies, fenced or indented
 * code and HTML comments never count (the same reading as the PR-body checklist).
 */

const COMMAND = /^\/mlgate[ \t]+(waive|unwaive)(?=[ \t]|$)(.*)$/i;
const EXPIRES = /(?:^|[ \t])expires:[ \t]*(\S*)[ \t]*$/i;
const REASON = /(?:^|[ \t])reason:/i;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Longest target and reason kept; longer text is cut (it is shown in the comment). */
const MAX_TARGET = 200;
const MAX_REASON = 500;
/** Case, backticks and runs of whitespace do not matter in a target: `Churn  \`auc\`` = `churn auc`. */
function normaliseTarget(text) {
    return text.replace(/`/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
}
/** A real calendar date written `YYYY-MM-DD`. */
function isDate(text) {
    const m = DATE.exec(text);
    if (!m)
        return false;
    const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    return d.toISOString().slice(0, 10) === text;
}
function parseWaive(rest, line, text) {
    const invalid = (problem) => ({ kind: 'invalid', text, problem, line });
    const reason = REASON.exec(rest);
    if (!reason)
        return invalid('expected `reason: <text>` after the target');
    const target = normaliseTarget(rest.slice(0, reason.index));
    let tail = rest.slice(reason.index + reason[0].length);
    let expires;
    const exp = EXPIRES.exec(tail);
    if (exp) {
        if (!isDate(exp[1]))
            return invalid(`expected \`expires: YYYY-MM-DD\`, got "${exp[1]}"`);
        expires = exp[1];
        tail = tail.slice(0, exp.index);
    }
    const why = tail.replace(/\s+/g, ' ').trim();
    if (!target)
        return invalid('expected a target: a gate (`churn auc vs production`) or a rule id');
    if (!why)
        return invalid('the reason is empty; a waiver must say why');
    return {
        kind: 'waive',
        target: target.slice(0, MAX_TARGET),
        reason: why.slice(0, MAX_REASON),
        ...(expires ? { expires } : {}),
        line,
    };
}
/** Every waiver command in a comment or review body, in order. */
function parseWaiverCommands(body) {
    const out = [];
    for (const { line, text } of visibleLines(body)) {
        const trimmed = text.trimEnd();
        const m = COMMAND.exec(trimmed);
        if (!m)
            continue;
        const kind = m[1].toLowerCase();
        const rest = m[2];
        if (kind === 'waive') {
            out.push(parseWaive(rest, line, trimmed));
            continue;
        }
        const target = normaliseTarget(rest);
        out.push(target
            ? { kind: 'unwaive', target: target.slice(0, MAX_TARGET), line }
            : { kind: 'invalid', text: trimmed, problem: 'expected a target after unwaive', line });
    }
    return out;
}
/** True when a waiver with this expiry date no longer applies at `now`. */
function isExpired(expires, now) {
    return expires !== undefined && now.toISOString().slice(0, 10) > expires;
}


/***/ }),

/***/ 2815:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renderComment: () => (/* binding */ renderComment)
});

;// CONCATENATED MODULE: ./node_modules/markdown-table/index.js
// To do: next major: remove.
/**
 * @typedef {Options} MarkdownTableOptions
 *   Configuration.
 */

/**
 * @typedef Options
 *   Configuration.
 * @property {boolean | null | undefined} [alignDelimiters=true]
 *   Whether to align the delimiters (default: `true`);
 *   they are aligned by default:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   Pass `false` to make them staggered:
 *
 *   ```markdown
 *   | Alpha | B |
 *   | - | - |
 *   | C | Delta |
 *   ```
 * @property {ReadonlyArray<string | null | undefined> | string | null | undefined} [align]
 *   How to align columns (default: `''`);
 *   one style for all columns or styles for their respective columns;
 *   each style is either `'l'` (left), `'r'` (right), or `'c'` (center);
 *   other values are treated as `''`, which doesn’t place the colon in the
 *   alignment row but does align left;
 *   *only the lowercased first character is used, so `Right` is fine.*
 * @property {boolean | null | undefined} [delimiterEnd=true]
 *   Whether to end each row with the delimiter (default: `true`).
 *
 *   > 👉 **Note**: please don’t use this: it could create fragile structures
 *   > that aren’t understandable to some markdown parsers.
 *
 *   When `true`, there are ending delimiters:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there are no ending delimiters:
 *
 *   ```markdown
 *   | Alpha | B
 *   | ----- | -----
 *   | C     | Delta
 *   ```
 * @property {boolean | null | undefined} [fillRows=true]
 *   Whether to fill rows with empty cells up to the most cells in a row
 *   (default: `true`).
 *
 *   When `true`, all rows have as many cells as the longest row:
 *
 *   ```markdown
 *   | Alpha | B    |   |
 *   | ----- | ---- | - |
 *   | C     |      |   |
 *   | D     | Echo | F |
 *   ```
 *
 *   When `false`, rows keep their cells,
 *   and the delimiter row has as many cells as the header row:
 *
 *   ```markdown
 *   | Alpha | B    |
 *   | ----- | ---- |
 *   | C     |
 *   | D     | Echo | F |
 *   ```
 * @property {boolean | null | undefined} [delimiterStart=true]
 *   Whether to begin each row with the delimiter (default: `true`).
 *
 *   > 👉 **Note**: please don’t use this: it could create fragile structures
 *   > that aren’t understandable to some markdown parsers.
 *
 *   When `true`, there are starting delimiters:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there are no starting delimiters:
 *
 *   ```markdown
 *   Alpha | B     |
 *   ----- | ----- |
 *   C     | Delta |
 *   ```
 * @property {boolean | null | undefined} [padding=true]
 *   Whether to add a space of padding between delimiters and cells
 *   (default: `true`).
 *
 *   When `true`, there is padding:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there is no padding:
 *
 *   ```markdown
 *   |Alpha|B    |
 *   |-----|-----|
 *   |C    |Delta|
 *   ```
 * @property {((value: string) => number) | null | undefined} [stringLength]
 *   Function to detect the length of table cell content (optional);
 *   this is used when aligning the delimiters (`|`) between table cells;
 *   full-width characters and emoji mess up delimiter alignment when viewing
 *   the markdown source;
 *   to fix this, you can pass this function,
 *   which receives the cell content and returns its “visible” size;
 *   note that what is and isn’t visible depends on where the text is displayed.
 *
 *   Without such a function, the following:
 *
 *   ```js
 *   markdownTable([
 *     ['Alpha', 'Bravo'],
 *     ['中文', 'Charlie'],
 *     ['👩‍❤️‍👩', 'Delta']
 *   ])
 *   ```
 *
 *   Yields:
 *
 *   ```markdown
 *   | Alpha | Bravo |
 *   | - | - |
 *   | 中文 | Charlie |
 *   | 👩‍❤️‍👩 | Delta |
 *   ```
 *
 *   With [`string-width`](https://github.com/sindresorhus/string-width):
 *
 *   ```js
 *   import stringWidth from 'string-width'
 *
 *   markdownTable(
 *     [
 *       ['Alpha', 'Bravo'],
 *       ['中文', 'Charlie'],
 *       ['👩‍❤️‍👩', 'Delta']
 *     ],
 *     {stringLength: stringWidth}
 *   )
 *   ```
 *
 *   Yields:
 *
 *   ```markdown
 *   | Alpha | Bravo   |
 *   | ----- | ------- |
 *   | 中文  | Charlie |
 *   | 👩‍❤️‍👩    | Delta   |
 *   ```
 */

/**
 * Get the length of a cell.
 *
 * @param {string} value
 *   Cell value.
 * @returns {number}
 *   Cell size.
 */
function defaultStringLength(value) {
  return value.length
}

/**
 * Generate a markdown
 * ([GFM](https://docs.github.com/en/github/writing-on-github/working-with-advanced-formatting/organizing-information-with-tables))
 * table.
 *
 * @param {ReadonlyArray<ReadonlyArray<string | null | undefined>>} table
 *   Table data (matrix of strings).
 * @param {Readonly<Options> | null | undefined} [options]
 *   Configuration (optional).
 * @returns {string}
 *   Result.
 */
function markdownTable(table, options) {
  const settings = options || {}
  // To do: next major: change to spread.
  // eslint-disable-next-line unicorn/prefer-spread -- `align` can be a string.
  const align = (settings.align || []).concat()
  const stringLength = settings.stringLength || defaultStringLength
  /** @type {Array<number>} Character codes as symbols for alignment per column. */
  const alignments = []
  /** @type {Array<Array<string>>} Cells per row. */
  const cellMatrix = []
  /** @type {Array<Array<number>>} Sizes of each cell per row. */
  const sizeMatrix = []
  /** @type {Array<number>} */
  const longestCellByColumn = []
  let mostCellsPerRow = 0
  let rowIndex = -1

  // This is a superfluous loop if we don’t align delimiters, but otherwise we’d
  // do superfluous work when aligning, so optimize for aligning.
  while (++rowIndex < table.length) {
    /** @type {Array<string>} */
    const row = []
    /** @type {Array<number>} */
    const sizes = []
    let columnIndex = -1

    if (table[rowIndex].length > mostCellsPerRow) {
      mostCellsPerRow = table[rowIndex].length
    }

    while (++columnIndex < table[rowIndex].length) {
      const cell = serialize(table[rowIndex][columnIndex])

      if (settings.alignDelimiters !== false) {
        const size = stringLength(cell)
        sizes[columnIndex] = size

        if (
          longestCellByColumn[columnIndex] === undefined ||
          size > longestCellByColumn[columnIndex]
        ) {
          longestCellByColumn[columnIndex] = size
        }
      }

      row.push(cell)
    }

    cellMatrix[rowIndex] = row
    sizeMatrix[rowIndex] = sizes
  }

  // Figure out which alignments to use.
  let columnIndex = -1

  if (typeof align === 'object' && 'length' in align) {
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = toAlignment(align[columnIndex])
    }
  } else {
    const code = toAlignment(align)

    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = code
    }
  }

  // Inject the alignment row.
  columnIndex = -1
  /** @type {Array<string>} */
  const row = []
  /** @type {Array<number>} */
  const sizes = []

  while (++columnIndex < mostCellsPerRow) {
    const code = alignments[columnIndex]
    let before = ''
    let after = ''

    if (code === 99 /* `c` */) {
      before = ':'
      after = ':'
    } else if (code === 108 /* `l` */) {
      before = ':'
    } else if (code === 114 /* `r` */) {
      after = ':'
    }

    // There *must* be at least one hyphen-minus in each alignment cell.
    let size =
      settings.alignDelimiters === false
        ? 1
        : Math.max(
            1,
            longestCellByColumn[columnIndex] - before.length - after.length
          )

    const cell = before + '-'.repeat(size) + after

    if (settings.alignDelimiters !== false) {
      size = before.length + size + after.length

      if (size > longestCellByColumn[columnIndex]) {
        longestCellByColumn[columnIndex] = size
      }

      sizes[columnIndex] = size
    }

    row[columnIndex] = cell
  }

  // Inject the alignment row.
  cellMatrix.splice(1, 0, row)
  sizeMatrix.splice(1, 0, sizes)

  rowIndex = -1
  /** @type {Array<string>} */
  const lines = []

  while (++rowIndex < cellMatrix.length) {
    const row = cellMatrix[rowIndex]
    const sizes = sizeMatrix[rowIndex]
    const cellsInRow =
      settings.fillRows === false
        ? Math.max(1, cellMatrix[rowIndex === 1 ? 0 : rowIndex].length)
        : mostCellsPerRow
    columnIndex = -1
    /** @type {Array<string>} */
    const line = []

    while (++columnIndex < cellsInRow) {
      const cell = row[columnIndex] || ''
      let before = ''
      let after = ''

      if (settings.alignDelimiters !== false) {
        const size =
          longestCellByColumn[columnIndex] - (sizes[columnIndex] || 0)
        const code = alignments[columnIndex]

        if (code === 114 /* `r` */) {
          before = ' '.repeat(size)
        } else if (code === 99 /* `c` */) {
          const half = size / 2

          if (size % 2) {
            before = ' '.repeat(half + 0.5)
            after = ' '.repeat(half - 0.5)
          } else {
            before = ' '.repeat(half)
            after = before
          }
        } else {
          after = ' '.repeat(size)
        }
      }

      if (settings.delimiterStart !== false && !columnIndex) {
        line.push('|')
      }

      if (
        settings.padding !== false &&
        // Don’t add the opening space if we’re not aligning and the cell is
        // empty: there will be a closing space.
        !(settings.alignDelimiters === false && cell === '') &&
        (settings.delimiterStart !== false || columnIndex)
      ) {
        line.push(' ')
      }

      if (settings.alignDelimiters !== false) {
        line.push(before)
      }

      line.push(cell)

      if (settings.alignDelimiters !== false) {
        line.push(after)
      }

      if (settings.padding !== false) {
        line.push(' ')
      }

      if (settings.delimiterEnd !== false || columnIndex !== cellsInRow - 1) {
        line.push('|')
      }
    }

    lines.push(
      settings.delimiterEnd === false
        ? line.join('').replace(/ +$/, '')
        : line.join('')
    )
  }

  return lines.join('\n')
}

/**
 * Serialize a cell value.
 *
 * @param {string | null | undefined} [value]
 *   Value to serialize.
 * @returns {string}
 *   Result.
 */
function serialize(value) {
  return value === null || value === undefined ? '' : String(value)
}

/**
 * Get the alignment character code from a value.
 *
 * @param {string | null | undefined} value
 *   Value.
 * @returns {number}
 *   Alignment.
 */
function toAlignment(value) {
  const code = typeof value === 'string' ? value.codePointAt(0) : 0

  return code === 67 /* `C` */ || code === 99 /* `c` */
    ? 99 /* `c` */
    : code === 76 /* `L` */ || code === 108 /* `l` */
      ? 108 /* `l` */
      : code === 82 /* `R` */ || code === 114 /* `r` */
        ? 114 /* `r` */
        : 0
}

// EXTERNAL MODULE: ./src/constants.ts
var constants = __webpack_require__(7242);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
// EXTERNAL MODULE: ./src/report/findings.ts
var report_findings = __webpack_require__(9334);
// EXTERNAL MODULE: ./src/report/lookup.ts
var report_lookup = __webpack_require__(2066);
// EXTERNAL MODULE: ./src/report/model.ts
var report_model = __webpack_require__(6867);
;// CONCATENATED MODULE: ./src/report/sections/checklist.ts
/** The review-checklist section of the comment (PR-wide): status per item and the snippet to paste. */


const checklistChecks = ['checklist'];
/** Longest item text or detail printed. */
const LONG = 1000;
const ICON = {
    evidence: '✅',
    attested: '☑️',
    waived: '➖',
    missing: '❌',
};
const LEVEL_ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
function renderChecklist(report, ctx) {
    const section = report.checklist;
    if (!section || !Array.isArray(section.items))
        return null;
    const items = section.items;
    const c = section.counts;
    const requiredMissing = items.filter((i) => i.required && i.status === 'missing').length;
    if (section.source === 'none')
        return unread(report, section, requiredMissing, ctx);
    const summary = [
        `✅ ${c.evidence} by evidence`,
        `☑️ ${c.attested} attested`,
        `➖ ${c.waived} waived`,
        `❌ ${c.missing} missing${requiredMissing > 0 ? ` (${requiredMissing} required)` : ''}`,
    ].join(' · ');
    const parts = [
        `### ${requiredMissing > 0 ? '❌' : '📋'} Review checklist`,
        `<sub>${summary}</sub>`,
    ];
    const shown = items.slice(0, ctx.maxRows);
    let table = itemTable(shown);
    if (items.length > shown.length)
        table += `\n\n<sub>${items.length - shown.length} more items in the job summary.</sub>`;
    const allDone = c.missing === 0;
    parts.push(allDone && ctx.level >= 1
        ? `<details><summary>Every item is covered</summary>\n\n${table}\n\n</details>`
        : table);
    const problems = problemList(report, ctx);
    if (problems)
        parts.push(problems);
    if (ctx.level < 2 && typeof section.snippet === 'string')
        parts.push(snippetBlock(section.snippet));
    return parts.join('\n\n');
}
/**
 * Without a PR description (a push, the CLI without `--pr-body`) no box can be ticked: one line
 * says what evidence covers and where the rest is ticked; only required items that warn get rows.
 * The snippet to paste belongs to a pull request's comment (and `mlgate init`'s PR template).
 */
function unread(report, section, requiredMissing, ctx) {
    const evidence = section.items.filter((i) => i.status === 'evidence').map((i) => (0,report_escape/* code */.aY)(i.id));
    const c = section.counts;
    const parts = [
        `### ${requiredMissing > 0 ? '⚠️' : '📋'} Review checklist`,
        `<sub>✅ ${c.evidence} of ${section.items.length} by evidence${evidence.length ? ` (${evidence.join(', ')})` : ''} · ${c.missing} to tick in the PR description: none was read (push event, or the CLI without ${(0,report_escape/* code */.aY)('--pr-body')}), so required items only warn.</sub>`,
    ];
    const missing = section.items
        .filter((i) => i.required && i.status === 'missing')
        .slice(0, ctx.maxRows);
    if (missing.length > 0)
        parts.push(itemTable(missing));
    const problems = problemList(report, ctx);
    if (problems)
        parts.push(problems);
    return parts.join('\n\n');
}
/** The items as table rows: status, text (and required mark) with the id, evidence or detail. */
function itemTable(items) {
    const rows = items.map((i) => [
        ICON[i.status] ?? (0,report_escape/* escapeCell */.kq)(i.status),
        `${(0,report_escape/* escapeCell */.kq)((0,report_escape/* clip */.$Q)(i.text, LONG))}${i.required ? ' **(required)**' : ''}<br><sub>${(0,report_escape/* codeCell */.MZ)((0,report_escape/* clip */.$Q)(i.id))}</sub>`,
        (0,report_escape/* escapeCell */.kq)((0,report_escape/* clip */.$Q)(i.detail, LONG)),
    ]);
    return markdownTable([['', 'Item', 'Evidence / attestation'], ...rows], {
        align: ['c', 'l', 'l'],
    });
}
/** Checklist findings other than missing items (those are rows): bad waivers, bad attestations. */
function problemList(report, ctx) {
    const problems = report.findings.filter((f) => f.check === 'checklist' && f.rule !== 'checklist.missing');
    if (problems.length === 0)
        return null;
    return problems
        .slice(0, ctx.maxRows)
        .map((f) => `- ${LEVEL_ICON[f.level] ?? (0,report_escape/* escapeText */.X1)(f.level)} ${(0,report_escape/* escapeText */.X1)((0,report_escape/* clip */.$Q)(f.message, LONG))}`)
        .join('\n');
}
/** The snippet in a collapsed block, with the two rules a new user needs. */
function snippetBlock(snippet) {
    return [
        `<details><summary>How to tick items: paste this into the PR description</summary>`,
        '',
        `Tick a box (${(0,report_escape/* code */.aY)('- [x]')}) for what you checked yourself; items with machine evidence tick themselves. For an item that does not apply, write ${(0,report_escape/* code */.aY)('N/A: reason')} after its text. Keep the hidden ${(0,report_escape/* code */.aY)('<!-- mlgate:id -->')} comments: they match each box even if you edit its text. Editing the description re-runs the check.`,
        '',
        (0,report_escape/* fenced */.OF)(snippet, 'markdown'),
        '',
        '</details>',
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/report/sections/contract.ts
/** The contract section of the comment: identity, ML roles at a glance, findings, changes. */



/** Finding checks this section shows itself (others go to the generic findings list). */
const contractChecks = ['contract', 'contract-change'];
const RANK = { error: 0, warning: 1, notice: 2 };
const FORMAT = { odcs: 'ODCS', dcs: 'Data Contract Specification' };
const renderContract = (model, findings, ctx) => {
    const section = model.contract;
    if (!section)
        return null;
    const own = findings
        .filter((f) => contractChecks.includes(f.check))
        .sort((a, b) => RANK[a.level] - RANK[b.level] ||
        (a.line ?? 0) - (b.line ?? 0) ||
        a.message.localeCompare(b.message));
    const checks = own.filter((f) => f.check === 'contract');
    const worst = own.find((f) => f.level !== 'notice')?.level;
    const parts = [`#### ${worst ? report_findings/* LEVEL_ICON */.$M[worst] : '✅'} Data contract ${(0,report_escape/* code */.aY)(section.file)}`];
    parts.push(identity(section));
    if (section.tables.length > 0)
        parts.push(rolesTable(section, ctx));
    parts.push(evidenceLine(section));
    const list = (0,report_findings/* findingList */.QQ)(checks, ctx.maxRows);
    if (list)
        parts.push(list);
    const changes = changesBlock(section, ctx);
    if (changes)
        parts.push(changes);
    return parts.join('\n\n');
};
function identity(s) {
    if (!s.format)
        return '<sub>Not readable as a data contract; see the findings below.</sub>';
    const bits = [
        `${FORMAT[s.format] ?? (0,report_escape/* escapeText */.X1)(String(s.format))} ${(0,report_escape/* escapeText */.X1)(s.formatVersion ?? '')}`.trim(),
    ];
    if (s.name ?? s.id)
        bits.push((0,report_escape/* code */.aY)(s.name ?? s.id ?? ''));
    if (s.version)
        bits.push(`version ${(0,report_escape/* code */.aY)(s.version)}${s.baseVersion && s.baseVersion !== s.version ? ` (base ${(0,report_escape/* code */.aY)(s.baseVersion)}${s.majorBump ? ', major bump' : ''})` : ''}`);
    if (s.status)
        bits.push(`status ${(0,report_escape/* escapeText */.X1)(s.status)}`);
    bits.push(s.snapshot ? `snapshot ${(0,report_escape/* code */.aY)(s.snapshot)}` : 'no dataset snapshot');
    return `<sub>${bits.join(' · ')}</sub>`;
}
const names = (list) => (list.length ? list.map(report_escape/* codeCell */.MZ).join(', ') : '-');
const one = (name) => (name ? (0,report_escape/* codeCell */.MZ)(name) : '-');
function rolesTable(s, ctx) {
    const tables = [...s.tables].sort((a, b) => a.table.localeCompare(b.table));
    const rows = tables
        .slice(0, ctx.maxRows)
        .map((t) => [
        (0,report_escape/* codeCell */.MZ)(t.table),
        names(t.entityKeys) + (t.entitySource === 'primaryKey' ? ' (primary key)' : ''),
        one(t.eventTimestamp),
        t.label
            ? `${(0,report_escape/* codeCell */.MZ)(t.label)}${t.labelTimestamp ? ` at ${(0,report_escape/* codeCell */.MZ)(t.labelTimestamp)}` : ''}${t.labelDelay ? ` (${(0,report_escape/* escapeCell */.kq)(t.labelDelay)})` : ''}`
            : '-',
        `${t.features.length}${t.implicitFeatures && t.features.length > 0 ? ' (implicit)' : ''}`,
        t.splitPolicy
            ? `${(0,report_escape/* escapeCell */.kq)(t.splitPolicy)}${t.splitColumns.length ? ` on ${names(t.splitColumns)}` : ''}`
            : '-',
    ]);
    const table = markdownTable([['Table', 'Entity', 'Event time', 'Label', 'Features', 'Split'], ...rows], { align: ['l', 'l', 'l', 'l', 'r', 'l'] });
    const more = tables.length - rows.length;
    return table + (more > 0 ? `\n\n<sub>${more} more tables in the job summary.</sub>` : '');
}
function evidenceLine(s) {
    const items = [
        ['data contract', s.evidence['data-contract']],
        ['leakage', s.evidence.leakage],
        ['sensitive data', s.evidence['sensitive-data']],
    ];
    return `<sub>Checklist evidence: ${items.map(([label, e]) => `${e.ok ? '✅' : '❌'} ${label}`).join(' · ')}</sub>`;
}
function changesBlock(s, ctx) {
    if (s.comparison === 'new')
        return '<sub>No contract at the base commit: nothing to compare.</sub>';
    if (s.comparison === 'unreadable')
        return '<sub>The contract at the base commit could not be read: breaking changes were not checked.</sub>';
    if (s.comparison !== 'compared')
        return null;
    if (s.changes.length === 0)
        return '<sub>No contract changes between base and head.</sub>';
    const sorted = [...s.changes].sort((a, b) => RANK[a.level] - RANK[b.level] ||
        a.path.localeCompare(b.path) ||
        a.change.localeCompare(b.change));
    const visible = ctx.level >= 1 ? sorted.filter((c) => c.level !== 'notice') : sorted;
    const rows = visible
        .slice(0, ctx.maxRows)
        .map((c) => [
        (0,report_escape/* escapeCell */.kq)(c.change),
        (0,report_escape/* codeCell */.MZ)(c.path),
        `${report_findings/* LEVEL_ICON */.$M[c.level] ?? ''} ${(0,report_escape/* escapeCell */.kq)(c.level)}${c.level !== c.computed ? ` (was ${(0,report_escape/* escapeCell */.kq)(c.computed)})` : ''}`,
        (0,report_escape/* escapeCell */.kq)(c.detail),
    ]);
    const hidden = sorted.length - rows.length;
    const note = [];
    if (s.majorBump)
        note.push('the major version went up, so breaking changes are warnings');
    if (s.breaking !== 'error')
        note.push((0,report_escape/* code */.aY)(`contract_policy.breaking: ${s.breaking}`));
    if (hidden > 0)
        note.push(`${hidden} more change${hidden === 1 ? '' : 's'} in the job summary`);
    const table = rows.length
        ? markdownTable([['Change', 'Path', 'Severity', 'Detail'], ...rows], {
            align: ['l', 'l', 'l', 'l'],
        })
        : '';
    const body = [table, note.length ? `<sub>${note.join('; ')}.</sub>` : '']
        .filter(Boolean)
        .join('\n\n');
    const title = `${s.changes.length} contract change${s.changes.length === 1 ? '' : 's'} (base → head)`;
    if (sorted.every((c) => c.level === 'notice'))
        return `<details><summary>${title}</summary>\n\n${body}\n\n</details>`;
    return `**${title}**\n\n${body}`;
}

// EXTERNAL MODULE: ./src/checks/gates.ts
var gates = __webpack_require__(3041);
// EXTERNAL MODULE: ./src/report/numbers.ts
var numbers = __webpack_require__(5616);
// EXTERNAL MODULE: ./src/formats/rollout/duration.ts
var duration = __webpack_require__(4196);
// EXTERNAL MODULE: ./src/order.ts
var src_order = __webpack_require__(5395);
;// CONCATENATED MODULE: ./src/report/sections/gates.ts
/**
 * The gates table: one row per gate result, each fact once (value, reference, threshold); what a
 * row cannot say in its cells (an aggregate's members, why a gate was skipped or could not be
 * evaluated) is a numbered note below the table.
 */




const STATUS_ICON = {
    pass: '✅',
    fail: '❌',
    warn: '⚠️',
    skip: '⏭️',
    waived: '🟡',
};
const THRESHOLD_LABEL = {
    min: ['≥ ', ''],
    max: ['≤ ', ''],
    max_drop: ['max drop ', ''],
    max_drop_pct: ['max drop ', '%'],
    min_gain: ['min gain ', ''],
    min_gain_pct: ['min gain ', '%'],
};
/**
 * The value, reference and threshold cells of a gate row, printed so that numbers read against
 * each other differ visibly (value vs min/max, value vs reference).
 */
function gateNumbers(g) {
    const absolute = g.thresholdKind === 'min' || g.thresholdKind === 'max';
    const [value, reference, threshold] = (0,numbers/* fmtAll */.lP)([
        g.value,
        g.reference,
        absolute ? g.threshold : null,
    ]);
    return { value, reference, threshold: absolute ? threshold : (0,numbers/* fmt */.Sc)(g.threshold) };
}
/*
 * Enums (status, vs, of, bound, aggregate, thresholdKind) are escaped like any text: the schema
 * admits only known values, but the renderer does not rely on a report having been validated.
 */
function thresholdCell(g, text) {
    if (g.threshold === null)
        return '-';
    const [pre, post] = (g.thresholdKind && THRESHOLD_LABEL[g.thresholdKind]) || ['', ''];
    return `${pre}${text}${post}`;
}
function valueCell(g, text) {
    if (g.value === null)
        return '-';
    const what = g.aggregate && g.aggregate !== 'each' ? `${(0,report_escape/* escapeCell */.kq)(g.aggregate)} ` : '';
    const bound = g.bound && g.bound !== 'value' ? ` (${(0,report_escape/* escapeCell */.kq)(g.bound)})` : '';
    return `${what}${text}${bound}`;
}
function referenceCell(g, text) {
    if (g.reference === null)
        return g.vs ? `- (${(0,report_escape/* escapeCell */.kq)(g.vs)})` : '-';
    if (g.vs === 'history' && Array.isArray(g.trend)) {
        return `${text} (${(0,report_escape/* escapeCell */.kq)(g.of ?? 'best')} of ${g.trend.length})<br><sub>${trendLine(g.trend, g.value)}</sub>`;
    }
    return `${text} (${(0,report_escape/* escapeCell */.kq)(g.vs ?? 'ref')})`;
}
/** Most past values a trend line shows: the oldest, an ellipsis, and the most recent ones. */
const TREND_SHOWN = 6;
/** `0.861 → 0.858 → 0.855 → 0.851 → **0.847**`: the base branch's past values, then this PR's. */
function trendLine(trend, head) {
    const shown = trend.length > TREND_SHOWN
        ? [(0,numbers/* fmt */.Sc)(trend[0]), '…', ...trend.slice(-(TREND_SHOWN - 2)).map(numbers/* fmt */.Sc)]
        : trend.map(numbers/* fmt */.Sc);
    return [...shown, ...(head === null ? [] : [`**${(0,numbers/* fmt */.Sc)(head)}**`])].join(' → ');
}
/** A row whose cells do not tell the whole story: its message goes below the table. */
function needsNote(g) {
    return (g.status === 'skip' ||
        g.status === 'waived' ||
        g.value === null ||
        g.threshold === null ||
        (g.aggregate !== undefined && g.aggregate !== 'each'));
}
function renderGates(model, ctx) {
    if (model.gates.length === 0)
        return '_No gates configured for this model._';
    const order = { fail: 0, warn: 1, waived: 2, skip: 3, pass: 4 };
    const sorted = [...model.gates].sort((a, b) => order[a.status] - order[b.status] || a.gate - b.gate || (0,src_order/* byCodeUnit */.X)(a.metric, b.metric));
    const collapsePassing = ctx.level >= 1;
    const visible = (collapsePassing ? sorted.filter((g) => g.status !== 'pass') : sorted).slice(0, ctx.maxRows);
    const notes = [];
    // Two gates that fail for the same reason (`f1 is missing from m.json`) share one note.
    const numbered = new Map();
    const rows = visible.map((g) => {
        const n = gateNumbers(g);
        let mark = '';
        if (needsNote(g)) {
            const note = (0,report_escape/* escapeText */.X1)((0,report_escape/* clip */.$Q)(g.message)) +
                (g.waiver ? ` — ${(0,report_escape/* escapeText */.X1)(`waived by @${g.waiver.by}: ${(0,report_escape/* clip */.$Q)(g.waiver.reason)}`)}` : '');
            let number = numbered.get(note);
            if (number === undefined) {
                notes.push(note);
                number = notes.length;
                numbered.set(note, number);
            }
            mark = ` <sup>${number}</sup>`;
        }
        return [
            STATUS_ICON[g.status] ?? (0,report_escape/* escapeCell */.kq)(g.status),
            `${g.name ? `${(0,report_escape/* escapeCell */.kq)((0,report_escape/* clip */.$Q)(g.name))} ` : ''}${(0,report_escape/* codeCell */.MZ)((0,report_escape/* clip */.$Q)(g.metric))}${mark}`,
            valueCell(g, n.value),
            referenceCell(g, n.reference),
            thresholdCell(g, n.threshold),
        ];
    });
    // Rows that would read alike (two gates on one metric failing for the same reason) name
    // their gate's line, so that no two rows are the same.
    const seen = new Map();
    for (const r of rows)
        seen.set(r.join('|'), (seen.get(r.join('|')) ?? 0) + 1);
    rows.forEach((r, i) => {
        const line = visible[i].configLine;
        if (line && (seen.get(r.join('|')) ?? 0) > 1)
            r[1] += `<br><sub>${(0,report_escape/* codeCell */.MZ)(`${ctx.report.config.file}:${line}`)}</sub>`;
    });
    const hidden = sorted.length - rows.length;
    const parts = ['#### Gates'];
    if (rows.length > 0)
        parts.push(markdownTable([['', 'Gate', 'Value', 'Reference', 'Threshold'], ...rows], {
            align: ['c', 'l', 'r', 'r', 'r'],
        }));
    if (notes.length > 0)
        parts.push(notes.map((n, i) => `${i + 1}. ${n}`).join('\n'));
    if (hidden > 0)
        parts.push(`<sub>${hidden} more gate${hidden === 1 ? '' : 's'} passed; see the job summary.</sub>`);
    return parts.join('\n\n');
}

;// CONCATENATED MODULE: ./src/report/sections/diff.ts
/** The metric diff (base → head, `dvc metrics diff` semantics); slice metrics folded. */



function changeCell(row) {
    if (row.change === null)
        return '-';
    const sign = row.change > 0 ? '+' : '';
    return `${sign}${(0,numbers/* fmt */.Sc)(row.change)}`;
}
function displayValue(v, ci, text) {
    if (v === null || v === undefined)
        return '-';
    if (typeof v === 'number')
        return ci ? `${text ?? (0,numbers/* fmt */.Sc)(v)} [${(0,numbers/* fmt */.Sc)(ci[0])}, ${(0,numbers/* fmt */.Sc)(ci[1])}]` : (text ?? (0,numbers/* fmt */.Sc)(v));
    return (0,report_escape/* escapeCell */.kq)(String(v));
}
/** Base and head of a diff row: a row exists because they differ, so they print differently. */
function rowNumbers(r) {
    if (typeof r.base !== 'number' || typeof r.head !== 'number')
        return [undefined, undefined];
    return (0,numbers/* fmtPair */.oP)(r.base, r.head);
}
/** Slice metrics (`slices.*`, `*.slices.*`) are collapsed: there are many and they are noisy. */
function isSlice(row) {
    // `slices` as any segment but the last, without splitting each of 100,000 names.
    return SLICE_SEGMENT.test(row.metric);
}
const SLICE_SEGMENT = /(?:^|\.)slices\./;
function renderDiff(model, ctx) {
    const production = model.diffBase?.kind === 'production' ? model.diffBase.file : null;
    // The diff's base side is the production file: the values `vs: production` gates compare with.
    const againstProduction = production
        ? `<sub>Base: the production metrics file ${(0,report_escape/* code */.aY)((0,report_escape/* clip */.$Q)(production))} (\`production:\`), which \`vs: production\` gates compare with; not the base commit.</sub>`
        : null;
    if (model.metrics.length === 0) {
        if (production)
            return `<sub>No metric differs between the production metrics file ${(0,report_escape/* code */.aY)((0,report_escape/* clip */.$Q)(production))} and head.</sub>`;
        return model.state === 'new' ? null : '<sub>No metric changed between base and head.</sub>';
    }
    const hasBaseline = model.metrics.some((r) => r.baseline !== undefined);
    // Several metrics files (a dvc.yaml's train and evaluate files): each row says which it is from.
    const hasPath = (model.metricsFiles?.length ?? 0) > 1;
    const table = (rows) => {
        const shown = rows.slice(0, ctx.maxRows);
        const header = [
            ...(hasPath ? ['Path'] : []),
            'Metric',
            production ? 'Production' : 'Base',
            'Head',
            'Change',
            ...(hasBaseline ? ['Baseline'] : []),
        ];
        const body = shown.map((r) => {
            const [base, head] = rowNumbers(r);
            return [
                ...(hasPath ? [(0,report_escape/* codeCell */.MZ)((0,report_escape/* clip */.$Q)(r.path ?? ''))] : []),
                (0,report_escape/* codeCell */.MZ)((0,report_escape/* clip */.$Q)(r.metric)),
                displayValue(r.base, r.baseCi, base),
                displayValue(r.head, r.headCi, head),
                changeCell(r),
                ...(hasBaseline ? [displayValue(r.baseline ?? null)] : []),
            ];
        });
        const more = rows.length - shown.length;
        return (markdownTable([header, ...body], {
            align: [...(hasPath ? ['l'] : []), 'l', 'r', 'r', 'r', 'r'],
        }) + (more > 0 ? `\n\n<sub>${more} more rows in the job summary.</sub>` : ''));
    };
    const main = model.metrics.filter((r) => !isSlice(r));
    const slices = model.metrics.filter(isSlice);
    const title = production
        ? '#### Metric diff (production → head)'
        : model.state === 'new'
            ? '#### Metrics (new model, no base)'
            : '#### Metric diff (base → head)';
    const parts = [title, ...(againstProduction ? [againstProduction] : [])];
    if (main.length > 0)
        parts.push(table(main));
    if (slices.length > 0) {
        const verb = production ? ' differ' : model.state === 'new' ? '' : ' changed';
        parts.push(`<details><summary>${slices.length} slice metric${slices.length === 1 ? '' : 's'}${verb}</summary>\n\n${table(slices)}\n\n</details>`);
    }
    return parts.join('\n\n');
}

// EXTERNAL MODULE: ./src/report/keys.ts
var keys = __webpack_require__(8516);
;// CONCATENATED MODULE: ./src/report/sections/charts.ts
/**
 * Mermaid charts (SPEC §11), which GitHub draws in comments without any image hosting: the rollout
 * plan's traffic over time (base and head overlaid when the plan changed), the gated slices base vs
 * head (worst first), and each `vs: history` gate's trend. Every chart has a plain-text line under
 * it, which is all that is left with `comment: { charts: false }` or where Mermaid is not drawn.
 * Labels from user files are reduced to a safe alphabet: a chart cannot carry markup or directives.
 */







/** Most bars in a slice chart; the worst slices are kept. */
const MAX_SLICES = 12;
/** Most slice charts (one per gated pattern) and trend charts per model. */
const MAX_CHARTS = 3;
/** A label safe inside a quoted Mermaid string: letters, digits and a few separators. */
function chartLabel(text, max = 28) {
    const safe = String(text)
        .replace(/[^A-Za-z0-9_.,:+\- ]/g, '_')
        .slice(0, max);
    return safe === '' ? '_' : safe;
}
/** A number Mermaid reads: finite, plain decimal notation. */
const num = (n) => (Number.isFinite(n) ? String(Number(n.toPrecision(6))) : '0');
/**
 * Series colours. Mermaid's default palette starts with a near-white lavender, which draws a lone
 * line as almost nothing; the PR's values are GitHub's blue (lighter for bars, so that a base line
 * drawn over them shows), the base's a grey.
 */
const HEAD = '#0969da';
const HEAD_BAR = '#54aeff';
const BASE = '#57606a';
function xychart(title, x, yTitle, series, range) {
    // A fixed directive, no user text: only the colours, which GitHub's Mermaid lets a chart set.
    const palette = series.map(([, colour]) => colour).join(', ');
    const lines = [
        `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${palette}"}}}}%%`,
        'xychart-beta',
        `  title "${chartLabel(title, 60)}"`,
        `  x-axis [${x.map((l) => `"${chartLabel(l)}"`).join(', ')}]`,
        `  y-axis "${chartLabel(yTitle)}"${range ? ` ${num(range[0])} --> ${num(range[1])}` : ''}`,
        ...series.map(([s]) => `  ${s}`),
    ];
    return (0,report_escape/* fenced */.OF)(lines.join('\n'), 'mermaid');
}
/** Time at which each stage starts, and the end of the last: holds that are not durations count 0. */
function timeline(stages) {
    let t = 0;
    const out = [];
    for (const s of stages) {
        out.push({ start: t, traffic: s.traffic });
        if (typeof s.hold === 'number')
            t += s.hold;
    }
    out.push({ start: t, traffic: stages.at(-1)?.traffic ?? 0 });
    return out;
}
/**
 * The traffic of `line` just before and at each of `times` (ascending), in one walk: asking each
 * time separately costs stages × times (a forged plan has a thousand of each).
 */
function trafficAt(line, times) {
    const before = [];
    const at = [];
    let i = 0;
    let v = 0;
    for (const t of times) {
        while (i < line.length && line[i].start < t)
            v = line[i++].traffic;
        before.push(v);
        let j = i;
        let w = v;
        while (j < line.length && line[j].start <= t)
            w = line[j++].traffic;
        at.push(w);
    }
    return { before, at };
}
const at = (ms) => (ms === 0 ? '0' : (0,duration/* formatDuration */.a)(ms));
/** Traffic share over time as a staircase: each boundary twice, before and after the step. */
function rolloutChart(model) {
    const section = model.rollout;
    const stages = section?.plan?.stages.filter((s) => !s.label) ?? [];
    if (!section?.plan || stages.length < 2)
        return null;
    const head = timeline(stages);
    const base = section.baseStages ? timeline(section.baseStages.filter((s) => !s.label)) : null;
    const times = [...new Set([...head, ...(base ?? [])].map((p) => p.start))].sort((a, b) => a - b);
    const x = [];
    const series = base ? [[], []] : [[]];
    const lines = [head, ...(base ? [base] : [])].map((l) => trafficAt(l, times));
    times.forEach((t, i) => {
        if (i > 0) {
            x.push(at(t));
            lines.forEach((l, s) => series[s].push(l.before[i]));
        }
        x.push(at(t));
        lines.forEach((l, s) => series[s].push(l.at[i]));
    });
    const text = `Traffic: ${(0,report_escape/* code */.aY)(section.summary ?? '')}${section.baseSummary ? ` (base: ${(0,report_escape/* code */.aY)(section.baseSummary)})` : ''}`;
    return {
        title: base
            ? 'Rollout traffic over time (head in blue, base in grey)'
            : 'Rollout traffic over time',
        mermaid: xychart(`traffic percent by time since start${base ? ': head blue, base grey' : ''}`, x, 'traffic percent', 
        // Base first: the later series is drawn on top, so the PR's plan is never hidden.
        [...series]
            .reverse()
            .map((s, i) => [`line [${s.map(num).join(', ')}]`, base && i === 0 ? BASE : HEAD]), [0, 100]),
        text,
    };
}
/**
 * The y-axis of a bar chart. Mermaid starts the axis at the smallest value, which draws the worst
 * slice (the one a reviewer looks for) as no bar at all; the axis starts half the values' spread
 * lower (not below 0 for non-negative values) so every bar shows.
 */
function barRange(values) {
    const lo = Math.min(...values);
    const hi = Math.max(...values);
    const spread = hi - lo || Math.abs(hi) / 10 || 1;
    const bottom = lo - spread / 2;
    return [lo >= 0 && bottom < 0 ? 0 : bottom, hi + spread / 10];
}
/** The group's paths as a pattern (`slices.*.recall`): segments that differ become `*`. */
function patternOf(metrics) {
    // One split at a time: a wildcard over every slice has 100,000 metrics.
    const first = metrics[0].split('.');
    const shared = first.map(() => true);
    for (const m of metrics) {
        const segs = m.split('.');
        if (segs.length !== first.length)
            return metrics[0];
        for (let i = 0; i < segs.length; i++)
            if (segs[i] !== first[i])
                shared[i] = false;
    }
    return first.map((seg, i) => (shared[i] ? seg : '*')).join('.');
}
/** The part of a path that the pattern's `*` stands for (`slices.<this>.recall`). */
function sliceName(metric, pattern) {
    const segs = metric.split('.');
    const pat = pattern.split('.');
    const parts = segs.filter((_, i) => pat[i] === '*');
    return parts.length > 0 && segs.length === pat.length ? parts.join('.') : metric;
}
/** One chart per gated slice pattern: head as bars, base as a line, worst slice first. */
function sliceCharts(model) {
    const groups = new Map();
    for (const g of model.gates) {
        if (g.value === null || !isSlice(g) || (g.aggregate && g.aggregate !== 'each'))
            continue;
        const group = groups.get(g.gate);
        if (group)
            group.push(g);
        else
            groups.set(g.gate, [g]);
    }
    const charts = [];
    let rows = null;
    for (const results of [...groups.values()].filter((r) => r.length >= 2).slice(0, MAX_CHARTS)) {
        const pattern = patternOf(results.map((g) => g.metric));
        const better = (0,gates/* betterOf */.Kd)({}, results[0].metric);
        rows ??= new Map(model.metrics.map((r) => [(0,keys/* textKey */.t)(r.metric), r]));
        // Worst first, then only the slices shown are named and paired with their base.
        const head = (g) => g.value;
        const slices = [...results]
            .sort((a, b) => (better === 'higher' ? head(a) - head(b) : head(b) - head(a)))
            .slice(0, MAX_SLICES)
            .map((g) => {
            const row = rows.get((0,keys/* textKey */.t)(g.metric));
            const base = model.state === 'new' && !model.diffBase
                ? null
                : row
                    ? typeof row.base === 'number'
                        ? row.base
                        : null
                    : g.value;
            return { name: sliceName(g.metric, pattern), head: head(g), base };
        });
        const last = pattern.split('.').at(-1) ?? pattern;
        const withBase = slices.every((s) => s.base !== null);
        const series = [[`bar [${slices.map((s) => num(s.head)).join(', ')}]`, HEAD_BAR]];
        if (withBase)
            series.push([`line [${slices.map((s) => num(s.base)).join(', ')}]`, BASE]);
        const shown = slices.flatMap((s) => (s.base === null ? [s.head] : [s.head, s.base]));
        charts.push({
            title: `${pattern} by slice, worst first`,
            mermaid: xychart(`${last} by slice${withBase ? `: head bars, ${model.diffBase ? 'production' : 'base'} line` : ''}`, slices.map((s) => s.name), last, series, barRange(shown)),
            text: slices
                .map((s) => `${(0,report_escape/* escapeText */.X1)(s.name)} ${s.base !== null && s.base !== s.head ? `${(0,numbers/* fmt */.Sc)(s.base)} → ` : ''}${(0,numbers/* fmt */.Sc)(s.head)}`)
                .join(' · '),
        });
    }
    return charts;
}
/** A `vs: history` gate's past values and this PR's as a line. */
function trendCharts(model) {
    return model.gates
        .filter((g) => g.vs === 'history' && g.trend && g.trend.length > 0)
        .slice(0, MAX_CHARTS)
        .map((g) => {
        const trend = g.trend;
        const values = g.value === null ? trend : [...trend, g.value];
        const x = values.map((_, i) => (i === trend.length ? 'this PR' : `-${trend.length - i}`));
        return {
            title: `${g.metric} over the last ${trend.length} versions on the base branch`,
            mermaid: xychart(`${g.metric} trend`, x, g.metric, [
                [`line [${values.map(num).join(', ')}]`, HEAD],
            ]),
            text: `${(0,report_escape/* code */.aY)(g.metric)}: ${trendLine(trend, g.value)} (reference: ${(0,report_escape/* escapeText */.X1)(g.of ?? 'best')} ${g.reference === null ? '-' : (0,numbers/* fmt */.Sc)(g.reference)})`,
        };
    });
}
/** The model's charts (with their text) in one fold, or null when it has none. */
function renderCharts(model, ctx) {
    if (ctx.level >= 2)
        return null;
    const charts = [rolloutChart(model), ...sliceCharts(model), ...trendCharts(model)].filter((c) => c !== null);
    if (charts.length === 0)
        return null;
    const on = ctx.report.config.charts !== false;
    const body = charts
        .map((c) => [`**${(0,report_escape/* escapeText */.X1)(c.title)}**`, ...(on ? [c.mermaid] : []), `<sub>${c.text}</sub>`].join('\n\n'))
        .join('\n\n');
    return `<details><summary>📈 ${on ? 'Charts' : 'Trends'}: ${charts.map((c) => (0,report_escape/* escapeHtml */.ZD)(c.title.split(' ')[0])).join(', ')}</summary>\n\n${body}\n\n</details>`;
}

;// CONCATENATED MODULE: ./src/report/sections/ledger.ts
/** The ledger section of the comment: the ledger diff (base → head) and a suggested entry. */


/** Finding checks this section shows itself (others go to the generic findings list). */
const ledgerChecks = ['ledger'];
const ledger_RANK = { error: 0, warning: 1, notice: 2 };
const entries = (n) => `${n} ${n === 1 ? 'entry' : 'entries'}`;
const renderLedger = (model, findings, ctx) => {
    const l = model.ledger;
    if (!l || !Array.isArray(l.diff))
        return null;
    const own = findings
        .filter((f) => f.check === 'ledger')
        .sort((a, b) => ledger_RANK[a.level] - ledger_RANK[b.level] ||
        (a.line ?? 0) - (b.line ?? 0) ||
        a.message.localeCompare(b.message));
    const multi = ctx.report.models.length > 1;
    const bad = own.some((f) => f.level === 'error');
    const icon = bad ? '❌' : own.some((f) => f.level === 'warning') ? '⚠️' : '📒';
    const parts = [
        `### ${icon} Observation ledger${multi ? ` for ${(0,report_escape/* code */.aY)(model.name)}` : ''}: ${(0,report_escape/* code */.aY)(l.file)}`,
    ];
    const facts = [];
    if (l.entries !== null) {
        facts.push(`${entries(l.added.length).replace(' ', ' new ')}`);
        if (l.edited.length > 0)
            facts.push(`${entries(l.edited.length).replace(' ', ' past ')} edited`);
        if (l.removed.length > 0)
            facts.push(`${entries(l.removed.length).replace(' ', ' past ')} removed`);
        const past = (l.baseEntries ?? 0) - l.edited.length - l.removed.length;
        if (l.baseEntries !== null)
            facts.push(`${past} past unchanged`);
        else
            facts.push('new ledger file');
        facts.push(l.metricsChanged ? 'metrics changed in this PR' : 'no metric changed');
        parts.push(`<sub>${facts.join(' · ')}</sub>`);
    }
    if (own.length > 0) {
        parts.push((0,report_findings/* findingList */.QQ)(own, ctx.maxRows) ?? '');
    }
    if (l.diff.length > 0) {
        const cap = ctx.maxRows * 3;
        const shown = l.diff.slice(0, cap);
        let block = `#### Ledger diff (base → head)\n${(0,report_escape/* fenced */.OF)(shown.join('\n'), 'diff')}`;
        if (l.diff.length > shown.length)
            block += `\n\n<sub>${l.diff.length - shown.length} more lines in the job summary.</sub>`;
        parts.push(block);
    }
    if (typeof l.suggested === 'string' && l.suggested !== '') {
        const body = (0,report_escape/* fenced */.OF)(l.suggested, l.format === 'yaml' ? 'yaml' : 'markdown');
        if (l.added.length === 0) {
            const lead = l.metricsChanged ? 'Metrics changed in this PR: append' : 'Append';
            parts.push(`#### Suggested ledger entry\n${lead} this entry to ${(0,report_escape/* code */.aY)(l.file)} and replace the ${(0,report_escape/* code */.aY)('<placeholders>')}. Metric movement and Slice movement are measured by this run.\n\n${body}`);
        }
        else {
            parts.push(`<details><summary>Suggested entry with the measured movement</summary>\n\n${body}\n\n</details>`);
        }
    }
    return parts.join('\n\n');
};

;// CONCATENATED MODULE: ./src/report/sections/manifest.ts
/** The manifest section of the comment: the five evidences the manifest gives, and its findings. */



/** Finding checks this section shows itself (others go to the generic findings list). */
const manifestChecks = ['manifest'];
const LABELS = [
    ['artifact', 'Artifact'],
    ['prediction-contract', 'Prediction contract'],
    ['serving', 'Serving'],
    ['monitoring', 'Monitoring'],
    ['reproducible', 'Reproducible run'],
];
const renderManifest = (model, findings, ctx) => {
    const section = model.manifest;
    if (!section)
        return null;
    const own = findings.filter((f) => f.check === 'manifest');
    const m = section.manifest;
    const head = `#### Model manifest ${(0,report_escape/* code */.aY)(section.file)}${m?.name ? ` · ${(0,report_escape/* code */.aY)(m.name)}` : ''}${m?.version ? ` ${(0,report_escape/* code */.aY)(m.version)}` : ''}`;
    const parts = [head];
    if (m) {
        const items = LABELS.map(([key, label]) => {
            const ev = section.evidence[key];
            return `- ${ev.ok ? '✅' : '⚠️'} **${label}**: ${(0,report_escape/* escapeText */.X1)(ev.detail)}`;
        });
        const allOk = LABELS.every(([key]) => section.evidence[key].ok);
        const body = items.join('\n');
        parts.push(allOk && ctx.level >= 1
            ? `<details><summary>Manifest complete</summary>\n\n${body}\n\n</details>`
            : body);
        if (m.fromCard.length > 0)
            parts.push(`<sub>From the model card: ${(0,report_escape/* escapeText */.X1)(m.fromCard.join(', '))}.</sub>`);
    }
    const list = (0,report_findings/* findingList */.QQ)((0,report_model/* sortFindings */.Tc)(own), ctx.maxRows);
    if (list)
        parts.push(list);
    return parts.join('\n\n');
};

;// CONCATENATED MODULE: ./src/report/sections/models.ts
/**
 * One line per model (SPEC §11 fan-in): with several models the comment opens with a table of
 * every model and its status, so a reviewer of a 200-model PR sees at once which ones block; the
 * sections below expand failing models, and at the tightest size level passing ones live only here.
 */



const models_ICON = { fail: '❌', warn: '⚠️', pass: '✅' };
/** The models table, or null for a single model (its section says it all). */
function renderModelSummary(report, ctx) {
    if (report.models.length < 2)
        return null;
    const lookup = ctx.lookup ?? (0,report_lookup/* reportLookup */.X)(report);
    const counts = { fail: 0, warn: 0, pass: 0 };
    const rows = report.models.map((m) => {
        const passed = m.gates.filter((g) => g.status === 'pass').length;
        const failed = m.gates.filter((g) => g.status === 'fail').length;
        const c = { errors: 0, warnings: 0 };
        for (const f of lookup.findingsOf(m)) {
            if (f.level === 'error')
                c.errors++;
            else if (f.level === 'warning')
                c.warnings++;
        }
        const status = lookup.status(m);
        counts[status]++;
        return [
            models_ICON[status],
            `${(0,report_escape/* codeCell */.MZ)(m.name)}${m.state === 'new' ? ' (new)' : ''}`,
            `${passed}/${m.gates.length}`,
            String(failed),
            String(c.errors),
            String(c.warnings),
        ];
    });
    const title = `### Models: ${counts.fail} failing · ${counts.warn} with warnings · ${counts.pass} passing`;
    const table = markdownTable([['', 'Model', 'Gates passed', 'Failed', 'Errors', 'Warnings'], ...rows], { align: ['c', 'l', 'r', 'r', 'r', 'r'] });
    return `${title}\n\n${table}`;
}

// EXTERNAL MODULE: ./src/formats/rollout/describe.ts
var describe = __webpack_require__(9241);
;// CONCATENATED MODULE: ./src/report/sections/rollout.ts
/** The rollout section of the comment: the plan as one line, its stages, rollback and findings. */






/** Finding checks this section shows itself (others go to the generic findings list). */
const rolloutChecks = ['rollout'];
const rollout_FORMAT = {
    argo: 'Argo Rollout',
    flagger: 'Flagger Canary',
    kserve: 'KServe InferenceService',
    native: 'MlgateRollout',
};
function holdCell(s) {
    if (s.hold === null)
        return '-';
    if (s.hold === 'manual')
        return 'manual';
    if (s.hold === 'invalid')
        return `${(0,report_escape/* escapeCell */.kq)(s.holdText ?? '?')} (invalid)`;
    return (0,duration/* formatDuration */.a)(s.hold);
}
const renderRollout = (model, findings, ctx) => {
    const section = model.rollout;
    if (!section)
        return null;
    const own = findings.filter((f) => f.check === 'rollout');
    const plan = section.plan;
    const kind = plan ? (rollout_FORMAT[plan.format] ?? (0,report_escape/* escapeText */.X1)(String(plan.format))) : '';
    const title = `#### Rollout ${(0,report_escape/* code */.aY)(section.file)}${plan ? ` · ${kind}, ${(0,report_escape/* escapeText */.X1)(plan.strategy)}` : ''}`;
    const parts = [title];
    if (plan && section.summary) {
        parts.push((0,report_escape/* code */.aY)(section.summary));
        if (section.baseSummary)
            parts.push(`<sub>base: ${(0,report_escape/* code */.aY)(section.baseSummary)}</sub>`);
        const rows = plan.stages
            .slice(0, ctx.maxRows)
            .map((s) => [
            `${(0,report_escape/* escapeCell */.kq)(String(s.traffic))}%${s.label ? ` (${(0,report_escape/* escapeCell */.kq)(s.label)})` : ''}${s.implicit ? ' (promotion)' : ''}`,
            holdCell(s),
            s.gates.length === 0
                ? '-'
                : [...new Set(s.gates.map(describe/* gateLabel */.GS))].sort().map(report_escape/* escapeCell */.kq).join(', '),
        ]);
        let table = markdownTable([['Traffic', 'Hold', 'Gates'], ...rows], { align: ['r', 'l', 'l'] });
        if (plan.stages.length > rows.length)
            table += `\n\n<sub>${plan.stages.length - rows.length} more steps in the job summary.</sub>`;
        const quiet = !own.some((f) => f.level !== 'notice');
        parts.push(quiet && ctx.level >= 1
            ? `<details><summary>${plan.stages.length} steps</summary>\n\n${table}\n\n</details>`
            : table);
        const ev = section.evidence;
        parts.push([
            `${ev.rollback.ok ? '✅' : '❌'} Rollback ${(0,report_escape/* escapeText */.X1)((0,describe/* rollbackText */.Ew)(plan))}`,
            `${ev.guardrails.ok ? '✅' : '⚠️'} ${(0,report_escape/* escapeText */.X1)(ev.guardrails.detail)}`,
        ]
            .map((l) => `- ${l}`)
            .join('\n'));
        if (plan.notes.length > 0 && ctx.level === 0)
            parts.push(`<details><summary>Read but not checked</summary>\n\n${plan.notes
                .slice(0, ctx.maxRows)
                .map((n) => `- ${(0,report_escape/* escapeText */.X1)((0,report_escape/* clip */.$Q)(n, 1000))}`)
                .join('\n')}\n\n</details>`);
    }
    const list = (0,report_findings/* findingList */.QQ)((0,report_model/* sortFindings */.Tc)(own), ctx.maxRows);
    if (list)
        parts.push(list);
    else if (plan)
        parts.push('<sub>No rollout findings.</sub>');
    return parts.join('\n\n');
};

;// CONCATENATED MODULE: ./src/report/sections/waivers.ts
/** The waivers section of the comment: every waiver command on the PR and what became of it. */



const OUTCOME = {
    applied: '🟡 waived',
    changed: '❌ changed since waived',
    expired: '⌛ expired',
    refused: '⛔ not authorised',
    unmatched: '➖ nothing to waive',
    withdrawn: '↩️ withdrawn',
    replaced: '➖ replaced',
    ignored: '⛔ ignored',
    invalid: '⚠️ not understood',
};
/** Only plain https links are printed as links: nothing that could end the link or the cell. */
function waivers_link(url) {
    return /^https?:\/\/[A-Za-z0-9.-]+(:\d+)?\/[A-Za-z0-9._~/#%=?&+-]*$/.test(url)
        ? `[comment](${url})`
        : '-';
}
function row(e) {
    const what = e.kind === 'unwaive' ? `unwaive ${e.target}` : e.target;
    return [
        OUTCOME[e.status] ?? (0,report_escape/* escapeCell */.kq)(e.status),
        (0,report_escape/* codeCell */.MZ)(what.length > 120 ? `${what.slice(0, 119)}…` : what),
        (0,report_escape/* escapeCell */.kq)(`@${e.by}`),
        (0,report_escape/* escapeCell */.kq)(e.reason ?? '-'),
        (0,report_escape/* escapeCell */.kq)(e.expires ?? '-'),
        `${(0,report_escape/* escapeCell */.kq)(e.detail)} · ${waivers_link(e.url)}`,
    ];
}
/** Targets a reviewer could waive now: the blocking findings' names. */
function waivable(report) {
    // Keyed by textKey: targets come from the report and can be long (see keys.ts).
    const names = new Map();
    for (const f of report.findings) {
        if (f.status === 'waived' || f.level === 'notice' || f.rule?.startsWith('waivers.'))
            continue;
        if (f.level === 'warning' && report.failOn !== 'warning')
            continue;
        const name = f.target ?? (f.rule ? `${f.model ? `${f.model} ` : ''}${f.rule}` : null);
        if (name)
            names.set((0,keys/* textKey */.t)(name), name);
    }
    return [...names.values()].sort();
}
/** The section, or null when waivers are off or nothing is waived or waivable. */
function renderWaivers(report, ctx) {
    const w = report.waivers;
    if (!w)
        return null;
    const parts = [];
    if (w.entries.length > 0) {
        const shown = w.entries.slice(0, ctx.maxRows);
        parts.push(markdownTable([['Status', 'Target', 'By', 'Reason', 'Expires', 'Detail'], ...shown.map(row)], { align: ['l', 'l', 'l', 'l', 'l', 'l'] }));
        if (w.entries.length > shown.length)
            parts.push(`<sub>${w.entries.length - shown.length} more in the job summary.</sub>`);
    }
    const targets = report.passed ? [] : waivable(report);
    if (targets.length > 0) {
        const list = targets
            .slice(0, ctx.maxRows)
            .map((t) => (0,report_escape/* code */.aY)((0,report_escape/* clip */.$Q)(t)))
            .join(', ');
        parts.push(`<sub>An authorised reviewer can waive a blocking finding with a comment line \`/mlgate waive <target> reason: <why> [expires: YYYY-MM-DD]\`; targets now: ${list}.</sub>`);
    }
    if (parts.length === 0)
        return null;
    const applied = w.entries.filter((e) => e.status === 'applied').length;
    return [`### Waivers${applied ? ` (${applied} in force)` : ''}`, ...parts].join('\n\n');
}

// EXTERNAL MODULE: ./src/checks/waivers.ts
var waivers = __webpack_require__(8364);
// EXTERNAL MODULE: ./src/formats/waivers.ts
var formats_waivers = __webpack_require__(7785);
;// CONCATENATED MODULE: ./src/report/waivers.ts
/**
 * Waivers on the report (SPEC §11), pure: apply the PR's waiver commands to an evaluated report,
 * name them in the suggested ledger entries, enforce `waivers.require_ledger`, recount the verdict.
 * Also the hidden line that carries the waivers' pinned fingerprints from one run to the next in
 * the sticky comment (the bot's own comment: the only place a run can leave state for the next).
 */



const STATE_LINE = /^<!-- mlgate:waivers ([A-Za-z0-9_-]*) -->$/m;
/** Most pinned state read back; a larger line is not ours. */
const MAX_STATE = 200_000;
/** The hidden line written into the sticky comment. */
function stateLine(state) {
    return `<!-- mlgate:waivers ${Buffer.from(JSON.stringify(state)).toString('base64url')} -->`;
}
/**
 * Read the record back from the previous sticky comment: null when there is no record line (no
 * comment yet, or one written before waivers were on); a line that does not parse is an empty record.
 */
function readState(body) {
    const m = STATE_LINE.exec(body ?? '');
    if (!m)
        return null;
    if (m[1].length > MAX_STATE)
        return {};
    try {
        const data = JSON.parse(Buffer.from(m[1], 'base64url').toString('utf8'), (k, v) => k === '__proto__' ? undefined : v);
        if (typeof data !== 'object' || data === null || Array.isArray(data))
            return {};
        const out = Object.create(null);
        for (const [id, rec] of Object.entries(data)) {
            if (!/^[cr]\d+$/.test(id))
                continue;
            if (rec === 'ignored')
                out[id] = 'ignored';
            else if (isRecord(rec) && typeof rec.h === 'string' && isRecord(rec.p)) {
                const p = Object.create(null);
                for (const [t, prints] of Object.entries(rec.p))
                    if (Array.isArray(prints))
                        p[t] = prints.filter((x) => typeof x === 'string');
                out[id] = { h: rec.h, p };
            }
        }
        return { ...out };
    }
    catch {
        return {};
    }
}
const isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** `churn auc vs production (waived by @lead: reason, until 2026-12-31)`. */
function describeWaiver(e) {
    return `${e.target} (waived by ${e.by}: ${e.reason ?? ''}${e.expires ? `; until ${e.expires}` : ''})`;
}
const TRADEOFF_MD = /^- Tradeoff accepted:.*$/m;
const TRADEOFF_YAML = /^ {2}tradeoff_accepted:.*$/m;
const PLACEHOLDER = /^\s*(|\.\.\.|…|-|—|n\/?a|todo|tbd|"?<[^>]*>"?)\s*$/i;
/** The suggested entry with every waiver named in its "Tradeoff accepted" field. */
function nameInSuggestion(model, named) {
    const l = model.ledger;
    if (!l || typeof l.suggested !== 'string' || named.length === 0)
        return model;
    const text = named.join('; ');
    const yaml = l.format === 'yaml';
    const re = yaml ? TRADEOFF_YAML : TRADEOFF_MD;
    const m = re.exec(l.suggested);
    if (!m)
        return model;
    const prefix = yaml ? '  tradeoff_accepted: ' : '- Tradeoff accepted: ';
    const own = m[0].slice(prefix.length);
    const ownText = yaml ? safeJson(own) : own;
    const value = PLACEHOLDER.test(ownText) ? text : `${ownText}; ${text}`;
    const line = `${prefix}${yaml ? JSON.stringify(value) : value}`;
    return { ...model, ledger: { ...l, suggested: l.suggested.replace(re, () => line) } };
}
function safeJson(text) {
    try {
        const v = JSON.parse(text);
        return typeof v === 'string' ? v : text;
    }
    catch {
        return text;
    }
}
/** Findings for waived models whose new ledger entries do not name the waiver. */
function ledgerMissing(models, applied) {
    const out = [];
    for (const e of applied) {
        for (const name of e.models?.length ? e.models : models.map((m) => m.name)) {
            const model = models.find((m) => m.name === name);
            if (!model)
                continue;
            const l = model.ledger;
            const added = normaliseTarget((l?.diff ?? [])
                .filter((d) => d.startsWith('+'))
                .map((d) => d.slice(1))
                .join(' '));
            const short = e.target.startsWith(`${name} `) ? e.target.slice(name.length + 1) : e.target;
            if (l && (added.includes(e.target) || added.includes(short)))
                continue;
            out.push({
                level: 'error',
                check: 'ledger',
                rule: 'waivers.ledger',
                model: name,
                ...(l ? { file: l.file } : {}),
                message: l
                    ? `\`${e.target}\` is waived but no new entry in ${l.file} names it (waivers.require_ledger); say in "Tradeoff accepted" what was accepted`
                    : `\`${e.target}\` is waived but model ${name} has no ledger (waivers.require_ledger)`,
            });
        }
    }
    return out;
}
/**
 * A report with every waiver taken out: findings and gates as they were without them, no
 * waiver entries or record, the verdict recounted. For reports mlgate did not make in this run
 * (publish mode's artifact, which a fork's code could have written).
 */
function withoutWaivers(report) {
    const findings = report.findings.map((f) => {
        const copy = { ...f };
        delete copy.status;
        delete copy.waiver;
        return copy;
    });
    const models = report.models.map((m) => ({
        ...m,
        gates: m.gates.map((g) => {
            const copy = { ...g };
            if (copy.status === 'waived')
                copy.status = copy.waiver?.was ?? 'fail';
            delete copy.waiver;
            return copy;
        }),
    }));
    const out = { ...report, models, findings, ...verdict(findings, report.failOn) };
    delete out.waivers;
    return out;
}
/** Apply the waivers to the report and recount the verdict. */
function waiveReport(report, run) {
    const result = applyWaivers({
        findings: report.findings,
        gates: report.models.map((m) => ({ model: m.name, gates: m.gates })),
        sources: run.sources,
        state: run.state,
        edit: run.edit,
        now: run.now,
    });
    const applied = result.entries.filter((e) => e.status === 'applied');
    let models = report.models.map((m, i) => ({ ...m, gates: result.gates[i].gates }));
    models = models.map((m) => nameInSuggestion(m, applied.filter((e) => !e.models?.length || e.models.includes(m.name)).map(describeWaiver)));
    const extra = run.policy.require_ledger ? ledgerMissing(models, applied) : [];
    const findings = sortFindings([...result.findings, ...extra]);
    return {
        ...report,
        ...verdict(findings, report.failOn),
        models,
        findings,
        waivers: { entries: result.entries, state: result.state },
    };
}

// EXTERNAL MODULE: ./src/report/summary.ts
var summary = __webpack_require__(7994);
;// CONCATENATED MODULE: ./src/report/markdown.ts
/**
 * The sticky comment and job summary (SPEC §8): pure `report → { markdown, warnings }`. The
 * renderer owns the size limit: it degrades by collapsing passing detail, then capping table rows,
 * then dropping sections with a visible note, and never cuts inside a table or a fence.
 */


















const MODEL_SECTIONS = [
    [renderContract, contractChecks, 'contract'],
    [renderRollout, rolloutChecks, 'rollout'],
    [renderManifest, manifestChecks, 'manifest'],
];
/** Render the comment within the budget. */
function renderComment(report, opts) {
    const max = opts.maxChars ?? constants/* Limits */.xu.commentChars;
    const warnings = [];
    const levels = [
        { level: 0, maxRows: 200 },
        { level: 1, maxRows: 60 },
        { level: 2, maxRows: 15 },
        // Many models (a fan-in): passing models live only in the models table.
        { level: 3, maxRows: 10 },
    ];
    const fold = opts.fold ?? true;
    // Per-model lookups once for every level: each level then walks the findings a fixed number of times.
    const lookup = (0,report_lookup/* reportLookup */.X)(report);
    let parts = null;
    for (const { level, maxRows } of levels) {
        opts.budget?.check();
        parts = renderParts(report, opts, { report, level, maxRows, lookup, budget: opts.budget });
        const markdown = join(parts, parts.body, fold);
        if (markdown.length <= max) {
            if (level > 0)
                warnings.push(`comment shortened to fit ${max} characters (detail level ${level})`);
            return { markdown, warnings };
        }
    }
    // Last resort: keep the head of the comment (level 3), drop whole blocks from the end, say so.
    const last = parts;
    const note = `> [!NOTE]\n> Some sections were left out to fit GitHub's comment size limit. ${(0,report_escape/* escapeText */.X1)(opts.summaryHint ?? 'The full report is in the job summary and the report JSON.')}`;
    const head = [];
    let size = last.footer.length + note.length + 200;
    for (const block of last.head) {
        if (size + block.length + 2 > max)
            break;
        head.push(block);
        size += block.length + 2;
    }
    const kept = [];
    if (head.length === last.head.length)
        for (const block of last.body) {
            if (size + block.length + 2 > max)
                break;
            kept.push(block);
            size += block.length + 2;
        }
    const total = last.head.length + last.body.length;
    warnings.push(`comment truncated to ${head.length + kept.length} of ${total} sections to fit ${max} characters`);
    let markdown = join({ ...last, head, footer: `${note}\n\n${last.footer}` }, kept, fold);
    if (markdown.length > max)
        markdown = `${head[0] ?? ''}\n\n${note}\n`.slice(0, max);
    return { markdown, warnings };
}
/** The head, then the body (in one fold for the comment, open for the job summary), then the footer. */
function join(parts, body, fold) {
    const blocks = [...parts.head];
    if (body.length > 0) {
        if (fold)
            blocks.push(`<details><summary>${foldTitle(parts)}</summary>`);
        blocks.push(...body);
        if (fold)
            blocks.push('</details>');
    }
    blocks.push(parts.footer);
    return blocks.join('\n\n') + '\n';
}
/** What the fold holds, in a few words. */
function foldTitle(parts) {
    return `Full report: ${parts.titles.join(', ')}`;
}
function renderParts(report, opts, ctx) {
    const lookup = ctx.lookup;
    const head = [(0,constants/* commentMarker */.Ql)(opts.commentKey) + '\n' + (0,summary/* verdictLine */.MT)(report)];
    if (report.config.note)
        head.push(`> [!NOTE]\n> ${(0,report_escape/* escapeText */.X1)((0,report_escape/* clip */.$Q)(report.config.note))}`);
    const attention = (0,summary/* renderAttention */.hY)(report, ctx.maxRows, lookup);
    if (attention)
        head.push(attention);
    const table = renderModelSummary(report, ctx);
    // Several models (a fan-in): a table with every model's status; one model: its summary line,
    // without the gate count the verdict line just gave.
    if (table)
        head.push(table);
    else if (report.models.length === 1)
        head.push((0,summary/* modelSummaryLine */.sd)(report.models[0], lookup.findingsOf(report.models[0])));
    const waivers = renderWaivers(report, ctx);
    if (waivers)
        head.splice(1, 0, waivers);
    const body = [];
    const titles = new Set();
    const policy = renderPolicy(report, ctx);
    if (policy) {
        body.push(policy);
        titles.add('policy changes');
    }
    // Checks a section showed: for every finding, for one model's findings, for PR-wide findings.
    const shownChecks = new Set(['gate']);
    const shownByModel = new Map();
    const shownPrWide = new Set();
    const showChecks = (model, checks) => {
        const key = lookup.nameKey(model);
        const set = shownByModel.get(key) ?? new Set();
        for (const c of checks)
            set.add(c);
        shownByModel.set(key, set);
    };
    // Loosening warnings are rows of the policy table; printing them twice is noise.
    const shownRules = new Set(report.policyChanges.length > 0 ? ['policy.loosened'] : []);
    const gateCount = report.models.reduce((n, m) => n + m.gates.length, 0);
    if (report.models.length > 0)
        titles.add(`${gateCount} gate${gateCount === 1 ? '' : 's'}`);
    const folded = (m) => ctx.level >= 3 && report.models.length > 1 && lookup.status(m) === 'pass';
    for (const model of report.models) {
        if (folded(model))
            continue;
        ctx.budget?.check();
        const modelFindings = lookup.findingsOf(model);
        body.push(renderModelHeader(model, report));
        body.push(renderGates(model, ctx));
        const diff = renderDiff(model, ctx);
        if (diff) {
            body.push(diff);
            if (model.metrics.length > 0)
                titles.add('metric diff');
        }
        const charts = renderCharts(model, ctx);
        if (charts) {
            body.push(charts);
            titles.add('charts');
        }
        for (const [render, checks, key] of MODEL_SECTIONS) {
            const md = render(model, modelFindings, ctx);
            if (md) {
                body.push(md);
                titles.add(key === 'contract' ? 'data contract' : key);
            }
            if (model[key])
                showChecks(model, checks);
        }
        if (model.notConfigured?.length)
            body.push(`<sub>Not configured: ${model.notConfigured.map((k) => `**${k}**: ${(0,report_escape/* escapeText */.X1)(report_model/* TURN_ON */.G9[k])}`).join(' · ')}.</sub>`);
    }
    const checklist = renderChecklist(report, ctx);
    if (checklist) {
        body.push(checklist);
        titles.add('checklist');
    }
    if (report.checklist)
        checklistChecks.forEach((c) => shownPrWide.add(c));
    const passing = report.models.filter(folded).length;
    if (passing > 0)
        body.push(`<sub>${passing} passing model${passing === 1 ? ' is' : 's are'} shown only in the models table to fit the comment; every section is in the job summary.</sub>`);
    for (const model of report.models) {
        if (folded(model))
            continue;
        const md = renderLedger(model, lookup.findingsOf(model), ctx);
        if (md) {
            body.push(md);
            titles.add('ledger');
        }
        if (model.ledger)
            showChecks(model, ledgerChecks);
    }
    // Errors and warnings are listed at the top (renderAttention); notices are left for here.
    const rest = report.findings.filter((f) => {
        if (f.level !== 'notice' || shownRules.has(f.rule ?? ''))
            return false;
        if (shownChecks.has(f.check) || shownPrWide.has(f.check))
            return false;
        const key = lookup.modelKey(f);
        return !(key !== undefined && shownByModel.get(key)?.has(f.check));
    });
    const findings = renderFindings(rest, ctx);
    if (findings) {
        body.push(findings);
        titles.add('findings');
    }
    return {
        head,
        body, // The waivers' pinned state rides in the footer, which truncation always keeps.
        footer: footer(report) + (report.waivers ? `\n${stateLine(report.waivers.state)}` : ''),
        titles: [...titles],
    };
}
function renderModelHeader(model, report) {
    const failed = model.gates.filter((g) => g.status === 'fail').length;
    const icon = failed > 0 ? '❌' : model.gates.some((g) => g.status === 'warn') ? '⚠️' : '✅';
    const lines = [`### ${icon} Model ${(0,report_escape/* code */.aY)(model.name)}${model.state === 'new' ? ' (new)' : ''}`];
    const from = model.gatesFrom ?? report.config.source;
    const src = `metrics ${(0,report_escape/* code */.aY)(model.metricsFile)}, gates from the ${from === 'base' ? 'base branch' : 'PR'}`;
    lines.push(`<sub>${src}</sub>`);
    if (model.notes.length > 0) {
        const shown = model.notes.slice(0, MAX_NOTES).map((n) => (0,report_escape/* escapeText */.X1)((0,report_escape/* clip */.$Q)(n)));
        const more = model.notes.length - MAX_NOTES;
        if (more > 0)
            shown.push(`… and ${more} more notes in the report JSON.`);
        lines.push('');
        lines.push(shown.map((n) => `> ${n}`).join('\n>\n'));
    }
    return lines.join('\n');
}
/** Most model notes printed (undefined derived metrics can produce one each). */
const MAX_NOTES = 8;
function renderPolicy(report, ctx) {
    if (report.policyChanges.length === 0)
        return null;
    const label = {
        loosened: 'loosened',
        tightened: 'tightened',
        added: 'added',
        removed: 'removed',
        changed: 'changed',
    };
    const rows = report.policyChanges
        .slice(0, ctx.maxRows)
        .map((c) => [
        (0,report_escape/* escapeCell */.kq)((0,report_escape/* clip */.$Q)(c.model)),
        (0,report_escape/* codeCell */.MZ)((0,report_escape/* clip */.$Q)(c.metric)),
        `${c.flagged ? '⚠️ ' : ''}${label[c.kind] ?? (0,report_escape/* escapeCell */.kq)(String(c.kind))}`,
        (0,report_escape/* escapeCell */.kq)((0,report_escape/* clip */.$Q)(c.before ?? '-')),
        (0,report_escape/* escapeCell */.kq)((0,report_escape/* clip */.$Q)(c.after ?? '-')),
    ]);
    const more = report.policyChanges.length - rows.length;
    const flagged = report.policyChanges.filter((c) => c.flagged).length;
    const intro = report.config.source === 'base'
        ? `This PR edits ${(0,report_escape/* code */.aY)(report.config.file)}. The gates in force are the base branch's; these changes take effect after merge.`
        : `This PR edits ${(0,report_escape/* code */.aY)(report.config.file)}; the gates are read from this PR.`;
    const warn = flagged > 0
        ? ` ⚠️ ${flagged} change${flagged === 1 ? '' : 's'} loosen${flagged === 1 ? 's' : ''} the policy: review before approving.`
        : '';
    return [
        '### Policy changes (effective after merge)',
        `${intro}${warn}`,
        markdownTable([['Model', 'Gate', 'Change', 'Before', 'After'], ...rows]) +
            (more > 0 ? `\n\n<sub>${more} more changes in the job summary.</sub>` : ''),
    ].join('\n\n');
}
function renderFindings(findings, ctx) {
    if (findings.length === 0)
        return null;
    return `#### Notes\n${(0,report_findings/* findingList */.QQ)(findings, ctx.maxRows) ?? ''}`;
}
function footer(report) {
    const parts = [`mlgate ${(0,report_escape/* escapeText */.X1)(report.tool.version)}`];
    if (report.pr.head)
        parts.push(`head ${(0,report_escape/* code */.aY)(report.pr.head.slice(0, 7))}`);
    else if (report.pr.headLabel)
        parts.push(`head: ${(0,report_escape/* escapeText */.X1)(report.pr.headLabel)}`);
    if (report.pr.base)
        parts.push(`base ${(0,report_escape/* code */.aY)(report.pr.base.slice(0, 7))}`);
    parts.push(`gates from ${report.config.source === 'base' ? 'base branch' : 'this PR'}`);
    const url = safeUrl(report.run?.url);
    if (url)
        parts.push(`[workflow run](${url})`);
    return `---\n<sub>${parts.join(' · ')}</sub>`;
}
/** An https link with nothing that could end the markdown link or start HTML; else null. */
function safeUrl(url) {
    return url && /^https?:\/\/[A-Za-z0-9.-]+(:\d+)?\/[A-Za-z0-9._~/-]*$/.test(url) ? url : null;
}


/***/ })

};
