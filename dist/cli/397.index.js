export const id = 397;
export const ids = [397];
export const modules = {

/***/ 6214:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
// https://mathiasbynens.be/notes/javascript-encoding
// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
}
exports.A = ucs2length;
ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
//# sourceMappingURL=ucs2length.js.map

/***/ }),

/***/ 5337:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ic: () => (/* binding */ schemaProblems),
/* harmony export */   kp: () => (/* binding */ closest),
/* harmony export */   ox: () => (/* binding */ pointerToPath)
/* harmony export */ });
/* harmony import */ var _data_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9177);

/** An ajv `instancePath` (JSON Pointer) as data path segments; numeric segments become indexes. */
function pointerToPath(pointer) {
    if (!pointer)
        return [];
    return pointer
        .split('/')
        .slice(1)
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}
/** One problem per distinct error, described in the user's words. */
function schemaProblems(errors) {
    const seen = new Set();
    const out = [];
    for (const e of errors ?? []) {
        // `anyOf` repeats its branches' errors; the summary below says it once.
        if (e.schemaPath.includes('/anyOf/'))
            continue;
        const path = pointerToPath(e.instancePath);
        const where = (0,_data_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPath */ .jV)(path);
        let message;
        let at = path;
        switch (e.keyword) {
            case 'additionalProperties': {
                const key = String(e.params.additionalProperty);
                at = [...path, key];
                message = `${where}: unknown key "${key}"`;
                break;
            }
            case 'required':
                message = `${where}: missing required key "${String(e.params.missingProperty)}"`;
                break;
            case 'enum':
                message = `${where}: expected one of ${e.params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
                break;
            case 'const':
                message = `${where}: expected ${JSON.stringify(e.params.allowedValue)}`;
                break;
            case 'type':
                message = `${where}: expected ${String(e.params.type)}`;
                break;
            case 'anyOf':
                message = `${where}: expected at least one threshold (max, min or max_ratio_vs_control)`;
                break;
            default:
                message = `${where}: ${e.message ?? 'invalid'}`;
        }
        const key = `${(0,_data_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPath */ .jV)(at)}|${message}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        out.push({ path: at, message });
    }
    return out;
}
/**
 * The known key nearest to a typo: a case-insensitive match, else the closest by edit distance
 * when it is close enough to be a typo (at most 2 edits, or a third of the word's length).
 */
function closest(word, options) {
    const limit = Math.max(2, Math.floor(word.length / 3));
    const lower = word.toLowerCase();
    let best;
    let bestD = limit + 1;
    for (const o of options) {
        // The lengths alone bound the distance from below: most of 100,000 names are never compared.
        if (Math.abs(o.length - word.length) >= bestD)
            continue;
        const d = distance(lower, o.toLowerCase(), bestD - 1);
        if (d < bestD)
            [best, bestD] = [o, d];
    }
    return best;
}
/** Levenshtein distance, or `max + 1` as soon as it is known to exceed `max`. */
function distance(a, b, max) {
    if (a === b)
        return 0;
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let prev = row[0];
        row[0] = i;
        let rowMin = row[0];
        for (let j = 1; j <= b.length; j++) {
            const tmp = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
            prev = tmp;
            if (row[j] < rowMin)
                rowMin = row[j];
        }
        if (rowMin > max)
            return max + 1;
    }
    return row[b.length];
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
