export const id = 352;
export const ids = [352];
export const modules = {

/***/ 7242:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G0: () => (/* binding */ Inputs),
/* harmony export */   PV: () => (/* binding */ DEFAULT_CONFIG),
/* harmony export */   Ql: () => (/* binding */ commentMarker),
/* harmony export */   UB: () => (/* binding */ fileCapBytes),
/* harmony export */   cb: () => (/* binding */ DEFAULT_COMMENT_KEY),
/* harmony export */   tY: () => (/* binding */ Outputs),
/* harmony export */   xu: () => (/* binding */ Limits),
/* harmony export */   xv: () => (/* binding */ VERSION)
/* harmony export */ });
/** Names and limits used across mlgate: inputs, outputs, the comment marker, size caps. */
const VERSION = '0.1.0';
const Inputs = {
    GitHubToken: 'github-token',
    Config: 'config',
    ConfigSource: 'config-source',
    Comment: 'comment',
    CommentKey: 'comment-key',
    FailOn: 'fail-on',
    Mode: 'mode',
    Report: 'report',
    Models: 'models',
    Reports: 'reports',
    ExpectedModels: 'expected-models',
    MaxFileMb: 'max-file-mb',
};
const Outputs = {
    Passed: 'passed',
    Errors: 'errors',
    Warnings: 'warnings',
    Waived: 'waived',
    Report: 'report',
    CommentId: 'comment-id',
    CommentUrl: 'comment-url',
    Models: 'models',
};
/** Hidden first line of the sticky comment. */
function commentMarker(key) {
    return `<!-- mlgate:v1 key=${key} -->`;
}
const Limits = {
    /**
     * Largest report JSON read by publish and merge: a model with 100,000 gated slice metrics writes
     * about 55 MB; the schema's caps keep any valid report's elements bounded.
     */
    reportBytes: 64 * 1024 * 1024,
    /** GitHub rejects issue comments over 65,536 characters. */
    commentChars: 65_536,
    /** The job summary is limited to 1 MiB per step. */
    summaryChars: 1_000_000,
    /**
     * Largest input file mlgate reads, by default (10 MiB: 100,000 metrics as JSON are about 7 MB).
     * `limits.max_file_mb` in the config, `--max-file-mb` or the `max-file-mb` input change it.
     */
    fileBytes: 10 * 1024 * 1024,
    /** The highest file cap that can be configured. */
    maxFileBytes: 64 * 1024 * 1024,
    /**
     * YAML text is parsed only up to this size, whatever the file cap: the YAML parser needs about
     * 200 bytes of memory per byte of input, so a larger hostile file could exhaust memory.
     * JSON (read with JSON.parse) is not bound by it.
     */
    yamlBytes: 5 * 1024 * 1024,
    /** Largest PR body considered. */
    prBodyChars: 262_144,
    /** YAML alias expansion cap (alias bombs). */
    yamlAliases: 100,
    /** Deepest nesting accepted in any data file. */
    depth: 64,
    /**
     * Most time publish and merge mode spend validating and rendering reports they did not make
     * (issue 9): a costlier report fails the job instead of holding a job that has a write token.
     * Rendering is linear; a report at the schema's caps takes a second or two.
     */
    reportBudgetMs: 30_000,
    /** Most flattened metrics per file (ranking models routinely have tens of thousands). */
    metrics: 250_000,
};
const DEFAULT_CONFIG = '.mlgate.yml';
const DEFAULT_COMMENT_KEY = 'default';
/** Bytes for a `--max-file-mb` / `max-file-mb` value (MiB, > 0, ≤ 64), or null when it is not one. */
function fileCapBytes(mb) {
    const n = /^\d+(\.\d+)?$/.test(mb.trim()) ? Number(mb) : NaN;
    if (!(n > 0) || n * 1024 * 1024 > Limits.maxFileBytes)
        return null;
    return Math.floor(n * 1024 * 1024);
}


/***/ }),

/***/ 8877:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  qW: () => (/* binding */ checkText),
  kc: () => (/* reexport */ errorText),
  jV: () => (/* binding */ formatPath),
  u4: () => (/* binding */ isRecord),
  p_: () => (/* binding */ list),
  bu: () => (/* binding */ num),
  _0: () => (/* binding */ parseData),
  eJ: () => (/* binding */ parseDataDocuments)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/constants.ts
var constants = __webpack_require__(7242);
;// CONCATENATED MODULE: ./src/errors.ts
/** Error text helpers, kept free of imports so that any entry point can load them cheaply. */
/** Text of any thrown value; non-Error throws are kept, not dropped. */
function errorText(error) {
    if (error instanceof Error)
        return error.message;
    return String(error);
}

;// CONCATENATED MODULE: ./src/formats/chars.ts
/** Character codes the text scanners (data.ts, json.ts, yaml-fast.ts) compare with `charCodeAt`. */
const TAB = 0x09;
const NEWLINE = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const QUOTE = 0x22;
const HASH = 0x23;
const APOSTROPHE = 0x27;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACKET = 0x5b;
const BACKSLASH = 0x5c;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
/** A space, tab, newline or carriage return. */
function isBlank(c) {
    return c === SPACE || c === TAB || c === NEWLINE || c === CR;
}

