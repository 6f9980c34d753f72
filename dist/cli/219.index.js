export const id = 219;
export const ids = [219];
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

/***/ 3219:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPipeline: () => (/* binding */ runPipeline)
});

// UNUSED EXPORTS: fileCap

// EXTERNAL MODULE: ./src/config/resolve.ts + 1 modules
var resolve = __webpack_require__(7649);
// EXTERNAL MODULE: ./src/config/select.ts
var config_select = __webpack_require__(1032);
// EXTERNAL MODULE: ./src/formats/metrics/paths.ts
var paths = __webpack_require__(9546);
// EXTERNAL MODULE: ./src/order.ts
var src_order = __webpack_require__(5395);
;// CONCATENATED MODULE: ./src/checks/diff.ts
/**
 * The metric diff, with `dvc metrics diff` semantics: one row per metric whose value differs
 * between base and head (every row with `all`), `null` where a side lacks it, change = head − base
 * when both are numbers.
 */


function same(a, b) {
    if (!a || !b)
        return a === b;
    if (typeof a.value === 'number' &&
        typeof b.value === 'number' &&
        Number.isNaN(a.value) &&
        Number.isNaN(b.value)) {
        return true;
    }
    return a.value === b.value && a.ci?.[0] === b.ci?.[0] && a.ci?.[1] === b.ci?.[1];
}
/**
 * Drop binary floating-point noise from a difference (0.81 − 0.83 is -0.020000000000000018):
 * 12 significant digits is far beyond any metric's precision, and the report then says -0.02.
 */
function roundNoise(n) {
    return n === 0 ? 0 : Number(n.toPrecision(12));
}
/**
 * Diff base → head. Rows pair a metric with the same name in the same file (a metric that moved
 * to another file is removed from one and added to the other, as `dvc metrics diff` shows it);
 * sorted by file, then metric name, so output is stable.
 */
function diffMetrics(base, head, baseline = null, opts = {}) {
    const kept = [];
    // Unchanged metrics are dropped before the sort: most of 100,000 slices do not move.
    const keep = (path, metric, b, h) => {
        if (opts.all || !same(b, h))
            kept.push({ path, metric, b, h });
    };
    if (base && head && !base.files && !head.files && (opts.reference || base.file === head.file)) {
        // One file on each side (the common case): pair by name, with no map of pairs (and no entry
        // array per metric, as for-of over a Map makes).
        head.values.forEach((h, metric) => keep(h.file ?? head.file, metric, base.values.get(metric), h));
        base.values.forEach((b, metric) => {
            if (!head.values.has(metric))
                keep(b.file ?? base.file, metric, b);
        });
    }
    else {
        for (const pair of pairUp(base, head, opts))
            keep(pair.path, pair.metric, pair.b, pair.h);
    }
    // A single-file baseline holds the reference values whatever file the head reads them from.
    const baselineOf = (path, metric) => baseline?.values.get(baseline.files ? (0,paths/* qualify */.Ss)(path, metric) : metric);
    kept.sort((x, y) => (0,src_order/* byCodeUnit */.X)(x.path, y.path) || (0,src_order/* byCodeUnit */.X)(x.metric, y.metric));
    const rows = [];
    for (const { path, metric, b, h } of kept) {
        const bv = b?.value ?? null;
        const hv = h?.value ?? null;
        const change = typeof bv === 'number' && typeof hv === 'number' && Number.isFinite(bv) && Number.isFinite(hv)
            ? roundNoise(hv - bv)
            : null;
        const row = { metric, path, base: bv, head: hv, change };
        if (b?.ci)
            row.baseCi = b.ci;
        if (h?.ci)
            row.headCi = h.ci;
        if (baseline)
            row.baseline = baselineOf(path, metric)?.value ?? null;
        rows.push(row);
    }
    return rows;
}
/** Pairs of a diff where a side merges several files, or the sides read different files. */
function pairUp(base, head, opts) {
    const pairs = new Map();
    const addSet = (set, side) => {
        if (!set)
            return;
        for (const [key, value] of set.values) {
            // As leafAt (formats/metrics/paths.ts), without an object per metric.
            const file = value.file ?? set.file;
            const metric = set.files ? key.slice(file.length + 1) : key;
            const id = set.files ? key : (0,paths/* qualify */.Ss)(file, metric);
            let pair = pairs.get(id);
            if (!pair) {
                pair = { path: file, metric, b: undefined, h: undefined };
                pairs.set(id, pair);
            }
            pair[side] = value;
        }
    };
    if (opts.reference && base && !base.files) {
        addSet(head, 'h');
        const paired = new Set();
        for (const pair of pairs.values()) {
            const b = base.values.get(pair.metric);
            if (b) {
                pair.b = b;
                paired.add(pair.metric);
            }
        }
        for (const [metric, b] of base.values)
            if (!paired.has(metric))
                pairs.set((0,paths/* qualify */.Ss)(base.file, metric), { path: base.file, metric, b });
    }
    else {
        addSet(base, 'b');
        addSet(head, 'h');
    }
    return pairs.values();
}

// EXTERNAL MODULE: ./src/checks/gates.ts
var checks_gates = __webpack_require__(3041);
// EXTERNAL MODULE: ./src/checks/history.ts
var checks_history = __webpack_require__(757);
// EXTERNAL MODULE: ./src/report/numbers.ts
var numbers = __webpack_require__(5616);
;// CONCATENATED MODULE: ./src/checks/policy.ts



