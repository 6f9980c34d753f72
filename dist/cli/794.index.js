export const id = 794;
export const ids = [794];
export const modules = {

/***/ 2794:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_REPORT_STRING: () => (/* binding */ MAX_REPORT_STRING),
/* harmony export */   toJson: () => (/* binding */ toJson)
/* harmony export */ });
/** Longest string in the report JSON (`schemas/report.schema.json` caps every string at this). */
const MAX_REPORT_STRING = 1_000_000;
/**
 * Serialise a report; NaN and ±Infinity become null (JSON has no such numbers), and a string over
 * the schema's cap (hostile input: a megabyte-long metric name) is cut with an ellipsis.
 */
function toJson(report) {
    return (JSON.stringify(report, (_key, value) => typeof value === 'number' && !Number.isFinite(value)
        ? null
        : typeof value === 'string' && value.length > MAX_REPORT_STRING
            ? `${value.slice(0, MAX_REPORT_STRING - 1)}…`
            : value, 2) + '\n');
}


/***/ })

};
