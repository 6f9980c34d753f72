/**
 * Safe parsing of YAML and JSON data files (which are YAML 1.2 flow documents) with line lookup.
 * Every file is hostile data: aliases are capped, duplicate keys and `__proto__` keys rejected,
 * binary content refused, nesting depth bounded. Parsers return results; they never throw.
 */
import {
  LineCounter,
  isMap,
  isSeq,
  parseAllDocuments,
  visit,
  type Document,
  type Node,
  type Pair,
  type YAMLMap,
} from 'yaml';
import { Limits } from '../constants.js';
import { errorText } from '../errors.js';
import {
  APOSTROPHE,
  BACKSLASH,
  CLOSE_BRACE,
  CLOSE_BRACKET,
  HASH,
  isBlank,
  NEWLINE,
  OPEN_BRACE,
  OPEN_BRACKET,
  QUOTE,
} from './chars.js';
import { checkTree, parseJson } from './json.js';
import { fastYaml } from './yaml-fast.js';
import { indentQuotedContinuations, quoteHint, yaml11Strings, type Yaml11Note } from './yaml11.js';

export type PathSegment = string | number;

/** A parsed document: the plain data and a way to find the line of any path within it. */
export interface DataDoc {
  data: unknown;
  /** 1-based line of the node at `path` (or of its nearest existing ancestor). */
  lineOf(path: readonly PathSegment[]): number | undefined;
  /** Lines read the YAML 1.1 way (only with the `yaml11` option). */
  yaml11?: Yaml11Note[];
}

export interface ParseOptions {
  /**
   * Read what YAML 1.1 tools write (data contracts): plain `018` as text, unindented continuation
   * lines of quoted values; each such line gets a note (see yaml11.ts).
   */
  yaml11?: boolean;
  /** Internal: the text is already repaired. */
  repaired?: boolean;
  /** Internal: one document is expected (parseData), so plain YAML may take the fast reader. */
  single?: boolean;
  /**
   * Lines will be looked up (the caller expects findings): the fast reader records them while it
   * reads rather than reading the text a second time on the first lookup. Same data and lines.
   */
  lines?: boolean;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; line?: number; message: string };

/**
 * Refuse content that cannot be a text data file. The configured file cap is enforced where files
 * are read (sources/); this is the ceiling no configuration lifts.
 */
export function checkText(text: string): string | null {
  if (text.length > Limits.maxFileBytes) return `file is larger than ${Limits.maxFileBytes} bytes`;
  if (text.includes('\u0000')) return 'file is binary (contains NUL bytes); expected a text file';
  return null;
}

/** Parse a single-document YAML or JSON text. */
export function parseData(text: string, opts: ParseOptions = {}): ParseResult<DataDoc> {
  const all = parseDataDocuments(text, { ...opts, single: true });
  if (!all.ok) return all;
  if (all.value.length > 1) {
    return { ok: false, line: 1, message: 'expected one YAML document, found several (`---`)' };
  }
  if (all.value.length === 0) return { ok: true, value: { data: null, lineOf: () => undefined } };
  return { ok: true, value: all.value[0] };
}

