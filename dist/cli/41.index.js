export const id = 41;
export const ids = [41];
export const modules = {

/***/ 3041:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kd: () => (/* binding */ betterOf),
/* harmony export */   ud: () => (/* binding */ evaluateGates),
/* harmony export */   vz: () => (/* binding */ isGateMessage)
/* harmony export */ });
/* harmony import */ var _formats_metrics_paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9546);
/* harmony import */ var _report_numbers_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5616);
/* harmony import */ var _history_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(757);
/* harmony import */ var _measure_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9357);





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
/**
 * Whether a finding's message is a gate result's: a gate finding that has a value also names the
 * gate's config line, `<message> (gate at .mlgate.yml:12)`.
 */
function isGateMessage(findingMessage, gateMessage) {
    return findingMessage === gateMessage || findingMessage.startsWith(`${gateMessage} (gate at `);
}
/** Direction by last segment: a wildcard gate asks for the same few names once per match. */
const directions = new Map();
/** Evaluate every gate of a model; results in gate order, wildcard matches sorted by path. */
function evaluateGates(gates, inputs) {
    // Gates on one pattern (a floor and a regression check on `slices.*.recall`) share its matches.
    const found = new Map();
    return gates.flatMap((gate, index) => evaluateGate(gate, index, inputs, found));
}
function evaluateGate(gate, index, inputs, lookups) {
    const level = gate.level ?? 'error';
    const required = gate.required ?? true;
    const declared = [
        ...new Set([inputs.head, inputs.production, inputs.baseline].flatMap((s) => s?.files ?? [])),
    ];
    const ref = (0,_formats_metrics_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .splitRef */ .Mn)(gate.metric, declared);
    const wildcard = ref.name.split('.').includes('*');
    const aggregate = wildcard ? (gate.aggregate ?? 'each') : undefined;
    const make = (metric, o, path) => {
        const status = o.ok === 'skip' ? 'skip' : o.ok ? 'pass' : level === 'warn' ? 'warn' : 'fail';
        // Assigned in the report's key order, without spreads: an `each` gate makes one per match.
        const result = { metric };
        const file = path || ref.file;
        if (file)
            result.path = file;
        if (gate.name)
            result.name = gate.name;
        result.status = status;
        result.level = level;
        result.value = o.value;
        result.reference = o.reference;
        result.threshold = o.threshold;
        result.message = o.message;
        result.gate = index;
        if (gate.vs)
            result.vs = gate.vs;
        if (gate.bound)
            result.bound = gate.bound;
        if (aggregate)
            result.aggregate = aggregate;
        if (o.kind && o.threshold !== null)
            result.thresholdKind = o.kind;
        if (gate.vs === 'history') {
            result.window = gate.window ?? _history_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_WINDOW */ .xV;
            result.of = gate.of ?? 'best';
        }
        if (o.trend)
            result.trend = o.trend;
        return result;
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
    const test = wildcard ? (0,_measure_js__WEBPACK_IMPORTED_MODULE_1__/* .compilePattern */ .Eb)(ref.name) : (name) => name === ref.name;
    const lookupKey = `${ref.file ?? ''}\u0000${ref.name}`;
    let found = lookups.get(lookupKey);
    if (!found) {
        found = (0,_formats_metrics_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .lookup */ .$I)(inputs.head, ref, test);
        lookups.set(lookupKey, found);
    }
    if (found.ambiguous) {
        // Whatever its level, a gate that cannot say which file it reads is a config error.
        const spellings = found.ambiguous.map((f) => `\`${(0,_formats_metrics_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .qualify */ .Ss)(f, ref.name)}\``).join(' or ');
        return [
            {
                ...make(gate.metric, {
                    ok: false,
                    value: null,
                    reference: null,
                    threshold: null,
                    message: `${ref.name} is defined by several metrics files (${found.ambiguous.join(', ')}); name one in the gate: ${spellings}`,
                }),
                status: 'fail',
                ambiguous: found.ambiguous,
            },
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
    /** The reference for one head metric: the same metric in the reference set, or its history. */
    const referenceOf = (leaf, better) => {
        if (gate.vs === 'history')
            return fromHistory(gate, (0,_history_js__WEBPACK_IMPORTED_MODULE_0__/* .historyReference */ .uW)(gate, leaf.name, better, inputs.history));
        const vs = gate.vs ?? '';
        // The reference is the same file's metric when the reference set has several files too.
        const key = refSet?.files ? (0,_formats_metrics_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .qualify */ .Ss)(leaf.file, leaf.name) : leaf.name;
        const r = (0,_measure_js__WEBPACK_IMPORTED_MODULE_1__/* .numeric */ .sH)(refSet, key);
        if (r.ok)
            return { ok: true, value: r.value, name: vs };
        const why = !refSet
            ? `is missing ${noMetrics(vs)}`
            : !refSet.values.has(key)
                ? missingRef(refSet, leaf)
                : r.why;
        return { ok: false, why: `${vs} ${leaf.name} ${why}` };
    };
    /** The reference for a pattern's aggregate. */
    const aggregateReference = (agg, better) => {
        if (gate.vs === 'history')
            return fromHistory(gate, (0,_history_js__WEBPACK_IMPORTED_MODULE_0__/* .historyReference */ .uW)(gate, ref.name, better, inputs.history, agg));
        const vs = gate.vs ?? '';
        const refMatches = (0,_formats_metrics_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .lookup */ .$I)(refSet, ref, (0,_measure_js__WEBPACK_IMPORTED_MODULE_1__/* .compilePattern */ .Eb)(ref.name)).keys;
        if (refMatches.length === 0)
            return {
                ok: false,
                why: refSet
                    ? `${vs} has no metric matching ${gate.metric} in ${(0,_measure_js__WEBPACK_IMPORTED_MODULE_1__/* .whereOf */ .de)(refSet)}${(0,_measure_js__WEBPACK_IMPORTED_MODULE_1__/* .revisionOf */ .DT)(refSet)}`
                    : `${vs} has no metric matching ${gate.metric} ${noMetrics(vs)}`,
            };
        const r = (0,_measure_js__WEBPACK_IMPORTED_MODULE_1__/* .aggregateOf */ .$b)(agg, refSet, refMatches, 'value');
        return r.ok ? { ok: true, value: r.value, name: vs } : { ok: false, why: r.why };
    };
    /** `is missing (no metrics read from prod.json at commit 1a2b3c4)`: a side without a set. */
    function noMetrics(side) {
        return `(${inputs.unread?.[side] ?? 'no metrics file'})`;
    }
    const missing = () => {
        const head = inputs.head;
        if (!head)
            return `${gate.metric} is missing ${noMetrics('head')}`;
        const where = ref.file ?? (0,_measure_js__WEBPACK_IMPORTED_MODULE_1__/* .whereOf */ .de)(head);
        const notDeclared = !ref.file && head.files && ref.name.includes(':')
            ? `; \`${ref.name.slice(0, ref.name.lastIndexOf(':'))}\` is not one of the model's metrics files (${head.files.join(', ')})`
            : '';
        const what = wildcard ? `no metric matches ${ref.name} in` : `${ref.name} is missing from`;
        return `${what} ${where}${(0,_measure_js__WEBPACK_IMPORTED_MODULE_1__/* .revisionOf */ .DT)(head)}${(0,_measure_js__WEBPACK_IMPORTED_MODULE_1__/* .didYouMean */ .au)(head, ref.name)}${notDeclared}`;
    };
    if (!aggregate) {
        const key = found.keys[0];
        if (key === undefined)
            return [make(gate.metric, unusable(missing()))];
        const leaf = (0,_formats_metrics_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .leafAt */ .QL)(inputs.head, key);
        return [
            make(gate.metric, single(gate, leaf, gate.metric, inputs.head, referenceOf, bound, unusable), leaf.file),
        ];
    }
    const matches = found.keys;
    if (matches.length === 0)
        return [make(gate.metric, unusable(missing()))];
    if (aggregate === 'each') {
        const lastLiteral = !ref.name.endsWith('*');
        return matches.map((key) => {
            const leaf = (0,_formats_metrics_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .leafAt */ .QL)(inputs.head, key);
            const m = ref.file ? (0,_formats_metrics_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .qualify */ .Ss)(leaf.file, leaf.name) : leaf.name;
            const dot = leaf.name.lastIndexOf('.');
            const subject = lastLiteral && dot >= 0 ? `${leaf.name.slice(dot + 1)} on ${leaf.name.slice(0, dot)}` : m;
            return make(m, single(gate, leaf, subject, inputs.head, referenceOf, bound, unusable), leaf.file);
        });
    }
    const head = (0,_measure_js__WEBPACK_IMPORTED_MODULE_1__/* .aggregateOf */ .$b)(aggregate, inputs.head, matches, bound);
    const subject = `${aggregate} of ${gate.metric}${bound !== 'value' ? ` (${bound} CI bounds)` : ''}`;
    if (!head.ok)
        return [make(gate.metric, unusable(`${subject}: ${head.why}`))];
    // Equality measures have a fixed direction: a bigger ratio or a smaller spread is fairer.
    const better = gate.better ??
        (aggregate === 'ratio'
            ? 'higher'
            : aggregate === 'spread'
                ? 'lower'
                : betterOf(gate, ref.name));
    let reference = null;
    if (gate.vs) {
        reference = aggregateReference(aggregate, better);
        if (!reference.ok) {
            const why = gate.vs === 'baseline' || gate.vs === 'production' ? `${gate.vs} ${subject}: ` : '';
            const msg = reference.why.startsWith(`${gate.vs} has no`)
                ? reference.why
                : `${why}${reference.why}`;
            return [make(gate.metric, unusable(msg, head.value))];
        }
    }
    return [make(gate.metric, judge(gate, better, subject, head, reference, unusable))];
}
function single(gate, leaf, subject, headSet, referenceOf, bound, unusable) {
    const head = (0,_measure_js__WEBPACK_IMPORTED_MODULE_1__/* .measure */ .xP)(headSet, leaf.key, bound, leaf.value);
    if (!head.ok)
        return unusable(`${leaf.name} ${head.why}`);
    const better = betterOf(gate, leaf.name);
    let reference = null;
    if (gate.vs) {
        reference = referenceOf(leaf, better);
        if (!reference.ok)
            return unusable(reference.why, head.value);
    }
    const label = bound === 'value' ? subject : `${subject} ${bound} CI bound`;
    return judge(gate, better, label, head, reference, unusable);
}
/** A history reference as a gate's reference, named for messages. */
function fromHistory(gate, h) {
    if (!h.ok)
        return h;
    const name = `history, ${gate.of ?? 'best'} of ${h.trend.length}`;
    return { ok: true, value: h.value, name, trend: h.trend };
}
/** Why a reference set lacks a metric, naming the file it would come from. */
function missingRef(set, leaf) {
    const file = set.files ? leaf.file : set.file;
    return `is missing from ${file}${(0,_measure_js__WEBPACK_IMPORTED_MODULE_1__/* .revisionOf */ .DT)(set)}${(0,_measure_js__WEBPACK_IMPORTED_MODULE_1__/* .didYouMean */ .au)(set, leaf.name)}`;
}
const EPS = 1e-9;
/** Compare a measured value with the gate's bounds and, for `vs`, its reference. */
function judge(gate, better, subject, head, ref, unusable) {
    const o = judgeValues(gate, better, subject, head, ref, unusable);
    return ref?.trend && o.ok !== 'skip' ? { ...o, trend: ref.trend } : o;
}
function judgeValues(gate, better, subject, head, ref, unusable) {
    const v = head.value;
    const r = ref?.value ?? null;
    // Value, bounds and reference are read together: print them so that different numbers differ.
    const [vText, minText, maxText] = (0,_report_numbers_js__WEBPACK_IMPORTED_MODULE_3__/* .fmtAll */ .lP)([v, gate.min, gate.max]);
    const shown = `${vText}${head.detail ? ` (${head.detail})` : ''}`;
    const tol = (x) => EPS * Math.max(1, Math.abs(x));
    if (gate.min !== undefined && v < gate.min - tol(gate.min)) {
        return {
            ok: false,
            value: v,
            reference: r,
            threshold: gate.min,
            kind: 'min',
            message: `${subject} ${shown} < min ${minText}`,
        };
    }
    if (gate.max !== undefined && v > gate.max + tol(gate.max)) {
        return {
            ok: false,
            value: v,
            reference: r,
            threshold: gate.max,
            kind: 'max',
            message: `${subject} ${shown} > max ${maxText}`,
        };
    }
    if (!gate.vs || !ref || r === null) {
        const atLeast = gate.min !== undefined ? `≥ min ${minText}` : '';
        const atMost = gate.max !== undefined ? `≤ max ${maxText}` : '';
        return {
            ok: true,
            value: v,
            reference: null,
            threshold: gate.min ?? gate.max ?? null,
            kind: gate.min !== undefined ? 'min' : 'max',
            message: `${subject} ${shown} ${atLeast && atMost ? `${atLeast} and ${atMost}` : atLeast || atMost}`,
        };
    }
    const gain = better === 'higher' ? v - r : r - v;
    const pct = gate.max_drop_pct !== undefined || gate.min_gain_pct !== undefined;
    if (pct && r === 0) {
        return unusable(`${subject}: cannot compute a relative change against a ${ref.name} value of 0 (use max_drop/min_gain instead of a _pct form)`, v, r);
    }
    const amount = pct ? (gain / Math.abs(r)) * 100 : gain;
    const unit = pct ? '%' : '';
    // The value is read against the reference and against the limit the gate allows (reference
    // minus the allowed drop, plus the required gain): print all three so that they differ visibly.
    const signedGain = gate.min_gain ?? gate.min_gain_pct ?? -(gate.max_drop ?? gate.max_drop_pct ?? 0);
    const step = pct ? (signedGain * Math.abs(r)) / 100 : signedGain;
    const limit = better === 'higher' ? r + step : r - step;
    const [rText, vMove] = (0,_report_numbers_js__WEBPACK_IMPORTED_MODULE_3__/* .fmtAll */ .lP)([r, v, limit]);
    const move = `(${rText} → ${vMove}`;
    const worse = better === 'higher' ? 'dropped' : 'rose';
    if (gate.min_gain !== undefined || gate.min_gain_pct !== undefined) {
        const need = (gate.min_gain ?? gate.min_gain_pct);
        const ok = amount >= need - tol(need);
        const [amountText, needText] = (0,_report_numbers_js__WEBPACK_IMPORTED_MODULE_3__/* .fmtPair */ .oP)(Math.abs(amount), need);
        const what = amount > 0
            ? `${ok ? 'gained' : 'gained only'} ${amountText}${unit}`
            : amount < 0
                ? `${worse} ${amountText}${unit}`
                : 'did not change';
        return {
            ok,
            value: v,
            reference: r,
            threshold: need,
            kind: gate.min_gain !== undefined ? 'min_gain' : 'min_gain_pct',
            message: `${subject} ${what} vs ${ref.name} ${move}; min gain ${needText}${unit})`,
        };
    }
    const allowed = gate.max_drop ?? gate.max_drop_pct ?? 0;
    const drop = -amount;
    const ok = drop <= allowed + tol(allowed);
    const [dropText, allowedText] = (0,_report_numbers_js__WEBPACK_IMPORTED_MODULE_3__/* .fmtPair */ .oP)(Math.abs(drop), allowed);
    const what = drop > 0
        ? `${worse} ${dropText}${unit}`
        : drop < 0
            ? `improved ${dropText}${unit}`
            : 'did not change';
    return {
        ok,
        value: v,
        reference: r,
        threshold: allowed,
        kind: gate.max_drop_pct !== undefined ? 'max_drop_pct' : 'max_drop',
        message: `${subject} ${what} vs ${ref.name} ${move}; max ${allowedText}${unit})`,
    };
}


/***/ }),

/***/ 757:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sF: () => (/* binding */ historyWindows),
/* harmony export */   uW: () => (/* binding */ historyReference),
/* harmony export */   xV: () => (/* binding */ DEFAULT_WINDOW)
/* harmony export */ });
/* harmony import */ var _report_numbers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5616);
/* harmony import */ var _measure_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9357);


