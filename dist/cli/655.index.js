export const id = 655;
export const ids = [655];
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

/***/ 5655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderText: () => (/* binding */ renderText)
/* harmony export */ });
/* harmony import */ var _checks_gates_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3041);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6867);
/** Plain-text rendering for terminals (`mlgate check --format text`). */


const MARK = { pass: 'PASS', fail: 'FAIL', warn: 'WARN', skip: 'SKIP', waived: 'WAIV' };
function show(v, ci) {
    if (v === null || v === undefined)
        return '-';
    if (typeof v !== 'number')
        return String(v);
    return ci ? `${(0,_checks_gates_js__WEBPACK_IMPORTED_MODULE_0__/* .fmt */ .Sc)(v)} [${(0,_checks_gates_js__WEBPACK_IMPORTED_MODULE_0__/* .fmt */ .Sc)(ci[0])}, ${(0,_checks_gates_js__WEBPACK_IMPORTED_MODULE_0__/* .fmt */ .Sc)(ci[1])}]` : (0,_checks_gates_js__WEBPACK_IMPORTED_MODULE_0__/* .fmt */ .Sc)(v);
}
/** The report as plain text: verdict, policy changes, then per model its gates and metric diff. */
function renderText(report) {
    const out = [];
    const { errors, warnings } = report.counts;
    out.push(`mlgate: ${report.passed ? 'PASSED' : 'FAILED'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'})`);
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
            out.push('  metric diff (base -> head):');
            for (const r of model.metrics) {
                const change = r.change === null ? '' : ` (${r.change > 0 ? '+' : ''}${(0,_checks_gates_js__WEBPACK_IMPORTED_MODULE_0__/* .fmt */ .Sc)(r.change)})`;
                const baseline = r.baseline === undefined || r.baseline === null ? '' : `; baseline ${show(r.baseline)}`;
                out.push(`    ${r.metric}: ${show(r.base, r.baseCi)} -> ${show(r.head, r.headCi)}${change}${baseline}`);
            }
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
    const rest = report.findings.filter((f) => f.check !== 'gate');
    if (rest.length > 0) {
        out.push('', 'findings:');
        for (const f of rest)
            out.push(`  ${f.level}: ${f.file ? `${f.file}${f.line ? `:${f.line}` : ''}: ` : ''}${(0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .messageAfterFile */ .aS)(f)}`);
    }
    return out.join('\n') + '\n';
}


/***/ })

};
