/**
 * The observation ledger (SPEC §7): `(path, text) → entries`, no I/O. Two forms: `LEDGER.md`
 * with one `## Iteration N: title` section per iteration and `- Field: value` lines, or a YAML
 * (or JSON) list of mappings with the same fields (`metric_movement` or `Metric movement`).
 */
import { checkText, isRecord, parseData } from './data.js';

/** The fields of a ledger entry, in the order SPEC §7 lists them. */
export const LEDGER_FIELDS = [
  'Change',
  'Why this mattered',
  'Metric movement',
  'Slice movement',
  'False positives',
  'False negatives',
  'Unexpected errors',
  'Decision',
  'Tradeoff accepted',
  'Lesson captured',
  'Regression added',
  'Debt created',
  'Next iteration',
] as const;

export interface LedgerField {
  name: string;
  value: string;
  line: number;
}

/** One iteration of the ledger. */
export interface LedgerEntry {
  /** Identity for the base → head comparison: the heading, or `Iteration N` / the index for YAML. */
  key: string;
  iteration: number | null;
  title: string;
  fields: LedgerField[];
  /** 1-based first and last line of the entry in its file. */
  line: number;
  endLine: number;
  /** The entry's lines as written (trailing blank lines dropped), for the diff. */
  lines: string[];
  /** What must not change once merged: normalised text (markdown) or canonical JSON (YAML). */
  content: string;
}

export interface LedgerDoc {
  file: string;
  format: 'markdown' | 'yaml';
  entries: LedgerEntry[];
}

export type LedgerParse =
  { ok: true; doc: LedgerDoc } | { ok: false; line?: number; message: string };

