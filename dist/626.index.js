export const id = 626;
export const ids = [626];
export const modules = {

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

/***/ 362:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FI: () => (/* binding */ parseCsvMetrics),
/* harmony export */   yU: () => (/* binding */ csvValue)
/* harmony export */ });
/* unused harmony export splitCsv */
/* harmony import */ var _data_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8877);
/* harmony import */ var _flatten_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8311);


/** Split CSV text into rows of fields, tracking the line each row starts on. */
function splitCsv(text) {
    const rows = [];
    let fields = [];
    let field = '';
    let quoted = false;
    let line = 1;
    let rowLine = 1;
    let i = 0;
    const endRow = () => {
        fields.push(field);
        if (!(fields.length === 1 && fields[0].trim() === ''))
            rows.push({ fields, line: rowLine });
        fields = [];
        field = '';
    };
    while (i < text.length) {
        const c = text[i];
        if (quoted) {
            if (c === '"' && text[i + 1] === '"') {
                field += '"';
                i += 2;
                continue;
            }
            if (c === '"') {
                quoted = false;
                i++;
                continue;
            }
            if (c === '\n')
                line++;
            field += c;
            i++;
            continue;
        }
        if (c === '"' && field.trim() === '') {
            quoted = true;
            field = '';
        }
        else if (c === ',') {
            fields.push(field);
            field = '';
        }
        else if (c === '\r' || c === '\n') {
            endRow();
            if (c === '\r' && text[i + 1] === '\n')
                i++;
            line++;
            rowLine = line;
        }
        else
            field += c;
        i++;
    }
    if (quoted)
        return { rows, problem: { line: rowLine, message: 'unterminated quoted field' } };
    endRow();
    return { rows };
}
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const SPECIAL = {
    nan: NaN,
    inf: Infinity,
    '+inf': Infinity,
    '-inf': -Infinity,
    infinity: Infinity,
    '+infinity': Infinity,
    '-infinity': -Infinity,
};
/** A CSV cell as a metric value: numbers, NaN/Infinity, true/false, else the string. */
function csvValue(raw) {
    const s = raw.trim();
    if (NUMBER.test(s))
        return Number(s);
    const special = SPECIAL[s.toLowerCase()];
    if (special !== undefined)
        return special;
    if (/^(true|false)$/i.test(s))
        return s.toLowerCase() === 'true';
    return s;
}
const OPTIONAL = ['ci_low', 'ci_high', 'stderr'];
/** Parse CSV metrics into a MetricSet. */
function parseCsvMetrics(file, text) {
    const set = { file, values: new Map(), meta: {}, notes: [] };
    const issues = [];
    const bad = (0,_data_js__WEBPACK_IMPORTED_MODULE_0__/* .checkText */ .qW)(text);
    if (bad)
        return { set, issues: [{ path: '', message: bad }] };
    const { rows, problem } = splitCsv(text.replace(/^\uFEFF/, ''));
    if (problem)
        issues.push({ path: '', line: problem.line, message: problem.message });
    const header = rows.shift();
    const names = header?.fields.map((f) => f.trim().toLowerCase()) ?? [];
    const col = (n) => names.indexOf(n);
    if (col('metric') < 0 || col('value') < 0) {
        issues.push({
            path: '',
            line: 1,
            message: `expected a header row \`metric,value\`, found \`${header?.fields.join(',') ?? ''}\``,
        });
        return { set, issues };
    }
    for (const { fields, line } of rows) {
        if (fields.length !== names.length) {
            issues.push({
                path: '',
                line,
                message: `row has ${fields.length} fields; the header has ${names.length}`,
            });
            continue;
        }
        const metric = fields[col('metric')].trim();
        if (!metric) {
            issues.push({ path: '', line, message: 'row has an empty metric name' });
            continue;
        }
        if (set.values.has(metric)) {
            issues.push({
                path: metric,
                line,
                message: `metric "${metric}" appears twice; the first row is used`,
            });
            continue;
        }
        const rawValue = fields[col('value')];
        if (rawValue.trim() === '') {
            issues.push({ path: metric, line, message: 'value is empty; expected a number' });
            set.values.set(metric, { value: null, line });
            continue;
        }
        const obj = { value: csvValue(rawValue) };
        for (const extra of OPTIONAL) {
            const i = col(extra);
            if (i >= 0 && fields[i].trim() !== '')
                obj[extra] = csvValue(fields[i]);
        }
        const { leaf, problem: p } = (0,_flatten_js__WEBPACK_IMPORTED_MODULE_1__/* .leafWithInterval */ .mW)(obj);
        leaf.line = line;
        set.values.set(metric, leaf);
        if (p)
            issues.push({ path: metric, line, message: p });
    }
    return { set, issues };
}


/***/ }),

/***/ 3828:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  qI: () => (/* binding */ dvcMetricsFiles),
  Td: () => (/* binding */ dvcVarsFiles),
  p$: () => (/* binding */ isDvcYaml)
});

// EXTERNAL MODULE: ./src/formats/data.ts + 5 modules
var formats_data = __webpack_require__(8877);
;// CONCATENATED MODULE: ./src/formats/metrics/dvc-template.ts
/**
 * `${…}` templating in dvc.yaml, as DVC resolves it (dvc/parsing/context.py and interpolate.py):
 *
 * - The context is `params.yaml` next to the dvc.yaml (when it exists), then the top-level
 *   `vars` in order: a string `file[:key1,key2]` loads that file (relative to the dvc.yaml's
 *   folder; only the listed keys), a mapping is merged as is. A stage's own `vars` are merged on
 *   top for that stage. Mappings merge recursively; a key defined twice with a non-mapping value
 *   is an error in DVC, and here.
 * - `${a.b[0].c}` selects through mappings and lists (`[i]` is the same as `.i`); `\${` is a
 *   literal `${`. The value must be a string, number, boolean or null; booleans print `true` /
 *   `false` as DVC prints them.
 *
 * Pure: the metrics stage reads the files this module asks for and hands their data in.
 */

/** The files a dvc.yaml's templating may read: `params.yaml` (optional) and `vars` files. */
function varsFiles(dir, doc) {
    const out = new Set([joinDir(dir, 'params.yaml')]);
    const add = (vars) => {
        for (const item of Array.isArray(vars) ? vars : [])
            if (typeof item === 'string')
                out.add(joinDir(dir, item.split(':')[0]));
    };
    add(doc.vars);
    if ((0,formats_data/* isRecord */.u4)(doc.stages))
        for (const stage of Object.values(doc.stages))
            if ((0,formats_data/* isRecord */.u4)(stage))
                add(stage.vars);
    return [...out];
}
function joinDir(dir, rel) {
    return dir && !rel.startsWith('/') ? `${dir}/${rel}` : rel;
}
/** Merge `update` into `into` as DVC does: mappings recursively, a key defined twice is a problem. */
function merge(into, update, problems, source, at = '') {
    for (const [key, value] of Object.entries(update)) {
        if (key === '__proto__')
            continue;
        const path = at ? `${at}.${key}` : key;
        const existing = Object.prototype.hasOwnProperty.call(into, key) ? into[key] : undefined;
        if ((0,formats_data/* isRecord */.u4)(existing) && (0,formats_data/* isRecord */.u4)(value))
            merge(existing, value, problems, source, path);
        else if (existing !== undefined)
            problems.push(`cannot merge \`${path}\` from ${source}: it is already defined`);
        else if ((0,formats_data/* isRecord */.u4)(value)) {
            const copy = {};
            merge(copy, value, problems, source, path);
            into[key] = copy;
        }
        else
            into[key] = value;
    }
}
/** Build the context from `params.yaml` and a `vars` list (top-level or a stage's, on a base). */
function buildContext(dir, vars, files, base, withParams = true) {
    const ctx = {
        data: base ? structuredClone(base.data) : {},
        problems: [],
    };
    if (withParams) {
        const params = files.get(joinDir(dir, 'params.yaml'));
        if (params)
            merge(ctx.data, params, ctx.problems, joinDir(dir, 'params.yaml'));
    }
    if (vars === undefined)
        return ctx;
    if (!Array.isArray(vars)) {
        ctx.problems.push('`vars` must be a list of files or mappings');
        return ctx;
    }
    const loaded = new Set(withParams ? [joinDir(dir, 'params.yaml')] : []);
    for (const item of vars) {
        if ((0,formats_data/* isRecord */.u4)(item)) {
            merge(ctx.data, item, ctx.problems, '`vars`');
            continue;
        }
        if (typeof item !== 'string') {
            ctx.problems.push('`vars` entries must be file names or mappings');
            continue;
        }
        const [name, keyList] = [item.split(':')[0], item.split(':').slice(1).join(':')];
        const path = joinDir(dir, name);
        const keys = keyList ? keyList.split(',').filter(Boolean) : undefined;
        // Naming params.yaml again (whole) is allowed and loads nothing new, as in DVC.
        if (loaded.has(path) && !keys)
            continue;
        const data = files.get(path);
        if (!data) {
            ctx.problems.push(`\`vars\` names ${path}, which does not exist or is not a mapping`);
            continue;
        }
        const picked = {};
        if (keys) {
            for (const k of keys) {
                if (!Object.prototype.hasOwnProperty.call(data, k))
                    ctx.problems.push(`\`vars\`: could not find \`${k}\` in ${path}`);
                else
                    picked[k] = data[k];
            }
        }
        merge(ctx.data, keys ? picked : data, ctx.problems, path);
        loaded.add(path);
    }
    return ctx;
}
const EXPR = /(?<!\\)\$\{(.*?)\}/g;
/** Does the text use `${…}`? */
function isTemplated(text) {
    EXPR.lastIndex = 0;
    return EXPR.test(text);
}
/** Select `a.b[0].c` in the context data. */
function dvc_template_select(data, expr) {
    const keys = expr.trim().replace(/\[/g, '.').replace(/\]/g, '').split('.');
    let node = data;
    for (const key of keys) {
        if (Array.isArray(node) && /^\d+$/.test(key) && Number(key) < node.length)
            node = node[Number(key)];
        else if ((0,formats_data/* isRecord */.u4)(node) && Object.prototype.hasOwnProperty.call(node, key))
            node = node[key];
        else
            return { ok: false };
    }
    return { ok: true, value: node };
}
/** Resolve every `${…}` in `text`, or say which one cannot be. */
function interpolate(text, ctx) {
    let failure = null;
    const out = text.replace(EXPR, (whole, expr) => {
        if (failure)
            return whole;
        const hit = dvc_template_select(ctx.data, expr);
        if (!hit.ok) {
            failure = `\`${whole}\`: \`${expr.trim()}\` is not defined in params.yaml or \`vars\``;
            return whole;
        }
        const v = hit.value;
        if (v !== null && typeof v === 'object') {
            failure = `\`${whole}\`: cannot interpolate a ${Array.isArray(v) ? 'list' : 'mapping'}`;
            return whole;
        }
        return v === null ? 'None' : typeof v === 'boolean' ? (v ? 'true' : 'false') : String(v);
    });
    if (failure)
        return { ok: false, message: failure };
    return { ok: true, text: out.replace(/\\\$\{/g, '${') };
}

;// CONCATENATED MODULE: ./src/formats/metrics/dvc.ts
/**
 * `dvc.yaml`: the metrics files it declares, top-level `metrics:` and per-stage `metrics:`
 * (strings, or one-key mappings `{path: {cache: false}}`), resolved relative to dvc.yaml's folder.
 * Pure: the metrics stage reads the files through its FileSource.
 */


/** Is this path a dvc.yaml? */
function isDvcYaml(path) {
    return /(^|\/)dvc\.ya?ml$/i.test(path);
}
function join(dir, rel) {
    if (rel.startsWith('/') || /^[A-Za-z]:/.test(rel))
        return rel;
    return dir ? `${dir}/${rel}` : rel;
}
/**
 * The dvc.yaml as data, and the vars files its `${…}` templating may read (`params.yaml` and
 * `vars` files, repository paths), or null when it does not parse (dvcMetricsFiles says why).
 */
function dvcVarsFiles(file, text) {
    const parsed = (0,formats_data/* parseData */._0)(text);
    if (!parsed.ok || !(0,formats_data/* isRecord */.u4)(parsed.value.data) || !isTemplated(text))
        return [];
    return varsFiles(dirOf(file), parsed.value.data);
}
function dirOf(file) {
    return file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '';
}
/** Does a path lie at or under a DVC output path? */
function under(path, out) {
    const o = out.replace(/\/+$/, '');
    return path === o || path.startsWith(`${o}/`);
}
/** An entry's path and its options (`{path: {cache: false}}`), or null when malformed. */
function entryOf(entry) {
    if (typeof entry === 'string')
        return { rel: entry, cache: true };
    if ((0,formats_data/* isRecord */.u4)(entry) && Object.keys(entry).length === 1) {
        const rel = Object.keys(entry)[0];
        const opts = entry[rel];
        return { rel, cache: !((0,formats_data/* isRecord */.u4)(opts) && opts.cache === false) };
    }
    return null;
}
/**
 * The metrics files a dvc.yaml declares, in declaration order, without duplicates. `${…}` in
 * paths resolves from `vars` (the data of the files `dvcVarsFiles` names). A file DVC caches (a
 * stage's metric without `cache: false`, or a file under a cached stage output) carries
 * `cachedBy`: DVC git-ignores it, so it is absent from a fresh clone until `dvc pull`.
 */
function dvcMetricsFiles(file, text, vars = new Map()) {
    const issues = [];
    const files = [];
    const parsed = (0,formats_data/* parseData */._0)(text);
    if (!parsed.ok)
        return { files, issues: [{ path: '', line: parsed.line, message: parsed.message }] };
    const { data, lineOf } = parsed.value;
    if (!(0,formats_data/* isRecord */.u4)(data))
        return {
            files,
            issues: [
                { path: '', line: 1, message: 'expected a dvc.yaml mapping with `metrics:` or `stages:`' },
            ],
        };
    const dir = dirOf(file);
    const templated = isTemplated(text);
    const top = templated ? buildContext(dir, data.vars, vars) : { data: {}, problems: [] };
    for (const p of top.problems)
        issues.push({ path: '', line: lineOf(['vars']) ?? 1, message: p });
    const stages = (0,formats_data/* isRecord */.u4)(data.stages) ? data.stages : {};
    // Cached outputs: every stage's `outs` and `metrics` without `cache: false`.
    const cached = [];
    const stageCtx = new Map();
    for (const [name, stage] of Object.entries(stages)) {
        if (!(0,formats_data/* isRecord */.u4)(stage))
            continue;
        let ctx = top;
        if (templated && stage.vars !== undefined) {
            ctx = buildContext(dir, stage.vars, vars, top, false);
            for (const p of ctx.problems)
                issues.push({ path: '', line: lineOf(['stages', name, 'vars']) ?? 1, message: p });
        }
        stageCtx.set(name, ctx);
        const wdir = typeof stage.wdir === 'string' ? joinDir(dir, stage.wdir) : dir;
        for (const key of ['outs', 'metrics']) {
            for (const entry of Array.isArray(stage[key]) ? stage[key] : []) {
                const e = entryOf(entry);
                if (!e || !e.cache)
                    continue;
                const rel = templated ? interpolate(e.rel, ctx) : { ok: true, text: e.rel };
                if (rel.ok)
                    cached.push({ path: normal(joinDir(wdir, rel.text)), stage: name });
            }
        }
    }
    const seen = new Set();
    const take = (list, at, ctx, wdir) => {
        if (list === undefined)
            return;
        if (!Array.isArray(list)) {
            issues.push({
                path: '',
                line: lineOf(at),
                message: '`metrics` must be a list of file paths',
            });
            return;
        }
        list.forEach((entry, i) => {
            const e = entryOf(entry);
            const line = lineOf([...at, i]);
            if (!e) {
                issues.push({
                    path: '',
                    line,
                    message: 'metrics entry must be a path or `{path: {options}}`',
                });
                return;
            }
            const rel = templated ? interpolate(e.rel, ctx) : { ok: true, text: e.rel };
            if (!rel.ok) {
                issues.push({ path: '', line, message: rel.message });
                return;
            }
            const path = join(wdir, rel.text);
            if (seen.has(normal(path)))
                return;
            seen.add(normal(path));
            const by = cached.find((c) => under(normal(path), c.path));
            files.push({ path, line, ...(by ? { cachedBy: by.stage } : {}) });
        });
    };
    take(data.metrics, ['metrics'], top, dir);
    for (const [name, stage] of Object.entries(stages)) {
        if (!(0,formats_data/* isRecord */.u4)(stage))
            continue;
        if (stage.foreach !== undefined || stage.matrix !== undefined) {
            if (stage.do !== undefined || stage.matrix !== undefined)
                issues.push({
                    path: '',
                    line: lineOf(['stages', name]),
                    message: `stage \`${name}\` uses foreach/matrix: mlgate does not expand it, so its metrics files are not read; list them in \`metrics:\` (top level of dvc.yaml or the mlgate config)`,
                });
            continue;
        }
        const wdir = typeof stage.wdir === 'string' ? joinDir(dir, stage.wdir) : dir;
        take(stage.metrics, ['stages', name, 'metrics'], stageCtx.get(name) ?? top, wdir);
    }
    if (files.length === 0 && issues.length === 0) {
        issues.push({ path: '', line: 1, message: 'dvc.yaml declares no `metrics:` files' });
    }
    return { files, issues };
}
/** `a/./b/../c` → `a/c` (paths stay unconfined: `..` above the root is kept for the stage to refuse). */
function normal(path) {
    const out = [];
    for (const part of path.split('/')) {
        if (part === '.' || part === '')
            continue;
        if (part === '..' && out.length > 0 && out[out.length - 1] !== '..')
            out.pop();
        else
            out.push(part);
    }
    return out.join('/');
}


/***/ }),

/***/ 8311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  g8: () => (/* binding */ flattenMetrics),
  mW: () => (/* binding */ leafWithInterval)
});

// UNUSED EXPORTS: isValueLeaf, pathOfName

// EXTERNAL MODULE: ./src/constants.ts
var constants = __webpack_require__(7242);
// EXTERNAL MODULE: ./src/formats/data.ts + 5 modules
var formats_data = __webpack_require__(8877);
;// CONCATENATED MODULE: ./src/formats/metrics/derived.ts
/**
 * Derived metrics (SPEC §3), added as children of their source object so that gates and the diff
 * address them like any metric: a confusion matrix gives precision, recall, f1, fpr and accuracy;
 * a drift histogram gives psi, js_distance, ks and empty_bins. Undefined ratios (division by zero)
 * are NaN, so a gate on them fails closed, and a note says why.
 */

/** Default ε substituted for empty histogram proportions when computing PSI. */
const DEFAULT_PSI_EPSILON = 1e-4;
const CM_KEYS = ['tp', 'fp', 'fn', 'tn'];
/** An object carrying `tp`, `fp`, `fn` and `tn`. */
function isConfusionMatrix(obj) {
    return CM_KEYS.every((k) => k in obj);
}
/** precision, recall, f1, fpr, accuracy from counts; NaN (with a note) where a denominator is 0. */
function confusionMetrics(path, obj) {
    const counts = CM_KEYS.map((k) => obj[k]);
    const names = ['precision', 'recall', 'f1', 'fpr', 'accuracy'];
    if (!counts.every((c) => typeof c === 'number' && Number.isFinite(c) && c >= 0)) {
        return {
            values: Object.fromEntries(names.map((n) => [n, NaN])),
            notes: [],
            problem: 'confusion matrix `tp`, `fp`, `fn`, `tn` must be non-negative numbers',
        };
    }
    const [tp, fp, fn, tn] = counts;
    const notes = [];
    const ratio = (name, num, den, why) => {
        if (den === 0) {
            notes.push(`${path}.${name} is undefined (${why} = 0), so gates on it fail closed.`);
            return NaN;
        }
        return num / den;
    };
    const precision = ratio('precision', tp, tp + fp, 'tp + fp');
    const recall = ratio('recall', tp, tp + fn, 'tp + fn');
    const f1 = ratio('f1', 2 * tp, 2 * tp + fp + fn, '2·tp + fp + fn');
    const fpr = ratio('fpr', fp, fp + tn, 'fp + tn');
    const accuracy = ratio('accuracy', tp + tn, tp + fp + fn + tn, 'tp + fp + fn + tn');
    return { values: { precision, recall, f1, fpr, accuracy }, notes };
}
/** An object shaped like a drift histogram: `edges` or `categories`, `reference` and `current`. */
function isHistogram(obj) {
    return ('edges' in obj || 'categories' in obj) && 'reference' in obj && 'current' in obj;
}
const DRIFT_NAMES = ['psi', 'js_distance', 'ks', 'empty_bins'];
function countsOf(side) {
    return (0,formats_data/* isRecord */.u4)(side) ? side.counts : side;
}
function validCounts(c) {
    return (Array.isArray(c) &&
        c.length > 0 &&
        c.every((x) => typeof x === 'number' && Number.isFinite(x) && x >= 0));
}
/**
 * PSI, Jensen–Shannon distance (natural log), KS (ordered `edges` only) and the number of bins
 * empty on either side. PSI = Σ (q − p)·ln(q / p) with empty proportions replaced by ε.
 */
function driftMetrics(obj, epsilon) {
    const nan = (problem) => ({
        values: Object.fromEntries(DRIFT_NAMES.map((n) => [n, NaN])),
        notes: [],
        problem,
    });
    const ref = countsOf(obj.reference);
    const cur = countsOf(obj.current);
    if (!validCounts(ref) || !validCounts(cur)) {
        return nan('drift histogram `reference.counts` and `current.counts` must be lists of non-negative numbers');
    }
    if (ref.length !== cur.length) {
        return nan(`drift histogram has ${ref.length} reference bins but ${cur.length} current bins`);
    }
    const ordered = 'edges' in obj;
    const labels = ordered ? obj.edges : obj.categories;
    if (!Array.isArray(labels))
        return nan('drift histogram `edges`/`categories` must be a list');
    if (ordered && labels.length !== ref.length + 1 && labels.length !== ref.length) {
        return nan(`drift histogram has ${labels.length} edges for ${ref.length} bins; expected ${ref.length + 1}`);
    }
    if (!ordered && labels.length !== ref.length) {
        return nan(`drift histogram has ${labels.length} categories for ${ref.length} bins`);
    }
    const refTotal = ref.reduce((a, b) => a + b, 0);
    const curTotal = cur.reduce((a, b) => a + b, 0);
    if (refTotal === 0 || curTotal === 0) {
        return nan(`drift histogram ${refTotal === 0 ? 'reference' : 'current'} counts sum to 0`);
    }
    const p = ref.map((c) => c / refTotal);
    const q = cur.map((c) => c / curTotal);
    let psi = 0;
    let js = 0;
    let ks = 0;
    let cp = 0;
    let cq = 0;
    let empty = 0;
    for (let i = 0; i < p.length; i++) {
        if (p[i] === 0 || q[i] === 0)
            empty++;
        const pe = p[i] === 0 ? epsilon : p[i];
        const qe = q[i] === 0 ? epsilon : q[i];
        psi += (qe - pe) * Math.log(qe / pe);
        const m = (p[i] + q[i]) / 2;
        if (p[i] > 0)
            js += 0.5 * p[i] * Math.log(p[i] / m);
        if (q[i] > 0)
            js += 0.5 * q[i] * Math.log(q[i] / m);
        cp += p[i];
        cq += q[i];
        ks = Math.max(ks, Math.abs(cp - cq));
    }
    const values = {
        psi,
        // Rounding can leave a tiny negative divergence for identical distributions.
        js_distance: Math.sqrt(Math.max(0, js)),
        empty_bins: empty,
    };
    // KS compares cumulative distributions, which need an order; categories have none.
    if (ordered)
        values.ks = ks;
    return { values, notes: [] };
}

;// CONCATENATED MODULE: ./src/formats/metrics/flatten.ts
/**
 * Flatten parsed metrics data to dotted paths, as `dvc metrics show` does (SPEC §3).
 * A leaf is a number, a display-only scalar, or an object with a value and an uncertainty:
 * `{value, ci: [lo, hi]}`, `{value, ci_low, ci_high}` or `{value, stderr}`.
 */



const NON_FINITE = {
    nan: NaN,
    '.nan': NaN,
    infinity: Infinity,
    '+infinity': Infinity,
    '-infinity': -Infinity,
    inf: Infinity,
    '-inf': -Infinity,
    '.inf': Infinity,
    '-.inf': -Infinity,
};
/** Read a scalar as written; `NaN`/`Infinity` strings become the numbers they name, so gates say why they fail. */
function scalar(value) {
    if (typeof value === 'number' || typeof value === 'boolean' || value === null)
        return value;
    if (typeof value === 'string') {
        const special = NON_FINITE[value.trim().toLowerCase()];
        return special === undefined ? value : special;
    }
    return String(value);
}
/** Is this object a leaf carrying a value and (optionally) its uncertainty? */
function isValueLeaf(obj) {
    if (!('value' in obj))
        return false;
    return Object.keys(obj).every((k) => LEAF_KEYS.has(k)) && !(0,formats_data/* isRecord */.u4)(obj.value);
}
const LEAF_KEYS = new Set(['value', 'ci', 'ci_low', 'ci_high', 'stderr', 'n', 'unit']);
/** Turn a value-leaf object into a MetricValue, reporting malformed intervals. */
function leafWithInterval(obj) {
    const value = scalar(obj.value);
    const leaf = { value };
    if (obj.ci !== undefined) {
        const ci = obj.ci;
        if (Array.isArray(ci) &&
            ci.length === 2 &&
            ci.every((x) => typeof x === 'number' && Number.isFinite(x))) {
            leaf.ci = [Math.min(ci[0], ci[1]), Math.max(ci[0], ci[1])];
        }
        else
            return { leaf, problem: '`ci` must be a list of two finite numbers [low, high]' };
    }
    else if (obj.ci_low !== undefined || obj.ci_high !== undefined) {
        const lo = obj.ci_low;
        const hi = obj.ci_high;
        if (typeof lo === 'number' &&
            typeof hi === 'number' &&
            Number.isFinite(lo) &&
            Number.isFinite(hi)) {
            leaf.ci = [Math.min(lo, hi), Math.max(lo, hi)];
        }
        else
            return { leaf, problem: '`ci_low` and `ci_high` must both be finite numbers' };
    }
    else if (obj.stderr !== undefined) {
        const se = obj.stderr;
        if (typeof se === 'number' && Number.isFinite(se) && se >= 0 && typeof value === 'number') {
            leaf.ci = [value - 1.96 * se, value + 1.96 * se];
        }
        else
            return { leaf, problem: '`stderr` must be a non-negative number next to a numeric `value`' };
    }
    return { leaf };
}
/** Probes of the data a name's path may take (keys that hold dots make the split ambiguous). */
const PATH_PROBES = 10_000;
/**
 * The data path a flattened name was read from, or its deepest existing ancestor (a derived metric
 * sits under its source object). Keys may hold dots, so each split of the name is tried in turn,
 * backtracking, within a budget of probes: a line is for the reader, not for the verdict.
 */
function pathOfName(data, name) {
    const path = [];
    let best = [];
    let probes = 0;
    const find = (node, from) => {
        for (let end = name.indexOf('.', from);; end = name.indexOf('.', end + 1)) {
            const stop = end < 0 ? name.length : end;
            if (++probes > PATH_PROBES)
                return false;
            const key = name.slice(from, stop);
            let child;
            let seg;
            if (Array.isArray(node)) {
                if (/^(0|[1-9]\d*)$/.test(key) && Number(key) < node.length) {
                    seg = Number(key);
                    child = node[seg];
                }
            }
            else if ((0,formats_data/* isRecord */.u4)(node) && Object.hasOwn(node, key)) {
                seg = key;
                child = node[key];
            }
            if (seg !== undefined) {
                path.push(seg);
                if (stop === name.length || find(child, stop + 1))
                    return true;
                if (path.length > best.length)
                    best = [...path];
                path.pop();
            }
            if (end < 0)
                return false;
        }
    };
    return find(data, 0) ? path : best;
}
/**
 * Flatten `data` into a MetricSet. `lineOf` maps a data path to its line; it is called for
 * problems found here and later through `set.lineOf`, never for every metric: a name is traced
 * back to its path in `data` only when a finding asks for its line. A top-level `meta` object is
 * kept as run metadata, not as metrics. Confusion matrices and drift histograms gain derived
 * children (see derived.ts).
 */
function flattenMetrics(file, data, lineOf = () => undefined, opts = {}) {
    const set = { file, values: new Map(), meta: {}, notes: [] };
    // Names are split back into paths on demand. Only where a key holds a dot or the walk went into
    // a list is the split ambiguous and the data kept to trace it (20 MB for 100,000 metrics).
    let plain = true;
    let traced = data;
    set.lineOf = (name) => {
        if (!set.values.has(name))
            return undefined;
        return lineOf(traced === null ? name.split('.') : pathOfName(traced, name));
    };
    const issues = [];
    const epsilon = opts.psiEpsilon ?? DEFAULT_PSI_EPSILON;
    let histograms = 0;
    if (!(0,formats_data/* isRecord */.u4)(data)) {
        issues.push({ path: '', line: 1, message: 'expected a mapping of metric names to values' });
        return { set, issues };
    }
    // The walk's path, copied only for a problem's line.
    const path = [];
    const addDerived = (name, derived) => {
        for (const [key, value] of Object.entries(derived.values)) {
            const child = name ? `${name}.${key}` : key;
            // A value written in the file wins over the derived one.
            if (!set.values.has(child))
                set.values.set(child, { value });
        }
        set.notes.push(...derived.notes);
        if (derived.problem)
            issues.push({ path: name, line: lineOf(path), message: derived.problem });
    };
    // The first path not read because the cap was reached (a file of exactly the cap is whole).
    let skipped = null;
    const walk = (node, name) => {
        if (set.values.size >= constants/* Limits */.xu.metrics) {
            skipped ??= [...path];
            return;
        }
        if ((0,formats_data/* isRecord */.u4)(node)) {
            if (isValueLeaf(node)) {
                const { leaf, problem } = leafWithInterval(node);
                set.values.set(name, leaf);
                if (problem)
                    issues.push({ path: name, line: lineOf(path), message: problem });
                return;
            }
            if (isHistogram(node)) {
                // The bins themselves are inputs, not metrics: only the derived distances are kept.
                histograms++;
                addDerived(name, driftMetrics(node, epsilon));
                return;
            }
            for (const key of Object.keys(node)) {
                if (plain && key.includes('.'))
                    plain = false;
                const child = node[key];
                // A number is a leaf: no call, no path step (most of 100,000 slice metrics).
                if (typeof child === 'number' && set.values.size < constants/* Limits */.xu.metrics) {
                    set.values.set(`${name}.${key}`, { value: child });
                    continue;
                }
                path.push(key);
                walk(child, `${name}.${key}`);
                path.pop();
            }
            if (isConfusionMatrix(node))
                addDerived(name, confusionMetrics(name, node));
            return;
        }
        if (Array.isArray(node)) {
            plain = false;
            for (let i = 0; i < node.length; i++) {
                path.push(i);
                walk(node[i], `${name}.${i}`);
                path.pop();
            }
            return;
        }
        set.values.set(name, { value: scalar(node) });
    };
    for (const key of Object.keys(data)) {
        if (plain && key.includes('.'))
            plain = false;
        if (key === 'meta' && (0,formats_data/* isRecord */.u4)(data.meta)) {
            flattenMeta(data.meta, '', set.meta);
            continue;
        }
        path.push(key);
        walk(data[key], key);
        path.pop();
    }
    if (isConfusionMatrix(data))
        addDerived('', confusionMetrics('(top level)', data));
    if (plain)
        traced = null;
    if (histograms > 0) {
        set.notes.push(`PSI replaces empty bin proportions with ε = ${epsilon} (metrics_policy.psi_epsilon); ${histograms} drift histogram${histograms === 1 ? '' : 's'} read.`);
    }
    if (skipped) {
        issues.push({
            path: '',
            line: lineOf(skipped),
            message: `more than ${constants/* Limits */.xu.metrics} metrics; the rest (from ${(0,formats_data/* formatPath */.jV)(skipped)}) were not read`,
        });
    }
    return { set, issues };
}
function flattenMeta(node, prefix, out) {
    for (const [key, value] of Object.entries(node)) {
        const name = prefix ? `${prefix}.${key}` : key;
        if ((0,formats_data/* isRecord */.u4)(value))
            flattenMeta(value, name, out);
        else if (Array.isArray(value))
            out[name] = value.map(String).join(', ');
        else
            out[name] =
                typeof value === 'string' ||
                    typeof value === 'number' ||
                    typeof value === 'boolean' ||
                    value === null
                    ? value
                    : String(value);
    }
}


