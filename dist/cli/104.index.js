export const id = 104;
export const ids = [104];
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

/***/ 8364:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   vw: () => (/* binding */ gateTarget)
/* harmony export */ });
/* unused harmony exports bodyHash, applyWaivers */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _formats_waivers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7785);
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
        g.message === f.message);
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
    const sources = [...input.sources].sort((a, b) => a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
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

/***/ 362:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FI: () => (/* binding */ parseCsvMetrics),
/* harmony export */   yU: () => (/* binding */ csvValue)
/* harmony export */ });
/* unused harmony export splitCsv */
/* harmony import */ var _data_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3344);
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

/***/ 8311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  g8: () => (/* binding */ flattenMetrics),
  mW: () => (/* binding */ leafWithInterval)
});

// UNUSED EXPORTS: isValueLeaf

// EXTERNAL MODULE: ./src/constants.ts
var constants = __webpack_require__(7242);
// EXTERNAL MODULE: ./src/formats/data.ts + 1 modules
var formats_data = __webpack_require__(3344);
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
    const allowed = new Set(['value', 'ci', 'ci_low', 'ci_high', 'stderr', 'n', 'unit']);
    return Object.keys(obj).every((k) => allowed.has(k)) && !(0,formats_data/* isRecord */.u4)(obj.value);
}
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
/**
 * Flatten `data` into a MetricSet. `lineOf` maps a data path to its line; it is called for
 * problems found here and later through `set.lineOf`, never for every metric. A top-level `meta`
 * object is kept as run metadata, not as metrics. Confusion matrices and drift histograms gain
 * derived children (see derived.ts).
 */
function flattenMetrics(file, data, lineOf = () => undefined, opts = {}) {
    const set = { file, values: new Map(), meta: {}, notes: [] };
    // Where each metric sits in the data, for its line on demand (see MetricSet.lineOf).
    const paths = new Map();
    set.lineOf = (name) => {
        const path = paths.get(name);
        return path ? lineOf(path) : undefined;
    };
    const issues = [];
    const epsilon = opts.psiEpsilon ?? DEFAULT_PSI_EPSILON;
    let histograms = 0;
    if (!(0,formats_data/* isRecord */.u4)(data)) {
        issues.push({ path: '', line: 1, message: 'expected a mapping of metric names to values' });
        return { set, issues };
    }
    const addDerived = (path, derived) => {
        const name = path.join('.');
        for (const [key, value] of Object.entries(derived.values)) {
            const child = name ? `${name}.${key}` : key;
            // A value written in the file wins over the derived one.
            if (!set.values.has(child)) {
                set.values.set(child, { value });
                paths.set(child, path);
            }
        }
        set.notes.push(...derived.notes);
        if (derived.problem)
            issues.push({ path: name, line: lineOf(path), message: derived.problem });
    };
    // The first path not read because the cap was reached (a file of exactly the cap is whole).
    let skipped = null;
    const walk = (node, path) => {
        if (set.values.size >= constants/* Limits */.xu.metrics) {
            skipped ??= path;
            return;
        }
        const name = path.join('.');
        if ((0,formats_data/* isRecord */.u4)(node)) {
            if (isValueLeaf(node)) {
                const { leaf, problem } = leafWithInterval(node);
                set.values.set(name, leaf);
                paths.set(name, path);
                if (problem)
                    issues.push({ path: name, line: lineOf(path), message: problem });
                return;
            }
            if (isHistogram(node)) {
                // The bins themselves are inputs, not metrics: only the derived distances are kept.
                histograms++;
                addDerived(path, driftMetrics(node, epsilon));
                return;
            }
            for (const key of Object.keys(node))
                walk(node[key], [...path, key]);
            if (isConfusionMatrix(node))
                addDerived(path, confusionMetrics(name, node));
            return;
        }
        if (Array.isArray(node)) {
            node.forEach((item, i) => walk(item, [...path, i]));
            return;
        }
        set.values.set(name, { value: scalar(node) });
        paths.set(name, path);
    };
    for (const key of Object.keys(data)) {
        if (key === 'meta' && (0,formats_data/* isRecord */.u4)(data.meta)) {
            flattenMeta(data.meta, '', set.meta);
            continue;
        }
        walk(data[key], [key]);
    }
    if (isConfusionMatrix(data))
        addDerived([], confusionMetrics('(top level)', data));
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

/***/ 3741:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z2: () => (/* binding */ frontMatter),
/* harmony export */   fs: () => (/* binding */ parseModelCard)
/* harmony export */ });
/* unused harmony exports segment, cardValue */
/* harmony import */ var _data_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3344);
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

