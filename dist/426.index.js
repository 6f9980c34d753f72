export const id = 426;
export const ids = [426];
export const modules = {

/***/ 6426:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  manifestStage: () => (/* binding */ manifestStage)
});

// EXTERNAL MODULE: ./src/generated/manifest.validate.cjs
var manifest_validate = __webpack_require__(7115);
var manifest_validate_default = /*#__PURE__*/__webpack_require__.n(manifest_validate);
// EXTERNAL MODULE: ./src/formats/metrics/modelcard.ts
var modelcard = __webpack_require__(3741);
// EXTERNAL MODULE: ./src/formats/schema-errors.ts
var schema_errors = __webpack_require__(5337);
// EXTERNAL MODULE: ./src/formats/data.ts + 5 modules
var formats_data = __webpack_require__(8877);
;// CONCATENATED MODULE: ./src/formats/manifest.ts
/**
 * The model manifest (SPEC §6): `model.yaml` validated against `schemas/manifest.schema.json`, or a
 * Hugging Face model card (`README.md` YAML front matter) that supplies name, version and datasets.
 * `(file, text) → manifest + issues`; no I/O. Unknown keys are allowed (teams carry more), but a key
 * that looks like a typo of a known one is reported.
 */




const MONITOR_KEYS = [
    'system',
    'feature_drift',
    'prediction_drift',
    'delayed_labels',
];
const KNOWN = {
    '': [
        'name',
        'version',
        'config',
        'datasets',
        'preprocessing',
        'run',
        'prediction',
        'serving',
        'monitoring',
    ],
    run: ['code_sha', 'config_hash', 'seed', 'dataset_version'],
    prediction: ['target', 'output_schema', 'latency_budget_ms', 'fallback'],
    serving: ['timeout_ms', 'fallback'],
    monitoring: [...MONITOR_KEYS],
};
const manifest_text = (v) => typeof v === 'string' && v.trim() !== ''
    ? v
    : typeof v === 'number' && Number.isFinite(v)
        ? String(v)
        : undefined;
