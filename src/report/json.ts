/** The report JSON (SPEC §9): stable key order, non-finite numbers as null (read back in validate.ts). */
import type { Report } from './model.js';

/** Longest string in the report JSON (`schemas/report.schema.json` caps every string at this). */
export const MAX_REPORT_STRING = 1_000_000;

/**
 * Serialise a report; NaN and ±Infinity become null (JSON has no such numbers), and a string over
 * the schema's cap (hostile input: a megabyte-long metric name) is cut with an ellipsis.
 */
export function toJson(report: Report): string {
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
