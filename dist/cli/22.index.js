export const id = 22;
export const ids = [22];
export const modules = {

/***/ 8022:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GitSource: () => (/* binding */ GitSource),
/* harmony export */   ensureCommit: () => (/* binding */ ensureCommit),
/* harmony export */   git: () => (/* binding */ git),
/* harmony export */   resolveRef: () => (/* binding */ resolveRef),
/* harmony export */   topAndCommits: () => (/* binding */ topAndCommits)
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
/**
 * The repository's top level and each ref as a commit, in one git: the usual start of a CLI run.
 * Null when that call fails or answers oddly (not a repository, no HEAD yet, a bad or option-like
 * ref, a range): then the caller asks one at a time, and reports as it always did.
 */
async function topAndCommits(cwd, refs) {
    if (refs.some((r) => r === '' || r.startsWith('-')))
        return null;
    const out = await git(cwd, ['rev-parse', '--show-toplevel', ...refs.map((r) => `${r}^{commit}`)]);
    if (out.code !== 0)
        return null;
    const lines = out.stdout.toString('utf8').replace(/\n$/, '').split('\n');
    if (lines.length !== refs.length + 1)
        return null;
    const shas = lines.slice(1);
    if (!shas.every((x) => /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(x)))
        return null;
    return { top: lines[0], commits: new Map(refs.map((r, i) => [r, shas[i]])) };
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
 * One long-lived `git cat-file --batch-command` for a source's reads: every tree and blob of every
 * read goes through it, so a run spawns one git for its base files, not two per file. Requests are
 * answered in order. `info` gives an object's type and size (checked against the cap before any
 * content is asked for); `contents` its bytes. The process does not keep node alive: it is unref'd
 * while idle, and ends after a second of idleness (or when node exits and its stdin closes).
 */
class CatFile {
    cwd;
    child = null;
    buffer = Buffer.alloc(0);
    held = [];
    heldBytes = 0;
    /** Bytes still to come before the answer at the front can be parsed. */
    wanted = 0;
    queue = [];
    idle = null;
    constructor(cwd) {
        this.cwd = cwd;
    }
    info(name) {
        return this.ask('info', name).then((r) => r.info);
    }
    /** The object's bytes; call only after `info` said its size is acceptable. */
    contents(name) {
        return this.ask('contents', name);
    }
    ask(kind, name) {
        // One command per line: a name with a line break could smuggle a second command (a space is
        // part of the name: `contents <rev>:<path with spaces>` reads that path).
        if (/[\r\n\0]/.test(name))
            return Promise.resolve({ info: { ok: false, why: 'bad object name' } });
        return new Promise((done) => {
            const child = this.process();
            if (!child?.stdin) {
                done({ info: { ok: false, why: 'git cat-file did not start' } });
                return;
            }
            this.queue.push({ kind, done });
            child.stdin.write(`${kind} ${name}\n`);
        });
    }
    process() {
        if (this.idle)
            clearTimeout(this.idle);
        this.idle = null;
        if (this.child) {
            this.ref(true);
            return this.child;
        }
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', ['cat-file', '--batch-command'], {
            cwd: this.cwd,
            env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
            stdio: ['pipe', 'pipe', 'pipe'],
        });
        this.child = child;
        let stderr = '';
        child.stderr?.on('data', (d) => {
            if (stderr.length < 4096)
                stderr += d.toString('utf8');
        });
        child.stdout?.on('data', (d) => {
            if (this.child === child)
                this.receive(d);
        });
        child.stdin?.on('error', () => undefined);
        const fail = (why) => {
            // A process let go when idle ends with nothing asked of it.
            if (this.child !== child)
                return;
            this.child = null;
            for (const q of this.queue.splice(0))
                q.done({ info: { ok: false, why } });
            this.buffer = Buffer.alloc(0);
            this.held = [];
            this.heldBytes = 0;
            this.wanted = 0;
        };
        child.on('error', (e) => fail(e.message));
        child.on('close', () => fail(stderr.trim().split('\n', 1)[0] || 'git cat-file ended'));
        return child;
    }
    /** While a request is out, the process keeps node alive; idle, it does not. */
    ref(on) {
        const c = this.child;
        if (!c)
            return;
        for (const h of [c, c.stdin, c.stdout, c.stderr])
            if (on)
                h?.ref?.();
            else
                h?.unref?.();
    }
    receive(data) {
        // A large blob arrives in many chunks: gather them, joined once the whole answer is here.
        this.held.push(data);
        this.heldBytes += data.length;
        if (this.heldBytes < this.wanted)
            return;
        this.buffer = Buffer.concat([this.buffer, ...this.held]);
        this.held = [];
        this.heldBytes = 0;
        this.wanted = 0;
        while (this.queue.length > 0) {
            const nl = this.buffer.indexOf(10);
            if (nl < 0)
                return;
            const header = this.buffer.subarray(0, nl).toString('utf8').split(' ');
            const { kind, done } = this.queue[0];
            // `<oid> <type> <size>`, else `<name> missing` (or `ambiguous`).
            if (header.length !== 3 || !/^\d+$/.test(header[2])) {
                this.buffer = this.buffer.subarray(nl + 1);
                this.queue.shift();
                done({ info: { ok: false, why: header.slice(1).join(' ') || 'no answer' } });
                continue;
            }
            const info = {
                ok: true,
                oid: header[0],
                type: header[1],
                size: Number(header[2]),
            };
            if (kind === 'info') {
                this.buffer = this.buffer.subarray(nl + 1);
                this.queue.shift();
                done({ info });
                continue;
            }
            const end = nl + 1 + info.size;
            if (this.buffer.length < end + 1) {
                this.wanted = end + 1 - this.buffer.length;
                return;
            }
            const body = Buffer.from(this.buffer.subarray(nl + 1, end));
            this.buffer = this.buffer.subarray(end + 1);
            this.queue.shift();
            done({ info, body });
        }
        if (this.queue.length === 0) {
            this.ref(false);
            this.idle = setTimeout(() => {
                const child = this.child;
                this.child = null;
                this.idle = null;
                child?.stdin?.end();
            }, 1000);
            this.idle.unref();
        }
    }
}
/** The largest tree object read (a directory of some hundred thousand entries). */
const MAX_TREE_BYTES = 64 * 1024 * 1024;
class GitSource {
    cwd;
    sha;
    label;
    batch = null;
    trees = new Map();
    constructor(cwd, sha) {
        this.cwd = cwd;
        this.sha = sha;
        this.label = `commit ${sha.slice(0, 7)}`;
    }
    catFile() {
        return (this.batch ??= new CatFile(this.cwd));
    }
    /** The entries of a tree object by name, or why it could not be read. Memoised. */
    tree(name) {
        let t = this.trees.get(name);
        if (!t) {
            t = this.readTree(name);
            this.trees.set(name, t);
        }
        return t;
    }
    async readTree(name) {
        const cat = this.catFile();
        const info = await cat.info(name);
        if (!info.ok)
            return info.why;
        if (info.type !== 'tree')
            return `${name} is a ${info.type}, not a tree`;
        if (info.size > MAX_TREE_BYTES)
            return `a tree of ${info.size} bytes`;
        const got = await cat.contents(name);
        if (!got.info.ok || !got.body)
            return got.info.ok ? 'no content' : got.info.why;
        const body = got.body;
        // SHA-1 or SHA-256 repository: the object name's length says which.
        const oidBytes = info.oid.length / 2;
        const entries = new Map();
        let at = 0;
        while (at < body.length) {
            const space = body.indexOf(32, at);
            const nul = body.indexOf(0, space + 1);
            if (space < 0 || nul < 0 || nul + 1 + oidBytes > body.length)
                return 'a malformed tree';
            const mode = body.subarray(at, space).toString('latin1');
            // Names are bytes: kept as latin1 (one char a byte) and looked up the same way, exactly.
            const entryName = body.subarray(space + 1, nul).toString('latin1');
            entries.set(entryName, {
                mode,
                oid: body.subarray(nul + 1, nul + 1 + oidBytes).toString('hex'),
            });
            at = nul + 1 + oidBytes;
        }
        return entries;
    }
    async read(path, maxBytes = _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Limits */ .xu.fileBytes) {
        const confined = (0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .confinePath */ .ey)(path);
        if (!confined.ok)
            return { ok: false, path, reason: 'outside', message: confined.message };
        const rel = confined.path;
        // The commit's tree, then one tree per directory on the path: paths never reach git, only
        // object names do. A tree that cannot be read is not absence (a missing object in a partial
        // clone): fail closed.
        const unreadable = (why) => ({
            ok: false,
            path: rel,
            reason: 'error',
            message: `${rel}: git could not read ${this.label} (${why})`,
        });
        const parts = rel.split('/');
        let treeName = `${this.sha}^{tree}`;
        let entry;
        for (let i = 0; i < parts.length; i++) {
            const tree = await this.tree(treeName);
            if (typeof tree === 'string')
                return unreadable(tree);
            entry = tree.get(Buffer.from(parts[i], 'utf8').toString('latin1'));
            const last = i === parts.length - 1;
            if (!entry)
                return this.missing(rel);
            // The one symlink rule: a symlink anywhere on the path is refused, never followed.
            if (entry.mode === '120000')
                return (0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .symlinkRefused */ .UP)(rel, parts.slice(0, i + 1).join('/'), this.label);
            if (last)
                break;
            // A file or a submodule where a directory was expected: nothing at that path.
            if (entry.mode !== '40000')
                return this.missing(rel);
            treeName = entry.oid;
        }
        if (!entry || entry.mode === '40000' || entry.mode === '160000')
            return {
                ok: false,
                path: rel,
                reason: 'error',
                message: `${rel}: not a file at ${this.label}`,
            };
        const cat = this.catFile();
        const info = await cat.info(entry.oid);
        if (!info.ok || info.type !== 'blob')
            return {
                ok: false,
                path: rel,
                reason: 'error',
                message: `${rel}: git could not read it (${info.ok ? `a ${info.type}` : info.why})`,
            };
        if (info.size > maxBytes) {
            return {
                ok: false,
                path: rel,
                reason: 'too-large',
                message: `${rel}: ${(0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .overCap */ .N4)(info.size, maxBytes)}`,
            };
        }
        const blob = await cat.contents(entry.oid);
        if (!blob.info.ok || !blob.body)
            return {
                ok: false,
                path: rel,
                reason: 'error',
                message: `${rel}: git could not read it (${blob.info.ok ? 'no content' : blob.info.why})`,
            };
        const text = (0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .textOf */ .b6)(blob.body);
        if (text === null)
            return {
                ok: false,
                path: rel,
                reason: 'binary',
                message: `${rel}: binary file; expected text`,
            };
        return { ok: true, path: rel, text };
    }
    missing(rel) {
        return {
            ok: false,
            path: rel,
            reason: 'missing',
            message: `${rel}: not found at ${this.label}`,
        };
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
        // Through the source's one cat-file process: each version's size is checked before its bytes.
        const cat = this.catFile();
        const versions = [];
        for (const sha of shas) {
            const info = await cat.info(`${sha}:${rel}`);
            // Deleted at that commit, not a file, over the size cap or binary: nothing to compare with.
            if (!info.ok || info.type !== 'blob' || info.size > _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Limits */ .xu.fileBytes)
                continue;
            const { body } = await cat.contents(info.oid);
            const text = body ? (0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .textOf */ .b6)(body) : null;
            if (text !== null)
                versions.push({ sha, text });
        }
        return { ok: true, versions, shallow };
    }
}


/***/ }),

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


/***/ })

};