const DEFAULT_WINDOW = 10;
/** The windows of a model's `vs: history` gates that are not off: none means no history is read. */
function historyWindows(gates) {
    return (gates ?? [])
        .filter((g) => g.vs === 'history' && g.level !== 'off')
        .map((g) => g.window ?? DEFAULT_WINDOW);
}
/** Median of a non-empty list: the mean of the two middle values for an even count. */
function median(values) {
    const s = [...values].sort((a, b) => a - b);
    const mid = s.length >> 1;
    return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
/**
 * The reference for `metric` (a path, or a wildcard pattern with its aggregate): the metric's value
 * in each version that has it, the last `window` of them, reduced by `of`.
 */
function historyReference(gate, metric, better, history, aggregate) {
    const window = gate.window ?? DEFAULT_WINDOW;
    const of = gate.of ?? 'best';
    if (!history)
        return { ok: false, why: 'history: no base branch to read history from' };
    if (history.unavailable)
        return { ok: false, why: `history: ${history.unavailable}` };
    const values = [];
    for (const { set } of history.versions) {
        if (aggregate) {
            const r = (0,_measure_js__WEBPACK_IMPORTED_MODULE_0__/* .aggregateOf */ .$b)(aggregate, set, (0,_measure_js__WEBPACK_IMPORTED_MODULE_0__/* .matchPaths */ .oq)(set, metric), 'value');
            if (r.ok)
                values.push(r.value);
        }
        else {
            const r = (0,_measure_js__WEBPACK_IMPORTED_MODULE_0__/* .numeric */ .sH)(set, metric);
            if (r.ok)
                values.push(r.value);
        }
    }
    const trend = values.slice(-window);
    if (trend.length < window) {
        const why = history.shallow
            ? 'the clone is shallow: set `fetch-depth: 0` on actions/checkout'
            : 'the base branch has no more versions of the metrics file with it';
        return {
            ok: false,
            why: `history has ${trend.length} of the ${window} past values of ${metric} the gate needs (${why})`,
        };
    }
    const value = of === 'oldest'
        ? trend[0]
        : of === 'median'
            ? median(trend)
            : better === 'higher'
                ? Math.max(...trend)
                : Math.min(...trend);
    return { ok: true, value, trend, label: `history (${of} of ${window}: ${(0,_report_numbers_js__WEBPACK_IMPORTED_MODULE_1__/* .fmt */ .Sc)(value)})` };
}


/***/ }),

