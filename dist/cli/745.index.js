export const id = 745;
export const ids = [745];
export const modules = {

/***/ 3041:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sc: () => (/* reexport safe */ _measure_js__WEBPACK_IMPORTED_MODULE_0__.Sc),
/* harmony export */   ud: () => (/* binding */ evaluateGates)
/* harmony export */ });
/* unused harmony export betterOf */
/* harmony import */ var _measure_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9357);


/** Lower-is-better words (SPEC §2), matched as words of the last path segment. */
const LOWER_WORDS = new Set([
    ...['loss', 'error', 'err', 'latency', 'ms', 'cost', 'mse', 'rmse', 'mae', 'ece', 'psi', 'drift'],
    ...['losses', 'errors', 'costs', 'latencies'],
]);
/**
 * Direction of a metric: the gate's `better`, else `lower` when a word of the last segment (split
 * on `_`, `-` and camelCase) is a lower-is-better word: `calibration_error`, `error_rate`,
 * `p95_ms`, `valLoss`, `psi` are lower; `auc`, `recall`, `errorless` are higher.
 */
function betterOf(gate, metric) {
    if (gate.better)
        return gate.better;
    const last = metric.slice(metric.lastIndexOf('.') + 1);
    let better = directions.get(last);
    if (!better) {
        const words = last
            .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
            .toLowerCase()
            .split(/[^a-z0-9]+/);
        better = words.some((w) => LOWER_WORDS.has(w)) ? 'lower' : 'higher';
        directions.set(last, better);
    }
    return better;
}
/** Direction by last segment: a wildcard gate asks for the same few names once per match. */
const directions = new Map();
/** Evaluate every gate of a model; results in gate order, wildcard matches sorted by path. */
function evaluateGates(gates, inputs) {
    return gates.flatMap((gate, index) => evaluateGate(gate, index, inputs));
}
function evaluateGate(gate, index, inputs) {
    const level = gate.level ?? 'error';
    const required = gate.required ?? true;
    const wildcard = gate.metric.split('.').includes('*');
    const aggregate = wildcard ? (gate.aggregate ?? 'each') : undefined;
    const make = (metric, o) => {
        const status = o.ok === 'skip' ? 'skip' : o.ok ? 'pass' : level === 'warn' ? 'warn' : 'fail';
        return {
            metric,
            ...(gate.name ? { name: gate.name } : {}),
            status,
            level,
            value: o.value,
            reference: o.reference,
            threshold: o.threshold,
            message: o.message,
            gate: index,
            ...(gate.vs ? { vs: gate.vs } : {}),
            ...(gate.bound ? { bound: gate.bound } : {}),
            ...(aggregate ? { aggregate } : {}),
            ...(o.kind && o.threshold !== null ? { thresholdKind: o.kind } : {}),
        };
    };
    const unusable = (why, value = null, reference = null) => required
        ? { ok: false, value, reference, threshold: null, message: why }
        : { ok: 'skip', value, reference, threshold: null, message: `skipped: ${why}` };
    if (level === 'off') {
        return [
            make(gate.metric, {
                ok: 'skip',
                value: null,
                reference: null,
                threshold: null,
                message: `${gate.metric}: gate is off (level: off)`,
            }),
        ];
    }
    if (gate.vs === 'production' && inputs.newModel && !inputs.production) {
        const why = `${gate.metric}: new model, no production metrics at the base commit`;
        // A new model has nothing to regress from; only an explicit `required: true` insists.
        return [
            make(gate.metric, gate.required === true
                ? {
                    ok: false,
                    value: null,
                    reference: null,
                    threshold: null,
                    message: `${why} (gate is required)`,
                }
                : {
                    ok: 'skip',
                    value: null,
                    reference: null,
                    threshold: null,
                    message: `skipped: ${why}`,
                }),
        ];
    }
    const refSet = gate.vs === 'production' ? inputs.production : gate.vs === 'baseline' ? inputs.baseline : null;
    const bound = gate.bound ?? 'value';
    if (!aggregate) {
        return [
            make(gate.metric, single(gate, gate.metric, gate.metric, inputs.head, refSet, bound, unusable)),
        ];
    }
    const matches = (0,_measure_js__WEBPACK_IMPORTED_MODULE_0__/* .matchPaths */ .oq)(inputs.head, gate.metric);
    if (matches.length === 0) {
        const where = inputs.head
            ? `in ${inputs.head.file}${(0,_measure_js__WEBPACK_IMPORTED_MODULE_0__/* .didYouMean */ .au)(inputs.head, gate.metric)}`
            : '(no metrics file)';
        return [make(gate.metric, unusable(`no metric matches ${gate.metric} ${where}`))];
    }
    if (aggregate === 'each') {
        const lastLiteral = !gate.metric.endsWith('*');
        return matches.map((m) => {
            const dot = m.lastIndexOf('.');
            const subject = lastLiteral && dot >= 0 ? `${m.slice(dot + 1)} on ${m.slice(0, dot)}` : m;
            return make(m, single(gate, m, subject, inputs.head, refSet, bound, unusable));
        });
    }
    const head = (0,_measure_js__WEBPACK_IMPORTED_MODULE_0__/* .aggregateOf */ .$b)(aggregate, inputs.head, matches, bound);
    const subject = `${aggregate} of ${gate.metric}${bound !== 'value' ? ` (${bound} CI bounds)` : ''}`;
    if (!head.ok)
        return [make(gate.metric, unusable(`${subject}: ${head.why}`))];
    let reference = null;
    if (gate.vs) {
        const refMatches = (0,_measure_js__WEBPACK_IMPORTED_MODULE_0__/* .matchPaths */ .oq)(refSet, gate.metric);
        if (refMatches.length === 0) {
            return [
                make(gate.metric, unusable(`${gate.vs} has no metric matching ${gate.metric}`, head.value)),
            ];
        }
        const ref = (0,_measure_js__WEBPACK_IMPORTED_MODULE_0__/* .aggregateOf */ .$b)(aggregate, refSet, refMatches, 'value');
        if (!ref.ok)
            return [make(gate.metric, unusable(`${gate.vs} ${subject}: ${ref.why}`, head.value))];
        reference = ref;
    }
    // Equality measures have a fixed direction: a bigger ratio or a smaller spread is fairer.
    const better = gate.better ??
        (aggregate === 'ratio'
            ? 'higher'
            : aggregate === 'spread'
                ? 'lower'
                : betterOf(gate, gate.metric));
    return [make(gate.metric, judge(gate, better, subject, head, reference, unusable))];
}
function single(gate, metric, subject, headSet, refSet, bound, unusable) {
    const head = (0,_measure_js__WEBPACK_IMPORTED_MODULE_0__/* .measure */ .xP)(headSet, metric, bound);
    if (!head.ok)
        return unusable(`${metric} ${head.why}`);
    let reference = null;
    if (gate.vs) {
        const ref = (0,_measure_js__WEBPACK_IMPORTED_MODULE_0__/* .numeric */ .sH)(refSet, metric);
        if (!ref.ok)
            return unusable(`${gate.vs} ${metric} ${ref.why}`, head.value);
        reference = { ok: true, value: ref.value, detail: '' };
    }
    const label = bound === 'value' ? subject : `${subject} ${bound} CI bound`;
    return judge(gate, betterOf(gate, metric), label, head, reference, unusable);
}
const EPS = 1e-9;
/** Compare a measured value with the gate's bounds and, for `vs`, its reference. */
function judge(gate, better, subject, head, ref, unusable) {
    const v = head.value;
    const shown = `${(0,_measure_js__WEBPACK_IMPORTED_MODULE_0__/* .fmt */ .Sc)(v)}${head.detail ? ` (${head.detail})` : ''}`;
    const r = ref?.value ?? null;
    const tol = (x) => EPS * Math.max(1, Math.abs(x));
    if (gate.min !== undefined && v < gate.min - tol(gate.min)) {
        return {
            ok: false,
            value: v,
            reference: r,
            threshold: gate.min,
            kind: 'min',
            message: `${subject} ${shown} < min ${(0,_measure_js__WEBPACK_IMPORTED_MODULE_0__/* .fmt */ .Sc)(gate.min)}`,
        };
    }
    if (gate.max !== undefined && v > gate.max + tol(gate.max)) {
        return {
            ok: false,
            value: v,
            reference: r,
            threshold: gate.max,
            kind: 'max',
            message: `${subject} ${shown} > max ${(0,_measure_js__WEBPACK_IMPORTED_MODULE_0__/* .fmt */ .Sc)(gate.max)}`,
        };
    }
    if (!gate.vs || !ref || r === null) {
        const parts = [
            gate.min !== undefined ? `≥ min ${(0,_measure_js__WEBPACK_IMPORTED_MODULE_0__/* .fmt */ .Sc)(gate.min)}` : '',
            gate.max !== undefined ? `≤ max ${(0,_measure_js__WEBPACK_IMPORTED_MODULE_0__/* .fmt */ .Sc)(gate.max)}` : '',
        ].filter(Boolean);
        return {
            ok: true,
            value: v,
            reference: null,
            threshold: gate.min ?? gate.max ?? null,
            kind: gate.min !== undefined ? 'min' : 'max',
            message: `${subject} ${shown} ${parts.join(' and ')}`,
        };
    }
    const gain = better === 'higher' ? v - r : r - v;
    const pct = gate.max_drop_pct !== undefined || gate.min_gain_pct !== undefined;
    if (pct && r === 0) {
        return unusable(`${subject}: cannot compute a relative change against a ${gate.vs} value of 0 (use max_drop/min_gain instead of a _pct form)`, v, r);
    }
    const amount = pct ? (gain / Math.abs(r)) * 100 : gain;
    const unit = pct ? '%' : '';
    const move = `(${(0,_measure_js__WEBPACK_IMPORTED_MODULE_0__/* .fmt */ .Sc)(r)} → ${(0,_measure_js__WEBPACK_IMPORTED_MODULE_0__/* .fmt */ .Sc)(v)}`;
    const worse = better === 'higher' ? 'dropped' : 'rose';
    const improved = `improved ${(0,_measure_js__WEBPACK_IMPORTED_MODULE_0__/* .fmt */ .Sc)(Math.abs(amount))}${unit}`;
    if (gate.min_gain !== undefined || gate.min_gain_pct !== undefined) {
        const need = (gate.min_gain ?? gate.min_gain_pct);
        const ok = amount >= need - tol(need);
        const what = amount > 0
            ? `${ok ? 'gained' : 'gained only'} ${(0,_measure_js__WEBPACK_IMPORTED_MODULE_0__/* .fmt */ .Sc)(amount)}${unit}`
            : amount < 0
                ? `${worse} ${(0,_measure_js__WEBPACK_IMPORTED_MODULE_0__/* .fmt */ .Sc)(-amount)}${unit}`
                : 'did not change';
        return {
            ok,
            value: v,
            reference: r,
            threshold: need,
            kind: gate.min_gain !== undefined ? 'min_gain' : 'min_gain_pct',
            message: `${subject} ${what} vs ${gate.vs} ${move}; min gain ${(0,_measure_js__WEBPACK_IMPORTED_MODULE_0__/* .fmt */ .Sc)(need)}${unit})`,
        };
    }
    const allowed = gate.max_drop ?? gate.max_drop_pct ?? 0;
    const drop = -amount;
    const ok = drop <= allowed + tol(allowed);
    const what = drop > 0 ? `${worse} ${(0,_measure_js__WEBPACK_IMPORTED_MODULE_0__/* .fmt */ .Sc)(drop)}${unit}` : drop < 0 ? improved : 'did not change';
    return {
        ok,
        value: v,
        reference: r,
        threshold: allowed,
        kind: gate.max_drop_pct !== undefined ? 'max_drop_pct' : 'max_drop',
        message: `${subject} ${what} vs ${gate.vs} ${move}; max ${(0,_measure_js__WEBPACK_IMPORTED_MODULE_0__/* .fmt */ .Sc)(allowed)}${unit})`,
    };
}


