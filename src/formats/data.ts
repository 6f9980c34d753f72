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
  type Document,
  type Node,
  type Pair,
  type YAMLMap,
} from 'yaml';
import { Limits } from '../constants.js';

export type PathSegment = string | number;

/** A parsed document: the plain data and a way to find the line of any path within it. */
export interface DataDoc {
  data: unknown;
  /** 1-based line of the node at `path` (or of its nearest existing ancestor). */
  lineOf(path: readonly PathSegment[]): number | undefined;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; line?: number; message: string };

/** Refuse content that cannot be a text data file. */
export function checkText(text: string): string | null {
  if (text.length > Limits.fileBytes) return `file is larger than ${Limits.fileBytes} bytes`;
  if (text.includes('\u0000')) return 'file is binary (contains NUL bytes); expected a text file';
  return null;
}

/** Parse a single-document YAML or JSON text. */
export function parseData(text: string): ParseResult<DataDoc> {
  const all = parseDataDocuments(text);
  if (!all.ok) return all;
  if (all.value.length > 1) {
    return { ok: false, line: 1, message: 'expected one YAML document, found several (`---`)' };
  }
  if (all.value.length === 0) return { ok: true, value: { data: null, lineOf: () => undefined } };
  return { ok: true, value: all.value[0] };
}

/** Parse a multi-document YAML text (Kubernetes manifests); JSON is a one-document case. */
export function parseDataDocuments(text: string): ParseResult<DataDoc[]> {
  const bad = checkText(text);
  if (bad) return { ok: false, message: bad };
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
    if (err) {
      const line = lineCounter.linePos(err.pos[0]).line;
      return { ok: false, line, message: `not valid YAML/JSON: ${firstLine(err.message)}` };
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
    let data: unknown;
    try {
      data = doc.toJS({ maxAliasCount: Limits.yamlAliases });
    } catch (error) {
      return { ok: false, message: `not valid YAML: ${errorText(error)}` };
    }
    const unsafe = findUnsafe(data, [], 0);
    if (unsafe) {
      const line = lineOfNode(doc, lineCounter, unsafe.path);
      return { ok: false, line, message: unsafe.message };
    }
    if (data === null && doc.contents === null && docs.length > 1) continue;
    out.push({ data, lineOf: (path) => lineOfNode(doc, lineCounter, path) });
  }
  return { ok: true, value: out };
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

function scalarKey(key: unknown): string | undefined {
  if (key && typeof key === 'object' && 'value' in key)
    return String((key as { value: unknown }).value);
  return key === null || key === undefined ? undefined : String(key);
}

function rangeLine(node: unknown, lc: LineCounter): number | undefined {
  const range = (node as Node | undefined)?.range;
  return range ? lc.linePos(range[0]).line : undefined;
}

function findUnsafe(
  value: unknown,
  path: PathSegment[],
  depth: number,
): { path: PathSegment[]; message: string } | null {
  if (depth > Limits.depth) return { path, message: `nesting deeper than ${Limits.depth} levels` };
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const bad = findUnsafe(value[i], [...path, i], depth + 1);
      if (bad) return bad;
    }
  } else if (value instanceof Map) {
    return { path, message: 'mapping with non-string keys is not supported' };
  } else if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      if (key === '__proto__') {
        return { path, message: 'key "__proto__" is not allowed' };
      }
      const bad = findUnsafe((value as Record<string, unknown>)[key], [...path, key], depth + 1);
      if (bad) return bad;
    }
  }
  return null;
}

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

/** Text of any thrown value; non-Error throws are kept, not dropped. */
export function errorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
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