/***/ }),

/***/ 8278:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ parseMetrics)
/* harmony export */ });
/* unused harmony export metricsFormat */
/* harmony import */ var _data_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8877);
/* harmony import */ var _csv_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(362);
/* harmony import */ var _flatten_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8311);
/* harmony import */ var _modelcard_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3741);
/* harmony import */ var _toml_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1216);





/** The format of a metrics file by its name, or null when mlgate cannot read it. */
function metricsFormat(file) {
    const lower = file.toLowerCase();
    if (lower.endsWith('.json'))
        return 'json';
    if (lower.endsWith('.yaml') || lower.endsWith('.yml'))
        return 'yaml';
    if (lower.endsWith('.toml'))
        return 'toml';
    if (lower.endsWith('.csv'))
        return 'csv';
    if (lower.endsWith('.md'))
        return 'model-card';
    return null;
}
/** Parse one metrics file. Never throws; problems become `metrics` findings. */
function parseMetrics(file, text, opts = {}) {
    const finding = (message, line) => ({
        level: 'error',
        check: 'metrics',
        ...(opts.model ? { model: opts.model } : {}),
        file,
        ...(line ? { line } : {}),
        message,
    });
    const toFindings = (issues) => issues.map((i) => finding(i.path ? `${i.path}: ${i.message}` : i.message, i.line));
    const format = metricsFormat(file);
    // Every format reads an empty file as "no metrics": say so once, the same way for all.
    if (format && text.trim() === '')
        return { set: null, findings: [finding(`${file} is empty; expected metrics`)] };
    switch (format) {
        case 'json':
        case 'yaml':
        case 'toml': {
            const parsed = format === 'toml' ? (0,_toml_js__WEBPACK_IMPORTED_MODULE_4__/* .parseToml */ .M)(text) : (0,_data_js__WEBPACK_IMPORTED_MODULE_0__/* .parseData */ ._0)(text);
            if (!parsed.ok)
                return { set: null, findings: [finding(parsed.message, parsed.line)] };
            const { set, issues } = (0,_flatten_js__WEBPACK_IMPORTED_MODULE_2__/* .flattenMetrics */ .g8)(file, parsed.value.data, parsed.value.lineOf, {
                psiEpsilon: opts.psiEpsilon,
            });
            return { set, findings: toFindings(issues) };
        }
        case 'csv': {
            const { set, issues } = (0,_csv_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCsvMetrics */ .FI)(file, text);
            return { set, findings: toFindings(issues) };
        }
        case 'model-card': {
            const { set, issues } = (0,_modelcard_js__WEBPACK_IMPORTED_MODULE_3__/* .parseModelCard */ .fs)(file, text);
            return { set: set.values.size > 0 ? set : null, findings: toFindings(issues) };
        }
        default:
            return {
                set: null,
                findings: [
                    finding(`${file}: unknown metrics format; expected .json, .yaml/.yml, .toml, .csv, a model card README.md, or a dvc.yaml`),
                ],
            };
    }
}


/***/ }),

/***/ 3741:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z2: () => (/* binding */ frontMatter),
/* harmony export */   fs: () => (/* binding */ parseModelCard)
/* harmony export */ });
/* unused harmony exports segment, cardValue */
/* harmony import */ var _data_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8877);
/* harmony import */ var _csv_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(362);