;// CONCATENATED MODULE: ./src/formats/json.ts
/**
 * JSON data files read with `JSON.parse`, keeping the guarantees of data.ts: duplicate keys are
 * reported (with their line), `__proto__` keys and deep nesting refused. Source lines are found
 * lazily: only the containers on the path a finding points at are scanned, each once.
 * Text that `JSON.parse` refuses goes to the YAML reader, whose messages say what is wrong where.
 */


/** Parse `text` when it is a JSON object or array; null when it is not JSON (read it as YAML). */
function parseJson(text) {
    const first = firstNonSpace(text, 0);
    const c = text.charCodeAt(first);
    if (c !== OPEN_BRACE && c !== OPEN_BRACKET)
        return null;
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        return null;
    }
    const index = new JsonIndex(text, first);
    const checked = checkTree(data);
    if (checked.problem) {
        return {
            ok: false,
            line: index.lineOf(checked.problem.path) ?? 1,
            message: checked.problem.message,
        };
    }
    // JSON.parse keeps the last of duplicate keys silently; fewer keys parsed than written means a duplicate.
    if (checked.keys !== countTextKeys(text)) {
        const dup = index.firstDuplicate();
        if (dup) {
            return {
                ok: false,
                line: index.lineAt(dup.at),
                message: `not valid YAML/JSON: duplicate key "${dup.key}"; keys must be unique`,
            };
        }
    }
    return { ok: true, data, lineOf: (path) => index.lineOf(path) };
}
function firstNonSpace(text, from) {
    let i = from;
    for (; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (!isBlank(c))
            break;
    }
    return i;
}
/** Offset just past the string starting at `start` (a `"`). */
function stringEnd(text, start) {
    let from = start + 1;
    for (;;) {
        const quote = text.indexOf('"', from);
        if (quote < 0)
            return text.length;
        let slashes = 0;
        while (text.charCodeAt(quote - 1 - slashes) === BACKSLASH)
            slashes++;
        if (slashes % 2 === 0)
            return quote + 1;
        from = quote + 1;
    }
}
/** Keys written in the text: strings followed by a colon. */
function countTextKeys(text) {
    let keys = 0;
    let i = text.indexOf('"');
    while (i >= 0) {
        const next = firstNonSpace(text, stringEnd(text, i));
        if (text.charCodeAt(next) === COLON)
            keys++;
        i = text.indexOf('"', next);
    }
    return keys;
}
/**
 * Depth, `__proto__` keys and non-string keys (a YAML complex key becomes a Map) refused, object
 * keys counted (JSON.parse keeps the last of duplicate keys: parseJson compares the count with the
 * text's). `keys` counts only data without a problem.
 */
