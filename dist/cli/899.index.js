export const id = 899;
export const ids = [899];
export const modules = {

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
        ...(source.history ? { history: source.history.bind(source) } : {}),
    };
}


/***/ }),

/***/ 7899:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WorkspaceSource: () => (/* binding */ WorkspaceSource)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7242);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7991);
/** The checked-out working tree, confined to its root (no `..`, no symlinks out). */




class WorkspaceSource {
    root;
    label = 'the working tree';
    constructor(root) {
        this.root = root;
    }
    async read(path, maxBytes = _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Limits */ .xu.fileBytes) {
        const confined = (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .confinePath */ .ey)(path);
        if (!confined.ok)
            return { ok: false, path, reason: 'outside', message: confined.message };
        const rel = confined.path;
        let real;
        let rootReal;
        try {
            rootReal = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(this.root);
            real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.root, rel));
        }
        catch (error) {
            if (error.code === 'ELOOP') {
                return {
                    ok: false,
                    path: rel,
                    reason: 'error',
                    message: `${rel}: a symlink loop; expected a regular file`,
                };
            }
            return {
                ok: false,
                path: rel,
                reason: 'missing',
                message: `${rel}: not found in the working tree`,
            };
        }
        if (real !== rootReal && !real.startsWith(rootReal + node_path__WEBPACK_IMPORTED_MODULE_1__.sep)) {
            return {
                ok: false,
                path: rel,
                reason: 'outside',
                message: `${rel}: a symlink that points outside the repository`,
            };
        }
        try {
            // Check the type before opening: opening a FIFO or device would block or never end.
            if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(real)).isFile()) {
                return { ok: false, path: rel, reason: 'error', message: `${rel}: not a regular file` };
            }
            const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(real, 'r');
            try {
                const info = await handle.stat();
                if (!info.isFile())
                    return { ok: false, path: rel, reason: 'error', message: `${rel}: not a regular file` };
                if (info.size > maxBytes) {
                    return {
                        ok: false,
                        path: rel,
                        reason: 'too-large',
                        message: `${rel}: ${(0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .overCap */ .N4)(info.size, maxBytes)}`,
                    };
                }
                const buf = await handle.readFile();
                if (buf.includes(0))
                    return {
                        ok: false,
                        path: rel,
                        reason: 'binary',
                        message: `${rel}: binary file; expected text`,
                    };
                return { ok: true, path: rel, text: buf.toString('utf8').replace(/^\uFEFF/, '') };
            }
            finally {
                await handle.close();
            }
        }
        catch (error) {
            return {
                ok: false,
                path: rel,
                reason: 'error',
                message: `${rel}: ${error.message}`,
            };
        }
    }
    async list(dir) {
        const confined = (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .confinePath */ .ey)(dir === '' || dir === '.' ? '.x' : dir);
        const base = dir === '' || dir === '.' ? this.root : confined.ok ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.root, confined.path) : null;
        if (!base)
            return [];
        try {
            const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(base, { recursive: true, withFileTypes: true });
            return entries
                .filter((e) => e.isFile() &&
                !e.parentPath.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).includes('.git') &&
                !e.parentPath.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).includes('node_modules'))
                .map((e) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(this.root, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(e.parentPath, e.name)).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/'))
                .sort();
        }
        catch {
            return [];
        }
    }
}


/***/ })

};