/** Parse a multi-document YAML text (Kubernetes manifests); JSON is a one-document case. */
export function parseDataDocuments(text: string, opts: ParseOptions = {}): ParseResult<DataDoc[]> {
  const bad = checkText(text);
  if (bad) return { ok: false, message: bad };
  const deep = deepFlowLine(text);
  if (deep) return { ok: false, line: deep, message: `nesting deeper than ${Limits.depth} levels` };
  const json = parseJson(text);
  if (json) return json.ok ? { ok: true, value: [{ data: json.data, lineOf: json.lineOf }] } : json;
  if (text.length > Limits.yamlBytes)
    return {
      ok: false,
      message: `YAML file of ${text.length} bytes is over the ${Limits.yamlBytes}-byte YAML limit (the file cap admits more as JSON): write large data as JSON`,
    };
  if (opts.single && !opts.repaired) {
    const fast = fastPath(text, opts.lines === true);
    if (fast) return { ok: true, value: [fast] };
  }
  const lineCounter = new LineCounter();
  let docs: Document.Parsed[];
  try {
    const parsed = parseAllDocuments(text, { lineCounter, uniqueKeys: false, prettyErrors: false });
    docs = Array.isArray(parsed) ? parsed : [];
  } catch (error) {
    return { ok: false, message: `not valid YAML: ${errorText(error)}` };
  }
  const out: DataDoc[] = [];
  for (const doc of docs) {
    const err = doc.errors[0];
    if (err && opts.yaml11 && !opts.repaired && err.code === 'MISSING_CHAR') {
      const repaired = indentQuotedContinuations(text);
      if (repaired) {
        const again = parseDataDocuments(repaired.text, { ...opts, repaired: true });
        if (again.ok) return withNotes(again.value, repaired.notes);
      }
    }
    if (err) {
      const line = lineCounter.linePos(err.pos[0]).line;
      // The yaml parser recurses per nesting level; a deep enough document overflows the stack.
      const message = /call stack/i.test(err.message)
        ? `nesting deeper than ${Limits.depth} levels`
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
    let data: unknown;
    try {
      data = doc.toJS({ maxAliasCount: Limits.yamlAliases });
    } catch (error) {
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
    if (data === null && doc.contents === null && docs.length > 1) continue;
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
function fastPath(text: string, recordLines: boolean): DataDoc | null {
  const first = text.trimStart().charCodeAt(0);
  if (first === OPEN_BRACE || first === OPEN_BRACKET) return null; // JSON (or flow YAML): parseJson's case
  const doc = fastYaml(
    text,
    () => {
      const full = parseDataDocuments(text);
      const only = full.ok ? full.value[0] : undefined;
      return (path) => only?.lineOf(path);
    },
    recordLines,
  );
  if (!doc || checkTree(doc.data).problem) return null;
  return { data: doc.data, lineOf: (path) => doc.lineOf(path) };
}

/** Add the repair notes to the documents read from repaired text (and the 1.1 scalar reading). */
function withNotes(docs: DataDoc[], notes: Yaml11Note[]): ParseResult<DataDoc[]> {
  const [first, ...rest] = docs;
  if (!first) return { ok: true, value: docs };
  return { ok: true, value: [{ ...first, yaml11: [...notes, ...(first.yaml11 ?? [])] }, ...rest] };
}

/** Flow nesting (`[`, `{`) beyond this is refused before parsing: the parser is slow on it. */
const FLOW_DEPTH_CAP = 1000;

/**
 * Line where `[`/`{` nesting first exceeds FLOW_DEPTH_CAP (quoted strings and comments skipped),
 * or 0. Far above any real file's depth, so a bracket in a plain scalar cannot trip it.
 */
function deepFlowLine(text: string): number {
  let depth = 0;
  let line = 1;
  const n = text.length;
  // The first newline at or after the last place asked: positions only grow, so the newlines
  // inside quoted strings are counted in one pass over the text, even when it is one line (a
  // compact JSON file), where searching afresh from each string would be quadratic.
  let nl = -1;
  const newlinesBetween = (from: number, end: number): number => {
    if (nl < from) nl = nextNewline(text, from);
    let count = 0;
    for (; nl < end; nl = nextNewline(text, nl + 1)) count++;
    return count;
  };
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === NEWLINE) line++;
    else if (c === OPEN_BRACKET || c === OPEN_BRACE) {
      if (++depth > FLOW_DEPTH_CAP) return line;
    } else if ((c === CLOSE_BRACKET || c === CLOSE_BRACE) && depth > 0) depth--;
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
        while (text.charCodeAt(q - 1 - slashes) === BACKSLASH) slashes++;
        if (slashes % 2 === 0) {
          i = q;
          break;
        }
        j = q + 1;
      }
    } else if (c === HASH && (i === 0 || isBlank(text.charCodeAt(i - 1)))) {
      const eol = text.indexOf('\n', i);
      i = (eol < 0 ? n : eol) - 1;
    }
  }
  return 0;
}