function checkTree(root) {
    // Most data is fine: count without keeping a path, and walk again with one only for a problem.
    const keys = countKeys(root, 0);
    if (keys >= 0)
        return { keys };
    // Both walks test the same things; were they ever to disagree, the data is still refused.
    return { keys, problem: problemIn(root) ?? { path: [], message: 'not valid data' } };
}
/** Object keys in `value`, or -1 when it holds a problem `checkTree` reports. */
function countKeys(value, depth) {
    if (depth > constants/* Limits */.xu.depth)
        return -1;
    if (value === null || typeof value !== 'object')
        return 0;
    if (value instanceof Map)
        return -1;
    let keys = 0;
    if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) {
            const n = countKeys(value[i], depth + 1);
            if (n < 0)
                return -1;
            keys += n;
        }
        return keys;
    }
    const record = value;
    for (const key of Object.keys(record)) {
        if (key === '__proto__')
            return -1;
        const n = countKeys(record[key], depth + 1);
        if (n < 0)
            return -1;
        keys += n + 1;
    }
    return keys;
}
/** The first problem `countKeys` found, with its path (a stack, copied only for the problem). */
function problemIn(root) {
    const path = [];
    const walk = (value) => {
        if (path.length > constants/* Limits */.xu.depth)
            return { path: [...path], message: `nesting deeper than ${constants/* Limits */.xu.depth} levels` };
        if (value === null || typeof value !== 'object')
            return null;
        if (value instanceof Map)
            return { path: [...path], message: 'mapping with non-string keys is not supported' };
        if (Array.isArray(value)) {
            for (let i = 0; i < value.length; i++) {
                path.push(i);
                const bad = walk(value[i]);
                path.pop();
                if (bad)
                    return bad;
            }
            return null;
        }
        const record = value;
        for (const key of Object.keys(record)) {
            if (key === '__proto__')
                return { path: [...path], message: 'key "__proto__" is not allowed' };
            path.push(key);
            const bad = walk(record[key]);
            path.pop();
            if (bad)
                return bad;
        }
        return null;
    };
    return walk(root);
}
/** Lazy structure of a valid JSON text: children of a container, scanned on first use. */
class JsonIndex {
    text;
    root;
    children = new Map();
    byKey = new Map();
    newlines = null;
    constructor(text, root) {
        this.text = text;
        this.root = root;
    }
    /** 1-based line of the node at `path`, or of its nearest existing ancestor. */
    lineOf(path) {
        let node = this.root;
        let at = this.root;
        for (const seg of path) {
            const entry = this.child(node, seg);
            if (!entry)
                break;
            at = entry.at;
            node = entry.value;
        }
        return this.lineAt(at);
    }
    /** 1-based line of an offset. */
    lineAt(offset) {
        if (!this.newlines) {
            const lines = [];
            for (let i = this.text.indexOf('\n'); i >= 0; i = this.text.indexOf('\n', i + 1))
                lines.push(i);
            this.newlines = lines;
        }
        let lo = 0;
        let hi = this.newlines.length;
        while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            if (this.newlines[mid] < offset)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo + 1;
    }
    /** The first key written twice in one object, in document order (key of its second use). */
    firstDuplicate() {
        const stack = [this.root];
        while (stack.length > 0) {
            const node = stack.pop();
            const entries = this.entries(node);
            if (!entries)
                continue;
            const seen = new Set();
            for (const e of entries) {
                if (typeof e.key === 'string') {
                    if (seen.has(e.key))
                        return { key: e.key, at: e.at };
                    seen.add(e.key);
                }
            }
            for (let i = entries.length - 1; i >= 0; i--)
                stack.push(entries[i].value);
        }
        return null;
    }
    child(node, seg) {
        let map = this.byKey.get(node);
        if (!map) {
            map = new Map();
            for (const e of this.entries(node) ?? [])
                if (!map.has(e.key))
                    map.set(e.key, e);
            this.byKey.set(node, map);
        }
        if (this.text.charCodeAt(node) === OPEN_BRACE)
            return map.get(String(seg));
        return typeof seg === 'number' ? map.get(seg) : undefined;
    }
    /** The children of the container at `start`, or null for a scalar. */
    entries(start) {
        const open = this.text.charCodeAt(start);
        if (open !== OPEN_BRACE && open !== OPEN_BRACKET)
            return null;
        const cached = this.children.get(start);
        if (cached)
            return cached;
        const text = this.text;
        const out = [];
        let i = firstNonSpace(text, start + 1);
        while (i < text.length) {
            const c = text.charCodeAt(i);
            if (c === CLOSE_BRACE || c === CLOSE_BRACKET)
                break;
            if (open === OPEN_BRACE) {
                const end = stringEnd(text, i);
                const raw = text.slice(i + 1, end - 1);
                const key = raw.includes('\\') ? JSON.parse(text.slice(i, end)) : raw;
                const value = firstNonSpace(text, firstNonSpace(text, end) + 1);
                out.push({ key, at: i, value });
                i = this.skipValue(value);
            }
            else {
                out.push({ key: out.length, at: i, value: i });
                i = this.skipValue(i);
            }
            i = firstNonSpace(text, i);
            if (text.charCodeAt(i) === COMMA)
                i = firstNonSpace(text, i + 1);
        }
        this.children.set(start, out);
        return out;
    }
    /** Offset just past the value starting at `start`. */
    skipValue(start) {
        const text = this.text;
        const c = text.charCodeAt(start);
        if (c === QUOTE)
            return stringEnd(text, start);
        if (c !== OPEN_BRACE && c !== OPEN_BRACKET) {
            let i = start;
            for (; i < text.length; i++) {
                const d = text.charCodeAt(i);
                if (d === COMMA || d === CLOSE_BRACE || d === CLOSE_BRACKET || d <= SPACE)
                    break;
            }
            return i;
        }
        let depth = 0;
        for (let i = start; i < text.length; i++) {
            const d = text.charCodeAt(i);
            if (d === QUOTE)
                i = stringEnd(text, i) - 1;
            else if (d === OPEN_BRACE || d === OPEN_BRACKET)
                depth++;
            else if ((d === CLOSE_BRACE || d === CLOSE_BRACKET) && --depth === 0)
                return i + 1;
        }
        return text.length;
    }
}

// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(3243);
;// CONCATENATED MODULE: ./src/formats/yaml-fast.ts
/**
 * The fast reader for plain YAML, tried first for every single-document file (a config, a data
 * contract with thousands of columns). The `yaml` library builds a full document model with source
 * ranges, which costs about 150 µs and 200 bytes of memory per input line (and, before its code is
 * warm, 145 ms for a 16 KB contract); js-yaml reads the same plain block YAML to data about ten
 * times faster. The two must never disagree, so this reader only answers for text where they provably
 * read the same data, and returns null otherwise (the full reader in data.ts then decides, with
 * its messages, notes and repairs):
 *
 * - anchors, aliases, tags and `%` directives (alias bombs, custom types);
 * - plain scalars js-yaml's core schema reads as numbers where YAML 1.2's core schema reads text
 *   (`1_000`, `0b101`, `-.5`; `-0` is 0) and the ones a YAML 1.1 tool writes (`018`, `0o17`: data.ts reads
 *   them the 1.1 way and notes the line);
 * - null keys (`~: x`), collection keys (`[a, b]: c`) and explicit keys (`? x`);
 * - a quoted scalar that continues on another line (js-yaml accepts continuation lines the YAML
 *   1.2 grammar refuses; data.ts repairs and notes them);
 * - anything js-yaml refuses, and more than one document.
 *
 * `__tests__/formats/yaml-fast.test.ts` checks the agreement on thousands of generated and mutated
 * texts. Source lines are found lazily: the first `lineOf` reads the text once more with js-yaml's
 * node listener and records where each key and list item starts.
 */