const LEVEL_RANK = { off: 0, warn: 1, error: 2 };
function gateKey(g) {
    return [g.metric, g.vs ?? '', g.bound ?? 'value', g.aggregate ?? 'each'].join('\u0000');
}
/** A gate as one line: `min 0.82, level warn`. */
function describeGate(g) {
    const parts = [];
    if (g.vs)
        parts.push(`vs ${g.vs}`);
    if (g.vs === 'history')
        parts.push(`window ${g.window ?? checks_history/* DEFAULT_WINDOW */.xV}`, `of ${g.of ?? 'best'}`);
    for (const k of ['min', 'max', 'max_drop', 'max_drop_pct', 'min_gain', 'min_gain_pct']) {
        if (g[k] !== undefined)
            parts.push(`${k} ${(0,numbers/* fmt */.Sc)(g[k])}`);
    }
    if (g.bound && g.bound !== 'value')
        parts.push(`bound ${g.bound}`);
    if (g.aggregate && g.aggregate !== 'each')
        parts.push(`aggregate ${g.aggregate}`);
    if (g.better)
        parts.push(`better ${g.better}`);
    if (g.level && g.level !== 'error')
        parts.push(`level ${g.level}`);
    if (g.required === false)
        parts.push('required false');
    return parts.join(', ') || 'no threshold';
}
/** The relative rule of a `vs` gate; a `vs` gate with none allows no drop at all. */
function relative(g) {
    if (!g.vs)
        return null;
    for (const kind of ['max_drop', 'max_drop_pct', 'min_gain', 'min_gain_pct']) {
        if (g[kind] !== undefined)
            return { kind, amount: g[kind] };
    }
    return { kind: 'max_drop', amount: 0 };
}
/** Each setting that differs between two matched gates, and which way it moves the policy. */
function compareGates(a, b) {
    const out = [];
    const bound = (field, looserWhenBigger) => {
        const x = a[field];
        const y = b[field];
        if (x === y)
            return;
        if (y === undefined)
            out.push({ field, dir: 'looser' });
        else if (x === undefined)
            out.push({ field, dir: 'tighter' });
        else
            out.push({ field, dir: y > x === looserWhenBigger ? 'looser' : 'tighter' });
    };
    bound('min', false);
    bound('max', true);
    const ra = relative(a);
    const rb = relative(b);
    if (ra && rb && (ra.kind !== rb.kind || ra.amount !== rb.amount)) {
        if (ra.kind !== rb.kind)
            out.push({ field: rb.kind, dir: 'changed' });
        else {
            const bigger = rb.amount > ra.amount;
            const looser = ra.kind.startsWith('max_drop') ? bigger : !bigger;
            out.push({ field: ra.kind, dir: looser ? 'looser' : 'tighter' });
        }
    }
    if (a.vs === 'history' && b.vs === 'history')
        out.push(...compareHistory(a, b));
    const la = LEVEL_RANK[a.level ?? 'error'];
    const lb = LEVEL_RANK[b.level ?? 'error'];
    if (la !== lb)
        out.push({ field: 'level', dir: lb < la ? 'looser' : 'tighter' });
    const qa = a.required ?? true;
    const qb = b.required ?? true;
    if (qa !== qb)
        out.push({ field: 'required', dir: qb ? 'tighter' : 'looser' });
    if ((a.better ?? null) !== (b.better ?? null))
        out.push({ field: 'better', dir: 'changed' });
    return out;
}
/**
 * Strictness of the history reference under a slow decay, the drift the gate exists to catch: the
 * best of the window is the strictest, then the oldest, then the median; a shorter window reaches
 * less far back, so it is looser.
 */