/***/ 9357:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $b: () => (/* binding */ aggregateOf),
/* harmony export */   DT: () => (/* binding */ revisionOf),
/* harmony export */   Eb: () => (/* binding */ compilePattern),
/* harmony export */   au: () => (/* binding */ didYouMean),
/* harmony export */   dZ: () => (/* binding */ inRevision),
/* harmony export */   de: () => (/* binding */ whereOf),
/* harmony export */   oq: () => (/* binding */ matchPaths),
/* harmony export */   sH: () => (/* binding */ numeric),
/* harmony export */   xP: () => (/* binding */ measure)
/* harmony export */ });
/* unused harmony export matchPattern */
/* harmony import */ var _formats_metrics_paths_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9546);
/* harmony import */ var _formats_schema_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5337);
/* harmony import */ var _report_numbers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5616);
/**
 * What a gate measures: the number at a path (or one end of its confidence interval), the paths a
 * wildcard matches, and aggregates over those matches. Every "cannot measure" carries a reason.
 */



/** Where a set's metrics come from, for messages: its file, or its files. */
function whereOf(set) {
    const files = (0,_formats_metrics_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .filesOf */ .R8)(set);
    return files.length === 1 ? files[0] : `${files.slice(0, -1).join(', ')} and ${files.at(-1)}`;
}
/**
 * Where a revision's files were looked in, for messages: `at commit 1a2b3c4`, `in the working
 * tree` (from a FileSource's label), so that every "missing" says which revision it looked at.
 */
