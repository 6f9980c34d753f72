/** The report JSON (SPEC §9): stable key order, non-finite numbers as null, read back safely. */
import type { Report } from './model.js';

/** Serialise a report; NaN and ±Infinity become null (JSON has no such numbers). */
export function toJson(report: Report): string {
  return (
    JSON.stringify(
      report,
      (_key, value: unknown) =>
        typeof value === 'number' && !Number.isFinite(value) ? null : value,
      2,
    ) + '\n'
  );
}

/** Parse a report JSON written by `check` (publish mode), or say why it is not one. */
export function parseReport(
  text: string,
): { ok: true; report: Report } | { ok: false; message: string } {
  let data: unknown;
  try {
    data = JSON.parse(text, (key, value: unknown) => (key === '__proto__' ? undefined : value));
  } catch (error) {
    return { ok: false, message: `not valid JSON: ${(error as Error).message}` };
  }
  const r = data as Partial<Report> | null;
  if (
    !r ||
    typeof r !== 'object' ||
    r.version !== 1 ||
    typeof r.passed !== 'boolean' ||
    !Array.isArray(r.models) ||
    !Array.isArray(r.findings) ||
    !r.counts
  ) {
    return {
      ok: false,
      message: 'not an mlgate report (expected version 1 with passed, counts, models, findings)',
    };
  }
  return { ok: true, report: { policyChanges: [], ...r } as Report };
}
