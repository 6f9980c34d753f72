export const id = 959;
export const ids = [959];
export const modules = {

/***/ 1959:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   historyStage: () => (/* binding */ historyStage)
/* harmony export */ });
/* harmony import */ var _checks_history_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(757);
/* harmony import */ var _formats_metrics_dvc_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3828);
/* harmony import */ var _formats_metrics_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8278);
/* harmony import */ var _metrics_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3578);
/**
 * The history stage: for a model with `vs: history` gates, the metrics file at the last N commits
 * of the base branch that changed it (one `git log`, then the source's own `git cat-file` process),
 * parsed like any metrics file. A version that does not parse is left out, as it holds no value to
 * compare with.
 */




/** The history the model's gates need, or null when no gate compares with history. */
async function historyStage(model, config, base) {
    const windows = (0,_checks_history_js__WEBPACK_IMPORTED_MODULE_0__/* .historyWindows */ .sF)(model.gates);
    if (windows.length === 0)
        return null;
    const none = (unavailable) => ({
        versions: [],
        shallow: false,
        unavailable,
    });
    if (!base)
        return none('no base commit to read the base branch history from');
    const paths = (0,_metrics_js__WEBPACK_IMPORTED_MODULE_3__/* .metricsPaths */ .a)(model);
    if (paths.length > 1)
        return none(`\`metrics:\` lists ${paths.length} files; history follows one metrics file, so name one model per file`);
    const path = paths[0];
    if ((0,_formats_metrics_dvc_js__WEBPACK_IMPORTED_MODULE_1__/* .isDvcYaml */ .p$)(path))
        return none(`${path} is a dvc.yaml; history follows one metrics file, so name it in \`metrics:\``);
    if (!base.history)
        return none(`the base branch is read without git history (${base.label}); check out the repository with \`fetch-depth: 0\``);
    const read = await base.history(path, Math.max(...windows));
    if (!read.ok)
        return none(read.message);
    const opts = { model: model.name, psiEpsilon: config.metrics_policy?.psi_epsilon };
    const versions = read.versions
        .map((v) => ({ sha: v.sha, set: (0,_formats_metrics_index_js__WEBPACK_IMPORTED_MODULE_2__/* .parseMetrics */ .B)(path, v.text, opts).set }))
        .filter((v) => v.set !== null)
        .reverse();
    return { versions, shallow: read.shallow };
}


/***/ })

};
