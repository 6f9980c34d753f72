export const id = 773;
export const ids = [773];
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
// EXTERNAL MODULE: ./src/report/numbers.ts
var numbers = __webpack_require__(5616);
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