/***/ 104:
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
;// CONCATENATED MODULE: ./src/checks/diff.ts
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
/** Diff base → head; rows sorted by metric name so output is stable. */
function diffMetrics(base, head, baseline = null, opts = {}) {
    const names = new Set([...(base?.values.keys() ?? []), ...(head?.values.keys() ?? [])]);
    const rows = [];
    for (const metric of [...names].sort()) {
        const b = base?.values.get(metric);
        const h = head?.values.get(metric);
        if (!opts.all && same(b, h))
            continue;
        const bv = b?.value ?? null;
        const hv = h?.value ?? null;
        const change = typeof bv === 'number' && typeof hv === 'number' && Number.isFinite(bv) && Number.isFinite(hv)
            ? roundNoise(hv - bv)
            : null;
        const row = { metric, base: bv, head: hv, change };
        if (b?.ci)
            row.baseCi = b.ci;
        if (h?.ci)
            row.headCi = h.ci;
        const bl = baseline?.values.get(metric);
        if (baseline)
            row.baseline = bl?.value ?? null;
        rows.push(row);
    }
    return rows;
}

// EXTERNAL MODULE: ./src/checks/gates.ts
var checks_gates = __webpack_require__(3041);
// EXTERNAL MODULE: ./src/checks/measure.ts
var measure = __webpack_require__(9357);
;// CONCATENATED MODULE: ./src/checks/policy.ts

