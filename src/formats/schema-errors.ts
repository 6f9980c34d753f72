/**
 * JSON-Schema errors in a user's words: the data path of an error, the known key nearest to a
 * typo, and (for the native rollout plan and the model manifest) one problem per distinct error.
 */
import type { ErrorObject } from 'ajv';
import { formatPath, type PathSegment } from './data.js';

export interface SchemaProblem {
  path: PathSegment[];
  message: string;
}

/** An ajv `instancePath` (JSON Pointer) as data path segments; numeric segments become indexes. */
export function pointerToPath(pointer: string): PathSegment[] {
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

/**
 * The known key nearest to a typo: a case-insensitive match, else the closest by edit distance
 * when it is close enough to be a typo (at most 2 edits, or a third of the word's length).
 */
export function closest(word: string, options: readonly string[]): string | undefined {
  const limit = Math.max(2, Math.floor(word.length / 3));
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestD = limit + 1;
  for (const o of options) {
    // The lengths alone bound the distance from below: most of 100,000 names are never compared.
    if (Math.abs(o.length - word.length) >= bestD) continue;
    const d = distance(lower, o.toLowerCase(), bestD - 1);
    if (d < bestD) [best, bestD] = [o, d];
  }
  return best;
}

/** Levenshtein distance, or `max + 1` as soon as it is known to exceed `max`. */
function distance(a: string, b: string, max: number): number {
  if (a === b) return 0;
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    let rowMin = row[0];
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
      if (row[j] < rowMin) rowMin = row[j];
    }
    if (rowMin > max) return max + 1;
  }
  return row[b.length];
}
