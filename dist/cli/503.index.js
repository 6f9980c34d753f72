export const id = 503;
export const ids = [503];
export const modules = {

/***/ 362:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FI: () => (/* binding */ parseCsvMetrics),
/* harmony export */   yU: () => (/* binding */ csvValue)
/* harmony export */ });
/* unused harmony export splitCsv */
/* harmony import */ var _data_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9177);
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

// EXTERNAL MODULE: ./src/formats/data.ts + 4 modules
var formats_data = __webpack_require__(9177);
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
// EXTERNAL MODULE: ./src/formats/data.ts + 4 modules
var formats_data = __webpack_require__(9177);
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
/* harmony import */ var _data_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9177);
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
/* harmony import */ var _data_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9177);
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

/***/ 1216:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ parseToml)
/* harmony export */ });
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3292);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7242);
/* harmony import */ var _data_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9177);
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


/***/ })

};