const OF_RANK = { median: 0, oldest: 1, best: 2 };
function compareHistory(a, b) {
    const out = [];
    const oa = OF_RANK[a.of ?? 'best'];
    const ob = OF_RANK[b.of ?? 'best'];
    if (oa !== ob)
        out.push({ field: 'of', dir: ob < oa ? 'looser' : 'tighter' });
    const wa = a.window ?? checks_history/* DEFAULT_WINDOW */.xV;
    const wb = b.window ?? checks_history/* DEFAULT_WINDOW */.xV;
    if (wa !== wb)
        out.push({ field: 'window', dir: wb < wa ? 'looser' : 'tighter' });
    return out;
}
function diffModel(base, head, modelIndex) {
    const out = [];
    const model = head.name;
    for (const key of ['metrics', 'baseline', 'production']) {
        const text = (v) => (Array.isArray(v) ? v.join(', ') : v);
        const x = text(base[key]) ?? (key === 'production' ? 'base' : undefined);
        const y = text(head[key]) ?? (key === 'production' ? 'base' : undefined);
        if (x !== y) {
            out.push({
                model,
                metric: `(${key} file)`,
                kind: 'changed',
                flagged: key !== 'metrics',
                before: x ?? '-',
                after: y ?? '-',
                at: { model: modelIndex },
            });
        }
    }
    const headGates = (head.gates ?? []).map((g, i) => ({ g, i }));
    const unmatched = new Map();
    for (const entry of headGates) {
        const k = gateKey(entry.g);
        unmatched.set(k, [...(unmatched.get(k) ?? []), entry]);
    }
    for (const a of base.gates ?? []) {
        const queue = unmatched.get(gateKey(a));
        const match = queue?.shift();
        if (!match) {
            out.push({
                model,
                metric: a.metric,
                kind: 'removed',
                flagged: true,
                before: describeGate(a),
                at: { model: modelIndex },
            });
            continue;
        }
        const diffs = compareGates(a, match.g);
        if (diffs.length === 0)
            continue;
        const kind = diffs.some((d) => d.dir === 'looser')
            ? 'loosened'
            : diffs.every((d) => d.dir === 'tighter')
                ? 'tightened'
                : 'changed';
        out.push({
            model,
            metric: a.metric,
            kind,
            flagged: kind === 'loosened',
            before: describeGate(a),
            after: describeGate(match.g),
            at: { model: modelIndex, gate: match.i },
        });
    }
    for (const rest of unmatched.values()) {
        for (const { g, i } of rest) {
            out.push({
                model,
                metric: g.metric,
                kind: 'added',
                flagged: false,
                after: describeGate(g),
                at: { model: modelIndex, gate: i },
            });
        }
    }
    return out;
}
/** Compare the policy in force (base) with the PR's proposed policy (head); sorted for display. */
function diffPolicy(base, head) {
    const out = [];
    const headByName = new Map(head.models.map((m, i) => [m.name, { m, i }]));
    const baseNames = new Set(base.models.map((m) => m.name));
    for (const b of base.models) {
        const h = headByName.get(b.name);
        if (!h) {
            out.push({
                model: b.name,
                metric: '(model)',
                kind: 'removed',
                flagged: true,
                before: `model with ${(b.gates ?? []).length} gates`,
            });
        }
        else
            out.push(...diffModel(b, h.m, h.i));
    }
    head.models.forEach((m, i) => {
        if (!baseNames.has(m.name)) {
            out.push({
                model: m.name,
                metric: '(model)',
                kind: 'added',
                flagged: false,
                after: `model with ${(m.gates ?? []).length} gates`,
                at: { model: i },
            });
        }
    });
    const eb = base.metrics_policy?.psi_epsilon;
    const eh = head.metrics_policy?.psi_epsilon;
    if (eb !== eh) {
        out.push({
            model: '*',
            metric: '(metrics_policy.psi_epsilon)',
            kind: 'changed',
            flagged: false,
            before: eb === undefined ? 'default 0.0001' : String(eb),
            after: eh === undefined ? 'default 0.0001' : String(eh),
        });
    }
    const order = { loosened: 0, removed: 1, changed: 2, tightened: 3, added: 4 };
    return out.sort((x, y) => (0,src_order/* byCodeUnit */.X)(x.model, y.model) ||
        order[x.kind] - order[y.kind] ||
        (0,src_order/* byCodeUnit */.X)(x.metric, y.metric) ||
        (0,src_order/* byCodeUnit */.X)(x.before ?? '', y.before ?? ''));
}

// EXTERNAL MODULE: ./src/checks/waivers.ts
var waivers = __webpack_require__(8364);
// EXTERNAL MODULE: ./src/constants.ts
var constants = __webpack_require__(7242);
// EXTERNAL MODULE: ./src/report/model.ts
var model = __webpack_require__(6867);
// EXTERNAL MODULE: ./src/sources/types.ts
var types = __webpack_require__(7991);
// EXTERNAL MODULE: ./src/checks/checklist.ts + 1 modules
var checklist = __webpack_require__(7773);
// EXTERNAL MODULE: ./src/formats/pr-body.ts
var pr_body = __webpack_require__(8249);
;// CONCATENATED MODULE: ./src/stages/checklist.ts
/** The review checklist (SPEC §7): evidence from the other stages plus attestation in the PR body. */


/** Evaluate the checklist. Pure apart from being async like the other stages; never throws. */
async function checklistStage(ctx) {
    const tasks = ctx.prBody === null ? null : (0,pr_body/* parseTaskItems */.r8)(ctx.prBody);
    const { section, findings } = (0,checklist/* evaluateChecklist */.Wd)({
        config: ctx.config,
        configFile: ctx.configFile,
        ...(ctx.configLine ? { configLine: ctx.configLine } : {}),
        models: ctx.models,
        tasks,
    });
    return { section, findings };
}

// EXTERNAL MODULE: ./src/stages/metrics.ts
var metrics = __webpack_require__(3578);
;// CONCATENATED MODULE: ./src/pipeline.ts
/**
 * The one pipeline shared by the Action and the CLI: read → parse → compare → evaluate. It does
 * no GitHub I/O and never throws for bad input; every problem is a finding in the report.
 */













/** The file cap in force: the flag or input, else the config's `limits.max_file_mb`, else the default. */
function fileCap(flag, config) {
    const mb = config?.config.limits?.max_file_mb;
    return flag ?? (mb !== undefined ? Math.floor(mb * 1024 * 1024) : constants/* Limits */.xu.fileBytes);
}
/**
 * A finding per failed or warned gate. With a value, it sits at the metric's line in the file the
 * value came from and names the gate's config line; without one (missing metric, no file), it
 * sits at the gate's config line and its message names the metrics file(s) it looked in. Two
 * gates on one metric are two lines. A gate that cannot say which file it reads is a config error.
 */