const number = (v) => typeof v === 'number' && Number.isFinite(v) ? v : undefined;
const rec = (v) => ((0,formats_data/* isRecord */.u4)(v) ? v : {});
function empty(file, source) {
    return {
        file,
        source,
        datasets: [],
        run: {},
        prediction: {},
        serving: {},
        monitoring: {},
        fromCard: [],
        lines: {},
    };
}
/** Read a Hugging Face model card's front matter: name (model-index), version, datasets. */
function readModelCard(file, markdown) {
    const issue = (message, line) => ({
        level: 'error',
        rule: 'manifest.parse',
        file,
        ...(line ? { line } : {}),
        message,
    });
    const fm = (0,modelcard/* frontMatter */.Z2)(markdown);
    if (!fm)
        return {
            manifest: null,
            issues: [issue(`${file}: no YAML front matter; expected a model card starting with ---`, 1)],
        };
    const parsed = (0,formats_data/* parseData */._0)(fm.yaml);
    if (!parsed.ok)
        return {
            manifest: null,
            issues: [
                issue(`${file}: front matter ${parsed.message}`, parsed.line ? parsed.line + fm.firstLine - 1 : 1),
            ],
        };
    const data = parsed.value.data;
    if (data !== null && (typeof data !== 'object' || Array.isArray(data)))
        return {
            manifest: null,
            issues: [
                issue(`${file}: front matter is ${Array.isArray(data) ? 'a list' : `a ${typeof data}`}; expected a mapping (model-index, version, datasets, …)`, fm.firstLine),
            ],
        };
    const d = rec(data);
    const lineOf = (p) => {
        const l = parsed.value.lineOf(p);
        return l ? l + fm.firstLine - 1 : undefined;
    };
    const m = empty(file, 'model-card');
    const index = Array.isArray(d['model-index']) ? d['model-index'] : [];
    const name = manifest_text(rec(index[0]).name) ?? manifest_text(d.model_name);
    if (name)
        m.name = name;
    const version = manifest_text(d.version) ?? manifest_text(d.model_version);
    if (version) {
        m.version = version;
        m.fromCard.push('version');
        const l = lineOf([d.version !== undefined ? 'version' : 'model_version']);
        if (l)
            m.lines.version = l;
    }
    const datasets = Array.isArray(d.datasets)
        ? d.datasets
        : typeof d.datasets === 'string'
            ? [d.datasets]
            : [];
    for (const ds of datasets) {
        // Cards list dataset ids, optionally `id@revision`.
        const id = manifest_text(ds) ?? manifest_text(rec(ds).id);
        if (!id)
            continue;
        const [bare, rev] = id.split('@');
        m.datasets.push({
            id: bare,
            ...(rev
                ? { revision: rev }
                : manifest_text(rec(ds).revision)
                    ? { revision: manifest_text(rec(ds).revision) }
                    : {}),
        });
    }
    if (m.datasets.length > 0) {
        m.fromCard.push('datasets');
        const l = lineOf(['datasets']);
        if (l)
            m.lines.datasets = l;
    }
    return { manifest: m, issues: [] };
}
/** Read `model.yaml`. Never throws. */
function readManifest(file, source) {
    if (/\.md$/i.test(file))
        return readModelCard(file, source);
    const issues = [];
    const parsed = (0,formats_data/* parseData */._0)(source);
    if (!parsed.ok) {
        issues.push({
            level: 'error',
            rule: 'manifest.parse',
            file,
            ...(parsed.line ? { line: parsed.line } : {}),
            message: `${file}: ${parsed.message}`,
        });
        return { manifest: null, issues };
    }
    const doc = parsed.value;
    if (!(0,formats_data/* isRecord */.u4)(doc.data)) {
        issues.push({
            level: 'error',
            rule: 'manifest.parse',
            file,
            line: 1,
            message: `${file}: expected a mapping with name, version, run, prediction, serving and monitoring`,
        });
        return { manifest: null, issues };
    }
    if (!manifest_validate_default()(doc.data)) {
        for (const p of (0,schema_errors/* schemaProblems */.Ic)((manifest_validate_default()).errors)) {
            const line = doc.lineOf(p.path);
            issues.push({
                level: 'error',
                rule: 'manifest.schema',
                file,
                ...(line ? { line } : {}),
                message: `${file}: ${p.message}`,
            });
        }
    }
    typos(doc, file, issues);
    const d = doc.data;
    const m = empty(file, 'manifest');
    const set = (key, value) => {
        if (value !== undefined)
            m[key] = value;
    };
    set('name', manifest_text(d.name));
    set('version', manifest_text(d.version));
    set('config', manifest_text(d.config));
    set('preprocessing', manifest_text(d.preprocessing));
    if (Array.isArray(d.datasets))
        for (const ds of d.datasets) {
            const id = manifest_text(rec(ds).id);
            const revision = manifest_text(rec(ds).revision);
            if (id)
                m.datasets.push({ id, ...(revision ? { revision } : {}) });
        }
    const run = rec(d.run);
    m.run = strip({
        code_sha: manifest_text(run.code_sha),
        config_hash: manifest_text(run.config_hash),
        seed: Number.isInteger(run.seed) ? run.seed : undefined,
        dataset_version: manifest_text(run.dataset_version),
    });
    const pred = rec(d.prediction);
    m.prediction = strip({
        target: manifest_text(pred.target),
        output_schema: (0,formats_data/* isRecord */.u4)(pred.output_schema) && Object.keys(pred.output_schema).length > 0
            ? pred.output_schema
            : manifest_text(pred.output_schema),
        latency_budget_ms: number(pred.latency_budget_ms),
        fallback: manifest_text(pred.fallback),
    });
    const serving = rec(d.serving);
    m.serving = strip({ timeout_ms: number(serving.timeout_ms), fallback: manifest_text(serving.fallback) });
    const mon = rec(d.monitoring);
    for (const k of MONITOR_KEYS) {
        const v = mon[k];
        if (typeof v === 'string' || typeof v === 'boolean' || (0,formats_data/* isRecord */.u4)(v))
            m.monitoring[k] = v;
    }
    for (const path of [
        ['name'],
        ['version'],
        ['config'],
        ['datasets'],
        ['preprocessing'],
        ['run'],
        ['prediction'],
        ['serving'],
        ['monitoring'],
        ['run', 'code_sha'],
        ['run', 'config_hash'],
        ['run', 'seed'],
        ['run', 'dataset_version'],
        ['prediction', 'latency_budget_ms'],
        ['serving', 'timeout_ms'],
    ]) {
        const line = doc.lineOf(path);
        if (line && d[path[0]] !== undefined)
            m.lines[path.join('.')] = line;
    }
    return { manifest: m, issues };
}
function strip(o) {
    return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}