/** Field names compare case-insensitively, with `_`/`-` as spaces and `**bold**` ignored. */
export function fieldKey(name: string): string {
  return name
    .replace(/[*_`]{2,}/g, '')
    .replace(/[_-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** A field's value by name, or undefined. */
export function fieldValue(entry: LedgerEntry, name: string): string | undefined {
  const key = fieldKey(name);
  return entry.fields.find((f) => fieldKey(f.name) === key)?.value;
}

/** Read a ledger: YAML/JSON by extension, else markdown. */
export function parseLedger(file: string, text: string): LedgerParse {
  // Markdown has no syntax to fail, so size and binary content are checked here for both forms.
  const bad = checkText(text);
  if (bad) return { ok: false, message: bad };
  return /\.(ya?ml|json)$/i.test(file)
    ? parseYamlLedger(file, text)
    : parseMarkdownLedger(file, text);
}

const HEADING = /^##[ \t]+(.+?)[ \t#]*$/;
const ITERATION = /^iteration\s+(\d+)\s*(?:[:.—–-]\s*(.*))?$/i;
const FIELD =
  /^[-*+][ \t]+(?:\*\*)?([A-Za-z][A-Za-z _/-]{0,60}?)(?:\*\*)?[ \t]*:(?:\*\*)?[ \t]*(.*)$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** Markdown form: `## ` headings start entries; text before the first heading is a free preamble. */
export function parseMarkdownLedger(file: string, text: string): LedgerParse {
  const lines = text.split(/\r\n|\r|\n/);
  const entries: LedgerEntry[] = [];
  let current: { heading: string; start: number; body: string[] } | null = null;
  let fence: string | null = null;
  let inComment = false;
  const close = (end: number) => {
    if (current) entries.push(toEntry(current.heading, current.start, current.body, end));
  };
  lines.forEach((line, i) => {
    const wasCode = fence !== null || inComment;
    if (fence !== null) {
      if (line.trim().startsWith(fence) && line.trim().replace(/[`~]/g, '') === '') fence = null;
    } else if (inComment) {
      if (line.includes('-->')) inComment = false;
    } else {
      const f = FENCE.exec(line);
      if (f) fence = f[1];
      else if (line.includes('<!--') && !line.slice(line.lastIndexOf('<!--')).includes('-->'))
        inComment = true;
    }
    const heading = wasCode || fence !== null ? null : HEADING.exec(line);
    if (heading) {
      close(i);
      current = { heading: heading[1].trim(), start: i + 1, body: [line] };
    } else current?.body.push(line);
  });
  close(lines.length);
  return { ok: true, doc: { file, format: 'markdown', entries } };
}

function toEntry(heading: string, start: number, body: string[], end: number): LedgerEntry {
  const trimmed = [...body];
  while (trimmed.length > 1 && trimmed[trimmed.length - 1].trim() === '') trimmed.pop();
  const it = ITERATION.exec(heading);
  const fields: LedgerField[] = [];
  let fence = false;
  trimmed.slice(1).forEach((line, n) => {
    if (FENCE.test(line)) fence = !fence;
    if (fence) return;
    const m = FIELD.exec(line.trim());
    if (m && /^[-*+]/.test(line)) {
      fields.push({ name: m[1].trim(), value: m[2].trim(), line: start + n + 1 });
    } else if (fields.length > 0 && line.trim() !== '' && /^\s/.test(line)) {
      const last = fields[fields.length - 1];
      last.value = `${last.value} ${line.trim()}`.trim();
    }
  });
  return {
    key: heading.replace(/\s+/g, ' '),
    iteration: it ? Number(it[1]) : null,
    title: it ? (it[2] ?? '').trim() : heading,
    fields,
    line: start,
    endLine: Math.min(end, start + trimmed.length - 1),
    lines: trimmed,
    content: trimmed.map((l) => l.trimEnd()).join('\n'),
  };
}

/** YAML/JSON form: a list of mappings, or a mapping with an `entries`/`iterations` list. */
export function parseYamlLedger(file: string, text: string): LedgerParse {
  const parsed = parseData(text);
  if (!parsed.ok) return { ok: false, line: parsed.line, message: parsed.message };
  const { data, lineOf } = parsed.value;
  if (data === null || data === undefined)
    return { ok: true, doc: { file, format: 'yaml', entries: [] } };
  let list: unknown = data;
  let prefix: (string | number)[] = [];
  if (isRecord(data)) {
    const key = ['entries', 'iterations', 'ledger'].find((k) => Array.isArray(data[k]));
    if (key) {
      list = data[key];
      prefix = [key];
    }
  }
  if (!Array.isArray(list))
    return {
      ok: false,
      line: 1,
      message:
        'expected a list of ledger entries (mappings with Change, Metric movement, Decision, …)',
    };
  const all = text.split(/\r\n|\r|\n/);
  const entries: LedgerEntry[] = [];
  for (const [i, item] of list.entries()) {
    const line = lineOf([...prefix, i]) ?? 1;
    const nextLine = i + 1 < list.length ? lineOf([...prefix, i + 1]) : undefined;
    if (!isRecord(item))
      return { ok: false, line, message: `entry ${i + 1}: expected a mapping of ledger fields` };
    const fields: LedgerField[] = [];
    let iteration: number | null = null;
    let title = '';
    for (const [k, v] of Object.entries(item)) {
      const key = fieldKey(k);
      if (key === 'iteration' && typeof v === 'number') iteration = v;
      else if (key === 'iteration' && typeof v === 'string' && /^\d+$/.test(v))
        iteration = Number(v);
      else if (key === 'title') title = String(v ?? '');
      else
        fields.push({
          name: canonicalName(k),
          value:
            v === null || v === undefined
              ? ''
              : typeof v === 'object'
                ? JSON.stringify(v)
                : String(v),
          line: lineOf([...prefix, i, k]) ?? line,
        });
    }
    // A block entry starts at its `- ` line; its text runs to the next entry (or the end).
    let end = (nextLine ?? all.length + 1) - 1;
    while (end > line && all[end - 1].trim() === '') end--;
    const lines = all.slice(line - 1, end);
    entries.push({
      key: iteration !== null ? `Iteration ${iteration}` : `entry ${i + 1}`,
      iteration,
      title,
      fields,
      line,
      endLine: end,
      lines,
      content: canonical(item),
    });
  }
  return { ok: true, doc: { file, format: 'yaml', entries } };
}

/** `metric_movement` → `Metric movement` when it is one of the known fields. */
function canonicalName(name: string): string {
  return LEDGER_FIELDS.find((f) => fieldKey(f) === fieldKey(name)) ?? name;
}

/** JSON with sorted keys at every level, so reformatting the YAML is not an edit. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isRecord(value))
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`)
      .join(',')}}`;
  return JSON.stringify(value) ?? 'null';
}