function gateFindings(model, gates, loaded, index, head) {
    const out = [];
    // A wildcard gate has a result per match: look its line up once.
    const lines = new Map();
    for (const g of gates) {
        if (!lines.has(g.gate))
            lines.set(g.gate, loaded.gateLine(index, g.gate));
        const gateLine = lines.get(g.gate);
        // Every result names its gate's line, so the comment and the text output can say which gate asked.
        if (gateLine)
            g.configLine = gateLine;
        if (g.status !== 'fail' && g.status !== 'warn')
            continue;
        const atGate = { file: loaded.file, ...(gateLine ? { line: gateLine } : {}) };
        const name = g.path && g.metric.startsWith(`${g.path}:`) ? g.metric.slice(g.path.length + 1) : g.metric;
        const leaf = g.value === null || g.ambiguous
            ? undefined
            : head?.values.get(g.path && head.files ? (0,paths/* qualify */.Ss)(g.path, name) : g.metric);
        const key = g.path && head?.files ? (0,paths/* qualify */.Ss)(g.path, name) : g.metric;
        // Only failing gates ask: lines of the other metrics are never looked up.
        const line = leaf ? (leaf.line ?? head?.lineOf?.(key)) : undefined;
        if (line)
            g.line = line;
        out.push({
            level: g.status === 'fail' || g.ambiguous ? 'error' : 'warning',
            check: g.ambiguous ? 'config' : 'gate',
            model,
            target: (0,waivers/* gateTarget */.vw)(model, g),
            ...(leaf && g.path
                ? { file: g.path, ...(line ? { line } : {}) }
                : leaf && head
                    ? { file: head.file, ...(line ? { line } : {}) }
                    : atGate),
            message: leaf
                ? `${g.message} (gate at ${loaded.file}${gateLine ? `:${gateLine}` : ''})`
                : g.message,
        });
    }
    return out;
}
/** The metrics files of both sides, head's first. */
function unionFiles(head, base) {
    return [...new Set([...(0,paths/* filesOf */.R8)(head), ...(0,paths/* filesOf */.R8)(base)])];
}
/** Run every stage and build the report. */
async function runPipeline(input) {
    const resolved = await (0,resolve/* resolveConfig */.p)(input);
    const findings = [...resolved.findings];
    const models = [];
    const inForce = resolved.inForce;
    // The config files themselves were read under the default cap; everything else under this one.
    const cap = fileCap(input.maxFileBytes, inForce);
    const headTree = (0,types/* withFileCap */.vd)(input.head, cap);
    const baseTree = input.base && (0,types/* withFileCap */.vd)(input.base, cap);
    const all = (0,resolve/* modelsInForce */.l)(resolved);
    const filter = input.models && input.models.length > 0 ? input.models : null;
    let chosen = all;
    if (inForce && filter) {
        const picked = (0,config_select/* selectModels */.H8)(all, (e) => e.model.name, filter);
        chosen = picked.selected;
        const names = all.map((e) => e.model.name).join(', ') || 'none';
        for (const p of picked.unmatched)
            findings.push({
                level: 'error',
                check: 'config',
                file: inForce.file,
                message: `model filter "${p}" matches no model in force (models: ${names})`,
            });
    }
    if (inForce) {
        for (const { model, index, loaded, fromHead } of chosen) {
            const { config } = loaded;
            // The contract needs nothing from the metrics: it starts first, so a large one is read on a
            // second core while the metrics are (stages/offload.ts). Awaited where the other stages are.
            const contractRun = model.contract
                ? __webpack_require__.e(/* import() */ 887).then(__webpack_require__.bind(__webpack_require__, 4887)).then((s) => s.contractStage({ model, config, head: headTree, base: baseTree }))
                : null;
            contractRun?.catch(() => { }); // handled where it is awaited, below
            const m = await (0,metrics/* metricsStage */.U)(model, config, headTree, baseTree);
            findings.push(...m.findings);
            // Only a production reference read from the base commit is absent because the model is new;
            // a configured production file that is missing fails closed like any missing reference.
            const productionFromBase = (model.production ?? 'base') === 'base';
            // History is read only for gates that compare with it (the stage loads on demand).
            const history = (0,checks_history/* historyWindows */.sF)(model.gates).length > 0
                ? await (await __webpack_require__.e(/* import() */ 959).then(__webpack_require__.bind(__webpack_require__, 1959))).historyStage(model, config, baseTree)
                : null;
            const gates = (0,checks_gates/* evaluateGates */.ud)(model.gates ?? [], {
                ...m.metrics,
                newModel: m.isNew && productionFromBase,
                history,
                unread: m.unread,
            });
            const diffOpts = { all: config.metrics_policy?.show_all };
            const diff = diffMetrics(m.metrics.base, m.metrics.head, m.metrics.baseline, diffOpts);
            // A production file is what `vs: production` gates compare with: the diff shows it as its
            // base side, so the diff and the gates agree (the ledger keeps the base commit's diff: it
            // records what this PR changed).
            const productionFile = productionFromBase ? null : model.production;
            const shown = productionFile
                ? diffMetrics(m.metrics.production, m.metrics.head, m.metrics.baseline, {
                    ...diffOpts,
                    reference: true,
                })
                : diff;
            findings.push(...gateFindings(model.name, gates, loaded, index, m.metrics.head));
            const ctx = {
                model,
                index,
                config,
                loaded,
                head: headTree,
                base: baseTree,
                metrics: m.metrics,
                diff,
                gates,
            };
            const report = {
                name: model.name,
                state: m.isNew ? 'new' : 'existing',
                metricsFile: (0,metrics/* metricsPaths */.a)(model).join(', '),
                ...(m.metrics.head?.files || m.metrics.base?.files
                    ? { metricsFiles: unionFiles(m.metrics.head, m.metrics.base) }
                    : {}),
                gates,
                metrics: shown,
                ...(productionFile
                    ? { diffBase: { kind: 'production', file: productionFile } }
                    : {}),
                meta: m.metrics.head?.meta ?? {},
                notes: [...(m.metrics.head?.notes ?? []), ...m.notes],
            };
            const off = ['manifest', 'ledger'].filter((k) => !model[k]);
            if (off.length > 0)
                report.notConfigured = off;
            if (fromHead) {
                report.gatesFrom = 'head';
                report.notes.push('Model added to the config by this PR: it has no gates at the base branch, so its gates are read from this PR.');
            }
            if (report.state === 'new') {
                const skipped = gates.some((g) => g.vs === 'production' && g.status === 'skip');
                report.notes.push(`New model: no metrics at the base commit.${skipped ? ' Gates vs production are skipped: there is nothing to regress from (only a gate that says `required: true` explicitly fails instead).' : ''}`);
            }
            // Each capability's code (parsers, schema validators) is loaded only for a model that uses it.
            const none = { findings: [] };
            const [contract, rollout, manifest, ledger] = await Promise.all([
                contractRun ?? none,
                model.rollout || config.rollout_policy?.require_rollout
                    ? __webpack_require__.e(/* import() */ 763).then(__webpack_require__.bind(__webpack_require__, 1763)).then((s) => s.rolloutStage(ctx))
                    : none,
                model.manifest ? __webpack_require__.e(/* import() */ 426).then(__webpack_require__.bind(__webpack_require__, 6426)).then((s) => s.manifestStage(ctx)) : none,
                model.ledger ? __webpack_require__.e(/* import() */ 441).then(__webpack_require__.bind(__webpack_require__, 6441)).then((s) => s.ledgerStage(ctx)) : none,
            ]);
            for (const [key, stage] of [
                ['contract', contract],
                ['rollout', rollout],
                ['manifest', manifest],
                ['ledger', ledger],
            ]) {
                findings.push(...stage.findings);
                if (stage.section)
                    Object.assign(report, { [key]: stage.section });
            }
            models.push(report);
        }
    }
    const policyChanges = resolved.base && resolved.head ? diffPolicy(resolved.base.config, resolved.head.config) : [];
    for (const c of policyChanges.filter((p) => p.flagged)) {
        const line = c.at && resolved.head
            ? c.at.gate !== undefined
                ? resolved.head.gateLine(c.at.model, c.at.gate)
                : resolved.head.modelLine(c.at.model)
            : undefined;
        const what = c.metric.startsWith('(')
            ? `${c.metric.slice(1, -1)} of ${c.model}`
            : `gate on ${c.metric}`;
        findings.push({
            level: 'warning',
            check: 'policy',
            rule: 'policy.loosened',
            model: c.model,
            file: input.configPath,
            ...(line ? { line } : {}),
            message: `${what} ${c.kind} (${c.before ?? '-'} → ${c.after ?? '-'}); takes effect after merge`,
        });
    }
    let checklist;
    if (inForce && inForce.config.checklist?.enabled !== false) {
        const stage = await checklistStage({
            config: inForce.config,
            configFile: inForce.file,
            ...(inForce.lineOf ? { configLine: inForce.lineOf } : {}),
            models,
            findings: [...findings],
            prBody: input.prBody,
        });
        findings.push(...stage.findings);
        checklist = stage.section;
    }
    const sorted = (0,model/* sortFindings */.Tc)(findings);
    return {
        version: 1,
        ...(0,model/* verdict */.WJ)(sorted, input.failOn),
        failOn: input.failOn,
        pr: input.pr,
        config: {
            file: input.configPath,
            source: resolved.source,
            ...(resolved.note ? { note: resolved.note } : {}),
            ...(inForce?.config.comment?.charts === false ? { charts: false } : {}),
            // Who may waive is always the base branch's say, whichever config is in force.
            ...(resolved.base?.config.waivers ? { waivers: resolved.base.config.waivers } : {}),
        },
        policyChanges,
        ...(inForce
            ? {
                scope: {
                    models: all.map((e) => e.model.name),
                    ...(filter ? { filter: [...filter] } : {}),
                },
            }
            : {}),
        models,
        ...(checklist ? { checklist } : {}),
        findings: sorted,
        tool: { name: 'mlgate', version: constants/* VERSION */.xv },
        ...(input.runUrl ? { run: { url: input.runUrl } } : {}),
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

/***/ 7991:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N4: () => (/* binding */ overCap),
/* harmony export */   UP: () => (/* binding */ symlinkRefused),
/* harmony export */   b6: () => (/* binding */ textOf),
/* harmony export */   ey: () => (/* binding */ confinePath),
/* harmony export */   ux: () => (/* binding */ pathPrefixes),
/* harmony export */   vd: () => (/* binding */ withFileCap)
/* harmony export */ });
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7242);
/** File access for the pipeline: one small interface, several implementations. */