function typos(doc, file, issues) {
    for (const [block, known] of Object.entries(KNOWN)) {
        const node = block ? rec(rec(doc.data)[block]) : rec(doc.data);
        for (const key of Object.keys(node)) {
            if (known.includes(key))
                continue;
            const hint = (0,schema_errors/* closest */.kp)(key, known);
            if (!hint)
                continue;
            const path = block ? [block, key] : [key];
            const line = doc.lineOf(path);
            issues.push({
                level: 'warning',
                rule: 'manifest.typo',
                file,
                ...(line ? { line } : {}),
                message: `${file}: unknown key "${path.join('.')}" (did you mean "${block ? `${block}.` : ''}${hint}"?)`,
            });
        }
    }
}

;// CONCATENATED MODULE: ./src/checks/manifest.ts
/**
 * Manifest checks (SPEC §6): what the manifest declares, as checklist evidence, plus findings for
 * what is missing or inconsistent. Pure: manifest (and the run metadata of the metrics) in.
 */

/** `replace-with-…` (what `mlgate init` writes), `<…>`, TODO, TBD: a value nobody filled in. */
const PLACEHOLDER = /^(replace-with-.*|<[^>]*>|todo|tbd|xxx|…|\.\.\.)$/i;
/** Whether a manifest value is there, and not a placeholder. */
function given(v) {
    if (v === undefined || v === null)
        return false;
    return typeof v === 'string' && PLACEHOLDER.test(v.trim()) ? 'placeholder' : true;
}
const covered = (m) => typeof m === 'string'
    ? m.trim() !== '' && given(m)
    : m === true || (typeof m === 'object' && m !== null && Object.keys(m).length > 0);
