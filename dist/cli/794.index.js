export const id = 794;
export const ids = [794];
export const modules = {

/***/ 2794:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseReport: () => (/* binding */ parseReport),
/* harmony export */   toJson: () => (/* binding */ toJson)
/* harmony export */ });
/** Serialise a report; NaN and ±Infinity become null (JSON has no such numbers). */
function toJson(report) {
    return (JSON.stringify(report, (_key, value) => typeof value === 'number' && !Number.isFinite(value) ? null : value, 2) + '\n');
}
/** Parse a report JSON written by `check` (publish mode), or say why it is not one. */
function parseReport(text) {
    let data;
    try {
        data = JSON.parse(text, (key, value) => (key === '__proto__' ? undefined : value));
    }
    catch (error) {
        return { ok: false, message: `not valid JSON: ${error.message}` };
    }
    const r = data;
    if (!r ||
        typeof r !== 'object' ||
        r.version !== 1 ||
        typeof r.passed !== 'boolean' ||
        !Array.isArray(r.models) ||
        !Array.isArray(r.findings) ||
        !r.counts) {
        return {
            ok: false,
            message: 'not an mlgate report (expected version 1 with passed, counts, models, findings)',
        };
    }
    return { ok: true, report: { policyChanges: [], ...r } };
}


/***/ })

};