/**
 * Normalise a repository-relative path, or explain why it is not one. Absolute paths and `..`
 * that climb out of the repository are refused: a PR must not make mlgate read outside it.
 */
function confinePath(path) {
    if (typeof path !== 'string' || path.trim() === '')
        return { ok: false, message: 'empty path' };
    if (path.includes('\0'))
        return { ok: false, message: 'path contains a NUL byte' };
    const slashed = path.replace(/\\/g, '/');
    if (slashed.startsWith('/') || /^[A-Za-z]:/.test(slashed)) {
        return {
            ok: false,
            message: `"${path}" is absolute; expected a path relative to the repository root`,
        };
    }
    const parts = [];
    for (const part of slashed.split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..') {
            if (parts.length === 0)
                return { ok: false, message: `"${path}" points outside the repository` };
            parts.pop();
        }
        else
            parts.push(part);
    }
    if (parts.length === 0)
        return { ok: false, message: `"${path}" is not a file path` };
    return { ok: true, path: parts.join('/') };
}
/**
 * The one symlink rule, in every source (issue 9, point 10): a symlink anywhere on the path (the
 * file itself or a directory above it) is refused with this result and never followed, so the
 * verdict cannot depend on whether a commit is read from the working tree, git or the API.
 * `link` is the path of the symlink (`rel` itself or one of its directories).
 */