function evidenceOf(have, what, ok) {
    const lacking = Object.keys(have).filter((k) => have[k] === false);
    const placeholders = Object.keys(have).filter((k) => have[k] === 'placeholder');
    if (lacking.length === 0 && placeholders.length === 0)
        return { ok: true, detail: ok };
    const parts = [
        ...(lacking.length ? [`lacks ${lacking.join(', ')}`] : []),
        ...(placeholders.length ? [`still has placeholder values in ${placeholders.join(', ')}`] : []),
    ];
    return { ok: false, detail: `${what} ${parts.join('; ')}` };
}
/** The five checklist evidences the manifest gives. */
function manifestEvidence(m) {
    if (!m) {
        const none = { ok: false, detail: 'the model manifest could not be read' };
        return {
            'prediction-contract': none,
            artifact: none,
            serving: none,
            monitoring: none,
            reproducible: none,
        };
    }
    const p = m.prediction;
    const datasetRef = m.datasets.length > 0
        ? m.datasets.every((d) => given(d.id) === true && given(d.revision ?? 'x') === true) ||
            'placeholder'
        : given(m.run.dataset_version);
    return {
        'prediction-contract': evidenceOf({
            'prediction.target': given(p.target),
            'prediction.output_schema': given(p.output_schema),
            'prediction.latency_budget_ms': given(p.latency_budget_ms),
            'prediction.fallback': given(p.fallback),
        }, 'prediction contract', `target ${p.target}, output schema, ${p.latency_budget_ms} ms budget, fallback ${p.fallback}`),
        artifact: evidenceOf({
            version: given(m.version),
            config: given(m.config),
            'dataset reference': datasetRef,
            preprocessing: given(m.preprocessing),
        }, 'artifact', `version ${m.version}, config ${m.config}, ${m.datasets.length > 0 ? m.datasets.map((d) => (d.revision ? `${d.id}@${d.revision}` : d.id)).join(', ') : `dataset ${m.run.dataset_version}`}, preprocessing ${m.preprocessing}`),
        serving: evidenceOf({
            'serving.timeout_ms': given(m.serving.timeout_ms),
            'serving.fallback': given(m.serving.fallback),
        }, 'serving', `timeout ${m.serving.timeout_ms} ms, fallback ${m.serving.fallback}`),
        monitoring: evidenceOf(Object.fromEntries(MONITOR_KEYS.map((k) => [`monitoring.${k}`, covered(m.monitoring[k])])), 'monitoring', 'system health, feature drift, prediction drift and delayed labels covered'),
        reproducible: evidenceOf({
            'run.code_sha': given(m.run.code_sha),
            'run.config_hash': given(m.run.config_hash),
            'run.dataset_version': given(m.run.dataset_version),
            'run.seed': given(m.run.seed),
        }, 'run', `code ${m.run.code_sha}, config ${m.run.config_hash}, data ${m.run.dataset_version}, seed ${m.run.seed}`),
    };
}
/** Findings: each block that does not give its evidence, and inconsistencies. */
function checkManifest({ manifest: m, model, meta, base }) {
    const out = [];
    const at = (key, level, rule, message) => {
        // A field that is missing altogether has no line of its own: point at the top of the file,
        // so the annotation still lands on the manifest.
        const line = (key && (m.lines[key] ?? m.lines[key.split('.')[0]])) || 1;
        out.push({ level, rule, file: m.file, line, message });
    };
    const ev = manifestEvidence(m);
    if (m.name !== undefined && m.name !== model)
        at('name', 'warning', 'manifest.name', `manifest name "${m.name}" is not the model's name "${model}"`);
    if (m.source === 'model-card') {
        if (!m.version)
            at(undefined, 'warning', 'manifest.version', 'model card front matter has no version; expected `version:`');
        return out;
    }
    const blocks = [
        [
            'artifact',
            'version',
            'the artifact must carry version, config, dataset reference and preprocessing',
        ],
        [
            'prediction-contract',
            'prediction',
            'expected prediction {target, output_schema, latency_budget_ms, fallback}',
        ],
        ['serving', 'serving', 'expected serving {timeout_ms, fallback}'],
        [
            'monitoring',
            'monitoring',
            'expected monitoring {system, feature_drift, prediction_drift, delayed_labels}',
        ],
        ['reproducible', 'run', 'expected run {code_sha, config_hash, dataset_version, seed}'],
    ];
    for (const [key, line, expected] of blocks) {
        if (!ev[key].ok)
            at(line, 'warning', `manifest.${key}`, `${ev[key].detail}; ${expected}`);
    }
    if (m.monitoring && Object.values(m.monitoring).includes(false))
        at('monitoring', 'warning', 'manifest.monitoring', `monitoring turns off ${MONITOR_KEYS.filter((k) => m.monitoring[k] === false).join(', ')}`);
    const budget = m.prediction.latency_budget_ms;
    const timeout = m.serving.timeout_ms;
    if (budget !== undefined && timeout !== undefined && timeout < budget)
        at('serving.timeout_ms', 'warning', 'manifest.timeout', `serving.timeout_ms ${timeout} is below prediction.latency_budget_ms ${budget}; requests within budget would time out`);
    if (given(m.run.code_sha) === true && !/^[0-9a-f]{7,64}$/i.test(m.run.code_sha ?? ''))
        at('run.code_sha', 'warning', 'manifest.code-sha', `run.code_sha "${m.run.code_sha}" is not a git commit SHA; expected 7–40 hex characters`);
    for (const key of ['code_sha', 'config_hash', 'dataset_version', 'seed']) {
        const mine = m.run[key];
        const theirs = meta?.[key];
        if (mine === undefined || theirs === undefined || theirs === null)
            continue;
        const a = String(mine);
        const b = String(theirs);
        const same = key === 'code_sha' ? a.startsWith(b) || b.startsWith(a) : a === b;
        if (!same)
            at(`run.${key}`, 'warning', 'manifest.run-mismatch', `run.${key} "${a}" differs from the metrics' meta.${key} "${b}"; the metrics may come from another run`);
    }
    if (base && base.version !== undefined && base.version === m.version) {
        const changed = ['code_sha', 'config_hash', 'dataset_version', 'seed']
            .filter((k) => base.run[k] !== m.run[k])
            .map((k) => `run.${k}`);
        if (base.config !== m.config)
            changed.push('config');
        if (changed.length > 0)
            at('version', 'warning', 'manifest.version-bump', `version is still ${m.version} although ${changed.join(', ')} changed; expected a new version for a new artifact`);
    }
    return out;
}

