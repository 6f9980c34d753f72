/**
 * JSON-Schema errors as findings a user can act on: the path, the line, and what was expected.
 * Shared by the native rollout plan and the model manifest.
 */
import type { ErrorObject } from 'ajv';
import { formatPath, type PathSegment } from '../data.js';

export interface SchemaProblem {
  path: PathSegment[];
  message: string;
}

function pointerToPath(pointer: string): PathSegment[] {
  if (!pointer) return [];
  return pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** One problem per distinct error, described in the user's words. */
export function schemaProblems(errors: ErrorObject[] | null | undefined): SchemaProblem[] {
  const seen = new Set<string>();
  const out: SchemaProblem[] = [];
  for (const e of errors ?? []) {
    // `anyOf` repeats its branches' errors; the summary below says it once.
    if (e.schemaPath.includes('/anyOf/')) continue;
    const path = pointerToPath(e.instancePath);
    const where = formatPath(path);
    let message: string;
    let at = path;
    switch (e.keyword) {
      case 'additionalProperties': {
        const key = String(e.params.additionalProperty);
        at = [...path, key];
        message = `${where}: unknown key "${key}"`;
        break;
      }
      case 'required':
        message = `${where}: missing required key "${String(e.params.missingProperty)}"`;
        break;
      case 'enum':
        message = `${where}: expected one of ${(e.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
        break;
      case 'const':
        message = `${where}: expected ${JSON.stringify(e.params.allowedValue)}`;
        break;
      case 'type':
        message = `${where}: expected ${String(e.params.type)}`;
        break;
      case 'anyOf':
        message = `${where}: expected at least one threshold (max, min or max_ratio_vs_control)`;
        break;
      default:
        message = `${where}: ${e.message ?? 'invalid'}`;
    }
    const key = `${formatPath(at)}|${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ path: at, message });
  }
  return out;
}
