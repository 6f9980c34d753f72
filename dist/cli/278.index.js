export const id = 278;
export const ids = [278];
export const modules = {

/***/ 7773:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Bv: () => (/* binding */ checklistFromBasis),
  kR: () => (/* binding */ checklistSnippet),
  Wd: () => (/* binding */ evaluateChecklist)
});

// UNUSED EXPORTS: DEFAULT_ITEMS, checklistItems

// EXTERNAL MODULE: ./src/formats/pr-body.ts
var pr_body = __webpack_require__(8249);
// EXTERNAL MODULE: ./src/formats/schema-errors.ts
var schema_errors = __webpack_require__(5337);
// EXTERNAL MODULE: ./src/checks/gates.ts
var checks_gates = __webpack_require__(3041);
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
            return ` (${k} ${(0,checks_gates/* fmt */.Sc)(g[k])})`;
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
        ? `guardrail ${guard.metric} max ${(0,checks_gates/* fmt */.Sc)(guard.max)}`
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
    const text = (0,pr_body/* normaliseText */.af)(item.text);
    return tasks.filter((t) => (t.id ? t.id === item.id : (0,pr_body/* normaliseText */.af)(t.text) === text));
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
const significant = (text) => (0,pr_body/* normaliseText */.af)(text)
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

/***/ 3278:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mergeReports: () => (/* binding */ mergeReports)
/* harmony export */ });
/* harmony import */ var _checks_checklist_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7773);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7242);
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8516);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6867);
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
            const key = (0,_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .fieldsKey */ .R)([
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
    const values = new Set(reports.map((r) => (0,_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .textKey */ .t)(pick(r.report))));
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
            const first = byName.get((0,_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .textKey */ .t)(m.name));
            if (first !== undefined) {
                problems.push(problem(`model "${m.name}" is in two reports: ${first.file} and ${file}; each model must be checked by exactly one matrix job`));
                continue;
            }
            byName.set((0,_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .textKey */ .t)(m.name), { model: m, file });
        }
    }
    const order = expected ?? [...byName.values()].map((o) => o.model.name);
    const ordered = new Set(order.map(_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .textKey */ .t));
    const missing = order.filter((n) => !byName.has((0,_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .textKey */ .t)(n)));
    if (missing.length > 0)
        problems.push(problem(`no report covers model${missing.length === 1 ? '' : 's'} ${list(missing)} (reports read: ${ok.map((r) => r.file).join(', ') || 'none'}); did its matrix job fail before uploading its report?`));
    const extra = [...byName].filter(([key]) => !ordered.has(key)).map(([, o]) => o.model.name);
    if (expected && extra.length > 0)
        problems.push(problem(`the reports cover model${extra.length === 1 ? '' : 's'} ${list(extra)} that ${extra.length === 1 ? 'is' : 'are'} not expected (expected: ${list(expected)})`));
    const models = [...order, ...extra].flatMap((n) => byName.get((0,_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .textKey */ .t)(n))?.model ?? []);
    // PR-level: the checklist once, over every model; the jobs' own checklist verdicts are dropped.
    const perJob = ok.map((r) => r.report.findings.filter((f) => f.check !== 'checklist' && f.check !== 'comment'));
    const basis = ok.map((r) => r.report.checklist?.basis).find((b) => !!b);
    let checklist;
    if (basis) {
        const names = new Set(models.map((m) => (0,_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .textKey */ .t)(m.name)));
        const evidence = new Map();
        for (const r of ok)
            for (const e of r.report.checklist?.basis?.evidence ?? []) {
                const key = (0,_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .textKey */ .t)(e.model);
                if (names.has(key) && !evidence.has(key))
                    evidence.set(key, e);
            }
        const merged = (0,_checks_checklist_js__WEBPACK_IMPORTED_MODULE_0__/* .checklistFromBasis */ .Bv)({
            ...basis,
            evidence: models.flatMap((m) => evidence.get((0,_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .textKey */ .t)(m.name)) ?? []),
        });
        checklist = merged.section;
        perJob.push(merged.findings);
    }
    const policy = new Map();
    for (const r of ok)
        for (const c of r.report.policyChanges)
            policy.set((0,_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .fieldsKey */ .R)([c]), c);
    const findings = (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .sortFindings */ .Tc)([...unionFindings(perJob), ...problems]);
    const first = ok[0]?.report;
    const runUrl = opts.runUrl ?? first?.run?.url;
    return {
        version: 1,
        ...(0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .verdict */ .WJ)(findings, opts.failOn),
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
        tool: { name: 'mlgate', version: _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .VERSION */ .xv },
        ...(runUrl ? { run: { url: runUrl } } : {}),
    };
}


/***/ }),

/***/ 6867:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tc: () => (/* binding */ sortFindings),
/* harmony export */   WJ: () => (/* binding */ verdict),
/* harmony export */   aS: () => (/* binding */ messageAfterFile)
/* harmony export */ });
/* unused harmony export addFindings */
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
    (a.file ?? '').localeCompare(b.file ?? '') ||
    (a.line ?? 0) - (b.line ?? 0) ||
    a.message.localeCompare(b.message);
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


/***/ })

};