function inRevision(label) {
    return label.startsWith('the ') ? `in ${label}` : `at ${label}`;
}
/** ` at commit 1a2b3c4`: the revision a set was read at, or '' when unknown. */
function revisionOf(set) {
    return set.at ? ` ${inRevision(set.at)}` : '';
}
/** A finite number at key `metric` of the set, or why there is none. */
function numeric(set, metric, leaf = set?.values.get(metric)) {
    if (!set)
        return { ok: false, why: 'is missing (no metrics file)' };
    if (!leaf)
        return {
            ok: false,
            why: `is missing from ${whereOf(set)}${revisionOf(set)}${didYouMean(set, metric)}`,
        };
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
        names = [...new Set((0,_formats_metrics_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .leaves */ .FQ)(set).map((l) => l.name))].sort();
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
function measure(set, metric, bound, known) {
    // `known`: the value, when the caller already holds it (a wildcard's match): no second lookup.
    const n = numeric(set, metric, known);
    if (!n.ok)
        return n;
    if (bound === 'value')
        return { ok: true, value: n.value, detail: '' };
    const ci = n.leaf.ci;
    if (!ci)
        return { ok: false, why: `has no confidence interval (needed for bound: ${bound})` };
    const value = bound === 'lower' ? ci[0] : ci[1];
    return { ok: true, value, detail: `CI [${(0,_report_numbers_js__WEBPACK_IMPORTED_MODULE_2__/* .fmt */ .Sc)(ci[0])}, ${(0,_report_numbers_js__WEBPACK_IMPORTED_MODULE_2__/* .fmt */ .Sc)(ci[1])}]` };
}
/** Does a concrete dotted path match a pattern where `*` is exactly one segment? */
function matchPattern(pattern, path) {
    return compilePattern(pattern)(path);
}
/**
 * A test for one pattern, made once and run on every metric name: the literal segments are
 * compared in place, with no per-name split (100,000 names per wildcard gate are normal).
 */
function compilePattern(pattern) {
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
    const test = compilePattern(pattern);
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
                detail: `${(0,_report_numbers_js__WEBPACK_IMPORTED_MODULE_2__/* .fmt */ .Sc)(hi.value)} at ${hi.path} − ${(0,_report_numbers_js__WEBPACK_IMPORTED_MODULE_2__/* .fmt */ .Sc)(lo.value)} at ${lo.path}`,
            };
        case 'ratio':
            if (hi.value === 0)
                return { ok: false, why: 'ratio min/max is undefined (max is 0)' };
            return {
                ok: true,
                value: lo.value / hi.value,
                detail: `${(0,_report_numbers_js__WEBPACK_IMPORTED_MODULE_2__/* .fmt */ .Sc)(lo.value)} at ${lo.path} / ${(0,_report_numbers_js__WEBPACK_IMPORTED_MODULE_2__/* .fmt */ .Sc)(hi.value)} at ${hi.path}`,
            };
    }
}


