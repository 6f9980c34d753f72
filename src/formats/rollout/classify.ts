/** What a gate covers (latency, errors) and what threshold its condition sets, from its text. */
import type { Coverage } from './types.js';

const LATENCY =
  /latency|duration|response[_ -]?time|\bp\d{2,3}\b|(^|[_.-])p\d{2,3}([_.-]|$)|_ms\b|_seconds|histogram_quantile|slow/i;
const ERRORS =
  /error|err[_-]?rate|5xx|5\.\.|\bsuccess|success[_-]?rate|fail|availability|exception|status(_code)?[!=]~?"?5|response_code/i;

/** Coverage of a gate judged from its name and any query text. */
export function classify(...texts: (string | undefined)[]): Coverage[] {
  const text = texts.filter(Boolean).join(' ');
  const out: Coverage[] = [];
  if (LATENCY.test(text)) out.push('latency');
  if (ERRORS.test(text)) out.push('errors');
  return out;
}

/** Every string inside a value (a provider block), joined: the text a query lives in. */
export function stringsIn(value: unknown, depth = 0): string {
  if (depth > 8) return '';
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map((v) => stringsIn(v, depth + 1)).join(' ');
  if (value && typeof value === 'object')
    return Object.entries(value)
      .map(([k, v]) => `${k} ${stringsIn(v, depth + 1)}`)
      .join(' ');
  return '';
}

const CMP = /(<=|>=|<|>)\s*(-?\d+(?:\.\d+)?(?:e-?\d+)?)/g;
const CMP_REVERSED = /(-?\d+(?:\.\d+)?(?:e-?\d+)?)\s*(<=|>=|<|>)\s*[A-Za-z(]/g;

/**
 * The bound an Argo condition sets when it is one comparison with a number: a success condition
 * `result[0] >= 0.95` is a minimum, a failure condition `result[0] > 500` a maximum. Conditions with
 * several comparisons are shown but not compared (null).
 */
export function conditionBound(
  condition: string,
  kind: 'success' | 'failure',
): { min?: number; max?: number } | null {
  const forward = [...condition.matchAll(CMP)];
  const reversed = [...condition.matchAll(CMP_REVERSED)];
  if (forward.length + reversed.length !== 1) return null;
  let op: string;
  let value: number;
  if (forward.length === 1) {
    op = forward[0][1];
    value = Number(forward[0][2]);
  } else {
    // `0.95 <= result` reads as `result >= 0.95`.
    value = Number(reversed[0][1]);
    op = { '<': '>', '<=': '>=', '>': '<', '>=': '<=' }[reversed[0][2]] ?? reversed[0][2];
  }
  if (!Number.isFinite(value)) return null;
  const greater = op === '>' || op === '>=';
  if (kind === 'success') return greater ? { min: value } : { max: value };
  return greater ? { max: value } : { min: value };
}
