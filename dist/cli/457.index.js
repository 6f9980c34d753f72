export const id = 457;
export const ids = [457];
export const modules = {

/***/ 7773:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
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
/** Evidence per item id, combined over every model. Attestation-only items are absent. */
function checklistEvidence(config, models) {
    const out = new Map();
    for (const [id, per] of Object.entries(EVIDENCE)) {
        if (models.length === 0) {
            out.set(id, { ok: false, detail: 'no model was evaluated' });
            continue;
        }
        const results = models.map((m) => ({
            name: m.name,
            ev: per(m, config.models.find((c) => c.name === m.name)),
        }));
        if (results.length === 1) {
            out.set(id, results[0].ev);
            continue;
        }
        const failing = results.filter((r) => !r.ev.ok);
        const shown = failing.length > 0 ? failing : results;
        out.set(id, {
            ok: failing.length === 0,
            detail: shown.map((r) => `${r.name}: ${r.ev.detail}`).join('; '),
        });
    }
    return out;
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
    const evidence = checklistEvidence(config, input.models);
    const reports = items.map((item) => evaluateItem(item, require.includes(item.id), evidence.get(item.id) ?? null, input.tasks));
    for (const r of reports)
        findings.push(...itemFindings(r, items, input, require));
    if (input.tasks)
        findings.push(...unknownIds(input.tasks, known));
    const counts = { evidence: 0, attested: 0, waived: 0, missing: 0 };
    for (const r of reports)
        counts[r.status]++;
    return {
        section: {
            source: input.tasks ? 'pr-body' : 'none',
            items: reports,
            counts,
            snippet: checklistSnippet(items),
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
function itemFindings(r, items, input, require) {
    const out = [];
    const found = input.tasks
        ? matches(items.find((i) => i.id === r.id), input.tasks)
        : [];
    const emptyNa = found.find((t) => t.na === '');
    if (emptyNa && r.status !== 'waived')
        out.push({
            level: 'warning',
            check: 'checklist',
            rule: 'checklist.na-reason',
            message: `PR body line ${emptyNa.line}: "N/A:" on checklist item \`${r.id}\` needs a reason`,
        });
    const item = items.find((i) => i.id === r.id);
    const naRefused = found.find((t) => t.na) && item && !item.allowNa && r.status === 'missing';
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
        const line = input.configLine?.(['checklist', 'require', require.indexOf(r.id)]);
        // Without a PR body (push, local CLI) nobody could tick a box: say so without blocking.
        const level = input.tasks ? 'error' : 'warning';
        out.push({
            level,
            check: 'checklist',
            file: input.configFile,
            ...(line ? { line } : {}),
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

/***/ 4457:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runInit: () => (/* binding */ runInit),
/* harmony export */   starterFiles: () => (/* binding */ starterFiles)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _checks_checklist_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7773);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7242);
/**
 * `mlgate init [--dir DIR] [--force] [--model NAME]`: write starter files for a repository — a
 * `.mlgate.yml`, a model manifest, an observation ledger and a PR template with the review
 * checklist. Existing files are never overwritten without `--force`.
 */





/** The starter files for a model named `model` (pure: no I/O). */
function starterFiles(model = 'my-model') {
    const dir = `models/${model}`;
    return [
        { path: _constants_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_CONFIG */ .PV, text: starterConfig(model, dir) },
        { path: `${dir}/model.yaml`, text: starterManifest(model) },
        { path: `${dir}/LEDGER.md`, text: starterLedger(model) },
        { path: '.github/pull_request_template.md', text: starterPrTemplate() },
    ];
}
function starterConfig(model, dir) {
    return `# mlgate: gates for promoting ML models in pull requests.
# The gates in force are read from the PR's base branch, so a PR cannot loosen its own gates.
version: 1
models:
  - name: ${model}
    metrics: ${dir}/metrics.json            # written by your training or evaluation job
    # baseline: ${dir}/baseline-metrics.json  # a simple baseline (majority class, rules)
    # contract: data/${model}.odcs.yaml       # ODCS v3 data contract
    # rollout: deploy/${model}-rollout.yaml   # rollout plan (Argo Rollouts, Flagger, KServe or native)
    manifest: ${dir}/model.yaml
    ledger: ${dir}/LEDGER.md
    gates:
      - { metric: auc, min: 0.75 }                         # an absolute floor
      - { metric: auc, vs: production, max_drop: 0.005 }   # no worse than the base branch
      # - { metric: auc, vs: baseline, min_gain: 0.02 }
      # - { metric: "slices.*.recall", min: 0.70, level: warn }
      # - { metric: latency.p95_ms, max: 80 }
checklist:
  # Items that block the merge when they have neither evidence nor a ticked box.
  require: [fail-closed]
ledger_policy:
  append_only: true
  require_entry_when_metrics_change: true
`;
}
function starterManifest(model) {
    return `# Model manifest: what the artifact is, how it was trained, how it is served and watched.
name: ${model}
version: 0.1.0
config: configs/${model}.yaml
datasets:
  - { id: ${model}-training, revision: replace-with-snapshot-id }
preprocessing: src/features/${model}.py
run:
  code_sha: replace-with-commit-sha
  config_hash: replace-with-config-hash
  dataset_version: replace-with-dataset-version
  seed: 42
prediction:
  target: replace-with-target-column
  output_schema: { score: float }
  latency_budget_ms: 100
  fallback: replace-with-fallback-behaviour
serving:
  timeout_ms: 200
  fallback: replace-with-fallback-behaviour
monitoring:
  system: replace-with-dashboard-or-alert
  feature_drift: replace-with-drift-check
  prediction_drift: replace-with-drift-check
  delayed_labels: replace-with-label-join
`;
}
function starterLedger(model) {
    return `# Observation ledger: ${model}

One section per iteration, appended at the end and never edited once merged: a correction is a new
entry. mlgate shows each PR's new entries as a diff and suggests the measured metric movement.

\`\`\`markdown
## Iteration 1: short title
- Change: what changed
- Why this mattered: ...
- Metric movement: auc +0.012 (0.831 → 0.843)
- Slice movement: ...
- False positives: ...
- False negatives: ...
- Unexpected errors: ...
- Decision: promote
- Tradeoff accepted: ...
- Lesson captured: ...
- Regression added: ...
- Debt created: ...
- Next iteration: ...
\`\`\`
`;
}
function starterPrTemplate() {
    return `## What changed and why

<!-- The model change, the data it was trained on, what you expect to move. -->

${(0,_checks_checklist_js__WEBPACK_IMPORTED_MODULE_3__/* .checklistSnippet */ .kR)()}`;
}
const NEXT_STEPS = `Next steps:
  1. Point \`metrics:\` in .mlgate.yml at the metrics file your training job writes, and set the gates
     (mlgate names the closest metric when a gate's name is not in the file).
  2. Fill in the model manifest; every "replace-with-…" value counts as missing until you do.
  3. Try it locally: mlgate check --workspace (run it the way you ran init, e.g.
     npx github:OWNER/mlgate#v1 check --workspace); it prints the comment a PR would get.
  4. Add the workflow: .github/workflows/mlgate.yml running the mlgate action on pull_request
     (types: opened, synchronize, reopened, edited; see the README for the workflow file).
  5. Make the check required: Settings → Branches (or Rules) → require the "mlgate" status check.
  Reviewers tick the checklist in the PR description (.github/pull_request_template.md has it).`;
async function exists(path) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.access)(path);
        return true;
    }
    catch {
        return false;
    }
}
/** Run `mlgate init`; returns the exit status (0 written, 2 usage error or refused overwrite). */
async function runInit(args, out = process.stdout, err = process.stderr) {
    const { values } = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.parseArgs)({
        args,
        options: {
            dir: { type: 'string', default: '.' },
            force: { type: 'boolean', default: false },
            model: { type: 'string', default: 'my-model' },
        },
        strict: true,
        allowPositionals: false,
    });
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(values.model)) {
        err.write(`mlgate init: --model "${values.model}" is not a valid model name (letters, digits, ".", "_", "-")\n`);
        return 2;
    }
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(values.dir);
    const files = starterFiles(values.model);
    const existing = [];
    for (const f of files)
        if (await exists((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, f.path)))
            existing.push(f.path);
    if (existing.length > 0 && !values.force) {
        err.write(`mlgate init: not overwriting existing files in ${root}:\n${existing.map((p) => `  ${p}`).join('\n')}\nNothing was written. Re-run with --force to overwrite them.\n`);
        return 2;
    }
    for (const f of files) {
        const target = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, f.path);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(target), { recursive: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(target, f.text);
    }
    const wrote = files.map((f) => `  ${f.path}${existing.includes(f.path) ? ' (overwritten)' : ''}`);
    out.write(`mlgate init: wrote in ${root}:\n${wrote.join('\n')}\n\n${NEXT_STEPS}\n`);
    return 0;
}


/***/ })

};
