export const id = 655;
export const ids = [655];
export const modules = {

/***/ 5655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderText: () => (/* binding */ renderText)
/* harmony export */ });
/* harmony import */ var _numbers_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5616);
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8516);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6867);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7994);
/** Plain-text rendering for terminals (`mlgate check --format text`). */




const MARK = { pass: 'PASS', fail: 'FAIL', warn: 'WARN', skip: 'SKIP', waived: 'WAIV' };
function show(v, ci, text) {
    if (v === null || v === undefined)
        return '-';
    if (typeof v !== 'number')
        return String(v);
    return ci ? `${text ?? (0,_numbers_js__WEBPACK_IMPORTED_MODULE_3__/* .fmt */ .Sc)(v)} [${(0,_numbers_js__WEBPACK_IMPORTED_MODULE_3__/* .fmt */ .Sc)(ci[0])}, ${(0,_numbers_js__WEBPACK_IMPORTED_MODULE_3__/* .fmt */ .Sc)(ci[1])}]` : (text ?? (0,_numbers_js__WEBPACK_IMPORTED_MODULE_3__/* .fmt */ .Sc)(v));
}
/** The report as plain text: verdict, policy changes, then per model its gates and metric diff. */
function renderText(report) {
    const out = [];
    const { errors, warnings } = report.counts;
    out.push(`mlgate: ${report.passed ? 'PASSED' : 'FAILED'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'})`);
    const head = report.pr.head ? report.pr.head.slice(0, 7) : (report.pr.headLabel ?? null);
    const base = report.pr.base ? report.pr.base.slice(0, 7) : null;
    if (head || base)
        out.push(`compared: ${base ?? '(no base)'} -> ${head ?? '(head)'}`);
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
        // A failing row says where its value came from and which gate asked; a row that would read
        // like an earlier one (two gates, same words) names its gate too; an identical row is dropped.
        const rows = new Set();
        for (const g of model.gates) {
            const at = (0,_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .gateWhere */ .l)(report, model, g);
            const failing = g.status === 'fail' || g.status === 'warn' || g.status === 'waived';
            const vs = failing && g.vs && !g.message.includes(g.vs) ? `vs ${g.vs}: ` : '';
            let row = `  ${MARK[g.status]}  ${g.name ? `${g.name}: ` : ''}${vs}${g.message}`;
            if (failing && at.value)
                row += ` · ${at.value}`;
            if (at.gate && (failing || rows.has(row)))
                row += ` · gate ${at.gate}`;
            if (rows.has(row))
                continue;
            rows.add(row);
            out.push(row);
        }
        if (model.metrics.length > 0) {
            const production = model.diffBase?.kind === 'production' ? model.diffBase.file : null;
            out.push(production
                ? `  metric diff (production ${production} -> head; the values vs production gates compare with):`
                : '  metric diff (base -> head):');
            const withPath = (model.metricsFiles?.length ?? 0) > 1;
            for (const r of model.metrics) {
                const change = r.change === null ? '' : ` (${r.change > 0 ? '+' : ''}${(0,_numbers_js__WEBPACK_IMPORTED_MODULE_3__/* .fmt */ .Sc)(r.change)})`;
                const baseline = r.baseline === undefined || r.baseline === null ? '' : `; baseline ${show(r.baseline)}`;
                const [b, h] = typeof r.base === 'number' && typeof r.head === 'number'
                    ? (0,_numbers_js__WEBPACK_IMPORTED_MODULE_3__/* .fmtPair */ .oP)(r.base, r.head)
                    : [undefined, undefined];
                out.push(`    ${withPath && r.path ? `${r.path}:` : ''}${r.metric}: ${show(r.base, r.baseCi, b)} -> ${show(r.head, r.headCi, h)}${change}${baseline}`);
            }
        }
        for (const what of model.notConfigured ?? [])
            out.push(`  ${what}: not configured; ${_model_js__WEBPACK_IMPORTED_MODULE_1__/* .TURN_ON */ .G9[what]}`);
    }
    for (const model of report.models) {
        const l = model.ledger;
        // As in the comment: when metrics moved and the ledger has no new entry, the entry to paste.
        if (l && l.added.length === 0 && l.metricsChanged && l.suggested) {
            out.push('', `suggested ledger entry for ${model.name} (append to ${l.file}):`);
            out.push(...l.suggested
                .trimEnd()
                .split('\n')
                .map((line) => `  ${line}`));
        }
    }
    if (report.checklist) {
        const c = report.checklist.counts;
        const items = report.checklist.items;
        const mark = { evidence: 'OK  ', attested: 'ATT ', waived: 'N/A ', missing: 'MISS' };
        // Without a PR description nothing can be ticked: one line, and the rows that warn.
        const unread = report.checklist.source === 'none';
        if (unread) {
            const evidence = items.filter((i) => i.status === 'evidence').map((i) => i.id);
            out.push('', `checklist: ${evidence.length} of ${items.length} by evidence${evidence.length ? ` (${evidence.join(', ')})` : ''}; ${c.missing} to tick in the PR description (none read here: --pr-body FILE reads one)`);
        }
        else
            out.push('', `checklist: ${c.evidence} by evidence, ${c.attested} attested, ${c.waived} waived, ${c.missing} missing`);
        for (const item of items) {
            if (unread && !(item.required && item.status === 'missing'))
                continue;
            out.push(`  ${mark[item.status]} ${item.id}${item.required ? ' (required)' : ''}: ${item.detail}`);
        }
    }
    // Gate failures and checklist items are printed above as rows: never print a row twice.
    const shown = new Set();
    const rest = report.findings.filter((f) => {
        if (f.check === 'gate' || (f.check === 'checklist' && report.checklist))
            return false;
        const key = (0,_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .fieldsKey */ .R)([f.level, f.file, f.line, f.message]);
        if (shown.has(key))
            return false;
        shown.add(key);
        return true;
    });
    if (rest.length > 0) {
        out.push('', 'findings:');
        for (const f of rest)
            out.push(`  ${f.level}: ${f.file ? `${f.file}${f.line ? `:${f.line}` : ''}: ` : ''}${(0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .messageAfterFile */ .aS)(f)}`);
    }
    return out.join('\n') + '\n';
}


/***/ })

};
