export const id = 107;
export const ids = [107];
export const modules = {

/***/ 9107:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   findReportFiles: () => (/* binding */ findReportFiles),
/* harmony export */   readReports: () => (/* binding */ readReports)
/* harmony export */ });
/* unused harmony export ReportPathError */
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7242);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _formats_data_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9177);
/* harmony import */ var _order_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5395);
/**
 * Fan-in I/O (SPEC §11): find and read the matrix jobs' report files for `mlgate merge` and
 * `mode: merge`. Each file is parsed and validated on its own, so one bad artifact is a finding
 * naming it, never a crash; the merge itself is pure (`report/merge.ts`).
 */





/** Largest report file read (a 200-model report is a few MB). */
const MAX_REPORT_BYTES = _constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Limits */ .xu.reportBytes;
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
    const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(dir, { withFileTypes: true });
    entries.sort((a, b) => (0,_order_js__WEBPACK_IMPORTED_MODULE_4__/* .byCodeUnit */ .X)(a.name, b.name));
    for (const e of entries) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, e.name);
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
            info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path);
        }
        catch (error) {
            throw new ReportPathError(`cannot read "${path}" (${(0,_formats_data_js__WEBPACK_IMPORTED_MODULE_3__/* .errorText */ .kc)(error)}); expected a report file or a directory of reports`);
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
        const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(cwd, path);
        const file = rel && !rel.startsWith('..') ? rel : path;
        let text;
        try {
            const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path);
            if (info.size > MAX_REPORT_BYTES) {
                out.push({ file, error: `over ${MAX_REPORT_BYTES} bytes; not an mlgate report` });
                continue;
            }
            if (total + info.size > maxTotalBytes) {
                out.push({ file, error: `not read: the reports before it already hold ${total} bytes` });
                continue;
            }
            total += info.size;
            text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path, 'utf8');
        }
        catch (error) {
            out.push({ file, error: `cannot read it (${(0,_formats_data_js__WEBPACK_IMPORTED_MODULE_3__/* .errorText */ .kc)(error)})` });
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


/***/ })

};
