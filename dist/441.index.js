export const id = 441;
export const ids = [441];
export const modules = {

/***/ 6441:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ledgerStage: () => (/* binding */ ledgerStage)
});

// EXTERNAL MODULE: ./src/formats/data.ts + 5 modules
var formats_data = __webpack_require__(8877);
;// CONCATENATED MODULE: ./src/formats/ledger.ts
/**
 * The observation ledger (SPEC §7): `(path, text) → entries`, no I/O. Two forms: `LEDGER.md`
 * with one `## Iteration N: title` section per iteration and `- Field: value` lines, or a YAML
 * (or JSON) list of mappings with the same fields (`metric_movement` or `Metric movement`).
 */

/** The fields of a ledger entry, in the order SPEC §7 lists them. */
const LEDGER_FIELDS = [
    'Change',
    'Why this mattered',
    'Metric movement',
    'Slice movement',
    'False positives',
    'False negatives',
    'Unexpected errors',
    'Decision',
    'Tradeoff accepted',
    'Lesson captured',
    'Regression added',
    'Debt created',
    'Next iteration',
];
/** Field names compare case-insensitively, with `_`/`-` as spaces and `**bold**` ignored. */
function fieldKey(name) {
    return name
        .replace(/[*_`]{2,}/g, '')
        .replace(/[_-]+/g, ' ')
        .replace(/\s+/g, ' ')
        .trim()
        .toLowerCase();
}
/** A field's value by name, or undefined. */
function fieldValue(entry, name) {
    const key = fieldKey(name);
    return entry.fields.find((f) => fieldKey(f.name) === key)?.value;
}
/** Read a ledger: YAML/JSON by extension, else markdown. */
function parseLedger(file, text) {
    // Markdown has no syntax to fail, so size and binary content are checked here for both forms.
    const bad = (0,formats_data/* checkText */.qW)(text);
    if (bad)
        return { ok: false, message: bad };
    return /\.(ya?ml|json)$/i.test(file)
        ? parseYamlLedger(file, text)
        : parseMarkdownLedger(file, text);
}
const HEADING = /^##[ \t]+(.+?)[ \t#]*$/;
const ITERATION = /^iteration\s+(\d+)\s*(?:[:.—–-]\s*(.*))?$/i;
const FIELD = /^[-*+][ \t]+(?:\*\*)?([A-Za-z][A-Za-z _/-]{0,60}?)(?:\*\*)?[ \t]*:(?:\*\*)?[ \t]*(.*)$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** Markdown form: `## ` headings start entries; text before the first heading is a free preamble. */
function parseMarkdownLedger(file, text) {
    const lines = text.split(/\r\n|\r|\n/);
    const entries = [];
    let current = null;
    let fence = null;
    let inComment = false;
    const close = (end) => {
        if (current)
            entries.push(toEntry(current.heading, current.start, current.body, end));
    };
    lines.forEach((line, i) => {
        const wasCode = fence !== null || inComment;
        if (fence !== null) {
            if (line.trim().startsWith(fence) && line.trim().replace(/[`~]/g, '') === '')
                fence = null;
        }
        else if (inComment) {
            if (line.includes('-->'))
                inComment = false;
        }
        else {
            const f = FENCE.exec(line);
            if (f)
                fence = f[1];
            else if (line.includes('<!--') && !line.slice(line.lastIndexOf('<!--')).includes('-->'))
                inComment = true;
        }
        const heading = wasCode || fence !== null ? null : HEADING.exec(line);
        if (heading) {
            close(i);
            current = { heading: heading[1].trim(), start: i + 1, body: [line] };
        }
        else
            current?.body.push(line);
    });
    close(lines.length);
    return { ok: true, doc: { file, format: 'markdown', entries } };
}
function toEntry(heading, start, body, end) {
    const trimmed = [...body];
    while (trimmed.length > 1 && trimmed[trimmed.length - 1].trim() === '')
        trimmed.pop();
    const it = ITERATION.exec(heading);
    const fields = [];
    let fence = false;
    trimmed.slice(1).forEach((line, n) => {
        if (FENCE.test(line))
            fence = !fence;
        if (fence)
            return;
        const m = FIELD.exec(line.trim());
        if (m && /^[-*+]/.test(line)) {
            fields.push({ name: m[1].trim(), value: m[2].trim(), line: start + n + 1 });
        }
        else if (fields.length > 0 && line.trim() !== '' && /^\s/.test(line)) {
            const last = fields[fields.length - 1];
            last.value = `${last.value} ${line.trim()}`.trim();
        }
    });
    return {
        key: heading.replace(/\s+/g, ' '),
        iteration: it ? Number(it[1]) : null,
        title: it ? (it[2] ?? '').trim() : heading,
        fields,
        line: start,
        endLine: Math.min(end, start + trimmed.length - 1),
        lines: trimmed,
        content: trimmed.map((l) => l.trimEnd()).join('\n'),
    };
}
/** YAML/JSON form: a list of mappings, or a mapping with an `entries`/`iterations` list. */
function parseYamlLedger(file, text) {
    const parsed = (0,formats_data/* parseData */._0)(text);
    if (!parsed.ok)
        return { ok: false, line: parsed.line, message: parsed.message };
    const { data, lineOf } = parsed.value;
    if (data === null || data === undefined)
        return { ok: true, doc: { file, format: 'yaml', entries: [] } };
    let list = data;
    let prefix = [];
    if ((0,formats_data/* isRecord */.u4)(data)) {
        const key = ['entries', 'iterations', 'ledger'].find((k) => Array.isArray(data[k]));
        if (key) {
            list = data[key];
            prefix = [key];
        }
    }
    if (!Array.isArray(list))
        return {
            ok: false,
            line: 1,
            message: 'expected a list of ledger entries (mappings with Change, Metric movement, Decision, …)',
        };
    const all = text.split(/\r\n|\r|\n/);
    const entries = [];
    for (const [i, item] of list.entries()) {
        const line = lineOf([...prefix, i]) ?? 1;
        const nextLine = i + 1 < list.length ? lineOf([...prefix, i + 1]) : undefined;
        if (!(0,formats_data/* isRecord */.u4)(item))
            return { ok: false, line, message: `entry ${i + 1}: expected a mapping of ledger fields` };
        const fields = [];
        let iteration = null;
        let title = '';
        for (const [k, v] of Object.entries(item)) {
            const key = fieldKey(k);
            if (key === 'iteration' && typeof v === 'number')
                iteration = v;
            else if (key === 'iteration' && typeof v === 'string' && /^\d+$/.test(v))
                iteration = Number(v);
            else if (key === 'title')
                title = String(v ?? '');
            else
                fields.push({
                    name: canonicalName(k),
                    value: v === null || v === undefined
                        ? ''
                        : typeof v === 'object'
                            ? JSON.stringify(v)
                            : String(v),
                    line: lineOf([...prefix, i, k]) ?? line,
                });
        }
        // A block entry starts at its `- ` line; its text runs to the next entry (or the end).
        let end = (nextLine ?? all.length + 1) - 1;
        while (end > line && all[end - 1].trim() === '')
            end--;
        const lines = all.slice(line - 1, end);
        entries.push({
            key: iteration !== null ? `Iteration ${iteration}` : `entry ${i + 1}`,
            iteration,
            title,
            fields,
            line,
            endLine: end,
            lines,
            content: canonical(item),
        });
    }
    return { ok: true, doc: { file, format: 'yaml', entries } };
}
/** `metric_movement` → `Metric movement` when it is one of the known fields. */
function canonicalName(name) {
    return LEDGER_FIELDS.find((f) => fieldKey(f) === fieldKey(name)) ?? name;
}
/** JSON with sorted keys at every level, so reformatting the YAML is not an edit. */
function canonical(value) {
    if (Array.isArray(value))
        return `[${value.map(canonical).join(',')}]`;
    if ((0,formats_data/* isRecord */.u4)(value))
        return `{${Object.keys(value)
            .sort()
            .map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`)
            .join(',')}}`;
    return JSON.stringify(value) ?? 'null';
}

;// CONCATENATED MODULE: ./src/checks/line-diff.ts
/** A small line diff (longest common subsequence) for ledger entries, pure. */
/** Lines of `before` → `after`, each prefixed `' '` (kept), `-` (removed) or `+` (added). */
function lineDiff(before, after) {
    const n = before.length;
    const m = after.length;
    // Entries are short; past a size where the table gets big, show the whole replacement.
    if (n * m > 250_000)
        return [...before.map((l) => `-${l}`), ...after.map((l) => `+${l}`)];
    const lcs = Array.from({ length: n + 1 }, () => new Array(m + 1).fill(0));
    for (let i = n - 1; i >= 0; i--)
        for (let j = m - 1; j >= 0; j--)
            lcs[i][j] =
                before[i] === after[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    const out = [];
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && before[i] === after[j]) {
            out.push(` ${before[i]}`);
            i++;
            j++;
        }
        else if (i < n && (j >= m || lcs[i + 1][j] >= lcs[i][j + 1])) {
            out.push(`-${before[i]}`);
            i++;
        }
        else {
            out.push(`+${after[j]}`);
            j++;
        }
    }
    return out;
}

// EXTERNAL MODULE: ./src/report/numbers.ts
var numbers = __webpack_require__(5616);
;// CONCATENATED MODULE: ./src/checks/ledger-movement.ts
/**
 * Metric movement in words, both ways: format the measured diff as a ledger line
 * (`auc +0.012 (0.831 → 0.843)`), and read a stated line back to catch a ledger entry that
 * contradicts the measurement. Pure.
 */

const SLICE = /^(slices?|cohorts?|segments?|groups?)\./i;
/** Whether a metric path is a slice metric (`slices.<name>.<metric>`). */
function isSliceMetric(metric) {
    return SLICE.test(metric);
}
function decimals(n) {
    // Six significant digits, as `show` prints it: 0.7000000000000001 has one decimal, not 16.
    const s = String(Number(n.toPrecision(6)));
    if (s.includes('e'))
        return 6;
    return Math.min(6, (s.split('.')[1] ?? '').length);
}
/** `+0.012`, `-3`, `±0`: the change with the precision of its inputs. */
function signed(change, base, head) {
    const d = Math.max(decimals(base), decimals(head));
    const text = Math.abs(change).toFixed(d);
    if (Number(text) === 0)
        return '±0';
    return `${change > 0 ? '+' : '-'}${text}`;
}
/** A value as a ledger line shows it: the report's precision policy (report/numbers.ts). */
const show = numbers/* fmt */.Sc;
/** `auc +0.012 (0.831 → 0.843)`, or `auc 0.843 (new)` when the base lacks it. */
function movementOf(row) {
    const { base, head } = row;
    if (typeof head === 'number' && typeof base === 'number' && row.change !== null) {
        if (row.change === 0)
            return null;
        const [from, to] = (0,numbers/* fmtPair */.oP)(base, head);
        return `${row.metric} ${signed(row.change, base, head)} (${from} → ${to})`;
    }
    if (typeof head === 'number' && (base === null || base === undefined))
        return `${row.metric} ${show(head)} (new)`;
    if (typeof base === 'number' && (head === null || head === undefined))
        return `${row.metric} removed (was ${show(base)})`;
    return null;
}
function list(parts, max, none) {
    if (parts.length === 0)
        return none;
    const shown = parts.slice(0, max);
    const more = parts.length - shown.length;
    return shown.join('; ') + (more > 0 ? `; … and ${more} more` : '');
}
/** The measured metric movement of the non-slice metrics, sorted by name. */
function metricMovement(rows, max = 6) {
    const parts = rows
        .filter((r) => !isSliceMetric(r.metric))
        .map(movementOf)
        .filter((s) => s !== null);
    return list(parts, max, 'no metric changed');
}
/** |change| rounded, so float noise (0.72 − 0.71 vs 0.23 − 0.22) does not decide the order. */
const size = (r) => Math.round(Math.abs(r.change ?? 0) * 1e9);
/** The measured slice movement (largest moves first), then slice gates that failed or warned. */
function sliceMovement(rows, gates, max = 6) {
    const moved = rows
        .filter((r) => isSliceMetric(r.metric) && r.change !== null && r.change !== 0)
        .sort((a, b) => size(b) - size(a) || a.metric.localeCompare(b.metric))
        .map(movementOf)
        .filter((s) => s !== null);
    const flagged = gates
        .filter((g) => (g.status === 'fail' || g.status === 'warn') && isSliceMetric(g.metric))
        .sort((a, b) => a.metric.localeCompare(b.metric))
        .map((g) => `${g.status === 'fail' ? 'failing' : 'warning'}: ${g.message}`);
    const parts = [list(moved, max, 'no slice metric changed'), ...flagged];
    return parts.join('; ');
}
const NUM = String.raw `\d+(?:\.\d+)?|\.\d+`;
const DELTA = new RegExp(String.raw `(?:^|[\s(:=])([+\-−])\s?(${NUM})\s*(%|pp\b|points?\b)?`);
const ARROW = new RegExp(String.raw `(-?(?:${NUM}))\s*(?:→|->|=>|⟶|to)\s*(-?(?:${NUM}))`);
function written(text) {
    const t = text.replace('−', '-');
    return { value: Number(t), decimals: (t.split('.')[1] ?? '').length };
}
const MAX_TEXT = 20_000;
const MAX_CLAUSES = 200;
const WORD = /[\w.]/;
/** End of the first mention of `name` in `clause` not inside a longer dotted name, or -1. */
function mentionEnd(clause, name) {
    if (name === '')
        return -1;
    for (let i = clause.indexOf(name); i >= 0; i = clause.indexOf(name, i + 1)) {
        const before = i === 0 ? '' : clause[i - 1];
        const after = clause[i + name.length] ?? '';
        if (!WORD.test(before) && !WORD.test(after))
            return i + name.length;
    }
    return -1;
}
/** Read `auc +0.012 (0.831 → 0.843); latency.p95_ms +5` for the metrics it names. */
function parseMovement(text, metricNames) {
    const names = [...metricNames].sort((a, b) => b.length - a.length);
    const out = [];
    // Bounded: a hostile ledger line must not cost clauses × metric names regex compilations.
    for (const clause of text
        .slice(0, MAX_TEXT)
        .split(/;|,\s|\n/)
        .slice(0, MAX_CLAUSES)) {
        let metric;
        let at = -1;
        const lower = clause.toLowerCase();
        for (const n of names) {
            const end = mentionEnd(lower, n.toLowerCase());
            if (end >= 0) {
                metric = n;
                at = end;
                break;
            }
        }
        if (!metric || out.some((s) => s.metric === metric))
            continue;
        const rest = clause.slice(at);
        const stated = { metric };
        const arrow = ARROW.exec(rest);
        const beforeArrow = arrow ? rest.slice(0, arrow.index) : rest;
        const delta = DELTA.exec(beforeArrow);
        if (delta) {
            const w = written(delta[2]);
            stated.delta = {
                value: delta[1] === '+' ? w.value : -w.value,
                decimals: w.decimals,
                percent: delta[3] !== undefined,
            };
        }
        if (arrow) {
            stated.from = written(arrow[1]);
            stated.to = written(arrow[2]);
        }
        if (stated.delta || stated.from)
            out.push(stated);
    }
    return out;
}
const tolerance = (w, measured) => Math.max(0.5 * 10 ** -w.decimals, 0.1 * Math.abs(measured), 1e-12);
/**
 * Where a stated movement contradicts the measured one: the sign, the size of the change beyond
 * rounding (half a unit in the last written digit, or 10 %), or the endpoints.
 */
function contradiction(stated, base, head) {
    if (base === undefined || head === undefined)
        return null;
    const measured = head - base;
    const actual = measured === 0
        ? `${stated.metric} did not change (${String(head)})`
        : `the measured change is ${signed(measured, base, head)} (${String(base)} → ${String(head)})`;
    if (stated.delta) {
        const s = stated.delta.value;
        if (Math.sign(s) !== Math.sign(measured) && !(s === 0 && measured === 0))
            return `states ${stated.metric} ${s > 0 ? '+' : '-'}${Math.abs(s)}${stated.delta.percent ? '%' : ''} but ${actual}`;
        if (!stated.delta.percent && Math.abs(s - measured) > tolerance(stated.delta, measured))
            return `states ${stated.metric} ${s > 0 ? '+' : '-'}${Math.abs(s)} but ${actual}`;
    }
    if (stated.from && stated.to) {
        const off = (w, v) => Math.abs(w.value - v) > 0.5 * 10 ** -w.decimals + 1e-12;
        if (off(stated.from, base) || off(stated.to, head))
            return `states ${stated.metric} ${stated.from.value} → ${stated.to.value} but ${actual}`;
    }
    return null;
}

;// CONCATENATED MODULE: ./src/checks/ledger.ts



/** Required fields of a new entry when `ledger_policy.required_fields` is unset. */
const DEFAULT_REQUIRED_FIELDS = ['Change', 'Metric movement', 'Decision'];
const PLACEHOLDER = /^(|\.\.\.|…|-|—|n\/?a|todo|tbd|<[^>]*>)$/i;
/** Whether a field value says nothing (empty, `...`, `TODO`, `<fill in>`). */
function isPlaceholder(value) {
    return value === undefined || PLACEHOLDER.test(value.trim());
}
function measuredChange(rows) {
    return rows.some((r) => r.base !== r.head && !(Number.isNaN(r.base) && Number.isNaN(r.head)));
}
/** Match base entries to head entries by key (and occurrence, for repeated headings). */
function pair(base, head) {
    const slots = new Map();
    for (const h of head)
        slots.set(h.key, [...(slots.get(h.key) ?? []), h]);
    const matched = new Set();
    const pairs = [];
    for (const b of base) {
        const h = slots.get(b.key)?.shift() ?? null;
        if (h)
            matched.add(h);
        pairs.push({ base: b, head: h });
    }
    return { pairs, added: head.filter((h) => !matched.has(h)) };
}
function checkLedger(input) {
    const { model, file, head, base, policy } = input;
    const findings = [];
    const at = (level, line, message, rule) => findings.push({
        level,
        check: 'ledger',
        model,
        file,
        ...(line ? { line } : {}),
        message,
        rule,
    });
    const headEntries = head?.entries ?? [];
    const { pairs, added } = pair(base?.entries ?? [], headEntries);
    const edited = [];
    const removed = [];
    const chunks = [];
    const appendOnly = policy?.append_only ?? true;
    if (head) {
        for (const { base: b, head: h } of pairs) {
            if (!h) {
                removed.push({ key: b.key, baseLine: b.line });
                chunks.push({
                    order: b.line,
                    lines: [
                        `@@ removed: ${b.key} (line ${b.line} at base) @@`,
                        ...b.lines.map((l) => `-${l}`),
                    ],
                });
                at(appendOnly ? 'error' : 'notice', undefined, `past ledger entry "${b.key}" (line ${b.line} at base) was removed; the ledger is append-only: restore it and add a new entry instead`, 'ledger.append-only');
            }
            else if (h.content !== b.content) {
                const d = lineDiff(b.lines, h.lines);
                const first = d.findIndex((l) => !l.startsWith(' '));
                const changedHeadLine = h.line + d.slice(0, Math.max(0, first)).filter((l) => !l.startsWith('-')).length;
                edited.push({ key: h.key, line: changedHeadLine });
                chunks.push({ order: h.line, lines: [`@@ edited: ${h.key} @@`, ...d] });
                at(appendOnly ? 'error' : 'notice', changedHeadLine, `past ledger entry "${h.key}" was edited; the ledger is append-only: revert the edit and record the correction in a new entry`, 'ledger.append-only');
            }
        }
    }
    const required = input.policy?.required_fields ?? [...DEFAULT_REQUIRED_FIELDS];
    const summaries = added.map((e) => {
        const missing = required.filter((f) => isPlaceholder(fieldValue(e, f)));
        for (const f of missing) {
            const field = e.fields.find((x) => x.name.toLowerCase() === f.toLowerCase());
            at('error', field?.line ?? e.line, `new ledger entry "${e.key}": required field "${f}" is ${field ? 'empty' : 'missing'}`, 'ledger.required-field');
        }
        chunks.push({ order: e.line, lines: [`@@ new: ${e.key} @@`, ...e.lines.map((l) => `+${l}`)] });
        return { key: e.key, title: e.title, iteration: e.iteration, line: e.line, missing };
    });
    const metricsChanged = measuredChange(input.diff);
    const requireEntry = policy?.require_entry_when_metrics_change;
    if (head && metricsChanged && added.length === 0 && requireEntry !== false) {
        const last = headEntries[headEntries.length - 1];
        at(requireEntry === true ? 'error' : 'warning', last ? last.endLine : 1, `metrics changed but ${file} has no new entry; add one (the comment has one ready to paste, with the measured movement)`, 'ledger.entry-required');
    }
    const latest = latestEntry(added);
    if (latest)
        findings.push(...contradictions(input, latest));
    chunks.sort((a, b) => a.order - b.order);
    const diff = chunks.flatMap((c, i) => (i === 0 ? c.lines : [' ', ...c.lines]));
    return {
        section: {
            file,
            format: input.format,
            entries: head ? headEntries.length : null,
            baseEntries: base ? base.entries.length : null,
            added: summaries,
            edited,
            removed,
            diff,
            metricsChanged,
            suggested: suggestEntry(input, latest),
        },
        findings,
    };
}
/** The new entry that describes this PR: the highest iteration, else the last one written. */
function latestEntry(added) {
    return [...added].sort((a, b) => (a.iteration ?? -Infinity) - (b.iteration ?? -Infinity) || a.line - b.line)[added.length - 1];
}
function contradictions(input, entry) {
    const field = entry.fields.find((f) => f.name.toLowerCase() === 'metric movement');
    if (!field || isPlaceholder(field.value))
        return [];
    const names = [...new Set([...input.headValues.keys(), ...input.baseValues.keys()])];
    const out = [];
    for (const stated of parseMovement(field.value, names)) {
        const why = contradiction(stated, input.baseValues.get(stated.metric), input.headValues.get(stated.metric));
        if (why)
            out.push({
                level: 'warning',
                check: 'ledger',
                model: input.model,
                file: input.file,
                line: field.line,
                message: `ledger entry "${entry.key}" ${why}`,
                rule: 'ledger.movement-contradiction',
            });
    }
    return out;
}
/** A suggested entry in the ledger's format, with the measured metric and slice movement. */
function suggestEntry(input, written) {
    const iterations = (input.base?.entries ?? []).map((e) => e.iteration ?? 0);
    const next = written?.iteration ?? iterations.reduce((a, b) => Math.max(a, b), 0) + 1;
    const title = written?.title || '<short title>';
    const filled = {
        'Metric movement': metricMovement(input.diff),
        'Slice movement': sliceMovement(input.diff, input.gates),
    };
    const placeholder = { Decision: '<promote | hold | roll back>' };
    const value = (f) => {
        const own = written ? fieldValue(written, f) : undefined;
        return (filled[f] ??
            (isPlaceholder(own) ? undefined : own) ??
            placeholder[f] ??
            `<${f.toLowerCase()}>`);
    };
    if (input.format === 'yaml') {
        const key = (f) => f.toLowerCase().replace(/ /g, '_');
        return [
            `- iteration: ${next}`,
            `  title: ${JSON.stringify(title)}`,
            ...LEDGER_FIELDS.map((f) => `  ${key(f)}: ${JSON.stringify(value(f))}`),
        ].join('\n');
    }
    return [
        `## Iteration ${next}: ${title}`,
        ...LEDGER_FIELDS.map((f) => `- ${f}: ${value(f)}`),
    ].join('\n');
}

// EXTERNAL MODULE: ./src/stages/context.ts
var context = __webpack_require__(2088);
;// CONCATENATED MODULE: ./src/stages/ledger.ts
/** The ledger stage: reads the model's ledger at head and base and checks it (SPEC §7). */



async function readSide(source, path, model, side) {
    const read = await (0,context/* readOrFinding */.X)(source, path, 'ledger', model, 'error');
    if (!read.ok) {
        // A ledger added by this PR has no base version: that is not a problem.
        if (side === 'base' && read.result.reason === 'missing')
            return { doc: null, findings: [] };
        const finding = side === 'base'
            ? {
                ...read.finding,
                level: 'warning',
                message: `at base: ${read.finding.message}`,
            }
            : read.finding;
        return { doc: null, findings: [finding] };
    }
    const parsed = parseLedger(read.path, read.text);
    if (parsed.ok)
        return { doc: parsed.doc, findings: [] };
    const finding = {
        level: side === 'base' ? 'warning' : 'error',
        check: 'ledger',
        model,
        file: read.path,
        ...(parsed.line ? { line: parsed.line } : {}),
        message: `${side === 'base' ? 'at base: ' : ''}${read.path}: ${parsed.message}`,
    };
    return { doc: null, findings: [finding] };
}
function ledger_numbers(set) {
    const out = new Map();
    for (const [k, v] of set?.values ?? [])
        if (typeof v.value === 'number' && Number.isFinite(v.value))
            out.set(k, v.value);
    return out;
}
async function ledgerStage(ctx) {
    const path = ctx.model.ledger;
    if (!path)
        return { findings: [] };
    const name = ctx.model.name;
    const [head, base] = await Promise.all([
        readSide(ctx.head, path, name, 'head'),
        ctx.base
            ? readSide(ctx.base, path, name, 'base')
            : Promise.resolve({ doc: null, findings: [] }),
    ]);
    const { section, findings } = checkLedger({
        model: name,
        file: path,
        format: /\.(ya?ml|json)$/i.test(path) ? 'yaml' : 'markdown',
        head: head.doc,
        base: base.doc,
        policy: ctx.config.ledger_policy,
        diff: ctx.diff,
        gates: ctx.gates,
        baseValues: ledger_numbers(ctx.metrics.base),
        headValues: ledger_numbers(ctx.metrics.head),
    });
    return { section, findings: [...head.findings, ...base.findings, ...findings] };
}


/***/ })

};
