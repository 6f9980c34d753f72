export const id = 899;
export const ids = [899];
export const modules = {

/***/ 7991:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N4: () => (/* binding */ overCap),
/* harmony export */   UP: () => (/* binding */ symlinkRefused),
/* harmony export */   b6: () => (/* binding */ textOf),
/* harmony export */   ey: () => (/* binding */ confinePath),
/* harmony export */   ux: () => (/* binding */ pathPrefixes),
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
/**
 * The one symlink rule, in every source (issue 9, point 10): a symlink anywhere on the path (the
 * file itself or a directory above it) is refused with this result and never followed, so the
 * verdict cannot depend on whether a commit is read from the working tree, git or the API.
 * `link` is the path of the symlink (`rel` itself or one of its directories).
 */
function symlinkRefused(rel, link, where) {
    const what = link === rel ? 'a symlink' : `its directory ${link} is a symlink`;
    return {
        ok: false,
        path: rel,
        reason: 'symlink',
        message: `${rel}: ${what} in ${where}; mlgate reads regular files only and never follows symlinks`,
    };
}
/** The directories above `rel` and `rel` itself, outermost first: `a`, `a/b`, `a/b/c.json`. */
function pathPrefixes(rel) {
    const parts = rel.split('/');
    return parts.map((_, i) => parts.slice(0, i + 1).join('/'));
}
/** A file's bytes as text (UTF-8, a leading BOM dropped), or null when it is binary (holds a NUL). */
function textOf(bytes) {
    return bytes.includes(0) ? null : bytes.toString('utf8').replace(/^\uFEFF/, '');
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
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7242);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7991);
/**
 * The checked-out working tree, confined to its root: no `..`, and no symlinks, in or out of the
 * repository (the one symlink rule of every source, `symlinkRefused`).
 */





class WorkspaceSource {
    root;
    label = 'the working tree';
    constructor(root) {
        this.root = root;
    }
    async read(path, maxBytes = _constants_js__WEBPACK_IMPORTED_MODULE_3__/* .Limits */ .xu.fileBytes) {
        const confined = (0,_types_js__WEBPACK_IMPORTED_MODULE_4__/* .confinePath */ .ey)(path);
        if (!confined.ok)
            return { ok: false, path, reason: 'outside', message: confined.message };
        const rel = confined.path;
        const fail = (reason, message) => ({ ok: false, path: rel, reason, message: `${rel}: ${message}` });
        // Each component without following links: a symlink anywhere on the path is refused.
        let info = null;
        for (const prefix of (0,_types_js__WEBPACK_IMPORTED_MODULE_4__/* .pathPrefixes */ .ux)(rel)) {
            try {
                info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.root, prefix));
            }
            catch (error) {
                const code = error.code;
                if (code === 'ENOENT' || code === 'ENOTDIR')
                    return fail('missing', 'not found in the working tree');
                return fail('error', error.message);
            }
            if (info.isSymbolicLink())
                return (0,_types_js__WEBPACK_IMPORTED_MODULE_4__/* .symlinkRefused */ .UP)(rel, prefix, this.label);
            if (prefix !== rel && !info.isDirectory())
                return fail('missing', 'not found in the working tree');
        }
        // Check the type before opening: opening a FIFO or device would block or never end.
        if (!info?.isFile())
            return fail('error', 'not a regular file');
        try {
            // O_NOFOLLOW: the file cannot have become a symlink since it was looked at.
            const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.root, rel), node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW);
            try {
                const opened = await handle.stat();
                // A directory above it swapped for a symlink meanwhile would open another file.
                if (!opened.isFile() || opened.ino !== info.ino || opened.dev !== info.dev)
                    return fail('error', 'changed while it was being read');
                if (opened.size > maxBytes)
                    return fail('too-large', (0,_types_js__WEBPACK_IMPORTED_MODULE_4__/* .overCap */ .N4)(opened.size, maxBytes));
                const buf = await handle.readFile();
                const text = (0,_types_js__WEBPACK_IMPORTED_MODULE_4__/* .textOf */ .b6)(buf);
                if (text === null)
                    return fail('binary', 'binary file; expected text');
                return { ok: true, path: rel, text };
            }
            finally {
                await handle.close();
            }
        }
        catch (error) {
            const code = error.code;
            if (code === 'ELOOP' || code === 'EMLINK')
                return (0,_types_js__WEBPACK_IMPORTED_MODULE_4__/* .symlinkRefused */ .UP)(rel, rel, this.label);
            return fail('error', error.message);
        }
    }
    /** Regular files only: symlinks are not listed (they would be refused when read). */
    async list(dir) {
        const confined = (0,_types_js__WEBPACK_IMPORTED_MODULE_4__/* .confinePath */ .ey)(dir === '' || dir === '.' ? '.x' : dir);
        const base = dir === '' || dir === '.' ? this.root : confined.ok ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.root, confined.path) : null;
        if (!base)
            return [];
        // A directory reached through a symlink is not listed, as in git's tree.
        if (confined.ok && base !== this.root)
            for (const prefix of (0,_types_js__WEBPACK_IMPORTED_MODULE_4__/* .pathPrefixes */ .ux)(confined.path)) {
                const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.root, prefix)).catch(() => null);
                if (!info || info.isSymbolicLink())
                    return [];
            }
        try {
            const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(base, { recursive: true, withFileTypes: true });
            return entries
                .filter((e) => e.isFile() &&
                !e.parentPath.split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).includes('.git') &&
                !e.parentPath.split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).includes('node_modules'))
                .map((e) => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(this.root, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(e.parentPath, e.name)).split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/'))
                .sort();
        }
        catch {
            return [];
        }
    }
}


/***/ })

};
