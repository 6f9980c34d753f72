/**
 * The metric diff, with `dvc metrics diff` semantics: one row per metric whose value differs
 * between base and head (every row with `all`), `null` where a side lacks it, change = head − base
 * when both are numbers.
 */
import { qualify } from '../formats/metrics/paths.js';
import type { MetricRow, MetricSet, MetricValue } from '../types.js';
import { byCodeUnit } from '../order.js';

export interface DiffOptions {
  all?: boolean;
  /**
   * `base` is a reference file (`production:`), not the same files at another commit: a
   * single-file reference pairs with head's metrics by name, whatever file head reads them from,
   * as `vs: production` gates do.
   */
  reference?: boolean;
}

function same(a: MetricValue | undefined, b: MetricValue | undefined): boolean {
  if (!a || !b) return a === b;
  if (
    typeof a.value === 'number' &&
    typeof b.value === 'number' &&
    Number.isNaN(a.value) &&
    Number.isNaN(b.value)
  ) {
    return true;
  }
  return a.value === b.value && a.ci?.[0] === b.ci?.[0] && a.ci?.[1] === b.ci?.[1];
}

/**
 * Drop binary floating-point noise from a difference (0.81 − 0.83 is -0.020000000000000018):
 * 12 significant digits is far beyond any metric's precision, and the report then says -0.02.
 */
export function roundNoise(n: number): number {
  return n === 0 ? 0 : Number(n.toPrecision(12));
}

/**
 * Diff base → head. Rows pair a metric with the same name in the same file (a metric that moved
 * to another file is removed from one and added to the other, as `dvc metrics diff` shows it);
 * sorted by file, then metric name, so output is stable.
 */
export function diffMetrics(
  base: MetricSet | null,
  head: MetricSet | null,
  baseline: MetricSet | null = null,
  opts: DiffOptions = {},
): MetricRow[] {
  const kept: Pair[] = [];
  // Unchanged metrics are dropped before the sort: most of 100,000 slices do not move.
  const keep = (path: string, metric: string, b?: MetricValue, h?: MetricValue) => {
    if (opts.all || !same(b, h)) kept.push({ path, metric, b, h });
  };
  if (base && head && !base.files && !head.files && (opts.reference || base.file === head.file)) {
    // One file on each side (the common case): pair by name, with no map of pairs (and no entry
    // array per metric, as for-of over a Map makes).
    head.values.forEach((h, metric) =>
      keep(h.file ?? head.file, metric, base.values.get(metric), h),
    );
    base.values.forEach((b, metric) => {
      if (!head.values.has(metric)) keep(b.file ?? base.file, metric, b);
    });
  } else {
    for (const pair of pairUp(base, head, opts)) keep(pair.path, pair.metric, pair.b, pair.h);
  }
  // A single-file baseline holds the reference values whatever file the head reads them from.
  const baselineOf = (path: string, metric: string) =>
    baseline?.values.get(baseline.files ? qualify(path, metric) : metric);
  kept.sort((x, y) => byCodeUnit(x.path, y.path) || byCodeUnit(x.metric, y.metric));
  const rows: MetricRow[] = [];
  for (const { path, metric, b, h } of kept) {
    const bv = b?.value ?? null;
    const hv = h?.value ?? null;
    const change =
      typeof bv === 'number' && typeof hv === 'number' && Number.isFinite(bv) && Number.isFinite(hv)
        ? roundNoise(hv - bv)
        : null;
    const row: MetricRow = { metric, path, base: bv, head: hv, change };
    if (b?.ci) row.baseCi = b.ci;
    if (h?.ci) row.headCi = h.ci;
    if (baseline) row.baseline = baselineOf(path, metric)?.value ?? null;
    rows.push(row);
  }
  return rows;
}

type Pair = { path: string; metric: string; b?: MetricValue; h?: MetricValue };

/** Pairs of a diff where a side merges several files, or the sides read different files. */
function pairUp(base: MetricSet | null, head: MetricSet | null, opts: DiffOptions): Iterable<Pair> {
  const pairs = new Map<string, Pair>();
  const addSet = (set: MetricSet | null, side: 'b' | 'h') => {
    if (!set) return;
    for (const [key, value] of set.values) {
      // As leafAt (formats/metrics/paths.ts), without an object per metric.
      const file = value.file ?? set.file;
      const metric = set.files ? key.slice(file.length + 1) : key;
      const id = set.files ? key : qualify(file, metric);
      let pair = pairs.get(id);
      if (!pair) {
        pair = { path: file, metric, b: undefined, h: undefined };
        pairs.set(id, pair);
      }
      pair[side] = value;
    }
  };
  if (opts.reference && base && !base.files) {
    addSet(head, 'h');
    const paired = new Set<string>();
    for (const pair of pairs.values()) {
      const b = base.values.get(pair.metric);
      if (b) {
        pair.b = b;
        paired.add(pair.metric);
      }
    }
    for (const [metric, b] of base.values)
      if (!paired.has(metric))
        pairs.set(qualify(base.file, metric), { path: base.file, metric, b });
  } else {
    addSet(base, 'b');
    addSet(head, 'h');
  }
  return pairs.values();
}
