/**
 * The report JSON (SPEC §9): stable key order, non-finite numbers as null (read back in
 * validate.ts). A report is written as a sequence of chunks so that a 100,000-result report is
 * never held as one string (tens of megabytes of UTF-16) next to its encoded bytes.
 */
import type { Report } from './model.js';

/** Longest string in the report JSON (`schemas/report.schema.json` caps every string at this). */
export const MAX_REPORT_STRING = 1_000_000;

/**
 * Arrays longer than this (the gate results of a wildcard over every slice, their findings) are
 * written compact, `BATCH` elements to a line; everything else is indented by two spaces.
 */
const LONG_ARRAY = 1_000;
/**
 * 100 gate results are ~40 KB of text: a chunk that small stays in V8's young generation, where
 * it is freed at once; longer chunks are large objects that pile up until a full collection
 * (measured at 100,000 results: 1,000 to a line, 332 MB peak and 4.8 s; 100 to a line, 310 MB
 * and 4.4 s).
 */
const BATCH = 100;

/** Serialise a report as one string (see `jsonChunks`). */
export function toJson(report: Report): string {
  return [...jsonChunks(report)].join('');
}

/**
 * The report JSON in chunks (about 40 KB for 100 gate results), ending with a newline. A report
 * with no long array is one chunk, indented throughout. NaN and ±Infinity become null (JSON has
 * no such numbers), and a string over the schema's cap (hostile input: a megabyte-long metric
 * name) is cut with an ellipsis.
 */
export function* jsonChunks(report: Report): Generator<string> {
  if (!holdsLongArray(report)) {
    yield `${stringify(report, 2)}\n`;
    return;
  }
  yield* chunks(report, '');
  yield '\n';
}

function* chunks(value: unknown, indent: string): Generator<string> {
  const inner = `${indent}  `;
  if (Array.isArray(value) && value.length > LONG_ARRAY) {
    yield '[\n';
    for (let i = 0; i < value.length; i += BATCH) {
      const batch = stringify(value.slice(i, i + BATCH), 0);
      const last = i + BATCH >= value.length;
      yield `${inner}${batch.slice(1, -1)}${last ? '\n' : ',\n'}`;
    }
    yield `${indent}]`;
    return;
  }
  if (!holdsLongArray(value)) {
    // Strings in JSON text hold no raw newline: every newline is the layout's.
    yield stringify(value, 2).replaceAll('\n', `\n${indent}`);
    return;
  }
  const array = Array.isArray(value);
  const entries = array
    ? value.map((v): [string | null, unknown] => [null, v])
    : Object.entries(value as Record<string, unknown>).filter(([, v]) => written(v));
  yield array ? '[' : '{';
  for (let i = 0; i < entries.length; i++) {
    const [key, v] = entries[i];
    yield `${i === 0 ? '\n' : ',\n'}${inner}${key === null ? '' : `${JSON.stringify(key)}: `}`;
    // In an array, a value JSON cannot hold is written as null, as JSON.stringify does.
    if (written(v)) yield* chunks(v, inner);
    else yield 'null';
  }
  yield `${entries.length > 0 ? `\n${indent}` : ''}${array ? ']' : '}'}`;
}

/** Whether JSON.stringify writes a property holding `v` (it skips undefined and functions). */
const written = (v: unknown): boolean =>
  v !== undefined && typeof v !== 'function' && typeof v !== 'symbol';

/** Any array longer than LONG_ARRAY in `value` (long arrays' own elements are not walked). */
function holdsLongArray(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) {
    if (value.length > LONG_ARRAY) return true;
    return value.some(holdsLongArray);
  }
  return Object.values(value).some(holdsLongArray);
}

/**
 * JSON.stringify, cutting overlong strings. JSON.stringify already writes NaN and ±Infinity as
 * null; the replacer (a call per value) runs only when the text is long enough to hold a string
 * over the cap.
 */
function stringify(value: unknown, space: number): string {
  const text = JSON.stringify(value, null, space);
  if (text.length <= MAX_REPORT_STRING || !hasLongString(value)) return text;
  return JSON.stringify(
    value,
    (_key, v: unknown) =>
      typeof v === 'string' && v.length > MAX_REPORT_STRING
        ? `${v.slice(0, MAX_REPORT_STRING - 1)}…`
        : v,
    space,
  );
}

/** Any string over the cap in `root` (keys included), found without recursion. */
function hasLongString(root: unknown): boolean {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value === 'string') {
      if (value.length > MAX_REPORT_STRING) return true;
    } else if (Array.isArray(value)) {
      for (const item of value) stack.push(item);
    } else if (value !== null && typeof value === 'object') {
      for (const key of Object.keys(value)) {
        if (key.length > MAX_REPORT_STRING) return true;
        stack.push((value as Record<string, unknown>)[key]);
      }
    }
  }
  return false;
}
