/**
 * Derived metrics (SPEC §3), added as children of their source object so that gates and the diff
 * address them like any metric: a confusion matrix gives precision, recall, f1, fpr and accuracy;
 * a drift histogram gives psi, js_distance, ks and empty_bins. Undefined ratios (division by zero)
 * are NaN, so a gate on them fails closed, and a note says why.
 */
import { isRecord } from '../data.js';

/** Default ε substituted for empty histogram proportions when computing PSI. */
export const DEFAULT_PSI_EPSILON = 1e-4;

export interface Derived {
  values: Record<string, number>;
  notes: string[];
  /** A malformed source object: the derived values are NaN and this says what was expected. */
  problem?: string;
}

const CM_KEYS = ['tp', 'fp', 'fn', 'tn'] as const;

/** An object carrying `tp`, `fp`, `fn` and `tn`. */
export function isConfusionMatrix(obj: Record<string, unknown>): boolean {
  return CM_KEYS.every((k) => k in obj);
}

/** precision, recall, f1, fpr, accuracy from counts; NaN (with a note) where a denominator is 0. */
export function confusionMetrics(path: string, obj: Record<string, unknown>): Derived {
  const counts = CM_KEYS.map((k) => obj[k]);
  const names = ['precision', 'recall', 'f1', 'fpr', 'accuracy'];
  if (!counts.every((c) => typeof c === 'number' && Number.isFinite(c) && c >= 0)) {
    return {
      values: Object.fromEntries(names.map((n) => [n, NaN])),
      notes: [],
      problem: 'confusion matrix `tp`, `fp`, `fn`, `tn` must be non-negative numbers',
    };
  }
  const [tp, fp, fn, tn] = counts as number[];
  const notes: string[] = [];
  const ratio = (name: string, num: number, den: number, why: string): number => {
    if (den === 0) {
      notes.push(`${path}.${name} is undefined (${why} = 0), so gates on it fail closed.`);
      return NaN;
    }
    return num / den;
  };
  const precision = ratio('precision', tp, tp + fp, 'tp + fp');
  const recall = ratio('recall', tp, tp + fn, 'tp + fn');
  const f1 = ratio('f1', 2 * tp, 2 * tp + fp + fn, '2·tp + fp + fn');
  const fpr = ratio('fpr', fp, fp + tn, 'fp + tn');
  const accuracy = ratio('accuracy', tp + tn, tp + fp + fn + tn, 'tp + fp + fn + tn');
  return { values: { precision, recall, f1, fpr, accuracy }, notes };
}

/** An object shaped like a drift histogram: `edges` or `categories`, `reference` and `current`. */
export function isHistogram(obj: Record<string, unknown>): boolean {
  return ('edges' in obj || 'categories' in obj) && 'reference' in obj && 'current' in obj;
}

const DRIFT_NAMES = ['psi', 'js_distance', 'ks', 'empty_bins'];

function countsOf(side: unknown): unknown {
  return isRecord(side) ? side.counts : side;
}

function validCounts(c: unknown): c is number[] {
  return (
    Array.isArray(c) &&
    c.length > 0 &&
    c.every((x) => typeof x === 'number' && Number.isFinite(x) && x >= 0)
  );
}

/**
 * PSI, Jensen–Shannon distance (natural log), KS (ordered `edges` only) and the number of bins
 * empty on either side. PSI = Σ (q − p)·ln(q / p) with empty proportions replaced by ε.
 */
export function driftMetrics(obj: Record<string, unknown>, epsilon: number): Derived {
  const nan = (problem: string): Derived => ({
    values: Object.fromEntries(DRIFT_NAMES.map((n) => [n, NaN])),
    notes: [],
    problem,
  });
  const ref = countsOf(obj.reference);
  const cur = countsOf(obj.current);
  if (!validCounts(ref) || !validCounts(cur)) {
    return nan(
      'drift histogram `reference.counts` and `current.counts` must be lists of non-negative numbers',
    );
  }
  if (ref.length !== cur.length) {
    return nan(`drift histogram has ${ref.length} reference bins but ${cur.length} current bins`);
  }
  const ordered = 'edges' in obj;
  const labels = ordered ? obj.edges : obj.categories;
  if (!Array.isArray(labels)) return nan('drift histogram `edges`/`categories` must be a list');
  if (ordered && labels.length !== ref.length + 1 && labels.length !== ref.length) {
    return nan(
      `drift histogram has ${labels.length} edges for ${ref.length} bins; expected ${ref.length + 1}`,
    );
  }
  if (!ordered && labels.length !== ref.length) {
    return nan(`drift histogram has ${labels.length} categories for ${ref.length} bins`);
  }
  const refTotal = ref.reduce((a, b) => a + b, 0);
  const curTotal = cur.reduce((a, b) => a + b, 0);
  if (refTotal === 0 || curTotal === 0) {
    return nan(`drift histogram ${refTotal === 0 ? 'reference' : 'current'} counts sum to 0`);
  }
  const p = ref.map((c) => c / refTotal);
  const q = cur.map((c) => c / curTotal);
  let psi = 0;
  let js = 0;
  let ks = 0;
  let cp = 0;
  let cq = 0;
  let empty = 0;
  for (let i = 0; i < p.length; i++) {
    if (p[i] === 0 || q[i] === 0) empty++;
    const pe = p[i] === 0 ? epsilon : p[i];
    const qe = q[i] === 0 ? epsilon : q[i];
    psi += (qe - pe) * Math.log(qe / pe);
    const m = (p[i] + q[i]) / 2;
    if (p[i] > 0) js += 0.5 * p[i] * Math.log(p[i] / m);
    if (q[i] > 0) js += 0.5 * q[i] * Math.log(q[i] / m);
    cp += p[i];
    cq += q[i];
    ks = Math.max(ks, Math.abs(cp - cq));
  }
  const values: Record<string, number> = {
    psi,
    // Rounding can leave a tiny negative divergence for identical distributions.
    js_distance: Math.sqrt(Math.max(0, js)),
    empty_bins: empty,
  };
  // KS compares cumulative distributions, which need an order; categories have none.
  if (ordered) values.ks = ks;
  return { values, notes: [] };
}
