/**
 * CSV metrics with a `metric,value` header (optionally `ci_low`, `ci_high` or `stderr` columns):
 * RFC 4180 quoting, CRLF or LF line ends. A bad row is reported with its line and skipped.
 */
import type { MetricSet, MetricValue } from '../../types.js';
import { checkText } from '../data.js';
import { leafWithInterval, type FlattenIssue } from './flatten.js';

interface Row {
  fields: string[];
  line: number;
}

/** Split CSV text into rows of fields, tracking the line each row starts on. */
export function splitCsv(text: string): {
  rows: Row[];
  problem?: { line: number; message: string };
} {
  const rows: Row[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  let i = 0;
  const endRow = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0].trim() === '')) rows.push({ fields, line: rowLine });
    fields = [];
    field = '';
  };
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c === '"') {
        quoted = false;
        i++;
        continue;
      }
      if (c === '\n') line++;
      field += c;
      i++;
      continue;
    }
    if (c === '"' && field.trim() === '') {
      quoted = true;
      field = '';
    } else if (c === ',') {
      fields.push(field);
      field = '';
    } else if (c === '\r' || c === '\n') {
      endRow();
      if (c === '\r' && text[i + 1] === '\n') i++;
      line++;
      rowLine = line;
    } else field += c;
    i++;
  }
  if (quoted) return { rows, problem: { line: rowLine, message: 'unterminated quoted field' } };
  endRow();
  return { rows };
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const SPECIAL: Record<string, number> = {
  nan: NaN,
  inf: Infinity,
  '+inf': Infinity,
  '-inf': -Infinity,
  infinity: Infinity,
  '+infinity': Infinity,
  '-infinity': -Infinity,
};

/** A CSV cell as a metric value: numbers, NaN/Infinity, true/false, else the string. */
export function csvValue(raw: string): MetricValue['value'] {
  const s = raw.trim();
  if (NUMBER.test(s)) return Number(s);
  const special = SPECIAL[s.toLowerCase()];
  if (special !== undefined) return special;
  if (/^(true|false)$/i.test(s)) return s.toLowerCase() === 'true';
  return s;
}

const OPTIONAL = ['ci_low', 'ci_high', 'stderr'] as const;

/** Parse CSV metrics into a MetricSet. */
export function parseCsvMetrics(
  file: string,
  text: string,
): { set: MetricSet; issues: FlattenIssue[] } {
  const set: MetricSet = { file, values: new Map(), meta: {}, notes: [] };
  const issues: FlattenIssue[] = [];
  const bad = checkText(text);
  if (bad) return { set, issues: [{ path: '', message: bad }] };
  const { rows, problem } = splitCsv(text.replace(/^\uFEFF/, ''));
  if (problem) issues.push({ path: '', line: problem.line, message: problem.message });
  const header = rows.shift();
  const names = header?.fields.map((f) => f.trim().toLowerCase()) ?? [];
  const col = (n: string) => names.indexOf(n);
  if (col('metric') < 0 || col('value') < 0) {
    issues.push({
      path: '',
      line: 1,
      message: `expected a header row \`metric,value\`, found \`${header?.fields.join(',') ?? ''}\``,
    });
    return { set, issues };
  }
  for (const { fields, line } of rows) {
    if (fields.length !== names.length) {
      issues.push({
        path: '',
        line,
        message: `row has ${fields.length} fields; the header has ${names.length}`,
      });
      continue;
    }
    const metric = fields[col('metric')].trim();
    if (!metric) {
      issues.push({ path: '', line, message: 'row has an empty metric name' });
      continue;
    }
    if (set.values.has(metric)) {
      issues.push({
        path: metric,
        line,
        message: `metric "${metric}" appears twice; the first row is used`,
      });
      continue;
    }
    const rawValue = fields[col('value')];
    if (rawValue.trim() === '') {
      issues.push({ path: metric, line, message: 'value is empty; expected a number' });
      set.values.set(metric, { value: null, line });
      continue;
    }
    const obj: Record<string, unknown> = { value: csvValue(rawValue) };
    for (const extra of OPTIONAL) {
      const i = col(extra);
      if (i >= 0 && fields[i].trim() !== '') obj[extra] = csvValue(fields[i]);
    }
    const { leaf, problem: p } = leafWithInterval(obj);
    leaf.line = line;
    set.values.set(metric, leaf);
    if (p) issues.push({ path: metric, line, message: p });
  }
  return { set, issues };
}
