/**
 * JSON data files read with `JSON.parse`, keeping the guarantees of data.ts: duplicate keys are
 * reported (with their line), `__proto__` keys and deep nesting refused. Source lines are found
 * lazily: only the containers on the path a finding points at are scanned, each once.
 * Text that `JSON.parse` refuses goes to the YAML reader, whose messages say what is wrong where.
 */
import { Limits } from '../constants.js';
import {
  BACKSLASH,
  CLOSE_BRACE,
  CLOSE_BRACKET,
  COLON,
  COMMA,
  isBlank,
  OPEN_BRACE,
  OPEN_BRACKET,
  QUOTE,
  SPACE,
} from './chars.js';
import type { PathSegment } from './data.js';

export type JsonResult =
  | { ok: true; data: unknown; lineOf: (path: readonly PathSegment[]) => number | undefined }
  | { ok: false; line: number; message: string }
  | null;

/** Parse `text` when it is a JSON object or array; null when it is not JSON (read it as YAML). */
export function parseJson(text: string): JsonResult {
  const first = firstNonSpace(text, 0);
  const c = text.charCodeAt(first);
  if (c !== OPEN_BRACE && c !== OPEN_BRACKET) return null;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
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

function firstNonSpace(text: string, from: number): number {
  let i = from;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isBlank(c)) break;
  }
  return i;
}

/** Offset just past the string starting at `start` (a `"`). */
function stringEnd(text: string, start: number): number {
  let from = start + 1;
  for (;;) {
    const quote = text.indexOf('"', from);
    if (quote < 0) return text.length;
    let slashes = 0;
    while (text.charCodeAt(quote - 1 - slashes) === BACKSLASH) slashes++;
    if (slashes % 2 === 0) return quote + 1;
    from = quote + 1;
  }
}

/** Keys written in the text: strings followed by a colon. */
function countTextKeys(text: string): number {
  let keys = 0;
  let i = text.indexOf('"');
  while (i >= 0) {
    const next = firstNonSpace(text, stringEnd(text, i));
    if (text.charCodeAt(next) === COLON) keys++;
    i = text.indexOf('"', next);
  }
  return keys;
}

/**
 * Depth, `__proto__` keys and non-string keys (a YAML complex key becomes a Map) refused, object
 * keys counted (JSON.parse keeps the last of duplicate keys: parseJson compares the count with the
 * text's). `keys` counts only data without a problem.
 */
export function checkTree(root: unknown): {
  keys: number;
  problem?: { path: PathSegment[]; message: string };
} {
  // Most data is fine: count without keeping a path, and walk again with one only for a problem.
  const keys = countKeys(root, 0);
  if (keys >= 0) return { keys };
  // Both walks test the same things; were they ever to disagree, the data is still refused.
  return { keys, problem: problemIn(root) ?? { path: [], message: 'not valid data' } };
}

/** Object keys in `value`, or -1 when it holds a problem `checkTree` reports. */
function countKeys(value: unknown, depth: number): number {
  if (depth > Limits.depth) return -1;
  if (value === null || typeof value !== 'object') return 0;
  if (value instanceof Map) return -1;
  let keys = 0;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const n = countKeys(value[i], depth + 1);
      if (n < 0) return -1;
      keys += n;
    }
    return keys;
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (key === '__proto__') return -1;
    const n = countKeys(record[key], depth + 1);
    if (n < 0) return -1;
    keys += n + 1;
  }
  return keys;
}

/** The first problem `countKeys` found, with its path (a stack, copied only for the problem). */
function problemIn(root: unknown): { path: PathSegment[]; message: string } | null {
  const path: PathSegment[] = [];
  const walk = (value: unknown): { path: PathSegment[]; message: string } | null => {
    if (path.length > Limits.depth)
      return { path: [...path], message: `nesting deeper than ${Limits.depth} levels` };
    if (value === null || typeof value !== 'object') return null;
    if (value instanceof Map)
      return { path: [...path], message: 'mapping with non-string keys is not supported' };
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        path.push(i);
        const bad = walk(value[i]);
        path.pop();
        if (bad) return bad;
      }
      return null;
    }
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (key === '__proto__')
        return { path: [...path], message: 'key "__proto__" is not allowed' };
      path.push(key);
      const bad = walk(record[key]);
      path.pop();
      if (bad) return bad;
    }
    return null;
  };
  return walk(root);
}

