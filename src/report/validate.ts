/**
 * The one report validator (SPEC §9, `schemas/report.schema.json`): publish and merge mode read
 * reports from artifacts a fork may have forged, so a report is checked field by field against the
 * schema, and what mlgate decides from it (counts, verdict, checklist counts) is recomputed from
 * the findings and items instead of being taken on the artifact's word.
 */
import type { ErrorObject } from 'ajv';
import validateSchema from '../generated/report.validate.cjs';
import { formatPath } from '../formats/data.js';
import { pointerToPath } from '../formats/schema-errors.js';
import { verdict, type FailOn, type Report } from './model.js';

export type ReportValidation = { ok: true; report: Report } | { ok: false; errors: string[] };

/** Most schema errors listed; a forged report can have thousands. */
const MAX_ERRORS = 10;

function describe(e: ErrorObject): string {
  const path = pointerToPath(e.instancePath);
  const where = formatPath(path);
  switch (e.keyword) {
    case 'required':
      return `${where}: missing required key "${String(e.params.missingProperty)}"`;
    case 'enum':
      return `${where}: expected one of ${(e.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'const':
      return `${where}: expected ${JSON.stringify(e.params.allowedValue)}`;
    case 'type':
      return `${where}: expected ${String(e.params.type)}`;
    case 'pattern':
      return `${where}: does not have the expected form (${e.params.pattern as string})`;
    case 'anyOf':
      return `${where}: has the wrong type`;
    default:
      return `${where}: ${e.message ?? 'invalid'}`;
  }
}

/** The stricter of two `fail-on` settings (`error` blocks less than `warning`; `never` least). */
export function stricterFailOn(a: FailOn, b: FailOn): FailOn {
  const rank: Record<FailOn, number> = { never: 0, error: 1, warning: 2 };
  return rank[a] >= rank[b] ? a : b;
}

/**
 * Recompute what a report decides from what it lists: counts and `passed` from the findings (at
 * `failOn`), checklist counts from its items. Returns a new report.
 */
export function recompute(report: Report, failOn: FailOn = report.failOn ?? 'error'): Report {
  const out: Report = { ...report, failOn, ...verdict(report.findings, failOn) };
  if (report.checklist) {
    const counts = { evidence: 0, attested: 0, waived: 0, missing: 0 };
    for (const item of report.checklist.items) counts[item.status]++;
    out.checklist = { ...report.checklist, counts };
  }
  return out;
}

/**
 * Check a parsed report JSON against `schemas/report.schema.json`. On success the report comes
 * back with counts, verdict and checklist counts recomputed; on failure, errors name the field
 * (`models[0].gates[2].status: expected one of "pass", …`).
 */
export function validateReport(json: unknown): ReportValidation {
  if (!validateSchema(json)) {
    const seen = new Set<string>();
    for (const e of validateSchema.errors ?? []) {
      // anyOf repeats its branches' errors; the anyOf error itself says it once.
      if (e.schemaPath.includes('/anyOf/')) continue;
      seen.add(describe(e));
      if (seen.size >= MAX_ERRORS) break;
    }
    return { ok: false, errors: [...seen] };
  }
  const data = json as Report;
  return { ok: true, report: recompute({ ...data, policyChanges: data.policyChanges ?? [] }) };
}

/** Parse report JSON text (`__proto__` keys dropped) and validate it. */
export function parseReport(text: string): ReportValidation {
  let data: unknown;
  try {
    data = JSON.parse(text, (key, value: unknown) => (key === '__proto__' ? undefined : value));
  } catch (error) {
    // Never echo the content: only where it broke.
    const at = /position \d+|line \d+ column \d+/.exec((error as Error).message)?.[0];
    return { ok: false, errors: [`not valid JSON${at ? ` (at ${at})` : ''}`] };
  }
  return validateReport(data);
}