/***/ }),

/***/ 9546:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $I: () => (/* binding */ lookup),
/* harmony export */   FQ: () => (/* binding */ leaves),
/* harmony export */   Mn: () => (/* binding */ splitRef),
/* harmony export */   QL: () => (/* binding */ leafAt),
/* harmony export */   R8: () => (/* binding */ filesOf),
/* harmony export */   Ss: () => (/* binding */ qualify)
/* harmony export */ });
/* unused harmony export displayName */
/* harmony import */ var _order_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5395);

/** `path:name`, the key of a metric in a set that merges several files. */
function qualify(file, name) {
    return `${file}:${name}`;
}
/** Split `path:name` on the last ':' whose left side is one of `files` (see the module comment). */
function splitRef(ref, files) {
    for (let i = ref.lastIndexOf(':'); i > 0; i = ref.lastIndexOf(':', i - 1)) {
        const file = ref.slice(0, i);
        if (files.includes(file))
            return { file, name: ref.slice(i + 1) };
    }
    return { name: ref };
}
/** The file and name of a key of `set`. */
function leafAt(set, key) {
    const value = set.values.get(key);
    if (!value)
        return undefined;
    if (!set.files)
        return { key, file: value.file ?? set.file, name: key, value };
    const file = value.file ?? set.file;
    return { key, file, name: key.slice(file.length + 1), value };
}
/** Every metric of a set with its file, in the set's order. */
function leaves(set) {
    if (!set)
        return [];
    const out = [];
    for (const key of set.values.keys()) {
        const leaf = leafAt(set, key);
        if (leaf)
            out.push(leaf);
    }
    return out;
}
/** The metrics files a set was read from (one for a plain file). */
function filesOf(set) {
    if (!set)
        return [];
    return set.files ?? [set.file];
}
/**
 * The keys of `set` a reference (a name or a `*` pattern, qualified or not) addresses, sorted by
 * name then file in code-unit order. `test` says whether a metric name matches the reference's
 * name (compiled once: it runs on every metric). `ambiguous` lists the files when an unqualified
 * reference matches the same name in several files.
 */