/** Code-unit order: the same on every machine, unlike localeCompare. */
const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const LEVEL_RANK = { off: 0, warn: 1, error: 2 };
function gateKey(g) {
    return [g.metric, g.vs ?? '', g.bound ?? 'value', g.aggregate ?? 'each'].join('\u0000');
}
/** A gate as one line: `min 0.82, level warn`. */
function describeGate(g) {
    const parts = [];
    if (g.vs)
        parts.push(`vs ${g.vs}`);
    for (const k of ['min', 'max', 'max_drop', 'max_drop_pct', 'min_gain', 'min_gain_pct']) {
        if (g[k] !== undefined)
            parts.push(`${k} ${(0,measure/* fmt */.Sc)(g[k])}`);
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
function diffModel(base, head, modelIndex) {
    const out = [];
    const model = head.name;
    for (const key of ['metrics', 'baseline', 'production']) {
        const x = base[key] ?? (key === 'production' ? 'base' : undefined);
        const y = head[key] ?? (key === 'production' ? 'base' : undefined);
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
    return out.sort((x, y) => cmp(x.model, y.model) ||
        order[x.kind] - order[y.kind] ||
        cmp(x.metric, y.metric) ||
        cmp(x.before ?? '', y.before ?? ''));
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

// EXTERNAL MODULE: ./src/formats/data.ts + 1 modules
var formats_data = __webpack_require__(3344);
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
/** The metrics files a dvc.yaml declares, in declaration order, without duplicates. */
function dvcMetricsFiles(file, text) {
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
    const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '';
    const seen = new Set();
    const take = (list, at) => {
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
            const rel = typeof entry === 'string'
                ? entry
                : (0,formats_data/* isRecord */.u4)(entry) && Object.keys(entry).length === 1
                    ? Object.keys(entry)[0]
                    : null;
            if (!rel) {
                issues.push({
                    path: '',
                    line: lineOf([...at, i]),
                    message: 'metrics entry must be a path or `{path: {options}}`',
                });
                return;
            }
            const path = join(dir, rel);
            if (seen.has(path))
                return;
            seen.add(path);
            files.push({ path, line: lineOf([...at, i]) });
        });
    };
    take(data.metrics, ['metrics']);
    if ((0,formats_data/* isRecord */.u4)(data.stages)) {
        for (const stage of Object.keys(data.stages)) {
            const s = data.stages[stage];
            if ((0,formats_data/* isRecord */.u4)(s))
                take(s.metrics, ['stages', stage, 'metrics']);
        }
    }
    if (files.length === 0 && issues.length === 0) {
        issues.push({ path: '', line: 1, message: 'dvc.yaml declares no `metrics:` files' });
    }
    return { files, issues };
}

// EXTERNAL MODULE: ./src/formats/metrics/csv.ts
var csv = __webpack_require__(362);
// EXTERNAL MODULE: ./src/formats/metrics/flatten.ts + 1 modules
var flatten = __webpack_require__(8311);
// EXTERNAL MODULE: ./src/formats/metrics/modelcard.ts
var modelcard = __webpack_require__(3741);
// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
;// CONCATENATED MODULE: ./src/formats/metrics/toml.ts
/**
 * TOML metrics (DVC writes metrics as TOML too): parsed with smol-toml, then made plain and safe
 * (dates as ISO strings, `__proto__` refused, nesting bounded) before flattening.
 */



/** Parse a TOML text; syntax errors carry smol-toml's line. Never throws. */
function parseToml(text) {
    const bad = (0,formats_data/* checkText */.qW)(text);
    if (bad)
        return { ok: false, message: bad };
    let raw;
    try {
        raw = (0,dist/* parse */.qg)(text);
    }
    catch (error) {
        if (error instanceof dist/* TomlError */.zx) {
            return {
                ok: false,
                line: error.line,
                message: `not valid TOML: ${error.message.split('\n')[0].replace(/^Invalid TOML document: /, '')}`,
            };
        }
        return { ok: false, message: `not valid TOML: ${(0,formats_data/* errorText */.kc)(error)}` };
    }
    const lineOf = tomlLineOf(text);
    const plain = toPlain(raw, []);
    if (!plain.ok)
        return { ok: false, line: lineOf(plain.path) ?? 1, message: plain.message };
    return { ok: true, value: { data: plain.value, lineOf } };
}
/** A plain copy of smol-toml's result, or the path of the first unsafe key or too-deep node. */
function toPlain(value, path) {
    if (path.length > constants/* Limits */.xu.depth)
        return { ok: false, path, message: `nesting deeper than ${constants/* Limits */.xu.depth} levels` };
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

;// CONCATENATED MODULE: ./src/formats/metrics/index.ts





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
            const parsed = format === 'toml' ? parseToml(text) : (0,formats_data/* parseData */._0)(text);
            if (!parsed.ok)
                return { set: null, findings: [finding(parsed.message, parsed.line)] };
            const { set, issues } = (0,flatten/* flattenMetrics */.g8)(file, parsed.value.data, parsed.value.lineOf, {
                psiEpsilon: opts.psiEpsilon,
            });
            return { set, findings: toFindings(issues) };
        }
        case 'csv': {
            const { set, issues } = (0,csv/* parseCsvMetrics */.FI)(file, text);
            return { set, findings: toFindings(issues) };
        }
        case 'model-card': {
            const { set, issues } = (0,modelcard/* parseModelCard */.fs)(file, text);
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

// EXTERNAL MODULE: ./src/stages/context.ts
var context = __webpack_require__(2088);
;// CONCATENATED MODULE: ./src/stages/metrics.ts




async function load(source, path, model, config, missingLevel) {
    const read = await (0,context/* readOrFinding */.X)(source, path, 'metrics', model, missingLevel ?? 'notice');
    if (!read.ok) {
        const missing = read.result.reason === 'missing';
        const silent = missingLevel === null && missing;
        return { set: null, findings: silent ? [] : [read.finding], missing };
    }
    const opts = { model, psiEpsilon: config.metrics_policy?.psi_epsilon };
    if (!isDvcYaml(read.path))
        return { ...parseMetrics(read.path, read.text, opts), missing: false };
    return { ...(await loadDvc(source, read.path, read.text, model, opts)), missing: false };
}
/** Read every metrics file a dvc.yaml declares and merge them (the first file wins a clash). */
async function loadDvc(source, file, text, model, opts) {
    const at = (message, line) => ({
        level: 'error',
        check: 'metrics',
        model,
        file,
        ...(line ? { line } : {}),
        message,
    });
    const { files, issues } = dvcMetricsFiles(file, text);
    const findings = issues.map((i) => at(i.message, i.line));
    if (files.length === 0)
        return { set: null, findings };
    const merged = { file, values: new Map(), meta: {}, notes: [] };
    // A metric's line is looked up in the set (file) it was read from.
    const owners = new Map();
    merged.lineOf = (name) => owners.get(name)?.lineOf?.(name);
    let anyRead = false;
    for (const entry of files) {
        const confined = (0,types/* confinePath */.ey)(entry.path);
        if (!confined.ok) {
            findings.push(at(`metrics file ${confined.message}`, entry.line));
            continue;
        }
        if (isDvcYaml(confined.path)) {
            findings.push(at(`${confined.path}: a dvc.yaml cannot name another dvc.yaml as metrics`, entry.line));
            continue;
        }
        const read = await (0,context/* readOrFinding */.X)(source, confined.path, 'metrics', model, 'error');
        if (!read.ok) {
            findings.push({ ...read.finding, message: `${read.finding.message} (declared in ${file})` });
            continue;
        }
        const parsed = parseMetrics(read.path, read.text, opts);
        findings.push(...parsed.findings);
        if (!parsed.set)
            continue;
        anyRead = true;
        for (const [name, value] of parsed.set.values) {
            if (merged.values.has(name)) {
                findings.push(at(`${name} is declared by several metrics files; the first (in dvc.yaml order) is used`, entry.line));
                // The line belongs to another file than the dvc.yaml this set is named after.
            }
            else {
                merged.values.set(name, {
                    value: value.value,
                    ...(value.ci ? { ci: value.ci } : {}),
                    ...(value.line ? { line: value.line } : {}),
                    file: read.path,
                });
                if (!value.line)
                    owners.set(name, parsed.set);
            }
        }
        Object.assign(merged.meta, { ...parsed.set.meta, ...merged.meta });
        merged.notes.push(...parsed.set.notes.filter((n) => !merged.notes.includes(n)));
    }
    return { set: anyRead ? merged : null, findings };
}
/** A production reference edited by the PR itself deserves a reviewer's eye. */
async function productionEdited(head, base, path, model) {
    const [h, b] = await Promise.all([head.read(path), base.read(path)]);
    if (!h.ok || !b.ok || h.text === b.text)
        return [];
    return [
        {
            level: 'warning',
            check: 'metrics',
            model,
            file: h.path,
            message: `${h.path}: the production reference is changed by this PR; vs production gates compare with the PR's version`,
        },
    ];
}
/** Read every metrics file the model names. A missing head file is an error; a missing base file means a new model. */
async function metricsStage(model, config, head, base) {
    const findings = [];
    const headRes = await load(head, model.metrics, model.name, config, 'error');
    // A newcomer's most common slip: the path is wrong, or the job that writes the file has not run.
    const hint = `; fix the \`metrics:\` path of model \`${model.name}\` in the config (relative to the repository root) or commit the file your evaluation job writes`;
    findings.push(...headRes.findings.map((f) => (headRes.missing ? { ...f, message: f.message + hint } : f)));
    let baseRes = { set: null, findings: [], missing: false };
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
    if (model.production && model.production !== 'base') {
        const prod = await load(head, model.production, model.name, config, 'error');
        findings.push(...prod.findings);
        production = prod.set;
        if (base)
            findings.push(...(await productionEdited(head, base, model.production, model.name)));
    }
    let baseline = null;
    if (model.baseline) {
        const bl = await load(head, model.baseline, model.name, config, 'error');
        findings.push(...bl.findings);
        baseline = bl.set;
    }
    return {
        metrics: { head: headRes.set, base: baseRes.set, production, baseline },
        findings,
        isNew: base !== null && baseRes.missing,
    };
}

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
function gateFindings(model, gates, loaded, index, metricAt) {
    const out = [];
    for (const g of gates) {
        if (g.status !== 'fail' && g.status !== 'warn')
            continue;
        const at = metricAt(g.metric);
        const metricLine = at?.line;
        out.push({
            level: g.status === 'fail' ? 'error' : 'warning',
            check: 'gate',
            model,
            target: (0,waivers/* gateTarget */.vw)(model, g),
            file: at ? at.file : loaded.file,
            ...((metricLine ?? loaded.gateLine(index, g.gate))
                ? { line: metricLine ?? loaded.gateLine(index, g.gate) }
                : {}),
            message: g.message,
        });
    }
    return out;
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
            const m = await metricsStage(model, config, headTree, baseTree);
            findings.push(...m.findings);
            // Only a production reference read from the base commit is absent because the model is new;
            // a configured production file that is missing fails closed like any missing reference.
            const productionFromBase = (model.production ?? 'base') === 'base';
            const gates = (0,checks_gates/* evaluateGates */.ud)(model.gates ?? [], {
                ...m.metrics,
                newModel: m.isNew && productionFromBase,
            });
            const diff = diffMetrics(m.metrics.base, m.metrics.head, m.metrics.baseline, {
                all: config.metrics_policy?.show_all,
            });
            const head = m.metrics.head;
            // Only failing gates ask: lines of the other metrics are never looked up.
            const metricAt = (name) => {
                const v = head?.values.get(name);
                const line = v && (v.line ?? head?.lineOf?.(name));
                return line ? { file: v.file ?? model.metrics, line } : undefined;
            };
            findings.push(...gateFindings(model.name, gates, loaded, index, metricAt));
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
                metricsFile: model.metrics,
                gates,
                metrics: diff,
                meta: m.metrics.head?.meta ?? {},
                notes: [...(m.metrics.head?.notes ?? [])],
            };
            if (fromHead) {
                report.gatesFrom = 'head';
                report.notes.push('Model added to the config by this PR: it has no gates at the base branch, so its gates are read from this PR.');
            }
            if (report.state === 'new') {
                const skipped = gates.some((g) => g.vs === 'production' && g.status === 'skip');
                report.notes.push(`New model: no metrics at the base commit.${skipped ? ' Gates vs production are skipped (set required: true on a gate to fail instead).' : ''}`);
            }
            // Each capability's code (parsers, schema validators) is loaded only for a model that uses it.
            const none = { findings: [] };
            const [contract, rollout, manifest, ledger] = await Promise.all([
                model.contract ? __webpack_require__.e(/* import() */ 887).then(__webpack_require__.bind(__webpack_require__, 4887)).then((s) => s.contractStage(ctx)) : none,
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

/***/ 7991:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N4: () => (/* binding */ overCap),
/* harmony export */   ey: () => (/* binding */ confinePath),
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


/***/ })

};