/** The first newline at or after `from`, or the text's length. */
function nextNewline(text: string, from: number): number {
  const at = text.indexOf('\n', from);
  return at < 0 ? text.length : at;
}

/**
 * First duplicate key in any mapping, in linear time (the yaml package's own `uniqueKeys` check
 * compares every pair with every other, which is quadratic on a 20,000-metric file).
 */
function findDuplicateKey(node: unknown, depth: number): { key: string; node: unknown } | null {
  if (depth > Limits.depth) return null;
  if (isMap(node)) {
    const seen = new Set<string>();
    for (const pair of node.items) {
      const key = scalarKey(pair.key);
      if (key !== undefined) {
        if (seen.has(key)) return { key, node: pair.key };
        seen.add(key);
      }
      const inner = findDuplicateKey(pair.value, depth + 1);
      if (inner) return inner;
    }
  } else if (isSeq(node)) {
    for (const item of node.items) {
      const inner = findDuplicateKey(item, depth + 1);
      if (inner) return inner;
    }
  }
  return null;
}

/** Per-mapping index of pairs by key, built on first lookup: line lookups stay linear overall. */
const pairIndex = new WeakMap<YAMLMap, Map<string, Pair>>();

function pairOf(map: YAMLMap, key: string): Pair | undefined {
  let index = pairIndex.get(map);
  if (!index) {
    index = new Map();
    for (const pair of map.items as Pair[]) {
      const k = scalarKey(pair.key);
      if (k !== undefined && !index.has(k)) index.set(k, pair);
    }
    pairIndex.set(map, index);
  }
  return index.get(key);
}

function lineOfNode(
  doc: Document,
  lc: LineCounter,
  path: readonly PathSegment[],
): number | undefined {
  let node: unknown = doc.contents;
  let line = rangeLine(node, lc);
  for (const seg of path) {
    if (isMap(node)) {
      const pair = pairOf(node as YAMLMap, String(seg));
      if (!pair) break;
      // Point at the key: that is where a reader looks for the setting.
      line = rangeLine(pair.key, lc) ?? line;
      node = pair.value;
      if (!isMap(node) && !isSeq(node)) continue;
    } else if (isSeq(node) && typeof seg === 'number') {
      node = node.items[seg];
      line = rangeLine(node, lc) ?? line;
    } else break;
  }
  return line;
}

function firstAliasLine(doc: Document, lc: LineCounter): number | undefined {
  let line: number | undefined;
  visit(doc, {
    Alias(_key, node) {
      line = rangeLine(node, lc);
      return visit.BREAK;
    },
  });
  return line;
}

function scalarKey(key: unknown): string | undefined {
  if (key && typeof key === 'object' && 'value' in key)
    return String((key as { value: unknown }).value);
  return key === null || key === undefined ? undefined : String(key);
}

function rangeLine(node: unknown, lc: LineCounter): number | undefined {
  const range = (node as Node | undefined)?.range;
  return range ? lc.linePos(range[0]).line : undefined;
}

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

/** Re-exported: readers and sources name it from here. */
export { errorText };

/** A finite number, else undefined. */
export function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** The value when it is a list, else an empty list. */
export function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** True for a plain object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Render a data path the way users write it: `models[0].gates[1]`. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? `[${seg}]` : out ? `.${seg}` : seg;
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
function yamlHint(code: string, message: string, near: string[]): string {
  if (/followed by map values/.test(message) || near.some((l) => /^\s*-?\s*[\w.-]+:[^\s/]/.test(l)))
    return '; write a space after the colon (`key: value`)';
  if (/^Flow (map|sequence)/.test(message))
    return '; check that every `{` and `[` is closed on its line';
  if (INDENT_CODES.has(code) || /without - indicator/.test(message))
    return '; check the indentation of this line and the one above it: entries of one list or mapping start at the same column, indented with spaces (not tabs)';
  return '';
}
