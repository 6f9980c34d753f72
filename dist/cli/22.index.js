export const id = 22;
export const ids = [22];
export const modules = {

/***/ 8022:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GitSource: () => (/* binding */ GitSource),
/* harmony export */   catFileBatch: () => (/* binding */ catFileBatch),
/* harmony export */   ensureCommit: () => (/* binding */ ensureCommit),
/* harmony export */   git: () => (/* binding */ git),
/* harmony export */   resolveRef: () => (/* binding */ resolveRef)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7242);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7991);
/**
 * Files at a git commit, read with `git cat-file` (never checked out, never executed). A shallow
 * checkout lacking the commit fetches it once.
 */



/** Run git with arguments (no shell), capturing output up to a cap. */
function git(cwd, args, maxBuffer = _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Limits */ .xu.fileBytes + 1024) {
    return new Promise((resolve) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', args, {
            cwd,
            encoding: 'buffer',
            maxBuffer,
            timeout: 120_000,
            // Paths come from the PR: literal pathspecs, so `:/x` or `:(glob)*` are names, not magic.
            env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_LITERAL_PATHSPECS: '1' },
        }, (error, stdout, stderr) => {
            const code = error
                ? typeof error.code === 'number'
                    ? error.code
                    : 1
                : 0;
            resolve({
                code,
                stdout: stdout ?? Buffer.alloc(0),
                stderr: (stderr ?? Buffer.alloc(0)).toString('utf8'),
            });
        });
    });
}
/** Resolve a ref to a full SHA, or null. */
async function resolveRef(cwd, ref) {
    if (ref.startsWith('-'))
        return null;
    const out = await git(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    return out.code === 0 ? out.stdout.toString('utf8').trim() : null;
}
/** Make sure `sha` is present locally, fetching it from `origin` when the clone is shallow. */
async function ensureCommit(cwd, sha) {
    if (sha.startsWith('-'))
        return false;
    if ((await git(cwd, ['cat-file', '-e', `${sha}^{commit}`])).code === 0)
        return true;
    if (!/^[0-9a-f]{7,64}$/i.test(sha))
        return false;
    await git(cwd, ['fetch', '--no-tags', '--quiet', '--depth=1', 'origin', sha]);
    return (await git(cwd, ['cat-file', '-e', `${sha}^{commit}`])).code === 0;
}
/**
 * `git cat-file --batch`: many objects through one process. Each request line is an object name;
 * the answer is `<oid> <type> <size>\n<content>\n` or `<name> missing\n`. Contents over
 * `maxBytes` are skipped (null), never buffered whole in a string.
 */
function catFileBatch(cwd, names, maxBytes = _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Limits */ .xu.fileBytes) {
    return new Promise((resolve) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', ['cat-file', '--batch'], {
            cwd,
            env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
            stdio: ['pipe', 'pipe', 'ignore'],
        });
        const chunks = [];
        let total = 0;
        child.stdout.on('data', (d) => {
            total += d.length;
            // A hostile history of huge blobs: stop reading rather than hold it all.
            if (total > maxBytes * Math.max(1, names.length) + 1024 * names.length)
                child.kill();
            else
                chunks.push(d);
        });
        child.on('error', () => resolve(names.map(() => null)));
        child.on('close', () => {
            const out = Buffer.concat(chunks);
            const results = [];
            let at = 0;
            for (let i = 0; i < names.length; i++) {
                const nl = out.indexOf(10, at);
                if (nl < 0) {
                    results.push(null);
                    continue;
                }
                const header = out.subarray(at, nl).toString('utf8').split(' ');
                at = nl + 1;
                if (header.length !== 3) {
                    results.push(null);
                    continue;
                }
                const size = Number(header[2]);
                const body = out.subarray(at, at + size);
                at += size + 1;
                results.push(header[1] === 'blob' && size <= maxBytes ? body : null);
            }
            resolve(results);
        });
        child.stdin.on('error', () => undefined);
        child.stdin.end(names.map((n) => `${n}\n`).join(''));
    });
}
class GitSource {
    cwd;
    sha;
    label;
    constructor(cwd, sha) {
        this.cwd = cwd;
        this.sha = sha;
        this.label = `commit ${sha.slice(0, 7)}`;
    }
    async read(path, maxBytes = _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Limits */ .xu.fileBytes) {
        const confined = (0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .confinePath */ .ey)(path);
        if (!confined.ok)
            return { ok: false, path, reason: 'outside', message: confined.message };
        const rel = confined.path;
        const tree = await git(this.cwd, ['ls-tree', '-l', this.sha, '--', rel]);
        const line = tree.stdout.toString('utf8').trim();
        // ls-tree failing is not absence (a missing object in a partial clone): fail closed.
        if (tree.code !== 0)
            return {
                ok: false,
                path: rel,
                reason: 'error',
                message: `${rel}: git could not read ${this.label} (${tree.stderr.trim().split('\n', 1)[0]})`,
            };
        if (line === '') {
            // Not in the tree: because a directory above it is a symlink (the one symlink rule), or absent.
            const link = await this.symlinkAbove(rel);
            if (link)
                return (0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .symlinkRefused */ .UP)(rel, link, this.label);
            return {
                ok: false,
                path: rel,
                reason: 'missing',
                message: `${rel}: not found at ${this.label}`,
            };
        }
        // "<mode> <type> <object> <size>\t<path>"
        const [mode, type, object, size] = line.split(/\s+/);
        if (mode === '120000')
            return (0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .symlinkRefused */ .UP)(rel, rel, this.label);
        if (type !== 'blob')
            return {
                ok: false,
                path: rel,
                reason: 'error',
                message: `${rel}: not a file at ${this.label}`,
            };
        if (Number(size) > maxBytes) {
            return {
                ok: false,
                path: rel,
                reason: 'too-large',
                message: `${rel}: ${(0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .overCap */ .N4)(Number(size), maxBytes)}`,
            };
        }
        const blob = await git(this.cwd, ['cat-file', 'blob', object], maxBytes + 1024);
        if (blob.code !== 0)
            return {
                ok: false,
                path: rel,
                reason: 'error',
                message: `${rel}: git could not read it (${blob.stderr.trim()})`,
            };
        if (blob.stdout.includes(0))
            return {
                ok: false,
                path: rel,
                reason: 'binary',
                message: `${rel}: binary file; expected text`,
            };
        return { ok: true, path: rel, text: blob.stdout.toString('utf8').replace(/^\uFEFF/, '') };
    }
    /** The first directory above `rel` that is a symlink in this commit, or null. */
    async symlinkAbove(rel) {
        const dirs = (0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .pathPrefixes */ .ux)(rel).slice(0, -1);
        if (dirs.length === 0)
            return null;
        const out = await git(this.cwd, ['ls-tree', '-z', this.sha, '--', ...dirs]);
        if (out.code !== 0)
            return null;
        const links = new Set(out.stdout
            .toString('utf8')
            .split('\0')
            .filter((l) => l.startsWith('120000 '))
            .map((l) => l.slice(l.indexOf('\t') + 1)));
        return dirs.find((d) => links.has(d)) ?? null;
    }
    /** Regular files only: symlinks (mode 120000) and submodules are not listed. */
    async list(dir) {
        const args = ['ls-tree', '-r', '-z', this.sha];
        if (dir && dir !== '.') {
            const confined = (0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .confinePath */ .ey)(dir);
            if (!confined.ok)
                return [];
            args.push('--', confined.path);
        }
        const out = await git(this.cwd, args, 64 * 1024 * 1024);
        if (out.code !== 0)
            return [];
        // "<mode> <type> <object>\t<path>", NUL-terminated: names are not quoted.
        return out.stdout
            .toString('utf8')
            .split('\0')
            .filter((l) => /^100(644|755) blob /.test(l))
            .map((l) => l.slice(l.indexOf('\t') + 1))
            .sort();
    }
    async history(path, count) {
        const confined = (0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .confinePath */ .ey)(path);
        if (!confined.ok)
            return { ok: false, message: confined.message };
        const rel = confined.path;
        const n = Math.max(1, Math.min(1000, Math.floor(count)));
        // First parent: the base branch's own line, one entry per merge (or squash) that changed it.
        const log = await git(this.cwd, [
            'log',
            '--first-parent',
            '--format=%H',
            `--max-count=${n}`,
            this.sha,
            '--',
            rel,
        ]);
        if (log.code !== 0)
            return { ok: false, message: `git log failed on ${rel}: ${log.stderr.trim()}` };
        const shas = log.stdout.toString('utf8').split('\n').filter(Boolean);
        const shallow = (await git(this.cwd, ['rev-parse', '--is-shallow-repository'])).stdout
            .toString('utf8')
            .trim() === 'true';
        const blobs = await catFileBatch(this.cwd, shas.map((sha) => `${sha}:${rel}`));
        const versions = [];
        shas.forEach((sha, i) => {
            const blob = blobs[i];
            // Deleted at that commit, over the size cap or binary: not a version to compare with.
            if (!blob || blob.includes(0))
                return;
            versions.push({ sha, text: blob.toString('utf8').replace(/^\uFEFF/, '') });
        });
        return { ok: true, versions, shallow };
    }
}


/***/ }),

/***/ 7991:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N4: () => (/* binding */ overCap),
/* harmony export */   UP: () => (/* binding */ symlinkRefused),
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


/***/ })

};
