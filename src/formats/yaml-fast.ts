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
import { CORE_SCHEMA, load, type State } from 'js-yaml';
import { Limits } from '../constants.js';
import {
  APOSTROPHE,
  BACKSLASH,
  COMMA,
  HASH,
  isBlank,
  NEWLINE,
  OPEN_BRACE,
  OPEN_BRACKET,
  QUOTE,
} from './chars.js';
import type { PathSegment } from './data.js';

const DEFER: readonly RegExp[] = [
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

export interface FastDoc {
  data: unknown;
  lineOf(path: readonly PathSegment[]): number | undefined;
}

/**
 * The data of `text`, or null when the full reader must decide. `fullLineOf` is the full reader's
 * line lookup, used when the listener's record cannot place a path. With `recordLines` (the caller
 * expects to look lines up), the one read records them instead of a second read on the first
 * `lineOf`; the data is the same either way.
 */
export function fastYaml(
  text: string,
  fullLineOf: () => (path: readonly PathSegment[]) => number | undefined,
  recordLines = false,
): FastDoc | null {
  const directive = text.startsWith('%') || text.includes('\n%');
  if (directive || DEFER.some((re) => re.test(text)) || hasMultilineQuote(text)) return null;
  let data: unknown;
  let lines: LineIndex | null = null;
  if (recordLines) {
    lines = LineIndex.build(text);
    if (!lines) return null;
    data = lines.data;
  } else {
    try {
      data = load(text, { schema: CORE_SCHEMA, json: false, maxDepth: Limits.depth + 2 } as never);
    } catch {
      return null;
    }
  }
  if (data === undefined || data === null) return null; // empty: the full reader says what it is
  let full: ((path: readonly PathSegment[]) => number | undefined) | null = null;
  return {
    data,
    lineOf(path) {
      lines ??= LineIndex.build(text);
      const line = lines?.lineOf(path);
      if (line !== undefined) return line;
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
export function hasMultilineQuote(text: string): boolean {
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      i++;
      for (;;) {
        if (i >= n) return true;
        const d = text.charCodeAt(i);
        if (d === NEWLINE) return true;
        if (d === BACKSLASH) i += 2;
        else if (d === QUOTE) break;
        else i++;
      }
      i++;
    } else if (c === APOSTROPHE && opensQuote(text, i)) {
      i++;
      for (;;) {
        if (i >= n) return true;
        const d = text.charCodeAt(i);
        if (d === NEWLINE) return true;
        i++;
        if (d === APOSTROPHE) {
          if (text.charCodeAt(i) === APOSTROPHE)
            i++; // '' is a quote inside the scalar
          else break;
        }
      }
    } else if (c === HASH && (i === 0 || isBlank(text.charCodeAt(i - 1)))) {
      const eol = text.indexOf('\n', i);
      i = eol < 0 ? n : eol;
    } else i++;
  }
  return false;
}

/** A `'` that can start a single-quoted scalar: at a line start or after a space or `[{,`. */
function opensQuote(text: string, i: number): boolean {
  if (i === 0) return true;
  const p = text.charCodeAt(i - 1);
  return isBlank(p) || p === OPEN_BRACKET || p === OPEN_BRACE || p === COMMA;
}

interface Frame {
  line: number;
  children: Closed[];
}

interface Closed {
  line: number;
  result: unknown;
}

/**
 * Where each key of each mapping and each item of each list starts, recorded from js-yaml's
 * node events (open: where the node starts; close: what it read). A mapping's events come in
 * key, value order; a container whose events do not line up with its data (flow pairs, a
 * lookahead that read nothing) is left out, and its paths go to the full reader.
 */
class LineIndex {
  private readonly keyLines = new WeakMap<object, Map<string, number>>();
  /**
   * A mapping's key events, kept as read (every close, in order) and indexed on its first lookup:
   * a read that records lines looks up a handful of the thousands of mappings it records.
   */
  private readonly keyEvents = new WeakMap<object, Closed[][]>();
  private readonly itemLines = new WeakMap<object, number[]>();
  private root: unknown;
  private rootLine = 1;

  /** The data the recording read produced. */
  get data(): unknown {
    return this.root;
  }

  static build(text: string): LineIndex | null {
    const index = new LineIndex();
    const stack: Frame[] = [{ line: 0, children: [] }];
    const listener = (event: 'open' | 'close', state: State): void => {
      if (event === 'open') {
        stack.push({ line: (state as State & { line: number }).line + 1, children: [] });
        return;
      }
      const frame = stack.pop() as Frame;
      const result = state.result as unknown;
      index.record(result, (state as State & { kind: string | null }).kind, frame);
      stack[stack.length - 1].children.push({ line: frame.line, result });
    };
    try {
      index.root = load(text, {
        schema: CORE_SCHEMA,
        json: false,
        maxDepth: Limits.depth + 2,
        listener,
      } as never);
    } catch {
      return null;
    }
    const top = stack[0].children[0];
    if (top) index.rootLine = top.line;
    return index;
  }

  private record(result: unknown, kind: string | null, frame: Frame): void {
    if (result === null || typeof result !== 'object') return;
    if (kind === 'sequence' && Array.isArray(result)) {
      if (frame.children.length === result.length)
        this.itemLines.set(
          result,
          frame.children.map((c) => c.line),
        );
    } else if (kind === 'mapping') {
      const events = this.keyEvents.get(result);
      if (events) events.push(frame.children);
      else this.keyEvents.set(result, [frame.children]);
    }
  }

  /** Key → line of a mapping: from the first of its recorded closes that accounts for its keys. */
  private keysOf(node: object): Map<string, number> | undefined {
    const known = this.keyLines.get(node);
    if (known) return known;
    const events = this.keyEvents.get(node);
    if (!events) return undefined;
    this.keyEvents.delete(node);
    const own = Object.keys(node);
    for (const ch of events) {
      const keys = new Map<string, number>();
      for (let i = 0; i + 1 < ch.length; i += 2) {
        const key = String(ch[i].result);
        if (!keys.has(key)) keys.set(key, ch[i].line);
      }
      if (own.length === keys.size && own.every((k) => keys.has(k))) {
        this.keyLines.set(node, keys);
        return keys;
      }
    }
    return undefined;
  }

  /** The line of `path` (the key of a mapping member, the start of a list item), or undefined. */
  lineOf(path: readonly PathSegment[]): number | undefined {
    let node = this.root;
    let line = this.rootLine;
    for (const seg of path) {
      if (node === null || typeof node !== 'object') return line;
      if (Array.isArray(node)) {
        if (typeof seg !== 'number' || seg < 0 || seg >= node.length) return line;
        const items = this.itemLines.get(node);
        if (!items) return undefined;
        line = items[seg];
        node = node[seg];
      } else {
        const keys = this.keysOf(node);
        if (!keys) return undefined;
        const at = keys.get(String(seg));
        if (at === undefined) return line;
        line = at;
        node = (node as Record<string, unknown>)[String(seg)];
      }
    }
    return line;
  }
}