function lookup(set, ref, test) {
    if (!set)
        return { keys: [] };
    if (!set.files) {
        // A single-file set (a production or baseline file) answers for any qualifier: it holds the
        // reference values of the metric, whatever file the head reads it from. Keys are names.
        const keys = [];
        for (const key of set.values.keys())
            if (test(key))
                keys.push(key);
        return { keys: keys.sort(_order_js__WEBPACK_IMPORTED_MODULE_0__/* .byCodeUnit */ .X) };
    }
    const file = ref.file;
    const hits = leaves(set)
        .filter((l) => (file === undefined || l.file === file) && test(l.name))
        .sort((a, b) => (0,_order_js__WEBPACK_IMPORTED_MODULE_0__/* .byCodeUnit */ .X)(a.name, b.name) || (0,_order_js__WEBPACK_IMPORTED_MODULE_0__/* .byCodeUnit */ .X)(a.file, b.file));
    if (file === undefined) {
        const byName = new Map();
        for (const h of hits)
            byName.set(h.name, (byName.get(h.name) ?? new Set()).add(h.file));
        const clash = [...byName.values()].find((files) => files.size > 1);
        const order = set.files;
        if (clash)
            return { keys: hits.map((h) => h.key), ambiguous: order.filter((f) => clash.has(f)) };
    }
    return { keys: hits.map((h) => h.key) };
}
/** A metric name for messages: qualified when the set merges several files. */
function displayName(set, key) {
    const leaf = leafAt(set, key);
    return leaf ? leaf.name : key;
}


/***/ }),

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