/***/ }),

/***/ 9357:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $b: () => (/* binding */ aggregateOf),
/* harmony export */   Sc: () => (/* binding */ fmt),
/* harmony export */   au: () => (/* binding */ didYouMean),
/* harmony export */   oq: () => (/* binding */ matchPaths),
/* harmony export */   sH: () => (/* binding */ numeric),
/* harmony export */   xP: () => (/* binding */ measure)
/* harmony export */ });
/* unused harmony export matchPattern */
/* harmony import */ var _formats_schema_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5337);
/**
 * What a gate measures: the number at a path (or one end of its confidence interval), the paths a
 * wildcard matches, and aggregates over those matches. Every "cannot measure" carries a reason.
 */

/** A finite number at `metric`, or why there is none. */
function numeric(set, metric) {
    if (!set)
        return { ok: false, why: 'is missing (no metrics file)' };
    const leaf = set.values.get(metric);
    if (!leaf)
        return { ok: false, why: `is missing from ${set.file}${didYouMean(set, metric)}` };
    const v = leaf.value;
    // Name the file: a reference (baseline, production) or a dvc.yaml's file is not the head's.
    const file = leaf.file ?? set.file;
    if (typeof v !== 'number')
        return { ok: false, why: `is not a number (${JSON.stringify(v)}) in ${file}` };
    if (Number.isNaN(v))
        return { ok: false, why: `is NaN in ${file}` };
    if (!Number.isFinite(v))
        return { ok: false, why: `is ${v > 0 ? '+' : '-'}Infinity in ${file}` };
    return { ok: true, value: v, leaf };
}
/**
 * ` (did you mean `auc`?)` for a metric name that is not in the set: a typo of an existing name
 * (`acu`), else the closest name sharing a word with it (`auc_roc` → `auc`, `p95` → `latency.p95_ms`).
 * Wildcard patterns are matched as their literal words.
 */
