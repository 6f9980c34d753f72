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
import { Scalar, visit, type Document, type LineCounter } from 'yaml';

/** A note about a line read the YAML 1.1 way. */
export interface Yaml11Note {
  line: number;
  message: string;
}

/** Plain scalars that YAML 1.1 resolves to strings but YAML 1.2's core schema to numbers. */
const STRING_IN_1_1 = /^[-+]?0[0-9_]*[89][0-9_]*$|^\+0[0-7_]+$|^[-+]?0o[0-7]+$/;

/** Read such scalars as the strings YAML 1.1 makes of them; one note per value. */
export function yaml11Strings(doc: Document, lc: LineCounter): Yaml11Note[] {
  const notes: Yaml11Note[] = [];
  visit(doc, {
    Scalar(_key, node) {
      if (node.type !== Scalar.PLAIN || typeof node.value !== 'number') return;
      const source = (node as Scalar & { source?: string }).source;
      if (typeof source !== 'string' || !STRING_IN_1_1.test(source)) return;
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

/** Where a quoted scalar that spans lines opens, closes, and which of its lines lack indentation. */
interface QuotedSpan {
  /** 0-based line where the quote opens, and the indentation of that line's key. */
  open: number;
  indent: number;
  /** 0-based line of the closing quote, or -1 when the quote is never closed. */
  close: number;
  /** Continuation lines indented no deeper than the key (0-based). */
  shallow: number[];
}

const OPENING = /^(\s*)(?:-\s+)*(?:[^\s#'"][^#]*?:\s+|-\s+)(["'])/;

/**
 * Quoted scalars that continue over several lines, from a line-wise scan (comments and block
 * scalars are not tracked: this runs only after the YAML parser has refused the text).
 */
function quotedSpans(lines: string[]): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = OPENING.exec(lines[i]);
    if (!m) continue;
    const quote = m[2];
    const start = m[0].length;
    let close = findClose(lines[i], start, quote);
    if (close >= 0) continue;
    const indent = m[1].length;
    const span: QuotedSpan = { open: i, indent, close: -1, shallow: [] };
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
    if (span.close < 0) break;
    i = span.close;
  }
  return spans;
}

/** Index after the closing quote on this line, or -1 (`\"` escapes in "…", `''` in '…'). */
function findClose(text: string, from: number, quote: string): number {
  for (let k = from; k < text.length; k++) {
    const c = text[k];
    if (quote === '"' && c === '\\') k++;
    else if (c === quote) {
      if (quote === "'" && text[k + 1] === "'") k++;
      else return k + 1;
    }
  }
  return -1;
}

/**
 * Indent the continuation lines of quoted scalars that YAML 1.1 accepts unindented. Only spaces
 * are added, so every line keeps its number. Null when there is nothing to repair.
 */
export function indentQuotedContinuations(
  text: string,
): { text: string; notes: Yaml11Note[] } | null {
  const lines = text.split('\n');
  const notes: Yaml11Note[] = [];
  for (const span of quotedSpans(lines)) {
    if (span.close < 0 || span.shallow.length === 0) continue;
    const pad = ' '.repeat(span.indent + 2);
    for (const j of span.shallow) lines[j] = pad + lines[j].trimStart();
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
export function quoteHint(text: string): string {
  const spans = quotedSpans(text.split('\n'));
  const unclosed = spans.find((s) => s.close < 0);
  const shallow = spans.find((s) => s.close >= 0 && s.shallow.length > 0);
  if (shallow)
    return `; the quoted value opened on line ${shallow.open + 1} continues on line ${shallow.shallow[0] + 1} without indentation: indent its continuation lines deeper than its key (YAML 1.2)`;
  if (unclosed) return `; the quoted value opened on line ${unclosed.open + 1} is never closed`;
  return '';
}