/** The YAML between a leading `---` line and the next `---` line, and the line it starts on. */
function frontMatter(text) {
    const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
    if (lines[0]?.trim() !== '---')
        return null;
    const end = lines.findIndex((l, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(l));
    if (end < 0)
        return null;
    return { yaml: lines.slice(1, end).join('\n'), firstLine: 2 };
}
/** Lower-case, whitespace runs as `_`. */
function segment(name) {
    return name.trim().toLowerCase().replace(/\s+/g, '_');
}
/** A model-index value: a number, or `"v ± e"` / `"v +/- e"` as v with interval [v − e, v + e]. */
function cardValue(raw) {
    if (typeof raw === 'number')
        return { value: raw };
    if (typeof raw !== 'string')
        return null;
    const pm = /^\s*([+-]?[\d.]+(?:[eE][+-]?\d+)?)\s*(?:±|\+\/-|\+-)\s*([\d.]+(?:[eE][+-]?\d+)?)\s*$/.exec(raw);
    if (pm) {
        const v = Number(pm[1]);
        const e = Number(pm[2]);
        if (Number.isFinite(v) && Number.isFinite(e))
            return { value: v, ci: [v - e, v + e] };
    }
    return { value: (0,_csv_js__WEBPACK_IMPORTED_MODULE_1__/* .csvValue */ .yU)(raw) };
}
/** Parse a model card's `model-index` into a MetricSet. */
function parseModelCard(file, text) {
    const set = { file, values: new Map(), meta: {}, notes: [] };
    const issues = [];
    const fm = frontMatter(text);
    if (!fm) {
        issues.push({
            path: '',
            line: 1,
            message: 'no YAML front matter (`---` … `---`) with `model-index` found in the model card',
        });
        return { set, issues };
    }
    const parsed = (0,_data_js__WEBPACK_IMPORTED_MODULE_0__/* .parseData */ ._0)(fm.yaml);
    if (!parsed.ok) {
        issues.push({
            path: '',
            line: parsed.line ? parsed.line + fm.firstLine - 1 : 1,
            message: parsed.message,
        });
        return { set, issues };
    }
    const { data } = parsed.value;
    const lineOf = (p) => {
        const l = parsed.value.lineOf(p);
        return l === undefined ? undefined : l + fm.firstLine - 1;
    };
    const index = (0,_data_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(data) ? data['model-index'] : undefined;
    if (!Array.isArray(index)) {
        issues.push({
            path: '',
            line: lineOf([]) ?? 1,
            message: 'front matter has no `model-index` list',
        });
        return { set, issues };
    }
    index.forEach((model, mi) => {
        const results = (0,_data_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(model) ? model.results : undefined;
        if (!Array.isArray(results)) {
            issues.push({
                path: '',
                line: lineOf(['model-index', mi]),
                message: `model-index[${mi}] has no \`results\` list`,
            });
            return;
        }
        results.forEach((result, ri) => {
            const at = ['model-index', mi, 'results', ri];
            const task = (0,_data_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(result) && (0,_data_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(result.task) ? result.task : {};
            const dataset = (0,_data_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(result) && (0,_data_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(result.dataset) ? result.dataset : {};
            const metrics = (0,_data_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(result) ? result.metrics : undefined;
            if (typeof task.type !== 'string' ||
                typeof dataset.type !== 'string' ||
                !Array.isArray(metrics)) {
                issues.push({
                    path: '',
                    line: lineOf(at),
                    message: `model-index[${mi}].results[${ri}]: expected \`task.type\`, \`dataset.type\` and a \`metrics\` list`,
                });
                return;
            }
            const prefix = [segment(task.type), segment(dataset.type)];
            if (typeof dataset.split === 'string' && dataset.split.trim())
                prefix.push(segment(dataset.split));
            metrics.forEach((metric, k) => {
                const where = [...at, 'metrics', k];
                const label = (0,_data_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(metric) ? (metric.name ?? metric.type) : undefined;
                const value = (0,_data_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(metric) ? cardValue(metric.value) : null;
                if (typeof label !== 'string' || !label.trim() || !value) {
                    issues.push({
                        path: '',
                        line: lineOf(where),
                        message: `model-index[${mi}].results[${ri}].metrics[${k}]: expected \`type\` (or \`name\`) and a \`value\``,
                    });
                    return;
                }
                const name = [...prefix, segment(label)].join('.');
                if (set.values.has(name)) {
                    issues.push({
                        path: name,
                        line: lineOf(where),
                        message: `metric "${name}" appears twice; the first is used`,
                    });
                    return;
                }
                set.values.set(name, { ...value, line: lineOf([...where, 'value']) });
            });
        });
    });
    return { set, issues };
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

/***/ 1216:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ parseToml)
/* harmony export */ });
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3292);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7242);
/* harmony import */ var _data_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8877);
/**
 * TOML metrics (DVC writes metrics as TOML too): parsed with smol-toml, then made plain and safe
 * (dates as ISO strings, `__proto__` refused, nesting bounded) before flattening.
 */



/** Parse a TOML text; syntax errors carry smol-toml's line. Never throws. */
function parseToml(text) {
    const bad = (0,_data_js__WEBPACK_IMPORTED_MODULE_2__/* .checkText */ .qW)(text);
    if (bad)
        return { ok: false, message: bad };
    let raw;
    try {
        raw = (0,smol_toml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text);
    }
    catch (error) {
        if (error instanceof smol_toml__WEBPACK_IMPORTED_MODULE_0__/* .TomlError */ .zx) {
            return {
                ok: false,
                line: error.line,
                message: `not valid TOML: ${error.message.split('\n')[0].replace(/^Invalid TOML document: /, '')}`,
            };
        }
        return { ok: false, message: `not valid TOML: ${(0,_data_js__WEBPACK_IMPORTED_MODULE_2__/* .errorText */ .kc)(error)}` };
    }
    const lineOf = tomlLineOf(text);
    const plain = toPlain(raw, []);
    if (!plain.ok)
        return { ok: false, line: lineOf(plain.path) ?? 1, message: plain.message };
    return { ok: true, value: { data: plain.value, lineOf } };
}
/** A plain copy of smol-toml's result, or the path of the first unsafe key or too-deep node. */
function toPlain(value, path) {
    if (path.length > _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Limits */ .xu.depth)
        return { ok: false, path, message: `nesting deeper than ${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Limits */ .xu.depth} levels` };
    if (value instanceof Date) {
        return { ok: true, value: Number.isNaN(value.getTime()) ? String(value) : value.toISOString() };
    }
    if (Array.isArray(value)) {
        const out = [];
        for (const [i, item] of value.entries()) {
            const r = toPlain(item, [...path, i]);
            if (!r.ok)
                return r;
            out.push(r.value);
        }
        return { ok: true, value: out };
    }
    if (value && typeof value === 'object') {
        const out = {};
        for (const key of Object.keys(value)) {
            if (key === '__proto__')
                return { ok: false, path: [...path, key], message: 'key "__proto__" is not allowed' };
            const r = toPlain(value[key], [...path, key]);
            if (!r.ok)
                return r;
            out[key] = r.value;
        }
        return { ok: true, value: out };
    }
    return { ok: true, value };
}
/**
 * Approximate line lookup: the line of `key =` for the path's last key, inside the table whose
 * header names the rest of the path (TOML keeps no positions after parsing).
 */
function tomlLineOf(text) {
    const lines = text.split(/\r?\n/);
    const unquote = (k) => k.trim().replace(/^["']|["']$/g, '');
    return (path) => {
        if (path.length === 0)
            return undefined;
        const keys = path.filter((p) => typeof p === 'string');
        let table = [];
        for (let i = 0; i < lines.length; i++) {
            const line = lines[i].trim();
            const header = /^\[\[?([^\]]+)\]\]?/.exec(line);
            if (header) {
                table = header[1].split('.').map(unquote);
                if (table.join('.') === keys.join('.'))
                    return i + 1;
                continue;
            }
            const assign = /^([^=#]+?)\s*=/.exec(line);
            if (!assign)
                continue;
            const full = [...table, ...assign[1].split('.').map(unquote)];
            const n = Math.min(full.length, keys.length);
            if (n > 0 && full.slice(0, n).join('.') === keys.slice(0, n).join('.'))
                return i + 1;
        }
        return undefined;
    };
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

/***/ 626:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: ./src/constants.ts
var constants = __webpack_require__(7242);
// EXTERNAL MODULE: ./src/formats/data.ts + 5 modules
var formats_data = __webpack_require__(8877);
;// CONCATENATED MODULE: ./src/github/octokit.ts
/**
 * The GitHub REST client, loaded lazily: most of an action's start-up is module loading, and a
 * run that posts nothing (push, `comment: false`) should not pay for Octokit.
 */


/** How many times a request is retried (5xx, network errors, rate limits). */
const MAX_RETRIES = 3;
/** Longest wait mlgate accepts before retrying a rate-limited request, in seconds. */
const MAX_RETRY_AFTER_S = 120;
/** The API base URL: GITHUB_API_URL on GitHub Enterprise Server, else api.github.com. */
function apiBaseUrl(env = process.env) {
    return (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
}
/** The primary rate limit is exhausted: no request is sent until it resets. */
class RateLimitError extends Error {
    resetAt;
    name = 'RateLimitError';
    constructor(resetAt) {
        super(`the GitHub API rate limit is exhausted until ${clock(resetAt)}`);
        this.resetAt = resetAt;
    }
}
/** `14:05 UTC` */
function clock(at) {
    return `${at.toISOString().slice(11, 16)} UTC`;
}
/**
 * Build an Octokit with retry (5xx and network errors only: a 4xx is an answer, and rate limits
 * are the throttler's) and throttling (primary/secondary rate limits). Once the primary limit is
 * exhausted beyond what mlgate waits for, every further request stops at once with the reset time.
 */
async function createOctokit(token, env = process.env) {
    const [{ Octokit: Rest }, { retry }, { throttling }] = await Promise.all([
        __webpack_require__.e(/* import() */ 988).then(__webpack_require__.bind(__webpack_require__, 9988)),
        Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(735)]).then(__webpack_require__.bind(__webpack_require__, 9735)),
        Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(856)]).then(__webpack_require__.bind(__webpack_require__, 6856)),
    ]);
    const Client = Rest.plugin(retry, throttling);
    let exhaustedUntil = null;
    const onLimit = (kind) => (retryAfter, options, _o, count) => {
        const again = count < MAX_RETRIES && retryAfter <= MAX_RETRY_AFTER_S;
        if (!again && kind === 'primary')
            exhaustedUntil = new Date(Date.now() + retryAfter * 1000);
        core/* info */.pq(`GitHub ${kind} rate limit on ${options.method ?? ''} ${options.url ?? ''}; ${again ? `retrying in ${retryAfter}s` : 'giving up'}`);
        return again;
    };
    const options = {
        auth: token,
        baseUrl: apiBaseUrl(env),
        userAgent: `mlgate/${constants/* VERSION */.xv}`,
        // Not `request.retries`: set per request, plugin-retry resends every error, 4xx included.
        retry: { retries: MAX_RETRIES, doNotRetry: [400, 401, 403, 404, 409, 410, 422, 429, 451] },
    };
    const client = new Client({
        ...options,
        throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') },
    });
    const stopWhenExhausted = () => {
        if (exhaustedUntil && exhaustedUntil.getTime() > Date.now())
            throw new RateLimitError(exhaustedUntil);
    };
    client.hook.before('request', stopWhenExhausted);
    // mlgate's one GraphQL request reads who it is (comment.ts whoAmI). The throttler paces every
    // GraphQL request as a write, a second apart, which held the comment's create or update back by
    // up to a second on every run: it goes through a client with retries but no write pacing.
    const reader = new (Rest.plugin(retry))(options);
    reader.hook.before('request', stopWhenExhausted);
    client.graphql = reader.graphql;
    return client;
}
/**
 * When `error` is a rate limit, what to say (with the reset time when GitHub gives it); null for
 * anything else, so a rate limit is never reported as a permissions problem.
 */
function rateLimitText(error) {
    if (error instanceof RateLimitError)
        return error.message;
    const status = statusOf(error);
    if (status !== 403 && status !== 429)
        return null;
    const e = error;
    const headers = e.response?.headers ?? {};
    if (String(headers['x-ratelimit-remaining']) === '0') {
        const reset = Number(headers['x-ratelimit-reset']);
        return Number.isFinite(reset) && reset > 0
            ? `the GitHub API rate limit is exhausted until ${clock(new Date(reset * 1000))}`
            : 'the GitHub API rate limit is exhausted';
    }
    if (status === 429 || /rate limit/i.test(String(e.message ?? '')))
        return "GitHub's secondary rate limit stopped the request; it eases within minutes";
    return null;
}
/** A memoised client factory; null when there is no token. */
function lazyClient(token, env = process.env) {
    if (!token)
        return null;
    let client;
    return () => (client ??= createOctokit(token, env));
}
/** The HTTP status of an Octokit RequestError, if it is one. */
function statusOf(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}

// EXTERNAL MODULE: ./src/order.ts
var src_order = __webpack_require__(5395);
;// CONCATENATED MODULE: ./src/github/comment.ts
/**
 * The sticky comment (SPEC §8): one comment per PR and comment key, found by its marker on the
 * first line and a bot author, updated in place. Small functions that take an octokit, so tests
 * pass a fake (sticky-pull-request-comment's findPreviousComment).
 */




const PER_PAGE = 100;
/** 300 pages × 100 = 30,000 comments: beyond any real PR, but bounded. */
const MAX_PAGES = 300;
/** The login the default `GITHUB_TOKEN` comments as. */
const ACTIONS_BOT = 'github-actions[bot]';
/**
 * Who the token comments as: GraphQL `viewer` (a personal access token's user, an App's
 * `<slug>[bot]`), else the Actions bot (the default token may not read `viewer`).
 */
async function whoAmI(client) {
    try {
        const data = (await client.graphql?.('query { viewer { login } }'));
        const login = data?.viewer?.login;
        return typeof login === 'string' && login !== '' ? login : ACTIONS_BOT;
    }
    catch {
        return ACTIONS_BOT;
    }
}
/**
 * True when the comment is ours: the marker alone on its first line, written by `author` (the
 * token's identity); without an author, by any bot (never a human's quote of the marker).
 */
function isSticky(comment, key, author) {
    if (author ? comment.user?.login !== author : comment.user?.type !== 'Bot')
        return false;
    const first = (comment.body ?? '').split('\n', 1)[0].trim();
    return first === (0,constants/* commentMarker */.Ql)(key);
}
/** Every sticky comment for `key` on the PR, oldest first. Pages 100 at a time. */
async function findStickyComments(client, target, key, author) {
    const all = await pages((page) => client.rest.issues.listComments({
        owner: target.owner,
        repo: target.repo,
        issue_number: target.number,
        per_page: PER_PAGE,
        page,
    }));
    return oldestFirst(all.filter((c) => isSticky(c, key, author)));
}
/** Every item of a paginated list route, PER_PAGE at a time, at most MAX_PAGES pages. */
async function pages(read) {
    const all = [];
    for (let page = 1; page <= MAX_PAGES; page++) {
        const { data } = await read(page);
        all.push(...data);
        if (data.length < PER_PAGE)
            break;
    }
    return all;
}
/** Comments oldest first (creation time, then id): the first is the one a sticky search keeps. */
function oldestFirst(comments) {
    return comments.sort((a, b) => (0,src_order/* byCodeUnit */.X)(a.created_at, b.created_at) || a.id - b.id);
}
/** The comment disappeared between listing and updating (a racing run or a person deleted it). */
class Vanished extends Error {
    constructor() {
        super('the sticky comment was deleted while mlgate was updating it (a racing run?)');
    }
}
/** GitHub may hand bodies back with CRLF line ends; compare the text, not the bytes. */
const sameBody = (c, text) => (c.body ?? '').replace(/\r\n/g, '\n') === text;
/** Delete duplicates; one already gone (a racing run deleted it) counts as done. */
async function deleteAll(client, target, comments) {
    const deleted = [];
    for (const dup of comments) {
        try {
            await client.rest.issues.deleteComment({
                owner: target.owner,
                repo: target.repo,
                comment_id: dup.id,
            });
        }
        catch (error) {
            if (statusOf(error) !== 404)
                throw error;
        }
        deleted.push(dup.id);
    }
    return deleted;
}
/** Make `keep` carry `text` (unchanged → no write); a 404 means it vanished. */
async function settle(client, target, keep, text, deleted, fresh) {
    if (sameBody(keep, text))
        return { id: keep.id, url: keep.html_url, action: fresh ? 'created' : 'unchanged', deleted };
    try {
        const { data } = await client.rest.issues.updateComment({
            owner: target.owner,
            repo: target.repo,
            comment_id: keep.id,
            body: text,
        });
        return { id: data.id, url: data.html_url, action: 'updated', deleted };
    }
    catch (error) {
        if (statusOf(error) === 404)
            throw new Vanished();
        throw error;
    }
}
/**
 * Create the comment, never blindly twice: a create whose response is lost (5xx, network) may
 * have happened, so list again before creating once more. Then, as racing runs may each have
 * created one, keep the oldest and delete the rest.
 */
async function create(client, target, key, text, author, deleted) {
    const post = () => client.rest.issues.createComment({
        owner: target.owner,
        repo: target.repo,
        issue_number: target.number,
        body: text,
        // The client retries 5xx and network errors; for a create that would duplicate the comment.
        request: { retries: 0 },
    });
    let created = null;
    try {
        ({ data: created } = await post());
    }
    catch (error) {
        const status = statusOf(error);
        // A 4xx was refused and created nothing; a 5xx or a network error may have created it.
        if (status !== undefined && status < 500)
            throw error;
    }
    let all = await findStickyComments(client, target, key, author);
    if (!created && !all.some((c) => sameBody(c, text))) {
        ({ data: created } = await post());
        all = await findStickyComments(client, target, key, author);
    }
    if (created && !all.some((c) => c.id === created.id))
        all.push(created);
    const [keep, ...rest] = all;
    deleted.push(...(await deleteAll(client, target, rest)));
    const mine = created?.id === keep.id;
    return settle(client, target, keep, text, deleted, mine || sameBody(keep, text));
}
/** One pass of the upsert: list, collapse duplicates, then create or update. */
async function upsertOnce(client, target, key, text, author) {
    const [keep, ...duplicates] = await findStickyComments(client, target, key, author);
    const deleted = await deleteAll(client, target, duplicates);
    if (!keep)
        return create(client, target, key, text, author, deleted);
    return settle(client, target, keep, text, deleted, false);
}
/**
 * Create the sticky comment, or update it in place; no write when the body is unchanged.
 * `author` is the token's login (see `whoAmI`): only its comments are ours.
 */
async function upsertStickyComment(client, target, key, body, author) {
    const marker = (0,constants/* commentMarker */.Ql)(key);
    const text = body.startsWith(`${marker}\n`) ? body : `${marker}\n${body}`;
    try {
        return await upsertOnce(client, target, key, text, author);
    }
    catch (error) {
        // Deleted between list and update: one bounded retry of the whole upsert re-creates it.
        if (error instanceof Vanished)
            return upsertOnce(client, target, key, text, author);
        throw error;
    }
}
/** Why commenting failed, as a warning finding of check `comment` (never a crash). */
function commentFailure(error) {
    const status = statusOf(error);
    const limited = rateLimitText(error);
    const hint = limited
        ? `${limited}; the comment will be posted by the next run`
        : status === 403 || status === 401
            ? 'the token cannot write PR comments (a PR from a fork, or a read-only token): grant `permissions: pull-requests: write`, or use the fork-PR pattern (`comment: false` + a `workflow_run` workflow with `mode: publish`)'
            : status === 404
                ? 'the pull request or repository was not found with this token'
                : 'the GitHub API failed';
    return {
        level: 'warning',
        check: 'comment',
        message: `could not post the sticky comment${status ? ` (HTTP ${status})` : ''}: ${hint}; the verdict and the job summary stand (${(0,formats_data/* errorText */.kc)(error).split('\n', 1)[0]})`,
    };
}
/** Post or update the sticky comment; an API failure becomes a warning finding. */
async function publishComment(client, target, key, body, author) {
    try {
        return { ok: true, result: await upsertStickyComment(client, target, key, body, author) };
    }
    catch (error) {
        return { ok: false, finding: commentFailure(error) };
    }
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/github/context.ts
/**
 * What the triggering event means for mlgate: which PR (if any), which commit is the base, whether
 * a comment may be posted, and where the run lives. Parsed from the runner's environment and the
 * event payload at GITHUB_EVENT_PATH; the parsing itself is pure so tests pass literals.
 */



/** A payload or environment the action cannot work with. */
class EventError extends Error {
    name = 'EventError';
}
const ZERO_SHA = /^0+$/;
const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/i;
function sha(value) {
    return typeof value === 'string' && SHA.test(value) && !ZERO_SHA.test(value) ? value : null;
}
function parseRepo(value) {
    const m = /^([^/\s]+)\/([^/\s]+)$/.exec(value ?? '');
    return m ? { owner: m[1], repo: m[2] } : null;
}
function runUrl(env, runId = env.GITHUB_RUN_ID) {
    const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo } = env;
    const id = runId;
    if (!repo || !parseRepo(repo) || !id || !/^\d+$/.test(id))
        return undefined;
    return `${(server || 'https://github.com').replace(/\/+$/, '')}/${repo}/actions/runs/${id}`;
}
function pullRequest(payload) {
    const pr = payload.pull_request;
    if (!(0,formats_data/* isRecord */.u4)(pr))
        throw new EventError('the event payload has no pull_request object');
    const number = pr.number ?? payload.number;
    const base = (0,formats_data/* isRecord */.u4)(pr.base) ? sha(pr.base.sha) : null;
    const head = (0,formats_data/* isRecord */.u4)(pr.head) ? sha(pr.head.sha) : null;
    if (typeof number !== 'number' || !Number.isInteger(number) || number <= 0)
        throw new EventError('pull_request.number is missing; expected a positive integer');
    if (!base || !head)
        throw new EventError('pull_request.base.sha or head.sha is missing; expected commit SHAs');
    const body = typeof pr.body === 'string' ? pr.body.slice(0, constants/* Limits */.xu.prBodyChars) : '';
    return { number, baseSha: base, headSha: head, body, author: login(pr.user) };
}
function login(user) {
    return (0,formats_data/* isRecord */.u4)(user) && typeof user.login === 'string' ? user.login : null;
}
/** The edited comment or review of an `edited` event, with the sender who edited it. */
function editOf(data, key) {
    const item = data[key];
    const by = login(data.sender);
    if (data.action !== 'edited' || !(0,formats_data/* isRecord */.u4)(item) || typeof item.id !== 'number' || !by)
        return null;
    return { source: `${key === 'comment' ? 'c' : 'r'}${item.id}`, by };
}
/** Interpret an event. Throws EventError when a pull_request payload lacks what a PR needs. */
function parseEventContext(eventName, payload, env) {
    const data = (0,formats_data/* isRecord */.u4)(payload) ? payload : {};
    const common = {
        eventName,
        repo: parseRepo(env.GITHUB_REPOSITORY),
        sha: sha(env.GITHUB_SHA),
        workflowRun: null,
        ...(runUrl(env) ? { runUrl: runUrl(env) } : {}),
    };
    switch (eventName) {
        case 'pull_request':
        case 'pull_request_target': {
            const pr = pullRequest(data);
            return { ...common, pr, base: { sha: pr.baseSha, parent: false } };
        }
        case 'pull_request_review': {
            const pr = pullRequest(data);
            const edit = editOf(data, 'review');
            return { ...common, pr, base: { sha: pr.baseSha, parent: false }, ...(edit ? { edit } : {}) };
        }
        case 'issue_comment': {
            const issue = (0,formats_data/* isRecord */.u4)(data.issue) ? data.issue : {};
            const number = issue.number;
            // A comment on an issue, not a pull request: nothing to evaluate.
            if (!(0,formats_data/* isRecord */.u4)(issue.pull_request) || typeof number !== 'number' || number <= 0)
                return { ...common, pr: null, base: { sha: null, parent: false } };
            const edit = editOf(data, 'comment');
            return {
                ...common,
                pr: null,
                base: { sha: null, parent: false },
                commentOn: { number, author: login(issue.user) },
                ...(edit ? { edit } : {}),
            };
        }
        case 'push':
            // `before` is all zeros for a new branch; a force-push may have made it unreachable.
            return { ...common, pr: null, base: { sha: sha(data.before), parent: true } };
        case 'workflow_run': {
            const run = (0,formats_data/* isRecord */.u4)(data.workflow_run) ? data.workflow_run : {};
            const headSha = sha(run.head_sha);
            if (!headSha)
                throw new EventError('workflow_run.head_sha is missing; expected a commit SHA');
            // GitHub leaves pull_requests empty for PRs from forks; publish mode then looks the PR up.
            const pullRequests = (Array.isArray(run.pull_requests) ? run.pull_requests : [])
                .map((p) => ((0,formats_data/* isRecord */.u4)(p) ? p.number : undefined))
                .filter((n) => typeof n === 'number' && Number.isInteger(n) && n > 0);
            const id = typeof run.id === 'number' && Number.isSafeInteger(run.id) ? String(run.id) : '';
            const url = runUrl(env, id);
            const headRepo = (0,formats_data/* isRecord */.u4)(run.head_repository) ? run.head_repository.full_name : undefined;
            return {
                ...common,
                pr: null,
                base: { sha: null, parent: true },
                workflowRun: {
                    headSha,
                    pullRequests,
                    conclusion: typeof run.conclusion === 'string' ? run.conclusion : null,
                    ...(url ? { url } : {}),
                    headRepository: typeof headRepo === 'string' ? headRepo : null,
                    headBranch: typeof run.head_branch === 'string' ? run.head_branch : null,
                },
            };
        }
        default:
            // workflow_dispatch, schedule, …: evaluate HEAD against its parent, no comment.
            return { ...common, pr: null, base: { sha: null, parent: true } };
    }
}
/** Read GITHUB_EVENT_NAME and the payload at GITHUB_EVENT_PATH. */
async function loadEventContext(env) {
    const eventName = env.GITHUB_EVENT_NAME || 'workflow_dispatch';
    let payload = {};
    if (env.GITHUB_EVENT_PATH) {
        let text;
        try {
            text = await (0,promises_.readFile)(env.GITHUB_EVENT_PATH, 'utf8');
        }
        catch (error) {
            throw new EventError(`cannot read the event payload at GITHUB_EVENT_PATH (${(0,formats_data/* errorText */.kc)(error)})`);
        }
        try {
            payload = JSON.parse(text);
        }
        catch (error) {
            throw new EventError(`the event payload is not valid JSON (${(0,formats_data/* errorText */.kc)(error)})`);
        }
    }
    return parseEventContext(eventName, payload, env);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/github/publish.ts
/**
 * Publish mode (the fork-PR `workflow_run` pattern): read the report an earlier `check` made,
 * find its pull request, and post only if the PR's head is still the commit the report is for.
 * The report comes from an artifact a fork could have forged, so the PR and SHA are checked
 * against the trusted `workflow_run` payload and the API, never taken on its word.
 */




/** A report file that cannot be used: names the path and what was expected. */
class ReportFileError extends Error {
    name = 'ReportFileError';
}
/** Largest report file read (Limits.reportBytes). */
const MAX_REPORT_BYTES = constants/* Limits */.xu.reportBytes;
const badReport = (path, why) => new ReportFileError(`input "report": "${path}" ${why}; expected the report JSON of an earlier \`mode: check\` run (download its artifact first)`);
/**
 * Read and validate the report JSON written by `mode: check`. The file comes from an artifact a
 * fork may have made: it is opened without following a symlink (an artifact can carry one to a
 * runner file), its size is checked before reading, and its content is never echoed in errors.
 */
async function readReportFile(path, budget) {
    let handle;
    try {
        handle = await (0,promises_.open)(path, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ELOOP' || code === 'EMLINK')
            throw badReport(path, 'is a symbolic link; mlgate reads only a regular file');
        throw badReport(path, `cannot be read (${code ?? (0,formats_data/* errorText */.kc)(error)})`);
    }
    let text;
    try {
        const stat = await handle.stat();
        if (!stat.isFile())
            throw badReport(path, 'is not a regular file');
        if (stat.size > MAX_REPORT_BYTES)
            throw badReport(path, `is ${stat.size} bytes, over the ${MAX_REPORT_BYTES}-byte limit`);
        const buf = Buffer.alloc(stat.size);
        const { bytesRead } = await handle.read(buf, 0, stat.size, 0);
        text = buf.subarray(0, bytesRead).toString('utf8');
    }
    finally {
        await handle.close();
    }
    // The report schema's validator is large: loaded only by the modes that read a report.
    const { parseReport } = await __webpack_require__.e(/* import() */ 898).then(__webpack_require__.bind(__webpack_require__, 898));
    const parsed = budget
        ? budget.measure('validating the report', () => parseReport(text))
        : parseReport(text);
    if (!parsed.ok)
        throw badReport(path, `is not a valid mlgate report: ${parsed.errors.join('; ')}`);
    return parsed.report;
}
const warn = (message) => ({ level: 'warning', check: 'comment', message });
/** PR numbers whose head is `sha`, from the API: the commit → PRs route, else open PRs (bounded). */
async function pullsWithHead(api, repo, sha) {
    const { data } = await api.rest.repos.listPullRequestsAssociatedWithCommit({
        ...repo,
        commit_sha: sha,
        per_page: 100,
    });
    const found = data.filter((p) => p.head.sha === sha).map((p) => p.number);
    if (found.length > 0)
        return found;
    // The commit route does not always know a fork's commits: scan the open PRs.
    for (let page = 1; page <= 10; page++) {
        const { data: open } = await api.rest.pulls.list({
            ...repo,
            state: 'open',
            per_page: 100,
            page,
        });
        found.push(...open.filter((p) => p.head.sha === sha).map((p) => p.number));
        if (open.length < 100)
            break;
    }
    return found;
}
/** Why PR `pr` is not the run's PR, or null when it is. */
function mismatch(pr, repo, run) {
    if (pr.state !== 'open')
        return `#${pr.number} is ${pr.state}`;
    if (pr.head.sha !== run.headSha)
        return `#${pr.number} is now at ${pr.head.sha.slice(0, 7)}`;
    const headRepo = pr.head.repo?.full_name;
    if (run.headRepository && headRepo !== run.headRepository)
        return `#${pr.number} comes from ${headRepo ?? 'a deleted repository'}, not ${run.headRepository}`;
    if (run.headBranch && pr.head.ref !== run.headBranch)
        return `#${pr.number} is from branch ${pr.head.ref ?? '?'}, not ${run.headBranch}`;
    const baseRepo = pr.base?.repo?.full_name;
    if (baseRepo && baseRepo.toLowerCase() !== `${repo.owner}/${repo.repo}`.toLowerCase())
        return `#${pr.number} targets ${baseRepo}`;
    return null;
}
/**
 * Find the PR to post on. Candidates come only from trusted sources (the event's
 * `pull_requests`, else the API's PRs for the run's head commit) and must be open, at the run's
 * head SHA, from the run's head repository and branch, into this repository. The report (an
 * artifact the PR could have forged) must be for the run's head commit, and may only choose among
 * the candidates.
 */
async function findPublishTarget(client, repo, ctx, report) {
    const run = ctx.workflowRun;
    if (!run)
        return {
            ok: false,
            finding: warn('`mode: publish` posts only from a `workflow_run` event (its head commit is the trusted one); not posting'),
        };
    const expected = run.headSha;
    if (report.pr.head !== expected) {
        return {
            ok: false,
            finding: warn(report.pr.head
                ? `the report is for commit ${report.pr.head.slice(0, 7)} but the triggering run is for ${expected.slice(0, 7)}; not posting`
                : `the report names no head commit, and the triggering run is for ${expected.slice(0, 7)}; not posting`),
        };
    }
    let numbers = run.pullRequests;
    if (numbers.length === 0) {
        // GitHub leaves workflow_run.pull_requests empty for forks: ask the API which PRs hold the head.
        try {
            numbers = await pullsWithHead(client, repo, expected);
        }
        catch (error) {
            return {
                ok: false,
                finding: warn(`could not look up the PR of ${expected.slice(0, 7)}: ${(0,formats_data/* errorText */.kc)(error)}`),
            };
        }
    }
    const candidates = [];
    const refused = [];
    for (const number of [...new Set(numbers)].sort((a, b) => a - b)) {
        let pr;
        try {
            ({ data: pr } = await client.rest.pulls.get({ ...repo, pull_number: number }));
        }
        catch (error) {
            refused.push(`#${number} is not readable (${(0,formats_data/* errorText */.kc)(error)})`);
            continue;
        }
        const why = mismatch(pr, repo, run);
        if (why)
            refused.push(why);
        else
            candidates.push(number);
    }
    const wanted = report.pr.number;
    const chosen = wanted !== null
        ? candidates.includes(wanted)
            ? wanted
            : null
        : candidates.length === 1
            ? candidates[0]
            : null;
    if (chosen !== null)
        return { ok: true, target: { ...repo, number: chosen } };
    const why = wanted !== null && candidates.length > 0
        ? `the report names #${wanted}, which is not among the open PRs of this run (${candidates.map((n) => `#${n}`).join(', ')})`
        : candidates.length > 1
            ? `the report names no PR and ${candidates.map((n) => `#${n}`).join(', ')} share the head`
            : refused.length > 0
                ? `${refused.join('; ')} (a newer run will post)`
                : `no open pull request has head ${expected.slice(0, 7)}`;
    return { ok: false, finding: warn(`not posting the report for ${expected.slice(0, 7)}: ${why}`) };
}
/**
 * Whether PR `target` has moved past `sha` (a newer push): a sentence saying so, else null. When
 * the PR cannot be read the answer is null: the write itself will say what is wrong.
 */
async function headMoved(client, target, sha) {
    try {
        const { data } = await client.rest.pulls.get({
            owner: target.owner,
            repo: target.repo,
            pull_number: target.number,
        });
        return data.head.sha === sha
            ? null
            : `#${target.number} is now at ${data.head.sha.slice(0, 7)}, not ${sha.slice(0, 7)}`;
    }
    catch {
        return null;
    }
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/output.ts
/** mlgate's own output files (the report JSON, a rendered report): the one writer the CLI and the Action share. */


/**
 * Write `chunks` to `path`, making its folder (a matrix job writes `out/<model>/report.json`).
 * Chunk by chunk: a 100,000-result report is never one string next to its bytes.
 */
async function writeChunks(path, chunks) {
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    const file = await (0,promises_.open)(path, 'w');
    try {
        for (const chunk of chunks)
            await file.write(chunk);
    }
    finally {
        await file.close();
    }
}

;// CONCATENATED MODULE: ./src/report/json.ts
/** Longest string in the report JSON (`schemas/report.schema.json` caps every string at this). */
const MAX_REPORT_STRING = 1_000_000;
/**
 * Arrays longer than this (the gate results of a wildcard over every slice, their findings) are
 * written compact, `BATCH` elements to a line; everything else is indented by two spaces.
 */
const LONG_ARRAY = 1_000;
/**
 * 100 gate results are ~40 KB of text: a chunk that small stays in V8's young generation, where
 * it is freed at once; longer chunks are large objects that pile up until a full collection
 * (measured at 100,000 results: 1,000 to a line, 332 MB peak and 4.8 s; 100 to a line, 310 MB
 * and 4.4 s).
 */
const BATCH = 100;
/** Serialise a report as one string (see `jsonChunks`). */
function toJson(report) {
    return [...jsonChunks(report)].join('');
}
/**
 * The report JSON in chunks (about 40 KB for 100 gate results), ending with a newline. A report
 * with no long array is one chunk, indented throughout. NaN and ±Infinity become null (JSON has
 * no such numbers), and a string over the schema's cap (hostile input: a megabyte-long metric
 * name) is cut with an ellipsis.
 */
function* jsonChunks(report) {
    if (!holdsLongArray(report)) {
        yield `${stringify(report, 2)}\n`;
        return;
    }
    yield* chunks(report, '');
    yield '\n';
}
function* chunks(value, indent) {
    const inner = `${indent}  `;
    if (Array.isArray(value) && value.length > LONG_ARRAY) {
        yield '[\n';
        for (let i = 0; i < value.length; i += BATCH) {
            const batch = stringify(value.slice(i, i + BATCH), 0);
            const last = i + BATCH >= value.length;
            yield `${inner}${batch.slice(1, -1)}${last ? '\n' : ',\n'}`;
        }
        yield `${indent}]`;
        return;
    }
    if (!holdsLongArray(value)) {
        // Strings in JSON text hold no raw newline: every newline is the layout's.
        yield stringify(value, 2).replaceAll('\n', `\n${indent}`);
        return;
    }
    const array = Array.isArray(value);
    const entries = array
        ? value.map((v) => [null, v])
        : Object.entries(value).filter(([, v]) => written(v));
    yield array ? '[' : '{';
    for (let i = 0; i < entries.length; i++) {
        const [key, v] = entries[i];
        yield `${i === 0 ? '\n' : ',\n'}${inner}${key === null ? '' : `${JSON.stringify(key)}: `}`;
        // In an array, a value JSON cannot hold is written as null, as JSON.stringify does.
        if (written(v))
            yield* chunks(v, inner);
        else
            yield 'null';
    }
    yield `${entries.length > 0 ? `\n${indent}` : ''}${array ? ']' : '}'}`;
}
/** Whether JSON.stringify writes a property holding `v` (it skips undefined and functions). */
const written = (v) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol';
/** Any array longer than LONG_ARRAY in `value` (long arrays' own elements are not walked). */
function holdsLongArray(value) {
    if (value === null || typeof value !== 'object')
        return false;
    if (Array.isArray(value)) {
        if (value.length > LONG_ARRAY)
            return true;
        return value.some(holdsLongArray);
    }
    return Object.values(value).some(holdsLongArray);
}
/**
 * JSON.stringify, cutting overlong strings. JSON.stringify already writes NaN and ±Infinity as
 * null; the replacer (a call per value) runs only when the text is long enough to hold a string
 * over the cap.
 */
function stringify(value, space) {
    const text = JSON.stringify(value, null, space);
    if (text.length <= MAX_REPORT_STRING || !hasLongString(value))
        return text;
    return JSON.stringify(value, (_key, v) => typeof v === 'string' && v.length > MAX_REPORT_STRING
        ? `${v.slice(0, MAX_REPORT_STRING - 1)}…`
        : v, space);
}
/** Any string over the cap in `root` (keys included), found without recursion. */
function hasLongString(root) {
    const stack = [root];
    while (stack.length > 0) {
        const value = stack.pop();
        if (typeof value === 'string') {
            if (value.length > MAX_REPORT_STRING)
                return true;
        }
        else if (Array.isArray(value)) {
            for (const item of value)
                stack.push(item);
        }
        else if (value !== null && typeof value === 'object') {
            for (const key of Object.keys(value)) {
                if (key.length > MAX_REPORT_STRING)
                    return true;
                stack.push(value[key]);
            }
        }
    }
    return false;
}

;// CONCATENATED MODULE: ./src/report/budget.ts
/**
 * A time budget for the work publish and merge mode do on reports they did not make (issue 9,
 * point 5): validating and rendering an artifact a fork may have forged. Only the time spent
 * inside `measure` counts (not the API calls between), and checkpoints inside a measured step
 * stop it as soon as the budget is spent, so a costly report fails closed instead of holding a
 * job that has a write token.
 */
/** The budget is spent: names the step and the budget. */
class BudgetExceeded extends Error {
    step;
    ms;
    name = 'BudgetExceeded';
    constructor(step, ms) {
        const limit = ms >= 1000 ? `${Math.round(ms / 1000)} s` : `${ms} ms`;
        super(`${step} took longer than the ${limit} mlgate allows for a report it did not make; the run stops here and reports not passed`);
        this.step = step;
        this.ms = ms;
    }
}
class Budget {
    ms;
    now;
    spent = 0;
    started = null;
    step = '';
    /** `now` in milliseconds (a fake clock in tests). */
    constructor(ms, now = () => performance.now()) {
        this.ms = ms;
        this.now = now;
    }
    /** Run `work`, counting its time; throws BudgetExceeded when the budget is spent. */
    measure(step, work) {
        if (this.started !== null)
            return work();
        this.step = step;
        this.started = this.now();
        let result;
        try {
            result = work();
        }
        finally {
            this.spent += this.now() - this.started;
            this.started = null;
        }
        this.check();
        return result;
    }
    /** A checkpoint: throws BudgetExceeded when the time counted so far is over the budget. */
    check() {
        const running = this.started === null ? 0 : this.now() - this.started;
        if (this.spent + running > this.ms)
            throw new BudgetExceeded(this.step || 'rendering', this.ms);
    }
}

;// CONCATENATED MODULE: ./src/report/escape.ts
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

// EXTERNAL MODULE: ./node_modules/markdown-table/index.js
var markdown_table = __webpack_require__(735);
// EXTERNAL MODULE: ./src/report/model.ts
var report_model = __webpack_require__(6867);
;// CONCATENATED MODULE: ./src/report/findings.ts


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
    const where = f.file ? ` ${code(`${clip(f.file)}${f.line ? `:${f.line}` : ''}`)}` : '';
    const icon = f.status === 'waived' ? '🟡' : (LEVEL_ICON[f.level] ?? escapeText(f.level));
    const waived = f.waiver
        ? ` _(waived by ${escapeText(clip(`@${f.waiver.by}: ${f.waiver.reason}`))})_`
        : '';
    const message = clip(f.file ? (0,report_model/* messageAfterFile */.aS)(f) : f.message, MESSAGE_CHARS);
    return `- ${icon}${where} ${escapeText(message)}${waived}`;
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/report/keys.ts
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
    return `#${text.length}:${(0,external_node_crypto_.createHash)('sha256').update(text, 'utf16le').digest('base64')}`;
}
/** One key for several fields (`JSON.stringify` keeps them apart), short however long they are. */
function fieldsKey(fields) {
    return textKey(JSON.stringify(fields));
}

;// CONCATENATED MODULE: ./src/report/lookup.ts

/** A model's status from its own findings. */
function lookup_statusOf(model, own) {
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
        const key = textKey(f.model);
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
            nameKeys.set(model, (key = textKey(model.name)));
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
            const key = textKey(message);
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
            const key = `${g.status}${textKey(g.message)}`;
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
                statuses.set(model, (s = lookup_statusOf(model, findingsOf(model))));
            return s;
        },
        gateFinding(model, gate) {
            const p = pairs(model);
            return p.byMessage.get(textKey(gate.message))?.[p.rank.get(gate) ?? 0];
        },
    };
}

;// CONCATENATED MODULE: ./src/report/sections/checklist.ts
/** The review-checklist section of the comment (PR-wide): status per item and the snippet to paste. */


const checklistChecks = ['checklist'];
/** Longest item text or detail printed. */
const checklist_LONG = 1000;
const ICON = {
    evidence: '✅',
    attested: '☑️',
    waived: '➖',
    missing: '❌',
};
const checklist_LEVEL_ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
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
    const evidence = section.items.filter((i) => i.status === 'evidence').map((i) => code(i.id));
    const c = section.counts;
    const parts = [
        `### ${requiredMissing > 0 ? '⚠️' : '📋'} Review checklist`,
        `<sub>✅ ${c.evidence} of ${section.items.length} by evidence${evidence.length ? ` (${evidence.join(', ')})` : ''} · ${c.missing} to tick in the PR description: none was read (push event, or the CLI without ${code('--pr-body')}), so required items only warn.</sub>`,
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
        ICON[i.status] ?? escapeCell(i.status),
        `${escapeCell(clip(i.text, checklist_LONG))}${i.required ? ' **(required)**' : ''}<br><sub>${codeCell(clip(i.id))}</sub>`,
        escapeCell(clip(i.detail, checklist_LONG)),
    ]);
    return (0,markdown_table/* markdownTable */.Q)([['', 'Item', 'Evidence / attestation'], ...rows], {
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
        .map((f) => `- ${checklist_LEVEL_ICON[f.level] ?? escapeText(f.level)} ${escapeText(clip(f.message, checklist_LONG))}`)
        .join('\n');
}
/** The snippet in a collapsed block, with the two rules a new user needs. */
function snippetBlock(snippet) {
    return [
        `<details><summary>How to tick items: paste this into the PR description</summary>`,
        '',
        `Tick a box (${code('- [x]')}) for what you checked yourself; items with machine evidence tick themselves. For an item that does not apply, write ${code('N/A: reason')} after its text. Keep the hidden ${code('<!-- mlgate:id -->')} comments: they match each box even if you edit its text. Editing the description re-runs the check.`,
        '',
        fenced(snippet, 'markdown'),
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
    const parts = [`#### ${worst ? LEVEL_ICON[worst] : '✅'} Data contract ${code(section.file)}`];
    parts.push(identity(section));
    if (section.tables.length > 0)
        parts.push(rolesTable(section, ctx));
    parts.push(evidenceLine(section));
    const list = findingList(checks, ctx.maxRows);
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
        `${FORMAT[s.format] ?? escapeText(String(s.format))} ${escapeText(s.formatVersion ?? '')}`.trim(),
    ];
    if (s.name ?? s.id)
        bits.push(code(s.name ?? s.id ?? ''));
    if (s.version)
        bits.push(`version ${code(s.version)}${s.baseVersion && s.baseVersion !== s.version ? ` (base ${code(s.baseVersion)}${s.majorBump ? ', major bump' : ''})` : ''}`);
    if (s.status)
        bits.push(`status ${escapeText(s.status)}`);
    bits.push(s.snapshot ? `snapshot ${code(s.snapshot)}` : 'no dataset snapshot');
    return `<sub>${bits.join(' · ')}</sub>`;
}
const names = (list) => (list.length ? list.map(codeCell).join(', ') : '-');
const one = (name) => (name ? codeCell(name) : '-');
function rolesTable(s, ctx) {
    const tables = [...s.tables].sort((a, b) => a.table.localeCompare(b.table));
    const rows = tables
        .slice(0, ctx.maxRows)
        .map((t) => [
        codeCell(t.table),
        names(t.entityKeys) + (t.entitySource === 'primaryKey' ? ' (primary key)' : ''),
        one(t.eventTimestamp),
        t.label
            ? `${codeCell(t.label)}${t.labelTimestamp ? ` at ${codeCell(t.labelTimestamp)}` : ''}${t.labelDelay ? ` (${escapeCell(t.labelDelay)})` : ''}`
            : '-',
        `${t.features.length}${t.implicitFeatures && t.features.length > 0 ? ' (implicit)' : ''}`,
        t.splitPolicy
            ? `${escapeCell(t.splitPolicy)}${t.splitColumns.length ? ` on ${names(t.splitColumns)}` : ''}`
            : '-',
    ]);
    const table = (0,markdown_table/* markdownTable */.Q)([['Table', 'Entity', 'Event time', 'Label', 'Features', 'Split'], ...rows], { align: ['l', 'l', 'l', 'l', 'r', 'l'] });
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
        escapeCell(c.change),
        codeCell(c.path),
        `${LEVEL_ICON[c.level] ?? ''} ${escapeCell(c.level)}${c.level !== c.computed ? ` (was ${escapeCell(c.computed)})` : ''}`,
        escapeCell(c.detail),
    ]);
    const hidden = sorted.length - rows.length;
    const note = [];
    if (s.majorBump)
        note.push('the major version went up, so breaking changes are warnings');
    if (s.breaking !== 'error')
        note.push(code(`contract_policy.breaking: ${s.breaking}`));
    if (hidden > 0)
        note.push(`${hidden} more change${hidden === 1 ? '' : 's'} in the job summary`);
    const table = rows.length
        ? (0,markdown_table/* markdownTable */.Q)([['Change', 'Path', 'Severity', 'Detail'], ...rows], {
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

// EXTERNAL MODULE: ./src/formats/metrics/paths.ts
var paths = __webpack_require__(9546);
// EXTERNAL MODULE: ./src/report/numbers.ts
var numbers = __webpack_require__(5616);
// EXTERNAL MODULE: ./src/checks/history.ts
var checks_history = __webpack_require__(757);
// EXTERNAL MODULE: ./src/checks/measure.ts
var measure = __webpack_require__(9357);
;// CONCATENATED MODULE: ./src/checks/gates.ts





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
    const ref = (0,paths/* splitRef */.Mn)(gate.metric, declared);
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
            result.window = gate.window ?? checks_history/* DEFAULT_WINDOW */.xV;
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
    const test = wildcard ? (0,measure/* compilePattern */.Eb)(ref.name) : (name) => name === ref.name;
    const lookupKey = `${ref.file ?? ''}\u0000${ref.name}`;
    let found = lookups.get(lookupKey);
    if (!found) {
        found = (0,paths/* lookup */.$I)(inputs.head, ref, test);
        lookups.set(lookupKey, found);
    }
    if (found.ambiguous) {
        // Whatever its level, a gate that cannot say which file it reads is a config error.
        const spellings = found.ambiguous.map((f) => `\`${(0,paths/* qualify */.Ss)(f, ref.name)}\``).join(' or ');
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
            return fromHistory(gate, (0,checks_history/* historyReference */.uW)(gate, leaf.name, better, inputs.history));
        const vs = gate.vs ?? '';
        // The reference is the same file's metric when the reference set has several files too.
        const key = refSet?.files ? (0,paths/* qualify */.Ss)(leaf.file, leaf.name) : leaf.name;
        const r = (0,measure/* numeric */.sH)(refSet, key);
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
            return fromHistory(gate, (0,checks_history/* historyReference */.uW)(gate, ref.name, better, inputs.history, agg));
        const vs = gate.vs ?? '';
        const refMatches = (0,paths/* lookup */.$I)(refSet, ref, (0,measure/* compilePattern */.Eb)(ref.name)).keys;
        if (refMatches.length === 0)
            return {
                ok: false,
                why: refSet
                    ? `${vs} has no metric matching ${gate.metric} in ${(0,measure/* whereOf */.de)(refSet)}${(0,measure/* revisionOf */.DT)(refSet)}`
                    : `${vs} has no metric matching ${gate.metric} ${noMetrics(vs)}`,
            };
        const r = (0,measure/* aggregateOf */.$b)(agg, refSet, refMatches, 'value');
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
        const where = ref.file ?? (0,measure/* whereOf */.de)(head);
        const notDeclared = !ref.file && head.files && ref.name.includes(':')
            ? `; \`${ref.name.slice(0, ref.name.lastIndexOf(':'))}\` is not one of the model's metrics files (${head.files.join(', ')})`
            : '';
        const what = wildcard ? `no metric matches ${ref.name} in` : `${ref.name} is missing from`;
        return `${what} ${where}${(0,measure/* revisionOf */.DT)(head)}${(0,measure/* didYouMean */.au)(head, ref.name)}${notDeclared}`;
    };
    if (!aggregate) {
        const key = found.keys[0];
        if (key === undefined)
            return [make(gate.metric, unusable(missing()))];
        const leaf = (0,paths/* leafAt */.QL)(inputs.head, key);
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
            const leaf = (0,paths/* leafAt */.QL)(inputs.head, key);
            const m = ref.file ? (0,paths/* qualify */.Ss)(leaf.file, leaf.name) : leaf.name;
            const dot = leaf.name.lastIndexOf('.');
            const subject = lastLiteral && dot >= 0 ? `${leaf.name.slice(dot + 1)} on ${leaf.name.slice(0, dot)}` : m;
            return make(m, single(gate, leaf, subject, inputs.head, referenceOf, bound, unusable), leaf.file);
        });
    }
    const head = (0,measure/* aggregateOf */.$b)(aggregate, inputs.head, matches, bound);
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
    const head = (0,measure/* measure */.xP)(headSet, leaf.key, bound, leaf.value);
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
    return `is missing from ${file}${(0,measure/* revisionOf */.DT)(set)}${(0,measure/* didYouMean */.au)(set, leaf.name)}`;
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
    const [vText, minText, maxText] = (0,numbers/* fmtAll */.lP)([v, gate.min, gate.max]);
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
    const [rText, vMove] = (0,numbers/* fmtAll */.lP)([r, v, limit]);
    const move = `(${rText} → ${vMove}`;
    const worse = better === 'higher' ? 'dropped' : 'rose';
    if (gate.min_gain !== undefined || gate.min_gain_pct !== undefined) {
        const need = (gate.min_gain ?? gate.min_gain_pct);
        const ok = amount >= need - tol(need);
        const [amountText, needText] = (0,numbers/* fmtPair */.oP)(Math.abs(amount), need);
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
    const [dropText, allowedText] = (0,numbers/* fmtPair */.oP)(Math.abs(drop), allowed);
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

// EXTERNAL MODULE: ./src/formats/rollout/duration.ts
var duration = __webpack_require__(4196);
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
    const what = g.aggregate && g.aggregate !== 'each' ? `${escapeCell(g.aggregate)} ` : '';
    const bound = g.bound && g.bound !== 'value' ? ` (${escapeCell(g.bound)})` : '';
    return `${what}${text}${bound}`;
}
function referenceCell(g, text) {
    if (g.reference === null)
        return g.vs ? `- (${escapeCell(g.vs)})` : '-';
    if (g.vs === 'history' && Array.isArray(g.trend)) {
        return `${text} (${escapeCell(g.of ?? 'best')} of ${g.trend.length})<br><sub>${trendLine(g.trend, g.value)}</sub>`;
    }
    return `${text} (${escapeCell(g.vs ?? 'ref')})`;
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
            const note = escapeText(clip(g.message)) +
                (g.waiver ? ` — ${escapeText(`waived by @${g.waiver.by}: ${clip(g.waiver.reason)}`)}` : '');
            let number = numbered.get(note);
            if (number === undefined) {
                notes.push(note);
                number = notes.length;
                numbered.set(note, number);
            }
            mark = ` <sup>${number}</sup>`;
        }
        return [
            STATUS_ICON[g.status] ?? escapeCell(g.status),
            `${g.name ? `${escapeCell(clip(g.name))} ` : ''}${codeCell(clip(g.metric))}${mark}`,
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
            r[1] += `<br><sub>${codeCell(`${ctx.report.config.file}:${line}`)}</sub>`;
    });
    const hidden = sorted.length - rows.length;
    const parts = ['#### Gates'];
    if (rows.length > 0)
        parts.push((0,markdown_table/* markdownTable */.Q)([['', 'Gate', 'Value', 'Reference', 'Threshold'], ...rows], {
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
    return escapeCell(String(v));
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
        ? `<sub>Base: the production metrics file ${code(clip(production))} (\`production:\`), which \`vs: production\` gates compare with; not the base commit.</sub>`
        : null;
    if (model.metrics.length === 0) {
        if (production)
            return `<sub>No metric differs between the production metrics file ${code(clip(production))} and head.</sub>`;
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
                ...(hasPath ? [codeCell(clip(r.path ?? ''))] : []),
                codeCell(clip(r.metric)),
                displayValue(r.base, r.baseCi, base),
                displayValue(r.head, r.headCi, head),
                changeCell(r),
                ...(hasBaseline ? [displayValue(r.baseline ?? null)] : []),
            ];
        });
        const more = rows.length - shown.length;
        return ((0,markdown_table/* markdownTable */.Q)([header, ...body], {
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
    return fenced(lines.join('\n'), 'mermaid');
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
    const text = `Traffic: ${code(section.summary ?? '')}${section.baseSummary ? ` (base: ${code(section.baseSummary)})` : ''}`;
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
        const better = betterOf({}, results[0].metric);
        rows ??= new Map(model.metrics.map((r) => [textKey(r.metric), r]));
        // Worst first, then only the slices shown are named and paired with their base.
        const head = (g) => g.value;
        const slices = [...results]
            .sort((a, b) => (better === 'higher' ? head(a) - head(b) : head(b) - head(a)))
            .slice(0, MAX_SLICES)
            .map((g) => {
            const row = rows.get(textKey(g.metric));
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
                .map((s) => `${escapeText(s.name)} ${s.base !== null && s.base !== s.head ? `${(0,numbers/* fmt */.Sc)(s.base)} → ` : ''}${(0,numbers/* fmt */.Sc)(s.head)}`)
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
            text: `${code(g.metric)}: ${trendLine(trend, g.value)} (reference: ${escapeText(g.of ?? 'best')} ${g.reference === null ? '-' : (0,numbers/* fmt */.Sc)(g.reference)})`,
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
        .map((c) => [`**${escapeText(c.title)}**`, ...(on ? [c.mermaid] : []), `<sub>${c.text}</sub>`].join('\n\n'))
        .join('\n\n');
    return `<details><summary>📈 ${on ? 'Charts' : 'Trends'}: ${charts.map((c) => escapeHtml(c.title.split(' ')[0])).join(', ')}</summary>\n\n${body}\n\n</details>`;
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
        `### ${icon} Observation ledger${multi ? ` for ${code(model.name)}` : ''}: ${code(l.file)}`,
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
        parts.push(findingList(own, ctx.maxRows) ?? '');
    }
    if (l.diff.length > 0) {
        const cap = ctx.maxRows * 3;
        const shown = l.diff.slice(0, cap);
        let block = `#### Ledger diff (base → head)\n${fenced(shown.join('\n'), 'diff')}`;
        if (l.diff.length > shown.length)
            block += `\n\n<sub>${l.diff.length - shown.length} more lines in the job summary.</sub>`;
        parts.push(block);
    }
    if (typeof l.suggested === 'string' && l.suggested !== '') {
        const body = fenced(l.suggested, l.format === 'yaml' ? 'yaml' : 'markdown');
        if (l.added.length === 0) {
            const lead = l.metricsChanged ? 'Metrics changed in this PR: append' : 'Append';
            parts.push(`#### Suggested ledger entry\n${lead} this entry to ${code(l.file)} and replace the ${code('<placeholders>')}. Metric movement and Slice movement are measured by this run.\n\n${body}`);
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
    const head = `#### Model manifest ${code(section.file)}${m?.name ? ` · ${code(m.name)}` : ''}${m?.version ? ` ${code(m.version)}` : ''}`;
    const parts = [head];
    if (m) {
        const items = LABELS.map(([key, label]) => {
            const ev = section.evidence[key];
            return `- ${ev.ok ? '✅' : '⚠️'} **${label}**: ${escapeText(ev.detail)}`;
        });
        const allOk = LABELS.every(([key]) => section.evidence[key].ok);
        const body = items.join('\n');
        parts.push(allOk && ctx.level >= 1
            ? `<details><summary>Manifest complete</summary>\n\n${body}\n\n</details>`
            : body);
        if (m.fromCard.length > 0)
            parts.push(`<sub>From the model card: ${escapeText(m.fromCard.join(', '))}.</sub>`);
    }
    const list = findingList((0,report_model/* sortFindings */.Tc)(own), ctx.maxRows);
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
    const lookup = ctx.lookup ?? reportLookup(report);
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
            `${codeCell(m.name)}${m.state === 'new' ? ' (new)' : ''}`,
            `${passed}/${m.gates.length}`,
            String(failed),
            String(c.errors),
            String(c.warnings),
        ];
    });
    const title = `### Models: ${counts.fail} failing · ${counts.warn} with warnings · ${counts.pass} passing`;
    const table = (0,markdown_table/* markdownTable */.Q)([['', 'Model', 'Gates passed', 'Failed', 'Errors', 'Warnings'], ...rows], { align: ['c', 'l', 'r', 'r', 'r', 'r'] });
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
        return `${escapeCell(s.holdText ?? '?')} (invalid)`;
    return (0,duration/* formatDuration */.a)(s.hold);
}
const renderRollout = (model, findings, ctx) => {
    const section = model.rollout;
    if (!section)
        return null;
    const own = findings.filter((f) => f.check === 'rollout');
    const plan = section.plan;
    const kind = plan ? (rollout_FORMAT[plan.format] ?? escapeText(String(plan.format))) : '';
    const title = `#### Rollout ${code(section.file)}${plan ? ` · ${kind}, ${escapeText(plan.strategy)}` : ''}`;
    const parts = [title];
    if (plan && section.summary) {
        parts.push(code(section.summary));
        if (section.baseSummary)
            parts.push(`<sub>base: ${code(section.baseSummary)}</sub>`);
        const rows = plan.stages
            .slice(0, ctx.maxRows)
            .map((s) => [
            `${escapeCell(String(s.traffic))}%${s.label ? ` (${escapeCell(s.label)})` : ''}${s.implicit ? ' (promotion)' : ''}`,
            holdCell(s),
            s.gates.length === 0
                ? '-'
                : [...new Set(s.gates.map(describe/* gateLabel */.GS))].sort().map(escapeCell).join(', '),
        ]);
        let table = (0,markdown_table/* markdownTable */.Q)([['Traffic', 'Hold', 'Gates'], ...rows], { align: ['r', 'l', 'l'] });
        if (plan.stages.length > rows.length)
            table += `\n\n<sub>${plan.stages.length - rows.length} more steps in the job summary.</sub>`;
        const quiet = !own.some((f) => f.level !== 'notice');
        parts.push(quiet && ctx.level >= 1
            ? `<details><summary>${plan.stages.length} steps</summary>\n\n${table}\n\n</details>`
            : table);
        const ev = section.evidence;
        parts.push([
            `${ev.rollback.ok ? '✅' : '❌'} Rollback ${escapeText((0,describe/* rollbackText */.Ew)(plan))}`,
            `${ev.guardrails.ok ? '✅' : '⚠️'} ${escapeText(ev.guardrails.detail)}`,
        ]
            .map((l) => `- ${l}`)
            .join('\n'));
        if (plan.notes.length > 0 && ctx.level === 0)
            parts.push(`<details><summary>Read but not checked</summary>\n\n${plan.notes
                .slice(0, ctx.maxRows)
                .map((n) => `- ${escapeText(clip(n, 1000))}`)
                .join('\n')}\n\n</details>`);
    }
    const list = findingList((0,report_model/* sortFindings */.Tc)(own), ctx.maxRows);
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
        OUTCOME[e.status] ?? escapeCell(e.status),
        codeCell(what.length > 120 ? `${what.slice(0, 119)}…` : what),
        escapeCell(`@${e.by}`),
        escapeCell(e.reason ?? '-'),
        escapeCell(e.expires ?? '-'),
        `${escapeCell(e.detail)} · ${waivers_link(e.url)}`,
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
            names.set(textKey(name), name);
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
        parts.push((0,markdown_table/* markdownTable */.Q)([['Status', 'Target', 'By', 'Reason', 'Expires', 'Detail'], ...shown.map(row)], { align: ['l', 'l', 'l', 'l', 'l', 'l'] }));
        if (w.entries.length > shown.length)
            parts.push(`<sub>${w.entries.length - shown.length} more in the job summary.</sub>`);
    }
    const targets = report.passed ? [] : waivable(report);
    if (targets.length > 0) {
        const list = targets
            .slice(0, ctx.maxRows)
            .map((t) => code(clip(t)))
            .join(', ');
        parts.push(`<sub>An authorised reviewer can waive a blocking finding with a comment line \`/mlgate waive <target> reason: <why> [expires: YYYY-MM-DD]\`; targets now: ${list}.</sub>`);
    }
    if (parts.length === 0)
        return null;
    const applied = w.entries.filter((e) => e.status === 'applied').length;
    return [`### Waivers${applied ? ` (${applied} in force)` : ''}`, ...parts].join('\n\n');
}

;// CONCATENATED MODULE: ./src/formats/pr-body.ts
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
    const lines = body.slice(0, constants/* Limits */.xu.prBodyChars).split(/\r\n|\r|\n/);
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

;// CONCATENATED MODULE: ./src/formats/waivers.ts
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

;// CONCATENATED MODULE: ./src/checks/waivers.ts
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
const waivers_short = (text) => (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex').slice(0, 16);
/** Hash of a comment body, for the state. */
function bodyHash(body) {
    return waivers_short(body);
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
    return waivers_short(JSON.stringify([
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
    const sources = [...input.sources].sort((a, b) => (0,src_order/* byCodeUnit */.X)(a.at, b.at) || (0,src_order/* byCodeUnit */.X)(a.id, b.id));
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
    const out = { ...report, models, findings, ...(0,report_model/* verdict */.WJ)(findings, report.failOn) };
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
    const findings = (0,report_model/* sortFindings */.Tc)([...result.findings, ...extra]);
    return {
        ...report,
        ...(0,report_model/* verdict */.WJ)(findings, report.failOn),
        models,
        findings,
        waivers: { entries: result.entries, state: result.state },
    };
}

;// CONCATENATED MODULE: ./src/report/summary.ts
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
        .sort(([a], [b]) => (a === 'gate' ? -1 : b === 'gate' ? 1 : (0,src_order/* byCodeUnit */.X)(a, b)))
        .map(([check, n]) => {
        const [one, many] = BLOCKER_NOUN[check] ?? [
            `${check} finding`,
            `${check} findings`,
        ];
        return `${n} ${escapeText(n === 1 ? one : many)}`;
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
        return `needs ${d >= 0 ? '+' : '−'}${(0,numbers/* fmt */.Sc)(Math.abs(d))} to reach ${(0,numbers/* fmt */.Sc)(target)}`;
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
            return `needs a gain of at least ${(0,numbers/* fmt */.Sc)(t)}${g.thresholdKind === 'min_gain_pct' ? '%' : ''} over ${(0,numbers/* fmt */.Sc)(r)}`;
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
        .filter((x) => x.check === 'gate' && x.model === model.name && isGateMessage(x.message, g.message))
        .sort((a, b) => (a.line ?? 0) - (b.line ?? 0))[rank];
}
function gateItem(report, lookup, model, g) {
    const multi = report.models.length > 1;
    // Two gates on one metric can fail with the same words ("auc is missing"): name the reference.
    const vs = g.vs && !g.message.includes(g.vs) ? `vs ${escapeText(g.vs)}: ` : '';
    const at = gateWhere(report, model, g, lookup);
    const where = `${at.value ? ` · ${code(clip(at.value))}` : ''}${at.gate ? ` · gate ${code(clip(at.gate))}` : ''}`;
    const who = multi ? `**${escapeText(model.name)}**: ` : '';
    const name = g.name ? `${escapeText(clip(g.name))}: ` : '';
    return `- ${g.status === 'fail' ? '❌' : '⚠️'} ${who}${name}${vs}${escapeText(clip(g.message))}${where} → ${escapeText(remedy(g))}`;
}
/**
 * What blocks, then what warns, before anything else: failing gates (each with its value,
 * threshold, reference, file:line and what it takes to pass), then other blocking findings, then
 * warnings. Null when there is nothing to say.
 */
function renderAttention(report, maxRows, lookup = reportLookup(report)) {
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
            ? `\n\n<sub>Fix the model or its metrics: the gates in force are the base branch's ${code(report.config.file)}, and a change to them in this PR applies only after merge.</sub>`
            : '';
        parts.push(`### Failing gates\n${lines.join('\n')}${from}`);
    }
    // Gate findings are the failing/warning gates above; the rest is listed by level.
    const other = report.findings.filter((f) => f.check !== 'gate');
    const blocking = other.filter((f) => blocks(report, f));
    if (blocking.length > 0)
        parts.push(`### ${failing.length > 0 ? 'Also blocking' : 'Blocking'}\n${capped(blocking, findingLine, 'findings').join('\n')}`);
    const warnings = [
        ...gates('warn').map(({ m, g }) => () => gateItem(report, lookup, m, g)),
        ...other
            .filter((f) => f.level === 'warning' && !blocks(report, f))
            .map((f) => () => findingLine(f)),
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
    const name = code(row.metric);
    const show = (v) => typeof v === 'number' ? (0,numbers/* fmt */.Sc)(v) : v === null ? '-' : escapeText(String(v));
    if (row.base === null || row.base === undefined)
        return `${name} ${show(row.head)}`;
    if (row.change === null && row.base === row.head)
        return `${name} ${show(row.head)} (unchanged)`;
    const change = row.change === null
        ? ''
        : ` (${row.change > 0 ? '+' : row.change < 0 ? '−' : '±'}${(0,numbers/* fmt */.Sc)(Math.abs(row.change))})`;
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
        return LEVEL_ICON.error;
    if (findings.some((f) => f.level === 'warning'))
        return LEVEL_ICON.warning;
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
    const parts = [`${icon} ${code(model.name)}${model.state === 'new' ? ' (new)' : ''}`];
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
    const lookup = reportLookup(report);
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
    const note = `> [!NOTE]\n> Some sections were left out to fit GitHub's comment size limit. ${escapeText(opts.summaryHint ?? 'The full report is in the job summary and the report JSON.')}`;
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
    const head = [(0,constants/* commentMarker */.Ql)(opts.commentKey) + '\n' + verdictLine(report)];
    if (report.config.note)
        head.push(`> [!NOTE]\n> ${escapeText(clip(report.config.note))}`);
    const attention = renderAttention(report, ctx.maxRows, lookup);
    if (attention)
        head.push(attention);
    const table = renderModelSummary(report, ctx);
    // Several models (a fan-in): a table with every model's status; one model: its summary line,
    // without the gate count the verdict line just gave.
    if (table)
        head.push(table);
    else if (report.models.length === 1)
        head.push(modelSummaryLine(report.models[0], lookup.findingsOf(report.models[0])));
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
            body.push(`<sub>Not configured: ${model.notConfigured.map((k) => `**${k}**: ${escapeText(report_model/* TURN_ON */.G9[k])}`).join(' · ')}.</sub>`);
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
    const lines = [`### ${icon} Model ${code(model.name)}${model.state === 'new' ? ' (new)' : ''}`];
    const from = model.gatesFrom ?? report.config.source;
    const src = `metrics ${code(model.metricsFile)}, gates from the ${from === 'base' ? 'base branch' : 'PR'}`;
    lines.push(`<sub>${src}</sub>`);
    if (model.notes.length > 0) {
        const shown = model.notes.slice(0, MAX_NOTES).map((n) => escapeText(clip(n)));
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
        escapeCell(clip(c.model)),
        codeCell(clip(c.metric)),
        `${c.flagged ? '⚠️ ' : ''}${label[c.kind] ?? escapeCell(String(c.kind))}`,
        escapeCell(clip(c.before ?? '-')),
        escapeCell(clip(c.after ?? '-')),
    ]);
    const more = report.policyChanges.length - rows.length;
    const flagged = report.policyChanges.filter((c) => c.flagged).length;
    const intro = report.config.source === 'base'
        ? `This PR edits ${code(report.config.file)}. The gates in force are the base branch's; these changes take effect after merge.`
        : `This PR edits ${code(report.config.file)}; the gates are read from this PR.`;
    const warn = flagged > 0
        ? ` ⚠️ ${flagged} change${flagged === 1 ? '' : 's'} loosen${flagged === 1 ? 's' : ''} the policy: review before approving.`
        : '';
    return [
        '### Policy changes (effective after merge)',
        `${intro}${warn}`,
        (0,markdown_table/* markdownTable */.Q)([['Model', 'Gate', 'Change', 'Before', 'After'], ...rows]) +
            (more > 0 ? `\n\n<sub>${more} more changes in the job summary.</sub>` : ''),
    ].join('\n\n');
}
function renderFindings(findings, ctx) {
    if (findings.length === 0)
        return null;
    return `#### Notes\n${findingList(findings, ctx.maxRows) ?? ''}`;
}
function footer(report) {
    const parts = [`mlgate ${escapeText(report.tool.version)}`];
    if (report.pr.head)
        parts.push(`head ${code(report.pr.head.slice(0, 7))}`);
    else if (report.pr.headLabel)
        parts.push(`head: ${escapeText(report.pr.headLabel)}`);
    if (report.pr.base)
        parts.push(`base ${code(report.pr.base.slice(0, 7))}`);
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

;// CONCATENATED MODULE: ./src/github/results.ts
/**
 * Everything a run leaves behind besides the comment: the report JSON, the job summary,
 * annotations and step outputs. Each write stands alone, so one failing never loses the others.
 */









/** Add findings made outside the pipeline (base resolution, commenting) and recount the verdict. */
function withFindings(report, extra) {
    if (extra.length === 0)
        return report;
    const findings = (0,report_model/* addFindings */.W7)(report.findings, extra);
    return { ...report, findings, ...(0,report_model/* verdict */.WJ)(findings, report.failOn ?? 'error') };
}
/** Write the report JSON; returns an error message or null. */
async function results_writeReport(path, report) {
    try {
        await writeChunks(path, jsonChunks(report));
        return null;
    }
    catch (error) {
        return `cannot write the report JSON to ${path}: ${(0,formats_data/* errorText */.kc)(error)}`;
    }
}
/** GitHub refuses a step summary over 1 MiB (bytes, not characters). */
const SUMMARY_BYTES = 1024 * 1024;
/**
 * The job summary: the whole report, with the summary's larger size limit. With a time budget
 * (publish and merge mode), rendering counts against it and BudgetExceeded is thrown; nothing
 * else throws: a report that cannot be rendered leaves a summary saying so.
 */
async function writeSummary(report, commentKey, budget) {
    const render = () => {
        let chars = constants/* Limits */.xu.summaryChars;
        for (;;) {
            const { markdown } = renderComment(report, {
                commentKey,
                maxChars: chars,
                fold: false,
                summaryHint: 'The full report is in the report JSON.',
                ...(budget ? { budget } : {}),
            });
            // Emoji and non-Latin text take several bytes per character: shrink until it fits.
            if (Buffer.byteLength(markdown) <= SUMMARY_BYTES || chars <= constants/* Limits */.xu.commentChars)
                return markdown;
            chars = Math.max(constants/* Limits */.xu.commentChars, Math.floor(chars / 2));
        }
    };
    let markdown;
    try {
        markdown = budget ? budget.measure('rendering the job summary', render) : render();
    }
    catch (error) {
        if (error instanceof BudgetExceeded)
            throw error;
        markdown = `## ❌ mlgate: the report could not be rendered\n\n${escapeText((0,formats_data/* errorText */.kc)(error))}; the verdict stands (see the step's outputs and log).\n`;
    }
    await writeSummaryText(markdown);
}
/** Append `markdown` to the job summary. Never throws. */
async function writeSummaryText(markdown) {
    try {
        await core/* summary */.z.addRaw(markdown).write({ overwrite: false });
    }
    catch (error) {
        // Outside a runner there is no GITHUB_STEP_SUMMARY; the comment and report still stand.
        core/* info */.pq(`mlgate: no job summary written (${(0,formats_data/* errorText */.kc)(error)})`);
    }
}
/** One annotation per finding that names a file, at its line. */
function results_annotate(findings) {
    for (const f of findings) {
        if (!f.file)
            continue;
        const props = {
            file: f.file,
            ...(f.line ? { startLine: f.line } : {}),
            title: `mlgate ${f.check}${f.model ? ` (${f.model})` : ''}`,
        };
        if (f.status === 'waived')
            core/* notice */.lm(`waived by @${f.waiver?.by ?? '?'}: ${f.message}`, props);
        else if (f.level === 'error')
            core/* error */.z3(f.message, props);
        else if (f.level === 'warning')
            core/* warning */.$e(f.message, props);
        else
            core/* notice */.lm(f.message, props);
    }
}
/** Step outputs (SPEC §1). */
function setOutputs(report, reportPath, comment) {
    core/* setOutput */.uH(constants/* Outputs */.tY.Passed, String(report.passed));
    core/* setOutput */.uH(constants/* Outputs */.tY.Errors, String(report.counts.errors));
    core/* setOutput */.uH(constants/* Outputs */.tY.Warnings, String(report.counts.warnings));
    core/* setOutput */.uH(constants/* Outputs */.tY.Waived, String(report.counts.waived ?? 0));
    core/* setOutput */.uH(constants/* Outputs */.tY.Report, reportPath);
    core/* setOutput */.uH(constants/* Outputs */.tY.CommentId, comment ? String(comment.id) : '');
    core/* setOutput */.uH(constants/* Outputs */.tY.CommentUrl, comment?.url ?? '');
}
/** The line `core.setFailed` prints when the verdict fails the job. */
function failureLine(report) {
    const { errors, warnings } = report.counts;
    return `mlgate: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} (fail-on: ${report.failOn}); see the job summary`;
}

// EXTERNAL MODULE: ./src/sources/types.ts
var types = __webpack_require__(7991);
;// CONCATENATED MODULE: ./src/sources/github.ts
/**
 * Files at a commit read through the GitHub contents API: the fallback when local git cannot
 * produce the base commit (shallow clone that cannot fetch, missing history). Same contract as the
 * other sources: confined paths, symlinks refused (the tree's mode 120000, as git and the working
 * tree do), size cap, binary refused, never throws; a 404 is `missing` only when the commit's tree
 * confirms the path is absent, anything else unreadable is an `error`.
 */




class GitHubContentsSource {
    client;
    repo;
    sha;
    label;
    constructor(client, repo, sha) {
        this.client = client;
        this.repo = repo;
        this.sha = sha;
        this.label = `commit ${sha.slice(0, 7)} (GitHub API)`;
    }
    async read(path, maxBytes = constants/* Limits */.xu.fileBytes) {
        const confined = (0,types/* confinePath */.ey)(path);
        if (!confined.ok)
            return { ok: false, path, reason: 'outside', message: confined.message };
        const rel = confined.path;
        const fail = (reason, m) => ({ ok: false, path: rel, reason, message: `${rel}: ${m}` });
        let data;
        try {
            ({ data } = await this.client.rest.repos.getContent({
                ...this.repo,
                path: rel,
                ref: this.sha,
            }));
        }
        catch (error) {
            // A 404 is "absent" only when the commit's tree confirms it: under a rate limit or an
            // outage a spurious 404 must not turn into "new model" or "first adoption" (fail closed).
            if (statusOf(error) === 404) {
                const placed = await this.placement(rel);
                if (placed && 'symlink' in placed)
                    return (0,types/* symlinkRefused */.UP)(rel, placed.symlink, this.label);
                if (placed && 'absent' in placed)
                    return fail('missing', `not found at ${this.label}`);
            }
            return fail('error', `the GitHub API could not read it (${(0,formats_data/* errorText */.kc)(error)})`);
        }
        if (Array.isArray(data) || typeof data !== 'object' || data === null)
            return fail('error', `not a file at ${this.label}`);
        const file = data;
        // The API answers a symlink to a file in the repository with that file (another `path`):
        // the one symlink rule refuses it, as git and the working tree do. The tree says for sure.
        if (file.type === 'symlink' || (typeof file.path === 'string' && file.path !== rel))
            return (0,types/* symlinkRefused */.UP)(rel, rel, this.label);
        const placed = await this.placement(rel);
        if (placed && 'symlink' in placed)
            return (0,types/* symlinkRefused */.UP)(rel, placed.symlink, this.label);
        if (file.type === 'submodule')
            return fail('outside', `a submodule at ${this.label}; expected a regular file`);
        if (file.type !== 'file')
            return fail('error', `not a file at ${this.label}`);
        if (typeof file.size === 'number' && file.size > maxBytes)
            return fail('too-large', (0,types/* overCap */.N4)(file.size, maxBytes));
        let buf;
        if (file.encoding === 'base64' && typeof file.content === 'string') {
            buf = Buffer.from(file.content, 'base64');
        }
        else {
            // Files over 1 MB come back without content (encoding "none"): ask for the raw bytes.
            try {
                const raw = await this.client.rest.repos.getContent({
                    ...this.repo,
                    path: rel,
                    ref: this.sha,
                    mediaType: { format: 'raw' },
                });
                buf = Buffer.from(String(raw.data), 'utf8');
            }
            catch (error) {
                return fail('error', `the GitHub API could not read it (${(0,formats_data/* errorText */.kc)(error)})`);
            }
        }
        if (buf.length > maxBytes)
            return fail('too-large', (0,types/* overCap */.N4)(buf.length, maxBytes));
        const text = (0,types/* textOf */.b6)(buf);
        if (text === null)
            return fail('binary', 'binary file; expected text');
        return { ok: true, path: rel, text };
    }
    trees = new Map();
    /** One level of a tree (null when unreadable or truncated), each fetched once. */
    tree(sha) {
        let found = this.trees.get(sha);
        if (!found) {
            found = this.client.rest.git
                .getTree({ ...this.repo, tree_sha: sha })
                .then(({ data }) => (data.truncated ? null : data.tree))
                .catch(() => null);
            this.trees.set(sha, found);
        }
        return found;
    }
    /**
     * Walk the commit's tree one directory at a time (each level fetched once per source): absent
     * when a level lacks the path, a symlink when the path or a directory above it is one (mode
     * 120000), null when a level is unreadable or truncated.
     */
    async placement(rel) {
        const parts = rel.split('/');
        let sha = this.sha;
        for (let i = 0; i < parts.length; i++) {
            const entries = await this.tree(sha);
            if (!entries)
                return null;
            const entry = entries.find((e) => e.path === parts[i]);
            if (!entry)
                return { absent: true };
            if (entry.mode === '120000')
                return { symlink: parts.slice(0, i + 1).join('/') };
            if (i === parts.length - 1)
                return { present: true };
            if (entry.type !== 'tree' || typeof entry.sha !== 'string')
                return { absent: true };
            sha = entry.sha;
        }
        return null;
    }
    async list(dir) {
        let prefix = '';
        if (dir && dir !== '.') {
            const confined = (0,types/* confinePath */.ey)(dir);
            if (!confined.ok)
                return [];
            prefix = `${confined.path}/`;
        }
        try {
            const { data } = await this.client.rest.git.getTree({
                ...this.repo,
                tree_sha: this.sha,
                recursive: 'true',
            });
            // Regular files only: symlinks (mode 120000) are not listed, as in git and the working tree.
            return data.tree
                .filter((e) => e.type === 'blob' && e.mode !== '120000' && typeof e.path === 'string')
                .map((e) => e.path)
                .filter((p) => p.startsWith(prefix))
                .sort();
        }
        catch {
            return [];
        }
    }
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/sources/git.ts
/**
 * Files at a git commit, read with `git cat-file` (never checked out, never executed). A shallow
 * checkout lacking the commit fetches it once.
 */



/** Run git with arguments (no shell), capturing output up to a cap. */
function git(cwd, args, maxBuffer = constants/* Limits */.xu.fileBytes + 1024) {
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)('git', args, {
            cwd,
            encoding: 'buffer',
            maxBuffer,
            timeout: 120_000,
            // Paths come from the PR: literal pathspecs, so `:/x` or `:(glob)*` are names, not magic.
            env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_LITERAL_PATHSPECS: '1' },
        }, (error, stdout, stderr) => {
            const code = error
                ? typeof error.code === 'number'
                    ? error.code
                    : 1
                : 0;
            resolve({
                code,
                stdout: stdout ?? Buffer.alloc(0),
                stderr: (stderr ?? Buffer.alloc(0)).toString('utf8'),
            });
        });
    });
}
/** Resolve a ref to a full SHA, or null. */
async function resolveRef(cwd, ref) {
    if (ref.startsWith('-'))
        return null;
    const out = await git(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    return out.code === 0 ? out.stdout.toString('utf8').trim() : null;
}
/**
 * The repository's top level and each ref as a commit, in one git: the usual start of a CLI run.
 * Null when that call fails or answers oddly (not a repository, no HEAD yet, a bad or option-like
 * ref, a range): then the caller asks one at a time, and reports as it always did.
 */
async function topAndCommits(cwd, refs) {
    if (refs.some((r) => r === '' || r.startsWith('-')))
        return null;
    const out = await git(cwd, ['rev-parse', '--show-toplevel', ...refs.map((r) => `${r}^{commit}`)]);
    if (out.code !== 0)
        return null;
    const lines = out.stdout.toString('utf8').replace(/\n$/, '').split('\n');
    if (lines.length !== refs.length + 1)
        return null;
    const shas = lines.slice(1);
    if (!shas.every((x) => /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(x)))
        return null;
    return { top: lines[0], commits: new Map(refs.map((r, i) => [r, shas[i]])) };
}
/** Make sure `sha` is present locally, fetching it from `origin` when the clone is shallow. */
async function ensureCommit(cwd, sha) {
    if (sha.startsWith('-'))
        return false;
    if ((await git(cwd, ['cat-file', '-e', `${sha}^{commit}`])).code === 0)
        return true;
    if (!/^[0-9a-f]{7,64}$/i.test(sha))
        return false;
    await git(cwd, ['fetch', '--no-tags', '--quiet', '--depth=1', 'origin', sha]);
    return (await git(cwd, ['cat-file', '-e', `${sha}^{commit}`])).code === 0;
}
/**
 * One long-lived `git cat-file --batch-command` for a source's reads: every tree and blob of every
 * read goes through it, so a run spawns one git for its base files, not two per file. Requests are
 * answered in order. `info` gives an object's type and size (checked against the cap before any
 * content is asked for); `contents` its bytes. The process does not keep node alive: it is unref'd
 * while idle, and ends after a second of idleness (or when node exits and its stdin closes).
 */
class CatFile {
    cwd;
    child = null;
    buffer = Buffer.alloc(0);
    held = [];
    heldBytes = 0;
    /** Bytes still to come before the answer at the front can be parsed. */
    wanted = 0;
    queue = [];
    idle = null;
    constructor(cwd) {
        this.cwd = cwd;
    }
    info(name) {
        return this.ask('info', name).then((r) => r.info);
    }
    /** The object's bytes; call only after `info` said its size is acceptable. */
    contents(name) {
        return this.ask('contents', name);
    }
    ask(kind, name) {
        // One command per line: a name with a line break could smuggle a second command (a space is
        // part of the name: `contents <rev>:<path with spaces>` reads that path).
        if (/[\r\n\0]/.test(name))
            return Promise.resolve({ info: { ok: false, why: 'bad object name' } });
        return new Promise((done) => {
            const child = this.process();
            if (!child?.stdin) {
                done({ info: { ok: false, why: 'git cat-file did not start' } });
                return;
            }
            this.queue.push({ kind, done });
            child.stdin.write(`${kind} ${name}\n`);
        });
    }
    process() {
        if (this.idle)
            clearTimeout(this.idle);
        this.idle = null;
        if (this.child) {
            this.ref(true);
            return this.child;
        }
        const child = (0,external_node_child_process_.spawn)('git', ['cat-file', '--batch-command'], {
            cwd: this.cwd,
            env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
            stdio: ['pipe', 'pipe', 'pipe'],
        });
        this.child = child;
        let stderr = '';
        child.stderr?.on('data', (d) => {
            if (stderr.length < 4096)
                stderr += d.toString('utf8');
        });
        child.stdout?.on('data', (d) => {
            if (this.child === child)
                this.receive(d);
        });
        child.stdin?.on('error', () => undefined);
        const fail = (why) => {
            // A process let go when idle ends with nothing asked of it.
            if (this.child !== child)
                return;
            this.child = null;
            for (const q of this.queue.splice(0))
                q.done({ info: { ok: false, why } });
            this.buffer = Buffer.alloc(0);
            this.held = [];
            this.heldBytes = 0;
            this.wanted = 0;
        };
        child.on('error', (e) => fail(e.message));
        child.on('close', () => fail(stderr.trim().split('\n', 1)[0] || 'git cat-file ended'));
        return child;
    }
    /** While a request is out, the process keeps node alive; idle, it does not. */
    ref(on) {
        const c = this.child;
        if (!c)
            return;
        for (const h of [c, c.stdin, c.stdout, c.stderr])
            if (on)
                h?.ref?.();
            else
                h?.unref?.();
    }
    receive(data) {
        // A large blob arrives in many chunks: gather them, joined once the whole answer is here.
        this.held.push(data);
        this.heldBytes += data.length;
        if (this.heldBytes < this.wanted)
            return;
        this.buffer = Buffer.concat([this.buffer, ...this.held]);
        this.held = [];
        this.heldBytes = 0;
        this.wanted = 0;
        while (this.queue.length > 0) {
            const nl = this.buffer.indexOf(10);
            if (nl < 0)
                return;
            const header = this.buffer.subarray(0, nl).toString('utf8').split(' ');
            const { kind, done } = this.queue[0];
            // `<oid> <type> <size>`, else `<name> missing` (or `ambiguous`).
            if (header.length !== 3 || !/^\d+$/.test(header[2])) {
                this.buffer = this.buffer.subarray(nl + 1);
                this.queue.shift();
                done({ info: { ok: false, why: header.slice(1).join(' ') || 'no answer' } });
                continue;
            }
            const info = {
                ok: true,
                oid: header[0],
                type: header[1],
                size: Number(header[2]),
            };
            if (kind === 'info') {
                this.buffer = this.buffer.subarray(nl + 1);
                this.queue.shift();
                done({ info });
                continue;
            }
            const end = nl + 1 + info.size;
            if (this.buffer.length < end + 1) {
                this.wanted = end + 1 - this.buffer.length;
                return;
            }
            const body = Buffer.from(this.buffer.subarray(nl + 1, end));
            this.buffer = this.buffer.subarray(end + 1);
            this.queue.shift();
            done({ info, body });
        }
        if (this.queue.length === 0) {
            this.ref(false);
            this.idle = setTimeout(() => {
                const child = this.child;
                this.child = null;
                this.idle = null;
                child?.stdin?.end();
            }, 1000);
            this.idle.unref();
        }
    }
}
/** The largest tree object read (a directory of some hundred thousand entries). */
const MAX_TREE_BYTES = 64 * 1024 * 1024;
class GitSource {
    cwd;
    sha;
    label;
    batch = null;
    trees = new Map();
    constructor(cwd, sha) {
        this.cwd = cwd;
        this.sha = sha;
        this.label = `commit ${sha.slice(0, 7)}`;
    }
    catFile() {
        return (this.batch ??= new CatFile(this.cwd));
    }
    /** The entries of a tree object by name, or why it could not be read. Memoised. */
    tree(name) {
        let t = this.trees.get(name);
        if (!t) {
            t = this.readTree(name);
            this.trees.set(name, t);
        }
        return t;
    }
    async readTree(name) {
        const cat = this.catFile();
        const info = await cat.info(name);
        if (!info.ok)
            return info.why;
        if (info.type !== 'tree')
            return `${name} is a ${info.type}, not a tree`;
        if (info.size > MAX_TREE_BYTES)
            return `a tree of ${info.size} bytes`;
        const got = await cat.contents(name);
        if (!got.info.ok || !got.body)
            return got.info.ok ? 'no content' : got.info.why;
        const body = got.body;
        // SHA-1 or SHA-256 repository: the object name's length says which.
        const oidBytes = info.oid.length / 2;
        const entries = new Map();
        let at = 0;
        while (at < body.length) {
            const space = body.indexOf(32, at);
            const nul = body.indexOf(0, space + 1);
            if (space < 0 || nul < 0 || nul + 1 + oidBytes > body.length)
                return 'a malformed tree';
            const mode = body.subarray(at, space).toString('latin1');
            // Names are bytes: kept as latin1 (one char a byte) and looked up the same way, exactly.
            const entryName = body.subarray(space + 1, nul).toString('latin1');
            entries.set(entryName, {
                mode,
                oid: body.subarray(nul + 1, nul + 1 + oidBytes).toString('hex'),
            });
            at = nul + 1 + oidBytes;
        }
        return entries;
    }
    async read(path, maxBytes = constants/* Limits */.xu.fileBytes) {
        const confined = (0,types/* confinePath */.ey)(path);
        if (!confined.ok)
            return { ok: false, path, reason: 'outside', message: confined.message };
        const rel = confined.path;
        // The commit's tree, then one tree per directory on the path: paths never reach git, only
        // object names do. A tree that cannot be read is not absence (a missing object in a partial
        // clone): fail closed.
        const unreadable = (why) => ({
            ok: false,
            path: rel,
            reason: 'error',
            message: `${rel}: git could not read ${this.label} (${why})`,
        });
        const parts = rel.split('/');
        let treeName = `${this.sha}^{tree}`;
        let entry;
        for (let i = 0; i < parts.length; i++) {
            const tree = await this.tree(treeName);
            if (typeof tree === 'string')
                return unreadable(tree);
            entry = tree.get(Buffer.from(parts[i], 'utf8').toString('latin1'));
            const last = i === parts.length - 1;
            if (!entry)
                return this.missing(rel);
            // The one symlink rule: a symlink anywhere on the path is refused, never followed.
            if (entry.mode === '120000')
                return (0,types/* symlinkRefused */.UP)(rel, parts.slice(0, i + 1).join('/'), this.label);
            if (last)
                break;
            // A file or a submodule where a directory was expected: nothing at that path.
            if (entry.mode !== '40000')
                return this.missing(rel);
            treeName = entry.oid;
        }
        if (!entry || entry.mode === '40000' || entry.mode === '160000')
            return {
                ok: false,
                path: rel,
                reason: 'error',
                message: `${rel}: not a file at ${this.label}`,
            };
        const cat = this.catFile();
        const info = await cat.info(entry.oid);
        if (!info.ok || info.type !== 'blob')
            return {
                ok: false,
                path: rel,
                reason: 'error',
                message: `${rel}: git could not read it (${info.ok ? `a ${info.type}` : info.why})`,
            };
        if (info.size > maxBytes) {
            return {
                ok: false,
                path: rel,
                reason: 'too-large',
                message: `${rel}: ${(0,types/* overCap */.N4)(info.size, maxBytes)}`,
            };
        }
        const blob = await cat.contents(entry.oid);
        if (!blob.info.ok || !blob.body)
            return {
                ok: false,
                path: rel,
                reason: 'error',
                message: `${rel}: git could not read it (${blob.info.ok ? 'no content' : blob.info.why})`,
            };
        const text = (0,types/* textOf */.b6)(blob.body);
        if (text === null)
            return {
                ok: false,
                path: rel,
                reason: 'binary',
                message: `${rel}: binary file; expected text`,
            };
        return { ok: true, path: rel, text };
    }
    missing(rel) {
        return {
            ok: false,
            path: rel,
            reason: 'missing',
            message: `${rel}: not found at ${this.label}`,
        };
    }
    /** Regular files only: symlinks (mode 120000) and submodules are not listed. */
    async list(dir) {
        const args = ['ls-tree', '-r', '-z', this.sha];
        if (dir && dir !== '.') {
            const confined = (0,types/* confinePath */.ey)(dir);
            if (!confined.ok)
                return [];
            args.push('--', confined.path);
        }
        const out = await git(this.cwd, args, 64 * 1024 * 1024);
        if (out.code !== 0)
            return [];
        // "<mode> <type> <object>\t<path>", NUL-terminated: names are not quoted.
        return out.stdout
            .toString('utf8')
            .split('\0')
            .filter((l) => /^100(644|755) blob /.test(l))
            .map((l) => l.slice(l.indexOf('\t') + 1))
            .sort();
    }
    async history(path, count) {
        const confined = (0,types/* confinePath */.ey)(path);
        if (!confined.ok)
            return { ok: false, message: confined.message };
        const rel = confined.path;
        const n = Math.max(1, Math.min(1000, Math.floor(count)));
        // First parent: the base branch's own line, one entry per merge (or squash) that changed it.
        const log = await git(this.cwd, [
            'log',
            '--first-parent',
            '--format=%H',
            `--max-count=${n}`,
            this.sha,
            '--',
            rel,
        ]);
        if (log.code !== 0)
            return { ok: false, message: `git log failed on ${rel}: ${log.stderr.trim()}` };
        const shas = log.stdout.toString('utf8').split('\n').filter(Boolean);
        const shallow = (await git(this.cwd, ['rev-parse', '--is-shallow-repository'])).stdout
            .toString('utf8')
            .trim() === 'true';
        // Through the source's one cat-file process: each version's size is checked before its bytes.
        const cat = this.catFile();
        const versions = [];
        for (const sha of shas) {
            const info = await cat.info(`${sha}:${rel}`);
            // Deleted at that commit, not a file, over the size cap or binary: nothing to compare with.
            if (!info.ok || info.type !== 'blob' || info.size > constants/* Limits */.xu.fileBytes)
                continue;
            const { body } = await cat.contents(info.oid);
            const text = body ? (0,types/* textOf */.b6)(body) : null;
            if (text !== null)
                versions.push({ sha, text });
        }
        return { ok: true, versions, shallow };
    }
}

;// CONCATENATED MODULE: ./src/sources/workspace.ts
/**
 * The checked-out working tree, confined to its root: no `..`, and no symlinks, in or out of the
 * repository (the one symlink rule of every source, `symlinkRefused`).
 */





class WorkspaceSource {
    root;
    label = 'the working tree';
    constructor(root) {
        this.root = root;
    }
    async read(path, maxBytes = constants/* Limits */.xu.fileBytes) {
        const confined = (0,types/* confinePath */.ey)(path);
        if (!confined.ok)
            return { ok: false, path, reason: 'outside', message: confined.message };
        const rel = confined.path;
        const fail = (reason, message) => ({ ok: false, path: rel, reason, message: `${rel}: ${message}` });
        // Each component without following links: a symlink anywhere on the path is refused.
        let info = null;
        for (const prefix of (0,types/* pathPrefixes */.ux)(rel)) {
            try {
                info = await (0,promises_.lstat)((0,external_node_path_.join)(this.root, prefix));
            }
            catch (error) {
                const code = error.code;
                if (code === 'ENOENT' || code === 'ENOTDIR')
                    return fail('missing', 'not found in the working tree');
                return fail('error', error.message);
            }
            if (info.isSymbolicLink())
                return (0,types/* symlinkRefused */.UP)(rel, prefix, this.label);
            if (prefix !== rel && !info.isDirectory())
                return fail('missing', 'not found in the working tree');
        }
        // Check the type before opening: opening a FIFO or device would block or never end.
        if (!info?.isFile())
            return fail('error', 'not a regular file');
        try {
            // O_NOFOLLOW: the file cannot have become a symlink since it was looked at.
            const handle = await (0,promises_.open)((0,external_node_path_.join)(this.root, rel), external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW);
            try {
                const opened = await handle.stat();
                // A directory above it swapped for a symlink meanwhile would open another file.
                if (!opened.isFile() || opened.ino !== info.ino || opened.dev !== info.dev)
                    return fail('error', 'changed while it was being read');
                if (opened.size > maxBytes)
                    return fail('too-large', (0,types/* overCap */.N4)(opened.size, maxBytes));
                const buf = await handle.readFile();
                const text = (0,types/* textOf */.b6)(buf);
                if (text === null)
                    return fail('binary', 'binary file; expected text');
                return { ok: true, path: rel, text };
            }
            finally {
                await handle.close();
            }
        }
        catch (error) {
            const code = error.code;
            if (code === 'ELOOP' || code === 'EMLINK')
                return (0,types/* symlinkRefused */.UP)(rel, rel, this.label);
            return fail('error', error.message);
        }
    }
    /** Regular files only: symlinks are not listed (they would be refused when read). */
    async list(dir) {
        const confined = (0,types/* confinePath */.ey)(dir === '' || dir === '.' ? '.x' : dir);
        const base = dir === '' || dir === '.' ? this.root : confined.ok ? (0,external_node_path_.join)(this.root, confined.path) : null;
        if (!base)
            return [];
        // A directory reached through a symlink is not listed, as in git's tree.
        if (confined.ok && base !== this.root)
            for (const prefix of (0,types/* pathPrefixes */.ux)(confined.path)) {
                const info = await (0,promises_.lstat)((0,external_node_path_.join)(this.root, prefix)).catch(() => null);
                if (!info || info.isSymbolicLink())
                    return [];
            }
        try {
            const entries = await (0,promises_.readdir)(base, { recursive: true, withFileTypes: true });
            return entries
                .filter((e) => e.isFile() &&
                !e.parentPath.split(external_node_path_.sep).includes('.git') &&
                !e.parentPath.split(external_node_path_.sep).includes('node_modules'))
                .map((e) => (0,external_node_path_.relative)(this.root, (0,external_node_path_.join)(e.parentPath, e.name)).split(external_node_path_.sep).join('/'))
                .sort();
        }
        catch {
            return [];
        }
    }
}

;// CONCATENATED MODULE: ./src/github/trees.ts
/**
 * The head and base trees for a run. Local git first (`GitSource`, fetching the commit if the
 * checkout is shallow); when git cannot produce a commit, the GitHub contents API.
 */




/** A commit as a FileSource: local git, else the contents API (after checking the commit exists). */
async function commitSource(workspace, sha, ctx, client) {
    if (await ensureCommit(workspace, sha))
        return new GitSource(workspace, sha);
    if (!client || !ctx.repo)
        return null;
    try {
        const octokit = await client();
        await octokit.rest.repos.getCommit({ ...ctx.repo, ref: sha, per_page: 1 });
        core/* info */.pq(`mlgate: commit ${sha.slice(0, 7)} is not in the local clone; reading it through the GitHub API`);
        return new GitHubContentsSource(octokit, ctx.repo, sha);
    }
    catch (error) {
        core/* info */.pq(`mlgate: commit ${sha.slice(0, 7)} is not readable through the GitHub API either`);
        core/* debug */.Yz(String(error));
        return null;
    }
}
/** HEAD~1, deepening a shallow clone by one commit, else asking the API for the parent. */
async function parentSha(workspace, headSha, ctx, client) {
    const local = await resolveRef(workspace, 'HEAD~1');
    if (local)
        return local;
    const shallow = await git(workspace, ['rev-parse', '--is-shallow-repository']);
    if (shallow.stdout.toString('utf8').trim() === 'true') {
        await git(workspace, ['fetch', '--no-tags', '--quiet', '--deepen=1', 'origin']);
        const deepened = await resolveRef(workspace, 'HEAD~1');
        if (deepened)
            return deepened;
    }
    if (!client || !ctx.repo || !headSha)
        return null;
    try {
        const { data } = await (await client()).rest.repos.getCommit({ ...ctx.repo, ref: headSha });
        return data.parents[0]?.sha ?? null;
    }
    catch {
        return null;
    }
}
/** Resolve the trees for this event. Problems become findings; nothing throws for a missing commit. */
async function resolveTrees(workspace, ctx, client) {
    const findings = [];
    // The checked-out commit and the base commit are independent: ask for both at once.
    const [checkedOut, firstBase] = await Promise.all([
        resolveRef(workspace, 'HEAD'),
        ctx.base.sha ? commitSource(workspace, ctx.base.sha, ctx, client) : null,
    ]);
    let head = new WorkspaceSource(workspace);
    const headSha = ctx.pr?.headSha ?? checkedOut ?? ctx.sha;
    // pull_request_target and issue_comment check out the base branch: read the PR's head as data.
    const baseContext = ctx.eventName === 'pull_request_target' || ctx.eventName === 'issue_comment';
    if (baseContext && ctx.pr && checkedOut !== ctx.pr.headSha) {
        const source = await commitSource(workspace, ctx.pr.headSha, ctx, client);
        if (source)
            head = source;
        else
            findings.push({
                level: 'error',
                check: 'config',
                message: `the PR's head commit ${ctx.pr.headSha.slice(0, 7)} is not readable (not in the clone, not through the API); the workspace was checked instead`,
            });
    }
    let baseSha = ctx.base.sha;
    let base = firstBase;
    if (!base && ctx.base.parent) {
        baseSha = await parentSha(workspace, checkedOut ?? ctx.sha, ctx, client);
        base = baseSha ? await commitSource(workspace, baseSha, ctx, client) : null;
    }
    if (!base && ctx.pr) {
        // Fail closed: without the base, `config-source: base` and `vs: production` cannot hold.
        findings.push({
            level: 'error',
            check: 'config',
            message: `the PR's base commit ${ctx.pr.baseSha.slice(0, 7)} is not readable: use \`actions/checkout\` with \`fetch-depth: 0\`, or give the token \`contents: read\``,
        });
    }
    else if (!base) {
        core/* info */.pq('mlgate: no parent commit; evaluating without a base');
        baseSha = null;
    }
    return { head, headSha, base, baseSha: base ? baseSha : null, findings };
}

;// CONCATENATED MODULE: ./src/config/types.ts
/** The validated `.mlgate.yml` (SPEC §2). Shapes mirror `schemas/config.schema.json`. */
/** Minimum repository permission, weakest first (GitHub's repository roles). */
const PERMISSIONS = ['read', 'triage', 'write', 'maintain', 'admin'];

;// CONCATENATED MODULE: ./src/github/waivers.ts
/**
 * The GitHub edge of waivers: list the PR's comments and reviews (paginated), find the waiver
 * commands in them, and decide each author's authorisation against the API (repository
 * permission, named users and team membership), never from the comment text. Takes an octokit,
 * so tests pass a fake. Also the commit status that lets branch protection see a re-evaluation.
 */







/** The author's repository role, strongest first from the most precise field the API gives. */
function roleOf(data) {
    const p = data.user?.permissions;
    if (p) {
        if (p.admin)
            return 'admin';
        if (p.maintain)
            return 'maintain';
        if (p.push)
            return 'write';
        if (p.triage)
            return 'triage';
        if (p.pull)
            return 'read';
    }
    for (const name of [data.role_name, data.permission])
        if (PERMISSIONS.includes(name ?? ''))
            return name;
    return null;
}
/** Why `login` may not waive, or null when they may. API failures refuse (fail closed). */
async function refusal(client, repo, login, policy, prAuthor) {
    if (prAuthor && login.toLowerCase() === prAuthor.toLowerCase() && !policy.allow_self)
        return 'the PR author cannot waive findings on their own PR (waivers.allow_self is off)';
    const min = policy.permission ?? 'maintain';
    let role;
    try {
        const { data } = await client.rest.repos.getCollaboratorPermissionLevel({
            ...repo,
            username: login,
        });
        role = roleOf(data);
    }
    catch (error) {
        if (statusOf(error) === 404)
            return `@${login} is not a collaborator of this repository`;
        return `could not check @${login}'s permission (${(0,formats_data/* errorText */.kc)(error).split('\n', 1)[0]}); refused`;
    }
    if (!role || PERMISSIONS.indexOf(role) < PERMISSIONS.indexOf(min))
        return `@${login} has ${role ?? 'no'} permission; waivers need ${min} (waivers.permission)`;
    const users = policy.users ?? [];
    const teams = policy.teams ?? [];
    if (users.length === 0 && teams.length === 0)
        return null;
    if (users.some((u) => u.toLowerCase() === login.toLowerCase()))
        return null;
    for (const team of teams) {
        const [org, slug] = team.split('/');
        try {
            const { data } = await client.rest.teams.getMembershipForUserInOrg({
                org,
                team_slug: slug,
                username: login,
            });
            if (data.state === 'active')
                return null;
        }
        catch (error) {
            // 404: not a member (or the token cannot see the team); either way, not authorised by it.
            if (statusOf(error) !== 404)
                return `could not check @${login}'s membership of ${team} (${(0,formats_data/* errorText */.kc)(error).split('\n', 1)[0]}); refused`;
        }
    }
    return `@${login} is not in waivers.users or a member of waivers.teams`;
}
/**
 * Every comment and review of the PR that holds a waiver command, with its author's
 * authorisation decided, and the state in this comment key's sticky comment. Bot-authored
 * comments (mlgate's own included) never waive; the PR body is not read at all.
 */
async function findWaivers(client, target, opts) {
    const repo = { owner: target.owner, repo: target.repo };
    const comments = await pages((page) => client.rest.issues.listComments({
        ...repo,
        issue_number: target.number,
        per_page: PER_PAGE,
        page,
    }));
    const reviews = await pages((page) => client.rest.pulls.listReviews({
        ...repo,
        pull_number: target.number,
        per_page: PER_PAGE,
        page,
    }));
    const sticky = oldestFirst(comments.filter((c) => isSticky(c, opts.commentKey)))[0];
    const raw = [];
    for (const c of comments) {
        if (!c.user || c.user.type !== 'User' || !c.body)
            continue;
        const commands = parseWaiverCommands(c.body);
        if (commands.length === 0)
            continue;
        raw.push({
            id: `c${c.id}`,
            author: c.user.login,
            at: c.created_at,
            url: c.html_url,
            hash: bodyHash(c.body),
            edited: Boolean(c.updated_at && c.updated_at !== c.created_at),
            commands,
        });
    }
    for (const r of reviews) {
        // A pending review is not visible to anyone else yet.
        if (!r.user || r.user.type !== 'User' || !r.body || !r.submitted_at || r.state === 'PENDING')
            continue;
        const commands = parseWaiverCommands(r.body);
        if (commands.length === 0)
            continue;
        raw.push({
            id: `r${r.id}`,
            author: r.user.login,
            at: r.submitted_at,
            url: r.html_url,
            hash: bodyHash(r.body),
            edited: false,
            commands,
        });
    }
    const decided = new Map();
    const sources = [];
    for (const s of raw) {
        const key = s.author.toLowerCase();
        if (!decided.has(key))
            decided.set(key, await refusal(client, repo, s.author, opts.policy, opts.prAuthor));
        sources.push({ ...s, refused: decided.get(key) ?? null });
    }
    return { sources, state: readState(sticky?.body) };
}
/** The status context branch protection requires: `mlgate`, or `mlgate/<key>` for other keys. */
function statusContext(commentKey) {
    return commentKey === 'default' ? 'mlgate' : `mlgate/${commentKey}`;
}
/** Set the head commit's status to the verdict; a failure is returned as text, never thrown. */
async function setCommitStatus(client, repo, sha, verdict) {
    try {
        await client.rest.repos.createCommitStatus({
            ...repo,
            sha,
            state: verdict.passed ? 'success' : 'failure',
            context: statusContext(verdict.commentKey),
            // GitHub refuses descriptions over 140 characters.
            description: verdict.description.slice(0, 140),
            ...(verdict.url ? { target_url: verdict.url } : {}),
        });
        return null;
    }
    catch (error) {
        const status = statusOf(error);
        return `could not set the commit status${status ? ` (HTTP ${status})` : ''}: ${status === 403
            ? 'grant the workflow `permissions: statuses: write`'
            : (0,formats_data/* errorText */.kc)(error).split('\n', 1)[0]}`;
    }
}

;// CONCATENATED MODULE: ./src/github/waive.ts
/**
 * The waiver steps of an Action run: resolve the pull request of an `issue_comment` event (whose
 * payload names no commits), apply the PR's authorised waivers to the report, and set the head
 * commit's status so branch protection sees a verdict re-evaluated without a push.
 */








const waive_SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/i;
/**
 * For `issue_comment`: look the PR up (base, head, body, author) so the run can read its head as
 * data. Returns the context unchanged for other events.
 */
async function withCommentPull(ctx, client) {
    if (!ctx.commentOn)
        return ctx;
    if (!client || !ctx.repo)
        throw new EventError('an issue_comment event needs `github-token` and GITHUB_REPOSITORY to look up the pull request');
    const { number, author } = ctx.commentOn;
    let data;
    try {
        ({ data } = await (await client()).rest.pulls.get({ ...ctx.repo, pull_number: number }));
    }
    catch (error) {
        throw new EventError(`cannot read pull request #${number} (${(0,formats_data/* errorText */.kc)(error)})`);
    }
    const pr = (0,formats_data/* isRecord */.u4)(data) ? data : {};
    const base = (0,formats_data/* isRecord */.u4)(pr.base) ? pr.base.sha : null;
    const head = (0,formats_data/* isRecord */.u4)(pr.head) ? pr.head.sha : null;
    if (typeof base !== 'string' || !waive_SHA.test(base) || typeof head !== 'string' || !waive_SHA.test(head))
        throw new EventError(`pull request #${number} has no base or head commit in the API response`);
    const body = typeof pr.body === 'string' ? pr.body.slice(0, constants/* Limits */.xu.prBodyChars) : '';
    const user = (0,formats_data/* isRecord */.u4)(pr.user) && typeof pr.user.login === 'string' ? pr.user.login : author;
    return {
        ...ctx,
        pr: { number, baseSha: base, headSha: head, body, author: user },
        base: { sha: base, parent: false },
    };
}
/**
 * Apply the PR's waivers when the base config has `waivers:`. API trouble never loses the report:
 * it becomes a warning and no waiver applies (fail closed), keeping the pinned state.
 */
async function applyPrWaivers(report, ctx, client, commentKey, now = new Date()) {
    const policy = report.config.waivers;
    if (!policy || !ctx.pr)
        return report;
    if (!client || !ctx.repo)
        return withFindings(report, [
            {
                level: 'warning',
                check: 'comment',
                message: 'waivers are configured but there is no `github-token`: no waiver was read',
            },
        ]);
    try {
        const found = await findWaivers(await client(), { ...ctx.repo, number: ctx.pr.number }, { commentKey, policy, prAuthor: ctx.pr.author });
        return waiveReport(report, { policy, ...found, edit: ctx.edit ?? null, now });
    }
    catch (error) {
        const message = `could not read the PR's waivers: ${(0,formats_data/* errorText */.kc)(error).split('\n', 1)[0]}; no waiver applies in this run`;
        core/* warning */.$e(message, { title: 'mlgate waivers' });
        return withFindings(report, [{ level: 'warning', check: 'comment', message }]);
    }
}
/**
 * Set the head commit's `mlgate` status to the verdict: on `issue_comment` and
 * `pull_request_review` (whose own check runs are not on the PR's head), and on every PR run when
 * waivers are on, so the one status branch protection requires always holds the latest verdict.
 */
async function publishStatus(report, ctx, client, commentKey) {
    const reevaluation = ctx.eventName === 'issue_comment' || ctx.eventName === 'pull_request_review';
    if (!ctx.pr || !ctx.repo || !client || !(reevaluation || report.config.waivers))
        return;
    const { errors, warnings, waived } = report.counts;
    const description = report.passed
        ? `ready to promote${waived ? ` (${waived} waived)` : ''}`
        : `promotion blocked: ${errors} errors, ${warnings} warnings${waived ? `, ${waived} waived` : ''}`;
    const failed = await setCommitStatus(await client(), ctx.repo, ctx.pr.headSha, {
        passed: report.passed,
        description,
        commentKey,
        ...(ctx.runUrl ? { url: ctx.runUrl } : {}),
    });
    if (failed)
        core/* warning */.$e(failed, { title: 'mlgate status' });
    else
        core/* info */.pq(`mlgate: commit status set on ${ctx.pr.headSha.slice(0, 7)}`);
}
/**
 * Publish mode: the artifact's waivers are not trusted (a fork's code could have written them), so
 * they are taken out; the record already in mlgate's comment is carried over unchanged, so the
 * next comment-triggered run still knows what each waiver covered.
 */
async function keepWaiverRecord(report, client, target, commentKey) {
    const stripped = withoutWaivers(report);
    try {
        const [sticky] = await findStickyComments(client, target, commentKey);
        const state = readState(sticky?.body);
        return state === null ? stripped : { ...stripped, waivers: { entries: [], state } };
    }
    catch {
        return stripped;
    }
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/config/select.ts
/** The files a model's checks read (metrics, references, manifest, contract, rollout, ledger). */
function modelFiles(model) {
    const production = model.production && model.production !== 'base' ? model.production : null;
    const metrics = model.metrics;
    const files = [
        ...(Array.isArray(metrics) ? metrics : [metrics]),
        model.baseline,
        production,
        model.manifest,
        model.contract,
        model.rollout,
        model.ledger,
    ];
    return [...new Set(files.filter((f) => typeof f === 'string' && f !== ''))];
}
/** The matrix list for `models` in force. */
function modelEntries(models) {
    return models.map((m) => ({ name: m.name, files: modelFiles(m) }));
}
/**
 * A model-name pattern as a RegExp: `*` matches any run of characters, `?` one character, the
 * rest literally (so `churn.v2` does not match `churnxv2`). Matching is case-sensitive, like names.
 */
function patternRegExp(pattern) {
    const body = [...pattern]
        .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&')))
        .join('');
    return new RegExp(`^${body}$`, 's');
}
/**
 * Split the `models` action input or repeated `--model` values into patterns: one per line or
 * comma, blanks dropped, duplicates kept once.
 */
function parsePatterns(values) {
    const out = values.flatMap((v) => v.split(/[\n,]/)).map((p) => p.trim());
    return [...new Set(out.filter((p) => p !== ''))];
}
/**
 * Keep the items whose name matches any pattern, in their original order. `unmatched` lists the
 * patterns that matched nothing: a matrix job whose filter selects nothing must fail, not pass
 * having checked nothing.
 */
function selectModels(items, name, patterns) {
    const res = patterns.map((p) => ({ p, re: patternRegExp(p), hit: false }));
    const selected = items.filter((item) => {
        let keep = false;
        for (const r of res) {
            if (r.re.test(name(item))) {
                r.hit = true;
                keep = true;
            }
        }
        return keep;
    });
    return { selected, unmatched: res.filter((r) => !r.hit).map((r) => r.p) };
}

;// CONCATENATED MODULE: ./src/inputs.ts
/**
 * The action's inputs (SPEC §1), read once into one typed settings object. Never read at import
 * time. action.yml defaults do not apply outside a runner, so an empty input means its default.
 */




/** A bad input value: names the input, the value and what was expected. */
class InputError extends Error {
    input;
    value;
    expected;
    constructor(input, value, expected) {
        super(`input "${input}": got "${value}"; expected ${expected}`);
        this.input = input;
        this.value = value;
        this.expected = expected;
        this.name = 'InputError';
    }
}
/** `comment-key` goes into an HTML comment marker: no spaces, no `--`, no `>`. */
const COMMENT_KEY = /^[A-Za-z0-9._/-]{1,64}$/;
/** The value of one input as the runner passes it: `INPUT_<NAME>` (spaces → `_`, upper case). */
function readInput(env, name) {
    return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
function oneOf(env, name, allowed, fallback) {
    const value = readInput(env, name);
    if (value === '')
        return fallback;
    if (!allowed.includes(value)) {
        throw new InputError(name, value, `one of ${allowed.map((a) => `"${a}"`).join(', ')}`);
    }
    return value;
}
/** YAML 1.2 core-schema booleans, as `core.getBooleanInput` accepts them. */
function booleanInput(env, name, fallback) {
    const value = readInput(env, name);
    if (value === '')
        return fallback;
    if (['true', 'True', 'TRUE'].includes(value))
        return true;
    if (['false', 'False', 'FALSE'].includes(value))
        return false;
    throw new InputError(name, value, '"true" or "false"');
}
/** Read and validate every input. Throws InputError on the first bad value. */
function getInputs(env = process.env) {
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    const commentKey = readInput(env, constants/* Inputs */.G0.CommentKey) || constants/* DEFAULT_COMMENT_KEY */.cb;
    if (!COMMENT_KEY.test(commentKey)) {
        throw new InputError(constants/* Inputs */.G0.CommentKey, commentKey, '1–64 characters from A–Z, a–z, 0–9, ".", "_", "/" and "-"');
    }
    if (commentKey.includes('--')) {
        throw new InputError(constants/* Inputs */.G0.CommentKey, commentKey, 'no "--" (it would end the HTML marker)');
    }
    const config = readInput(env, constants/* Inputs */.G0.Config) || constants/* DEFAULT_CONFIG */.PV;
    const maxFileMb = readInput(env, constants/* Inputs */.G0.MaxFileMb);
    const maxFileBytes = maxFileMb === '' ? undefined : (0,constants/* fileCapBytes */.UB)(maxFileMb);
    if (maxFileBytes === null)
        throw new InputError(constants/* Inputs */.G0.MaxFileMb, maxFileMb, `a number of MiB above 0 and at most ${constants/* Limits */.xu.maxFileBytes / 1024 / 1024}`);
    const report = readInput(env, constants/* Inputs */.G0.Report);
    return {
        token: readInput(env, constants/* Inputs */.G0.GitHubToken),
        config,
        configSource: oneOf(env, constants/* Inputs */.G0.ConfigSource, ['base', 'head'], 'base'),
        comment: booleanInput(env, constants/* Inputs */.G0.Comment, true),
        commentKey,
        failOn: oneOf(env, constants/* Inputs */.G0.FailOn, ['error', 'warning', 'never'], 'error'),
        mode: oneOf(env, constants/* Inputs */.G0.Mode, ['check', 'publish', 'models', 'merge'], 'check'),
        report: report
            ? (0,external_node_path_.isAbsolute)(report)
                ? report
                : (0,external_node_path_.resolve)(workspace, report)
            : (0,external_node_path_.join)(env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'mlgate-report.json'),
        models: parsePatterns([readInput(env, constants/* Inputs */.G0.Models)]),
        reports: readInput(env, constants/* Inputs */.G0.Reports)
            .split('\n')
            .map((p) => p.trim())
            .filter((p) => p !== '')
            .map((p) => ((0,external_node_path_.isAbsolute)(p) ? p : (0,external_node_path_.resolve)(workspace, p))),
        expectedModels: parsePatterns([readInput(env, constants/* Inputs */.G0.ExpectedModels)]),
        ...(maxFileBytes !== undefined ? { maxFileBytes } : {}),
    };
}

;// CONCATENATED MODULE: ./src/merge.ts
/**
 * Fan-in I/O (SPEC §11): find and read the matrix jobs' report files for `mlgate merge` and
 * `mode: merge`. Each file is parsed and validated on its own, so one bad artifact is a finding
 * naming it, never a crash; the merge itself is pure (`report/merge.ts`).
 */





/** Largest report file read (a 200-model report is a few MB). */
const merge_MAX_REPORT_BYTES = constants/* Limits */.xu.reportBytes;
/** Most bytes read over all report files of one merge: 2,000 files at the cap would be 64 GB. */
const MAX_TOTAL_BYTES = 256 * 1024 * 1024;
/** Most report files one merge reads. */
const MAX_REPORTS = 2000;
/** A path that names no report: says which and why. */
class ReportPathError extends Error {
    name = 'ReportPathError';
}
/** Every `*.json` under `dir`, sorted, recursively (download-artifact puts each artifact in its own folder). */
async function jsonFiles(dir, out) {
    const entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
    entries.sort((a, b) => (0,src_order/* byCodeUnit */.X)(a.name, b.name));
    for (const e of entries) {
        const path = (0,external_node_path_.join)(dir, e.name);
        if (e.isDirectory())
            await jsonFiles(path, out);
        else if (e.isFile() && e.name.endsWith('.json'))
            out.push(path);
        if (out.length > MAX_REPORTS)
            return;
    }
}
/**
 * The report files `paths` name: a file as it is, a directory as every `*.json` below it. A path
 * that does not exist, or a directory without reports, throws: merging what is there would pass a
 * PR whose reports were never downloaded.
 */
async function findReportFiles(paths) {
    if (paths.length === 0)
        throw new ReportPathError('no report given: expected report files or directories of reports');
    const files = [];
    for (const path of paths) {
        let info;
        try {
            info = await (0,promises_.stat)(path);
        }
        catch (error) {
            throw new ReportPathError(`cannot read "${path}" (${(0,formats_data/* errorText */.kc)(error)}); expected a report file or a directory of reports`);
        }
        if (info.isDirectory()) {
            const found = [];
            await jsonFiles(path, found);
            if (found.length === 0)
                throw new ReportPathError(`"${path}" holds no *.json report`);
            files.push(...found);
        }
        else
            files.push(path);
        if (files.length > MAX_REPORTS)
            throw new ReportPathError(`more than ${MAX_REPORTS} report files under ${paths.join(', ')}`);
    }
    return [...new Set(files)];
}
/**
 * Read and validate each report, one at a time (never all in memory at once), up to
 * MAX_TOTAL_BYTES in all; a bad one is an input carrying its error. With a budget (the Action),
 * validation counts against it.
 */
async function readReports(files, cwd = process.cwd(), budget, maxTotalBytes = MAX_TOTAL_BYTES) {
    // The report schema's validator is large: loaded only by the modes that read a report.
    const { parseReport } = await __webpack_require__.e(/* import() */ 898).then(__webpack_require__.bind(__webpack_require__, 898));
    const out = [];
    let total = 0;
    for (const path of files) {
        const rel = (0,external_node_path_.relative)(cwd, path);
        const file = rel && !rel.startsWith('..') ? rel : path;
        let text;
        try {
            const info = await (0,promises_.stat)(path);
            if (info.size > merge_MAX_REPORT_BYTES) {
                out.push({ file, error: `over ${merge_MAX_REPORT_BYTES} bytes; not an mlgate report` });
                continue;
            }
            if (total + info.size > maxTotalBytes) {
                out.push({ file, error: `not read: the reports before it already hold ${total} bytes` });
                continue;
            }
            total += info.size;
            text = await (0,promises_.readFile)(path, 'utf8');
        }
        catch (error) {
            out.push({ file, error: `cannot read it (${(0,formats_data/* errorText */.kc)(error)})` });
            continue;
        }
        const parsed = budget
            ? budget.measure('validating the reports', () => parseReport(text))
            : parseReport(text);
        out.push(parsed.ok
            ? { file, report: parsed.report }
            : { file, error: `not a valid mlgate report: ${parsed.errors.join('; ')}` });
    }
    return out;
}

// EXTERNAL MODULE: ./src/generated/config.validate.cjs
var config_validate = __webpack_require__(1632);
var config_validate_default = /*#__PURE__*/__webpack_require__.n(config_validate);
// EXTERNAL MODULE: ./src/formats/schema-errors.ts
var schema_errors = __webpack_require__(5337);
;// CONCATENATED MODULE: ./src/config/load.ts



// Precompiled from schemas/config.schema.json (scripts/compile-schemas.mjs) with `verbose`, which
// gives each error its `parentSchema`: the schemaPath of an error inside a `$ref`'d definition is
// relative to that definition, so it cannot be looked up from the root.
const validate = (config_validate_default());
/** Parse and validate a config text. Never throws. */
function loadConfig(file, text) {
    const parsed = (0,formats_data/* parseData */._0)(text);
    if (!parsed.ok) {
        return { ok: false, findings: [configError(file, parsed.line, parsed.message)] };
    }
    const { data, lineOf } = parsed.value;
    if (data === null || data === undefined) {
        return {
            ok: false,
            findings: [configError(file, 1, 'config is empty; expected `version: 1` and `models:`')],
        };
    }
    if (!validate(data)) {
        const findings = dedupe(validate.errors ?? []).map((e) => {
            const path = (0,schema_errors/* pointerToPath */.ox)(e.instancePath);
            const extra = e.keyword === 'additionalProperties' ? [e.params.additionalProperty] : [];
            return configError(file, lineOf([...path, ...extra]), load_describe(e, path, valueAt(data, path)));
        });
        return { ok: false, findings };
    }
    const config = data;
    const findings = semanticChecks(config, file, lineOf);
    const loaded = {
        config,
        file,
        gateLine: (m, g) => lineOf(['models', m, 'gates', g]),
        modelLine: (m, key) => lineOf(key ? ['models', m, key] : ['models', m]),
        lineOf,
    };
    if (findings.some((f) => f.level === 'error'))
        return { ok: false, findings };
    return { ok: true, loaded, findings };
}
/** Rules JSON Schema cannot say well: unique names, gates that can decide something. */
function semanticChecks(config, file, lineOf) {
    const findings = [];
    const seen = new Set();
    config.models.forEach((model, m) => {
        if (seen.has(model.name)) {
            findings.push(configError(file, lineOf(['models', m, 'name']), `model name "${model.name}" is used twice; names must be unique`));
        }
        seen.add(model.name);
        (model.gates ?? []).forEach((gate, g) => {
            const at = (msg) => findings.push(configError(file, lineOf(['models', m, 'gates', g]), `models[${m}].gates[${g}] (${gate.metric}): ${msg}`));
            const relative = ['max_drop', 'min_gain', 'max_drop_pct', 'min_gain_pct'].filter((k) => k in gate);
            if (relative.length > 0 && !gate.vs)
                at(`\`${relative[0]}\` needs \`vs: production\`, \`vs: baseline\` or \`vs: history\``);
            for (const key of ['window', 'of'])
                if (gate[key] !== undefined && gate.vs !== 'history')
                    at(`\`${key}\` applies only to \`vs: history\` gates`);
            if (relative.length > 1)
                at(`use one of ${relative.join(', ')}, not several`);
            if (!gate.vs && gate.min === undefined && gate.max === undefined) {
                at('gate has no threshold; expected `min`, `max`, or `vs` with `max_drop`/`min_gain`');
            }
            if (gate.min !== undefined && gate.max !== undefined && gate.min > gate.max) {
                at(`min ${gate.min} is greater than max ${gate.max}; no value can pass`);
            }
            if (gate.aggregate && gate.aggregate !== 'each' && !gate.metric.includes('*')) {
                at(`\`aggregate: ${gate.aggregate}\` needs a wildcard metric such as "slices.*.recall"`);
            }
            if (gate.metric.split('.').some((s) => s === ''))
                at('metric path has an empty segment');
        });
    });
    return findings;
}
function configError(file, line, message) {
    return { level: 'error', check: 'config', file, ...(line ? { line } : {}), message };
}
/** The value at a data path, to show what was written next to what was expected. */
function valueAt(data, path) {
    let v = data;
    for (const seg of path) {
        if (Array.isArray(v) && typeof seg === 'number')
            v = v[seg];
        else if ((0,formats_data/* isRecord */.u4)(v) && typeof seg === 'string' && Object.hasOwn(v, seg))
            v = v[seg];
        else
            return undefined;
    }
    return v;
}
/** `, got "0.75" (a string)`: what the user wrote, briefly. */
function got(value) {
    if (value === undefined)
        return '';
    const kind = value === null
        ? 'null'
        : Array.isArray(value)
            ? 'a list'
            : typeof value === 'object'
                ? 'a mapping'
                : `a ${typeof value}`;
    const shown = value !== null && typeof value === 'object' ? '' : ` ${JSON.stringify(value).slice(0, 60)}`;
    return `, got${shown} (${kind})`;
}
function load_describe(e, path, value) {
    const where = (0,formats_data/* formatPath */.jV)(path);
    switch (e.keyword) {
        case 'additionalProperties': {
            const key = String(e.params.additionalProperty);
            const parent = e.parentSchema;
            const allowed = Object.keys(parent?.properties ?? {});
            const hint = (0,schema_errors/* closest */.kp)(key, allowed);
            return `${where}: unknown key "${key}"${hint ? ` (did you mean "${hint}"?)` : ''}; expected one of: ${allowed.join(', ')}`;
        }
        case 'required':
            return `${where}: missing required key "${String(e.params.missingProperty)}"`;
        case 'enum': {
            const allowed = e.params.allowedValues.map(String);
            const typed = typeof value === 'string' ? value : undefined;
            // `warning` for `warn`: a prefix is as likely a slip as a typo.
            const hint = typed === undefined
                ? undefined
                : ((0,schema_errors/* closest */.kp)(typed, allowed) ??
                    allowed.find((a) => typed.startsWith(a) || a.startsWith(typed)));
            return `${where}: expected one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}${got(value)}${hint ? ` (did you mean "${hint}"?)` : ''}`;
        }
        case 'const':
            return `${where}: expected ${JSON.stringify(e.params.allowedValue)}${got(value)}`;
        case 'type': {
            const quoted = typeof value === 'string' &&
                /number|integer/.test(String(e.params.type)) &&
                value.trim() !== '' &&
                Number.isFinite(Number(value));
            return `${where}: expected ${String(e.params.type)}${got(value)}${quoted ? '; write the number without quotes' : ''}`;
        }
        default:
            return `${where}: ${e.message ?? 'invalid'}`;
    }
}
function dedupe(errors) {
    const seen = new Set();
    return errors.filter((e) => {
        const key = `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}

;// CONCATENATED MODULE: ./src/config/resolve.ts

async function loadFrom(source, path) {
    if (!source)
        return null;
    const read = await source.read(path);
    if (!read.ok) {
        if (read.reason === 'missing')
            return 'missing';
        return {
            ok: false,
            unreadable: true,
            findings: [{ level: 'error', check: 'config', file: read.path, message: read.message }],
        };
    }
    return loadConfig(read.path, read.text);
}
/**
 * The base config exists but cannot be applied. Fail closed: the PR's own config is shown for
 * information, and one error blocks, with how to repair (an mlgate upgrade that tightens the
 * schema must not hand every repository's policy to its PRs).
 */
function baseNotApplied(path, side) {
    const unreadable = side.unreadable === true;
    const first = side.findings[0]?.message ?? 'no detail';
    const message = unreadable
        ? `${path} at the base commit could not be read (${first}); the base branch's gates cannot be applied, so this PR is blocked instead of being judged by its own gates. Re-run the job; if it persists, check the token's \`contents: read\` permission and the API rate limit.`
        : `${path} at the base commit is not a valid config for this mlgate version (${first}); the base branch's gates cannot be applied, so this PR is blocked instead of being judged by its own gates. Repair it on the base branch (the repair PR is blocked too: land it with \`config-source: head\` for that run or an admin merge), or pin the mlgate version that accepted it.`;
    return {
        finding: {
            level: 'error',
            check: 'config',
            rule: 'config.base-not-applied',
            file: path,
            message,
        },
        note: `The config at the base commit ${unreadable ? 'could not be read' : 'is invalid'}: the gates shown are this PR's, for information only; the PR is blocked until the base config applies.`,
        details: unreadable
            ? []
            : side.findings.map((f) => ({
                ...f,
                level: 'warning',
                message: `at base: ${f.message}`,
            })),
    };
}
/** Decide which config is in force: the base's (default, so a PR cannot loosen its own gates) or the head's. */
async function resolveConfig(input) {
    const [baseRes, headRes] = await Promise.all([
        loadFrom(input.base, input.configPath),
        loadFrom(input.head, input.configPath),
    ]);
    const findings = [];
    const base = baseRes && baseRes !== 'missing' && baseRes.ok ? baseRes.loaded : null;
    const head = headRes && headRes !== 'missing' && headRes.ok ? headRes.loaded : null;
    if (headRes && headRes !== 'missing')
        findings.push(...headRes.findings);
    if (headRes === 'missing' && !(baseRes && baseRes !== 'missing')) {
        const looked = [input.head.label, ...(input.base ? [input.base.label] : [])].join(' nor in ');
        const tree = input.workingTree ? await loadFrom(input.workingTree, input.configPath) : null;
        if (tree && tree !== 'missing') {
            findings.push(...tree.findings);
            return {
                inForce: tree.ok ? tree.loaded : null,
                source: 'head',
                note: `No config in ${looked}: the gates are read from the working tree's ${input.configPath}.`,
                base,
                head: tree.ok ? tree.loaded : null,
                findings,
            };
        }
        findings.push({
            level: 'error',
            check: 'config',
            file: input.configPath,
            message: `${input.configPath}: no mlgate config found in ${looked}${input.workingTree ? ` nor in ${input.workingTree.label}` : ''}; run \`mlgate init\` to write a starter config`,
        });
        return { inForce: null, source: input.configSource, base, head, findings };
    }
    if (input.configSource === 'head' || !input.base) {
        return { inForce: head, source: 'head', base, head, findings };
    }
    if (baseRes === 'missing' || baseRes === null) {
        return {
            inForce: head,
            source: 'head',
            note: 'No config at the base commit (first adoption): the gates are read from this PR.',
            base,
            head,
            findings,
        };
    }
    if (!baseRes.ok) {
        const blocked = baseNotApplied(input.configPath, baseRes);
        findings.push(blocked.finding, ...blocked.details);
        return { inForce: head, source: 'head', note: blocked.note, base, head, findings };
    }
    if (headRes === 'missing') {
        findings.push({
            level: 'warning',
            check: 'policy',
            file: input.configPath,
            message: `${input.configPath}: this PR deletes the mlgate config; the base config stays in force`,
        });
    }
    return { inForce: base, source: 'base', base, head, findings };
}
/**
 * The models to evaluate and the config each one's gates come from: every model of the config in
 * force, plus (when that is the base's) models only the PR's config has. Those have no gates at
 * base to loosen, so evaluating the PR's gates only adds checks.
 */
function modelsInForce(resolved) {
    const inForce = resolved.inForce;
    if (!inForce)
        return [];
    const out = inForce.config.models.map((model, index) => ({
        model,
        index,
        loaded: inForce,
        fromHead: false,
    }));
    const head = resolved.head;
    if (resolved.source === 'base' && head) {
        const names = new Set(inForce.config.models.map((m) => m.name));
        head.config.models.forEach((model, index) => {
            if (!names.has(model.name))
                out.push({ model, index, loaded: head, fromHead: true });
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/models.ts
/**
 * Fan-out (SPEC §11): the models in force, resolved exactly as `check` resolves them (the base
 * config by default, plus models only the PR adds), as the list a dynamic matrix reads.
 */


/** List the models in force. Never throws for a bad config: its problems are findings. */
async function listModels(sides) {
    const resolved = await resolveConfig(sides);
    const models = modelEntries(modelsInForce(resolved).map((e) => e.model));
    return { models, findings: resolved.findings };
}

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

;// CONCATENATED MODULE: ./src/checks/checklist-evidence.ts

const RUN_FIELDS = ['code_sha', 'config_hash', 'dataset_version', 'seed'];
const DRIFT = /^(psi|js_distance|ks|empty_bins|drift)$/i;
const GUARDRAIL = /(latency|_ms$|^p\d{2}|cost)/i;
/** Most models named in one combined evidence detail. */
const MAX_DETAILS = 8;
const none = (what) => ({ ok: false, detail: `no ${what} configured` });
const EVIDENCE = {
    'prediction-contract': (m) => m.manifest?.evidence?.['prediction-contract'] ?? none('manifest'),
    'data-contract': (m) => m.contract?.evidence?.['data-contract'] ?? none('data contract'),
    leakage: (m) => m.contract?.evidence?.leakage ?? none('data contract'),
    'sensitive-data': (m) => m.contract?.evidence?.['sensitive-data'] ?? none('data contract'),
    artifact: (m) => m.manifest?.evidence?.artifact ?? none('manifest'),
    monitoring: (m) => m.manifest?.evidence?.monitoring ?? none('manifest'),
    reproducible,
    'baseline-production': baselineProduction,
    slices,
    'fail-closed': failClosed,
    serving,
};
/** The evidence one model gives for every machine-checkable item. */
function modelEvidence(config, model) {
    const mc = config.models.find((c) => c.name === model.name);
    const items = {};
    for (const [id, per] of Object.entries(EVIDENCE))
        items[id] = per(model, mc);
    return { model: model.name, items };
}
/** Evidence per item id, combined over every model: each must hold. Attestation-only items are absent. */
function combineEvidence(models) {
    const out = new Map();
    for (const id of Object.keys(EVIDENCE)) {
        if (models.length === 0) {
            out.set(id, { ok: false, detail: 'no model was evaluated' });
            continue;
        }
        const results = models.map((m) => ({
            name: m.model,
            ev: m.items[id] ?? { ok: false, detail: 'no evidence recorded' },
        }));
        if (results.length === 1) {
            out.set(id, results[0].ev);
            continue;
        }
        const failing = results.filter((r) => !r.ev.ok);
        const shown = failing.length > 0 ? failing : results;
        // A 200-model fan-in must not print 200 details in one checklist cell.
        const more = shown.length - MAX_DETAILS;
        const parts = shown.slice(0, MAX_DETAILS).map((r) => `${r.name}: ${r.ev.detail}`);
        if (more > 0)
            parts.push(`… and ${more} more models`);
        out.set(id, { ok: failing.length === 0, detail: parts.join('; ') });
    }
    return out;
}
/** Evidence per item id, combined over every model. Attestation-only items are absent. */
function checklistEvidence(config, models) {
    return combineEvidence(models.map((m) => modelEvidence(config, m)));
}
function present(v) {
    return v !== null && v !== undefined && String(v).trim() !== '';
}
function reproducible(m) {
    const missing = RUN_FIELDS.filter((f) => !present(m.meta[f]));
    if (missing.length === 0)
        return {
            ok: true,
            detail: `metrics meta: ${RUN_FIELDS.map((f) => `${f} ${String(m.meta[f])}`).join(', ')}`,
        };
    const run = m.manifest?.evidence?.reproducible;
    if (run?.ok)
        return run;
    const metaPart = `metrics meta lacks ${missing.join(', ')}`;
    return { ok: false, detail: run ? `${metaPart}; manifest: ${run.detail}` : metaPart };
}
function activeGates(config) {
    return (config?.gates ?? []).filter((g) => (g.level ?? 'error') !== 'off');
}
function baselineProduction(m, config) {
    const gates = activeGates(config);
    const parts = [];
    const lacking = [];
    for (const vs of ['baseline', 'production']) {
        const g = gates.find((x) => x.vs === vs);
        if (!g) {
            lacking.push(`no gate compares with ${vs}`);
            continue;
        }
        const evaluated = m.gates.filter((r) => r.vs === vs && r.status !== 'skip');
        if (evaluated.length === 0) {
            lacking.push(`the ${vs} comparison was skipped (no ${vs} metrics)`);
            continue;
        }
        parts.push(`${g.metric} vs ${vs}${threshold(g)}`);
    }
    if (lacking.length > 0)
        return { ok: false, detail: lacking.join('; ') };
    return { ok: true, detail: `gated: ${parts.join(', ')}` };
}
function threshold(g) {
    for (const k of ['max_drop', 'min_gain', 'max_drop_pct', 'min_gain_pct', 'min', 'max'])
        if (g[k] !== undefined)
            return ` (${k} ${(0,numbers/* fmt */.Sc)(g[k])})`;
    return '';
}
function isSliceGate(g) {
    const parts = g.metric.split('.');
    return parts.includes('*') && !parts.some((p) => DRIFT.test(p));
}
function isGuardrailGate(g) {
    return !g.vs && g.max !== undefined && g.metric.split('.').some((p) => GUARDRAIL.test(p));
}
/** A wildcard slice gate, and a latency/cost guardrail: a gate, or the rollout plan's guardrails. */
function slices(m, config) {
    const gates = activeGates(config);
    const slice = gates.find(isSliceGate);
    const guard = gates.find(isGuardrailGate);
    const rollout = m.rollout?.evidence?.guardrails;
    const guardText = guard
        ? `guardrail ${guard.metric} max ${(0,numbers/* fmt */.Sc)(guard.max)}`
        : rollout?.ok
            ? `rollout guardrails: ${rollout.detail}`
            : null;
    if (slice && guardText)
        return { ok: true, detail: `slice gate ${slice.metric}; ${guardText}` };
    const lacking = [
        ...(slice ? [] : ['no wildcard slice gate (e.g. slices.*.recall)']),
        ...(guardText ? [] : ['no latency or cost guardrail gate (e.g. latency.p95_ms max)']),
    ];
    return { ok: false, detail: lacking.join('; ') };
}
function failClosed(_m, config) {
    const errorGates = (config?.gates ?? []).filter((g) => (g.level ?? 'error') === 'error');
    if (errorGates.length === 0)
        return { ok: false, detail: 'no error-level gate is configured' };
    const optional = errorGates.filter((g) => g.required === false);
    if (optional.length > 0)
        return {
            ok: false,
            detail: `error-level gates with \`required: false\` pass when the metric is missing: ${optional.map((g) => g.metric).join(', ')}`,
        };
    return {
        ok: true,
        detail: `all ${errorGates.length} error-level gate${errorGates.length === 1 ? ' is' : 's are'} required`,
    };
}
function serving(m) {
    const manifest = m.manifest?.evidence?.serving ?? none('manifest');
    const rollback = m.rollout?.evidence?.rollback ?? none('rollout plan');
    return {
        ok: manifest.ok && rollback.ok,
        detail: `manifest: ${manifest.detail}; rollout: ${rollback.detail}`,
    };
}

;// CONCATENATED MODULE: ./src/checks/checklist.ts



/** The 12-item default ML review checklist: stable ids and texts. */
const DEFAULT_ITEMS = [
    ['prediction-contract', 'Prediction contract is explicit and testable'],
    [
        'data-contract',
        'Data contract defines entity grain, label timing, feature timing, and snapshot/version',
    ],
    ['leakage', 'Leakage risks were checked against prediction-time availability'],
    ['reproducible', 'Training is reproducible from code, config, data version, and seed'],
    ['baseline-production', 'Metrics compare against baseline and current production model'],
    ['slices', 'Slice metrics and guardrails are included for high-risk cohorts'],
    ['fail-closed', 'Promotion gates are automated and fail closed'],
    ['train-serve', 'Training and serving transformations are shared or equivalence-tested'],
    ['artifact', 'Model artifact carries version, config, dataset reference, and preprocessing'],
    ['serving', 'Serving path validates inputs and has timeout, fallback, and rollback behavior'],
    [
        'monitoring',
        'Monitoring covers system health, feature drift, prediction drift, and delayed labels',
    ],
    ['sensitive-data', 'Sensitive data is excluded from artifacts, logs, prompts, and examples'],
].map(([id, text]) => ({
    id,
    text,
    attest: true,
    // `fail-closed` is the gate itself: a PR cannot declare it does not apply.
    allowNa: id !== 'fail-closed',
    machine: id !== 'train-serve',
    custom: false,
}));
/** The checklist in force: the defaults, with config items overriding by id or appended. */
function checklistItems(config) {
    const items = DEFAULT_ITEMS.map((d) => ({ ...d }));
    for (const c of config?.items ?? []) {
        const at = items.findIndex((d) => d.id === c.id);
        if (at >= 0)
            items[at] = override(items[at], c);
        else
            items.push({
                id: c.id,
                text: c.text,
                attest: c.attest ?? true,
                allowNa: c.allow_na ?? true,
                machine: false,
                custom: true,
            });
    }
    return items;
}
function override(d, c) {
    return { ...d, text: c.text, attest: c.attest ?? d.attest, allowNa: c.allow_na ?? d.allowNa };
}
/**
 * The checklist snippet for a PR description. The hidden id marker keeps a box matched even when
 * its text is edited; the guidance sits in an HTML comment, which mlgate ignores when parsing.
 */
function checklistSnippet(items = DEFAULT_ITEMS) {
    return [
        '## mlgate review checklist',
        '',
        '<!-- Tick what you checked yourself. For an item that does not apply, write "N/A: reason" after its text.',
        '     Keep the mlgate:<id> comments: they match each box to its checklist item. -->',
        '',
        ...items.map((i) => `- [ ] ${i.text} <!-- mlgate:${i.id} -->`),
        '',
    ].join('\n');
}
/** Evaluate the checklist: every item's status, and the findings (required items missing, bad config, bad waivers). */
function evaluateChecklist(input) {
    const { config, configFile, configLine } = input;
    const items = checklistItems(config.checklist);
    const findings = [];
    const configFinding = (level, path, message) => {
        const line = configLine?.(path);
        findings.push({ level, check: 'config', file: configFile, ...(line ? { line } : {}), message });
    };
    const require = config.checklist?.require ?? [];
    const known = new Set(items.map((i) => i.id));
    require.forEach((id, n) => {
        if (known.has(id))
            return;
        const hint = (0,schema_errors/* closest */.kp)(id, [...known]);
        configFinding('error', ['checklist', 'require', n], `checklist.require: unknown item "${id}"${hint ? ` (did you mean "${hint}"?)` : ''}; expected one of: ${[...known].join(', ')}`);
    });
    (config.checklist?.items ?? []).forEach((c, n) => {
        const def = items.find((i) => i.id === c.id);
        if (def && !def.machine && !def.attest)
            configFinding('warning', ['checklist', 'items', n], `checklist item "${c.id}" has no machine evidence and \`attest: false\`: it can only be waived or missing`);
    });
    const basis = {
        configFile,
        items: items.map((item) => {
            const at = require.indexOf(item.id);
            const line = at >= 0 ? configLine?.(['checklist', 'require', at]) : undefined;
            return { ...item, required: at >= 0, ...(line ? { line } : {}) };
        }),
        tasks: input.tasks,
        evidence: input.models.map((m) => modelEvidence(config, m)),
    };
    const evaluated = checklistFromBasis(basis);
    return { section: evaluated.section, findings: [...findings, ...evaluated.findings] };
}
/** Evaluate the checklist from its recorded inputs: the items' statuses and the checklist findings. */
function checklistFromBasis(basis) {
    const evidence = combineEvidence(basis.evidence);
    const findings = [];
    const reports = basis.items.map((item) => evaluateItem(item, item.required, evidence.get(item.id) ?? null, basis.tasks));
    reports.forEach((r, n) => findings.push(...itemFindings(r, basis.items[n], basis)));
    if (basis.tasks)
        findings.push(...unknownIds(basis.tasks, new Set(basis.items.map((i) => i.id))));
    const counts = { evidence: 0, attested: 0, waived: 0, missing: 0 };
    for (const r of reports)
        counts[r.status]++;
    return {
        section: {
            source: basis.tasks ? 'pr-body' : 'none',
            items: reports,
            counts,
            snippet: checklistSnippet(basis.items),
            basis,
        },
        findings,
    };
}
/** The PR-body items that name this checklist item, by id marker or by exact text. */
function matches(item, tasks) {
    const text = normaliseText(item.text);
    return tasks.filter((t) => (t.id ? t.id === item.id : normaliseText(t.text) === text));
}
function evaluateItem(item, required, evidence, tasks) {
    const found = tasks ? matches(item, tasks) : [];
    const ticked = found.some((t) => t.checked && t.na === undefined);
    const waiver = found.find((t) => t.na !== undefined && t.na !== '');
    const base = {
        id: item.id,
        text: item.text,
        required,
        evidence,
        ticked,
        ...(item.custom ? { custom: true } : {}),
    };
    if (evidence?.ok) {
        return {
            ...base,
            status: 'evidence',
            detail: evidence.detail + (ticked ? ' (also ticked)' : ''),
        };
    }
    const why = evidence ? evidence.detail : item.custom ? 'no machine evidence' : 'attestation only';
    if (ticked && item.attest) {
        const detail = evidence
            ? `ticked in the PR body; the files do not show it: ${why}`
            : 'ticked in the PR body';
        return { ...base, status: 'attested', detail };
    }
    if (waiver && item.allowNa) {
        return { ...base, status: 'waived', detail: `N/A: ${waiver.na ?? ''}`, reason: waiver.na };
    }
    let detail = why;
    if (ticked && !item.attest)
        detail += '; a ticked box does not count for this item (`attest: false`)';
    else if (waiver)
        detail += '; N/A is not allowed for this item';
    else if (!tasks)
        detail += '; no PR body to read attestations from';
    else if (item.attest) {
        const lost = tasks.find((t) => t.checked && !t.id && resembles(t.text, item.text));
        detail += lost
            ? `; PR body line ${lost.line} has a ticked box like it, but its text differs and its \`<!-- mlgate:${item.id} -->\` comment is gone: add the comment back at the end of that line`
            : '; not ticked in the PR body';
    }
    return { ...base, status: 'missing', detail };
}
const significant = (text) => normaliseText(text)
    .toLowerCase()
    .split(/[^a-z0-9-]+/)
    .filter((w) => w.length >= 4);
/** A box whose text keeps most words of an item's text: an item edited and stripped of its id. */
function resembles(taskText, itemText) {
    const words = new Set(significant(taskText));
    const want = significant(itemText);
    const kept = want.filter((w) => words.has(w)).length;
    return kept >= 2 && kept * 2 >= want.length;
}
/** Id markers in the PR body that name no checklist item (a typo, or an item since removed). */
function unknownIds(tasks, known) {
    return tasks
        .filter((t) => t.id && !known.has(t.id))
        .map((t) => ({
        level: 'warning',
        check: 'checklist',
        rule: 'checklist.unknown-id',
        message: `PR body line ${t.line}: \`<!-- mlgate:${t.id} -->\` names no checklist item${closestHint(t.id, [...known])}; the box counts for nothing`,
    }));
}
function closestHint(id, known) {
    const hint = (0,schema_errors/* closest */.kp)(id, known);
    return hint ? ` (did you mean \`${hint}\`?)` : `; expected one of: ${known.join(', ')}`;
}
function itemFindings(r, item, basis) {
    const out = [];
    const found = basis.tasks ? matches(item, basis.tasks) : [];
    const emptyNa = found.find((t) => t.na === '');
    if (emptyNa && r.status !== 'waived')
        out.push({
            level: 'warning',
            check: 'checklist',
            rule: 'checklist.na-reason',
            message: `PR body line ${emptyNa.line}: "N/A:" on checklist item \`${r.id}\` needs a reason`,
        });
    const naRefused = found.find((t) => t.na) && !item.allowNa && r.status === 'missing';
    if (naRefused)
        out.push({
            level: 'warning',
            check: 'checklist',
            rule: 'checklist.na-not-allowed',
            message: `checklist item \`${r.id}\` cannot be waived with N/A`,
        });
    if (r.status !== 'missing')
        return out;
    if (r.required) {
        // Without a PR body (push, local CLI) nobody could tick a box: say so without blocking.
        const level = basis.tasks ? 'error' : 'warning';
        out.push({
            level,
            check: 'checklist',
            file: basis.configFile,
            ...(item.line ? { line: item.line } : {}),
            rule: 'checklist.missing',
            target: `checklist.${r.id}`,
            message: `required checklist item \`${r.id}\` is missing: ${r.detail}`,
        });
    }
    else {
        out.push({
            level: 'notice',
            check: 'checklist',
            rule: 'checklist.missing',
            target: `checklist.${r.id}`,
            message: `checklist item \`${r.id}\` is missing: ${r.detail}`,
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/stages/checklist.ts
/** The review checklist (SPEC §7): evidence from the other stages plus attestation in the PR body. */


/** Evaluate the checklist. Pure apart from being async like the other stages; never throws. */
async function checklistStage(ctx) {
    const tasks = ctx.prBody === null ? null : parseTaskItems(ctx.prBody);
    const { section, findings } = evaluateChecklist({
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
            target: gateTarget(model, g),
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
    const resolved = await resolveConfig(input);
    const findings = [...resolved.findings];
    const models = [];
    const inForce = resolved.inForce;
    // The config files themselves were read under the default cap; everything else under this one.
    const cap = fileCap(input.maxFileBytes, inForce);
    const headTree = (0,types/* withFileCap */.vd)(input.head, cap);
    const baseTree = input.base && (0,types/* withFileCap */.vd)(input.base, cap);
    const all = modelsInForce(resolved);
    const filter = input.models && input.models.length > 0 ? input.models : null;
    let chosen = all;
    if (inForce && filter) {
        const picked = selectModels(all, (e) => e.model.name, filter);
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
            const gates = evaluateGates(model.gates ?? [], {
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
    const sorted = (0,report_model/* sortFindings */.Tc)(findings);
    return {
        version: 1,
        ...(0,report_model/* verdict */.WJ)(sorted, input.failOn),
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

;// CONCATENATED MODULE: ./src/report/merge.ts
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
            const key = fieldsKey([
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
    const values = new Set(reports.map((r) => textKey(pick(r.report))));
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
            const first = byName.get(textKey(m.name));
            if (first !== undefined) {
                problems.push(problem(`model "${m.name}" is in two reports: ${first.file} and ${file}; each model must be checked by exactly one matrix job`));
                continue;
            }
            byName.set(textKey(m.name), { model: m, file });
        }
    }
    const order = expected ?? [...byName.values()].map((o) => o.model.name);
    const ordered = new Set(order.map(textKey));
    const missing = order.filter((n) => !byName.has(textKey(n)));
    if (missing.length > 0)
        problems.push(problem(`no report covers model${missing.length === 1 ? '' : 's'} ${list(missing)} (reports read: ${ok.map((r) => r.file).join(', ') || 'none'}); did its matrix job fail before uploading its report?`));
    const extra = [...byName].filter(([key]) => !ordered.has(key)).map(([, o]) => o.model.name);
    if (expected && extra.length > 0)
        problems.push(problem(`the reports cover model${extra.length === 1 ? '' : 's'} ${list(extra)} that ${extra.length === 1 ? 'is' : 'are'} not expected (expected: ${list(expected)})`));
    const models = [...order, ...extra].flatMap((n) => byName.get(textKey(n))?.model ?? []);
    // PR-level: the checklist once, over every model; the jobs' own checklist verdicts are dropped.
    const perJob = ok.map((r) => r.report.findings.filter((f) => f.check !== 'checklist' && f.check !== 'comment'));
    const basis = ok.map((r) => r.report.checklist?.basis).find((b) => !!b);
    let checklist;
    if (basis) {
        const names = new Set(models.map((m) => textKey(m.name)));
        const evidence = new Map();
        for (const r of ok)
            for (const e of r.report.checklist?.basis?.evidence ?? []) {
                const key = textKey(e.model);
                if (names.has(key) && !evidence.has(key))
                    evidence.set(key, e);
            }
        const merged = checklistFromBasis({
            ...basis,
            evidence: models.flatMap((m) => evidence.get(textKey(m.name)) ?? []),
        });
        checklist = merged.section;
        perJob.push(merged.findings);
    }
    const policy = new Map();
    for (const r of ok)
        for (const c of r.report.policyChanges)
            policy.set(fieldsKey([c]), c);
    const findings = (0,report_model/* sortFindings */.Tc)([...unionFindings(perJob), ...problems]);
    const first = ok[0]?.report;
    const runUrl = opts.runUrl ?? first?.run?.url;
    return {
        version: 1,
        ...(0,report_model/* verdict */.WJ)(findings, opts.failOn),
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
        tool: { name: 'mlgate', version: constants/* VERSION */.xv },
        ...(runUrl ? { run: { url: runUrl } } : {}),
    };
}

;// CONCATENATED MODULE: ./src/main.ts
/**
 * The Action: read inputs and the event, run the pipeline (or read a report in publish mode),
 * post the sticky comment, then write the report, job summary, annotations and outputs and decide
 * the job. The one place that calls `core.setFailed`.
 */



















/**
 * Post the sticky comment for `report` on PR `number`; failures become warning findings. With a
 * budget (a report mlgate did not make), rendering counts against it.
 */
async function comment(s, ctx, client, report, target, more = {}) {
    const { prepare, budget } = more;
    if (!s.comment)
        return { comment: null, findings: [] };
    if (!client || !ctx.repo) {
        const why = client ? 'GITHUB_REPOSITORY is not set' : 'no `github-token` was given';
        return warned([{ level: 'warning', check: 'comment', message: `not commenting: ${why}` }]);
    }
    const octokit = await client();
    const number = await target(octokit, ctx.repo);
    if (number === null)
        return { comment: null, findings: [] };
    if (typeof number !== 'number')
        return warned([number]);
    const shown = prepare ? await prepare(octokit, { ...ctx.repo, number }) : report;
    const render = () => renderComment(shown, {
        commentKey: s.commentKey,
        maxChars: constants/* Limits */.xu.commentChars,
        ...(budget ? { budget } : {}),
    });
    const { markdown } = budget ? budget.measure('rendering the comment', render) : render();
    // An old run must never overwrite a newer verdict: re-read the PR's head just before writing.
    // Who mlgate is (which comments are its own) is asked alongside: one round trip less.
    const [moved, author] = await Promise.all([
        report.pr.head ? headMoved(octokit, { ...ctx.repo, number }, report.pr.head) : null,
        whoAmI(octokit),
    ]);
    if (moved) {
        core/* info */.pq(`mlgate: ${moved}; not writing the comment (the newer run will)`);
        return { comment: null, findings: [] };
    }
    const posted = await publishComment(octokit, { ...ctx.repo, number }, s.commentKey, markdown, author);
    if (!posted.ok)
        return warned([posted.finding]);
    core/* info */.pq(`mlgate: sticky comment ${posted.result.action}: ${posted.result.url}`);
    return { comment: posted.result, findings: [] };
}
/** `mode: check`: evaluate head against base. Returns the failure line, or null. */
async function check(s, ctx, client) {
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
    if (ctx.workflowRun)
        core/* warning */.$e('mlgate: a workflow_run event in `mode: check`; did you mean `mode: publish`?');
    // A PR's run ends with a comment: load Octokit and node's fetch now, while git works (the
    // first fetch otherwise loads node's undici on the way to the API).
    if (ctx.pr && s.comment && client && ctx.repo)
        warmClient(client);
    const trees = await resolveTrees(workspace, ctx, client);
    let report = await runPipeline({
        head: trees.head,
        base: trees.base,
        configPath: s.config,
        configSource: s.configSource,
        prBody: ctx.pr ? ctx.pr.body : null,
        pr: { number: ctx.pr?.number ?? null, base: trees.baseSha, head: trees.headSha },
        failOn: s.failOn,
        ...(ctx.runUrl ? { runUrl: ctx.runUrl } : {}),
        ...(s.models.length > 0 ? { models: s.models } : {}),
        ...(s.maxFileBytes !== undefined ? { maxFileBytes: s.maxFileBytes } : {}),
    });
    report = withFindings(report, trees.findings);
    report = await applyPrWaivers(report, ctx, client, s.commentKey);
    // Only a PR gets a comment; push and workflow_dispatch report through the summary.
    const pr = ctx.pr;
    const posted = pr
        ? await comment(s, ctx, client, report, async () => pr.number).catch(failedComment)
        : { comment: null, findings: [] };
    report = withFindings(report, posted.findings);
    await publishStatus(report, ctx, client, s.commentKey);
    const writeError = await finish(s, report, posted.comment, { writeReport: true });
    const verdict = report.passed ? null : failureLine(report);
    return [writeError, verdict].filter(Boolean).join('; ') || null;
}
/**
 * Start loading the client's code and node's fetch implementation (touching `Headers` loads it),
 * without waiting: the run goes on with git and the pipeline meanwhile. A failure surfaces where
 * the client is used, as before.
 */
function warmClient(client) {
    client().then(() => globalThis.Headers, () => undefined);
}
/** `mode: models`: the models in force as the `models` output, for a dynamic matrix. */
async function models(s, ctx, client) {
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
    const trees = await resolveTrees(workspace, ctx, client);
    const list = await listModels({
        head: trees.head,
        base: trees.base,
        configPath: s.config,
        configSource: s.configSource,
    });
    const problems = [...trees.findings, ...list.findings];
    results_annotate(problems);
    for (const f of problems.filter((p) => !p.file))
        core/* warning */.$e(f.message);
    core/* setOutput */.uH(constants/* Outputs */.tY.Models, JSON.stringify(list.models));
    core/* info */.pq(`mlgate: ${list.models.length} models in force: ${list.models.map((m) => m.name).join(', ')}`);
    const errors = problems.filter((f) => f.level === 'error');
    if (errors.length > 0)
        return `mlgate: cannot list the models in force: ${errors[0].message}`;
    if (list.models.length === 0)
        return 'mlgate: the config in force lists no models';
    return null;
}
/**
 * Post a report made elsewhere (publish and merge mode) on the PR it names, through the one
 * trusted lookup: the PR comes from the event or the API, and must still have the report's head.
 */
function postVerified(s, ctx, client, report, budget) {
    return comment(s, ctx, client, report, async (octokit, repo) => {
        // Merge (not publish) in the PR's own workflow (same-repo matrix): the event names the PR, and the
        // reports must be for its head commit.
        if (s.mode === 'merge' && !ctx.workflowRun && ctx.pr)
            return report.pr?.head === ctx.pr.headSha
                ? ctx.pr.number
                : {
                    level: 'warning',
                    check: 'comment',
                    message: `the reports are for head ${report.pr?.head ?? 'none'}, not the PR's head ${ctx.pr.headSha}; not posting`,
                };
        const found = await findPublishTarget(octokit, repo, ctx, report);
        return found.ok ? found.target.number : found.finding;
    }, { prepare: (octokit, pr) => keepWaiverRecord(report, octokit, pr, s.commentKey), budget }).catch(failedComment);
}
/** `mode: publish`: post the comment from a report made by an earlier check. */
async function publish(s, ctx, client, budget) {
    let report = null;
    try {
        // The artifact is untrusted data: validated (readReportFile), its waivers dropped, its verdict
        // recomputed at the stricter of its own and this step's `fail-on`, its run link the event's.
        const read = withoutWaivers(await readReportFile(s.report, budget));
        const { recompute, stricterFailOn } = await __webpack_require__.e(/* import() */ 898).then(__webpack_require__.bind(__webpack_require__, 898));
        report = recompute({ ...read, run: ctx.workflowRun?.url ? { url: ctx.workflowRun.url } : {} }, stricterFailOn(read.failOn ?? 'error', s.failOn));
        report = withFindings(report, runConclusion(ctx, report));
        const posted = await postVerified(s, ctx, client, report, budget);
        report = withFindings(report, posted.findings);
        // The verdict already decided the check run; publishing only reports it.
        return await finish(s, report, posted.comment, { writeReport: false, budget });
    }
    catch (error) {
        if (error instanceof BudgetExceeded)
            return overBudget(s, ctx, report, error, false);
        throw error;
    }
}
/**
 * `mode: merge`: the matrix jobs' reports → one report, verdict, comment and summary. The comment
 * goes through the publish path; the merged verdict decides this job (the one to require).
 */
async function merge(s, ctx, client, budget) {
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
    if (s.reports.length === 0)
        throw new ReportPathError('input "reports": empty; expected the report files (or their directory) of the matrix jobs');
    const files = await findReportFiles(s.reports);
    let report = null;
    try {
        const inputs = await readReports(files, workspace, budget);
        // Waivers in artifacts are not trusted, as in publish mode.
        report = budget.measure('merging the reports', () => withoutWaivers(mergeReports(inputs, {
            failOn: s.failOn,
            ...(s.expectedModels.length > 0 ? { expected: s.expectedModels } : {}),
            ...(ctx.runUrl ? { runUrl: ctx.runUrl } : {}),
        })));
        for (const f of report.findings.filter((x) => x.check === 'merge'))
            core/* error */.z3(f.message, { title: 'mlgate merge' });
        const posted = await postVerified(s, ctx, client, report, budget);
        report = withFindings(report, posted.findings);
        // The matrix jobs annotated their own findings; doing it again here would double them.
        const writeError = await finish(s, report, posted.comment, {
            writeReport: true,
            annotate: false,
            budget,
        });
        const verdict = report.passed ? null : failureLine(report);
        return [writeError, verdict].filter(Boolean).join('; ') || null;
    }
    catch (error) {
        if (error instanceof BudgetExceeded)
            return overBudget(s, ctx, report, error, true);
        throw error;
    }
}
/**
 * The time budget for a report mlgate did not make is spent: fail closed. Nothing more is rendered
 * or posted; the job summary says why, the merged report (merge mode) is still written with the
 * reason as an error, and the outputs say not passed.
 */
async function overBudget(s, ctx, report, error, writeReport) {
    core/* error */.z3(error.message, { title: 'mlgate' });
    const reason = {
        level: 'error',
        check: s.mode === 'merge' ? 'merge' : 'comment',
        message: error.message,
    };
    // Over the budget before there was a report (validating or merging): one that says only why.
    const made = report
        ? withFindings(report, [reason])
        : {
            version: 1,
            ...(0,report_model/* verdict */.WJ)([reason], s.failOn),
            failOn: s.failOn,
            pr: { number: ctx.pr?.number ?? null, base: null, head: null },
            config: { file: s.config, source: s.configSource },
            policyChanges: [],
            models: [],
            findings: [reason],
            tool: { name: 'mlgate', version: constants/* VERSION */.xv },
        };
    // Not passed, whatever `fail-on` says: the report was never judged in full.
    const failed = { ...made, passed: false };
    await writeSummaryText(`## ❌ mlgate: report not rendered\n\n${error.message}.\n`);
    const writeError = writeReport ? await results_writeReport(s.report, failed) : null;
    setOutputs(failed, s.report, null);
    return [`mlgate: ${error.message}`, writeError].filter(Boolean).join('; ');
}
/**
 * A report that says "passed" from a check run that did not succeed is not believed: the run's
 * conclusion comes from the trusted event, the report from an artifact the PR could have written.
 */
function runConclusion(ctx, report) {
    const conclusion = ctx.workflowRun?.conclusion;
    if (!ctx.workflowRun || conclusion === 'success' || !report.passed)
        return [];
    return [
        {
            level: 'error',
            check: 'comment',
            message: `the check run concluded \`${conclusion ?? 'unknown'}\`, but its report says it passed: not posted as passing`,
        },
    ];
}
function failedComment(error) {
    // The budget is spent: not a comment problem but the end of the run (fail closed).
    if (error instanceof BudgetExceeded)
        throw error;
    const message = `could not post the sticky comment: ${(0,formats_data/* errorText */.kc)(error)}`;
    return warned([{ level: 'warning', check: 'comment', message }]);
}
/** Comment problems name no file, so they get no annotation: log them as they happen. */
function warned(findings) {
    for (const f of findings)
        core/* warning */.$e(f.message, { title: 'mlgate comment' });
    return { comment: null, findings };
}
/** Summary first (always), then the report, annotations and outputs. */
async function finish(s, report, posted, opts) {
    const { writeReport, annotate = writeReport, budget } = opts;
    await writeSummary(report, s.commentKey, budget);
    const writeError = writeReport ? await results_writeReport(s.report, report) : null;
    if (annotate)
        results_annotate(report.findings);
    setOutputs(report, s.report, posted);
    return writeError ? `mlgate: ${writeError}` : null;
}
async function run(options = {}) {
    try {
        const budget = options.budget ?? new Budget(constants/* Limits */.xu.reportBudgetMs);
        const settings = getInputs();
        if (settings.token)
            core/* setSecret */.Pq(settings.token);
        const client = lazyClient(settings.token);
        const ctx = await withCommentPull(await loadEventContext(process.env), client);
        if (ctx.eventName === 'issue_comment' && !ctx.pr) {
            core/* info */.pq('mlgate: a comment on an issue, not a pull request; nothing to check');
            return;
        }
        const failure = settings.mode === 'publish'
            ? await publish(settings, ctx, client, budget)
            : settings.mode === 'models'
                ? await models(settings, ctx, client)
                : settings.mode === 'merge'
                    ? await merge(settings, ctx, client, budget)
                    : await check(settings, ctx, client);
        if (failure)
            core/* setFailed */.C1(failure);
    }
    catch (error) {
        // Inputs, payload and report problems arrive here as typed errors; never a stack trace
        // (it is kept for step debug logging, ACTIONS_STEP_DEBUG).
        if (error instanceof Error && error.stack)
            core/* debug */.Yz(error.stack);
        core/* setFailed */.C1(`mlgate: ${(0,formats_data/* errorText */.kc)(error)}`);
    }
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

/***/ 6867:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G9: () => (/* binding */ TURN_ON),
/* harmony export */   Tc: () => (/* binding */ sortFindings),
/* harmony export */   W7: () => (/* binding */ addFindings),
/* harmony export */   WJ: () => (/* binding */ verdict),
/* harmony export */   aS: () => (/* binding */ messageAfterFile)
/* harmony export */ });
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

/***/ 3578:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ metricsStage),
/* harmony export */   a: () => (/* binding */ metricsPaths)
/* harmony export */ });
/* harmony import */ var _formats_data_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8877);
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


/***/ }),

/***/ 1632:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

// Generated by scripts/compile-schemas.mjs from schemas/config.schema.json; do not edit.
module.exports = validate10;module.exports["default"] = validate10;const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://mlgate.dev/schemas/config.schema.json","title":"mlgate configuration (.mlgate.yml)","type":"object","additionalProperties":false,"required":["version","models"],"properties":{"version":{"const":1,"description":"Config format version; must be 1."},"models":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/model"}},"rollout_policy":{"type":"object","additionalProperties":false,"properties":{"max_first_step":{"type":"number","minimum":0,"maximum":100},"min_bake":{"type":"string","pattern":"^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d)([0-9]+(\\.[0-9]+)?(ms|s|m|h|d))*$"},"min_analysis":{"type":"string","pattern":"^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d)([0-9]+(\\.[0-9]+)?(ms|s|m|h|d))*$"},"min_checks":{"type":"integer","minimum":0},"gate_before":{"type":"number","minimum":0,"maximum":100},"require_rollout":{"type":"boolean"}}},"contract_policy":{"type":"object","additionalProperties":false,"properties":{"require_ml":{"type":"boolean"},"breaking":{"enum":["error","warning","off"]}}},"comment":{"type":"object","additionalProperties":false,"properties":{"charts":{"type":"boolean"}}},"limits":{"type":"object","additionalProperties":false,"description":"Input limits. The config in force sets them (the base branch's by default, so a PR cannot raise them for itself).","properties":{"max_file_mb":{"type":"number","exclusiveMinimum":0,"maximum":64,"description":"Largest file mlgate reads, in MiB (default 10; 100,000 metrics as JSON are about 7 MB). YAML files are parsed up to 5 MiB whatever this says. --max-file-mb and the max-file-mb input override it."}}},"metrics_policy":{"type":"object","additionalProperties":false,"properties":{"psi_epsilon":{"type":"number","exclusiveMinimum":0,"maximum":0.1},"show_all":{"type":"boolean"}}},"checklist":{"type":"object","additionalProperties":false,"properties":{"enabled":{"type":"boolean"},"require":{"type":"array","items":{"type":"string","minLength":1},"uniqueItems":true},"items":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","text"],"properties":{"id":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]*$"},"text":{"type":"string","minLength":1},"attest":{"type":"boolean"},"allow_na":{"type":"boolean"}}}}}},"ledger_policy":{"type":"object","additionalProperties":false,"properties":{"require_entry_when_metrics_change":{"type":"boolean"},"append_only":{"type":"boolean"},"required_fields":{"type":"array","items":{"type":"string","minLength":1}}}},"waivers":{"description":"Who may waive a failing gate or finding with `/mlgate waive` in a PR comment or review (read from the base branch). Present, even as `{}`, turns waivers on.","type":"object","additionalProperties":false,"properties":{"permission":{"description":"Minimum repository permission of a waiver's author (default maintain).","enum":["read","triage","write","maintain","admin"]},"users":{"description":"If users or teams are set, the author must also be one of these logins or a member of one of the teams.","type":"array","items":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9-]{0,38}$"}},"teams":{"description":"Teams as org/team-slug; membership is read through the API (the token must be able to read the org's teams).","type":"array","items":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9][A-Za-z0-9._-]*$"}},"allow_self":{"description":"Let the PR's author waive findings on their own PR (default false).","type":"boolean"},"require_ledger":{"description":"A waived finding needs a new ledger entry of its model that names the waiver's target.","type":"boolean"}}}},"definitions":{"path":{"type":"string","minLength":1},"model":{"type":"object","additionalProperties":false,"required":["name","metrics"],"properties":{"name":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]*$"},"metrics":{"description":"A metrics file, a dvc.yaml, or a list of them; several files keep their own paths (gates may say `path:metric`)","anyOf":[{"$ref":"#/definitions/path"},{"type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"#/definitions/path"}}]},"baseline":{"$ref":"#/definitions/path"},"production":{"$ref":"#/definitions/path"},"references":{"description":"Where the baseline and production files are read: head (default; edits and additions by the PR are flagged) or base (the PR's base commit, so a PR cannot move its own reference).","enum":["head","base"]},"manifest":{"$ref":"#/definitions/path"},"contract":{"$ref":"#/definitions/path"},"rollout":{"$ref":"#/definitions/path"},"templates":{"description":"Files holding the Argo AnalysisTemplates / Flagger MetricTemplates the rollout plan names, read after the plan's own file and directory.","anyOf":[{"$ref":"#/definitions/path"},{"type":"array","items":{"$ref":"#/definitions/path"},"minItems":1}]},"ledger":{"$ref":"#/definitions/path"},"gates":{"type":"array","items":{"$ref":"#/definitions/gate"}}}},"gate":{"type":"object","additionalProperties":false,"required":["metric"],"properties":{"metric":{"type":"string","minLength":1},"name":{"type":"string"},"min":{"type":"number"},"max":{"type":"number"},"vs":{"enum":["production","baseline","history"]},"window":{"type":"integer","minimum":1,"maximum":100},"of":{"enum":["best","median","oldest"]},"max_drop":{"type":"number","minimum":0},"min_gain":{"type":"number"},"max_drop_pct":{"type":"number","minimum":0},"min_gain_pct":{"type":"number"},"better":{"enum":["higher","lower"]},"bound":{"enum":["value","lower","upper"]},"aggregate":{"enum":["each","min","max","mean","ratio","spread"]},"level":{"enum":["error","warn","off"]},"required":{"type":"boolean"}}}}};const func2 = Object.prototype.hasOwnProperty;const func4 = (__webpack_require__(6214)/* ["default"] */ .A);const schema12 = {"type":"object","additionalProperties":false,"required":["name","metrics"],"properties":{"name":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]*$"},"metrics":{"description":"A metrics file, a dvc.yaml, or a list of them; several files keep their own paths (gates may say `path:metric`)","anyOf":[{"$ref":"#/definitions/path"},{"type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"#/definitions/path"}}]},"baseline":{"$ref":"#/definitions/path"},"production":{"$ref":"#/definitions/path"},"references":{"description":"Where the baseline and production files are read: head (default; edits and additions by the PR are flagged) or base (the PR's base commit, so a PR cannot move its own reference).","enum":["head","base"]},"manifest":{"$ref":"#/definitions/path"},"contract":{"$ref":"#/definitions/path"},"rollout":{"$ref":"#/definitions/path"},"templates":{"description":"Files holding the Argo AnalysisTemplates / Flagger MetricTemplates the rollout plan names, read after the plan's own file and directory.","anyOf":[{"$ref":"#/definitions/path"},{"type":"array","items":{"$ref":"#/definitions/path"},"minItems":1}]},"ledger":{"$ref":"#/definitions/path"},"gates":{"type":"array","items":{"$ref":"#/definitions/gate"}}}};const schema13 = {"type":"string","minLength":1};const schema23 = {"type":"object","additionalProperties":false,"required":["metric"],"properties":{"metric":{"type":"string","minLength":1},"name":{"type":"string"},"min":{"type":"number"},"max":{"type":"number"},"vs":{"enum":["production","baseline","history"]},"window":{"type":"integer","minimum":1,"maximum":100},"of":{"enum":["best","median","oldest"]},"max_drop":{"type":"number","minimum":0},"min_gain":{"type":"number"},"max_drop_pct":{"type":"number","minimum":0},"min_gain_pct":{"type":"number"},"better":{"enum":["higher","lower"]},"bound":{"enum":["value","lower","upper"]},"aggregate":{"enum":["each","min","max","mean","ratio","spread"]},"level":{"enum":["error","warn","off"]},"required":{"type":"boolean"}}};const func0 = (__webpack_require__(4951)/* ["default"] */ .A);const pattern0 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]*$", "u");function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.name === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema12.required,parentSchema:schema12,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.metrics === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metrics"},message:"must have required property '"+"metrics"+"'",schema:schema12.required,parentSchema:schema12,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}for(const key0 in data){if(!(func2.call(schema12.properties, key0))){const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema12,data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.name !== undefined){let data0 = data.name;if(typeof data0 === "string"){if(!pattern0.test(data0)){const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9._-]*$",parentSchema:schema12.properties.name,data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}else {const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.name.type,parentSchema:schema12.properties.name,data:data0};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.metrics !== undefined){let data1 = data.metrics;const _errs5 = errors;let valid1 = false;const _errs6 = errors;if(typeof data1 === "string"){if(func4(data1) < 1){const err5 = {instancePath:instancePath+"/metrics",schemaPath:"#/definitions/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13,data:data1};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}else {const err6 = {instancePath:instancePath+"/metrics",schemaPath:"#/definitions/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data1};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}var _valid0 = _errs6 === errors;valid1 = valid1 || _valid0;if(!valid1){const _errs9 = errors;if(Array.isArray(data1)){if(data1.length < 1){const err7 = {instancePath:instancePath+"/metrics",schemaPath:"#/properties/metrics/anyOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema12.properties.metrics.anyOf[1],data:data1};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}const len0 = data1.length;for(let i0=0; i0<len0; i0++){let data2 = data1[i0];if(typeof data2 === "string"){if(func4(data2) < 1){const err8 = {instancePath:instancePath+"/metrics/" + i0,schemaPath:"#/definitions/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13,data:data2};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}else {const err9 = {instancePath:instancePath+"/metrics/" + i0,schemaPath:"#/definitions/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data2};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}let i1 = data1.length;let j0;if(i1 > 1){outer0:for(;i1--;){for(j0 = i1; j0--;){if(func0(data1[i1], data1[j0])){const err10 = {instancePath:instancePath+"/metrics",schemaPath:"#/properties/metrics/anyOf/1/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema12.properties.metrics.anyOf[1],data:data1};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;break outer0;}}}}}else {const err11 = {instancePath:instancePath+"/metrics",schemaPath:"#/properties/metrics/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema12.properties.metrics.anyOf[1].type,parentSchema:schema12.properties.metrics.anyOf[1],data:data1};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}var _valid0 = _errs9 === errors;valid1 = valid1 || _valid0;}if(!valid1){const err12 = {instancePath:instancePath+"/metrics",schemaPath:"#/properties/metrics/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema12.properties.metrics.anyOf,parentSchema:schema12.properties.metrics,data:data1};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}else {errors = _errs5;if(vErrors !== null){if(_errs5){vErrors.length = _errs5;}else {vErrors = null;}}}}if(data.baseline !== undefined){let data3 = data.baseline;if(typeof data3 === "string"){if(func4(data3) < 1){const err13 = {instancePath:instancePath+"/baseline",schemaPath:"#/definitions/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13,data:data3};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}else {const err14 = {instancePath:instancePath+"/baseline",schemaPath:"#/definitions/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data3};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data.production !== undefined){let data4 = data.production;if(typeof data4 === "string"){if(func4(data4) < 1){const err15 = {instancePath:instancePath+"/production",schemaPath:"#/definitions/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13,data:data4};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}else {const err16 = {instancePath:instancePath+"/production",schemaPath:"#/definitions/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data4};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data.references !== undefined){let data5 = data.references;if(!((data5 === "head") || (data5 === "base"))){const err17 = {instancePath:instancePath+"/references",schemaPath:"#/properties/references/enum",keyword:"enum",params:{allowedValues: schema12.properties.references.enum},message:"must be equal to one of the allowed values",schema:schema12.properties.references.enum,parentSchema:schema12.properties.references,data:data5};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data.manifest !== undefined){let data6 = data.manifest;if(typeof data6 === "string"){if(func4(data6) < 1){const err18 = {instancePath:instancePath+"/manifest",schemaPath:"#/definitions/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13,data:data6};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}else {const err19 = {instancePath:instancePath+"/manifest",schemaPath:"#/definitions/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data6};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data.contract !== undefined){let data7 = data.contract;if(typeof data7 === "string"){if(func4(data7) < 1){const err20 = {instancePath:instancePath+"/contract",schemaPath:"#/definitions/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13,data:data7};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}else {const err21 = {instancePath:instancePath+"/contract",schemaPath:"#/definitions/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data7};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data.rollout !== undefined){let data8 = data.rollout;if(typeof data8 === "string"){if(func4(data8) < 1){const err22 = {instancePath:instancePath+"/rollout",schemaPath:"#/definitions/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13,data:data8};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}else {const err23 = {instancePath:instancePath+"/rollout",schemaPath:"#/definitions/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data8};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data.templates !== undefined){let data9 = data.templates;const _errs31 = errors;let valid12 = false;const _errs32 = errors;if(typeof data9 === "string"){if(func4(data9) < 1){const err24 = {instancePath:instancePath+"/templates",schemaPath:"#/definitions/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13,data:data9};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}else {const err25 = {instancePath:instancePath+"/templates",schemaPath:"#/definitions/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data9};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}var _valid1 = _errs32 === errors;valid12 = valid12 || _valid1;if(!valid12){const _errs35 = errors;if(Array.isArray(data9)){if(data9.length < 1){const err26 = {instancePath:instancePath+"/templates",schemaPath:"#/properties/templates/anyOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema12.properties.templates.anyOf[1],data:data9};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}const len1 = data9.length;for(let i2=0; i2<len1; i2++){let data10 = data9[i2];if(typeof data10 === "string"){if(func4(data10) < 1){const err27 = {instancePath:instancePath+"/templates/" + i2,schemaPath:"#/definitions/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13,data:data10};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}else {const err28 = {instancePath:instancePath+"/templates/" + i2,schemaPath:"#/definitions/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data10};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}}else {const err29 = {instancePath:instancePath+"/templates",schemaPath:"#/properties/templates/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema12.properties.templates.anyOf[1].type,parentSchema:schema12.properties.templates.anyOf[1],data:data9};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}var _valid1 = _errs35 === errors;valid12 = valid12 || _valid1;}if(!valid12){const err30 = {instancePath:instancePath+"/templates",schemaPath:"#/properties/templates/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema12.properties.templates.anyOf,parentSchema:schema12.properties.templates,data:data9};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}else {errors = _errs31;if(vErrors !== null){if(_errs31){vErrors.length = _errs31;}else {vErrors = null;}}}}if(data.ledger !== undefined){let data11 = data.ledger;if(typeof data11 === "string"){if(func4(data11) < 1){const err31 = {instancePath:instancePath+"/ledger",schemaPath:"#/definitions/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13,data:data11};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}else {const err32 = {instancePath:instancePath+"/ledger",schemaPath:"#/definitions/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data11};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}if(data.gates !== undefined){let data12 = data.gates;if(Array.isArray(data12)){const len2 = data12.length;for(let i3=0; i3<len2; i3++){let data13 = data12[i3];if(data13 && typeof data13 == "object" && !Array.isArray(data13)){if(data13.metric === undefined){const err33 = {instancePath:instancePath+"/gates/" + i3,schemaPath:"#/definitions/gate/required",keyword:"required",params:{missingProperty: "metric"},message:"must have required property '"+"metric"+"'",schema:schema23.required,parentSchema:schema23,data:data13};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}for(const key1 in data13){if(!(func2.call(schema23.properties, key1))){const err34 = {instancePath:instancePath+"/gates/" + i3,schemaPath:"#/definitions/gate/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema23,data:data13};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}if(data13.metric !== undefined){let data14 = data13.metric;if(typeof data14 === "string"){if(func4(data14) < 1){const err35 = {instancePath:instancePath+"/gates/" + i3+"/metric",schemaPath:"#/definitions/gate/properties/metric/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema23.properties.metric,data:data14};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}else {const err36 = {instancePath:instancePath+"/gates/" + i3+"/metric",schemaPath:"#/definitions/gate/properties/metric/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.metric.type,parentSchema:schema23.properties.metric,data:data14};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}if(data13.name !== undefined){let data15 = data13.name;if(typeof data15 !== "string"){const err37 = {instancePath:instancePath+"/gates/" + i3+"/name",schemaPath:"#/definitions/gate/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.name.type,parentSchema:schema23.properties.name,data:data15};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}if(data13.min !== undefined){let data16 = data13.min;if(!((typeof data16 == "number") && (isFinite(data16)))){const err38 = {instancePath:instancePath+"/gates/" + i3+"/min",schemaPath:"#/definitions/gate/properties/min/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema23.properties.min.type,parentSchema:schema23.properties.min,data:data16};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}if(data13.max !== undefined){let data17 = data13.max;if(!((typeof data17 == "number") && (isFinite(data17)))){const err39 = {instancePath:instancePath+"/gates/" + i3+"/max",schemaPath:"#/definitions/gate/properties/max/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema23.properties.max.type,parentSchema:schema23.properties.max,data:data17};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}if(data13.vs !== undefined){let data18 = data13.vs;if(!(((data18 === "production") || (data18 === "baseline")) || (data18 === "history"))){const err40 = {instancePath:instancePath+"/gates/" + i3+"/vs",schemaPath:"#/definitions/gate/properties/vs/enum",keyword:"enum",params:{allowedValues: schema23.properties.vs.enum},message:"must be equal to one of the allowed values",schema:schema23.properties.vs.enum,parentSchema:schema23.properties.vs,data:data18};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}if(data13.window !== undefined){let data19 = data13.window;if(!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))){const err41 = {instancePath:instancePath+"/gates/" + i3+"/window",schemaPath:"#/definitions/gate/properties/window/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema23.properties.window.type,parentSchema:schema23.properties.window,data:data19};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}if((typeof data19 == "number") && (isFinite(data19))){if(data19 > 100 || isNaN(data19)){const err42 = {instancePath:instancePath+"/gates/" + i3+"/window",schemaPath:"#/definitions/gate/properties/window/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema23.properties.window,data:data19};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}if(data19 < 1 || isNaN(data19)){const err43 = {instancePath:instancePath+"/gates/" + i3+"/window",schemaPath:"#/definitions/gate/properties/window/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema23.properties.window,data:data19};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}}if(data13.of !== undefined){let data20 = data13.of;if(!(((data20 === "best") || (data20 === "median")) || (data20 === "oldest"))){const err44 = {instancePath:instancePath+"/gates/" + i3+"/of",schemaPath:"#/definitions/gate/properties/of/enum",keyword:"enum",params:{allowedValues: schema23.properties.of.enum},message:"must be equal to one of the allowed values",schema:schema23.properties.of.enum,parentSchema:schema23.properties.of,data:data20};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}if(data13.max_drop !== undefined){let data21 = data13.max_drop;if((typeof data21 == "number") && (isFinite(data21))){if(data21 < 0 || isNaN(data21)){const err45 = {instancePath:instancePath+"/gates/" + i3+"/max_drop",schemaPath:"#/definitions/gate/properties/max_drop/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema23.properties.max_drop,data:data21};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}else {const err46 = {instancePath:instancePath+"/gates/" + i3+"/max_drop",schemaPath:"#/definitions/gate/properties/max_drop/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema23.properties.max_drop.type,parentSchema:schema23.properties.max_drop,data:data21};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}if(data13.min_gain !== undefined){let data22 = data13.min_gain;if(!((typeof data22 == "number") && (isFinite(data22)))){const err47 = {instancePath:instancePath+"/gates/" + i3+"/min_gain",schemaPath:"#/definitions/gate/properties/min_gain/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema23.properties.min_gain.type,parentSchema:schema23.properties.min_gain,data:data22};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}if(data13.max_drop_pct !== undefined){let data23 = data13.max_drop_pct;if((typeof data23 == "number") && (isFinite(data23))){if(data23 < 0 || isNaN(data23)){const err48 = {instancePath:instancePath+"/gates/" + i3+"/max_drop_pct",schemaPath:"#/definitions/gate/properties/max_drop_pct/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema23.properties.max_drop_pct,data:data23};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}}else {const err49 = {instancePath:instancePath+"/gates/" + i3+"/max_drop_pct",schemaPath:"#/definitions/gate/properties/max_drop_pct/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema23.properties.max_drop_pct.type,parentSchema:schema23.properties.max_drop_pct,data:data23};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}if(data13.min_gain_pct !== undefined){let data24 = data13.min_gain_pct;if(!((typeof data24 == "number") && (isFinite(data24)))){const err50 = {instancePath:instancePath+"/gates/" + i3+"/min_gain_pct",schemaPath:"#/definitions/gate/properties/min_gain_pct/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema23.properties.min_gain_pct.type,parentSchema:schema23.properties.min_gain_pct,data:data24};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}}if(data13.better !== undefined){let data25 = data13.better;if(!((data25 === "higher") || (data25 === "lower"))){const err51 = {instancePath:instancePath+"/gates/" + i3+"/better",schemaPath:"#/definitions/gate/properties/better/enum",keyword:"enum",params:{allowedValues: schema23.properties.better.enum},message:"must be equal to one of the allowed values",schema:schema23.properties.better.enum,parentSchema:schema23.properties.better,data:data25};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}if(data13.bound !== undefined){let data26 = data13.bound;if(!(((data26 === "value") || (data26 === "lower")) || (data26 === "upper"))){const err52 = {instancePath:instancePath+"/gates/" + i3+"/bound",schemaPath:"#/definitions/gate/properties/bound/enum",keyword:"enum",params:{allowedValues: schema23.properties.bound.enum},message:"must be equal to one of the allowed values",schema:schema23.properties.bound.enum,parentSchema:schema23.properties.bound,data:data26};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}if(data13.aggregate !== undefined){let data27 = data13.aggregate;if(!((((((data27 === "each") || (data27 === "min")) || (data27 === "max")) || (data27 === "mean")) || (data27 === "ratio")) || (data27 === "spread"))){const err53 = {instancePath:instancePath+"/gates/" + i3+"/aggregate",schemaPath:"#/definitions/gate/properties/aggregate/enum",keyword:"enum",params:{allowedValues: schema23.properties.aggregate.enum},message:"must be equal to one of the allowed values",schema:schema23.properties.aggregate.enum,parentSchema:schema23.properties.aggregate,data:data27};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}if(data13.level !== undefined){let data28 = data13.level;if(!(((data28 === "error") || (data28 === "warn")) || (data28 === "off"))){const err54 = {instancePath:instancePath+"/gates/" + i3+"/level",schemaPath:"#/definitions/gate/properties/level/enum",keyword:"enum",params:{allowedValues: schema23.properties.level.enum},message:"must be equal to one of the allowed values",schema:schema23.properties.level.enum,parentSchema:schema23.properties.level,data:data28};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}}if(data13.required !== undefined){let data29 = data13.required;if(typeof data29 !== "boolean"){const err55 = {instancePath:instancePath+"/gates/" + i3+"/required",schemaPath:"#/definitions/gate/properties/required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema23.properties.required.type,parentSchema:schema23.properties.required,data:data29};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}}}else {const err56 = {instancePath:instancePath+"/gates/" + i3,schemaPath:"#/definitions/gate/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema23.type,parentSchema:schema23,data:data13};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}}}else {const err57 = {instancePath:instancePath+"/gates",schemaPath:"#/properties/gates/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema12.properties.gates.type,parentSchema:schema12.properties.gates,data:data12};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}}}else {const err58 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.type,parentSchema:schema12,data};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}validate11.errors = vErrors;return errors === 0;}const pattern1 = new RegExp("^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d)([0-9]+(\\.[0-9]+)?(ms|s|m|h|d))*$", "u");const pattern3 = new RegExp("^[a-z0-9][a-z0-9-]*$", "u");const pattern4 = new RegExp("^[A-Za-z0-9][A-Za-z0-9-]{0,38}$", "u");const pattern5 = new RegExp("^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9][A-Za-z0-9._-]*$", "u");function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="https://mlgate.dev/schemas/config.schema.json" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.version === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema11.required,parentSchema:schema11,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.models === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "models"},message:"must have required property '"+"models"+"'",schema:schema11.required,parentSchema:schema11,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}for(const key0 in data){if(!(func2.call(schema11.properties, key0))){const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema11,data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.version !== undefined){let data0 = data.version;if(1 !== data0){const err3 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant",schema:1,parentSchema:schema11.properties.version,data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.models !== undefined){let data1 = data.models;if(Array.isArray(data1)){if(data1.length < 1){const err4 = {instancePath:instancePath+"/models",schemaPath:"#/properties/models/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.models,data:data1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}const len0 = data1.length;for(let i0=0; i0<len0; i0++){if(!(validate11(data1[i0], {instancePath:instancePath+"/models/" + i0,parentData:data1,parentDataProperty:i0,rootData}))){vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);errors = vErrors.length;}}}else {const err5 = {instancePath:instancePath+"/models",schemaPath:"#/properties/models/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.models.type,parentSchema:schema11.properties.models,data:data1};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.rollout_policy !== undefined){let data3 = data.rollout_policy;if(data3 && typeof data3 == "object" && !Array.isArray(data3)){for(const key1 in data3){if(!((((((key1 === "max_first_step") || (key1 === "min_bake")) || (key1 === "min_analysis")) || (key1 === "min_checks")) || (key1 === "gate_before")) || (key1 === "require_rollout"))){const err6 = {instancePath:instancePath+"/rollout_policy",schemaPath:"#/properties/rollout_policy/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.rollout_policy,data:data3};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data3.max_first_step !== undefined){let data4 = data3.max_first_step;if((typeof data4 == "number") && (isFinite(data4))){if(data4 > 100 || isNaN(data4)){const err7 = {instancePath:instancePath+"/rollout_policy/max_first_step",schemaPath:"#/properties/rollout_policy/properties/max_first_step/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema11.properties.rollout_policy.properties.max_first_step,data:data4};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if(data4 < 0 || isNaN(data4)){const err8 = {instancePath:instancePath+"/rollout_policy/max_first_step",schemaPath:"#/properties/rollout_policy/properties/max_first_step/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.rollout_policy.properties.max_first_step,data:data4};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}else {const err9 = {instancePath:instancePath+"/rollout_policy/max_first_step",schemaPath:"#/properties/rollout_policy/properties/max_first_step/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.rollout_policy.properties.max_first_step.type,parentSchema:schema11.properties.rollout_policy.properties.max_first_step,data:data4};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data3.min_bake !== undefined){let data5 = data3.min_bake;if(typeof data5 === "string"){if(!pattern1.test(data5)){const err10 = {instancePath:instancePath+"/rollout_policy/min_bake",schemaPath:"#/properties/rollout_policy/properties/min_bake/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d)([0-9]+(\\.[0-9]+)?(ms|s|m|h|d))*$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d)([0-9]+(\\.[0-9]+)?(ms|s|m|h|d))*$"+"\"",schema:"^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d)([0-9]+(\\.[0-9]+)?(ms|s|m|h|d))*$",parentSchema:schema11.properties.rollout_policy.properties.min_bake,data:data5};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}else {const err11 = {instancePath:instancePath+"/rollout_policy/min_bake",schemaPath:"#/properties/rollout_policy/properties/min_bake/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.rollout_policy.properties.min_bake.type,parentSchema:schema11.properties.rollout_policy.properties.min_bake,data:data5};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data3.min_analysis !== undefined){let data6 = data3.min_analysis;if(typeof data6 === "string"){if(!pattern1.test(data6)){const err12 = {instancePath:instancePath+"/rollout_policy/min_analysis",schemaPath:"#/properties/rollout_policy/properties/min_analysis/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d)([0-9]+(\\.[0-9]+)?(ms|s|m|h|d))*$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d)([0-9]+(\\.[0-9]+)?(ms|s|m|h|d))*$"+"\"",schema:"^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d)([0-9]+(\\.[0-9]+)?(ms|s|m|h|d))*$",parentSchema:schema11.properties.rollout_policy.properties.min_analysis,data:data6};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}else {const err13 = {instancePath:instancePath+"/rollout_policy/min_analysis",schemaPath:"#/properties/rollout_policy/properties/min_analysis/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.rollout_policy.properties.min_analysis.type,parentSchema:schema11.properties.rollout_policy.properties.min_analysis,data:data6};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data3.min_checks !== undefined){let data7 = data3.min_checks;if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){const err14 = {instancePath:instancePath+"/rollout_policy/min_checks",schemaPath:"#/properties/rollout_policy/properties/min_checks/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.rollout_policy.properties.min_checks.type,parentSchema:schema11.properties.rollout_policy.properties.min_checks,data:data7};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}if((typeof data7 == "number") && (isFinite(data7))){if(data7 < 0 || isNaN(data7)){const err15 = {instancePath:instancePath+"/rollout_policy/min_checks",schemaPath:"#/properties/rollout_policy/properties/min_checks/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.rollout_policy.properties.min_checks,data:data7};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}}if(data3.gate_before !== undefined){let data8 = data3.gate_before;if((typeof data8 == "number") && (isFinite(data8))){if(data8 > 100 || isNaN(data8)){const err16 = {instancePath:instancePath+"/rollout_policy/gate_before",schemaPath:"#/properties/rollout_policy/properties/gate_before/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema11.properties.rollout_policy.properties.gate_before,data:data8};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}if(data8 < 0 || isNaN(data8)){const err17 = {instancePath:instancePath+"/rollout_policy/gate_before",schemaPath:"#/properties/rollout_policy/properties/gate_before/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.rollout_policy.properties.gate_before,data:data8};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}else {const err18 = {instancePath:instancePath+"/rollout_policy/gate_before",schemaPath:"#/properties/rollout_policy/properties/gate_before/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.rollout_policy.properties.gate_before.type,parentSchema:schema11.properties.rollout_policy.properties.gate_before,data:data8};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data3.require_rollout !== undefined){let data9 = data3.require_rollout;if(typeof data9 !== "boolean"){const err19 = {instancePath:instancePath+"/rollout_policy/require_rollout",schemaPath:"#/properties/rollout_policy/properties/require_rollout/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.rollout_policy.properties.require_rollout.type,parentSchema:schema11.properties.rollout_policy.properties.require_rollout,data:data9};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}}else {const err20 = {instancePath:instancePath+"/rollout_policy",schemaPath:"#/properties/rollout_policy/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.rollout_policy.type,parentSchema:schema11.properties.rollout_policy,data:data3};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data.contract_policy !== undefined){let data10 = data.contract_policy;if(data10 && typeof data10 == "object" && !Array.isArray(data10)){for(const key2 in data10){if(!((key2 === "require_ml") || (key2 === "breaking"))){const err21 = {instancePath:instancePath+"/contract_policy",schemaPath:"#/properties/contract_policy/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.contract_policy,data:data10};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data10.require_ml !== undefined){let data11 = data10.require_ml;if(typeof data11 !== "boolean"){const err22 = {instancePath:instancePath+"/contract_policy/require_ml",schemaPath:"#/properties/contract_policy/properties/require_ml/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.contract_policy.properties.require_ml.type,parentSchema:schema11.properties.contract_policy.properties.require_ml,data:data11};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data10.breaking !== undefined){let data12 = data10.breaking;if(!(((data12 === "error") || (data12 === "warning")) || (data12 === "off"))){const err23 = {instancePath:instancePath+"/contract_policy/breaking",schemaPath:"#/properties/contract_policy/properties/breaking/enum",keyword:"enum",params:{allowedValues: schema11.properties.contract_policy.properties.breaking.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.contract_policy.properties.breaking.enum,parentSchema:schema11.properties.contract_policy.properties.breaking,data:data12};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}}else {const err24 = {instancePath:instancePath+"/contract_policy",schemaPath:"#/properties/contract_policy/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.contract_policy.type,parentSchema:schema11.properties.contract_policy,data:data10};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data.comment !== undefined){let data13 = data.comment;if(data13 && typeof data13 == "object" && !Array.isArray(data13)){for(const key3 in data13){if(!(key3 === "charts")){const err25 = {instancePath:instancePath+"/comment",schemaPath:"#/properties/comment/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.comment,data:data13};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(data13.charts !== undefined){let data14 = data13.charts;if(typeof data14 !== "boolean"){const err26 = {instancePath:instancePath+"/comment/charts",schemaPath:"#/properties/comment/properties/charts/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.comment.properties.charts.type,parentSchema:schema11.properties.comment.properties.charts,data:data14};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}}else {const err27 = {instancePath:instancePath+"/comment",schemaPath:"#/properties/comment/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.comment.type,parentSchema:schema11.properties.comment,data:data13};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}if(data.limits !== undefined){let data15 = data.limits;if(data15 && typeof data15 == "object" && !Array.isArray(data15)){for(const key4 in data15){if(!(key4 === "max_file_mb")){const err28 = {instancePath:instancePath+"/limits",schemaPath:"#/properties/limits/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.limits,data:data15};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}if(data15.max_file_mb !== undefined){let data16 = data15.max_file_mb;if((typeof data16 == "number") && (isFinite(data16))){if(data16 > 64 || isNaN(data16)){const err29 = {instancePath:instancePath+"/limits/max_file_mb",schemaPath:"#/properties/limits/properties/max_file_mb/maximum",keyword:"maximum",params:{comparison: "<=", limit: 64},message:"must be <= 64",schema:64,parentSchema:schema11.properties.limits.properties.max_file_mb,data:data16};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}if(data16 <= 0 || isNaN(data16)){const err30 = {instancePath:instancePath+"/limits/max_file_mb",schemaPath:"#/properties/limits/properties/max_file_mb/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema11.properties.limits.properties.max_file_mb,data:data16};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}else {const err31 = {instancePath:instancePath+"/limits/max_file_mb",schemaPath:"#/properties/limits/properties/max_file_mb/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.limits.properties.max_file_mb.type,parentSchema:schema11.properties.limits.properties.max_file_mb,data:data16};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}}else {const err32 = {instancePath:instancePath+"/limits",schemaPath:"#/properties/limits/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.limits.type,parentSchema:schema11.properties.limits,data:data15};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}if(data.metrics_policy !== undefined){let data17 = data.metrics_policy;if(data17 && typeof data17 == "object" && !Array.isArray(data17)){for(const key5 in data17){if(!((key5 === "psi_epsilon") || (key5 === "show_all"))){const err33 = {instancePath:instancePath+"/metrics_policy",schemaPath:"#/properties/metrics_policy/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.metrics_policy,data:data17};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}if(data17.psi_epsilon !== undefined){let data18 = data17.psi_epsilon;if((typeof data18 == "number") && (isFinite(data18))){if(data18 > 0.1 || isNaN(data18)){const err34 = {instancePath:instancePath+"/metrics_policy/psi_epsilon",schemaPath:"#/properties/metrics_policy/properties/psi_epsilon/maximum",keyword:"maximum",params:{comparison: "<=", limit: 0.1},message:"must be <= 0.1",schema:0.1,parentSchema:schema11.properties.metrics_policy.properties.psi_epsilon,data:data18};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}if(data18 <= 0 || isNaN(data18)){const err35 = {instancePath:instancePath+"/metrics_policy/psi_epsilon",schemaPath:"#/properties/metrics_policy/properties/psi_epsilon/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema11.properties.metrics_policy.properties.psi_epsilon,data:data18};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}else {const err36 = {instancePath:instancePath+"/metrics_policy/psi_epsilon",schemaPath:"#/properties/metrics_policy/properties/psi_epsilon/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.metrics_policy.properties.psi_epsilon.type,parentSchema:schema11.properties.metrics_policy.properties.psi_epsilon,data:data18};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}if(data17.show_all !== undefined){let data19 = data17.show_all;if(typeof data19 !== "boolean"){const err37 = {instancePath:instancePath+"/metrics_policy/show_all",schemaPath:"#/properties/metrics_policy/properties/show_all/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.metrics_policy.properties.show_all.type,parentSchema:schema11.properties.metrics_policy.properties.show_all,data:data19};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}}else {const err38 = {instancePath:instancePath+"/metrics_policy",schemaPath:"#/properties/metrics_policy/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.metrics_policy.type,parentSchema:schema11.properties.metrics_policy,data:data17};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}if(data.checklist !== undefined){let data20 = data.checklist;if(data20 && typeof data20 == "object" && !Array.isArray(data20)){for(const key6 in data20){if(!(((key6 === "enabled") || (key6 === "require")) || (key6 === "items"))){const err39 = {instancePath:instancePath+"/checklist",schemaPath:"#/properties/checklist/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.checklist,data:data20};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}if(data20.enabled !== undefined){let data21 = data20.enabled;if(typeof data21 !== "boolean"){const err40 = {instancePath:instancePath+"/checklist/enabled",schemaPath:"#/properties/checklist/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.checklist.properties.enabled.type,parentSchema:schema11.properties.checklist.properties.enabled,data:data21};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}if(data20.require !== undefined){let data22 = data20.require;if(Array.isArray(data22)){const len1 = data22.length;for(let i1=0; i1<len1; i1++){let data23 = data22[i1];if(typeof data23 === "string"){if(func4(data23) < 1){const err41 = {instancePath:instancePath+"/checklist/require/" + i1,schemaPath:"#/properties/checklist/properties/require/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.checklist.properties.require.items,data:data23};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}else {const err42 = {instancePath:instancePath+"/checklist/require/" + i1,schemaPath:"#/properties/checklist/properties/require/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.checklist.properties.require.items.type,parentSchema:schema11.properties.checklist.properties.require.items,data:data23};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}let i2 = data22.length;let j0;if(i2 > 1){const indices0 = {};for(;i2--;){let item0 = data22[i2];if(typeof item0 !== "string"){continue;}if(typeof indices0[item0] == "number"){j0 = indices0[item0];const err43 = {instancePath:instancePath+"/checklist/require",schemaPath:"#/properties/checklist/properties/require/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)",schema:true,parentSchema:schema11.properties.checklist.properties.require,data:data22};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;break;}indices0[item0] = i2;}}}else {const err44 = {instancePath:instancePath+"/checklist/require",schemaPath:"#/properties/checklist/properties/require/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.checklist.properties.require.type,parentSchema:schema11.properties.checklist.properties.require,data:data22};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}if(data20.items !== undefined){let data24 = data20.items;if(Array.isArray(data24)){const len2 = data24.length;for(let i3=0; i3<len2; i3++){let data25 = data24[i3];if(data25 && typeof data25 == "object" && !Array.isArray(data25)){if(data25.id === undefined){const err45 = {instancePath:instancePath+"/checklist/items/" + i3,schemaPath:"#/properties/checklist/properties/items/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema11.properties.checklist.properties.items.items.required,parentSchema:schema11.properties.checklist.properties.items.items,data:data25};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}if(data25.text === undefined){const err46 = {instancePath:instancePath+"/checklist/items/" + i3,schemaPath:"#/properties/checklist/properties/items/items/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema11.properties.checklist.properties.items.items.required,parentSchema:schema11.properties.checklist.properties.items.items,data:data25};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}for(const key7 in data25){if(!((((key7 === "id") || (key7 === "text")) || (key7 === "attest")) || (key7 === "allow_na"))){const err47 = {instancePath:instancePath+"/checklist/items/" + i3,schemaPath:"#/properties/checklist/properties/items/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.checklist.properties.items.items,data:data25};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}if(data25.id !== undefined){let data26 = data25.id;if(typeof data26 === "string"){if(!pattern3.test(data26)){const err48 = {instancePath:instancePath+"/checklist/items/" + i3+"/id",schemaPath:"#/properties/checklist/properties/items/items/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\"",schema:"^[a-z0-9][a-z0-9-]*$",parentSchema:schema11.properties.checklist.properties.items.items.properties.id,data:data26};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}}else {const err49 = {instancePath:instancePath+"/checklist/items/" + i3+"/id",schemaPath:"#/properties/checklist/properties/items/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.checklist.properties.items.items.properties.id.type,parentSchema:schema11.properties.checklist.properties.items.items.properties.id,data:data26};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}if(data25.text !== undefined){let data27 = data25.text;if(typeof data27 === "string"){if(func4(data27) < 1){const err50 = {instancePath:instancePath+"/checklist/items/" + i3+"/text",schemaPath:"#/properties/checklist/properties/items/items/properties/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.checklist.properties.items.items.properties.text,data:data27};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}}else {const err51 = {instancePath:instancePath+"/checklist/items/" + i3+"/text",schemaPath:"#/properties/checklist/properties/items/items/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.checklist.properties.items.items.properties.text.type,parentSchema:schema11.properties.checklist.properties.items.items.properties.text,data:data27};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}if(data25.attest !== undefined){let data28 = data25.attest;if(typeof data28 !== "boolean"){const err52 = {instancePath:instancePath+"/checklist/items/" + i3+"/attest",schemaPath:"#/properties/checklist/properties/items/items/properties/attest/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.checklist.properties.items.items.properties.attest.type,parentSchema:schema11.properties.checklist.properties.items.items.properties.attest,data:data28};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}if(data25.allow_na !== undefined){let data29 = data25.allow_na;if(typeof data29 !== "boolean"){const err53 = {instancePath:instancePath+"/checklist/items/" + i3+"/allow_na",schemaPath:"#/properties/checklist/properties/items/items/properties/allow_na/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.checklist.properties.items.items.properties.allow_na.type,parentSchema:schema11.properties.checklist.properties.items.items.properties.allow_na,data:data29};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}}else {const err54 = {instancePath:instancePath+"/checklist/items/" + i3,schemaPath:"#/properties/checklist/properties/items/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.checklist.properties.items.items.type,parentSchema:schema11.properties.checklist.properties.items.items,data:data25};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}}}else {const err55 = {instancePath:instancePath+"/checklist/items",schemaPath:"#/properties/checklist/properties/items/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.checklist.properties.items.type,parentSchema:schema11.properties.checklist.properties.items,data:data24};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}}}else {const err56 = {instancePath:instancePath+"/checklist",schemaPath:"#/properties/checklist/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.checklist.type,parentSchema:schema11.properties.checklist,data:data20};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}}if(data.ledger_policy !== undefined){let data30 = data.ledger_policy;if(data30 && typeof data30 == "object" && !Array.isArray(data30)){for(const key8 in data30){if(!(((key8 === "require_entry_when_metrics_change") || (key8 === "append_only")) || (key8 === "required_fields"))){const err57 = {instancePath:instancePath+"/ledger_policy",schemaPath:"#/properties/ledger_policy/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.ledger_policy,data:data30};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}}if(data30.require_entry_when_metrics_change !== undefined){let data31 = data30.require_entry_when_metrics_change;if(typeof data31 !== "boolean"){const err58 = {instancePath:instancePath+"/ledger_policy/require_entry_when_metrics_change",schemaPath:"#/properties/ledger_policy/properties/require_entry_when_metrics_change/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.ledger_policy.properties.require_entry_when_metrics_change.type,parentSchema:schema11.properties.ledger_policy.properties.require_entry_when_metrics_change,data:data31};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}}if(data30.append_only !== undefined){let data32 = data30.append_only;if(typeof data32 !== "boolean"){const err59 = {instancePath:instancePath+"/ledger_policy/append_only",schemaPath:"#/properties/ledger_policy/properties/append_only/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.ledger_policy.properties.append_only.type,parentSchema:schema11.properties.ledger_policy.properties.append_only,data:data32};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}}if(data30.required_fields !== undefined){let data33 = data30.required_fields;if(Array.isArray(data33)){const len3 = data33.length;for(let i4=0; i4<len3; i4++){let data34 = data33[i4];if(typeof data34 === "string"){if(func4(data34) < 1){const err60 = {instancePath:instancePath+"/ledger_policy/required_fields/" + i4,schemaPath:"#/properties/ledger_policy/properties/required_fields/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.ledger_policy.properties.required_fields.items,data:data34};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}}else {const err61 = {instancePath:instancePath+"/ledger_policy/required_fields/" + i4,schemaPath:"#/properties/ledger_policy/properties/required_fields/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.ledger_policy.properties.required_fields.items.type,parentSchema:schema11.properties.ledger_policy.properties.required_fields.items,data:data34};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}}}else {const err62 = {instancePath:instancePath+"/ledger_policy/required_fields",schemaPath:"#/properties/ledger_policy/properties/required_fields/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.ledger_policy.properties.required_fields.type,parentSchema:schema11.properties.ledger_policy.properties.required_fields,data:data33};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}}}else {const err63 = {instancePath:instancePath+"/ledger_policy",schemaPath:"#/properties/ledger_policy/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.ledger_policy.type,parentSchema:schema11.properties.ledger_policy,data:data30};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}}if(data.waivers !== undefined){let data35 = data.waivers;if(data35 && typeof data35 == "object" && !Array.isArray(data35)){for(const key9 in data35){if(!(((((key9 === "permission") || (key9 === "users")) || (key9 === "teams")) || (key9 === "allow_self")) || (key9 === "require_ledger"))){const err64 = {instancePath:instancePath+"/waivers",schemaPath:"#/properties/waivers/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.waivers,data:data35};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}}if(data35.permission !== undefined){let data36 = data35.permission;if(!(((((data36 === "read") || (data36 === "triage")) || (data36 === "write")) || (data36 === "maintain")) || (data36 === "admin"))){const err65 = {instancePath:instancePath+"/waivers/permission",schemaPath:"#/properties/waivers/properties/permission/enum",keyword:"enum",params:{allowedValues: schema11.properties.waivers.properties.permission.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.waivers.properties.permission.enum,parentSchema:schema11.properties.waivers.properties.permission,data:data36};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}}if(data35.users !== undefined){let data37 = data35.users;if(Array.isArray(data37)){const len4 = data37.length;for(let i5=0; i5<len4; i5++){let data38 = data37[i5];if(typeof data38 === "string"){if(!pattern4.test(data38)){const err66 = {instancePath:instancePath+"/waivers/users/" + i5,schemaPath:"#/properties/waivers/properties/users/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9-]{0,38}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9-]{0,38}$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9-]{0,38}$",parentSchema:schema11.properties.waivers.properties.users.items,data:data38};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}}else {const err67 = {instancePath:instancePath+"/waivers/users/" + i5,schemaPath:"#/properties/waivers/properties/users/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.waivers.properties.users.items.type,parentSchema:schema11.properties.waivers.properties.users.items,data:data38};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}}}else {const err68 = {instancePath:instancePath+"/waivers/users",schemaPath:"#/properties/waivers/properties/users/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.waivers.properties.users.type,parentSchema:schema11.properties.waivers.properties.users,data:data37};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}}if(data35.teams !== undefined){let data39 = data35.teams;if(Array.isArray(data39)){const len5 = data39.length;for(let i6=0; i6<len5; i6++){let data40 = data39[i6];if(typeof data40 === "string"){if(!pattern5.test(data40)){const err69 = {instancePath:instancePath+"/waivers/teams/" + i6,schemaPath:"#/properties/waivers/properties/teams/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9][A-Za-z0-9._-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9][A-Za-z0-9._-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9][A-Za-z0-9._-]*$",parentSchema:schema11.properties.waivers.properties.teams.items,data:data40};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}}else {const err70 = {instancePath:instancePath+"/waivers/teams/" + i6,schemaPath:"#/properties/waivers/properties/teams/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.waivers.properties.teams.items.type,parentSchema:schema11.properties.waivers.properties.teams.items,data:data40};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}}}else {const err71 = {instancePath:instancePath+"/waivers/teams",schemaPath:"#/properties/waivers/properties/teams/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.waivers.properties.teams.type,parentSchema:schema11.properties.waivers.properties.teams,data:data39};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}}if(data35.allow_self !== undefined){let data41 = data35.allow_self;if(typeof data41 !== "boolean"){const err72 = {instancePath:instancePath+"/waivers/allow_self",schemaPath:"#/properties/waivers/properties/allow_self/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.waivers.properties.allow_self.type,parentSchema:schema11.properties.waivers.properties.allow_self,data:data41};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}}if(data35.require_ledger !== undefined){let data42 = data35.require_ledger;if(typeof data42 !== "boolean"){const err73 = {instancePath:instancePath+"/waivers/require_ledger",schemaPath:"#/properties/waivers/properties/require_ledger/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.waivers.properties.require_ledger.type,parentSchema:schema11.properties.waivers.properties.require_ledger,data:data42};if(vErrors === null){vErrors = [err73];}else {vErrors.push(err73);}errors++;}}}else {const err74 = {instancePath:instancePath+"/waivers",schemaPath:"#/properties/waivers/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.waivers.type,parentSchema:schema11.properties.waivers,data:data35};if(vErrors === null){vErrors = [err74];}else {vErrors.push(err74);}errors++;}}}else {const err75 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};if(vErrors === null){vErrors = [err75];}else {vErrors.push(err75);}errors++;}validate10.errors = vErrors;return errors === 0;}


/***/ })

};