function didYouMean(set, metric) {
    let names = sortedNames.get(set);
    if (!names) {
        names = [...set.values.keys()].sort();
        sortedNames.set(set, names);
    }
    const hint = (0,_formats_schema_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .closest */ .kp)(metric, names) ?? sharingAWord(metric, names);
    return hint ? ` (did you mean \`${hint}\`?)` : '';
}
/** Each set's names, sorted once however many gates miss a metric in it. */
const sortedNames = new WeakMap();
const words = (name) => name
    .toLowerCase()
    .split(/[._-]+/)
    .filter((w) => w.length >= 2 && w !== '*');
function sharingAWord(metric, names) {
    const wanted = new Set(words(metric));
    let best;
    for (const name of names) {
        const own = words(name);
        const shared = own.filter((w) => wanted.has(w)).length;
        if (shared === 0)
            continue;
        // Most shared words first, then the fewest unrelated words; names are sorted, so ties are stable.
        const extra = own.length - shared;
        if (!best || shared > best.shared || (shared === best.shared && extra < best.extra))
            best = { name, shared, extra };
    }
    return best?.name;
}
/** The value at `metric`, or the lower/upper end of its confidence interval. */
function measure(set, metric, bound) {
    const n = numeric(set, metric);
    if (!n.ok)
        return n;
    if (bound === 'value')
        return { ok: true, value: n.value, detail: '' };
    const ci = n.leaf.ci;
    if (!ci)
        return { ok: false, why: `has no confidence interval (needed for bound: ${bound})` };
    const value = bound === 'lower' ? ci[0] : ci[1];
    return { ok: true, value, detail: `CI [${fmt(ci[0])}, ${fmt(ci[1])}]` };
}
/** Does a concrete dotted path match a pattern where `*` is exactly one segment? */
function matchPattern(pattern, path) {
    return matcher(pattern)(path);
}
/**
 * A test for one pattern, made once and run on every metric name: the literal segments are
 * compared in place, with no per-name split (100,000 names per wildcard gate are normal).
 */
