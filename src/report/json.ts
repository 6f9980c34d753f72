/** The report JSON (SPEC §9): stable key order, non-finite numbers as null (read back in validate.ts). */
import type { Report } from './model.js';

/** Longest string in the report JSON (`schemas/report.schema.json` caps every string at this). */
export const MAX_REPORT_STRING = 1_000_000;

/**
 * Serialise a report; NaN and ±Infinity become null (JSON has no such numbers), and a string over
 * the schema's cap (hostile input: a megabyte-long metric name) is cut with an ellipsis.
 */
export function toJson(report: Report): string {
  // JSON.stringify already writes NaN and ±Infinity as null; the replacer (a call per value) is
  // needed only to cut an overlong string.
  if (!hasLongString(report)) return JSON.stringify(report, null, 2) + '\n';
  return (
    JSON.stringify(
      report,
      (_key, value: unknown) =>
        typeof value === 'number' && !Number.isFinite(value)
          ? null
          : typeof value === 'string' && value.length > MAX_REPORT_STRING
            ? `${value.slice(0, MAX_REPORT_STRING - 1)}…`
            : value,
      2,
    ) + '\n'
  );
}

/** Any string over the cap in the report (keys included), found without recursion. */
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