interface Entry {
  key: PathSegment;
  /** Offset of the key (objects) or of the value (arrays): the line a finding points at. */
  at: number;
  value: number;
}

/** Lazy structure of a valid JSON text: children of a container, scanned on first use. */
class JsonIndex {
  private readonly children = new Map<number, Entry[]>();
  private readonly byKey = new Map<number, Map<PathSegment, Entry>>();
  private newlines: number[] | null = null;

  constructor(
    private readonly text: string,
    private readonly root: number,
  ) {}

  /** 1-based line of the node at `path`, or of its nearest existing ancestor. */
  lineOf(path: readonly PathSegment[]): number {
    let node = this.root;
    let at = this.root;
    for (const seg of path) {
      const entry = this.child(node, seg);
      if (!entry) break;
      at = entry.at;
      node = entry.value;
    }
    return this.lineAt(at);
  }

  /** 1-based line of an offset. */
  lineAt(offset: number): number {
    if (!this.newlines) {
      const lines: number[] = [];
      for (let i = this.text.indexOf('\n'); i >= 0; i = this.text.indexOf('\n', i + 1))
        lines.push(i);
      this.newlines = lines;
    }
    let lo = 0;
    let hi = this.newlines.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.newlines[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  }

  /** The first key written twice in one object, in document order (key of its second use). */
  firstDuplicate(): { key: string; at: number } | null {
    const stack = [this.root];
    while (stack.length > 0) {
      const node = stack.pop()!;
      const entries = this.entries(node);
      if (!entries) continue;
      const seen = new Set<PathSegment>();
      for (const e of entries) {
        if (typeof e.key === 'string') {
          if (seen.has(e.key)) return { key: e.key, at: e.at };
          seen.add(e.key);
        }
      }
      for (let i = entries.length - 1; i >= 0; i--) stack.push(entries[i].value);
    }
    return null;
  }

  private child(node: number, seg: PathSegment): Entry | undefined {
    let map = this.byKey.get(node);
    if (!map) {
      map = new Map();
      for (const e of this.entries(node) ?? []) if (!map.has(e.key)) map.set(e.key, e);
      this.byKey.set(node, map);
    }
    if (this.text.charCodeAt(node) === OPEN_BRACE) return map.get(String(seg));
    return typeof seg === 'number' ? map.get(seg) : undefined;
  }

  /** The children of the container at `start`, or null for a scalar. */
  private entries(start: number): Entry[] | null {
    const open = this.text.charCodeAt(start);
    if (open !== OPEN_BRACE && open !== OPEN_BRACKET) return null;
    const cached = this.children.get(start);
    if (cached) return cached;
    const text = this.text;
    const out: Entry[] = [];
    let i = firstNonSpace(text, start + 1);
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === CLOSE_BRACE || c === CLOSE_BRACKET) break;
      if (open === OPEN_BRACE) {
        const end = stringEnd(text, i);
        const raw = text.slice(i + 1, end - 1);
        const key = raw.includes('\\') ? (JSON.parse(text.slice(i, end)) as string) : raw;
        const value = firstNonSpace(text, firstNonSpace(text, end) + 1);
        out.push({ key, at: i, value });
        i = this.skipValue(value);
      } else {
        out.push({ key: out.length, at: i, value: i });
        i = this.skipValue(i);
      }
      i = firstNonSpace(text, i);
      if (text.charCodeAt(i) === COMMA) i = firstNonSpace(text, i + 1);
    }
    this.children.set(start, out);
    return out;
  }

  /** Offset just past the value starting at `start`. */
  private skipValue(start: number): number {
    const text = this.text;
    const c = text.charCodeAt(start);
    if (c === QUOTE) return stringEnd(text, start);
    if (c !== OPEN_BRACE && c !== OPEN_BRACKET) {
      let i = start;
      for (; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === COMMA || d === CLOSE_BRACE || d === CLOSE_BRACKET || d <= SPACE) break;
      }
      return i;
    }
    let depth = 0;
    for (let i = start; i < text.length; i++) {
      const d = text.charCodeAt(i);
      if (d === QUOTE) i = stringEnd(text, i) - 1;
      else if (d === OPEN_BRACE || d === OPEN_BRACKET) depth++;
      else if ((d === CLOSE_BRACE || d === CLOSE_BRACKET) && --depth === 0) return i + 1;
    }
    return text.length;
  }
}