// EXTERNAL MODULE: ./src/stages/context.ts
var context = __webpack_require__(2088);
;// CONCATENATED MODULE: ./src/stages/manifest.ts
/**
 * The manifest stage: reads the model's manifest (model.yaml or a Hugging Face card) at head and
 * base, fills version/datasets from a card next to model.yaml when the manifest lacks them, checks
 * that the files it references exist, and computes the checklist evidence.
 */



/** A card (README.md) beside model.yaml fills in version and datasets the manifest lacks. */
async function withCard(source, m) {
    if (m.source !== 'manifest' || (m.version && m.datasets.length > 0))
        return m;
    const dir = m.file.includes('/') ? m.file.slice(0, m.file.lastIndexOf('/') + 1) : '';
    const read = await source.read(`${dir}README.md`);
    if (!read.ok)
        return m;
    const card = readModelCard(read.path, read.text).manifest;
    if (!card)
        return m;
    const out = { ...m, fromCard: [...m.fromCard] };
    if (!out.version && card.version) {
        out.version = card.version;
        out.fromCard.push(`version (${read.path})`);
    }
    if (out.datasets.length === 0 && card.datasets.length > 0) {
        out.datasets = card.datasets;
        out.fromCard.push(`datasets (${read.path})`);
    }
    return out;
}
/** A plain relative path (not a URI) that should exist in the repository. */
const isRepoPath = (ref) => !/^[a-z][a-z0-9+.-]*:/i.test(ref) && !ref.startsWith('/') && /[./]/.test(ref);
async function missingRefs(source, m) {
    const out = [];
    const refs = [
        ['config', m.config],
        ['preprocessing', m.preprocessing],
        [
            'prediction.output_schema',
            typeof m.prediction.output_schema === 'string' ? m.prediction.output_schema : undefined,
        ],
    ];
    for (const [key, ref] of refs) {
        if (!ref || !isRepoPath(ref))
            continue;
        const read = await source.read(ref);
        if (read.ok || read.reason !== 'missing')
            continue;
        const line = m.lines[key] ?? m.lines[key.split('.')[0]];
        out.push({
            level: 'warning',
            rule: 'manifest.ref',
            file: m.file,
            ...(line ? { line } : {}),
            message: `${key} "${ref}" is not a file in the repository; expected a path relative to the repository root (or a URI)`,
        });
    }
    return out;
}
async function manifestStage(ctx) {
    const path = ctx.model.manifest;
    if (!path)
        return { findings: [] };
    const model = ctx.model.name;
    const read = await (0,context/* readOrFinding */.X)(ctx.head, path, 'manifest', model);
    if (!read.ok) {
        return { section: { file: path, evidence: manifestEvidence(null) }, findings: [read.finding] };
    }
    const res = readManifest(read.path, read.text);
    const findings = res.issues.map((i) => (0,context/* issueFinding */.$)(i, 'manifest', model));
    if (!res.manifest)
        return { section: { file: path, evidence: manifestEvidence(null) }, findings };
    const manifest = await withCard(ctx.head, res.manifest);
    let base = null;
    if (ctx.base) {
        const b = await ctx.base.read(path);
        if (b.ok)
            base = readManifest(b.path, b.text).manifest;
    }
    const issues = [
        ...checkManifest({ manifest, model, meta: ctx.metrics.head?.meta, base }),
        ...(await missingRefs(ctx.head, manifest)),
    ];
    findings.push(...issues.map((i) => (0,context/* issueFinding */.$)(i, 'manifest', model)));
    return { section: { file: path, manifest, evidence: manifestEvidence(manifest) }, findings };
}