const DEFER = [
    /(?:^|[\s[{,])[&*!]\S/m, // anchors, aliases, tags
    /(?:^|[\s[{,:])[-+]?[.0-9][0-9a-zA-Z.]*_/m, // numbers with `_`
    /(?:^|[\s[{,:])[-+]?0[bBoOxX0-9_]/m, // 0b, 0o, 0x and leading zeros
    /(?:^|[\s[{,:])[-+]\./m, // -.5, +.inf
    /(?:^|[\s[{,:])-0/m, // -0 (js-yaml reads 0)
    /^[\s-]*\?(?:\s|$)/m, // explicit keys
    // Null and empty keys. No `\s*` after a `\s`: on a long run of spaces that is quadratic.
    /(?:^|[\s{,])(?:~|null|Null|NULL) *:(?:\s|$)/m,
    /^[ \t-]*:(?:\s|$)/m,
    /[{,] *:(?:\s|$)/,
    /[\]}]\s*:(?:\s|$)/m, // collection keys
];
/**
 * The data of `text`, or null when the full reader must decide. `fullLineOf` is the full reader's
 * line lookup, used when the listener's record cannot place a path. With `recordLines` (the caller
 * expects to look lines up), the one read records them instead of a second read on the first
 * `lineOf`; the data is the same either way.
 */
function fastYaml(text, fullLineOf, recordLines = false) {
    const directive = text.startsWith('%') || text.includes('\n%');
    if (directive || DEFER.some((re) => re.test(text)) || hasMultilineQuote(text))
        return null;
    let data;
    let lines = null;
    if (recordLines) {
        lines = LineIndex.build(text);
        if (!lines)
            return null;
        data = lines.data;
    }
    else {
        try {
            data = (0,js_yaml/* load */.Hh)(text, { schema: js_yaml/* CORE_SCHEMA */.OU, json: false, maxDepth: constants/* Limits */.xu.depth + 2 });
        }
        catch {
            return null;
        }
    }
    if (data === undefined || data === null)
        return null; // empty: the full reader says what it is
    let full = null;
    return {
        data,
        lineOf(path) {
            lines ??= LineIndex.build(text);
            const line = lines?.lineOf(path);
            if (line !== undefined)
                return line;
            full ??= fullLineOf();
            return full(path);
        },
    };
}
/**
 * A quoted scalar that does not close on the line it opens on (comments skipped). Conservative:
 * a quote in a plain scalar or a block scalar's text may look unclosed too, which only sends the
 * text to the full reader.
 */
function hasMultilineQuote(text) {
    let i = 0;
    const n = text.length;
    while (i < n) {
        const c = text.charCodeAt(i);
        if (c === QUOTE) {
            i++;
            for (;;) {
                if (i >= n)
                    return true;
                const d = text.charCodeAt(i);
                if (d === NEWLINE)
                    return true;
                if (d === BACKSLASH)
                    i += 2;
                else if (d === QUOTE)
                    break;
                else
                    i++;
            }
            i++;
        }
        else if (c === APOSTROPHE && opensQuote(text, i)) {
            i++;
            for (;;) {
                if (i >= n)
                    return true;
                const d = text.charCodeAt(i);
                if (d === NEWLINE)
                    return true;
                i++;
                if (d === APOSTROPHE) {
                    if (text.charCodeAt(i) === APOSTROPHE)
                        i++; // '' is a quote inside the scalar
                    else
                        break;
                }
            }
        }
        else if (c === HASH && (i === 0 || isBlank(text.charCodeAt(i - 1)))) {
            const eol = text.indexOf('\n', i);
            i = eol < 0 ? n : eol;
        }
        else
            i++;
    }
    return false;
}
/** A `'` that can start a single-quoted scalar: at a line start or after a space or `[{,`. */
function opensQuote(text, i) {
    if (i === 0)
        return true;
    const p = text.charCodeAt(i - 1);
    return isBlank(p) || p === OPEN_BRACKET || p === OPEN_BRACE || p === COMMA;
}
/**
 * Where each key of each mapping and each item of each list starts, recorded from js-yaml's
 * node events (open: where the node starts; close: what it read). A mapping's events come in
 * key, value order; a container whose events do not line up with its data (flow pairs, a
 * lookahead that read nothing) is left out, and its paths go to the full reader.
 */
class LineIndex {
    keyLines = new WeakMap();
    /**
     * A mapping's key events, kept as read (every close, in order) and indexed on its first lookup:
     * a read that records lines looks up a handful of the thousands of mappings it records.
     */
    keyEvents = new WeakMap();
    itemLines = new WeakMap();
    root;
    rootLine = 1;
    /** The data the recording read produced. */
    get data() {
        return this.root;
    }
    static build(text) {
        const index = new LineIndex();
        const stack = [{ line: 0, children: [] }];
        const listener = (event, state) => {
            if (event === 'open') {
                stack.push({ line: state.line + 1, children: [] });
                return;
            }
            const frame = stack.pop();
            const result = state.result;
            index.record(result, state.kind, frame);
            stack[stack.length - 1].children.push({ line: frame.line, result });
        };
        try {
            index.root = (0,js_yaml/* load */.Hh)(text, {
                schema: js_yaml/* CORE_SCHEMA */.OU,
                json: false,
                maxDepth: constants/* Limits */.xu.depth + 2,
                listener,
            });
        }
        catch {
            return null;
        }
        const top = stack[0].children[0];
        if (top)
            index.rootLine = top.line;
        return index;
    }
    record(result, kind, frame) {
        if (result === null || typeof result !== 'object')
            return;
        if (kind === 'sequence' && Array.isArray(result)) {
            if (frame.children.length === result.length)
                this.itemLines.set(result, frame.children.map((c) => c.line));
        }
        else if (kind === 'mapping') {
            const events = this.keyEvents.get(result);
            if (events)
                events.push(frame.children);
            else
                this.keyEvents.set(result, [frame.children]);
        }
    }
    /** Key → line of a mapping: from the first of its recorded closes that accounts for its keys. */
    keysOf(node) {
        const known = this.keyLines.get(node);
        if (known)
            return known;
        const events = this.keyEvents.get(node);
        if (!events)
            return undefined;
        this.keyEvents.delete(node);
        const own = Object.keys(node);
        for (const ch of events) {
            const keys = new Map();
            for (let i = 0; i + 1 < ch.length; i += 2) {
                const key = String(ch[i].result);
                if (!keys.has(key))
                    keys.set(key, ch[i].line);
            }
            if (own.length === keys.size && own.every((k) => keys.has(k))) {
                this.keyLines.set(node, keys);
                return keys;
            }
        }
        return undefined;
    }
    /** The line of `path` (the key of a mapping member, the start of a list item), or undefined. */
    lineOf(path) {
        let node = this.root;
        let line = this.rootLine;
        for (const seg of path) {
            if (node === null || typeof node !== 'object')
                return line;
            if (Array.isArray(node)) {
                if (typeof seg !== 'number' || seg < 0 || seg >= node.length)
                    return line;
                const items = this.itemLines.get(node);
                if (!items)
                    return undefined;
                line = items[seg];
                node = node[seg];
            }
            else {
                const keys = this.keysOf(node);
                if (!keys)
                    return undefined;
                const at = keys.get(String(seg));
                if (at === undefined)
                    return line;
                line = at;
                node = node[String(seg)];
            }
        }
        return line;
    }
}

;// CONCATENATED MODULE: ./src/formats/yaml11.ts
/**
 * YAML 1.1 compatibility for files written by YAML 1.1 tools (PyYAML, SnakeYAML: most data
 * contract producers). mlgate parses YAML 1.2; where the two read the same text differently, or
 * 1.1 accepts what 1.2 refuses, these helpers read it the 1.1 way and say so at the line:
 *
 * - a plain scalar that YAML 1.1 reads as a string and YAML 1.2 as a number: `018` (not octal,
 *   and 1.1 decimals have no leading zero), `+018`, `0o17` (1.2's octal prefix);
 * - a quoted scalar whose continuation lines are not indented (`description: "first line` /
 *   `second line"` at column 0): YAML 1.1 parsers fold it, YAML 1.2 requires the indentation.
 */

/** Plain scalars that YAML 1.1 resolves to strings but YAML 1.2's core schema to numbers. */
const STRING_IN_1_1 = /^[-+]?0[0-9_]*[89][0-9_]*$|^\+0[0-7_]+$|^[-+]?0o[0-7]+$/;
/** Read such scalars as the strings YAML 1.1 makes of them; one note per value. */
function yaml11Strings(doc, lc) {
    const notes = [];
    (0,dist/* visit */.YR)(doc, {
        Scalar(_key, node) {
            if (node.type !== dist/* Scalar */.X5.PLAIN || typeof node.value !== 'number')
                return;
            const source = node.source;
            if (typeof source !== 'string' || !STRING_IN_1_1.test(source))
                return;
            const line = node.range ? lc.linePos(node.range[0]).line : 0;
            notes.push({
                line,
                message: `\`${source}\` is read as the text "${source}", as YAML 1.1 parsers (PyYAML) read it; YAML 1.2 reads the number ${String(node.value)}. Quote it ('${source}') so every parser agrees`,
            });
            node.value = source;
        },
    });
    return notes;
}
const OPENING = /^(\s*)(?:-\s+)*(?:[^\s#'"][^#]*?:\s+|-\s+)(["'])/;
/**
 * Quoted scalars that continue over several lines, from a line-wise scan (comments and block
 * scalars are not tracked: this runs only after the YAML parser has refused the text).
 */
function quotedSpans(lines) {
    const spans = [];
    for (let i = 0; i < lines.length; i++) {
        const m = OPENING.exec(lines[i]);
        if (!m)
            continue;
        const quote = m[2];
        const start = m[0].length;
        let close = findClose(lines[i], start, quote);
        if (close >= 0)
            continue;
        const indent = m[1].length;
        const span = { open: i, indent, close: -1, shallow: [] };
        for (let j = i + 1; j < lines.length; j++) {
            const text = lines[j];
            if (text.trim() !== '' && text.length - text.trimStart().length <= indent)
                span.shallow.push(j);
            close = findClose(text, 0, quote);
            if (close >= 0) {
                span.close = j;
                break;
            }
        }
        spans.push(span);
        if (span.close < 0)
            break;
        i = span.close;
    }
    return spans;
}
/** Index after the closing quote on this line, or -1 (`\"` escapes in "…", `''` in '…'). */
function findClose(text, from, quote) {
    for (let k = from; k < text.length; k++) {
        const c = text[k];
        if (quote === '"' && c === '\\')
            k++;
        else if (c === quote) {
            if (quote === "'" && text[k + 1] === "'")
                k++;
            else
                return k + 1;
        }
    }
    return -1;
}
/**
 * Indent the continuation lines of quoted scalars that YAML 1.1 accepts unindented. Only spaces
 * are added, so every line keeps its number. Null when there is nothing to repair.
 */
function indentQuotedContinuations(text) {
    const lines = text.split('\n');
    const notes = [];
    for (const span of quotedSpans(lines)) {
        if (span.close < 0 || span.shallow.length === 0)
            continue;
        const pad = ' '.repeat(span.indent + 2);
        for (const j of span.shallow)
            lines[j] = pad + lines[j].trimStart();
        notes.push({
            line: span.shallow[0] + 1,
            message: `the quoted value opened on line ${span.open + 1} continues on line ${span.shallow[0] + 1} without indentation; YAML 1.1 parsers accept that and mlgate reads it the same way, but YAML 1.2 requires continuation lines to be indented: indent them`,
        });
    }
    return notes.length > 0 ? { text: lines.join('\n'), notes } : null;
}
/**
 * The real cause behind the parser's "Missing closing quote": a quoted value whose continuation
 * is not indented, or one that is never closed. Empty when the scan finds neither.
 */
function quoteHint(text) {
    const spans = quotedSpans(text.split('\n'));
    const unclosed = spans.find((s) => s.close < 0);
    const shallow = spans.find((s) => s.close >= 0 && s.shallow.length > 0);
    if (shallow)
        return `; the quoted value opened on line ${shallow.open + 1} continues on line ${shallow.shallow[0] + 1} without indentation: indent its continuation lines deeper than its key (YAML 1.2)`;
    if (unclosed)
        return `; the quoted value opened on line ${unclosed.open + 1} is never closed`;
    return '';
}

;// CONCATENATED MODULE: ./src/formats/data.ts
/**
 * Safe parsing of YAML and JSON data files (which are YAML 1.2 flow documents) with line lookup.
 * Every file is hostile data: aliases are capped, duplicate keys and `__proto__` keys rejected,
 * binary content refused, nesting depth bounded. Parsers return results; they never throw.
 */







/**
 * Refuse content that cannot be a text data file. The configured file cap is enforced where files
 * are read (sources/); this is the ceiling no configuration lifts.
 */
function checkText(text) {
    if (text.length > constants/* Limits */.xu.maxFileBytes)
        return `file is larger than ${constants/* Limits */.xu.maxFileBytes} bytes`;
    if (text.includes('\u0000'))
        return 'file is binary (contains NUL bytes); expected a text file';
    return null;
}
/** Parse a single-document YAML or JSON text. */
function parseData(text, opts = {}) {
    const all = parseDataDocuments(text, { ...opts, single: true });
    if (!all.ok)
        return all;
    if (all.value.length > 1) {
        return { ok: false, line: 1, message: 'expected one YAML document, found several (`---`)' };
    }
    if (all.value.length === 0)
        return { ok: true, value: { data: null, lineOf: () => undefined } };
    return { ok: true, value: all.value[0] };
}
/** Parse a multi-document YAML text (Kubernetes manifests); JSON is a one-document case. */
function parseDataDocuments(text, opts = {}) {
    const bad = checkText(text);
    if (bad)
        return { ok: false, message: bad };
    const deep = deepFlowLine(text);
    if (deep)
        return { ok: false, line: deep, message: `nesting deeper than ${constants/* Limits */.xu.depth} levels` };
    const json = parseJson(text);
    if (json)
        return json.ok ? { ok: true, value: [{ data: json.data, lineOf: json.lineOf }] } : json;
    if (text.length > constants/* Limits */.xu.yamlBytes)
        return {
            ok: false,
            message: `YAML file of ${text.length} bytes is over the ${constants/* Limits */.xu.yamlBytes}-byte YAML limit (the file cap admits more as JSON): write large data as JSON`,
        };
    if (opts.single && !opts.repaired) {
        const fast = fastPath(text, opts.lines === true);
        if (fast)
            return { ok: true, value: [fast] };
    }
    const lineCounter = new dist/* LineCounter */.HN();
    let docs;
    try {
        const parsed = (0,dist/* parseAllDocuments */.hR)(text, { lineCounter, uniqueKeys: false, prettyErrors: false });
        docs = Array.isArray(parsed) ? parsed : [];
    }
    catch (error) {
        return { ok: false, message: `not valid YAML: ${errorText(error)}` };
    }
    const out = [];
    for (const doc of docs) {
        const err = doc.errors[0];
        if (err && opts.yaml11 && !opts.repaired && err.code === 'MISSING_CHAR') {
            const repaired = indentQuotedContinuations(text);
            if (repaired) {
                const again = parseDataDocuments(repaired.text, { ...opts, repaired: true });
                if (again.ok)
                    return withNotes(again.value, repaired.notes);
            }
        }
        if (err) {
            const line = lineCounter.linePos(err.pos[0]).line;
            // The yaml parser recurses per nesting level; a deep enough document overflows the stack.
            const message = /call stack/i.test(err.message)
                ? `nesting deeper than ${constants/* Limits */.xu.depth} levels`
                : `not valid YAML/JSON: ${firstLine(err.message)}${(err.code === 'MISSING_CHAR' && /quote/i.test(err.message) ? quoteHint(text) : '') || yamlHint(err.code, err.message, text.split('\n').slice(Math.max(0, line - 2), line))}`;
            return { ok: false, line, message };
        }
        const duplicate = findDuplicateKey(doc.contents, 0);
        if (duplicate) {
            const line = rangeLine(duplicate.node, lineCounter);
            return {
                ok: false,
                line,
                message: `not valid YAML/JSON: duplicate key "${duplicate.key}"; keys must be unique`,
            };
        }
        const notes = opts.yaml11 ? yaml11Strings(doc, lineCounter) : [];
        let data;
        try {
            data = doc.toJS({ maxAliasCount: constants/* Limits */.xu.yamlAliases });
        }
        catch (error) {
            // An alias bomb (or an alias to an unknown anchor): point at the first alias.
            return {
                ok: false,
                line: firstAliasLine(doc, lineCounter) ?? rangeLine(doc.contents, lineCounter) ?? 1,
                message: `not valid YAML: ${errorText(error)}`,
            };
        }
        const unsafe = checkTree(data).problem;
        if (unsafe) {
            const line = lineOfNode(doc, lineCounter, unsafe.path);
            return { ok: false, line, message: unsafe.message };
        }
        if (data === null && doc.contents === null && docs.length > 1)
            continue;
        out.push({
            data,
            lineOf: (path) => lineOfNode(doc, lineCounter, path),
            ...(notes.length > 0 ? { yaml11: notes } : {}),
        });
    }
    return { ok: true, value: out };
}
/**
 * Plain YAML read by the fast reader (yaml-fast.ts), once parseDataDocuments' size, content
 * and nesting checks have passed; null when the full reader must read it (flow YAML, anything the
 * fast reader defers, data that fails the tree checks: the full reader words the finding).
 */
function fastPath(text, recordLines) {
    const first = text.trimStart().charCodeAt(0);
    if (first === OPEN_BRACE || first === OPEN_BRACKET)
        return null; // JSON (or flow YAML): parseJson's case
    const doc = fastYaml(text, () => {
        const full = parseDataDocuments(text);
        const only = full.ok ? full.value[0] : undefined;
        return (path) => only?.lineOf(path);
    }, recordLines);
    if (!doc || checkTree(doc.data).problem)
        return null;
    return { data: doc.data, lineOf: (path) => doc.lineOf(path) };
}
/** Add the repair notes to the documents read from repaired text (and the 1.1 scalar reading). */
function withNotes(docs, notes) {
    const [first, ...rest] = docs;
    if (!first)
        return { ok: true, value: docs };
    return { ok: true, value: [{ ...first, yaml11: [...notes, ...(first.yaml11 ?? [])] }, ...rest] };
}
/** Flow nesting (`[`, `{`) beyond this is refused before parsing: the parser is slow on it. */
const FLOW_DEPTH_CAP = 1000;
/**
 * Line where `[`/`{` nesting first exceeds FLOW_DEPTH_CAP (quoted strings and comments skipped),
 * or 0. Far above any real file's depth, so a bracket in a plain scalar cannot trip it.
 */
function deepFlowLine(text) {
    let depth = 0;
    let line = 1;
    const n = text.length;
    // The first newline at or after the last place asked: positions only grow, so the newlines
    // inside quoted strings are counted in one pass over the text, even when it is one line (a
    // compact JSON file), where searching afresh from each string would be quadratic.
    let nl = -1;
    const newlinesBetween = (from, end) => {
        if (nl < from)
            nl = nextNewline(text, from);
        let count = 0;
        for (; nl < end; nl = nextNewline(text, nl + 1))
            count++;
        return count;
    };
    for (let i = 0; i < n; i++) {
        const c = text.charCodeAt(i);
        if (c === NEWLINE)
            line++;
        else if (c === OPEN_BRACKET || c === OPEN_BRACE) {
            if (++depth > FLOW_DEPTH_CAP)
                return line;
        }
        else if ((c === CLOSE_BRACKET || c === CLOSE_BRACE) && depth > 0)
            depth--;
        else if (c === QUOTE || c === APOSTROPHE) {
            // Jump to the closing quote (a `\` escapes in double quotes), counting the lines passed.
            let j = i + 1;
            for (;;) {
                const q = text.indexOf(c === QUOTE ? '"' : "'", j);
                const end = q < 0 ? n : q;
                line += newlinesBetween(j, end);
                if (q < 0 || c === APOSTROPHE) {
                    i = end;
                    break;
                }
                let slashes = 0;
                while (text.charCodeAt(q - 1 - slashes) === BACKSLASH)
                    slashes++;
                if (slashes % 2 === 0) {
                    i = q;
                    break;
                }
                j = q + 1;
            }
        }
        else if (c === HASH && (i === 0 || isBlank(text.charCodeAt(i - 1)))) {
            const eol = text.indexOf('\n', i);
            i = (eol < 0 ? n : eol) - 1;
        }
    }
    return 0;
}
/** The first newline at or after `from`, or the text's length. */
function nextNewline(text, from) {
    const at = text.indexOf('\n', from);
    return at < 0 ? text.length : at;
}
/**
 * First duplicate key in any mapping, in linear time (the yaml package's own `uniqueKeys` check
 * compares every pair with every other, which is quadratic on a 20,000-metric file).
 */
function findDuplicateKey(node, depth) {
    if (depth > constants/* Limits */.xu.depth)
        return null;
    if ((0,dist/* isMap */.jh)(node)) {
        const seen = new Set();
        for (const pair of node.items) {
            const key = scalarKey(pair.key);
            if (key !== undefined) {
                if (seen.has(key))
                    return { key, node: pair.key };
                seen.add(key);
            }
            const inner = findDuplicateKey(pair.value, depth + 1);
            if (inner)
                return inner;
        }
    }
    else if ((0,dist/* isSeq */.oP)(node)) {
        for (const item of node.items) {
            const inner = findDuplicateKey(item, depth + 1);
            if (inner)
                return inner;
        }
    }
    return null;
}
/** Per-mapping index of pairs by key, built on first lookup: line lookups stay linear overall. */
const pairIndex = new WeakMap();
function pairOf(map, key) {
    let index = pairIndex.get(map);
    if (!index) {
        index = new Map();
        for (const pair of map.items) {
            const k = scalarKey(pair.key);
            if (k !== undefined && !index.has(k))
                index.set(k, pair);
        }
        pairIndex.set(map, index);
    }
    return index.get(key);
}
function lineOfNode(doc, lc, path) {
    let node = doc.contents;
    let line = rangeLine(node, lc);
    for (const seg of path) {
        if ((0,dist/* isMap */.jh)(node)) {
            const pair = pairOf(node, String(seg));
            if (!pair)
                break;
            // Point at the key: that is where a reader looks for the setting.
            line = rangeLine(pair.key, lc) ?? line;
            node = pair.value;
            if (!(0,dist/* isMap */.jh)(node) && !(0,dist/* isSeq */.oP)(node))
                continue;
        }
        else if ((0,dist/* isSeq */.oP)(node) && typeof seg === 'number') {
            node = node.items[seg];
            line = rangeLine(node, lc) ?? line;
        }
        else
            break;
    }
    return line;
}
function firstAliasLine(doc, lc) {
    let line;
    (0,dist/* visit */.YR)(doc, {
        Alias(_key, node) {
            line = rangeLine(node, lc);
            return dist/* visit */.YR.BREAK;
        },
    });
    return line;
}
function scalarKey(key) {
    if (key && typeof key === 'object' && 'value' in key)
        return String(key.value);
    return key === null || key === undefined ? undefined : String(key);
}
function rangeLine(node, lc) {
    const range = node?.range;
    return range ? lc.linePos(range[0]).line : undefined;
}
function firstLine(message) {
    return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}
/** Re-exported: readers and sources name it from here. */

/** A finite number, else undefined. */
function num(value) {
    return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}
/** The value when it is a list, else an empty list. */
function list(value) {
    return Array.isArray(value) ? value : [];
}
/** True for a plain object (not null, not an array). */
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** Render a data path the way users write it: `models[0].gates[1]`. */
function formatPath(path) {
    let out = '';
    for (const seg of path)
        out += typeof seg === 'number' ? `[${seg}]` : out ? `.${seg}` : seg;
    return out || '(top level)';
}
const INDENT_CODES = new Set([
    'BAD_INDENT',
    'TAB_AS_INDENT',
    'BLOCK_AS_IMPLICIT_KEY',
    'MULTILINE_IMPLICIT_KEY',
]);
/**
 * What to do about the YAML errors people make by hand: a missing space after a key's colon,
 * an unclosed `{`/`[`, indentation. `near` is the error's line and the one above it.
 */
function yamlHint(code, message, near) {
    if (/followed by map values/.test(message) || near.some((l) => /^\s*-?\s*[\w.-]+:[^\s/]/.test(l)))
        return '; write a space after the colon (`key: value`)';
    if (/^Flow (map|sequence)/.test(message))
        return '; check that every `{` and `[` is closed on its line';
    if (INDENT_CODES.has(code) || /without - indicator/.test(message))
        return '; check the indentation of this line and the one above it: entries of one list or mapping start at the same column, indented with spaces (not tabs)';
    return '';
}


/***/ }),

/***/ 5337:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ic: () => (/* binding */ schemaProblems),
/* harmony export */   kp: () => (/* binding */ closest),
/* harmony export */   ox: () => (/* binding */ pointerToPath)
/* harmony export */ });
/* harmony import */ var _data_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8877);

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