function matcher(pattern) {
    const segs = pattern.split('.');
    return (path) => {
        let at = 0;
        for (let i = 0; i < segs.length; i++) {
            const dot = path.indexOf('.', at);
            const last = i === segs.length - 1;
            // The last segment runs to the end of the name; any other ends at the next dot.
            if (last ? dot >= 0 : dot < 0)
                return false;
            const end = last ? path.length : dot;
            const seg = segs[i];
            if (seg !== '*' && (end - at !== seg.length || !path.startsWith(seg, at)))
                return false;
            at = end + 1;
        }
        return true;
    };
}
/** Every path of `set` matching the pattern, sorted so results are deterministic. */
function matchPaths(set, pattern) {
    if (!set)
        return [];
    const test = matcher(pattern);
    const out = [];
    for (const k of set.values.keys())
        if (test(k))
            out.push(k);
    return out.sort();
}
/** min, max, mean, ratio (min/max) or spread (max − min) over the matches. */
function aggregateOf(kind, set, paths, bound) {
    const values = [];
    for (const path of paths) {
        const m = measure(set, path, bound);
        if (!m.ok)
            return { ok: false, why: `${path} ${m.why}` };
        values.push({ path, value: m.value });
    }
    if (values.length === 0)
        return { ok: false, why: 'no metric matches' };
    // First of the sorted paths wins ties, so the named metric is stable.
    const lo = values.reduce((a, b) => (b.value < a.value ? b : a));
    const hi = values.reduce((a, b) => (b.value > a.value ? b : a));
    switch (kind) {
        case 'min':
            return { ok: true, value: lo.value, detail: lo.path };
        case 'max':
            return { ok: true, value: hi.value, detail: hi.path };
        case 'mean': {
            const mean = values.reduce((a, b) => a + b.value, 0) / values.length;
            return { ok: true, value: mean, detail: `mean of ${values.length}` };
        }
        case 'spread':
            return {
                ok: true,
                value: hi.value - lo.value,
                detail: `${fmt(hi.value)} at ${hi.path} − ${fmt(lo.value)} at ${lo.path}`,
            };
        case 'ratio':
            if (hi.value === 0)
                return { ok: false, why: 'ratio min/max is undefined (max is 0)' };
            return {
                ok: true,
                value: lo.value / hi.value,
                detail: `${fmt(lo.value)} at ${lo.path} / ${fmt(hi.value)} at ${hi.path}`,
            };
    }
}
/** Compact number formatting for messages and tables: at most 4 significant decimals. */
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


/***/ })

};
