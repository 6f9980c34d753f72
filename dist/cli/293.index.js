export const id = 293;
export const ids = [293];
export const modules = {

/***/ 6293:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   listModels: () => (/* binding */ listModels)
/* harmony export */ });
/* harmony import */ var _config_resolve_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7649);
/* harmony import */ var _config_select_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1032);
/**
 * Fan-out (SPEC §11): the models in force, resolved exactly as `check` resolves them (the base
 * config by default, plus models only the PR adds), as the list a dynamic matrix reads.
 */


/** List the models in force. Never throws for a bad config: its problems are findings. */
async function listModels(sides) {
    const resolved = await (0,_config_resolve_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveConfig */ .p)(sides);
    const models = (0,_config_select_js__WEBPACK_IMPORTED_MODULE_1__/* .modelEntries */ .KR)((0,_config_resolve_js__WEBPACK_IMPORTED_MODULE_0__/* .modelsInForce */ .l)(resolved).map((e) => e.model));
    return { models, findings: resolved.findings };
}


/***/ })

};
