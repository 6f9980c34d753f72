/**
 * TOML metrics (DVC writes metrics as TOML too): parsed with smol-toml, then made plain and safe
 * (dates as ISO strings, `__proto__` refused, nesting bounded) before flattening.
 */
import { parse, TomlError } from 'smol-toml';
import { Limits } from '../../constants.js';
import { checkText, errorText, type ParseResult, type PathSegment } from '../data.js';

export interface TomlDoc {
  data: unknown;
  lineOf(path: readonly PathSegment[]): number | undefined;
}

/** Parse a TOML text; syntax errors carry smol-toml's line. Never throws. */
export function parseToml(text: string): ParseResult<TomlDoc> {
  const bad = checkText(text);
  if (bad) return { ok: false, message: bad };
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (error) {
    if (error instanceof TomlError) {
      return {
        ok: false,
        line: error.line,
        message: `not valid TOML: ${error.message.split('\n')[0].replace(/^Invalid TOML document: /, '')}`,
      };
    }
    return { ok: false, message: `not valid TOML: ${errorText(error)}` };
  }
  const lineOf = tomlLineOf(text);
  const plain = toPlain(raw, []);
  if (!plain.ok) return { ok: false, line: lineOf(plain.path) ?? 1, message: plain.message };
  return { ok: true, value: { data: plain.value, lineOf } };
}

type Plain = { ok: true; value: unknown } | { ok: false; path: PathSegment[]; message: string };

/** A plain copy of smol-toml's result, or the path of the first unsafe key or too-deep node. */
function toPlain(value: unknown, path: PathSegment[]): Plain {
  if (path.length > Limits.depth)
    return { ok: false, path, message: `nesting deeper than ${Limits.depth} levels` };
  if (value instanceof Date) {
    return { ok: true, value: Number.isNaN(value.getTime()) ? String(value) : value.toISOString() };
  }
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    for (const [i, item] of value.entries()) {
      const r = toPlain(item, [...path, i]);
      if (!r.ok) return r;
      out.push(r.value);
    }
    return { ok: true, value: out };
  }
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      if (key === '__proto__')
        return { ok: false, path: [...path, key], message: 'key "__proto__" is not allowed' };
      const r = toPlain((value as Record<string, unknown>)[key], [...path, key]);
      if (!r.ok) return r;
      out[key] = r.value;
    }
    return { ok: true, value: out };
  }
  return { ok: true, value };
}

/**
 * Approximate line lookup: the line of `key =` for the path's last key, inside the table whose
 * header names the rest of the path (TOML keeps no positions after parsing).
 */
function tomlLineOf(text: string): (path: readonly PathSegment[]) => number | undefined {
  const lines = text.split(/\r?\n/);
  const unquote = (k: string) => k.trim().replace(/^["']|["']$/g, '');
  return (path) => {
    if (path.length === 0) return undefined;
    const keys = path.filter((p): p is string => typeof p === 'string');
    let table: string[] = [];
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i].trim();
      const header = /^\[\[?([^\]]+)\]\]?/.exec(line);
      if (header) {
        table = header[1].split('.').map(unquote);
        if (table.join('.') === keys.join('.')) return i + 1;
        continue;
      }
      const assign = /^([^=#]+?)\s*=/.exec(line);
      if (!assign) continue;
      const full = [...table, ...assign[1].split('.').map(unquote)];
      const n = Math.min(full.length, keys.length);
      if (n > 0 && full.slice(0, n).join('.') === keys.slice(0, n).join('.')) return i + 1;
    }
    return undefined;
  };
}