/***/ }),

/***/ 7115:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

// Generated by scripts/compile-schemas.mjs from schemas/manifest.schema.json; do not edit.
module.exports = validate10;module.exports["default"] = validate10;const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://mlgate.dev/schemas/manifest.schema.json","title":"mlgate model manifest (model.yaml)","type":"object","required":["name"],"properties":{"name":{"type":"string","minLength":1},"version":{"type":["string","number"]},"config":{"type":"string","minLength":1},"datasets":{"type":"array","items":{"type":"object","required":["id"],"properties":{"id":{"type":"string","minLength":1},"revision":{"type":["string","number"]}}}},"preprocessing":{"type":"string","minLength":1},"run":{"type":"object","properties":{"code_sha":{"type":"string","minLength":1},"config_hash":{"type":"string","minLength":1},"seed":{"type":"integer"},"dataset_version":{"type":["string","number"]}}},"prediction":{"type":"object","properties":{"target":{"type":"string","minLength":1},"output_schema":{"type":["string","object"]},"latency_budget_ms":{"type":"number","exclusiveMinimum":0},"fallback":{"type":"string","minLength":1}}},"serving":{"type":"object","properties":{"timeout_ms":{"type":"number","exclusiveMinimum":0},"fallback":{"type":"string","minLength":1}}},"monitoring":{"type":"object","properties":{"system":{"$ref":"#/definitions/monitor"},"feature_drift":{"$ref":"#/definitions/monitor"},"prediction_drift":{"$ref":"#/definitions/monitor"},"delayed_labels":{"$ref":"#/definitions/monitor"}}}},"definitions":{"monitor":{"description":"A dashboard/alert reference, an object describing the monitor, or true/false.","type":["string","object","boolean"]}}};const schema12 = {"description":"A dashboard/alert reference, an object describing the monitor, or true/false.","type":["string","object","boolean"]};const func2 = (__webpack_require__(6214)/* ["default"] */ .A);function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="https://mlgate.dev/schemas/manifest.schema.json" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.name === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.name !== undefined){let data0 = data.name;if(typeof data0 === "string"){if(func2(data0) < 1){const err1 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}else {const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.version !== undefined){let data1 = data.version;if((typeof data1 !== "string") && (!((typeof data1 == "number") && (isFinite(data1))))){const err3 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: schema11.properties.version.type},message:"must be string,number"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.config !== undefined){let data2 = data.config;if(typeof data2 === "string"){if(func2(data2) < 1){const err4 = {instancePath:instancePath+"/config",schemaPath:"#/properties/config/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}else {const err5 = {instancePath:instancePath+"/config",schemaPath:"#/properties/config/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.datasets !== undefined){let data3 = data.datasets;if(Array.isArray(data3)){const len0 = data3.length;for(let i0=0; i0<len0; i0++){let data4 = data3[i0];if(data4 && typeof data4 == "object" && !Array.isArray(data4)){if(data4.id === undefined){const err6 = {instancePath:instancePath+"/datasets/" + i0,schemaPath:"#/properties/datasets/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if(data4.id !== undefined){let data5 = data4.id;if(typeof data5 === "string"){if(func2(data5) < 1){const err7 = {instancePath:instancePath+"/datasets/" + i0+"/id",schemaPath:"#/properties/datasets/items/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}else {const err8 = {instancePath:instancePath+"/datasets/" + i0+"/id",schemaPath:"#/properties/datasets/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data4.revision !== undefined){let data6 = data4.revision;if((typeof data6 !== "string") && (!((typeof data6 == "number") && (isFinite(data6))))){const err9 = {instancePath:instancePath+"/datasets/" + i0+"/revision",schemaPath:"#/properties/datasets/items/properties/revision/type",keyword:"type",params:{type: schema11.properties.datasets.items.properties.revision.type},message:"must be string,number"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}}else {const err10 = {instancePath:instancePath+"/datasets/" + i0,schemaPath:"#/properties/datasets/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}}else {const err11 = {instancePath:instancePath+"/datasets",schemaPath:"#/properties/datasets/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data.preprocessing !== undefined){let data7 = data.preprocessing;if(typeof data7 === "string"){if(func2(data7) < 1){const err12 = {instancePath:instancePath+"/preprocessing",schemaPath:"#/properties/preprocessing/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}else {const err13 = {instancePath:instancePath+"/preprocessing",schemaPath:"#/properties/preprocessing/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data.run !== undefined){let data8 = data.run;if(data8 && typeof data8 == "object" && !Array.isArray(data8)){if(data8.code_sha !== undefined){let data9 = data8.code_sha;if(typeof data9 === "string"){if(func2(data9) < 1){const err14 = {instancePath:instancePath+"/run/code_sha",schemaPath:"#/properties/run/properties/code_sha/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}else {const err15 = {instancePath:instancePath+"/run/code_sha",schemaPath:"#/properties/run/properties/code_sha/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data8.config_hash !== undefined){let data10 = data8.config_hash;if(typeof data10 === "string"){if(func2(data10) < 1){const err16 = {instancePath:instancePath+"/run/config_hash",schemaPath:"#/properties/run/properties/config_hash/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}else {const err17 = {instancePath:instancePath+"/run/config_hash",schemaPath:"#/properties/run/properties/config_hash/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data8.seed !== undefined){let data11 = data8.seed;if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){const err18 = {instancePath:instancePath+"/run/seed",schemaPath:"#/properties/run/properties/seed/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data8.dataset_version !== undefined){let data12 = data8.dataset_version;if((typeof data12 !== "string") && (!((typeof data12 == "number") && (isFinite(data12))))){const err19 = {instancePath:instancePath+"/run/dataset_version",schemaPath:"#/properties/run/properties/dataset_version/type",keyword:"type",params:{type: schema11.properties.run.properties.dataset_version.type},message:"must be string,number"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}}else {const err20 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data.prediction !== undefined){let data13 = data.prediction;if(data13 && typeof data13 == "object" && !Array.isArray(data13)){if(data13.target !== undefined){let data14 = data13.target;if(typeof data14 === "string"){if(func2(data14) < 1){const err21 = {instancePath:instancePath+"/prediction/target",schemaPath:"#/properties/prediction/properties/target/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}else {const err22 = {instancePath:instancePath+"/prediction/target",schemaPath:"#/properties/prediction/properties/target/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data13.output_schema !== undefined){let data15 = data13.output_schema;if((typeof data15 !== "string") && (!(data15 && typeof data15 == "object" && !Array.isArray(data15)))){const err23 = {instancePath:instancePath+"/prediction/output_schema",schemaPath:"#/properties/prediction/properties/output_schema/type",keyword:"type",params:{type: schema11.properties.prediction.properties.output_schema.type},message:"must be string,object"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data13.latency_budget_ms !== undefined){let data16 = data13.latency_budget_ms;if((typeof data16 == "number") && (isFinite(data16))){if(data16 <= 0 || isNaN(data16)){const err24 = {instancePath:instancePath+"/prediction/latency_budget_ms",schemaPath:"#/properties/prediction/properties/latency_budget_ms/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}else {const err25 = {instancePath:instancePath+"/prediction/latency_budget_ms",schemaPath:"#/properties/prediction/properties/latency_budget_ms/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(data13.fallback !== undefined){let data17 = data13.fallback;if(typeof data17 === "string"){if(func2(data17) < 1){const err26 = {instancePath:instancePath+"/prediction/fallback",schemaPath:"#/properties/prediction/properties/fallback/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}else {const err27 = {instancePath:instancePath+"/prediction/fallback",schemaPath:"#/properties/prediction/properties/fallback/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}}else {const err28 = {instancePath:instancePath+"/prediction",schemaPath:"#/properties/prediction/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}if(data.serving !== undefined){let data18 = data.serving;if(data18 && typeof data18 == "object" && !Array.isArray(data18)){if(data18.timeout_ms !== undefined){let data19 = data18.timeout_ms;if((typeof data19 == "number") && (isFinite(data19))){if(data19 <= 0 || isNaN(data19)){const err29 = {instancePath:instancePath+"/serving/timeout_ms",schemaPath:"#/properties/serving/properties/timeout_ms/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}else {const err30 = {instancePath:instancePath+"/serving/timeout_ms",schemaPath:"#/properties/serving/properties/timeout_ms/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}if(data18.fallback !== undefined){let data20 = data18.fallback;if(typeof data20 === "string"){if(func2(data20) < 1){const err31 = {instancePath:instancePath+"/serving/fallback",schemaPath:"#/properties/serving/properties/fallback/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}else {const err32 = {instancePath:instancePath+"/serving/fallback",schemaPath:"#/properties/serving/properties/fallback/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}}else {const err33 = {instancePath:instancePath+"/serving",schemaPath:"#/properties/serving/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}if(data.monitoring !== undefined){let data21 = data.monitoring;if(data21 && typeof data21 == "object" && !Array.isArray(data21)){if(data21.system !== undefined){let data22 = data21.system;if(((typeof data22 !== "string") && (!(data22 && typeof data22 == "object" && !Array.isArray(data22)))) && (typeof data22 !== "boolean")){const err34 = {instancePath:instancePath+"/monitoring/system",schemaPath:"#/definitions/monitor/type",keyword:"type",params:{type: schema12.type},message:"must be string,object,boolean"};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}if(data21.feature_drift !== undefined){let data23 = data21.feature_drift;if(((typeof data23 !== "string") && (!(data23 && typeof data23 == "object" && !Array.isArray(data23)))) && (typeof data23 !== "boolean")){const err35 = {instancePath:instancePath+"/monitoring/feature_drift",schemaPath:"#/definitions/monitor/type",keyword:"type",params:{type: schema12.type},message:"must be string,object,boolean"};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}if(data21.prediction_drift !== undefined){let data24 = data21.prediction_drift;if(((typeof data24 !== "string") && (!(data24 && typeof data24 == "object" && !Array.isArray(data24)))) && (typeof data24 !== "boolean")){const err36 = {instancePath:instancePath+"/monitoring/prediction_drift",schemaPath:"#/definitions/monitor/type",keyword:"type",params:{type: schema12.type},message:"must be string,object,boolean"};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}if(data21.delayed_labels !== undefined){let data25 = data21.delayed_labels;if(((typeof data25 !== "string") && (!(data25 && typeof data25 == "object" && !Array.isArray(data25)))) && (typeof data25 !== "boolean")){const err37 = {instancePath:instancePath+"/monitoring/delayed_labels",schemaPath:"#/definitions/monitor/type",keyword:"type",params:{type: schema12.type},message:"must be string,object,boolean"};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}}else {const err38 = {instancePath:instancePath+"/monitoring",schemaPath:"#/properties/monitoring/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}}else {const err39 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}validate10.errors = vErrors;return errors === 0;}


/***/ })

};