function symlinkRefused(rel, link, where) {
    const what = link === rel ? 'a symlink' : `its directory ${link} is a symlink`;
    return {
        ok: false,
        path: rel,
        reason: 'symlink',
        message: `${rel}: ${what} in ${where}; mlgate reads regular files only and never follows symlinks`,
    };
}
/** The directories above `rel` and `rel` itself, outermost first: `a`, `a/b`, `a/b/c.json`. */
function pathPrefixes(rel) {
    const parts = rel.split('/');
    return parts.map((_, i) => parts.slice(0, i + 1).join('/'));
}
/** A file's bytes as text (UTF-8, a leading BOM dropped), or null when it is binary (holds a NUL). */
function textOf(bytes) {
    return bytes.includes(0) ? null : bytes.toString('utf8').replace(/^\uFEFF/, '');
}
/** What a file over the cap is told: its size, the cap, and the settings that change it. */
function overCap(size, cap) {
    return `${size} bytes is over the ${cap}-byte limit (raise it with \`limits.max_file_mb\` in the config, \`--max-file-mb\` or the \`max-file-mb\` input)`;
}
/** `source` with every read capped at `maxBytes` (the configured file cap). */
function withFileCap(source, maxBytes) {
    if (maxBytes === _constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Limits */ .xu.fileBytes)
        return source;
    return {
        label: source.label,
        read: (path, cap) => source.read(path, cap ?? maxBytes),
        list: (dir) => source.list(dir),
        ...(source.history ? { history: source.history.bind(source) } : {}),
    };
}


/***/ }),

/***/ 2088:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ issueFinding),
/* harmony export */   X: () => (/* binding */ readOrFinding)
/* harmony export */ });
/**
 * Read a file named by the config, turning a failure into a finding of `check` (missing files
 * referenced by the config fail closed as errors unless `missingLevel` says otherwise).
 */
async function readOrFinding(source, path, check, model, missingLevel = 'error') {
    const result = await source.read(path);
    if (result.ok)
        return result;
    const level = result.reason === 'missing' ? missingLevel : 'error';
    return {
        ok: false,
        result,
        finding: {
            level,
            check,
            ...(model ? { model } : {}),
            file: result.path,
            message: result.reason === 'missing'
                ? `${result.path}: not found in ${source.label}`
                : result.message,
        },
    };
}
/** A reader's issue (level, rule, message, file, line) as a finding of `check` for `model`. */
function issueFinding(i, check, model) {
    return {
        level: i.level,
        check,
        model,
        file: i.file,
        ...(i.line ? { line: i.line } : {}),
        message: i.message,
        rule: i.rule,
    };
}


/***/ }),

/***/ 3578:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ metricsStage),
/* harmony export */   a: () => (/* binding */ metricsPaths)
/* harmony export */ });
/* harmony import */ var _formats_data_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9177);
/* harmony import */ var _formats_metrics_dvc_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3828);
/* harmony import */ var _formats_metrics_toml_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1216);
/* harmony import */ var _formats_metrics_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8278);
/* harmony import */ var _formats_metrics_paths_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9546);
/* harmony import */ var _checks_measure_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9357);
/* harmony import */ var _sources_types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7991);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2088);








/** The files `metrics:` names, as a list. */
function metricsPaths(model) {
    return Array.isArray(model.metrics) ? model.metrics : [model.metrics];
}
async function load(source, paths, model, config, missingLevel) {
    const opts = { model, psiEpsilon: config.metrics_policy?.psi_epsilon };
    const list = Array.isArray(paths) ? paths : [paths];
    if (list.length === 1 && !(0,_formats_metrics_dvc_js__WEBPACK_IMPORTED_MODULE_1__/* .isDvcYaml */ .p$)(list[0]))
        return loadOne(source, list[0], opts, missingLevel);
    const findings = [];
    const declared = [];
    let missing = 0;
    for (const path of list) {
        if (!(0,_formats_metrics_dvc_js__WEBPACK_IMPORTED_MODULE_1__/* .isDvcYaml */ .p$)(path)) {
            declared.push({ path });
            continue;
        }
        const read = await (0,_context_js__WEBPACK_IMPORTED_MODULE_6__/* .readOrFinding */ .X)(source, path, 'metrics', model, missingLevel ?? 'notice');
        if (!read.ok) {
            if (read.result.reason === 'missing')
                missing++;
            if (!(missingLevel === null && read.result.reason === 'missing'))
                findings.push(read.finding);
            continue;
        }
        const vars = await readVars(source, (0,_formats_metrics_dvc_js__WEBPACK_IMPORTED_MODULE_1__/* .dvcVarsFiles */ .Td)(read.path, read.text));
        declared.push(...dvcDeclared(read.path, read.text, vars, model, findings));
    }
    const merged = await loadMerged(source, declared, list[0], opts, missingLevel, findings);
    return {
        set: merged.set,
        findings,
        missing: missing === list.length || merged.allMissing,
        cachedMissing: merged.cachedMissing,
    };
}
async function loadOne(source, path, opts, missingLevel) {
    const read = await (0,_context_js__WEBPACK_IMPORTED_MODULE_6__/* .readOrFinding */ .X)(source, path, 'metrics', opts.model, missingLevel ?? 'notice');
    if (!read.ok) {
        const missing = read.result.reason === 'missing';
        const silent = missingLevel === null && missing;
        return { set: null, findings: silent ? [] : [read.finding], missing, cachedMissing: [] };
    }
    return { ...(0,_formats_metrics_index_js__WEBPACK_IMPORTED_MODULE_3__/* .parseMetrics */ .B)(read.path, read.text, opts), missing: false, cachedMissing: [] };
}
/**
 * The data of the files a dvc.yaml's `${…}` templating may read (absent or unreadable files are
 * null: the templating then says which `${…}` it could not resolve).
 */
async function readVars(source, paths) {
    const out = new Map();
    for (const path of paths) {
        const confined = (0,_sources_types_js__WEBPACK_IMPORTED_MODULE_5__/* .confinePath */ .ey)(path);
        if (!confined.ok) {
            out.set(path, null);
            continue;
        }
        const read = await source.read(confined.path);
        const parsed = !read.ok
            ? null
            : /\.toml$/i.test(path)
                ? (0,_formats_metrics_toml_js__WEBPACK_IMPORTED_MODULE_2__/* .parseToml */ .M)(read.text)
                : (0,_formats_data_js__WEBPACK_IMPORTED_MODULE_0__/* .parseData */ ._0)(read.text);
        const data = parsed?.ok ? parsed.value.data : null;
        out.set(path, (0,_formats_data_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(data) ? data : null);
    }
    return out;
}
/** The metrics files a dvc.yaml declares, confined to the repository. */
function dvcDeclared(file, text, vars, model, findings) {
    const at = (message, line) => ({
        level: 'error',
        check: 'metrics',
        model,
        file,
        ...(line ? { line } : {}),
        message,
    });
    const { files, issues } = (0,_formats_metrics_dvc_js__WEBPACK_IMPORTED_MODULE_1__/* .dvcMetricsFiles */ .qI)(file, text, vars);
    findings.push(...issues.map((i) => at(i.message, i.line)));
    const out = [];
    for (const entry of files) {
        const confined = (0,_sources_types_js__WEBPACK_IMPORTED_MODULE_5__/* .confinePath */ .ey)(entry.path);
        if (!confined.ok) {
            findings.push(at(`metrics file ${confined.message}`, entry.line));
            continue;
        }
        if ((0,_formats_metrics_dvc_js__WEBPACK_IMPORTED_MODULE_1__/* .isDvcYaml */ .p$)(confined.path)) {
            findings.push(at(`${confined.path}: a dvc.yaml cannot name another dvc.yaml as metrics`, entry.line));
            continue;
        }
        out.push({
            path: confined.path,
            from: { file, line: entry.line },
            ...(entry.cachedBy ? { cachedBy: entry.cachedBy } : {}),
        });
    }
    return out;
}
/** Read every declared file into one set keyed `path:name`. */
async function loadMerged(source, declared, name, opts, missingLevel, findings) {
    const files = [];
    const merged = { file: name, files, values: new Map(), meta: {}, notes: [] };
    const owners = new Map();
    merged.lineOf = (key) => {
        const owner = owners.get(key);
        return owner?.set.lineOf?.(owner.name);
    };
    let anyRead = false;
    let missing = 0;
    const cachedMissing = [];
    for (const entry of declared) {
        if (files.includes(entry.path))
            continue;
        files.push(entry.path);
        const read = await (0,_context_js__WEBPACK_IMPORTED_MODULE_6__/* .readOrFinding */ .X)(source, entry.path, 'metrics', opts.model, missingLevel ?? 'notice');
        if (!read.ok) {
            if (read.result.reason === 'missing')
                missing++;
            if (read.result.reason === 'missing' && entry.cachedBy)
                cachedMissing.push(entry.path);
            if (missingLevel === null && read.result.reason === 'missing')
                continue;
            const where = entry.from
                ? ` (declared in ${entry.from.file}${entry.from.line ? `:${entry.from.line}` : ''})`
                : '';
            // A DVC-cached output is git-ignored: a fresh checkout has it only after `dvc pull`, and
            // no commit ever holds it.
            const cached = read.result.reason !== 'missing' || !entry.cachedBy
                ? ''
                : source.label.startsWith('commit ')
                    ? `; it is a DVC-cached output of stage \`${entry.cachedBy}\` (git-ignored), so no commit holds it: check the working tree after \`dvc pull\` (\`mlgate check --workspace\`), or declare the metric with \`cache: false\` so that git tracks it`
                    : `; it is a DVC-cached output of stage \`${entry.cachedBy}\` (git-ignored, so not in a fresh checkout): run \`dvc pull\` (or \`dvc repro\`) before mlgate, or declare the metric with \`cache: false\` so that git tracks it`;
            findings.push({ ...read.finding, message: `${read.finding.message}${where}${cached}` });
            continue;
        }
        const parsed = (0,_formats_metrics_index_js__WEBPACK_IMPORTED_MODULE_3__/* .parseMetrics */ .B)(read.path, read.text, opts);
        findings.push(...parsed.findings);
        if (!parsed.set)
            continue;
        anyRead = true;
        for (const [key, value] of parsed.set.values) {
            const q = (0,_formats_metrics_paths_js__WEBPACK_IMPORTED_MODULE_7__/* .qualify */ .Ss)(read.path, key);
            merged.values.set(q, { ...value, file: read.path });
            // Lines are looked up lazily, in the file the metric was read from.
            if (!value.line)
                owners.set(q, { set: parsed.set, name: key });
        }
        Object.assign(merged.meta, { ...parsed.set.meta, ...merged.meta });
        merged.notes.push(...parsed.set.notes.filter((n) => !merged.notes.includes(n)));
    }
    return {
        set: anyRead ? merged : null,
        allMissing: declared.length > 0 && missing === declared.length,
        cachedMissing,
    };
}
/**
 * A reference file (baseline, production) that this PR adds or edits moves the bar the PR is
 * measured against: say so, so a reviewer looks (or `references: base` makes it moot).
 */
async function referenceChanged(head, base, path, kind, model) {
    const [h, b] = await Promise.all([head.read(path), base.read(path)]);
    if (!h.ok)
        return [];
    const what = !b.ok && b.reason === 'missing'
        ? 'added'
        : !b.ok
            ? 'not comparable with the base commit (unreadable there)'
            : b.text !== h.text
                ? 'changed'
                : null;
    if (!what)
        return [];
    return [
        {
            level: 'warning',
            check: 'metrics',
            rule: `reference.${what === 'added' ? 'added' : what === 'changed' ? 'edited' : 'unreadable'}`,
            model,
            file: h.path,
            message: `${h.path}: the ${kind} reference is ${what === 'added' || what === 'changed' ? `${what} by this PR` : what}; vs ${kind} gates compare with the PR's version (set \`references: base\` on model \`${model}\` to read references at the base commit)`,
        },
    ];
}
/** Read every metrics file the model names. A missing head file is an error; a missing base file means a new model. */
async function metricsStage(model, config, head, base) {
    const findings = [];
    const headRes = await load(head, model.metrics, model.name, config, 'error');
    // A newcomer's most common slip: the path is wrong, or the job that writes the file has not run.
    const hint = `; fix the \`metrics:\` path of model \`${model.name}\` in the config (relative to the repository root) or commit the file your evaluation job writes`;
    findings.push(...headRes.findings.map((f) => headRes.missing && !f.message.includes('dvc pull') ? { ...f, message: f.message + hint } : f));
    let baseRes = { set: null, findings: [], missing: false, cachedMissing: [] };
    if (base) {
        baseRes = await load(base, model.metrics, model.name, config, null);
        // Problems in the base file are the base's, not this PR's: show them without blocking.
        findings.push(...baseRes.findings.map((f) => ({
            ...f,
            level: 'warning',
            message: `at base: ${f.message}`,
        })));
    }
    let production = baseRes.set;
    // References come from the head by default (flagged when the PR adds or edits them), or from
    // the base commit with `references: base`, so a PR cannot move the bar it is measured against.
    const fromBase = model.references === 'base';
    const refSource = fromBase ? base : head;
    const readRef = async (path, kind) => {
        if (!refSource) {
            const message = `${path}: no base commit to read the ${kind} reference from (\`references: base\`)`;
            return {
                set: null,
                findings: [
                    {
                        level: 'error',
                        check: 'metrics',
                        model: model.name,
                        file: path,
                        message,
                    },
                ],
            };
        }
        const res = await load(refSource, path, model.name, config, 'error');
        const findings = fromBase
            ? res.findings.map((f) => ({ ...f, message: `at base: ${f.message}` }))
            : res.findings;
        if (!fromBase && base)
            findings.push(...(await referenceChanged(head, base, path, kind, model.name)));
        return { set: res.set, findings };
    };
    if (model.production && model.production !== 'base') {
        const prod = await readRef(model.production, 'production');
        findings.push(...prod.findings);
        production = prod.set;
    }
    let baseline = null;
    if (model.baseline) {
        const bl = await readRef(model.baseline, 'baseline');
        findings.push(...bl.findings);
        baseline = bl.set;
    }
    // A DVC-cached metrics file is in no commit: the base has no values, and that is no new model.
    const cachedAtBase = base ? baseRes.cachedMissing : [];
    const cachedNote = cachedAtBase.length === 0
        ? ''
        : `${cachedAtBase.map((f) => `\`${f}\``).join(', ')} ${cachedAtBase.length === 1 ? 'is a DVC-cached output' : 'are DVC-cached outputs'} (git-ignored), not in git ${(0,_checks_measure_js__WEBPACK_IMPORTED_MODULE_4__/* .inRevision */ .dZ)(base.label)}`;
    const it = cachedAtBase.length === 1 ? 'it' : 'them';
    const notes = cachedNote
        ? [
            `${cachedNote}: the diff has no base values for ${it} and \`vs: production\` gates have no reference. Set \`cache: false\` on ${it} (or on the stage output holding ${it}) in dvc.yaml to compare commits.`,
        ]
        : [];
    // Every set says which revision it was read at, and every missing side where it looked.
    const looked = (paths, source) => source
        ? `no metrics read from ${paths} ${(0,_checks_measure_js__WEBPACK_IMPORTED_MODULE_4__/* .inRevision */ .dZ)(source.label)}${source === base && cachedNote ? `: ${cachedNote}` : ''}`
        : 'no base commit';
    const paths = metricsPaths(model).join(', ');
    const unread = {};
    if (headRes.set)
        headRes.set.at = head.label;
    else
        unread.head = looked(paths, head);
    if (baseRes.set && base)
        baseRes.set.at = base.label;
    const productionPath = model.production && model.production !== 'base' ? model.production : null;
    const productionSource = productionPath ? refSource : base;
    if (production && productionPath && refSource)
        production.at = refSource.label;
    if (!production)
        unread.production = looked(productionPath ?? paths, productionSource);
    if (baseline && refSource)
        baseline.at = refSource.label;
    if (!baseline && model.baseline)
        unread.baseline = looked(model.baseline, refSource);
    return {
        metrics: { head: headRes.set, base: baseRes.set, production, baseline },
        unread,
        notes,
        findings,
        isNew: base !== null && baseRes.missing && cachedAtBase.length === 0,
    };
}


/***/ })

};
